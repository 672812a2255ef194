#!/usr/bin/env python3
"""Convert the Kabupaten Keerom "Keerom Pu Data" (Satu Data) database dump into the data contract.

Usage: python convert.py /path/to/lanangekasamuel+keerom_satudata.git

Reads, at the commit recorded below, through `git show`:
  db/keerom_satu_data_v1.sql   phpMyAdmin dump (database keerom_satu_data_v1, 14 Dec 2018)
and from it only the tables instansi and kelompok_matrix (the catalogue of data elements,
each owned by an instansi through pk_instansi, arranged in a tree through idparent).

A dataset is a top-level element of kelompok_matrix (idparent = 0): datasets.csv.
Every element below a dataset (its breakdown rows, at any depth) is written, in source
order, to dataset_elements.csv with the dataset it belongs to; datasets.csv also lists
their names in its `elements` column. agencies.csv holds every row of instansi.
Python stdlib only; deterministic.
"""
import csv
import html
import os
import re
import subprocess
import sys

COMMIT = "731e0b1dacaf15c2cec006e104edf99a51983620"
SQL_PATH = "db/keerom_satu_data_v1.sql"
REGION = "91.11"  # Kabupaten Keerom, Papua (Kemendagri code)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../sqldump.py, the shared reader of dump INSERTs
from sqldump import table_rows  # noqa: E402

DATASET_COLUMNS = ["id", "name", "producer", "description", "keywords", "classification", "frequency",
                   "format", "url",
                   # extra columns, after the contract's
                   "unit", "n_elements", "elements"]
ELEMENT_COLUMNS = ["id", "dataset", "parent", "name", "unit", "depth"]
# instansi.idkategori_instansi -> contract type (see the instansi_kategori table of the dump)
TYPES = {"1": "badan", "2": "dinas", "3": "bagian", "7": "sekretariat", "8": "kecamatan"}


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def clean(value):
    if value is None:
        return ""
    out = html.unescape(str(value)).strip()
    if any("\udc80" <= c <= "\udcff" for c in out):
        raise ValueError(f"undecodable bytes in {value!r}")
    return out


def slug(text):
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def write_csv(name, columns, records):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(records)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    # the dump is UTF-8 text except binary geometry blobs of tables not read here
    s = git_show(sys.argv[1], SQL_PATH).decode("utf-8", "surrogateescape")
    instansi = table_rows(s, "instansi")
    elements = table_rows(s, "kelompok_matrix")

    agency = {}
    for r in instansi:
        agency[r["idinstansi"]] = slug(clean(r["nama_instansi"]))
    if len(set(agency.values())) != len(agency):
        raise SystemExit("agency id clash")
    agencies = [{"id": agency[r["idinstansi"]], "name": clean(r["nama_instansi"]),
                 "short_name": clean(r["singkatan"]), "type": TYPES.get(r["idkategori_instansi"] or "", ""),
                 "region": REGION} for r in instansi]

    by_id = {r["idkelompok"]: r for r in elements}
    if len(by_id) != len(elements):
        raise SystemExit("duplicate idkelompok")
    children = {}
    for r in elements:
        if r["idparent"] != "0":
            if r["idparent"] not in by_id:
                raise SystemExit(f"element {r['idkelompok']} has an unknown parent {r['idparent']}")
            children.setdefault(r["idparent"], []).append(r)

    datasets, rows_el, dropped = [], [], []
    for r in elements:
        if r["idparent"] != "0":
            continue
        name = clean(r["urai"])
        if not name:
            dropped.append(r["idkelompok"])
            continue
        if r["pk_instansi"] not in agency:
            raise SystemExit(f"element {r['idkelompok']}: unknown instansi {r['pk_instansi']}")
        below = []

        def walk(parent_id, depth):
            for c in children.get(parent_id, []):
                below.append((c, depth))
                walk(c["idkelompok"], depth + 1)
        walk(r["idkelompok"], 1)
        for c, depth in below:
            if c["pk_instansi"] != r["pk_instansi"]:
                raise SystemExit(f"element {c['idkelompok']} owned by another instansi than its dataset")
            rows_el.append({"id": f"km-{c['idkelompok']}", "dataset": f"km-{r['idkelompok']}",
                            "parent": f"km-{c['idparent']}", "name": clean(c["urai"]),
                            "unit": clean(c["satuan"]), "depth": depth})
        datasets.append({
            "id": f"km-{r['idkelompok']}",
            "name": name,
            "producer": agency[r["pk_instansi"]],
            "description": "", "keywords": "", "classification": "", "frequency": "", "format": "", "url": "",
            "unit": clean(r["satuan"]),
            "n_elements": len(below),
            "elements": "; ".join(clean(c["urai"]) for c, _ in below if clean(c["urai"])),
        })
    # restore source order of the element rows
    order = {r["idkelompok"]: i for i, r in enumerate(elements)}
    rows_el.sort(key=lambda e: order[e["id"][3:]])

    write_csv("agencies.csv", ["id", "name", "short_name", "type", "region"], agencies)
    write_csv("datasets.csv", DATASET_COLUMNS, datasets)
    write_csv("dataset_elements.csv", ELEMENT_COLUMNS, rows_el)
    print(f"kelompok_matrix rows read {len(elements)}: datasets (top level) {len(datasets)}, "
          f"elements below them {len(rows_el)}, dropped (no name) {len(dropped)}")
    print(f"agencies {len(agencies)}, of them producing a dataset {len({d['producer'] for d in datasets})}")


if __name__ == "__main__":
    main()
