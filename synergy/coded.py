"""Columns of many rows as a table of distinct values and, per row, the position of its value.

A dense roll-up's findings repeat the same few values in most columns (agencies, names,
evidence, action) and even its reasons are a handful of pieces put together, but it has
millions of rows. Written this way, each distinct value is made once (in Python), the rows
only hold integers (numpy), and the CSV text of all rows can be put together without a
Python call per row (:func:`csv_bytes`, with pyarrow's compute functions). Decoded
(:meth:`Coded.values`), the columns are the plain Python lists a frame is made of.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .output import column_caches, guarded_cell, object_cells

__all__ = ["Coded", "Joined", "object_array", "rounded", "csv_bytes", "CellTexts"]


@dataclass
class Coded:
    """A column: ``table`` holds the distinct values, ``codes`` (integers) the row's position in it."""

    table: object  # a list, tuple or numpy object array
    codes: np.ndarray

    def __len__(self) -> int:
        return len(self.codes)

    def values(self) -> list:
        """The column as a list of Python values, row by row."""
        if isinstance(self.table, np.ndarray):
            return self.table[self.codes].tolist()
        return list(map(self.table.__getitem__, self.codes.tolist()))


@dataclass
class Joined:
    """A text column made of pieces (each a :class:`Coded` column of texts) joined by ``sep``:
    the first ``optional`` pieces only when they are not empty, the others always."""

    pieces: list
    optional: int
    sep: str = "; "

    def __len__(self) -> int:
        return len(self.pieces[0])

    def values(self) -> list:
        """The column as a list of texts, row by row."""
        sep, optional = self.sep, self.optional
        columns = [piece.values() for piece in self.pieces]
        return [sep.join([text for text in row[:optional] if text] + list(row[optional:]))
                for row in zip(*columns)]


def object_array(values) -> np.ndarray:
    """``values`` (tuples among them) as a one-dimensional object array (np.array would make a tuple a row).

    >>> object_array([("a", "b"), ("c", "d")]).shape
    (2,)
    """
    return np.fromiter(values, dtype=object, count=len(values))


def rounded(values: np.ndarray, digits: int = 3) -> Coded:
    """``[round(v, digits) for v in values]`` as a coded column, the same floats Python's round
    gives: the value scaled and rounded by numpy, and by Python where numpy could be a unit
    off (within a billionth of half a unit) or the sign of zero matters.

    >>> rounded(np.array([0.8765, 0.5, 1.0, 0.0004999, 2.675])).values()
    [0.876, 0.5, 1.0, 0.0, 2.675]
    """
    values = np.asarray(values, dtype=np.float64)
    scale = 10.0 ** digits
    scaled = values * scale
    codes = np.rint(scaled)
    unsure = (np.abs(scaled - np.floor(scaled) - 0.5) < 1e-9) | np.signbit(values) | ~np.isfinite(values)
    keys = codes.tolist()
    for i in np.flatnonzero(unsure).tolist():
        keys[i] = ("py", round(float(values[i]), digits))  # Python's own answer, kept apart
    found, uniques = pd.factorize(object_array(keys)) if unsure.any() else pd.factorize(codes)
    table = [u[1] if isinstance(u, tuple) else round(u / scale, digits) for u in uniques.tolist()]
    return Coded(table, found.astype(np.int64))


class CellTexts:
    """The CSV cell texts of coded tables (:func:`synergy.output.object_cells`), made once per
    table for the tables that stay the same from piece to piece (the records' ids, names,
    agencies: ``lasting``) and once per distinct text for the others."""

    def __init__(self, lasting=()):
        self._lasting = {id(t): t for t in lasting}
        self._cache = column_caches(["cells"])[0]
        self._made: dict = {}

    def __call__(self, table, end: str = ""):
        """The cells of ``table`` as a pyarrow array of texts (64-bit offsets: a piece may hold more
        than 2 GB of text), each followed by ``end``."""
        import pyarrow as pa

        key = (id(table), end)
        if key[0] in self._lasting and key in self._made:
            return self._made[key]
        texts = object_cells(table, self._cache)
        found = pa.array([text + end for text in texts] if end else texts, type=pa.large_string())
        if key[0] in self._lasting:
            self._made[key] = found
        return found


