"""Synergy metrics: how the agencies are tied together, and what the plan covers.

- :func:`agency_pairs`: for every pair of agencies, the datasets one produces
  and the other uses, the program dependencies between them, and (when the
  duplicates analysis is asked for) the duplicated programs between them;
  :func:`agency_matrix` gives one of those counts as a square table.
- :func:`coverage`: programs, agencies and budget per dimension and per element
  of the smart city scheme; an element with no program is a gap of the plan.
- :func:`communities`: groups of agencies so tied together that they should
  form one working group (Louvain on the pair weights, seeded, reproducible).
"""
from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pandas as pd

from .i18n import check_lang, pick
from .model import CityModel
from .progress import stages
from .schema import DIMENSIONS, ELEMENTS

__all__ = ["agency_pairs", "agency_matrix", "coverage", "communities", "PAIR_COLUMNS"]

PAIR_COLUMNS = ["agency_a", "agency_b", "shared_datasets", "dependencies", "duplicates", "weight", "datasets"]


def _duplicate_pairs(model: CityModel, progress=None):
    """Agency pairs of duplicated programs, with how many pairs each."""
    from .duplicates import find_duplicates

    found = find_duplicates(model, progress=progress).pairs
    agency = dict(zip(model.programs["id"], model.programs["agency"]))
    counts = Counter()
    for a, b in zip(found["program_a"], found["program_b"]):
        x, y = agency.get(a, ""), agency.get(b, "")
        if x and y and x != y:
            counts[tuple(sorted((x, y)))] += 1
    return counts


def _explode(lists) -> tuple[np.ndarray, np.ndarray]:
    """``(row, item)`` for every item of every row's tuple: row positions and an object array."""
    lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    items = np.fromiter(itertools.chain.from_iterable(lists), dtype=object, count=int(lengths.sum()))
    return np.repeat(np.arange(len(lengths)), lengths), items


