"""What changed between two versions of a city's plan, field by field.

The yearly evaluation of a masterplan asks: which programs and datasets were
added or dropped, what changed in the ones that stayed, which data links
(``uses``, ``produces``, ``depends_on``) appeared or went, and which duplicated
programs were resolved or are new. :func:`diff_models` answers with one row
per change.

Change kinds (the ``change`` column):

=================== ================================================================
``added``           a row whose id is only in the new version (``new`` = its name)
``removed``         a row whose id is only in the old version (``old`` = its name)
``changed``         one field of a row in both versions (``old`` and ``new`` values)
``link-added``      a program's ``uses``/``produces``/``depends_on`` gained an id
``link-removed``    a program's ``uses``/``produces``/``depends_on`` lost an id
``duplicate-new``   a pair of programs that looks duplicated now and did not before
``duplicate-resolved`` a pair that looked duplicated before and does not any more
=================== ================================================================

The analyst's decisions (table ``decisions``) are compared finding by finding, the
current word on each (:func:`synergy.decisions.decided_findings`): ``id`` is the
finding's key (e.g. ``duplicate:P-001|P-002``); ``added`` (``new`` = the decision),
``removed`` (``old`` = the decision) and ``changed`` (``decision``, ``note``, ``by``,
``date``).

List cells are compared as sets (their order carries no meaning); link
fields are reported link by link instead of as ``changed``.
"""
from __future__ import annotations

from typing import Callable

import pandas as pd

from .csvtext import csv_cell as _text  # a cell as the CSV files hold it: lists joined by ';', NA as ''
from .model import LIST_KINDS as _LIST_KINDS
from .progress import no_progress
from .schema import TABLE_ORDER, TABLES

__all__ = ["DIFF_COLUMNS", "CHANGE_KINDS", "LINK_FIELDS", "diff_models"]

DIFF_COLUMNS = ("change", "table", "id", "field", "old", "new")
CHANGE_KINDS = (
    "added", "removed", "changed", "link-added", "link-removed", "duplicate-new", "duplicate-resolved",
)
#: Program fields that are links to other nodes, reported link by link.
LINK_FIELDS = ("uses", "produces", "depends_on")


def diff_models(old, new, *, duplicates: bool | Callable = True, progress=no_progress):
    """Every change from ``old`` to ``new`` (two CityModels) as a DataFrame.

    Parameters
    ----------
    old, new : CityModel
        Two versions of the plan.
    duplicates : bool or callable
        Compare duplicate program pairs too: ``True`` uses
        ``synergy.duplicates.find_duplicates`` when that module is installed
        (silently skipped otherwise), a callable ``model -> DataFrame`` with
        ``program_a``/``program_b`` columns is used as given, ``False`` skips.
    progress : callable
        :func:`synergy.progress.track` or alike, for the CLI's progress bar.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`DIFF_COLUMNS`, one row per change, tables in contract
        order, then change kind, then id. Values are text (lists joined by
        ``;``); empty text stands for an empty cell.

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> a = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi", "agency": "A", "dimension": ("governance",), "uses": ("D1",)}],
    ...     datasets=[{"id": "D1", "name": "Data", "producer": "A"}])
    >>> b = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi Baru", "agency": "A", "dimension": ("governance",)}],
    ...     datasets=[{"id": "D1", "name": "Data", "producer": "A"}, {"id": "D2", "name": "Peta", "producer": "A"}])
    >>> print(diff_models(a, b, duplicates=False).to_string(index=False))
          change    table id field      old           new
         changed programs P1  name Aplikasi Aplikasi Baru
    link-removed programs P1  uses       D1
           added datasets D2                         Peta
    """
    rows: list[dict] = []
    for name in progress(TABLE_ORDER, label="membandingkan / comparing", total=len(TABLE_ORDER)):
        rows += _diff_table(name, old.table(name), new.table(name), old, new)
    finder = _duplicate_finder(duplicates)
    if finder is not None:
        rows += _diff_duplicates(finder(old), finder(new))
    rows += _diff_decisions(old, new)
    # Grouped by table then id; within one id: kind of change, then contract column order.
    tables = (*TABLE_ORDER, "decisions")
    rows.sort(key=lambda r: (tables.index(r["table"]), r["id"], _field_rank(r), r["old"], r["new"]))
    return pd.DataFrame(rows, columns=list(DIFF_COLUMNS)).astype(object)


