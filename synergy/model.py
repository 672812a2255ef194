"""The one validated model of a city: its tables, as the data contract defines them.

Conventions every module relies on (ingest produces them, analyses read them):

- one DataFrame per table (``agencies``, ``programs``, ``datasets``,
  ``applications``; and the side tables ``regions``, which names the governments, and
  ``decisions``, the analyst's decisions on findings), the contract's
  columns first in contract order, then any extra (unknown) columns the user's files
  carried, as text; a table a source does not have is empty (only agencies are needed);
- text and enum cells are ``str`` (``""`` when empty; enums in their canonical
  spelling, e.g. ``quick-win``, ``terbatas``);
- list cells (``urusan``, ``roles``, ``dimension``, ``uses``, ``produces``,
  ``needs``, ``depends_on``, ``keywords``, ``programs``, ``users``) are tuples of
  ``str`` (``()`` when empty);
- ``budget``, ``start_year`` and ``end_year`` are pandas ``Int64`` (``<NA>`` when empty);
- ids are unique across the node tables, so a bare id names one node.

``origins`` maps ``(table, id)`` to where the row was read, e.g.
``dinkes.xlsx[programs]:7``, so that later findings can point back to the file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping

import numpy as np
import pandas as pd

from .schema import INT_KINDS, LIST_KINDS, TABLE_ORDER, TABLES

__all__ = ["CityModel", "Origins", "empty_table", "make_table", "NODE_TABLES"]

#: The tables whose rows are nodes with an id (the side table ``regions`` is not).
NODE_TABLES = TABLE_ORDER


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns and dtypes."""
    return make_table(name, [])


def make_table(name: str, rows: list[dict], extra_columns: tuple[str, ...] = ()) -> pd.DataFrame:
    """Build a table from already-normalised row dicts (missing keys become empty).

    >>> t = make_table("datasets", [{"id": "DS-1", "name": "Data", "producer": "A", "keywords": ("x",)}])
    >>> t.loc[0, "keywords"], t.loc[0, "url"]
    (('x',), '')
    """
    table = TABLES[name]
    data = {}
    for col in table.columns:
        if col.kind in LIST_KINDS:
            data[col.name] = pd.Series([tuple(r.get(col.name, ()) or ()) for r in rows], dtype=object)
        elif col.kind in INT_KINDS:
            data[col.name] = pd.array([_int_or_na(r.get(col.name)) for r in rows], dtype="Int64")
        else:
            data[col.name] = pd.Series([str(r.get(col.name, "") or "") for r in rows], dtype=object)
    for extra in extra_columns:
        data[extra] = pd.Series([str(r.get(extra, "") or "") for r in rows], dtype=object)
    return pd.DataFrame(data, columns=[*table.column_names, *extra_columns])


def _int_or_na(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return pd.NA
    return int(value)


class Origins(Mapping):
    """Where each record was read: ``(table, id) -> "file:line"``, kept compact.

    Held as parts (a table, the file it was read from, its ids and line numbers); the
    lookup by ``(table, id)`` is built on first use. As a dict, a roll-up of 200,000
    programs held a quarter of a million small tuples and strings (about 40 MB, a million
    programs five times that) that no analysis reads; saving a store or pointing at a row
    reads them as from a dict (a later part giving a known key again wins, the key keeping
    its first place).

    >>> o = Origins([("programs", "programs.csv", ["P-1", "P-2"], [2, 3])])
    >>> o[("programs", "P-2")], len(o), dict(o) == {("programs", "P-1"): "programs.csv:2", ("programs", "P-2"): "programs.csv:3"}
    ('programs.csv:3', 2, True)
    """

    def __init__(self, parts: Iterable[tuple[str, str, list, list]] = ()):
        self._parts = [(table, where, list(ids), np.asarray(lines, dtype=np.int64))
                       for table, where, ids, lines in parts]
        self._index: dict | None = None

    def _lookup(self) -> dict:
        if self._index is None:
            index = {}
            for part, (table, _, ids, _) in enumerate(self._parts):
                for row, node_id in enumerate(ids):
                    index[(table, node_id)] = (part, row)
            self._index = index
        return self._index

    def __getitem__(self, key) -> str:
        part, row = self._lookup()[key]
        _, where, _, lines = self._parts[part]
        return f"{where}:{int(lines[row])}"

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._lookup())

    def __len__(self) -> int:
        return len(self._lookup())


@dataclass(frozen=True, eq=False)
class CityModel:
    """Agencies, programs, datasets and applications of one or more cities, validated.

    Compared and hashed by identity (``eq=False``): two models are the same model only
    when they are one object (a field-by-field ``==`` of DataFrames has no single truth
    value and raised before), so an analysis may keep what it derived from a model in a
    ``weakref.WeakKeyDictionary`` keyed on the model itself, forgotten with it (see
    :func:`synergy.dependencies.flow_graph`); never key such a cache on ``id(model)``,
    which another model may get once this one is gone.
    """

    agencies: pd.DataFrame
    programs: pd.DataFrame
    datasets: pd.DataFrame
    origins: Mapping[tuple[str, str], str] = field(default_factory=dict)
    applications: pd.DataFrame = field(default_factory=lambda: empty_table("applications"))
    regions: pd.DataFrame = field(default_factory=lambda: empty_table("regions"))
    #: The analyst's decisions on findings (side table ``decisions``; see :mod:`synergy.decisions`).
    decisions: pd.DataFrame = field(default_factory=lambda: empty_table("decisions"))

    @classmethod
    def empty(cls) -> "CityModel":
        return cls(empty_table("agencies"), empty_table("programs"), empty_table("datasets"))

    @classmethod
    def from_records(cls, agencies=(), programs=(), datasets=(), applications=(), regions=(),
                     decisions=()) -> "CityModel":
        """A model from lists of row dicts; handy in tests and doctests.

        >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}])
        >>> len(m.agencies), len(m.programs), len(m.applications)
        (1, 0, 0)
        """
        return cls(
            make_table("agencies", list(agencies)),
            make_table("programs", list(programs)),
            make_table("datasets", list(datasets)),
            applications=make_table("applications", list(applications)),
            regions=make_table("regions", list(regions)),
            decisions=make_table("decisions", list(decisions)),
        )

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def extra_columns(self, name: str) -> list[str]:
        """Columns of a table that the contract does not define."""
        known = set(TABLES[name].column_names)
        return [c for c in self.table(name).columns if c not in known]

    def kind_of(self) -> dict[str, str]:
        """Map every id to its kind: agency, program, dataset or application."""
        kinds = {}
        for name in TABLE_ORDER:
            kind = TABLES[name].kind
            for node_id in self.table(name)["id"]:
                kinds[node_id] = kind
        return kinds

    def agency_labels(self) -> dict[str, str]:
        """The label of every agency as maps and reasons show it: short name, else name, else id.

        >>> CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A", "short_name": "DA"},
        ...                                  {"id": "B", "name": "Dinas B"}]).agency_labels()
        {'A': 'DA', 'B': 'Dinas B'}
        """
        a = self.agencies
        return {i: (s or n or i) for i, n, s in zip(a["id"], a["name"], a["short_name"])}

    def region_of_programs(self) -> pd.Series:
        """Region of each program (via its agency), indexed like ``programs``."""
        regions = dict(zip(self.agencies["id"], self.agencies["region"]))
        return self.programs["agency"].map(lambda a: regions.get(a, "")).fillna("")
