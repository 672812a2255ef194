"""Dependency chains: what depends on what, what stops if one piece stops.

Derived, not typed in (data contract): program P depends on program Q when P
uses a dataset that Q produces, or lists Q in ``depends_on``. Chains run through
both, so the analyses here walk a *flow graph* of programs and datasets whose
arrows point from what is needed to what needs it (the way data flows):

========================  =========================  ===============
arrow                     meaning                    relation
========================  =========================  ===============
dataset D -> program P    P uses D                   ``uses``
program Q -> dataset D    Q produces D               ``produces``
program Q -> program P    P lists Q in depends_on    ``depends_on``
dataset D -> app A        application A uses D       ``uses``
app A -> dataset D        application A produces D   ``produces``
app A -> program P        P runs on (builds, runs) A  ``runs_on``
========================  =========================  ===============

Applications are nodes of the flow like programs: an application that stops
stops the programs listed in its ``programs`` column and the data it produces.
Program-to-program dependencies (:meth:`FlowGraph.program_edges`, cycles,
longest chains) are between programs only.

Every dataset is a node, also one whose producer agency runs no program that
produces it (it is then a root: nothing upstream of it). Agencies are not nodes
of the flow; an agency as a start stands for everything it runs, publishes and
owns (see :func:`downstream` and :func:`upstream`).

Every arrow the functions here print (``chain``, ``cycles``, ``longest_chains``)
follows the same direction: ``A -> B`` means B needs A, so A must come first.
"""
from __future__ import annotations

import difflib
import weakref
from collections import deque
from dataclasses import dataclass, field

import pandas as pd

from .collector import paused
from .errors import UnknownNode
from .i18n import Catalogue, check_lang, format_rupiah, pick
from .model import CityModel

__all__ = [
    "FlowGraph",
    "flow_graph",
    "program_graph",
    "upstream",
    "downstream",
    "chain",
    "cycles",
    "Impact",
    "impact",
    "critical_nodes",
    "longest_chains",
    "suggest_ids",
    "RELATION_LABELS",
]

#: relation -> (Indonesian, English) verb used in reasons; ``{a}`` acts on ``{b}``.
RELATION_LABELS = {
    "uses": ("{a} menggunakan data {b}", "{a} uses dataset {b}"),
    "produces": ("{a} menghasilkan data {b}", "{a} produces dataset {b}"),
    "depends_on": ("{a} bergantung pada {b}", "{a} depends on {b}"),
    "runs": ("{a} menjalankan {b}", "{a} runs {b}"),
    "publishes": ("{a} adalah produsen data {b}", "{a} is the producer of dataset {b}"),
    "runs_on": ("{a} bergantung pada aplikasi {b}", "{a} relies on application {b}"),
    "owns": ("{a} adalah pemilik aplikasi {b}", "{a} owns application {b}"),
}
#: Relations whose arrow points at the needing side, which is the sentence's subject.
_NEEDER_FIRST = ("uses", "depends_on", "runs_on")
#: The relation from an agency to one of its own nodes, by the node's kind.
_OWN_RELATION = {"program": "runs", "dataset": "publishes", "application": "owns"}

NODE_COLUMNS = ["id", "kind", "depth", "name", "agency", "via", "relation"]

#: Above this many programs, betweenness is estimated from ``k`` sampled sources.
EXACT_BETWEENNESS_LIMIT = 2_000
#: Above this many nodes, impact counts are computed for the likeliest candidates only.
EXACT_IMPACT_LIMIT = 5_000
#: Sampled sources for betweenness above EXACT_BETWEENNESS_LIMIT programs.
BETWEENNESS_SAMPLES = 8
#: Cycle enumeration stops after CYCLE_CAP * limit cycles.
CYCLE_CAP = 20
#: Strongly connected parts larger than this are not enumerated cycle by cycle.
EXHAUSTIVE_CYCLE_NODES = 30


