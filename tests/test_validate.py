"""Bad input, case by case: each test asserts the exact line a user reads.

The base city (tests/data/ingest/base) is valid; each test copies it to a
temporary folder and breaks one thing.
"""
from __future__ import annotations

import pathlib
import shutil

import openpyxl
import pytest
from click.testing import CliRunner

from cli import main
from synergy.errors import InvalidData
from synergy.ingest import load_model, validate_sources
from synergy.schema import MAX_CELL_CHARS

BASE = pathlib.Path(__file__).parent / "data" / "ingest" / "base"


def city(tmp_path, name="kota", **tables) -> pathlib.Path:
    """A copy of the base city; ``tables`` replaces or (``+`` prefix) extends files."""
    folder = tmp_path / name
    shutil.copytree(BASE, folder)
    for table, text in tables.items():
        path = folder / f"{table}.csv"
        if text is None:
            path.unlink()
        elif text.startswith("+"):
            path.write_text(path.read_text(encoding="utf-8") + text[1:], encoding="utf-8")
        else:
            path.write_text(text, encoding="utf-8")
    return folder


def lines(*sources) -> list[str]:
    return [str(p) for p in validate_sources(list(sources))]


def workbook(path, sheets: dict) -> pathlib.Path:
    """An .xlsx with one sheet per key; values are rows (lists of cells)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def base_rows(table):
    import csv

    with open(BASE / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def base_workbook(path, **replace):
    sheets = {t: base_rows(t) for t in ("agencies", "programs", "datasets")}
    for table, rows in replace.items():
        if rows is None:
            del sheets[table]
        else:
            sheets[table] = rows
    return workbook(path, sheets)


PROGRAM_ROW = "P-004,Sistem Informasi Puskesmas,DINKES,living,health,1000000,2024,2025,short,planned,DS-BALITA,,,\n"


def program(**changes) -> str:
    """One extra program row (row 5 of programs.csv) with some cells changed."""
    header = base_rows("programs")[0]
    cells = dict(zip(header, PROGRAM_ROW.rstrip("\n").split(",")))
    cells.update(changes)
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([cells[h] for h in header])
    return "+" + buf.getvalue()


# ------------------------------------------------------------- the base is valid
def test_base_city_is_valid(tmp_path):
    assert lines(city(tmp_path)) == []


# ------------------------------------------------------------- columns and cells
def test_missing_required_column(tmp_path):
    text = "id,name,dimension\nP-001,e-Sambat,governance\n"
    assert lines(city(tmp_path, programs=text)) == [
        "programs.csv:1: agency: kolom wajib tidak ada: tambahkan kolom 'agency' (atau 'opd') di baris 1 / "
        "missing required column: add a column 'agency' (or 'opd') to row 1",
    ]


def test_empty_required_cell(tmp_path):
    assert lines(city(tmp_path, programs=program(name=""))) == [
        "programs.csv:5: name: sel wajib kosong: harap diisi / empty required cell: fill it in",
    ]


def rewrite(folder, table, old, new):
    path = folder / f"{table}.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return folder


def test_unknown_column_is_a_warning_and_kept(tmp_path):
    folder = rewrite(city(tmp_path), "datasets", "url\n", "url,warna\n")
    rewrite(folder, "datasets", "tahunan,csv,\n", "tahunan,csv,,merah\n")
    assert lines(folder) == ["datasets.csv:1: warna: warning: kolom tidak dikenal, disimpan sebagai data tambahan / "
                             "unknown column kept as extra data"]
    model, warnings = load_model(folder)
    assert list(model.datasets.columns)[-1] == "warna"
    assert model.datasets.set_index("id")["warna"].to_dict() == {
        "DS-PENDUDUK": "merah", "DS-ADUAN": "", "DS-BALITA": "", "DS-DTKS": "",
    }
    assert [str(w) for w in warnings] == lines(folder)


def test_unknown_column_suggests_the_contract_name(tmp_path):
    folder = rewrite(city(tmp_path), "agencies", "short_name", "singkatn")
    assert lines(folder) == [
        "agencies.csv:1: singkatn: warning: kolom tidak dikenal, disimpan sebagai data tambahan "
        "(mungkin maksudnya 'singkatan'?) / "
        "unknown column kept as extra data (did you mean 'singkatan'?)",
    ]


def test_duplicate_column(tmp_path):
    # two Indonesian headers of one column: which one holds it is the user's to say
    folder = rewrite(city(tmp_path), "datasets", "producer", "produsen")
    rewrite(folder, "datasets", "url\n", "url,produsen\n")
    assert lines(folder) == ["datasets.csv:1: producer: kolom 'produsen' sama dengan kolom 'produsen': sisakan satu / "
                             "column 'produsen' repeats column 'produsen': keep one"]


def test_the_contract_name_beside_its_indonesian_name_keeps_the_other_as_extra_data(tmp_path):
    # a Renstra table has "target_group" and its own "sasaran" (the strategic target): the
    # contract's name is the column, the other is kept, with a warning, not an error
    folder = rewrite(city(tmp_path), "datasets", "url\n", "url,produsen\n")
    rewrite(folder, "datasets", "tahunan,csv,\n", "tahunan,csv,,Badan Pusat Statistik\n")
    assert lines(folder) == ["datasets.csv:1: produsen: warning: kolom 'producer' sudah ada, jadi kolom 'produsen' "
                             "disimpan sebagai data tambahan / column 'producer' is there, so column 'produsen' is "
                             "kept as extra data"]
    model, _ = load_model(folder)
    datasets = model.datasets.set_index("id")
    assert datasets.loc["DS-PENDUDUK", "producer"] == "BPS"
    assert datasets.loc["DS-PENDUDUK", "produsen"] == "Badan Pusat Statistik"


@pytest.mark.parametrize("folder", sorted(p.name for p in (BASE.parent.parent / "real").iterdir()
                                          if (p / "agencies.csv").exists()))
def test_every_real_source_loads_as_it_was_converted(folder):
    # files nobody here wrote (kinds of agency such as "biro", "RSUD", "suku dinas"; a Renstra's
    # "sasaran" beside "target_group") load without an error
    model, _ = load_model(BASE.parent.parent / "real" / folder)
    assert len(model.agencies)


def test_row_with_more_cells_than_header(tmp_path):
    text = "+DS-X,Data X,BPS,x,terbuka,tahunan,csv,,surplus\n"
    assert lines(city(tmp_path, datasets=text)) == [
        "datasets.csv:6: baris berisi 9 sel, padahal nama kolom hanya 8: apit dengan tanda kutip "
        "nilai yang memuat pemisah, atau lengkapi nama kolom / row has 9 cells but the header has 8: "
        "a value holding the separator needs quotes, or the header misses a column",
    ]


def test_cell_of_100000_characters(tmp_path):
    assert MAX_CELL_CHARS < 100_000
    text = "+DS-X,Data X,BPS,x,terbuka,tahunan,csv," + "a" * 100_000 + "\n"
    assert lines(city(tmp_path, datasets=text)) == [
        f"datasets.csv:6: url: sel berisi 100000 karakter, melebihi batas {MAX_CELL_CHARS}: persingkat isinya / "
        f"cell has 100000 characters, more than the {MAX_CELL_CHARS} allowed: shorten it",
    ]


# ------------------------------------------------------------- ids
def test_invalid_id_characters(tmp_path):
    assert lines(city(tmp_path, programs=program(id="P 004"))) == [
        "programs.csv:5: id: kode 'P 004' tidak sah: pakai hanya huruf, angka, '-', '_' dan '.', "
        "diawali huruf atau angka / invalid id 'P 004': use only letters, digits, '-', '_' and '.', "
        "starting with a letter or digit",
    ]


def test_duplicate_id_within_a_file(tmp_path):
    assert lines(city(tmp_path, programs=program(id="P-002"))) == [
        "programs.csv:5: id: kode 'P-002' ganda, sudah dipakai di programs.csv:3 / "
        "duplicate id 'P-002', first defined at programs.csv:3",
    ]


def test_exact_repeat_within_a_file_is_a_warning(tmp_path):
    row = (BASE / "datasets.csv").read_text(encoding="utf-8").splitlines()[2]
    assert lines(city(tmp_path, datasets="+" + row + "\n")) == [
        "datasets.csv:6: id: warning: baris ini sama persis dengan baris 3; dibaca sekali saja / "
        "row repeats row 3 exactly; it is read once",
    ]


def test_duplicate_id_across_files(tmp_path):
    dinsos = workbook(tmp_path / "dinsos.xlsx", {
        "agencies": [["id", "name"]],
        "programs": [["id", "name", "agency", "dimension"], ["P-017", "Bansos Digital", "DINSOS", "society"]],
        "datasets": [["id", "name", "producer"]],
    })
    dinkes = workbook(tmp_path / "dinkes.xlsx", {
        "agencies": [["id", "name"]],
        "programs": [["id", "name", "agency", "dimension"], ["P-016", "Sehat", "DINKES", "living"],
                     ["P-017", "Gizi Balita", "DINKES", "living"]],
        "datasets": [["id", "name", "producer"]],
    })
    assert lines(city(tmp_path), dinsos, dinkes) == [
        "dinkes.xlsx[programs]:3: id: kode 'P-017' ganda, sudah dipakai di dinsos.xlsx[programs]:2 / "
        "duplicate id 'P-017', first defined at dinsos.xlsx[programs]:2",
    ]


def test_identical_rows_across_sources_are_fine(tmp_path):
    agency = base_rows("agencies")[2]  # DINKES
    dinkes = workbook(tmp_path / "dinkes.xlsx", {
        "opd": [base_rows("agencies")[0], agency],
        "program": [["kode", "nama", "opd", "dimensi"], ["P-016", "Sehat", "DINKES", "Smart Living"]],
        "data": [["id", "name", "producer"]],
    })
    assert lines(city(tmp_path), dinkes) == []
    model, _ = load_model([city(tmp_path / "b"), dinkes])
    assert list(model.agencies["id"]).count("DINKES") == 1
    assert "P-016" in set(model.programs["id"])


def test_id_used_in_two_tables(tmp_path):
    text = "+P-001,Data Program,BPS,,,,,\n"
    assert lines(city(tmp_path, datasets=text)) == [
        "datasets.csv:6: id: kode 'P-001' sudah dipakai oleh program di programs.csv:2; "
        "kode harus unik di seluruh OPD, program dan data / "
        "id 'P-001' is already used by a program at programs.csv:2; "
        "ids must be unique across agencies, programs and datasets",
    ]


# ------------------------------------------------------------- references
def test_unknown_agency_with_suggestion(tmp_path):
    assert lines(city(tmp_path, programs=program(agency="DINKS"))) == [
        "programs.csv:5: agency: OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DINKS' (did you mean 'DINKES'?)",
    ]


def test_unknown_dataset(tmp_path):
    assert lines(city(tmp_path, programs=program(uses="DS-BALITA;DS-IMUNISASI"))) == [
        "programs.csv:5: uses: data 'DS-IMUNISASI' tidak dikenal / unknown dataset 'DS-IMUNISASI'",
    ]


def test_unknown_program(tmp_path):
    assert lines(city(tmp_path, programs=program(depends_on="P-01"))) == [
        "programs.csv:5: depends_on: program 'P-01' tidak dikenal (mungkin maksudnya 'P-001'?) / "
        "unknown program 'P-01' (did you mean 'P-001'?)",
    ]


def test_unknown_parent_agency(tmp_path):
    text = "+PKM-GADINGREJO,Puskesmas Gadingrejo,,bagian,,DINKESS,,35.75\n"
    assert lines(city(tmp_path, agencies=text)) == [
        "agencies.csv:7: parent: OPD 'DINKESS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DINKESS' (did you mean 'DINKES'?)",
    ]


def test_reference_to_the_wrong_kind(tmp_path):
    assert lines(city(tmp_path, programs=program(uses="P-001"))) == [
        "programs.csv:5: uses: 'P-001' adalah program, bukan data / 'P-001' is a program, not a dataset",
    ]


def test_self_dependency(tmp_path):
    assert lines(city(tmp_path, programs=program(depends_on="P-001;P-004"))) == [
        "programs.csv:5: depends_on: program 'P-004' bergantung pada dirinya sendiri / "
        "program 'P-004' depends on itself",
    ]


def test_agency_its_own_parent(tmp_path):
    text = "+PKM-X,Puskesmas X,,bagian,,PKM-X,,\n"
    assert lines(city(tmp_path, agencies=text)) == [
        "agencies.csv:7: parent: OPD 'PKM-X' menjadi induk dirinya sendiri / agency 'PKM-X' is its own parent"]


# ------------------------------------------------------------- values
def test_unknown_dimension(tmp_path):
    assert lines(city(tmp_path, programs=program(dimension="living;smart livng"))) == [
        "programs.csv:5: dimension: dimensi 'smart livng' tidak dikenal (mungkin maksudnya 'living'?); "
        "pilihan: governance, branding, economy, living, society, environment / "
        "unknown dimension 'smart livng' (did you mean 'living'?); "
        "allowed: governance, branding, economy, living, society, environment",
    ]


def test_unknown_element(tmp_path):
    got = lines(city(tmp_path, programs=program(element="kesehatan masyarakat")))
    elements = ", ".join(__import__("synergy.schema").schema.ELEMENTS)
    assert got == [
        "programs.csv:5: element: elemen 'kesehatan masyarakat' tidak dikenal (mungkin maksudnya 'health'?); "
        f"pilihan: {elements} / unknown element 'kesehatan masyarakat' (did you mean 'health'?); "
        f"allowed: {elements}",
    ]


def test_element_outside_the_programs_dimensions_is_a_warning(tmp_path):
    folder = city(tmp_path, programs=program(element="waste"))
    assert lines(folder) == [
        "programs.csv:5: element: warning: elemen 'waste' termasuk dimensi 'environment', "
        "yang tidak dicantumkan program ini (living) / element 'waste' belongs to dimension 'environment', "
        "which this program does not list (living)",
    ]
    load_model(folder)  # warnings do not stop loading


def test_unknown_status(tmp_path):
    assert lines(city(tmp_path, programs=program(status="selesay"))) == [
        "programs.csv:5: status: status 'selesay' tidak dikenal (mungkin maksudnya 'done'?); "
        "pilihan: planned, ongoing, done / "
        "unknown status 'selesay' (did you mean 'done'?); allowed: planned, ongoing, done",
    ]


def test_bad_year(tmp_path):
    assert lines(city(tmp_path, programs=program(start_year="24"))) == [
        "programs.csv:5: start_year: tahun '24' tidak sah: tulis empat angka antara 1900 dan 2100, mis. 2024 / "
        "bad year '24': write four digits between 1900 and 2100, e.g. 2024",
    ]


def test_end_before_start(tmp_path):
    assert lines(city(tmp_path, programs=program(start_year="2026", end_year="2024"))) == [
        "programs.csv:5: end_year: tahun selesai 2024 lebih awal dari tahun mulai 2026 / "
        "end year 2024 is before start year 2026",
    ]


def test_negative_budget(tmp_path):
    assert lines(city(tmp_path, programs=program(budget="-Rp 5.000.000"))) == [
        "programs.csv:5: budget: anggaran '-Rp 5.000.000' negatif: anggaran paling sedikit nol rupiah / "
        "negative budget '-Rp 5.000.000': a budget is zero or more rupiah",
    ]


def test_unparsable_budget(tmp_path):
    assert lines(city(tmp_path, programs=program(budget="sekitar 2 M"))) == [
        "programs.csv:5: budget: anggaran 'sekitar 2 M' tidak terbaca sebagai rupiah "
        "(tulis mis. 1250000000, 1.250.000.000 atau Rp 1,25 M) / cannot read budget 'sekitar 2 M' as rupiah "
        "(write e.g. 1250000000, 1.250.000.000 or Rp 1,25 M)",
    ]


# ------------------------------------------------------------- files
def test_empty_file(tmp_path):
    assert lines(city(tmp_path, datasets="")) == [
        "datasets.csv: berkas kosong: paling tidak harus ada baris nama kolom (id, name, producer) / "
        "file is empty: it needs at least the header row (id, name, producer)",
    ]


def test_a_folder_without_programs_is_a_source_but_references_into_it_are_named(tmp_path):
    # data contract v2: only agencies are required; an application that names a program
    # when no source has programs is one line at its first row, not one per reference
    assert lines(city(tmp_path, programs=None)) == [
        "applications.csv:2: programs: kolom ini menyebut program (P-001) tetapi tidak ada tabel program "
        "(programs) di sumber mana pun: tambahkan programs.csv atau lembar 'programs', atau kosongkan kolom ini / "
        "this column names programs (P-001) but no source has a programs table: add programs.csv or a "
        "'programs' sheet, or leave the column empty",
    ]
    assert lines(city(tmp_path, name="inventaris", programs=None, datasets=None,
                      applications="id,nama aplikasi,pemilik\nAPP-1,SIMPUS,DINKES\n")) == []


def test_a_folder_without_agencies_is_refused(tmp_path):
    assert lines(city(tmp_path, agencies=None)) == [
        "kota/: tidak ada tabel OPD (agencies / opd / perangkat_daerah) di sumber mana pun: tambahkan "
        "agencies.csv atau lembar 'agencies' (kode dan nama setiap perangkat daerah) / no agencies table "
        "(agencies / opd / perangkat_daerah) in any source: add agencies.csv or an 'agencies' sheet "
        "(the id and name of every agency)",
    ]


def test_csv_in_utf16(tmp_path):
    folder = city(tmp_path)
    (folder / "agencies.csv").write_bytes((BASE / "agencies.csv").read_text(encoding="utf-8").encode("utf-16"))
    assert lines(folder) == [
        "agencies.csv: berkas berupa teks UTF-16 (\"Unicode Text\" Excel), bukan UTF-8: "
        'simpan dari Excel sebagai "CSV UTF-8" / '
        "file is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8: "
        'save it from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"'
    ]


def test_csv_of_binary_garbage(tmp_path):
    folder = city(tmp_path)
    (folder / "datasets.csv").write_bytes(bytes(range(256)) * 4)
    assert lines(folder) == [
        'datasets.csv: berkas ini bukan teks (berkas biner?): simpan dari Excel sebagai "CSV UTF-8" / '
        'file is not text (a binary file?): save it from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"'
    ]


def test_csv_neither_utf8_nor_windows_1252(tmp_path):
    folder = city(tmp_path)
    # 0x81 and 0x8d are undefined in Windows-1252 and invalid alone in UTF-8
    (folder / "datasets.csv").write_bytes(b"id,name,producer\nDS-X,Data \x81\x8d,BPS\n")
    assert lines(folder) == [
        "datasets.csv: berkas ini bukan teks UTF-8 atau Windows-1252 yang terbaca: "
        'simpan dari Excel sebagai "CSV UTF-8" / '
        "file is not readable text in UTF-8 or Windows-1252: "
        'save it from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"'
    ]


def test_workbook_renamed_csv(tmp_path):
    folder = city(tmp_path)
    base_workbook(tmp_path / "x.xlsx")
    (folder / "datasets.csv").write_bytes((tmp_path / "x.xlsx").read_bytes())
    assert lines(folder) == [
        "datasets.csv: ini buku kerja Excel yang diberi nama .csv: ubah ekstensinya menjadi .xlsx, atau "
        'simpan dari Excel sebagai "CSV UTF-8" / '
        "this is an Excel workbook named .csv: rename it to .xlsx, or "
        'save it from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"'
    ]


def test_workbook_missing_a_sheet(tmp_path):
    path = base_workbook(tmp_path / "dinkes.xlsx", datasets=None)
    assert lines(path) == [
        "dinkes.xlsx[programs]:2: uses: kolom ini menyebut data (DS-PENDUDUK, DS-BALITA) tetapi tidak ada tabel "
        "data (datasets) di sumber mana pun: tambahkan datasets.csv atau lembar 'datasets', atau kosongkan kolom "
        "ini / this column names datasets (DS-PENDUDUK, DS-BALITA) but no source has a datasets table: add "
        "datasets.csv or a 'datasets' sheet, or leave the column empty",
        "dinkes.xlsx[programs]:2: produces: kolom ini menyebut data (DS-ADUAN, DS-BALITA, DS-DTKS) tetapi tidak "
        "ada tabel data (datasets) di sumber mana pun: tambahkan datasets.csv atau lembar 'datasets', atau "
        "kosongkan kolom ini / this column names datasets (DS-ADUAN, DS-BALITA, DS-DTKS) but no source has a "
        "datasets table: add datasets.csv or a 'datasets' sheet, or leave the column empty",
    ]
    only_agencies = workbook(tmp_path / "opd.xlsx", {"agencies": base_rows("agencies")})
    assert lines(only_agencies) == []


def test_sheet_with_no_header(tmp_path):
    rows = [[None, None, None], *base_rows("datasets")[1:]]
    path = base_workbook(tmp_path / "dinkes.xlsx", datasets=rows)
    assert lines(path) == [
        "dinkes.xlsx[datasets]:1: lembar tanpa baris nama kolom: "
        "tulis nama kolom (id, name, producer, ...) di baris 1 / "
        ""
        "sheet has no header row: put the column names (id, name, producer, ...) in row 1",
    ]


def test_formula_cell(tmp_path):
    rows = base_rows("programs")
    rows[2][5] = "=F2*2"
    path = base_workbook(tmp_path / "dinkes.xlsx", programs=rows)
    assert lines(path) == [
        "dinkes.xlsx[programs]:3: budget: sel berisi rumus (=F2*2): "
        "salin kolomnya lalu tempel kembali sebagai nilai saja / "
        ""
        "cell holds a formula (=F2*2): "
        "copy the column and paste it back as values only",
    ]


def test_corrupt_workbook(tmp_path):
    path = tmp_path / "dinkes.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    (got,) = lines(path)
    assert got.startswith("dinkes.xlsx: buku kerja ini tidak dapat dibuka: simpan ulang dari Excel sebagai .xlsx / "
                          "cannot open this workbook (")
    assert got.endswith("): save it again from Excel as .xlsx")


def test_not_a_source(tmp_path):
    path = tmp_path / "catatan.txt"
    path.write_text("halo")
    assert lines(path) == [
        "catatan.txt: bukan sumber data: berikan folder berisi agencies.csv (dan programs.csv, datasets.csv, "
        "applications.csv), buku kerja .xlsx, atau berkas RDF (.ttl, .jsonld, .nt) hasil 'synergy export' / "
        "not a source: give a folder of agencies.csv (and programs.csv, datasets.csv, applications.csv), "
        "an .xlsx workbook, or an RDF file (.ttl, .jsonld, .nt) written by 'synergy export'",
    ]


# ------------------------------------------------------------- all at once
def test_every_problem_at_once_in_file_and_row_order(tmp_path):
    folder = city(
        tmp_path,
        programs=program(agency="DINKS", budget="-5", start_year="20x4") + program(id="P-005", name="")[1:],
        datasets="+DS-X,Data X,BPSS,,rahasia negara,,,\n",
    )
    assert lines(folder) == [
        "programs.csv:5: agency: OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DINKS' (did you mean 'DINKES'?)",
        "programs.csv:5: budget: anggaran '-5' negatif: anggaran paling sedikit nol rupiah / "
        "negative budget '-5': a budget is zero or more rupiah",
        "programs.csv:5: start_year: tahun '20x4' tidak sah: tulis empat angka antara 1900 dan 2100, mis. 2024 / "
        "bad year '20x4': write four digits between 1900 and 2100, e.g. 2024",
        "programs.csv:6: name: sel wajib kosong: harap diisi / empty required cell: fill it in",
        "datasets.csv:6: producer: OPD 'BPSS' tidak dikenal (mungkin maksudnya 'BPS'?) / "
        "unknown agency 'BPSS' (did you mean 'BPS'?)",
        "datasets.csv:6: classification: klasifikasi 'rahasia negara' tidak dikenal "
        "(mungkin maksudnya 'dikecualikan'?); pilihan: terbuka, terbatas, dikecualikan / "
        "unknown classification 'rahasia negara' (did you mean 'dikecualikan'?); "
        "allowed: terbuka, terbatas, dikecualikan",
    ]
    with pytest.raises(InvalidData) as info:
        load_model(folder)
    assert [str(p) for p in info.value.problems] == lines(folder)


def test_load_model_lists_warnings_too_when_it_refuses(tmp_path):
    folder = city(tmp_path, programs=program(element="waste", agency="X"))
    with pytest.raises(InvalidData) as info:
        load_model(folder)
    assert [p.severity for p in info.value.problems] == ["error", "warning"]


# ------------------------------------------------------------- the command
def test_cli_validate_errors_exit_1(tmp_path):
    folder = city(tmp_path, programs=program(agency="DINKS", status="selesay"))
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "programs.csv:5: agency: OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DINKS' (did you mean 'DINKES'?)",
        "programs.csv:5: status: status 'selesay' tidak dikenal (mungkin maksudnya 'done'?); "
        "pilihan: planned, ongoing, done / "
        "unknown status 'selesay' (did you mean 'done'?); allowed: planned, ongoing, done",
        "2 kesalahan, 0 peringatan / 2 errors, 0 warnings",
    ]
    assert "Traceback" not in result.output


def test_cli_validate_warnings_only_exit_0(tmp_path):
    folder = city(tmp_path, programs=program(element="waste"))
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "0 kesalahan, 1 peringatan / 0 errors, 1 warning"


def test_cli_validate_garbage_never_tracebacks(tmp_path):
    folder = tmp_path / "rusak"
    folder.mkdir()
    for name in ("agencies", "programs", "datasets"):
        (folder / f"{name}.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.splitlines()[-1] == "3 kesalahan, 0 peringatan / 3 errors, 0 warnings"


def test_cli_validate_sample_city():
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert "0 kesalahan" in result.output.splitlines()[-1]


# ------------------------------------------------------------- more files and sheets
def test_column_with_values_but_no_header(tmp_path):
    folder = rewrite(city(tmp_path), "datasets", "url\n", "url,\n")
    rewrite(folder, "datasets", "tahunan,csv,\n", "tahunan,csv,,lupa\n")
    assert lines(folder) == [
        "datasets.csv:1: kolom I berisi nilai tetapi tidak bernama: beri nama atau hapus kolom itu / "
        "column I has values but no header: name it or delete the column",
    ]


def test_two_files_for_one_table(tmp_path):
    folder = city(tmp_path)
    shutil.copy(folder / "agencies.csv", folder / "opd.csv")
    assert lines(folder) == ["opd.csv: agencies.csv dan opd.csv sama-sama berisi tabel 'agencies': sisakan satu / "
                             "both agencies.csv and opd.csv hold table 'agencies': keep one"]


def test_unused_csv_in_a_folder_is_a_warning(tmp_path):
    folder = city(tmp_path)
    (folder / "catatan.csv").write_text("apa saja\n")  # not a table: ignored
    (folder / "Program 2024.csv").write_text("id,name\n")
    assert lines(folder) == [
        "Program 2024.csv: warning: berkas tidak dipakai: apakah ini tabel programs? beri nama programs.csv, "
        "atau tulis namanya di kolom file pada kolom.csv / file not used: is it the programs table? name it "
        "programs.csv, or give its name in the file column of columns.csv",
    ]


def test_two_sheets_for_one_table(tmp_path):
    path = workbook(tmp_path / "kota.xlsx", {
        "agencies": base_rows("agencies"), "OPD": base_rows("agencies"),
        "programs": base_rows("programs"), "datasets": base_rows("datasets"),
    })
    assert lines(path) == ["kota.xlsx[OPD]: lembar 'agencies' dan 'OPD' sama-sama berisi tabel 'agencies': "
                           "sisakan satu / "
            "sheets 'agencies' and 'OPD' both hold table 'agencies': keep one"]


def test_excel_error_cell(tmp_path):
    rows = base_rows("datasets")
    rows[2][2] = "#REF!"
    path = base_workbook(tmp_path / "kota.xlsx", datasets=rows)
    assert lines(path) == [
        "kota.xlsx[datasets]:3: producer: sel menampilkan galat Excel (#REF!): perbaiki atau kosongkan / "
        "cell shows an Excel error (#REF!): correct or clear it",
    ]


def test_unreadable_rdf(tmp_path):
    path = tmp_path / "kota.ttl"
    path.write_text("ini bukan turtle {{{")
    (got,) = lines(path)
    assert got.startswith("kota.ttl: ")
    assert "cannot read" in got


def test_rdf_without_a_city(tmp_path):
    path = tmp_path / "kota.ttl"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
    assert lines(path) == [
        "kota.ttl: tidak ada OPD, program atau data dalam berkas RDF ini; berikan berkas hasil 'synergy export' / "
        "no agencies, programs or datasets in this RDF file; give a file written by 'synergy export'",
    ]


def test_title_rows_above_the_header(tmp_path):
    rows = [["DAFTAR PROGRAM DINAS KESEHATAN 2024"], [], base_rows("programs")[0], *base_rows("programs")[1:]]
    path = base_workbook(tmp_path / "dinkes.xlsx", programs=rows)
    assert lines(path) == [
        "dinkes.xlsx[programs]:1: nama kolom ada di baris 3, bukan baris 1: hapus baris judul di atasnya / "
        "the column names are in row 3, not row 1: delete the title rows above them",
    ]


def test_cli_validate_csv_and_json_for_scripts(tmp_path):
    import json

    folder = city(tmp_path, programs=program(agency="DINKS", element="waste"))
    result = CliRunner().invoke(main, ["validate", str(folder), "--format", "csv"])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "where,row,column,severity,message",
        "programs.csv,5,agency,error,"
        "OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / unknown agency 'DINKS' (did you mean 'DINKES'?)",
        "programs.csv,5,element,warning,"
        "\"elemen 'waste' termasuk dimensi 'environment', yang tidak dicantumkan program ini (living) / "
        "element 'waste' belongs to dimension 'environment', which this program does not list (living)\"",
    ]
    assert result.stderr.splitlines() == ["1 kesalahan, 1 peringatan / 1 error, 1 warning"]
    out = tmp_path / "masalah.json"
    result = CliRunner().invoke(main, ["validate", str(folder), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["row"], r["column"], r["severity"]) for r in records] == [(5, "agency", "error"), (5, "element", "warning")]


def test_csv_source_named_for_no_table(tmp_path):
    path = tmp_path / "Daftar Program 2024.csv"
    path.write_text("id,name\n")
    assert lines(path) == [
        "Daftar Program 2024.csv: nama berkas CSV harus nama tabelnya: agencies.csv, programs.csv, datasets.csv "
        "atau applications.csv (atau alias seperti opd.csv, program.csv, data.csv, aplikasi.csv); atau berikan "
        "foldernya / a CSV source must be named for its table: agencies.csv, programs.csv, datasets.csv or "
        "applications.csv (or an alias such as opd.csv, program.csv, data.csv, aplikasi.csv); or give the "
        "folder holding them",
    ]


def test_list_written_with_commas(tmp_path):
    assert lines(city(tmp_path, programs=program(uses="DS-BALITA, DS-PENDUDUK", dimension="living, society"))) == [
        "programs.csv:5: dimension: 'living, society' berisi beberapa nilai: pisahkan dengan ';', bukan ',' / "
        "'living, society' holds several values: separate them with ';', not ','",
        "programs.csv:5: uses: 'DS-BALITA, DS-PENDUDUK' berisi beberapa kode: pisahkan dengan ';', bukan ',' / "
        "'DS-BALITA, DS-PENDUDUK' holds several ids: separate them with ';', not ','",
    ]


def test_cli_validate_refuses_an_endpoint():
    result = CliRunner().invoke(main, ["validate", "--endpoint", "http://localhost:1/sparql"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Kesalahan: validate memeriksa berkas (folder, buku kerja, berkas RDF), bukan --endpoint / "
        "validate checks files (folders, workbooks, RDF files), not an --endpoint")
