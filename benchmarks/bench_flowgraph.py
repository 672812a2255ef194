"""Time ``dependencies.FlowGraph`` against networkx on the same operations.

Usage::

    python benchmarks/bench_flowgraph.py                   # 100,000 programs
    python benchmarks/bench_flowgraph.py --programs 20000

The city is :func:`bench_analyses.generate`'s (seeded; master datasets many programs
use, 1 % of links backwards so that cycles exist). Each operation is done both ways
on the same flow (the same nodes and ``(node, relation)`` arcs) and the answers are
compared:

- **build**: ``flow_graph(model)`` (plain dicts of sorted ``(node, relation)`` lists)
  against a ``networkx.MultiDiGraph`` of the same arcs (key = relation) built from the
  same model columns; ``graph.to_networkx(model)`` is timed too, for scale: it is the
  stored-relations graph (``uses`` points from the program to the dataset, against the
  flow), so the dependency walks could not run on it without a second, reversed graph.
- **reach**: every node downstream of a seed with its depth (``dependencies._bfs``,
  what downstream, upstream and impact walk) against
  ``networkx.single_source_shortest_path_length``, for 200 seeds (100 programs that
  produce data, 70 datasets that some program uses, 30 regional master datasets).
- **path**: a shortest path between two programs (``dependencies._shortest_path``,
  what ``chain`` walks) against ``networkx.shortest_path``, for up to 200 pairs (a
  producing program and the farthest program downstream of it).
- **condense**: strong components, a topological order and each group's generation
  (``FlowGraph.condensed``: scipy's strong components, Kahn's order in Python) against
  ``networkx.condensation`` + ``topological_sort`` + the same generation loop, on the
  program dependency edges (``program_edges``, built once before either is timed).

Prints wall and CPU seconds per operation (best of ``--repeat`` runs) and the ratio
networkx / FlowGraph; with ``--memory``, the memory each built graph holds; the load
average, since the machine may be shared.
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import pathlib
import random
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import networkx as nx  # noqa: E402

from bench_analyses import generate  # noqa: E402
from synergy import dependencies as dep  # noqa: E402
from synergy.graph import to_networkx  # noqa: E402


def nx_flow(model) -> nx.MultiDiGraph:
    """The flow of ``dependencies.flow_graph`` as a MultiDiGraph, from the model's columns."""
    g = nx.MultiDiGraph()
    g.add_nodes_from(model.agencies["id"], kind="agency")
    g.add_nodes_from(model.datasets["id"], kind="dataset")
    p = model.programs
    g.add_nodes_from(p["id"], kind="program")
    edges = []
    for pid, uses, produces, deps in zip(p["id"], p["uses"], p["produces"], p["depends_on"]):
        edges += [(did, pid, "uses") for did in uses]
        edges += [(pid, did, "produces") for did in produces]
        edges += [(qid, pid, "depends_on") for qid in deps if qid != pid]
    apps = model.applications
    for aid, builds, uses, produces in zip(apps["id"], apps["programs"], apps["uses"], apps["produces"]):
        g.add_node(aid, kind="application")
        edges += [(aid, q, "runs_on") for q in builds]
        edges += [(did, aid, "uses") for did in uses]
        edges += [(aid, did, "produces") for did in produces]
    add_edge = g.add_edge
    for u, v, rel in edges:
        add_edge(u, v, rel, relation=rel)
    return g


def nx_condense(programs, edges):
    """Strong components, topological order and generations with networkx."""
    g = nx.DiGraph()
    g.add_nodes_from(programs)
    g.add_edges_from(edges)
    dag = nx.condensation(g)
    order = list(nx.topological_sort(dag))
    generation = dict.fromkeys(order, 1)
    for c in order:
        for t in dag.successors(c):
            generation[t] = max(generation[t], generation[c] + 1)
    return dag, order, generation