# --------------------------------------------------------------------------- the flow
@dataclass(frozen=True)
class FlowGraph:
    """Adjacency of the flow graph, built once from a model.

    ``succ[u]`` and ``pred[v]`` hold ``(node, relation)`` pairs, sorted so that
    every walk over them is reproducible. ``kind``, ``name``, ``agency`` and
    ``budget`` describe every node (agencies included, for lookups).

    The graph every dependency walk here and :mod:`synergy.roadmap` read
    (:func:`synergy.metrics.agency_pairs` counts the same ties with table joins
    instead: 3 s against 9 s for the graph and its walk at a million programs); a second graph beside
    :func:`synergy.graph.to_networkx`, on purpose. That one stores each relation as
    written (``uses`` from the program to the dataset, against the flow) with the
    dimension scheme and every row field, for export and for users' own networkx
    work; the walks need the arcs in the direction things flow and nothing else.
    Measured against a networkx ``MultiDiGraph`` of the same arcs on the same city
    (``benchmarks/bench_flowgraph.py``, 100,000 programs, two runs on a shared
    machine): built in 2.1-2.3 s vs 2.9-3.2 s, holding 41 MB vs 95 MB; the
    condensation (scipy's strong components, then Kahn's order and generations in
    Python, :meth:`condensed`) 1.9-2.3 s vs 2.9-4.1 s for ``networkx.condensation``
    + ``topological_sort`` + the same generation loop; reach from a node and
    shortest paths equally fast either way (a BFS over dicts is what networkx does
    too). ``to_networkx`` itself takes 10 s of CPU at that size. So the walks keep this
    graph, and networkx serves what it adds: simple cycles inside one circular
    group (:func:`cycles`), betweenness and articulation points
    (:func:`critical_nodes`), and :func:`program_graph` for callers who want a
    ``networkx.DiGraph``.
    """

    succ: dict
    pred: dict
    kind: dict
    name: dict
    agency: dict
    budget: dict
    runs: dict  # agency -> its program ids
    publishes: dict  # agency -> the dataset ids it is producer of
    owns: dict = field(default_factory=dict)  # agency -> its application ids
    users: dict = field(default_factory=dict)  # application -> the other agencies that use it
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def programs(self) -> list:
        """Program ids, in input order."""
        return [n for n, k in self.kind.items() if k == "program"]

    def program_edges(self) -> dict:
        """``{(Q, P): via}`` for every program dependency (P depends on Q), built once.

        ``via`` is a sorted tuple of the linking dataset ids, then ``"depends_on"``
        when P lists Q explicitly.
        """
        edges = self.memo.get("edges")
        if edges is None:
            with paused():  # a million programs' edges (synergy.collector)
                edges = self.memo["edges"] = self._build_program_edges()
        return edges

    def _build_program_edges(self) -> dict:
        via: dict[tuple[str, str], set] = {}
        for q in self.programs:
            for v, rel in self.succ.get(q, ()):
                if rel == "depends_on":
                    via.setdefault((q, v), set()).add("depends_on")
                elif rel == "produces":
                    for p, rel2 in self.succ.get(v, ()):
                        if rel2 == "uses" and p != q and self.kind.get(p) == "program":
                            via.setdefault((q, p), set()).add(v)
        return {k: tuple(sorted(v, key=lambda x: (x == "depends_on", x))) for k, v in sorted(via.items())}

    def program_pred(self) -> dict:
        """``{P: [Q, ...]}``: the programs each program directly depends on (sorted), built once."""
        pred = self.memo.get("pred")
        if pred is None:
            pred = {}
            for q, p in self.program_edges():
                pred.setdefault(p, []).append(q)
            pred = self.memo["pred"] = {p: sorted(qs) for p, qs in pred.items()}
        return pred

    def program_succ(self) -> dict:
        """``{Q: [P, ...]}``: the programs that directly depend on each program (sorted), built once."""
        succ = self.memo.get("succ")
        if succ is None:
            succ = {}
            for q, p in self.program_edges():
                succ.setdefault(q, []).append(p)
            succ = self.memo["succ"] = {q: sorted(ps) for q, ps in succ.items()}
        return succ

    def condensed(self) -> "Condensed":
        """The program dependency graph with each circular group as one node, built once."""
        dag = self.memo.get("condensed")
        if dag is None:
            edges = self.program_edges()
            with paused():  # networkx's graph of a million programs (synergy.collector)
                dag = self.memo["condensed"] = _condense(self.programs, edges)
        return dag

    def label(self, node_id: str) -> str:
        """``name (id)``, or the bare id when the node has no name."""
        name = self.name.get(node_id, "")
        return f"{name} ({node_id})" if name and name != node_id else node_id


#: FlowGraph by model, forgotten with the model (keyed on the object, which hashes by
#: identity, never on ``id(model)``: an id is reused once its object is gone).
_FLOWS: "weakref.WeakKeyDictionary[CityModel, FlowGraph]" = weakref.WeakKeyDictionary()


def flow_graph(model: CityModel) -> FlowGraph:
    """The flow graph of ``model`` (see the module docstring).

    Built once per model object and kept while the model lives, so that
    several analyses of one model (a report, a benchmark) share it. Models are
    never mutated (see :class:`CityModel`), which makes this safe; the cache holds
    the model weakly (a ``WeakKeyDictionary``), so it never keeps a model alive and
    never hands one model's graph to another.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P1", "name": "Satu", "agency": "A", "produces": ("D",)},
    ...               {"id": "P2", "name": "Dua", "agency": "A", "uses": ("D",)}],
    ...     datasets=[{"id": "D", "name": "Data", "producer": "A"}])
    >>> g = flow_graph(m)
    >>> g.succ["P1"], g.succ["D"], g.pred["P2"]
    ([('D', 'produces')], [('P2', 'uses')], [('D', 'uses')])
    >>> flow_graph(m) is g
    True
    """
    flow = _FLOWS.get(model)
    if flow is None:
        with paused():  # a million programs' lists and dicts (synergy.collector)
            flow = _FLOWS[model] = _build_flow(model)
    return flow


