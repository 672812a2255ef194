"""benchmarks/bench_commands.py times real commands: on a small roll-up they must run and write."""
from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_every_chosen_command_runs_on_the_generated_rollup_and_writes(tmp_path):
    folder = tmp_path / "rollup"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_commands.py"), "--programs", "600", "--regions", "2",
         "--folder", str(folder), "--only", "duplicates", "impact", "chain"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = {line.split()[0]: line.split() for line in result.stdout.splitlines()
             if line.split() and line.split()[0] in ("duplicates", "impact", "chain")}
    assert set(lines) == {"duplicates", "impact", "chain"}
    for name, cells in lines.items():
        wall, cpu, peak, kilobytes, verdict = (*map(float, cells[1:5]), cells[5])
        assert verdict == "met" and 0 < wall < 60 and cpu > 0 and 0 < peak < 3, cells
        # what impact and chain are asked about is in the roll-up, so they find something to write
        assert kilobytes > 0 or name == "duplicates", cells
    assert (folder / "programs.csv").exists() and "generate(600, 2)" in (folder / "generated.txt").read_text()


def test_against_another_copy_alternates_the_two_and_says_whether_their_outputs_are_the_same_bytes(tmp_path):
    folder = tmp_path / "rollup"
    # a second copy of the project whose cli.py runs this one's, then adds a line to what it wrote
    other = tmp_path / "other"
    other.mkdir()
    (other / "cli.py").write_text(
        "import runpy, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "try:\n"
        f"    runpy.run_path({str(ROOT / 'cli.py')!r}, run_name='__main__')\n"
        "finally:\n"
        "    with open(sys.argv[sys.argv.index('-o') + 1], 'a') as out:\n"
        "        out.write('one more line\\n')\n")
    lines = {}
    for copy in (ROOT, other):
        result = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "bench_commands.py"), "--programs", "600", "--regions", "2",
             "--folder", str(folder), "--only", "impact", "--runs", "2", "--against", str(copy)],
            capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        (line,) = [line for line in result.stdout.splitlines() if line.startswith("impact ")]
        lines[copy] = line
    this, against, ratio = map(float, lines[ROOT].split()[1:4])
    assert this > 0 and against > 0 and abs(ratio - this / against) < 0.03  # the medians as printed, rounded
    assert "same bytes" in lines[ROOT] and lines[ROOT].count(",") == 2  # two runs of each copy
    assert "DIFFERENT" in lines[other]
    refused = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_commands.py"), "--folder", str(folder),
                              "--against", str(tmp_path / "nowhere")], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "no cli.py there" in refused.stderr
