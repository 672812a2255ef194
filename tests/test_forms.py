"""Forms that validate alone, one per agency, and the overview of what came back (issue 17).

The walidata's year: template CITY --all -o formulir/ -> the agencies fill their form ->
validate on their own -> status -> merge.
"""
from __future__ import annotations

import io
import pathlib
import shutil

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.diff import diff_models
from synergy.ingest import load_model, sample_path, validate_sources
from synergy.schema import TABLES
from synergy.template import FIRST_DATA_ROW, LISTS_SHEET, REFERENCE_SHEET, build_template, form_name

ROOT = pathlib.Path(__file__).resolve().parents[1]
BANTEN_APPS = ROOT / "tests" / "data" / "real" / "banten-apps"
BANTEN_2017 = ROOT / "docs" / "examples" / "banten-2017"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], env={"SYNERGY_LANG": "id"})


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    """One form per agency of the sample city, untouched."""
    folder = tmp_path_factory.mktemp("kota") / "formulir"
    result = run("template", "--all", "-o", folder)
    assert result.exit_code == 0, result.output
    return folder


def _cell(ws, row, table, column):
    return ws.cell(row=row, column=TABLES[table].column_names.index(column) + 1)


def test_the_issue_case_a_dinkes_form_validates_alone(tmp_path):
    form = tmp_path / "formulir.xlsx"
    assert run("template", sample_path(), "--agency", "DINKES", "-o", form).exit_code == 0
    result = run("validate", form)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["0 kesalahan, 0 peringatan / 0 errors, 0 warnings"]


def test_the_issue_command_as_typed_without_source_uses_the_sample_city(tmp_path):
    """`synergy template --agency DINKES` (no SOURCE), the issue's own command: DINKES's rows, valid alone."""
    form = tmp_path / "formulir.xlsx"
    made = run("template", "--agency", "Dinkes", "-o", form)
    assert made.exit_code == 0, made.output
    assert made.stderr.splitlines() == ["Dinkes -> DINKES", f"ditulis / written: {form}"]
    result = run("validate", form)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["0 kesalahan, 0 peringatan / 0 errors, 0 warnings"]
    model, _ = load_model([form])
    city, _ = load_model()
    assert sorted(model.programs["id"]) == sorted(city.programs.loc[city.programs["agency"] == "DINKES", "id"])
    # an agency the city does not have: the closest named, and a form that asks for its name
    other = run("template", "--agency", "DINKSS", "-o", tmp_path / "lain.xlsx")
    assert other.exit_code == 0
    assert "mungkin maksudnya 'DINKES'" in other.stderr and "fill in its name" in other.stderr


def test_template_all_writes_one_form_per_agency_each_valid_alone(forms):
    city, _ = load_model()
    assert sorted(p.name for p in forms.iterdir()) == sorted(form_name(a) for a in city.agencies["id"])
    for path in sorted(forms.iterdir()):
        assert [str(p) for p in validate_sources([path])] == [], path.name  # not even a warning
    # refused when the forms exist, written again with --force
    again = run("template", "--all", "-o", forms)
    assert again.exit_code == 1 and "sudah ada" in again.stderr
    assert run("template", "--all", "-o", forms, "--force").exit_code == 0


def test_a_reference_list_is_never_data(forms):
    path = forms / form_name("DINKES")
    wb = openpyxl.load_workbook(path)
    assert wb[REFERENCE_SHEET].sheet_state == "hidden"
    listed = [(r[0], r[1]) for r in wb[REFERENCE_SHEET].iter_rows(min_row=2, values_only=True)]
    assert ("datasets", "DS-NIK") in listed and len(listed) > 400
    model, warnings = load_model([path])
    assert warnings == []
    # only the agency's own rows: the listed ids of other agencies are known, not loaded
    assert set(model.agencies["id"]) == {"DINKES"}
    assert "DS-NIK" not in set(model.datasets["id"])
    assert set(model.programs["agency"]) == {"DINKES"}


