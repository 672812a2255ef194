"""Ingest of real-world input: encodings, separators, aliases, workbooks, merges, RDF."""
from __future__ import annotations

import csv
import io
import pathlib
import shutil

import openpyxl
import pandas as pd
import pytest

from synergy.errors import InvalidData
from synergy.ingest import load_model, sample_path, validate_sources
from synergy.normalize import parse_money
from synergy.schema import TABLE_ORDER, TABLES

BASE = pathlib.Path(__file__).parent / "data" / "ingest" / "base"


def base_rows(table):
    with open(BASE / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def write_folder(folder, tables: dict, encoding="utf-8", delimiter=",", header_map=None):
    """Write tables (lists of rows) as CSVs, optionally renaming headers."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        rows = [list(r) for r in rows]
        if header_map:
            rows[0] = [header_map.get(h, h) for h in rows[0]]
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        (folder / f"{name}.csv").write_bytes(buf.getvalue().encode(encoding))
    return folder


def base_tables():
    return {t: base_rows(t) for t in TABLE_ORDER}


def assert_same_model(a, b):
    for t in TABLE_ORDER:
        pd.testing.assert_frame_equal(
            a.table(t).sort_values("id").reset_index(drop=True),
            b.table(t).sort_values("id").reset_index(drop=True),
        )


@pytest.fixture
def base_model():
    model, warnings = load_model(BASE)
    assert warnings == []
    return model


# ------------------------------------------------------------- the model's conventions
def test_base_model_follows_the_model_conventions(base_model):
    p = base_model.programs.set_index("id")
    assert list(base_model.programs.columns) == TABLES["programs"].column_names
    assert p.loc["P-003", "dimension"] == ("society", "economy")
    assert p.loc["P-003", "uses"] == ("DS-PENDUDUK", "DS-BALITA")
    assert p.loc["P-001", "needs"] == ()
    assert p.loc["P-002", "needs"] == ("data lokasi posyandu",)
    assert str(base_model.programs["budget"].dtype) == "Int64"
    assert p.loc["P-003", "budget"] is pd.NA
    assert p.loc["P-001", "budget"] == 250_000_000
    assert p.loc["P-001", "description"] == ""
    a = base_model.agencies.set_index("id")
    assert a.loc["DISKOMINFOTIK", "roles"] == ("walidata", "smart-city-lead")
    assert a.loc["DISKOMINFOTIK", "urusan"] == ("2.16", "2.20", "2.21")
    assert base_model.origins[("programs", "P-002")] == "programs.csv:3"
    assert base_model.origins[("datasets", "DS-DTKS")] == "datasets.csv:5"


# ------------------------------------------------------------- CSV as people write it
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_encodings_and_separators_load_the_same(tmp_path, base_model, encoding, delimiter):
    folder = write_folder(tmp_path / "kota", base_tables(), encoding=encoding, delimiter=delimiter)
    model, warnings = load_model(folder)
    assert warnings == []
    assert_same_model(model, base_model)


def test_windows_1252_characters_survive(tmp_path):
    tables = base_tables()
    tables["agencies"][2][1] = "Dinas Kesehatan – Pengendalian Penduduk “KB”"
    folder = write_folder(tmp_path / "kota", tables, encoding="cp1252", delimiter=";")
    model, _ = load_model(folder)
    assert model.agencies.set_index("id").loc["DINKES", "name"] == "Dinas Kesehatan – Pengendalian Penduduk “KB”"


def test_indonesian_headers_any_case_and_spaces(tmp_path, base_model):
    tables = base_tables()
    for name, rows in tables.items():
        aliases = {c.name: c.alias for c in TABLES[name].columns}
        rows[0] = [f"  {aliases[h].upper().replace('_', ' ')} " for h in rows[0]]
    model, warnings = load_model(write_folder(tmp_path / "kota", tables))
    assert warnings == []
    assert_same_model(model, base_model)


def test_indonesian_file_names(tmp_path, base_model):
    folder = write_folder(tmp_path / "kota", base_tables())
    for old, new in [("agencies", "perangkat_daerah"), ("programs", "program"), ("datasets", "data")]:
        (folder / f"{old}.csv").rename(folder / f"{new}.csv")
    model, _ = load_model(folder)
    assert_same_model(model, base_model)


def test_quoted_newlines_and_trimmed_values_keep_row_numbers(tmp_path):
    tables = base_tables()
    tables["programs"][1][1] = "Aplikasi Pengaduan\ne-Sambat"
    tables["programs"][2][2] = "  DINKES  "
    tables["programs"][3][2] = "DINKS"  # row 4 must still be reported as row 4
    folder = write_folder(tmp_path / "kota", tables)
    assert [str(p) for p in validate_sources([folder])] == [
        "programs.csv:4: agency: OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DINKS' (did you mean 'DINKES'?)",
    ]
    tables["programs"][3][2] = "DINSOS"
    model, _ = load_model(write_folder(tmp_path / "ok", tables))
    p = model.programs.set_index("id")
    assert p.loc["P-001", "name"] == "Aplikasi Pengaduan\ne-Sambat"
    assert p.loc["P-002", "agency"] == "DINKES"


def test_blank_lines_and_excel_sep_hint(tmp_path, base_model):
    folder = write_folder(tmp_path / "kota", base_tables(), delimiter=";")
    path = folder / "programs.csv"
    text = path.read_bytes().decode("utf-8")
    path.write_bytes(("sep=;\r\n" + text.replace("\r\n", "\r\n;;;\r\n", 1)).encode("utf-8"))
    model, _ = load_model(folder)
    assert_same_model(model, base_model)
    assert model.origins[("programs", "P-001")] == "programs.csv:3"  # the blank row 2 counts


# ------------------------------------------------------------- values
@pytest.mark.parametrize("text", [
    "1250000000", "1.250.000.000", "Rp 1.250.000.000,00", "Rp 1,25 M", "1,25 miliar",
    "Rp1.250.000.000", "1250 juta", "1.250.000 rb", "1,250,000,000", "IDR 1.25 B", "1 250 000 000",
    "Rp. 1.250.000.000,-", "Rp 1.250.000.000.-", "1,25 Milyar", "Rp 1.250 Juta",
])
def test_rupiah_spellings(text):
    assert parse_money(text) == 1_250_000_000


def test_small_rupiah_spellings():
    assert parse_money("250 juta") == 250_000_000
    assert parse_money("500 rb") == 500_000
    assert parse_money("1.5 M") == 1_500_000_000
    assert parse_money("0") == 0


def test_values_with_aliases_load_canonically(tmp_path):
    tables = base_tables()
    header = tables["programs"][0]
    row = dict(zip(header, tables["programs"][1]))
    row.update(dimension="Smart Governance; tata kelola ;", element="Pelayanan Publik",
               horizon="Quick Win", status="Sedang Berjalan", budget="Rp 1,25 M",
               uses="DS-PENDUDUK;;DS-PENDUDUK; DS-ADUAN", start_year="2022.0")
    tables["programs"][1] = [row[h] for h in header]
    tables["agencies"][1][6] = "Walidata; smart city lead"
    tables["datasets"][1][4] = "Public"
    model, _ = load_model(write_folder(tmp_path / "kota", tables))
    p = model.programs.set_index("id").loc["P-001"]
    assert p["dimension"] == ("governance",)
    assert (p["element"], p["horizon"], p["status"]) == ("public-service", "quick-win", "ongoing")
    assert p["budget"] == 1_250_000_000 and p["start_year"] == 2022
    assert p["uses"] == ("DS-PENDUDUK", "DS-ADUAN")
    assert model.agencies.set_index("id").loc["DISKOMINFOTIK", "roles"] == ("walidata", "smart-city-lead")
    assert model.datasets.set_index("id").loc["DS-PENDUDUK", "classification"] == "terbuka"


def test_a_picked_name_reads_as_its_id_on_every_row_it_is_on(tmp_path):
    """A reference written ``name (id)`` is read once per distinct cell, then put back on
    every row holding it; a list holding both the label and its id keeps the id once."""
    tables = base_tables()
    header = tables["programs"][0]
    ids = [row[0] for row in tables["programs"][1:]]
    for row in tables["programs"][1:]:
        cells = dict(zip(header, row))
        cells.update(agency="Dinas Kesehatan (DINKES)",
                     uses="Data Penduduk per Kelurahan (DS-PENDUDUK); DS-PENDUDUK; DS-ADUAN")
        row[:] = [cells[h] for h in header]
    model, _ = load_model(write_folder(tmp_path / "kota", tables))
    programs = model.programs.set_index("id").loc[ids]
    assert programs["agency"].tolist() == ["DINKES"] * len(ids)
    assert programs["uses"].tolist() == [("DS-PENDUDUK", "DS-ADUAN")] * len(ids)


def test_dash_means_no_budget(tmp_path):
    tables = base_tables()
    tables["programs"][1][5] = "-"
    model, _ = load_model(write_folder(tmp_path / "kota", tables))
    assert model.programs.set_index("id").loc["P-001", "budget"] is pd.NA


# ------------------------------------------------------------- workbooks
def write_workbook(path, tables, titles=None, numbers=False):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        ws = wb.create_sheet((titles or {}).get(name, name))
        for row in rows:
            cells = list(row)
            if numbers:  # numbers typed as numbers, as Excel keeps them
                cells = [int(c) if c.isdigit() and len(c) < 16 else c for c in cells]
            ws.append(cells)
    wb.save(path)
    return path


def test_workbook_loads_like_the_folder(tmp_path, base_model):
    path = write_workbook(tmp_path / "kota.xlsx", base_tables(), numbers=True,
                          titles={"agencies": "OPD", "programs": "Program", "datasets": "Data"})
    model, warnings = load_model(path)
    assert warnings == []
    assert_same_model(model, base_model)
    assert model.origins[("programs", "P-002")] == "kota.xlsx[Program]:3"


def test_workbook_date_in_a_year_column_means_its_year(tmp_path):
    import datetime

    tables = base_tables()
    path = write_workbook(tmp_path / "kota.xlsx", tables)
    wb = openpyxl.load_workbook(path)
    wb["programs"]["G2"] = datetime.datetime(2022, 1, 1)  # start_year of P-001
    wb.save(path)
    model, _ = load_model(path)
    assert model.programs.set_index("id").loc["P-001", "start_year"] == 2022


def test_workbook_blank_rows_keep_row_numbers(tmp_path):
    tables = base_tables()
    tables["programs"] = [tables["programs"][0], [], [], *tables["programs"][1:]]
    model, _ = load_model(write_workbook(tmp_path / "kota.xlsx", tables))
    assert model.origins[("programs", "P-001")] == "kota.xlsx[programs]:4"
    assert len(model.programs) == 3


def test_workbook_help_sheet_is_ignored_and_other_sheets_warned(tmp_path):
    path = write_workbook(tmp_path / "kota.xlsx", {**base_tables(), "Petunjuk": [["isi tabel"]], "Catatan": [["x"]]})
    assert [str(p) for p in validate_sources([path])] == [
        "kota.xlsx[Catatan]: warning: lembar tidak dipakai: namanya bukan agencies, programs atau datasets "
        "(atau alias yang diterima) / sheet not used: its name is not agencies, programs or datasets "
        "(or an accepted alias)",
    ]


def test_one_workbook_per_agency_merge(tmp_path, base_model):
    tables = base_tables()
    header = {t: rows[0] for t, rows in tables.items()}
    books = []
    for agency in ("DISKOMINFOTIK", "DINKES", "DINSOS"):
        sheets = {
            # every agency repeats the whole agency list: identical rows are fine
            "agencies": tables["agencies"],
            "programs": [header["programs"], *[r for r in tables["programs"][1:] if r[2] == agency]],
            "datasets": [header["datasets"], *[r for r in tables["datasets"][1:] if r[2] == agency]],
            "applications": [header["applications"], *[r for r in tables["applications"][1:] if r[2] == agency]],
        }
        books.append(write_workbook(tmp_path / f"{agency.lower()}.xlsx", sheets))
    bps = write_workbook(tmp_path / "bps.xlsx", {
        "agencies": [header["agencies"]],
        "programs": [header["programs"]],
        "datasets": [header["datasets"], tables["datasets"][1]],
    })
    model, warnings = load_model([*books, bps])
    assert warnings == []
    assert_same_model(model, base_model)
    assert model.origins[("programs", "P-003")] == "dinsos.xlsx[programs]:2"
    # a folder of workbooks is read as those workbooks
    folder = tmp_path / "kiriman"
    folder.mkdir()
    for book in [*books, bps]:
        shutil.copy(book, folder)
    assert_same_model(load_model(folder)[0], base_model)


def test_same_file_names_in_two_folders_are_told_apart(tmp_path):
    a = write_folder(tmp_path / "kota_a", base_tables())
    b = write_folder(tmp_path / "kota_b", base_tables())
    rows = base_rows("programs")
    rows[1][1] = "e-Sambat versi 2"
    write_folder(b, {"programs": rows})
    assert [str(p) for p in validate_sources([a, b])] == [
        "kota_b/programs.csv:2: id: kode 'P-001' ganda, sudah dipakai di kota_a/programs.csv:2 / "
        "duplicate id 'P-001', first defined at kota_a/programs.csv:2",
    ]


def test_single_table_csvs_as_sources(tmp_path, base_model):
    model, _ = load_model([BASE / f"{name}.csv" for name in TABLE_ORDER])
    assert_same_model(model, base_model)


def test_extra_columns_survive_a_merge(tmp_path):
    tables = base_tables()
    tables["datasets"] = [[*r, x] for r, x in zip(tables["datasets"], ["Catatan", "cek", "", "", ""])]
    model, warnings = load_model(write_folder(tmp_path / "kota", tables))
    assert [str(w) for w in warnings] == [
        "datasets.csv:1: Catatan: warning: kolom tidak dikenal, disimpan sebagai data tambahan / "
        "unknown column kept as extra data"]
    assert model.extra_columns("datasets") == ["catatan"]
    assert model.datasets.set_index("id").loc["DS-PENDUDUK", "catatan"] == "cek"


# ------------------------------------------------------------- RDF written by export
@pytest.mark.parametrize("suffix, fmt", [(".ttl", "turtle"), (".jsonld", "json-ld"), (".nt", "nt")])
def test_rdf_round_trip(tmp_path, base_model, suffix, fmt):
    from synergy import rdf

    graph = rdf.model_to_rdf(base_model)
    path = tmp_path / f"kota{suffix}"
    graph.serialize(path, format=fmt)
    model, warnings = load_model(path)
    assert warnings == []
    assert_same_model(model, base_model)


# ------------------------------------------------------------- the sample city
def test_sample_city_loads_without_problems():
    model, warnings = load_model()
    assert [str(w) for w in warnings] == []
    assert len(model.agencies) >= 25 and len(model.programs) >= 150 and len(model.datasets) >= 60


def test_only_none_is_the_sample_city():
    """An empty list (a glob that matched nothing) is an error, not the sample city: the
    sample is the CLI's default for no SOURCE, and the CLI passes None for it."""
    for empty in ([], (), iter([])):
        with pytest.raises(InvalidData) as info:
            load_model(empty)
        assert [str(p) for p in info.value.problems] == [
            "SOURCE: tidak ada SOURCE (daftar sumber kosong) / no SOURCE given "
            "(the list of sources is empty; None loads the sample city)"]
        assert [str(p) for p in validate_sources(empty)] == [str(p) for p in info.value.problems]
    assert len(load_model(None)[0].programs) == len(load_model([sample_path()])[0].programs)


def test_load_model_refuses_with_every_problem(tmp_path):
    tables = base_tables()
    tables["programs"][1][2] = "X"
    tables["programs"][2][5] = "banyak"
    with pytest.raises(InvalidData) as info:
        load_model(write_folder(tmp_path / "kota", tables))
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "agency"), (3, "budget")]


