"""The fill-in workbook (formulir) an agency completes and sends back.

Everything in it comes from :mod:`synergy.schema`: sheet names, column names,
which are required, their meaning in Bahasa Indonesia and English, allowed
values and examples. So the form, the validator and the docs cannot disagree.

Layout of the workbook:

- ``Petunjuk``: instructions, Bahasa Indonesia first, English second, and one
  line per column of every table;
- ``agencies``, ``programs``, ``datasets``, ``applications``: row 1 is the header (the contract's
  column names, which ingest reads), coloured by required/optional, each
  header cell with a note (meaning, allowed values, example) and each column
  with an input message that Excel shows when a cell is selected; row 2
  describes each column (required or optional, meaning in Bahasa Indonesia
  and English) and row 3 shows an example, both grey and italic and frozen
  with the header; data starts at row 4 (:data:`FIRST_DATA_ROW`);
- ``referensi`` (hidden): the values behind the drop-down lists (ingest
  ignores a sheet of that name quietly); a list of the city's ids shows each as
  ``name (id)``, which ingest reads as the id;
- ``referensi_kota`` (hidden, only when the form is made from the city's data):
  ``table, id, name, agency`` of every agency, program, dataset and application
  of the city. Ingest reads it as the ids the form may refer to, never as rows,
  so that a pre-filled form that names another agency's dataset validates on its
  own, while a table's own row always wins over the list and merging forms
  merges only their rows.

Rows 2 and 3 are note rows: their ``id`` cell starts with ``#``, and ingest
skips such rows (:func:`synergy.readers.is_note_cell`), so a filled copy loads
unchanged and problems keep the sheet's own row numbers.

Examples
--------
>>> wb = build_template()
>>> wb.sheetnames
['Petunjuk', 'agencies', 'programs', 'datasets', 'applications', 'referensi']
>>> [c.value for c in wb["datasets"][1]][:3]
['id', 'name', 'producer']
>>> wb["programs"]["A2"].value, wb["programs"]["A3"].value
('# WAJIB: kode unik program / required: unique id', '# contoh / example: P-001')
>>> wb["programs"].freeze_panes
'B4'
"""
from __future__ import annotations

import io
import os

from .readers import NOTE_MARK, REFERENCE_SHEET
from .schema import (
    AGENCY_TYPES, APPLICATION_STATUSES, CLASSIFICATIONS, DIMENSIONS, ELEMENTS, HORIZONS, LIST_SEPARATOR,
    ROLES, STATUSES, TABLE_ORDER, TABLES, Column,
)

__all__ = [
    "INSTRUCTIONS_SHEET", "LISTS_SHEET", "REFERENCE_SHEET", "TEMPLATE_SHEETS", "DESCRIPTION_ROW", "EXAMPLE_ROW",
    "FIRST_DATA_ROW", "build_template", "write_template", "write_forms", "form_name",
]

INSTRUCTIONS_SHEET = "Petunjuk"
LISTS_SHEET = "referensi"
#: Sheets of the template that hold no data: ingest may ignore them quietly.
TEMPLATE_SHEETS = (INSTRUCTIONS_SHEET, LISTS_SHEET, REFERENCE_SHEET)
#: Note rows under the header (``id`` cell starting with ``#``, skipped by ingest).
DESCRIPTION_ROW = 2
EXAMPLE_ROW = 3
#: The first row an agency fills in.
FIRST_DATA_ROW = 4
#: Drop-down lists and cell formats reach this row.
_LAST_FORM_ROW = 2000


