"""``-q`` / ``--quiet``: every command that writes a file says nothing when it succeeds.

Each command below writes its file(s) with ``-q`` given after the command's name (and,
for one, before it, the group's option): the exit code is 0, the file is there, and
nothing at all reaches standard output or standard error. Without ``-q`` the same
commands say "ditulis / written" or a note on standard error (checked on a few, so that
this test can tell the difference). Real errors still print under ``-q``.
"""
from __future__ import annotations

import pathlib

import pytest
from click.testing import CliRunner

from cli import main
from synergy.progress import NORMAL, set_verbosity

ROOT = pathlib.Path(__file__).resolve().parents[1]
CITY = str(ROOT / "data" / "pasuruan")
EXAMPLES = ROOT / "docs" / "examples"

#: (arguments, file or folder written); TMP stands for the test's folder.
WRITERS = [
    (["report", "--no-maps", "-o", "TMP/laporan.html"], "laporan.html"),
    (["map", "-o", "TMP/peta.html"], "peta.html"),
    (["export", "-o", "TMP/kota.ttl"], "kota.ttl"),
    (["export", "--format", "dcat", "-o", "TMP/katalog.ttl"], "katalog.ttl"),
    (["template", "-o", "TMP/formulir.xlsx"], "formulir.xlsx"),
    (["template", CITY, "--agency", "DINKES", "-o", "TMP/formulir-dinkes.xlsx"], "formulir-dinkes.xlsx"),
    (["template", "--all", "-o", "TMP/formulir"], "formulir/formulir-DINKES.xlsx"),
    (["merge", CITY, "-o", "TMP/kota"], "kota/programs.csv"),
    (["generate", "--programs", "20", "-o", "TMP/sintetis"], "sintetis/programs.csv"),
    (["import-ckan", str(EXAMPLES / "ckan"), "--agencies", CITY, "-o", "TMP/satudata",
      "--report", "TMP/organisasi.csv"], "organisasi.csv"),
    (["duplicates", "-o", "TMP/duplikasi.csv", "--rdf", "TMP/temuan.ttl"], "temuan.ttl"),
    (["find", "kependudukan", "-o", "TMP/temuan.csv"], "temuan.csv"),
    (["validate", "--format", "csv", "-o", "TMP/masalah.csv"], "masalah.csv"),
    (["stats", "-o", "TMP/statistik.csv"], "statistik.csv"),
    (["classify", "-o", "TMP/usulan.csv"], "usulan.csv"),
    (["shared-data", "-o", "TMP/berbagi.csv"], "berbagi.csv"),
    (["deps", "SIMPUS", "--direction", "upstream", "-o", "TMP/deps.csv"], "deps.csv"),
    (["impact", "DS-NIK", "-o", "TMP/dampak.csv"], "dampak.csv"),
    (["chain", "Dispendukcapil", "Dinkes", "-o", "TMP/rantai.csv"], "rantai.csv"),
    (["cycles", "-o", "TMP/siklus.csv"], "siklus.csv"),
    (["roadmap", "-o", "TMP/roadmap.csv"], "roadmap.csv"),
    (["metrics", "--what", "critical", "-o", "TMP/metrik.csv"], "metrik.csv"),
    (["sparql", "SELECT ?p WHERE { ?p a syn:Program }", "-o", "TMP/hasil.csv"], "hasil.csv"),
    (["counts", "-o", "TMP/jumlah.csv"], "jumlah.csv"),
    (["diff", str(EXAMPLES / "rencana-2025"), str(EXAMPLES / "rencana-2026"), "-o", "TMP/perubahan.csv"],
     "perubahan.csv"),
]


@pytest.fixture(autouse=True)
def _normal_verbosity_after():
    """-q sets a process-wide level; the group resets it each run, a direct call would not."""
    yield
    set_verbosity(NORMAL)


def run(args, tmp_path):
    return CliRunner().invoke(main, [a.replace("TMP", str(tmp_path)) for a in args], prog_name="synergy")


@pytest.mark.parametrize("args,written", WRITERS, ids=lambda v: " ".join(v[:2]) if isinstance(v, list) else "")
def test_quiet_writes_and_says_nothing(args, written, tmp_path):
    result = run([args[0], "-q", *args[1:]], tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / written).exists()
    assert result.stdout == ""
    assert result.stderr == ""


def test_status_of_returned_forms_is_quiet(tmp_path):
    assert run(["template", "--all", "-q", "-o", "TMP/formulir"], tmp_path).exit_code == 0
    result = run(["status", "--quiet", "--forms", "TMP/formulir", "-o", "TMP/status.csv"], tmp_path)
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == ("", "")
    assert (tmp_path / "status.csv").read_text().startswith("agency,")


@pytest.mark.parametrize("args,says", [
    (["export", "-o", "TMP/kota.ttl"], "ditulis / written: TMP/kota.ttl (turtle)"),
    (["impact", "DS-NIK", "-o", "TMP/dampak.csv"], "jika DS-NIK berhenti"),
    (["deps", "SIMPUS", "--direction", "upstream", "-o", "TMP/deps.csv"], "SIMPUS -> APP-030"),
])
def test_without_quiet_the_same_commands_speak(args, says, tmp_path):
    result = run(args, tmp_path)
    assert result.exit_code == 0, result.output
    assert says.replace("TMP", str(tmp_path)) in result.stderr


def test_quiet_before_the_command_too(tmp_path):
    result = run(["-q", "export", "-o", "TMP/kota.ttl"], tmp_path)
    assert result.exit_code == 0 and (result.stdout, result.stderr) == ("", "")


def test_quiet_keeps_real_errors(tmp_path):
    result = run(["template", "-q", "-o", "TMP/formulir.csv"], tmp_path)
    assert result.exit_code == 2
    assert "the form must be an .xlsx file" in result.stderr
    bad = run(["impact", "-q", "TIDAK-ADA", "-o", "TMP/dampak.csv"], tmp_path)
    assert bad.exit_code == 1 and "TIDAK-ADA" in bad.stderr
