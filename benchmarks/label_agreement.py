"""How far two people agree on what is a duplicate, and what that says about the finder's figures.

    python benchmarks/label_agreement.py

Some real sources (tests/data/real) were labelled twice, blind and independently: ``groups.csv`` by
the first labeller (the labels every figure uses) and ``groups-second.csv`` by a second one, who saw
neither the first labels nor synergy's output (their logs: ``LABELS.md``, ``LABELS-second.md``). For
each such source this prints:

- the duplicate pairs each labeller found and how many both found, and their **positive specific
  agreement** ``2|A & B| / (|A| + |B|)`` (Cohen's kappa says little here: in a closed world almost
  every pair of records is a negative both agree on);
- the second labeller read as if it were a tool, against the first: precision ``|A & B| / |B|`` and
  recall ``|A & B| / |A|``. This is what a careful person reaches, to set beside the targets the
  finder is held to (precision 0.85, recall 0.8);
- the finder's precision and recall at its default threshold against the first labels, the second,
  the pairs both call duplicates, and the pairs either does (development sources each scored by a
  model trained without them, held-out sources by the shipped model, as in ``eval_real.py``).

The second labels are used for nothing else: no training, no tuning, no headline figure.

One source is labelled three times for another reason: the nomenclature's overlaps
(``nomenclature-overlaps``), whose first two labellings (``groups.csv``, ``groups-reader2.csv``)
are shipped as knowledge and whose third (``groups-training.csv``) teaches that knowledge's
weight. For it the script prints how far the readers agree, and how often the third reader
labels the pairs both knowledge readers grouped, or one only: what the weight learns from.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "data" / "real"))

import realdata  # noqa: E402
import train_matcher  # noqa: E402
from derive_labels import derive  # noqa: E402
from eval_real import wilson  # noqa: E402

SECOND = "groups-second.csv"
TRAINING = "groups-training.csv"
KNOWLEDGE = ("groups.csv", "groups-reader2.csv")


def second_labels(folder: Path) -> tuple[set, set]:
    """The second labeller's duplicate pairs and same-system pairs (sorted id pairs)."""
    pairs = derive(folder, SECOND)
    return ({(a, b) for a, b, kind, _ in pairs if kind == "duplicate"},
            {(a, b) for a, b, kind, _ in pairs if kind == "same-system"})


def agreement(first: set, second: set) -> dict:
    """Counts, positive specific agreement, and the second labelling's precision and recall against the first.

    >>> a = agreement({("a", "b"), ("a", "c")}, {("a", "b"), ("b", "d"), ("c", "d")})
    >>> a["both"], round(a["specific"], 2), round(a["precision"], 2), a["recall"]
    (1, 0.4, 0.33, 0.5)
    """
    both = len(first & second)
    total = len(first) + len(second)
    return {"first": len(first), "second": len(second), "both": both,
            "specific": 2 * both / total if total else 1.0,
            "precision": both / len(second) if second else float("nan"),
            "recall": both / len(first) if first else float("nan")}


def knowledge_against_training(folder: Path = realdata.REAL / "nomenclature-overlaps") -> None:
    """The shipped knowledge (two readers' groups) against the labels that teach its weight (a third's)."""
    if not (folder / TRAINING).exists():
        return
    readers = [{(a, b) for a, b, kind, _ in derive(folder, name) if kind == "duplicate"} for name in KNOWLEDGE]
    third = {(a, b) for a, b, kind, _ in derive(folder, TRAINING) if kind == "duplicate"}
    print(f"{folder.name} (the shipped knowledge, {len(KNOWLEDGE)} readers, against a third reader's labels, "
          f"which teach its weight):")
    for number, pairs in enumerate(readers + [third], start=1):
        for other_number, other in enumerate(readers + [third], start=1):
            if number < other_number:
                a = agreement(pairs, other)
                print(f"  readers {number} and {other_number}: {a['first']} and {a['second']} pairs, {a['both']} in "
                      f"both; positive specific agreement {a['specific']:.2f}")
    for count, words in ((2, "both readers"), (1, "one reader only")):
        pairs = {p for p in set().union(*readers) if sum(p in r for r in readers) == count}
        confirmed = len(pairs & third)
        print(f"  pairs grouped by {words:<15} the third reader labels too: {interval(confirmed, len(pairs))} "
              f"({confirmed} of {len(pairs)})")


