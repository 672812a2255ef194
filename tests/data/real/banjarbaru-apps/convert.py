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
sys.path.insert(0, os.path.dirname(HERE))  # ../sqldump.py, the shared reader of dump INSERTs
from sqldump import table_rows  # noqa: E402

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
    apps = table_rows(raw, "aplikasi")
    sites = table_rows(raw, "website")

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
