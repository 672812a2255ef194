"""The fill-in template: built from the data contract, and a filled copy loads unchanged."""
from __future__ import annotations

import pathlib
import re

import openpyxl
import pytest
from click.testing import CliRunner

from cli import main
from synergy.ingest import load_model, validate_sources
from synergy.schema import TABLE_ORDER, TABLES
from synergy.readers import is_note_cell
from synergy.template import (
    DESCRIPTION_ROW, EXAMPLE_ROW, FIRST_DATA_ROW, INSTRUCTIONS_SHEET, LISTS_SHEET, build_template, write_template,
)

CITY = pathlib.Path(__file__).parent / "data" / "ckan" / "city"


def _validations(ws):
    """column letter -> (type, formula1, errorStyle) of the sheet's data validations."""
    found = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in str(dv.sqref).split():
            found[re.match(r"[A-Z]+", cell_range).group()] = (dv.type, dv.formula1, dv.errorStyle)
    return found


def _list_values(wb, formula):
    sheet, cells = formula.split("!")
    ws = wb[sheet.strip("'")]
    first, last = cells.replace("$", "").split(":")
    return [c.value for row in ws[first:last] for c in row]


def test_sheets_headers_and_notes_come_from_the_contract():
    wb = build_template()
    assert wb.sheetnames == [INSTRUCTIONS_SHEET, *TABLE_ORDER, LISTS_SHEET]
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    for name in TABLE_ORDER:
        ws = wb[name]
        table = TABLES[name]
        assert [c.value for c in ws[1]] == table.column_names
        assert ws.freeze_panes == f"B{FIRST_DATA_ROW}"  # header and note rows stay in view
        for cell, column in zip(ws[1], table.columns):
            assert column.doc_id in cell.comment.text and column.doc_en in cell.comment.text
            assert ("WAJIB" in cell.comment.text) == column.required
        assert ws.max_row == EXAMPLE_ROW  # header and note rows, no data
        assert FIRST_DATA_ROW == EXAMPLE_ROW + 1 == DESCRIPTION_ROW + 2


def test_instructions_list_every_column_in_indonesian_then_english():
    ws = build_template()[INSTRUCTIONS_SHEET]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert texts.index("Bahasa Indonesia") < texts.index("English")
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    listed = {(r[0].split(" ")[0], r[1]) for r in rows if r[0] and r[1] and r[0].split(" ")[0] in TABLES}
    assert listed == {(t, c) for t in TABLE_ORDER for c in TABLES[t].column_names}


def test_drop_down_lists_for_enums_and_city_ids():
    city, _ = load_model([CITY])
    wb = build_template(city)
    programs = _validations(wb["programs"])
    letters = {c.name: openpyxl.utils.get_column_letter(i) for i, c in enumerate(TABLES["programs"].columns, 1)}
    for column, expected in (("dimension", ["governance", "branding", "economy", "living", "society", "environment"]),
                             ("horizon", ["quick-win", "short", "medium", "long"]),
                             ("status", ["planned", "ongoing", "done"]),
                             # the city's ids as "name (id)", by name: what staff recognise
                             ("agency", [f"{n} ({i})" for n, i in sorted(zip(city.agencies["name"], city.agencies["id"]))]),
                             ("uses", [f"{n} ({i})" for n, i in sorted(zip(city.datasets["name"], city.datasets["id"]))])):
        kind, formula, style = programs[letters[column]]
        assert kind == "list"
        assert _list_values(wb, formula) == expected
    # one enum is strict, lists and references only warn (several values, new ids)
    assert programs[letters["horizon"]][2] == "stop"
    assert programs[letters["dimension"]][2] == "warning"
    datasets = _validations(wb["datasets"])
    assert _list_values(wb, datasets["F"][1]) == ["terbuka", "terbatas", "dikecualikan"]
    agencies = _validations(wb["agencies"])
    assert _list_values(wb, agencies["D"][1]) == list(TABLES["agencies"].column("type").values)
    assert programs[letters["start_year"]][0] == "whole"


