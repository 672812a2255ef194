"""Quality of the duplicate finder on real public data, with its defaults.

    python benchmarks/eval_real.py              # development sources (leave-one-source-out) + nomenclature
    python benchmarks/eval_real.py --held-out   # also the held-out sources (the headline figures)

Sources and labels: tests/data/real (see its README: converted faithfully, labelled
blind, two governments held out of every tuning decision). For each development source
the model is retrained without it (leave-one-source-out), so every figure is out of
sample; the held-out sources are scored with the shipped model
(synergy/resources/match_model.json), which never saw them. Programs and applications
each have their own model (inventories are read with the applications model).

Printed per source: precision, recall and F1 at the default threshold (closed world:
a reported pair labelled same-system or not labelled counts as a false positive), and
the calibration of the match probability (of the pairs scored 0.5-0.6, ..., 0.9-1.0,
how many are labelled duplicates). Also: the real national nomenclature (1,881
sub-kegiatan as 37 agencies, one per bidang) must give at most 100 pairs.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import realdata  # noqa: E402
import train_matcher  # noqa: E402

BINS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def calibration(source, result) -> list[tuple[str, int, int]]:
    """Per probability bin: (bin, pairs, labelled duplicates)."""
    out = []
    pairs = result.pairs
    keys = [tuple(sorted(p)) for p in pairs.iloc[:, :2].values.tolist()]
    scores = pairs["score"].to_numpy(dtype=float)
    truth = np.array([k in source.duplicates for k in keys], dtype=bool)
    for lo, hi in zip(BINS[:-1], BINS[1:]):
        inside = (scores >= lo) & (scores < hi)
        out.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", int(inside.sum()), int(truth[inside].sum())))
    return out


def line(r) -> str:
    return (f"{r['source']:<24} records {r['records']:>5}  labelled {r['labelled']:>4}  reported {r['reported']:>4}  "
            f"P {r['precision']:.2f}  R {r['recall']:.2f}  F1 {r['f1']:.2f}  (same-system reported {r['same_system_reported']})")


def nomenclature_model():
    from synergy.model import CityModel, make_table
    from synergy.routine import bidang_of, nomenclature, urusan_names

    nom = nomenclature()
    names = urusan_names()
    bidang = [bidang_of(c) for c in nom["code"]]
    agencies = [{"id": f"B{b}", "name": names.get(b, f"Bidang {b}"), "urusan": (b,)} for b in sorted(set(bidang))]
    programs = [{"id": f"N{i:04d}", "name": n, "agency": f"B{b}", "code": c}
                for i, (c, n, b) in enumerate(zip(nom["code"], nom["name"], bidang))]
    return CityModel(make_table("agencies", agencies), make_table("programs", programs), make_table("datasets", []))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held-out", action="store_true", help="also score the held-out sources")
    parser.add_argument("--threshold", type=float, default=None, help="report threshold (default: the finder's)")
    args = parser.parse_args()
    from synergy.duplicates import DEFAULT_THRESHOLD, find_duplicates
    from synergy.matching import default_model

    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    development = realdata.own_sources() + realdata.real_sources(include_held_out=False)
    data = train_matcher.training_sets(development)
    rows, bins = [], {}
    print(f"Development sources, each scored by a model trained without it (threshold {threshold}):")
    for source in development:
        models = train_matcher.fit_kinds(data, development, leave_out=source.name)
        result = find_duplicates(source.model, matcher=models[source.records], threshold=threshold, kind=source.records)
        r = realdata.score(source, result)
        r["group"] = f"development ({source.kind})"
        rows.append(r)
        print("  " + line(r) + f"  [{source.kind}, {source.records}]")
        if source.kind == "real":
            for label, n, tp in calibration(source, result):
                bins.setdefault(("development", label), [0, 0])
                bins[("development", label)][0] += n
                bins[("development", label)][1] += tp
    if args.held_out:
        print("Held-out sources (never trained on; the model was changed once after their first blind run, "
              "commit 04294ef: see docs/duplicates.md), shipped model:")
        for source in realdata.real_sources(include_held_out=True):
            if not source.held_out:
                continue
            result = find_duplicates(source.model, kind=source.records, threshold=threshold)
            r = realdata.score(source, result)
            r["group"] = "held-out"
            rows.append(r)
            print("  " + line(r) + f"  [{source.records}]")
            for label, n, tp in calibration(source, result):
                bins.setdefault(("held-out", label), [0, 0])
                bins[("held-out", label)][0] += n
                bins[("held-out", label)][1] += tp
    print("Calibration (pairs reported in each probability bin, and how many are labelled duplicates):")
    for (group, label), (n, tp) in sorted(bins.items()):
        share = f"{tp / n:.2f}" if n else "-"
        print(f"  {group:<12} {label}: {n:>4} pairs, {tp:>4} duplicates, share {share}")
    start = time.perf_counter()
    nom = find_duplicates(nomenclature_model(), threshold=threshold)
    print(f"National nomenclature (1,881 real sub-kegiatan as 37 agencies): {len(nom.pairs)} pairs reported "
          f"(target: at most 100), {time.perf_counter() - start:.1f} s")
    return pd.DataFrame(rows)


if __name__ == "__main__":
    main()
