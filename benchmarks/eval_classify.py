"""How often `synergy classify` suggests a dimension the record really has.

    python benchmarks/eval_classify.py                 # sample city + every real label file there is
    python benchmarks/eval_classify.py --speed 100000  # also: seconds to classify a synthetic city of N programs

Two kinds of figures, printed per source:

- **the sample city** (``data/pasuruan``, loaded with ``load_model(None)``): every program
  and application is classified with ``all=True`` (the typed dimensions are never
  read: ``tests/test_classify.py`` checks that blanking them changes nothing), then
  compared with its typed dimensions and element. Written by this project: a
  development figure only.
- **real data labelled blind**: every ``tests/data/real/<slug>/dimension_labels.csv``
  (columns ``id,dimensions,element,confidence,note``; ``dimensions`` ``;``-separated, or
  ``unknown``). The source folder is loaded as a user would (``load_model([folder])``)
  and classified with ``all=True``; rows labelled ``unknown`` are left out and counted
  apart, as are labelled ids the source does not hold. Sources listed as HELD_OUT in
  ``tests/data/real/README.md`` are marked. When no label file exists yet, that is said
  and the script still succeeds.

Measures: **in dimension** = share of records whose suggested dimension is one of the
labelled dimensions (a record with no suggestion counts as a miss); **element** = share
of records with a labelled element whose suggested element is that element (an empty
suggestion is a miss); both broken down by the suggestion's confidence band, and for the
real labels by the labeller's own confidence.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REAL = ROOT / "tests" / "data" / "real"
BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0001))


def band(confidence: float, dimension: str) -> str:
    if not dimension:
        return "no suggestion"
    for lo, hi in BANDS:
        if lo <= confidence < hi:
            return f"{lo:.1f}-{min(hi, 1.0):.1f}"
    return "?"


def score(frame: pd.DataFrame) -> dict:
    """frame: one row per judged record with columns dimension, element, confidence, truth_dims, truth_element."""
    in_dim = [d in truth for d, truth in zip(frame["dimension"], frame["truth_dims"])]
    has_el = frame["truth_element"] != ""
    el_ok = (frame["element"] == frame["truth_element"]) & has_el
    return {"n": len(frame), "in_dimension": sum(in_dim), "with_element": int(has_el.sum()),
            "element": int(el_ok.sum())}


def fmt(counts: dict) -> str:
    n, w = counts["n"], counts["with_element"]
    dim = f"{counts['in_dimension'] / n:6.1%}" if n else "     -"
    el = f"{counts['element'] / w:6.1%}" if w else "     -"
    return f"n {n:>4}  in dimension {dim} ({counts['in_dimension']:>3})  element {el} ({counts['element']:>3}/{w:>3})"


def report(title: str, judged: pd.DataFrame, extra_group: str | None = None) -> dict:
    total = score(judged)
    print(f"\n{title}")
    print(f"  all            {fmt(total)}")
    bands = judged.assign(band=[band(c, d) for c, d in zip(judged["confidence"], judged["dimension"])])
    order = ["no suggestion"] + [f"{lo:.1f}-{min(hi, 1.0):.1f}" for lo, hi in BANDS]
    for name in order:
        part = bands[bands["band"] == name]
        if len(part):
            print(f"  conf {name:<9} {fmt(score(part))}")
    if extra_group and extra_group in judged:
        for value, part in judged.groupby(extra_group, sort=True):
            print(f"  labeller {str(value) or '(blank)':<6} {fmt(score(part))}")
    return total


def sample_city() -> list[dict]:
    from synergy.classify import classify
    from synergy.ingest import load_model

    model, _ = load_model(None)
    out = classify(model, all=True)
    results = []
    for table, kind in (("programs", "program"), ("applications", "application")):
        frame = model.table(table)
        truth = pd.DataFrame({"id": frame["id"], "truth_dims": [tuple(d or ()) for d in frame["dimension"]],
                              "truth_element": frame["element"].astype(str)})
        truth = truth[[bool(d) for d in truth["truth_dims"]]]
        judged = out[out["kind"] == kind].merge(truth, on="id", how="inner")
        if len(judged):
            total = report(f"sample city (data/pasuruan), {table} with a typed dimension", judged)
            results.append({"source": f"sample-city {table}", **total})
    return results


def held_out() -> set[str]:
    readme = REAL / "README.md"
    if not readme.exists():
        return set()
    match = re.search(r"^HELD_OUT:\s*(.*)$", readme.read_text(encoding="utf-8"), flags=re.M)
    return set(match.group(1).split()) if match else set()


def real_labels() -> list[dict]:
    from synergy.classify import classify
    from synergy.ingest import load_model

    files = sorted(REAL.glob("*/dimension_labels.csv")) if REAL.exists() else []
    if not files:
        print(f"\nreal data: no label file yet ({REAL.relative_to(ROOT)}/*/dimension_labels.csv); nothing to score")
        return []
    results = []
    held = held_out()
    for path in files:
        folder = path.parent
        labels = pd.read_csv(path, dtype=str, keep_default_na=False)
        labels.columns = [c.strip().lower() for c in labels.columns]
        dims = labels["dimensions"].str.strip().str.lower()
        unknown = dims.isin(["unknown", ""])
        known = labels[~unknown]
        try:
            model, _ = load_model([str(folder)])
        except Exception as exc:  # a source that does not load is a finding, not a crash
            print(f"\n{folder.name}: cannot load the source: {exc}")
            continue
        out = classify(model, all=True)
        truth = pd.DataFrame({
            "id": known["id"].str.strip(),
            "truth_dims": [tuple(d.strip() for d in v.lower().split(";") if d.strip()) for v in known["dimensions"]],
            "truth_element": [e.strip().lower() if e.strip().lower() != "unknown" else "" for e in
                              known.get("element", pd.Series([""] * len(known)))],
            "labeller": known.get("confidence", pd.Series([""] * len(known))).str.strip().values,
        })
        judged = out.merge(truth, on="id", how="inner")
        missing = len(truth) - len(judged)
        mark = " [HELD_OUT]" if folder.name in held else ""
        total = report(f"{folder.name}{mark}: {len(labels)} labelled, {int(unknown.sum())} unknown (left out), "
                       f"{missing} not in the source", judged, extra_group="labeller")
        kinds = judged["kind"].value_counts().to_dict()
        print(f"  kinds: {kinds}")
        results.append({"source": folder.name, **total, "unknown": int(unknown.sum()), "missing": missing})
    return results


def speed(n_programs: int) -> None:
    import tempfile

    from synergy.classify import classify
    from synergy.generate import read_city, write_city

    with tempfile.TemporaryDirectory() as folder:
        per_region = min(n_programs, 10_000)
        write_city(folder, regions=max(1, n_programs // per_region), programs=per_region, seed=1)
        model = read_city(folder)
    classify(model.__class__.from_records(agencies=[{"id": "A", "name": "Dinas A"}]))  # reads the knowledge once
    start, cpu = time.perf_counter(), time.process_time()
    out = classify(model, all=True)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"\nspeed: {len(out):,} programs classified in {seconds:.1f} s ({cpu:.1f} s of CPU; "
          "the knowledge is read once per process, before)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=int, default=0, metavar="N",
                        help="also time the classification of a synthetic city of N programs")
    args = parser.parse_args(argv)
    results = sample_city() + real_labels()
    print("\nsummary")
    for r in results:
        n, w = r["n"], r["with_element"]
        print(f"  {r['source']:<34} in dimension {r['in_dimension'] / n if n else 0:6.1%} of {n:>4}"
              f"   element {r['element'] / w if w else 0:6.1%} of {w:>4}")
    if args.speed:
        speed(args.speed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
