"""The analyst's decisions on findings: who decided what, and when, kept from year to year.

A finding (a duplicate pair or cluster, a duplicate dataset, a reuse suggestion, a data
gap) is named by its **key**: its kind and its ids, sorted, so that the same finding has
the same key in either order, in every run, whatever the row order or the plan's
version (:func:`finding_key`). The ``decisions`` table (``decisions.csv`` /
``keputusan.csv``, data contract v2) holds one row per decision: ``kind, a, b,
decision, note, by, date`` and, written by ``synergy review``, a ``fingerprint`` of the
records' names and descriptions when they were decided.

Everything here is pure: tables in, new tables out.

- :func:`decided_findings` reads a model's decisions into the current word on each
  finding (a later decision on a finding replaces an earlier one) and flags those whose
  records changed since (their fingerprint differs): they are shown again for a second
  look, never silently kept or dropped;
- :func:`apply_decisions` applies them to a frame of findings: a rejected finding
  leaves it (unless ``show_rejected``), the others carry a ``decision`` column;
- :func:`pair_labels` turns them into labels for the matching model
  (:mod:`synergy.learning`); :func:`review_order` puts the findings the model is least
  sure of first (``synergy review``).

Examples
--------
>>> finding_key("duplicate", "P-2", "P-1") == finding_key("duplicate", "P-1", "P-2")
True
>>> finding_key("duplicate", "P-3", "P-1;P-2")
'duplicate:P-1|P-2|P-3'
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass

import pandas as pd

from .normalize import bilingual, shown
from .schema import DECISION_KINDS, DECISION_VALUES, LIST_SEPARATOR, TABLES

__all__ = [
    "KINDS",
    "VALUES",
    "AGREED",
    "WORDS_ID",
    "COLUMNS",
    "OUTPUT_COLUMNS",
    "Decided",
    "finding_key",
    "finding_ids",
    "parse_date",
    "record_texts",
    "fingerprint",
    "changed_ids",
    "contradictions",
    "decided_findings",
    "apply_decisions",
    "cluster_decisions",
    "pair_labels",
    "review_order",
    "decision_row",
    "with_decision",
    "last_review",
    "parse_table",
    "table_text",
]

KINDS = DECISION_KINDS
VALUES = DECISION_VALUES
#: Decisions that say "this is a finding, and we act on it".
AGREED = ("confirmed", "in-progress", "done")
#: Each decision's word in Bahasa Indonesia (the contract accepts both).
WORDS_ID = {"confirmed": "benar", "rejected": "bukan", "in-progress": "proses", "done": "selesai"}
#: The columns of the decisions table, in order.
COLUMNS = tuple(TABLES["decisions"].column_names)
#: Columns an analysis's findings carry when the city has decisions (after its own columns).
OUTPUT_COLUMNS = ("decision", "decided_by", "decided_on", "decision_note", "recheck")

_HASH_LENGTH = 8


def _items(text) -> list[str]:
    return [part.strip() for part in str(text or "").split(LIST_SEPARATOR) if part.strip()]


def _fold(text) -> str:
    return " ".join(str(text or "").casefold().split())


def finding_key(kind: str, a, b="") -> str:
    """The key of a finding: its kind and its ids (or, for a gap, program and need), sorted.

    ``a`` and ``b`` may each hold several ids separated by ``;`` (a cluster). The need of
    a gap is compared without case and extra spaces.

    >>> finding_key("reuse", "DS-1", "P-9")
    'reuse:DS-1|P-9'
    >>> finding_key("gap", "P-1", "  Data  Banjir ") == finding_key("gap", "P-1", "data banjir")
    True
    """
    items = _items(a) + ([_fold(b)] if kind == "gap" and _fold(b) else _items(b) if kind != "gap" else [])
    return f"{kind}:" + "|".join(sorted(set(items)))


def finding_ids(kind: str, a, b="") -> tuple[str, ...]:
    """The record ids a finding names, as written (a gap names its program only).

    >>> finding_ids("duplicate", "P-2", "P-1;P-3"), finding_ids("gap", "P-1", "data banjir")
    (('P-2', 'P-1', 'P-3'), ('P-1',))
    """
    ids = _items(a) + ([] if kind == "gap" else _items(b))
    return tuple(dict.fromkeys(ids))


_MONTHS = {name: i + 1 for i, names in enumerate((
    ("januari", "january", "jan"), ("februari", "february", "feb", "pebruari"), ("maret", "march", "mar"),
    ("april", "apr"), ("mei", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
    ("agustus", "august", "agu", "aug", "ags"), ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"),
    ("november", "nov", "nopember"), ("desember", "december", "des", "dec"))) for name in names}


def parse_date(text: str) -> str:
    """An ISO date (``YYYY-MM-DD``) from the ways Indonesian sheets write one; ``""`` for empty.

    Accepted: ``2025-03-01`` (also with a time after it), ``1/3/2025`` and ``01-03-2025``
    (day first, as Indonesia writes dates), ``1 Maret 2025``.

    >>> parse_date("2025-03-01"), parse_date("1/3/2025"), parse_date("1 Maret 2025"), parse_date("")
    ('2025-03-01', '2025-03-01', '2025-03-01', '')
    >>> parse_date("31/02/2025")
    Traceback (most recent call last):
    ...
    ValueError: tanggal '31/02/2025' tidak terbaca: tulis YYYY-MM-DD, mis. 2025-03-01 / unreadable date '31/02/2025': write YYYY-MM-DD, e.g. 2025-03-01
    """
    value = str(text or "").strip()
    if not value:
        return ""
    found = None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z]*)?", value)
    if m:
        found = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = m or re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", value)
    if m and found is None:
        found = (int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = m or re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", value)
    if m and found is None and m.group(2).casefold() in _MONTHS:
        found = (int(m.group(3)), _MONTHS[m.group(2).casefold()], int(m.group(1)))
    try:
        if found is not None and 1900 <= found[0] <= 2200:
            return _dt.date(*found).isoformat()
    except ValueError:
        pass
    raise ValueError(bilingual(f"tanggal '{shown(value)}' tidak terbaca: tulis YYYY-MM-DD, mis. 2025-03-01",
                               f"unreadable date '{shown(value)}': write YYYY-MM-DD, e.g. 2025-03-01"))


# ------------------------------------------------------------------ fingerprints
def record_texts(model) -> dict[str, tuple[str, str]]:
    """``id -> (name, description)`` of every program, application and dataset of a model."""
    out: dict[str, tuple[str, str]] = {}
    for name in ("programs", "applications", "datasets"):
        frame = model.table(name)
        if len(frame):
            out.update(zip(frame["id"], zip(frame["name"], frame["description"])))
    return out


def _text_hash(name, description) -> str:
    text = _fold(name) + "\n" + _fold(description)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:_HASH_LENGTH]


def fingerprint(texts, ids) -> str:
    """A short fingerprint of the records' names and descriptions: ``ID:hash`` per id, ``;``-joined.

    Case and extra spaces do not count; an id ``texts`` does not know is left out.

    >>> fingerprint({"P-1": ("Aplikasi", ""), "P-2": ("Portal", "x")}, ["P-1", "P-2"])
    'P-1:3a247558;P-2:a7ad5c54'
    """
    return LIST_SEPARATOR.join(f"{i}:{_text_hash(*texts[i])}" for i in ids if i in texts)


def changed_ids(stored: str, texts) -> tuple[str, ...]:
    """Ids whose name or description changed since ``stored`` (a :func:`fingerprint`) was taken.

    >>> texts = {"P-1": ("Aplikasi", ""), "P-2": ("Portal Baru", "x")}
    >>> changed_ids("P-1:3a247558;P-2:a7ad5c54", texts), changed_ids("", texts)
    (('P-2',), ())
    """
    out = []
    for part in _items(stored):
        node, _, value = part.partition(":")
        if node in texts and value and _text_hash(*texts[node]) != value.strip():
            out.append(node)
    return tuple(out)


# ------------------------------------------------------------------ the current word
@dataclass(frozen=True)
class Decided:
    """The current decision on one finding (the latest row about it)."""

    key: str
    kind: str
    a: str
    b: str
    decision: str
    note: str = ""
    by: str = ""
    date: str = ""
    fingerprint: str = ""
    row: int = 0                     # position in the decisions table
    changed: tuple = ()              # ids whose name or description changed since: look again

    @property
    def agreed(self) -> bool:
        return self.decision in AGREED

    @property
    def applies(self) -> bool:
        """True when the decision still stands (its records did not change since)."""
        return not self.changed


def _keys(table: pd.DataFrame) -> list[str]:
    return [finding_key(k, a, b) for k, a, b in zip(table["kind"], table["a"], table["b"])]


def contradictions(table: pd.DataFrame) -> list[tuple[int, int]]:
    """``(row, earlier row)`` positions where a finding is both rejected and agreed on.

    Confirmed, in-progress and done are steps of one agreed action (the latest is its
    state); rejected beside any of them is a contradiction.

    >>> t = pd.DataFrame({"kind": ["duplicate"] * 3, "a": ["P-1", "P-2", "P-1"], "b": ["P-2", "P-1", "P-2"],
    ...                   "decision": ["confirmed", "done", "rejected"]})
    >>> contradictions(t)
    [(2, 0)]
    """
    first: dict[tuple[str, bool], int] = {}
    out = []
    for i, (key, decision) in enumerate(zip(_keys(table), table["decision"])):
        rejected = decision == "rejected"
        first.setdefault((key, rejected), i)
        other = first.get((key, not rejected))
        if other is not None:
            out.append((i, other))
    return out


def decided_findings(model, decisions=None) -> dict[str, Decided]:
    """The current decision on each finding of a model, keyed by :func:`finding_key`.

    ``decisions`` (a decisions table) defaults to ``model.decisions``. A later decision
    on a finding (by date, then by row) replaces an earlier one. A decision whose
    records' name or description changed since its fingerprint was taken has
    ``changed`` set (it is shown again instead of being applied).

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P-1", "name": "Aplikasi", "agency": "A"}, {"id": "P-2", "name": "Portal", "agency": "A"}],
    ...     decisions=[{"kind": "duplicate", "a": "P-2", "b": "P-1", "decision": "confirmed", "date": "2024-05-01"},
    ...                {"kind": "duplicate", "a": "P-1", "b": "P-2", "decision": "done", "date": "2025-02-01"}])
    >>> d = decided_findings(m)["duplicate:P-1|P-2"]
    >>> d.decision, d.date, d.agreed
    ('done', '2025-02-01', True)
    """
    table = model.decisions if decisions is None else decisions
    if table is None or not len(table):
        return {}
    table = table.reset_index(drop=True)
    texts = record_texts(model) if "fingerprint" in table.columns and table["fingerprint"].astype(bool).any() else {}
    order = sorted(range(len(table)), key=lambda i: (str(table.at[i, "date"] or ""), i))
    out: dict[str, Decided] = {}
    keys = _keys(table)
    for i in order:
        row = table.iloc[i]
        value = lambda c: str(row[c]) if c in table.columns and row[c] is not None else ""  # noqa: E731
        stored = value("fingerprint")
        out[keys[i]] = Decided(
            key=keys[i], kind=value("kind"), a=value("a"), b=value("b"), decision=value("decision"),
            note=value("note"), by=value("by"), date=value("date"), fingerprint=stored, row=i,
            changed=changed_ids(stored, texts) if stored else ())
    return out


def last_review(decided) -> str:
    """The date of the latest decision (``""`` when none is dated)."""
    return max((d.date for d in decided.values() if d.date), default="")


# ------------------------------------------------------------------ findings
def apply_decisions(frame: pd.DataFrame, keys, decided, *, show_rejected: bool = False) -> pd.DataFrame:
    """``frame`` (one finding per row, ``keys`` its :func:`finding_key` per row) with the decisions.

    Adds :data:`OUTPUT_COLUMNS` at the end: ``decision`` (empty when undecided),
    ``decided_by``, ``decided_on``, ``decision_note`` and ``recheck`` (the ids whose name or
    description changed since the decision: look at it again). A rejected finding is left
    out unless ``show_rejected``, or unless its records changed since. A new frame.

    >>> f = pd.DataFrame({"program_a": ["P-1", "P-3"], "program_b": ["P-2", "P-4"]})
    >>> d = {"duplicate:P-1|P-2": Decided("duplicate:P-1|P-2", "duplicate", "P-2", "P-1", "rejected"),
    ...      "duplicate:P-3|P-4": Decided("duplicate:P-3|P-4", "duplicate", "P-3", "P-4", "confirmed", by="Ani")}
    >>> keys = [finding_key("duplicate", a, b) for a, b in zip(f["program_a"], f["program_b"])]
    >>> apply_decisions(f, keys, d)[["program_a", "decision", "decided_by"]].values.tolist()
    [['P-3', 'confirmed', 'Ani']]
    >>> len(apply_decisions(f, keys, d, show_rejected=True))
    2
    """
    keys = list(keys)
    found = [decided.get(k) for k in keys]
    out = frame.reset_index(drop=True).copy()
    out["decision"] = [d.decision if d else "" for d in found]
    out["decided_by"] = [d.by if d else "" for d in found]
    out["decided_on"] = [d.date if d else "" for d in found]
    out["decision_note"] = [d.note if d else "" for d in found]
    out["recheck"] = [LIST_SEPARATOR.join(d.changed) if d else "" for d in found]
    if not show_rejected:
        keep = [not (d is not None and d.decision == "rejected" and d.applies) for d in found]
        out = out[keep].reset_index(drop=True)
    return out


def cluster_decisions(members, pair_keys, pair_clusters, decided) -> list[str]:
    """The key under which each cluster's decision is found.

    A cluster decided as such (its own key: every member id) keeps that decision; a
    cluster none decided as a whole takes the decision its pairs agree on when every
    decided pair inside it says the same and every pair inside it is decided
    (returned as the key of one of those pairs); else no decision (its own key).
    ``members`` holds each cluster's ids, ``pair_keys`` and ``pair_clusters`` each
    reported pair's key and cluster index (-1 for none).
    """
    inside: dict[int, list[str]] = {}
    for key, cluster in zip(pair_keys, pair_clusters):
        if cluster >= 0:
            inside.setdefault(cluster, []).append(key)
    out = []
    for c, ids in enumerate(members):
        own = finding_key("duplicate", LIST_SEPARATOR.join(ids))
        if own in decided:
            out.append(own)
            continue
        pairs = inside.get(c, [])
        words = {decided[k].decision if k in decided else "" for k in pairs}
        out.append(pairs[0] if pairs and len(words) == 1 and "" not in words else own)
    return out


# ------------------------------------------------------------------ learning and review
def pair_labels(decided) -> tuple[set, set]:
    """Id pairs the analyst called duplicates, and those rejected: labels for the matching model.

    Only two-record duplicate findings whose records did not change since count.

    >>> d = {"duplicate:P-1|P-2": Decided("duplicate:P-1|P-2", "duplicate", "P-2", "P-1", "done"),
    ...      "duplicate:P-3|P-4": Decided("duplicate:P-3|P-4", "duplicate", "P-3", "P-4", "rejected")}
    >>> pair_labels(d)
    ({('P-1', 'P-2')}, {('P-3', 'P-4')})
    """
    positives, negatives = set(), set()
    for d in decided.values():
        ids = finding_ids(d.kind, d.a, d.b)
        if d.kind != "duplicate" or len(ids) != 2 or not d.applies:
            continue
        (positives if d.agreed else negatives).add(tuple(sorted(ids)))
    return positives, negatives


def review_order(scores, keys, decided) -> list[int]:
    """Positions of the findings to review, the least sure first (probability closest to 0.5).

    Findings decided already are skipped, unless their records changed since.

    >>> review_order([0.95, 0.52, 0.7, 0.55], ["a", "b", "c", "d"], {"d": Decided("d", "duplicate", "x", "y", "done")})
    [1, 2, 0]
    """
    todo = [i for i, k in enumerate(keys) if k not in decided or not decided[k].applies]
    return sorted(todo, key=lambda i: (abs(float(scores[i]) - 0.5), keys[i]))


def decision_row(kind, a, b, decision, *, note="", by="", date="", texts=None) -> dict:
    """One row of the decisions table (with the fingerprint of its records when ``texts`` is given).

    >>> decision_row("duplicate", "P-1", "P-2", "rejected", by="Ani", date="2025-03-01")["decision"]
    'rejected'
    """
    if decision not in VALUES:
        raise ValueError(f"unknown decision {decision!r}; use one of {', '.join(VALUES)}")
    return {"kind": kind, "a": a, "b": b, "decision": decision, "note": note, "by": by, "date": date,
            "fingerprint": fingerprint(texts, finding_ids(kind, a, b)) if texts else ""}


def with_decision(table: pd.DataFrame, row: dict | None, key: str | None = None) -> pd.DataFrame:
    """The decisions table with ``row`` as the only word on its finding (earlier rows on it
    removed, the row added at the end); ``row=None`` removes the rows of ``key``. A new table.

    >>> from synergy.model import empty_table
    >>> t = with_decision(empty_table("decisions"), decision_row("duplicate", "P-1", "P-2", "rejected"))
    >>> t = with_decision(t, decision_row("duplicate", "P-2", "P-1", "confirmed"))
    >>> t[["a", "b", "decision"]].values.tolist()
    [['P-2', 'P-1', 'confirmed']]
    """
    key = key or finding_key(row["kind"], row["a"], row["b"])
    table = table.reset_index(drop=True)
    kept = table[[k != key for k in _keys(table)]] if len(table) else table
    if row is None:
        return kept.reset_index(drop=True)
    columns = list(dict.fromkeys([*COLUMNS, *table.columns]))
    added = pd.DataFrame([{c: str(row.get(c, "") or "") for c in columns}], columns=columns, dtype=object)
    return pd.concat([kept.reindex(columns=columns, fill_value=""), added], ignore_index=True).astype(object)


def parse_table(text: str) -> pd.DataFrame:
    """A decisions CSV (as ``synergy review`` keeps it, or typed by hand) as a table in the
    contract's spelling: English headers, canonical words, ISO dates; extra columns kept.

    The file was validated when the city was loaded: a cell this cannot read is kept as written.

    >>> parse_table("jenis;a;b;keputusan;tanggal\\nduplicate;P-2;P-1;bukan;1/3/2025\\n")[["a", "decision", "date"]].values.tolist()
    [['P-2', 'rejected', '2025-03-01']]
    """
    import csv
    import io

    from .normalize import canonical_enum, enum_lookup
    from .csvtext import sniff_delimiter
    from .schema import fold_header

    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=sniff_delimiter(text)))
    lookup = TABLES["decisions"].header_lookup()
    header = [lookup.get(fold_header(h), h.strip()) for h in rows[0]] if rows else []
    columns = list(dict.fromkeys([*COLUMNS, *header]))
    enums = {c.name: (enum_lookup(c.name, c.values), c.values) for c in TABLES["decisions"].columns if c.kind == "enum"}
    out = []
    for cells in rows[1:]:
        row = {h: (cells[j].strip() if j < len(cells) else "") for j, h in enumerate(header)}
        if not any(row.values()):
            continue
        for name, (found, allowed) in enums.items():
            try:
                row[name] = canonical_enum(row.get(name, ""), name, found, allowed) if row.get(name) else ""
            except ValueError:
                pass
        try:
            row["date"] = parse_date(row.get("date", ""))
        except ValueError:
            pass
        out.append({c: row.get(c, "") for c in columns})
    return pd.DataFrame(out, columns=columns, dtype=object)


def table_text(table: pd.DataFrame) -> str:
    """The decisions table as the CSV ``synergy review`` writes (UTF-8 text, ``,``-separated)."""
    from .csvtext import table_csv

    return table_csv(table)
