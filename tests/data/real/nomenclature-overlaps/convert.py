"""Write programs.csv and agencies.csv of this source from the shipped nomenclature.

    python tests/data/real/nomenclature-overlaps/convert.py

Records: the sub kegiatan of ``synergy/resources/nomenklatur-subkegiatan.csv`` whose program
(code part 3) is not ``01`` (routine support), each with its code as id and its bidang urusan
(code prefix ``X.YY``) as agency; agencies named from ``synergy/resources/urusan.csv``.
Standard library only; the same files every run.
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESOURCES = HERE.parents[3] / "synergy" / "resources"


def main() -> None:
    with (RESOURCES / "urusan.csv").open(encoding="utf-8", newline="") as handle:
        affairs = {row["code"]: row["name_id"] for row in csv.DictReader(handle)}
    with (RESOURCES / "nomenklatur-subkegiatan.csv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["code"].split(".")[2] != "01"]
    agencies = sorted({".".join(row["code"].split(".")[:2]) for row in rows})
    with (HERE / "agencies.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "name"])
        for code in agencies:
            writer.writerow([code, affairs.get(code, f"Bidang {code}")])
    with (HERE / "programs.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "name", "agency", "code"])
        for row in rows:
            writer.writerow([row["code"], " ".join(row["name"].split()), ".".join(row["code"].split(".")[:2]),
                             row["code"]])
    print(f"{len(rows)} sub kegiatan of {len(agencies)} bidang urusan")


if __name__ == "__main__":
    main()
