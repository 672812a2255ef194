"""A CSV text with no quote, no carriage return and no NUL is split line by line and cell by
cell (``synergy.readers._PlainRecords``) instead of parsed by the csv module: what it gives,
and what a load of it reports, must be what the csv module's path gives."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synergy import readers
from synergy.ingest import load_model, validate_sources
from synergy.readers import _CsvRecords, _PlainRecords

# cells of letters, blanks (ASCII and Unicode whitespace, which the reader strips), delimiters
# of every kind and line breaks: blank lines, short and long rows, a last line with or without
# its line break
CELL = st.text(alphabet=st.sampled_from(list("ab9 ,;\t\n\u00a0\u3000é")), max_size=12)


def _csv_records(text, delimiter):
    found = _CsvRecords(text, delimiter, "x.csv", "programs", [])
    return [(i, list(cells)) for i, cells in found], list(found.ends)


def _plain_records(text, delimiter):
    found = _PlainRecords(text, delimiter)
    return [(i, list(cells)) for i, cells in found], list(found.ends)


@settings(max_examples=300, deadline=None)
@given(st.lists(CELL, max_size=30), st.sampled_from([",", ";", "\t"]))
def test_plain_records_are_the_csv_modules_records(parts, delimiter):
    text = "".join(parts)
    assert _PlainRecords.fits(text)
    assert _plain_records(text, delimiter) == _csv_records(text, delimiter)


@pytest.mark.parametrize("text", ["", "\n", "\n\n", "a", "a\n", "a\n\n", "\na,b\n", "a,,\n,\n", "a;b\nc"])
def test_plain_records_at_the_edges(text):
    for delimiter in ",;":
        assert _plain_records(text, delimiter) == _csv_records(text, delimiter)


def test_a_long_text_is_split_in_pieces_at_line_breaks(monkeypatch):
    monkeypatch.setattr(_PlainRecords, "PIECE", 7)  # many pieces, cut in the middle of lines
    text = "".join(f"id{i},nama {i},,x\n" if i % 5 else "\n" for i in range(60)) + "akhir,tanpa,baris,baru"
    assert _plain_records(text, ",") == _csv_records(text, ",")


@pytest.mark.parametrize("text", ['a,"b"\n', "a,b\r\n", "a\x00,b\n"])
def test_a_quote_a_carriage_return_or_a_nul_takes_the_csv_modules_path(text):
    assert not _PlainRecords.fits(text)


def _write(folder, programs: str):
    folder.mkdir()
    (folder / "agencies.csv").write_text("id,name\nOPD1,Dinas Satu\nOPD2,Dinas Dua\n", encoding="utf-8")
    (folder / "programs.csv").write_text(programs, encoding="utf-8")
    return folder


HOSTILE = (
    "id,name,agency,dimension,budget,uses\n"
    "P1, Aplikasi Satu ,OPD1,governance,1000,\n"     # blanks around a cell
    "\n"                                              # a blank line
    "P2,Aplikasi Dua,OPD9,living,banyak,DS-X\n"       # an unknown agency, an unreadable budget
    "P3,,OPD2,society,,\n"                            # an empty required cell
    "P1,Aplikasi Satu,OPD1,governance,1000,\n"        # a repeated id
    "P4,Aplikasi Empat,OPD2,economy,5,,extra,cells\n"  # more cells than the header
    " , , , , , \n"                                   # a row of blanks
    "P5,Aplikasi Lima,OPD2"                           # a short last row, no line break
)


def test_a_load_reports_the_same_on_both_paths(tmp_path, monkeypatch):
    folder = _write(tmp_path / "kota", HOSTILE)
    plain = validate_sources([folder])
    monkeypatch.setattr(readers._PlainRecords, "fits", staticmethod(lambda text: False))
    parsed = validate_sources([folder])
    assert plain == parsed
    assert any(p.row == 4 for p in plain)  # the unknown agency's row, counted with the blank line


def test_a_clean_load_gives_the_same_model_on_both_paths(tmp_path, monkeypatch):
    rows = "".join(f"P{i},Program {i},OPD{1 + i % 2},governance;living,{i * 10},\n" for i in range(1, 40))
    folder = _write(tmp_path / "kota", "id,name,agency,dimension,budget,uses\n" + rows)
    plain, plain_problems = load_model([folder])
    monkeypatch.setattr(readers._PlainRecords, "fits", staticmethod(lambda text: False))
    parsed, parsed_problems = load_model([folder])
    assert plain_problems == parsed_problems
    assert plain.programs.equals(parsed.programs) and len(plain.programs) == 39