# ----------------------------------------------------------------- texts (Indonesian first)
_INSTRUCTIONS_ID = (
    "Formulir data Smart City (Masterplan Smart City) — isi satu baris per perangkat daerah, program, data dan aplikasi.",
    "Lembar 'agencies' = perangkat daerah (OPD), 'programs' = program/kegiatan/inovasi, 'datasets' = data yang dihasilkan atau dipakai, 'applications' = aplikasi yang dimiliki (katalog aplikasi SPBE).",
    "Hanya lembar 'agencies' yang wajib; lembar lain boleh kosong bila tidak ada isinya.",
    "Baris 1 berisi nama kolom: jangan diubah, dihapus atau dipindah.",
    "Baris 2 (keterangan kolom) dan baris 3 (contoh) diawali # pada kolom id: baris itu hanya catatan dan tidak dibaca.",
    "Isi data mulai baris 4. Keterangan dan contoh setiap kolom juga ada di tabel di bawah, pada catatan judul kolom, dan muncul saat sel dipilih.",
    "Kolom berwarna kuning wajib diisi. Arahkan kursor ke judul kolom untuk melihat keterangannya.",
    "Beberapa nilai dalam satu sel dipisah titik koma (;), misalnya: governance;living.",
    "Kode (id) hanya huruf, angka, tanda -, _ dan titik, dan harus unik di seluruh kota.",
    "Pilih nilai dari daftar (drop-down) bila tersedia. Bila formulir dibuat dari data kota, daftar menampilkan perangkat daerah, program dan data kota sebagai 'nama (kode)': yang dibaca adalah kode dalam kurung, jadi pilihan itu boleh dibiarkan apa adanya.",
    "Anggaran dalam rupiah: 1250000000, 1.250.000.000 atau Rp 1,25 M sama artinya.",
    "Setelah diisi, periksa dengan: synergy validate {file} — lalu kirim ke walidata (Diskominfo).",
)
_INSTRUCTIONS_EN = (
    "Smart City Masterplan data form — one row per agency, program, dataset and application.",
    "Sheet 'agencies' = government agencies (OPD), 'programs' = programs/activities/innovations, 'datasets' = data produced or used, 'applications' = applications the agency owns (the SPBE inventory).",
    "Only the 'agencies' sheet is required; other sheets may stay empty when there is nothing to report.",
    "Row 1 holds the column names: do not change, delete or move it.",
    "Row 2 (column descriptions) and row 3 (example) start with # in the id column: they are notes and are not read.",
    "Enter data from row 4. Each column's meaning and example are also in the table below, in the column title's note, and shown when a cell is selected.",
    "Yellow columns are required. Hover over a column title to see its description.",
    "Several values in one cell are separated by a semicolon (;), e.g. governance;living.",
    "Ids use only letters, digits, -, _ and dots, and must be unique across the whole city.",
    "Pick values from the drop-down lists where offered. When the form was made from the city's data, the lists show the city's agencies, programs and datasets as 'name (id)': the id in brackets is what is read, so a picked value may stay as it is.",
    "Budgets in rupiah: 1250000000, 1.250.000.000 or Rp 1,25 M mean the same.",
    "When done, check with: synergy validate {file} — then send it to the walidata (Diskominfo).",
)
_COLUMN_HEADERS = (
    "Lembar / Sheet", "Kolom / Column", "Nama lain / Alias", "Wajib / Required",
    "Arti", "Meaning", "Nilai yang boleh / Allowed values", "Contoh / Example",
)

# Enum columns whose drop-down comes from the schema, keyed by column name.
_ENUM_VALUES: dict[str, tuple[str, ...]] = {
    "type": AGENCY_TYPES,
    "roles": ROLES,
    "dimension": tuple(DIMENSIONS),
    "element": tuple(ELEMENTS),
    "horizon": HORIZONS,
    "status": STATUSES,
    "classification": CLASSIFICATIONS,
    # applications have their own status values (retired, not done)
    "application_status": APPLICATION_STATUSES,
}


def _enum_list(table_name: str, column: Column) -> str | None:
    """The name of the drop-down list of an enum column, if it has one."""
    if table_name == "applications" and column.name == "status":
        return "application_status"
    return column.name if column.name in _ENUM_VALUES else None


def _value_labels(column: Column) -> list[str]:
    """Allowed values of a column with their Indonesian label where one exists."""
    if column.name == "dimension":
        return [f"{k} ({v[0]})" for k, v in DIMENSIONS.items()]
    if column.name == "element":
        return [f"{k} ({v[1]}, {v[0]})" for k, v in ELEMENTS.items()]
    return list(column.values)


def _required_text(column: Column) -> tuple[str, str]:
    return ("WAJIB", "required") if column.required else ("opsional", "optional")


def _description(column: Column) -> str:
    req_id, req_en = _required_text(column)
    return f"{req_id}: {column.doc_id} / {req_en}: {column.doc_en}"


