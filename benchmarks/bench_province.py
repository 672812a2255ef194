"""One province (38 cities) on a local Virtuoso: push, ask, read back, replace.

Usage::

    python benchmarks/bench_province.py              # 38 cities, each the size of the sample city
    python benchmarks/bench_province.py --cities 5

Starts a private Virtuoso on loopback with ``.ci/virtuoso.sh`` (stock settings:
10,000 rows per answer at most), then prints seconds for:

- pushing every city as its own named graph, with SPARQL ``INSERT DATA`` and with
  the Graph Store Protocol;
- listing the regions, and counting programs per region and dimension on the
  server (checked against the same count on a local Oxigraph store);
- reading one city, and the whole province, back into a validated model;
- replacing one city while two readers count its triples in a loop: the counts
  they saw (only the old and the new number means nobody saw a half-written
  graph).
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import pathlib
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_store import replicate_sample  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cities", type=int, default=38)
    args = parser.parse_args()

    from pandas.testing import assert_frame_equal

    from synergy import endpoint
    from synergy.ingest import load_model
    from synergy.store import COUNTS_QUERY, load_store, store_query

    sample, _ = load_model()
    province = replicate_sample(len(sample.programs) * args.cities, args.cities)
    print(f"province: {args.cities} cities, {len(province.agencies):,} agencies, "
          f"{len(province.programs):,} programs, {len(province.datasets):,} datasets")
    folder = pathlib.Path(tempfile.mkdtemp(prefix="bench-virtuoso-"))
    http_port, sql_port = _free_port(), _free_port()
    password = secrets.token_hex(12)
    t = time.perf_counter()
    subprocess.run(["sh", str(ROOT / ".ci" / "virtuoso.sh"), "start", str(folder), str(http_port), str(sql_port)],
                   env={**os.environ, "VIRTUOSO_DBA_PASSWORD": password}, check=True, capture_output=True)
    print(f"virtuoso started in {time.perf_counter() - t:.1f} s")
    os.environ[endpoint.ENV_USER] = "dba"
    os.environ[endpoint.ENV_PASSWORD] = password
    url = f"http://127.0.0.1:{http_port}/sparql-auth"
    gsp = f"http://127.0.0.1:{http_port}/sparql-graph-crud-auth"
    try:
        t = time.perf_counter()
        pushed = endpoint.push(province, url)
        took = time.perf_counter() - t
        print(f"push, INSERT DATA:   {took:6.1f} s for {pushed['triples'].sum():,} triples "
              f"({pushed['triples'].sum() / took:,.0f} triples/s)")
        t = time.perf_counter()
        pushed = endpoint.push(province, url, graph_store_url=gsp)
        took = time.perf_counter() - t
        print(f"push, Graph Store:   {took:6.1f} s for {pushed['triples'].sum():,} triples "
              f"({pushed['triples'].sum() / took:,.0f} triples/s)")
        t = time.perf_counter()
        held = endpoint.regions(url)
        print(f"regions:             {time.perf_counter() - t:6.2f} s ({len(held)} regions)")
        t = time.perf_counter()
        remote = endpoint.counts(url)
        print(f"counts on server:    {time.perf_counter() - t:6.2f} s ({len(remote)} region x dimension rows)")
        local = store_query(load_store(province, vocabulary=False), COUNTS_QUERY.format(graph_open="", graph_close=""))
        assert_frame_equal(remote, local)
        print("counts on server == counts on a local Oxigraph store")
        one = held["region"].iloc[0]
        t = time.perf_counter()
        city = endpoint.load_from_endpoint(url, one)
        print(f"read one city:       {time.perf_counter() - t:6.2f} s ({len(city.programs)} programs)")
        t = time.perf_counter()
        whole = endpoint.load_from_endpoint(url)
        print(f"read the province:   {time.perf_counter() - t:6.2f} s ({len(whole.programs):,} programs)")
        assert sorted(whole.programs["id"]) == sorted(province.programs["id"])

        # Replace one city (a third of its programs gone) while readers count its graph.
        graph = endpoint.region_graph(one)
        agencies = province.agencies.loc[province.agencies["region"] == one]
        programs = province.programs.loc[province.programs["agency"].isin(agencies["id"])]
        keep = programs.iloc[: 2 * len(programs) // 3]
        smaller = dataclasses.replace(
            province, agencies=agencies.reset_index(drop=True),
            programs=keep.loc[keep["depends_on"].map(lambda d: set(d) <= set(keep["id"]))].reset_index(drop=True),
            datasets=province.datasets.loc[province.datasets["producer"].isin(agencies["id"])].reset_index(drop=True))
        seen: set[int] = set()
        stop = threading.Event()

        def reader():
            while not stop.is_set():
                seen.add(int(endpoint.query(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
                             ["n"].iloc[0]))

        before = int(held.loc[held["region"] == one, "triples"].iloc[0])
        readers = [threading.Thread(target=reader) for _ in range(2)]
        for r in readers:
            r.start()
        time.sleep(0.5)
        t = time.perf_counter()
        after = int(endpoint.push(smaller, url, one, graph_store_url=gsp)["triples"].iloc[0])
        took = time.perf_counter() - t
        time.sleep(0.5)
        stop.set()
        for r in readers:
            r.join()
        print(f"replace one city:    {took:6.2f} s; readers saw {sorted(seen)} (before {before}, after {after})")
        assert seen <= {before, after}, "a reader saw a half-written graph"
    finally:
        subprocess.run(["sh", str(ROOT / ".ci" / "virtuoso.sh"), "stop", str(folder)], check=False,
                       capture_output=True)


if __name__ == "__main__":
    main()
