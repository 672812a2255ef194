"""Cell-level normalisation of the data contract: money, years, lists, enums, ids.

Each parser takes the text of one cell (already trimmed) and returns the
normalised value, or raises ``ValueError`` with the message a user should read.
``synergy.ingest`` applies them column by column and turns the errors into
problem lines.

Every message a user reads is built by :func:`bilingual`: Bahasa Indonesia
first, then `` / `` and the English text, on one line.

Not to be confused with :class:`synergy.text.Normalizer`. This module normalises
*cells* while a city is loaded: one value of a known column ("Rp 1,25 M" to
1250000000, "Smart Living" to ``living``, "2024/2025" to a year), to the data
contract's types, and says what is wrong with a cell. ``text.Normalizer``
normalises *words* of free text for matching, after loading: a program's name to
stemmed canonical terms ("Aplikasi Pengaduan e-Sambat" to ``aplikasi``,
``adu``, ...), with synonyms and acronyms, and never reports a problem. Reading
input (ingest, readers, columns, decisions, ckan, rdf) uses this module, and its
:func:`bilingual` writes problem lines across the package; matching (duplicates,
shared_data, find, classify, names, routine) uses ``text.Normalizer``.
"""
from __future__ import annotations

import difflib
import re
from decimal import Decimal

from .schema import (
    DIMENSION_ALIASES,
    DIMENSIONS,
    ELEMENTS,
    ENUM_ALIASES,
    ID_PATTERN,
    LIST_SEPARATOR,
    TABLES,
)

__all__ = [
    "fold_value",
    "parse_money",
    "parse_year",
    "split_list",
    "enum_lookup",
    "canonical_enum",
    "check_id",
    "suggest",
    "did_you_mean",
    "bilingual",
    "shown",
    "MIN_YEAR",
    "MAX_YEAR",
    "MAX_BUDGET",
]

#: Years outside this range are typing mistakes, not plans.
MIN_YEAR = 1900
MAX_YEAR = 2100
#: The largest budget of one program, Rp 10.000 triliun (about three times the
#: state budget): more is a typing mistake, and far more would not fit a number column.
MAX_BUDGET = 10**16

_ID_RE = re.compile(ID_PATTERN)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$")

# Multipliers of the spellings Indonesian budgets use. "M" is miliar (10^9), as
# in "Rp 1,25 M"; "jt" juta (10^6); "rb" ribu (10^3).
_SUFFIXES = {
    "": 1, "rp": 1, "rupiah": 1, "idr": 1,
    "rb": 10**3, "ribu": 10**3, "k": 10**3, "rbu": 10**3,
    "jt": 10**6, "juta": 10**6, "jta": 10**6,
    "m": 10**9, "miliar": 10**9, "milyar": 10**9, "milliar": 10**9, "mlyr": 10**9,
    "b": 10**9, "bn": 10**9, "billion": 10**9,
    "t": 10**12, "triliun": 10**12, "trilyun": 10**12, "tn": 10**12,
}
_MONEY_RE = re.compile(
    r"^(?P<neg1>-)?\s*(?:rp\.?|idr)?\s*(?P<neg2>-)?\s*"
    r"(?P<num>\d[\d.,' ]*)\s*(?P<suffix>[a-z]*)\.?$"
)


def bilingual(indonesian: str, english: str) -> str:
    """One message line for the user: Bahasa Indonesia first, then the English.

    The one place that joins the two languages, so every problem line reads alike.

    >>> bilingual("sel wajib kosong: harap diisi", "empty required cell: fill it in")
    'sel wajib kosong: harap diisi / empty required cell: fill it in'
    """
    return f"{indonesian} / {english}"


def did_you_mean(match) -> tuple[str, str]:
    """The suggestion hint in both languages, for :func:`bilingual`; empty for None.

    >>> did_you_mean("DINKES")
    (" (mungkin maksudnya 'DINKES'?)", " (did you mean 'DINKES'?)")
    >>> did_you_mean(None)
    ('', '')
    """
    if match is None:
        return "", ""
    return f" (mungkin maksudnya '{match}'?)", f" (did you mean '{match}'?)"


