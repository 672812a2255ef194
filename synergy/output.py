"""Machine-readable output of analysis results: table, CSV or JSON, written safely.

CSV cells that Excel would read as a formula (starting with ``=``, ``+``, ``-``,
``@``, tab or carriage return) get a leading ``'`` so that they show as text; so
does every piece after a ``;`` or tab inside a cell, because Excel set to ``;``
as list separator (the Indonesian default) splits the cell there.
Files are written atomically: a crash never leaves half a file behind.
"""
from __future__ import annotations

import io
import itertools
import json
import math
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from .csvtext import csv_lines, quote_cell

__all__ = ["FORMATS", "render", "render_chunks", "render_frames", "joined_texts", "joined_blocks", "block_text", "write_csv", "write_text_atomic", "write_chunks_atomic",
           "current_umask", "csv_safe", "to_jsonable"]

FORMATS = ("table", "csv", "json", "jsonl")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A ';' or tab right before a formula start: where Excel with ';' as separator starts a cell.
_SPLIT_FORMULA = re.compile(r"([;\t])(?=[=+\-@])")


def csv_safe(value):
    """Neutralise a cell that a spreadsheet would evaluate as a formula.

    >>> csv_safe("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> csv_safe("P-001"), csv_safe(-5)
    ('P-001', -5)
    >>> csv_safe("P-1;=cmd"), csv_safe("DS-1;DS-2")
    ("P-1;'=cmd", 'DS-1;DS-2')
    """
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_STARTS):
        value = "'" + value
    if ";" in value or "\t" in value:
        # Excel set to ';' as list separator (the Indonesian default) splits an unquoted
        # "P-1;=cmd" into two cells, the second a live formula: guard every piece
        value = _SPLIT_FORMULA.sub(r"\1'", value)
    return value


def _cell_text(value) -> str | object:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value


def to_jsonable(value):
    """Plain JSON values from pandas/numpy cells (NA -> None, tuples -> lists)."""
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def render(frame: pd.DataFrame, fmt: str = "table", *, max_width: int = 60) -> str:
    """The text of ``frame`` in one of :data:`FORMATS`.

    >>> df = pd.DataFrame({"program_a": ["P1"], "program_b": ["=cmd"], "score": [0.9]})
    >>> print(render(df, "csv"), end="")
    program_a,program_b,score
    P1,'=cmd,0.9
    >>> render(df, "json")
    '[\\n  {\\n    "program_a": "P1",\\n    "program_b": "=cmd",\\n    "score": 0.9\\n  }\\n]\\n'
    >>> print(render(pd.concat([df, df]), "jsonl"), end="")  # JSON Lines: one object per line
    {"program_a": "P1", "program_b": "=cmd", "score": 0.9}
    {"program_a": "P1", "program_b": "=cmd", "score": 0.9}
    """
    if fmt in ("csv", "json", "jsonl"):  # the pieces the CLI writes one at a time, joined
        return "".join(render_chunks(frame, fmt))
    if fmt == "table":
        if frame.empty:
            return "(tidak ada hasil / no results)\n"
        shown = frame.apply(lambda col: col.map(lambda v: _shorten(str(_cell_text(v)), max_width)))
        return shown.to_string(index=False) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


#: Rows formatted at a time by :func:`render_chunks`: the text of a million findings is never whole.
CHUNK_ROWS = 50_000


def render_chunks(frame: pd.DataFrame, fmt: str, *, rows: int | None = None) -> Iterator[str]:
    """The text of :func:`render` in pieces of at most ``rows`` rows, to be written as they come.

    Joined, the pieces are ``render(frame, fmt)`` whatever ``rows`` is (CSV, JSON, JSON Lines;
    a table, for people, comes in one piece). ``rows`` defaults to :data:`CHUNK_ROWS`. JSON is
    ``json.dumps`` of the list of rows with ``indent=2``, written a row at a time.

    >>> df = pd.DataFrame({"a": ["x", "=y", "z"], "b": [("p", "q"), (), ("r",)]})
    >>> [len(list(render_chunks(df, f, rows=2))) for f in ("csv", "json", "jsonl")]
    [2, 3, 2]
    >>> joined = "".join(render_chunks(df, "json", rows=2))
    >>> joined == json.dumps(list(_json_rows(df)), ensure_ascii=False, indent=2) + chr(10)
    True
    """
    rows = CHUNK_ROWS if rows is None else rows
    if rows < 1:
        raise ValueError(f"rows must be 1 or more, got {rows}")
    if fmt not in ("csv", "json", "jsonl"):
        return iter([render(frame, fmt)])
    return render_frames((frame.iloc[start:start + rows] for start in range(0, len(frame), rows) or (0,)), fmt)


