"""Read the files of a SOURCE into raw text tables, reporting what cannot be read.

A reader never raises for bad input: whatever goes wrong while reading a file
becomes a :class:`~synergy.errors.Problem`. Cells come out as trimmed text;
interpreting them is :mod:`synergy.ingest`'s job.

Note rows (an extension of the data contract): a row whose ``id`` cell starts
with ``#`` is a note for the person filling the table (the fill-in template's
description and example rows) and is skipped, in CSV and workbooks alike,
without a problem. Ids must start with a letter or digit
(``schema.ID_PATTERN``), so no real row can look like a note.
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import itertools
import pathlib
import re
import warnings
from dataclasses import dataclass, field

from .csvtext import SAVE_AS_UTF8_EN as _SAVE_AS, SAVE_AS_UTF8_ID as _SAVE_AS_ID
from .csvtext import decode_csv_bytes, decode_csv_lines, sniff_delimiter  # noqa: F401  (part of readers' API)
from .errors import InvalidData, Problem, SynergyError
from .normalize import bilingual, shown
from .schema import LIST_SEPARATOR, MAX_CELL_CHARS, SIDE_TABLES, TABLE_ORDER, TABLES, fold_header, table_for_sheet

__all__ = [
    "RawTable",
    "Unit",
    "expand_sources",
    "unit_labels",
    "read_unit",
    "cell_to_text",
    "decode_csv_bytes",
    "sniff_delimiter",
    "column_letter",
    "resolve_header",
    "NOTE_MARK",
    "is_note_cell",
    "drop_note_rows",
]

RDF_SUFFIXES = (".ttl", ".jsonld", ".nt")
#: An ``id`` cell starting with this marks its row as a note, not data.
NOTE_MARK = "#"
#: Sheets a fill-in template may carry for the reader's benefit; not data.
HELP_SHEETS = ("petunjuk", "panduan", "instructions", "readme", "keterangan", "referensi", "reference", "daftar_isi")
#: A form's hidden sheet listing the city's ids it may refer to (``table,id,name,agency``, see
#: :mod:`synergy.template`): read as a :data:`REFERENCES` raw table, known ids for ingest, never data.
REFERENCE_SHEET = "referensi_kota"
REFERENCES = "references"
_FROM_EXPORT = ("berikan berkas hasil 'synergy export'", "give a file written by 'synergy export'")
# Invisible characters that copy-paste from the web or Word leaves in cells; an id
# holding one looks right but matches nothing, so they are removed.
_INVISIBLE = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff"}
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass
class RawTable:
    """One table as read from one file or sheet: header and rows of text."""

    table: str  # contract table name
    where: str  # "programs.csv", "dinkes.xlsx[programs]"
    header: list[str]
    rows: list[list[str]]
    rownums: list[int]  # spreadsheet row of each row (header is row 1)
    bad_cells: set = field(default_factory=set)  # (row index, column index) already reported
    mapped: dict = field(default_factory=dict)  # column index -> contract columns, from a column mapping


def is_note_cell(value) -> bool:
    """True when an ``id`` cell marks its row as a note (starts with ``#``).

    >>> is_note_cell("# contoh: P-001"), is_note_cell("  #"), is_note_cell("P-#1"), is_note_cell(None)
    (True, True, False, False)
    """
    return isinstance(value, str) and value.lstrip().startswith(NOTE_MARK)


def drop_note_rows(raw: RawTable, id_index: int) -> tuple[RawTable, list[int]]:
    """``raw`` without its note rows (``id`` cell, column ``id_index``, starting
    with ``#``), and the spreadsheet row numbers of the rows dropped.

    The rows kept keep their own row numbers; only the ``id`` column decides, so
    a ``#`` in any other column is data like any other text.

    >>> raw = RawTable("programs", "programs.csv", ["id", "name"],
    ...                [["# wajib: kode unik", "# wajib: nama"], ["# contoh: P-001", "Posyandu"],
    ...                 ["P-7", "#1 di kota"]], [2, 3, 4])
    >>> kept, notes = drop_note_rows(raw, 0)
    >>> kept.rows, kept.rownums, notes
    ([['P-7', '#1 di kota']], [4], [2, 3])
    """
    # the mark is looked for before the note test is called: a million rows, few of them notes
    notes = [i for i, row in enumerate(raw.rows)
             if id_index < len(row) and NOTE_MARK in str(row[id_index]) and is_note_cell(row[id_index])]
    if not notes:
        return raw, []
    dropped = set(notes)
    new_index = {}
    rows, rownums = [], []
    for i, (row, rownum) in enumerate(zip(raw.rows, raw.rownums)):
        if i not in dropped:
            new_index[i] = len(rows)
            rows.append(row)
            rownums.append(rownum)
    bad = {(new_index[i], j) for i, j in raw.bad_cells if i in new_index}
    kept = RawTable(raw.table, raw.where, raw.header, rows, rownums, bad)
    return kept, [raw.rownums[i] for i in notes]


@dataclass(frozen=True)
class Unit:
    """One readable file: a CSV of a known table, a workbook or an RDF file."""

    kind: str  # csv, xlsx, rdf; "missing" stands for a table file a folder lacks
    path: pathlib.Path
    table: str | None = None
    mapping: pathlib.Path | None = None  # the column mapping file of the unit's folder, if any


def expand_sources(sources, column_map=None) -> tuple[list[Unit], list[Problem]]:
    """The files the SOURCE arguments stand for, in order, and what is wrong with them.

    ``column_map`` (a :class:`synergy.columns.ColumnMap`, from ``--columns``) may name
    the table of a file whose name is no table's.
    """
    from .columns import ColumnMap

    column_map = column_map or ColumnMap()
    units: list[Unit] = []
    problems: list[Problem] = []
    for source in sources:
        path = pathlib.Path(source)
        label = str(source)
        try:
            if path.is_dir():
                found, probs = _expand_folder(path, column_map)
                units += found
                problems += probs
            elif not path.exists():
                problems.append(Problem(label, 0, "", bilingual("berkas atau folder tidak ditemukan",
                                                                "no such file or folder")))
            else:
                suffix = path.suffix.lower()
                if suffix == ".xlsx" or suffix == ".xlsm":
                    units.append(Unit("xlsx", path))
                elif suffix in RDF_SUFFIXES:
                    units.append(Unit("rdf", path))
                elif suffix == ".csv" and _csv_table(path, column_map) is not None:
                    units.append(Unit("csv", path, _csv_table(path, column_map)))
                elif suffix == ".csv":
                    problems.append(Problem(path.name, 0, "", bilingual(
                        "nama berkas CSV harus nama tabelnya: agencies.csv, programs.csv, datasets.csv atau "
                        "applications.csv (atau alias seperti opd.csv, program.csv, data.csv, aplikasi.csv); "
                        "atau berikan foldernya",
                        "a CSV source must be named for its table: agencies.csv, programs.csv, datasets.csv or "
                        "applications.csv (or an alias such as opd.csv, program.csv, data.csv, aplikasi.csv); "
                        "or give the folder holding them",
                    )))
                elif suffix == ".xls":
                    problems.append(Problem(path.name, 0, "", bilingual(
                        "format Excel lama (.xls): simpan sebagai buku kerja .xlsx",
                        "old Excel format (.xls): save it as an .xlsx workbook")))
                else:
                    problems.append(Problem(path.name, 0, "", bilingual(
                        "bukan sumber data: berikan folder berisi agencies.csv (dan programs.csv, datasets.csv, "
                        "applications.csv), buku kerja .xlsx, atau berkas RDF (.ttl, .jsonld, .nt) hasil 'synergy export'",
                        "not a source: give a folder of agencies.csv (and programs.csv, datasets.csv, "
                        "applications.csv), an .xlsx workbook, or an RDF file (.ttl, .jsonld, .nt) written by "
                        "'synergy export'",
                    )))
        except OSError as exc:
            problems.append(Problem(label, 0, "", bilingual("tidak dapat dibaca",
                                                            f"cannot read: {exc.strerror or exc}")))
    return units, problems


def _csv_table(path: pathlib.Path, column_map) -> str | None:
    """The table a CSV file holds: by its name, else by the column mapping's ``file`` column."""
    table = table_for_sheet(path.stem)
    return table.name if table is not None else column_map.table_of_file(path.name)


def _expand_folder(path: pathlib.Path, column_map) -> tuple[list[Unit], list[Problem]]:
    from .columns import is_mapping_file, read_column_map

    where = f"{path.name or str(path)}/"
    files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith((".", "~$")))
    mapping = next((p for p in files if is_mapping_file(p)), None)
    if mapping is not None:  # its own problems are reported when ingest reads it
        column_map = column_map + read_column_map(mapping)[0]
    csvs = [p for p in files if p.suffix.lower() == ".csv" and p != mapping]
    workbooks = [p for p in files if p.suffix.lower() in (".xlsx", ".xlsm")]
    problems = []
    by_table: dict[str, pathlib.Path] = {}
    for p in csvs:
        name = _csv_table(p, column_map)
        table = TABLES[name] if name is not None else None
        if table is None:
            guess = _looks_like_table(p.stem)
            if guess:  # other files (notes, answer keys) are none of our business
                problems.append(Problem(p.name, 0, "", bilingual(
                    f"berkas tidak dipakai: apakah ini tabel {guess}? beri nama {guess}.csv, atau tulis "
                    f"namanya di kolom file pada kolom.csv",
                    f"file not used: is it the {guess} table? name it {guess}.csv, or give its name in "
                    f"the file column of columns.csv"), "warning"))
        elif table.name in by_table:
            other = by_table[table.name].name
            problems.append(Problem(p.name, 0, "", bilingual(
                f"{other} dan {p.name} sama-sama berisi tabel '{table.name}': sisakan satu",
                f"both {other} and {p.name} hold table '{table.name}': keep one")))
        else:
            by_table[table.name] = p
    if workbooks and not set(by_table) - set(SIDE_TABLES):
        # a folder of the workbooks the agencies sent back (with its regions or decisions, if any)
        sides = [Unit("csv", by_table[name], name, mapping) for name in SIDE_TABLES if name in by_table]
        return [Unit("xlsx", p, mapping=mapping) for p in workbooks] + sides, problems
    if not by_table:
        found = ", ".join(p.name for p in files) or "-"
        problems.append(Problem(where, 0, "", bilingual(
            f"folder ini tidak berisi tabel synergy (agencies.csv, programs.csv, datasets.csv, applications.csv, "
            f"atau buku kerja .xlsx); yang ada: {found}",
            f"this folder holds no synergy table (agencies.csv, programs.csv, datasets.csv, applications.csv, "
            f"or an .xlsx workbook); found: {found}")))
    # every table but agencies is optional (data contract v2): a table a folder lacks is empty
    units = [Unit("csv", by_table[name], name, mapping) for name in (*TABLE_ORDER, *SIDE_TABLES) if name in by_table]
    return units, problems


def _looks_like_table(stem: str) -> str | None:
    """The table a misnamed file probably holds (``program_2024`` -> programs).

    >>> _looks_like_table("Program 2024"), _looks_like_table("answer_key")
    ('programs', None)
    """
    import difflib

    folded = fold_header(stem)
    for name in TABLE_ORDER:
        aliases = TABLES[name].sheet_aliases
        if any(len(a) >= 3 and a in folded for a in aliases) or difflib.get_close_matches(folded, aliases, 1, 0.6):
            return name
    return None


def unit_labels(units: list[Unit]) -> dict[Unit, str]:
    """A short, unique label per file: its name, or ``folder/name`` when names repeat."""
    counts: dict[str, int] = {}
    for u in units:
        if u.kind != "missing":
            counts[u.path.name] = counts.get(u.path.name, 0) + 1
    return {u: (u.path.name if counts.get(u.path.name, 0) <= 1 else f"{u.path.parent.name}/{u.path.name}")
            for u in units}


def read_unit(unit: Unit, label: str, column_map=None) -> tuple[list[RawTable], list[Problem]]:
    """Read one file; any failure becomes a problem naming the file.

    ``column_map`` may name the table of a workbook sheet whose name is no table's.
    """
    try:
        if unit.kind == "missing":
            return [], []
        if unit.kind == "csv":
            return read_csv(unit.path, label, unit.table)
        if unit.kind == "xlsx":
            return read_workbook(unit.path, label, column_map)
        return read_rdf(unit.path, label)
    except SynergyError as exc:
        return [], [Problem(label, 0, "", bilingual("berkas ini tidak dapat dibaca", str(exc)))]
    except Exception as exc:  # a reader bug or an exotic file: still no traceback for the user
        return [], [Problem(label, 0, "", bilingual("berkas ini tidak dapat dibaca",
                                                    f"cannot read this file ({type(exc).__name__}: {exc})"))]


# ------------------------------------------------------------------------- CSV
def read_csv(path: pathlib.Path, where: str, table: str) -> tuple[list[RawTable], list[Problem]]:
    # a roll-up's file is hundreds of MB: no step below copies the whole text unless it must
    try:
        text, odd_lines = decode_csv_lines(path.read_bytes())
    except ValueError as exc:
        return [], [Problem(where, 0, "", str(exc))]
    if not text or text.isspace():
        return [], [Problem(where, 0, "", _empty_message(table, "file"))]
    if any(chr(c) in text for c in _INVISIBLE):
        text = text.translate(_INVISIBLE)
    end = text.find("\n")
    first = text if end < 0 else text[:end]
    delimiter = None
    skipped = 0  # text lines before the header
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter, text, skipped = first.strip()[4], text[len(first) + 1:], 1  # Excel's "sep=;" hint line
    delimiter = delimiter or sniff_delimiter(text)
    problems: list[Problem] = []
    plain = _PlainRecords.fits(text)
    records = _PlainRecords(text, delimiter) if plain else _CsvRecords(text, delimiter, where, table, problems)
    # a cell longer than the csv module's limit (128 KiB) must reach the cell-size check,
    # which names the cell, instead of ending the file with "field larger than field limit"
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        tables, problems = _to_raw(table, where, records, problems, records.bad_cells)
    finally:
        csv.field_size_limit(limit)
    if odd_lines and tables:
        problems += _odd_line_warnings(tables[0], text, [n - skipped for n in odd_lines if n > skipped],
                                       records.ends)
    return tables, problems


class _PlainRecords:
    """The records of a CSV text without a quote, a carriage return or a NUL, as ``(index, cells)``:
    each line is a record and its cells are the line split at the delimiter, which is what the
    csv module gives for such a text (a blank line is a record without cells), without its parse
    character by character (a million programs' 192 MB in about half the time). Nothing in such a
    text can be the broken record :class:`_CsvRecords` reports."""

    #: Characters of text the lines are split in: a piece at a time, not the whole file's lines at once.
    PIECE = 1 << 23

    def __init__(self, text, delimiter):
        self.text, self.delimiter = text, delimiter
        self.bad_cells: dict[int, set] = {}
        self.ends: range = range(0)  # the text line of each record (one each), once read

    @staticmethod
    def fits(text: str) -> bool:
        return '"' not in text and "\r" not in text and "\0" not in text

    def __iter__(self):
        delimiter, count = self.delimiter, 0
        for count, line in enumerate(self._lines(), start=1):
            yield count - 1, line.split(delimiter) if line else []
        self.ends = range(1, count + 1)

    def _lines(self):
        text, start, n = self.text, 0, len(self.text)
        while start < n:
            end = text.find("\n", min(start + self.PIECE, n))
            stop = n if end < 0 else end
            lines = text[start:stop].split("\n")
            if stop == n and text.endswith("\n"):
                lines.pop()  # the file's last line break ends a line; no line follows it
            yield from lines
            start = stop + 1


class _CsvRecords:
    """The records of a CSV text as ``(index, cells)``, for :func:`_to_raw`.

    A broken record ends the file with a problem, not an exception. A quote that
    is never closed swallows every line after it into one cell; that cell is
    reported (naming the quote and the row it opens on) and emptied, instead of
    surfacing as an unknown agency made of the swallowed rows. ``ends`` holds the
    last text line of each record, to place problems found on text lines.
    """

    def __init__(self, text, delimiter, where, table, problems):
        self.text, self.delimiter, self.where, self.table = text, delimiter, where, table
        self.problems = problems
        self.bad_cells: dict[int, set] = {}
        self.ends: list[int] = []
        self.header: list[str] = []

    def __iter__(self):
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        ends = self.ends
        count = 0
        previous = 0  # the last text line of the record before
        # a record of several text lines waits for the next one (only the file's last record can
        # hold a quote that is never closed) and is checked; so is the header, which sets
        # self.header; every other record of one line (nearly all of them) goes straight through
        pending = None
        try:
            for record in reader:
                line = reader.line_num
                ends.append(line)
                if pending is not None:
                    yield self._checked(*pending, last=False)
                    pending = None
                if line == previous + 1 and count:
                    yield count, record
                else:
                    pending = (count, record, previous + 1)
                previous = line
                count += 1
        except csv.Error as exc:
            if pending is not None:
                yield self._checked(*pending, last=False)
                pending = None
            self.problems.append(Problem(self.where, count + 1, "", bilingual(
                "baris ini tidak terbaca: periksa tanda kutipnya", f"cannot read this row ({exc}): check its quotes")))
        if pending is not None:
            yield self._checked(*pending, last=True)

    def _checked(self, index, record, first_line, last):
        if index == 0:
            self.header = [c.strip() for c in record]
        if self.ends[index] == first_line:
            return index, record  # one text line: no cell holds a line break
        for j, cell in enumerate(record):
            if "\n" not in cell and "\r" not in cell:
                continue
            start = shown('"' + cell.lstrip()[:30], 25)
            if last and j == len(record) - 1 and self._unclosed_from(first_line):
                # the record ends in this cell: the cells after it are missing for the same reason
                self.bad_cells.setdefault(index, set()).update(range(j + 1, len(self.header)))
                self._swallowed(index, j, record, bilingual(
                    f"tanda kutip pembuka sel ini ({start}) tidak pernah ditutup, sehingga semua baris sesudahnya "
                    "sampai akhir berkas terbaca sebagai isi sel ini: tutup kutipnya di akhir sel atau hapus",
                    f"the opening quote of this cell ({start}) is never closed, so every line after it to the end "
                    "of the file was read into this cell: close the quote at the end of the cell or remove it"))
            elif self._holds_rows(cell):
                later = len(cell.splitlines()) - 1
                # what follows the late closing quote is the rest of another row, shifted: not
                # worth a line per cell
                for k in range(j + 1, max(len(record), len(self.header))):
                    if k < len(record):
                        record[k] = ""
                    self.bad_cells.setdefault(index, set()).add(k)
                self._swallowed(index, j, record, bilingual(
                    f"tanda kutip pembuka sel ini ({start}) baru ditutup {later} baris kemudian, sehingga "
                    "baris-baris di antaranya terbaca sebagai isi sel ini: tutup kutipnya di akhir sel",
                    f"the opening quote of this cell ({start}) closes only {later} line(s) further on, so the rows "
                    "in between were read into this cell: close the quote at the end of the cell"))
        return index, record

    def _swallowed(self, index, j, record, message):
        column = _column_name(self.header if index else [], j, self.table)
        self.problems.append(Problem(self.where, index + 1, column, message))
        record[j] = ""
        self.bad_cells.setdefault(index, set()).add(j)

    def _unclosed_from(self, first_line: int) -> bool:
        """True when the text from ``first_line`` on ends inside a quoted field."""
        lines = io.StringIO(self.text, newline="")
        tail = "".join(itertools.islice(lines, first_line - 1, None))
        try:
            for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=self.delimiter, strict=True):
                pass
        except csv.Error as exc:
            return "unexpected end of data" in str(exc)
        return False

    def _holds_rows(self, cell: str) -> bool:
        """A cell whose later lines look like rows of this file (an id, then at
        least three more cells): a quote closed far too late."""
        if len(self.header) < 4:
            return False
        for line in cell.splitlines()[1:]:
            parts = line.split(self.delimiter, 4)
            if len(parts) >= 4 and _ROW_START.match(parts[0].strip()):
                return True
        return False


