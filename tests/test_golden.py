"""What every analysis command says on the sample city, in both languages, stays what it was.

Each case runs the command line (through click's test runner; all cases of a language in
one new process, in a fixed order) and compares its exit code, standard output and
standard error with the file of the same name under ``tests/data/golden/<lang>/``. A change of wording, order or number shows up
here as a diff to read, not only as a count that moved. When a change is meant (a
fix, a better sentence), write the files again and read the diff before committing:

    SYNERGY_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
    git diff tests/data/golden
"""
from __future__ import annotations

import difflib
import functools
import json
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
EXAMPLES = ROOT / "docs" / "examples"

#: name -> arguments after ``synergy --lang LANG``: machine-readable formats only (a table's
#: layout follows the terminal's width).
CASES = {
    "find": ["find", "kependudukan", "--format", "csv"],
    "stats": ["stats", "--format", "csv"],
    "validate": ["validate", "--format", "lines"],
    "validate-2026": ["validate", str(EXAMPLES / "rencana-2026"), "--format", "csv"],
    "duplicates": ["duplicates", "--format", "csv"],
    "duplicates-clusters": ["duplicates", "--clusters", "--format", "csv"],
    "duplicates-national": ["duplicates", "--national", "--format", "json"],
    "duplicates-apps": ["duplicates", "--of", "applications", "--format", "csv"],
    "duplicates-apps-clusters": ["duplicates", "--of", "applications", "--clusters", "--format", "json"],
    "shared-data": ["shared-data", "--format", "csv"],
    "deps": ["deps", "DS-NIK", "--format", "csv"],
    "deps-upstream": ["deps", "P-005", "--direction", "upstream", "--format", "json"],
    "impact-dataset": ["impact", "DS-NIK", "--format", "csv"],
    "impact-agency": ["impact", "DISPENDUKCAPIL", "--format", "csv"],
    "impact-application": ["impact", "APP-002", "--format", "json"],
    "chain": ["chain", "DS-NIK", "P-005", "--format", "csv"],
    "cycles": ["cycles", "--format", "csv"],
    "roadmap": ["roadmap", "--format", "csv"],
    "metrics-matrix": ["metrics", "--what", "matrix", "--format", "csv"],
    "metrics-coverage": ["metrics", "--what", "coverage", "--format", "csv"],
    "metrics-communities": ["metrics", "--what", "communities", "--format", "csv"],
    "metrics-critical": ["metrics", "--what", "critical", "--format", "csv"],
    "metrics-chains": ["metrics", "--what", "chains", "--format", "json"],
    "classify": ["classify", "--format", "csv"],
    "diff": ["diff", str(EXAMPLES / "rencana-2025"), str(EXAMPLES / "rencana-2026"), "--format", "csv"],
    "deps-unknown": ["deps", "XYZ-NOPE"],
}


#: Runs every case in one fresh process, as a user's shell would run the commands: what the
#: library remembers within a process (the words it has read) then comes only from these cases.
_RUNNER = """
import json, sys
from click.testing import CliRunner
from cli import main
lang, cases = sys.argv[1], json.loads(sys.stdin.read())
out = {}
for name, args in cases:
    result = CliRunner().invoke(main, ["--lang", lang, *args], env={"COLUMNS": "100"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    out[name] = f"exit {result.exit_code}\\n--- stdout\\n{result.stdout}\\n--- stderr\\n{result.stderr}\\n"
print(json.dumps(out))
"""


@functools.lru_cache(maxsize=None)
def outputs(lang: str) -> dict[str, str]:
    """Every case's exit code, stdout and stderr, in ``lang``, from one new process."""
    cases = json.dumps(sorted(CASES.items()))
    done = subprocess.run([sys.executable, "-c", _RUNNER, lang], input=cases, capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return {name: text.replace(str(ROOT), "{root}") for name, text in json.loads(done.stdout).items()}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_output_is_what_it_was(name, lang):
    path = GOLDEN / lang / f"{name}.txt"
    got = outputs(lang)[name]
    if os.environ.get("SYNERGY_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    want = path.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), f"golden/{lang}/{name}.txt",
                                            "now", n=1))
        pytest.fail(f"`synergy --lang {lang} {' '.join(CASES[name])}` says something else now:\n{diff[:6000]}",
                    pytrace=False)
