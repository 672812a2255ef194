"""Convert the Kota Banjarbaru application and website register (defatahilah/siapweb) to the data contract.

    python convert.py /path/to/defatahilah+siapweb/repo     (a bare git dir)

Reads siapweb.sql (a phpMyAdmin dump of database `siapweb`, 25 Aug 2020) at the commit recorded
below with `git show`, parses the MySQL INSERTs of tables `aplikasi` (applications) and `website`
(the units' websites), and writes agencies.csv and applications.csv beside this script.
Stdlib only, deterministic. Nothing from the dump's admin, user and e-mail tables is read.
"""
import csv
import html
import os
import re
import subprocess
import sys

COMMIT = "215a54ffc11ef72ee6619c41247122c05510ee3b"   # the only commit that touches siapweb.sql
PATH = "siapweb.sql"
REGION = "63.72"          # Kota Banjarbaru, Kalimantan Selatan
PREFIX = "BJB"
STATUS = {"Aktif": "ongoing", "Tidak Aktif": "retired"}
HERE = os.path.dirname(os.path.abspath(__file__))

ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a", "b": "\b"}


def parse_inserts(sql, table):
    """Every row of every `INSERT INTO table (cols) VALUES (...),(...);` as a dict."""
    rows = []
    head = re.compile(r"INSERT\s+INTO\s+`?%s`?\s*\(([^)]*)\)\s*VALUES\s*" % re.escape(table), re.I)
    pos = 0
    n = len(sql)
    while True:
        m = head.search(sql, pos)
        if not m:
            return rows
        cols = [c.strip().strip("`") for c in m.group(1).split(",")]
        i = m.end()
        while True:
            while i < n and sql[i] in " \t\r\n,":
                i += 1
            if i >= n or sql[i] != "(":
                break
            i += 1
            values = []
            while True:
                while sql[i] in " \t\r\n":
                    i += 1
                if sql[i] == "'":
                    i += 1
                    buf = []
                    while True:
                        ch = sql[i]
                        if ch == "\\":
                            buf.append(ESCAPES.get(sql[i + 1], sql[i + 1]))
                            i += 2
                        elif ch == "'" and sql[i + 1] == "'":
                            buf.append("'")
                            i += 2
                        elif ch == "'":
                            i += 1
                            break
                        else:
                            buf.append(ch)
                            i += 1
                    values.append("".join(buf))
                else:
                    j = i
                    while sql[j] not in ",)":
                        j += 1
                    token = sql[i:j].strip()
                    values.append(None if token.upper() == "NULL" else token)
                    i = j
                while sql[i] in " \t\r\n":
                    i += 1
                if sql[i] == ",":
                    i += 1
                    continue
                if sql[i] == ")":
                    i += 1
                    break
                raise ValueError("unexpected %r at offset %d in table %s" % (sql[i], i, table))
            if len(values) != len(cols):
                raise ValueError("row of %d values for %d columns in table %s" % (len(values), len(cols), table))
            rows.append(dict(zip(cols, values)))
        pos = i


ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def clean(value):
    """Trim surrounding whitespace and decode complete HTML entities; otherwise as written."""
    if value is None:
        return ""
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), value).strip()


def slug(name):
    """Unit names are matched by this key: the same letters and digits, ignoring case, spacing and
    punctuation ('Bappeda' = 'BAPPEDA'; 'Dinas Ketahanan Pangan, Pertanian dan Perikanan' = the same
    without the comma). It is also the agency id."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def agency_type(name):
    low = name.lower()
    for prefix, kind in (("dinas", "dinas"), ("badan", "badan"), ("bappeda", "badan"),
                         ("bakesbangpol", "badan"), ("bpkad", "badan"),
                         ("sekretariat", "sekretariat"), ("bagian", "bagian"),
                         ("kecamatan", "kecamatan"), ("kelurahan", "kelurahan")):
        if low.startswith(prefix):
            return kind
    return ""


def main(gitdir):
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (COMMIT, PATH)],
                         check=True, capture_output=True).stdout.decode("utf-8")
    apps = parse_inserts(raw, "aplikasi")
    sites = parse_inserts(raw, "website")

    agencies, agency_of = [], {}

    def resolve(name):
        name = clean(name)
        key = slug(name)
        if key not in agency_of:
            aid = "%s.%s" % (PREFIX, key)
            agency_of[key] = aid
            agencies.append({"id": aid, "name": name, "short_name": "", "type": agency_type(name),
                             "region": REGION})
        return agency_of[key]

    out, dropped = [], []
    for a in apps:
        name = clean(a["aplikasi"])
        if not name:
            dropped.append("aplikasi %s" % a["id"])
            continue
        status = clean(a["status"])
        out.append({
            "id": "%s-A%04d" % (PREFIX, int(a["id"])),
            "name": name,
            "agency": resolve(a["skpdapp"]),
            "description": clean(a["fungsiapp"]),
            "url": clean(a["link"]),
            "status": STATUS[status] if status else "",
            "platform": "",
            "start_year": "",
            "users": "",
        })
    n_apps = len(out)
    for s in sites:
        name = clean(s["domain"])
        if not name:
            dropped.append("website %s" % s["id"])
            continue
        out.append({
            "id": "%s-W%04d" % (PREFIX, int(s["id"])),
            "name": name,
            "agency": resolve(s["skpd"]),
            "description": "",
            "url": name,
            "status": "",
            "platform": "web",
            "start_year": "",
            "users": "",
        })

    with open(os.path.join(HERE, "agencies.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "short_name", "type", "region"], lineterminator="\n")
        w.writeheader()
        w.writerows(agencies)
    with open(os.path.join(HERE, "applications.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "agency", "description", "url", "status", "platform",
                               "start_year", "users"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print("aplikasi rows read: %d, written: %d" % (len(apps), n_apps))
    print("website rows read: %d, written: %d" % (len(sites), len(out) - n_apps))
    print("dropped (no name): %s" % dropped)
    print("agencies: %d" % len(agencies))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python convert.py /path/to/siapweb.git")
    main(sys.argv[1])