def render_frames(frames: Iterable[pd.DataFrame], fmt: str) -> Iterator[str]:
    """The text of :func:`render` of the frames joined, a piece per frame, each written as it comes.

    For a table made a piece at a time (:class:`synergy.explain.PairFrames`): the frames
    share their columns; the first one gives the CSV header (so it may be empty); a table,
    for people, is rendered whole.

    >>> df = pd.DataFrame({"a": ["x", "=y", "z"], "b": [("p", "q"), (), ("r",)]})
    >>> all("".join(render_frames([df.iloc[:1], df.iloc[1:]], f)) == render(df, f) for f in ("csv", "json", "jsonl"))
    True
    """
    if fmt == "csv":
        for number, frame in enumerate(frames):
            buffer = io.StringIO()
            write_csv(frame, buffer, header=number == 0)
            yield buffer.getvalue()
    elif fmt in ("json", "jsonl"):
        yield from joined_texts((json_row_texts(frame.itertuples(index=False, name=None), frame.columns, fmt)
                                 for frame in frames), fmt)
    else:
        yield render(pd.concat(list(frames), ignore_index=True), fmt)


def joined_texts(pieces: Iterable[list[str]], fmt: str, columns=(), *, encoded: bool = False) -> Iterator[str]:
    r"""The text of a table in ``fmt`` from its rows' texts (:func:`csv_row_lines`,
    :func:`json_row_texts`), given a piece of rows at a time: the CSV header (of ``columns``)
    first, a JSON array's brackets and commas around the items. With ``encoded`` the rows'
    texts are UTF-8 bytes (:class:`PackedTexts`) and so is what comes out.

    >>> "".join(joined_texts([['{"a": 1}'], [], ['{"a": 2}']], "json"))
    '[\n  {"a": 1},\n  {"a": 2}\n]\n'
    >>> "".join(joined_texts([[]], "json")), "".join(joined_texts([["1\n"]], "csv", ["a"]))
    ('[]\n', 'a\n1\n')
    >>> b"".join(joined_texts([PackedTexts(['{"é": 1}', '{"a": 2}'])], "json", encoded=True)).decode()
    '[\n  {"é": 1},\n  {"a": 2}\n]\n'
    """
    def text(words: str):
        return words.encode("utf-8") if encoded else words

    if fmt == "csv":
        yield text(csv_header(columns))
    if fmt != "json":
        for texts in pieces:
            yield text("").join(texts)
        return
    # json.dumps(rows, indent=2) writes each row as dumps(row, indent=2), two spaces further in
    begun = False
    for texts in pieces:
        if texts:
            yield text(",\n  " if begun else "[\n  ") + text(",\n  ").join(texts)
            begun = True
    yield text("\n]\n" if begun else "[]\n")


class PackedTexts:
    r"""Texts as one block of UTF-8 bytes and where each ends: what a worker process sends back
    instead of a list of texts (one copy of bytes to send, none to decode and encode again in
    the parent, which writes them). Iterating gives each text's bytes, in order.

    >>> [bytes(b).decode() for b in PackedTexts(["a,b\n", "é\n", ""])]
    ['a,b\n', 'é\n', '']
    """

    def __init__(self, texts: Iterable[str]):
        encoded = [t.encode("utf-8") for t in texts]
        self.blob = b"".join(encoded)
        self.ends = list(itertools.accumulate(map(len, encoded)))

    def __iter__(self):
        view, start = memoryview(self.blob), 0
        for end in self.ends:
            yield view[start:end]
            start = end


def _json_rows(frame: pd.DataFrame):
    """Each row as a dict of plain JSON values, column names as text (``json`` and ``jsonl``)."""
    return _json_dicts(frame.itertuples(index=False, name=None), frame.columns)


def _json_dicts(rows, columns):
    rows = list(rows)
    if rows:
        yield from _json_column_dicts(list(zip(*rows)), columns)


def _json_column_dicts(values, columns):
    """Each row of these columns (equal-length sequences of cells) as a dict of plain JSON values."""
    names = [str(c) for c in columns]
    for row in zip(*map(_json_column, values)):
        yield dict(zip(names, row))