def _comment_text(column: Column) -> str:
    req_id, req_en = _required_text(column)
    lines = [f"{column.name} ({req_id} / {req_en})", column.doc_id, column.doc_en]
    if column.alias != column.name:
        lines.append(f"nama lain / alias: {column.alias}")
    if column.values:
        lines.append("pilihan / values: " + ", ".join(column.values))
    if column.example:
        lines.append(f"contoh / example: {column.example}")
    return "\n".join(lines)


# ----------------------------------------------------------------- building the workbook
def build_template(model=None, agency: str | None = None, file_name: str = "formulir.xlsx"):
    """A fill-in workbook for the city's agencies, as an ``openpyxl.Workbook``.

    Parameters
    ----------
    model : CityModel, optional
        The city as known so far. Its agency, dataset and program ids feed
        the drop-down lists of reference columns.
    agency : str, optional
        Id of the agency the form is for. Its row is pre-filled on the
        ``agencies`` sheet (from ``model`` when the agency is in it, else only
        the id), the examples use it as agency and producer, and when
        ``model`` is given the agency's current programs and datasets are
        pre-filled so that it only has to update them.
    file_name : str
        The form's file name, as the instructions tell how to check it.

    Raises
    ------
    synergy.errors.InvalidData
        When ``agency`` is not a valid id.

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> city = CityModel.from_records(
    ...     agencies=[{"id": "DINKES", "name": "Dinas Kesehatan", "type": "dinas"}],
    ...     programs=[{"id": "P-1", "name": "Posyandu", "agency": "DINKES", "dimension": ("living",)}])
    >>> wb = build_template(city, agency="DINKES")
    >>> [c.value for c in wb["agencies"][FIRST_DATA_ROW]][:4]
    ['DINKES', 'Dinas Kesehatan', None, 'dinas']
    >>> [c.value for c in wb["programs"][FIRST_DATA_ROW]][:4]
    ['P-1', 'Posyandu', 'DINKES', 'living']
    """
    from openpyxl import Workbook

    if agency is not None:
        _check_agency_id(agency)
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = "Formulir data Smart City / Smart City data form"
    wb.properties.creator = "synergy"

    _instructions_sheet(wb.create_sheet(INSTRUCTIONS_SHEET), agency, model, file_name)
    table_sheets = [wb.create_sheet(name) for name in TABLE_ORDER]
    lists_ws = wb.create_sheet(LISTS_SHEET)
    ranges = {
        name: _write_list(lists_ws, col_idx, name, values)
        for col_idx, (name, values) in enumerate(_lists(model, agency).items(), start=1)
    }
    lists_ws.sheet_state = "hidden"
    if model is not None:
        _reference_sheet(wb.create_sheet(REFERENCE_SHEET), model)
    for ws, table_name in zip(table_sheets, TABLE_ORDER):
        rows, extra = _prefill_rows(TABLES[table_name], model, agency)
        _table_sheet(ws, TABLES[table_name], ranges, agency)
        _write_rows(ws, TABLES[table_name], rows, extra, FIRST_DATA_ROW)
    wb.active = 0
    return wb


def write_template(path, model=None, agency: str | None = None):
    """Build the template and write it to ``path`` atomically; returns the path.

    >>> import tempfile, pathlib, openpyxl
    >>> out = write_template(pathlib.Path(tempfile.mkdtemp()) / "formulir.xlsx")
    >>> openpyxl.load_workbook(out).sheetnames[:2]
    ['Petunjuk', 'agencies']
    """
    from .output import write_text_atomic

    buffer = io.BytesIO()
    build_template(model, agency, os.path.basename(os.fspath(path))).save(buffer)
    return write_text_atomic(os.fspath(path), buffer.getvalue())


def form_name(agency: str) -> str:
    """The file name of an agency's form in a folder of forms.

    >>> form_name("DINKES"), form_name("BTN.badan-kepegawaian-daerah")
    ('formulir-DINKES.xlsx', 'formulir-BTN.badan-kepegawaian-daerah.xlsx')
    """
    return f"formulir-{agency}.xlsx"


