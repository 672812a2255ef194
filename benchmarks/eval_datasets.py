"""Quality of the duplicate-dataset finding (``synergy shared-data --kind duplicate-dataset``) on real data.

    python benchmarks/eval_datasets.py              # development sources
    python benchmarks/eval_datasets.py --held-out   # also the held-out ones (the headline figures)

The real sources are the converted catalogues of data of tests/data/real with blind labels:
Kabupaten Keerom's Satu Data catalogue (kabkeerom-satudata: 290 datasets of 29 producers, 18
cross-producer pairs labelled as the same data) and Provinsi Jawa Barat's Daftar Data Daerah
(jabarprov-daftardata: 2,618 data items of 51 producers, 238 pairs; held out, see
tests/data/real/README.md); each folder's ORIGIN.md and LABELS.md say how. Nothing of the
finder was tuned on them: its threshold (0.40) was set on ``tests/data/deps/dataset_pairs.csv``,
written by the project.
The sample city's planted duplicate datasets (data/pasuruan/answer_key.csv) are a development
figure, printed apart.

Printed: precision, recall and F1 at the default threshold (closed world: a reported pair not
labelled is a false positive) with 95 % Wilson intervals; the reported pairs by score band and
how many are labelled; the same at other thresholds, for reading only (a threshold chosen on
these sources could no longer say how good it is); and, where the converter kept it, each
dataset's breakdown (the element names the catalogue lists under it, an extra column) given as
its description, which is what filling in ``description`` buys.
"""
from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_real import wilson  # noqa: E402

KEEROM = ROOT / "tests" / "data" / "real" / "kabkeerom-satudata"
SAMPLE_KEY = ROOT / "data" / "pasuruan" / "answer_key.csv"
BANDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
THRESHOLDS = (0.3, 0.35, 0.4, 0.5, 0.6)


def labelled_pairs(path: Path, label: str, column: str) -> set:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {tuple(sorted(p)) for p in frame.loc[frame[column] == label, ["a", "b"]].values.tolist()}


def held_out_data() -> set[str]:
    """The catalogues held out of every tuning decision (``HELD_OUT_DATA:`` in
    tests/data/real/README.md)."""
    text = (ROOT / "tests" / "data" / "real" / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^HELD_OUT_DATA:\s*(.*)$", text, flags=re.M)
    return set(match.group(1).split()) if match else set()


def catalogues(held_out: bool = False) -> list[Path]:
    """The converted real catalogues with blind labels (``tests/data/real/*`` with datasets.csv
    and labels.csv): the development ones (Keerom first), or the held-out ones."""
    hidden = held_out_data()
    found = sorted(p.parent for p in (ROOT / "tests" / "data" / "real").glob("*/datasets.csv")
                   if (p.parent / "labels.csv").exists() and (p.parent.name in hidden) == held_out)
    return sorted(found, key=lambda p: p != KEEROM)


def catalogue_model(with_breakdown: bool = False, folder: Path = KEEROM):
    """A catalogue as a CityModel (as converted; or with each breakdown, the converter's extra
    ``elements`` column, as the description)."""
    from synergy.ingest import load_model

    model, _ = load_model(folder)
    if with_breakdown and "elements" in model.datasets:
        datasets = model.datasets.copy()
        datasets["description"] = datasets["elements"].fillna("").astype(str)
        model = dataclasses.replace(model, datasets=datasets)
    return model


def scored_pairs(model, threshold: float) -> dict:
    """``{(dataset, dataset): score}`` of the duplicate-dataset findings at ``threshold``."""
    from synergy.shared_data import shared_data

    found = shared_data(model, kinds=["duplicate-dataset"], duplicate_threshold=threshold)
    found = found[found["kind"] == "duplicate-dataset"]
    return {tuple(sorted(p)): float(s) for p, s in
            zip(found[["dataset", "other_dataset"]].values.tolist(), found["score"].tolist())}


def figures(reported: set, truth: set) -> str:
    right = len(reported & truth)
    p = right / len(reported) if reported else 0.0
    r = right / len(truth) if truth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    (plo, phi), (rlo, rhi) = wilson(right, len(reported)), wilson(right, len(truth))
    return (f"reported {len(reported):>4}, labelled {len(truth):>3}, right {right:>3}: "
            f"P {p:.2f} [{plo:.2f}-{phi:.2f}]  R {r:.2f} [{rlo:.2f}-{rhi:.2f}]  F1 {f1:.2f}")


def report(name: str, model, truth: set, threshold: float, sweep: bool) -> None:
    started = time.perf_counter()
    everything = scored_pairs(model, min(THRESHOLDS))
    at_default = set(scored_pairs(model, threshold))
    print(f"{name}  ({time.perf_counter() - started:.1f} s)")
    print(f"  default threshold {threshold:.2f}: {figures(at_default, truth)}")
    for lo, hi in zip(BANDS[:-1], BANDS[1:]):
        inside = {p for p, s in everything.items() if lo <= s < hi}
        if inside:
            print(f"    scored {lo:.1f}-{min(hi, 1.0):.1f}: {len(inside):>3} pairs, {len(inside & truth):>2} labelled")
    if sweep:
        for t in THRESHOLDS:
            print(f"  threshold {t:.2f} (for reading, not for choosing): "
                  f"{figures({p for p, s in everything.items() if s >= t}, truth)}")
    missed = truth - set(everything)
    print(f"  labelled pairs never scored {min(THRESHOLDS):.2f} or more: {len(missed)} of {len(truth)}")


def main() -> None:
    from synergy.shared_data import DUPLICATE_THRESHOLD

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=DUPLICATE_THRESHOLD,
                        help="report threshold (default: the finder's)")
    parser.add_argument("--held-out", action="store_true",
                        help="also score the held-out catalogues (once, at the end of the work they judge)")
    args = parser.parse_args()

    def judge(folders, sweep):
        for folder in folders:
            truth = labelled_pairs(folder / "labels.csv", "duplicate", "label")
            model = catalogue_model(folder=folder)
            report(f"{folder.name}, as converted", model, truth, args.threshold, sweep=sweep)
            if "elements" in model.datasets:
                report(f"{folder.name}, each breakdown given as the description",
                       catalogue_model(with_breakdown=True, folder=folder), truth, args.threshold, sweep=sweep)

    print("Real sources, development:")
    judge(catalogues(), sweep=True)

    from synergy.ingest import load_model

    sample, _ = load_model(None)
    print("Development, own data:")
    report("sample city (planted duplicate datasets)", sample,
           labelled_pairs(SAMPLE_KEY, "duplicate-dataset", "kind"), args.threshold, sweep=False)
    if args.held_out:
        # no threshold sweep: a held-out figure is read at the default only
        print("Real sources, held out (never opened while tuning; tests/data/real/README.md):")
        judge(catalogues(held_out=True), sweep=False)


if __name__ == "__main__":
    main()