def best(func, repeat):
    """(result, best wall seconds, cpu seconds of that run)."""
    times = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = func()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    wall, cpu = min(times)
    return result, wall, cpu


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=100_000)
    parser.add_argument("--regions", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory", action="store_true",
                        help="also the memory each graph holds once built (tracemalloc, a second pass)")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    model = generate(args.programs, args.regions, args.seed)
    print(f"city: {len(model.programs):,} programs, {len(model.datasets):,} datasets, "
          f"{len(model.agencies):,} agencies (bench_analyses.generate, {time.perf_counter() - t0:.1f} s)")
    rows = []

    def row(name, ours, theirs):
        rows.append((name, ours, theirs))
        print(f"{name:<44} {ours[0]:7.3f} s {ours[1]:7.3f} s   {theirs[0]:7.3f} s {theirs[1]:7.3f} s   "
              f"{theirs[0] / ours[0] if ours[0] else float('inf'):5.1f}x")

    print(f"{'operation':<44} {'FlowGraph wall, cpu':>20}   {'networkx wall, cpu':>20}   nx/ours")
    # a copy of the model is a new object: flow_graph's per-model cache misses, the build is timed
    flow, *ours = best(lambda: dep.flow_graph(dataclasses.replace(model)), args.repeat)
    g, *theirs = best(lambda: nx_flow(model), args.repeat)
    row("build the flow graph", ours, theirs)
    assert set(flow.kind) >= set(g.nodes)
    assert sum(len(v) for v in flow.succ.values()) == g.number_of_edges()
    _, *full = best(lambda: to_networkx(model), 1)
    print(f"{'  (graph.to_networkx, stored relations)':<44} {'':>20}   {full[0]:7.3f} s {full[1]:7.3f} s")
    if args.memory:
        held = {}
        for name, build in (("flow", lambda: dep.flow_graph(dataclasses.replace(model))), ("nx", lambda: nx_flow(model))):
            tracemalloc.start()
            kept = build()  # held while its memory is measured
            held[name] = tracemalloc.get_traced_memory()[0] / 2**20
            tracemalloc.stop()
            del kept
        print(f"{'  (memory held once built)':<44} {held['flow']:13.0f} MB {'':>6}   {held['nx']:13.0f} MB")

    rng = random.Random(args.seed)
    programs = flow.programs
    datasets = [n for n, k in flow.kind.items() if k == "dataset"]
    # seeds that reach something: programs that produce data, and datasets some program uses
    producers = [n for n in programs if any(rel == "produces" for _, rel in flow.succ.get(n, ()))]
    used = [n for n in datasets if flow.succ.get(n)]
    masters = [n for n in used if "-DSM" in n]  # the population, poverty and map datasets of each region
    seeds = (rng.sample(producers, min(100, len(producers))) + rng.sample(used, min(70, len(used)))
             + rng.sample(masters, min(30, len(masters))))
    mine, *ours = best(lambda: [dep._bfs(flow, [s], "downstream") for s in seeds], args.repeat)
    yours, *theirs = best(lambda: [nx.single_source_shortest_path_length(g, s) for s in seeds], args.repeat)
    row(f"reach: downstream of {len(seeds)} seeds", ours, theirs)
    assert all({n: d[0] for n, d in a.items()} == b for a, b in zip(mine, yours))
    print(f"{'  (nodes reached, in all)':<44} {sum(map(len, mine)):>20,}")

    # pairs that are connected: a producing program and the farthest program downstream of it
    pairs = []
    for a in rng.sample(producers, min(400, len(producers))):
        reach = dep._bfs(flow, [a], "downstream")
        far = max((d[0], n) for n, d in reach.items() if flow.kind.get(n) == "program")
        if far[1] != a and len(pairs) < 200:
            pairs.append((a, far[1]))

    def nx_path(a, b):
        try:
            return nx.shortest_path(g, a, b)
        except nx.NetworkXNoPath:
            return None

    mine, *ours = best(lambda: [dep._shortest_path(flow, a, b) for a, b in pairs], args.repeat)
    yours, *theirs = best(lambda: [nx_path(a, b) for a, b in pairs], args.repeat)
    row(f"path: shortest between {len(pairs)} program pairs", ours, theirs)
    assert [None if h is None else len(h) for h in mine] == [None if p is None else len(p) - 1 for p in yours]
    print(f"{'  (pairs connected)':<44} {sum(h is not None for h in mine):>20,}")

    edges = flow.program_edges()
    condensed, *ours = best(lambda: dep._condense(programs, edges), args.repeat)
    (dag, order, generation), *theirs = best(lambda: nx_condense(programs, edges), args.repeat)
    row(f"condense: {len(edges):,} program dependencies", ours, theirs)
    assert len(condensed.members) == dag.number_of_nodes()
    assert max(condensed.generation) == max(generation.values())
    print(f"{'  (groups, largest, generations)':<44} {len(condensed.members):>10,} "
          f"{max(map(len, condensed.members)):>4} {max(condensed.generation):>4}")

    ours = sum(r[1][0] for r in rows), sum(r[1][1] for r in rows)
    theirs = sum(r[2][0] for r in rows), sum(r[2][1] for r in rows)
    row("total", ours, theirs)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
