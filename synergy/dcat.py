"""The city's dataset catalogue as DCAT (DCAT-AP style), for CKAN and data portals.

:func:`catalog_graph` turns the ``datasets`` table (with its producers) into
one ``dcat:Catalog`` of ``dcat:Dataset``\\ s that ckanext-dcat's harvesters
read: title, description, publisher, keywords, contact point, access rights
(from the Satu Data classification), language, landing page, update frequency
and one ``dcat:Distribution`` per known resource (``dcat:accessURL``,
``dct:format``, licence). Controlled values use the EU Publications Office
authority tables, as DCAT-AP asks, and each is typed with the class DCAT-AP
expects of it. Every node has an IRI (no blank nodes), datasets and agencies
the same IRIs as :func:`synergy.rdf.model_to_rdf` gives them, so the catalogue
and the knowledge graph join.

:func:`validate_catalog` checks a catalogue against ``ontology/dcat-ap-shapes.ttl``:
the project's own SHACL shapes for DCAT-AP 2.1's mandatory properties and
ranges (not the official DCAT-AP shapes, which are not shipped).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import SynergyError
from .namespace import DCAT, DCTERMS, DEFAULT_BASE, EU_AUTHORITY, FOAF, ORG, RDF, VCARD, XSD, node_iri

__all__ = [
    "DCAT_FORMATS", "ACCESS_RIGHTS", "catalog_graph", "serialize_catalog", "write_catalog",
    "validate_catalog", "CatalogReport", "shapes_graph",
]

#: rdflib serialisation by file suffix; ckanext-dcat reads all three.
DCAT_FORMATS = {".ttl": "turtle", ".rdf": "xml", ".xml": "xml", ".jsonld": "json-ld", ".json": "json-ld"}

#: Satu Data classification -> EU access-right authority.
ACCESS_RIGHTS = {"terbuka": "PUBLIC", "terbatas": "RESTRICTED", "dikecualikan": "NON_PUBLIC"}

# Formats people write -> EU file-type authority code.
_FILE_TYPES = {
    "csv": "CSV", "xlsx": "XLSX", "xls": "XLS", "ods": "ODS", "json": "JSON", "geojson": "GEOJSON",
    "shp": "SHP", "shapefile": "SHP", "pdf": "PDF", "xml": "XML", "kml": "KML", "kmz": "KMZ", "zip": "ZIP",
    "html": "HTML", "txt": "TXT", "docx": "DOCX", "doc": "DOC", "rdf": "RDF_XML", "ttl": "RDF_TURTLE",
    "jsonld": "JSON_LD", "wms": "WMS_SRVC", "wfs": "WFS_SRVC", "gpkg": "GPKG", "tiff": "TIFF", "geotiff": "TIFF",
}
# Indonesian (and English) update frequencies -> EU frequency authority code.
_FREQUENCIES = {
    "harian": "DAILY", "daily": "DAILY", "mingguan": "WEEKLY", "weekly": "WEEKLY",
    "bulanan": "MONTHLY", "monthly": "MONTHLY", "triwulanan": "QUARTERLY", "triwulan": "QUARTERLY",
    "quarterly": "QUARTERLY", "semesteran": "ANNUAL_2", "semester": "ANNUAL_2", "enam bulanan": "ANNUAL_2",
    "tahunan": "ANNUAL", "annual": "ANNUAL", "yearly": "ANNUAL", "dua tahunan": "BIENNIAL",
    "lima tahunan": "QUINQUENNIAL", "real-time": "CONT", "realtime": "CONT", "real time": "CONT",
    "waktu nyata": "CONT", "terus-menerus": "CONT", "sewaktu-waktu": "IRREG", "tidak tentu": "IRREG",
}
_HTTP = re.compile(r"^https?://\S+$", re.IGNORECASE)


def _labels(model) -> dict[str, str]:
    """Agency id -> its name (else short name), looked up once, not per dataset."""
    a = model.agencies
    return {i: (n or s or i) for i, n, s in zip(a["id"], a["name"], a["short_name"])}


def _catalog_publisher(model) -> str | None:
    """The walidata (else the smart-city lead, else the first agency)."""
    agencies = model.agencies
    for role in ("walidata", "smart-city-lead"):
        for agency_id, roles in zip(agencies["id"], agencies["roles"]):
            if role in (roles or ()):
                return agency_id
    return agencies["id"].iloc[0] if len(agencies) else None


def catalog_graph(model, *, base: str = DEFAULT_BASE, title: str | None = None, homepage: str | None = None):
    """The datasets of ``model`` as a DCAT catalogue (an rdflib Graph).

    Parameters
    ----------
    model : CityModel
    base : str
        IRI under which the catalogue, datasets and agencies are minted.
    title : str, optional
        The catalogue's title (default "Katalog Data Smart City").
    homepage : str, optional
        The portal's address (``foaf:homepage`` of the catalogue).

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "DISKOMINFOTIK", "name": "Dinas Kominfo", "roles": ("walidata",)}],
    ...     datasets=[{"id": "DS-ADUAN", "name": "Data Aduan", "producer": "DISKOMINFOTIK",
    ...                "classification": "terbuka", "format": "csv", "url": "https://data.example.go.id/aduan.csv",
    ...                "keywords": ("aduan",)}])
    >>> g = catalog_graph(m)
    >>> from synergy.namespace import DCAT
    >>> len(list(g.subjects(RDF.type, DCAT.Dataset))), len(list(g.subjects(RDF.type, DCAT.Distribution)))
    (1, 1)
    >>> validate_catalog(g).conforms
    True
    """
    from rdflib import Graph, Literal, URIRef

    g = Graph()
    for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("vcard", VCARD), ("org", ORG),
                       ("xsd", XSD)):
        g.bind(prefix, ns, override=True)
    g.bind("eu", EU_AUTHORITY)
    catalog = URIRef(base + "catalog")
    indonesian = EU_AUTHORITY["language/IND"]
    g.add((indonesian, RDF.type, DCTERMS.LinguisticSystem))

    g.add((catalog, RDF.type, DCAT.Catalog))
    g.add((catalog, DCTERMS.title, Literal(title or "Katalog Data Smart City", lang="id")))
    if not title:
        g.add((catalog, DCTERMS.title, Literal("Smart City data catalogue", lang="en")))
    g.add((catalog, DCTERMS.description, Literal(
        "Data yang dihasilkan dan dipakai perangkat daerah dalam Masterplan Smart City.", lang="id")))
    g.add((catalog, DCTERMS.description, Literal(
        "Datasets produced and used by the city's agencies in its Smart City Masterplan.", lang="en")))
    g.add((catalog, DCTERMS.language, indonesian))
    if homepage and _HTTP.match(homepage):
        g.add((catalog, FOAF.homepage, URIRef(homepage)))
        g.add((URIRef(homepage), RDF.type, FOAF.Document))

    agencies_used = set()
    labels = _labels(model)
    publisher = _catalog_publisher(model)
    if publisher is not None:
        g.add((catalog, DCTERMS.publisher, node_iri("agency", publisher, base)))
        agencies_used.add(publisher)

    extras = set(model.datasets.columns)
    for row in model.datasets.to_dict(orient="records"):
        ds = node_iri("dataset", row["id"], base)
        g.add((catalog, DCAT.dataset, ds))
        g.add((ds, RDF.type, DCAT.Dataset))
        g.add((ds, DCTERMS.identifier, Literal(row["id"])))
        g.add((ds, DCTERMS.title, Literal(row["name"], lang="id")))
        description = row.get("description") or (
            f"{row['name']} — data dari {labels.get(row['producer'], row['producer'])}.")  # DCAT-AP requires a description
        g.add((ds, DCTERMS.description, Literal(description, lang="id")))
        g.add((ds, DCTERMS.publisher, node_iri("agency", row["producer"], base)))
        agencies_used.add(row["producer"])
        g.add((ds, DCTERMS.language, indonesian))
        for keyword in row.get("keywords") or ():
            g.add((ds, DCAT.keyword, Literal(keyword, lang="id")))
        rights = ACCESS_RIGHTS.get(row.get("classification") or "")
        if rights:
            iri = EU_AUTHORITY[f"access-right/{rights}"]
            g.add((ds, DCTERMS.accessRights, iri))
            g.add((iri, RDF.type, DCTERMS.RightsStatement))
        frequency = _FREQUENCIES.get(" ".join(str(row.get("frequency") or "").lower().split()))
        if frequency:
            iri = EU_AUTHORITY[f"frequency/{frequency}"]
            g.add((ds, DCTERMS.accrualPeriodicity, iri))
            g.add((iri, RDF.type, DCTERMS.Frequency))
        url = str(row.get("url") or "").strip()
        resources = _resources(row.get("resources") if "resources" in extras else "")
        if url and _HTTP.match(url) and not resources:
            resources = [{"url": url, "format": row.get("format") or "", "name": row["name"]}]
        elif url and _HTTP.match(url):
            g.add((ds, DCAT.landingPage, URIRef(url)))
            g.add((URIRef(url), RDF.type, FOAF.Document))
        modified = str(row.get("metadata_modified") or "").strip()
        if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$", modified):
            g.add((ds, DCTERMS.modified, Literal(modified, datatype=XSD.dateTime)))
        _contact(g, ds, row)
        licence = _licence(row)
        for n, resource in enumerate(resources, start=1):
            _distribution(g, ds, n, resource, licence)

    for agency_id in sorted(agencies_used):
        iri = node_iri("agency", agency_id, base)
        g.add((iri, RDF.type, FOAF.Agent))
        g.add((iri, RDF.type, ORG.Organization))
        g.add((iri, FOAF.name, Literal(labels.get(agency_id, agency_id), lang="id")))
        g.add((iri, DCTERMS.identifier, Literal(agency_id)))
    return g


def _resources(text) -> list[dict]:
    """Resources kept by the CKAN import (a JSON list), those with an http(s) URL."""
    if not text:
        return []
    try:
        items = json.loads(text)
    except (TypeError, ValueError):
        return []
    return [r for r in items if isinstance(r, dict) and _HTTP.match(str(r.get("url") or "").strip())]


def _licence(row: dict):
    url = str(row.get("license_url") or "").strip()
    return url if _HTTP.match(url) else None


def _iri(text: str):
    """An IRI from a typed URL or address: characters IRIs forbid (space, <, >, ", {, }, |, \\, ^, `)
    are percent-encoded, so that the catalogue always serialises.

    >>> str(_iri('https://data.kota.go.id/a b<"x">'))
    'https://data.kota.go.id/a%20b%3C%22x%22%3E'
    """
    from urllib.parse import quote

    from rdflib import URIRef

    return URIRef(quote(text, safe="!#$%&'()*+,/:;=?@[]~-._"))


def _contact(g, ds, row: dict) -> None:
    from rdflib import Literal, URIRef

    email = str(row.get("maintainer_email") or "").strip()
    name = str(row.get("maintainer") or "").strip()
    if not email and not name:
        return
    contact = URIRef(f"{ds}/contact")
    g.add((ds, DCAT.contactPoint, contact))
    g.add((contact, RDF.type, VCARD.Kind))
    g.add((contact, VCARD.fn, Literal(name or email)))
    if email and "@" in email:
        g.add((contact, VCARD.hasEmail, _iri("mailto:" + email)))


def _distribution(g, ds, n: int, resource: dict, licence) -> None:
    from rdflib import Literal, URIRef

    dist = URIRef(f"{ds}/distribution/{n}")
    g.add((ds, DCAT.distribution, dist))
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, DCAT.accessURL, _iri(str(resource["url"]).strip())))
    if resource.get("name"):
        g.add((dist, DCTERMS.title, Literal(resource["name"], lang="id")))
    if resource.get("description"):
        g.add((dist, DCTERMS.description, Literal(resource["description"], lang="id")))
    code = _FILE_TYPES.get(str(resource.get("format") or "").strip().lower().lstrip("."))
    if code:
        iri = EU_AUTHORITY[f"file-type/{code}"]
        g.add((dist, DCTERMS.format, iri))
        g.add((iri, RDF.type, DCTERMS.MediaTypeOrExtent))
    if licence:
        g.add((dist, DCTERMS.license, URIRef(licence)))
        g.add((URIRef(licence), RDF.type, DCTERMS.LicenseDocument))


def serialize_catalog(model, fmt: str = "turtle", *, base: str = DEFAULT_BASE, **kwargs) -> bytes:
    """The catalogue's bytes in ``turtle``, ``xml`` (RDF/XML) or ``json-ld``."""
    if fmt not in set(DCAT_FORMATS.values()):
        raise SynergyError(f"unknown DCAT serialisation '{fmt}'; use turtle, xml or json-ld")
    return catalog_graph(model, base=base, **kwargs).serialize(format=fmt, encoding="utf-8")


def write_catalog(model, path, *, base: str = DEFAULT_BASE, **kwargs) -> Path:
    """Write the catalogue to ``path`` atomically, serialised by its suffix.

    ``.ttl`` Turtle, ``.rdf``/``.xml`` RDF/XML, ``.jsonld``/``.json`` JSON-LD.
    """
    from .output import write_text_atomic

    suffix = Path(path).suffix.lower()
    if suffix not in DCAT_FORMATS:
        raise SynergyError(
            f"akhiran berkas '{Path(path).name}' harus .ttl, .rdf atau .jsonld / "
            f"cannot tell the DCAT serialisation from '{Path(path).name}': use .ttl, .rdf or .jsonld")
    return write_text_atomic(path, serialize_catalog(model, DCAT_FORMATS[suffix], base=base, **kwargs))


# ------------------------------------------------------------------ validation
@dataclass(frozen=True)
class CatalogReport:
    """The outcome of :func:`validate_catalog`: ``conforms`` and pySHACL's text."""

    conforms: bool
    text: str
    results: int = 0


def shapes_graph():
    """The project's DCAT-AP shapes (``ontology/dcat-ap-shapes.ttl``) as a Graph."""
    from importlib.resources import files

    from rdflib import Graph

    shapes = Graph()
    shapes.parse(data=(files("synergy.ontology") / "dcat-ap-shapes.ttl").read_text(encoding="utf-8"),
                 format="turtle")
    return shapes


def validate_catalog(graph, shapes=None) -> CatalogReport:
    """Check a DCAT graph with SHACL (the project's DCAT-AP shapes by default).

    The shapes are never added to ``graph``.
    """
    from pyshacl import validate

    conforms, report_graph, text = validate(
        graph, shacl_graph=shapes if shapes is not None else shapes_graph(),
        inference="none", advanced=False, allow_warnings=True)
    from rdflib.namespace import SH

    results = len(list(report_graph.subjects(RDF.type, SH.ValidationResult)))
    return CatalogReport(bool(conforms), text, results)
