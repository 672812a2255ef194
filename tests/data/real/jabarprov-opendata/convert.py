#!/usr/bin/env python3
"""Convert Provinsi Jawa Barat's open-data portal dataset list (opendata.jabarprov.go.id) into the data contract.

Usage: python convert.py /path/to/firmanh3200+Pembinaan-Statistik-Sektoral.git

Reads, at the commit recorded below, through `git show`:
  data/opendata_2908.json   despite its name a `;`-separated table, UTF-8 with BOM, CRLF line ends, header
      Produsen Data;Judul Tabel;Tahun Data;Status Data;Tautan
One row of the file is one dataset (table) of the portal: its producer (Produsen Data), title (Judul
Tabel), the years it covers (Tahun Data), its status (Status Data: Tetap / Sementara) and its page
(Tautan). Every row with a title becomes one row of datasets.csv, in file order; agencies.csv holds
every distinct Produsen Data value, as written, in order of first appearance.
Python stdlib only; deterministic.
"""
import csv
import html
import io
import os
import re
import subprocess
import sys

COMMIT = "272c280c8e74c3204aca10f134ee667c19ad3acd"
TABLE_PATH = "data/opendata_2908.json"
REGION = "32"  # Provinsi Jawa Barat (Kemendagri code)
HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["Produsen Data", "Judul Tabel", "Tahun Data", "Status Data", "Tautan"]

DATASET_COLUMNS = ["id", "name", "producer", "description", "keywords", "classification", "frequency",
                   "format", "url",
                   # extra columns, after the contract's
                   "year", "status", "source_row"]


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def clean(value):
    return html.unescape(value or "").strip()


def slug(text):
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def agency_type(name):
    """Type from the name's own first word only."""
    first = name.split(" ", 1)[0]
    if first == "Dinas":
        return "dinas"
    if first == "Badan":
        return "badan"
    if first == "Biro" or name.startswith("Setda Biro ") or name.startswith("Setda - Biro "):
        return "bagian"
    if first == "Sekretariat":
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
    text = git_show(sys.argv[1], TABLE_PATH).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    if [c.strip() for c in rows[0]] != HEADER:
        raise SystemExit(f"unexpected header {rows[0]!r}")

    agencies, agency_ids, datasets, dropped, blank_lines = [], {}, [], [], []
    number = 0
    for line, row in enumerate(rows[1:], start=2):  # file line, the header being line 1
        if not any(c.strip() for c in row):
            blank_lines.append(line)  # an empty line (the file ends with one); not a data row
            continue
        if len(row) != 5:
            raise SystemExit(f"file line {line}: {len(row)} cells")
        number += 1
        producer, name, year, status, link = (clean(c) for c in row)
        if not name:
            dropped.append(line)
            continue
        if not producer:
            raise SystemExit(f"file line {line}: no producer")
        if producer not in agency_ids:
            aid = slug(producer)
            if aid in agency_ids.values():
                raise SystemExit(f"agency id clash: {aid}")
            agency_ids[producer] = aid
            agencies.append({"id": aid, "name": producer, "short_name": "", "type": agency_type(producer),
                             "region": REGION})
        datasets.append({
            "id": f"od-{number:04d}",
            "name": name,
            "producer": agency_ids[producer],
            "description": "", "keywords": "", "classification": "", "frequency": "", "format": "",
            "url": link,
            "year": year,
            "status": status,
            "source_row": line,
        })

    write_csv("agencies.csv", ["id", "name", "short_name", "type", "region"], agencies)
    write_csv("datasets.csv", DATASET_COLUMNS, datasets)
    print(f"data rows read {number}: datasets {len(datasets)}, dropped (no title) {len(dropped)}, "
          f"blank lines skipped {blank_lines}")
    print(f"agencies {len(agencies)}; distinct titles {len({d['name'] for d in datasets})}")


if __name__ == "__main__":
    main()