def _build_flow(model: CityModel) -> FlowGraph:
    succ: dict[str, list] = {}
    pred: dict[str, list] = {}
    kind, name, agency, budget = {}, {}, {}, {}
    runs: dict[str, list] = {}
    publishes: dict[str, list] = {}

    a = model.agencies
    for aid, aname in zip(a["id"], a["name"]):
        kind[aid] = "agency"
        name[aid] = aname
        agency[aid] = aid
        runs[aid] = []
        publishes[aid] = []
    d = model.datasets
    for did, dname, producer in zip(d["id"], d["name"], d["producer"]):
        kind[did] = "dataset"
        name[did] = dname
        agency[did] = producer
        publishes.setdefault(producer, []).append(did)
    p = model.programs
    for pid, pname, pagency, pbudget in zip(p["id"], p["name"], p["agency"], p["budget"]):
        kind[pid] = "program"
        name[pid] = pname
        agency[pid] = pagency
        budget[pid] = None if pbudget is pd.NA or pbudget is None else int(pbudget)
        runs.setdefault(pagency, []).append(pid)
    for pid, uses, produces, deps in zip(p["id"], p["uses"], p["produces"], p["depends_on"]):
        # a program that uses what it produces keeps its own data: the flow has the
        # loop P -> D -> P, but program_edges() makes no self-dependency of it
        for did in uses:
            kind.setdefault(did, "dataset")
            succ.setdefault(did, []).append((pid, "uses"))
            pred.setdefault(pid, []).append((did, "uses"))
        for did in produces:
            kind.setdefault(did, "dataset")
            succ.setdefault(pid, []).append((did, "produces"))
            pred.setdefault(did, []).append((pid, "produces"))
        for qid in deps:
            if qid != pid:  # validation refuses a self-dependency; never loop on one
                kind.setdefault(qid, "program")
                succ.setdefault(qid, []).append((pid, "depends_on"))
                pred.setdefault(pid, []).append((qid, "depends_on"))
    owns: dict[str, list] = {}
    users = {}
    apps = model.applications
    for aid, aname, owner, abudget, builds, ausers in zip(
            apps["id"], apps["name"], apps["agency"], apps["budget"], apps["programs"], apps["users"]):
        kind[aid] = "application"
        name[aid] = aname
        agency[aid] = owner
        budget[aid] = None if abudget is pd.NA or abudget is None else int(abudget)
        owns.setdefault(owner, []).append(aid)
        users[aid] = tuple(ausers)
        for pid in builds:  # the program relies on the application it builds or runs
            kind.setdefault(pid, "program")
            succ.setdefault(aid, []).append((pid, "runs_on"))
            pred.setdefault(pid, []).append((aid, "runs_on"))
    for aid, uses, produces in zip(apps["id"], apps["uses"], apps["produces"]):
        for did in uses:
            kind.setdefault(did, "dataset")
            succ.setdefault(did, []).append((aid, "uses"))
            pred.setdefault(aid, []).append((did, "uses"))
        for did in produces:
            kind.setdefault(did, "dataset")
            succ.setdefault(aid, []).append((did, "produces"))
            pred.setdefault(did, []).append((aid, "produces"))
    return FlowGraph(
        succ={k: v if len(v) == 1 else sorted(set(v)) for k, v in succ.items()},
        pred={k: v if len(v) == 1 else sorted(set(v)) for k, v in pred.items()},
        kind=kind, name=name, agency=agency, budget=budget,
        runs={k: sorted(v) for k, v in runs.items()},
        publishes={k: sorted(v) for k, v in publishes.items()},
        owns={k: sorted(v) for k, v in owns.items()},
        users=users,
    )


def program_graph(model: CityModel, flow: FlowGraph | None = None):
    """The program dependency graph: ``Q -> P`` when P depends on Q.

    A new ``networkx.DiGraph`` over every program; each edge carries ``via``,
    a sorted tuple of the dataset ids that link the two programs, plus
    ``"depends_on"`` when P lists Q explicitly.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     programs=[{"id": "P1", "name": "Satu", "agency": "A", "produces": ("D",)},
    ...               {"id": "P2", "name": "Dua", "agency": "A", "uses": ("D",), "depends_on": ("P1",)}],
    ...     datasets=[{"id": "D", "name": "Data", "producer": "A"}])
    >>> g = program_graph(m)
    >>> list(g.edges(data="via"))
    [('P1', 'P2', ('D', 'depends_on'))]
    """
    import networkx as nx

    flow = flow or flow_graph(model)
    graph = nx.DiGraph()
    graph.add_nodes_from(flow.programs)
    graph.add_edges_from((q, p, {"via": via}) for (q, p), via in flow.program_edges().items())
    return graph


@dataclass(frozen=True)
class Condensed:
    """Circular groups of programs collapsed into one node each: a DAG.

    ``comp_of[program]`` is the group's number; ``members[c]`` its sorted
    program ids; ``succ[c]``/``pred[c]`` the neighbouring groups (sorted tuples);
    ``order`` a topological order and ``generation[c]`` (1, 2, ...) the
    longest number of groups from a root to ``c``, counting ``c``.
    """

    comp_of: dict
    members: list
    succ: list
    pred: list
    order: list
    generation: list