_ROW_START = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


def _odd_line_warnings(raw: RawTable, text: str, odd_lines: list[int], ends: list[int]) -> list[Problem]:
    """A warning per row holding a text line that was not UTF-8 (read as Windows-1252)."""
    import bisect

    lines = text.split("\n")
    problems = []
    for line in odd_lines:
        index = bisect.bisect_left(ends, line)  # the record whose text lines reach this one
        rownum = index + 1
        if rownum == 1:
            cells = raw.header
        elif rownum in raw.rownums:
            cells = raw.rows[raw.rownums.index(rownum)]
        else:
            continue  # a blank row: nothing was read from it
        foreign = {c for c in lines[line - 1] if ord(c) > 127} if line <= len(lines) else set()
        j = next((k for k, cell in enumerate(cells) if foreign & set(cell)), None)
        column = "" if j is None else (column_letter(j) if rownum == 1 else _column_name(raw.header, j, raw.table))
        sample = f" ('{shown(cells[j], 40)}')" if j is not None else ""
        problems.append(Problem(raw.where, rownum, column, bilingual(
            f"baris ini tidak tertulis dalam UTF-8 seperti baris lainnya; dibaca sebagai Windows-1252{sample}: "
            f"periksa hurufnya, lalu {_SAVE_AS_ID}",
            f"this row is not UTF-8 like the rest of the file; read as Windows-1252{sample}: "
            f"check its letters, then {_SAVE_AS}"), "warning"))
    return problems


