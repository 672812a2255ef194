"""Tables as a person reads them at a terminal: names beside ids, headers in their language.

Only the human ``table`` format comes from here. CSV and JSON (:func:`synergy.output.render`)
keep the data contract's columns and raw values: scripts rely on them.

:func:`format_table` turns an analysis result into text that

- shows a node's name beside its id (``P-127 Pemantauan Harga ...``): a ``name``
  column that belongs to an id column is folded into it, other id columns are
  named from ``names`` (:func:`node_labels`); an agency is named only where its id
  does not already say it (``OPD-01 Badan Kepegawaian Daerah``, but ``DINKES``);
- heads each column in the chosen language (:data:`HEADERS`);
- writes money in the one rupiah style of the report and the maps
  (:func:`synergy.i18n.format_rupiah`), booleans as *ya*/*tidak*;
- fits a width: long cells wrap inside their column, and when even that does
  not fit, the leading columns are kept and the others named in a last line
  (``wide=True`` shows every column, unwrapped).

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"program": ["P-1"], "name": ["Posyandu Digital"], "agency": ["OPD-01"],
...                       "budget": [1_250_000_000], "routine": [False]})
>>> print(format_table(frame, names={"OPD-01": "Dinas Kesehatan"}), end="")
program               perangkat daerah              anggaran  rutin
P-1 Posyandu Digital  OPD-01 Dinas Kesehatan  Rp 1,25 miliar  tidak
>>> print(format_table(frame, lang="en", width=40), end="")
program               agency
P-1 Posyandu Digital  OPD-01
<BLANKLINE>
(+2 more columns: budget, routine; --wide shows every column, --format csv gives the data)
"""
from __future__ import annotations

import math
import re
import textwrap

from .i18n import check_lang, format_rupiah, pick

__all__ = ["HEADERS", "header", "node_labels", "format_table", "MONEY_COLUMNS"]

#: Column -> (Bahasa Indonesia, English) header. A column not listed is shown by its name.
HEADERS: dict[str, tuple[str, str]] = {
    "id": ("id", "id"),
    "kind": ("jenis", "kind"),
    "name": ("nama", "name"),
    "agency": ("perangkat daerah", "agency"),
    "agencies": ("perangkat daerah", "agencies"),
    "agency_a": ("perangkat daerah A", "agency A"),
    "agency_b": ("perangkat daerah B", "agency B"),
    "other_agency": ("perangkat daerah lain", "other agency"),
    "lead_agency": ("usulan pemimpin", "suggested lead"),
    "from_agency": ("dari perangkat daerah", "from agency"),
    "to_agency": ("ke perangkat daerah", "to agency"),
    "program": ("program", "program"),
    "programs": ("program", "programs"),
    "program_a": ("program A", "program A"),
    "program_b": ("program B", "program B"),
    "application_a": ("aplikasi A", "application A"),
    "application_b": ("aplikasi B", "application B"),
    "applications": ("aplikasi", "applications"),
    "name_a": ("nama A", "name A"),
    "name_b": ("nama B", "name B"),
    "dataset": ("data", "dataset"),
    "datasets": ("data", "datasets"),
    "other_dataset": ("data lain", "other dataset"),
    "shared_datasets": ("data bersama", "shared datasets"),
    "score": ("skor", "score"),
    "max_score": ("skor tertinggi", "highest score"),
    "cluster": ("klaster", "cluster"),
    "size": ("ukuran", "size"),
    "cohesion": ("kepaduan", "cohesion"),
    "reasons": ("alasan", "reasons"),
    "reason": ("alasan", "reason"),
    "region": ("wilayah", "region"),
    "key_terms": ("kata kunci", "key terms"),
    "combined_budget": ("anggaran gabungan", "combined budget"),
    "budget": ("anggaran", "budget"),
    "action": ("usulan tindakan", "suggested action"),
    "functions": ("fungsi", "functions"),
    "function": ("fungsi", "function"),
    "national_application": ("aplikasi nasional", "national application"),
    "need": ("kebutuhan", "need"),
    "classification": ("klasifikasi", "classification"),
    "rank": ("peringkat", "rank"),
    "related": ("terkait", "related"),
    "cycle": ("siklus", "cycle"),
    "length": ("panjang", "length"),
    "path": ("jalur", "path"),
    "phase": ("tahap", "phase"),
    "horizon": ("jangka", "horizon"),
    "needs": ("membutuhkan", "needs"),
    "waits_for": ("menunggu", "waits for"),
    "routine": ("rutin", "routine"),
    "warning": ("peringatan", "warning"),
    "dependencies": ("ketergantungan", "dependencies"),
    "duplicates": ("duplikasi", "duplicates"),
    "weight": ("bobot", "weight"),
    "level": ("tingkat", "level"),
    "dimension": ("dimensi", "dimension"),
    "element": ("elemen", "element"),
    "label": ("label", "label"),
    "gap": ("celah", "gap"),
    "agency_list": ("daftar perangkat daerah", "agency list"),
    "community": ("kelompok", "community"),
    "articulation": ("titik kritis", "articulation point"),
    "betweenness": ("keantaraan", "betweenness"),
    "chain": ("rantai", "chain"),
    "start": ("awal", "start"),
    "end": ("akhir", "end"),
    "confidence": ("keyakinan", "confidence"),
    "second_dimension": ("dimensi kedua", "second dimension"),
    "second_confidence": ("keyakinan kedua", "second confidence"),
    "depth": ("kedalaman", "depth"),
    "via": ("melalui", "via"),
    "relation": ("hubungan", "relation"),
    "step": ("langkah", "step"),
    "from": ("dari", "from"),
    "to": ("ke", "to"),
    "group": ("kelompok", "group"),
    "key": ("kunci", "key"),
    "count": ("jumlah", "count"),
    "change": ("perubahan", "change"),
    "table": ("tabel", "table"),
    "field": ("kolom", "field"),
    "old": ("lama", "old"),
    "new": ("baru", "new"),
    "where": ("berkas", "where"),
    "row": ("baris", "row"),
    "column": ("kolom", "column"),
    "severity": ("tingkat", "severity"),
    "message": ("pesan", "message"),
    "matched": ("kata yang cocok", "matched"),
    "why": ("sebab", "why"),
    "decision": ("keputusan", "decision"),
    "form": ("formulir", "form"),
    "state": ("keadaan", "state"),
    "errors": ("kesalahan", "errors"),
    "warnings": ("peringatan", "warnings"),
    "added": ("baru", "added"),
    "changed": ("berubah", "changed"),
    "removed": ("hilang", "removed"),
    "unchanged": ("tetap", "unchanged"),
    "first_problem": ("masalah pertama", "first problem"),
    "graph": ("graf", "graph"),
    "triples": ("tripel", "triples"),
    "expected": ("seharusnya", "expected"),
}
#: Columns that hold rupiah amounts (and every column ending in ``_budget``).
MONEY_COLUMNS = frozenset({"budget", "combined_budget"})
#: Id columns, and the column holding the name of the same node when a frame has it.
_ID_COLUMNS = {
    "id": "name", "program": "name", "program_a": "name_a", "program_b": "name_b",
    "application_a": "name_a", "application_b": "name_b", "dataset": None, "other_dataset": None,
    "from": None, "to": None, "start": None, "end": None, "programs": None, "applications": None,
}
_AGENCY_COLUMNS = frozenset({"agency", "agencies", "agency_a", "agency_b", "other_agency", "lead_agency",
                             "from_agency", "to_agency", "producer"})
