"""synergy.rdf: the model as RDF and back, SPARQL, and independent parsers."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from synergy.errors import InvalidData, SynergyError
from synergy.export import export
from synergy.ingest import load_model
from synergy.model import CityModel
from synergy.namespace import DCTERMS, SYN, node_iri
from synergy.rdf import CLASS_OF, COLUMN_PROPERTIES, model_to_rdf, rdf_to_records, read_rdf, sparql_query

CITY = Path(__file__).parent / "data" / "export" / "city"


@pytest.fixture(scope="module")
def city():
    model, _ = load_model(CITY)
    return model


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("id", ignore_index=True)


NODE_TABLES = ("agencies", "programs", "datasets", "applications")


def assert_same_model(a: CityModel, b: CityModel):
    for name in NODE_TABLES:
        pd.testing.assert_frame_equal(by_id(a.table(name)), by_id(b.table(name)), check_dtype=True)
    pd.testing.assert_frame_equal(a.regions, b.regions)


def test_fixture_city_has_what_the_round_trip_must_survive(city):
    # guards the fixture: extra columns, unsorted lists, empty and missing values
    assert city.extra_columns("agencies") == ["warna_peta"]
    assert city.extra_columns("programs") == ["prioritas"]
    roles = city.agencies.set_index("id").loc["DISKOMINFOTIK", "roles"]
    assert list(roles) != sorted(roles)
    assert city.programs["budget"].isna().any() and city.programs["budget"].notna().any()
    assert city.programs["description"].str.contains("\n").any()
    users = city.applications.set_index("id").loc["APP-SAMBAT", "users"]
    assert list(users) != sorted(users) and city.extra_columns("applications") == ["catatan_inventaris"]
    assert city.applications["budget"].isna().any() and len(city.regions) == 1


@pytest.mark.parametrize("suffix", [".ttl", ".jsonld", ".nt"])
def test_export_and_load_back_gives_the_same_tables(city, tmp_path, suffix):
    path = export(city, None, tmp_path / f"kota{suffix}")
    back, warnings = load_model(path)
    assert_same_model(city, back)
    assert back.extra_columns("programs") == ["prioritas"]
    # the unknown columns are announced again, never dropped silently
    assert {p.column for p in warnings} == {"warna_peta", "prioritas", "catatan_inventaris"}


def test_round_trip_with_another_base(city, tmp_path):
    base = "https://data.pasuruankota.go.id/id/"
    path = export(city, "turtle", tmp_path / "kota.ttl", base=base)
    text = path.read_text(encoding="utf-8")
    assert "https://w3id.org/synergy/id/" not in text
    assert_same_model(city, load_model(path)[0])


def test_records_from_graph_match_the_model(city):
    records = rdf_to_records(model_to_rdf(city))
    assert set(records) == {*NODE_TABLES, "regions", "decisions"}
    assert records["regions"] == [{"code": "35.75", "name": "Kota Pasuruan"}]
    for name in NODE_TABLES:
        frame = city.table(name)
        expected = [
            {k: (None if v is pd.NA else v) for k, v in row.items()}
            for row in by_id(frame).to_dict(orient="records")
        ]
        assert records[name] == expected
        assert list(records[name][0]) == list(frame.columns)


def test_no_blank_nodes_and_every_node_typed(city):
    graph = model_to_rdf(city)
    assert not any(isinstance(term, BNode) for triple in graph for term in triple)
    ids = set(city.kind_of()) | set(city.regions["code"])
    typed = {str(o) for s in graph.subjects(RDF.type, None) for o in graph.objects(s, DCTERMS.identifier)}
    assert typed == ids


def test_list_order_is_kept_only_where_needed():
    model = CityModel.from_records(
        agencies=[{"id": "A", "name": "A"}],
        programs=[{"id": "P1", "name": "x", "agency": "A", "dimension": ("living", "economy")},
                  {"id": "P2", "name": "y", "agency": "A", "dimension": ("economy", "living")}],
    )
    graph = model_to_rdf(model)
    orders = {str(s).rsplit("/", 1)[-1]: str(o) for s, o in graph.subject_objects(SYN.listOrder)}
    assert orders == {"P1": "dimension=living;economy"}
    back = {r["id"]: r["dimension"] for r in rdf_to_records(graph)["programs"]}
    assert back == {"P1": ("living", "economy"), "P2": ("economy", "living")}


def test_extra_columns_are_declared_properties():
    from synergy.model import make_table

    agencies = make_table("agencies", [{"id": "A", "name": "A", "Warna Peta": "biru", "warna-peta": "x"}],
                          extra_columns=("Warna Peta", "warna-peta"))
    model = CityModel(agencies, *(CityModel.empty().table(n) for n in ("programs", "datasets")))
    graph = model_to_rdf(model, base="http://example.org/")
    props = sorted(graph.subjects(RDFS.subPropertyOf, SYN.extraColumn))
    # two columns that fold to one slug still get two properties
    assert [str(p) for p in props] == ["http://example.org/property/agencies/warna-peta",
                                       "http://example.org/property/agencies/warna-peta-2"]
    assert {str(graph.value(p, RDFS.label)) for p in props} == {"Warna Peta", "warna-peta"}
    row = rdf_to_records(graph)["agencies"][0]
    assert (row["Warna Peta"], row["warna-peta"]) == ("biru", "x")
    assert list(row)[-2:] == ["Warna Peta", "warna-peta"]


def test_every_contract_column_has_a_predicate():
    from synergy.schema import TABLES

    for name in NODE_TABLES:
        table = TABLES[name]
        assert set(COLUMN_PROPERTIES[name]) | {"id", "name"} == set(table.column_names)


def test_pyoxigraph_reads_the_same_number_of_triples(city, tmp_path):
    import pyoxigraph

    path = export(city, "turtle", tmp_path / "kota.ttl")
    rdflib_count = len(read_rdf(path))
    with open(path, "rb") as handle:
        ox_count = sum(1 for _ in pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.TURTLE))
    assert ox_count == rdflib_count == len(model_to_rdf(city))


def test_bad_base_is_refused(city):
    with pytest.raises(SynergyError, match="must end with"):
        model_to_rdf(city, base="http://example.org/kota")


def test_unreadable_rdf_names_the_file(tmp_path):
    bad = tmp_path / "rusak.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b", encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        read_rdf(bad)
    assert str(info.value.problems[0]).startswith(
        "rusak.ttl: berkas turtle ini tidak terbaca sebagai RDF; berikan berkas hasil 'synergy export' / "
        "cannot read turtle RDF:")
    with pytest.raises(InvalidData, match="not an RDF file"):
        read_rdf(tmp_path / "kota.xml")


def test_ids_that_need_escaping_round_trip():
    model = CityModel.from_records(
        agencies=[{"id": "DINAS.KES_1", "name": "Dinas"}],
        programs=[{"id": "P.01-a", "name": "x", "agency": "DINAS.KES_1", "dimension": ("living",)}],
    )
    graph = model_to_rdf(model)
    assert graph.value(node_iri("program", "P.01-a"), SYN.runBy) == node_iri("agency", "DINAS.KES_1")
    assert rdf_to_records(graph)["programs"][0]["agency"] == "DINAS.KES_1"


# ------------------------------------------------------------------------ SPARQL
def test_sparql_select_with_prefixes_and_vocabulary(city):
    frame = sparql_query(
        model_to_rdf(city),
        """SELECT ?dim (COUNT(?p) AS ?n) WHERE {
             ?p a syn:Program ; syn:supportsDimension ?d . ?d skos:notation ?dim }
           GROUP BY ?dim ORDER BY ?dim""",
    )
    exploded = city.programs["dimension"].explode().value_counts().sort_index()
    assert frame["dim"].tolist() == exploded.index.tolist()
    assert frame["n"].tolist() == exploded.tolist()


def test_sparql_compact_iris_and_graph_untouched(city):
    graph = model_to_rdf(city)
    before = len(graph)
    frame = sparql_query(graph, "SELECT ?p WHERE { ?p syn:runBy ag:DINKES }", compact=True)
    assert frame["p"].tolist() == ["pr:P-002"]
    assert len(graph) == before


def test_sparql_ask_and_construct(city):
    graph = model_to_rdf(city)
    assert sparql_query(graph, "ASK { pr:P-004 syn:dependsOn pr:P-003 }")["ask"].tolist() == [True]
    frame = sparql_query(graph, "CONSTRUCT { ?a syn:runs ?p } WHERE { ?p syn:runBy ?a }")
    assert list(frame.columns) == ["subject", "predicate", "object"]
    assert len(frame) == len(city.programs)


def test_sparql_syntax_error_is_a_synergy_error(city):
    with pytest.raises(SynergyError, match="SPARQL query failed"):
        sparql_query(model_to_rdf(city), "SELECT WHERE {")


def test_sparql_users_prefix_wins(city):
    frame = sparql_query(model_to_rdf(city), "PREFIX pr: <http://elsewhere/> SELECT ?x WHERE { pr:P-001 ?p ?x }")
    assert frame.empty


def test_hand_edited_rdf_problems_reach_validation(tmp_path):
    # a budget that is not a number and a program run by two agencies must be reported, not dropped
    path = tmp_path / "edited.ttl"
    path.write_text("""
