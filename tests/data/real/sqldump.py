"""Read the rows of the INSERT statements of a MySQL dump (mysqldump, phpMyAdmin, ...).

The converters of the folders here that start from a raw SQL dump share this reader:

    rows = sqldump.table_rows(text, "aplikasi")    # [{column: value, ...}, ...] in dump order
    by_table = sqldump.all_rows(text)               # {table: [row dict, ...]} for every table

A statement is `INSERT [IGNORE] INTO t [(columns)] VALUES (...),(...);` (or `REPLACE INTO`),
starting at the beginning of a line, as dump tools write it; anything after the last tuple
(`;`, `ON DUPLICATE KEY UPDATE ...`) is skipped. A statement without a column list takes the
columns of the table's `CREATE TABLE` in the same text. A value is:

- a quoted string ('...' or "..."), read as MySQL reads it: the backslash escapes below and
  a doubled quote ('' inside '...') standing for one quote;
- an unquoted token (a number, a hex literal, ...) kept as its text, stripped; NULL (any
  letter case) is None.

Input is text (str): callers decode the dump themselves. Python stdlib only.
"""
import re

# Backslash escapes inside a quoted string, as MySQL reads them. mysqldump writes \0 \' \" \n \r
# \Z \\ (mysql_real_escape_string); \b and \t are read too. \% and \_ keep their backslash: MySQL
# treats them as escapes only in LIKE patterns, elsewhere they are the two characters. Any other
# escaped character stands for itself (MySQL drops the backslash).
ESCAPES = {"0": "\0", "'": "'", '"': '"', "b": "\b", "n": "\n", "r": "\r", "t": "\t",
           "Z": "\x1a", "\\": "\\", "%": "\\%", "_": "\\_"}

# Start of a statement, up to and including VALUES: table name (backquoted or bare) and the
# optional column list. Anchored at a line start so that text quoted inside an earlier
# statement's values is very unlikely to be taken for a statement.
STATEMENT = re.compile(r"^(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s+(?:`([^`]+)`|([\w$]+))\s*"
                       r"(?:\(([^)]*)\))?\s*VALUES\s*", re.I | re.M)

WHITESPACE = " \t\r\n"
# runs of characters inside a quoted string that need no attention (speed only)
PLAIN = {"'": re.compile(r"[^'\\]+"), '"': re.compile(r'[^"\\]+')}


def read_string(text, i):
    """The quoted string starting at text[i] (its opening quote); return (value, index after it)."""
    quote = text[i]
    i += 1
    buf = []
    while True:
        plain = PLAIN[quote].match(text, i)
        if plain:
            buf.append(plain.group())
            i = plain.end()
        if i >= len(text):
            raise ValueError("unterminated string")
        c = text[i]
        if c == "\\":
            if i + 1 >= len(text):
                raise ValueError("unterminated string")
            nxt = text[i + 1]
            buf.append(ESCAPES.get(nxt, nxt))
            i += 2
        elif text.startswith(quote * 2, i):  # doubled quote: one quote character
            buf.append(quote)
            i += 2
        else:  # the closing quote
            return "".join(buf), i + 1


def skip_whitespace(text, i):
    while i < len(text) and text[i] in WHITESPACE:
        i += 1
    return i


def read_tuples(text, i):
    """The tuples `(v, v, ...),(...)` starting at text[i] (after VALUES); return (rows, index after
    the last tuple). Each row is a list of str or None."""
    rows = []
    while True:
        i = skip_whitespace(text, i)
        if not text.startswith("(", i):
            raise ValueError(f"tuple expected at offset {i}: {text[i:i + 60]!r}")
        i += 1
        row = []
        while True:  # one value per loop
            i = skip_whitespace(text, i)
            if text[i:i + 1] in ("'", '"'):
                value, i = read_string(text, i)
            else:
                j = i
                while j < len(text) and text[j] not in ",)":
                    j += 1
                value = text[i:j].strip()
                if value.upper() == "NULL":
                    value = None
                i = j
            row.append(value)
            i = skip_whitespace(text, i)
            if text.startswith(",", i):
                i += 1
            elif text.startswith(")", i):
                i += 1
                break
            else:
                raise ValueError(f"',' or ')' expected at offset {i}: {text[i:i + 60]!r}")
        rows.append(row)
        # another tuple follows a comma; anything else (';', ON DUPLICATE KEY ...) ends the statement
        j = skip_whitespace(text, i)
        if not text.startswith(",", j):
            return rows, i
        i = j + 1


def inserts(text, table=None):
    """Yield (table, columns, rows) for every INSERT/REPLACE statement, in text order, or only for
    those into ``table``. columns: the names the statement lists, or None if it lists none."""
    pos = 0
    while True:
        m = STATEMENT.search(text, pos)
        if not m:
            return
        name = m.group(1) or m.group(2)
        if table is not None and name != table:
            pos = m.end()  # another table's statement: its values are not read
            continue
        columns = [c.strip().strip("`") for c in m.group(3).split(",")] if m.group(3) else None
        rows, pos = read_tuples(text, m.end())
        yield name, columns, rows


def create_table_columns(text, table):
    """Column names of `CREATE TABLE table (...)` in text, in order."""
    m = re.search(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?`%s`\s*\((.*?)\n\)" % re.escape(table),
                  text, re.S)
    if not m:
        raise ValueError(f"no CREATE TABLE for {table}")
    # column definitions start with the backquoted name; KEY, PRIMARY KEY, ... lines do not
    return re.findall(r"^\s*`([^`]+)`", m.group(1), re.M)


def _as_dicts(text, table, columns, rows, known):
    if columns is None:
        if table not in known:
            known[table] = create_table_columns(text, table)
        columns = known[table]
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"{table}: {len(row)} values for {len(columns)} columns")
        yield dict(zip(columns, row))


def table_rows(text, table):
    """Every row inserted into ``table``, in text order, as a dict {column: value}."""
    known = {}
    return [r for name, columns, rows in inserts(text, table)
            for r in _as_dicts(text, name, columns, rows, known)]


def all_rows(text):
    """{table: [row dict, ...]} for every table with an INSERT/REPLACE, tables and rows in text order."""
    out, known = {}, {}
    for name, columns, rows in inserts(text):
        out.setdefault(name, []).extend(_as_dicts(text, name, columns, rows, known))
    return out
