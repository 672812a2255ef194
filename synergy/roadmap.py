"""A roadmap: programs in phases by dependency order.

Phase 1 holds the programs that need no other program; phase 2 those that need
only phase-1 programs; and so on (topological generations of the program
dependency graph, see :mod:`synergy.dependencies`). Programs that depend on
each other in a circle cannot be ordered: they are named and set aside (no
phase) until someone breaks the circle; what needs them comes after them, as if
the circle were one step.

A warning marks every quick win that needs, directly or through a chain, a
medium or long term program that is not done yet (a quick win that waits for a
ten-year program is no quick win); the warning gives that program's status.

Routine support programs (program ``01`` of the nomenclature: salaries, office
supplies, planning documents; :func:`synergy.routine.routine_mask`) are no step
of a plan: they get no phase and ``routine`` is true; phases count the other
programs only.
"""
from __future__ import annotations

import pandas as pd

from .dependencies import FlowGraph, flow_graph
from .i18n import Catalogue, check_lang, pick
from .model import CityModel

__all__ = ["roadmap", "HORIZON_RANK", "ROADMAP_COLUMNS", "WARNINGS"]

#: Order of the planning horizons; unknown horizons ("") take no part in warnings.
HORIZON_RANK = {"quick-win": 0, "short": 1, "medium": 2, "long": 3}
_HORIZON_WORDS = {
    "quick-win": ("quick win", "quick win"),
    "short": ("jangka pendek", "short term"),
    "medium": ("jangka menengah", "medium term"),
    "long": ("jangka panjang", "long term"),
}
_STATUS_WORDS = {"planned": ("direncanakan", "planned"), "ongoing": ("sedang berjalan", "ongoing")}
#: The words of ``warning`` (the report reads them back to put names in place of ids).
WARNINGS = Catalogue({
    "cycle": ("ditunda: ketergantungan melingkar {group}; putuskan salah satu ketergantungan dulu",
              "set aside: circular dependency {group}; break one link first"),
    "waits": ("menunggu kelompok melingkar {group}", "waits for the circular group {group}"),
    "horizon": ("{program} ({mine}) membutuhkan {needed}, program {theirs}{state}",
                "{mine} {program} needs {needed}, a {theirs} program{state}"),
})
#: Programs on these horizons are warned about ...
WARN_HORIZONS = ("quick-win",)
#: ... when they need a program at least this far out that is not done.
WARN_FROM_RANK = HORIZON_RANK["medium"]

ROADMAP_COLUMNS = ["phase", "program", "name", "agency", "horizon", "needs", "cycle", "waits_for", "routine", "warning"]


