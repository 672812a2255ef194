"""The analyses' results, as the maps and the report show them.

The analyses (duplicates, shared data, dependencies, roadmap) live in their own
modules. This module is the one place that calls them for presentation: each
function returns an :class:`Analysis` whose ``available`` is ``False`` (with the
reason) when the analysis is not part of this installation, so that a map or a
report can say so plainly instead of leaving a hole.
"""
from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass, field

import pandas as pd

__all__ = [
    "Analysis",
    "NOT_AVAILABLE",
    "duplicates",
    "shared_data",
    "cycles",
    "critical_datasets",
    "roadmap",
    "longest_chains",
]

#: What a section says when its analysis is missing.
NOT_AVAILABLE = ("Analisis ini belum tersedia", "This analysis is not available yet")


@dataclass(frozen=True)
class Analysis:
    """One analysis result: ``data`` when ``available``, else ``why`` it is not."""

    name: str
    available: bool
    data: object = None
    extra: dict = field(default_factory=dict)
    why: str = ""

    def table(self, key: str | None = None) -> pd.DataFrame:
        """The result (or one of its parts) as a DataFrame; empty when not available."""
        value = self.data if key is None else self.extra.get(key)
        if isinstance(value, pd.DataFrame):
            return value
        return pd.DataFrame()


def _missing(name: str, why: str) -> Analysis:
    return Analysis(name=name, available=False, why=why)


def _function(module_name: str, candidates: tuple[str, ...]):
    """The first of ``candidates`` that ``module_name`` defines, or ``None``."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    for name in candidates:
        func = getattr(module, name, None)
        if callable(func):
            return func
    return None


def _call(func, model, lang: str, **knobs):
    """Call an analysis with the knobs it accepts (``lang`` where it has one)."""
    params = inspect.signature(func).parameters
    kwargs = {k: v for k, v in {"lang": lang, **knobs}.items() if k in params}
    return func(model, **kwargs)


def duplicates(model, *, lang: str = "id") -> Analysis:
    """Duplicate pairs and clusters from ``synergy.duplicates.find_duplicates``."""
    func = _function("synergy.duplicates", ("find_duplicates",))
    if func is None:
        return _missing("duplicates", "synergy.duplicates.find_duplicates")
    result = _call(func, model, lang)
    pairs = getattr(result, "pairs", result if isinstance(result, pd.DataFrame) else pd.DataFrame())
    clusters = getattr(result, "clusters", pd.DataFrame())
    return Analysis("duplicates", True, pairs, {"clusters": clusters, "result": result})


def shared_data(model, *, lang: str = "id") -> Analysis:
    """Data-sharing opportunities (reuse, duplicate-dataset, gap, hub, orphan)."""
    func = _function(
        "synergy.shared_data",
        ("find_opportunities", "shared_data", "find_shared_data", "opportunities"),
    )
    if func is None:
        return _missing("shared_data", "synergy.shared_data")
    result = _call(func, model, lang)
    frame = result if isinstance(result, pd.DataFrame) else getattr(result, "opportunities", pd.DataFrame())
    return Analysis("shared_data", True, frame, {"result": result})


def cycles(model, *, lang: str = "id") -> Analysis:
    """Circular dependencies (``cycle`` column: ids joined by `` -> ``)."""
    func = _function("synergy.dependencies", ("find_cycles", "cycles"))
    if func is None:
        return _missing("cycles", "synergy.dependencies.find_cycles")
    result = _call(func, model, lang)
    frame = result if isinstance(result, pd.DataFrame) else getattr(result, "cycles", pd.DataFrame())
    return Analysis("cycles", True, frame)


def critical_datasets(model, *, lang: str = "id") -> Analysis:
    """Critical nodes: what stops when a dataset stops."""
    func = _function("synergy.dependencies", ("critical_nodes", "critical", "find_critical"))
    if func is None:
        return _missing("critical", "synergy.dependencies.critical_nodes")
    result = _call(func, model, lang)
    frame = result if isinstance(result, pd.DataFrame) else getattr(result, "nodes", pd.DataFrame())
    return Analysis("critical", True, frame)


def longest_chains(model, *, lang: str = "id") -> Analysis:
    """The longest dependency chains."""
    func = _function("synergy.dependencies", ("longest_chains", "longest_chain"))
    if func is None:
        return _missing("chains", "synergy.dependencies.longest_chains")
    result = _call(func, model, lang)
    frame = result if isinstance(result, pd.DataFrame) else getattr(result, "chains", pd.DataFrame())
    return Analysis("chains", True, frame, {"result": result})


def roadmap(model, *, lang: str = "id") -> Analysis:
    """Programs in phases by dependency order."""
    func = _function("synergy.roadmap", ("build_roadmap", "roadmap", "plan_roadmap"))
    if func is None:
        func = _function("synergy.dependencies", ("build_roadmap", "roadmap"))
    if func is None:
        return _missing("roadmap", "synergy.roadmap.build_roadmap")
    result = _call(func, model, lang)
    frame = result if isinstance(result, pd.DataFrame) else getattr(result, "phases", pd.DataFrame())
    return Analysis("roadmap", True, frame, {"result": result})