def write_forms(folder, model, agencies=None, *, overwrite: bool = False, progress=None) -> list:
    """One pre-filled form per agency of ``model`` in ``folder`` (:func:`form_name`); returns the paths.

    Each form validates on its own (its reference sheet names the city's ids). An
    existing form is refused, before anything is written, unless ``overwrite``.

    Raises
    ------
    synergy.errors.SynergyError
        A form already exists (and ``overwrite`` is false).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from synergy.model import CityModel
    >>> city = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}, {"id": "B", "name": "Dinas B"}])
    >>> [p.name for p in write_forms(pathlib.Path(tempfile.mkdtemp()) / "formulir", city)]
    ['formulir-A.xlsx', 'formulir-B.xlsx']
    """
    from pathlib import Path

    from .errors import SynergyError

    folder = Path(folder)
    agencies = list(model.agencies["id"]) if agencies is None else list(agencies)
    paths = [folder / form_name(a) for a in agencies]
    existing = [p for p in paths if p.exists()]
    if existing and not overwrite:
        raise SynergyError(f"{existing[0]}: sudah ada; pakai --force untuk menimpa / already exists; "
                           "use --force to replace it")
    steps = progress(list(zip(agencies, paths)), label="formulir") if progress else zip(agencies, paths)
    for agency, path in steps:
        write_template(path, model, agency)
    return paths


def _check_agency_id(agency: str) -> None:
    import re

    from .errors import InvalidData, Problem
    from .schema import ID_PATTERN

    if not re.match(ID_PATTERN, agency or ""):
        raise InvalidData([Problem(
            "--agency", 0, "id",
            f"kode perangkat daerah tidak sah / invalid agency id {agency!r}: "
            "pakai huruf, angka, -, _, . / use letters, digits, -, _, .",
        )])


def labelled(node_id: str, name: str) -> str:
    """How a drop-down shows a node of the city: ``name (id)`` (ingest reads the id back).

    >>> labelled("DINKES", "Dinas Kesehatan"), labelled("DINKES", "")
    ('Dinas Kesehatan (DINKES)', 'DINKES')
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # a control character is named where the row is written (_write_rows); a label just leaves it out
    name = " ".join(ILLEGAL_CHARACTERS_RE.sub("", str(name or "")).split())
    return f"{name} ({node_id})" if name and name != node_id else node_id


def _labelled_list(frame) -> list[str]:
    pairs = sorted(zip(frame["name"], frame["id"]), key=lambda p: (str(p[0]).casefold(), p[1]))
    return [labelled(i, n) for n, i in pairs]


def _lists(model, agency) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {name: list(values) for name, values in _ENUM_VALUES.items()}
    agencies, datasets, programs = [], [], []
    if model is not None:
        agencies = _labelled_list(model.agencies)
        datasets = _labelled_list(model.datasets)
        programs = _labelled_list(model.programs)
    if agency and (model is None or agency not in set(model.agencies["id"])):
        agencies = sorted([*agencies, agency], key=str.casefold)
    lists["agencies"] = agencies
    lists["datasets"] = datasets
    lists["programs"] = programs
    return lists


#: Columns of the reference sheet (ingest reads ``table`` and ``id``; the rest is for people).
REFERENCE_COLUMNS = ("table", "id", "name", "agency")


def _reference_sheet(ws, model) -> None:
    """The city's ids, so that the form checks its references alone (never rows of the form)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    for col_idx, title in enumerate(REFERENCE_COLUMNS, start=1):
        ws.cell(row=1, column=col_idx, value=title).font = Font(bold=True)
    row = 2
    owner = {"agencies": "id", "programs": "agency", "datasets": "producer", "applications": "agency"}
    for table_name in TABLE_ORDER:
        frame = model.table(table_name)
        for node_id, name, agency in zip(frame["id"], frame["name"], frame[owner[table_name]]):
            name = ILLEGAL_CHARACTERS_RE.sub("", str(name or ""))
            for col_idx, value in enumerate((table_name, node_id, name, agency), start=1):
                cell = ws.cell(row=row, column=col_idx, value=_cell_value(value))
                if cell.data_type == "f":  # a name from data starting with '=' stays text
                    cell.data_type = "s"
            row += 1
    for letter, width in zip("ABCD", (14, 24, 60, 24)):
        ws.column_dimensions[letter].width = width
    ws.sheet_state = "hidden"


