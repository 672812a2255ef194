"""The dependency commands as a user runs them: exit codes and exact lines."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main

CITY = str(Path(__file__).parent / "data" / "deps" / "city")


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_deps_source_then_id(run):
    result = run("deps", CITY, "DS-NIK")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "id,kind,depth,name,agency,via,relation",
        "P-DTKS,program,1,Pemutakhiran DTKS,DINSOS,DS-NIK,uses",
        "DS-DTKS,dataset,2,Data Terpadu Kesejahteraan Sosial (DTKS),DINSOS,P-DTKS,produces",
        "P-PBI,program,3,Jaminan Kesehatan PBI,DINKES,DS-DTKS,uses",
        "P-RTLH,program,3,Bedah Rumah Tidak Layak Huni,PERKIM,DS-DTKS,uses",
    ]


def test_deps_upstream_json(run, tmp_path):
    out = tmp_path / "hulu.json"
    result = run("deps", CITY, "P-RTLH", "--direction", "upstream", "--format", "json", "-o", str(out))
    assert result.exit_code == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["id"], r["kind"], r["depth"]) for r in rows][:3] == [
        ("DS-DTKS", "dataset", 1), ("DS-PETA", "dataset", 1), ("P-SURVEI", "program", 1)]
    assert list(rows[0])[:3] == ["id", "kind", "depth"]


def test_deps_unknown_id_exits_1_with_suggestion(run):
    result = run("deps", CITY, "DS-NIX")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Kesalahan: id 'DS-NIX' tidak dikenal (mungkin maksudnya 'DS-NIK'?) / unknown id 'DS-NIX' (did you mean 'DS-NIK'?)"]


def test_deps_without_id_is_a_usage_error(run):
    result = run("deps", CITY)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Kesalahan: '{CITY}' tampaknya SOURCE, bukan kode: tulis kodenya paling akhir / "
        f"'{CITY}' looks like a SOURCE, not an id: give the id last, e.g. synergy deps data/pasuruan DS-NIK")


def test_deps_bad_direction_is_usage_error(run):
    assert run("deps", CITY, "DS-NIK", "--direction", "sideways").exit_code == 2


def test_chain_lines(run):
    result = run("chain", CITY, "P-SURVEI", "P-RTLH", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "step,from,to,relation,reason,from_agency,to_agency",
        "1,P-SURVEI,P-RTLH,depends_on,Bedah Rumah Tidak Layak Huni (P-RTLH) depends on "
        "Survei Rumah Tidak Layak Huni (P-SURVEI),PERKIM,PERKIM",
    ]


def test_chain_none_says_so(run):
    result = run("chain", CITY, "P-A", "P-SIAK")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "tidak ada rantai ketergantungan antara P-A dan P-SIAK / no dependency chain between P-A and P-SIAK"]
    assert result.stdout.splitlines() == ["step,from,to,relation,reason,from_agency,to_agency"]


def test_cycles_csv(run):
    result = run("cycles", CITY, "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "cycle,length,programs,agencies,path,reason",
        "P-A -> P-B -> P-A,2,P-A;P-B,KOMINFO,P-A -> P-B -> P-A,"
        "Program Siklus B (P-B) depends on Program Siklus A (P-A); "
        "Program Siklus A (P-A) depends on Program Siklus B (P-B)",
    ]


def test_impact_summary_on_stderr_list_on_stdout(run):
    result = run("impact", CITY, "DS-DTKS")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "jika DS-DTKS berhenti: 2 program dari 2 perangkat daerah (anggaran Rp 50 juta) terdampak"]
    assert result.stdout.splitlines()[1:] == [
        "DS-DTKS,dataset,0,Data Terpadu Kesejahteraan Sosial (DTKS),DINSOS,,,",
        "P-PBI,program,1,Jaminan Kesehatan PBI,DINKES,DS-DTKS,uses,30000000",
        "P-RTLH,program,1,Bedah Rumah Tidak Layak Huni,PERKIM,DS-DTKS,uses,20000000",
    ]


def test_roadmap_rows(run):
    result = run("roadmap", CITY, "--lang", "en")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "phase,program,name,agency,horizon,needs,cycle,waits_for,routine,warning"
    assert lines[1].startswith("1,P-LONGSOR,")
    assert '3,P-RTLH,Bedah Rumah Tidak Layak Huni,PERKIM,quick-win,P-DTKS;P-SURVEI,,P-SURVEI,False,' \
           '"quick win P-RTLH needs Survei Rumah Tidak Layak Huni (P-SURVEI), a long term program"' in lines
    assert lines[-1].startswith(",P-B,Program Siklus B,KOMINFO,,P-A,P-A | P-B,,False,set aside")


def test_every_command_has_an_example_in_help(run):
    for command in ("shared-data", "deps", "chain", "cycles", "impact", "roadmap", "metrics"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Contoh:" in result.output, command  # Bahasa Indonesia by default