_PLAIN_JSON = frozenset({str, bool, int, type(None)})


def _json_column(values):
    """:func:`to_jsonable` of each cell of a column; a column of texts, numbers, truth values or
    tuples of texts as it is (``json`` writes a tuple as a list), without a Python call per cell.

    >>> _json_column(("a", None, 2)), _json_column(((), ("x",))), _json_column((0.5, float("nan")))
    (('a', None, 2), ((), ('x',)), [0.5, None])
    >>> _json_column((pd.NA, ("y", pd.NA)))
    [None, ['y', None]]
    """
    kinds = set(map(type, values))
    if kinds <= _PLAIN_JSON:
        return values
    if kinds == {tuple} and set(map(type, itertools.chain.from_iterable(values))) <= {str}:
        return values
    if kinds == {float}:
        return [None if math.isnan(v) else v for v in values] if any(map(math.isnan, values)) else values
    return list(map(to_jsonable, values))


def write_csv(frame: pd.DataFrame, handle, *, header: bool = True) -> None:
    """Write ``frame`` as CSV to a text ``handle``, every cell formula-guarded (:func:`csv_safe`).

    Column by column, not cell by cell through pandas: a million-row table of findings is
    written in seconds. ``header=False`` appends rows to a file already begun (streaming).
    The bytes are those of Python's ``csv.writer`` (minimal quoting, ``\n`` line ends), put
    together without it: twice as fast on long reasons; but a cell with a carriage return is
    quoted too (:func:`synergy.csvtext.quote_cell`).

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv(pd.DataFrame({"a": [("x", "y"), None], "b": ["=1", 2.5], "c": pd.array([1, None], dtype="Int64")}), out)
    >>> print(out.getvalue(), end="")
    a,b,c
    x;y,'=1,1
    ,2.5,
    """
    if header:
        handle.write(csv_header(frame.columns))
    if len(frame):
        handle.writelines(csv_lines(zip(*(_csv_cells(frame[c]) for c in frame.columns)), len(frame.columns)))


def csv_header(columns) -> str:
    """The header line :func:`write_csv` writes for these column names."""
    return next(iter(csv_lines([[quote_cell(str(c)) for c in columns]], len(columns))))


def csv_row_lines(rows) -> list[str]:
    r"""The CSV lines :func:`write_csv` writes for a frame made of these rows (tuples of plain
    Python values: texts, lists, numbers, booleans, None or NA), without building the frame.

    Each value is written as :func:`_csv_cells` writes it in its column (a text formula-guarded
    and quoted, a list joined by ``;``, a number or boolean as Python prints it, missing empty),
    so the lines are those of the frame whatever dtype pandas would give the column.

    >>> print(csv_row_lines([("P-1", 0.5, ("a", "=b"), None, True, "x,y")])[0], end="")
    P-1,0.5,a;'=b,,True,"x,y"
    >>> rows = [("=1", ("p", "q"), pd.NA, 2.0, False), ("b", (), float("nan"), -3.5, True)]
    >>> frame = pd.DataFrame(rows, columns=list("abcde"))
    >>> buffer = io.StringIO(); write_csv(frame, buffer, header=False)
    >>> "".join(csv_row_lines(rows)) == buffer.getvalue()
    True
    """
    rows = list(rows)
    return csv_column_lines(list(zip(*rows))) if rows else []


def csv_column_lines(columns, caches=None) -> list[str]:
    r""":func:`csv_row_lines` of the rows these columns make (equal-length sequences of cells,
    in column order): for a table made column by column, with no rows to take apart.
    ``caches``: the columns' :func:`column_caches`, kept from piece to piece.

    >>> csv_column_lines([["P-1", "=P-2"], [0.5, None], [("a", "b"), ()]])
    ['P-1,0.5,a;b\n', "'=P-2,,\n"]
    """
    if not columns or not len(columns[0]):
        return []
    cells = map(_object_cells, columns) if caches is None else map(_object_cells, columns, caches)
    return list(csv_lines(zip(*cells), len(columns)))


