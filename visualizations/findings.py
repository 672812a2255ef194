"""The analyses' results, as the maps and the report show them.

The analyses (duplicates, shared data, dependencies, roadmap) live in their own
modules. This module is the one place that calls them for presentation: each
function returns an :class:`Analysis`. When an analysis refuses the model with a
:class:`~synergy.errors.SynergyError`, ``available`` is ``False`` and ``why``
holds its reason, so that a map or a report can say so plainly instead of
crashing or leaving a hole. Any other exception propagates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from synergy.dependencies import critical_nodes, cycles as find_cycles, longest_chains as find_longest_chains
from synergy.duplicates import find_duplicates
from synergy.errors import SynergyError
from synergy.i18n import check_lang
from synergy.roadmap import roadmap as build_roadmap
from synergy.shared_data import shared_data as find_shared_data

__all__ = [
    "Analysis",
    "duplicates",
    "application_duplicates",
    "shared_data",
    "cycles",
    "critical_datasets",
    "roadmap",
    "longest_chains",
    "ANALYSES",
    "gather",
]


@dataclass(frozen=True)
class Analysis:
    """One analysis result: ``data`` when ``available``, else ``why`` it could not run."""

    name: str
    available: bool
    data: object = None
    extra: dict = field(default_factory=dict)
    why: str = ""

    def table(self, key: str | None = None) -> pd.DataFrame:
        """The result (or one of its parts) as a DataFrame; empty when it could not run."""
        value = self.data if key is None else self.extra.get(key)
        if isinstance(value, pd.DataFrame):
            return value
        return pd.DataFrame()


def _run(name: str, lang: str, call, unpack) -> Analysis:
    """Run one analysis; a refusal (SynergyError) becomes a plain note, not a crash."""
    check_lang(lang)  # a wrong language is the caller's error, not the analysis' refusal
    try:
        result = call()
    except SynergyError as exc:
        return Analysis(name=name, available=False, why=str(exc))
    data, extra = unpack(result)
    return Analysis(name, True, data, {"result": result, **extra})


def _as_frame(result) -> tuple[pd.DataFrame, dict]:
    return result, {}


def duplicates(model, *, lang: str = "id") -> Analysis:
    """Duplicate pairs (``data``), clusters (``extra["clusters"]``), local rebuilds of national
    applications (``extra["national"]``) and the routine programs left out (``extra["routine"]``)."""
    return _run("duplicates", lang, lambda: find_duplicates(model, lang=lang),
                lambda r: (r.pairs, {"clusters": r.clusters, "national": getattr(r, "national", None),
                                     "routine": tuple(getattr(r, "routine", ()) or ())}))


def application_duplicates(model, *, lang: str = "id") -> Analysis:
    """Duplicate applications of the inventory (``data``: pairs), their clusters
    (``extra["clusters"]``) and the listings that are one system used by several agencies
    (``extra["shared"]``, good news); empty when the data lists no application."""
    check_lang(lang)
    apps = getattr(model, "applications", None)
    if apps is None or not len(apps):
        return Analysis("application_duplicates", True, pd.DataFrame(),
                        {"clusters": pd.DataFrame(), "shared": pd.DataFrame()})
    return _run("application_duplicates", lang, lambda: find_duplicates(model, lang=lang, kind="applications"),
                lambda r: (r.pairs, {"clusters": r.clusters, "shared": getattr(r, "shared", None)}))


def shared_data(model, *, lang: str = "id") -> Analysis:
    """Data-sharing opportunities (kind reuse, duplicate-dataset, gap, hub, orphan)."""
    return _run("shared_data", lang, lambda: find_shared_data(model, lang=lang), _as_frame)


def cycles(model, *, lang: str = "id") -> Analysis:
    """Circular dependencies (``cycle`` column: ids joined by `` -> ``)."""
    return _run("cycles", lang, lambda: find_cycles(model, lang=lang), _as_frame)


def critical_datasets(model, *, lang: str = "id") -> Analysis:
    """Critical nodes: what stops when a dataset (or program) stops."""
    # programs and datasets share one ranking: ask for enough rows to keep ten datasets
    return _run("critical", lang, lambda: critical_nodes(model, top=100), _as_frame)


def longest_chains(model, *, lang: str = "id") -> Analysis:
    """The longest dependency chains."""
    return _run("chains", lang, lambda: find_longest_chains(model), _as_frame)


def roadmap(model, *, lang: str = "id", routine=None) -> Analysis:
    """Programs in phases by dependency order (routine support in none)."""
    return _run("roadmap", lang, lambda: build_roadmap(model, lang=lang, routine=routine), _as_frame)


#: name -> function, for :func:`gather`.
ANALYSES = {
    "duplicates": duplicates,
    "application_duplicates": application_duplicates,
    "shared_data": shared_data,
    "cycles": cycles,
    "critical": critical_datasets,
    "chains": longest_chains,
    "roadmap": roadmap,
}


def gather(model, *, lang: str = "id", names=None, progress=None) -> dict[str, Analysis]:
    """Run the named analyses once, for a report that shows them many times.

    By default every analysis of :data:`ANALYSES` that applies: the duplicate applications
    only when the data lists applications.

    ``progress`` is a callable like :func:`synergy.progress.track` (one step per analysis).
    The roadmap reuses the routine programs the duplicates analysis found.
    """
    check_lang(lang)
    if names is None:
        apps = getattr(model, "applications", None)
        names = tuple(n for n in ANALYSES if n != "application_duplicates" or (apps is not None and len(apps)))
    out = {}
    steps = progress(list(names), label="analisis / analyses", total=len(names)) if progress else names
    for name in steps:
        if name == "roadmap" and "duplicates" in out and out["duplicates"].available:
            routine = out["duplicates"].extra.get("routine")
            out[name] = roadmap(model, lang=lang, routine=routine if routine else None)
        else:
            out[name] = ANALYSES[name](model, lang=lang)
    return out
