"""The CSV writer's quick path for columns with nothing to guard or quote (``output._plain_cells``).

A column of ids, names or tuples of agencies is written as its own texts when one scan of the
column says no cell needs a formula guard or quotes; these tests hold that path to the cell by
cell writer (``output._guarded_cell``), which the CSV and formula-injection tests pin down.
"""
from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from synergy.output import _guarded_cell, _object_cells, csv_column_lines

# texts made of the characters that matter (separators, quotes, line ends, formula starts, NUL)
CHARS = st.sampled_from(list("ab -;=+@,\"\n\r\t\x00é"))
TEXTS = st.text(CHARS, max_size=6)


def _one_by_one(values) -> list[str]:
    return [_guarded_cell(v if isinstance(v, str) else ";".join(v)) for v in values]


@settings(max_examples=500, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=8))
def test_a_column_of_texts_is_written_as_cell_by_cell(values):
    assert _object_cells(list(values)) == _one_by_one(values)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(TEXTS, TEXTS) | st.tuples(TEXTS) | st.just(()), min_size=1, max_size=8))
def test_a_column_of_tuples_is_written_as_cell_by_cell(values):
    assert _object_cells(list(values)) == _one_by_one(values)


def test_the_quick_path_is_taken_and_left_where_it_should():
    ids = [f"P-{i}" for i in range(1000)]
    assert _object_cells(ids) is ids  # plain: the texts themselves, no copy
    assert _object_cells(ids + ["-1"])[-1] == "'-1"  # a formula start at the last cell
    assert _object_cells(["a", "x;@y"]) == ["a", "x;'@y"]  # after a ';', where Excel starts a cell
    assert _object_cells([("a", "b"), ("c", "=d")]) == ["a;b", "c;'=d"]
    assert _object_cells([("a", 1)]) == ["a;1"]  # not texts only: cell by cell


def test_plain_lines_read_back_as_the_values():
    rows = [("P-1", ("DINSOS", "DP3A"), "Data kemiskinan; DTKS"), ("P-2", (), "")]
    text = "".join(csv_column_lines([list(column) for column in zip(*rows)]))
    assert list(csv.reader(io.StringIO(text))) == [["P-1", "DINSOS;DP3A", "Data kemiskinan; DTKS"], ["P-2", "", ""]]