def shown(value, limit: int = 60) -> str:
    """A cell value as it can appear inside a one-line message: newlines shown as
    ``\\n``, long values cut.

    >>> shown("Dinas\\nKesehatan"), shown("x" * 100)[-3:]
    ('Dinas\\\\nKesehatan', 'xx…')
    """
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n").replace("\t", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fold_value(text: str) -> str:
    """Fold a cell value for comparing spellings: lower case, ``-``/``_`` as spaces.

    >>> fold_value("  Smart_Governance ")
    'smart governance'
    >>> fold_value("Quick-Win")
    'quick win'
    """
    return " ".join(str(text).lower().replace("-", " ").replace("_", " ").split())


def parse_money(text: str) -> int:
    """Rupiah amount of a cell, in whole rupiah.

    Thousands may be separated by ``.`` (Indonesian) or ``,``; a decimal part by
    ``,`` (Indonesian) or ``.``; ``rb``/``ribu``, ``jt``/``juta``, ``M``/``miliar``
    and ``T``/``triliun`` multiply.

    >>> [parse_money(s) for s in ["1250000000", "1.250.000.000", "Rp 1.250.000.000,00",
    ...     "Rp 1,25 M", "1,25 miliar", "Rp1.250.000.000", "1.5 M"]]
    [1250000000, 1250000000, 1250000000, 1250000000, 1250000000, 1250000000, 1500000000]
    >>> parse_money("250 juta"), parse_money("500 rb"), parse_money("1,250,000")
    (250000000, 500000, 1250000)
    >>> parse_money("-5000")
    Traceback (most recent call last):
    ...
    ValueError: anggaran '-5000' negatif: anggaran paling sedikit nol rupiah / negative budget '-5000': a budget is zero or more rupiah
    >>> parse_money("satu miliar")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: anggaran 'satu miliar' tidak terbaca sebagai rupiah (tulis mis. ...) / cannot read budget ...
    """
    raw = str(text)
    folded = raw.strip().lower()
    negative = False
    if folded.startswith("(") and folded.endswith(")"):  # accounting notation
        folded, negative = folded[1:-1].strip(), True
    if folded.endswith((",-", ".-")) and len(folded) > 2:  # "Rp 500.000,-": no cents
        folded = folded[:-2].rstrip()
    match = _MONEY_RE.match(folded)
    if not match or match.group("suffix") not in _SUFFIXES:
        raise ValueError(_unreadable_money(raw))
    negative = negative or bool(match.group("neg1") or match.group("neg2"))
    multiplier = _SUFFIXES[match.group("suffix")]
    number = _parse_number(match.group("num").replace(" ", "").replace("'", ""), multiplier > 1)
    if number is None:
        raise ValueError(_unreadable_money(raw))
    if negative and number:
        raise ValueError(bilingual(f"anggaran '{shown(raw)}' negatif: anggaran paling sedikit nol rupiah",
                                   f"negative budget '{shown(raw)}': a budget is zero or more rupiah"))
    amount = int(round(number * multiplier))
    if amount > MAX_BUDGET:
        raise ValueError(bilingual(
            f"anggaran '{shown(raw)}' terlalu besar: lebih dari Rp 10.000 triliun; periksa jumlah angka nolnya",
            f"budget '{shown(raw)}' is too large: more than Rp 10,000 trillion; check the number of zeros"))
    return amount


def _unreadable_money(raw: str) -> str:
    examples = "1250000000, 1.250.000.000"
    return bilingual(
        f"anggaran '{shown(raw)}' tidak terbaca sebagai rupiah (tulis mis. {examples} atau Rp 1,25 M)",
        f"cannot read budget '{shown(raw)}' as rupiah (write e.g. {examples} or Rp 1,25 M)",
    )