def json_row_texts(rows, columns, fmt: str) -> list[str]:
    r"""Each row (a tuple of plain Python values in ``columns`` order) as :func:`render_frames`
    writes it in ``fmt``: a JSON Lines line (``jsonl``) or a ``json`` array's item, indented,
    without the separators (the caller joins them), without building the frame.

    >>> json_row_texts([("P-1", ("a", "b"), pd.NA)], ["id", "agencies", "budget"], "jsonl")
    ['{"id": "P-1", "agencies": ["a", "b"], "budget": null}\n']
    >>> rows = [("x", (), float("nan"), True), ("=y", ("p",), 2.5, None)]
    >>> frame = pd.DataFrame(rows, columns=list("abcd"))
    >>> "".join(json_row_texts(rows, list("abcd"), "jsonl")) == render(frame, "jsonl")
    True
    >>> "[\n  " + ",\n  ".join(json_row_texts(rows, list("abcd"), "json")) + "\n]\n" == render(frame, "json")
    True
    """
    rows = list(rows)
    return json_column_texts(list(zip(*rows)), columns, fmt) if rows else []


def jsonl_column_lines(values, columns, caches=None) -> list[str]:
    r"""The JSON Lines of the rows these columns make, the same text as
    ``json_column_texts(values, columns, "jsonl")``, without a dict and an encoder call per row:
    each cell's JSON text is made once per distinct text (or tuple of texts), and each line is
    filled in from one template. ``caches``: ``column_caches(columns, fmt="jsonl")``, kept from
    piece to piece.

    >>> cols = [["P-1", 'é"\\'], [True, None], [1.0, -0.0], [None, float("nan")], [("a", "b"), ()],
    ...         [pd.NA, 2], [("x", pd.NA), ("y",)], [float("inf"), 1e-07], [1, True]]
    >>> names = ["id", "t%s", "f", "n", "terms", "budget", "mixed", "inf", "int_bool"]
    >>> lines = jsonl_column_lines(cols, names)
    >>> lines == json_column_texts(cols, names, "jsonl"), lines[0][:37]
    (True, '{"id": "P-1", "t%s": true, "f": 1.0, ')
    """
    if not values or not len(values[0]):
        return []
    template = "{" + ", ".join(json.dumps(str(c), ensure_ascii=False).replace("%", "%%") + ": %s"
                               for c in columns) + "}\n"
    cells = map(_json_cells, values) if caches is None else map(_json_cells, values, caches)
    return [template % row for row in zip(*cells)]


def packed_column_texts(values, columns, fmt: str, caches=None) -> "PackedTexts":
    r"""The texts of the rows these columns make (equal-length sequences of cells), each as
    :func:`render_frames` writes a row in ``fmt`` (a CSV line, a JSON Lines line or a ``json``
    array's item), packed as UTF-8 (:class:`PackedTexts`): what a worker process sends back for
    output made a piece at a time. ``caches``: the columns' :func:`column_caches` (CSV and JSON Lines).

    >>> [bytes(b).decode() for b in packed_column_texts([["P-1"], [("a", "b")]], ["id", "terms"], "csv")]
    ['P-1,a;b\n']
    """
    if fmt == "csv":
        return PackedTexts(csv_column_lines(values, caches))
    if fmt == "jsonl":
        return PackedTexts(jsonl_column_lines(values, columns, caches))
    return PackedTexts(json_column_texts(values, columns, fmt))


def block_text(values, columns, fmt: str, caches=None) -> bytes:
    r"""The text of the rows these columns make (equal-length sequences of cells), in ``fmt``, as
    one block of UTF-8 bytes: CSV or JSON Lines lines one after the other, a ``json`` array's items
    with their commas between them. What a worker process sends back for a run of consecutive
    rows; :func:`joined_blocks` puts the blocks together. ``caches``: as :func:`packed_column_texts`.

    >>> block_text([["P-1", "=P-2"], [("a", "b"), ()]], ["id", "terms"], "csv")
    b"P-1,a;b\n'=P-2,\n"
    >>> block_text([["P-1", "P-2"], [(), ("a",)]], ["id", "terms"], "json").decode()
    '{\n    "id": "P-1",\n    "terms": []\n  },\n  {\n    "id": "P-2",\n    "terms": [\n      "a"\n    ]\n  }'
    """
    if fmt == "csv":
        texts = csv_column_lines(values, caches)
    elif fmt == "jsonl":
        texts = jsonl_column_lines(values, columns, caches)
    else:
        return ",\n  ".join(json_column_texts(values, columns, fmt)).encode("utf-8")
    return "".join(texts).encode("utf-8")


