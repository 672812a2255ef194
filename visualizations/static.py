"""Static pictures (PNG, SVG) of a map view, for slides and print.

The same view, positions, colours, shapes and line styles as the interactive map,
drawn with matplotlib's object API (no pyplot state, no display needed).
"""
from __future__ import annotations

import io
import math
import warnings

from synergy.errors import SynergyError
from synergy.i18n import check_lang

from .style import DIMENSION_COLORS, KIND_STYLE, RELATION_STYLE, dimension_label, kind_label, relation_label
from .views import build_view

__all__ = ["FORMATS", "build_picture"]

FORMATS = ("png", "svg")


def build_picture(
    model,
    view: str = "agencies",
    focus: str | None = None,
    lang: str = "id",
    *,
    fmt: str = "png",
    aggregate: bool | None = None,
    width: float = 16.0,
    height: float = 10.0,
    dpi: int = 150,
    size_by: str | None = None,
    progress=None,
) -> bytes:
    """A picture of one map view as PNG or SVG bytes.

    Labels are drawn for agencies, dimensions and (in views up to 150 nodes)
    programs and datasets. The same model gives the same bytes.

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi", "agency": "A", "dimension": ("living",)}])
    >>> build_picture(m, fmt="png")[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    >>> build_picture(m, fmt="svg").lstrip().startswith(b"<?xml")
    True
    """
    if fmt not in FORMATS:
        raise SynergyError(f"unknown picture format '{fmt}'; use one of: {', '.join(FORMATS)}")
    check_lang(lang)
    from synergy.optional import require

    matplotlib = require("matplotlib", "pictures")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    mv = build_view(model, view, focus=focus, lang=lang, aggregate=aggregate, physics=False, size_by=size_by,
                    progress=progress, zoomable=False)
    g = mv.graph
    with matplotlib.rc_context({"svg.hashsalt": "synergy", "font.family": "DejaVu Sans"}):
        fig = Figure(figsize=(width, height), dpi=dpi)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.01, 0.78, 0.88))
        ax.set_axis_off()
        pos = {n: (d["x"], -d["y"]) for n, d in g.nodes(data=True)}  # screen y grows down
        agencies = mv.view == "agencies"  # names on a white ground, lighter lines: read from across a room
        for u, v, k in sorted(g.edges(keys=True)):
            style = RELATION_STYLE.get(k, RELATION_STYLE["runs"])
            dashes = style["dashes"]
            (x1, y1), (x2, y2) = pos[u], pos[v]
            width = min(float(g.edges[u, v, k].get("width") or style["width"]), 6) * 0.6
            line = Line2D([x1, x2], [y1, y2], color=style["color"], linewidth=width, zorder=1,
                          alpha=0.45 if agencies else 0.8)
            if dashes:
                line.set_dashes([max(d / 2, 0.5) for d in dashes])
            ax.add_line(line)
        label_all = g.number_of_nodes() <= 150
        optional = []  # names a crowded screen map shows only zoomed in: here only where there is room
        tied = []  # the other agencies' names: each kept, moved beside its marker if it touches another
        for kind in ("dimension", "element", "agency", "dataset", "program"):
            members = [n for n, d in g.nodes(data=True) if d["kind"] == kind]
            if not members:
                continue
            ax.scatter(
                [pos[n][0] for n in members], [pos[n][1] for n in members],
                s=[(g.nodes[n]["size"] * (1.3 if agencies else 0.9)) ** 2 / 2 for n in members],
                c=[g.nodes[n]["color"] for n in members], marker=KIND_STYLE[kind]["marker"],
                edgecolors="#333333", linewidths=0.5, zorder=3,
            )
            if label_all or kind in ("agency", "dimension"):
                for n in members:
                    note = ax.annotate(g.nodes[n]["display"] or g.nodes[n]["label"][:28], pos[n], xytext=(0, -9),
                                       textcoords="offset points", ha="center", va="top", zorder=4, color="#111111",
                                       fontsize=9 if agencies else 6, linespacing=1.1,
                                       bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 0.8}
                                       if agencies else None)
                    if g.nodes[n].get("lod_zoom"):
                        optional.append((-g.nodes[n]["size"], n, note))
                    elif agencies:
                        tied.append((-g.nodes[n]["size"], n, note))
        ax.autoscale_view()
        ax.margins(0.05)
        with warnings.catch_warnings():  # measuring a name draws it (a missing glyph: below)
            warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
            _move_touching_names(fig, ax, sorted(tied, key=lambda item: item[:2]), g, pos)
            _drop_crowding_names(fig, ax, sorted(optional, key=lambda item: item[:2]))
        fig.text(0.01, 0.97, mv.title, fontsize=16, fontweight="bold", va="top")
        fig.text(0.01, 0.925, mv.subtitle, fontsize=10, color="#555555", va="top")
        handles = _legend_handles(g, lang, Line2D)
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.80, 0.9), fontsize=8, frameon=False)
        buffer = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": "synergy"}
        with warnings.catch_warnings():
            # a glyph missing from the font (emoji, Javanese script) draws as a box: not an error
            warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
            fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def _move_touching_names(fig, ax, names, g, pos) -> None:
    """Move a name (largest node first) that touches a name already placed, or another agency's
    marker, above, right, left or to a corner of its own marker: the first of those spots that
    touches neither; where none is free it stays under its marker.

    The layout keeps names apart at the screen's proportions; the picture's frame has others (a
    map wider than the frame is squeezed across), so two neighbours' names can meet here.
    """
    if not names:
        return
    from matplotlib.transforms import Bbox

    renderer = fig.canvas.get_renderer()
    points = fig.dpi / 72.0
    margin = 5 * points  # a marker 3 points before a name's first letter was read by OCR as part of it

    def reach(n):  # half the marker's side (scatter's area is (size * 1.3) ** 2 / 2 points squared)
        return g.nodes[n]["size"] * 1.3 / 2 / math.sqrt(2)

    markers = {}
    for n, d in g.nodes(data=True):
        if d["kind"] == "agency":
            x, y = ax.transData.transform(pos[n])
            r = reach(n) * points
            markers[n] = Bbox([[x - r, y - r], [x + r, y + r]])

    def free(box, n):
        return (not any(box.overlaps(other) for other in placed)
                and not any(box.overlaps(m) for other, m in markers.items() if other != n)
                and fig.bbox.contains(box.x0, box.y0) and fig.bbox.contains(box.x1, box.y1))

    placed = []  # the names' own boxes; the one placed is tested with a margin around it
    for _, n, note in names:
        box = note.get_window_extent(renderer)
        if not free(box.padded(margin), n):
            under = note.get_position(), note.get_horizontalalignment(), note.get_verticalalignment()
            gap = reach(n) + 3
            for offset, ha, va in (((0, gap), "center", "bottom"), ((gap, 0), "left", "center"),
                                   ((-gap, 0), "right", "center"), ((gap, -gap), "left", "top"),
                                   ((-gap, -gap), "right", "top"), ((gap, gap), "left", "bottom"),
                                   ((-gap, gap), "right", "bottom")):
                note.set(position=offset, ha=ha, va=va)
                moved = note.get_window_extent(renderer)
                if free(moved.padded(margin), n):
                    box = moved
                    break
            else:
                note.set(position=under[0], ha=under[1], va=under[2])
        placed.append(box)