def _parse_number(digits: str, has_suffix: bool):
    """The exact number (a Decimal: no rounding, no overflow however many digits)
    of digits with ``.``/``,`` separators, or None if ambiguous garbage."""
    digits = digits.rstrip(".,")
    seps = [c for c in digits if c in ".,"]
    if not seps:
        return Decimal(digits)
    kinds = set(seps)
    if len(kinds) == 2:
        # both present: the last one is the decimal mark, the other groups thousands
        decimal = digits[max(digits.rfind("."), digits.rfind(","))]
        thousands = "," if decimal == "." else "."
        whole, _, frac = digits.rpartition(decimal)
        if not _grouped(whole, thousands):
            return None
        return Decimal(whole.replace(thousands, "") + "." + frac)
    sep = seps[0]
    if len(seps) > 1:  # 1.250.000.000: only grouping
        return Decimal(digits.replace(sep, "")) if _grouped(digits, sep) else None
    whole, frac = digits.split(sep)
    if len(frac) == 3 and not (has_suffix and sep == "." and whole == "0"):
        # 1.250 / 1,250: a thousands group (Indonesian budgets rarely show 3 decimals)
        return Decimal(whole + frac)
    return Decimal(whole + "." + frac)


def _grouped(digits: str, sep: str) -> bool:
    parts = digits.split(sep)
    if len(parts) == 1:
        return True
    return bool(parts[0]) and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def parse_year(text: str) -> int:
    """A four-digit year in a sane range.

    >>> parse_year("2024"), parse_year("2024.0"), parse_year("2024-01-01")
    (2024, 2024, 2024)
    >>> parse_year("24")
    Traceback (most recent call last):
    ...
    ValueError: tahun '24' tidak sah: tulis empat angka antara 1900 dan 2100, mis. 2024 / bad year '24': write four digits between 1900 and 2100, e.g. 2024
    """
    raw = str(text)
    value = raw.strip()
    if value.endswith(".0"):  # a number cell of a spreadsheet
        value = value[:-2]
    if _DATE_RE.match(value):  # a date cell in a year column: its year is meant
        value = value[:4]
    if len(value) != 4 or not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
        raise ValueError(bilingual(
            f"tahun '{shown(raw)}' tidak sah: tulis empat angka antara {MIN_YEAR} dan {MAX_YEAR}, mis. 2024",
            f"bad year '{shown(raw)}': write four digits between {MIN_YEAR} and {MAX_YEAR}, e.g. 2024",
        ))
    return int(value)


def split_list(text: str) -> tuple[str, ...]:
    """Items of a ``;`` list cell: trimmed, empty ones dropped, first occurrence kept.

    >>> split_list(" DS-1; ;DS-2;DS-1 ")
    ('DS-1', 'DS-2')
    """
    text = str(text)
    if LIST_SEPARATOR not in text:  # most cells hold one value or none
        text = text.strip()
        return (text,) if text else ()
    items = (item.strip() for item in text.split(LIST_SEPARATOR))
    return tuple(dict.fromkeys(item for item in items if item))


def enum_lookup(column: str, values: tuple[str, ...]) -> dict[str, str]:
    """Every accepted folded spelling of an enum column's values -> canonical value.

    >>> enum_lookup("dimension", ("governance",))["tata kelola"]
    'governance'
    >>> enum_lookup("element", tuple())["kesehatan"]
    'health'
    """
    lookup = {fold_value(v): v for v in values}
    for alias, canonical in ENUM_ALIASES.get(column, {}).items():
        lookup[fold_value(alias)] = canonical
    if column == "dimension":
        for dim, aliases in DIMENSION_ALIASES.items():
            lookup[fold_value(dim)] = dim
            for alias in (*aliases, *DIMENSIONS[dim]):
                lookup[fold_value(alias)] = dim
    if column == "element":
        for element, (_dim, label_id, label_en) in ELEMENTS.items():
            for spelling in (element, label_id, label_en):
                lookup[fold_value(spelling)] = element
    return lookup


