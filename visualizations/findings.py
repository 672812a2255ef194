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
    "ANALYSES",
    "gather",
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


def _run(name: str, func, model, lang: str, unpack, **knobs) -> Analysis:
    """Run one analysis; a missing piece or a refusal becomes a plain note, not a crash."""
    if func is None:
        return _missing(name, "not installed")
    from synergy.errors import SynergyError

    try:
        result = _call(func, model, lang, **knobs)
    except ImportError as exc:  # a module the analysis needs has not landed yet
        return _missing(name, f"{exc}")
    except SynergyError as exc:
        return Analysis(name=name, available=False, why=str(exc), extra={"failed": True})
    data, extra = unpack(result)
    return Analysis(name, True, data, {"result": result, **extra})


def _frame(result, attr: str) -> pd.DataFrame:
    if isinstance(result, pd.DataFrame):
        return result
    value = getattr(result, attr, None)
    return value if isinstance(value, pd.DataFrame) else pd.DataFrame()


def duplicates(model, *, lang: str = "id") -> Analysis:
    """Duplicate pairs (``data``) and clusters (``extra["clusters"]``)."""
    func = _function("synergy.duplicates", ("find_duplicates",))
    return _run("duplicates", func, model, lang,
                lambda r: (_frame(r, "pairs"), {"clusters": _frame(getattr(r, "clusters", None), "clusters")}))


def shared_data(model, *, lang: str = "id") -> Analysis:
    """Data-sharing opportunities (kind reuse, duplicate-dataset, gap, hub, orphan)."""
    func = _function(
        "synergy.shared_data",
        ("find_opportunities", "shared_data", "find_shared_data", "opportunities"),
    )
    return _run("shared_data", func, model, lang, lambda r: (_frame(r, "opportunities"), {}))


def cycles(model, *, lang: str = "id") -> Analysis:
    """Circular dependencies (``cycle`` column: ids joined by `` -> ``)."""
    func = _function("synergy.dependencies", ("cycles", "find_cycles"))
    return _run("cycles", func, model, lang, lambda r: (_frame(r, "cycles"), {}))


def critical_datasets(model, *, lang: str = "id") -> Analysis:
    """Critical nodes: what stops when a dataset (or program) stops."""
    func = _function("synergy.dependencies", ("critical_nodes", "critical", "find_critical"))
    # programs and datasets share one ranking: ask for enough rows to keep ten datasets
    return _run("critical", func, model, lang, lambda r: (_frame(r, "nodes"), {}), top=100)


def longest_chains(model, *, lang: str = "id") -> Analysis:
    """The longest dependency chains."""
    func = _function("synergy.dependencies", ("longest_chains", "longest_chain"))
    return _run("chains", func, model, lang, lambda r: (_frame(r, "chains"), {}))


def roadmap(model, *, lang: str = "id") -> Analysis:
    """Programs in phases by dependency order."""
    func = _function("synergy.roadmap", ("roadmap", "build_roadmap", "plan_roadmap"))
    return _run("roadmap", func, model, lang, lambda r: (_frame(r, "phases"), {}))


#: name -> function, for :func:`gather`.
ANALYSES = {
    "duplicates": duplicates,
    "shared_data": shared_data,
    "cycles": cycles,
    "critical": critical_datasets,
    "chains": longest_chains,
    "roadmap": roadmap,
}


def gather(model, *, lang: str = "id", names=tuple(ANALYSES)) -> dict[str, Analysis]:
    """Run the named analyses once, for a report that shows them many times."""
    return {name: ANALYSES[name](model, lang=lang) for name in names}
