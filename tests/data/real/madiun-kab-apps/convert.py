"""Convert the Kabupaten Madiun application inventory (Nakal-93/aplikasi_madiun, MySQL dump) to the data contract.

    python convert.py /path/to/Nakal-93+aplikasi_madiun/repo     (a bare git dir)

Reads backup_aplikasi_madiun_20250907_185720.sql at the commit recorded below with
`git show`, parses the mysqldump INSERTs of tables `aplikasis` and `opds` (column names from
their CREATE TABLE), and writes agencies.csv and applications.csv beside this script.
The contact columns (nama_pengelola, nomor_wa_pengelola) and every other table (users,
sessions, ...) are never written. Stdlib only, deterministic.
"""
import csv
import html
import os
import re
import subprocess
import sys

COMMIT = "b73f440b4df50a7249bddf1def691833b29310cd"
PATH = "backup_aplikasi_madiun_20250907_185720.sql"
REGION = "35.19"          # Kabupaten Madiun
PREFIX = "MDN"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../sqldump.py, the shared reader of dump INSERTs
from sqldump import table_rows  # noqa: E402

ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def clean(value):
    """Trim and decode complete HTML entities (`&name;`, `&#n;`)."""
    if value is None:
        return ""
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), value).strip()


def agency_type(name):
    low = name.lower()
    for prefix, kind in (("dinas", "dinas"), ("badan", "badan"), ("sekretariat", "sekretariat"),
                         ("bagian", "bagian"), ("kecamatan", "kecamatan"), ("kelurahan", "kelurahan")):
        if low.startswith(prefix):
            return kind
    return ""


def main(gitdir):
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (COMMIT, PATH)],
                         check=True, capture_output=True).stdout.decode("utf-8")
    apps = table_rows(raw, "aplikasis")
    units = table_rows(raw, "opds")

    agencies, agency_id = [], {}
    for u in units:
        aid = "%s-%02d" % (PREFIX, int(u["id"]))
        agency_id[u["id"]] = aid
        name = clean(u["nama_opd"])
        agencies.append({"id": aid, "name": name, "short_name": "", "type": agency_type(name),
                         "region": REGION})

    unknown, out, dropped = [], [], []
    for a in apps:
        name = clean(a["nama_aplikasi"])
        if not name:
            dropped.append(a["id"])
            continue
        if a["opd_id"] not in agency_id:
            aid = "%s-%s" % (PREFIX, a["opd_id"])
            agency_id[a["opd_id"]] = aid
            agencies.append({"id": aid, "name": a["opd_id"], "short_name": "", "type": "", "region": REGION})
            unknown.append(a["opd_id"])
        out.append({
            "id": "%s-A%04d" % (PREFIX, int(a["id"])),
            "name": name,
            "agency": agency_id[a["opd_id"]],
            "description": clean(a["deskripsi_singkat"]),
            "url": clean(a["alamat_domain"]),
            "status": {"Aktif": "ongoing", "Tidak Aktif": "retired"}[a["status_aplikasi"]],
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
    print("aplikasis rows read: %d, written: %d, dropped (no name): %s" % (len(apps), len(out), dropped))
    print("opds rows: %d, agencies written: %d, unknown opd_id: %s" % (len(units), len(agencies), unknown))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python convert.py /path/to/aplikasi_madiun.git")
    main(sys.argv[1])
