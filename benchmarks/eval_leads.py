"""Who should lead a finding: synergy's suggestion against a blind reader's.

    python benchmarks/eval_leads.py

``tests/data/real/lead-agency`` holds reported pairs of the real sources and, for each, the agency
of that government a reader who never saw synergy's suggestion said should lead bringing the two
together ("none" when no agency clearly should), in two sets labelled by two readers:

- A (``leads.csv``): a random sample drawn on 4 December 2026 (stop 71). Every lead rule of stop 71
  was written before it; the rule that sends two applications no affair decides to the SPBE manager
  (stop 72) was drawn from its disagreements, so its figure is "after looking" for that rule.
- B (``leads-b.csv``): the next random sample of reported pairs, none of set A's, drawn and labelled on
  5 December 2026 (stop 72) before anyone saw synergy's leads on it: blind for every rule up to the
  SPBE manager's; the two later rules of stop 72 (a service facility yields to the agency of its affair;
  the part named for the job) were drawn after reading it. Two more sets of Kabupaten Madiun's pairs (C
  and D), whose rows are not committed, are reported in docs/duplicates.md.

Printed per set, per source and pooled: how often the suggestion is the reader's agency, how often
synergy suggests none where the reader named one, and how often it names another agency.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

FOLDER = ROOT / "tests" / "data" / "real" / "lead-agency"


def suggestions(sources: dict, wanted) -> dict:
    """The lead synergy suggests for each wanted pair (``source:a:b`` -> agency id or "")."""
    from synergy.duplicates import find_duplicates

    out = {}
    for name in sorted({key.split(":")[0] for key in wanted}):
        source = sources.get(name)
        if source is None:
            continue  # a source not converted on this machine
        pairs = find_duplicates(source.model, kind=source.records, threshold=0.0).pairs
        first, second = pairs.columns[0], pairs.columns[1]
        for a, b, lead in zip(pairs[first], pairs[second], pairs["lead_agency"]):
            for key in (f"{name}:{a}:{b}", f"{name}:{b}:{a}"):
                if key in wanted:
                    out[key] = "" if lead is None or lead != lead else str(lead)
    return out


SETS = (("A (stop 71; after looking for stop 72's rules)", "leads.csv"),
        ("B (stop 72; blind up to the SPBE-manager rule)", "leads-b.csv"))


def main() -> None:
    import realdata

    sources = {s.name: s for s in realdata.real_sources(include_held_out=True)}
    for title, file_name in SETS:
        print(f"set {title}")
        judge(sources, FOLDER / file_name)
        print()


def judge(sources: dict, path: Path) -> None:
    """Print how synergy's leads compare with the reader's labels in ``path``."""
    with path.open(encoding="utf-8") as handle:
        labels = {row["pair"]: ("" if row["lead"] == "none" else row["lead"]) for row in csv.DictReader(handle)}
    got = suggestions(sources, labels)
    tally: dict[str, list] = {}
    for key, want in labels.items():
        if key not in got:
            continue
        said = got[key]
        row = tally.setdefault(key.split(":")[0], [0, 0, 0, 0])
        row[0] += 1
        row[1] += said == want
        row[2] += bool(want) and not said
        row[3] += bool(said) and said != want
    print(f"{'source':<28} {'pairs':>5}  {'same lead':>9}  {'none, reader named one':>22}  {'another agency':>14}")
    total = [0, 0, 0, 0]
    for name, (n, same, none, other) in sorted(tally.items()):
        total = [t + v for t, v in zip(total, (n, same, none, other))]
        print(f"{name:<28} {n:>5}  {same:>9}  {none:>22}  {other:>14}")
    n, same, none, other = total
    print(f"{'pooled':<28} {n:>5}  {same:>9} ({same / max(n, 1):.2f})  {none:>12} ({none / max(n, 1):.2f})  "
          f"{other:>6} ({other / max(n, 1):.2f})")


if __name__ == "__main__":
    main()
