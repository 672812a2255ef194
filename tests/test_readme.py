"""The README's command examples are run, so that the docs cannot drift.

Every ```console block is a sequence of ``$ synergy ...`` lines, each followed by
the output it printed when the README was written. A line ``...`` in the expected
output stands for any number of lines. The command runs through click's CliRunner
in a temporary folder; its exit code must be 0 and every shown line must appear in
the real output, in order.
"""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_examples(text: str):
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        command, expected = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    yield command, expected
                command, expected = line[2:], []
            elif command is not None:
                expected.append(line.rstrip())
        if command:
            yield command, expected


EXAMPLES = list(console_examples(README))


def test_readme_has_examples_of_the_main_commands():
    commands = {shlex.split(c)[1] for c, _ in EXAMPLES}
    assert {"validate", "stats"} <= commands


def test_readme_set_up_and_test_commands_match_ci():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"<!-- test-command -->\n```(?:sh|bash)\n(.*?)\n```", README, re.S).group(1)
    assert test_command.strip() in ci


@pytest.mark.parametrize("command,expected", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example(command, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = shlex.split(command)
    assert argv[0] == "synergy"
    result = CliRunner().invoke(cli.main, argv[1:], prog_name="synergy", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    actual = [line.rstrip() for line in result.output.splitlines()]
    position = 0
    for want in expected:
        if want == "..." or not want:
            continue
        while position < len(actual) and actual[position] != want:
            position += 1
        assert position < len(actual), f"line not found (in order): {want!r}\n--- got:\n{result.output}"
        position += 1
