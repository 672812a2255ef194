"""Positions that keep labels readable: a label-aware spring layout and a left-to-right one.

Both work in screen pixels at zoom 1: the agency map is laid out for a canvas
of about :data:`CANVAS` (what a 1366x768 screen gives the map), so that the
browser's zoom-to-fit shows every label at its own size or larger; chains are
laid out in columns, from what is needed (left) to what needs it (right).
Everything is seeded: the same graph gives the same positions.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["CANVAS", "wrap_label", "label_box", "crowded", "spread_layout", "layered_layout"]

#: The map canvas a laptop screen shows (pixels): layouts aim at this box.
CANVAS = (1300.0, 560.0)
#: Average glyph width of the map's sans-serif font, as a share of its size ...
GLYPH = 0.56
#: ... and of a capital letter: a register's names in capitals ("DINAS KESEHATAN") are wider
CAPITAL = 0.68
#: The share of a box that the nodes' rectangles (marker, label and margin) may fill. Measured:
#: Provinsi Banten's 48 agencies fill 0.88 and the push apart leaves OCR reading 47 of their names at
#: 1366x768; Kota Banjarbaru's 67 fill 1.17, Kabupaten Sukabumi's 89 fill 1.3 and names were drawn
#: over each other. Past it a map is crowded (:func:`crowded`) and the layout takes a larger box.
PACKING = 1.0
LINE = 1.22  # line height, as a share of the font size
#: Rounds of pushing overlapping rectangles apart while pulling them back into the box, then
#: rounds without the pull for names that still overlap (a crowded map: names apart matter more
#: than the box's edge), then sweeps that part the names still overlapping one pair at a time
PULLED_ROUNDS, FREE_ROUNDS, FREE_SWEEPS = 400, 200, 200


def wrap_label(text: str, width: int = 20, lines: int = 3) -> str:
    """A label broken into at most ``lines`` lines of about ``width`` characters.

    >>> wrap_label("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
    'Dinas Penanaman\\nModal dan Pelayanan\\nTerpadu Satu Pintu'
    >>> wrap_label("Diskominfotik"), wrap_label("a b c d e f g h i j k l m n o p q r s t u v w x y z", 6, 2)
    ('Diskominfotik', 'a b c\\nd e f…')
    """
    words = " ".join(str(text).split()).split(" ")
    out, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1].rstrip(",.;:") + "…"
    return "\n".join(out)


def label_box(label: str, font: float) -> tuple[float, float]:
    """Width and height (pixels) a label of ``font`` pixels takes.

    >>> label_box("Dinkes", 10), label_box("DINKES", 10)
    ((34.8, 12.2), (40.8, 12.2))
    """
    rows = label.split("\n") if label else []
    width = max((sum(CAPITAL if c.isupper() else GLYPH for c in r) for r in rows), default=0) * font
    return round(width, 6), round(len(rows) * font * LINE, 6)


def _rectangles(nodes, sizes: dict, labels: dict, font: float,
                fonts: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each node's marker radius, and the width and height of its marker with its label under
    it, with a margin; ``fonts``: a label's own size where it is not ``font``."""
    fonts = fonts or {}
    radius = np.array([float(sizes.get(n, 10)) for n in nodes])
    dims = np.array([label_box(labels.get(n, ""), fonts.get(n, font)) for n in nodes]).reshape(-1, 2)
    pad = font * 0.5
    return radius, np.maximum(2 * radius, dims[:, 0]) + pad, 2 * radius + 4 + dims[:, 1] + pad


def _growth(width: np.ndarray, height: np.ndarray, box: tuple[float, float], packing: float = PACKING) -> float:
    return max(1.0, math.sqrt(float((width * height).sum()) / packing / (box[0] * box[1])))


def crowded(sizes: dict, labels: dict, font: float, box: tuple[float, float] = CANVAS) -> bool:
    """Whether the nodes with their labels need more room than ``box`` (:func:`spread_layout`
    would lay them out larger, and the view zoom out to show them).

    >>> many = range(300)
    >>> crowded({"A": 10}, {"A": "Dinas Kesehatan"}, 16), crowded(dict.fromkeys(many, 10), dict.fromkeys(many, "DINAS"), 16)
    (False, True)
    """
    nodes = list(sizes)
    _, width, height = _rectangles(nodes, sizes, labels, font)
    return _growth(width, height, box) > 1.0


def spread_layout(
    graph: nx.Graph,
    sizes: dict,
    labels: dict,
    font: float,
    *,
    box: tuple[float, float] = CANVAS,
    seed: int = 42,
    weight: str = "weight",
    packing: float = PACKING,
    fonts: dict | None = None,
) -> dict:
    """Positions of a small graph (nodes with a label under them) that keep labels apart.

    A weighted spring layout, stretched to ``box``, then every node's rectangle
    (its marker of radius ``sizes[n]`` and its label under it) pushed away from
    the rectangles it overlaps until none do: for :data:`PULLED_ROUNDS` rounds each
    pushed back towards the box, then (names still overlapping) for up to
    :data:`FREE_ROUNDS` more without that pull. What still overlaps then is parted one
    pair at a time (:func:`_part_pairs`), keeping half the margin, and a last scan moves
    what remains just clear (:func:`_scan_apart`): no two markers or names are drawn
    over each other. When the rectangles would fill
    more than ``packing`` of the box, the box is larger. ``fonts`` gives a label its own
    size where it is not ``font`` (a name drawn smaller, in map units, than the others).

    Examples
    --------
    >>> g = nx.Graph([("A", "B"), ("B", "C")])
    >>> pos = spread_layout(g, {n: 10 for n in g}, {n: "Dinas " + n for n in g}, 16)
    >>> sorted(pos), all(isinstance(x, float) for p in pos.values() for x in p)
    (['A', 'B', 'C'], True)
    """
    nodes = sorted(graph.nodes)
    fonts = fonts or {}
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    for u, v, d in graph.edges(data=True):
        if u != v:
            w = float(d.get(weight, 1.0))
            simple.add_edge(u, v, weight=simple.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    for u, v, d in simple.edges(data=True):
        d["weight"] = 1.0 + math.log1p(d["weight"])
    simple.add_edges_from((("\0hub", n) for n in nodes), weight=0.25)  # keeps loose nodes near the rest
    pos = nx.spring_layout(simple, seed=seed, iterations=120, k=1.2 / math.sqrt(len(nodes)))
    pos.pop("\0hub")
    xy = np.array([pos[n] for n in nodes], dtype=float)
    xy -= xy.mean(axis=0)
    span = np.abs(xy).max(axis=0)
    span[span == 0] = 1.0
    xy = xy / span
    # a dense centre and a few far nodes waste the screen: blend each axis with its ranks
    # (same order, even spacing), so that the nodes use the whole box
    ranks = np.argsort(np.argsort(xy, axis=0, kind="stable"), axis=0, kind="stable") / (len(nodes) - 1) * 2 - 1
    xy = 0.35 * xy + 0.65 * ranks
    radius, width, height = _rectangles(nodes, sizes, labels, font, fonts)
    pad = font * 0.5
    # too many labels for the box (a register of 90 agencies): a larger box of the same shape,
    # else the pull back into it undoes the push apart and names are drawn over each other. The
    # names drawn at their own smaller size (shown only zoomed in) find room in the box the others
    # need: counted, they made it larger and every name smaller at the opening zoom
    _, seen_width, seen_height = _rectangles(nodes, sizes, {n: t for n, t in labels.items() if n not in fonts}, font)
    grow = _growth(seen_width, seen_height, box, packing)
    half = np.array(box) / 2.0 * grow
    xy = xy * half * 0.9
    # the rectangle's centre sits below the marker's centre (the label hangs under it)
    shift = height / 2 - radius - pad / 2
    rng = np.random.default_rng(seed)
    jitter = rng.normal(scale=1e-3, size=xy.shape)
    xy += jitter
    n = len(nodes)
    iu = np.triu_indices(n, 1)
    for round_ in range(PULLED_ROUNDS + FREE_ROUNDS):
        dx, dy, ox, oy = _overlap_extent(xy, shift, width, height)
        overlap = (ox > 0) & (oy > 0)
        overlap[np.diag_indices(n)] = False
        if not overlap[iu].any():
            break
        # push along the axis of least overlap (relative to the box's shape), half each way
        along_x = ox / half[0] < oy / half[1]
        sx = np.where(dx >= 0, 1.0, -1.0)
        sy = np.where(dy >= 0, 1.0, -1.0)
        mx = np.where(overlap & along_x, sx * ox / 2 * 0.55, 0.0).sum(axis=1)
        my = np.where(overlap & ~along_x, sy * oy / 2 * 0.55, 0.0).sum(axis=1)
        xy[:, 0] += mx
        xy[:, 1] += my
        if round_ >= PULLED_ROUNDS:
            continue
        # a gentle pull back into the box keeps the aspect of the screen
        for axis in (0, 1):
            limit = half[axis] - (width if axis == 0 else height) / 2
            out = np.abs(xy[:, axis]) > limit
            xy[out, axis] -= np.sign(xy[out, axis]) * (np.abs(xy[out, axis]) - limit[out]) * 0.3
    # what the rounds leave overlapping is parted keeping half their margin (a quarter of the
    # type size each side): parting to the full margin moved names already apart on screen too.
    # 0.2 more: positions are rounded to 0.1 px below, which must not bring two back together
    _part_pairs(xy, shift, width - pad / 2 + 0.2, height - pad / 2 + 0.2, half)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, xy)}


