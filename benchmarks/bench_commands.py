"""Time every analysis command on a million programs, as a user runs it.

Usage::

    python benchmarks/bench_commands.py                # 1,000,000 programs in 500 regions (target: each < 60 s, < 3 GB)
    python benchmarks/bench_commands.py --programs 100000 --regions 50
    python benchmarks/bench_commands.py --only duplicates "metrics --what communities" --runs 2
    python benchmarks/bench_commands.py --store /tmp/rollup-store   # read through a --store folder instead
    git worktree add /tmp/old COMMIT && python benchmarks/bench_commands.py --against /tmp/old --only duplicates --runs 3

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

With ``--against CHECKOUT`` (another copy of the project, e.g. ``git worktree add /tmp/old
COMMIT``) each command runs ``--runs`` times with each copy's ``cli.py``, the two alternated (the
other copy first in odd rounds, this one first in even ones), and a line per command gives both
medians, their ratio and whether the two outputs were the same bytes: on this machine the same
code has run up to twice as slowly from one hour to the next, so a change is measured against the
old code in the same minutes, never against a figure of another day. Through ``--store DIR`` the
other copy gets its own folder, ``DIR-against`` (kept features are keyed by the package's files).

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


def run(name: str, folder: pathlib.Path, out: pathlib.Path, ids: dict, store=None, root: pathlib.Path = ROOT,
        digest: bool = False) -> dict:
    """One command as a user types it, with ``root``'s ``cli.py`` (and so its ``synergy``); with
    ``digest``, the MD5 of what it wrote too (``--against`` only: a million programs' shared-data
    writes a gigabyte)."""
    options, arguments = COMMANDS[name]
    argv = [sys.executable, str(root / "cli.py"), "--quiet", name.split()[0], *options, str(folder),
            *(a.format(**ids) for a in arguments), "--format", "csv", "-o", str(out)]
    if store is not None:
        argv += ["--store", str(store)]
    errors = out.with_suffix(".stderr")
    with open(errors, "wb") as stderr:  # a file, not a pipe: a long error cannot block the command
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=root, stdout=subprocess.DEVNULL, stderr=stderr)
        # wait4: this command's own usage, its worker processes included (as /usr/bin/time)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "peak": usage.ru_maxrss * 1024, "size": out.stat().st_size if out.exists() else 0,
            "digest": _digest(out) if digest else "",
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
    parser.add_argument("--against", type=pathlib.Path, default=None, metavar="CHECKOUT",
                        help="another copy of the project (e.g. a git worktree of an older commit): each command "
                             "alternated between its cli.py and this one's, --runs times each, medians compared")
    args = parser.parse_args()
    if args.against is not None and not (args.against / "cli.py").exists():
        parser.error(f"--against {args.against}: no cli.py there (give a copy of the project)")
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
    if args.against is not None:
        failed = compare(args, folder, ids, chosen)
        print(f"reference loop after the commands: {reference_seconds():.2f} s", flush=True)
        if failed:
            sys.exit(1)
        return
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


def _digest(path: pathlib.Path) -> str:
    """The MD5 of a command's output (empty when there is none)."""
    import hashlib

    if not path.exists():
        return ""
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def compare(args, folder: pathlib.Path, ids: dict, chosen: list) -> bool:
    """Each command with the other copy's cli.py and this one's, alternated; True if one failed."""
    import statistics

    roots = {"this": ROOT, "other": args.against.resolve()}
    stores = {"this": args.store, "other": None if args.store is None else
              args.store.with_name(args.store.name + "-against")}
    failed = False
    print(f"this copy: {roots['this']}; the other: {roots['other']}", flush=True)
    print(f"{'command':<28} {'this s':>7} {'other s':>7} {'ratio':>6} {'this CPU':>9} {'other CPU':>9} "
          f"{'peak GB':>8}  output", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        out = pathlib.Path(scratch) / "out.csv"
        if args.store is not None:
            for copy in ("other", "this"):
                r = run("stats", folder, out, ids, stores[copy], roots[copy])
                print(f"(--store {stores[copy]}: built or checked, {copy} copy) {r['wall']:.1f} s", flush=True)
                if r["code"] != 0:
                    sys.exit(f"--store {stores[copy]}: {r['error'][-300:]}")
        for name in chosen:
            seen = {"this": [], "other": []}
            for round_ in range(args.runs):
                for copy in (("other", "this") if round_ % 2 == 0 else ("this", "other")):
                    r = run(name, folder, out, ids, stores[copy], roots[copy], digest=True)
                    out.unlink(missing_ok=True)
                    if r["code"] != 0:
                        print(f"{name:<28} FAILED with the {copy} copy (exit {r['code']}): {r['error'][-300:]}",
                              flush=True)
                        failed = True
                    seen[copy].append(r)
            if any(r["code"] for runs in seen.values() for r in runs):
                continue
            wall = {c: statistics.median(r["wall"] for r in runs) for c, runs in seen.items()}
            cpu = {c: statistics.median(r["cpu"] for r in runs) for c, runs in seen.items()}
            peak = max(r["peak"] for r in seen["this"])
            digests = {r["digest"] for runs in seen.values() for r in runs}
            same = "same bytes" if len(digests) == 1 else "DIFFERENT"
            each = " / ".join(f"{c} " + ", ".join(f"{r['wall']:.1f}" for r in runs) for c, runs in seen.items())
            print(f"{name:<28} {wall['this']:7.2f} {wall['other']:7.2f} {wall['this'] / wall['other']:6.2f} "
                  f"{cpu['this']:9.1f} {cpu['other']:9.1f} {peak / 1024 ** 3:8.2f}  {same}  ({each})", flush=True)
    return failed


if __name__ == "__main__":
    main()
