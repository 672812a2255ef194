"""Convert the Provinsi Banten 2017 list of websites and applications (bantenprov/document-management-system).

    python convert.py /path/to/bantenprov+document-management-system/repo     (a bare git dir)

Reads document/konsep/integrasi-aplikasi/desain-dan-perancangan.md at the commit recorded
below with `git show`, parses its three Markdown tables (Tabel 1 websites and applications,
Tabel 2 websites, Tabel 3 applications) and writes agencies.csv and applications.csv beside
this script. Stdlib only, deterministic.
"""
import csv
import html
import os
import re
import subprocess
import sys

COMMIT = "ba60340938c76545bf366ac1954556cfa4c0d209"
PATH = "document/konsep/integrasi-aplikasi/desain-dan-perancangan.md"
REGION = "36"             # Provinsi Banten
PREFIX = "BTN"
HERE = os.path.dirname(os.path.abspath(__file__))

ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def clean(value):
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), value or "").strip()


def tables(text):
    """{caption: (header, rows)} for every '### Tabel N : ...' followed by a pipe table."""
    found = {}
    caption = None
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"#+\s*(Tabel\s+\d+)\s*:", line)
        if m:
            caption = m.group(1)
        if line.startswith("|") and caption:
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append([c for c in lines[i].strip().strip("|").split("|")])
                i += 1
            header = [clean(c) for c in block[0]]
            body = [r for r in block[1:] if not set("".join(r)) <= set("-: ")]
            for r in body:
                if len(r) != len(header):
                    raise ValueError("%s: row of %d cells under %d headers: %r" % (caption, len(r), len(header), r))
            found[caption] = (header, [dict(zip(header, (clean(c) for c in r))) for r in body])
            caption = None
            continue
        i += 1
    return found


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def agency_type(name):
    low = name.lower()
    for prefix, kind in (("dinas", "dinas"), ("badan", "badan"), ("biro", "bagian"),
                         ("sekretariat", "sekretariat")):
        if low.startswith(prefix):
            return kind
    return ""


def main(gitdir):
    text = subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (COMMIT, PATH)],
                          check=True, capture_output=True).stdout.decode("utf-8")
    t = tables(text)
    (_, t1), (_, t2), (_, t3) = t["Tabel 1"], t["Tabel 2"], t["Tabel 3"]
    status_of = {}
    for r in t2 + t3:
        status_of[(r["OPD / Lembaga"], r["URL"])] = {"Aktif": "ongoing", "Tidak Aktif": "retired"}[r["Status"]]

    records = [("T1", r) for r in t1]
    in_t1 = {(r["OPD / Lembaga"], r["URL"]) for r in t1}
    extra = [("T2", r) for r in t2 if (r["OPD / Lembaga"], r["URL"]) not in in_t1]
    extra += [("T3", r) for r in t3 if (r["OPD / Lembaga"], r["URL"]) not in in_t1]
    records += extra

    agencies, agency_id = [], {}
    out, dropped = [], []
    for table, r in records:
        opd = r["OPD / Lembaga"]
        if opd not in agency_id:
            agency_id[opd] = "%s.%s" % (PREFIX, slug(opd))
            agencies.append({"id": agency_id[opd], "name": opd, "short_name": "",
                             "type": agency_type(opd), "region": REGION})
        url = r["URL"]
        if not url:
            dropped.append("%s No %s" % (table, r["No"]))
            continue
        out.append({
            "id": "%s-%s-%03d" % (PREFIX, table, int(r["No"])),
            "name": url,
            "agency": agency_id[opd],
            "description": r["Keterangan"],
            "url": url,
            "status": status_of.get((opd, url), ""),
            "platform": "web",
            "start_year": "",
            "users": "",
        })
    used = {a["agency"] for a in out}
    agencies = [a for a in agencies if a["id"] in used]

    with open(os.path.join(HERE, "agencies.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "short_name", "type", "region"], lineterminator="\n")
        w.writeheader()
        w.writerows(agencies)
    with open(os.path.join(HERE, "applications.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "agency", "description", "url", "status", "platform",
                               "start_year", "users"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print("Tabel 1/2/3 rows: %d/%d/%d; Tabel 2-3 rows not in Tabel 1: %d" % (len(t1), len(t2), len(t3), len(extra)))
    print("records: %d; written: %d; dropped (no URL, hence no name): %s" % (len(records), len(out), dropped))
    print("agencies: %d; status known: %d" % (len(agencies), sum(1 for o in out if o["status"])))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python convert.py /path/to/document-management-system.git")
    main(sys.argv[1])
