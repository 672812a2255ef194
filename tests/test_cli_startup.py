"""`synergy --help` must feel instant: it may not import pandas, rdflib or networkx."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pandas", "rdflib", "networkx", "numpy", "sklearn", "pyvis", "openpyxl")


def test_help_imports_no_heavy_library():
    code = "import cli\ntry:\n    cli.main(['--help'], prog_name='synergy')\nexcept SystemExit:\n    pass\n"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], cwd=ROOT, capture_output=True, text=True,
    )
    assert "Cara pakai: synergy" in done.stdout  # Bahasa Indonesia by default
    imported = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert imported, "python -X importtime printed nothing"
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))


def test_every_command_help_answers_without_heavy_imports():
    code = (
        "import sys, cli\n"
        "for name in sorted(cli.main.commands):\n"
        "    try:\n"
        "        cli.main([name, '--help'])\n"
        "    except SystemExit as e:\n"
        "        assert e.code == 0, name\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout, done.stdout[-500:]