_YES = ("ya", "yes")
_NO = ("tidak", "no")
#: Column -> its contract's values as a person reads them, (Bahasa Indonesia, English): English keeps
#: the value itself (CSV/JSON keep the values in both languages).
_VALUES = {
    "state": {"returned": ("kembali", "returned"), "invalid": ("belum sah", "invalid"),
              "missing": ("belum kembali", "missing")},
    "horizon": {"quick-win": ("cepat", "quick-win"), "short": ("pendek", "short"), "medium": ("menengah", "medium"),
                "long": ("panjang", "long")},
}
_GAP = 2
_MIN_TEXT = 14
#: An id shown with its name gives way down to this width (a name needs room to be read) ...
_MIN_NAMED = 24
#: ... and columns after the leading ones are added only while the names keep this much.
_COMFORT = 32
#: Columns kept whenever they hold something, even when columns before them are left out:
#: the words that explain a row.
_KEEP = ("reasons", "reason", "why", "warning")
#: (only among an output's leading columns: further right, its summary columns come first)
_LEADING = 6
#: ... and they give way no further than this (a reason in a 14-character column is not read).
_MIN_KEEP = 28
#: The leading columns a table keeps first (the data contract's promise: id, kind, name, agency...).
_FIRST = 4


def header(column: str, lang: str = "id") -> str:
    """The header a person reads for ``column``.

    >>> header("combined_budget"), header("combined_budget", "en"), header("text_similarity")
    ('anggaran gabungan', 'combined budget', 'text similarity')
    """
    check_lang(lang)
    pair = HEADERS.get(column)
    if pair is None:
        return column.replace("_", " ")
    return pick(pair, lang)


