"""Write the city graph to a file: Turtle, JSON-LD, N-Triples, GraphML or GEXF.

RDF formats come from :func:`synergy.rdf.model_to_rdf` (and load back with
``synergy.ingest``); GraphML and GEXF (for Gephi, yEd, Cytoscape) come from
:func:`synergy.graph.to_networkx`. These two formats hold no tuples, so list
attributes are joined with ``;`` and missing values are left out. Files are
UTF-8 and written atomically.
"""
from __future__ import annotations

import io
from pathlib import Path

from .errors import SynergyError
from .model import CityModel
from .namespace import DATA_PREFIXES, DEFAULT_BASE, PREFIXES
from .output import write_text_atomic

__all__ = ["EXPORT_FORMATS", "format_for_path", "export", "serialize", "flat_networkx"]

#: format name -> usual file suffixes
EXPORT_FORMATS = {
    "turtle": (".ttl",),
    "jsonld": (".jsonld", ".json"),
    "nt": (".nt",),
    "graphml": (".graphml",),
    "gexf": (".gexf",),
}
_RDFLIB_NAMES = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt"}


def format_for_path(path) -> str:
    """The export format a file name asks for, from its suffix.

    >>> format_for_path("kota.ttl"), format_for_path("peta.GEXF")
    ('turtle', 'gexf')
    """
    suffix = Path(path).suffix.lower()
    for fmt, suffixes in EXPORT_FORMATS.items():
        if suffix in suffixes:
            return fmt
    known = ", ".join(s for sfx in EXPORT_FORMATS.values() for s in sfx)
    raise SynergyError(
        f"format tidak dikenali dari nama berkas '{Path(path).name}' (dikenal: {known}); pakai --format / "
        f"cannot tell the format from '{Path(path).name}' (known: {known}); give --format"
    )


def flat_networkx(model: CityModel):
    """The networkx graph with attributes GraphML/GEXF can hold (str, int, float, bool).

    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A", "roles": ("walidata", "produsen-data")}])
    >>> flat_networkx(m).nodes["A"]["roles"]
    'walidata;produsen-data'
    """
    import networkx as nx

    from .graph import to_networkx

    graph = to_networkx(model)
    flat = nx.MultiDiGraph()
    nodes = []
    # nodes and edges in key order, not row order: the same city gives the same file
    for node, attrs in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        attrs = _flat(attrs)
        # GEXF writers take an "id" attribute as the node id: keep it equal to the key.
        if attrs.get("id", node) != node:
            attrs["code"] = attrs["id"]
        attrs["id"] = node
        nodes.append((node, attrs))
    flat.add_nodes_from(nodes)
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    flat.add_edges_from((u, v, k, _flat(attrs)) for u, v, k, attrs in edges)
    return flat


def _flat(attrs: dict) -> dict:
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, tuple):
            if not value:
                continue
            value = ";".join(str(v) for v in value)
        elif isinstance(value, str):
            if value == "":
                continue
        elif not isinstance(value, (bool, int, float)):
            value = str(value)
        out[str(key)] = value
    return out


def serialize(model: CityModel, fmt: str, *, base: str = DEFAULT_BASE) -> bytes:
    """The bytes of the model in one of :data:`EXPORT_FORMATS`.

    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}])
    >>> b"dct:identifier \\"A\\"" in serialize(m, "turtle")
    True
    """
    if fmt not in EXPORT_FORMATS:
        raise SynergyError(f"unknown export format '{fmt}'; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt in _RDFLIB_NAMES:
        from .rdf import model_to_rdf

        graph = model_to_rdf(model, base=base)
        kwargs = {}
        if fmt == "jsonld":
            # A context of the project's prefixes keeps the JSON-LD readable (compact IRIs).
            kwargs = {"indent": 1, "context": {
                p: str(ns) for p, ns in graph.namespaces() if p in PREFIXES or p in DATA_PREFIXES}}
        text = graph.serialize(format=_RDFLIB_NAMES[fmt], encoding="utf-8", **kwargs)
        return _in_order(text, fmt)
    import networkx as nx

    graph = flat_networkx(model)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    else:
        nx.write_gexf(graph, buffer, encoding="utf-8")
    return buffer.getvalue()


def _in_order(data: bytes, fmt: str) -> bytes:
    """rdflib writes N-Triples and JSON-LD in the order of its hash tables, which
    changes from run to run: sort them, so that the same city gives the same bytes
    (Turtle is sorted by rdflib itself).

    >>> _in_order(b"<b> <p> <o> .\\n<a> <p> <o> .\\n", "nt")
    b'<a> <p> <o> .\\n<b> <p> <o> .\\n'
    """
    if fmt == "nt":
        return b"".join(sorted(line + b"\n" for line in data.splitlines() if line.strip()))
    if fmt == "jsonld":
        import json

        document = json.loads(data.decode("utf-8"))

        def ordered(value):
            if isinstance(value, dict):  # an @list keeps its order: it is an RDF list
                return {k: ([ordered(i) for i in v] if k == "@list" and isinstance(v, list) else ordered(v))
                        for k, v in value.items()}
            if isinstance(value, list):
                return sorted((ordered(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
            return value

        return (json.dumps(ordered(document), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    return data


def export(model: CityModel, fmt: str | None, path, *, base: str = DEFAULT_BASE) -> Path:
    """Write the model to ``path`` (format guessed from the suffix when ``fmt`` is None).

    Examples
    --------
    >>> import tempfile, os
    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = export(m, None, os.path.join(d, "kota.nt"))
    ...     print(out.read_text(encoding="utf-8").count("\\n") > 0)
    True
    """
    fmt = fmt or format_for_path(path)
    return write_text_atomic(path, serialize(model, fmt, base=base))