def test_invisible_characters_and_newlines_in_values(tmp_path):
    tables = base_tables()
    tables["programs"][1][2] = "DISKOMINFOTIK\u200b"  # pasted from a web page
    tables["programs"][2][2] = "DIN\nKES"
    folder = write_folder(tmp_path / "kota", tables)
    # one line per problem, even for a value holding a newline
    assert [str(p) for p in validate_sources([folder])] == [
        "programs.csv:3: agency: OPD 'DIN\\nKES' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DIN\\nKES' (did you mean 'DINKES'?)",
    ]


def test_headers_as_indonesian_sheets_write_them(tmp_path, base_model):
    tables = base_tables()
    rename = {
        "agencies": {"id": "Kode OPD", "name": "Nama OPD"},
        "programs": {"id": "Kode Program", "name": "Nama Program", "agency": "Kode OPD", "budget": "Anggaran (Rp)*"},
        "datasets": {"id": "Kode Data", "name": "Nama Data", "producer": "Produsen Data"},
    }
    for table, mapping in rename.items():
        tables[table][0] = [mapping.get(h, h) for h in tables[table][0]]
    model, warnings = load_model(write_folder(tmp_path / "kota", tables))
    assert warnings == []
    assert_same_model(model, base_model)


def test_benchmark_generator_makes_a_valid_city(tmp_path):
    """Keeps benchmarks/bench_ingest.py honest: what it times must be valid input."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_ingest", pathlib.Path(__file__).parent.parent / "benchmarks" / "bench_ingest.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.generate(tmp_path, 40)
    model, warnings = load_model(tmp_path)
    assert warnings == []
    assert len(model.agencies) + len(model.programs) + len(model.datasets) == rows


# ------------------------------------------------------------- note rows ('#' in the id cell)
def _with_notes(rows, notes):
    """The header, the note rows, then the data rows of a table."""
    return [rows[0], *notes, *rows[1:]]


def test_csv_note_rows_are_skipped_and_rows_keep_their_numbers(tmp_path, base_model):
    tables = base_tables()
    width = len(tables["programs"][0])
    tables["programs"] = _with_notes(tables["programs"], [
        ["# WAJIB: kode unik / required: unique id", "WAJIB: nama", "", "", "", "Rp, bukan angka", "", "", "", "",
         "", "", "", ""],
        ["  #contoh: P-001", *["contoh"] * (width - 1)],  # every cell wrong, none read
        ["#"],
    ])
    tables["programs"][5][2] = "DINKS"  # P-002, row 6 of the file
    folder = write_folder(tmp_path / "kota", tables)
    assert [str(p) for p in validate_sources([folder])] == [
        "programs.csv:6: agency: OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'DINKS' (did you mean 'DINKES'?)",
    ]
    tables["programs"][5][2] = "DINKES"
    model, warnings = load_model(write_folder(tmp_path / "kota2", tables))
    assert warnings == []
    assert_same_model(model, base_model)
    assert model.origins[("programs", "P-001")] == "programs.csv:5"


def test_a_hash_outside_the_id_column_is_data(tmp_path):
    tables = base_tables()
    header = tables["datasets"][0]
    tables["datasets"][1][header.index("name")] = "#1 Data Penduduk"
    tables["datasets"][1][header.index("url")] = "#"
    model, warnings = load_model(write_folder(tmp_path / "kota", tables))
    assert warnings == []
    row = model.datasets.set_index("id").loc[tables["datasets"][1][0]]
    assert (row["name"], row["url"]) == ("#1 Data Penduduk", "#")
    assert len(model.datasets) == len(tables["datasets"]) - 1


def test_workbook_note_rows_are_skipped_whatever_they_hold(tmp_path, base_model):
    tables = base_tables()
    tables["programs"] = _with_notes(tables["programs"], [["# keterangan"], ["# contoh / example: P-001"]])
    path = write_workbook(tmp_path / "kota.xlsx", tables)
    wb = openpyxl.load_workbook(path)
    wb["programs"]["F2"] = "=1/0"  # a formula in a note row is nobody's problem
    wb["programs"]["B3"] = "x" * 20_000  # nor an over-long note
    agency = wb["programs"]["C6"].value
    wb["programs"]["C6"] = "=A1"  # but one in a data row is, at its own row
    wb.save(path)
    assert [str(p) for p in validate_sources([path])] == [
        "kota.xlsx[programs]:6: agency: sel berisi rumus (=A1): salin kolomnya lalu tempel kembali sebagai "
        "nilai saja / cell holds a formula (=A1): copy the column and paste it back as values only",
    ]
    wb["programs"]["C6"] = agency
    wb.save(path)
    model, warnings = load_model(path)
    assert warnings == []
    assert_same_model(model, base_model)
    assert model.origins[("programs", "P-001")] == "kota.xlsx[programs]:4"


def test_a_cell_problem_names_the_column_as_ingest_reads_its_header(tmp_path):
    # "Kode OPD" is the agency column for ingest, so the reader's formula problem says "agency" too
    tables = base_tables()
    header = tables["programs"][0]
    header[header.index("agency")] = "Kode OPD"
    path = write_workbook(tmp_path / "kota.xlsx", tables)
    wb = openpyxl.load_workbook(path)
    wb["programs"].cell(row=2, column=header.index("Kode OPD") + 1, value="=A1")
    wb.save(path)
    assert [(p.where, p.row, p.column) for p in validate_sources([path])] == [("kota.xlsx[programs]", 2, "agency")]


# ------------------------------------------------------------- a roll-up's memory
def test_equal_cells_of_a_column_are_one_object(tmp_path):
    """A roll-up repeats agency ids, names and lists on thousands of rows: each distinct
    text (and list) is held once, not once per cell (about 200 MB per million programs)."""
    tables = base_tables()
    header = tables["programs"][0]
    first = dict(zip(header, tables["programs"][1]))
    rows = []
    for n in range(3):
        row = dict(first, id=f"P-X{n}", name="Pendataan Keluarga", uses="DS-PENDUDUK; DS-BALITA",
                   dimension="Smart Society; smart economy")
        rows.append([row[h] for h in header])
    tables["programs"] += rows
    model, _ = load_model(write_folder(tmp_path / "kota", tables))
    p = model.programs.set_index("id").loc[["P-X0", "P-X1", "P-X2"]]
    for column in ("name", "agency", "uses", "dimension"):
        a, b, c = p[column].tolist()
        assert a == b == c and a is b and b is c, column
    assert p["uses"].iloc[0] == ("DS-PENDUDUK", "DS-BALITA")
    assert p["dimension"].iloc[0] == ("society", "economy")
    everyone = [u for uses in model.programs["uses"] for u in uses if u == "DS-PENDUDUK"]
    assert len(everyone) > 3 and all(u is everyone[0] for u in everyone)


def test_a_bad_list_value_is_reported_on_every_row_that_has_it(tmp_path):
    tables = base_tables()
    header = tables["programs"][0]
    column = header.index("dimension")
    tables["programs"][1][column] = "Smart Society; Smart Kota"
    tables["programs"][2][column] = "Smart Society; Smart Kota"
    with pytest.raises(InvalidData) as info:
        load_model(write_folder(tmp_path / "kota", tables))
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "dimension"), (3, "dimension")]
