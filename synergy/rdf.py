"""The semantic layer: a CityModel as an rdflib Graph, and back; SPARQL; SHACL.

Mapping (see ``docs/ontology.md``):

- every agency, program, dataset and application gets an IRI from :func:`synergy.namespace.node_iri`
  under a base the user can set; no blank nodes anywhere, so the graph can go to
  any SPARQL store;
- ``id`` is ``dct:identifier``, ``name`` is ``dct:title`` and ``rdfs:label``;
- references (agency, producer, parent, uses, produces, depends_on, programs,
  users) are IRIs of
  the other nodes; dimensions and elements are the SKOS concepts of
  ``ontology/dimensions.ttl``;
- list cells become repeated properties. RDF keeps no order among them, so when a
  list is not already sorted its order is kept in one ``syn:listOrder`` literal
  (``"uses=DS-2;DS-1"``) and restored on the way back;
- columns the contract does not know become properties minted under the base
  (``<base>property/<table>/<slug>``), declared in the data with ``rdfs:label`` =
  the original column name, so that they round-trip.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, ORG, RDF, RDFS, XSD

from .errors import InvalidData, Problem, SynergyError
from .model import CityModel
from .namespace import DEFAULT_BASE, DIM, PREFIXES, SYN, bind_prefixes, data_namespaces, node_iri
from .schema import LIST_SEPARATOR, TABLE_ORDER, TABLES

__all__ = [
    "COLUMN_PROPERTIES",
    "CLASS_OF",
    "RDF_FORMATS",
    "model_to_rdf",
    "rdf_to_records",
    "decision_triples",
    "extra_property",
    "read_rdf",
    "sparql_query",
    "validate_shapes",
    "ShapesReport",
    "ontology_graph",
    "shapes_graph",
    "vocabulary_graph",
]

#: rdf:type of the nodes of each table (agencies also carry org:Organization).
CLASS_OF = {"agencies": SYN.Agency, "programs": SYN.Program, "datasets": DCAT.Dataset,
            "applications": SYN.Application, "decisions": SYN.Decision}

#: Contract column -> predicate, per table. ``id`` and ``name`` are handled apart.
COLUMN_PROPERTIES = {
    "agencies": {
        "short_name": SYN.shortName,
        "type": SYN.agencyType,
        "urusan": SYN.urusan,
        "parent": ORG.unitOf,
        "roles": SYN.role,
        "region": SYN.region,
    },
    "programs": {
        "agency": SYN.runBy,
        "dimension": SYN.supportsDimension,
        "element": SYN.element,
        "description": DCTERMS.description,
        "objective": SYN.objective,
        "target_group": SYN.targetGroup,
        "output": SYN.output,
        "code": SYN.nomenclatureCode,
        "budget": SYN.budget,
        "start_year": SYN.startYear,
        "end_year": SYN.endYear,
        "horizon": SYN.horizon,
        "status": SYN.status,
        "uses": SYN.uses,
        "produces": SYN.produces,
        "needs": SYN.needs,
        "depends_on": SYN.dependsOn,
    },
    "datasets": {
        "producer": DCTERMS.publisher,
        "description": DCTERMS.description,
        "keywords": DCAT.keyword,
        "classification": SYN.classification,
        "frequency": SYN.frequency,
        "format": SYN["format"],
        "url": SYN.url,
    },
    "applications": {
        "agency": SYN.ownedBy,
        "description": DCTERMS.description,
        "url": SYN.url,
        "status": SYN.status,
        "platform": SYN.platform,
        "start_year": SYN.startYear,
        "budget": SYN.budget,
        "programs": SYN.builtBy,
        "uses": SYN.uses,
        "produces": SYN.produces,
        "users": SYN.usedBy,
        "dimension": SYN.supportsDimension,
        "element": SYN.element,
    },
}

#: File suffix -> rdflib format name, of the RDF files :func:`read_rdf` parses (what ``export`` writes, and ``.turtle``).
RDF_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt"}

_INT_KINDS = ("money", "year")
_LIST_KINDS = ("list", "reflist", "enumlist")


def _columns(table: str):
    return {c.name: c for c in TABLES[table].columns}


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text.strip().lower()).strip("-")
    return slug or "column"


def extra_property(base: str, table: str, column: str, taken: set) -> URIRef:
    """The property IRI of an extra (non-contract) column; new ones are added to ``taken``.

    The one minting of extra-column properties: :func:`model_to_rdf` and
    :func:`synergy.store.iter_ntriples` both call it, so that their triples agree.
    Two columns that fold to the same slug get ``-2``, ``-3``, ...

    >>> taken = set()
    >>> print(extra_property("https://x/", "programs", "Catatan OPD", taken))
    https://x/property/programs/catatan-opd
    >>> print(extra_property("https://x/", "programs", "catatan opd", taken))
    https://x/property/programs/catatan-opd-2
    """
    slug = _slug(column)
    iri = URIRef(f"{base}property/{table}/{slug}")
    n = 2
    while iri in taken:  # two columns that fold to the same slug
        iri = URIRef(f"{base}property/{table}/{slug}-{n}")
        n += 1
    taken.add(iri)
    return iri


def model_to_rdf(model: CityModel, base: str = DEFAULT_BASE) -> Graph:
    """The model as a new rdflib Graph of data triples (no ontology, no blank nodes).

    Parameters
    ----------
    model : CityModel
        A validated model.
    base : str
        IRI under which agencies, programs, datasets and extra-column properties
        are minted; should end with ``/`` or ``#``.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "DINKES", "name": "Dinas Kesehatan"}],
    ...     programs=[{"id": "P-1", "name": "Posyandu Digital", "agency": "DINKES",
    ...                "dimension": ("living",), "budget": 5}])
    >>> g = model_to_rdf(m)
    >>> from synergy.namespace import SYN
    >>> g.value(node_iri("program", "P-1"), SYN.runBy) == node_iri("agency", "DINKES")
    True
    >>> any(isinstance(t, __import__("rdflib").BNode) for triple in g for t in triple)
    False
    """
    if not base or base[-1] not in "/#":
        raise SynergyError(f"base IRI must end with '/' or '#': {base!r}")
    graph = bind_prefixes(Graph(), base)
    triples: list = []
    add = triples.append
    taken: set = set()
    # Terms repeat a lot (agencies, datasets, enum values, years): build each once.
    cache: dict = {}

    def term(spec, value):
        key = (spec.name, value)
        found = cache.get(key)
        if found is None:
            found = cache[key] = _object(spec, value, base)
        return found

    def integer(value):
        key = ("#int", value)
        found = cache.get(key)
        if found is None:
            found = cache[key] = Literal(value, datatype=XSD.integer)
        return found

    for table in TABLE_ORDER:
        frame = model.table(table)
        columns = _columns(table)
        props = [(c, p, columns[c]) for c, p in COLUMN_PROPERTIES[table].items()]
        cls = CLASS_OF[table]
        kind = TABLES[table].kind
        extras = model.extra_columns(table)
        extra_props = {}
        for position, column in enumerate(extras):
            prop = extra_property(base, table, column, taken)
            extra_props[column] = prop
            add((prop, RDF.type, RDF.Property))
            add((prop, RDFS.subPropertyOf, SYN.extraColumn))
            add((prop, RDFS.label, Literal(column)))
            add((prop, RDFS.domain, cls))
            add((prop, SYN.columnPosition, Literal(position)))
        for row in frame.to_dict(orient="records"):
            node = node_iri(kind, row["id"], base)
            add((node, RDF.type, cls))
            if table == "agencies":
                add((node, RDF.type, ORG.Organization))
            add((node, DCTERMS.identifier, Literal(row["id"])))
            if row["name"]:
                name = Literal(row["name"])
                add((node, DCTERMS.title, name))
                add((node, RDFS.label, name))
            orders = []
            for column, prop, spec in props:
                value = row[column]
                if spec.kind in _LIST_KINDS:
                    if not value:
                        continue
                    for item in value:
                        add((node, prop, term(spec, item)))
                    if len(value) > 1 and list(value) != sorted(set(value)):
                        orders.append(f"{column}={LIST_SEPARATOR.join(value)}")
                elif spec.kind in _INT_KINDS:
                    if value is not None and value is not pd.NA:
                        add((node, prop, integer(int(value))))
                elif value:
                    add((node, prop, term(spec, value)))
            for order in orders:
                add((node, SYN.listOrder, Literal(order)))
            for column, prop in extra_props.items():
                value = row.get(column)
                if isinstance(value, str) and value:
                    add((node, prop, Literal(value)))
    for row in model.regions.to_dict(orient="records"):
        node = node_iri("region", row["code"], base)
        add((node, RDF.type, SYN.Region))
        add((node, DCTERMS.identifier, Literal(row["code"])))
        if row["name"]:
            add((node, DCTERMS.title, Literal(row["name"])))
            add((node, RDFS.label, Literal(row["name"])))
    triples.extend(decision_triples(model, base, taken))
    # One bulk call: skips rdflib's per-triple checks and events (the terms are ours).
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph


#: Decisions columns -> literal predicates (``by`` and ``date`` are PROV: who, when).
DECISION_PROPERTIES = {"kind": SYN.findingKind, "a": SYN.findingA, "b": SYN.findingB, "decision": SYN.verdict,
                       "note": RDFS.comment, "fingerprint": SYN.fingerprint}


def decision_triples(model: CityModel, base: str = DEFAULT_BASE, taken: set | None = None) -> list:
    """The triples of the analyst's decisions (table ``decisions``), as a list.

    Each decision is a ``syn:Decision`` (a ``prov:Entity``) minted from its content
    (``<base>decision/<hash>``), with its finding's kind and ids as written
    (``syn:findingKind``, ``syn:findingA``, ``syn:findingB``), ``syn:verdict``, the note as
    ``rdfs:comment``, who decided as ``prov:wasAttributedTo`` a ``prov:Agent`` (its name as
    ``rdfs:label``), when as ``prov:generatedAtTime``, the records it is about as
    ``syn:concerns`` and its place in the table as ``syn:decisionOrder``.
    """
    import hashlib
    from urllib.parse import quote

    from rdflib.namespace import PROV

    table = model.decisions
    if table is None or not len(table):
        return []
    out = []
    add = out.append
    kinds = model.kind_of()
    extras = model.extra_columns("decisions")
    extra_props = {}
    taken = set() if taken is None else taken
    for position, column in enumerate(extras):
        prop = extra_property(base, "decisions", column, taken)
        extra_props[column] = prop
        for p, o in ((RDF.type, RDF.Property), (RDFS.subPropertyOf, SYN.extraColumn), (RDFS.label, Literal(column)),
                     (RDFS.domain, SYN.Decision), (SYN.columnPosition, Literal(position, datatype=XSD.integer))):
            add((prop, p, o))
    from .decisions import finding_ids

    for order, row in enumerate(table.to_dict(orient="records")):
        cells = [str(row.get(c, "") or "") for c in table.columns]
        digest = hashlib.sha1("\x1f".join(cells).encode("utf-8")).hexdigest()[:16]
        node = URIRef(f"{base}decision/{digest}")
        add((node, RDF.type, SYN.Decision))
        add((node, RDF.type, PROV.Entity))
        add((node, SYN.decisionOrder, Literal(order, datatype=XSD.integer)))
        for column, prop in DECISION_PROPERTIES.items():
            if row.get(column):
                add((node, prop, Literal(str(row[column]))))
        for node_id in finding_ids(str(row.get("kind", "")), row.get("a", ""), row.get("b", "")):
            if node_id in kinds:
                add((node, SYN.concerns, node_iri(kinds[node_id], node_id, base)))
        if row.get("by"):
            person = URIRef(f"{base}person/{quote(str(row['by']), safe='-_.~')}")
            add((node, PROV.wasAttributedTo, person))
            add((person, RDF.type, PROV.Agent))
            add((person, RDFS.label, Literal(str(row["by"]))))
        if row.get("date"):
            add((node, PROV.generatedAtTime, Literal(f"{row['date']}T00:00:00", datatype=XSD.dateTime)))
        for column, prop in extra_props.items():
            if row.get(column):
                add((node, prop, Literal(str(row[column]))))
    return out


def _decision_records(graph: Graph, extras: dict) -> list[dict]:
    """Rows of the decisions table from a graph (see :func:`decision_triples`), in their order."""
    from rdflib.namespace import PROV

    by_prop = {p: c for c, p in DECISION_PROPERTIES.items()}
    rows = []
    for node in set(graph.subjects(RDF.type, SYN.Decision)):
        values: dict = {}
        order = 0
        for pred, obj in graph.predicate_objects(node):
            if pred in by_prop:
                values.setdefault(by_prop[pred], []).append(str(obj))
            elif pred == PROV.wasAttributedTo:
                labels = [str(o) for o in graph.objects(obj, RDFS.label)]
                values.setdefault("by", []).extend(labels or [unquote(str(obj).rsplit("/", 1)[-1])])
            elif pred == PROV.generatedAtTime:
                values.setdefault("date", []).append(str(obj)[:10])
            elif pred == SYN.decisionOrder:
                order = obj.toPython() if isinstance(obj.toPython(), int) else 0
            elif pred in extras:
                values.setdefault(extras[pred], []).append(str(obj))
        row = {c: LIST_SEPARATOR.join(sorted(set(values.get(c, ())))) for c in TABLES["decisions"].column_names}
        row.update({c: LIST_SEPARATOR.join(sorted(set(values.get(c, ())))) for c in extras.values()})
        rows.append((order, str(node), row))
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def _object(spec, value: str, base: str):
    if spec.kind in ("ref", "reflist"):
        return node_iri(TABLES[spec.ref].kind, value, base)
    if spec.name == "dimension" or spec.name == "element":
        return DIM[value]
    return Literal(value)


# --------------------------------------------------------------------------- back
def read_rdf(path) -> Graph:
    """Parse an RDF file (Turtle, JSON-LD, N-Triples) chosen by its suffix.

    Nothing but the file is read: a JSON-LD ``@context`` or ``@import`` that
    names another document (``http://...``, ``file://...``, a relative path),
    which rdflib would fetch or open, is refused before parsing; the contexts
    ``synergy export`` writes are embedded. rdflib's log lines about values it
    cannot convert (an ill-typed ``xsd:integer``) are kept from the user: the
    validator reports those cells itself.

    Raises :class:`InvalidData` naming the file when it cannot be parsed; its
    messages are in Bahasa Indonesia, then English.
    """
    from .normalize import bilingual

    path = Path(path)
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        choices = ", ".join(sorted(RDF_FORMATS))
        raise InvalidData([Problem(path.name, 0, "", bilingual(
            f"bukan berkas RDF yang dapat dibaca (pakai {choices})",
            f"not an RDF file this toolkit reads (use {choices})"))])
    import warnings

    graph = Graph()
    try:
        data = path.read_bytes()
        if fmt == "json-ld":
            _refuse_outside_documents(data, path.name)
        with warnings.catch_warnings(), _quiet_rdflib():  # rdflib warns about its own internals
            warnings.simplefilter("ignore")
            # the bytes, not the path: rdflib opens nothing itself
            graph.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except InvalidData:
        raise
    except Exception as exc:  # parsers raise many types; the user needs one line
        message = " ".join(str(exc).split())[:300]
        raise InvalidData([Problem(path.name, 0, "", bilingual(
            f"berkas {fmt} ini tidak terbaca sebagai RDF; berikan berkas hasil 'synergy export'",
            f"cannot read {fmt} RDF: {message}"))]) from None
    return graph


def _refuse_outside_documents(data: bytes, name: str) -> None:
    """Refuse a JSON-LD document whose ``@context`` or ``@import`` names another
    document: rdflib would fetch it from the network or open it from disk."""
    import json

    from .normalize import bilingual, shown

    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:
        raise InvalidData([Problem(name, 0, "", bilingual(
            "berkas ini bukan JSON yang sah; berikan berkas hasil 'synergy export'",
            f"not valid JSON ({' '.join(str(exc).split())[:120]}); give a file written by 'synergy export'"))]) from None
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            named = []
            if key == "@context":
                named = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
            elif key == "@import":
                named = [value if isinstance(value, str) else repr(value)]
            if named:
                where = shown(named[0], 200)
                raise InvalidData([Problem(name, 0, "", bilingual(
                    f"konteks JSON-LD dari dokumen lain ({key}: {where}) tidak dibaca: synergy tidak mengambil "
                    "apa pun dari jaringan atau berkas lain; sisipkan konteksnya di dalam berkas, seperti hasil "
                    "'synergy export'",
                    f"a JSON-LD context from another document ({key}: {where}) is not read: synergy fetches "
                    "nothing from the network or other files; embed the context in the file, as "
                    "'synergy export' does"))])
            if isinstance(value, (dict, list)):
                stack.append(value)


class _quiet_rdflib:
    """Keep rdflib's log records (a traceback per ill-typed literal) from reaching
    the user's terminal while a file is parsed; the validator reports the cell."""

    def __enter__(self):
        import logging

        self.logger = logging.getLogger("rdflib")
        self.saved = self.logger.propagate, self.logger.handlers[:]
        self.logger.handlers = [logging.NullHandler()]
        self.logger.propagate = False
        return self

    def __exit__(self, *exc):
        self.logger.propagate, self.logger.handlers = self.saved
        return False


def rdf_to_records(source) -> dict[str, list[dict]]:
    """Row dicts of the node tables from a graph written by :func:`model_to_rdf`.

    ``source`` is an rdflib Graph or the path of a ``.ttl``/``.jsonld``/``.nt``
    file. Keys are contract column names (extra columns under their original
    names); list cells are tuples, budget and years ints (``None`` when absent),
    other cells ``str`` (``""`` when absent). Nothing is dropped: a budget or
    year that is not a whole number comes as its text, and several values of a
    one-value column come joined with ``;``, for validation to report. Rows come
    sorted by id, keys in contract order followed by the extra columns in their
    original order.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P", "name": "Prog", "agency": "A",
    ...                "dimension": ("living", "governance")}])
    >>> rec = rdf_to_records(model_to_rdf(m, base="http://example.org/"))
    >>> rec["programs"][0]["dimension"], rec["programs"][0]["agency"]
    (('living', 'governance'), 'A')
    """
    graph = source if isinstance(source, Graph) else read_rdf(source)
    ids = {}
    for node, ident in graph.subject_objects(DCTERMS.identifier):
        ids[node] = str(ident)

    def node_id(node) -> str:
        if node in ids:
            return ids[node]
        text = str(node)
        return unquote(text.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1])

    extras = _extra_columns_of(graph)
    result: dict = {}
    for table in TABLE_ORDER:
        columns = _columns(table)
        prop_to_column = {p: c for c, p in COLUMN_PROPERTIES[table].items()}
        table_extras = extras.get(table, {})
        rows = []
        for node in set(graph.subjects(RDF.type, CLASS_OF[table])):
            row: dict = {"id": node_id(node), "name": ""}
            lists: dict = {}
            singles: dict = {}
            orders = {}
            for pred, obj in graph.predicate_objects(node):
                if pred == DCTERMS.title:
                    singles.setdefault("name", []).append(str(obj))
                elif pred == SYN.listOrder:
                    column, _, joined = str(obj).partition("=")
                    orders[column] = tuple(joined.split(LIST_SEPARATOR)) if joined else ()
                elif pred in prop_to_column:
                    column = prop_to_column[pred]
                    spec = columns[column]
                    value = _value(spec, obj, node_id)
                    if spec.kind in _LIST_KINDS:
                        lists.setdefault(column, []).append(value)
                    else:
                        singles.setdefault(column, []).append(value)
                elif pred in table_extras:
                    singles.setdefault(table_extras[pred], []).append(str(obj))
            for column, values in singles.items():
                # Two values where one belongs (a hand-edited file): keep both, joined,
                # so that validation shows them instead of one vanishing.
                distinct = sorted(set(values), key=str)
                row[column] = distinct[0] if len(distinct) == 1 else LIST_SEPARATOR.join(map(str, distinct))
            for column, values in lists.items():
                values = sorted(values)
                wanted = orders.get(column)
                if wanted is not None and set(wanted) == set(values):
                    row[column] = wanted
                else:
                    row[column] = tuple(values)
            ordered = {}
            for name, spec in columns.items():
                if name in row:
                    ordered[name] = row[name]
                else:
                    ordered[name] = () if spec.kind in _LIST_KINDS else None if spec.kind in _INT_KINDS else ""
            for column in table_extras.values():
                ordered[column] = row.get(column, "")
            rows.append(ordered)
        rows.sort(key=lambda r: r["id"])
        result[table] = rows
    regions = []
    for node in set(graph.subjects(RDF.type, SYN.Region)):
        names = sorted({str(o) for o in graph.objects(node, DCTERMS.title)})
        regions.append({"code": node_id(node), "name": LIST_SEPARATOR.join(names)})
    result["regions"] = sorted(regions, key=lambda r: r["code"])
    result["decisions"] = _decision_records(graph, extras.get("decisions", {}))
    return result