def _field_rank(row: dict) -> tuple:
    table = TABLES[row["table"]]
    names = table.column_names
    kind_rank = CHANGE_KINDS.index(row["change"])
    field_rank = names.index(row["field"]) if row["field"] in names else len(names)
    return (kind_rank, field_rank, row["field"])


def _comparable(value, kind: str):
    if kind in _LIST_KINDS:
        return tuple(sorted(set(value or ())))
    return _text(value)


def _diff_table(name, old_frame, new_frame, old_model, new_model) -> list[dict]:
    table = TABLES[name]
    kinds = {c.name: c.kind for c in table.columns}
    fields = [*table.column_names]
    for frame in (old_frame, new_frame):
        fields += [c for c in frame.columns if c not in fields]
    old_rows = {r["id"]: r for r in old_frame.to_dict(orient="records")}
    new_rows = {r["id"]: r for r in new_frame.to_dict(orient="records")}
    rows: list[dict] = []

    def add(change, node_id, field="", old="", new=""):
        rows.append({"change": change, "table": name, "id": node_id, "field": field, "old": old, "new": new})

    for node_id in new_rows.keys() - old_rows.keys():
        add("added", node_id, new=_text(new_rows[node_id].get("name")))
    for node_id in old_rows.keys() - new_rows.keys():
        add("removed", node_id, old=_text(old_rows[node_id].get("name")))
    for node_id in old_rows.keys() & new_rows.keys():
        before, after = old_rows[node_id], new_rows[node_id]
        for field in fields:
            if field == "id" or (name == "programs" and field in LINK_FIELDS):
                continue
            kind = kinds.get(field, "text")
            a, b = before.get(field), after.get(field)
            if _comparable(a, kind) != _comparable(b, kind):
                add("changed", node_id, field, _text(a), _text(b))
    if name == "programs":
        for field in LINK_FIELDS:
            for node_id in old_rows.keys() | new_rows.keys():
                a = set(old_rows.get(node_id, {}).get(field) or ())
                b = set(new_rows.get(node_id, {}).get(field) or ())
                for target in b - a:
                    add("link-added", node_id, field, "", target)
                for target in a - b:
                    add("link-removed", node_id, field, target, "")
    return rows


def _duplicate_finder(duplicates):
    if duplicates is False or duplicates is None:
        return None
    if callable(duplicates):
        return duplicates
    from .duplicates import find_duplicates

    # what the finder sees, not what the analyst decided (decisions are compared apart)
    return lambda model: find_duplicates(model, decisions=False)


def _pairs(found) -> dict[tuple[str, str], object]:
    """Unordered program pairs of a duplicates result (a DataFrame or an object with ``pairs``)."""
    frame = getattr(found, "pairs", found)
    pairs = {}
    if frame is None or len(frame) == 0:
        return pairs
    scores = frame["score"] if "score" in frame.columns else [None] * len(frame)
    for a, b, score in zip(frame["program_a"], frame["program_b"], scores):
        pairs[tuple(sorted((str(a), str(b))))] = score
    return pairs


def _diff_duplicates(old_frame, new_frame) -> list[dict]:
    before, after = _pairs(old_frame), _pairs(new_frame)
    rows = []
    for a, b in after.keys() - before.keys():
        rows.append({"change": "duplicate-new", "table": "programs", "id": a, "field": "duplicate_of", "old": "", "new": b})
    for a, b in before.keys() - after.keys():
        rows.append({"change": "duplicate-resolved", "table": "programs", "id": a, "field": "duplicate_of", "old": b, "new": ""})
    return rows


def _diff_decisions(old, new) -> list[dict]:
    """Decisions taken, dropped or changed between two versions (the current word on each finding)."""
    from .decisions import decided_findings

    before, after = decided_findings(old), decided_findings(new)
    rows = []

    def add(change, key, field="", a="", b=""):
        rows.append({"change": change, "table": "decisions", "id": key, "field": field, "old": a, "new": b})

    for key in after.keys() - before.keys():
        add("added", key, "decision", "", after[key].decision)
    for key in before.keys() - after.keys():
        add("removed", key, "decision", before[key].decision, "")
    for key in before.keys() & after.keys():
        for field in ("decision", "note", "by", "date"):
            a, b = getattr(before[key], field), getattr(after[key], field)
            if a != b:
                add("changed", key, field, a, b)
    return rows