def _drop_crowding_names(fig, ax, optional) -> None:
    """Remove each optional name (largest node first) that would cover a name already kept.

    A picture cannot be zoomed: the names of a crowded map's untied agencies are drawn
    where they touch nothing, measured as the renderer draws them.
    """
    if not optional:
        return
    renderer = fig.canvas.get_renderer()
    dropped = {id(note) for _, _, note in optional}
    kept = [t.get_window_extent(renderer) for t in ax.texts if id(t) not in dropped]
    for _, _, note in optional:
        box = note.get_window_extent(renderer).expanded(1.08, 1.15)
        if any(box.overlaps(other) for other in kept):
            note.remove()
        else:
            kept.append(box)


def _legend_handles(g, lang, Line2D):
    handles = []
    for kind, style in KIND_STYLE.items():
        if any(d["kind"] == kind for _, d in g.nodes(data=True)):
            handles.append(Line2D([], [], linestyle="", marker=style["marker"], color="#666666",
                                  markersize=8, label=kind_label(kind, lang)))
    drawn = {d["color"] for _, d in g.nodes(data=True)}
    for dim, color in DIMENSION_COLORS.items():
        if color in drawn:
            handles.append(Line2D([], [], linestyle="", marker="o", color=color, markersize=8,
                                  label=dimension_label(dim, lang)))
    for rel, style in RELATION_STYLE.items():
        if any(k == rel for _, _, k in g.edges(keys=True)):
            line = Line2D([], [], color=style["color"], linewidth=min(style["width"], 3) * 0.8,
                          label=relation_label(rel, lang))
            if style["dashes"]:
                line.set_dashes([max(d / 2, 0.5) for d in style["dashes"]])
            handles.append(line)
    return handles

