"""Every command in the README runs as typed, so that the docs cannot drift.

Every ```console block is a sequence of ``$ synergy ...`` lines, each followed by
the output it printed when the README was written. A line ``...`` in the expected
output stands for any number of lines. A block's commands run one after the other,
through click's CliRunner, in a fresh copy of the project folder (its shipped sample
files: ``data/`` and ``docs/examples/``), as a reader in the project folder types
them: each exit code must be 0 and every shown line must appear in the real output,
in order. The ``synergy`` lines of the set-up block and every ``synergy ...`` command
written inline (with arguments) run the same way; the test set-up and test command
are exactly what CI runs, the set-up first.
"""
from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_blocks(text: str):
    """Each console block as a list of (command, expected lines)."""
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        steps, command, expected = [], None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    steps.append((command, expected))
                command, expected = line[2:], []
            elif command is not None:
                expected.append(line.rstrip())
        if command:
            steps.append((command, expected))
        yield steps


BLOCKS = list(console_blocks(README))
EXAMPLES = [step for block in BLOCKS for step in block]


def inline_commands(text: str) -> list[str]:
    """``synergy ...`` written inline or in the set-up block, with arguments (a bare name is a reference)."""
    found = [c for c in re.findall(r"(?<!`)`(synergy [^`]+)`(?!`)", text)
             if len(c.split()) > 2 or c.split()[1].startswith("-")]
    setup = re.search(r"<!-- setup-commands -->\n```(?:sh|bash)\n(.*?)\n```", text, re.S).group(1)
    found += [line for line in setup.splitlines() if line.startswith("synergy ")]
    return list(dict.fromkeys(found))


def project_folder(tmp_path) -> Path:
    folder = tmp_path / "proyek"
    shutil.copytree(ROOT / "data", folder / "data", ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    shutil.copytree(ROOT / "docs" / "examples", folder / "docs" / "examples")
    return folder


def invoke(command: str):
    argv = shlex.split(command)
    assert argv[0] == "synergy", command
    return CliRunner().invoke(cli.main, argv[1:], prog_name="synergy", catch_exceptions=False,
                              env={"COLUMNS": "100"})


def test_readme_has_examples_of_the_main_commands():
    commands = {shlex.split(c)[1] for c, _ in EXAMPLES}
    assert {"validate", "stats", "find", "duplicates", "template", "status", "merge", "diff",
            "import-ckan"} <= commands


def test_readme_set_up_and_test_commands_match_ci():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = re.search(r"<!-- test-command -->\n```(?:sh|bash)\n(.*?)\n```", README, re.S).group(1)
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    assert lines[-1] == "python -m pytest" and "python -m pytest" in ci
    assert any(".[test]" in line for line in lines[:-1]), "the test set-up comes before the test command"
    for line in lines:  # CI runs each line, quietly
        assert any(line == c.strip().replace(" -q", "") for c in ci.splitlines()), line


@pytest.mark.parametrize("steps", BLOCKS, ids=[block[0][0] for block in BLOCKS])
def test_readme_example(steps, tmp_path, monkeypatch):
    monkeypatch.chdir(project_folder(tmp_path))
    for command, expected in steps:
        result = invoke(command)
        assert result.exit_code == 0, f"{command}\n{result.output}"
        actual = [line.rstrip() for line in result.output.splitlines()]
        position = 0
        for want in expected:
            if want == "..." or not want:
                continue
            while position < len(actual) and actual[position] != want:
                position += 1
            assert position < len(actual), f"{command}: line not found (in order): {want!r}\n--- got:\n{result.output}"
            position += 1


@pytest.mark.parametrize("command", inline_commands(README))
def test_readme_inline_command_runs_as_typed(command, tmp_path, monkeypatch):
    monkeypatch.chdir(project_folder(tmp_path))
    result = invoke(command)
    assert result.exit_code == 0, f"{command}\n{result.output}"


def test_bare_command_names_in_the_readme_exist():
    for name in re.findall(r"`synergy ([a-z][a-z-]*)`", README):
        assert name in cli.main.commands, name
