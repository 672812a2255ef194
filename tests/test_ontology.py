"""The ontology files: declared terms, bilingual labels, the dimension scheme, docs queries."""
from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import synergy
from synergy.ingest import load_model
from synergy.namespace import DCTERMS, DIM, ORG, PROV, SYN
from synergy.rdf import model_to_rdf, ontology_graph, shapes_graph, sparql_query, vocabulary_graph
from synergy.schema import DIMENSION_ALIASES, DIMENSIONS, ELEMENTS

ROOT = Path(__file__).resolve().parent.parent
CITY = ROOT / "tests" / "data" / "export" / "city"
DECLARED_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


def ttl(name: str) -> Graph:
    return Graph().parse(data=files("synergy.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")


def declared_syn_terms() -> set[str]:
    graph = ttl("synergy.ttl")
    return {str(s)[len(str(SYN)):] for t in DECLARED_TYPES for s in graph.subjects(RDF.type, t) if str(s).startswith(str(SYN))}


def test_package_data_holds_the_three_files():
    names = {p.name for p in files("synergy.ontology").iterdir()}
    assert {"synergy.ttl", "dimensions.ttl", "shapes.ttl"} <= names


def test_ontology_header_and_version():
    graph = ttl("synergy.ttl")
    onto = URIRef("https://w3id.org/synergy/ontology")
    assert (onto, RDF.type, OWL.Ontology) in graph
    assert str(graph.value(onto, OWL.versionInfo)) == synergy.__version__


def test_every_term_has_english_and_indonesian_label_and_comment():
    graph = ttl("synergy.ttl")
    # Named terms only: a union class used as a domain is an anonymous helper.
    terms = [s for t in DECLARED_TYPES for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)]
    assert len(terms) >= 35
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in graph.objects(term, prop) if isinstance(o, Literal)}
            assert {"en", "id"} <= langs, f"{term} lacks {prop} in en and id"


def test_alignment_with_w3c_vocabularies():
    graph = ttl("synergy.ttl")
    assert (SYN.Agency, RDFS.subClassOf, ORG.Organization) in graph
    assert (SYN.Program, RDFS.subClassOf, PROV.Activity) in graph
    assert (SYN.dependsOn, RDFS.subPropertyOf, DCTERMS.requires) in graph
    assert (SYN.uses, RDFS.subPropertyOf, PROV.used) in graph
    assert (SYN.runs, OWL.inverseOf, SYN.runBy) in graph
    for cls in (SYN.Dimension, SYN.Element):
        assert (cls, RDFS.subClassOf, SKOS.Concept) in graph


def _code_files():
    for folder in ("synergy", "visualizations"):
        yield from (ROOT / folder).rglob("*.py")
    yield ROOT / "cli.py"


def test_every_syn_term_the_code_uses_is_declared():
    used = {}
    patterns = [r"\bSYN\.([A-Za-z_]\w*)", r"\bSYN\[\s*[\"'](\w+)[\"']\s*\]", r"\bsyn:([A-Za-z_]\w*)"]
    for path in _code_files():
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            for name in re.findall(pattern, text):
                used.setdefault(name, path.relative_to(ROOT))
    assert {"runBy", "listOrder", "extraColumn"} <= set(used)  # the scan finds real uses
    missing = {name: str(where) for name, where in used.items() if name not in declared_syn_terms()}
    assert missing == {}


def test_every_dim_term_the_code_uses_is_in_the_scheme():
    concepts = {str(c)[len(str(DIM)):] for c in ttl("dimensions.ttl").subjects(RDF.type, SKOS.Concept)} | {"scheme"}
    patterns = [r"\bDIM\.([A-Za-z_]\w*)", r"\bDIM\[\s*[\"']([\w-]+)[\"']\s*\]", r"\bdim:([A-Za-z_][\w-]*)"]
    used = {}
    for path in [*_code_files(), ROOT / "scripts" / "build_dimensions_ttl.py"]:
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            for name in re.findall(pattern, text):
                used.setdefault(name, str(path.relative_to(ROOT)))
    assert "scheme" in used
    assert {n: w for n, w in used.items() if n not in concepts} == {}


def test_every_syn_and_dim_term_in_the_turtle_files_is_declared():
    declared = declared_syn_terms()
    concepts = {str(c) for c in ttl("dimensions.ttl").subjects(RDF.type, SKOS.Concept)} | {str(DIM.scheme)}
    # every Turtle file shipped in ontology/ (lexicon and other shapes included)
    sources = [ttl(p.name) for p in files("synergy.ontology").iterdir() if p.name.endswith(".ttl")]
    assert len(sources) >= 3
    sources.append(model_to_rdf(load_model(CITY)[0]))
    sources += [Graph().parse(p) for p in (ROOT / "tests" / "data" / "shapes").glob("*-valid.ttl")]
    for graph in sources:
        for triple in graph:
            for term in triple:
                text = str(term)
                if isinstance(term, URIRef) and text.startswith(str(SYN)):
                    assert text[len(str(SYN)):] in declared, text
                if isinstance(term, URIRef) and text.startswith(str(DIM)):
                    assert text in concepts, text


