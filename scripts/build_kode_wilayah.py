"""Regenerate synergy/resources/kode-wilayah.csv, the Kemendagri region codes.

The list of provinces and kabupaten/kota is taken from ``db/wilayah.sql`` of the
public repository cahyadsn/wilayah (MIT licence), read straight out of a bare git
snapshot of it. Only codes of the form ``NN`` (provinsi) and ``NN.NN``
(kabupaten/kota) are kept; kecamatan and desa/kelurahan rows are skipped.
See synergy/resources/kode-wilayah-ORIGIN.md for the commit used.

    python scripts/build_kode_wilayah.py /path/to/cahyadsn+wilayah.git [--rev REV] [-o OUT]

Name rules (the source already writes names in title case):
  * provinsi: "Provinsi " + source name, except the two special regions, written
    "DKI Jakarta" and "DI Yogyakarta" (the source spells them out in full);
  * kabupaten/kota: the source name as written ("Kabupaten X", "Kota X",
    "Kota Administrasi X"), with surrounding/double spaces removed and the
    abbreviation "Kep." expanded to "Kepulauan".
Rows are sorted by code; output is UTF-8 with LF line endings. Standard library only.
"""
from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "synergy" / "resources" / "kode-wilayah.csv"
SOURCE_PATH = "db/wilayah.sql"

# One VALUES tuple per line: ('35.75','Kota Pasuruan'),
ROW = re.compile(r"^\('(\d{2}(?:\.\d{2})?)','((?:[^'\\]|\\.|'')*)'\)\s*[,;]?\s*$")

PROVINCE_NAMES = {
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
}
ABBREVIATIONS = [(re.compile(r"\bKep\. "), "Kepulauan ")]
KINDS = ("Kabupaten ", "Kota ")

SPOT_CHECKS = {
    "35.75": "Kota Pasuruan",
    "51.71": "Kota Denpasar",
    "35.19": "Kabupaten Madiun",
    "35.20": "Kabupaten Magetan",
    "63.72": "Kota Banjarbaru",
    "36": "Provinsi Banten",
}


def read_source(git_dir: str, rev: str) -> tuple[str, str]:
    commit = subprocess.run(
        ["git", "--git-dir", git_dir, "rev-parse", "--verify", f"{rev}^{{commit}}"],
        check=True, capture_output=True, text=True).stdout.strip()
    blob = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{SOURCE_PATH}"],
        check=True, capture_output=True).stdout
    return commit, blob.decode("utf-8")


def unescape(value: str) -> str:
    return value.replace("''", "'").replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\")


def clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    for pattern, replacement in ABBREVIATIONS:
        name = pattern.sub(replacement, name)
    return name


def convert(sql: str) -> list[tuple[str, str]]:
    rows: dict[str, str] = {}
    for line in sql.splitlines():
        m = ROW.match(line.strip())
        if not m:
            continue
        code, raw = m.group(1), clean(unescape(m.group(2)))
        if len(code) == 2:
            name = "Provinsi " + PROVINCE_NAMES.get(raw, raw)
        else:
            if not raw.startswith(KINDS):
                raise SystemExit(f"{code}: kabupaten/kota name without its kind: {raw!r}")
            name = raw
        if code in rows and rows[code] != name:
            raise SystemExit(f"{code}: two names, {rows[code]!r} and {name!r}")
        rows[code] = name
    return sorted(rows.items(), key=lambda kv: tuple(int(p) for p in kv[0].split(".")))


def check(rows: list[tuple[str, str]]) -> tuple[int, int, int]:
    codes = [c for c, _ in rows]
    if len(codes) != len(set(codes)):
        raise SystemExit("duplicate codes")
    provinces = {c for c in codes if len(c) == 2}
    orphans = [c for c in codes if len(c) == 5 and c[:2] not in provinces]
    if orphans:
        raise SystemExit(f"kabupaten/kota without a province: {orphans}")
    names = dict(rows)
    for code, expected in SPOT_CHECKS.items():
        if names.get(code) != expected:
            raise SystemExit(f"spot check failed: {code} is {names.get(code)!r}, expected {expected!r}")
    kab = sum(1 for c, n in rows if len(c) == 5 and n.startswith("Kabupaten "))
    kota = sum(1 for c, n in rows if len(c) == 5 and n.startswith("Kota "))
    return len(provinces), kab, kota


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("snapshot", help="bare git directory of cahyadsn/wilayah")
    ap.add_argument("--rev", default="HEAD", help="commit to read (default HEAD)")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    commit, sql = read_source(args.snapshot, args.rev)
    rows = convert(sql)
    n_prov, n_kab, n_kota = check(rows)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["code", "name"])
        writer.writerows(rows)
    print(f"{args.out}: {len(rows)} rows from {SOURCE_PATH} @ {commit} "
          f"({n_prov} provinsi, {n_kab} kabupaten + {n_kota} kota = {n_kab + n_kota} kab/kota)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
