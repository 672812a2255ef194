"""docs/inventory.md stays true: its worked example (a real inventory as published) is run here."""
from __future__ import annotations

import csv
import io
import pathlib
import shutil

from click.testing import CliRunner

from cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "banten-2017"
DOC = (ROOT / "docs" / "inventory.md").read_text(encoding="utf-8")
INVENTORY = "Daftar Website dan Aplikasi 2017.csv"


def console_lines(command: str) -> list[str]:
    """The lines the doc shows under ``$ command`` (up to the next prompt or the block's end)."""
    block = DOC.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line != "..." and not line.startswith("$ ")]


def test_the_published_table_is_untouched_and_its_one_problem_is_named(tmp_path):
    rows = list(csv.reader(io.StringIO((EXAMPLE / INVENTORY).read_text(encoding="utf-8")), delimiter=";"))
    assert rows[0] == ["No", "OPD / Lembaga", "URL", "Posisi Server", "Jenis", "Keterangan"] and len(rows) == 101
    result = CliRunner().invoke(main, ["validate", str(EXAMPLE)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == console_lines("synergy validate docs/examples/banten-2017")


def test_without_the_empty_row_it_loads_and_duplicates_are_found(tmp_path):
    folder = tmp_path / "banten-2017"
    shutil.copytree(EXAMPLE, folder)
    lines = (folder / INVENTORY).read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[88].startswith("88;Dinas Perpustakaan dan Kearsipan;;")  # row 89 of the sheet
    (folder / INVENTORY).write_text("".join(lines[:88] + lines[89:]), encoding="utf-8", newline="")
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 0 and result.stdout.splitlines()[-1].startswith("0 kesalahan, 2 peringatan")
    dup = CliRunner().invoke(main, ["duplicates", str(folder), "--of", "applications", "--format", "table"])
    assert dup.exit_code == 0, dup.output
    expected = console_lines("synergy duplicates banten-2017 --of applications --format table")
    assert dup.stdout.splitlines()[:len(expected)] == expected
