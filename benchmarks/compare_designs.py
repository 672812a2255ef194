"""Compare designs of the matching model on every labelled source (a design question, not a headline).

    python benchmarks/compare_designs.py                 # fs0 fs slope wnb
    python benchmarks/compare_designs.py fs wnb

Each source is scored by a model trained on all the *other* sources, held-out ones
included (so the figures say which design generalises, and must not be read as the
held-out evaluation, which is benchmarks/eval_real.py). Designs (synergy.matching.train
``mode``): ``fs0`` plain Fellegi-Sunter weights, no fitted calibration; ``fs`` the same
plus one fitted intercept (shipped for applications); ``slope`` one slope and intercept on
the summed weights; ``wnb`` a coefficient per comparison (weighted naive Bayes, shipped for
programs). Prints precision/recall per source and the mean F1 over real inventories.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402

import realdata  # noqa: E402
import train_matcher  # noqa: E402


def main(designs):
    from synergy.duplicates import find_duplicates
    from synergy.matching import USED

    sources = realdata.own_sources() + realdata.real_sources(include_held_out=True)
    data = train_matcher.training_sets(sources)
    for design in designs:
        results = []
        for source in sources:
            models = train_matcher.fit_kinds(data, sources, leave_out=source.name, mode="fs" if design == "fs0" else design)
            model = models[source.records]
            if design == "fs0":
                model = model.with_coefficients({c: 1.0 for c in USED} | {"prior": 1.0}, 0.0)
            results.append((source, realdata.score(source, find_duplicates(source.model, matcher=model, kind=source.records))))
        line = " ".join(f"{s.name}:{r['precision']:.2f}/{r['recall']:.2f}" for s, r in results)
        apps = [r["f1"] for s, r in results if s.records == "applications" and s.kind == "real"]
        print(f"{design:<6} {line} | real inventories mean F1 {np.mean(apps):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["fs0", "fs", "slope", "wnb"])
