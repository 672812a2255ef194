"""synergy.workbook: a CityModel written as .xlsx loads back the same, looks right in Excel."""
from __future__ import annotations

import os

import openpyxl
import pandas as pd
import pytest

from synergy.errors import SynergyError
from synergy.ingest import load_model
from synergy.model import CityModel, make_table
from synergy.schema import TABLE_ORDER, TABLES
from synergy.workbook import MAX_WIDTH, MIN_WIDTH, write_workbook

AGENCIES = [
    {"id": "DINKES", "name": "Dinas Kesehatan", "type": "dinas", "urusan": ("1.02",), "roles": ("produsen-data",), "region": "35.75"},
    {"id": "DINSOS", "name": "Dinas Sosial", "short_name": "Dinsos", "type": "dinas", "urusan": ("1.06",)},
]
PROGRAMS = [
    {"id": "P-1", "name": "Pemantauan Gizi Balita", "agency": "DINKES", "dimension": ("living", "society"),
     "element": "health", "budget": 1_250_000_000, "start_year": 2024, "end_year": 2026, "horizon": "medium",
     "status": "ongoing", "uses": ("DS-DTKS",), "needs": ("data keluarga miskin", "peta posyandu")},
    # a description Excel would read as a formula, a program with no budget or years
    {"id": "P-2", "name": "Pemutakhiran DTKS", "agency": "DINSOS", "dimension": ("economy",),
     "description": "=HYPERLINK(\"http://x\")", "produces": ("DS-DTKS",), "depends_on": ("P-1",)},
]
DATASETS = [
    {"id": "DS-DTKS", "name": "Data Terpadu Kesejahteraan Sosial", "producer": "DINSOS",
     "keywords": ("dtks", "miskin"), "classification": "terbatas"},
]


def small_model() -> CityModel:
    return CityModel.from_records(AGENCIES, PROGRAMS, DATASETS)


def test_round_trip_gives_identical_tables(tmp_path):
    model = small_model()
    path = tmp_path / "kota.xlsx"
    assert write_workbook(model, path) == str(path)
    back, warnings = load_model([path])
    assert warnings == []
    for name in TABLE_ORDER:
        pd.testing.assert_frame_equal(model.table(name), back.table(name), check_exact=True)


def test_applications_and_regions_round_trip(tmp_path):
    model = CityModel.from_records(
        AGENCIES, PROGRAMS, DATASETS,
        applications=[{"id": "APP-1", "name": "SIMPUS", "agency": "DINKES", "status": "retired",
                       "budget": 40_000_000, "start_year": 2015, "programs": ("P-1",),
                       "uses": ("DS-DTKS",), "users": ("DINSOS",), "url": "=1+1"}],
        regions=[{"code": "35.75", "name": "Kota Pasuruan"}])
    path = tmp_path / "kota.xlsx"
    write_workbook(model, path)
    assert openpyxl.load_workbook(path).sheetnames == ["agencies", "programs", "datasets", "applications", "regions"]
    back, warnings = load_model([path])
    assert warnings == []
    for name in (*TABLE_ORDER, "regions"):
        pd.testing.assert_frame_equal(model.table(name), back.table(name), check_exact=True)


def test_sheets_columns_header_and_cell_types(tmp_path):
    path = tmp_path / "kota.xlsx"
    write_workbook(small_model(), path)
    wb = openpyxl.load_workbook(path)
    # every node table, even an empty one; regions only when the model names any
    assert wb.sheetnames == ["agencies", "programs", "datasets", "applications"]
    ws = wb["programs"]
    header = [c.value for c in ws[1]]
    assert header == TABLES["programs"].column_names
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}3"
    row = {h: c for h, c in zip(header, ws[2])}
    assert row["budget"].value == 1_250_000_000 and row["budget"].data_type == "n"
    assert row["start_year"].value == 2024 and row["start_year"].data_type == "n"
    assert row["dimension"].value == "living;society"
    assert row["needs"].value == "data keluarga miskin;peta posyandu"
    assert row["code"].value is None  # empty stays empty, not ""
    second = {h: c for h, c in zip(header, ws[3])}
    assert second["budget"].value is None and second["end_year"].value is None
    # text that looks like a formula is stored as text
    assert second["description"].value == "=HYPERLINK(\"http://x\")"
    assert second["description"].data_type == "s"


def test_column_widths_are_readable_and_clamped(tmp_path):
    path = tmp_path / "kota.xlsx"
    write_workbook(small_model(), path)
    ws = openpyxl.load_workbook(path)["programs"]
    widths = {ws.cell(1, i).value: ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
              for i in range(1, ws.max_column + 1)}
    assert all(MIN_WIDTH <= w <= MAX_WIDTH for w in widths.values())
    assert widths["id"] == MIN_WIDTH
    assert widths["description"] > widths["id"]


def test_extra_columns_follow_the_contract_columns(tmp_path):
    model = small_model()
    programs = make_table("programs", [dict(p, catatan="cek ulang" if p["id"] == "P-1" else "") for p in PROGRAMS],
                          extra_columns=("catatan",))
    model = CityModel(model.agencies, programs, model.datasets)
    path = tmp_path / "kota.xlsx"
    write_workbook(model, path)
    header = [c.value for c in openpyxl.load_workbook(path)["programs"][1]]
    assert header == [*TABLES["programs"].column_names, "catatan"]
    back, warnings = load_model([path])
    assert back.programs["catatan"].tolist() == ["cek ulang", ""]
    assert [w.column for w in warnings] == ["catatan"]


def test_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "out" / "kota.xlsx"
    path.parent.mkdir()
    path.write_bytes(b"old")
    write_workbook(small_model(), path)
    assert path.read_bytes()[:2] == b"PK"
    assert os.listdir(path.parent) == ["kota.xlsx"]


def test_creates_the_folder(tmp_path):
    path = tmp_path / "a" / "b" / "kota.xlsx"
    write_workbook(small_model(), path)
    assert path.exists()


def test_empty_model_writes_three_header_only_sheets(tmp_path):
    path = tmp_path / "kosong.xlsx"
    write_workbook(CityModel.empty(), path)
    wb = openpyxl.load_workbook(path)
    for name in TABLE_ORDER:
        assert [c.value for c in wb[name][1]] == TABLES[name].column_names
        assert wb[name].max_row == 1


def test_a_control_character_is_refused_with_row_and_column(tmp_path):
    bad = [dict(PROGRAMS[0], description="baris\x01rusak"), PROGRAMS[1]]
    model = CityModel.from_records(AGENCIES, bad, DATASETS)
    path = tmp_path / "kota.xlsx"
    with pytest.raises(SynergyError) as err:
        write_workbook(model, path)
    assert str(err.value).startswith("programs:2: description: ")
    assert not path.exists()
    assert os.listdir(tmp_path) == []


def test_huge_integers_keep_every_digit(tmp_path):
    model = CityModel.from_records(AGENCIES, [dict(PROGRAMS[0], budget=2**60)], DATASETS)
    path = tmp_path / "kota.xlsx"
    write_workbook(model, path)
    ws = openpyxl.load_workbook(path)["programs"]
    budget = ws.cell(2, TABLES["programs"].column_names.index("budget") + 1)
    assert budget.value == str(2**60)