def _value(spec, obj, node_id):
    if spec.kind in ("ref", "reflist"):
        return node_id(obj)
    if spec.name in ("dimension", "element"):
        text = str(obj)
        return text[len(str(DIM)):] if text.startswith(str(DIM)) else text
    if spec.kind in _INT_KINDS:
        value = obj.toPython() if isinstance(obj, Literal) else obj
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        return str(obj)  # not a whole number: passed on as text for validation to report
    return str(obj)


def _extra_columns_of(graph: Graph) -> dict[str, dict]:
    """{table: {property: column name}} in column order, from the declarations."""
    by_class = {cls: table for table, cls in CLASS_OF.items()}
    found: dict = {}
    for prop in graph.subjects(RDFS.subPropertyOf, SYN.extraColumn):
        table = by_class.get(graph.value(prop, RDFS.domain))
        label = graph.value(prop, RDFS.label)
        if table is None or label is None:
            continue
        position = graph.value(prop, SYN.columnPosition)
        position = position.toPython() if isinstance(position, Literal) else None
        found.setdefault(table, []).append((position if isinstance(position, int) else 0, str(label), prop))
    return {t: {prop: label for _, label, prop in sorted(items)} for t, items in found.items()}


# --------------------------------------------------------------------- vocabulary
def _package_file(name: str) -> str:
    return files("synergy.ontology").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _parsed(name: str) -> Graph:
    """A packaged Turtle file, its blank nodes (owl:unionOf lists) named by their
    content, not at random: a query that shows them prints the same every run."""
    from rdflib.compare import to_canonical_graph

    parsed = Graph()
    parsed.parse(data=_package_file(name), format="turtle")
    graph = Graph()
    for prefix, namespace in parsed.namespaces():
        graph.bind(prefix, namespace, override=False)
    graph.addN((s, p, o, graph) for s, p, o in to_canonical_graph(parsed))
    return graph


