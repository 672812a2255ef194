"""What each map shows: the city model turned into one styled graph per view.

A view is a ``networkx.MultiDiGraph`` whose nodes carry everything a map, a
static picture or the report needs (kind, label, colour, shape, size, position,
details and findings as plain text) and whose edges carry their relation. The
HTML map (:mod:`synergy.visualizations.maps`) and the static picture
(:mod:`synergy.visualizations.static`) only draw it.

Node keys follow ``synergy.graph``: the input id for agencies, programs and
datasets, ``dim:<dimension>`` and ``el:<element>`` for the dimension scheme.
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field

import networkx as nx
import pandas as pd

from synergy.errors import SynergyError, UnknownNode
from synergy.graph import to_networkx
from synergy.i18n import check_lang, pick
from synergy.schema import DIMENSIONS, ELEMENTS

from . import findings as F
from .layout import PACKING, crowded, label_box, layered_layout, spread_layout, wrap_label
from .style import (
    DIMENSION_COLORS,
    KIND_STYLE,
    NEUTRAL,
    dimension_label,
    element_label,
    format_rupiah,
    kind_label,
    relation_label,
    text,
    value_label,
)

__all__ = [
    "VIEWS",
    "PHYSICS_MAX_NODES",
    "AGGREGATE_ABOVE",
    "MapView",
    "build_view",
]

#: The views a map can show; the first (one node per agency) is the default.
VIEWS = ("agencies", "city", "duplicates", "sharing", "chain", "agency", "dimension")
#: Font sizes (pixels at zoom 1) and the smallest on-screen size at which a label is drawn:
#: program and dataset labels appear as you zoom in (level of detail), agencies stay.
FONT = {"agency": 16, "dimension": 16, "element": 14, "program": 13, "dataset": 13}
LOD = {"agency": 6, "dimension": 6, "element": 9, "program": 10, "dataset": 10}
#: On a crowded agency map, the name of an agency tied to no other is drawn only once the map is
#: zoomed to this many times the zoom that fits it on the screen (each screen fits at its own zoom),
#: and no larger than the names were at that fit: a register of 90 agencies shows the names of the
#: ones that work together; the others appear on zooming in, spread this much further apart, and
#: in their tooltip (measured on Sukabumi: at 2.5 two pairs of its 89 names touch, at 2 five)
ISOLATED_ZOOM = 2.5
#: ... at this many times the size names had at that fit (at 1.0, 12 px on a 1366x768 screen, OCR
#: missed the middle line of three-line names; the layout keeps each such name this much room)
ISOLATED_NAME = 1.25
#: ... and the names left get a box they fill at most this much (measured on Sukabumi: at 1.0 six
#: pairs of its 21 names touched, at 0.45 none)
CROWDED_PACKING = 0.45
#: Above this many nodes the browser does not simulate physics: positions are final.
PHYSICS_MAX_NODES = 500
#: Above this many nodes a city-wide view folds programs into their agency.
AGGREGATE_ABOVE = 3000
#: Findings kept per node (the rest are counted).
MAX_FINDINGS = 8
#: Seed of every layout: the same model gives the same map, byte for byte.
SEED = 42

_KIND_ORDER = {"dimension": 0, "element": 1, "agency": 2, "program": 3, "dataset": 4}
_MAX_TEXT = 300  # longest free text shown in a tooltip or panel


@dataclass(frozen=True)
class MapView:
    """A styled graph ready to draw, with its title, subtitle and flags."""

    graph: nx.MultiDiGraph
    view: str
    title: str
    subtitle: str
    physics: bool
    aggregated: bool
    lang: str = "id"
    notes: tuple[str, ...] = field(default_factory=tuple)


# ------------------------------------------------------------------ the base graph
def _short(value: str, width: int) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= width else value[: width - 1] + "…"


def _years(row) -> str:
    start, end = row["start_year"], row["end_year"]
    if pd.isna(start) and pd.isna(end):
        return ""
    if pd.isna(end) or start == end:
        return str(start)
    if pd.isna(start):
        return str(end)
    return f"{start}–{end}"


def _city_graph(model, lang: str) -> nx.MultiDiGraph:
    """The model's one graph (:func:`synergy.graph.to_networkx`), decorated for the maps.

    Every node gets its name in ``lang``, the agencies and dimensions it belongs to
    and its record (the details panel reads it). The maps draw plans (agencies,
    programs, datasets, dimensions, elements): applications and references to
    records the city does not have are left out, and so is a program said to
    depend on itself.
    """
    g = to_networkx(model)
    g.remove_nodes_from([n for n, kind in g.nodes(data="kind") if kind in ("application", "unknown")])
    g.remove_edges_from([(u, v, k) for u, v, k in nx.selfloop_edges(g, keys=True) if k == "depends_on"])
    agency_label = model.agency_labels()
    for node, attrs in g.nodes(data=True):
        kind = attrs.pop("kind")
        attrs.pop("label", None)
        row = dict(attrs)
        attrs.clear()
        if kind == "dimension":
            dim = row["id"]
            attrs.update(name=dimension_label(dim, lang), label=dimension_label(dim, lang), agencies=(),
                         dims=(dim,), ref=dim)
        elif kind == "element":
            attrs.update(name=element_label(row["id"], lang), label=element_label(row["id"], lang), agencies=(),
                         dims=(row["dimension"],), ref=row["id"])
        elif kind == "agency":
            attrs.update(name=row["name"] or node, label=agency_label[node], agencies=(node,), dims=(), row=row)
        elif kind == "dataset":
            attrs.update(name=row["name"] or node, label=row["name"] or node, agencies=(row["producer"],), dims=(),
                         row=row)
        else:  # program
            attrs.update(name=row["name"] or node, label=row["name"] or node, agencies=(row["agency"],),
                         dims=tuple(d for d in row["dimension"] if d in DIMENSIONS), row=row)
        attrs["kind"] = kind
    # datasets and agencies belong to the agencies/dimensions of the programs around them
    for node, data in list(g.nodes(data=True)):
        if data["kind"] == "dataset":
            progs = [p for p in _neighbours(g, node) if g.nodes[p]["kind"] == "program"]
            data["agencies"] = _uniq([*data["agencies"], *(a for p in progs for a in g.nodes[p]["agencies"])])
            data["dims"] = _uniq(d for p in progs for d in g.nodes[p]["dims"])
        elif data["kind"] == "agency":
            progs = [p for _, p, k in g.out_edges(node, keys=True) if k == "runs"]
            data["dims"] = _uniq(d for p in progs for d in g.nodes[p]["dims"])
    for dim in DIMENSIONS:
        progs = [u for u, _, k in g.in_edges(f"dim:{dim}", keys=True) if k == "in_dimension"]
        g.nodes[f"dim:{dim}"]["agencies"] = _uniq(a for p in progs for a in g.nodes[p]["agencies"])
    for el, (dim, _, _) in ELEMENTS.items():
        progs = [u for u, _, k in g.in_edges(f"el:{el}", keys=True) if k == "has_element"]
        g.nodes[f"el:{el}"]["agencies"] = _uniq(a for p in progs for a in g.nodes[p]["agencies"])
    g.graph["agency_label"] = agency_label
    return g


def _uniq(values) -> tuple:
    return tuple(sorted(set(v for v in values if v)))


def _neighbours(g, node):
    return set(g.successors(node)) | set(g.predecessors(node))


# ----------------------------------------------------------------- findings overlay
def _add_findings(g: nx.MultiDiGraph, model, lang: str, want: set[str], analyses: dict | None) -> list[str]:
    """Add duplicate/reuse edges and findings text; return notes on analyses that could not run."""
    notes = []
    analyses = analyses or {}

    def get(name):
        return analyses[name] if name in analyses else F.ANALYSES[name](model, lang=lang)

    for node in g.nodes:
        g.nodes[node].setdefault("findings", [])
    if "duplicates" in want:
        dup = get("duplicates")
        if not dup.available:
            notes.append(f"{text('dup_failed', lang)}: {dup.why}")
        else:
            pairs = dup.table()
            wanted = [c for c in ("program_a", "program_b", "score", "reasons", "reason") if c in pairs.columns]
            for r in pairs[wanted].to_dict("records"):
                a, b = r.get("program_a"), r.get("program_b")
                if a not in g or b not in g:
                    continue
                score = _score(r.get("score"))
                reason = _reason(r)
                g.add_edge(a, b, key="duplicate", relation="duplicate",
                           title=f"{relation_label('duplicate', lang)}: {g.nodes[a]['name']} – {g.nodes[b]['name']}, "
                                 f"{text('score', lang).lower()} {score}")
                for x, y in ((a, b), (b, a)):
                    line = (f"{text('similar_to', lang)} {g.nodes[y]['name']} ({_agency_text(g, y)}), "
                            f"{text('score', lang).lower()} {score}")
                    _note(g, x, f"{line}: {reason}" if reason else line)
    if "sharing" in want:
        sd = get("shared_data")
        if not sd.available:
            notes.append(f"{text('sharing_failed', lang)}: {sd.why}")
        else:
            for r in sd.table().to_dict("records"):
                kind, prog, ds, other = (str(r.get(c) or "") for c in ("kind", "program", "dataset", "other_dataset"))
                reason = _reason(r)
                if kind == "reuse" and prog in g and ds in g:
                    g.add_edge(prog, ds, key="reuse", relation="reuse",
                               title=f"{relation_label('reuse', lang)}: {reason}".strip(": "))
                    _note(g, prog, reason or f"{relation_label('reuse', lang)}: {g.nodes[ds]['name']}")
                elif kind == "duplicate-dataset" and ds in g and other in g:
                    g.add_edge(ds, other, key="duplicate_dataset", relation="duplicate_dataset",
                               title=reason or relation_label("duplicate_dataset", lang))
                    _note(g, ds, reason or f"{relation_label('duplicate_dataset', lang)}: {g.nodes[other]['name']}")
                elif kind in ("gap", "hub", "orphan"):
                    target = prog if kind == "gap" else ds
                    if target in g:
                        _note(g, target, reason or kind)
    if "cycles" in want:
        # strongly connected parts of the dependency graph: linear time, unlike listing every cycle
        for part in nx.strongly_connected_components(_dependency_graph(g)):
            programs = sorted(n for n in part if g.nodes[n]["kind"] == "program")
            if len(programs) < 2:
                continue
            shown = ", ".join(g.nodes[p]["name"] for p in programs[:6]) + (", …" if len(programs) > 6 else "")
            for node in programs:
                _note(g, node, f"{text('in_cycle', lang)}: {shown}")
    return notes


def _note(g, node, line: str) -> None:
    """Add a finding to a node; past MAX_FINDINGS only count them (a page holds what people read)."""
    data = g.nodes[node]
    if len(data["findings"]) < MAX_FINDINGS:
        data["findings"].append(line)
    else:
        data["more_findings"] = data.get("more_findings", 0) + 1


def _score(value) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return "-"


def _reason(record: dict) -> str:
    for key in ("reason", "reasons", "explanation", "alasan"):
        value = record.get(key)
        if isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value)
        if value is not None and str(value).strip() and str(value) != "nan":
            return _short(str(value), _MAX_TEXT)
    return ""


def _agency_text(g, node) -> str:
    labels = g.graph["agency_label"]
    return ", ".join(labels.get(a, a) for a in g.nodes[node]["agencies"][:1])


# ----------------------------------------------------------------------- the views
def _focus(g: nx.MultiDiGraph, focus: str | None, kinds: tuple[str, ...], view: str) -> str:
    if not focus:
        raise SynergyError(f"view '{view}' needs a focus id (--focus ID)")
    candidates = [focus, f"dim:{focus}", f"el:{focus}"]
    for node in candidates:
        if node in g and g.nodes[node]["kind"] in kinds:
            return node
    names = [n for n, d in g.nodes(data=True) if d["kind"] in kinds]
    plain = [n.split(":", 1)[1] if n.startswith(("dim:", "el:")) else n for n in names]
    raise UnknownNode(focus, difflib.get_close_matches(focus, plain, n=3, cutoff=0.5))


def _dependency_graph(g: nx.MultiDiGraph) -> nx.DiGraph:
    """``x -> y`` when x needs y: program uses dataset, dataset made by program, depends_on."""
    dep = nx.DiGraph()
    for u, v, k in g.edges(keys=True):
        if k in ("uses", "depends_on"):
            dep.add_edge(u, v)
        elif k == "produces":
            dep.add_edge(v, u)
    return dep


def _select(g: nx.MultiDiGraph, view: str, focus: str | None) -> tuple[set, set, str | None]:
    """Nodes and relations a view keeps, and the resolved focus node."""
    kinds = lambda *ks: {n for n, d in g.nodes(data=True) if d["kind"] in ks}  # noqa: E731
    if view == "city":
        rels = {"runs", "publishes", "uses", "produces", "depends_on", "in_dimension", "duplicate",
                "reuse", "duplicate_dataset"}
        return kinds("agency", "program", "dataset", "dimension"), rels, None
    if view == "duplicates":
        progs = {n for u, v, k in g.edges(keys=True) if k == "duplicate" for n in (u, v)}
        agencies = {a for p in progs for a in g.nodes[p]["agencies"] if a in g}
        return progs | agencies, {"duplicate", "runs"}, None
    if view == "sharing":
        keep = set()
        for ds in kinds("dataset"):
            users = [p for p in _neighbours(g, ds) if g.nodes[p]["kind"] == "program"]
            producer = g.nodes[ds]["row"]["producer"]
            crossing = any(g.nodes[p]["agencies"][0] != producer for p in users)
            finding = any(k in ("reuse", "duplicate_dataset") for _, _, k in g.in_edges(ds, keys=True)) or any(
                k == "duplicate_dataset" for _, _, k in g.out_edges(ds, keys=True))
            if crossing or finding:
                keep |= {ds, *users}
                if producer in g:
                    keep.add(producer)
        return keep, {"uses", "produces", "publishes", "reuse", "duplicate_dataset"}, None
    if view == "chain":
        node = _focus(g, focus, ("program", "dataset", "agency"), view)
        dep = _dependency_graph(g)
        starts = [node] if g.nodes[node]["kind"] != "agency" else [
            p for _, p, k in g.out_edges(node, keys=True) if k == "runs"]
        depth = {start: 0 for start in starts}
        depth[node] = 0
        for start in starts:
            if start not in dep:
                continue
            # upstream (what it needs) counts negative, downstream (what needs it) positive
            for graph, sign in ((dep, -1), (dep.reverse(copy=False), 1)):
                for target, d in nx.single_source_shortest_path_length(graph, start).items():
                    if d and (target not in depth or abs(depth[target]) > d):
                        depth[target] = sign * d
        for n, d in depth.items():
            g.nodes[n]["depth"] = d
        rels = {"uses", "produces", "depends_on", "runs"}
        return set(depth), rels, node
    if view == "agency":
        node = _focus(g, focus, ("agency",), view)
        own = {p for _, p, k in g.out_edges(node, keys=True) if k == "runs"}
        data = {d for p in own for d in _neighbours(g, p) if g.nodes[d]["kind"] == "dataset"}
        data |= {d for _, d, k in g.out_edges(node, keys=True) if k == "publishes"}
        others = {q for p in own for q in _neighbours(g, p) if g.nodes[q]["kind"] == "program"}
        others |= {q for d in data for q in _neighbours(g, d) if g.nodes[q]["kind"] == "program"}
        agencies = {a for q in others for a in g.nodes[q]["agencies"] if a in g}
        agencies |= {g.nodes[d]["row"]["producer"] for d in data if g.nodes[d]["row"]["producer"] in g}
        rels = {"runs", "publishes", "uses", "produces", "depends_on", "duplicate", "reuse"}
        return {node} | own | data | others | agencies, rels, node
    if view == "dimension":
        node = _focus(g, focus, ("dimension",), view)
        dim = g.nodes[node]["ref"]
        elements = {f"el:{e}" for e, (d, _, _) in ELEMENTS.items() if d == dim}
        progs = {u for u, _, k in g.in_edges(node, keys=True) if k == "in_dimension"}
        agencies = {a for p in progs for a in g.nodes[p]["agencies"] if a in g}
        rels = {"runs", "has_element", "part_of", "depends_on", "duplicate"}
        # programs in this dimension hang off their element; those without one off the dimension
        no_element = {p for p in progs if not any(k == "has_element" for _, _, k in g.out_edges(p, keys=True))}
        for p in no_element:
            g.add_edge(p, node, key="in_dimension", relation="in_dimension")
        rels.add("in_dimension")
        return {node} | elements | progs | agencies, rels, node
    raise SynergyError(f"unknown view '{view}'; use one of: {', '.join(VIEWS)}")


# -------------------------------------------------------------- style and details
def _importance(g: nx.MultiDiGraph) -> None:
    """Node size by importance: budget, programs run, programs using the data."""
    def scale(values: dict, low: float, high: float) -> None:
        top = max([v for v in values.values() if v] or [1])
        for n, v in values.items():
            g.nodes[n]["size"] = round(low + (high - low) * math.sqrt(max(v, 0) / top), 1) if v else low

    budgets, runs, users = {}, {}, {}
    for n, d in g.nodes(data=True):
        if d["kind"] == "program":
            b = d["row"].get("budget")
            budgets[n] = 0 if b is None or pd.isna(b) else int(b)
        elif d["kind"] == "agency":
            runs[n] = d.get("count", sum(1 for _, _, k in g.out_edges(n, keys=True) if k == "runs"))
        elif d["kind"] == "dataset":
            users[n] = sum(1 for _, _, k in g.in_edges(n, keys=True) if k == "uses")
        else:
            d["size"] = 30 if d["kind"] == "dimension" else 18
    scale(budgets, 10, 32)
    scale(runs, 16, 42)
    scale(users, 10, 30)


def _color(d: dict) -> str:
    if d["kind"] in ("program", "dimension", "element"):
        return DIMENSION_COLORS.get(d["dims"][0], NEUTRAL["none"]) if d["dims"] else NEUTRAL["none"]
    if d["kind"] == "agency" and d.get("aggregated"):
        return DIMENSION_COLORS.get(d.get("main_dim", ""), NEUTRAL["agency"])
    return NEUTRAL.get(d["kind"], NEUTRAL["none"])


def _details(g: nx.MultiDiGraph, n: str, lang: str) -> list[list[str]]:
    d = g.nodes[n]
    labels = g.graph["agency_label"]
    rows = [[text("kind", lang), kind_label(d["kind"], lang)]]
    row = d.get("row") or {}
    if d["kind"] in ("agency", "program", "dataset"):
        rows.append([text("id", lang), n])
    if d["kind"] == "program":
        rows.append([text("agency", lang), labels.get(row["agency"], row["agency"])])
        rows.append([text("dimension", lang), ", ".join(dimension_label(x, lang) for x in row["dimension"]) or "-"])
        if row["element"]:
            rows.append([text("element", lang), element_label(row["element"], lang)])
        b = row.get("budget")
        if b is not None and not pd.isna(b):
            rows.append([text("budget", lang), format_rupiah(b, lang)])
        years = _years(row)
        if years:
            rows.append([text("years", lang), years])
        for key in ("horizon", "status"):
            if row[key]:
                rows.append([text(key, lang), value_label(key, row[key], lang)])
        if row["description"]:
            rows.append(["", _short(row["description"], _MAX_TEXT)])
    elif d["kind"] == "agency":
        if d.get("aggregated"):
            rows.append([text("program_count", lang), str(d["count"])])
            rows.append([text("budget", lang), format_rupiah(d["budget"], lang)])
            rows.append([text("dataset_count", lang), str(d["datasets"])])
        else:
            if row.get("name") and row["name"] != d["label"]:
                rows.append(["", row["name"]])
            progs = [p for _, p, k in g.out_edges(n, keys=True) if k == "runs"]
            if progs:
                rows.append([text("program_count", lang), str(len(progs))])
    elif d["kind"] == "dataset":
        rows.append([text("producer", lang), labels.get(row["producer"], row["producer"])])
        if row.get("classification"):
            rows.append([text("classification", lang), value_label("classification", row["classification"], lang)])
        users = sorted({u for u, _, k in g.in_edges(n, keys=True) if k == "uses"})
        if users:
            rows.append([text("used_by", lang), _short(", ".join(g.nodes[u]["name"] for u in users), _MAX_TEXT)])
    elif d["kind"] in ("dimension", "element"):
        rel = "in_dimension" if d["kind"] == "dimension" else "has_element"
        progs = [u for u, _, k in g.in_edges(n, keys=True) if k == rel]
        rows.append([text("program_count", lang), str(d.get("count", len(progs)))])
    if "depth" in d:
        rows.append([text("depth", lang), f"{d['depth']:+d}" if d["depth"] else "0"])
    return rows


# ------------------------------------------------------------------------- layout
def _layout(g: nx.MultiDiGraph) -> None:
    """Positions in pixels, computed here with a fixed seed (never in the browser)."""
    nodes = list(g.nodes)
    if not nodes:
        return
    if len(nodes) <= PHYSICS_MAX_NODES:
        simple = nx.Graph()
        simple.add_nodes_from(nodes)
        simple.add_edges_from(((u, v) for u, v in g.edges() if u != v), weight=1.0)
        # a weak invisible hub keeps loose parts of the graph near the rest
        simple.add_edges_from((("\0hub", n) for n in nodes), weight=0.15)
        # the browser finishes the layout (physics on at this size): a rough start is enough
        pos = nx.spring_layout(simple, seed=SEED, iterations=40 if len(nodes) > 150 else 80,
                               k=1.5 / math.sqrt(len(nodes)))
        pos.pop("\0hub")
        scale = 110 * math.sqrt(len(nodes))
        for n, (x, y) in pos.items():
            g.nodes[n]["x"], g.nodes[n]["y"] = round(float(x) * scale, 1), round(float(y) * scale, 1)
        return
    # big graphs: groups (one per agency) laid out by spring, members on a sunflower around each
    groups: dict[str, list] = {}
    for n in nodes:
        d = g.nodes[n]
        key = d["agencies"][0] if d["kind"] in ("program", "dataset", "agency") and d["agencies"] else "~scheme"
        groups.setdefault(key, []).append(n)
    meta = nx.Graph()
    meta.add_nodes_from(sorted(groups))
    owner = {n: k for k, members in groups.items() for n in members}
    for u, v in g.edges():
        if owner[u] != owner[v]:
            meta.add_edge(owner[u], owner[v])
    spacing = 55.0
    radius = {k: spacing * math.sqrt(len(m)) for k, m in groups.items()}
    pos = nx.spring_layout(meta, seed=SEED, iterations=60) if len(groups) > 1 else {next(iter(groups)): (0, 0)}
    scale = 2.2 * max(radius.values()) * math.sqrt(len(groups))
    golden = math.pi * (3 - math.sqrt(5))
    for key, members in groups.items():
        cx, cy = (float(c) * scale for c in pos[key])
        members.sort(key=lambda n: (_KIND_ORDER[g.nodes[n]["kind"]], n))
        for i, n in enumerate(members):
            r, a = spacing * math.sqrt(i), i * golden
            g.nodes[n]["x"], g.nodes[n]["y"] = round(cx + r * math.cos(a), 1), round(cy + r * math.sin(a), 1)


def _chain_layout(g: nx.MultiDiGraph, view: str) -> None:
    """Columns from left (what is needed) to right (what needs it); labels always drawn."""
    flow = nx.DiGraph()
    flow.add_nodes_from(g.nodes)
    for u, v, k in g.edges(keys=True):
        if k in ("publishes", "produces", "runs"):
            flow.add_edge(u, v)
        elif k in ("uses", "reuse", "depends_on"):
            flow.add_edge(v, u)  # the program needs the data (or the other program): data first
    layer = {n: g.nodes[n]["depth"] for n in g.nodes} if view == "chain" else None
    heights = {}
    for n, d in g.nodes(data=True):
        d["lod"] = min(d["lod"], 8)
        heights[n] = 2 * d["size"] + label_box(d["display"], d["font"])[1] + 6
    width = max((label_box(d["display"], d["font"])[0] for _, d in g.nodes(data=True)), default=100)
    labels = g.graph["agency_label"]
    pos = layered_layout(flow, heights, layer=layer, column_gap=max(220.0, width + 70), row_gap=8,
                         order_key=lambda n: (labels.get((g.nodes[n]["agencies"] or ("",))[0], ""),
                                              g.nodes[n]["label"], n))
    for n, (x, y) in pos.items():
        g.nodes[n]["x"], g.nodes[n]["y"] = x, y


# --------------------------------------------------------------------- aggregation
def _aggregate(g: nx.MultiDiGraph, lang: str) -> nx.MultiDiGraph:
    """Programs and datasets folded into their agency, with counts."""
    agg = nx.MultiDiGraph(**g.graph)
    owner = {}
    for n, d in g.nodes(data=True):
        if d["kind"] in ("program", "dataset"):
            owner[n] = d["row"]["agency"] if d["kind"] == "program" else d["row"]["producer"]
        elif d["kind"] in ("agency", "dimension"):
            owner[n] = n
    for n, d in g.nodes(data=True):
        if d["kind"] == "agency":
            agg.add_node(n, **{**d, "aggregated": True, "count": 0, "budget": 0, "datasets": 0, "dimcount": {}})
        elif d["kind"] == "dimension":
            agg.add_node(n, **{**d, "count": 0})
    for n, d in g.nodes(data=True):
        a = owner.get(n)
        if a not in agg or d["kind"] not in ("program", "dataset"):
            continue
        node = agg.nodes[a]
        if d["kind"] == "program":
            node["count"] += 1
            b = d["row"].get("budget")
            node["budget"] += 0 if b is None or pd.isna(b) else int(b)
            for dim in d["dims"]:
                node["dimcount"][dim] = node["dimcount"].get(dim, 0) + 1
                if f"dim:{dim}" in agg:
                    agg.nodes[f"dim:{dim}"]["count"] += 1
        else:
            node["datasets"] += 1
    counts: dict[tuple, int] = {}
    for u, v, k in g.edges(keys=True):
        if k == "in_dimension":
            pair, rel = (owner.get(u), v), "in_dimension"
        elif k in ("uses", "depends_on", "duplicate", "reuse"):
            pair, rel = (owner.get(u), owner.get(v)), ("duplicate" if k == "duplicate" else "data_flow")
        else:
            continue
        if pair[0] in agg and pair[1] in agg and pair[0] != pair[1]:
            counts[(*pair, rel)] = counts.get((*pair, rel), 0) + 1
    for (u, v, rel), c in sorted(counts.items()):
        agg.add_edge(u, v, key=rel, relation=rel, count=c, title=f"{relation_label(rel, lang)}: {c}")
    for n, d in agg.nodes(data=True):
        if d["kind"] == "agency":
            dc = d.pop("dimcount")
            d["main_dim"] = max(sorted(dc), key=dc.get) if dc else ""
            d["label"] = f"{d['label']} ({d['count']})"
    return agg


# -------------------------------------------------------------- the agency map
def _ties(model, analyses: dict, lang: str) -> tuple[dict, list[str]]:
    """``{(a, b): [duplicates, data, dependencies]}`` for every pair of agencies (a < b)."""
    notes = []
    ties: dict[tuple, list] = {}

    def add(a, b, kind):
        if not a or not b or a == b:
            return
        key = (a, b) if a < b else (b, a)
        ties.setdefault(key, [0, 0, 0])[kind] += 1

    progs = model.programs
    owner = dict(zip(progs["id"], progs["agency"]))
    producers: dict[str, set] = {}
    for ds, producer in zip(model.datasets["id"], model.datasets["producer"]):
        if producer:
            producers.setdefault(ds, set()).add(producer)
    for pid, made in zip(progs["id"], progs["produces"]):
        for ds in made:
            producers.setdefault(ds, set()).add(owner[pid])
    for pid, used, needs in zip(progs["id"], progs["uses"], progs["depends_on"]):
        for ds in set(used):
            for a in producers.get(ds, ()):
                add(a, owner[pid], 1)
        for other in set(needs):
            if other in owner:
                add(owner[other], owner[pid], 2)
    apps = getattr(model, "applications", None)
    if apps is not None and len(apps) and "users" in apps.columns:
        for agency, users in zip(apps["agency"], apps["users"]):
            for user in users or ():
                add(agency, user, 1)
    dup = analyses["duplicates"]
    if dup.available:
        pairs = dup.table()
        if {"program_a", "program_b"} <= set(pairs.columns):
            for a, b in zip(pairs["program_a"], pairs["program_b"]):
                add(owner.get(a, ""), owner.get(b, ""), 0)
    else:
        notes.append(f"{text('dup_failed', lang)}: {dup.why}")
    app_dup = analyses.get("application_duplicates")
    if app_dup is not None and app_dup.available:
        pairs = app_dup.table()
        if {"agency_a", "agency_b"} <= set(pairs.columns):
            for a, b in zip(pairs["agency_a"], pairs["agency_b"]):
                add(a, b, 0)
    sd = analyses["shared_data"]
    if sd.available:
        frame = sd.table()
        if "kind" in frame.columns:
            ds_owner = {ds: sorted(p) for ds, p in producers.items()}
            for r in frame[frame["kind"].isin(["reuse", "duplicate-dataset"])].to_dict("records"):
                prog, ds, other = (str(r.get(c) or "") for c in ("program", "dataset", "other_dataset"))
                left = [owner[prog]] if prog in owner else ds_owner.get(other, [])
                for a in ds_owner.get(ds, [])[:1]:
                    for b in left[:1]:
                        add(a, b, 1)
    else:
        notes.append(f"{text('sharing_failed', lang)}: {sd.why}")
    return ties, notes


def _analyses_of(view: str) -> tuple[str, ...]:
    """The analyses (names of :data:`findings.ANALYSES`) a view draws."""
    if view == "agencies":
        return _AGENCY_TIES
    return ("duplicates", "cycles") + (("shared_data",) if view in _SHARING_VIEWS else ())


#: The analyses the agency map's ties come from.
_AGENCY_TIES = ("duplicates", "application_duplicates", "shared_data")
#: The views that draw data-sharing findings.
_SHARING_VIEWS = ("city", "sharing", "agency", "chain")


def _agencies_view(model, lang: str, analyses: dict | None, size_by: str | None, zoomable: bool = True) -> MapView:
    """One node per agency, sized by budget (or programs), a line per pair of agencies that work
    on the same things, share data or depend on each other, coloured by the agency's main dimension.
    ``zoomable``: drawn on a screen, where the names shown only zoomed in get room kept for them."""
    analyses = dict(analyses or {})
    for name in _AGENCY_TIES:
        if name not in analyses:
            analyses[name] = F.ANALYSES[name](model, lang=lang)
    labels = model.agency_labels()
    ties, notes = _ties(model, analyses, lang)
    progs = model.programs
    budget = pd.to_numeric(progs["budget"], errors="coerce").fillna(0)
    count = progs.groupby("agency").size().to_dict()
    money = budget.groupby(progs["agency"]).sum().astype("int64").to_dict()
    dimcount: dict[str, dict] = {}
    for agency, dims in zip(progs["agency"], progs["dimension"]):
        for d in dims:
            dimcount.setdefault(agency, {}).setdefault(d, 0)
            dimcount[agency][d] += 1
    datasets = model.datasets["producer"].value_counts().to_dict()
    apps = getattr(model, "applications", None)
    app_rows: dict[str, list] = {}
    if apps is not None and len(apps) and {"agency", "name"} <= set(apps.columns):
        for r in apps.to_dict("records"):
            line = r["name"] or r.get("id", "")
            if r.get("status"):
                line += f" ({value_label('status', r['status'], lang)})"
            app_rows.setdefault(r["agency"], []).append(line)
    prog_rows: dict[str, list] = {}
    order = progs.assign(_b=budget).sort_values(["agency", "_b", "name"], ascending=[True, False, True], kind="stable")
    for agency, name, pid, b in zip(order["agency"], order["name"], order["id"], order["_b"]):
        line = name or pid
        if b:
            line += f" — {format_rupiah(int(b), lang)}"
        prog_rows.setdefault(agency, []).append(line)
    if size_by not in (None, "budget", "programs"):
        raise SynergyError(f"unknown size '{size_by}'; use budget or programs")
    by_budget = size_by == "budget" or (size_by is None and sum(money.values()) > 0)

    g = nx.MultiDiGraph(agency_label=labels)
    partners: dict[str, set] = {}
    for a, b in ties:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    agencies = sorted(model.agencies["id"])
    value = {a: (money.get(a, 0) if by_budget else count.get(a, 0) + len(app_rows.get(a, ()))) for a in agencies}
    top = max(value.values(), default=0) or 1
    for r in model.agencies.itertuples(index=False):
        a = r.id
        dc = dimcount.get(a, {})
        main = max(sorted(dc), key=dc.get) if dc else ""
        details = [[text("kind", lang), kind_label("agency", lang)], [text("id", lang), a]]
        if r.name and r.name != labels[a]:
            details.append(["", r.name])
        details.append([text("program_count", lang), str(count.get(a, 0))])
        if money.get(a):
            details.append([text("budget", lang), format_rupiah(money[a], lang)])
        if datasets.get(a):
            details.append([text("dataset_count", lang), str(datasets[a])])
        if app_rows.get(a):
            details.append([text("application_count", lang), str(len(app_rows[a]))])
        if main:
            details.append([text("main_dimension", lang), dimension_label(main, lang)])
        lists = []
        if prog_rows.get(a):
            lists.append([f"{text('programs', lang)} ({len(prog_rows[a])})", prog_rows[a][:300]])
        if app_rows.get(a):
            lists.append([f"{text('applications', lang)} ({len(app_rows[a])})", app_rows[a][:300]])
        size = round(9 + 21 * math.sqrt(value[a] / top), 1) if value[a] else 8.0
        g.add_node(a, kind="agency", name=r.name or a, label=labels[a], display=wrap_label(labels[a]),
                   agencies=(a, *sorted(partners.get(a, ()))), dims=tuple(d for d in DIMENSIONS if d in dc),
                   color=DIMENSION_COLORS.get(main, NEUTRAL["agency"]), shape=KIND_STYLE["agency"]["shape"],
                   size=size, details=details, findings=[], lists=lists, font=FONT["agency"], lod=3,
                   main_dim=main, count=count.get(a, 0), budget=money.get(a, 0))
    kinds = ("tie_duplicate", "tie_data", "tie_dependency")
    keys = ("ties_duplicate", "ties_data", "ties_dependency")
    strongest = max((sum(c) for c in ties.values()), default=1)
    for (a, b), c in sorted(ties.items()):
        # what ties them most decides the line; duplicated work first on equal counts
        rel = kinds[max(range(3), key=lambda i: (c[i], -i))]
        parts = [text(k, lang).format(n=n) for k, n in zip(keys, c) if n]
        title = f"{labels[a]} – {labels[b]}: " + "; ".join(parts)
        g.add_edge(a, b, key=rel, relation=rel, title=title, ties=list(c),
                   width=round(1 + 5 * math.sqrt(sum(c) / strongest), 1))
    sizes = {n: d["size"] for n, d in g.nodes(data=True)}
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for u, v, d in g.edges(data=True):
        simple.add_edge(u, v, weight=sum(d["ties"]))
    shown = {n: d["display"] for n, d in g.nodes(data=True)}
    packing, fonts = PACKING, {}
    if crowded(sizes, shown, FONT["agency"]):
        packing = CROWDED_PACKING  # the names left need room the push apart can find
        # too many names for one screen: an agency tied to no other shows its name only when zoomed
        # in, so the names of those that work together stay large. Its name then keeps a fixed size on
        # screen (ISOLATED_NAME times the names' size at the fitted zoom, map.js), so from ISOLATED_ZOOM
        # times that zoom on it takes at most ISOLATED_NAME / ISOLATED_ZOOM of a tied name's room in
        # map units: that much room is kept for it
        unnamed = [n for n in g.nodes if n not in partners]
        for n in unnamed:
            if zoomable:
                fonts[n] = FONT["agency"] * ISOLATED_NAME / ISOLATED_ZOOM
            else:
                shown[n] = ""  # a still picture: drawn where there is room (visualizations.static)
            g.nodes[n]["lod_zoom"] = ISOLATED_ZOOM
            g.nodes[n]["lod_size"] = ISOLATED_NAME
        if unnamed:
            notes.append(text("unnamed_isolated", lang).format(n=len(unnamed)))
    pos = spread_layout(simple, sizes, shown, FONT["agency"], seed=SEED, packing=packing, fonts=fonts)
    for n, (x, y) in pos.items():
        g.nodes[n]["x"], g.nodes[n]["y"] = x, y
    title = text("agencies_title", lang)
    parts = [f"{len(agencies)} {text('agencies', lang).lower()}", f"{len(progs)} {text('programs', lang).lower()}"]
    if apps is not None and len(apps):
        parts.append(f"{len(apps)} {text('applications', lang).lower()}")
    parts.append(f"{g.number_of_edges()} {text('connections', lang).lower()}")
    if not g.number_of_nodes():
        notes.append(text("empty_view", lang))
    mv = MapView(g, "agencies", title, " · ".join(parts), False, True, lang, tuple(notes))
    g.graph["size_note"] = text("size_budget" if by_budget else "size_programs", lang)
    return mv


# ---------------------------------------------------------------------- the entry
def build_view(
    model,
    view: str = "city",
    *,
    focus: str | None = None,
    lang: str = "id",
    aggregate: bool | None = None,
    physics: bool | None = None,
    analyses: dict | None = None,
    aggregate_above: int | None = None,
    size_by: str | None = None,
    progress=None,
    zoomable: bool = True,
) -> MapView:
    """The styled graph of one view of ``model``.

    Parameters
    ----------
    model : CityModel
    view : {"city", "duplicates", "sharing", "chain", "agency", "dimension"}
    focus : str, optional
        Node the ``chain``, ``agency`` and ``dimension`` views centre on.
    lang : {"id", "en"}
    aggregate : bool, optional
        Fold programs and datasets into their agency; by default only when the
        view has more than ``aggregate_above`` nodes.
    physics : bool, optional
        Let the browser move nodes; by default only up to :data:`PHYSICS_MAX_NODES`.
    analyses : dict, optional
        Results of :func:`synergy.visualizations.findings.gather`, to reuse
        (a report draws several maps from one run of each analysis).
    aggregate_above : int, optional
        Node count past which the city-wide views fold by default (default
        :data:`AGGREGATE_ABOVE`; a report embedding several maps folds sooner).
    progress : callable, optional
        Like :func:`synergy.progress.track`: the analyses the view draws (when not given
        in ``analyses``) run one step at a time through it (the CLI shows a bar).
    zoomable : bool
        Drawn on a zoomable screen (default); False for a still picture, where the agency map
        keeps no room for the names a crowded screen shows only zoomed in.

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi", "agency": "A", "dimension": ("governance",)}])
    >>> v = build_view(m)
    >>> sorted(v.graph.nodes)[:3], v.graph.nodes["P1"]["shape"], v.physics
    (['A', 'P1', 'dim:branding'], 'dot', True)
    """
    if view not in VIEWS:
        raise SynergyError(f"unknown view '{view}'; use one of: {', '.join(VIEWS)}")
    check_lang(lang)
    if analyses is None and progress is not None:
        analyses = F.gather(model, lang=lang, names=_analyses_of(view), progress=progress)
    if view == "agencies":
        return _agencies_view(model, lang, analyses, size_by, zoomable)
    base = _city_graph(model, lang)
    want = {"duplicates", "cycles"} | ({"sharing"} if view in _SHARING_VIEWS else set())
    notes = _add_findings(base, model, lang, want, analyses)
    refused = [n for n in notes if n.startswith(text("dup_failed", lang))]
    if view == "duplicates" and refused:
        raise SynergyError(refused[0])
    keep, rels, focus_node = _select(base, view, focus)
    g = nx.MultiDiGraph(**base.graph)
    order = sorted(keep, key=lambda n: (_KIND_ORDER[base.nodes[n]["kind"]], n))
    g.add_nodes_from((n, base.nodes[n]) for n in order)
    if view == "city" and len(keep) > PHYSICS_MAX_NODES:
        rels = rels - {"in_dimension"}  # thousands of lines into six stars: the colour says it already
    g.add_edges_from(
        sorted(((u, v, k, d) for u, v, k, d in base.edges(keys=True, data=True)
                if k in rels and u in keep and v in keep), key=lambda e: (e[0], e[1], e[2]))
    )
    if aggregate is None:
        limit = AGGREGATE_ABOVE if aggregate_above is None else aggregate_above
        aggregate = view in ("city", "duplicates", "sharing", "dimension") and g.number_of_nodes() > limit
    if aggregate:
        g = _aggregate(g, lang)
    _importance(g)
    for n, d in g.nodes(data=True):
        style = KIND_STYLE[d["kind"]]
        d["shape"] = style["shape"]
        d["color"] = _color(d)
        d["details"] = _details(g, n, lang)
        d.setdefault("findings", [])
        if d.get("more_findings"):
            d["findings"] = [*d["findings"], f"… +{d['more_findings']}"]
        d["display"] = _short(d["label"], 28) if g.number_of_nodes() <= PHYSICS_MAX_NODES or d["kind"] != "program" else ""
        d["font"], d["lod"] = FONT[d["kind"]], LOD[d["kind"]]
        if n == focus_node:
            d["size"] = max(d.get("size", 20), 34)
    chained = view in ("chain", "sharing") and not aggregate and 0 < g.number_of_nodes() <= PHYSICS_MAX_NODES
    if chained:
        _chain_layout(g, view)  # left to right: what is needed, then what needs it
        physics = False if physics is None else physics
    else:
        _layout(g)
    if physics is None:
        physics = 0 < g.number_of_nodes() <= PHYSICS_MAX_NODES
    if g.number_of_nodes() == 0:
        notes.append(text("empty_view", lang))
    title, subtitle = _titles(model, g, view, focus_node, lang, aggregate)
    return MapView(g, view, title, subtitle, physics, aggregate, lang, tuple(notes))


def _titles(model, g, view, focus_node, lang, aggregated) -> tuple[str, str]:
    titles = {
        "city": ("Peta sinergi kota", "City synergy map"),
        "duplicates": ("Peta duplikasi program", "Duplicate programs map"),
        "sharing": ("Peta berbagi pakai data", "Data sharing map"),
        "chain": ("Rantai ketergantungan", "Dependency chain"),
        "agency": ("Peta perangkat daerah", "Agency map"),
        "dimension": ("Peta dimensi", "Dimension map"),
    }
    title = pick(titles[view], lang)
    if focus_node:
        title += f": {g.nodes[focus_node]['name']}"
    count = lambda kind: sum(1 for _, d in g.nodes(data=True) if d["kind"] == kind)  # noqa: E731
    parts = [
        f"{count('agency')} {text('agencies', lang).lower()}",
        f"{sum(d.get('count', 0) for _, d in g.nodes(data=True) if d['kind'] == 'agency') if aggregated else count('program')} "
        f"{text('programs', lang).lower()}",
        f"{count('dataset')} {text('datasets', lang).lower()}" if not aggregated else "",
        f"{g.number_of_edges()} {text('connections', lang).lower()}",
    ]
    subtitle = " · ".join(p for p in parts if p and not p.startswith("0 "))
    if aggregated:
        subtitle += f" · {text('folded', lang)}"
    return title, subtitle