def csv_bytes(columns, cells: CellTexts) -> bytes:
    r"""The CSV lines (UTF-8) of the rows these coded columns make, as
    :func:`synergy.output.csv_column_lines` writes them for the decoded columns.

    Each table's cells are written once, in Python (``cells``); a :class:`Joined` column is
    joined and quoted column-wise, in Python (:func:`synergy.output.guarded_cell`, one cell)
    only for the rare cells that hold a quote, a tab or a formula start. Needs pyarrow.
    """
    import pyarrow.compute as pc

    if not columns or not len(columns[0]):
        return b""
    made = []
    for j, column in enumerate(columns):
        last = j == len(columns) - 1
        if isinstance(column, Joined):
            made.append(_joined_cells(column))
            if last:
                made[-1] = pc.binary_join_element_wise(made[-1], _text("\n"), _text(""))
        else:  # the line's end written once into the last column's table, not once per row
            made.append(pc.take(cells(column.table, "\n" if last else ""), _indices(column.codes)))
    lines = pc.binary_join_element_wise(*made, _text(","))
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)[lines.offset:lines.offset + len(lines) + 1]
    start, end = int(offsets[0]), int(offsets[-1])
    return lines.buffers()[2].slice(start, end - start).to_pybytes()


def _text(text: str):
    import pyarrow as pa

    return pa.scalar(text, type=pa.large_string())


def _indices(codes):
    import pyarrow as pa

    return pa.array(np.asarray(codes, dtype=np.int64))


# what the plain quoting below cannot write (synergy.output._guarded_cell): a formula start at the
# beginning or after a ";" (Excel splits the cell there), a tab, a quote
_FORMULA_START = re.compile(r"^[=+\-@\t\r]")
_INNER = re.compile(r'[\t"]|;[=+\-@]')
_QUOTED = re.compile(r"[,\n\r]")


def _joined_cells(column: Joined):
    """The CSV cells of a :class:`Joined` column: pieces joined, then quoted where needed. Whether a
    cell needs quotes, or Python's care, is read from its pieces' distinct texts, not from each cell."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(column.pieces[0].codes)
    pieces, quote, unplain = [], np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    started = np.zeros(n, dtype=bool)  # the cell's first piece is behind
    for k, piece in enumerate(column.pieces):
        table, codes = [str(text) for text in piece.table], np.asarray(piece.codes, dtype=np.int64)
        optional = k < column.optional
        texts = pa.array([None if (optional and not text) else text for text in table], type=pa.large_string())
        pieces.append(pc.take(texts, _indices(codes)))
        flags = np.array([(bool(_QUOTED.search(text)), bool(_INNER.search(text)),
                           bool(_FORMULA_START.match(text)), bool(text) or not optional) for text in table],
                         dtype=bool).reshape(-1, 4)[codes]
        quote |= flags[:, 0]
        unplain |= flags[:, 1] | (~started & flags[:, 2])
        started |= flags[:, 3]
    joined = pc.binary_join_element_wise(*pieces, _text(column.sep), null_handling="skip")
    if quote.any():
        marks = pa.array(["", '"'], type=pa.large_string())
        at = _indices(quote)
        joined = pc.binary_join_element_wise(pc.take(marks, at), joined, pc.take(marks, at), _text(""))
    if unplain.any():
        rows = np.flatnonzero(unplain)
        plain = pc.binary_join_element_wise(*(p.take(pa.array(rows)) for p in pieces), _text(column.sep),
                                            null_handling="skip")
        written = pa.array([guarded_cell(text) for text in plain.to_pylist()], type=pa.large_string())
        at = np.zeros(n, dtype=np.int64)
        at[rows] = np.arange(len(rows))
        joined = pc.if_else(pa.array(unplain), pc.take(written, pa.array(at)), joined)
    return joined
