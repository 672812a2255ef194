"""Interactive maps: pyvis builds the network, the project's own template renders it.

pyvis' ``Network`` holds the nodes, edges and options; the page around them is
``templates/map_page.html`` (no Bootstrap, no CDN: vis-network is inlined from
``vendor/`` with its licence notice), written as UTF-8 by the project. Every text
from data reaches the page as JSON inside a ``<script type="application/json">``
block (``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and is put into the page
by the runtime with ``textContent``, so a name holding ``<script>`` shows as text.
"""
from __future__ import annotations

import functools
import json
import re
from importlib.resources import files

from synergy.i18n import check_lang

from .style import DIMENSION_COLORS, KIND_STYLE, RELATION_STYLE, dimension_label, kind_label, relation_label, text
from .views import VIEWS, MapView, build_view

__all__ = ["VIEWS", "build_map", "write_map", "map_fragment", "page_assets", "render_template", "resource_text", "safe_json"]

_PACKAGE = "synergy.visualizations"
_UI_KEYS = (
    "search", "search_button", "all_agencies", "all_dimensions", "reset", "shapes", "colors", "lines",
    "size_note", "panel_hint", "no_match", "matches", "findings", "connections", "agency", "dimension",
    "map_label", "partners", "focus_partners", "save_png", "presenter", "close", "zoom_hint", "more_items",
)


def safe_json(value) -> str:
    """JSON that cannot end the ``<script>`` element it sits in.

    >>> safe_json({"name": "</script><b>\\u2028"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u2028"}'
    """
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@functools.lru_cache(maxsize=None)
def resource_text(name: str) -> str:
    """The text of a file shipped in ``synergy.visualizations`` (a template, a page runtime, vendored code).

    >>> "function" in resource_text("templates/map.js")
    True
    """
    return files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _env():
    import jinja2

    def load(name):
        try:
            return resource_text(f"templates/{name}")
        except FileNotFoundError:
            return None

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def render_template(name: str, **context) -> str:
    """Render one of the package's templates (Jinja2, autoescaped)."""
    return _env().get_template(name).render(**context)


def page_assets() -> dict:
    """The inlined stylesheet and scripts every page with maps carries (as safe markup)."""
    from markupsafe import Markup

    # the source-map comment would make developer tools ask for a file that is not there
    vis_js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", resource_text("vendor/vis-network.min.js"))
    runtime = resource_text("templates/map.js")
    report = resource_text("templates/report.js")
    for code in (vis_js, runtime, report):
        if re.search(r"</script", code, re.IGNORECASE):  # would end the inline element early
            raise RuntimeError("inline script holds '</script'")
    return {
        "css": Markup(resource_text("templates/map.css")),
        "vis_js": Markup(vis_js),
        "runtime_js": Markup(runtime),
        "report_js": Markup(report),
    }


def _shape_svg(shape: str, color: str = "#666666") -> str:
    body = {
        "square": '<rect x="2" y="2" width="12" height="12"/>',
        "dot": '<circle cx="8" cy="8" r="6"/>',
        "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
        "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
        "triangle": '<polygon points="8,1 15,15 1,15"/>',
    }[shape]
    return f'<svg width="16" height="16" aria-hidden="true" fill="{color}">{body}</svg>'


def _legend(mv: MapView) -> dict:
    from markupsafe import Markup

    g, lang = mv.graph, mv.lang
    kinds = [k for k in KIND_STYLE if any(d["kind"] == k for _, d in g.nodes(data=True))]
    drawn = {nd["color"] for _, nd in g.nodes(data=True)}
    dims = [d for d, color in DIMENSION_COLORS.items() if color in drawn]  # colours the map really uses
    rels = [r for r in RELATION_STYLE if any(k == r for _, _, k in g.edges(keys=True))]
    return {
        "kinds": [{"svg": Markup(_shape_svg(KIND_STYLE[k]["shape"])), "label": kind_label(k, lang)} for k in kinds],
        "colors": [{"color": DIMENSION_COLORS[d], "label": dimension_label(d, lang)} for d in dims],
        "lines": [
            {
                "color": RELATION_STYLE[r]["color"],
                "width": min(RELATION_STYLE[r]["width"], 3) + 0.5,
                "dash": " ".join(str(x) for x in RELATION_STYLE[r]["dashes"]) or "none",
                "label": relation_label(r, lang),
            }
            for r in rels
        ],
    }