def against(predicted: set, truth: set) -> tuple[int, int, int]:
    """(found, reported, labelled): the pairs reported that ``truth`` holds, all reported, all in ``truth``."""
    return len(predicted & truth), len(predicted), len(truth)


def interval(k: int, n: int) -> str:
    if not n:
        return "   -          "
    lo, hi = wilson(k, n)
    return f"{k / n:.2f} [{lo:.2f}-{hi:.2f}]"


def main() -> None:
    from synergy.duplicates import DEFAULT_THRESHOLD, find_duplicates

    development = realdata.own_sources() + realdata.real_sources(include_held_out=False)
    data = train_matcher.training_sets(development)
    pooled: dict[str, list[int]] = {}
    seen = False
    for source in realdata.real_sources(include_held_out=True):
        folder = realdata.REAL / source.name
        if not (folder / SECOND).exists():
            continue
        seen = True
        dup_second, same_second = second_labels(folder)
        a = agreement(source.duplicates, dup_second)
        s = agreement(source.same_system, same_second)
        crossed = len(source.duplicates & same_second) + len(source.same_system & dup_second)
        group = "held out" if source.held_out else "development"
        print(f"{source.name} ({group}):")
        print(f"  duplicate pairs: first labeller {a['first']}, second {a['second']}, both {a['both']}; "
              f"positive specific agreement {a['specific']:.2f}")
        print(f"  the second labeller against the first: precision {interval(a['both'], a['second'])}, "
              f"recall {interval(a['both'], a['first'])}")
        print(f"  same-system pairs: first {s['first']}, second {s['second']}, both {s['both']}; "
              f"a pair one calls duplicate and the other same-system: {crossed}")
        if source.held_out:
            result = find_duplicates(source.model, kind=source.records, threshold=DEFAULT_THRESHOLD)
        else:
            models = train_matcher.fit_kinds(data, development, leave_out=source.name)
            result = find_duplicates(source.model, matcher=models[source.records], threshold=DEFAULT_THRESHOLD,
                                     kind=source.records)
        predicted = set(realdata.pair_keys(result.pairs))
        truths = {"first": source.duplicates, "second": dup_second, "both": source.duplicates & dup_second,
                  "either": source.duplicates | dup_second}
        for name, truth in truths.items():
            found, reported, labelled = against(predicted, truth)
            for key, value in ((f"{group}|{name}|found", found), (f"{group}|{name}|reported", reported),
                               (f"{group}|{name}|labelled", labelled)):
                pooled[key] = pooled.get(key, 0) + value
            print(f"  the finder against {name + ' labels':<14} precision {interval(found, reported)}, "
                  f"recall {interval(found, labelled)}  ({found} of {reported} reported, {labelled} labelled)")
        for key, value in (("agree|first", a["first"]), ("agree|second", a["second"]), ("agree|both", a["both"])):
            pooled[f"{group}|{key}"] = pooled.get(f"{group}|{key}", 0) + value
    knowledge_against_training()
    if not seen:
        print(f"no source has a second labelling ({SECOND})")
        return
    print("Pooled per group [95 % Wilson interval]:")
    for group in ("development", "held out"):
        if f"{group}|agree|first" not in pooled:
            continue
        first, second, both = (pooled[f"{group}|agree|{k}"] for k in ("first", "second", "both"))
        print(f"  {group}: the second labeller against the first: precision {interval(both, second)}, recall "
              f"{interval(both, first)}; positive specific agreement {2 * both / max(first + second, 1):.2f}")
        for name in ("first", "second", "both", "either"):
            found, reported, labelled = (pooled[f"{group}|{name}|{k}"] for k in ("found", "reported", "labelled"))
            print(f"  {group}: the finder against {name + ' labels':<14} precision {interval(found, reported)}, "
                  f"recall {interval(found, labelled)}")


if __name__ == "__main__":
    main()