def test_agency_form_is_prefilled_with_its_rows():
    city, _ = load_model([CITY])
    wb = build_template(city, agency="DISKOMINFOTIK")
    assert [c.value for c in wb["agencies"][FIRST_DATA_ROW]][:3] == [
        "DISKOMINFOTIK", "Dinas Komunikasi, Informatika dan Statistik", "Diskominfotik"]
    assert wb["agencies"].max_row == FIRST_DATA_ROW
    program = {c: v.value for c, v in zip(TABLES["programs"].column_names, wb["programs"][FIRST_DATA_ROW])}
    assert (program["id"], program["uses"], program["produces"]) == ("P-001", "DS-NIK", "DS-ADUAN")
    assert [r[0].value for r in wb["datasets"].iter_rows(min_row=FIRST_DATA_ROW)] == ["DS-ADUAN"]


def test_a_prefilled_text_starting_with_equals_stays_text(tmp_path):
    from synergy.model import CityModel

    name = '=HYPERLINK("http://x","klik")'
    city = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}], programs=[
        {"id": "P1", "name": name, "agency": "A", "dimension": ("living",)}])
    form = write_template(tmp_path / "formulir.xlsx", city, agency="A")
    cell = openpyxl.load_workbook(form)["programs"].cell(row=FIRST_DATA_ROW, column=2)
    assert (cell.value, cell.data_type) == (name, "s")
    model, _ = load_model([form])
    assert model.programs.loc[0, "name"] == name


def test_a_control_character_in_a_prefilled_cell_is_named_not_a_traceback():
    from synergy.errors import SynergyError
    from synergy.model import CityModel

    city = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas \x01A"}])
    with pytest.raises(SynergyError, match=r"^agencies: A: name: karakter kendali"):
        build_template(city, agency="A")


def test_an_agency_unknown_to_the_city_gets_its_id_only():
    wb = build_template(agency="DINKES")
    assert [c.value for c in wb["agencies"][FIRST_DATA_ROW]][:2] == ["DINKES", None]


def _fill(path, agencies=(), programs=(), datasets=(), start=FIRST_DATA_ROW):
    wb = openpyxl.load_workbook(path)
    for name, rows in (("agencies", agencies), ("programs", programs), ("datasets", datasets)):
        ws = wb[name]
        names = TABLES[name].column_names
        for i, row in enumerate(rows):  # over the pre-filled rows, as a user would
            for key, value in row.items():
                ws.cell(row=start + i, column=names.index(key) + 1, value=value)
    wb.save(path)
    return path


def test_a_filled_copy_loads_unchanged(tmp_path):
    form = write_template(tmp_path / "formulir.xlsx", agency="DINKES")
    _fill(form,
          agencies=[{"name": "Dinas Kesehatan", "type": "dinas", "urusan": "1.02", "roles": "produsen-data"}],
          programs=[{"id": "P-10", "name": "Posyandu Digital", "agency": "DINKES", "dimension": "living;society",
                     "element": "health", "budget": 1250000000, "start_year": 2024, "end_year": 2026,
                     "horizon": "short", "status": "ongoing", "produces": "DS-GIZI"}],
          datasets=[{"id": "DS-GIZI", "name": "Status Gizi Balita", "producer": "DINKES",
                     "keywords": "gizi;balita", "classification": "terbatas"}])
    assert validate_sources([form]) == []
    model, warnings = load_model([form])
    assert warnings == []
    assert model.agencies.loc[0, "urusan"] == ("1.02",)
    row = model.programs.iloc[0]
    assert (row["dimension"], row["budget"], row["horizon"], row["produces"]) == (
        ("living", "society"), 1250000000, "short", ("DS-GIZI",))