def _copy(graph: Graph) -> Graph:
    out = bind_prefixes(Graph())
    for triple in graph:
        out.add(triple)
    return out


def ontology_graph() -> Graph:
    """A new Graph holding ``synergy.ttl`` (classes and properties)."""
    return _copy(_parsed("synergy.ttl"))


def shapes_graph() -> Graph:
    """A new Graph holding ``shapes.ttl`` (the SHACL shapes)."""
    return _copy(_parsed("shapes.ttl"))


def vocabulary_graph() -> Graph:
    """A new Graph holding the ontology and the SKOS scheme of dimensions."""
    out = _copy(_parsed("synergy.ttl"))
    for triple in _parsed("dimensions.ttl"):
        out.add(triple)
    return out


# -------------------------------------------------------------------------- query
def sparql_query(graph: Graph, query: str, *, base: str = DEFAULT_BASE, vocabulary: bool = True,
                 compact: bool = False) -> pd.DataFrame:
    """Run a SPARQL query with the project's prefixes bound; the answer as a DataFrame.

    Parameters
    ----------
    graph : rdflib.Graph
        Data, usually from :func:`model_to_rdf`. It is not changed.
    query : str
        SELECT (one column per variable), ASK (one column ``ask``) or
        CONSTRUCT/DESCRIBE (columns ``subject``, ``predicate``, ``object``).
    vocabulary : bool
        Also see the ontology and the dimension scheme (labels of dimensions).
    compact : bool
        Show IRIs as prefixed names (``pr:P-1``) instead of full IRIs.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P", "name": "Prog", "agency": "A", "dimension": ("living",)}])
    >>> q = "SELECT ?name ?dim WHERE { ?p syn:supportsDimension ?d ; dct:title ?name . "
    >>> q += "?d skos:prefLabel ?dim FILTER(lang(?dim) = 'en') }"
    >>> sparql_query(model_to_rdf(m), q)
       name           dim
    0  Prog  Smart Living
    """
    import warnings

    from rdflib.graph import ReadOnlyGraphAggregate

    names = bind_prefixes(Graph(), base).namespace_manager
    init_ns = {**PREFIXES, **data_namespaces(base)}
    rows = []
    # rdflib warns about its own ConjunctiveGraph internals; the user can do nothing about it.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        target = graph
        if vocabulary:  # a read-only union: no copy of the data graph, nothing added to it
            target = ReadOnlyGraphAggregate([graph, _parsed("synergy.ttl"), _parsed("dimensions.ttl")])
        try:
            result = target.query(query, initNs=init_ns)
            if result.type == "SELECT":
                rows = list(result)  # evaluated lazily: errors must surface here
        except Exception as exc:  # pyparsing/rdflib raise many types for a bad query
            message = " ".join(str(exc).split())[:300]
            raise SynergyError(f"SPARQL query failed / kueri SPARQL gagal: {message}") from None

    def cell(value):
        if value is None:
            return None
        if isinstance(value, URIRef):
            if compact:
                try:
                    return names.normalizeUri(value)
                except Exception:
                    return str(value)
            return str(value)
        if isinstance(value, Literal):
            py = value.toPython()
            return py if isinstance(py, (int, float, bool, str)) else str(value)
        return str(value)

    if result.type == "ASK":
        return pd.DataFrame({"ask": [bool(result.askAnswer)]})
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = [tuple(cell(t) for t in triple) for triple in result.graph]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    columns = [str(v) for v in result.vars]
    return pd.DataFrame([[cell(row[i]) for i in range(len(columns))] for row in rows], columns=columns)


