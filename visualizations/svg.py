"""A map view as a static SVG picture for print and PDF, its labels kept readable.

The printed page cannot zoom: the picture is drawn at page width with a fixed
type size, and labels are placed greedily (agencies first, on a crowded map the
tied ones first, then by size) under, above or beside their marker where they do
not cover a label already placed, so what is printed can be read. Every
text is escaped; the SVG holds no script, no link and no external reference.
"""
from __future__ import annotations

import math

from markupsafe import escape

from .layout import GLYPH, LINE
from .style import RELATION_STYLE

__all__ = ["view_svg", "PRINT_WIDTH"]

#: Widest picture, in SVG units (screen pixels at zoom 1): printed across a landscape A4 page,
#: a label of the screen's 16 px prints at about 9 pt.
PRINT_WIDTH = 1400.0
MAX_ASPECT = 0.62  # height / width of a landscape A4 page, less the heading
#: The room a printed map gets on a landscape A4 page, in CSS pixels (277 x 160 mm) ...
PAGE = (1040.0, 600.0)
#: ... and the smallest printed label there (about 8.5 pt; agencies 9 pt)
MIN_PRINTED = {"agency": 12.0}
MIN_PRINTED_OTHER = 11.0
MAX_NODES = 3000  # past this a picture is no help: the page says so instead
#: White ground around a printed name, beyond its letters, as a share of its type size
HALO = 0.5


def _free_spot(x: float, y: float, gap: float, w: float, h: float, placed: list, frame: tuple[float, float],
               only_under: bool = False) -> tuple | None:
    """Where a name of ``w`` x ``h`` goes beside its marker (centre ``x, y``, ``gap`` to the edge).

    Under the marker as on screen, else above, right or left of it: the first spot inside
    ``frame`` that covers no name already placed, as ``(centre x, top, box)``; None when
    none is free.
    """
    spots = (
        (x, y + gap),                      # under, as on screen
        (x, y - gap - h),                  # above
        (x + gap + w / 2, y - h / 2),      # right
        (x - gap - w / 2, y - h / 2),      # left
    )
    for cx, top in spots[:1] if only_under else spots:
        box = (cx - w / 2 - 2, top - 1, cx + w / 2 + 2, top + h + 1)
        if box[0] < 0 or box[1] < 0 or box[2] > frame[0] or box[3] > frame[1]:
            continue
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            return cx, top, box
    return None


def _shape(kind_shape: str, x: float, y: float, r: float, color: str) -> str:
    attrs = f'fill="{color}" stroke="#333" stroke-width="0.8"'
    if kind_shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {attrs}/>'
    if kind_shape == "diamond":
        pts = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}"
        return f'<polygon points="{pts}" {attrs}/>'
    if kind_shape == "triangle":
        pts = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y + r:.1f} {x - r:.1f},{y + r:.1f}"
        return f'<polygon points="{pts}" {attrs}/>'
    if kind_shape == "star":
        pts = []
        for i in range(10):
            rad = r if i % 2 == 0 else r * 0.45
            a = -math.pi / 2 + i * math.pi / 5
            pts.append(f"{x + rad * math.cos(a):.1f},{y + rad * math.sin(a):.1f}")
        return f'<polygon points="{" ".join(pts)}" {attrs}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {attrs}/>'


