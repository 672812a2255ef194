"""Help and messages in Bahasa Indonesia by default, commands in groups, every example works as typed.

Every ``synergy`` line of every command's ``Example:`` block is run, in order, in a
fresh folder holding a copy of the project's shipped sample files (``data/`` and
``docs/examples/``, as in the project folder): its exit code must be 0. The examples
that reach a SPARQL server run against a private Virtuoso (the only change to the
line: its address for ``http://127.0.0.1:8890``), skipped when Virtuoso is not
installed, a failure when the environment variable CI is set.
"""
from __future__ import annotations

import inspect
import os
import pathlib
import shlex
import shutil

import pytest
from click.testing import CliRunner

import cli
from synergy import i18n
from synergy.help_id import COMMANDS, OPTIONS

ROOT = pathlib.Path(__file__).resolve().parents[1]
SERVER = "http://127.0.0.1:8890"


def examples(command) -> list[str]:
    text = inspect.cleandoc(command.help or "")
    block = text.partition("\b\nExample:")[2]
    return [line.strip() for line in block.splitlines() if line.strip()]


COMMANDS_WITH_EXAMPLES = [("synergy", cli.main)] + sorted(cli.main.commands.items())


def invoke(args, env=None):
    return CliRunner().invoke(cli.main, args, prog_name="synergy", env=env)


