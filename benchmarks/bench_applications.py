"""Applications at scale: loading an inventory, and comparing one.

    python benchmarks/bench_applications.py                  # 100,000 applications, 500 agencies
    python benchmarks/bench_applications.py --apps 20000 --duplicates

Writes a synthetic national-size inventory (agencies named by name in the owner column, as
real inventories do; names, addresses and descriptions built from the sample city's
inventory with numbered variants) to a temporary folder as a `;`-separated CSV with its own
headers and a kolom.csv mapping, then times `load_model` on it (target: 100,000 applications
in under 10 s), with peak memory. ``--duplicates`` also times ``find_duplicates(kind=
"applications")`` on it, one region per 200 agencies. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_inventory(folder: Path, n_apps: int, n_agencies: int, seed: int = 0) -> None:
    from synergy.ingest import load_model

    sample, _ = load_model(None)
    apps = sample.applications
    rng = random.Random(seed)
    with open(folder / "agencies.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "region"])
        for i in range(n_agencies):
            w.writerow([f"A{i:04d}", f"Perangkat Daerah Nomor {i}", f"R{i // 200:03d}"])
    with open(folder / "Inventaris Aplikasi.csv", "w", encoding="cp1252", newline="", errors="replace") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["No", "Nama Sistem", "Pemilik", "Fungsi", "Alamat Web", "Status Aplikasi"])
        for i in range(n_apps):
            k = rng.randrange(len(apps))
            agency = rng.randrange(n_agencies)
            variant = rng.randrange(50)
            url = apps["url"].iat[k].replace("pasuruankota", f"kota{agency // 200}") if apps["url"].iat[k] else ""
            w.writerow([f"APP{i:06d}", f"{apps['name'].iat[k]} {variant}", f"Perangkat Daerah Nomor {agency}",
                        apps["description"].iat[k], url, rng.choice(["aktif", "aktif", "tidak aktif", ""])])
    (folder / "kolom.csv").write_text(
        "tabel,kolom,judul,berkas\n"
        "applications,id,No,Inventaris Aplikasi.csv\n"
        "applications,name,Nama Sistem,Inventaris Aplikasi.csv\n"
        "applications,agency,Pemilik,Inventaris Aplikasi.csv\n"
        "applications,description,Fungsi,Inventaris Aplikasi.csv\n"
        "applications,url,Alamat Web,Inventaris Aplikasi.csv\n"
        "applications,status,Status Aplikasi,Inventaris Aplikasi.csv\n", encoding="utf-8")


def timed(label, fn):
    """Time ``fn`` (wall and CPU), then run it again under tracemalloc for its peak memory."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    print(f"{label:<44} {wall:7.2f} s wall  {cpu:7.2f} s CPU  peak {peak:8.1f} MB (Python allocations)")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--apps", type=int, default=100_000)
    parser.add_argument("--agencies", type=int, default=500)
    parser.add_argument("--duplicates", action="store_true", help="also time find_duplicates(kind='applications')")
    args = parser.parse_args()
    from synergy.ingest import load_model

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_inventory(folder, args.apps, args.agencies)
        size = (folder / "Inventaris Aplikasi.csv").stat().st_size / 1e6
        print(f"inventory: {args.apps:,} applications of {args.agencies} agencies, {size:.1f} MB CSV "
              f"(cp1252, ';', own headers, owners by name)")
        model, warnings = timed(f"load_model ({args.apps:,} applications)", lambda: load_model(folder))
        assert len(model.applications) == args.apps and not any(w.is_error for w in warnings)
        if args.duplicates:
            from synergy.duplicates import find_duplicates

            result = timed("find_duplicates(kind='applications')",
                           lambda: find_duplicates(model, kind="applications"))
            print(f"  {len(result.pairs):,} pairs reported, {len(result.shared):,} shared-use pairs set aside")


if __name__ == "__main__":
    main()