def test_merging_every_form_gives_the_city_back_and_one_form_alone_says_what_is_missing(forms, tmp_path):
    city, _ = load_model()
    merged = run("merge", forms, "-o", tmp_path / "kota")
    assert merged.exit_code == 0, merged.output
    assert "peringatan" not in merged.stderr
    back, _ = load_model([tmp_path / "kota"])
    assert diff_models(city, back, duplicates=False).empty
    alone = run("merge", forms / form_name("DINKES"), "-o", tmp_path / "dinkes")
    assert alone.exit_code == 0, alone.output
    note = alone.stderr.splitlines()[-1]
    assert note.startswith(f"peringatan: {tmp_path / 'dinkes' / 'agencies.csv'} menyebut ") and "DS-NIK" in note


def test_the_real_tables_win_over_a_reference_list(tmp_path):
    """A list that calls P-001 a dataset does not make it one; a real row beats a listed id."""
    form = tmp_path / "formulir.xlsx"
    assert run("template", sample_path(), "--agency", "DINKES", "-o", form).exit_code == 0
    wb = openpyxl.load_workbook(form)
    ws = wb[REFERENCE_SHEET]
    ws.append(["datasets", "P-001", "bukan data", "DISKOMINFOTIK"])
    prog = wb["programs"]
    row = prog.max_row + 1
    for column, value in (("id", "P-DINKES-BARU"), ("name", "Skrining Stunting"), ("agency", "DINKES"),
                          ("uses", "P-001")):
        _cell(prog, row, "programs", column).value = value
    wb.save(form)
    for sources in ([form], [sample_path(), form]):  # alone, and with the city whose table defines P-001
        problems = [str(p) for p in validate_sources(sources) if p.is_error]
        assert problems == [f"formulir.xlsx[programs]:{row}: uses: 'P-001' adalah program, bukan data / "
                            "'P-001' is a program, not a dataset"]


def test_drop_downs_show_names_and_a_picked_name_reads_as_its_id(tmp_path):
    city, _ = load_model()
    wb = build_template(city, agency="DINKES")
    lists = {wb[LISTS_SHEET].cell(row=1, column=j).value: j for j in range(1, wb[LISTS_SHEET].max_column + 1)}
    column = [wb[LISTS_SHEET].cell(row=i, column=lists["datasets"]).value
              for i in range(2, wb[LISTS_SHEET].max_row + 1)]
    assert "Data Kependudukan Berbasis NIK (Database SIAK) (DS-NIK)" in column
    agencies = [wb[LISTS_SHEET].cell(row=i, column=lists["agencies"]).value for i in range(2, 40)]
    assert "Dinas Kesehatan (DINKES)" in agencies
    form = tmp_path / "formulir.xlsx"
    wb.save(form)
    wb = openpyxl.load_workbook(form)
    ws = wb["programs"]
    row = ws.max_row + 1
    for column, value in (("id", "P-DINKES-BARU"), ("name", "Skrining Stunting Keliling"),
                          ("agency", "Dinas Kesehatan (DINKES)"),
                          ("uses", "Data Kependudukan Berbasis NIK (Database SIAK) (DS-NIK);DS-PBI")):
        _cell(ws, row, "programs", column).value = value
    wb.save(form)
    assert [p for p in validate_sources([form]) if p.is_error] == []
    model, _ = load_model([form])
    new = model.programs.set_index("id").loc["P-DINKES-BARU"]
    assert (new["agency"], new["uses"]) == ("DINKES", ("DS-NIK", "DS-PBI"))
    # a bracket that holds no id of that table stays as written, and is reported
    _cell(ws, row, "programs", "agency").value = "Dinas Kesehatan (DINKEZ)"
    wb.save(form)
    assert any("Dinas Kesehatan (DINKEZ)" in str(p) for p in validate_sources([form]))


