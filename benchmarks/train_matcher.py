"""Train the matching model shipped in synergy/resources/match_model.json.

    python benchmarks/train_matcher.py            # train on every development source, write the model
    python benchmarks/train_matcher.py --check    # leave-one-source-out figures, write nothing
    python benchmarks/train_matcher.py --check --with-seen   # the same, the read held-out inventories included

Training sources: the real public sources of tests/data/real that are not held out
(see its README) and the project's own labelled sets (tests/data/duplicates, the
sample city's answer key). The held-out sources are never read here.

``--check`` trains once per development source without it and scores that source
(defaults: threshold 0.5), so the figures are out-of-sample for every source; the
held-out sources are judged by ``benchmarks/eval_real.py``. ``--with-seen`` adds the held-out
sources already looked at (``HELD_OUT_SEEN``) to training and to the sources left out in turn, and
prints the pooled figures of the real inventories: the experiment of docs/duplicates.md, "More
labelled governments to learn from" (the shipped model never trains on them).
"""
from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import realdata  # noqa: E402


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def training_sets(sources):
    from synergy.duplicates import training_data

    return {s.name: training_data(s.model, s.duplicates, ignore=s.same_system, kind=s.records)
            for s in sources if s.train or s.teaches}


def fit(data: dict, names, background=(), **options):
    """One model from the sources ``names``, pulled towards ``background`` (the other kind)."""
    from synergy.matching import train

    provenance = {
        "trained_on": sorted(names),
        "background": sorted(background),
        "date": datetime.date.today().isoformat(),
        "script": "benchmarks/train_matcher.py",
        "commit": _commit(),
        "duplicates": int(sum(len(data[n].duplicates) for n in names)),
    }
    return train([data[n] for n in names], background=[data[n] for n in background], provenance=provenance, **options)


def fit_kinds(data: dict, sources, leave_out: str = "", **options) -> dict:
    """A model per kind of records (programs, applications), each from its own kind's sources."""
    from synergy.matching import KINDS, USED

    models = {}
    for kind in KINDS:
        usable = [s for s in sources if s.train and s.name != leave_out]
        own = [s.name for s in usable if s.records == kind]
        other = [s.name for s in usable if s.records != kind]
        # applications: the Fellegi-Sunter weights as they are, one intercept fitted (few labels,
        # few and less correlated comparisons); programs: a coefficient per comparison
        # (the national-application comparison is for inventories of systems, not for plans;
        # the nomenclature's known overlaps are for plans: an inventory never taught it a weight)
        chosen = {"mode": "fs" if kind == "applications" else "wnb", **options}
        chosen.setdefault("used", tuple(c for c in USED if c != ("national" if kind == "programs" else "overlap")))
        models[kind] = fit(data, own, other, **chosen)
        # a source that teaches one comparison only (realdata.TEACHES) sets its weight and moves nothing else
        for source in sources:
            if source.teaches and source.records == kind and source.name != leave_out:
                models[kind] = models[kind].learn_comparison(source.teaches, data[source.name], source=source.name)
    return models


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="leave-one-source-out figures only")
    parser.add_argument("--with-seen", action="store_true",
                        help="with --check: the held-out inventories already looked at train and are left out in turn too")
    args = parser.parse_args()
    if args.with_seen and not args.check:
        parser.error("--with-seen goes with --check (the shipped model never trains on held-out sources)")
    sources = realdata.own_sources() + realdata.real_sources(include_held_out=False)
    assert not any(s.held_out for s in sources)
    if args.with_seen:
        seen = realdata.seen_held_out()
        sources += [s for s in realdata.real_sources(include_held_out=True) if s.name in seen]
    data = training_sets(sources)
    if args.check:
        from synergy.duplicates import find_duplicates

        right = reported = labelled = 0
        for source in sources:
            models = fit_kinds(data, sources, leave_out=source.name)
            result = find_duplicates(source.model, matcher=models[source.records], kind=source.records)
            r = realdata.score(source, result)
            print(f"{r['source']:<24} {source.kind:<5} {source.records:<13} records {r['records']:>5}  labelled {r['labelled']:>3}  "
                  f"reported {r['reported']:>4}  P {r['precision']:.2f}  R {r['recall']:.2f}  F1 {r['f1']:.2f}  "
                  f"(same-system reported {r['same_system_reported']})")
            if source.kind == "real" and source.records == "applications":
                right += r["tp"]
                reported, labelled = reported + r["reported"], labelled + r["labelled"]
        p, q = right / max(reported, 1), right / max(labelled, 1)
        print(f"real inventories pooled: {right} right of {reported} reported, {labelled} labelled: "
              f"P {p:.2f}  R {q:.2f}  F1 {2 * p * q / max(p + q, 1e-9):.2f}")
        return
    from synergy.matching import models_to_json

    models = fit_kinds(data, sources)
    path = ROOT / "synergy" / "resources" / "match_model.json"
    path.write_text(models_to_json(models), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    for kind, model in models.items():
        print(f"  {kind}: trained on {', '.join(model.provenance['trained_on'])}; coefficients",
              {k: round(v, 2) for k, v in model.coef.items()}, "intercept", round(model.intercept, 2), "rho", round(model.rho, 3))


if __name__ == "__main__":
    main()