def joined_blocks(pieces: Iterable[list[bytes]], fmt: str, columns=()) -> Iterator[bytes]:
    r"""The text of a table in ``fmt`` as UTF-8 bytes, from its rows' :func:`block_text` blocks, a
    list of blocks per piece: the CSV header (of ``columns``) first, then a piece at a time (a
    ``json`` array's brackets and commas around the items), as :func:`joined_texts` joins rows.

    >>> b"".join(joined_blocks([[b'{"a": 1}', b""], [b'{"a": 2}']], "json"))
    b'[\n  {"a": 1},\n  {"a": 2}\n]\n'
    >>> b"".join(joined_blocks([[]], "json")), b"".join(joined_blocks([[b"1\n"]], "csv", ["a"]))
    (b'[]\n', b'a\n1\n')
    """
    if fmt == "csv":
        yield csv_header(columns).encode("utf-8")
    if fmt != "json":
        for blocks in pieces:
            yield b"".join(blocks)
        return
    begun = False
    for blocks in pieces:
        blocks = [block for block in blocks if block]
        if blocks:
            yield (b",\n  " if begun else b"[\n  ") + b",\n  ".join(blocks)
            begun = True
    yield b"\n]\n" if begun else b"[]\n"


def json_column_texts(values, columns, fmt: str) -> list[str]:
    r""":func:`json_row_texts` of the rows these columns make (equal-length sequences of cells).

    >>> json_column_texts([["P-1", "P-2"], [(), ("a",)]], ["id", "terms"], "jsonl")
    ['{"id": "P-1", "terms": []}\n', '{"id": "P-2", "terms": ["a"]}\n']
    """
    if not values or not len(values[0]):
        return []
    if fmt == "jsonl":
        return [json.dumps(row, ensure_ascii=False) + "\n" for row in _json_column_dicts(values, columns)]
    return [json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            for row in _json_column_dicts(values, columns)]


def object_cells(values, cache=None) -> list[str]:
    """The CSV cell text of each value, as :func:`csv_column_lines` writes a column of them;
    ``cache``: one of :func:`column_caches`, kept from call to call.

    >>> object_cells(["=a", ("b", "c"), None, 0.5, True])
    ["'=a", 'b;c', '', '0.5', 'True']
    """
    return _object_cells(list(values), cache)


def guarded_cell(text: str) -> str:
    """One text cell formula-guarded and quoted as :func:`csv_column_lines` writes it.

    >>> print(guarded_cell("=1, a"), guarded_cell('say "hi" now'))
    "'=1, a" "say ""hi"" now"
    """
    return _guarded_cell(text)


def _guarded_cell(text: str, starts=_FORMULA_STARTS) -> str:
    """A text cell formula-guarded (:func:`csv_safe`) and quoted (:func:`synergy.csvtext.quote_cell`)."""
    if text.startswith(starts):
        text = "'" + text
    if "\t" in text or (";" in text and (";=" in text or ";+" in text or ";-" in text or ";@" in text)):
        text = _SPLIT_FORMULA.sub(r"\1'", text)
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def _csv_cells(column: pd.Series) -> list[str]:
    """The CSV text of each cell of one column: text as written (lists joined by ``;``), empty for
    missing, formula-guarded, then quoted where needed (:func:`synergy.csvtext.quote_cell`)."""
    dtype = column.dtype
    if pd.api.types.is_bool_dtype(dtype) and not isinstance(dtype, pd.BooleanDtype):
        return [str(v) for v in column.tolist()]
    if pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_float_dtype(dtype):
        values = column.astype(object).where(column.notna(), None).tolist()
        return ["" if v is None else str(v) for v in values]
    return _object_cells(column.tolist())


_TRUTH_KINDS = frozenset({bool, type(None)})
_WHOLE_KINDS = frozenset({int, type(None), type(pd.NA)})
_TRUTH_CELLS = {True: "True", False: "False", None: ""}


class _CellTexts(dict):
    """The CSV text of a text cell or a tuple of texts, made once per distinct value.

    >>> _object_cells([("=a", "b"), ("=a", "b"), (1,), (True,)]), _object_cells(["x", "=1", "x"])
    (["'=a;b", "'=a;b", '1', 'True'], ['x', "'=1", 'x'])
    >>> _object_cells([True, None, False]), _object_cells([0.5, float("nan"), -0.0, 1e-07])
    (['True', '', 'False'], ['0.5', '', '-0.0', '1e-07'])
    >>> _object_cells([pd.NA, 1500000, -2, None]), _object_cells([1, True])
    (['', '1500000', '-2', ''], ['1', 'True'])
    """

    #: The text of one text cell.
    text = staticmethod(_guarded_cell)

    def __missing__(self, value):
        if isinstance(value, str):
            text = self[value] = _guarded_cell(value)
            return text
        text = _guarded_cell(";".join(map(str, value)))
        if all(type(item) is str for item in value):  # (1,) and (True,) are one key, but not one text
            self[value] = text
        return text