def _network(mv: MapView):
    """The pyvis Network holding the view's nodes, edges and vis-network options."""
    from pyvis.edge import Edge
    from pyvis.network import Network

    g = mv.graph
    net = Network(directed=True)
    for n, d in g.nodes(data=True):
        extra = {"lists": d["lists"]} if d.get("lists") else {}
        if d.get("lod_zoom"):
            extra["lod_zoom"] = d["lod_zoom"]
            extra["lod_size"] = d["lod_size"]
        net.add_node(
            n, label=d["display"] or " ", shape=d["shape"], color=d["color"], size=d["size"],
            x=d["x"], y=d["y"], name=d["name"], kind=d["kind"], ag=list(d["agencies"]), dm=list(d["dims"]),
            details=d["details"], findings=list(d["findings"]), font=d.get("font", 13), lod=d.get("lod", 5),
            **extra,
        )
    for u, v, k, d in g.edges(keys=True, data=True):
        extra = {}
        if d.get("title"):
            extra["title"] = d["title"]  # findings carry their reason; plain links get theirs in the page
        if "width" in d:
            extra["width"] = d["width"]
        elif "count" in d:
            extra["width"] = round(min(RELATION_STYLE[k]["width"] + d["count"] ** 0.5, 12), 1)
        if "ties" in d:
            extra["ties"] = d["ties"]
        # Edge() directly: pyvis' add_edge scans every node per edge (quadratic); ends are known here
        net.edges.append(Edge(u, v, False, relation=k, **extra).options)
    big = g.number_of_nodes() > 1000
    net.options = {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "font": {"size": 13, "strokeWidth": 4, "strokeColor": "#ffffff",
                                             "color": "#1a1a1a", "face": "Arial, Helvetica, sans-serif"}},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5},
        "physics": {
            "enabled": mv.physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 110, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 150, "fit": True},
        },
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "layout": {"improvedLayout": False, "randomSeed": 42},
    }
    return net


def _payload(mv: MapView, focus: str | None) -> dict:
    net = _network(mv)
    g, lang = mv.graph, mv.lang
    labels = g.graph["agency_label"]
    agencies = sorted(
        {a for _, d in g.nodes(data=True) for a in d["agencies"] if a in labels},
        key=lambda a: (labels[a].casefold(), a),
    )
    dims = [d for d in DIMENSION_COLORS if any(d in nd["dims"] for _, nd in g.nodes(data=True))]
    nodes = []
    for item in net.nodes:
        item = dict(item)
        item["display"] = "" if item.pop("label") == " " else g.nodes[item["id"]]["display"]
        item["focus"] = item["id"] == focus
        nodes.append(item)
    relations = sorted({e["relation"] for e in net.edges})
    return {
        "nodes": nodes,
        "edges": net.edges,
        "relations": {
            r: {**RELATION_STYLE.get(r, RELATION_STYLE["runs"]), "label": relation_label(r, lang)} for r in relations
        },
        "options": net.options,
        "agencies": [[a, labels[a]] for a in agencies],
        "dimensions": [[d, dimension_label(d, lang)] for d in dims],
        "focus": focus,
        "view": mv.view,
        "title": mv.title,
        "text": {**{k: text(k, lang) for k in _UI_KEYS},
                 **{k: text(k, lang) for k in ("ties_duplicate", "ties_data", "ties_dependency")}},
    }


