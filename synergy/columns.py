"""Column mapping: a city's own spreadsheet headers mapped onto the data contract.

Real files arrive in their own shapes (``Nama Sistem``, ``Pemilik Aplikasi``).
A mapping file says what each header means, one line per header (data contract v2)::

    table,column,header
    applications,name,Nama Sistem
    applications,agency,Pemilik Aplikasi

An optional fourth column ``file`` names the CSV file (or workbook sheet) the line
is about; a file or sheet named there is read as that table even when its name is
not a table's (``Inventaris 2024.csv``). Indonesian headers are accepted:
``tabel,kolom,judul,berkas``.

The file is ``columns.csv`` or ``kolom.csv`` beside the data (it applies to that
folder), or given with ``--columns FILE`` (it applies to every SOURCE). Headers are
compared as the contract compares them (case, spaces and underscores alike).
"""
from __future__ import annotations

import csv
import io
import pathlib
from dataclasses import dataclass

from .errors import Problem
from .normalize import bilingual, suggest
from .schema import TABLES, fold_header

__all__ = ["MAPPING_FILE_NAMES", "ColumnMap", "Mapping", "read_column_map", "is_mapping_file"]

#: File names a folder's own mapping may have.
MAPPING_FILE_NAMES = ("columns.csv", "kolom.csv")
#: Accepted spellings of the mapping file's own header.
_FIELDS = {
    "table": ("table", "tabel"),
    "column": ("column", "kolom"),
    "header": ("header", "judul", "judul_kolom", "nama_kolom"),
    "file": ("file", "berkas", "lembar", "sheet"),
}


@dataclass(frozen=True)
class Mapping:
    """One line of a mapping file: ``header`` (as the file has it) is ``column`` of ``table``."""

    table: str
    column: str
    header: str
    file: str  # "" for every file of the table
    where: str  # mapping file and line, for problems about this line
    row: int


@dataclass(frozen=True)
class ColumnMap:
    """The lines of one or more mapping files."""

    lines: tuple[Mapping, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lines)

    def __add__(self, other: "ColumnMap") -> "ColumnMap":
        return ColumnMap(self.lines + other.lines)

    def table_of_file(self, name: str) -> str | None:
        """The table a file or sheet holds by the mapping's ``file`` column (its name or stem).

        >>> m = ColumnMap((Mapping("applications", "name", "Nama Sistem", "Inventaris 2024.csv", "kolom.csv", 2),))
        >>> m.table_of_file("inventaris 2024.csv"), m.table_of_file("Inventaris 2024"), m.table_of_file("x.csv")
        ('applications', 'applications', None)
        """
        wanted = {fold_header(name), fold_header(pathlib.PurePath(name).stem)}
        for line in self.lines:
            if line.file and {fold_header(line.file), fold_header(pathlib.PurePath(line.file).stem)} & wanted:
                return line.table
        return None

    def columns_of(self, table: str, file: str, header: list[str]) -> dict[int, tuple[str, ...]]:
        """``{column index: contract columns}`` of the headers this mapping names.

        One header may feed two columns (an inventory that names its systems by their
        address gives both ``name`` and ``url`` from ``URL``).

        >>> m = ColumnMap((Mapping("applications", "name", "URL", "", "kolom.csv", 2),
        ...                Mapping("applications", "url", "URL", "", "kolom.csv", 3)))
        >>> m.columns_of("applications", "inventaris.csv", ["No", "url", "OPD"])
        {1: ('name', 'url')}
        """
        names = {fold_header(file), fold_header(pathlib.PurePath(file).stem)} if file else set()
        lookup: dict[str, tuple[str, ...]] = {}
        for line in self.lines:
            if line.table == table and (not line.file or {fold_header(line.file),
                                                          fold_header(pathlib.PurePath(line.file).stem)} & names):
                key = fold_header(line.header)
                lookup[key] = (*lookup.get(key, ()), line.column)
        return {j: lookup[fold_header(h)] for j, h in enumerate(header) if h and fold_header(h) in lookup}

    def unmatched(self, seen: dict[str, dict[str, str]]) -> list[Problem]:
        """Lines whose header is in no file of their table (``seen``: table -> {folded: header as read})."""
        problems = []
        for line in self.lines:
            headers = seen.get(line.table)
            if headers is None:
                problems.append(Problem(line.where, line.row, "header", bilingual(
                    f"tidak ada tabel {line.table} di sumber: baris ini tidak memetakan apa pun",
                    f"no {line.table} table in the sources: this line maps nothing"), "warning"))
            elif fold_header(line.header) not in headers:
                found = ", ".join(list(headers.values())[:12]) + (", ..." if len(headers) > 12 else "")
                problems.append(Problem(line.where, line.row, "header", bilingual(
                    f"kolom '{line.header}' tidak ada di berkas tabel {line.table}; kolom yang ada: {found}",
                    f"column '{line.header}' is in no {line.table} file; columns found: {found}")))
        return problems