#: How many distinct cells a column's cache (:func:`column_caches`) keeps before starting afresh.
CACHE_CELLS = 200_000


#: What :func:`column_caches` gives for a column left uncached: its texts are made cell by cell.
UNCACHED = "uncached"


def column_caches(columns, uncached=(), fmt: str = "csv") -> list:
    r"""A cache of cell texts per column (:data:`UNCACHED` for the ``uncached`` ones), for
    :func:`csv_column_lines` (``fmt="jsonl"``: :func:`jsonl_column_lines`) called piece after
    piece on one table: a roll-up's ids, names, agencies, terms and evidence repeat from piece
    to piece; its reasons hardly do.

    >>> caches = column_caches(["id", "reasons"], uncached=("reasons",))
    >>> csv_column_lines([["=a", "=a"], ["x", "y"]], caches), len(caches[0]), caches[1]
    (["'=a,x\n", "'=a,y\n"], 1, 'uncached')
    """
    kind = _JsonTexts if fmt == "jsonl" else _CellTexts
    return [UNCACHED if column in uncached else kind() for column in columns]


class _JsonTexts(dict):
    """The JSON text of a text cell or a tuple of texts, made once per distinct value (a tuple
    holding anything else is written each time: ``(1,)`` and ``(True,)`` are one key)."""

    @staticmethod
    def text(value) -> str:
        """The text of one text cell, or of a tuple of texts."""
        return json.dumps(value, ensure_ascii=False)

    def __missing__(self, value):
        if isinstance(value, str) or all(type(item) is str for item in value):
            text = self[value] = self.text(value)
            return text
        return json.dumps(to_jsonable(value), ensure_ascii=False)


_JSON_TRUTH = {True: "true", False: "false", None: "null"}
_NUMBER_KINDS = frozenset({int, float, type(None), type(pd.NA)})


def _cached_texts(values, kinds: set, texts, kind) -> list[str] | None:
    """The cell texts of a column of texts only, or of tuples only (a findings table's ids, names,
    reasons, terms and evidence), looked up without a Python call per cell (millions of them) in
    ``texts``, a ``kind`` cache kept from earlier pieces (or a new one; :data:`UNCACHED`: a column
    whose texts hardly repeat, the reasons, each made as it comes). None for other columns."""
    if len(kinds) == 1 and (str in kinds or tuple in kinds):
        if texts is UNCACHED and str in kinds:  # no dictionary filled with two million reasons
            return list(map(kind.text, values))
        if texts is None or texts is UNCACHED:
            texts = kind()
        elif len(texts) > CACHE_CELLS:
            texts.clear()
        try:
            return list(map(texts.__getitem__, values))
        except TypeError:  # a tuple holding a list: not a dictionary key; the caller goes cell by cell
            pass
    return None


def _json_cells(values, texts: _JsonTexts | None = None) -> list[str]:
    """The JSON text of each cell of one column, as ``json.dumps`` writes it inside a row of
    :func:`json_column_texts` (missing values and NaN as ``null``, tuples as lists)."""
    kinds = set(map(type, values))
    cached = _cached_texts(values, kinds, texts, _JsonTexts)
    if cached is not None:
        return cached
    if kinds <= _TRUTH_KINDS:
        return list(map(_JSON_TRUTH.__getitem__, values))
    if kinds <= _NUMBER_KINDS and bool not in kinds:
        out = ["null" if v is None or v is pd.NA or v != v else repr(v) for v in values]
        if "inf" not in out and "-inf" not in out:  # json writes Infinity
            return out
    return [json.dumps(to_jsonable(v), ensure_ascii=False) for v in values]


#: What makes a text cell more than its own text: a quote, a separator or a line break (quoted),
#: a tab, or a formula start at the start of a cell or after a ';' (guarded, as :func:`_guarded_cell`
#: does); the check puts a NUL between the cells, so a NUL before a start is a cell's start.
_NOT_PLAIN = ('"', ",", "\n", "\r", "\t") + tuple(before + start for before in ("\x00", ";")
                                               for start in _FORMULA_STARTS)


