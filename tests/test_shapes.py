"""SHACL shapes (ontology/shapes.ttl): every shape has a valid and an invalid fixture.

Fixtures live in tests/data/shapes/<Shape>-valid.ttl and <Shape>-invalid-NN.ttl.
Each invalid fixture lists the violations it must produce, one per line, as
``# expect: <focus> <path or -> <constraint component>``; the test asserts that
pySHACL reports exactly that set.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from synergy.model import CityModel
from synergy.namespace import PREFIXES, DEFAULT_BASE
from synergy.rdf import model_to_rdf, shapes_graph, validate_shapes

HERE = Path(__file__).parent
SHAPES_DIR = HERE / "data" / "shapes"
SH = "http://www.w3.org/ns/shacl#"
SYNSH = "https://w3id.org/synergy/shapes#"

VALID = sorted(SHAPES_DIR.glob("*-valid.ttl"))
INVALID = sorted(SHAPES_DIR.glob("*-invalid-*.ttl"))

CURIES = {
    **{p: str(ns) for p, ns in PREFIXES.items()},
    "ag": DEFAULT_BASE + "agency/",
    "pr": DEFAULT_BASE + "program/",
    "ds": DEFAULT_BASE + "dataset/",
    "ap": DEFAULT_BASE + "application/",
    "rg": DEFAULT_BASE + "region/",
    "kp": DEFAULT_BASE + "decision/",
    "pe": DEFAULT_BASE + "person/",
    "ex": DEFAULT_BASE + "property/programs/",
}


def curie(iri: str) -> str:
    if not iri:
        return "-"
    best = None
    for prefix, ns in CURIES.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(CURIES[best])):
            best = prefix
    return f"{best}:{iri[len(CURIES[best]):]}" if best else iri


def parse(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def expectations(path: Path) -> set[tuple[str, str, str]]:
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"#\s*expect:\s*(\S+)\s+(\S+)\s+(\S+)\s*$", line)
        if m:
            found.add(m.groups())
    return found


def node_shape_names() -> set[str]:
    graph = shapes_graph()
    return {str(s)[len(SYNSH):] for s in graph.subjects(RDF.type, Graph().namespace_manager.expand_curie("sh:NodeShape"))}


def test_fixtures_exist_for_every_node_shape():
    names = node_shape_names()
    assert {"AgencyShape", "AgencyParentShape", "OneKindShape", "ProgramShape", "ProgramDependencyShape", "DatasetShape", "ExtraColumnShape",
            "ApplicationShape", "RegionShape", "DecisionShape"} <= names
    valid = {p.name.split("-valid")[0] for p in VALID}
    invalid = {p.name.split("-invalid")[0] for p in INVALID}
    assert names == valid == invalid


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_fixture_conforms(path):
    report = validate_shapes(parse(path))
    assert report.conforms, report.results.to_string()
    assert report.results.empty


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_fixture_reports_exactly_the_expected_violations(path):
    expected = expectations(path)
    assert expected, f"{path.name} declares no '# expect:' lines"
    report = validate_shapes(parse(path))
    assert not report.conforms
    got = {(curie(r.focus), curie(r.path) if r.path else "-", r.component) for r in report.results.itertuples()}
    assert got == expected
    assert (report.results["severity"] == "Violation").all()
    # every violation carries the shape's message in both languages where one is given
    assert report.results["message"].str.len().gt(0).all()


def test_every_named_property_shape_is_exercised_by_an_invalid_fixture():
    from pyshacl import validate

    shapes = shapes_graph()
    named = {
        str(s) for s in shapes.subjects(RDF.type, shapes.namespace_manager.expand_curie("sh:PropertyShape"))
        if str(s).startswith(SYNSH)
    }
    hit = set()
    for path in INVALID:
        _, report, _ = validate(parse(path), shacl_graph=shapes, inference="none", advanced=True)
        for res in report.subjects(RDF.type, report.namespace_manager.expand_curie("sh:ValidationResult")):
            hit.add(str(report.value(res, report.namespace_manager.expand_curie("sh:sourceShape"))))
    assert len(named) >= 30
    missing = sorted(s[len(SYNSH):] for s in named - hit)
    assert missing == []


def test_validation_does_not_change_the_users_graph():
    graph = parse(SHAPES_DIR / "ProgramShape-invalid-01.ttl")
    before = set(graph)
    validate_shapes(graph)
    assert set(graph) == before


def test_model_to_rdf_of_a_valid_model_conforms():
    model = CityModel.from_records(
        agencies=[{"id": "A", "name": "Dinas A", "type": "dinas", "roles": ("walidata",), "urusan": ("2.16",)},
                  {"id": "B", "name": "Bagian B", "parent": "A"}],
        programs=[{"id": "P1", "name": "x", "agency": "A", "dimension": ("living", "economy"), "element": "health",
                   "budget": 0, "start_year": 2024, "end_year": 2024, "horizon": "short", "status": "done",
                   "uses": ("D1",), "depends_on": ("P2",), "needs": ("data banjir",)},
                  {"id": "P2", "name": "y", "agency": "B", "dimension": ("governance",), "produces": ("D1",)}],
        datasets=[{"id": "D1", "name": "d", "producer": "B", "classification": "terbatas", "keywords": ("a", "b")}],
    )
    report = validate_shapes(model_to_rdf(model, base="http://example.org/kota/"))
    assert report.conforms, report.results.to_string()


@pytest.mark.parametrize("path", VALID + INVALID, ids=[p.stem for p in VALID + INVALID])
def test_shapes_need_no_ontology(path):
    # docs promise `pyshacl -s shapes.ttl data.ttl` answers as validate_shapes does
    from pyshacl import validate

    conforms, report, _ = validate(parse(path), shacl_graph=shapes_graph(), inference="none", advanced=False)
    ours = validate_shapes(parse(path))
    assert conforms == ours.conforms
    assert len(set(report.subjects(RDF.type, report.namespace_manager.expand_curie("sh:ValidationResult")))) == len(ours.results)
