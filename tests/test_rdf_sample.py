"""The embedded sample city (Kota Pasuruan) as RDF: conforms to shapes.ttl, round-trips, parses in Oxigraph."""
from __future__ import annotations

import pandas as pd
import pytest
from rdflib import Graph

from synergy.export import export
from synergy.graph import to_networkx
from synergy.ingest import load_model
from synergy.rdf import model_to_rdf, validate_shapes


@pytest.fixture(scope="module")
def sample():
    return load_model()[0]


@pytest.fixture(scope="module")
def sample_ttl(sample, tmp_path_factory):
    return export(sample, "turtle", tmp_path_factory.mktemp("sample") / "pasuruan.ttl")


def test_exported_turtle_of_the_sample_conforms_to_the_shapes(sample_ttl):
    # read the file, as a user running pySHACL on the export would
    report = validate_shapes(Graph().parse(sample_ttl, format="turtle"))
    assert report.conforms, report.results.to_string()


def test_oxigraph_reads_the_same_triples(sample, sample_ttl):
    import pyoxigraph

    with open(sample_ttl, "rb") as handle:
        count = sum(1 for _ in pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.TURTLE))
    assert count == len(Graph().parse(sample_ttl, format="turtle")) == len(model_to_rdf(sample))


def test_sample_round_trips_through_turtle(sample, sample_ttl):
    back, _ = load_model(sample_ttl)
    for name in ("agencies", "programs", "datasets", "applications"):
        a = sample.table(name).sort_values("id", ignore_index=True)
        b = back.table(name).sort_values("id", ignore_index=True)
        pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(sample.regions, back.regions)


def test_sample_graph_has_every_row_and_link(sample):
    g = to_networkx(sample)
    for name, kind in (("agencies", "agency"), ("programs", "program"), ("datasets", "dataset"),
                       ("applications", "application")):
        ids = set(sample.table(name)["id"])
        assert {n for n, k in g.nodes(data="kind") if k == kind} == ids
    assert not [n for n, k in g.nodes(data="kind") if k == "unknown"]
    uses = sum(len(u) for u in sample.programs["uses"]) + sum(len(u) for u in sample.applications["uses"])
    assert sum(1 for *_, k in g.edges(keys=True) if k == "uses") == uses