#: What the reader is reading, in Bahasa Indonesia.
_WHAT_ID = {"file": "berkas", "sheet": "lembar"}


def _required(table: str) -> str:
    """The table's required columns, for messages: ``id, name, agency, dimension``."""
    return ", ".join(c.name for c in TABLES[table].columns if c.required)


def _empty_message(table: str, what: str) -> str:
    required = _required(table)
    return bilingual(f"{_WHAT_ID[what]} kosong: paling tidak harus ada baris nama kolom ({required})",
                     f"{what} is empty: it needs at least the header row ({required})")


def _to_raw(table, where, records, problems, bad_cells=None, what="file"):
    """Header and non-blank rows of ``(index, cells)`` records; row 1 (index 0) is the header.

    Rows are stripped as they stream in, so a large file is held once, not twice.
    Readers may leave out empty rows; the index keeps the row numbers right.
    """
    bad_cells = {} if bad_cells is None else bad_cells
    records = iter(records)
    first = next(records, None)
    header = []
    if first is not None and first[0] == 0:
        header = [c.strip() for c in first[1]]
    elif first is not None:
        records = itertools.chain([first], records)
    raw = RawTable(table, where, header, [], [])
    strip = str.strip
    for index, record in records:
        if index == 0:
            continue
        cells = list(map(strip, record))
        if not any(cells):
            continue  # a blank line holds nothing to drop
        rownum = index + 1
        i = len(raw.rows)
        if max(map(len, cells)) > MAX_CELL_CHARS:
            for j, cell in enumerate(cells):
                if len(cell) > MAX_CELL_CHARS:
                    problems.append(Problem(where, rownum, _column_name(raw.header, j, table), bilingual(
                        f"sel berisi {len(cell)} karakter, melebihi batas {MAX_CELL_CHARS}: persingkat isinya",
                        f"cell has {len(cell)} characters, more than the {MAX_CELL_CHARS} allowed: shorten it",
                    )))
                    cells[j] = ""
                    raw.bad_cells.add((i, j))
        for j in bad_cells.get(index, ()):
            raw.bad_cells.add((i, j))
        raw.rows.append(cells)
        raw.rownums.append(rownum)
    if not any(header):
        if raw.rows:
            required = _required(table)
            problems.append(Problem(where, 1, "", bilingual(
                f"{_WHAT_ID[what]} tanpa baris nama kolom: tulis nama kolom ({required}, ...) di baris 1",
                f"{what} has no header row: put the column names ({required}, ...) in row 1",
            )))
        elif not any(p.where == where and p.is_error for p in problems):
            problems.append(Problem(where, 0, "", _empty_message(table, what)))
        return [], problems
    return [raw], problems


