"""The CSV text of the city's files, both ways: bytes to text, the delimiter, a table to text.

One job, shared by the readers (:mod:`synergy.readers`), the column maps
(:mod:`synergy.columns`), the lexicon (:mod:`synergy.text`), the decisions table
(:mod:`synergy.decisions`) and the writers (:mod:`synergy.merge`); standard
library only, so that none of them needs another's module to read or write a CSV.
"""
from __future__ import annotations

from .normalize import bilingual
from .schema import LIST_SEPARATOR

__all__ = ["SAVE_AS_UTF8_ID", "SAVE_AS_UTF8_EN", "decode_csv_bytes", "decode_csv_lines", "sniff_delimiter",
           "table_csv", "csv_cell", "quote_cell", "csv_lines"]

#: What to tell a person whose file is not UTF-8 CSV (Bahasa Indonesia, English).
SAVE_AS_UTF8_ID = 'simpan dari Excel sebagai "CSV UTF-8"'
SAVE_AS_UTF8_EN = 'save it from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"'


def decode_csv_bytes(data: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM) or Windows-1252.

    Raises ``ValueError`` with the message for the user when it is neither.

    >>> decode_csv_bytes("id;nama\\n".encode("utf-8-sig"))
    'id;nama\\n'
    >>> decode_csv_bytes("Dinas Pemuda dan Olahraga – Pasuruan".encode("cp1252"))[-10:]
    '– Pasuruan'
    >>> decode_csv_bytes("id".encode("utf-16"))
    Traceback (most recent call last):
    ...
    ValueError: berkas berupa teks UTF-16 ("Unicode Text" Excel), bukan UTF-8: simpan dari Excel sebagai "CSV UTF-8" / file is UTF-16 text (Excel's "Unicode Text"), not UTF-8: save it from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"
    """
    return decode_csv_lines(data)[0]


def decode_csv_lines(data: bytes) -> tuple[str, list[int]]:
    """Text of a CSV file, and the lines (1-based) that had to be read as
    Windows-1252 inside a UTF-8 file.

    A file is UTF-8 or Windows-1252 as a whole; but one line typed in another
    program (a stray Latin-1 byte) must not turn every UTF-8 accent of the file
    into mojibake. When the file holds UTF-8 text and lines that are not UTF-8,
    each line is decoded on its own and the odd lines are returned for a warning.
    Raises ``ValueError`` (see :func:`decode_csv_bytes`).

    >>> decode_csv_lines("Négeri\\nKéc\\n".encode("utf-8") + "Dés\\n".encode("cp1252"))
    ('Négeri\\nKéc\\nDés\\n', [3])
    >>> decode_csv_lines("Négeri\\n".encode("cp1252"))
    ('Négeri\\n', [])
    """
    _refuse_non_text(data)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_text, odd = False, []
    for number, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            odd.append(number)
        else:
            utf8_text = utf8_text or not line.isascii()
    if utf8_text:  # a UTF-8 file with some lines that are not: decode line by line
        texts, odd_lines = [], set(odd)
        for number, line in enumerate(lines, start=1):
            if number in odd_lines:
                texts.append(_decode_cp1252(line, number))
            else:
                texts.append(line.decode("utf-8"))
        if texts[0].startswith("\ufeff"):
            texts[0] = texts[0][1:]
        return "\n".join(texts), odd
    return _decode_cp1252(data, 0), []


def _refuse_non_text(data: bytes) -> None:
    """``ValueError`` for a workbook named .csv, UTF-16 text or a binary file."""
    if data.startswith(b"PK\x03\x04"):
        raise ValueError(bilingual(
            f"ini buku kerja Excel yang diberi nama .csv: ubah ekstensinya menjadi .xlsx, atau {SAVE_AS_UTF8_ID}",
            f"this is an Excel workbook named .csv: rename it to .xlsx, or {SAVE_AS_UTF8_EN}"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        head = data[:400]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        # UTF-16 text of Latin letters has a zero byte in every other position, all on one side
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (min(even, odd) == 0 and max(even, odd) >= len(head) // 4):
            raise ValueError(bilingual(f'berkas berupa teks UTF-16 ("Unicode Text" Excel), bukan UTF-8: {SAVE_AS_UTF8_ID}',
                                       f'file is UTF-16 text (Excel\'s "Unicode Text"), not UTF-8: {SAVE_AS_UTF8_EN}'))
        raise ValueError(bilingual(f"berkas ini bukan teks (berkas biner?): {SAVE_AS_UTF8_ID}",
                                   f"file is not text (a binary file?): {SAVE_AS_UTF8_EN}"))


def _decode_cp1252(data: bytes, line: int) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        where_id, where_en = (f" (baris teks {line})", f" (text line {line})") if line else ("", "")
        raise ValueError(bilingual(
            f"berkas ini bukan teks UTF-8 atau Windows-1252 yang terbaca{where_id}: {SAVE_AS_UTF8_ID}",
            f"file is not readable text in UTF-8 or Windows-1252{where_en}: {SAVE_AS_UTF8_EN}")) from None


def sniff_delimiter(text: str) -> str:
    """``;``, ``,`` or tab: whichever the header line uses most (``,`` if none).

    >>> sniff_delimiter('id;nama;"a,b"\\n'), sniff_delimiter("id,nama\\n")
    (';', ',')
    """
    end = text.find("\n")
    line = text if end < 0 else text[:end]  # not split(): a file's text can be hundreds of MB
    counts = {d: 0 for d in (",", ";", "\t")}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def table_csv(frame) -> str:
    """The CSV text of one table: header, then one line per row.

    >>> from synergy.model import make_table
    >>> t = make_table("programs", [{"id": "P1", "name": "Aplikasi, baru", "agency": "A",
    ...                              "dimension": ("governance", "living"), "budget": 5}])
    >>> print(table_csv(t).splitlines()[1])
    P1,"Aplikasi, baru",A,governance;living,,,,,,,5,,,,,,,,
    """
    lines = [[quote_cell(str(c)) for c in frame.columns]]
    lines += [[quote_cell(csv_cell(v)) for v in row] for row in frame.itertuples(index=False, name=None)]
    return "".join(csv_lines(lines, len(frame.columns)))


def csv_lines(rows, width: int):
    r"""Rows of ``width`` quoted cells (:func:`quote_cell`) as CSV lines, each ending in ``\n``.

    A row of one empty cell is written ``""``, as ``csv.writer`` writes it: an empty line
    would be no row at all.

    >>> list(csv_lines([["a", '"b,c"'], ["", ""]], 2)), list(csv_lines([["x"], [""]], 1))
    (['a,"b,c"\n', ',\n'], ['x\n', '""\n'])
    """
    if width == 1:
        return (('""' if row[0] == "" else row[0]) + "\n" for row in rows)
    return (",".join(row) + "\n" for row in rows)


def quote_cell(text: str) -> str:
    r"""A cell's CSV text: in double quotes (its quotes doubled) when it holds a comma, a double
    quote or a line break, as Python's ``csv.writer`` writes it; also for a carriage return,
    which ``csv.writer`` (Python 3.11) leaves bare, so that a reader then splits the row there.

    >>> quote_cell("a,b"), quote_cell('say "hi" twice'), quote_cell("plain"), quote_cell("two\rlines")
    ('"a,b"', '"say ""hi"" twice"', 'plain', '"two\rlines"')
    """
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def csv_cell(value) -> str:
    """A cell as the CSV files hold it: lists joined by ``;``, missing values (None, NA, NaN) as ``""``.

    >>> import pandas as pd
    >>> csv_cell(("governance", "living")), csv_cell(pd.NA), csv_cell(float("nan")), csv_cell(5)
    ('governance;living', '', '', '5')
    """
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if value is None:
        return ""
    import pandas as pd

    if value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    return str(value)
