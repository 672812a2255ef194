"""Quality of the duplicate finder on real public data, with its defaults.

    python benchmarks/eval_real.py              # development sources (leave-one-source-out) + nomenclature
    python benchmarks/eval_real.py --held-out   # also the held-out sources (the headline figures)
    python benchmarks/eval_real.py --by-evidence   # development only: where recall is lost, calibration by evidence,
                                                   # duplicates by how alike the texts are

Sources and labels: tests/data/real (see its README: converted faithfully, labelled
blind, governments held out of every tuning decision; a held-out source read after its first
blind run is reported "after looking", one scored again after a change but still unread
"rerun, not looked at", apart from the blind ones). For each development source
the model is retrained without it (leave-one-source-out), so every figure is out of
sample (except a source that teaches one comparison only, realdata.TEACHES: without it
that comparison weighs nothing, so its figure is in-sample and reported apart); the held-out sources are scored with the shipped model
(synergy/resources/match_model.json), which never saw them. Programs and applications
each have their own model (inventories are read with the applications model).

Printed per source: precision, recall and F1 at the default threshold (closed world:
a reported pair labelled same-system or not labelled counts as a false positive), with
95 % Wilson intervals (a source has a dozen to a hundred labelled pairs) and how many of the
labelled groups have at least one pair reported (a reader shown one pair of a group looks at the
others; pair recall is ruled by the largest groups), the real sources pooled per group, and
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


#: The bands the report's sentence on the likelihood cites (synergy.calibration).
REPORT_BINS = (0.5, 0.9, 1.0001)


def calibration(source, result, bins=BINS) -> list[tuple[str, int, int]]:
    """Per probability bin: (bin, pairs, labelled duplicates)."""
    out = []
    pairs = result.pairs
    keys = realdata.pair_keys(pairs)
    scores = pairs["score"].to_numpy(dtype=float)
    truth = np.array([k in source.duplicates for k in keys], dtype=bool)
    for lo, hi in zip(bins[:-1], bins[1:]):
        inside = (scores >= lo) & (scores < hi)
        out.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", int(inside.sum()), int(truth[inside].sum())))
    return out


def labelled_outcomes(source, result, threshold) -> dict[str, int]:
    """Each labelled duplicate pair of a source, by what became of it: reported; a candidate
    sharing an e-government function, under the line; another candidate under the line; never
    a candidate (``result`` scored with threshold 0, so every candidate is listed)."""
    pairs = result.pairs
    keys = realdata.pair_keys(pairs)
    found = {k: (score, bool(functions)) for k, score, functions
             in zip(keys, pairs["score"].tolist(), pairs["functions"].tolist())}
    out = {"reported": 0, "candidate, shared function": 0, "candidate, other": 0, "never a candidate": 0}
    for pair in source.duplicates:
        if pair not in found:
            out["never a candidate"] += 1
        elif found[pair][0] >= threshold:
            out["reported"] += 1
        else:
            out["candidate, shared function" if found[pair][1] else "candidate, other"] += 1
    return out


def evidence_groups(training, model) -> dict[str, list[float]]:
    """Candidate pairs of a source grouped by what they share, each group's
    ``[pairs, labelled duplicates, summed probability]`` under ``model`` (the city's own
    chance agreement and prior, as the finder scores them)."""
    from synergy.learning import candidate_logits
    from synergy.matching import COMPARISONS, logistic

    fn, text, national = (COMPARISONS.index(c) for c in ("function", "text", "national"))
    names = {1: "a function and a word", 2: "a function through different words"}
    probability = logistic(candidate_logits(training, model))
    groups: dict[str, list[float]] = {}
    for level, label, p in zip(training.candidates, training.labels, probability):
        keys = [names.get(int(level[fn]), "no shared function")]
        if level[text] == 7:
            keys.append("the very same name")
        if level[national] == 1:  # counted in its function group too
            keys.append("a local rebuild of a national app")
        for key in keys:
            group = groups.setdefault(key, [0, 0, 0.0])
            group[0] += 1
            group[1] += int(label)
            group[2] += float(p)
    return groups


def by_evidence(development, data, threshold) -> None:
    """Development sources (real ones), each scored leave-one-source-out: where the labelled
    duplicates went, and how the probability compares with the labels by what a pair shares."""
    from synergy.duplicates import find_duplicates

    print("Where the labelled duplicates went, and candidates by what they share "
          "(development sources, leave-one-source-out):")
    totals: dict[tuple, list[float]] = {}
    for source in development:
        # a source that teaches one comparison has no leave-one-out figure (see main)
        if source.kind != "real" or source.name not in data or source.teaches:
            continue
        models = train_matcher.fit_kinds(data, development, leave_out=source.name)
        result = find_duplicates(source.model, matcher=models[source.records], threshold=0.0, kind=source.records)
        outcomes = labelled_outcomes(source, result, threshold)
        print(f"  {source.name:<24} " + ", ".join(f"{k} {v}" for k, v in outcomes.items()))
        for key, (n, dup, p) in evidence_groups(data[source.name], models[source.records]).items():
            total = totals.setdefault((source.records, key), [0, 0, 0.0])
            total[0] += n
            total[1] += dup
            total[2] += p
    for (records, key), (n, dup, p) in sorted(totals.items()):
        print(f"  {records:<12} {key:<36} {n:>5} candidate pairs, predicted {p / n:.2f}, "
              f"labelled duplicates {dup} ({dup / n:.2f})")
    print("Candidate pairs by how alike their texts are (the joint text level, 0-7, synergy.matching), "
          "and how many are labelled duplicates:")
    for source in development:
        if source.kind != "real" or source.name not in data or source.teaches:
            continue
        print(f"  {source.name:<26} " + "  ".join(f"{level}: {dup}/{n}"
                                              for level, n, dup in text_levels(data[source.name])))


def text_levels(training) -> list[tuple[int, int, int]]:
    """Per joint text level of a source's candidate pairs: ``(level, pairs, labelled duplicates)``.

    The ceiling the words set: where even the top level (the very same specific name) holds
    few duplicates, no weight on the text can report them without the rest."""
    from synergy.matching import COMPARISONS

    if not len(training.candidates):
        return []
    level = training.candidates[:, COMPARISONS.index("text")]
    return [(int(v), int((level == v).sum()), int(training.labels[level == v].sum())) for v in np.unique(level)]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a share of ``k`` in ``n`` (``(0, 1)`` when ``n`` is 0):
    with a dozen labelled pairs per source, a precision or recall is known only this well.

    >>> [round(x, 2) for x in wilson(7, 14)], [round(x, 2) for x in wilson(0, 5)], wilson(0, 0)
    ([0.27, 0.73], [0.0, 0.43], (0.0, 1.0))
    """
    if not n:
        return 0.0, 1.0
    share = k / n
    middle = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((share * (1 - share) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, middle - half), min(1.0, middle + half)


def line(r) -> str:
    p_lo, p_hi = wilson(r["tp"], r["reported"])
    r_lo, r_hi = wilson(r["tp"], r["labelled"])
    return (f"{r['source']:<24} records {r['records']:>5}  labelled {r['labelled']:>4}  reported {r['reported']:>4}  "
            f"P {r['precision']:.2f} [{p_lo:.2f}-{p_hi:.2f}]  R {r['recall']:.2f} [{r_lo:.2f}-{r_hi:.2f}]  "
            f"F1 {r['f1']:.2f}  (same-system reported {r['same_system_reported']})"
            + (f"  groups found {r['groups_found']} of {r['groups']}" if r.get("groups") else ""))


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


def write_calibration(report_bands: dict, threshold: float) -> None:
    """``synergy/resources/calibration.json``: per kind of records, the real sources and, per band
    of REPORT_BINS, the reported pairs and how many are labelled duplicates; the labelled duplicate
    pairs of those sources and how many were reported (``labelled``, ``found``); with the SHA-256
    of the model file they were measured with (a test checks it is the shipped one)."""
    import datetime
    import hashlib
    import json

    from synergy.duplicates import DEFAULT_THRESHOLD

    missing = realdata.held_out() - {s.name for s in realdata.real_sources(include_held_out=True)}
    if missing:
        raise SystemExit(f"not written: held-out sources missing here ({', '.join(sorted(missing))}); "
                         "tests/data/real/README.md says how to convert them")
    if threshold != DEFAULT_THRESHOLD:
        raise SystemExit("not written: the report's sentence is about the default threshold")
    resources = ROOT / "synergy" / "resources"
    out = {
        "model_sha256": hashlib.sha256((resources / "match_model.json").read_bytes()).hexdigest(),
        "date": datetime.date.today().isoformat(),
        "script": "benchmarks/eval_real.py --held-out --write-calibration",
        "commit": train_matcher._commit(),
    }
    for kind, found in sorted(report_bands.items()):
        out[kind] = {"sources": found["sources"], "bands": [
            {"low": lo, "high": min(hi, 1.0), "pairs": n, "right": tp}
            for lo, hi, (n, tp) in zip(REPORT_BINS[:-1], REPORT_BINS[1:], found["bands"])],
            "labelled": found["labelled"], "found": found["found"]}
    (resources / "calibration.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    kinds = ", ".join(f"{kind}: {len(found['sources'])} sources" for kind, found in sorted(report_bands.items()))
    print(f"wrote synergy/resources/calibration.json ({kinds})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held-out", action="store_true", help="also score the held-out sources")
    parser.add_argument("--write-calibration", action="store_true",
                        help="with --held-out: write what the likelihood was worth on every real source to "
                             "synergy/resources/calibration.json (the report's sentence, synergy.calibration)")
    parser.add_argument("--threshold", type=float, default=None, help="report threshold (default: the finder's)")
    parser.add_argument("--by-evidence", action="store_true",
                        help="development sources only: where the labelled duplicates went, and the probability "
                             "against the labels by what a candidate pair shares")
    args = parser.parse_args()
    from synergy.duplicates import DEFAULT_THRESHOLD, find_duplicates
    from synergy.matching import default_model

    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    development = realdata.own_sources() + realdata.real_sources(include_held_out=False)
    data = train_matcher.training_sets(development)
    if args.by_evidence:
        by_evidence(development, data, threshold)
        return None
    if args.write_calibration and not args.held_out:
        parser.error("--write-calibration needs --held-out (every real source counts)")
    rows, bins = [], {}
    # kind of records -> {"sources": [...], "bands": [[pairs, right], ...], "labelled": n, "found": n}
    report_bands: dict = {}

    def count_for_report(source, result, scored):
        found = report_bands.setdefault(source.records, {"sources": [], "bands": [[0, 0] for _ in REPORT_BINS[1:]],
                                                         "labelled": 0, "found": 0})
        found["sources"].append(source.name)
        # what the readers found and how much of it was reported (``scored``: realdata.score's figures)
        found["labelled"] += scored["labelled"]
        found["found"] += scored["tp"]
        for band, (_, n, tp) in zip(found["bands"], calibration(source, result, REPORT_BINS)):
            band[0] += n
            band[1] += tp

    print(f"Development sources, each scored by a model trained without it (threshold {threshold}):")
    for source in development:
        if source.teaches:
            # its labels set one comparison's weight: left out, that weight is nothing, so only an
            # in-sample figure exists (reported apart, counted in no pooled figure)
            result = find_duplicates(source.model, matcher=default_model(source.records), threshold=threshold,
                                     kind=source.records)
            r = realdata.score(source, result)
            r["group"] = "knowledge (in-sample)"
            rows.append(r)
            print("  " + line(r) + f"  [teaches '{source.teaches}' only: in-sample, shipped model]")
            continue
        models = train_matcher.fit_kinds(data, development, leave_out=source.name)
        result = find_duplicates(source.model, matcher=models[source.records], threshold=threshold, kind=source.records)
        r = realdata.score(source, result)
        r["group"] = f"development ({source.kind})"
        rows.append(r)
        print("  " + line(r) + f"  [{source.kind}, {source.records}]")
        if source.kind == "real":
            count_for_report(source, result, r)
            for label, n, tp in calibration(source, result):
                bins.setdefault(("development", label), [0, 0])
                bins[("development", label)][0] += n
                bins[("development", label)][1] += tp
    if args.held_out:
        print("Held-out sources (never trained on), shipped model; 'after looking': read after their first "
              "blind run (docs/duplicates.md):")
        seen, rerun = realdata.seen_held_out(), realdata.rerun_held_out()
        for source in realdata.real_sources(include_held_out=True):
            if not source.held_out:
                continue
            result = find_duplicates(source.model, kind=source.records, threshold=threshold)
            r = realdata.score(source, result)
            looked = "after looking" if source.name in seen else "rerun, not looked at" if source.name in rerun else "blind"
            r["group"] = f"held-out, {looked}"
            rows.append(r)
            print("  " + line(r) + f"  [{source.records}, {looked}]")
            count_for_report(source, result, r)
            for label, n, tp in calibration(source, result):
                bins.setdefault(("held-out", label), [0, 0])
                bins[("held-out", label)][0] += n
                bins[("held-out", label)][1] += tp
    print("Pooled real sources (every pair counted once; [95 % Wilson interval]):")
    for group in sorted({r["group"] for r in rows} - {"development (own)", "knowledge (in-sample)"}):
        tp, reported, labelled = (sum(r[k] for r in rows if r["group"] == group) for k in ("tp", "reported", "labelled"))
        (p_lo, p_hi), (r_lo, r_hi) = wilson(tp, reported), wilson(tp, labelled)
        print(f"  {group:<24} {tp:>4} of {reported:>4} reported are labelled duplicates: P {tp / max(reported, 1):.2f} "
              f"[{p_lo:.2f}-{p_hi:.2f}]; {tp:>4} of {labelled:>4} labelled found: R {tp / max(labelled, 1):.2f} "
              f"[{r_lo:.2f}-{r_hi:.2f}]")
        found, groups = (sum(r.get(k, 0) for r in rows if r["group"] == group) for k in ("groups_found", "groups"))
        if groups:
            g_lo, g_hi = wilson(found, groups)
            print(f"  {'':<24} {found:>4} of {groups:>4} labelled groups have a pair reported: "
                  f"{found / groups:.2f} [{g_lo:.2f}-{g_hi:.2f}]")
    print("Calibration (pairs reported in each probability bin, and how many are labelled duplicates):")
    for (group, label), (n, tp) in sorted(bins.items()):
        share = f"{tp / n:.2f}" if n else "-"
        print(f"  {group:<12} {label}: {n:>4} pairs, {tp:>4} duplicates, share {share}")
    if args.write_calibration:
        write_calibration(report_bands, threshold)
    start = time.perf_counter()
    nom = find_duplicates(nomenclature_model(), threshold=threshold)
    print(f"National nomenclature (1,881 real sub-kegiatan as 37 agencies): {len(nom.pairs)} pairs reported "
          f"(target: at most 100), {time.perf_counter() - start:.1f} s")
    return pd.DataFrame(rows)


if __name__ == "__main__":
    main()
