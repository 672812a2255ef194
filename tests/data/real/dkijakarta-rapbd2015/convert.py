#!/usr/bin/env python3
"""Convert Provinsi DKI Jakarta's RAPBD 2015 kegiatan table (Pantau RAPBD, data.csv) into the data contract.

    python convert.py /path/to/pantau-rapbd.github.io.git   (a bare git dir of Pantau-RAPBD/pantau-rapbd.github.io)

Reads data.csv at the commit below with `git show`, checks its SHA-256, and writes, next to
this script: agencies.csv, programs.csv (rows of perangkat daerah: badan, biro, dinas,
inspektorat, satpol, sekretariat), programs_ukpd.csv (rows of the other province-level
units: UPT, unit pengelola, pusat, panti, BLUD, hospitals, kantor pengelola) and
programs_wilayah.csv (rows of the units of a kota / kabupaten administrasi: suku dinas,
kecamatan, kelurahan, kota offices and every unit named "... - JAKPUS/JAKUT/...").
The three programs files have the same columns; concatenated they are the whole table.
Python standard library only; deterministic.
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "26cadd857b6865882ab917ba3c9da04759b8e844"  # "Fix data.json, add data.csv", 2015-03-05
PATH = "data.csv"
SHA256 = "a7456c4133c04050ff1e729742b573132007dd923cf70c662ac0aca7d2b642cb"
LENGTH = 4097167
REGION = "31"  # Provinsi DKI Jakarta (Kemendagri code)
YEAR = "2015"
HERE = Path(__file__).resolve().parent

COLUMNS = [
    "id", "name", "agency", "description", "objective", "target_group", "output", "code",
    "budget", "start_year", "end_year",
    "bidang_urusan", "kode_skpd", "nama_skpd", "komisi", "unit_level", "pagu", "tambah",
    "kurang", "hasil_pembahasan", "hasil_pemprov_version", "flag",
]

# Routine support kegiatan. The source has no program names (its kode_kegiatan's program
# segment is DKI's own numbering, not Permendagri 13/2006's 01-06), so routine rows are
# recognised by name: an office's own operation, utilities, fuel and vehicles, its own
# planning and reporting documents. Checked against the whole list (see ORIGIN.md).
ROUTINE = re.compile(
    r"operasional\s+kantor|penyelenggaraan\s+operasional\s+(?:kantor|sekretariat|dinas|badan|biro|suku|sudin|kecamatan|kelurahan|unit|upt|pusat)"
    r"|jasa\s+tali|tali\s+dan\s+ipal|\bbbm\b|bahan\s+bakar\s+minyak"
    r"|kendaraan\s+dinas\s+operasional|pemeliharaan\s+kendaraan\s+(?:dinas|operasional)"
    r"|\brenstra\b|\brenja\b|\blakip\b|\brka\b|\bdpa\b"
    r"|penyediaan\s+jasa\s+(?:kebersihan|keamanan|perkantoran|administrasi\s+perkantoran)"
    r"|perawatan\s+(?:gedung|sarana\s+dan\s+prasarana)\s+kantor|pemeliharaan\s+gedung\s+kantor"
    r"|penyediaan\s+(?:alat\s+tulis|atk)|penyediaan\s+peralatan\s+kantor|pengadaan\s+peralatan\s+kantor",
    re.I,
)
WILAYAH_PREFIX = re.compile(
    r"^(?:sudin|suku\s+dinas|kelurahan|kecamatan|kota\s+administrasi|kabupaten\s+administrasi|kantor\s+walikota)\b", re.I)
WILAYAH_SUFFIX = re.compile(
    r"-\s*(?:jakpus|jakut|jakbar|jaksel|jaktim|jakut\s*&\s*kep\.?\s*seribu|kep\.?\s*seribu|p\.\s*seribu)\s*$", re.I)
SKPD_FIRST = {"badan", "biro", "dinas", "inspektorat", "satpol", "sekretariat"}


def clean(text: str) -> str:
    return html.unescape(text or "").strip()


def amount(text: str) -> str:
    t = (text or "").strip().replace(",", "")
    return t if re.fullmatch(r"-?\d+", t) else ""


def level(name: str) -> str:
    if WILAYAH_PREFIX.search(name) or WILAYAH_SUFFIX.search(name) or re.search(r"kep\.\s?seribu", name, re.I):
        return "wilayah"
    first = name.split()[0].lower() if name.split() else ""
    return "skpd" if first in SKPD_FIRST else "ukpd"


def unit_type(name: str) -> str:
    first = name.split()[0].lower()
    table = {
        "badan": "badan", "biro": "biro", "dinas": "dinas", "inspektorat": "inspektorat",
        "satpol": "satpol", "sekretariat": "sekretariat", "sudin": "suku dinas",
        "kelurahan": "kelurahan", "kecamatan": "kecamatan", "kota": "kota administrasi",
        "kabupaten": "kabupaten administrasi", "kantor": "kantor", "upt": "upt", "unit": "unit",
        "up": "unit", "pusat": "pusat", "blud": "blud", "rsud": "rsud", "ppkd": "pusat",
        "seksi": "seksi",
    }
    if first in table:
        return table[first]
    if re.match(r"ps[a-z]*$", first):
        return "panti"
    return "lainnya"


def read_source(git_dir: str) -> bytes:
    data = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{PATH}"],
                          check=True, capture_output=True).stdout
    if len(data) != LENGTH or hashlib.sha256(data).hexdigest() != SHA256:
        raise SystemExit(f"{PATH} at {COMMIT}: unexpected length or SHA-256")
    return data


def main(git_dir: str) -> None:
    text = read_source(git_dir).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    agencies: dict[str, dict] = {}
    out = {"skpd": [], "ukpd": [], "wilayah": []}
    dropped = 0
    seen_ids = set()
    for r in rows:
        kode = clean(r["kode_skpd"])
        nama = clean(r["nama_skpd"])
        aid = f"skpd-{kode}"
        if aid not in agencies:
            agencies[aid] = {"id": aid, "name": nama, "short_name": "", "type": unit_type(nama),
                             "region": REGION, "level": level(nama)}
        lvl = agencies[aid]["level"]  # a code's first name decides (variants of one code, ORIGIN.md)
        name = clean(r["nama_kegiatan"])
        if not name:
            dropped += 1
            continue
        rid = f"keg-{clean(r['no'])}"
        if rid in seen_ids:
            raise SystemExit(f"duplicate id {rid}")
        seen_ids.add(rid)
        bidang = "Rutin" if ROUTINE.search(name) else ".".join(kode.split(".")[:2])
        out[lvl].append({
            "id": rid, "name": name, "agency": aid, "description": "", "objective": "",
            "target_group": "", "output": "", "code": clean(r["kode_kegiatan"]),
            "budget": amount(r["hasil_pembahasan"]), "start_year": YEAR, "end_year": YEAR,
            "bidang_urusan": bidang, "kode_skpd": kode, "nama_skpd": nama, "komisi": clean(r["komisi"]),
            "unit_level": lvl, "pagu": amount(r["pagu"]), "tambah": amount(r["tambah"]),
            "kurang": amount(r["kurang"]), "hasil_pembahasan": clean(r["hasil_pembahasan"]),
            "hasil_pemprov_version": clean(r["hasil_pemprov_version"]), "flag": clean(r["flag"]),
        })
    files = {"skpd": "programs.csv", "ukpd": "programs_ukpd.csv", "wilayah": "programs_wilayah.csv"}
    for lvl, fname in files.items():
        with (HERE / fname).open("w", encoding="utf-8", newline="") as handle:
            w = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(out[lvl])
    with (HERE / "agencies.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.DictWriter(handle, fieldnames=["id", "name", "short_name", "type", "region", "level"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(agencies.values())
    for lvl, fname in files.items():
        n = len(out[lvl])
        rut = sum(1 for x in out[lvl] if x["bidang_urusan"] == "Rutin")
        units = len({x["agency"] for x in out[lvl]})
        print(f"{fname}: {n} rows ({rut} Rutin) of {units} units", file=sys.stderr)
    print(f"read {len(rows)} rows, dropped {dropped} with no name; {len(agencies)} units", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
