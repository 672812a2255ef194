"""Time ``model_to_rdf``, ``to_networkx``, Turtle/GraphML serialisation and ``stats``.

Usage::

    python benchmarks/bench_graph.py                  # 100,000 programs
    python benchmarks/bench_graph.py --programs 10000 --serialize

Builds a valid model in memory (no files, so ingest time is not counted: see
bench_ingest.py) with n programs, n/500 agencies and n/2 datasets, each program
using two datasets, producing one and depending on one other program. Prints
wall and CPU seconds, the size of each graph, and the peak memory Python allocated
(tracemalloc, measured in a second pass because tracing slows the code down).
"""
from __future__ import annotations

import argparse
import os
import pathlib
import random
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from synergy.model import CityModel, make_table  # noqa: E402
from synergy.schema import ELEMENTS  # noqa: E402


def make_model(n_programs: int, seed: int = 1) -> CityModel:
    rng = random.Random(seed)
    n_agencies = max(5, n_programs // 500)
    n_datasets = max(5, n_programs // 2)
    agencies = [f"OPD-{i:04d}" for i in range(n_agencies)]
    datasets = [f"DS-{i:06d}" for i in range(n_datasets)]
    elements = list(ELEMENTS)
    a = make_table("agencies", [
        {"id": x, "name": f"Dinas Nomor {i}", "short_name": f"D{i}", "type": "dinas",
         "urusan": ("2.16", "2.20"), "roles": ("produsen-data",), "region": "35.75"}
        for i, x in enumerate(agencies)
    ])
    d = make_table("datasets", [
        {"id": x, "name": f"Data ke-{i} per kelurahan", "producer": rng.choice(agencies),
         "keywords": ("penduduk", "kelurahan"), "classification": "terbuka", "frequency": "bulanan", "format": "csv"}
        for i, x in enumerate(datasets)
    ])
    rows = []
    for i in range(n_programs):
        el = rng.choice(elements)
        rows.append({
            "id": f"P-{i:06d}", "name": f"Program digitalisasi layanan nomor {i}", "agency": rng.choice(agencies),
            "dimension": (ELEMENTS[el][0],), "element": el, "description": "Uraian program",
            "code": f"2.16.03.2.02.{i % 10000:04d}", "budget": rng.choice([250_000_000, 1_250_000_000, None]),
            "start_year": 2022, "end_year": 2026, "horizon": "short", "status": "planned",
            "uses": tuple(rng.sample(datasets, 2)), "produces": (rng.choice(datasets),),
            "depends_on": (f"P-{rng.randrange(n_programs):06d}",) if i else (),
        })
    p = make_table("programs", rows)
    return CityModel(a, p, d)


def timed(label, func, *args, trace=False, **kwargs):
    start, cpu = time.perf_counter(), time.process_time()
    result = func(*args, **kwargs)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = ""
    if trace:
        tracemalloc.start()
        func(*args, **kwargs)
        peak = f"  peak {tracemalloc.get_traced_memory()[1] / 2**20:,.0f} MiB"
        tracemalloc.stop()
    # CPU seconds next to wall seconds: on a shared machine the wall clock mostly measures the neighbours
    print(f"{label:<24} {seconds:8.2f} s wall {cpu:8.2f} s CPU{peak}", flush=True)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=100_000)
    parser.add_argument("--serialize", action="store_true", help="also time Turtle and GraphML output")
    parser.add_argument("--memory", action="store_true", help="measure peak memory (runs each step twice)")
    args = parser.parse_args(argv)

    from synergy.export import serialize
    from synergy.graph import to_networkx
    from synergy.rdf import model_to_rdf
    from synergy.stats import stats

    model = make_model(args.programs)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{len(model.agencies):,} agencies, {len(model.programs):,} programs, {len(model.datasets):,} datasets")
    g = timed("to_networkx", to_networkx, model, trace=args.memory)
    print(f"  {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges")
    rdf = timed("model_to_rdf", model_to_rdf, model, trace=args.memory)
    print(f"  {len(rdf):,} triples")
    timed("stats", stats, model)
    if args.serialize:
        timed("serialize turtle", serialize, model, "turtle")
        timed("serialize graphml", serialize, model, "graphml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