def _overlap_extent(xy: np.ndarray, shift: np.ndarray, width: np.ndarray, height: np.ndarray):
    """For every two rectangles (centres ``xy`` shifted down by ``shift``): the distances of their
    centres along x and y, and how far they overlap along each (positive: they do)."""
    cx, cy = xy[:, 0], xy[:, 1] + shift
    dx = cx[:, None] - cx[None, :]
    dy = cy[:, None] - cy[None, :]
    return (dx, dy, (width[:, None] + width[None, :]) / 2 - np.abs(dx),
            (height[:, None] + height[None, :]) / 2 - np.abs(dy))


def _part_pairs(xy: np.ndarray, shift: np.ndarray, width: np.ndarray, height: np.ndarray,
                half: np.ndarray) -> None:
    """Part the rectangles that still overlap, in place: each sweep moves every overlapping pair
    just apart, one pair at a time, along the axis of least overlap.

    The rounds before push all nodes at once by the sum of their overlaps: in a row of names
    jammed between others the pushes from both sides cancel and the row widens from its ends
    only. Their 600 rounds left 10 pairs of Kota Denpasar's agencies drawn over each other
    ("BPBDishub"). Moving one pair at a time passes a push along the row in one sweep; a
    dense heap still settles slowly, as parted pairs push into their neighbours, so after
    :data:`FREE_SWEEPS` sweeps :func:`_scan_apart` finishes.
    """
    for _ in range(FREE_SWEEPS):
        _, _, ox, oy = _overlap_extent(xy, shift, width, height)
        pairs = np.argwhere(np.triu((ox > 0) & (oy > 0), 1))
        if not len(pairs):
            return
        for i, j in pairs:
            dx = xy[i, 0] - xy[j, 0]
            dy = xy[i, 1] + shift[i] - xy[j, 1] - shift[j]
            over_x = (width[i] + width[j]) / 2 - abs(dx)
            over_y = (height[i] + height[j]) / 2 - abs(dy)
            if over_x <= 0 or over_y <= 0:
                continue  # parted already by an earlier pair of this sweep
            if over_x / half[0] < over_y / half[1]:
                step = (over_x / 2 + 0.25) * (1.0 if dx >= 0 else -1.0)
                xy[i, 0] += step
                xy[j, 0] -= step
            else:
                step = (over_y / 2 + 0.25) * (1.0 if dy >= 0 else -1.0)
                xy[i, 1] += step
                xy[j, 1] -= step
    _scan_apart(xy, shift, width, height, half)