def _plain_texts(texts) -> bool:
    r"""Whether each text is its own CSV cell, as :func:`_guarded_cell` would leave it: a column of
    ids and names checked at C speed, in a few scans of the column's joined text, instead of a
    lookup per cell (a million findings' ids). A text holding a NUL may be called not plain when
    it is: it is then written cell by cell, the same.

    >>> _plain_texts(["P-1", "Dinas Sosial", "a;b", ""]), _plain_texts(["P-1", "-1"]), _plain_texts(["a", "b,c"])
    (True, False, False)
    >>> _plain_texts(["x;=1"]), _plain_texts(["tab\there"]), _plain_texts(["=SUM(A1)"])
    (False, False, False)
    """
    joined = "\x00".join(texts)
    return not (joined.startswith(_FORMULA_STARTS) or any(mark in joined for mark in _NOT_PLAIN))


def _plain_cells(values, kinds: set) -> list[str] | None:
    """The cell texts of a column of texts, or of tuples of texts, when none needs guarding or
    quoting (:func:`_plain_texts`): the texts themselves, a tuple's joined by ``;``. None else."""
    if kinds == {str}:
        cells = values if isinstance(values, list) else list(values)
    elif kinds == {tuple}:
        try:
            cells = list(map(";".join, values))
        except TypeError:  # a tuple holding something else than text: written cell by cell
            return None
    else:
        return None
    return cells if _plain_texts(cells) else None


def _object_cells(values, texts: _CellTexts | None = None) -> list[str]:
    """:func:`_csv_cells` of a column of Python objects (texts, lists, numbers, booleans, missing);
    ``texts``: a cache of this column's cell texts kept from earlier pieces (:func:`column_caches`)."""
    kinds = set(map(type, values))
    plain = _plain_cells(values, kinds)
    if plain is not None:
        return plain
    cached = _cached_texts(values, kinds, texts, _CellTexts)
    if cached is not None:
        return cached
    if kinds <= _TRUTH_KINDS:  # yes, no or unknown
        return list(map(_TRUTH_CELLS.__getitem__, values))
    if kinds == {float}:  # as Python prints them; a missing one (NaN) empty
        cells = list(map(repr, values))
        return ["" if cell == "nan" else cell for cell in cells] if "nan" in cells else cells
    if kinds == {int}:  # whole numbers (a findings table's ranks)
        return list(map(str, values))
    if kinds <= _WHOLE_KINDS:  # whole numbers, some unknown (a findings table's summed budgets)
        return ["" if v is None or v is pd.NA else str(v) for v in values]
    out = []
    append = out.append
    starts = _FORMULA_STARTS
    # a cell's CSV text once per distinct text, and once per list object (a findings table
    # shares its tuples of terms and evidence among many rows; each stays alive in ``values``)
    made: dict = {}
    for v in values:
        if isinstance(v, str):
            key = v
        elif isinstance(v, (list, tuple)):
            key = id(v)
        elif v is None or v is pd.NA or (isinstance(v, float) and v != v):
            append("")
            continue
        else:
            append(quote_cell(str(v)))
            continue
        found = made.get(key)
        if found is None:
            made[key] = found = _guarded_cell(v if key is v else ";".join(map(str, v)), starts)
        append(found)
    return out


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def current_umask() -> int:
    """The process's file-creation mask, read without changing it.

    Files made private by :mod:`tempfile` get the permissions a plain ``open()``
    would give with it (``0o666 & ~current_umask()``).

    >>> 0 <= current_umask() <= 0o777
    True
    """
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | os.PathLike, text: str | bytes) -> Path:
    """Write a file in one step: a temporary file beside it, then rename.

    An ``OSError`` (a full disk, no permission) names ``path``, not the
    temporary file, so that the user knows which file was not written.
    """
    return write_chunks_atomic(path, (text,))


def write_chunks_atomic(path: str | os.PathLike, chunks: Iterable[str | bytes]) -> Path:
    """:func:`write_text_atomic` for text that comes in pieces (:func:`render_chunks`): each
    piece is written as it comes; the file appears, whole, only after the last one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the permissions a plain open() would
        os.chmod(tmp, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
        os.replace(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):  # a full disk names no file: name the one being written
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
        raise
    return path