def _write_list(ws, col_idx: int, name: str, values: list[str]) -> str | None:
    from openpyxl.utils import get_column_letter

    ws.cell(row=1, column=col_idx, value=name)
    for row, value in enumerate(values, start=2):
        ws.cell(row=row, column=col_idx, value=value)
    if not values:
        return None
    letter = get_column_letter(col_idx)
    return f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"


def _instructions_sheet(ws, agency, model=None, file_name="formulir.xlsx") -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    ws["A1"] = "Petunjuk pengisian / Instructions"
    ws["A1"].font = Font(bold=True, size=14)
    row = 3
    if agency:
        names = dict(zip(model.agencies["id"], model.agencies["name"])) if model is not None else {}
        ws.cell(row=row, column=1, value=f"Formulir untuk / Form for: {labelled(agency, names.get(agency, ''))}"
                ).font = bold
        row += 2
    for language, instructions in (("Bahasa Indonesia", _INSTRUCTIONS_ID), ("English", _INSTRUCTIONS_EN)):
        ws.cell(row=row, column=1, value=language).font = bold
        row += 1
        for number, text in enumerate(instructions, start=1):
            ws.cell(row=row, column=1, value=f"{number}. {text.replace('{file}', file_name)}")
            row += 1
        row += 1
    ws.cell(row=row, column=1, value="Kolom / Columns").font = bold
    row += 1
    for col_idx, title in enumerate(_COLUMN_HEADERS, start=1):
        ws.cell(row=row, column=col_idx, value=title).font = bold
    ws.freeze_panes = None
    row += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for table_name in TABLE_ORDER:
        table = TABLES[table_name]
        for column in table.columns:
            req_id, req_en = _required_text(column)
            values = [
                f"{table.name} ({table.label_id})", column.name, column.alias, f"{req_id} / {req_en}",
                column.doc_id, column.doc_en, ", ".join(_value_labels(column)), column.example,
            ]
            for col_idx, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col_idx, value=value)
                cell.alignment = wrap
            row += 1
    for letter, width in zip("ABCDEFGH", (26, 18, 18, 18, 36, 36, 40, 26)):
        ws.column_dimensions[letter].width = width