def _scan_apart(xy: np.ndarray, shift: np.ndarray, width: np.ndarray, height: np.ndarray,
                half: np.ndarray) -> None:
    """Move rectangles outwards, in place, until none overlap: the guarantee after the sweeps.

    Taken from the middle outwards, each one still overlapping a rectangle already placed
    moves just clear of all of them, outwards along x or y, whichever is the shorter move for
    the box's shape. One pass leaves no overlap.
    """
    box = np.stack([xy[:, 0], xy[:, 1] + shift], axis=1)  # the rectangles' centres
    size = np.stack([width, height], axis=1)
    centre = np.median(box, axis=0)
    order = np.argsort((np.abs(box - centre) / half).sum(axis=1), kind="stable")
    for k, i in enumerate(order):
        placed = order[:k]
        moves = []
        for axis in (0, 1):
            side = 1.0 if box[i, axis] >= centre[axis] else -1.0
            spot = box[i].copy()
            while True:
                hit = placed[((np.abs(box[placed] - spot) < (size[placed] + size[i]) / 2).all(axis=1))]
                if not len(hit):
                    break
                # just past the farthest rectangle it overlaps, on its own side
                spot[axis] = side * ((side * box[hit, axis] + (size[hit, axis] + size[i, axis]) / 2).max() + 0.25)
            moves.append((abs(spot[axis] - box[i, axis]) / half[axis], axis, spot))
        box[i] = min(moves, key=lambda m: m[:2])[2]
    xy[:, 0] = box[:, 0]
    xy[:, 1] = box[:, 1] - shift