@prefix syn: <https://w3id.org/synergy/ontology#> .
@prefix dim: <https://w3id.org/synergy/dimension/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix ag: <https://w3id.org/synergy/id/agency/> .
@prefix pr: <https://w3id.org/synergy/id/program/> .
ag:A a syn:Agency, org:Organization ; dct:identifier "A" ; dct:title "Dinas A" .
ag:B a syn:Agency, org:Organization ; dct:identifier "B" ; dct:title "Dinas B" .
pr:P1 a syn:Program ; dct:identifier "P1" ; dct:title "x" ; syn:runBy ag:A, ag:B ;
    syn:supportsDimension dim:living ; syn:budget "satu milyar" .
""", encoding="utf-8")
    row = rdf_to_records(path)["programs"][0]
    assert (row["agency"], row["budget"]) == ("A;B", "satu milyar")
    with pytest.raises(InvalidData) as info:
        load_model(path)
    lines = [str(p) for p in info.value.problems if p.is_error]
    assert [l.split(":", 3)[2].strip() for l in lines] == ["agency", "budget"]
    assert all(l.startswith("edited.ttl[programs]:1:") for l in lines)


# ------------------------------------------------------------ any graph at all
_NODES = [URIRef(f"https://w3id.org/synergy/id/{k}/{i}") for k in ("agency", "program", "dataset", "property/programs") for i in ("A", "B")]
_PREDICATES = [RDF.type, RDFS.label, RDFS.domain, RDFS.subPropertyOf, DCTERMS.identifier, DCTERMS.title,
               SYN.listOrder, SYN.columnPosition, *{p for props in COLUMN_PROPERTIES.values() for p in props.values()}]
_OBJECTS = st.one_of(
    st.sampled_from(_NODES + list(CLASS_OF.values()) + [SYN.Region, SYN.extraColumn, URIRef("https://w3id.org/synergy/dimension/living")]),
    st.text(max_size=12).map(Literal),
    st.integers(-10**12, 10**12).map(Literal),
    st.sampled_from([Literal("x", lang="id"), Literal("2024", datatype=XSD.gYear), Literal("abc", datatype=XSD.integer),
                     Literal("=1", datatype=XSD.string), Literal(1.5)]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NODES), st.sampled_from(_PREDICATES), _OBJECTS), max_size=40))
def test_rdf_to_records_takes_any_graph(triples):
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    records = rdf_to_records(graph)
    assert set(records) == {*NODE_TABLES, "regions", "decisions"}
    for rows in records.values():
        for row in rows:
            for value in row.values():
                assert value is None or isinstance(value, (str, int, tuple))