def is_mapping_file(path: pathlib.Path) -> bool:
    return path.name.lower() in MAPPING_FILE_NAMES


def read_column_map(path, label: str | None = None) -> tuple[ColumnMap, list[Problem]]:
    """Read a mapping file; every bad line is a problem naming its line, and is left out.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "kolom.csv"
    >>> _ = p.write_text("tabel;kolom;judul\\napplications;name;Nama Sistem\\napplications;nama_sistem;Sistem\\n")
    >>> m, problems = read_column_map(p)
    >>> [(l.table, l.column, l.header) for l in m.lines]
    [('applications', 'name', 'Nama Sistem')]
    >>> print(problems[0])  # doctest: +ELLIPSIS
    kolom.csv:3: column: tabel applications tidak punya kolom 'nama_sistem' ...
    """
    from .csvtext import decode_csv_bytes, sniff_delimiter

    path = pathlib.Path(path)
    where = label or path.name
    try:
        text = decode_csv_bytes(path.read_bytes())
    except OSError as exc:
        return ColumnMap(), [Problem(where, 0, "", bilingual("berkas pemetaan kolom tidak dapat dibaca",
                                                             f"cannot read the column mapping file: {exc.strerror or exc}"))]
    except Exception as exc:  # not text, UTF-16...: the reader's own words
        return ColumnMap(), [Problem(where, 0, "", bilingual("berkas pemetaan kolom tidak dapat dibaca", str(exc)))]
    rows = list(csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text)))
    if not rows:
        return ColumnMap(), [Problem(where, 0, "", bilingual(
            "berkas pemetaan kolom kosong: tulis table,column,header di baris 1",
            "the column mapping file is empty: write table,column,header in row 1"))]
    header = [fold_header(h) for h in rows[0]]
    index = {}
    for field, spellings in _FIELDS.items():
        for j, h in enumerate(header):
            if h in spellings:
                index.setdefault(field, j)
    missing = [f for f in ("table", "column", "header") if f not in index]
    if missing:
        return ColumnMap(), [Problem(where, 1, "", bilingual(
            f"baris 1 harus berisi table,column,header (atau tabel,kolom,judul); tidak ada: {', '.join(missing)}",
            f"row 1 must be table,column,header (or tabel,kolom,judul); missing: {', '.join(missing)}"))]
    lines: list[Mapping] = []
    problems: list[Problem] = []
    taken: dict[tuple[str, str, str], int] = {}
    for number, row in enumerate(rows[1:], start=2):
        cell = {f: (row[j].strip() if j < len(row) else "") for f, j in index.items()}
        if not any(cell.values()):
            continue
        table = _table(cell["table"])
        if table is None:
            aliases = {alias: name for name, t in TABLES.items() for alias in (name, *t.sheet_aliases)}
            hint_id, hint_en = _hint(cell["table"], aliases)
            problems.append(Problem(where, number, "table", bilingual(
                f"tabel '{cell['table']}' tidak dikenal{hint_id}", f"unknown table '{cell['table']}'{hint_en}")))
            continue
        columns = TABLES[table].column_names
        column = _column(table, cell["column"])
        if column is None:
            listed = ", ".join(columns)
            problems.append(Problem(where, number, "column", bilingual(
                f"tabel {table} tidak punya kolom '{cell['column']}' (kolomnya: {listed})",
                f"table {table} has no column '{cell['column']}' (its columns: {listed})")))
            continue
        if not cell["header"]:
            problems.append(Problem(where, number, "header", bilingual(
                "judul kolom kosong: tulis judul kolom seperti di berkas Anda",
                "empty header: write the header as your file has it")))
            continue
        file = cell.get("file", "")
        key = (table, fold_header(file), column)
        if key in taken:
            problems.append(Problem(where, number, "column", bilingual(
                f"kolom {column} sudah dipetakan di baris {taken[key]}: sisakan satu",
                f"column {column} is already mapped on line {taken[key]}: keep one")))
            continue
        taken[key] = number
        lines.append(Mapping(table, column, cell["header"], file, where, number))
    return ColumnMap(tuple(lines)), problems


def _table(text: str) -> str | None:
    from .schema import table_for_sheet

    found = table_for_sheet(text)
    return found.name if found is not None else None


def _column(table: str, text: str) -> str | None:
    return TABLES[table].header_lookup().get(fold_header(text))


def _hint(text: str, aliases: dict) -> tuple[str, str]:
    from .normalize import did_you_mean

    found = suggest(text, list(aliases))
    return did_you_mean(aliases.get(found, found))
