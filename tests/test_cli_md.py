"""docs/cli.md is ``synergy --help`` and every command's help, regenerated here: it cannot drift.

When this fails, run ``python scripts/build_cli_md.py`` and commit docs/cli.md.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import cli

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("build_cli_md", ROOT / "scripts" / "build_cli_md.py")
build_cli_md = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_cli_md)


def test_docs_cli_md_is_the_help_of_today(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")  # a narrow terminal changes nothing: the page has a fixed width
    monkeypatch.setenv("SYNERGY_LANG", "en")  # nor the reader's language: the page is in Bahasa Indonesia
    expected = build_cli_md.build("id")
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == expected, "docs/cli.md is out of date: run python scripts/build_cli_md.py"


def test_docs_cli_md_has_every_command_in_the_order_of_help():
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    sections = re.findall(r"^### synergy (\S+)$", current, flags=re.M)
    assert sections == [name for name in cli.main.list_commands(None) if not cli.main.commands[name].hidden]
    assert "Cara pakai: synergy deps [OPSI] [SOURCES]... ID" in current
