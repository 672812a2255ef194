"""Coded columns (synergy.coded): the same values and the same CSV bytes as the plain path.

A dense roll-up's pairs are written from tables of distinct values and integer codes, their
CSV lines put together by pyarrow. These tests hold that path to the plain one (Python
values, :func:`synergy.output.csv_column_lines`) byte for byte: on cells that need quotes or
a formula guard, on Python's rounding, and on whole outputs of the sample city and the
labelled set, with the fast path turned off for comparison.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synergy import optional
from synergy.coded import CellTexts, Coded, Joined, csv_bytes, rounded
from synergy.duplicates import find_duplicates
from synergy.ingest import load_model
from synergy.output import csv_column_lines

pytest.importorskip("pyarrow")
ROOT = Path(__file__).resolve().parent.parent


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(min_value=-2, max_value=2, allow_nan=False), min_size=1, max_size=50))
def test_rounded_is_pythons_round(values):
    assert rounded(np.array(values)).values() == [round(v, 3) for v in values]


def test_rounded_at_the_halves_and_signed_zero():
    # values whose scaled form sits on (or a hair from) half a unit, where numpy's rint can differ
    values = [0.0005, 0.0015, 0.8765, 2.675, 1.0005, 0.1235, -0.0, -0.0004, 0.9995, 1e-12, 0.5]
    values += [k / 1000 + 0.0005 for k in range(1000)]
    got = rounded(np.array(values)).values()
    want = [round(v, 3) for v in values]
    assert got == want and [repr(v) for v in got] == [repr(v) for v in want]


def _cells():
    return CellTexts()


def test_joined_cells_are_quoted_and_guarded_as_the_plain_writer_does():
    # pieces that start a formula, hold a quote, a tab, ";=" or a comma, and empty optional pieces
    first = Coded(["", "=SUM(A1)", "kata, kunci", 'ada "kutip"', "-5", "a;=b", "x\ty", "@home"], None)
    second = Coded(["", "bukti", "+1,5"], None)
    last = Coded(["pimpinan", "", "=lead"], None)
    rows = [(i, j, k) for i in range(8) for j in range(3) for k in range(3)]
    codes = [np.array(c, dtype=np.int64) for c in zip(*rows)]
    reasons = Joined([Coded(first.table, codes[0]), Coded(second.table, codes[1]), Coded(last.table, codes[2])],
                     optional=2)
    ids = Coded(np.array(["=id", "P-1", "P,2"], dtype=object), codes[2])
    score = rounded(np.linspace(0, 1, len(rows)))
    columns = [ids, reasons, score, Coded([("a", "=b"), ()], codes[1] % 2)]
    plain = "".join(csv_column_lines([column.values() for column in columns])).encode("utf-8")
    assert csv_bytes(columns, _cells()) == plain
    # the plain values follow the rule: optional pieces only when not empty, the others always
    said = reasons.values()
    assert said[0] == "pimpinan" and said[1] == "" and said[-1] == "@home; +1,5; =lead"


def test_no_rows_no_bytes():
    assert csv_bytes([Coded((), np.zeros(0, dtype=np.int64))], _cells()) == b""


@pytest.mark.parametrize("source, kind", [(None, "programs"), (None, "applications"),
                                          ("tests/data/duplicates", "programs")])
def test_every_candidate_pair_writes_the_same_csv_with_and_without_pyarrow(monkeypatch, source, kind):
    model, _ = load_model(ROOT / source if source else None)
    monkeypatch.setenv("SYNERGY_WORKERS", "1")
    pairs = find_duplicates(model, threshold=0.0, kind=kind, stream=True).pairs
    assert len(pairs) > 50  # every candidate: many pairs, most of them weak
    fast = b"".join(pairs.text_pieces("csv", 37, encoded=True))
    monkeypatch.setattr(optional, "available", lambda module: False)
    plain = b"".join(pairs.text_pieces("csv", 37, encoded=True))
    assert fast == plain
