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