def node_labels(model) -> dict[str, str]:
    """Id -> name of every node of a CityModel (an agency by its short name, else its name).

    >>> from synergy.model import CityModel
    >>> node_labels(CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A", "short_name": "DA"}],
    ...                                    programs=[{"id": "P", "name": "Posyandu", "agency": "A"}]))
    {'A': 'DA', 'P': 'Posyandu'}
    """
    labels = dict(model.agency_labels())
    for table in ("programs", "datasets", "applications"):
        frame = model.table(table)
        labels.update(zip(frame["id"], frame["name"]))
    return labels


def _fold(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return True
    except ImportError:  # pragma: no cover
        pass
    return isinstance(value, float) and math.isnan(value)


def _number(value) -> str:
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value)}.0"
        if 0 < abs(value) < 0.001:
            return f"{value:.2g}"
        return f"{value:.3f}".rstrip("0").rstrip(".")
    return str(value)


def _items(value) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    text = str(value)
    return [part.strip() for part in text.split(";") if part.strip()] if ";" in text else [text]


def _cell(value, column: str, lang: str, names, companion=None) -> tuple[str, bool]:
    """(text of one cell, whether it is a number), lines separated by newlines."""
    if _missing(value):
        return "", False
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, bool):
        return pick(_YES if value else _NO, lang), False
    if column in MONEY_COLUMNS or column.endswith("_budget"):
        if isinstance(value, (int, float)):
            return format_rupiah(value, lang), True
    if isinstance(value, (int, float)):
        return _number(value), True
    pair = _VALUES[column].get(value) if column in _VALUES and isinstance(value, str) else None
    if pair:
        return pick(pair, lang), False
    if column in _ID_COLUMNS or column in _AGENCY_COLUMNS:
        items = _items(value)
        if companion is not None:
            label = "" if _missing(companion) else str(companion)
            return "\n".join(f"{i} {label}".strip() if label and label != i else i for i in items), False
        if names and all(i in names for i in items):
            lines = []
            for item in items:
                label = names[item]
                # an agency id says who it is (DINKES), unless it is a code (OPD-01, 1.02.01)
                if column in _AGENCY_COLUMNS and (not label or _fold(label) == _fold(item)
                                                  or not any(ch.isdigit() for ch in item)):
                    lines.append(item)
                else:
                    lines.append(f"{item} {label}".strip())
            return "\n".join(lines), False
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value), False
    return " ".join(str(value).split()), False


def _wrap(text: str, width: int, indent: bool = True) -> list[str]:
    """Each line of a cell wrapped to ``width``; a wrapped line goes on indented, so that the
    items of a list (one per line) stay apart."""
    lines = []
    for line in text.split("\n") or [""]:
        lines.extend(textwrap.wrap(line, width=width, break_on_hyphens=False,
                                   subsequent_indent="  " if indent and width > 8 else "") or [""])
    return lines


def _fit(naturals: list[int], minimums: list[int], room: int, weights=None) -> list[int]:
    """Widths up to each column's natural width, the widest columns giving way first
    (a column of weight 2 keeps twice the width of one of weight 1 while both give way)."""
    if sum(naturals) <= room:
        return list(naturals)
    weights = weights or [1] * len(naturals)

    def widths_at(level):
        return [min(n, max(m, int(level * w))) for n, m, w in zip(naturals, minimums, weights)]

    low, high = 0, max(naturals)
    while low < high:  # the largest level L with sum(min(natural, max(minimum, L * weight))) <= room
        level = (low + high + 1) // 2
        if sum(widths_at(level)) <= room:
            low = level
        else:
            high = level - 1
    widths = widths_at(low)
    spare = room - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -naturals[i]):
        if spare <= 0:
            break
        if widths[i] < naturals[i]:
            widths[i] += 1
            spare -= 1
    return widths


