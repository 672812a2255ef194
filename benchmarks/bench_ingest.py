"""Time ``synergy.ingest.load_model`` on generated CSV folders and workbooks.

Usage::

    python benchmarks/bench_ingest.py                 # 1,000 / 10,000 / 100,000 programs
    python benchmarks/bench_ingest.py --rows 20000 --xlsx

Prints, per size: rows read, wall and CPU seconds (CPU time is the steadier
figure on a shared machine), rows per CPU second, and the peak memory
Python allocated while loading (tracemalloc, measured in a second pass because
tracing slows the code down).
"""
from __future__ import annotations

import argparse
import csv
import pathlib
import random
import sys
import tempfile
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from synergy.ingest import load_model  # noqa: E402
from synergy.schema import ELEMENTS, TABLES  # noqa: E402


def generate(folder: pathlib.Path, n_programs: int, seed: int = 1) -> int:
    """Write a valid city with n_programs programs; returns the total row count."""
    rng = random.Random(seed)
    n_agencies = max(5, n_programs // 500)
    n_datasets = max(5, n_programs // 2)
    agencies = [f"OPD-{i:04d}" for i in range(n_agencies)]
    datasets = [f"DS-{i:06d}" for i in range(n_datasets)]
    elements = list(ELEMENTS)
    with open(folder / "agencies.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["kode", "nama", "singkatan", "jenis", "urusan", "induk", "peran", "wilayah"])
        for i, a in enumerate(agencies):
            w.writerow([a, f"Dinas Nomor {i}", f"D{i}", "dinas", "2.16;2.20", "", "produsen-data", "35.75"])
    with open(folder / "datasets.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(TABLES["datasets"].column_names)
        for i, d in enumerate(datasets):
            w.writerow([d, f"Data ke-{i} per kelurahan", rng.choice(agencies), "uraian data", "penduduk;kelurahan",
                        rng.choice(["terbuka", "Terbatas", "public"]), "bulanan", "csv", ""])
    with open(folder / "programs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(TABLES["programs"].column_names)
        for i in range(n_programs):
            el = rng.choice(elements)
            dim = ELEMENTS[el][0]
            start = rng.randint(2022, 2028)
            w.writerow([
                f"P-{i:06d}", f"Program digitalisasi layanan nomor {i}", rng.choice(agencies),
                rng.choice([dim, f"Smart {dim.title()}"]), el, "Uraian program\nbaris kedua", "tujuan", "warga",
                "jumlah layanan", f"2.16.03.2.02.{i % 10000:04d}",
                rng.choice(["1250000000", "Rp 1,25 M", "250 juta", "1.250.000.000", ""]),
                start, start + rng.randint(0, 3), rng.choice(["quick-win", "Jangka Pendek", "medium"]),
                rng.choice(["planned", "berjalan"]), ";".join(rng.sample(datasets, 2)),
                rng.choice(datasets), "data lokasi", f"P-{rng.randrange(i):06d}" if i else "",
            ])
    return n_agencies + n_datasets + n_programs


def to_workbook(folder: pathlib.Path) -> pathlib.Path:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    for name in ("agencies", "programs", "datasets"):
        ws = wb.create_sheet(name)
        with open(folder / f"{name}.csv", newline="", encoding="utf-8") as f:
            for row in csv.reader(f, delimiter=";"):
                ws.append(row)
    path = folder / "kota.xlsx"
    wb.save(path)
    return path


def measure(source, rows: int, label: str) -> None:
    t0, c0 = time.perf_counter(), time.process_time()
    model, warnings = load_model(source)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert not warnings and len(model.programs) > 0
    tracemalloc.start()
    load_model(source)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:>6} {rows:>9,} rows  {seconds:7.2f} s wall  {cpu:7.2f} s cpu  {rows / cpu:>9,.0f} rows/cpu-s  "
          f"peak {peak / 2**20:7.1f} MiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[1_000, 10_000, 100_000],
                        help="numbers of programs to generate")
    parser.add_argument("--xlsx", action="store_true", help="also time the same data as one workbook")
    args = parser.parse_args()
    for n in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            folder = pathlib.Path(tmp)
            rows = generate(folder, n)
            measure(folder, rows, "csv")
            if args.xlsx:
                measure(to_workbook(folder), rows, "xlsx")


if __name__ == "__main__":
    main()
