"""Decisions teach the model: the learning curve of an analyst answering ``synergy review``.

    python benchmarks/bench_decisions.py                      # every labelled development source
    python benchmarks/bench_decisions.py --source devset --steps 10 20 50
    python benchmarks/bench_decisions.py --shipped            # start from the shipped model (in-sample)
    python benchmarks/bench_decisions.py --min-each 0         # recalibrate after any answer (before issue 13)

For each labelled source that is not held out (the project's development set, the sample
city, and the real sources of ``tests/data/real`` read by ``benchmarks/realdata.py`` with
``include_held_out=False``), an analyst is simulated: the finder's candidate pairs are
ordered as ``synergy review`` orders them (the probability closest to 0.5 first, decided
pairs skipped), and the next ``--batch`` pairs are answered from the source's labels
(a labelled duplicate is *confirmed*, anything else *rejected*); then the model is
refitted with every answer so far (:func:`synergy.learning.learn`) and the order is
computed again. After 10, 20 and 50 answers (``--steps``) the source is scored
(closed-world precision, recall and F1 over its labels, as ``benchmarks/realdata.py``
scores):

- ``output``: what the analyst sees, ``synergy duplicates --learn`` with the decisions
  applied (rejected pairs gone, confirmed pairs kept) and the refitted model;
- ``model``: the refitted model alone on the pairs nobody decided yet (the decided
  pairs taken out of both the report and the labels), beside ``start``: the starting
  model on the same pairs. ``model`` minus ``start`` is what the answers taught (the
  model alone after N answers cannot be compared with the model at 0 answers: the
  answered pairs, often the ones it already found, left the labels);
  ``findable`` counts the labelled duplicates among the candidates nobody decided (the
  most the model alone could still find; ``-`` when none is left); ``candidates`` counts
  the pairs the finder scores with the model of that step (with 0 answers: the starting
  model), answered or not; ``calibration`` is the refitted model's intercept and slope on
  the city's answers (``-`` while there are fewer than ``--min-each`` confirmed or
  rejected answers among the candidates, :data:`synergy.learning.MIN_EACH`).

The starting model of each source is trained without that source (leave one source
out, as ``benchmarks/train_matcher.py --check`` does): the city is new to it, as a
city using synergy for the first time is. The held-out sources are never read.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import realdata  # noqa: E402


def simulate(source, base, steps=(10, 20, 50), batch=10, learn_options=None):
    """Rows of (answers, output P/R/F1, model P/R/F1 on undecided pairs) for one source."""
    import pandas as pd

    from synergy.decisions import decision_row, with_decision
    from synergy.duplicates import find_duplicates
    from synergy.learning import candidate_pairs, learn
    from synergy.model import empty_table

    kind = source.records
    city = source.model
    table = empty_table("decisions")
    decided: set = set()
    matcher = base
    rows = []
    exhausted = False
    for target in (0, *steps):
        if exhausted:
            break  # every candidate pair is decided: no more questions to ask
        while len(decided) < target:
            pairs, scores = candidate_pairs(city, kind=kind, matcher=matcher)
            todo = sorted((abs(float(p) - 0.5), pair) for pair, p in zip(pairs, scores) if pair not in decided)
            if not todo:
                exhausted = True
                break
            for _, pair in todo[: min(batch, target - len(decided))]:
                verdict = "confirmed" if pair in source.duplicates else "rejected"
                table = with_decision(table, decision_row("duplicate", pair[0], pair[1], verdict, by="simulated"))
                decided.add(pair)
            matcher = learn(city, table, kind=kind, matcher=base, **(learn_options or {}))
        shown = find_duplicates(city, kind=kind, matcher=matcher, decisions=table)
        alone = find_duplicates(city, kind=kind, matcher=matcher, decisions=False)
        output = realdata.score(source, shown)
        rest = _without(source, alone, decided)
        start = _without(source, find_duplicates(city, kind=kind, matcher=base, decisions=False), decided)
        pairs, _ = candidate_pairs(city, kind=kind, matcher=matcher)
        findable = sum(p in source.duplicates and p not in decided for p in set(pairs))
        rows.append({"source": source.name, "answers": len(decided), "findable": findable,
                     "candidates": len(set(pairs)),
                     "calibration": (getattr(matcher, "provenance", None) or {}).get("calibration"),
                     "confirmed": sum(p in source.duplicates for p in decided),
                     "P": output["precision"], "R": output["recall"], "F1": output["f1"],
                     "model_P": rest["precision"], "model_R": rest["recall"], "model_F1": rest["f1"],
                     "start_P": start["precision"], "start_R": start["recall"], "start_F1": start["f1"]})
    return pd.DataFrame(rows)


def _calibration(value) -> str:
    return "-" if not value else f"{float(value[0]):+.2f} {float(value[1]):.2f}"


def _without(source, result, decided):
    """Scores of ``result`` on the pairs nobody decided (decided pairs out of the report and the labels)."""
    from dataclasses import replace

    frame = result.pairs
    keep = [tuple(sorted(p)) not in decided for p in frame.iloc[:, :2].values.tolist()]
    trimmed = replace(result, pairs=frame[keep])
    rest = replace(source, duplicates=source.duplicates - decided, same_system=source.same_system - decided)
    return realdata.score(rest, trimmed)


def base_models(sources, shipped: bool):
    """The starting model of each source: trained without it (or the shipped one)."""
    from synergy.matching import default_model

    if shipped:
        return {s.name: default_model(s.records) for s in sources}
    import train_matcher

    data = train_matcher.training_sets(sources)
    return {s.name: train_matcher.fit_kinds(data, sources, leave_out=s.name)[s.records] for s in sources
            if not s.teaches}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", action="append", help="only this source (repeatable)")
    parser.add_argument("--steps", type=int, nargs="+", default=[10, 20, 50])
    parser.add_argument("--batch", type=int, default=10, help="answers between two refits (default 10)")
    parser.add_argument("--min-each", type=int, default=None,
                        help="confirmed and rejected answers each before recalibrating (default: synergy.learning.MIN_EACH)")
    parser.add_argument("--shipped", action="store_true", help="start from the shipped model (trained on these sources)")
    args = parser.parse_args()
    sources = realdata.own_sources() + realdata.real_sources(include_held_out=False)
    assert not any(s.held_out for s in sources)
    started = time.time()
    bases = base_models(sources, args.shipped)
    # a source that only teaches one comparison (realdata.TEACHES) is no city an analyst reviews
    chosen = [s for s in sources if not s.teaches and (not args.source or s.name in args.source)]
    print(f"starting models: {'shipped' if args.shipped else 'trained without the source'} "
          f"({time.time() - started:.0f} s)")
    print(f"{'source':<22} {'records':<13} {'answers':>7} {'confirmed':>9}   {'output P':>8} {'R':>5} {'F1':>5}"
          f"   {'model P':>7} {'R':>5} {'F1':>5}   {'start P':>7} {'R':>5} {'F1':>5}  {'findable':>8} {'candidates':>10}  {'calibration':>13}")
    for source in chosen:
        t0 = time.time()
        options = {} if args.min_each is None else {"min_each": args.min_each}
        curve = simulate(source, bases[source.name], steps=tuple(args.steps), batch=args.batch, learn_options=options)
        for r in curve.to_dict("records"):
            model = (f"{r['model_P']:>7.2f} {r['model_R']:>5.2f} {r['model_F1']:>5.2f}   "
                     f"{r['start_P']:>7.2f} {r['start_R']:>5.2f} {r['start_F1']:>5.2f}" if r["findable"]
                     else f"{'-':>7} {'-':>5} {'-':>5}   {'-':>7} {'-':>5} {'-':>5}")
            print(f"{r['source']:<22} {source.records:<13} {r['answers']:>7} {r['confirmed']:>9}   {r['P']:>8.2f} "
                  f"{r['R']:>5.2f} {r['F1']:>5.2f}   {model}  {r['findable']:>8} {r['candidates']:>10}  "
                  f"{_calibration(r['calibration']):>13}")
        print(f"{'':<22} ({time.time() - t0:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
