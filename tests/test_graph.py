"""synergy.graph.to_networkx: nodes, kinds, relations and attributes as docs/architecture.md says."""
from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from synergy.graph import RELATIONS, to_networkx
from synergy.model import CityModel
from synergy.schema import DIMENSIONS, ELEMENTS


@pytest.fixture(scope="module")
def model():
    return CityModel.from_records(
        agencies=[
            {"id": "KOMINFO", "name": "Dinas Kominfo", "short_name": "Kominfo", "roles": ("walidata",)},
            {"id": "DINKES", "name": "Dinas Kesehatan"},
            {"id": "UPT", "name": "UPT Puskesmas", "parent": "DINKES"},
        ],
        programs=[
            {"id": "P1", "name": "Portal Satu Data", "agency": "KOMINFO", "dimension": ("governance",),
             "element": "public-policy", "uses": ("D-GIZI",), "budget": 100},
            {"id": "P2", "name": "Posyandu Digital", "agency": "DINKES", "dimension": ("living", "society"),
             "element": "health", "produces": ("D-GIZI",), "uses": ("D-NIK",), "depends_on": ("P1",)},
            {"id": "P3", "name": "Puskesmas Online", "agency": "UPT", "dimension": ("living",),
             "uses": ("D-GIZI", "D-NIK"), "produces": ("D-GIZI",)},
        ],
        datasets=[
            {"id": "D-GIZI", "name": "Status Gizi", "producer": "DINKES", "keywords": ("gizi", "balita")},
            {"id": "D-NIK", "name": "NIK", "producer": "KOMINFO"},
        ],
        applications=[
            {"id": "APP-1", "name": "e-Posyandu", "agency": "DINKES", "programs": ("P2",), "uses": ("D-NIK",),
             "produces": ("D-GIZI",), "users": ("UPT",), "dimension": ("living",), "element": "health"},
        ],
    )


def test_node_counts_and_kinds(model):
    g = to_networkx(model)
    assert isinstance(g, nx.MultiDiGraph)
    kinds = Counter(kind for _, kind in g.nodes(data="kind"))
    assert kinds == {"agency": 3, "program": 3, "dataset": 2, "application": 1,
                     "dimension": len(DIMENSIONS), "element": len(ELEMENTS)}
    assert g.nodes["dim:living"]["kind"] == "dimension"
    assert g.nodes["el:health"]["dimension"] == "living"


def test_edges_by_relation(model):
    g = to_networkx(model)
    relations = Counter(rel for _, _, rel in g.edges(data="relation"))
    assert relations == {
        "runs": 3, "publishes": 2, "unit_of": 1, "owns": 1, "runs_on": 1, "used_by": 1,
        "uses": 5, "produces": 3, "depends_on": 1,
        "in_dimension": 5, "has_element": 3, "part_of": len(ELEMENTS),
    }
    # the key of every edge is its relation, and ends have the kinds RELATIONS promises
    for u, v, key, rel in g.edges(keys=True, data="relation"):
        assert key == rel
        assert (g.nodes[u]["kind"], g.nodes[v]["kind"]) in RELATIONS[rel]


def test_edge_directions(model):
    g = to_networkx(model)
    assert g.has_edge("KOMINFO", "P1", key="runs")
    assert g.has_edge("DINKES", "D-GIZI", key="publishes")
    assert g.has_edge("UPT", "DINKES", key="unit_of")
    assert g.has_edge("P2", "P1", key="depends_on")
    assert g.has_edge("P2", "dim:society", key="in_dimension")
    assert g.has_edge("P2", "el:health", key="has_element")
    assert g.has_edge("el:health", "dim:living", key="part_of")
    # same pair, two relations: two edges
    assert set(g["P3"]["D-GIZI"]) == {"uses", "produces"}
    assert g.has_edge("DINKES", "APP-1", key="owns") and g.has_edge("P2", "APP-1", key="runs_on")
    assert g.has_edge("APP-1", "UPT", key="used_by") and g.has_edge("APP-1", "D-NIK", key="uses")


def test_node_attributes_are_the_row(model):
    g = to_networkx(model)
    p2 = g.nodes["P2"]
    assert p2["label"] == "Posyandu Digital"
    assert p2["dimension"] == ("living", "society")
    assert p2["budget"] is None
    assert g.nodes["P1"]["budget"] == 100 and type(g.nodes["P1"]["budget"]) is int
    assert g.nodes["KOMINFO"]["label"] == "Kominfo"  # short name on maps
    assert g.nodes["DINKES"]["label"] == "Dinas Kesehatan"
    assert g.nodes["D-GIZI"]["keywords"] == ("gizi", "balita")


def test_model_is_not_changed(model):
    before = {n: model.table(n).copy() for n in ("agencies", "programs", "datasets")}
    to_networkx(model)
    for name, frame in before.items():
        assert frame.equals(model.table(name))


def test_empty_model_has_the_scheme_only():
    g = to_networkx(CityModel.empty())
    assert g.number_of_nodes() == len(DIMENSIONS) + len(ELEMENTS)
    assert g.number_of_edges() == len(ELEMENTS)


def test_dangling_reference_gets_an_unknown_node():
    m = CityModel.from_records(
        agencies=[{"id": "A", "name": "A"}],
        programs=[{"id": "P", "name": "x", "agency": "A", "dimension": ("living",), "uses": ("NOPE",)}],
    )
    g = to_networkx(m)
    assert g.nodes["NOPE"]["kind"] == "unknown"
    assert g.has_edge("P", "NOPE", key="uses")