def _pair_keys(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pair of agency ids in order (``a < b``)."""
    first = x < y
    return np.where(first, x, y), np.where(first, y, x)


def _flow_ties(model: CityModel) -> tuple[dict, dict]:
    """The datasets and program dependencies that tie each pair of agencies.

    The same ties as reading :func:`synergy.dependencies.flow_graph` (a dataset one agency
    produces and a program or application of another uses; a program that lists another in
    ``depends_on`` or uses what it produces), counted with whole-table joins: at a million
    programs the graph and its walks took 9 s, these joins 3 s (docs/scale.md, stop 53).

    Returns ``({(a, b): sorted dataset ids}, {(a, b): dependencies})`` with ``a < b``.
    """
    programs, apps, datasets = model.programs, model.applications, model.datasets
    program_ids, program_agency = programs["id"].to_numpy(object), programs["agency"].to_numpy(object)
    # who uses each dataset: programs, then applications (their owner's agency)
    rows_of_uses, used = _explode(programs["uses"])
    app_rows, app_used = _explode(apps["uses"])
    uses = pd.DataFrame({"dataset": np.concatenate([used, app_used]),
                         "agency": np.concatenate([program_agency[rows_of_uses],
                                                   apps["agency"].to_numpy(object)[app_rows]])})
    producer = pd.Series(datasets["producer"].to_numpy(object), index=datasets["id"].to_numpy(object))
    shared = uses.assign(producer=uses["dataset"].map(producer))
    shared = shared[shared["producer"].notna() & (shared["agency"] != "") & (shared["agency"] != shared["producer"])]
    a, b = _pair_keys(shared["producer"].to_numpy(object), shared["agency"].to_numpy(object))
    ties = pd.DataFrame({"a": a, "b": b, "dataset": shared["dataset"].to_numpy(object)}).drop_duplicates()
    ties = ties.sort_values(["a", "b", "dataset"], kind="stable")
    a, b, dataset = (ties[c].to_numpy(object) for c in ("a", "b", "dataset"))
    first = np.ones(len(a), dtype=bool)  # the first row of each pair's run
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    starts = np.flatnonzero(first).tolist()
    dataset = dataset.tolist()
    # slices of one sorted list: a groupby's per-group frames took 3.6 s at a million programs
    shared_sets = {(a[s], b[s]): tuple(dataset[s:e]) for s, e in zip(starts, starts[1:] + [len(dataset)])}

    # program dependencies, programs by position: listed (depends_on; an id that names no program
    # is no dependency) or through a dataset (Q produces what P uses)
    rows, needed = _explode(programs["depends_on"])
    listed = pd.DataFrame({"q": pd.Index(program_ids).get_indexer(needed), "p": rows})
    listed = listed[listed["q"] >= 0]
    produced_by, produced = _explode(programs["produces"])
    through = pd.DataFrame({"q": produced_by, "dataset": produced}).merge(
        pd.DataFrame({"p": rows_of_uses, "dataset": used}), on="dataset")[["q", "p"]]
    # one dependency per pair of programs however many links; a program using what it produces
    # ties no two agencies, so its own pair needs no filter
    edges = pd.concat([listed, through], ignore_index=True).drop_duplicates()
    x, y = program_agency[edges["q"].to_numpy()], program_agency[edges["p"].to_numpy()]
    tied = (x != "") & (y != "") & (x != y)
    a, b = _pair_keys(x[tied], y[tied])
    counts = pd.DataFrame({"a": a, "b": b}).value_counts(sort=False)
    return shared_sets, dict(zip(counts.index, counts.to_numpy().tolist()))


def agency_pairs(model: CityModel, *, duplicates: bool = True, progress=None) -> pd.DataFrame:
    """Every pair of agencies with something in common, and how much.

    Parameters
    ----------
    model : CityModel
    duplicates : bool
        Count duplicated programs with ``synergy.duplicates.find_duplicates``.
        When False, the column is ``<NA>``.
    progress : callable, optional
        Like :func:`synergy.progress.track`: the duplicates' steps, then the ties counted (a
        minute and seconds at a million programs).

    Returns
    -------
    pandas.DataFrame
        One row per unordered pair (``agency_a < agency_b``) with at least one
        tie: ``shared_datasets`` (datasets one of them produces and a program
        of the other uses), ``dependencies`` (program dependencies between
        their programs, either direction), ``duplicates``, ``weight`` (the sum
        of the three) and ``datasets`` (tuple of the shared dataset ids).
        Heaviest pairs first.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     programs=[{"id": "P1", "name": "SIAK", "agency": "CAPIL", "produces": ("NIK",)},
    ...               {"id": "P2", "name": "Bansos", "agency": "DINSOS", "uses": ("NIK",)}],
    ...     datasets=[{"id": "NIK", "name": "NIK", "producer": "CAPIL"}])
    >>> agency_pairs(m, duplicates=False)
      agency_a agency_b  shared_datasets  dependencies  duplicates  weight datasets
    0    CAPIL   DINSOS                1             1        <NA>       2   (NIK,)
    """
    # the duplicates first: their features are let go before the ties are counted, so a roll-up's
    # peak is the larger of the two, not both
    dups = _duplicate_pairs(model, progress) if duplicates else None
    with stages(progress, "ikatan antar-OPD / agency ties", 1):
        shared, deps = _flow_ties(model)
    keys = set(shared) | set(deps) | set(dups or ())
    rows = []
    for a, b in keys:
        n_dup = pd.NA if dups is None else dups.get((a, b), 0)
        datasets, n_deps = shared.get((a, b), ()), deps.get((a, b), 0)
        weight = len(datasets) + n_deps + (0 if n_dup is pd.NA else n_dup)
        rows.append((a, b, len(datasets), n_deps, n_dup, weight, datasets))
    frame = pd.DataFrame.from_records(rows, columns=PAIR_COLUMNS)
    for col in ("shared_datasets", "dependencies", "duplicates", "weight"):
        frame[col] = pd.array(frame[col], dtype="Int64")
    return frame.sort_values(["weight", "agency_a", "agency_b"], ascending=[False, True, True],
                             kind="stable", ignore_index=True)


def agency_matrix(model: CityModel, what: str = "weight", *, duplicates: bool = True) -> pd.DataFrame:
    """One count of :func:`agency_pairs` as a symmetric agency x agency table.

    ``what`` is ``shared_datasets``, ``dependencies``, ``duplicates`` or
    ``weight``. Rows and columns are every agency id, sorted; the diagonal is 0.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "A"}, {"id": "B", "name": "B"}, {"id": "C", "name": "C"}],
    ...     programs=[{"id": "P1", "name": "x", "agency": "A"},
    ...               {"id": "P2", "name": "y", "agency": "B", "depends_on": ("P1",)}])
    >>> agency_matrix(m, "dependencies", duplicates=False)
       A  B  C
    A  0  1  0
    B  1  0  0
    C  0  0  0
    """
    if what not in ("shared_datasets", "dependencies", "duplicates", "weight"):
        raise ValueError(f"unknown measure {what!r}")
    pairs = agency_pairs(model, duplicates=duplicates)
    ids = sorted(set(model.agencies["id"]) | set(pairs["agency_a"]) | set(pairs["agency_b"]))
    square = pd.DataFrame(0, index=ids, columns=ids, dtype="int64")
    for a, b, v in zip(pairs["agency_a"], pairs["agency_b"], pairs[what]):
        v = 0 if v is pd.NA else int(v)
        square.loc[a, b] = square.loc[b, a] = v
    return square


COVERAGE_COLUMNS = ["level", "dimension", "element", "label", "programs", "agencies", "budget", "gap",
                    "agency_list"]


def coverage(model: CityModel, *, lang: str = "id") -> pd.DataFrame:
    """How the plan covers the 6 dimensions and their 18 elements.

    Returns
    -------
    pandas.DataFrame
        For each dimension a ``level == "dimension"`` row (programs listing
        that dimension) followed by one ``level == "element"`` row per element
        (programs with that element): ``dimension``, ``element`` (empty on
        dimension rows), ``label`` (in ``lang``), ``programs``, ``agencies``
        (distinct agencies contributing), ``budget`` (sum, programs with no
        budget count as 0), ``gap`` (True when no program) and
        ``agency_list`` (tuple of those agency ids).

    Examples
    --------
    >>> m = CityModel.from_records(programs=[
    ...     {"id": "P1", "name": "x", "agency": "A", "dimension": ("living",), "element": "health", "budget": 10}])
    >>> c = coverage(m, lang="en")
    >>> living = c[c["dimension"] == "living"]
    >>> living["element"].tolist(), living["programs"].tolist(), living["gap"].tolist()
    (['', 'harmony', 'health', 'mobility'], [1, 0, 1, 0], [False, True, False, True])
    >>> int(c["gap"].sum())  # 5 empty dimensions, 17 empty elements
    22
    """
    check_lang(lang)
    p = model.programs
    budget = p["budget"].fillna(0).astype("int64")
    rows = []
    for dim, labels in DIMENSIONS.items():
        mask = p["dimension"].map(lambda t, d=dim: d in t).astype(bool)
        rows.append(_coverage_row("dimension", dim, "", pick(labels, lang), p.loc[mask], budget.loc[mask]))
        for el, (el_dim, label_id, label_en) in ELEMENTS.items():
            if el_dim == dim:
                mask = (p["element"] == el).astype(bool)
                rows.append(_coverage_row("element", dim, el, pick((label_id, label_en), lang), p.loc[mask],
                                          budget.loc[mask]))
    return pd.DataFrame.from_records(rows, columns=COVERAGE_COLUMNS)


def _coverage_row(level, dim, el, label, programs, budget):
    agencies = tuple(sorted(set(programs["agency"])))
    return (level, dim, el, label, len(programs), len(agencies), int(budget.sum()), len(programs) == 0, agencies)


COMMUNITY_COLUMNS = ["community", "agency", "name", "size", "weight", "datasets"]


def communities(model: CityModel, *, seed: int = 0, resolution: float = 1.0,
                duplicates: bool = True, progress=None) -> pd.DataFrame:
    """Groups of agencies that should form working groups.

    Louvain community detection (``networkx.community.louvain_communities``)
    on the agencies weighted by :func:`agency_pairs`'s ``weight``. The same
    ``seed`` gives the same groups. Agencies with no tie to another agency
    form no group and are not listed.

    Returns
    -------
    pandas.DataFrame
        One row per agency in a group of two or more: ``community`` (1 is the
        most tightly tied group), ``agency``, ``name``, ``size`` (agencies in
        the group), ``weight`` (sum of the pair weights inside the group) and
        ``datasets`` (the datasets shared inside the group, most shared first,
        at most five: what the working group would talk about).

    ``progress`` (like :func:`synergy.progress.track`) sees :func:`agency_pairs`' steps, then
    the groups found.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": a, "name": a} for a in "ABCD"],
    ...     programs=[{"id": "P1", "name": "x", "agency": "A", "produces": ("D1",)},
    ...               {"id": "P2", "name": "y", "agency": "B", "uses": ("D1",)},
    ...               {"id": "P3", "name": "z", "agency": "C", "produces": ("D2",)},
    ...               {"id": "P4", "name": "w", "agency": "D", "uses": ("D2",)}],
    ...     datasets=[{"id": "D1", "name": "d1", "producer": "A"}, {"id": "D2", "name": "d2", "producer": "C"}])
    >>> communities(m, duplicates=False)[["community", "agency", "size", "datasets"]]
       community agency  size datasets
    0          1      A     2    (D1,)
    1          1      B     2    (D1,)
    2          2      C     2    (D2,)
    3          2      D     2    (D2,)
    """
    import networkx as nx

    pairs = agency_pairs(model, duplicates=duplicates, progress=progress)
    edges = [(a, b, int(w), ds) for a, b, w, ds in zip(pairs["agency_a"], pairs["agency_b"], pairs["weight"],
                                                         pairs["datasets"]) if int(w) > 0]
    graph = nx.Graph()
    for a, b, w, ds in edges:
        graph.add_edge(a, b, weight=w, datasets=ds)
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=COMMUNITY_COLUMNS)
    # louvain's result depends on node order: sort for reproducibility across inputs
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph.nodes))
    ordered.add_edges_from(sorted(graph.edges(data=True)))
    with stages(progress, "kelompok kerja / working groups", 1):
        groups = nx.community.louvain_communities(ordered, weight="weight", resolution=resolution, seed=seed)
    names = dict(zip(model.agencies["id"], model.agencies["name"]))
    # each group's weight and shared datasets summed from the edges inside it, in one pass over the
    # edges (a subgraph view per group filtered every neighbour: 0.7 s for a million programs, now 0.26 s)
    group_of = {a: k for k, group in enumerate(groups) for a in group}
    weights, counts = [0] * len(groups), [Counter() for _ in groups]
    for a, b, w, ds in edges:
        k = group_of[a]
        if group_of[b] == k:
            weights[k] += w
            counts[k].update(ds)
    summaries = []
    for k, group in enumerate(groups):
        if len(group) < 2:
            continue
        top = tuple(d for d, _ in sorted(counts[k].items(), key=lambda x: (-x[1], x[0]))[:5])
        summaries.append((weights[k], sorted(group), top))
    summaries.sort(key=lambda s: (-s[0], s[1]))
    rows = [(i, a, names.get(a, ""), len(members), weight, top)
            for i, (weight, members, top) in enumerate(summaries, start=1) for a in members]
    return pd.DataFrame.from_records(rows, columns=COMMUNITY_COLUMNS)