def project_folder(tmp_path) -> pathlib.Path:
    """A folder that looks like the project's: its sample files copied, so that examples may write."""
    folder = tmp_path / "proyek"
    shutil.copytree(ROOT / "data", folder / "data", ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    shutil.copytree(ROOT / "docs" / "examples", folder / "docs" / "examples")
    return folder


# ------------------------------------------------------------------ examples
def test_every_command_has_examples_and_only_synergy_lines():
    for name, command in COMMANDS_WITH_EXAMPLES:
        lines = examples(command)
        assert lines, f"{name}: no Example: block"
        assert all(line.startswith("synergy ") for line in lines), (name, lines)


def _needs_server(lines) -> bool:
    return any(SERVER in line for line in lines)


@pytest.mark.parametrize("name,command", [c for c in COMMANDS_WITH_EXAMPLES if not _needs_server(examples(c[1]))],
                         ids=lambda v: v if isinstance(v, str) else "")
def test_examples_run_as_typed(name, command, tmp_path, monkeypatch):
    monkeypatch.chdir(project_folder(tmp_path))
    for line in examples(command):
        result = CliRunner().invoke(cli.main, shlex.split(line)[1:], prog_name="synergy", input="")
        assert result.exit_code == 0, f"{line}\n{result.output}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A private Virtuoso holding the sample city (as push would have left it)."""
    import secrets
    import socket
    import subprocess

    if shutil.which("virtuoso-t") is None:
        message = "virtuoso-t is not installed (apt-get install -y virtuoso-opensource)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    def free_port():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    folder = tmp_path_factory.mktemp("virtuoso-help")
    http_port, sql_port = free_port(), free_port()
    password = secrets.token_hex(12)
    script = ROOT / ".ci" / "virtuoso.sh"
    subprocess.run(["sh", str(script), "start", str(folder), str(http_port), str(sql_port)],
                   env={**os.environ, "VIRTUOSO_DBA_PASSWORD": password}, check=True, timeout=300,
                   capture_output=True)
    try:
        yield f"http://127.0.0.1:{http_port}", password
    finally:
        subprocess.run(["sh", str(script), "stop", str(folder)], check=False, timeout=60, capture_output=True)


@pytest.mark.parametrize("name,command", [c for c in COMMANDS_WITH_EXAMPLES if _needs_server(examples(c[1]))],
                         ids=lambda v: v if isinstance(v, str) else "")
def test_server_examples_run_as_typed(name, command, server, tmp_path, monkeypatch):
    base, password = server
    monkeypatch.chdir(project_folder(tmp_path))
    env = {"SYNERGY_ENDPOINT_USER": "dba", "SYNERGY_ENDPOINT_PASSWORD": password}
    setup = invoke(["push", "data/pasuruan", "--endpoint", f"{base}/sparql-auth"], env=env)
    assert setup.exit_code == 0, setup.output
    for line in examples(command):
        result = invoke(shlex.split(line.replace(SERVER, base))[1:], env=env)
        assert result.exit_code == 0, f"{line}\n{result.output}"


# ------------------------------------------------------------------ language
def test_help_is_in_bahasa_indonesia_by_default():
    result = invoke(["--help"])
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("Cara pakai: synergy [OPSI] PERINTAH [ARG]...")
    for words in ("Pekerjaan harian:", "Formulir dan rencana tahunan:", "Server dan pembangkit data:", "Contoh:",
                  "Opsi:", "Tampilkan bantuan ini lalu keluar."):
        assert words in out, words
    for name in cli.main.commands:
        text = invoke([name, "--help"]).output
        first = inspect.cleandoc(COMMANDS[name]).splitlines()[0]
        assert " ".join(first.split()[:4]) in " ".join(text.split()), name
        assert "Contoh:" in text and "Example:" not in text, name


@pytest.mark.parametrize("how", ["option", "option-after", "SYNERGY_LANG", "locale"])
def test_english_when_asked(how):
    args, env = ["--help"], {}
    if how == "option":
        args = ["--lang", "en", "--help"]
    elif how == "option-after":
        args = ["duplicates", "--lang", "en", "--help"]
    elif how == "SYNERGY_LANG":
        env = {"SYNERGY_LANG": "en"}
    else:
        env = {"SYNERGY_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": "en_US.UTF-8"}
    out = invoke(args, env=env).output
    assert out.startswith("Usage: synergy"), out[:80]
    assert "Example:" in out and "Contoh:" not in out


def test_an_indonesian_or_neutral_locale_keeps_bahasa_indonesia():
    for lang in ("id_ID.UTF-8", "C.UTF-8", "POSIX"):
        out = invoke(["--help"], env={"SYNERGY_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": lang}).output
        assert out.startswith("Cara pakai:"), lang


def test_the_language_of_one_run_does_not_leak_into_the_next():
    assert "Tampilkan bantuan ini lalu keluar." in invoke(["stats", "--help"]).output
    english = invoke(["--lang", "en", "stats", "--help"]).output
    assert english.startswith("Usage:") and "Show this message and exit." in english
    assert invoke(["--help"]).output.startswith("Cara pakai:")
    assert i18n.language() == "id"


def test_every_command_takes_lang_and_quiet_after_its_name():
    for name, command in cli.main.commands.items():
        options = {opt for param in command.params for opt in getattr(param, "opts", ())}
        assert {"--lang", "-q", "--quiet"} <= options, name


def test_lang_after_the_command_is_the_language_of_its_words():
    indonesian = invoke(["deps", "DS-NIK", "--format", "table"]).stdout.splitlines()[0].split()
    english = invoke(["deps", "DS-NIK", "--lang", "en", "--format", "table"]).stdout.splitlines()[0].split()
    assert "kedalaman" in indonesian and "depth" not in indonesian
    assert "depth" in english and "kedalaman" not in english
    status = invoke(["status", "--forms", str(ROOT / "docs" / "examples" / "rencana-2026"), "--lang", "en"])
    assert status.stderr.startswith("34 agencies: 1 returned a form"), status.stderr
    assert invoke(["export", "--lang", "en", "--help"]).output.startswith("Usage: synergy export")


def test_clicks_own_messages_read_indonesian():
    missing = invoke(["deps"])
    assert missing.exit_code == 2
    assert missing.stderr.splitlines() == [
        "Cara pakai: synergy deps [OPSI] [SOURCES]... ID",
        "Coba 'synergy deps --help' untuk bantuan.",
        "",
        "Kesalahan: Kurang argumen 'ID'.",
    ]
    no_option = invoke(["stats", "--formt", "csv"])
    assert no_option.exit_code == 2
    assert no_option.stderr.splitlines()[-1] == "Kesalahan: Tidak ada opsi '--formt'. Mungkin maksudnya '--format'?"
    bad_choice = invoke(["stats", "--format", "xml"])
    assert bad_choice.stderr.splitlines()[-1] == (
        "Kesalahan: Nilai tidak sah untuk '--format': 'xml' bukan salah satu dari 'table', 'csv', 'json', 'jsonl'.")
    no_command = invoke(["statistik"])
    assert no_command.stderr.splitlines()[-1] == (
        "Kesalahan: Tidak ada perintah 'statistik'. (Mungkin maksudnya salah satu dari: 'stats', 'status'?)")
    missing_option = invoke(["status"])
    assert missing_option.stderr.splitlines()[-1] == "Kesalahan: Kurang opsi '--forms'."
    english = invoke(["--lang", "en", "deps"])
    assert english.stderr.splitlines()[-1] == "Error: Missing argument 'ID'."


def test_commands_are_grouped_daily_work_first():
    listed = [name for _, names in cli.COMMAND_GROUPS for name in names]
    assert set(cli.main.commands) <= set(listed) and len(listed) == len(set(listed)), \
        "every command in exactly one group"
    out = invoke(["--help"]).output
    position = {name: out.index(f"\n  {name} ") for name in cli.main.commands}
    assert max(position[n] for n in ("find", "validate", "duplicates", "deps")) < min(
        position[n] for n in ("push", "regions", "generate", "counts"))
    assert out.index("Pekerjaan harian:") < out.index("Server dan pembangkit data:")


def test_every_command_and_option_has_its_indonesian_text():
    assert {"synergy", *cli.main.commands} <= set(COMMANDS)
    for command in [cli.main, *cli.main.commands.values()]:
        ctx = cli.main.make_context("synergy", ["--help"], resilient_parsing=True)
        for param in command.get_params(ctx):
            text = getattr(param, "help", None)
            if text:
                assert text in OPTIONS, f"{command.name}: no Indonesian for {text!r}"


def test_click_catalogue_is_complete_for_the_messages_users_meet():
    for message in ("Usage:", "Options", "Commands", "Missing argument", "No such option {name!r}.",
                    "No such command {name!r}.", "Invalid value for {param_hint}: {message}",
                    "Try '{command} {option}' for help.", "Error: {message}", "Show this message and exit."):
        assert message in i18n.CLICK_ID, message
