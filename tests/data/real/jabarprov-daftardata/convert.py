#!/usr/bin/env python3
"""Convert Provinsi Jawa Barat's "Daftar Data Daerah" (Kepgub 050/Kep.960-BAPP/2023) into the data contract.

Usage: python convert.py /path/to/firmanh3200+Pembinaan-Statistik-Sektoral.git

Reads, at the commit recorded below, through `git show`:
  data/daftar-data-jabar.csv   comma-separated, UTF-8 with BOM, header
      PENGHASIL DATA, IKU PEMERINTAH DAERAH, NAMA DATA, PERIODE DATA, JADWAL RILIS, SATUAN, KLASIFIKASI
One row of the file is one data item (NAMA DATA) that a producer (PENGHASIL DATA) provides for
one regional key performance indicator (IKU); the same data item is listed again for every
IKU it serves. Every row becomes one row of datasets.csv, in file order; agencies.csv holds
every distinct PENGHASIL DATA value, as written, in order of first appearance.
Python stdlib only; deterministic.
"""
import csv
import html
import io
import os
import re
import subprocess
import sys

COMMIT = "58d7794743ea708050510c674f94c31165f23e12"
CSV_PATH = "data/daftar-data-jabar.csv"
REGION = "32"  # Provinsi Jawa Barat (Kemendagri code)
HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["PENGHASIL DATA", "IKU PEMERINTAH DAERAH", "NAMA DATA", "PERIODE DATA", "JADWAL RILIS",
          "SATUAN", "KLASIFIKASI"]

DATASET_COLUMNS = ["id", "name", "producer", "description", "keywords", "classification", "frequency",
                   "format", "url",
                   # extra columns, after the contract's
                   "iku", "release_schedule", "unit", "disaggregation", "source_row"]


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def clean(value):
    return html.unescape(value or "").strip()


def slug(text):
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def agency_type(name):
    """Type from the name's own leading words only; abbreviations and joint names are left empty."""
    if name.startswith("Dinas ") and " dan Dinas " not in name and "/" not in name:
        return "dinas"
    if name.startswith("Badan "):
        return "badan"
    if name.startswith("Setda - Biro "):
        return "bagian"
    if name.startswith("Sekretariat "):
        return "sekretariat"
    return ""


def write_csv(name, columns, records):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(records)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    text = git_show(sys.argv[1], CSV_PATH).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if [c.strip() for c in rows[0]] != HEADER:
        raise SystemExit(f"unexpected header {rows[0]!r}")

    agencies, agency_ids, datasets, dropped, short_rows = [], {}, [], [], []
    for number, row in enumerate(rows[1:], start=1):
        if len(row) == 7:
            producer, iku, name, period, release, unit, disaggregation = row
        elif len(row) == 6:
            # two rows of the file have one cell fewer: no IKU cell, the remaining cells in order
            producer, name, period, release, unit, disaggregation = row
            iku = ""
            short_rows.append(number)
        else:
            raise SystemExit(f"data row {number}: {len(row)} cells")
        producer, name = clean(producer), clean(name)
        if not name:
            dropped.append(number)
            continue
        if not producer:
            raise SystemExit(f"data row {number}: no producer")
        if producer not in agency_ids:
            aid = slug(producer)
            if aid in agency_ids.values():
                raise SystemExit(f"agency id clash: {aid}")
            agency_ids[producer] = aid
            agencies.append({"id": aid, "name": producer, "short_name": "", "type": agency_type(producer),
                             "region": REGION})
        datasets.append({
            "id": f"dd-{number:04d}",
            "name": name,
            "producer": agency_ids[producer],
            "description": "", "keywords": "", "classification": "",
            "frequency": clean(period),
            "format": "", "url": "",
            "iku": clean(iku),
            "release_schedule": clean(release),
            "unit": clean(unit),
            "disaggregation": clean(disaggregation),
            "source_row": number + 1,  # line of the file, the header being line 1
        })

    write_csv("agencies.csv", ["id", "name", "short_name", "type", "region"], agencies)
    write_csv("datasets.csv", DATASET_COLUMNS, datasets)
    print(f"data rows read {len(rows) - 1}: datasets {len(datasets)}, dropped (no name) {len(dropped)}, "
          f"rows with 6 cells {short_rows}")
    print(f"agencies {len(agencies)}; distinct names {len({d['name'] for d in datasets})}")


if __name__ == "__main__":
    main()