def format_table(frame, *, lang: str = "id", names: dict | None = None, width: int | None = 100,
                 wide: bool = False) -> str:
    """``frame`` as a text table for people; see the module's description.

    Parameters
    ----------
    frame : pandas.DataFrame
        An analysis result, columns as the data contract names them.
    lang : str
        ``id`` (Bahasa Indonesia) or ``en``: headers, yes/no, rupiah and notes.
    names : dict, optional
        Id -> name of the city's nodes (:func:`node_labels`), shown beside ids.
    width : int or None
        Characters a line may take; None: no limit.
    wide : bool
        Every column, cells unwrapped (``width`` is ignored).
    """
    check_lang(lang)
    if frame is None or len(frame) == 0:
        return pick(("(tidak ada hasil)", "(no results)"), lang) + "\n"
    columns = list(frame.columns)
    folded = set()  # name columns shown inside their id column
    for column, companion in _ID_COLUMNS.items():
        if companion and column in columns and companion in columns and companion not in folded:
            folded.add(companion)
    partners = {}
    for column, companion in _ID_COLUMNS.items():
        if companion in folded and column in columns and companion not in partners.values():
            partners[column] = companion
    if columns[:2] == ["agency", "name"] and "name" not in folded:  # one row per agency (status): its name
        folded.add("name")
        partners["agency"] = "name"
    shown = [c for c in columns if c not in folded]
    texts, numeric = {}, {}
    for column in shown:
        companions = frame[partners[column]].tolist() if column in partners else [None] * len(frame)
        cells = [_cell(v, str(column), lang, names, partner) if column in partners
                 else _cell(v, str(column), lang, names)
                 for v, partner in zip(frame[column].tolist(), companions)]
        texts[column] = [c[0] for c in cells]
        numeric[column] = any(c[1] for c in cells) and all(c[1] or not c[0] for c in cells)
    heads = {c: header(str(c), lang) for c in shown}
    cell_widths = {c: max([0, *(len(line) for t in texts[c] for line in t.split("\n"))]) for c in shown}
    naturals = {c: max(len(heads[c]), cell_widths[c]) for c in shown}
    named = {c for c in shown if (c in _ID_COLUMNS or c in _AGENCY_COLUMNS) and any(" " in t for t in texts[c])}
    dropped: list = []
    if wide or width is None:
        widths = dict(naturals)
    else:
        # numbers and money never wrap (their header may); text gives way down to a readable width
        word = {c: max(len(w) for w in heads[c].split()) if heads[c].split() else 1 for c in shown}
        keep = max(_MIN_KEEP, int(width * 0.3))  # a wide terminal shows the reasons wider, not more columns
        explain = [c for c in shown[1:_LEADING] if c in _KEEP and any(texts[c])]
        least = {c: keep if c in explain else _MIN_NAMED if c in named else _MIN_TEXT for c in shown}
        for c in shown:  # a word (an address, a long id) is not cut while it fits a readable width
            longest = max((len(w) for t in texts[c] for w in t.split()), default=0)
            least[c] = max(least[c], min(longest, _MIN_KEEP))
        minimums = {c: max(cell_widths[c], word[c]) if numeric[c] else min(naturals[c], max(least[c], word[c]))
                    for c in shown}
        # the leading columns, the words that explain a row, then the others in order while they fit
        first = [shown[0]]
        for column in shown[1:_FIRST]:
            if column in explain:
                continue
            if sum(minimums[c] for c in (*first, *explain, column)) + _GAP * (len(first) + len(explain)) > width:
                break
            first.append(column)
        first += explain
        used = sum(minimums[c] for c in first) + _GAP * (len(first) - 1)
        used += sum(max(0, min(naturals[c], _COMFORT) - minimums[c]) for c in first if c in named)
        kept = set(first)
        for column in shown:
            if column in kept:
                continue
            if used + _GAP + minimums[column] > width:
                break
            kept.add(column)
            used += _GAP + minimums[column]
        dropped = [c for c in shown if c not in kept]
        shown = [c for c in shown if c in kept]
        room = max(width - _GAP * (len(shown) - 1), minimums[shown[0]])
        if sum(naturals[c] for c in shown) > room:  # headers wrap at their words before any cell does
            naturals = {c: max(cell_widths[c], word[c]) for c in shown}
        fitted = _fit([naturals[c] for c in shown], [min(minimums[c], naturals[c]) for c in shown], room,
                      [2 if c in named or c in explain else 1 for c in shown])
        widths = dict(zip(shown, fitted))
    lines = []

    def emit(cells: dict, indent: bool = True) -> int:
        wrapped = {c: _wrap(cells[c], widths[c], indent and not numeric[c]) for c in shown}
        height = max(len(w) for w in wrapped.values())
        for k in range(height):
            parts = []
            for c in shown:
                piece = wrapped[c][k] if k < len(wrapped[c]) else ""
                parts.append(piece.rjust(widths[c]) if numeric[c] else piece.ljust(widths[c]))
            lines.append((" " * _GAP).join(parts).rstrip())
        return height

    emit(heads, indent=False)
    tall = False
    body = []
    for i in range(len(frame)):
        start = len(lines)
        height = emit({c: texts[c][i] for c in shown})
        body.append(lines[start:])
        del lines[start:]
        tall |= height > 1
    for i, block in enumerate(body):
        if tall and i:
            lines.append("")
        lines.extend(block)
    if dropped:
        listed = ", ".join(header(str(c), lang) for c in dropped[:5]) + (", ..." if len(dropped) > 5 else "")
        n = len(dropped)
        lines.append("")
        note = pick((f"(+{n} kolom lain: {listed}; --wide menampilkan semua kolom, --format csv untuk data)",
                     f"(+{n} more column{'s' if n > 1 else ''}: {listed}; --wide shows every column, "
                     "--format csv gives the data)"), lang)
        lines.extend(textwrap.wrap(note, width=max(width, 20), break_on_hyphens=False))
    return "\n".join(lines) + "\n"
