"""Counts of a city's masterplan: by kind, by dimension, by element, by agency.

Computed from the tables (no graph needed), so they are instant even for a
province-sized model.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .i18n import check_lang, pick
from .model import CityModel
from .schema import DIMENSIONS, ELEMENTS

__all__ = ["CityStats", "stats", "STAT_COLUMNS"]

#: Columns of :meth:`CityStats.to_frame`, in order.
STAT_COLUMNS = ["group", "key", "label", "count", "agencies", "datasets", "budget", "applications"]

#: The titles of :meth:`CityStats.sections`: (Bahasa Indonesia, English).
_SECTION_TITLES = (("Jumlah per jenis", "Counts by kind"), ("Per dimensi", "By dimension"),
                   ("Per elemen", "By element"), ("Per perangkat daerah", "By agency"))


@dataclass(frozen=True)
class CityStats:
    """The four count tables.

    ``by_kind``: kind, count (nodes of each kind, links of each kind), budget
    (the city's total, on the program row).
    ``by_dimension`` / ``by_element``: key, label, programs, agencies running
    them, datasets they use or produce, budget.
    ``by_agency``: key, label, programs run, datasets published, budget,
    applications owned.
    """

    by_kind: pd.DataFrame
    by_dimension: pd.DataFrame
    by_element: pd.DataFrame
    by_agency: pd.DataFrame

    def sections(self, lang: str = "id"):
        """(title, frame) pairs for printing one table after another."""
        titles = [pick(pair, lang) for pair in _SECTION_TITLES]
        return list(zip(titles, (self.by_kind, self.by_dimension, self.by_element, self.by_agency)))

    def to_frame(self) -> pd.DataFrame:
        """One long table (columns :data:`STAT_COLUMNS`) for CSV/JSON output.

        ``count`` is the number of nodes or links for group ``kind`` and the
        number of programs for the other groups; cells that do not apply are empty.
        """
        parts = [self.by_kind.rename(columns={"kind": "key"}).assign(group="kind", label="")]
        for group, frame in (("dimension", self.by_dimension), ("element", self.by_element),
                             ("agency", self.by_agency)):
            parts.append(frame.rename(columns={"programs": "count"}).assign(group=group))
        out = pd.concat(parts, ignore_index=True)
        for column in STAT_COLUMNS:
            if column not in out.columns:
                out[column] = pd.NA
        for column in ("count", "agencies", "datasets", "budget", "applications"):
            out[column] = out[column].astype("Int64")
        return out[STAT_COLUMNS]


def _exploded(programs: pd.DataFrame, column: str) -> pd.DataFrame:
    frame = programs[["id", "agency", "budget", "uses", "produces", column]].explode(column)
    return frame[frame[column].map(lambda v: isinstance(v, str) and v != "")]


def _group_counts(frame: pd.DataFrame, column: str, keys, labels) -> pd.DataFrame:
    rows = []
    groups = dict(tuple(frame.groupby(column, sort=False))) if len(frame) else {}
    for key in keys:
        sub = groups.get(key)
        if sub is None:
            rows.append({"key": key, "label": labels[key], "programs": 0, "agencies": 0, "datasets": 0, "budget": 0})
            continue
        datasets = set()
        for cell in list(sub["uses"]) + list(sub["produces"]):
            datasets.update(cell)
        rows.append({
            "key": key,
            "label": labels[key],
            "programs": int(sub["id"].nunique()),
            "agencies": int(sub["agency"].nunique()),
            "datasets": len(datasets),
            "budget": int(sub["budget"].sum(skipna=True)),
        })
    out = pd.DataFrame(rows, columns=["key", "label", "programs", "agencies", "datasets", "budget"])
    for column in ("programs", "agencies", "datasets", "budget"):
        out[column] = out[column].astype("Int64")
    return out


def stats(model: CityModel, *, lang: str = "id") -> CityStats:
    """Count programs, datasets, applications and budget by kind, dimension, element and agency.

    Budgets of a program listed under two dimensions count in both dimensions
    (the dimension rows therefore need not add up to the city total).

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P1", "name": "x", "agency": "A", "dimension": ("living",), "budget": 10},
    ...               {"id": "P2", "name": "y", "agency": "A", "dimension": ("living", "economy"), "budget": 5}],
    ...     datasets=[{"id": "D", "name": "d", "producer": "A"}])
    >>> s = stats(m)
    >>> s.by_kind.set_index("kind")["count"].to_dict()["program"]
    2
    >>> s.by_dimension.set_index("key").loc["living", ["programs", "budget"]].tolist()
    [2, 15]
    >>> s.by_agency[["key", "programs", "datasets", "budget", "applications"]].values.tolist()
    [['A', 2, 1, 15, 0]]
    """
    check_lang(lang)
    a, p, d, apps = model.agencies, model.programs, model.datasets, model.applications

    def links(column, frame=p):
        return int(frame[column].map(len).sum()) if len(frame) else 0

    by_kind = pd.DataFrame(
        [
            ("agency", len(a)), ("program", len(p)), ("dataset", len(d)), ("application", len(apps)),
            ("dimension", len(DIMENSIONS)), ("element", len(ELEMENTS)),
            ("uses", links("uses") + links("uses", apps)), ("produces", links("produces") + links("produces", apps)),
            ("depends_on", links("depends_on")), ("needs", links("needs")),
            ("builds", links("programs", apps)), ("users", links("users", apps)),
        ],
        columns=["kind", "count"],
    )
    by_kind["count"] = by_kind["count"].astype("Int64")
    total = int(p["budget"].sum(skipna=True)) if len(p) else 0
    by_kind["budget"] = pd.array([total if k == "program" else pd.NA for k in by_kind["kind"]], dtype="Int64")

    dim_labels = {k: pick(v, lang) for k, v in DIMENSIONS.items()}
    el_labels = {k: pick(v[1:], lang) for k, v in ELEMENTS.items()}  # (dimension, Indonesian, English)
    by_dimension = _group_counts(_exploded(p, "dimension"), "dimension", list(DIMENSIONS), dim_labels)
    by_element = _group_counts(_exploded(p, "element"), "element", list(ELEMENTS), el_labels)

    published = d.groupby("producer").size() if len(d) else pd.Series(dtype="int64")
    run = p.groupby("agency").size() if len(p) else pd.Series(dtype="int64")
    budget = p.groupby("agency")["budget"].sum() if len(p) else pd.Series(dtype="Int64")
    owned = apps.groupby("agency").size() if len(apps) else pd.Series(dtype="int64")
    by_agency = pd.DataFrame({
        "key": a["id"],
        "label": a["id"].map(model.agency_labels()),
        "programs": a["id"].map(run).fillna(0),
        "datasets": a["id"].map(published).fillna(0),
        "budget": a["id"].map(budget).fillna(0),
        "applications": a["id"].map(owned).fillna(0),
    })
    for column in ("programs", "datasets", "budget", "applications"):
        by_agency[column] = by_agency[column].astype("int64").astype("Int64")
    by_agency = by_agency.sort_values(["programs", "key"], ascending=[False, True], ignore_index=True)
    return CityStats(by_kind, by_dimension, by_element, by_agency)