# ------------------------------------------------------------------------- shapes
@dataclass(frozen=True)
class ShapesReport:
    """The outcome of SHACL validation.

    ``results`` has one row per violation: ``focus``, ``path``, ``value``,
    ``component`` (e.g. ``MinCountConstraintComponent``), ``severity``, ``message``.
    """

    conforms: bool
    results: pd.DataFrame
    text: str


def validate_shapes(graph: Graph, *, shapes: Graph | None = None) -> ShapesReport:
    """Check a data graph against ``shapes.ttl`` with pySHACL; the graph is not changed.

    The ontology and the dimension scheme are given as pySHACL's ``ont_graph``;
    pySHACL works on a copy, so nothing is added to ``graph``.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P", "name": "Prog", "agency": "A", "dimension": ("living",)}])
    >>> validate_shapes(model_to_rdf(m)).conforms
    True
    """
    from pyshacl import validate
    from pyshacl.consts import SH

    conforms, report_graph, text = validate(
        graph,
        shacl_graph=shapes if shapes is not None else _parsed("shapes.ttl"),
        ont_graph=vocabulary_graph(),
        inference="none",
        inplace=False,
        advanced=True,
        allow_warnings=False,
    )
    rows = []
    for res in report_graph.subjects(RDF.type, SH.ValidationResult):
        component = report_graph.value(res, SH.sourceConstraintComponent)
        severity = report_graph.value(res, SH.resultSeverity)
        value = report_graph.value(res, SH.value)
        path = report_graph.value(res, SH.resultPath)
        rows.append({
            "focus": str(report_graph.value(res, SH.focusNode)),
            "path": _curie(path),
            "value": "" if value is None else str(value),
            "component": str(component).rsplit("#", 1)[-1] if component else "",
            "severity": str(severity).rsplit("#", 1)[-1] if severity else "",
            "message": " / ".join(sorted({str(m) for m in report_graph.objects(res, SH.resultMessage)})),
        })
    columns = ["focus", "path", "value", "component", "severity", "message"]
    frame = pd.DataFrame(rows, columns=columns).sort_values(columns, ignore_index=True)
    return ShapesReport(bool(conforms), frame, text)


def _curie(node) -> str:
    if node is None:
        return ""
    text = str(node)
    for prefix, ns in PREFIXES.items():
        if text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return text
