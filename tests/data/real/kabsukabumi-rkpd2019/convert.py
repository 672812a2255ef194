#!/usr/bin/env python3
"""Convert the Kabupaten Sukabumi e-RKPD 2019 database backup into the data contract.

Usage: python convert.py /path/to/cloner3000+rkpd-online.git

Reads, at the commit recorded below, through `git show`:
  database/backup_rkpd_27_02_2018.zip   a mysqldump (rkpdonline_db, 27 Feb 2018) of the
                                        RKPD-online application of Kabupaten Sukabumi
and from the dump only the tables opd, jenis_opd, kegiatan, opd_kegiatan, program,
bidang_urusan, indikator_kegiatan and indikator_hasil (users, proposals and every
other table are not read). kegiatan.kode is not carried over: it is a tinyint column
that the dump shows clipped at 127 for most rows.

One output row is one row of opd_kegiatan: a kegiatan (activity) of the plan
assigned to a perangkat daerah. Rows of units of type OPD (jenis_opd 1) go to
programs.csv; rows of kecamatan, kelurahan and desa (jenis_opd 2, 3, 4) go to
programs_wilayah.csv (same columns). agencies.csv holds every unit named by a row.
Python stdlib only; deterministic.
"""
import csv
import html
import io
import os
import subprocess
import sys
import zipfile

COMMIT = "a604fa4f0b37cffaef00f1b27492496c25610a1b"
ZIP_PATH = "database/backup_rkpd_27_02_2018.zip"
SQL_NAME = "backup_rkpd_27_02_2018.sql"
REGION = "32.02"  # Kabupaten Sukabumi (Kemendagri code)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../sqldump.py, the shared reader of dump INSERTs
from sqldump import table_rows  # noqa: E402

PROGRAM_COLUMNS = ["id", "name", "agency", "description", "objective", "target_group", "output",
                   "code", "budget", "start_year", "end_year",
                   # extra columns, after the contract's
                   "program", "program_code", "bidang_urusan", "bidang_code", "kegiatan_id",
                   "keyword", "outcome"]


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def clean(value):
    if value is None:
        return ""
    return html.unescape(str(value)).strip()


def agency_id(unit):
    prefix = {"1": "opd", "2": "kec", "3": "kel", "4": "desa"}[unit["jenis_opd_id"]]
    return f"{prefix}-{clean(unit['kode'])}"


def agency_type(unit):
    jenis = unit["jenis_opd_id"]
    if jenis == "2":
        return "kecamatan"
    if jenis == "3":
        return "kelurahan"
    if jenis != "1":
        return ""  # desa: not a type of the contract
    first = clean(unit["nama"]).split()[0].upper()
    return {"DINAS": "dinas", "BADAN": "badan", "SEKRETARIAT": "sekretariat"}.get(first, "")


def write_csv(name, columns, records):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(records)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raw = git_show(sys.argv[1], ZIP_PATH)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        s = z.read(SQL_NAME).decode("utf-8")

    units = {r["id"]: r for r in table_rows(s, "opd")}
    kegiatan = {r["id"]: r for r in table_rows(s, "kegiatan")}
    program = {r["id"]: r for r in table_rows(s, "program")}
    bidang = {r["id"]: r for r in table_rows(s, "bidang_urusan")}
    hasil = {r["id"]: clean(r["nama"]) for r in table_rows(s, "indikator_hasil")}
    indicators = {}
    for r in sorted(table_rows(s, "indikator_kegiatan"), key=lambda r: (int(r["kegiatan_id"]), int(r["kode"]), int(r["id"]))):
        indicators.setdefault(r["kegiatan_id"], []).append((hasil[r["indikator_hasil_id"]], clean(r["tolak_ukur"])))
    links = table_rows(s, "opd_kegiatan")

    ids = {}
    for u in units.values():
        ids.setdefault(agency_id(u), []).append(u["id"])
    clash = {k: v for k, v in ids.items() if len(v) > 1}
    if clash:
        raise SystemExit(f"agency id clash: {clash}")

    main_rows, wilayah_rows, used, dropped = [], [], {}, []
    for link in links:
        k = kegiatan[link["kegiatan_id"]]
        u = units[link["opd_id"]]
        name = clean(k["nama"])
        if not name:
            dropped.append(link["id"])
            continue
        p = program[k["program_id"]]
        b = bidang.get(p["bidang_urusan_id"]) if p["bidang_urusan_id"] else None
        ind = indicators.get(k["id"], [])
        used[u["id"]] = u
        rec = {
            "id": f"ok-{link['id']}",
            "name": name,
            "agency": agency_id(u),
            "description": clean(k["deskripsi"]),
            "objective": "",
            "target_group": "",
            "output": "; ".join(t for h, t in ind if h == "Keluaran" and t),
            "code": "",
            "budget": "",
            "start_year": "",
            "end_year": "",
            "program": clean(p["nama"]),
            "program_code": clean(p["kode"]),
            "bidang_urusan": clean(b["nama"]) if b else "",
            "bidang_code": clean(b["kode"]) if b else "",
            "kegiatan_id": k["id"],
            "keyword": clean(k["keyword"]),
            "outcome": "; ".join(t for h, t in ind if h == "Hasil" and t),
        }
        (main_rows if u["jenis_opd_id"] == "1" else wilayah_rows).append(rec)

    agencies = [{"id": agency_id(u), "name": clean(u["nama"]), "short_name": "",
                 "type": agency_type(u), "region": REGION}
                for u in sorted(used.values(), key=lambda u: int(u["id"]))]
    write_csv("agencies.csv", ["id", "name", "short_name", "type", "region"], agencies)
    write_csv("programs.csv", PROGRAM_COLUMNS, main_rows)
    write_csv("programs_wilayah.csv", PROGRAM_COLUMNS, wilayah_rows)
    pairs = {(l["opd_id"], l["kegiatan_id"]) for l in links}
    print(f"opd_kegiatan rows read {len(links)} ({len(links) - len(pairs)} repeat an (opd, kegiatan) pair); "
          f"programs.csv {len(main_rows)}, programs_wilayah.csv {len(wilayah_rows)}, dropped (no name) {len(dropped)}")
    print(f"agencies {len(agencies)} (OPD {sum(1 for u in used.values() if u['jenis_opd_id'] == '1')}); "
          f"kegiatan in the master table {len(kegiatan)}, of them named by opd_kegiatan "
          f"{len({l['kegiatan_id'] for l in links})}")


if __name__ == "__main__":
    main()