def canonical_enum(text: str, column: str, lookup: dict[str, str], allowed: tuple[str, ...]) -> str:
    """The canonical spelling of an enum value, or ``ValueError`` with a suggestion.

    >>> lk = enum_lookup("status", ("planned", "ongoing", "done"))
    >>> canonical_enum("Sedang Berjalan", "status", lk, ("planned", "ongoing", "done"))
    'ongoing'
    >>> canonical_enum("ongoin", "status", lk, ("planned", "ongoing", "done"))
    Traceback (most recent call last):
    ...
    ValueError: status 'ongoin' tidak dikenal (mungkin maksudnya 'ongoing'?); pilihan: planned, ongoing, done / unknown status 'ongoin' (did you mean 'ongoing'?); allowed: planned, ongoing, done
    >>> canonical_enum("living, economy", "dimension", enum_lookup("dimension", ()), ())
    Traceback (most recent call last):
    ...
    ValueError: 'living, economy' berisi beberapa nilai: pisahkan dengan ';', bukan ',' / 'living, economy' holds several values: separate them with ';', not ','
    """
    found = lookup.get(fold_value(text))
    if found is not None:
        return found
    parts = [part for part in str(text).split(",") if part.strip()]
    if len(parts) > 1 and all(fold_value(part) in lookup for part in parts):
        raise ValueError(bilingual(f"'{shown(text)}' berisi beberapa nilai: pisahkan dengan ';', bukan ','",
                                   f"'{shown(text)}' holds several values: separate them with ';', not ','"))
    hint_id, hint_en = did_you_mean(suggest(text, list(lookup), mapping=lookup))
    noun_id, noun_en = _enum_nouns().get(column, (column, column))
    values = ", ".join(allowed)
    raise ValueError(bilingual(f"{noun_id} '{shown(text)}' tidak dikenal{hint_id}; pilihan: {values}",
                               f"unknown {noun_en} '{shown(text)}'{hint_en}; allowed: {values}"))


def _enum_nouns() -> dict[str, tuple[str, str]]:
    """What an enum column's value is called: its Indonesian alias, its English name.

    >>> _enum_nouns()["roles"], _enum_nouns()["classification"]
    (('peran', 'role'), ('klasifikasi', 'classification'))
    """
    nouns = {}
    for table in TABLES.values():
        for col in table.columns:
            if col.kind in ("enum", "enumlist"):
                nouns[col.name] = (col.alias.replace("_", " "), "role" if col.name == "roles" else col.name)
    return nouns


def check_id(text: str) -> str:
    """An id as the contract allows it, or ``ValueError`` saying what is wrong.

    >>> check_id("P-001")
    'P-001'
    >>> check_id("P 001")
    Traceback (most recent call last):
    ...
    ValueError: kode 'P 001' tidak sah: pakai hanya huruf, angka, '-', '_' dan '.', diawali huruf atau angka / invalid id 'P 001': use only letters, digits, '-', '_' and '.', starting with a letter or digit
    """
    if not _ID_RE.match(text):
        raise ValueError(bilingual(
            f"kode '{shown(text)}' tidak sah: pakai hanya huruf, angka, '-', '_' dan '.', diawali huruf atau angka",
            f"invalid id '{shown(text)}': use only letters, digits, '-', '_' and '.', starting with a letter or digit",
        ))
    return text


def suggest(value: str, candidates, mapping=None, limit: int = 20000) -> str | None:
    """The candidate the user probably meant, or None; :func:`did_you_mean` words it.

    A case-insensitive exact match wins; otherwise difflib's closest match.
    ``mapping`` turns the matched candidate into what the user should write.

    >>> suggest("DINKS", ["DINKES", "DINSOS", "BAPPEDA"])
    'DINKES'
    >>> suggest("dinkes", ["DINKES"])
    'DINKES'
    >>> suggest("rahasia negara", ["rahasia", "terbuka"])
    'rahasia'
    >>> suggest("zzz", ["DINKES"]) is None
    True
    """
    candidates = list(candidates)
    mapping = mapping or {}
    by_lower = {}
    for cand in candidates:
        by_lower.setdefault(cand.lower(), cand)
    match = by_lower.get(value.lower()) or by_lower.get(fold_value(value))
    if match is None and len(candidates) <= limit:
        # a known spelling inside a longer one: "kesehatan masyarakat" -> "kesehatan"
        words = f" {fold_value(value)} "
        inside = [c for c in candidates if len(c) >= 4 and f" {fold_value(c)} " in words]
        match = max(inside, key=len) if inside else None
    if match is None and len(candidates) <= limit:
        close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
        if not close:
            close = difflib.get_close_matches(value.lower(), list(by_lower), n=1, cutoff=0.6)
            close = [by_lower[c] for c in close]
        match = close[0] if close else None
    if match is None:
        return None
    return mapping.get(match, match)