def test_status_returned_changed_invalid_missing(forms, tmp_path):
    back = tmp_path / "kembali"
    back.mkdir()
    for agency, name in (("DINKES", form_name("DINKES")), ("DINSOS", "dinsos revisi 2.xlsx"), ("DLH", "dlh.xlsx")):
        shutil.copy(forms / form_name(agency), back / name)
    # DINKES changes a budget and adds a program; DINSOS breaks a reference; DLH sends it back untouched
    wb = openpyxl.load_workbook(back / form_name("DINKES"))
    ws = wb["programs"]
    _cell(ws, FIRST_DATA_ROW, "programs", "budget").value = 999_000_000
    row = ws.max_row + 1
    for column, value in (("id", "P-DINKES-BARU"), ("name", "Skrining Stunting Keliling"), ("agency", "DINKES")):
        _cell(ws, row, "programs", column).value = value
    wb.save(back / form_name("DINKES"))
    wb = openpyxl.load_workbook(back / "dinsos revisi 2.xlsx")  # renamed: its agencies row tells whose it is
    _cell(wb["programs"], FIRST_DATA_ROW, "programs", "uses").value = "DS-TIDAK-ADA"
    wb.save(back / "dinsos revisi 2.xlsx")
    result = run("status", "--forms", back, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == "34 perangkat daerah: 3 mengembalikan formulir (1 belum sah), 31 belum"
    frame = pd.read_csv(io.StringIO(result.stdout), keep_default_na=False).set_index("agency")
    assert list(frame.reset_index().columns) == ["agency", "name", "state", "form", "errors", "added", "changed",
                                                 "removed", "first_problem"]
    assert frame.loc["DINKES", ["state", "added", "changed", "removed"]].tolist() == ["returned", 1, 1, 0]
    assert frame.loc["DLH", ["state", "added", "changed", "removed"]].tolist() == ["returned", 0, 0, 0]
    assert frame.loc["DINSOS", "state"] == "invalid" and frame.loc["DINSOS", "errors"] == 1
    assert "DS-TIDAK-ADA" in frame.loc["DINSOS", "first_problem"]
    assert frame.loc["DISKOMINFOTIK", "state"] == "missing"
    changes = run("status", "--forms", back, "--changes", "--format", "csv")
    rows = pd.read_csv(io.StringIO(changes.stdout), keep_default_na=False)
    assert rows[rows["change"] == "changed"][["agency", "field", "new"]].values.tolist() == [
        ["DINKES", "budget", "999000000"]]
    assert rows[rows["change"] == "added"]["id"].tolist() == ["P-DINKES-BARU"]


@pytest.mark.parametrize("make", ["banten-apps", "banten-2017"])
def test_forms_for_a_city_we_did_not_write(make, tmp_path):
    """Banten's inventory: agencies and applications only; every agency gets a form that validates alone."""
    if make == "banten-apps":
        source = BANTEN_APPS
    else:  # as docs/inventory.md loads it: the published table without its one empty row
        source = tmp_path / "banten-2017"
        shutil.copytree(BANTEN_2017, source)
        inventory = source / "Daftar Website dan Aplikasi 2017.csv"
        lines = inventory.read_text(encoding="utf-8").splitlines(keepends=True)
        inventory.write_text("".join(lines[:88] + lines[89:]), encoding="utf-8", newline="")
    city, _ = load_model([source])
    folder = tmp_path / "formulir"
    result = run("template", source, "--all", "-o", folder)
    assert result.exit_code == 0, result.output
    written = sorted(folder.iterdir())
    assert len(written) == len(city.agencies)
    # every form alone: no error (the agencies with most applications name other agencies as users);
    # the warnings are only the inventory's own extra columns, which the form carries on
    extra = {c for c in city.applications.columns if c not in TABLES["applications"].column_names}
    for agency in city.agencies["id"]:
        problems = validate_sources([folder / form_name(agency)])
        assert [str(p) for p in problems if p.is_error] == [], agency
        assert {p.column for p in problems} <= extra, agency
    busiest = city.applications["agency"].value_counts().index[0]
    check = run("validate", folder / form_name(busiest))
    assert check.exit_code == 0, check.output
    merged = run("merge", folder, "-o", tmp_path / "kota")
    assert merged.exit_code == 0, merged.output
    back, _ = load_model([tmp_path / "kota"])
    assert diff_models(city, back, duplicates=False).empty
    status = run("status", source, "--forms", folder, "--format", "csv")
    frame = pd.read_csv(io.StringIO(status.stdout), keep_default_na=False)
    assert set(frame["state"]) == {"returned"} and frame["changed"].sum() == 0
