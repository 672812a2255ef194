"""Write a CityModel as one Excel workbook that ``synergy.ingest`` reads back.

One sheet per table (``agencies``, ``programs``, ``datasets``, ``applications``,
and ``regions`` when the model names any), the contract's columns first in contract order, then any extra columns the model carries.
List cells are joined with ``;``, budgets and years are numbers, empty cells stay
empty. The header row is bold, frozen and carries filter buttons, and columns
get a readable width, so that a civil servant can open the file and keep working
in it.

Text that Excel would take for a formula (``=SUM(...)``) is stored as text,
never as a formula: the workbook opens without surprises and loads back the
same. The file is written atomically (built in memory, then renamed into place).
"""
from __future__ import annotations

import functools
import io
import math
import os

import pandas as pd

from .errors import SynergyError
from .model import INT_KINDS, LIST_KINDS, CityModel
from .schema import LIST_SEPARATOR, SIDE_TABLES, TABLE_ORDER, TABLES

__all__ = ["write_workbook", "workbook_bytes", "column_widths", "refuse_illegal_header"]

#: Column widths are clamped to this range (in characters).
MIN_WIDTH, MAX_WIDTH = 8, 60
#: Integers beyond this lose precision as Excel numbers; they are written as text.
_EXACT_INT = 2**53


def write_workbook(model: CityModel, path) -> str:
    """Write ``model`` to the ``.xlsx`` file ``path``, atomically.

    Parameters
    ----------
    model : CityModel
        The validated tables.
    path : str or os.PathLike
        Target file; its folder is created if missing. An existing file is
        replaced in one step.

    Returns
    -------
    str
        The path written.

    Raises
    ------
    SynergyError
        A cell holds a character Excel cannot store (a control character);
        the message names the sheet, row and column to fix.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from synergy.ingest import load_model
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "DINKES", "name": "Dinas Kesehatan", "roles": ("produsen-data",)}],
    ...     programs=[{"id": "P-1", "name": "Posyandu Digital", "agency": "DINKES",
    ...                "dimension": ("living",), "budget": 1250000000, "start_year": 2024}])
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "kota.xlsx"
    >>> _ = write_workbook(m, target)
    >>> back, _ = load_model([target])
    >>> row = back.programs.iloc[0]
    >>> row["dimension"], int(row["budget"]), int(row["start_year"])
    (('living',), 1250000000, 2024)
    """
    from .output import write_text_atomic

    data = workbook_bytes(model)
    return str(write_text_atomic(os.fspath(path), data))


def workbook_bytes(model: CityModel) -> bytes:
    """The ``.xlsx`` file of ``model`` as bytes (see :func:`write_workbook`).

    >>> workbook_bytes(CityModel.empty())[:2]
    b'PK'
    """
    from openpyxl import Workbook

    # write-only mode streams rows: a national roll-up does not sit twice in memory
    wb = Workbook(write_only=True)
    try:
        _fill(wb, model)
    except BaseException:
        # Close the sheets already streaming, so that no half-written temporary file
        # is left for the garbage collector to trip over later.
        for ws in wb.worksheets:
            try:
                ws.close()
            except Exception:
                pass
        raise
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _fill(wb, model: CityModel) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for name in _sheets(model):
        frame = model.table(name)
        columns = list(frame.columns)
        ws = wb.create_sheet(title=name)
        ws.freeze_panes = "A2"
        if columns:  # filter buttons on the header, over every row
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(frame) + 1}"
        for index, column in enumerate(columns, start=1):
            refuse_illegal_header(name, column)
            texts = _texts(frame[column])  # one column at a time: the table is not copied whole
            _refuse_illegal_characters(name, column, texts)
            ws.column_dimensions[get_column_letter(index)].width = _width(column, texts)
        header = []
        for column in columns:
            cell = _text_cell(WriteOnlyCell(ws), str(column))  # a header is data too: never a formula
            cell.font = bold
            header.append(cell)
        ws.append(header)
        kinds = _kinds(name, columns)
        new_cell = functools.partial(WriteOnlyCell, ws)
        for row in frame.itertuples(index=False, name=None):
            ws.append([_cell(new_cell, value, kind) for value, kind in zip(row, kinds)])


def _sheets(model: CityModel) -> list[str]:
    """The node tables always (an empty one still shows its columns); side tables when filled."""
    return [*TABLE_ORDER, *(name for name in SIDE_TABLES if len(model.table(name)))]


def column_widths(frame) -> list[float]:
    """A readable width per column: its longest text (header included), clamped.

    >>> import pandas as pd
    >>> column_widths(pd.DataFrame({"id": ["P-1"], "name": ["x" * 200]}))
    [8, 60]
    """
    return [_width(column, _texts(frame[column])) for column in frame.columns]


def _width(column, texts) -> int:
    longest = max(len(str(column)), int(texts.str.len().max()) if len(texts) else 0)
    return min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))


def _texts(series):
    """The cells of a column as the text a spreadsheet shows ("" when empty)."""
    return series.map(_text).astype(object)


def _kinds(table_name, columns):
    table = TABLES[table_name]
    known = {c.name: c.kind for c in table.columns}
    return [known.get(c, "text") for c in columns]


def _is_missing(value) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def _text(value) -> str:
    if _is_missing(value):
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def _cell(new_cell, value, kind):
    if kind in INT_KINDS and not _is_missing(value):
        number = int(value)
        if abs(number) < _EXACT_INT:
            return number
        value = str(number)
    text = _text(value) if kind in LIST_KINDS or not isinstance(value, str) else value
    if text == "":
        return None
    if not text.startswith("="):
        return text
    return _text_cell(new_cell(), text)


def _text_cell(cell, text: str):
    """``cell`` holding ``text`` as a text cell, even when it starts with ``=``
    (openpyxl would otherwise store it as a live formula)."""
    cell.value = text
    cell.data_type = "s"
    return cell


def refuse_illegal_header(name, column) -> None:
    """A column name Excel cannot store (a control character, from a CSV header)
    is an error naming it, raised before the file is written.

    >>> refuse_illegal_header("programs", "catatan\\x01")
    Traceback (most recent call last):
    ...
    synergy.errors.SynergyError: programs:1: catatan\\x01: karakter kendali di nama kolom tidak bisa disimpan di Excel; ganti nama kolomnya / a control character in the column name cannot be stored in Excel; rename the column
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if ILLEGAL_CHARACTERS_RE.search(str(column)):
        shown = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", str(column))
        raise SynergyError(
            f"{name}:1: {shown}: karakter kendali di nama kolom tidak bisa disimpan di Excel; ganti nama kolomnya / "
            "a control character in the column name cannot be stored in Excel; rename the column"
        )


def _refuse_illegal_characters(name, column, texts) -> None:
    """Name the first cell of a column Excel cannot store; raised before the file is written."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    bad = texts.str.contains(ILLEGAL_CHARACTERS_RE, regex=True)
    if bad.any():
        rownum = int(bad.to_numpy().argmax()) + 2  # the header is row 1
        raise SynergyError(
            f"{name}:{rownum}: {column}: karakter kendali tidak bisa disimpan di Excel; "
            "hapus dari sel / a control character cannot be stored in Excel; remove it from the cell"
        )