def _column_name(header: list[str], j: int, table: str) -> str:
    """The contract name of column j if its header is known, else the header as written."""
    if j >= len(header) or not header[j]:
        return column_letter(j)
    return resolve_header(header[j], table) or header[j]


def resolve_header(header: str, table: str) -> str | None:
    """The contract column a header cell names, if any.

    Case, spaces, ``*`` marks and a trailing ``(unit)`` are ignored. Headers
    as Indonesian sheets often write them are understood too: the table's own
    name after a column (``Nama Program``, ``Kode Data``) and ``kode`` before
    the table a reference points into (``Kode OPD`` for the agency).

    >>> resolve_header(" Anggaran (Rp) ", "programs"), resolve_header("OPD*", "programs")
    ('budget', 'agency')
    >>> resolve_header("Nama Program", "programs"), resolve_header("Kode OPD", "programs")
    ('name', 'agency')
    >>> resolve_header("Produsen Data", "datasets"), resolve_header("Perangkat Daerah", "datasets")
    ('producer', 'producer')
    >>> resolve_header("warna", "programs") is None
    True
    """
    lookup = _header_lookup(table)
    text = header.replace("*", "")
    for folded in (fold_header(text), fold_header(_UNIT.sub("", text))):
        found = lookup.get(folded)
        if found is not None:
            return found
        for own in TABLES[table].sheet_aliases:  # "nama_program" -> "nama"
            if folded.endswith("_" + own) and folded[: -len(own) - 1] in lookup:
                return lookup[folded[: -len(own) - 1]]
        bare = folded[5:] if folded.startswith("kode_") else folded  # "kode_opd" -> "opd"
        for col in TABLES[table].columns:
            if col.kind == "ref" and col.ref != table and bare in TABLES[col.ref].sheet_aliases:
                return col.name
    return None


