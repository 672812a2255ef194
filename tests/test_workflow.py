"""The walidata's round trip, as a new user would do it.

template -> two agencies fill their copy -> validate -> merge -> duplicates.
"""
from __future__ import annotations

import io
import pathlib

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.ingest import load_model
from synergy.progress import set_verbosity, track
from synergy.schema import TABLE_ORDER, TABLES
from synergy.template import FIRST_DATA_ROW

WALIDATA = {"id": "DISKOMINFOTIK", "name": "Dinas Komunikasi, Informatika dan Statistik",
            "short_name": "Diskominfotik", "type": "dinas", "urusan": "2.16;2.20;2.21",
            "roles": "walidata;smart-city-lead"}
DINKES = {
    "agencies": [{"id": "DINKES", "name": "Dinas Kesehatan", "short_name": "Dinkes", "type": "dinas", "urusan": "1.02"},
                 WALIDATA],
    "programs": [
        {"id": "P-DINKES-01", "name": "Pendataan Keluarga Miskin Penerima Bantuan Iuran", "agency": "DINKES",
         "dimension": "economy;society", "element": "welfare", "uses": "DS-DTKS", "produces": "DS-PBI",
         "budget": "Rp 350 jt", "start_year": 2025, "end_year": 2026, "horizon": "short", "status": "planned"},
        {"id": "P-DINKES-02", "name": "Posyandu Digital", "agency": "DINKES", "dimension": "living",
         "element": "health", "uses": "DS-PBI"},
    ],
    "datasets": [{"id": "DS-PBI", "name": "Data Penerima Bantuan Iuran", "producer": "DINKES",
                  "keywords": "pbi;jkn", "classification": "terbatas"}],
    "applications": [{"id": "APP-DINKES-01", "name": "SIMPUS", "agency": "DINKES",
                      "description": "Sistem informasi manajemen puskesmas", "status": "aktif",
                      "uses": "DS-PBI", "users": "DISKOMINFOTIK"}],
}
DINSOS = {
    "agencies": [{"id": "DINSOS", "name": "Dinas Sosial", "short_name": "Dinsos", "type": "dinas", "urusan": "1.06"},
                 WALIDATA],
    "programs": [
        {"id": "P-DINSOS-01", "name": "Pendataan Keluarga Miskin", "agency": "DINSOS", "dimension": "economy;society",
         "element": "welfare", "produces": "DS-DTKS", "budget": 500000000, "horizon": "quick-win"},
    ],
    "datasets": [{"id": "DS-DTKS", "name": "Data Terpadu Kesejahteraan Sosial", "producer": "DINSOS",
                  "keywords": "dtks;kemiskinan", "classification": "terbatas", "frequency": "bulanan"}],
}


def _fill(path, content):
    """Type the rows into the agency's copy with openpyxl, from the first data row."""
    wb = openpyxl.load_workbook(path)
    for name in TABLE_ORDER:
        ws = wb[name]
        names = TABLES[name].column_names
        for i, row in enumerate(content.get(name, ())):
            for key, value in row.items():
                ws.cell(row=FIRST_DATA_ROW + i, column=names.index(key) + 1, value=value)
    wb.save(path)


@pytest.fixture()
def filled(tmp_path):
    runner = CliRunner()
    paths = {}
    for agency, content in (("DINKES", DINKES), ("DINSOS", DINSOS)):
        path = tmp_path / f"{agency.lower()}.xlsx"
        result = runner.invoke(main, ["template", "-o", str(path)])  # blank: the agency types its rows
        assert result.exit_code == 0, result.output
        _fill(path, content)
        paths[agency] = path
    return paths


def test_round_trip(tmp_path, filled):
    runner = CliRunner()
    dinkes, dinsos = str(filled["DINKES"]), str(filled["DINSOS"])

    # one agency alone refers to the other's dataset: validate says which row
    alone = runner.invoke(main, ["validate", dinkes])
    assert alone.exit_code == 1
    assert alone.stdout.splitlines() == [
        "dinkes.xlsx[programs]:4: uses: data 'DS-DTKS' tidak dikenal / unknown dataset 'DS-DTKS'",
        "1 kesalahan, 0 peringatan / 1 error, 0 warnings",
    ]
    both = runner.invoke(main, ["validate", dinkes, dinsos])
    assert both.exit_code == 0, both.output
    assert both.stdout.splitlines() == ["0 kesalahan, 0 peringatan / 0 errors, 0 warnings"]

    city = tmp_path / "kota"
    merged = runner.invoke(main, ["merge", dinkes, dinsos, "-o", str(city)])
    assert merged.exit_code == 0, merged.output
    assert merged.stderr.splitlines() == [
        f"2 sumber digabung: 3 perangkat daerah, 3 program, 2 data, 1 aplikasi -> {city / 'agencies.csv'}, "
        f"{city / 'programs.csv'}, {city / 'datasets.csv'}, {city / 'applications.csv'}"]
    # the merged folder is the same city as the two workbooks
    from_books, _ = load_model([dinkes, dinsos])
    from_folder, warnings = load_model([city])
    assert warnings == []
    for name in TABLE_ORDER:
        key = lambda t: t.sort_values("id").reset_index(drop=True)
        pd.testing.assert_frame_equal(key(from_folder.table(name)), key(from_books.table(name)))
    assert list(from_folder.agencies["id"]).count("DISKOMINFOTIK") == 1  # listed by both, kept once
    assert from_folder.programs.set_index("id").loc["P-DINKES-01", "budget"] == 350_000_000
    app = from_folder.applications.set_index("id").loc["APP-DINKES-01"]
    assert (app["status"], app["uses"], app["users"]) == ("ongoing", ("DS-PBI",), ("DISKOMINFOTIK",))

    # the merged city is a SOURCE of the analyses
    dup = runner.invoke(main, ["duplicates", str(city), "--format", "csv"])
    assert dup.exit_code == 0, dup.output
    pairs = pd.read_csv(io.StringIO(dup.stdout))
    found = {frozenset(p) for p in zip(pairs["program_a"], pairs["program_b"])}
    assert frozenset({"P-DINKES-01", "P-DINSOS-01"}) in found