def test_note_rows_describe_and_show_each_column():
    wb = build_template()
    for name in TABLE_ORDER:
        ws = wb[name]
        columns = TABLES[name].columns
        description = [c.value for c in ws[DESCRIPTION_ROW]]
        example = [c.value for c in ws[EXAMPLE_ROW]]
        # the id cell marks both rows as notes, which ingest skips
        assert is_note_cell(description[0]) and is_note_cell(example[0])
        assert example[0] == f"# contoh / example: {columns[0].example}"
        assert example[1:] == [c.example or None for c in columns[1:]]
        for text, column in zip(description, columns):
            req = "WAJIB" if column.required else "opsional"
            req_en = "required" if column.required else "optional"
            assert text.lstrip("# ") == f"{req}: {column.doc_id} / {req_en}: {column.doc_en}"
        for cell in (*ws[DESCRIPTION_ROW], *ws[EXAMPLE_ROW]):
            assert cell.font.i and cell.font.color.rgb.endswith("666666")
        # drop-downs and number rules start where the data does, not on the notes
        for dv in ws.data_validations.dataValidation:
            starts = {int(re.match(r"[A-Z]+(\d+)", r).group(1)) for r in str(dv.sqref).split()}
            assert starts == {FIRST_DATA_ROW}


def test_a_problem_in_a_filled_copy_is_reported_at_its_own_row(tmp_path):
    form = write_template(tmp_path / "dinkes.xlsx", agency="DINKES")
    _fill(form, agencies=[{"name": "Dinas Kesehatan"}],
          programs=[{"id": "P-10", "name": "Posyandu Digital", "agency": "DINKES", "dimension": "living"},
                    {"id": "P-11", "name": "Gizi Balita", "agency": "DINKS", "dimension": "living"}])
    assert openpyxl.load_workbook(form)["programs"]["C5"].value == "DINKS"
    assert [str(p) for p in validate_sources([form])] == [
        "dinkes.xlsx[programs]:5: agency: OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DINKS' (did you mean 'DINKES'?)",
    ]


def test_cli_writes_a_template_and_refuses_to_overwrite(tmp_path):
    runner = CliRunner()
    out = tmp_path / "formulir.xlsx"
    result = runner.invoke(main, ["template", str(CITY), "--agency", "DINKES", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"ditulis / written: {out}"]
    assert openpyxl.load_workbook(out)["agencies"][f"A{FIRST_DATA_ROW}"].value == "DINKES"
    again = runner.invoke(main, ["template", "-o", str(out)])
    assert again.exit_code == 1
    assert again.stderr.splitlines() == [f"Kesalahan: {out}: sudah ada; pakai --force / already exists; use --force to replace it"]
    assert runner.invoke(main, ["template", "-o", str(out), "--force"]).exit_code == 0
    quiet = runner.invoke(main, ["--quiet", "template", "-o", str(out), "--force"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_cli_template_bad_input(tmp_path):
    runner = CliRunner()
    wrong = runner.invoke(main, ["template", "-o", str(tmp_path / "formulir.csv")])
    assert wrong.exit_code == 2
    assert "the form must be an .xlsx file" in wrong.stderr
    bad = runner.invoke(main, ["template", "--agency", "DIN KES", "-o", str(tmp_path / "f.xlsx")])
    assert bad.exit_code == 1
    assert bad.stderr.splitlines()[0] == (
        "--agency: id: kode perangkat daerah tidak sah / invalid agency id 'DIN KES': "
        "pakai huruf, angka, -, _, . / use letters, digits, -, _, .")
    assert not (tmp_path / "f.xlsx").exists()


def test_cli_warns_when_the_agency_is_not_in_the_source(tmp_path):
    out = tmp_path / "f.xlsx"
    result = CliRunner().invoke(main, ["template", str(CITY), "--agency", "DINKEZ", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "peringatan / warning: DINKEZ tidak ada di kota (mungkin maksudnya 'DINKES'?); formulir hanya berisi "
        "kodenya, isi namanya / is not in the city (did you mean 'DINKES'?); the form holds only its id: "
        "fill in its name",
        f"ditulis / written: {out}",
    ]
