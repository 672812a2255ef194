"""RDF terms as text, for the code that speaks N-Triples and SPARQL without rdflib objects.

One job, shared by the Oxigraph store (:mod:`synergy.store`) and the SPARQL 1.1
protocol client (:mod:`synergy.endpoint`): quote a literal, the project's prefix
map for a base IRI, an IRI written with the longest matching prefix, and the
Python value of a typed literal.
"""
from __future__ import annotations

from .namespace import KIND_PATHS, PREFIXES

__all__ = ["literal", "query_prefixes", "compact_iri", "literal_value"]

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def literal(text: str) -> str:
    """A plain literal in N-Triples / SPARQL syntax: quoted, with ``\\``, ``"`` and line breaks escaped.

    >>> print(literal('Aplikasi "Sambat"\\nbaru'))
    "Aplikasi \\"Sambat\\"\\nbaru"
    """
    return '"' + text.translate(_ESCAPES) + '"'


def query_prefixes(base: str) -> dict[str, str]:
    """The project's prefixes (:data:`synergy.namespace.PREFIXES`) plus ``ag:``, ``pr:``, ``ds:`` under ``base``.

    >>> query_prefixes("https://kota.example/id/")["pr"]
    'https://kota.example/id/program/'
    """
    found = {p: str(ns) for p, ns in PREFIXES.items()}
    for prefix, kind in (("ag", "agency"), ("pr", "program"), ("ds", "dataset")):
        found[prefix] = base + KIND_PATHS[kind]
    return found


_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#integer": int,
    "http://www.w3.org/2001/XMLSchema#int": int,
    "http://www.w3.org/2001/XMLSchema#long": int,
    "http://www.w3.org/2001/XMLSchema#decimal": float,
    "http://www.w3.org/2001/XMLSchema#double": float,
    "http://www.w3.org/2001/XMLSchema#float": float,
}


def literal_value(text: str, datatype: str | None):
    """A Python value for a literal: numbers and booleans as such, the rest (and bad numbers) as text.

    >>> XSD = "http://www.w3.org/2001/XMLSchema#"
    >>> literal_value("5", XSD + "integer"), literal_value("true", XSD + "boolean"), literal_value("x", XSD + "int")
    (5, True, 'x')
    """
    convert = _NUMERIC.get(datatype or "")
    if convert is not None:
        try:
            return convert(text)
        except ValueError:
            return text
    if datatype == "http://www.w3.org/2001/XMLSchema#boolean":
        return text in ("true", "1")
    return text


def compact_iri(iri: str, prefixes: dict[str, str]) -> str:
    """``iri`` as ``prefix:local`` with the longest namespace in ``prefixes`` it starts with, else unchanged.

    >>> compact_iri("https://x/id/program/P-1", {"ex": "https://x/", "pr": "https://x/id/program/"})
    'pr:P-1'
    >>> compact_iri("urn:other", {"ex": "https://x/"})
    'urn:other'
    """
    best = ""
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(prefixes.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(prefixes[best]):]}" if best else iri
