"""The analysis layer: a CityModel as a networkx MultiDiGraph.

Node keys are the input ids for agencies, programs, datasets and applications, and
``dim:<dimension>`` / ``el:<element>`` for the dimension scheme (all 6 dimensions
and 18 elements are always present). Every node has ``kind`` and ``label`` and the
row's fields (list cells stay tuples, missing budget/years are ``None``).
Edges carry ``relation``, which is also their key:

=============  ==================  ==============
relation       from                to
=============  ==================  ==============
runs           agency              program
publishes      agency (producer)   dataset
owns           agency (owner)      application
unit_of        agency              parent agency
uses           program, app        dataset
produces       program, app        dataset
depends_on     program             program
runs_on        program             application (the program builds or runs it)
used_by        application         agency (a user besides the owner)
in_dimension   program, app        dimension
has_element    program, app        element
part_of        element             dimension
=============  ==================  ==============

A reference to an id that is not in the model (only possible in a model that was
not validated) still gets its edge; its target node has ``kind="unknown"``.
"""
from __future__ import annotations

import networkx as nx
import pandas as pd

from .model import CityModel
from .schema import DIMENSIONS, ELEMENTS

__all__ = ["to_networkx", "RELATIONS", "dimension_key", "element_key"]

#: relation -> the (kind of source, kind of target) pairs it links
RELATIONS = {
    "runs": {("agency", "program")},
    "publishes": {("agency", "dataset")},
    "owns": {("agency", "application")},
    "unit_of": {("agency", "agency")},
    "uses": {("program", "dataset"), ("application", "dataset")},
    "produces": {("program", "dataset"), ("application", "dataset")},
    "depends_on": {("program", "program")},
    "runs_on": {("program", "application")},
    "used_by": {("application", "agency")},
    "in_dimension": {("program", "dimension"), ("application", "dimension")},
    "has_element": {("program", "element"), ("application", "element")},
    "part_of": {("element", "dimension")},
}


def dimension_key(dimension: str) -> str:
    """The node key of a dimension.

    >>> dimension_key("living")
    'dim:living'
    """
    return f"dim:{dimension}"


def element_key(element: str) -> str:
    """The node key of an element.

    >>> element_key("health")
    'el:health'
    """
    return f"el:{element}"


def _nodes(frame: pd.DataFrame, kind: str, label_of):
    # Nullable integers become Python ints / None once per column, not per cell.
    columns = {}
    for name in frame.columns:
        col = frame[name]
        if isinstance(col.dtype, pd.Int64Dtype):
            col = col.astype(object).where(col.notna(), None)
        columns[name] = col
    records = pd.DataFrame(columns, index=frame.index).to_dict(orient="records") if len(frame) else []
    out = []
    for attrs in records:
        attrs["kind"] = kind
        attrs["label"] = label_of(attrs)
        out.append((attrs["id"], attrs))
    return out


def _pairs(frame: pd.DataFrame, source: str, target: str, relation: str, *, wrap=None, reverse=False):
    """(u, v, relation) for every non-empty cell of ``target`` (lists exploded)."""
    if frame.empty:
        return []
    sub = frame[[source, target]]
    if sub[target].map(lambda v: isinstance(v, tuple)).any():
        sub = sub.explode(target)
    sub = sub[sub[target].map(lambda v: isinstance(v, str) and v != "")]
    us, vs = sub[source].tolist(), sub[target].tolist()
    if wrap is not None:
        vs = [wrap(v) for v in vs]
    if reverse:
        us, vs = vs, us
    return [(u, v, relation) for u, v in zip(us, vs)]


def to_networkx(model: CityModel) -> nx.MultiDiGraph:
    """The model as a new MultiDiGraph (schema in the module docstring).

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "DINSOS", "name": "Dinas Sosial"}],
    ...     programs=[{"id": "P-1", "name": "DTKS", "agency": "DINSOS",
    ...                "dimension": ("economy",), "element": "welfare", "produces": ("DS-1",)}],
    ...     datasets=[{"id": "DS-1", "name": "Data DTKS", "producer": "DINSOS"}])
    >>> g = to_networkx(m)
    >>> sorted(k for _, _, k in g.out_edges("P-1", keys=True))
    ['has_element', 'in_dimension', 'produces']
    >>> g.nodes["DINSOS"]["kind"], g.nodes["el:welfare"]["label"]
    ('agency', 'Kesejahteraan Rakyat')
    """
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(
        (dimension_key(d), {"kind": "dimension", "id": d, "label": label_id, "label_en": label_en})
        for d, (label_id, label_en) in DIMENSIONS.items()
    )
    graph.add_nodes_from(
        (element_key(e), {"kind": "element", "id": e, "dimension": d, "label": label_id, "label_en": label_en})
        for e, (d, label_id, label_en) in ELEMENTS.items()
    )
    agency_labels = model.agency_labels()
    graph.add_nodes_from(_nodes(model.agencies, "agency", lambda r: agency_labels[r["id"]]))
    graph.add_nodes_from(_nodes(model.programs, "program", lambda r: r.get("name") or r["id"]))
    graph.add_nodes_from(_nodes(model.datasets, "dataset", lambda r: r.get("name") or r["id"]))
    graph.add_nodes_from(_nodes(model.applications, "application", lambda r: r.get("name") or r["id"]))

    edges = []
    edges += [(element_key(e), dimension_key(d), "part_of") for e, (d, _, _) in ELEMENTS.items()]
    a, p, d = model.agencies, model.programs, model.datasets
    edges += _pairs(a, "id", "parent", "unit_of")
    edges += _pairs(p, "id", "agency", "runs", reverse=True)
    edges += _pairs(d, "id", "producer", "publishes", reverse=True)
    edges += _pairs(p, "id", "uses", "uses")
    edges += _pairs(p, "id", "produces", "produces")
    edges += _pairs(p, "id", "depends_on", "depends_on")
    edges += _pairs(p, "id", "dimension", "in_dimension", wrap=dimension_key)
    edges += _pairs(p, "id", "element", "has_element", wrap=element_key)
    apps = model.applications
    edges += _pairs(apps, "id", "agency", "owns", reverse=True)
    edges += _pairs(apps, "id", "programs", "runs_on", reverse=True)
    edges += _pairs(apps, "id", "users", "used_by")
    edges += _pairs(apps, "id", "uses", "uses")
    edges += _pairs(apps, "id", "produces", "produces")
    edges += _pairs(apps, "id", "dimension", "in_dimension", wrap=dimension_key)
    edges += _pairs(apps, "id", "element", "has_element", wrap=element_key)

    known = graph.nodes
    missing = {v for _, v, _ in edges if v not in known} | {u for u, _, _ in edges if u not in known}
    add_edge = graph.add_edge  # a plain loop is faster than add_edges_from with attribute dicts
    for u, v, relation in edges:
        add_edge(u, v, relation, relation=relation)
    for node in missing:
        graph.nodes[node].update({"kind": "unknown", "id": node, "label": node})
    return graph
