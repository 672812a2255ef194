"""Time and memory of writing a city as one .xlsx workbook and reading it back.

    python benchmarks/bench_workbook.py                 # 1,000 and 10,000 programs
    python benchmarks/bench_workbook.py --programs 50000

The city is the embedded sample (Kota Pasuruan) with its programs repeated under new
ids until the size is reached, so cells have realistic lengths. Prints one line per
size: programs, write seconds, file size, read-back seconds (synergy.ingest), peak RSS.
"""
from __future__ import annotations

import argparse
import pathlib
import resource
import tempfile
import time


def grown(model, n_programs: int):
    import pandas as pd

    from synergy.model import CityModel

    base = model.programs
    copies = -(-n_programs // len(base))
    frames = [base.assign(id=base["id"] + f"-{i}", depends_on=base["depends_on"].map(
        lambda ids, i=i: tuple(f"{x}-{i}" for x in ids))) for i in range(copies)]
    programs = pd.concat(frames, ignore_index=True).iloc[:n_programs].reset_index(drop=True)
    # keep depends_on inside the copy that was cut short
    kept = set(programs["id"])
    programs["depends_on"] = programs["depends_on"].map(lambda ids: tuple(x for x in ids if x in kept))
    return CityModel(model.agencies, programs, model.datasets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, nargs="*", default=[1_000, 10_000])
    args = parser.parse_args()

    from synergy.ingest import load_model
    from synergy.workbook import write_workbook

    sample, _ = load_model()
    print("programs  write_s  size_MB  read_s  peak_rss_MB")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.programs:
            model = grown(sample, n)
            path = pathlib.Path(tmp) / f"city-{n}.xlsx"
            start = time.perf_counter()
            write_workbook(model, path)
            written = time.perf_counter() - start
            start = time.perf_counter()
            back, _ = load_model([path])
            read = time.perf_counter() - start
            assert len(back.programs) == n
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{n:8d}  {written:7.2f}  {path.stat().st_size / 1e6:7.2f}  {read:6.2f}  {peak:11.0f}")


if __name__ == "__main__":
    main()
