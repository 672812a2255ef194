"""Names drawn over each other on the agency map of every real source.

    python benchmarks/map_overlaps.py                      # every source under tests/data/real
    python benchmarks/map_overlaps.py tests/data/real/denpasar-apps

For each source it builds the agency map (``synergy map``'s default view) and counts, in
the layout's own model of what is drawn (each agency's marker with its name under it,
``visualizations/layout.py``), the pairs of agencies

- drawn over each other (``over``), and of those, the pairs where both names show at the
  opening zoom (``named``: agencies tied to another; on a crowded map the others show their
  smaller name only zoomed in);
- closer than a quarter of the type size (``close``, 4 px at 16 px names): the gap the
  layout keeps at least.

It prints the map's width and height (wider than the screen means the page opens zoomed
out, every name smaller) and the time the view took. Sources that do not load as a city
(tables without agencies) are skipped with their reason.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from synergy.errors import SynergyError  # noqa: E402
from synergy.ingest import load_model  # noqa: E402
from synergy.visualizations import layout, views  # noqa: E402


def overlaps(graph, margin: float = 0.0) -> tuple[int, int]:
    """Pairs of agencies whose drawn rectangles, with ``margin`` (pixels) around each, overlap:
    all of them, and those whose names both show at the opening zoom."""
    nodes = sorted(graph.nodes)
    if len(nodes) < 2:
        return 0, 0
    font = views.FONT["agency"]
    small = {n: font * views.ISOLATED_NAME / views.ISOLATED_ZOOM for n in nodes if graph.nodes[n].get("lod_zoom")}
    sizes = {n: graph.nodes[n]["size"] for n in nodes}
    labels = {n: graph.nodes[n]["display"] for n in nodes}
    radius, width, height = layout._rectangles(nodes, sizes, labels, font, small)
    x = np.array([graph.nodes[n]["x"] for n in nodes])
    # the rectangle's centre sits under the marker's (the name hangs below it)
    y = np.array([graph.nodes[n]["y"] for n in nodes]) + height / 2 - radius - font * 0.25
    # _rectangles adds a margin of half the type size to each; this one instead
    width, height = width - font * 0.5 + 2 * margin, height - font * 0.5 + 2 * margin
    over = (((width[:, None] + width[None, :]) / 2 - np.abs(x[:, None] - x[None, :]) > 0)
            & ((height[:, None] + height[None, :]) / 2 - np.abs(y[:, None] - y[None, :]) > 0))
    over = np.triu(over, 1)
    named = np.array([n not in small for n in nodes])
    return int(over.sum()), int((over & named[:, None] & named[None, :]).sum())


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", help="source folders (default: every one under tests/data/real)")
    args = parser.parse_args(argv)
    sources = args.sources or sorted(str(p) for p in (ROOT / "tests" / "data" / "real").iterdir() if p.is_dir())
    print(f"{'source':34} {'agencies':>8} {'tied':>5} {'over':>5} {'named':>5} {'close':>5} "
          f"{'width':>6} {'height':>6} {'time':>6}")
    for source in sources:
        name = Path(source).name
        try:
            model, _ = load_model([source])
        except SynergyError as error:
            print(f"{name:34} skipped: {str(error).splitlines()[0][:60]}")
            continue
        start = time.perf_counter()
        graph = views.build_view(model, "agencies").graph
        took = time.perf_counter() - start
        tied = sum(1 for n in graph.nodes if not graph.nodes[n].get("lod_zoom"))
        every, named = overlaps(graph)
        close, _ = overlaps(graph, views.FONT["agency"] / 8 - 0.1)  # a gap of a quarter of the type size
        xs = [d["x"] for _, d in graph.nodes(data=True)] or [0]
        ys = [d["y"] for _, d in graph.nodes(data=True)] or [0]
        print(f"{name:34} {graph.number_of_nodes():8d} {tied:5d} {every:5d} {named:5d} {close:5d} "
              f"{max(xs) - min(xs):6.0f} {max(ys) - min(ys):6.0f} {took:5.2f}s")


if __name__ == "__main__":
    main()