def _condense(programs, edges) -> Condensed:
    """Strong components with scipy (linear, in C), then Kahn's order in Python."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components

    index = {p: i for i, p in enumerate(programs)}
    n = len(programs)
    if n == 0:
        return Condensed({}, [], [], [], [], [])
    rows = np.fromiter((index[q] for q, _ in edges), dtype=np.int64, count=len(edges))
    cols = np.fromiter((index[p] for _, p in edges), dtype=np.int64, count=len(edges))
    matrix = sp.csr_matrix((np.ones(len(edges), dtype=np.int8), (rows, cols)), shape=(n, n))
    _, labels = connected_components(matrix, directed=True, connection="strong")
    labels = labels.tolist()
    # number the groups by their smallest member, so that everything downstream is reproducible
    number: dict[int, int] = {}
    members_l: list[list] = []
    comp_of = {}
    for i in sorted(range(n), key=programs.__getitem__):
        p, label = programs[i], labels[i]
        c = number.get(label)
        if c is None:
            c = number[label] = len(members_l)
            members_l.append([])
        members_l[c].append(p)
        comp_of[p] = c
    del labels, number
    members = [tuple(m) for m in members_l]
    del members_l
    # most groups of a million programs have no neighbour: they share the empty tuple, and
    # only the groups with one get a set while the arcs are gathered (was 1M sets, 216 MB)
    succ_sets: dict[int, set] = {}
    for q, p in edges:
        cq, cp = comp_of[q], comp_of[p]
        if cq != cp:
            succ_sets.setdefault(cq, set()).add(cp)
    succ: list[tuple] = [()] * len(members)
    pred_lists: dict[int, list] = {}
    for c in sorted(succ_sets):  # ascending, so each pred tuple is sorted
        succ[c] = targets = tuple(sorted(succ_sets.pop(c)))
        for t in targets:
            pred_lists.setdefault(t, []).append(c)
    pred: list[tuple] = [()] * len(members)
    for t, sources in pred_lists.items():
        pred[t] = tuple(sources)
    del pred_lists
    indegree = [len(x) for x in pred]
    generation = [1] * len(members)
    order = [c for c in range(len(members)) if indegree[c] == 0]
    i = 0
    while i < len(order):
        c = order[i]
        i += 1
        for t in succ[c]:
            generation[t] = max(generation[t], generation[c] + 1)
            indegree[t] -= 1
            if indegree[t] == 0:
                order.append(t)
    return Condensed(comp_of, members, succ, pred, order, generation)


# --------------------------------------------------------------------------- lookups
def suggest_ids(node_id: str, candidates, n: int = 3) -> list[str]:
    """The ids closest to ``node_id``: a case-insensitive match first, then difflib's.

    >>> suggest_ids("ds-nik", ["DS-NIK", "DS-NIB", "P-1"])
    ['DS-NIK']
    >>> suggest_ids("DS-NIX", ["DS-NIK", "DS-NIB", "P-1"])
    ['DS-NIB', 'DS-NIK']
    """
    candidates = list(candidates)
    by_fold = {}
    for c in candidates:
        by_fold.setdefault(c.casefold(), c)
    if node_id.casefold() in by_fold:
        return [by_fold[node_id.casefold()]]
    pool = list(by_fold)
    if len(pool) > 20_000:  # difflib over every id of a big plan takes seconds: look near it first
        target = node_id.casefold()
        pool = [c for c in pool if abs(len(c) - len(target)) <= 3 and c[:2] == target[:2]] or pool[:20_000]
    close = difflib.get_close_matches(node_id.casefold(), pool, n=n, cutoff=0.6)
    return sorted(by_fold[c] for c in close)


def _check(flow: FlowGraph, node_id: str) -> str:
    if node_id not in flow.kind:
        raise UnknownNode(node_id, suggest_ids(node_id, flow.kind))
    return flow.kind[node_id]


def _bfs(flow: FlowGraph, seeds, direction: str) -> dict:
    """Shortest depth of every node reachable from ``seeds`` (depth 0).

    Returns ``{node: (depth, via, relation)}``; seeds map to ``(0, "", "")``.
    """
    adjacency = flow.succ if direction == "downstream" else flow.pred
    seen = {s: (0, "", "") for s in seeds}
    queue = deque(seeds)
    while queue:
        u = queue.popleft()
        depth = seen[u][0] + 1
        for v, rel in adjacency.get(u, ()):
            if v not in seen:
                seen[v] = (depth, u, rel)
                queue.append(v)
    return seen


def _walk(model, node_id, direction, flow=None) -> pd.DataFrame:
    if direction not in ("downstream", "upstream"):
        raise ValueError(f"direction must be 'downstream' or 'upstream', not {direction!r}")
    flow = flow or flow_graph(model)
    kind = _check(flow, node_id)
    if kind == "agency":
        own = [*flow.runs.get(node_id, ()), *flow.owns.get(node_id, ())]
        if direction == "downstream":
            own += flow.publishes.get(node_id, [])
            # the agency is depth 0; what it runs, publishes and owns is depth 1
            reach = _bfs(flow, own, direction)
            rows = {}
            for n, (depth, via, rel) in reach.items():
                if depth == 0:
                    rel = _OWN_RELATION[flow.kind.get(n)]
                    via = node_id
                rows[n] = (depth + 1, via, rel)
        else:
            # what the agency's own programs need; the programs themselves are the start
            rows = {n: v for n, v in _bfs(flow, own, direction).items() if v[0] > 0}
    else:
        rows = {n: v for n, v in _bfs(flow, [node_id], direction).items() if n != node_id}
    records = [
        (n, flow.kind.get(n, ""), depth, flow.name.get(n, ""), flow.agency.get(n, ""), via, rel)
        for n, (depth, via, rel) in rows.items()
    ]
    frame = pd.DataFrame.from_records(records, columns=NODE_COLUMNS)
    frame = frame.sort_values(["depth", "kind", "id"], kind="stable", ignore_index=True)
    frame["depth"] = frame["depth"].astype("int64")
    return frame


def downstream(model: CityModel, node_id: str, *, flow: FlowGraph | None = None) -> pd.DataFrame:
    """Every node that needs ``node_id``, directly or through a chain.

    Walks the flow graph forward: a dataset's downstream are the programs that
    use it (depth 1), the datasets those produce (depth 2), the programs that
    use those or depend on the users, and so on. An agency's downstream starts
    with the programs it runs and the datasets it is producer of (depth 1),
    then their downstream.

    Parameters
    ----------
    model : CityModel
    node_id : str
        Id of a program, dataset or agency.
    flow : FlowGraph, optional
        A flow graph already built from ``model`` (saves time in loops).

    Returns
    -------
    pandas.DataFrame
        One row per reachable node at its shortest depth: ``id, kind, depth``
        (the contract's columns), then ``name, agency`` (the program's agency or
        the dataset's producer), ``via`` (the node it was reached from on a
        shortest path) and ``relation`` (``uses``, ``produces``, ``depends_on``,
        ``runs``, ``publishes``). Sorted by depth, kind, id. The start node
        itself is not listed.

    Raises
    ------
    UnknownNode
        ``node_id`` is not in the model; the closest ids are suggested.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "CAPIL", "name": "Dispendukcapil"}, {"id": "DINSOS", "name": "Dinsos"}],
    ...     programs=[{"id": "P-SIAK", "name": "SIAK", "agency": "CAPIL", "produces": ("DS-NIK",)},
    ...               {"id": "P-DTKS", "name": "DTKS", "agency": "DINSOS", "uses": ("DS-NIK",), "produces": ("DS-DTKS",)},
    ...               {"id": "P-BANSOS", "name": "Bansos", "agency": "DINSOS", "uses": ("DS-DTKS",)}],
    ...     datasets=[{"id": "DS-NIK", "name": "NIK", "producer": "CAPIL"},
    ...               {"id": "DS-DTKS", "name": "DTKS", "producer": "DINSOS"}])
    >>> downstream(m, "DS-NIK")[["id", "kind", "depth", "via"]]
            id     kind  depth      via
    0   P-DTKS  program      1   DS-NIK
    1  DS-DTKS  dataset      2   P-DTKS
    2 P-BANSOS  program      3  DS-DTKS
    >>> downstream(m, "CAPIL")["id"].tolist()
    ['DS-NIK', 'P-SIAK', 'P-DTKS', 'DS-DTKS', 'P-BANSOS']
    """
    return _walk(model, node_id, "downstream", flow)


def upstream(model: CityModel, node_id: str, *, flow: FlowGraph | None = None) -> pd.DataFrame:
    """Every node that ``node_id`` needs, directly or through a chain.

    The mirror of :func:`downstream`: a program's upstream are the datasets it
    uses and the programs it lists in ``depends_on`` (depth 1), the programs
    that produce those datasets (depth 2), and so on. A dataset nobody produces
    in the plan is still listed (it is where the chain starts). An agency's
    upstream is what its programs need; its own programs are the start and are
    not listed.

    Same columns, sorting and errors as :func:`downstream`.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     programs=[{"id": "P-SIAK", "name": "SIAK", "agency": "CAPIL", "produces": ("DS-NIK",)},
    ...               {"id": "P-SAMBAT", "name": "e-Sambat", "agency": "KOMINFO", "uses": ("DS-NIK", "DS-PETA")}],
    ...     datasets=[{"id": "DS-NIK", "name": "NIK", "producer": "CAPIL"},
    ...               {"id": "DS-PETA", "name": "Peta", "producer": "BIG"}])
    >>> upstream(m, "P-SAMBAT")[["id", "kind", "depth", "relation"]]
           id     kind  depth  relation
    0  DS-NIK  dataset      1      uses
    1 DS-PETA  dataset      1      uses
    2  P-SIAK  program      2  produces
    """
    return _walk(model, node_id, "upstream", flow)


# --------------------------------------------------------------------------- chains
def _reason(flow: FlowGraph, u: str, v: str, rel: str, lang: str) -> str:
    """The sentence for an arrow ``u -> v`` (v needs u)."""
    template = pick(RELATION_LABELS[rel], lang)
    if rel in _NEEDER_FIRST:  # the needing side is the subject
        return template.format(a=flow.label(v), b=flow.label(u))
    return template.format(a=flow.label(u), b=flow.label(v))


CHAIN_COLUMNS = ["step", "from", "to", "relation", "reason", "from_agency", "to_agency"]


def chain(model: CityModel, a: str, b: str, *, lang: str = "id",
          flow: FlowGraph | None = None) -> pd.DataFrame:
    """The shortest dependency chain between two nodes, every hop explained.

    Looks for a chain from ``a`` down to ``b`` (b needs a); when there is none,
    for one from ``b`` down to ``a``. Either way the hops are listed in flow
    order (``from`` is needed by ``to``). An agency may be an end: it stands
    for the programs it runs and the datasets it publishes.

    Returns
    -------
    pandas.DataFrame
        One row per hop: ``step`` (1, 2, ...), ``from``, ``to``, ``relation``
        (``uses``, ``produces``, ``depends_on``, ``runs``, ``publishes``),
        ``reason`` (a sentence in ``lang``), ``from_agency``, ``to_agency``.
        Empty when the two are not linked by any chain.

    Raises
    ------
    UnknownNode
        Either id is not in the model.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     programs=[{"id": "P-SIAK", "name": "SIAK", "agency": "CAPIL", "produces": ("DS-NIK",)},
    ...               {"id": "P-SAMBAT", "name": "e-Sambat", "agency": "KOMINFO", "uses": ("DS-NIK",)}],
    ...     datasets=[{"id": "DS-NIK", "name": "NIK", "producer": "CAPIL"}])
    >>> for r in chain(m, "P-SAMBAT", "P-SIAK", lang="en")["reason"]: print(r)
    SIAK (P-SIAK) produces dataset NIK (DS-NIK)
    e-Sambat (P-SAMBAT) uses dataset NIK (DS-NIK)
    """
    check_lang(lang)
    flow = flow or flow_graph(model)
    _check(flow, a)
    _check(flow, b)
    path = _shortest_path(flow, a, b) or _shortest_path(flow, b, a)
    rows = []
    for i, (u, v, rel) in enumerate(path or (), start=1):
        rows.append((i, u, v, rel, _reason(flow, u, v, rel, lang),
                     flow.agency.get(u, ""), flow.agency.get(v, "")))
    return pd.DataFrame.from_records(rows, columns=CHAIN_COLUMNS)


def _shortest_path(flow: FlowGraph, a: str, b: str):
    """Hops ``(u, v, relation)`` of a shortest flow path from a to b, or None."""
    if a == b:
        return None

    def out(u):
        if flow.kind.get(u) == "agency":
            return [(n, "runs") for n in flow.runs.get(u, ())] + \
                   [(n, "publishes") for n in flow.publishes.get(u, ())] + \
                   [(n, "owns") for n in flow.owns.get(u, ())]
        return flow.succ.get(u, ())

    targets = {b}
    if flow.kind.get(b) == "agency":  # reaching anything the agency runs, publishes or owns
        targets = set(flow.runs.get(b, ())) | set(flow.publishes.get(b, ())) | set(flow.owns.get(b, ()))
    parent = {a: None}
    queue = deque([a])
    end = None
    while queue and end is None:
        u = queue.popleft()
        for v, rel in out(u):
            if v not in parent:
                parent[v] = (u, rel)
                if v in targets:
                    end = v
                    break
                queue.append(v)
    if end is None:
        return None
    hops = []
    while parent[end] is not None:
        u, rel = parent[end]
        hops.append((u, end, rel))
        end = u
    hops.reverse()
    if flow.kind.get(b) == "agency":
        last = hops[-1][1]
        # close the chain at the agency: the last node is its own program, dataset or application
        hops.append((last, b, _OWN_RELATION[flow.kind.get(last)]))
    return hops


# --------------------------------------------------------------------------- cycles
CYCLE_COLUMNS = ["cycle", "length", "programs", "agencies", "path", "reason"]


def cycles(model: CityModel, *, lang: str = "id", max_length: int | None = 12,
           limit: int = 1_000, flow: FlowGraph | None = None) -> pd.DataFrame:
    """Every circular dependency between programs, as findings.

    A cycle is a set of programs each of which, through datasets or
    ``depends_on``, needs the next one, the last needing the first. Only
    strongly connected parts of the program dependency graph are searched, so
    big plans without cycles cost one linear pass. Parts of more than
    ``EXHAUSTIVE_CYCLE_NODES`` programs can hold exponentially many cycles; for
    them the shortest cycle through each program is reported, so every program
    caught in a circle is named without enumerating them all.

    Parameters
    ----------
    model : CityModel
    lang : {"id", "en"}
        Language of ``reason``.
    max_length : int or None
        Longest cycle searched, in programs (None: no bound; slow on big,
        tangled graphs).
    limit : int
        At most this many cycles are reported (shortest first).

    Returns
    -------
    pandas.DataFrame
        One row per simple cycle, shortest first: ``cycle`` (program ids
        joined by ``" -> "`` in flow order, starting from the smallest id and
        ending with that id again, so ``A -> B -> A`` reads "B needs A and A
        needs B"), ``length`` (number of programs), ``programs`` (tuple),
        ``agencies`` (tuple of the agencies involved), ``path`` (the same loop
        with the datasets that link the programs) and ``reason``.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     programs=[{"id": "P1", "name": "Satu", "agency": "A", "uses": ("D2",), "produces": ("D1",)},
    ...               {"id": "P2", "name": "Dua", "agency": "B", "uses": ("D1",), "produces": ("D2",)}],
    ...     datasets=[{"id": "D1", "name": "Data 1", "producer": "A"},
    ...               {"id": "D2", "name": "Data 2", "producer": "B"}])
    >>> c = cycles(m, lang="en")
    >>> c.loc[0, "cycle"], c.loc[0, "path"]
    ('P1 -> P2 -> P1', 'P1 -> D1 -> P2 -> D2 -> P1')
    """
    import networkx as nx

    check_lang(lang)
    flow = flow or flow_graph(model)
    edges = flow.program_edges()
    succ = flow.program_succ()
    subs = []
    for members in flow.condensed().members:
        if len(members) > 1:
            inside = set(members)
            sub = nx.DiGraph()
            sub.add_nodes_from(members)
            sub.add_edges_from((q, p) for q in members for p in succ.get(q, ()) if p in inside)
            subs.append(sub)
    # Enumerating simple cycles is exponential on big tangled parts (a ring of agencies
    # with 10 programs each took minutes): those get the shortest cycle through each of
    # their programs instead, which names every program caught in a circle in O(V*E).
    big = [sub for sub in subs if len(sub) > EXHAUSTIVE_CYCLE_NODES]
    subs = [sub for sub in subs if len(sub) <= EXHAUSTIVE_CYCLE_NODES]
    longest = max((len(sub) for sub in subs), default=0)
    bound_max = longest if max_length is None else min(max_length, longest)
    # iterative deepening: all cycles up to length 2, 3, ... until `limit` are found,
    # so the ones reported are truly the shortest (tangled graphs have exponentially many)
    found: set = set()
    for bound in range(2, bound_max + 1):
        found = set()
        for sub in subs:
            for loop in nx.simple_cycles(sub, length_bound=bound):
                found.add(_rotate(loop))
                if len(found) >= CYCLE_CAP * limit:
                    break
            if len(found) >= CYCLE_CAP * limit:
                break
        if len(found) >= limit:
            break
    for sub in big:
        found |= _shortest_cycle_through_each(sub)
    found = sorted(found, key=lambda c: (len(c), c))[:limit]
    rows = []
    for loop in found:
        closed = [*loop, loop[0]]
        steps, reasons = [loop[0]], []
        for q, p in zip(closed, closed[1:]):
            via = edges[(q, p)]
            dataset = next((d for d in via if d != "depends_on"), None)
            if dataset:
                steps += [dataset, p]
                reasons.append(_reason(flow, dataset, p, "uses", lang))
            else:
                steps.append(p)
                reasons.append(_reason(flow, q, p, "depends_on", lang))
        agencies = tuple(sorted({flow.agency.get(p, "") for p in loop}))
        rows.append((" -> ".join(closed), len(loop), tuple(loop), agencies,
                     " -> ".join(steps), "; ".join(reasons)))
    return pd.DataFrame.from_records(rows, columns=CYCLE_COLUMNS)


def _shortest_cycle_through_each(sub) -> set:
    """For every node of a strongly connected graph, one shortest cycle through it.

    >>> import networkx as nx
    >>> sorted(_shortest_cycle_through_each(nx.DiGraph([("a", "b"), ("b", "a"), ("b", "c"), ("c", "a")])))
    [('a', 'b'), ('a', 'b', 'c')]
    """
    found = set()
    for start in sub:
        parent = {start: None}
        queue = deque([start])
        closing = None
        while queue and closing is None:
            node = queue.popleft()
            for nxt in sub.successors(node):
                if nxt == start:
                    closing = node
                    break
                if nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        if closing is not None:
            loop = []
            while closing is not None:
                loop.append(closing)
                closing = parent[closing]
            found.add(_rotate(loop[::-1]))
    return found


def _rotate(loop):
    """The loop started at its smallest id (one spelling per cycle)."""
    i = loop.index(min(loop))
    return tuple(loop[i:] + loop[:i])


# --------------------------------------------------------------------------- impact
#: The words of :meth:`Impact.summary`.
_IMPACT_TEXT = Catalogue({
    "summary": ("jika {node} berhenti: {programs} program dari {agencies} perangkat daerah (anggaran {rupiah}) "
                "terdampak{users}",
                "if {node} stops: {programs} programs of {agencies} agencies ({rupiah} of budget) are affected{users}"),
    "users": ("; dipakai juga oleh {n} perangkat daerah lain: {users}", "; {n} other agencies use it: {users}"),
})


@dataclass(frozen=True)
class Impact:
    """What stops when one node stops.

    ``affected`` lists the node itself (depth 0) and everything downstream
    (columns of :func:`downstream`, plus ``budget`` for programs).
    """

    node: str
    kind: str
    programs: int
    agencies: int
    budget: int
    affected: pd.DataFrame
    users: tuple = ()  # agencies besides the owner that use a stopped application

    def summary(self, lang: str = "id") -> str:
        """One sentence for people, money in the one rupiah style of tables, maps and the report."""
        users = _IMPACT_TEXT.text("users", lang, n=len(self.users), users=", ".join(self.users)) if self.users else ""
        return _IMPACT_TEXT.text("summary", lang, node=self.node, programs=self.programs, agencies=self.agencies,
                                 rupiah=format_rupiah(self.budget, lang), users=users)


def impact(model: CityModel, node_id: str, *, flow: FlowGraph | None = None) -> Impact:
    """What stops if a dataset, program, application or agency stops.

    A stopped dataset stops every program and application that uses it, and what
    needs those; a stopped program stops itself and its downstream; a stopped
    application stops the programs that rely on it and the data it produces, and
    its other users lose it; a stopped agency stops everything it runs,
    publishes and owns, and their downstream.

    Returns
    -------
    Impact
        Counts of programs and of their distinct agencies, the sum of their
        budgets (programs with no budget count as 0), and the list.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     programs=[{"id": "P-SIAK", "name": "SIAK", "agency": "CAPIL", "produces": ("DS-NIK",), "budget": 5},
    ...               {"id": "P-SAMBAT", "name": "e-Sambat", "agency": "KOMINFO", "uses": ("DS-NIK",), "budget": 7}],
    ...     datasets=[{"id": "DS-NIK", "name": "NIK", "producer": "CAPIL"}])
    >>> i = impact(m, "P-SIAK")
    >>> i.programs, i.agencies, i.budget, i.affected["id"].tolist()
    (2, 2, 12, ['P-SIAK', 'DS-NIK', 'P-SAMBAT'])
    >>> impact(m, "DS-NIK").summary("en")
    'if DS-NIK stops: 1 programs of 1 agencies (IDR 7 of budget) are affected'
    """
    flow = flow or flow_graph(model)
    kind = _check(flow, node_id)
    affected = downstream(model, node_id, flow=flow)
    if kind != "agency":
        me = pd.DataFrame([(node_id, kind, 0, flow.name.get(node_id, ""), flow.agency.get(node_id, ""), "", "")],
                          columns=NODE_COLUMNS)
        affected = pd.concat([me, affected], ignore_index=True) if len(affected) else me
    affected["depth"] = affected["depth"].astype("int64")
    affected["budget"] = pd.array(
        [flow.budget.get(n) if k == "program" else None for n, k in zip(affected["id"], affected["kind"])],
        dtype="Int64")
    programs = affected[affected["kind"] == "program"]
    return Impact(
        node=node_id, kind=kind, programs=len(programs),
        agencies=programs["agency"].nunique(),
        budget=int(programs["budget"].fillna(0).sum()),
        affected=affected,
        users=flow.users.get(node_id, ()),
    )


def _reach_counts(flow: FlowGraph, start: str):
    """(programs, agencies, budget) stopped if ``start`` stops (itself included)."""
    reach = _bfs(flow, [start], "downstream")
    progs = [n for n in reach if flow.kind.get(n) == "program"]
    return (len(progs), len({flow.agency.get(p) for p in progs}),
            sum(flow.budget.get(p) or 0 for p in progs))


CRITICAL_COLUMNS = ["id", "kind", "name", "agency", "programs", "agencies", "budget",
                    "articulation", "betweenness"]


def critical_nodes(model: CityModel, *, top: int = 20, k: int | None = None, seed: int = 0,
                   flow: FlowGraph | None = None) -> pd.DataFrame:
    """The programs and datasets whose stop would hurt the most.

    Impact counts (programs, agencies, budget stopped, the node included) for
    programs and datasets; articulation points (a program whose removal
    splits the program dependency graph, taken as undirected) and betweenness
    centrality on the program dependency graph.

    Parameters
    ----------
    top : int
        Rows returned (the highest impact first).
    k : int, optional
        Sampled sources for betweenness. Default: exact up to
        ``EXACT_BETWEENNESS_LIMIT`` programs, ``BETWEENNESS_SAMPLES`` above.
    seed : int
        Seed of the sampling, so that results are reproducible.

    Notes
    -----
    Up to ``EXACT_IMPACT_LIMIT`` nodes every program and dataset is counted.
    Above, only the likeliest candidates are (``4 * top`` of each): the
    articulation points with most links, the highest betweenness, and the
    nodes with the most direct dependants. Betweenness is normalised over all
    programs, as ``networkx.betweenness_centrality`` does.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     programs=[{"id": "P1", "name": "Satu", "agency": "A", "produces": ("D",)},
    ...               {"id": "P2", "name": "Dua", "agency": "B", "uses": ("D",), "produces": ("E",)},
    ...               {"id": "P3", "name": "Tiga", "agency": "C", "uses": ("E",)}],
    ...     datasets=[{"id": "D", "name": "Data", "producer": "A"}, {"id": "E", "name": "E", "producer": "B"}])
    >>> critical_nodes(m)[["id", "programs", "agencies", "articulation"]]
       id  programs  agencies  articulation
    0  P1         3         3         False
    1   D         2         2         False
    2  P2         2         2          True
    3   E         1         1         False
    """
    with paused():  # networkx's graphs of a million programs (synergy.collector)
        return _critical_nodes(model, top, k, seed, flow)


def _critical_nodes(model, top, k, seed, flow) -> pd.DataFrame:
    import networkx as nx

    flow = flow or flow_graph(model)
    edges = flow.program_edges()
    n_programs = len(flow.programs)
    # programs without any dependency can be neither articulation points nor between others
    directed = nx.DiGraph(list(edges))
    undirected = directed.to_undirected(as_view=True)
    articulation = set(nx.articulation_points(undirected))
    if k is None and n_programs > EXACT_BETWEENNESS_LIMIT:
        k = BETWEENNESS_SAMPLES
    if k is not None:
        k = min(k, directed.number_of_nodes())
    if directed.number_of_nodes():
        raw = nx.betweenness_centrality(directed, k=k, seed=seed, normalized=False)
        scale = 1.0 / ((n_programs - 1) * (n_programs - 2)) if n_programs > 2 else 1.0
        between = {p: raw.get(p, 0.0) * scale for p in flow.programs}
    else:
        between = {p: 0.0 for p in flow.programs}

    nodes = [n for n, kd in flow.kind.items() if kd in ("program", "dataset", "application")]
    if len(nodes) > EXACT_IMPACT_LIMIT:
        pick = 4 * top
        by_between = sorted(between, key=lambda n: (-between[n], n))[:pick]
        by_fanout = sorted(nodes, key=lambda n: (-len(flow.succ.get(n, ())), n))[:pick]
        by_cut = sorted(articulation, key=lambda n: (-undirected.degree(n), n))[:pick]
        nodes = sorted(set(by_between) | set(by_fanout) | set(by_cut))
    rows = []
    for n in nodes:
        progs, agencies, budget = _reach_counts(flow, n)
        rows.append((n, flow.kind[n], flow.name.get(n, ""), flow.agency.get(n, ""), progs, agencies,
                     budget, n in articulation,
                     round(between[n], 6) if n in between else float("nan")))
    frame = pd.DataFrame.from_records(rows, columns=CRITICAL_COLUMNS)
    # a node that stops nothing but itself is not critical
    frame = frame[(frame["programs"] > 1) | (frame["kind"].isin(["dataset", "application"]) & (frame["programs"] > 0))
                  | frame["articulation"]]
    frame = frame.sort_values(["programs", "budget", "id"], ascending=[False, False, True],
                              kind="stable", ignore_index=True)
    return frame.head(top).reset_index(drop=True)


# --------------------------------------------------------------------------- long chains
LONGEST_COLUMNS = ["rank", "length", "chain", "start", "end", "agencies"]


def longest_chains(model: CityModel, n: int = 10, *, flow: FlowGraph | None = None) -> pd.DataFrame:
    """The ``n`` longest dependency chains between programs.

    Chains are counted in programs along the program dependency graph; a
    circular group of programs counts as one step and is written
    ``{P1|P2}``. Each chain ends at a program nothing depends on, and two
    chains never end at the same program.

    Returns
    -------
    pandas.DataFrame
        ``rank, length, chain`` (ids joined by ``" -> "`` in flow order),
        ``start``, ``end``, ``agencies`` (number of distinct agencies).

    Examples
    --------
    >>> m = CityModel.from_records(programs=[
    ...     {"id": "P1", "name": "a", "agency": "A"},
    ...     {"id": "P2", "name": "b", "agency": "B", "depends_on": ("P1",)},
    ...     {"id": "P3", "name": "c", "agency": "B", "depends_on": ("P2",)},
    ...     {"id": "P4", "name": "d", "agency": "C", "depends_on": ("P1",)}])
    >>> longest_chains(m)[["length", "chain", "agencies"]]
       length             chain  agencies
    0       3  P1 -> P2 -> P3         2
    1       2        P1 -> P4         2
    """
    flow = flow or flow_graph(model)
    dag = flow.condensed()
    if not dag.members:
        return pd.DataFrame(columns=LONGEST_COLUMNS)
    members = dag.members
    label = [m[0] if len(m) == 1 else "{" + "|".join(m) + "}" for m in members]
    best, back = [0] * len(members), [None] * len(members)
    for c in dag.order:
        if dag.pred[c]:
            p = min(dag.pred[c], key=lambda x: (-best[x], label[x]))
            best[c], back[c] = best[p] + 1, p
        else:
            best[c] = 1
    ends = [c for c in range(len(members)) if not dag.succ[c] and best[c] > 1]
    ends.sort(key=lambda c: (-best[c], label[c]))
    rows = []
    for rank, c in enumerate(ends[:n], start=1):
        path = []
        while c is not None:
            path.append(c)
            c = back[c]
        path.reverse()
        agencies = {flow.agency.get(p, "") for c2 in path for p in members[c2]}
        rows.append((rank, len(path), " -> ".join(label[c2] for c2 in path),
                     label[path[0]], label[path[-1]], len(agencies)))
    return pd.DataFrame.from_records(rows, columns=LONGEST_COLUMNS)
