"""Duplicate programs: quality on the labelled set, speed and memory at scale.

    python benchmarks/bench_duplicates.py                 # quality + 3,000 + naive ratio at 10,000
    python benchmarks/bench_duplicates.py --scale 1000000 --regions 500   # the national roll-up (minutes)

Prints, with the defaults of ``find_duplicates``:

- precision, recall, F1 and precision@20 on tests/data/duplicates (closed world:
  every reported pair not labelled ``duplicate`` counts as a false positive);
- the sample city: planted duplicates found, routine programs reported;
- time of the analysis on a generated city of 3,000 programs, after loading
  (first call in the process, and again with warm caches);
- the candidate search against a naive all-pairs product at 10,000 programs;
- with ``--scale N``: N programs in ``--regions`` regions, generated to Parquet
  first (not timed), then read + analysed end to end in a fresh process, with
  its peak memory (ru_maxrss), and the CPU time and peak of the worker processes (SYNERGY_WORKERS).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def quality():
    from synergy.duplicates import find_duplicates
    from synergy.ingest import load_model

    model, _ = load_model(ROOT / "tests" / "data" / "duplicates")
    labels = pd.read_csv(ROOT / "tests" / "data" / "duplicates" / "labels.csv")
    positives = {tuple(sorted(p)) for p in labels.loc[labels["kind"] == "duplicate", ["a", "b"]].values.tolist()}
    result = find_duplicates(model)
    predicted = [tuple(sorted(p)) for p in result.pairs[["program_a", "program_b"]].values.tolist()]
    tp = sum(p in positives for p in predicted)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(positives)
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    top = predicted[:20]
    p20 = sum(p in positives for p in top) / len(top) if top else 0.0
    print(f"labelled set: {len(model.programs)} programs, {len(labels)} labelled pairs ({len(positives)} duplicates)")
    print(f"  reported {len(predicted)}  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  precision@20 {p20:.2f}")


def sample_city():
    from importlib.resources import files

    from synergy.duplicates import find_duplicates
    from synergy.ingest import load_model
    from synergy.routine import is_routine_code

    model, _ = load_model(None)
    with files("synergy.data").joinpath("pasuruan", "answer_key.csv").open(encoding="utf-8") as handle:
        key = pd.read_csv(handle)
    programs = set(model.programs["id"])
    planted = {tuple(sorted(p)) for p in key.loc[key["kind"] == "duplicate", ["a", "b"]].values.tolist()
               if p[0] in programs}
    result = find_duplicates(model)
    found = {tuple(sorted(p)) for p in result.pairs[["program_a", "program_b"]].values.tolist()}
    reported = set(result.pairs["program_a"]) | set(result.pairs["program_b"])
    routine = set(model.programs.loc[model.programs["code"].map(is_routine_code), "id"]) | set(result.routine)
    print(f"sample city: {len(planted & found)}/{len(planted)} planted duplicates found, "
          f"{len(found)} pairs in {len(result.clusters)} clusters, {len(reported & routine)} routine programs reported")


def speed_3000(folder: Path):
    from synergy.duplicates import find_duplicates
    from synergy.generate import read_city, write_city

    write_city(folder, regions=1, programs=3000, seed=11, fmt="parquet")
    model = read_city(folder)
    start, cpu = time.perf_counter(), time.process_time()
    result = find_duplicates(model)
    cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    find_duplicates(model)
    warm, warm_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"3,000 programs: analysis {cold:.2f} s wall / {cold_cpu:.2f} s CPU first call on this city (lexicon and "
          f"stemmer already loaded by the runs above; its 3,000 texts are new), {warm:.2f} s wall / {warm_cpu:.2f} s CPU warm; {len(result.pairs)} pairs")


def naive_ratio(folder: Path):
    """Candidate search: sparse top-k per region vs every pair scored (one sparse product, all kept)."""
    from synergy.duplicates import find_duplicates, score_pairs
    from synergy.generate import read_city, write_city
    from synergy.text import Normalizer, tfidf_matrix

    write_city(folder, regions=1, programs=10_000, seed=12, fmt="parquet")
    model = read_city(folder)
    norm = Normalizer()
    programs = model.programs
    texts = list(zip(*(programs[f].astype(str).tolist() for f in ("name", "description", "objective", "output"))))
    matrix = tfidf_matrix(texts, norm, field_weights=[1.0, 0.5, 0.5, 0.5]).matrix
    find_duplicates(model)  # warm the caches for both
    start = time.process_time()
    scored = score_pairs(model, normalizer=norm)
    ours = time.process_time() - start
    start = time.process_time()
    full = (matrix @ matrix.T).tocoo()  # every pair's similarity
    agency = programs["agency"].to_numpy()
    keep = (full.row < full.col) & (full.data >= 0.3) & (agency[full.row] != agency[full.col])
    naive = time.process_time() - start
    print(f"10,000 programs in one region: candidates found and fully scored in {ours:.2f} s CPU ({len(scored.a)} pairs) "
          f"vs a naive all-pairs similarity (one sparse product, text only) {naive:.2f} s CPU ({full.nnz:,} non-zero pairs, {int(keep.sum())} above threshold); "
          f"ratio naive/ours {naive / ours:.1f}x")
    dense_bytes = len(programs) ** 2 * 4
    print(f"  (a dense all-pairs matrix would hold {dense_bytes / 1e9:.1f} GB at 10,000 and "
          f"{(1e6 ** 2) * 4 / 1e12:.0f} TB at 1,000,000)")


def at_scale(n: int, regions: int, folder: Path):
    from synergy.generate import write_city

    start = time.perf_counter()
    write_city(folder, regions=regions, programs=n // regions, seed=13, fmt="parquet")
    print(f"{n:,} programs in {regions} regions generated in {time.perf_counter() - start:.0f} s (not timed below)")
    code = (
        "import time, resource, json, sys; t = time.perf_counter(); c = time.process_time()\n"
        "from synergy.generate import read_city\nfrom synergy.duplicates import find_duplicates\n"
        f"m = read_city({str(folder)!r}); t1 = time.perf_counter(); c1 = time.process_time()\n"
        "r = find_duplicates(m); t2 = time.perf_counter(); c2 = time.process_time()\n"
        "ch = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'load': t1 - t, 'analysis': t2 - t1, 'cpu': c2 - c, 'pairs': len(r.pairs),"
        " 'clusters': len(r.clusters), 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
        " 'children_cpu': ch.ru_utime + ch.ru_stime, 'children_peak_mb': ch.ru_maxrss / 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    stats = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"  end to end {stats['load'] + stats['analysis']:.1f} s wall / {stats['cpu']:.1f} s CPU (read "
          f"{stats['load']:.1f} s, analysis {stats['analysis']:.1f} s), peak memory {stats['peak_mb']:.0f} MB; {stats['pairs']:,} pairs in "
          f"{stats['clusters']:,} clusters")
    if stats["children_cpu"]:
        print(f"  worker processes (SYNERGY_WORKERS={os.environ.get('SYNERGY_WORKERS', 'unset')}): {stats['children_cpu']:.1f} s CPU "
              f"more ({stats['cpu'] + stats['children_cpu']:.1f} s in all); the largest one's peak resident memory "
              f"{stats['children_peak_mb']:.0f} MB, mostly pages shared with the parent (forked)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=0, help="also run N programs end to end (e.g. 1000000)")
    parser.add_argument("--regions", type=int, default=500)
    parser.add_argument("--skip-small", action="store_true", help="only the --scale run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if not args.skip_small:
            quality()
            sample_city()
            speed_3000(tmp / "c3000")
            naive_ratio(tmp / "c10000")
        if args.scale:
            at_scale(args.scale, args.regions, tmp / "scale")


if __name__ == "__main__":
    main()
