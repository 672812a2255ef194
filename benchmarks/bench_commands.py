"""Time every analysis command on a million programs, as a user runs it.

Usage::

    python benchmarks/bench_commands.py                # 1,000,000 programs in 500 regions (target: each < 60 s, < 3 GB)
    python benchmarks/bench_commands.py --programs 100000 --regions 50
    python benchmarks/bench_commands.py --only duplicates "metrics --what communities" --runs 2
    python benchmarks/bench_commands.py --store /tmp/rollup-store   # read through a --store folder instead

The roll-up is ``bench_analyses.generate(PROGRAMS, REGIONS)`` (uses, produces, needs and
dependencies, as a real plan has) written as a CSV folder; it is kept in ``--folder`` and
read from there when it is already written for the same size. Each command runs in its own
process, as a user types it: ``python cli.py --quiet COMMAND FOLDER ... --format csv -o FILE``,
reading and checking the CSV included (or, with ``--store DIR``, reading the folder's Parquet
tables: what a user running many commands on one roll-up does). Through ``--store`` the first
command that compares the records keeps their features in ``DIR/features``, and the first
``shared-data`` its reading of the texts; the later ones read them back (docs/scale.md, "Stop 66"
and "Stop 67"): empty that folder first to time a first run, and give a command twice
(``--only duplicates duplicates``) to see both.

Printed per command: wall seconds; CPU seconds (user + system, the command and its worker
processes); the peak resident memory (of the command or its largest worker, as
``/usr/bin/time``'s ``%M`` reports it, from ``os.wait4``); the output's size; whether the
target is met. Before and after the commands a fixed pure-Python loop is timed: on this
project's machine the same work has taken up to twice as long from one hour to the next
(docs/scale.md). The loop shows a slow hour only in part (it needs little memory, the commands
a lot): compare code by alternating runs of the old and the new, not by this reference.
"""
from __future__ import annotations

import argparse
import csv
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

#: Every analysis command: its name as printed -> (options, arguments after the sources);
#: ``{dataset}``, ``{program}``, ``{before}`` are ids of the roll-up (:func:`example_ids`).
COMMANDS = {
    "duplicates": ([], []),
    "metrics": ([], []),
    "metrics --what communities": (["--what", "communities"], []),
    "metrics --what coverage": (["--what", "coverage"], []),
    "metrics --what critical": (["--what", "critical"], []),
    "metrics --what chains": (["--what", "chains"], []),
    "shared-data": ([], []),
    "stats": ([], []),
    "cycles": ([], []),
    "roadmap": ([], []),
    "deps": ([], ["{program}"]),
    "impact": ([], ["{dataset}"]),
    "chain": ([], ["{before}", "{program}"]),
}
TARGET_SECONDS = 60.0
TARGET_BYTES = 3 * 1024 ** 3


def reference_seconds() -> float:
    """A fixed pure-Python loop: how fast this machine is running now."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i * i % 7
    return time.perf_counter() - start


def write_rollup(folder: pathlib.Path, programs: int, regions: int) -> None:
    """The generated city as a CSV folder, unless it is there already for this size."""
    stamp = folder / "generated.txt"
    wanted = f"bench_analyses.generate({programs}, {regions})\n"
    if stamp.exists() and stamp.read_text() == wanted:
        return
    import bench_analyses
    from synergy.merge import write_csv_folder

    start = time.perf_counter()
    write_csv_folder(bench_analyses.generate(programs, regions), folder, overwrite=True)
    stamp.write_text(wanted)
    print(f"roll-up written to {folder} in {time.perf_counter() - start:.1f} s", flush=True)


def example_ids(folder: pathlib.Path) -> dict:
    """A dataset, and a program that depends on another one, for deps, impact and chain."""
    with open(folder / "datasets.csv", newline="", encoding="utf-8") as handle:
        dataset = next(csv.DictReader(handle))["id"]
    with open(folder / "programs.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("depends_on"):
                return {"dataset": dataset, "program": row["id"], "before": row["depends_on"].split(";")[0].strip()}
    raise SystemExit("the roll-up has no program with depends_on")


def run(name: str, folder: pathlib.Path, out: pathlib.Path, ids: dict, store=None) -> dict:
    options, arguments = COMMANDS[name]
    argv = [sys.executable, str(ROOT / "cli.py"), "--quiet", name.split()[0], *options, str(folder),
            *(a.format(**ids) for a in arguments), "--format", "csv", "-o", str(out)]
    if store is not None:
        argv += ["--store", str(store)]
    errors = out.with_suffix(".stderr")
    with open(errors, "wb") as stderr:  # a file, not a pipe: a long error cannot block the command
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
        # wait4: this command's own usage, its worker processes included (as /usr/bin/time)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "peak": usage.ru_maxrss * 1024, "size": out.stat().st_size if out.exists() else 0,
            "code": process.returncode, "error": errors.read_text(encoding="utf-8", errors="replace").strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--programs", type=int, default=1_000_000)
    parser.add_argument("--regions", type=int, default=500)
    parser.add_argument("--folder", type=pathlib.Path, default=None,
                        help="where the roll-up's CSV is kept (default: a folder in the temporary directory)")
    parser.add_argument("--only", nargs="+", metavar="COMMAND", help="these commands only (as in COMMANDS)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each command, one after the other")
    parser.add_argument("--store", type=pathlib.Path, default=None, metavar="DIR",
                        help="every command with --store DIR (the parsed model kept as Parquet, docs/scale.md); "
                             "a first run of stats builds the folder if needed, timed apart")
    args = parser.parse_args()
    folder = args.folder or pathlib.Path(tempfile.gettempdir()) / f"synergy-bench-{args.programs}-{args.regions}"
    folder.mkdir(parents=True, exist_ok=True)
    write_rollup(folder, args.programs, args.regions)
    ids = example_ids(folder)
    chosen = args.only or list(COMMANDS)
    unknown = [c for c in chosen if c not in COMMANDS]
    if unknown:
        parser.error(f"unknown command(s): {', '.join(unknown)}; known: {', '.join(COMMANDS)}")
    print(f"{args.programs:,} programs in {args.regions} regions ({folder}); reference loop "
          f"{reference_seconds():.2f} s", flush=True)
    print(f"{'command':<28} {'wall s':>7} {'CPU s':>7} {'peak GB':>8} {'output KB':>11}  target", flush=True)
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        if args.store is not None:
            r = run("stats", folder, pathlib.Path(scratch) / "out.csv", ids, args.store)
            print(f"{'(--store: built or checked)':<28} {r['wall']:7.1f} {r['cpu']:7.1f} {r['peak'] / 1024 ** 3:8.2f}",
                  flush=True)
            if r["code"] != 0:
                sys.exit(f"--store {args.store}: {r['error'][-300:]}")
        for name in chosen:
            for _ in range(args.runs):
                out = pathlib.Path(scratch) / "out.csv"
                r = run(name, folder, out, ids, args.store)
                met = r["wall"] < TARGET_SECONDS and r["peak"] < TARGET_BYTES
                verdict = "met" if met else "NOT MET"
                if r["code"] != 0:
                    verdict = f"FAILED (exit {r['code']}): {r['error'][-300:]}"
                    failed = True
                print(f"{name:<28} {r['wall']:7.1f} {r['cpu']:7.1f} {r['peak'] / 1024 ** 3:8.2f} "
                      f"{r['size'] / 1024:11.1f}  {verdict}", flush=True)
                out.unlink(missing_ok=True)
    print(f"reference loop after the commands: {reference_seconds():.2f} s", flush=True)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
