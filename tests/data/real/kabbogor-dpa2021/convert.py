#!/usr/bin/env python3
"""Convert Kabupaten Bogor's SIPD 2021 budget cash plan (RAK belanja) into the data contract.

Usage: python convert.py /path/to/satriaprayoga+sipd-batch.git

Reads, at the commit recorded below, through `git show`:
  skpd.json                 the 72 perangkat daerah of Kabupaten Bogor as SIPD lists them
                            (idSkpd, namaSkpd, kodeSkpd, idDaerah 11)
  rak-belanja/<namaSkpd>.csv  one file per perangkat daerah: the SIPD "rencana anggaran kas
                            belanja" of the 2021 budget, one line per (sub-unit, sub kegiatan,
                            expenditure account) with its monthly cash plan
Nothing else of the repository is read (not the scraper's code, not its credential files,
not the revenue plans).

One output row is one sub kegiatan of one sub-unit (the pair kode_sub_skpd + kode_sub_giat,
SIPD's budget line), in source order: the account lines of the pair are grouped and their
totals summed into `budget`. The agency is the perangkat daerah of the file (skpd.json).
Rows of the 40 kecamatan go to programs_wilayah.csv (same columns), the others to
programs.csv. Routine support rows (program X.XX.01, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN
DAERAH KABUPATEN/KOTA") have bidang_urusan = "Rutin". Python stdlib only; deterministic.
"""
import csv
import hashlib
import html
import io
import json
import os
import subprocess
import sys

COMMIT = "4e601f0662b9f14ef56b58adf140db8cf7da879c"
REGION = "32.01"  # Kabupaten Bogor (Kemendagri code)
HERE = os.path.dirname(os.path.abspath(__file__))

PROGRAM_COLUMNS = ["id", "name", "agency", "description", "objective", "target_group", "output",
                   "code", "budget", "start_year", "end_year",
                   # extra columns, after the contract's
                   "program", "program_code", "kegiatan", "kegiatan_code",
                   "bidang_urusan", "bidang_name", "bidang_code", "unit", "unit_code", "account_lines"]


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def clean(value):
    if value is None:
        return ""
    return html.unescape(str(value)).strip()


def split_code(text, code=None):
    """'2.16.01 PROGRAM ...' -> ('2.16.01', 'PROGRAM ...'); the code is checked when given."""
    text = clean(text)
    head, _, rest = text.partition(" ")
    if code is not None and head != code:
        raise ValueError(f"name {text!r} does not start with its code {code!r}")
    return head, rest.strip()


def agency_type(name):
    first = name.split()[0].upper()
    return {"DINAS": "dinas", "BADAN": "badan", "SEKRETARIAT": "sekretariat",
            "KECAMATAN": "kecamatan"}.get(first, "")


def write_csv(name, columns, records):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(records)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    git_dir = sys.argv[1]
    skpd = json.loads(git_show(git_dir, "skpd.json").decode("utf-8"))

    digest = hashlib.sha256()
    agencies, main_rows, wilayah_rows = [], [], []
    lines_read, dropped = 0, []
    seen_keys = set()
    for s in skpd:
        if s.get("idDaerah") != 11:
            raise SystemExit(f"unexpected idDaerah in {s}")
        agency_name = clean(s["namaSkpd"])
        agency = f"skpd-{s['idSkpd']}"
        raw = git_show(git_dir, f"rak-belanja/{s['namaSkpd']}.csv")
        digest.update(raw)
        groups = {}  # (kode_sub_skpd, kode_sub_giat) -> record, in first-seen order
        for line in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
            lines_read += 1
            key = (clean(line["kode_sub_skpd"]), clean(line["kode_sub_giat"]))
            rec = groups.get(key)
            if rec is None:
                code = key[1]
                _, name = split_code(line["nama_sub_giat"], code)
                if not name:
                    dropped.append(key)
                    continue
                kegiatan_code, kegiatan = split_code(line["nama_giat"], code.rsplit(".", 1)[0])
                program_code, program = split_code(line["nama_program"], ".".join(code.split(".")[:3]))
                bidang_code, bidang_name = split_code(line["nama_bidang_urusan"], clean(line["kode_bidang_urusan"]))
                routine = program_code.split(".")[2] == "01"
                if key in seen_keys:
                    raise SystemExit(f"budget line {key} appears in two files")
                seen_keys.add(key)
                rec = {
                    "id": f"rak-{key[0]}-{key[1]}",
                    "name": name,
                    "agency": agency,
                    "description": "", "objective": "", "target_group": "", "output": "",
                    "code": code,
                    "budget": 0,
                    "start_year": "", "end_year": "",
                    "program": program, "program_code": program_code,
                    "kegiatan": kegiatan, "kegiatan_code": kegiatan_code,
                    "bidang_urusan": "Rutin" if routine else bidang_name,
                    "bidang_name": bidang_name, "bidang_code": bidang_code,
                    "unit": clean(line["nama_sub_skpd"]), "unit_code": key[0],
                    "account_lines": 0,
                }
                groups[key] = rec
            rec["budget"] += int(line["total_rincian"])
            rec["account_lines"] += 1
        target = wilayah_rows if agency_type(agency_name) == "kecamatan" else main_rows
        target.extend(groups.values())
        agencies.append({"id": agency, "name": agency_name, "short_name": "",
                         "type": agency_type(agency_name), "region": REGION})

    write_csv("agencies.csv", ["id", "name", "short_name", "type", "region"], agencies)
    write_csv("programs.csv", PROGRAM_COLUMNS, main_rows)
    write_csv("programs_wilayah.csv", PROGRAM_COLUMNS, wilayah_rows)
    print(f"account lines read {lines_read}; budget lines (sub-unit x sub kegiatan) "
          f"{len(main_rows) + len(wilayah_rows)}: programs.csv {len(main_rows)}, "
          f"programs_wilayah.csv {len(wilayah_rows)}; dropped (no name) {len(dropped)}")
    print(f"agencies {len(agencies)}; sha256 of the 72 CSV files concatenated in skpd.json order "
          f"{digest.hexdigest()}")


if __name__ == "__main__":
    main()