_UNIT = re.compile(r"\(.*?\)")


@functools.cache
def _header_lookup(table: str) -> dict[str, str]:
    return TABLES[table].header_lookup()


def column_letter(j: int) -> str:
    """Spreadsheet letter of the 0-based column j.

    >>> column_letter(0), column_letter(27)
    ('A', 'AB')
    """
    letters = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        letters = chr(65 + r) + letters
    return letters


# ----------------------------------------------------------------------- XLSX
def cell_to_text(value) -> str:
    """Text of a spreadsheet or RDF value as a person would have typed it.

    >>> cell_to_text(1250000000.0), cell_to_text(2.5), cell_to_text(("a", "b")), cell_to_text(None)
    ('1250000000', '2.5', 'a;b', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        if _INVISIBLE_RE.search(value):
            value = value.translate(_INVISIBLE)
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value:
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return LIST_SEPARATOR.join(cell_to_text(v) for v in value)
    try:
        if value != value:  # NaN-like
            return ""
    except TypeError:  # pandas.NA refuses comparison
        return ""
    return str(value).strip()


#: What a workbook may unpack to, all parts together; a zip bomb claims far more.
MAX_XLSX_UNPACKED = 512 * 2**20
#: What one worksheet's XML may unpack to (read streaming, row by row).
MAX_XLSX_SHEET = 256 * 2**20
#: The shared strings, which are held in memory while the sheets are read.
MAX_XLSX_STRINGS = 32 * 2**20
#: Any other part (workbook, styles, ...), parsed whole.
MAX_XLSX_PART = 16 * 2**20
#: Cells one sheet may hold (25,000 programs of twenty columns), and all the sheets
#: read from one workbook. A bigger table belongs in CSV; memory and time stay
#: bounded (about 10 s of CPU at most) whatever a file claims.
MAX_SHEET_CELLS = 500_000
MAX_WORKBOOK_CELLS = 1_000_000
#: Excel's own limits: a sheet beyond them was not written by a spreadsheet program.
EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS = 1_048_576, 16_384
_SPLIT_ID = "bagi datanya ke beberapa buku kerja, atau simpan sebagai CSV"
_SPLIT_EN = "split the data over several workbooks, or save it as CSV"


def read_workbook(path: pathlib.Path, label: str, column_map=None) -> tuple[list[RawTable], list[Problem]]:
    """Tables of an ``.xlsx`` workbook, one per sheet named like a table.

    The archive's sizes are checked before anything is unpacked, and sheets are
    read row by row from their XML (only the cells the file stores), so that a
    zip bomb, a sheet claiming a billion rows or a cell in column XFD of every
    row ends in a problem line, with memory bounded, instead of minutes of work.
    """
    problem = _check_archive(path, label)
    if problem is not None:
        return [], [problem]
    try:
        book = _Book(path)
    except Exception as exc:  # a damaged archive or XML: openpyxl and zipfile raise many types
        message = " ".join(str(exc).split())[:200]
        return [], [Problem(label, 0, "", bilingual(
            "buku kerja ini tidak dapat dibuka: simpan ulang dari Excel sebagai .xlsx",
            f"cannot open this workbook ({type(exc).__name__}: {message}): save it again from Excel as .xlsx"))]
    try:
        return _read_sheets(book, label, column_map)
    finally:
        book.close()


def _check_archive(path: pathlib.Path, label: str) -> Problem | None:
    """A problem when the workbook would unpack to more than the limits allow."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # not a zip: opening it says so
    total = sum(info.file_size for info in infos)
    worst = None
    for info in infos:
        name = info.filename.lower()
        if name.endswith("sharedstrings.xml"):
            limit = MAX_XLSX_STRINGS
        elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
            limit = MAX_XLSX_SHEET
        else:
            limit = MAX_XLSX_PART
        if info.file_size > limit:
            worst = (info.file_size, limit)
            break
    if worst is None and (total > MAX_XLSX_UNPACKED or len(infos) > 100_000):
        worst = (total, MAX_XLSX_UNPACKED)
    if worst is None:
        return None
    size, limit = (round(n / 2**20) for n in worst)
    return Problem(label, 0, "", bilingual(
        f"buku kerja ini membengkak menjadi {_dots(size)} MB saat dibuka, melebihi batas {_dots(limit)} MB: "
        f"berkasnya rusak atau bukan buku kerja biasa; simpan ulang dari Excel, atau {_SPLIT_ID}",
        f"this workbook unpacks to {size:,} MB, more than the {limit:,} MB allowed: the file is damaged or not "
        f"an ordinary workbook; save it again from Excel, or {_SPLIT_EN}"))