def map_fragment(mv: MapView, *, dom_id: str = "syn-map", heading: str = "h1", focus: str | None = None,
                 picture: bool = True):
    """The HTML of one map panel (needs :func:`page_assets` once on the page).

    With ``picture`` the panel carries a static SVG of the view that only paper
    shows (print and PDF), drawn at page width with readable labels."""
    from markupsafe import Markup

    from .svg import view_svg

    lang = mv.lang
    model_focus = focus if focus in mv.graph else None
    texts = {k: text(k, lang) for k in _UI_KEYS}
    size_note = text("size_note", lang)
    hint = ""
    if mv.view == "agencies":
        texts["colors"] = text("color_main", lang)
        size_note = f"{mv.graph.graph.get('size_note', '')}. {text('line_width_note', lang)}."
    elif any(d["kind"] in ("program", "dataset") for _, d in mv.graph.nodes(data=True)):
        hint = text("zoom_hint", lang)
    context = {
        "dom_id": dom_id,
        "view": mv.view,
        "heading": heading,
        "title": mv.title,
        "subtitle": mv.subtitle,
        "notes": list(mv.notes),
        "node_count": mv.graph.number_of_nodes(),
        "edge_count": mv.graph.number_of_edges(),
        "text": texts,
        "size_note": size_note,
        "hint": hint,
        "legend": _legend(mv),
        "picture": Markup(view_svg(mv)) if picture else "",
        "payload": Markup(safe_json(_payload(mv, model_focus))),
    }
    macro = _env().get_template("_map.html").module.map_panel
    return Markup(macro(context))


def build_map(
    model,
    view: str = "agencies",
    focus: str | None = None,
    lang: str = "id",
    *,
    aggregate: bool | None = None,
    physics: bool | None = None,
    analyses: dict | None = None,
    size_by: str | None = None,
    progress=None,
) -> str:
    """One self-contained interactive map (an HTML page) of ``model``.

    Parameters
    ----------
    model : CityModel
    view : {"agencies", "city", "duplicates", "sharing", "chain", "agency", "dimension"}
        What to show: ``agencies`` (default) has one node per agency and a line per
        pair of agencies tied by duplicated work, shared data or dependencies;
        ``city`` every program and dataset. ``chain``, ``agency`` and ``dimension``
        need ``focus``.
    focus : str, optional
        Id the view centres on: a program, dataset or agency (``chain``), an
        agency (``agency``), a dimension such as ``living`` (``dimension``).
    lang : {"id", "en"}
        Language of every label (Bahasa Indonesia by default).
    aggregate, physics : bool, optional
        Override the automatic choices for big graphs (see ``views.build_view``).
    size_by : {"budget", "programs"}, optional
        What sizes an agency in the ``agencies`` view (default: budget when the
        data has budgets, else the number of programs).
    progress : callable, optional
        Like :func:`synergy.progress.track`, for the analyses the view draws.

    Returns
    -------
    str
        The page; it makes no network request when opened.

    Raises
    ------
    UnknownNode
        ``focus`` is not in the model (with the closest ids as suggestions).
    SynergyError
        Unknown view, missing focus, or the view's analysis refused the model.

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas <A>"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi", "agency": "A", "dimension": ("governance",)}])
    >>> page = build_map(m)
    >>> page.startswith("<!DOCTYPE html>"), "Dinas <A>" in page, "http://" in page.split("<script>")[0]
    (True, False, False)
    """
    check_lang(lang)
    mv = build_view(model, view, focus=focus, lang=lang, aggregate=aggregate, physics=physics,
                    analyses=analyses, size_by=size_by, progress=progress)
    focus_node = _resolved_focus(mv, focus)
    template = _env().get_template("map_page.html")
    panel = map_fragment(mv, heading="h1", focus=focus_node)
    return template.render(lang=lang, title=mv.title, panel=panel, **page_assets())


def _resolved_focus(mv: MapView, focus):
    if not focus:
        return None
    for node in (focus, f"dim:{focus}", f"el:{focus}"):
        if node in mv.graph:
            return node
    return None


def write_map(model, path, *, fmt: str = "html", **kwargs):
    """Write a map to ``path`` atomically: an HTML page, or a PNG/SVG picture.

    ``fmt`` is ``html`` (:func:`build_map`, UTF-8) or ``png``/``svg``
    (:func:`synergy.visualizations.static.build_picture`); other keywords go to
    them. Returns the path.
    """
    from synergy.output import write_text_atomic

    if fmt == "html":
        return write_text_atomic(path, build_map(model, **kwargs))
    from .static import build_picture

    return write_text_atomic(path, build_picture(model, fmt=fmt, **kwargs))