def layered_layout(
    graph: nx.DiGraph,
    heights: dict,
    *,
    layer: dict | None = None,
    column_gap: float = 300.0,
    row_gap: float = 10.0,
    order_key=None,
    aspect: float = 2.2,
) -> dict:
    """Left-to-right positions: a column per step along the edges, rows ordered to cross less.

    ``graph`` edges point from what is needed to what needs it. ``layer`` gives
    the column of each node when known (e.g. the signed distance of a chain);
    otherwise a node's column is the longest path to it (circles count as one
    step). ``heights`` is the room (pixels) each node needs in its column. A
    column too tall for a screen (width / height about ``aspect``) is split into
    sub-columns side by side.

    >>> g = nx.DiGraph([("data", "app"), ("app", "report"), ("data", "report")])
    >>> pos = layered_layout(g, {n: 20 for n in g})
    >>> [pos[n][0] for n in ("data", "app", "report")]
    [0.0, 300.0, 600.0]
    """
    nodes = sorted(graph.nodes, key=str)
    if not nodes:
        return {}
    if layer is None:
        cond = nx.condensation(graph)
        members = cond.graph["mapping"]
        depth = {}
        for c in nx.topological_sort(cond):
            depth[c] = max((depth[p] + 1 for p in cond.predecessors(c)), default=0)
        layer = {n: depth[members[n]] for n in nodes}
    columns: dict[int, list] = {}
    for n in nodes:
        columns.setdefault(layer[n], []).append(n)
    keys = sorted(columns)
    order_key = order_key or (lambda n: str(n))
    rank: dict = {}
    for i, key in enumerate(keys):
        members = columns[key]
        if i == 0:
            members.sort(key=order_key)
        else:
            # barycentre of the neighbours already placed (left), then the given order
            def bary(n):
                near = [rank[m] for m in (*graph.predecessors(n), *graph.successors(n)) if m in rank]
                return (sum(near) / len(near) if near else float("inf"), order_key(n))
            members.sort(key=bary)
        for j, n in enumerate(members):
            rank[n] = j / max(len(members) - 1, 1)
    # a column taller than the screen's shape allows is split into sub-columns side by side
    total = sum(heights.get(n, 20) + row_gap for n in nodes)
    target = max(math.sqrt(total * column_gap / aspect), max(heights.values(), default=20) + row_gap)
    pos = {}
    x = 0.0
    for key in keys:
        members = columns[key]
        height = sum(heights.get(n, 20) + row_gap for n in members)
        parts = max(1, math.ceil(height / target - 0.15))
        per = math.ceil(len(members) / parts)
        for part in range(parts):
            chunk = members[part * per:(part + 1) * per]
            size = sum(heights.get(n, 20) + row_gap for n in chunk)
            y = -size / 2
            for n in chunk:
                h = heights.get(n, 20) + row_gap
                pos[n] = (round(x, 1), round(y + h / 2, 1))
                y += h
            x += column_gap * (0.8 if part < parts - 1 else 1.0)
    return pos
