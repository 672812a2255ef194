"""Tables for people (issue 17): names beside ids, headers in the chosen language, one rupiah style,
the terminal's width; CSV and JSON unchanged (the data contract's columns are a promise)."""
from __future__ import annotations

import io
import json
import pathlib

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.display import HEADERS, format_table, header, node_labels
from synergy.ingest import load_model
from synergy.visualizations.style import format_rupiah

ROOT = pathlib.Path(__file__).resolve().parents[1]
CLUSTER_COLUMNS = ["cluster", "size", "programs", "agencies", "combined_budget", "max_score", "key_terms",
                   "lead_agency", "action", "reasons", "region", "cohesion"]


def run(*args, columns=None):
    env = {"COLUMNS": str(columns)} if columns else None
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture(scope="module")
def city():
    return load_model()[0]


def test_csv_and_json_keep_the_contract(city):
    result = run("duplicates", "--clusters", "--format", "csv")
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns) == CLUSTER_COLUMNS
    assert frame.loc[0, "programs"] == "P-109;P-203" and frame.loc[0, "combined_budget"] == 250000000
    rows = json.loads(run("roadmap", "--format", "json").stdout)
    assert list(rows[0])[:4] == ["phase", "program", "name", "agency"]


@pytest.mark.parametrize("command", [("duplicates",), ("shared-data",), ("roadmap",), ("cycles",)])
def test_json_lines_are_the_json_rows_one_per_line(command):
    # a roll-up's millions of rows: each a line a reader can take one at a time
    whole = json.loads(run(*command, "--format", "json").stdout)
    lines = run(*command, "--format", "jsonl").stdout.splitlines()
    assert whole and [json.loads(line) for line in lines] == whole
    assert all(line.startswith("{") and line.endswith("}") for line in lines)


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_output_written_in_pieces_is_the_same_bytes(fmt, tmp_path, monkeypatch):
    # a roll-up's millions of rows are written a piece at a time; pieces of 7 rows here, so
    # that every boundary (first piece, middle, last, a piece of one row) is crossed
    from synergy import output
    from synergy.shared_data import shared_data

    frame = shared_data(load_model()[0])
    whole = output.render(frame, fmt)
    rows = list(output._json_rows(frame))
    # what the text must be, built whole without the pieces
    if fmt == "csv":
        buffer = io.StringIO()
        output.write_csv(frame, buffer)
        assert whole == buffer.getvalue()
    elif fmt == "json":
        assert whole == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        assert whole == "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    for rows in (1, 7, len(frame), len(frame) + 1):
        assert "".join(output.render_chunks(frame, fmt, rows=rows)) == whole
    assert "".join(output.render_chunks(frame.iloc[:0], fmt, rows=7)) == output.render(frame.iloc[:0], fmt)
    monkeypatch.setattr(output, "CHUNK_ROWS", 7)
    shown = run("shared-data", "--format", fmt)
    written = run("shared-data", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"))
    assert shown.exit_code == 0 and written.exit_code == 0
    assert shown.stdout == whole and (tmp_path / f"out.{fmt}").read_text(encoding="utf-8") == whole
    assert len(frame) > 3 * 7


def test_cluster_tables_show_names_money_and_indonesian_headers(city):
    out = run("duplicates", "--clusters", "--format", "table").stdout
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["klaster", "ukuran", "program", "perangkat", "daerah"]
    assert "P-127 Pemantauan Harga dan Stok Barang" in out and "P-141 Pemantauan Harga dan Pasokan" in out
    # the report's rupiah, not 370000000
    assert format_rupiah(370_000_000) == "Rp 370 juta" and "Rp 370 juta" in out and "370000000" not in out
    english = run("--lang", "en", "duplicates", "--clusters", "--format", "table").stdout
    assert english.splitlines()[0].split()[:4] == ["cluster", "size", "programs", "agencies"]
    assert "IDR 370 million" in english


def test_roadmap_and_deps_tables_name_their_programs():
    roadmap = run("roadmap", "--format", "table", columns=160).stdout
    assert roadmap.splitlines()[0].split()[:2] == ["tahap", "program"]
    assert "P-013 Kemitraan Komunikasi" in roadmap
    deps = run("deps", "DS-NIK", "--format", "table", columns=160).stdout
    assert "APP-002 Smart Go" in deps


def test_stats_money_in_the_one_rupiah_style(city):
    out = run("stats", "--format", "table").stdout
    total = int(city.programs["budget"].sum())
    assert f"program         211  {format_rupiah(total)}" in out.splitlines()


@pytest.mark.parametrize("width", [60, 80, 100, 140])
@pytest.mark.parametrize("command", [["duplicates"], ["duplicates", "--clusters"], ["roadmap"], ["find", "data"],
                                     ["shared-data"], ["impact", "DS-NIK"], ["metrics", "--what", "critical"]])
def test_tables_fit_the_terminal(command, width):
    result = run(*command, "--format", "table", columns=width)
    assert result.exit_code == 0, result.output
    longest = max(len(line) for line in result.stdout.splitlines())
    assert longest <= width or width < 80, (longest, width)


def test_the_columns_left_out_are_named_and_wide_shows_them(city):
    narrow = run("duplicates", "--clusters", "--format", "table", columns=100).stdout
    assert any(line.startswith("(+") for line in narrow.splitlines()[-3:])
    assert "--wide menampilkan semua kolom" in " ".join(narrow.split())
    assert "kepaduan" not in narrow.splitlines()[0]
    wide = run("duplicates", "--clusters", "--format", "table", "--wide").stdout
    head = wide.splitlines()[0]
    for column in CLUSTER_COLUMNS:
        assert header(column) in head, column
    assert "--wide" not in wide


def test_a_table_written_to_a_file_is_whole(tmp_path):
    out = tmp_path / "klaster.txt"
    assert run("duplicates", "--clusters", "--format", "table", "-o", str(out)).exit_code == 0
    assert "kepaduan" in out.read_text(encoding="utf-8").splitlines()[0]


def test_every_output_column_has_its_headers():
    missing = []
    for command in (["duplicates"], ["duplicates", "--clusters"], ["duplicates", "--national"], ["shared-data"],
                    ["cycles"], ["roadmap"], ["metrics"], ["metrics", "--what", "coverage"],
                    ["metrics", "--what", "communities"], ["metrics", "--what", "critical"],
                    ["metrics", "--what", "chains"], ["classify", "--all"], ["impact", "DS-NIK"],
                    ["chain", "DS-NIK", "P-024"], ["find", "data"], ["stats"], ["counts"]):
        result = run(*command, "--format", "csv")
        head = result.stdout.splitlines()[0].split(",")
        missing += [c for c in head if c not in HEADERS and c not in ("name_a", "name_b")]
    assert set(missing) <= {"text_similarity", "same_target_group", "output_similarity", "code_level",
                            "same_dimension", "same_element", "years_overlap", "evidence"}, sorted(set(missing))


def test_agency_codes_are_named_ids_that_say_it_are_not():
    frame = pd.DataFrame({"id": ["A1"], "agency": ["OPD-01"], "agencies": [("DINKES", "OPD-02")]})
    names = {"OPD-01": "Badan Kepegawaian Daerah", "OPD-02": "Dinas Sosial", "DINKES": "Dinas Kesehatan",
             "A1": "simpeg.bantenprov.go.id"}
    out = format_table(frame, names=names, width=None)
    assert out.splitlines()[1].split("  ")[0] == "A1 simpeg.bantenprov.go.id"
    assert "OPD-01 Badan Kepegawaian Daerah" in out and "DINKES Dinas" not in out
    assert "OPD-02 Dinas Sosial" in out


def test_node_labels_of_a_city_we_did_not_write():
    city, _ = load_model([ROOT / "tests" / "data" / "real" / "banten-apps"])
    labels = node_labels(city)
    assert labels["BTN-T1-004"] == "simpeg.bantenprov.go.id"
    assert labels["BTN.badan-kepegawaian-daerah"] == "Badan Kepegawaian Daerah"


def test_one_row_per_agency_names_it_once_and_says_states_in_words():
    """synergy status's table: the agency's name beside its code (not again in a column of its own),
    the state and the roadmap's horizon in the run's language; CSV keeps the contract's values."""
    frame = pd.DataFrame({"agency": ["OPD-01", "OPD-02"], "name": ["Badan Kepegawaian Daerah", "Dinas Sosial"],
                          "state": ["returned", "missing"], "errors": [0, 0]})
    lines = format_table(frame, width=100).splitlines()
    assert lines[0].split() == ["perangkat", "daerah", "keadaan", "kesalahan"]
    assert lines[1].split()[:5] == ["OPD-01", "Badan", "Kepegawaian", "Daerah", "kembali"]
    assert "belum kembali" in lines[2]
    assert "returned" in format_table(frame, lang="en", width=100)
    roadmap = format_table(pd.DataFrame({"phase": [1], "program": ["P-1"], "horizon": ["quick-win"]}))
    assert roadmap.splitlines()[1].split()[-1] == "cepat"


def test_a_reader_that_stops_early_ends_the_command_quietly():
    # `synergy roadmap | head -1`: head is gone before the rest is written; nobody is left to
    # read an error either. Here the reader is gone before the first piece, which makes the
    # write meet a closed pipe whatever size the system's pipes are.
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "cli", "roadmap", "--format", "jsonl"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    error = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 1
    assert error == ""  # no "Kesalahan ... Broken pipe", no traceback, no "Exception ignored"


def _csv_by_the_csv_module(frame):
    """The CSV text as Python's csv.writer writes it, cell by cell (what write_csv replaced)."""
    import csv

    from synergy.output import _cell_text, csv_safe

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([str(c) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([csv_safe(_cell_text(v)) for v in row])
    return buffer.getvalue()


_TRICKY = "ab ,;\"'\n\r\t=+-@\x00éİ漢"


@pytest.mark.parametrize("columns", [1, 2, 4])
def test_csv_is_the_csv_modules_bytes_on_any_text(columns):
    # write_csv puts the quotes in itself (twice as fast on long reasons): the bytes must be
    # csv.writer's for any text, list, number, truth value or missing cell, except that a cell
    # with a carriage return is quoted (csv.writer leaves it bare: readers then split the row);
    # and whatever the cells, a CSV reader reads every row back whole
    import csv

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from synergy.output import _cell_text, csv_safe, write_csv

    text = st.text(alphabet=_TRICKY, max_size=12)
    cell = st.one_of(text, st.tuples(text, text), st.none(), st.floats(allow_infinity=False), st.integers(),
                     st.booleans())
    header = st.text(alphabet=_TRICKY, max_size=6)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(header, min_size=columns, max_size=columns, unique=True),
           st.lists(st.lists(cell, min_size=columns, max_size=columns), max_size=6))
    def check(names, rows):
        frame = pd.DataFrame(rows, columns=names, dtype=object) if rows else pd.DataFrame(columns=names)
        buffer = io.StringIO()
        write_csv(frame, buffer)
        written = buffer.getvalue()
        cells = [[str(csv_safe(_cell_text(v))) for v in row] for row in frame.itertuples(index=False, name=None)]
        assert list(csv.reader(io.StringIO(written, newline=""))) == [[str(c) for c in frame.columns], *cells]
        if not any("\r" in cell for row in [list(map(str, frame.columns)), *cells] for cell in row):
            assert written == _csv_by_the_csv_module(frame)

    check()


def test_a_carriage_return_in_a_cell_does_not_split_its_row():
    # ingest keeps a CR inside a cell ("Aplikasi\rSurat" from a quoted CSV cell): written bare, pandas
    # and the csv module read two rows of it
    from synergy.output import render

    frame = pd.DataFrame({"name": ["Aplikasi\rSurat", "x"], "n": [1, 2]})
    text = render(frame, "csv")
    assert text == 'name,n\n"Aplikasi\rSurat",1\nx,2\n'
    assert pd.read_csv(io.StringIO(text)).to_dict("records") == [{"name": "Aplikasi\rSurat", "n": 1},
                                                                 {"name": "x", "n": 2}]


def test_csv_of_typed_columns_is_the_csv_modules_bytes():
    from synergy.output import write_csv

    frame = pd.DataFrame({"n": pd.array([1, None, -3], dtype="Int64"), "f": [0.1, float("nan"), 1e20],
                          "b": [True, False, True], "s": ["=x", "a,b", 'q"'], "": ["", "", ""]})
    buffer = io.StringIO()
    write_csv(frame, buffer)
    assert buffer.getvalue() == _csv_by_the_csv_module(frame)
    one = pd.DataFrame({"only": ["", "x", None]})  # a row of one empty cell is "" for csv.writer
    buffer = io.StringIO()
    write_csv(one, buffer)
    assert buffer.getvalue() == _csv_by_the_csv_module(one) == 'only\n""\nx\n""\n'