def test_dimension_scheme_agrees_with_the_schema():
    graph = ttl("dimensions.ttl")
    tops = set(graph.objects(DIM.scheme, SKOS.hasTopConcept))
    assert tops == {DIM[d] for d in DIMENSIONS}
    assert set(graph.subjects(RDF.type, SYN.Dimension)) == tops
    for d, (label_id, label_en) in DIMENSIONS.items():
        assert (DIM[d], SKOS.prefLabel, Literal(label_id, lang="id")) in graph
        assert (DIM[d], SKOS.prefLabel, Literal(label_en, lang="en")) in graph
        assert (DIM[d], SKOS.topConceptOf, DIM.scheme) in graph
        assert str(graph.value(DIM[d], SKOS.notation)) == d
    assert set(graph.subjects(RDF.type, SYN.Element)) == {DIM[e] for e in ELEMENTS}
    for e, (d, label_id, label_en) in ELEMENTS.items():
        assert set(graph.objects(DIM[e], SKOS.broader)) == {DIM[d]}
        assert (DIM[d], SKOS.narrower, DIM[e]) in graph
        assert (DIM[e], SKOS.prefLabel, Literal(label_id, lang="id")) in graph
        assert (DIM[e], SKOS.prefLabel, Literal(label_en, lang="en")) in graph
        assert {o.language for o in graph.objects(DIM[e], SKOS.scopeNote)} == {"en", "id"}
        assert str(graph.value(DIM[e], SKOS.notation)) == e


def test_accepted_spellings_are_labels():
    graph = ttl("dimensions.ttl")
    for d, aliases in DIMENSION_ALIASES.items():
        labels = {str(o).casefold() for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(DIM[d], p)}
        assert {a.casefold() for a in aliases} <= labels, d
    assert (DIM.governance, SKOS.altLabel, Literal("tata kelola")) in graph


def test_skos_one_preflabel_per_language():
    graph = ttl("dimensions.ttl")
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        langs = [o.language for o in graph.objects(concept, SKOS.prefLabel)]
        assert sorted(langs) == ["en", "id"], concept
        prefs = set(graph.objects(concept, SKOS.prefLabel))
        assert not prefs & set(graph.objects(concept, SKOS.altLabel))


REFERENCE_CSV = ROOT.parent / "shared" / "reference" / "dimensions.csv"


@pytest.mark.skipif(not REFERENCE_CSV.exists(), reason="the shared reference folder is not on this machine")
def test_committed_scheme_is_what_the_script_generates():
    import importlib.util

    from rdflib.compare import isomorphic

    spec = importlib.util.spec_from_file_location("build_dimensions_ttl", ROOT / "scripts" / "build_dimensions_ttl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert isomorphic(module.build(REFERENCE_CSV), ttl("dimensions.ttl"))


def test_vocabulary_graph_is_a_fresh_copy():
    one = vocabulary_graph()
    one.add((SYN.Agency, RDFS.label, Literal("changed")))
    assert (SYN.Agency, RDFS.label, Literal("changed")) not in vocabulary_graph()
    assert len(ontology_graph()) < len(vocabulary_graph())


def doc_queries() -> list[str]:
    text = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    return re.findall(r"```sparql\n(.*?)```", text, flags=re.S)


def test_docs_have_example_queries():
    assert len(doc_queries()) >= 4


@pytest.mark.parametrize("index", range(4))
def test_docs_example_query_runs_and_answers(index):
    model = load_model(CITY)[0]
    frame = sparql_query(model_to_rdf(model), doc_queries()[index])
    assert not frame.empty
    if index == 0:  # programs per dimension agree with the tables
        counts = model.programs["dimension"].explode().value_counts()
        assert dict(zip(frame["dimension"], frame["programs"])) == counts.to_dict()
    if index == 1:  # cross-agency use of a dataset
        assert all(frame["producer"] != frame["user"])
        assert ("DS-NIK", "P-001") in set(zip(frame["dataset"], frame["program"]))
    if index == 2:
        assert ("P-004", "P-003", "depends_on") in set(zip(frame["program"], frame["dependsOn"], frame["via"]))
        assert ("P-002", "P-003", "DS-DTKS") in set(zip(frame["program"], frame["dependsOn"], frame["via"]))
    if index == 3:
        with_budget = model.programs[model.programs["budget"].notna()]
        budgets = with_budget.groupby("agency")["budget"].sum()
        assert dict(zip(frame["agency"], frame["total"])) == {k: int(v) for k, v in budgets.items()}


@pytest.mark.parametrize("name", ["synergy.ttl", "dimensions.ttl", "shapes.ttl"])
def test_oxigraph_parses_the_ontology_files_alike(name):
    import pyoxigraph

    data = files("synergy.ontology").joinpath(name).read_bytes()
    assert sum(1 for _ in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE)) == len(ttl(name))


def test_shapes_file_is_well_formed_shacl():
    from pyshacl import validate

    data = Graph().parse(ROOT / "tests" / "data" / "shapes" / "ProgramShape-valid.ttl")
    conforms, _, text = validate(data, shacl_graph=shapes_graph(), meta_shacl=True, inference="none")
    assert conforms, text