def view_svg(mv) -> str:
    """The SVG markup (a string, safe to put in a page) of a :class:`~.views.MapView`.

    >>> from synergy.model import CityModel
    >>> from synergy.visualizations.views import build_view
    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas <A>"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi", "agency": "A", "dimension": ("living",)}])
    >>> svg = view_svg(build_view(m, "agencies"))
    >>> svg.startswith("<svg"), "Dinas &lt;A&gt;" in svg, "<A>" in svg
    (True, True, False)
    """
    g = mv.graph
    n = g.number_of_nodes()
    if n == 0 or n > MAX_NODES:
        return ""
    xs = [d["x"] for _, d in g.nodes(data=True)]
    ys = [d["y"] for _, d in g.nodes(data=True)]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    margin = 90.0
    span_x, span_y = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    # the screen's proportions (labels laid out not to overlap there), shrunk only to fit a page
    scale = min(1.0, (PRINT_WIDTH - 2 * margin) / span_x, (PRINT_WIDTH * MAX_ASPECT - 2 * margin) / span_y)
    width = max(span_x * scale + 2 * margin, 600.0)
    off_x = (width - span_x * scale) / 2
    height = span_y * scale + 2 * margin
    shown = min(PAGE[0] / width, PAGE[1] / height)  # how much the page shrinks (or grows) the picture

    def at(d):
        return off_x + (d["x"] - x0) * scale, margin + (d["y"] - y0) * scale

    marker_scale = max(0.35, scale)
    out = [f'<svg viewBox="0 0 {width:.0f} {height:.0f}" '
           f'width="100%" role="img" aria-label="{escape(mv.title)}" class="syn-picture">',
           f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>']
    for u, v, k, d in g.edges(keys=True, data=True):
        style = RELATION_STYLE.get(k, RELATION_STYLE["runs"])
        (ax, ay), (bx, by) = at(g.nodes[u]), at(g.nodes[v])
        stroke = float(d.get("width") or min(style["width"], 3)) * 0.6
        dash = " ".join(f"{x * 0.6:.1f}" for x in style["dashes"])
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" stroke="{style["color"]}" '
                   f'stroke-width="{stroke:.1f}" stroke-opacity="0.55"{dash_attr}/>')
    # names placed first win their room: agencies, and on a crowded map those tied to another
    # before those named only when zoomed in on screen
    order = sorted(g.nodes(data=True), key=lambda item: (item[1]["kind"] != "agency", bool(item[1].get("lod_zoom")),
                                                        -item[1].get("size", 10), item[0]))
    for node, d in sorted(g.nodes(data=True), key=lambda item: -item[1].get("size", 10)):
        x, y = at(d)
        out.append(_shape(d.get("shape", "dot"), x, y, d.get("size", 10) * marker_scale, d.get("color", "#999")))
    placed: list[tuple[float, float, float, float]] = []
    halos, texts = [], []  # every white ground first, then every name: no ground covers a letter
    for node, d in order:
        label = d.get("display") or ""
        if not label:
            continue
        font = max(float(d.get("font", 13)) * scale, MIN_PRINTED.get(d["kind"], MIN_PRINTED_OTHER) / shown)
        rows = label.split("\n")
        w = max(len(r) for r in rows) * font * GLYPH
        h = len(rows) * font * LINE
        x, y = at(d)
        # a name on screen only when zoomed in keeps the screen's spot under its marker or is left out
        spot = _free_spot(x, y, d.get("size", 10) * marker_scale + 4 * scale, w, h, placed, (width, height),
                          only_under=bool(d.get("lod_zoom")))
        if spot is None:
            continue
        cx, top, box = spot
        placed.append(box)
        weight = ' font-weight="600"' if d["kind"] == "agency" else ""
        # opaque ground wider than the name (a line beside or under it touches no letter), grown
        # away from the marker of a name under or above it
        pad = HALO * font
        halos.append(f'<rect x="{box[0] - pad:.1f}" y="{box[1] - (pad / 2 if top < y else 0):.1f}" '
                     f'width="{box[2] - box[0] + 2 * pad:.1f}" height="{box[3] - box[1] + pad / 2:.1f}" '
                     f'rx="{pad / 2:.1f}" fill="#ffffff"/>')
        texts.append(f'<text x="{cx:.1f}" y="{top:.1f}" font-size="{font:.0f}" text-anchor="middle" '
                     f'font-family="Arial, Helvetica, sans-serif" fill="#111111"{weight}>')
        for i, row in enumerate(rows):
            texts.append(f'<tspan x="{cx:.1f}" dy="{font * (0.9 if i == 0 else LINE):.1f}">{escape(row)}</tspan>')
        texts.append("</text>")
    out.extend(halos)
    out.extend(texts)
    out.append("</svg>")
    return "".join(out)
