"""How well an agency's bidang-urusan is read from its name, against blind labels.

    python benchmarks/eval_mandates.py

Inventories and most lists of websites name their owners but never file them under an urusan;
the lead of a duplicate finding goes by mandate (docs/duplicates.md, "Output"), so the name must
say it (``synergy.mandates.bidang_of_name``). The labels (``tests/data/real/agency-mandates``)
were written blind, from the names alone, by a reader who never saw synergy's reading. Development:
the names of the application inventories (read while the table of names was written); held out: the
names of the three plans' agencies, read by nobody tuning the table. Printed per source and pooled:
precision and recall over (agency, bidang) pairs, and the share of agencies read exactly; beside them
the reading before stop 71 (two thirds of a bidang's own name only).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = ROOT / "tests" / "data" / "real" / "agency-mandates" / "labels.csv"
#: Sources whose agency names nobody tuning the table read (the plans).
HELD_OUT = ("kabsukabumi-rkpd2019", "kabmamberamoraya-apbdp2023", "kabbanyuwangi-renstra2025")


def score(rows, read) -> dict:
    tp = fp = fn = exact = 0
    for row in rows:
        want = frozenset(c for c in row["bidang"].split(";") if c)
        got = read(row["name"])
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        exact += want == got
    return {"agencies": len(rows), "precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1),
            "exact": exact / max(len(rows), 1), "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    from synergy.mandates import bidang_by_own_name, bidang_of_name

    with LABELS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    sources = sorted({r["source"] for r in rows}, key=lambda s: (s in HELD_OUT, s))
    line = "{:<30} {:>8}  now: P {:.2f} R {:.2f} exact {:.2f}   before: P {:.2f} R {:.2f} exact {:.2f}"
    print("source                          agencies")
    for source in sources:
        mine = [r for r in rows if r["source"] == source]
        a, b = score(mine, bidang_of_name), score(mine, bidang_by_own_name)
        print(line.format(source + (" (held out)" if source in HELD_OUT else ""), a["agencies"], a["precision"],
                          a["recall"], a["exact"], b["precision"], b["recall"], b["exact"]))
    for group, keep in (("development, pooled", lambda s: s not in HELD_OUT), ("held out, pooled", lambda s: s in HELD_OUT)):
        mine = [r for r in rows if keep(r["source"])]
        a, b = score(mine, bidang_of_name), score(mine, bidang_by_own_name)
        print(line.format(group, a["agencies"], a["precision"], a["recall"], a["exact"], b["precision"], b["recall"],
                          b["exact"]) + f"   (now {a['tp']} right, {a['fp']} wrong, {a['fn']} missed)")


if __name__ == "__main__":
    main()
