"""National scale: rdflib's memory store against the Oxigraph store, side by side.

Usage::

    python benchmarks/bench_store.py                         # 1,000,000 programs in 500 regions
    python benchmarks/bench_store.py --store-dir 100000      # --store DIR: first run and reuse
    python benchmarks/bench_store.py --programs 20000 --regions 10 --rdflib-programs 20000

Each measurement runs in its own child process so that its peak memory (maximum
resident set size) is its own. For every size and store it prints seconds for:

- ``generate``: build the synthetic roll-up (tables);
- ``build``: tables to a loaded store (rdflib: ``model_to_rdf``; Oxigraph:
  ``load_store``: ``iter_ntriples`` bulk-loaded chunk by chunk, in memory
  (``oxigraph-mem``, like rdflib's store) and on disk (``oxigraph``, what
  ``--store DIR`` keeps));
- ``export``: the store written as N-Triples;
- ``parse``: that N-Triples file loaded into a fresh store (at the comparison
  size; at full size only with ``--parse-full``: ``build`` already parses
  N-Triples into the store);
- ``query``: SPARQL programs per region and dimension (``COUNTS_QUERY``), and
  ``query2``, a second run of it.

rdflib is measured on a subset (``--rdflib-programs``, default 100,000): at a
million programs it would need many minutes and gigabytes. The synthetic data:
``synergy.generate`` (seed 1), else the embedded sample city copied into N
regions (ids prefixed by region) and cycled up to the wanted number of programs;
the tool used is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# ------------------------------------------------------------------ synthetic data
def replicate_sample(n_programs: int, n_regions: int):
    """The sample city copied into ``n_regions`` regions with ``n_programs`` programs in all.

    Region r gets region code ``90.<r>`` (outside real Kemendagri codes), ids
    prefixed ``R<r>-``; programs are cycled (``-<k>`` suffix for the k-th copy),
    references kept inside the region (a reference to a copy that does not exist
    is left out).
    """
    import pandas as pd

    from synergy.ingest import load_model
    from synergy.model import CityModel

    sample, _ = load_model()
    per_region = -(-n_programs // n_regions)
    base_programs = sample.programs
    n_base = len(base_programs)
    agencies, programs, datasets = [], [], []
    made = 0
    for r in range(n_regions):
        prefix = f"R{r:03d}-"
        count = min(per_region, n_programs - made)
        if count <= 0:
            break
        made += count
        ag = sample.agencies.copy()
        ag["id"] = prefix + ag["id"]
        ag["parent"] = ag["parent"].map(lambda p: prefix + p if p else "")
        ag["region"] = f"90.{r:03d}"
        ag["name"] = ag["name"] + f" (wilayah {r})"
        agencies.append(ag)
        ds = sample.datasets.copy()
        ds["id"] = prefix + ds["id"]
        ds["producer"] = prefix + ds["producer"]
        datasets.append(ds)
        index = [i % n_base for i in range(count)]
        copy = [i // n_base for i in range(count)]
        pr = base_programs.iloc[index].reset_index(drop=True)
        copies_of = {}
        for orig, k in zip(pr["id"], copy):
            copies_of.setdefault(orig, set()).add(k)
        pr["id"] = [f"{prefix}{orig}-{k}" for orig, k in zip(pr["id"], copy)]
        pr["name"] = [f"{name} {k}" if k else name for name, k in zip(pr["name"], copy)]
        pr["agency"] = prefix + pr["agency"]
        for column in ("uses", "produces"):
            pr[column] = [tuple(prefix + d for d in items) for items in pr[column]]
        pr["depends_on"] = [tuple(f"{prefix}{d}-{k}" for d in items if k in copies_of.get(d, ()))
                            for items, k in zip(pr["depends_on"], copy)]
        programs.append(pr)
    return CityModel(pd.concat(agencies, ignore_index=True), pd.concat(programs, ignore_index=True),
                     pd.concat(datasets, ignore_index=True))


def synthetic(n_programs: int, n_regions: int):
    """(model, name of the tool that made it): ``synergy.generate`` when present."""
    try:
        from synergy.generate import generate_tables
    except ImportError:
        return replicate_sample(n_programs, n_regions), "sample city replicated"
    import pandas as pd

    from synergy.model import CityModel
    from synergy.schema import TABLES

    tables, _key = generate_tables(regions=n_regions, programs=-(-n_programs // n_regions), seed=1)
    frames = {}
    for name in ("agencies", "programs", "datasets"):
        frame = tables[name]
        data = {}
        for col in TABLES[name].columns:  # the model's conventions, as synergy.generate.read_city does
            values = frame[col.name].astype(str) if col.name in frame else pd.Series([""] * len(frame))
            if col.kind in ("list", "reflist", "enumlist"):
                data[col.name] = values.map(lambda v: tuple(x for x in v.split(";") if x))
            elif col.kind in ("money", "year"):
                data[col.name] = pd.to_numeric(values.replace({"": None, "<NA>": None, "nan": None}),
                                               errors="coerce").astype("Int64")
            else:
                data[col.name] = values.replace({"nan": "", "<NA>": "", "None": ""})
        frames[name] = pd.DataFrame(data, columns=TABLES[name].column_names)
    programs = frames["programs"].iloc[:n_programs]
    return CityModel(frames["agencies"], programs, frames["datasets"]), "synergy.generate"


# --------------------------------------------------------------------- one run
def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(backend: str, n_programs: int, n_regions: int, workdir: pathlib.Path, parse: bool = True) -> dict:
    from synergy.store import COUNTS_QUERY

    query = COUNTS_QUERY.format(graph_open="", graph_close="")
    out: dict = {"backend": backend, "programs": n_programs, "regions": n_regions, "parse": float("nan")}
    t = time.perf_counter()
    model, tool = synthetic(n_programs, n_regions)
    out["generate"] = time.perf_counter() - t
    out["tool"] = tool
    out["agencies"], out["datasets"] = len(model.agencies), len(model.datasets)
    out["peak_mb_after_generate"] = _peak_mb()
    nt = workdir / f"{backend}-{n_programs}.nt"
    if backend == "rdflib":
        from rdflib import Graph

        from synergy.rdf import model_to_rdf, sparql_query

        t = time.perf_counter()
        graph = model_to_rdf(model)
        out["build"] = time.perf_counter() - t
        out["triples"] = len(graph)
        t = time.perf_counter()
        graph.serialize(str(nt), format="nt", encoding="utf-8")
        out["export"] = time.perf_counter() - t
        t = time.perf_counter()
        answer = sparql_query(graph, query, vocabulary=False)
        out["query"] = time.perf_counter() - t
        t = time.perf_counter()
        sparql_query(graph, query, vocabulary=False)
        out["query2"] = time.perf_counter() - t
        del graph
        t = time.perf_counter()
        again = Graph()
        again.parse(str(nt), format="nt")
        out["parse"] = time.perf_counter() - t
        assert len(again) == out["triples"]
    else:
        import pyoxigraph as ox

        from synergy.store import export_store, load_store, store_query

        on_disk = backend == "oxigraph"
        t = time.perf_counter()
        store = load_store(model, workdir / f"ox-{n_programs}" if on_disk else None, vocabulary=False)
        out["build"] = time.perf_counter() - t
        out["triples"] = len(store)
        t = time.perf_counter()
        export_store(store, nt)
        out["export"] = time.perf_counter() - t
        t = time.perf_counter()
        answer = store_query(store, query)
        out["query"] = time.perf_counter() - t
        t = time.perf_counter()
        store_query(store, query)
        out["query2"] = time.perf_counter() - t
        del store
        if parse:
            t = time.perf_counter()
            again = ox.Store(str(workdir / f"ox-parse-{n_programs}")) if on_disk else ox.Store()
            again.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
            out["parse"] = time.perf_counter() - t
            assert len(again) == out["triples"]
    out["count_rows"] = len(answer)
    out["count_programs"] = int(answer["programs"].sum())
    out["nt_mb"] = nt.stat().st_size / 1e6
    out["peak_mb"] = _peak_mb()
    return out


def store_dir_timing(n_programs: int, n_regions: int, workdir: pathlib.Path) -> dict:
    """Seconds to parse CSV sources, to build a --store folder, and to reuse it."""
    from synergy.generate import write_city
    from synergy.ingest import load_model
    from synergy.store import open_store_dir

    from synergy.store import write_ntriples

    folder = workdir / "csv"
    write_city(folder, regions=n_regions, programs=-(-n_programs // n_regions), seed=1)
    model, _ = load_model([folder])
    rdf = workdir / "kota.nt"
    write_ntriples(model, rdf)
    del model
    out: dict = {"programs": n_programs}
    for kind, source in (("csv", folder), ("nt", rdf)):
        t = time.perf_counter()
        load_model([source])
        out[f"{kind}_parse_sources"] = time.perf_counter() - t
        t = time.perf_counter()
        open_store_dir(workdir / f"store-{kind}", [source])
        out[f"{kind}_first_run"] = time.perf_counter() - t
        t = time.perf_counter()
        again = open_store_dir(workdir / f"store-{kind}", [source])
        out[f"{kind}_reuse"] = time.perf_counter() - t
        assert again.reused and len(again.model.programs) >= n_programs
    out["peak_mb"] = _peak_mb()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--programs", type=int, default=1_000_000)
    parser.add_argument("--regions", type=int, default=500)
    parser.add_argument("--rdflib-programs", type=int, default=100_000)
    parser.add_argument("--parse-full", action="store_true",
                        help="also time parsing the exported file back at the full size")
    parser.add_argument("--child", nargs=2, metavar=("BACKEND", "PROGRAMS"), help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--store-dir", type=int, metavar="PROGRAMS", default=None,
                        help="only time --store DIR: parse CSV sources, build the folder, reuse it")
    args = parser.parse_args()
    if args.store_dir:
        with tempfile.TemporaryDirectory(prefix="bench-store-dir-") as workdir:
            r = store_dir_timing(args.store_dir, max(1, args.store_dir // 2000), pathlib.Path(workdir))
        for kind, label in (("csv", "CSV folder"), ("nt", "N-Triples file")):
            print(f"--store DIR at {r['programs']:,} programs, {label}: parse and validate "
                  f"{r[kind + '_parse_sources']:.1f} s, first run (that + build the folder) "
                  f"{r[kind + '_first_run']:.1f} s, later runs {r[kind + '_reuse']:.1f} s")
        print(f"peak {r['peak_mb']:,.0f} MB")
        return
    if args.child:
        backend, n = args.child[0], int(args.child[1])
        regions = max(1, round(args.regions * n / args.programs))
        parse = args.parse_full or n <= args.rdflib_programs
        print(json.dumps(run(backend, n, regions, pathlib.Path(args.workdir), parse)))
        return
    small = min(args.rdflib_programs, args.programs)
    plan = [("rdflib", small), ("oxigraph-mem", small), ("oxigraph", small)]
    print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores shared; figures scale with it)")
    if args.programs != small:
        plan += [("oxigraph-mem", args.programs), ("oxigraph", args.programs)]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-store-") as workdir:
        for backend, n in plan:
            cmd = [sys.executable, __file__, "--child", backend, str(n), "--workdir", workdir,
                   "--programs", str(args.programs), "--regions", str(args.regions)]
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode:
                print(done.stderr, file=sys.stderr)
                raise SystemExit(f"{backend} at {n} programs failed")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            results.append(result)
            print(f"{backend:8} {n:>9,} programs {result['regions']:>3} regions {result['triples']:>11,} triples | "
                  f"generate {result['generate']:6.1f} s  build {result['build']:6.1f} s  "
                  f"export {result['export']:6.1f} s  parse {result['parse']:6.1f} s  "
                  f"query {result['query']:6.2f} s (again {result['query2']:5.2f} s)  "
                  f"peak {result['peak_mb']:7,.0f} MB  [{result['tool']}]", flush=True)
    rd = results[0]
    same = [r for r in results if r["programs"] == rd["programs"]]
    assert len({(r["count_rows"], r["count_programs"]) for r in same}) == 1, "answers differ"
    print(f"same answer from every store at {rd['programs']:,} programs: {rd['count_rows']} region x dimension rows")
    for ox in results[3:]:
        print(f"{ox['backend']} at {ox['programs']:,} programs: peak {ox['peak_mb']:,.0f} MB, "
              f"N-Triples file {ox['nt_mb']:,.0f} MB")
    for ox in same[1:]:
        for step in ("build", "export", "parse", "query"):
            print(f"speed-up {ox['backend']}/rdflib at {rd['programs']:,} programs, {step}: {rd[step] / ox[step]:.1f}x")


if __name__ == "__main__":
    main()