def _table_sheet(ws, table, ranges: dict, agency) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    required_fill = PatternFill("solid", fgColor="FFF2CC")
    optional_fill = PatternFill("solid", fgColor="DDEBF7")
    note_font = Font(italic=True, color="666666")
    note_fill = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(wrap_text=True, vertical="top")

    examples = _examples(table, agency)
    description_lines = 1
    for col_idx, column in enumerate(table.columns, start=1):
        letter = get_column_letter(col_idx)
        header = ws.cell(row=1, column=col_idx, value=column.name)
        header.font = Font(bold=True)
        header.fill = required_fill if column.required else optional_fill
        header.comment = Comment(_comment_text(column), "synergy", width=300, height=160)

        description = _description(column)
        example = examples[column.name]
        if col_idx == 1:  # the id cell carries the note mark: ingest skips the row
            description = f"{NOTE_MARK} {description}"
            example = f"{NOTE_MARK} contoh / example: {example}"
        for row, value in ((DESCRIPTION_ROW, description), (EXAMPLE_ROW, example)):
            cell = ws.cell(row=row, column=col_idx, value=value or None)
            cell.font = note_font
            cell.fill = note_fill
            cell.alignment = wrap

        width = min(max(len(column.name), len(str(examples[column.name])), 12) + 2, 45)
        ws.column_dimensions[letter].width = width
        # wrapped description lines: about one character per unit of column width
        description_lines = max(description_lines, -(-len(description) // width))
        # Text format: Excel would otherwise turn 2.20 into 2.2 and 35.75 into a number.
        if column.kind not in ("money", "year"):
            ws.column_dimensions[letter].number_format = "@"

        validation = _validation(table.name, column, ranges)
        ws.add_data_validation(validation)
        validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{_LAST_FORM_ROW}")
    # tall enough to read every description (15 points a line), but not a wall of grey
    ws.row_dimensions[DESCRIPTION_ROW].height = min(15 * description_lines, 150)
    # header and note rows stay in view while scrolling, and so does the id column
    ws.freeze_panes = f"B{FIRST_DATA_ROW}"


def _validation(table_name: str, column: Column, ranges: dict):
    """One data validation per column: its drop-down or number rule, and a prompt."""
    from openpyxl.worksheet.datavalidation import DataValidation

    req_id, req_en = _required_text(column)
    prompt = f"{column.doc_id} ({req_id}) / {column.doc_en} ({req_en})"[:250]
    source = None
    enum_list = _enum_list(table_name, column)
    if enum_list:
        source = ranges.get(enum_list)
    elif column.kind in ("ref", "reflist"):
        source = ranges.get(column.ref)
    if source:
        # Single enums are strict; list cells ("a;b") and references to ids
        # defined in this same workbook must be allowed, so only warn there.
        strict = column.kind == "enum"
        dv = DataValidation(
            type="list", formula1=source, allow_blank=True,
            errorStyle="stop" if strict else "warning",
            showErrorMessage=True,
            error=("Pilih dari daftar / pick a value from the list" if strict else
                   "Nilai tidak ada di daftar; boleh beberapa nilai dipisah ; / "
                   "value not in the list; several values may be separated by ;"),
            errorTitle=column.name,
        )
    elif column.kind == "year":
        dv = DataValidation(
            type="whole", operator="between", formula1="1900", formula2="2100", allow_blank=True,
            errorStyle="stop", showErrorMessage=True, errorTitle=column.name,
            error="Tahun empat angka, mis. 2025 / a four-digit year, e.g. 2025",
        )
    else:
        dv = DataValidation(allow_blank=True)
    dv.prompt = prompt
    dv.promptTitle = column.name[:32]
    dv.showInputMessage = True
    return dv


def _examples(table, agency) -> dict[str, str]:
    examples = {c.name: c.example for c in table.columns}
    if agency:
        for column in table.columns:
            if column.kind == "ref" and column.ref == "agencies" and column.name != "parent":
                examples[column.name] = agency
        if table.name == "agencies":
            examples["id"] = agency
    return examples


def _prefill_rows(table, model, agency) -> tuple[list[dict], list[str]]:
    """Rows the agency already has (so it updates instead of retyping), and
    the extra columns they carry."""
    if not agency:
        return [], []
    rows: list[dict] = []
    extra: list[str] = []
    if model is not None:
        frame = model.table(table.name)
        key = {"agencies": "id", "programs": "agency", "datasets": "producer", "applications": "agency"}[table.name]
        frame = frame[frame[key] == agency]
        rows = frame.to_dict(orient="records")
        extra = [c for c in model.extra_columns(table.name) if any(r.get(c) for r in rows)]
    if table.name == "agencies" and not rows:
        rows = [{"id": agency}]
    return rows, extra


def _write_rows(ws, table, rows: list[dict], extra: list[str], first_row: int) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils.exceptions import IllegalCharacterError

    from .errors import SynergyError

    names = [*table.column_names, *extra]
    for col_idx, name in enumerate(extra, start=len(table.columns) + 1):
        from .workbook import refuse_illegal_header

        refuse_illegal_header(table.name, name)
        header = ws.cell(row=1, column=col_idx, value=name)
        header.font = Font(bold=True)
        header.data_type = "s"  # a header from data is data too: '=...' stays text, never a formula
    for row_idx, row in enumerate(rows, start=first_row):
        for col_idx, name in enumerate(names, start=1):
            try:
                cell = ws.cell(row=row_idx, column=col_idx, value=_cell_value(row.get(name)))
            except IllegalCharacterError:
                raise SynergyError(
                    f"{table.name}: {row.get('id')}: {name}: karakter kendali tidak bisa disimpan di Excel; "
                    "hapus dari sel / a control character cannot be stored in Excel; remove it from the cell"
                ) from None
            if cell.data_type == "f":  # a text from data starting with '=' stays text, not a formula
                cell.data_type = "s"


def _cell_value(value):
    """A model cell as a workbook cell: lists joined by ';', NA as empty.

    >>> _cell_value(("governance", "living")), _cell_value(""), _cell_value(None)
    ('governance;living', None, None)
    """
    import pandas as pd

    if value is None or value is pd.NA:
        return None
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value) or None
    if isinstance(value, str):
        return value or None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value