class _Book:
    """An ``.xlsx`` opened for streaming: sheet names, shared strings, date styles.

    openpyxl reads the package (content types, workbook, styles); the sheets and
    the shared strings are read here, streaming, keeping nothing of the XML once
    a row is read. (openpyxl's own read-only mode scans a sheet that states no
    size from end to end first, holds an element per row, and fills every gap of
    a row up to its last cell: a bomb's work, not a spreadsheet's.)
    """

    def __init__(self, path):
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        self.cells_read = 0  # over every sheet read, for MAX_WORKBOOK_CELLS
        self.reader = ExcelReader(str(path), read_only=True, keep_vba=False, data_only=False, keep_links=False)
        try:
            self.reader.read_manifest()
            with warnings.catch_warnings():  # "no default style" and the like: nothing the user can act on
                warnings.simplefilter("ignore")
                self.reader.read_workbook()
                apply_stylesheet(self.reader.archive, self.reader.wb)
            wb = self.reader.wb
            self.epoch, self.dates = wb.epoch, set(wb._date_formats)
            self.strings = self._shared_strings()
            self.sheets = [(sheet.name, rel.target) for sheet, rel in self.reader.parser.find_sheets()
                           if rel.target in self.reader.valid_files and "chartsheet" not in rel.Type]
        except BaseException:
            self.close()
            raise

    def close(self):
        self.reader.archive.close()

    def _shared_strings(self) -> list[str]:
        from openpyxl.xml.constants import SHARED_STRINGS

        part = self.reader.package.find(SHARED_STRINGS)
        if part is None:
            return []
        handler = _XmlCells(strings_table=True)
        with self.reader.archive.open(part.PartName[1:]) as source:
            for _ in handler.feed(source):
                pass
        return [text.replace("x005F_", "") for text in handler.strings]

    def rows(self, target):
        """``(row number, [(column, kind, value)])`` of a sheet, one row at a time.

        ``kind`` is ``value`` (a str, number, bool, date or None), ``formula``
        (its text), ``error`` (Excel's error text) or ``broken`` (a cell no
        spreadsheet writes: a string index past the table, a bad number).
        """
        handler = _XmlCells()
        strings, cell = self.strings, self._cell
        with self.reader.archive.open(target) as source:
            for number, cells in handler.feed(source):
                out = []
                for column, kind, style, value, formula, inline in cells:
                    if kind == "s" and formula is None and value and value.isdigit() and int(value) < len(strings):
                        out.append((column, "value", strings[int(value)]))  # the usual cell, quickly
                    elif kind == "inlineStr" and formula is None:
                        out.append((column, "value", inline))
                    else:
                        out.append((column, *cell(kind, style, value, formula, inline)))
                yield number, out

    def _cell(self, kind, style, value, formula, inline):
        if formula is not None:
            return "formula", "=" + formula
        if kind == "inlineStr":
            return "value", inline
        if value is None or value == "":
            return "value", None
        try:
            if kind == "s":
                return "value", self.strings[int(value)]
            if kind == "str":
                return "value", value
            if kind == "b":
                return "value", value.strip() not in ("0", "false")
            if kind == "e":
                return "error", value
            if kind == "d":
                from openpyxl.utils.datetime import from_ISO8601

                return "value", from_ISO8601(value)
            number = float(value) if any(c in value for c in ".eE") else int(value)
            if style and int(style) in self.dates:
                from openpyxl.utils.datetime import from_excel

                return "value", from_excel(number, self.epoch)
            return "value", number
        except (ValueError, IndexError, OverflowError, TypeError):
            return "broken", value


