"""Derive labels.csv (one row per labelled cross-agency pair) from a source's groups.csv.

    python tests/data/real/derive_labels.py tests/data/real/<slug> [groups file, default groups.csv]

groups.csv: group,kind,members,function,note  (kind: duplicate | same-system; members: ;-separated ids)
labels.csv: a,b,label,group  (a < b; only pairs of records of different agencies)

Checks: every member id exists in the source's applications.csv or programs.csv; a record
sits in at most one group of each kind. A pair inside both a same-system group and a
duplicate group is same-system: the copies of one system listed by several agencies all
sit in the duplicate group with the other system they duplicate (the protocol's rule).
"""
from __future__ import annotations

import csv
import sys
from itertools import combinations
from pathlib import Path


def owners(folder: Path) -> dict[str, str]:
    out = {}
    for name in ("applications.csv", "programs.csv", "datasets.csv"):
        path = folder / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    out[row["id"]] = row.get("agency") or row.get("producer") or ""
    return out


def derive(folder: Path, groups: str = "groups.csv") -> list[tuple[str, str, str, str]]:
    """The labelled pairs of ``folder``'s ``groups`` file (``groups-second.csv``: a second labeller's)."""
    agency = owners(folder)
    seen: dict[tuple[str, str], str] = {}
    pairs = {}
    problems = []
    with (folder / groups).open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            kind = row["kind"].strip()
            if kind not in ("duplicate", "same-system"):
                problems.append(f"{groups}:{number}: unknown kind {kind!r}")
                continue
            members = [m.strip() for m in row["members"].split(";") if m.strip()]
            for m in members:
                if m not in agency:
                    problems.append(f"{groups}:{number}: unknown id {m!r}")
                elif (m, kind) in seen:
                    problems.append(f"{groups}:{number}: {m} already in {kind} group {seen[(m, kind)]}")
                else:
                    seen[(m, kind)] = row["group"]
            for a, b in combinations(sorted(set(members)), 2):
                if a in agency and b in agency and agency[a] != agency[b]:
                    if pairs.get((a, b), ("",))[0] == "same-system":
                        continue  # copies of one system stay same-system
                    pairs[(a, b)] = (kind, row["group"])
    if problems:
        raise SystemExit("\n".join(problems))
    return [(a, b, k, g) for (a, b), (k, g) in sorted(pairs.items())]


def main(folder: str, groups: str = "groups.csv") -> None:
    folder = Path(folder)
    rows = derive(folder, groups)
    with (folder / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["a", "b", "label", "group"])
        writer.writerows(rows)
    kinds = {}
    for _, _, k, _ in rows:
        kinds[k] = kinds.get(k, 0) + 1
    print(f"{folder.name}: {len(rows)} labelled pairs {kinds}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