def roadmap(model: CityModel, *, lang: str = "id", flow: FlowGraph | None = None, routine=None) -> pd.DataFrame:
    """Every program in its phase, with the warnings a planner must read.

    Parameters
    ----------
    model : CityModel
    lang : {"id", "en"}
        Language of ``warning``.
    routine : iterable of str, optional
        Ids of the routine support programs (default: found by
        :func:`synergy.routine.routine_mask`).

    Returns
    -------
    pandas.DataFrame
        One row per program, by phase then id: ``phase`` (1, 2, ...; ``<NA>``
        for programs set aside in a circle and for routine support), ``program``,
        ``name``, ``agency``, ``horizon``, ``needs`` (tuple of the program ids it
        directly depends on), ``cycle`` (the circular group it belongs to, ids
        joined by ``" | "``, else empty), ``waits_for`` (the medium or long term
        program a quick win waits for, else empty), ``routine`` (routine support,
        never in a phase) and ``warning`` (empty when all is well).

    Examples
    --------
    >>> m = CityModel.from_records(programs=[
    ...     {"id": "P1", "name": "Platform", "agency": "A", "horizon": "long"},
    ...     {"id": "P2", "name": "Aplikasi", "agency": "B", "horizon": "quick-win", "depends_on": ("P1",)},
    ...     {"id": "P3", "name": "X", "agency": "C", "depends_on": ("P4",)},
    ...     {"id": "P4", "name": "Y", "agency": "C", "depends_on": ("P3",)}])
    >>> r = roadmap(m, lang="en")
    >>> r[["phase", "program", "needs", "cycle", "waits_for"]]
       phase program needs    cycle waits_for
    0      1      P1    ()
    1      2      P2 (P1,)                 P1
    2   <NA>      P3 (P4,)  P3 | P4
    3   <NA>      P4 (P3,)  P3 | P4
    >>> print(r.loc[1, "warning"])
    quick win P2 needs Platform (P1), a long term program
    >>> m2 = CityModel.from_records(programs=[
    ...     {"id": "G", "name": "Penyediaan Gaji dan Tunjangan ASN", "agency": "A"},
    ...     {"id": "P", "name": "Aplikasi", "agency": "A", "depends_on": ("Q",)},
    ...     {"id": "Q", "name": "Platform", "agency": "A"}])
    >>> roadmap(m2)[["phase", "program", "routine"]]
       phase program  routine
    0      1       Q    False
    1      2       P    False
    2   <NA>       G     True
    """
    check_lang(lang)
    flow = flow or flow_graph(model)
    programs = model.programs
    horizon = dict(zip(programs["id"], programs["horizon"]))
    dag = flow.condensed()
    if not dag.members:
        return pd.DataFrame(columns=ROADMAP_COLUMNS)
    pred = flow.program_pred()
    members = dag.members
    cycle_name = [" | ".join(m) if len(m) > 1 else "" for m in members]

    # the farthest horizon upstream of every group, and which program has it
    status = dict(zip(programs["id"], programs["status"]))
    # a program already done delays nothing: it takes no part in the warnings
    counted = {p for p, h in horizon.items() if h in HORIZON_RANK and status.get(p) != "done"}
    worst_in = [_farthest((HORIZON_RANK[horizon[p]], p) for p in m if p in counted)
                for m in members]
    worst_up = [None] * len(members)
    waiting = [None] * len(members)  # a circular group upstream (the first found)
    for c in dag.order:
        worst_up[c] = _farthest(x for q in dag.pred[c] for x in (worst_in[q], worst_up[q]))
        for q in dag.pred[c]:
            if len(members[q]) > 1 or waiting[q] is not None:
                waiting[c] = q if len(members[q]) > 1 else waiting[q]
                break

    if routine is None:
        from .routine import routine_mask

        routine = set(programs["id"][routine_mask(programs)]) if len(programs) else set()
    routine = set(routine)
    rows = []
    for p in programs["id"]:
        c = dag.comp_of[p]
        warnings = []
        if p in routine:  # routine support is no step of the plan
            rows.append((pd.NA, p, flow.name.get(p, ""), flow.agency.get(p, ""), horizon.get(p, ""),
                         tuple(pred.get(p, ())), "", "", True, ""))
            continue
        waits_for = ""
        own = HORIZON_RANK.get(horizon.get(p, ""))
        up = worst_up[c]
        if cycle_name[c]:
            others = [(HORIZON_RANK[horizon[q]], q) for q in members[c] if q != p and q in counted]
            up = _farthest([up, *others])
            warnings.append(WARNINGS.text("cycle", lang, group=cycle_name[c]))
        if horizon.get(p) in WARN_HORIZONS and up is not None and up[0] > own and up[0] >= WARN_FROM_RANK:
            warnings.append(_horizon_text(p, horizon[p], up[1], flow, horizon, status, lang))
            waits_for = up[1]
        if waiting[c] is not None:
            group = cycle_name[waiting[c]]
            warnings.append(WARNINGS.text("waits", lang, group=group))
        phase = pd.NA if cycle_name[c] else dag.generation[c]
        rows.append((phase, p, flow.name.get(p, ""), flow.agency.get(p, ""), horizon.get(p, ""),
                     tuple(pred.get(p, ())), cycle_name[c], waits_for, False, "; ".join(warnings)))
    frame = pd.DataFrame.from_records(rows, columns=ROADMAP_COLUMNS)
    frame["phase"] = pd.array(frame["phase"], dtype="Int64")
    if routine:  # phases of the other programs, counted without gaps
        known = sorted(set(frame["phase"].dropna()))
        frame["phase"] = pd.array(frame["phase"].map(dict(zip(known, range(1, len(known) + 1)))), dtype="Int64")
    return frame.sort_values(["phase", "program"], na_position="last", kind="stable", ignore_index=True)


def _farthest(candidates):
    """The ``(rank, program)`` with the farthest horizon, the smallest id on ties."""
    best = None
    for cand in candidates:
        if cand is not None and (best is None or (-cand[0], cand[1]) < (-best[0], best[1])):
            best = cand
    return best


def _horizon_text(p, p_horizon, q, flow, horizon, status, lang) -> str:
    state = _STATUS_WORDS.get(status.get(q, ""))
    return WARNINGS.text("horizon", lang, program=p, needed=flow.label(q),
                         mine=pick(_HORIZON_WORDS[p_horizon], lang), theirs=pick(_HORIZON_WORDS[horizon[q]], lang),
                         state=f" ({pick(state, lang)})" if state else "")
