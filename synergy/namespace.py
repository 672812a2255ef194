"""Every IRI the code uses, defined once, and the prefixes bound in one place.

A test checks that each ``SYN`` term used here is declared in ontology/synergy.ttl.
"""
from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCAT, DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "SYN", "DIM", "DEFAULT_BASE", "PREFIXES", "bind_prefixes", "sparql_prologue",
    "DCAT", "DCTERMS", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD", "CPSV",
    "node_iri", "SCHEMA", "VCARD", "FOAF", "EU_AUTHORITY", "DATA_PREFIXES", "data_namespaces",
]

#: The ontology: classes and properties of synergy.
SYN = Namespace("https://w3id.org/synergy/ontology#")
#: The SKOS scheme of the 6 dimensions and 18 elements.
DIM = Namespace("https://w3id.org/synergy/dimension/")
#: schema.org (syn:Application is a schema:SoftwareApplication).
SCHEMA = Namespace("https://schema.org/")
#: Core Public Service Vocabulary (kept for alignment statements in the ontology).
CPSV = Namespace("http://purl.org/vocab/cpsv#")
#: Where data nodes are minted unless the user gives another base.
DEFAULT_BASE = "https://w3id.org/synergy/id/"
#: vCard (DCAT contact points) and FOAF (DCAT-AP publishers), for the DCAT export.
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
#: EU Publications Office authority tables that DCAT-AP asks for (access rights,
#: languages, file types, frequencies): append e.g. "access-right/PUBLIC".
EU_AUTHORITY = Namespace("http://publications.europa.eu/resource/authority/")

PREFIXES = {
    "syn": SYN, "dim": DIM, "dcat": DCAT, "dct": DCTERMS, "org": ORG, "owl": OWL,
    "prov": PROV, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD, "cpsv": CPSV, "schema": SCHEMA,
}

#: The path segment under the base for each kind of data node.
KIND_PATHS = {"agency": "agency/", "program": "program/", "dataset": "dataset/", "application": "application/",
              "region": "region/", "decision": "decision/", "person": "person/"}
#: The prefix of each kind of data node (its namespace depends on the base).
DATA_PREFIXES = {"ag": "agency", "pr": "program", "ds": "dataset", "ap": "application", "rg": "region"}


def data_namespaces(base: str = DEFAULT_BASE) -> dict[str, str]:
    """``{prefix: namespace}`` of the data nodes under ``base``.

    >>> data_namespaces("http://example.org/")["pr"]
    'http://example.org/program/'
    """
    return {prefix: base + KIND_PATHS[kind] for prefix, kind in DATA_PREFIXES.items()}


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    """Bind the project's prefixes (and the data base as ``ag:``, ``pr:``, ``ds:``, ``ap:``)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    for prefix, ns in data_namespaces(base).items():
        graph.bind(prefix, Namespace(ns), override=True)
    return graph


def sparql_prologue(base: str = DEFAULT_BASE) -> str:
    """PREFIX lines for a SPARQL query with the project's prefixes.

    >>> "PREFIX syn: <https://w3id.org/synergy/ontology#>" in sparql_prologue()
    True
    """
    namespaces = {**PREFIXES, **data_namespaces(base)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in namespaces.items()]
    return "\n".join(lines) + "\n"


def node_iri(kind: str, node_id: str, base: str = DEFAULT_BASE):
    """The IRI of an agency, program, dataset or application.

    >>> str(node_iri("program", "P-001"))
    'https://w3id.org/synergy/id/program/P-001'
    """
    from rdflib import URIRef
    from urllib.parse import quote

    return URIRef(base + KIND_PATHS[kind] + quote(node_id, safe="-_.~"))