class _XmlCells:
    """The cells of a worksheet's XML (or the strings of a shared strings part),
    parsed with expat as the bytes stream in: nothing of the XML is kept once a
    row is read, and one cell's text is cut at :data:`_MAX_TEXT` characters.

    A cell comes as ``(column, t, s, v text, f text or None, inline text)``.
    """

    def __init__(self, strings_table: bool = False):
        import xml.parsers.expat

        # no namespace processing: the tags are compared by local name, which is faster
        self.parser = xml.parsers.expat.ParserCreate()
        self.parser.buffer_text = True
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.strings: list[str] = []
        self.done: list = []  # rows completed since the last chunk
        self.number = self.column = 0
        self.in_data = strings_table  # cells count only inside sheetData
        self.cells = None
        self.cell = None
        self.texts: dict = {}
        self.field = None  # the text being collected: v, f or t
        self.phonetic = 0  # inside <rPh> (a phonetic guide, not text)
        self.buffer: list[str] = []
        self.length = 0

    def feed(self, source):
        while True:
            chunk = source.read(1 << 16)
            self.parser.Parse(chunk, not chunk)
            if self.done:
                yield from self.done
                self.done = []
            if not chunk:
                return

    def _start(self, tag, attrs):
        if ":" in tag:  # a prefixed name (x:c): its local part
            tag = tag.rpartition(":")[2]
        if not self.in_data:
            self.in_data = tag == "sheetData"
            return
        if tag == "c":
            self.column = _column_number(attrs.get("r"), self.column)
            self.cell = attrs
            self.texts = {}
        elif tag == "v" or tag == "f" or (tag == "t" and not self.phonetic):
            self.field = tag
            self.buffer, self.length = [], 0
        elif tag == "row":
            self.number = _row_number(attrs.get("r"), self.number)
            self.column = 0
            self.cells = []
        elif tag == "si":
            self.texts = {}
        elif tag == "rPh":
            self.phonetic += 1

    def _text(self, data):
        if self.field is not None and self.length <= _MAX_TEXT:
            self.buffer.append(data)
            self.length += len(data)

    def _end(self, tag):
        if ":" in tag:
            tag = tag.rpartition(":")[2]
        if not self.in_data:
            return
        if tag == self.field:
            buffer = self.buffer
            text = buffer[0] if len(buffer) == 1 else "".join(buffer)[: _MAX_TEXT + 1]
            if tag == "t" and "t" in self.texts:  # rich text: the <t> of every run, joined
                text = (self.texts["t"] + text)[: _MAX_TEXT + 1]
            self.texts[tag] = text
            self.field = None
        elif tag == "c":
            if self.cell is not None and self.cells is not None:
                attrs, texts = self.cell, self.texts
                self.cells.append((self.column, attrs.get("t", "n"), attrs.get("s"), texts.get("v"),
                                   texts.get("f"), texts.get("t")))
            self.cell = None
        elif tag == "row":
            if self.cells is not None:
                self.done.append((self.number, self.cells))
            self.cells = None
        elif tag == "si":
            self.strings.append(self.texts.get("t", ""))
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "sheetData":
            self.in_data = False


#: The characters kept of one cell's text: enough for the cell-size check to name it.
_MAX_TEXT = 1_000_000


def _row_number(text, previous: int) -> int:
    """The row number a ``<row r="...">`` states (the next one when it states none)."""
    if text is None:
        return previous + 1
    try:
        return int(text)
    except ValueError:
        number = float(text)  # a few writers put "5.0"; ValueError for junk
        if not number.is_integer():
            raise ValueError(f"{text} is not a row number") from None
        return int(number)


def _column_number(ref, previous: int) -> int:
    """The column (1-based) of a cell reference such as ``AB12`` (the next one without).

    >>> _column_number("AB12", 0), _column_number(None, 4)
    (28, 5)
    """
    if not ref:
        return previous + 1
    letters = ref.rstrip("0123456789")
    number = _COLUMNS.get(letters)
    if number is None:
        if not _LETTERS.match(letters) or not ref[len(letters):].isdigit():
            raise ValueError(f"{ref[:20]} is not a cell reference")
        number = 0
        for letter in letters.upper():
            number = number * 26 + ord(letter) - 64
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = number
    return number


_COLUMNS: dict[str, int] = {}
_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


def _read_sheets(book, label, column_map=None):
    problems: list[Problem] = []
    tables: list[RawTable] = []
    chosen: dict[str, str] = {}
    for title, target in book.sheets:
        if fold_header(title) == REFERENCE_SHEET:
            tables += _reference_table(book, target, f"{label}[{title}]")
            continue
        table = table_for_sheet(title)
        if table is None and column_map:
            mapped = column_map.table_of_file(title)
            table = TABLES[mapped] if mapped is not None else None
        if table is None:
            if fold_header(title) not in HELP_SHEETS:
                problems.append(Problem(f"{label}[{title}]", 0, "", bilingual(
                    "lembar tidak dipakai: namanya bukan agencies, programs atau datasets (atau alias yang diterima)",
                    "sheet not used: its name is not agencies, programs or datasets (or an accepted alias)",
                ), "warning"))
            continue
        if table.name in chosen:
            problems.append(Problem(f"{label}[{title}]", 0, "", bilingual(
                f"lembar '{chosen[table.name]}' dan '{title}' sama-sama berisi tabel '{table.name}': sisakan satu",
                f"sheets '{chosen[table.name]}' and '{title}' both hold table '{table.name}': keep one",
            )))
            continue
        chosen[table.name] = title
        where = f"{label}[{title}]"
        bad: dict[int, set] = {}
        sheet_problems: list[Problem] = []
        records = _sheet_records(book, target, where, table.name, bad, sheet_problems)
        found, probs = _to_raw(table.name, where, records, sheet_problems, bad, what="sheet")
        if any(p.row == 0 and p.where == where and p.is_error for p in probs):
            found = []  # the sheet was not read to its end: what was read is not the table
        tables += found
        problems += probs
    if not chosen:
        sheets = ", ".join(title for title, _ in book.sheets) or "-"
        problems.append(Problem(label, 0, "", bilingual(
            f"buku kerja tidak memiliki lembar tabel synergy (agencies, programs, datasets, applications); "
            f"lembar yang ada: {sheets}",
            f"workbook has no synergy table sheet (agencies, programs, datasets, applications); sheets found: {sheets}",
        )))
    return tables, problems


def _reference_table(book, target, where) -> list[RawTable]:
    """A form's reference sheet: header and rows as text; what it cannot hold is left out quietly
    (it is written by synergy, not typed by the agency, and no row of it is data)."""
    rows = list(_sheet_records(book, target, where, "agencies", {}, []))
    if not rows or rows[0][0] != 0:
        return []
    body = [(index + 1, cells) for index, cells in rows[1:]]
    return [RawTable(REFERENCES, where, [c.strip() for c in rows[0][1]],
                     [[c.strip() for c in cells] for _, cells in body], [n for n, _ in body])]