def test_merge_never_overwrites_silently(tmp_path, filled):
    runner = CliRunner()
    city = tmp_path / "kota"
    args = ["merge", str(filled["DINKES"]), str(filled["DINSOS"]), "-o", str(city)]
    assert runner.invoke(main, args).exit_code == 0
    before = (city / "programs.csv").read_bytes()
    again = runner.invoke(main, args)
    assert again.exit_code == 1
    assert again.stderr.splitlines() == [
        f"Kesalahan: {city / 'agencies.csv'}: sudah ada; pakai --force untuk menimpa / already exists; use --force to replace it"]
    assert (city / "programs.csv").read_bytes() == before
    assert runner.invoke(main, [*args, "--force"]).exit_code == 0


def test_conflicting_ids_name_both_places_and_nothing_is_written(tmp_path, filled):
    runner = CliRunner()
    late = tmp_path / "dinkes-revisi.xlsx"
    assert runner.invoke(main, ["template", "-o", str(late)]).exit_code == 0
    changed = {**DINKES, "programs": [{**DINKES["programs"][0], "name": "Pendataan Warga Miskin"}],
               "datasets": DINKES["datasets"]}
    _fill(late, changed)
    city = tmp_path / "kota"
    result = runner.invoke(main, ["merge", str(filled["DINKES"]), str(filled["DINSOS"]), str(late), "-o", str(city)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert ("dinkes-revisi.xlsx[programs]:4: id: kode 'P-DINKES-01' ganda, "
            "sudah dipakai di dinkes.xlsx[programs]:4 / "
            "duplicate id 'P-DINKES-01', first defined at dinkes.xlsx[programs]:4") in lines
    assert lines[-1].startswith("Kesalahan: 1 kesalahan pada data masukan / 1 error(s) in the input")
    assert not city.exists()


def test_merge_into_a_workbook(tmp_path, filled):
    runner = CliRunner()
    out = tmp_path / "kota.xlsx"
    result = runner.invoke(main, ["merge", str(filled["DINKES"]), str(filled["DINSOS"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    model, _ = load_model([out])
    assert sorted(model.programs["id"]) == ["P-DINKES-01", "P-DINKES-02", "P-DINSOS-01"]


def test_merge_refuses_to_write_into_a_source(tmp_path):
    folder = tmp_path / "kota"
    folder.mkdir()
    for name, text in (("agencies.csv", "id,name\nA,Dinas A\n"), ("programs.csv", "id,name,agency,dimension\n"),
                       ("datasets.csv", "id,name,producer\n")):
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["merge", str(folder), "-o", str(folder), "--force"])
    assert result.exit_code == 1
    assert "the output is one of the sources" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_draws_only_on_a_terminal_and_not_when_quiet():
    screen = _Terminal()
    assert list(track(range(5), label="gabung", stream=screen, min_interval=0)) == list(range(5))
    assert "gabung [" in screen.getvalue() and screen.getvalue().endswith("\r")
    set_verbosity(-1)
    try:
        quiet = _Terminal()
        assert list(track(range(5), label="gabung", stream=quiet, min_interval=0)) == list(range(5))
        assert quiet.getvalue() == ""
    finally:
        set_verbosity(0)


def test_prefilled_forms_of_every_agency_merge_back_to_the_city(tmp_path):
    """The yearly routine: each agency gets its own rows to update; untouched, they give the city back."""
    from synergy.diff import diff_models

    source = pathlib.Path(__file__).parent / "data" / "ckan" / "city"
    city, _ = load_model([source])
    runner = CliRunner()
    forms = []
    for agency in city.agencies["id"]:
        form = tmp_path / f"{agency}.xlsx"
        result = runner.invoke(main, ["template", str(source), "--agency", agency, "-o", str(form)])
        assert result.exit_code == 0, result.output
        forms.append(str(form))
    assert runner.invoke(main, ["merge", *forms, "-o", str(tmp_path / "kota")]).exit_code == 0
    merged, _ = load_model([tmp_path / "kota"])
    assert diff_models(city, merged, duplicates=False).empty


def test_a_pre_filled_form_of_the_sample_city_loads_with_the_city(tmp_path):
    from synergy.ingest import sample_path

    city, _ = load_model()
    agency = city.programs["agency"].value_counts().index[0]  # the agency with most programs
    form = tmp_path / "formulir.xlsx"
    assert CliRunner().invoke(main, ["template", "--agency", agency, "-o", str(form)] + [str(sample_path())]).exit_code == 0
    wb = openpyxl.load_workbook(form)
    assert wb["programs"].max_row - (FIRST_DATA_ROW - 1) == int((city.programs["agency"] == agency).sum())
    # its rows repeat the city's exactly: loading both gives the same city, no conflict
    both, _ = load_model([sample_path(), form])
    from synergy.diff import diff_models

    assert diff_models(city, both, duplicates=False).empty
