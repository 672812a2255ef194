"""Convert Kota Kediri's application register (the PECUT portal, danangjune/locov2) to the data contract.

    python convert.py /path/to/danangjune+locov2/repo     (a bare git dir)

Reads public/seeds/app_links.sql at the commit recorded below with `git show` (a HeidiSQL dump of
the portal's table `app_links`, the seed its AppLinkSeeder loads), parses its INSERT with the shared
reader ../sqldump.py, and writes agencies.csv and applications.csv beside this script.

The table is a tree: each perangkat daerah (urusan_id 40, "Perangkat Daerah" in the portal's urusan
table; the portal's own dashboard code counts OPDs by that value) is a row, and its applications are
rows whose `parent` is that unit's id. A row is read as a unit when its urusan_id is 40 or when
another row names it as its parent; every other row is an application, owned by its parent.
Stdlib only, deterministic.
"""
import csv
import html
import os
import re
import subprocess
import sys

COMMIT = "0314f0f9d34bc5be6d3acde239729f06509c061d"
PATH = "public/seeds/app_links.sql"
REGION = "35.71"          # Kota Kediri
PREFIX = "KDR"
UNIT_URUSAN = "40"        # urusan 40 = 'Perangkat Daerah' (public/seeds/urusan.sql)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../sqldump.py, the shared reader of dump INSERTs
from sqldump import table_rows  # noqa: E402

ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")

# type of a unit: the portal names most units by their usual abbreviation, so the type is read
# from the name's first word or from the abbreviation as Kota Kediri writes it (listed here).
DINAS = {"Disarpus", "DINKOP", "Disbudparpora", "Dishub", "Diskominfo", "Dispendukcapil",
         "Disperdagin", "Disperkim", "DLHKP", "DP3AP2KB", "DPMPTSP", "DPUPR", "DKPP", "DINSOS", "DPKP"}
BADAN = {"BAPPEDA", "BKPSDM", "BPBD", "BPPKAD"}
BUMD = {"PD Pasar", "BUMD", "BPR"}


def clean(value):
    """Trim and decode complete HTML entities (`&name;`, `&#n;`)."""
    if value is None:
        return ""
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), value).strip()


def agency_type(name, parent_name):
    if parent_name == "Sekretariat Daerah":
        return "bagian"                      # the Bagian (and BPBJ) hang under the Setda row
    low = name.lower()
    for prefix, kind in (("dinas", "dinas"), ("badan", "badan"), ("bagian", "bagian"),
                         ("kecamatan", "kecamatan"), ("kelurahan", "kelurahan"),
                         ("sekretariat", "sekretariat"), ("sekwan", "sekretariat")):
        if low.startswith(prefix):
            return kind
    if name in DINAS:
        return "dinas"
    if name in BADAN:
        return "badan"
    if name in BUMD:
        return "bumd"
    return ""


def main(gitdir):
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (COMMIT, PATH)],
                         check=True, capture_output=True).stdout.decode("utf-8")
    rows = table_rows(raw, "app_links")
    by_id = {r["id"]: r for r in rows}
    parents = {r["parent"] for r in rows}
    is_unit = {r["id"]: (r["urusan_id"] == UNIT_URUSAN or r["id"] in parents) for r in rows}

    agencies, agency_id = [], {}
    for r in rows:
        if not is_unit[r["id"]]:
            continue
        aid = "%s-%03d" % (PREFIX, int(r["id"]))
        agency_id[r["id"]] = aid
        name = clean(r["name"])
        parent = by_id.get(r["parent"])
        agencies.append({"id": aid, "name": name, "short_name": "",
                         "type": agency_type(name, clean(parent["name"]) if parent else ""),
                         "region": REGION})

    unknown, out, dropped = [], [], []
    for r in rows:
        if is_unit[r["id"]]:
            continue
        name = clean(r["name"])
        if not name:
            dropped.append(r["id"])
            continue
        parent = r["parent"]
        if parent not in agency_id:           # a parent id with no row in the table
            aid = "%s-%03d" % (PREFIX, int(parent))
            agency_id[parent] = aid
            agencies.append({"id": aid, "name": parent, "short_name": "", "type": "", "region": REGION})
            unknown.append(parent)
        out.append({
            "id": "%s-A%04d" % (PREFIX, int(r["id"])),
            "name": name,
            "agency": agency_id[parent],
            "description": clean(r["description"]),
            "url": clean(r["url"]),
            "status": {"1": "ongoing", "0": "retired"}[r["is_active"]],
            "platform": "",
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
    print("app_links rows read: %d, units: %d, applications written: %d, dropped (no name): %s"
          % (len(rows), sum(is_unit.values()), len(out), dropped))
    print("agencies written: %d, parent ids with no row: %s" % (len(agencies), unknown))
    print("owning units: %d" % len({a["agency"] for a in out}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python convert.py /path/to/locov2.git")
    main(sys.argv[1])