def _sheet_records(book, target, where, table, bad, problems):
    """Rows of a sheet as text; formula and error cells reported and emptied.

    Reading stops with a problem (row 0: the whole sheet) past
    :data:`MAX_SHEET_CELLS` cells, past Excel's own row and column limits, or
    when the sheet's XML is broken.
    """
    header: list[str] = []
    cells_read = rows_read = 0
    number = 0
    stop = None
    try:
        for number, stored in book.rows(target):
            rows_read += 1
            width = max((column for column, kind, value in stored if value is not None), default=0)
            cells_read += max(len(stored), width)
            if not 1 <= number <= EXCEL_MAX_ROWS or width > EXCEL_MAX_COLUMNS or rows_read > EXCEL_MAX_ROWS:
                stop = bilingual(
                    f"lembar ini melewati batas Excel ({_dots(EXCEL_MAX_ROWS)} baris, {_dots(EXCEL_MAX_COLUMNS)} "
                    f"kolom) di baris {_dots(number)}: berkasnya rusak; simpan ulang dari Excel",
                    f"this sheet goes past Excel's limits ({EXCEL_MAX_ROWS:,} rows, {EXCEL_MAX_COLUMNS:,} "
                    f"columns) at row {number:,}: the file is damaged; save it again from Excel")
                break
            if cells_read > MAX_SHEET_CELLS:
                stop = bilingual(
                    f"lembar ini berisi lebih dari {_dots(MAX_SHEET_CELLS)} sel (pembacaan berhenti di baris "
                    f"{_dots(number)}): {_SPLIT_ID}",
                    f"this sheet holds more than {MAX_SHEET_CELLS:,} cells (reading stopped at row "
                    f"{number:,}): {_SPLIT_EN}")
                break
            if book.cells_read + cells_read > MAX_WORKBOOK_CELLS:
                stop = bilingual(
                    f"buku kerja ini berisi lebih dari {_dots(MAX_WORKBOOK_CELLS)} sel (pembacaan berhenti di "
                    f"baris {_dots(number)} lembar ini): {_SPLIT_ID}",
                    f"this workbook holds more than {MAX_WORKBOOK_CELLS:,} cells (reading stopped at row "
                    f"{number:,} of this sheet): {_SPLIT_EN}")
                break
            index = number - 1
            cells = [""] * width
            odd = []
            for column, kind, value in stored:
                if column > width:
                    continue
                if kind == "value":
                    cells[column - 1] = cell_to_text(value)
                else:
                    odd.append((column - 1, kind, value))
            for j, kind, value in odd:
                if kind == "formula":
                    message = bilingual(
                        f"sel berisi rumus ({str(value)[:40]}): salin kolomnya lalu tempel kembali "
                        "sebagai nilai saja",
                        f"cell holds a formula ({str(value)[:40]}): copy the column and paste it back "
                        "as values only")
                elif kind == "error":
                    message = bilingual(f"sel menampilkan galat Excel ({value}): perbaiki atau kosongkan",
                                        f"cell shows an Excel error ({value}): correct or clear it")
                else:
                    message = bilingual("sel ini tidak terbaca: ketik ulang isinya, lalu simpan dari Excel",
                                        "cannot read this cell: type its content again, then save from Excel")
                problems.append(Problem(where, number, _column_name(header if index else cells, j, table),
                                        message))
                bad.setdefault(index, set()).add(j)
            if index == 0:
                header = cells
            if any(cells):
                yield index, cells
    except Exception as exc:  # broken XML, a broken zip stream
        message = " ".join(str(exc).split())[:120]
        problems.append(Problem(where, 0, "", bilingual(
            f"lembar ini rusak sesudah baris {number}: simpan ulang dari Excel sebagai .xlsx",
            f"this sheet is damaged after row {number} ({type(exc).__name__}: {message}): "
            "save it again from Excel as .xlsx")))
        return
    finally:
        book.cells_read += cells_read
    if stop is not None:
        problems.append(Problem(where, 0, "", stop))


def _dots(number: int) -> str:
    """A number with Indonesian thousands dots: ``2.000.000``."""
    return f"{number:,}".replace(",", ".")


# ------------------------------------------------------------------------ RDF
def read_rdf(path: pathlib.Path, label: str) -> tuple[list[RawTable], list[Problem]]:
    """Tables of an RDF file written by ``synergy export``, via ``synergy.rdf``.

    Row numbers of RDF tables count the records (1 is the first), in the order
    ``synergy.rdf.rdf_to_records`` returns them.
    """
    from .rdf import rdf_to_records

    try:
        records = rdf_to_records(path)
    except InvalidData as exc:  # synergy.rdf's own lines, already in both languages
        return [], [Problem(label, 0, p.column, p.message, p.severity) for p in exc.problems]
    except SynergyError as exc:
        message = str(exc)
        for prefix in (f"{path}: ", f"{path.name}: "):
            message = message[len(prefix):] if message.startswith(prefix) else message
        # synergy.rdf words its own reason (in English): say the gist in Indonesian first
        return [], [Problem(label, 0, "", bilingual(f"berkas RDF ini tidak terbaca; {_FROM_EXPORT[0]}", message))]
    except Exception as exc:  # rdflib's parsers raise many types
        message = " ".join(str(exc).split())[:200]
        return [], [Problem(label, 0, "", bilingual(
            f"berkas RDF ini tidak terbaca; {_FROM_EXPORT[0]}",
            f"cannot read this RDF file ({type(exc).__name__}: {message}); {_FROM_EXPORT[1]}"))]
    if not any(records.get(name) for name in TABLE_ORDER):
        return [], [Problem(label, 0, "", bilingual(
            f"tidak ada OPD, program atau data dalam berkas RDF ini; {_FROM_EXPORT[0]}",
            f"no agencies, programs or datasets in this RDF file; {_FROM_EXPORT[1]}"))]
    tables = []
    for name in (*TABLE_ORDER, *SIDE_TABLES):
        rows = list(records.get(name, ()) or ())
        if name in SIDE_TABLES and not rows:
            continue
        header = list(TABLES[name].column_names)
        for row in rows:
            for key in row:
                if key not in header:
                    header.append(key)
        raw = RawTable(name, f"{label}[{name}]", header, [], [])
        for i, row in enumerate(rows):
            raw.rows.append([cell_to_text(row.get(key)) for key in header])
            raw.rownums.append(i + 1)
        tables.append(raw)
    return tables, []
