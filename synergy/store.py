"""An embedded fast RDF store (Oxigraph) for graphs too big for rdflib's memory store.

Three jobs, for a province or a national roll-up:

- :func:`iter_ntriples` writes a model's triples as N-Triples text straight from the
  tables (the same triples as :func:`synergy.rdf.model_to_rdf`, without building
  rdflib objects), :func:`write_ntriples` puts them in a file;
- :func:`load_store` bulk-loads them into a :class:`pyoxigraph.Store` (in memory or
  in a folder), :func:`store_query` answers SPARQL with the project's prefixes as a
  DataFrame, :func:`export_store` writes the data out;
- :func:`open_store_dir` keeps a loaded city in a folder (``--store DIR``): the
  validated tables (Parquet) and the Oxigraph store, with a fingerprint of the
  sources (paths, sizes, modification times), so that repeated questions do not
  parse the sources again and a changed source is read afresh.

A small city keeps the simple path (rdflib in memory, :mod:`synergy.rdf`).
"""
from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import quote

import numpy as np
import pandas as pd

from .errors import Problem, SynergyError
from .model import INT_KINDS as _INT_KINDS, LIST_KINDS as _LIST_KINDS, CityModel
from .namespace import DEFAULT_BASE, DIM, SYN, KIND_PATHS
from .optional import require
from .output import write_text_atomic
from .progress import no_progress
from .rdf_text import compact_iri, literal, literal_value, query_prefixes
from .schema import LIST_SEPARATOR, SIDE_TABLES, TABLE_ORDER, TABLES

__all__ = [
    "COUNTS_QUERY",
    "iter_ntriples",
    "write_ntriples",
    "load_store",
    "store_query",
    "export_store",
    "sources_fingerprint",
    "StoreDir",
    "open_store_dir",
]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD_INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"
#: Bumped when the layout of a store folder changes; an old folder is rebuilt.
#: 2: applications and regions tables; 3: decisions table.
STORE_FORMAT = 3

#: Programs per region and dimension: the question every benchmark and push-down
#: asks. ``{graph_open}``/``{graph_close}`` wrap the pattern in a GRAPH clause
#: where the data lives in named graphs (a SPARQL server).
COUNTS_QUERY = """
SELECT ?region ?dimension (COUNT(DISTINCT ?program) AS ?programs) WHERE {{
  {graph_open}
  ?program a syn:Program ; syn:runBy ?agency ; syn:supportsDimension ?d .
  OPTIONAL {{ ?agency syn:region ?r }}
  {graph_close}
  BIND(COALESCE(?r, "") AS ?region)
  BIND(STRAFTER(STR(?d), STR(dim:)) AS ?dimension)
}}
GROUP BY ?region ?dimension
ORDER BY ?region ?dimension
"""

_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _iri(text: str) -> str:
    return "<" + text + ">"


def _node(base: str, kind: str, node_id: str) -> str:
    return "<" + base + KIND_PATHS[kind] + quote(node_id, safe="-_.~") + ">"


def _mapping():
    # Imported here: rdf.py holds the one mapping of columns to predicates.
    from .rdf import CLASS_OF, COLUMN_PROPERTIES

    return CLASS_OF, COLUMN_PROPERTIES


_CHUNK_ROWS = 20_000  # rows of a table per chunk of N-Triples text


def iter_ntriples(model: CityModel, base: str = DEFAULT_BASE, *, chunk_rows: int = _CHUNK_ROWS) -> Iterator[str]:
    """N-Triples text of the model, in chunks of many lines each.

    The triples are those of :func:`synergy.rdf.model_to_rdf` (a test checks
    that the two graphs are isomorphic), written straight from the tables: at a
    million programs this is many times faster than building rdflib terms.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P-1", "name": 'Aplikasi "Sambat"', "agency": "A",
    ...                "dimension": ("living",), "budget": 5}])
    >>> text = "".join(iter_ntriples(m))
    >>> print([l for l in text.splitlines() if "budget" in l or "title" in l][1:])
    ['<https://w3id.org/synergy/id/program/P-1> <http://purl.org/dc/terms/title> "Aplikasi \\\\"Sambat\\\\"" .', '<https://w3id.org/synergy/id/program/P-1> <https://w3id.org/synergy/ontology#budget> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .']
    """
    if not base or base[-1] not in "/#":
        raise SynergyError(f"base IRI must end with '/' or '#': {base!r}")
    if _BAD_IRI.search(base):
        # Everything else in an IRI here is percent-quoted or a known vocabulary term,
        # so checking the base once makes the output safe to load leniently.
        raise SynergyError(f"base IRI holds characters not allowed in an IRI: {base!r}")
    from .rdf import extra_property  # the same minting of extra-column properties

    class_of, column_properties = _mapping()
    rdf_type = _iri(_RDF + "type")
    dct_identifier = "<http://purl.org/dc/terms/identifier>"
    dct_title = "<http://purl.org/dc/terms/title>"
    rdfs_label = _iri(_RDFS + "label")
    org_organization = "<http://www.w3.org/ns/org#Organization>"
    list_order = _iri(str(SYN.listOrder))
    taken: set = set()
    for table in TABLE_ORDER:
        frame = model.table(table)
        columns = {c.name: c for c in TABLES[table].columns}
        kind = TABLES[table].kind
        cls = _iri(str(class_of[table]))
        lines: list[str] = []
        extra_props = {}
        for position, column in enumerate(model.extra_columns(table)):
            prop = _iri(str(extra_property(base, table, column, taken)))
            extra_props[column] = prop
            lines += [
                f"{prop} {rdf_type} {_iri(_RDF + 'Property')} .",
                f"{prop} {_iri(_RDFS + 'subPropertyOf')} {_iri(str(SYN.extraColumn))} .",
                f"{prop} {rdfs_label} {literal(column)} .",
                f"{prop} {_iri(_RDFS + 'domain')} {cls} .",
                f'{prop} {_iri(str(SYN.columnPosition))} "{position}"^^{_XSD_INTEGER} .',
            ]
        yield "".join(line + "\n" for line in lines)
        props = [(c, _iri(str(p)), columns[c]) for c, p in column_properties[table].items()]
        for start in range(0, len(frame), chunk_rows):
            part = frame.iloc[start:start + chunk_rows]
            ids = part["id"].tolist()
            subjects = [_node(base, kind, i) for i in ids]
            lines = []
            add = lines.append
            names = part["name"].tolist()
            for s, node_id, name in zip(subjects, ids, names):
                add(f"{s} {rdf_type} {cls} .")
                if table == "agencies":
                    add(f"{s} {rdf_type} {org_organization} .")
                add(f"{s} {dct_identifier} {literal(node_id)} .")
                if name:
                    lit = literal(name)
                    add(f"{s} {dct_title} {lit} .")
                    add(f"{s} {rdfs_label} {lit} .")
            orders: dict[int, list[str]] = {}
            for column, pred, spec in props:
                values = part[column].tolist()
                if spec.kind in _LIST_KINDS:
                    obj = _object_maker(spec, base)
                    for i, (s, items) in enumerate(zip(subjects, values)):
                        if not items:
                            continue
                        for item in items:
                            add(f"{s} {pred} {obj(item)} .")
                        if len(items) > 1 and list(items) != sorted(set(items)):
                            orders.setdefault(i, []).append(f"{column}={LIST_SEPARATOR.join(items)}")
                elif spec.kind in _INT_KINDS:
                    for s, value in zip(subjects, values):
                        if value is not None and value is not pd.NA:
                            add(f'{s} {pred} "{int(value)}"^^{_XSD_INTEGER} .')
                else:
                    obj = _object_maker(spec, base)
                    for s, value in zip(subjects, values):
                        if value:
                            add(f"{s} {pred} {obj(value)} .")
            for i, texts in orders.items():
                for text in texts:
                    add(f"{subjects[i]} {list_order} {literal(text)} .")
            for column, prop in extra_props.items():
                for s, value in zip(subjects, part[column].tolist()):
                    if isinstance(value, str) and value:
                        add(f"{s} {prop} {literal(value)} .")
            yield "".join(line + "\n" for line in lines)
    lines = []
    region_class = _iri(str(SYN.Region))
    for code, name in zip(model.regions["code"].tolist(), model.regions["name"].tolist()):
        s = _node(base, "region", code)
        lines += [f"{s} {rdf_type} {region_class} .", f"{s} {dct_identifier} {literal(code)} ."]
        if name:
            lines += [f"{s} {dct_title} {literal(name)} .", f"{s} {rdfs_label} {literal(name)} ."]
    if lines:
        yield "".join(line + "\n" for line in lines)
    from .rdf import decision_triples  # a small table: the same triples as the RDF export, written as lines

    lines = [f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in decision_triples(model, base, taken)]
    if lines:
        yield "".join(line + "\n" for line in lines)


def _term(term) -> str:
    """N-Triples of an rdflib IRI or literal (plain or typed)."""
    from rdflib import Literal

    if not isinstance(term, Literal):
        return _iri(str(term))
    return literal(str(term)) + (f"^^<{term.datatype}>" if term.datatype else "")


def _object_maker(spec, base: str):
    if spec.kind in ("ref", "reflist"):
        kind = TABLES[spec.ref].kind
        return lambda value: _node(base, kind, value)
    if spec.name in ("dimension", "element"):
        dim = str(DIM)
        return lambda value: "<" + dim + value + ">"
    return literal


def write_ntriples(model: CityModel, path, base: str = DEFAULT_BASE) -> int:
    """Write the model as an N-Triples file (atomically); the number of lines written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}])
    >>> write_ntriples(m, pathlib.Path(tempfile.mkdtemp()) / "city.nt")
    5
    """
    path = pathlib.Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for chunk in iter_ntriples(model, base):
                fh.write(chunk)
                count += chunk.count("\n")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def _vocabulary_iri(base: str) -> str:
    return base + "graph/vocabulary"


def load_store(model: CityModel, directory=None, *, base: str = DEFAULT_BASE, vocabulary: bool = True,
               progress=None):
    """A new :class:`pyoxigraph.Store` holding the model's triples (bulk-loaded).

    Data go to the default graph; the ontology and the dimension scheme (for
    labels) to the named graph ``<base>graph/vocabulary``, which
    :func:`store_query` adds to the default graph of every query.

    Parameters
    ----------
    directory : path, optional
        Folder of an on-disk store (created); None keeps the store in memory.
    progress : callable, optional
        Like :func:`synergy.progress.track`: one step per chunk of rows loaded.

    Examples
    --------
    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}])
    >>> len(load_store(m, vocabulary=False))
    5
    """
    import pyoxigraph as ox

    store = ox.Store(str(directory)) if directory is not None else ox.Store()
    try:
        # One bulk load per chunk of rows: pyoxigraph reads a Python stream 1 KB per
        # call, which costs more than the parsing; bytes it parses at full speed.
        # lenient: skip re-validating IRIs that iter_ntriples built (a third faster).
        chunks = iter_ntriples(model, base, chunk_rows=_CHUNK_ROWS)
        if progress is not None:  # per table a header chunk and its rows in chunks; regions, decisions
            total = sum(1 + -(-len(model.table(t)) // _CHUNK_ROWS) for t in TABLE_ORDER) + 2
            chunks = progress(chunks, label="menyimpan store / building store", total=total)
        for chunk in chunks:
            if chunk:
                store.bulk_load(chunk.encode("utf-8"), ox.RdfFormat.N_TRIPLES, lenient=True)
        if vocabulary:
            from .rdf import vocabulary_graph

            text = vocabulary_graph().serialize(format="nt")
            store.bulk_load(text.encode("utf-8"), ox.RdfFormat.N_TRIPLES,
                            to_graph=ox.NamedNode(_vocabulary_iri(base)))
    except (SyntaxError, OSError, ValueError) as exc:
        raise SynergyError(f"cannot load the Oxigraph store / gagal memuat store: {exc}") from None
    return store


def store_query(store, query: str, *, base: str = DEFAULT_BASE, compact: bool = False) -> pd.DataFrame:
    """Run SPARQL on an Oxigraph store; the answer as a DataFrame.

    The same shape as :func:`synergy.rdf.sparql_query`: one column per SELECT
    variable, ``ask`` for ASK, ``subject``/``predicate``/``object`` for
    CONSTRUCT/DESCRIBE. The project's prefixes are bound.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A", "region": "35.75"}],
    ...     programs=[{"id": "P", "name": "Prog", "agency": "A", "dimension": ("living", "economy")}])
    >>> store_query(load_store(m), COUNTS_QUERY.format(graph_open="", graph_close=""))
      region  dimension  programs
    0  35.75    economy         1
    1  35.75     living         1
    """
    import pyoxigraph as ox

    prefixes = query_prefixes(base)
    default = [ox.DefaultGraph()]
    vocab = ox.NamedNode(_vocabulary_iri(base))
    if store.contains_named_graph(vocab):
        default.append(vocab)
    try:
        result = store.query(query, prefixes=prefixes, default_graph=default)
    except (SyntaxError, OSError, ValueError) as exc:
        message = " ".join(str(exc).split())[:300]
        raise SynergyError(f"SPARQL query failed / kueri SPARQL gagal: {message}") from None

    def cell(term):
        if term is None:
            return None
        if isinstance(term, ox.NamedNode):
            return compact_iri(term.value, prefixes) if compact else term.value
        if isinstance(term, ox.Literal):
            return literal_value(term.value, term.datatype.value)
        return str(term)

    if isinstance(result, ox.QueryBoolean):
        return pd.DataFrame({"ask": [bool(result)]})
    if isinstance(result, ox.QueryTriples):
        rows = [(cell(t.subject), cell(t.predicate), cell(t.object)) for t in result]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    names = [v.value for v in result.variables]
    rows = [[cell(solution[name]) for name in names] for solution in result]
    return pd.DataFrame(rows, columns=names)


_EXPORT_FORMATS = {".nt": "N_TRIPLES", ".ttl": "TURTLE", ".turtle": "TURTLE", ".nq": "N_QUADS",
                   ".jsonld": "JSON_LD", ".rdf": "RDF_XML"}


def export_store(store, path, *, base: str = DEFAULT_BASE) -> None:
    """Write the data (default graph) of a store to a file; format from the suffix.

    ``.nt``, ``.ttl``, ``.nq``, ``.jsonld`` or ``.rdf``; written atomically.
    """
    import pyoxigraph as ox

    path = pathlib.Path(path)
    fmt = _EXPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SynergyError(f"unknown RDF format for {path.name}: use one of {', '.join(sorted(_EXPORT_FORMATS))}")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        store.dump(str(tmp), getattr(ox.RdfFormat, fmt), from_graph=ox.DefaultGraph(),
                   prefixes=query_prefixes(base) if fmt == "TURTLE" else None)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


# ----------------------------------------------------------------- the store folder
def _files_of(source: pathlib.Path) -> list[pathlib.Path]:
    if source.is_dir():
        return sorted(p for p in source.iterdir() if p.is_file())
    return [source]


def sources_fingerprint(sources, *, base: str = DEFAULT_BASE) -> str:
    """A fingerprint of the sources: every file's path, size and modification time.

    A folder stands for the files directly in it (what ingest reads). The base
    IRI and the store format are part of it, so changing either rebuilds.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); f = d / "agencies.csv"
    >>> _ = f.write_text("id,name\\n")
    >>> a = sources_fingerprint([d]); _ = f.write_text("id,name\\nA,B\\n")
    >>> a == sources_fingerprint([d])
    False
    """
    import hashlib

    from .ingest import sample_path

    paths = [pathlib.Path(s) for s in sources] if sources else [sample_path()]
    entries = [f"format={STORE_FORMAT}", f"base={base}"]
    for source in paths:
        entries.append(f"source={source.resolve()}")
        for path in _files_of(source):
            st = path.stat()
            entries.append(f"{path.resolve()}\t{st.st_size}\t{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(entries).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoreDir:
    """A loaded store folder: the model, its warnings, and where the RDF store is.

    ``reused`` tells whether the sources were parsed (False) or the folder's
    copy was still current (True).
    """

    path: pathlib.Path
    model: CityModel
    warnings: tuple
    triples: int
    reused: bool
    base: str = DEFAULT_BASE

    def open_store(self):
        """The folder's Oxigraph store, opened read-only (several readers may share it)."""
        import pyoxigraph as ox

        return ox.Store.read_only(str(self.path / "oxigraph"))

    def query(self, sparql: str, *, compact: bool = False) -> pd.DataFrame:
        """Run SPARQL on the folder's store (see :func:`store_query`)."""
        return store_query(self.open_store(), sparql, base=self.base, compact=compact)


_MANIFEST = "manifest.json"
#: what a store folder holds: "features" is the records' features kept by a run (synergy.features_cache)
_OWN = (_MANIFEST, "oxigraph", "tables", "features")


def open_store_dir(directory, sources=None, *, base: str = DEFAULT_BASE, loader=None, also=(),
                   progress=None) -> StoreDir:
    """The model of SOURCEs, kept in ``directory`` between runs.

    When the folder holds a store made from the same sources (same fingerprint),
    the validated tables are read from it (Parquet) and nothing is parsed;
    otherwise the sources are loaded and validated (``loader``, default
    :func:`synergy.ingest.load_model`), and the folder is rebuilt: tables,
    Oxigraph store, then the manifest, written last, so that a run that stops
    half-way leaves a folder that is simply rebuilt next time.

    ``also``: other files the loader reads (a column mapping), part of the fingerprint.
    ``progress`` (like :func:`synergy.progress.track`) sees the tables read back, or the
    chunks of the Oxigraph store built.

    Raises :class:`SynergyError` when ``directory`` holds files that are not a
    store's (nothing there is deleted).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> src = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (src / "agencies.csv").write_text("id,name\\nDINKES,Dinas Kesehatan\\n")
    >>> _ = (src / "programs.csv").write_text("id,name,agency,dimension\\nP-1,Posyandu,DINKES,living\\n")
    >>> _ = (src / "datasets.csv").write_text("id,name,producer\\n")
    >>> d = tempfile.mkdtemp()
    >>> first = open_store_dir(d, [src]); second = open_store_dir(d, [src])
    >>> first.reused, second.reused, second.model.programs["name"].tolist()
    (False, True, ['Posyandu'])
    >>> second.query("SELECT ?n WHERE { ?p a syn:Program ; dct:title ?n }")
              n
    0  Posyandu
    """
    require("pyarrow", "store")  # the tables are kept as Parquet: say so before any work
    directory = pathlib.Path(directory)
    if directory.exists() and not directory.is_dir():
        raise SynergyError(f"--store {directory}: not a folder / bukan folder")
    directory.mkdir(parents=True, exist_ok=True)
    foreign = sorted(p.name for p in directory.iterdir() if p.name not in _OWN)
    if foreign:
        raise SynergyError(
            f"--store {directory}: folder holds other files ({', '.join(foreign[:3])}); "
            "give an empty or a synergy store folder / folder berisi file lain; pakai folder kosong"
        )
    fingerprint = sources_fingerprint([*(sources or ()), *also] or None, base=base)
    manifest_path = directory / _MANIFEST
    if manifest_path.exists():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        if manifest.get("fingerprint") == fingerprint and manifest.get("format") == STORE_FORMAT:
            model = _read_tables(directory / "tables", progress)
            warnings = tuple(Problem(**p) for p in manifest.get("warnings", []))
            return StoreDir(directory, model, warnings, int(manifest.get("triples", 0)), True, base)
    if loader is None:
        from .ingest import load_model as loader
    model, warnings = loader(list(sources) if sources else None)
    # Invalidate first: a crash below leaves no manifest, so the next run rebuilds.
    manifest_path.unlink(missing_ok=True)
    for name in ("oxigraph", "tables", "features"):
        shutil.rmtree(directory / name, ignore_errors=True)
    _write_tables(model, directory / "tables")
    store = load_store(model, directory / "oxigraph", base=base, progress=progress)
    triples = len(store)
    store.flush()
    del store  # release the RocksDB lock before anyone reopens it
    manifest = {
        "format": STORE_FORMAT,
        "fingerprint": fingerprint,
        "base": base,
        "triples": triples,
        "sources": [str(pathlib.Path(s).resolve()) for s in (sources or [])],
        "warnings": [p.__dict__ for p in warnings],
    }
    write_text_atomic(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1))
    return StoreDir(directory, model, tuple(warnings), triples, False, base)


def _write_tables(model: CityModel, folder: pathlib.Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True)
    for name in (*TABLE_ORDER, *SIDE_TABLES):
        frame = model.table(name)
        arrays, fields = [], []
        kinds = {c.name: c.kind for c in TABLES[name].columns}
        for column in frame.columns:
            kind = kinds.get(column, "text")
            values = frame[column].tolist()
            if kind in _LIST_KINDS:
                arrays.append(pa.array([list(v) for v in values], type=pa.list_(pa.string())))
            elif kind in _INT_KINDS:
                arrays.append(pa.array([None if v is pd.NA or v is None else int(v) for v in values],
                                       type=pa.int64()))
            else:
                arrays.append(pa.array(values, type=pa.string()))
            fields.append(column)
        pq.write_table(pa.Table.from_arrays(arrays, names=fields), folder / f"{name}.parquet")
    origins = list(model.origins.items())
    pq.write_table(pa.table({
        "table": pa.array([k[0] for k, _ in origins], type=pa.string()),
        "id": pa.array([k[1] for k, _ in origins], type=pa.string()),
        "origin": pa.array([v for _, v in origins], type=pa.string()),
    }), folder / "origins.parquet")


def _shared_texts(column) -> np.ndarray:
    """A dictionary-encoded text column as an object array; a missing text is ""."""
    parts = [np.empty(0, dtype=object)]
    for chunk in column.chunks:
        words = np.array([*chunk.dictionary.to_pylist(), ""], dtype=object)
        parts.append(words[chunk.indices.fill_null(len(words) - 1).to_numpy(zero_copy_only=False)])
    return np.concatenate(parts)


#: Odd 64-bit multipliers of :func:`_shared_lists`' digest of a list (any odd numbers would do).
_DIGEST_STEP, _DIGEST_MIX = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9


def _shared_lists(column) -> np.ndarray:
    """A list-of-texts column as an object array of tuples (a missing list is ``()``), one tuple
    object per distinct list: the same values as ``tuple(row)`` of each row, without a Python
    list and a tuple per row (at a million programs, five list columns took 6 s so).

    Rows are told apart in numpy: each row's texts as numbers (a dictionary of them), a 64-bit
    digest of each row's numbers and length, rows grouped by digest, and then every row
    checked number by number against its group's first row, so a digest shared by two different
    lists (never seen, but possible) falls back to reading row by row.

    >>> import pyarrow as pa
    >>> column = pa.chunked_array([pa.array([["a", "b"], None, [], ["a", "b"], ["b"], [None]])])
    >>> values = _shared_lists(column)
    >>> values.tolist(), values[0] is values[3]
    ([('a', 'b'), (), (), ('a', 'b'), ('b',), (None,)], True)
    """
    import pyarrow.compute as pc

    from .coded import object_array

    array = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    n = len(array)
    offsets = array.offsets.to_numpy().astype(np.int64)  # into array.values (both ignore any slice)
    lengths = np.diff(offsets)
    lengths[array.is_null().to_numpy(zero_copy_only=False)] = 0
    total = int(lengths.sum())
    if not total:
        return object_array([()] * n)
    encoded = pc.dictionary_encode(array.values)
    words = object_array([*encoded.dictionary.to_pylist(), None])  # a missing text in a list stays None
    codes = encoded.indices.fill_null(len(words) - 1).to_numpy(zero_copy_only=False).astype(np.int64)
    # each kept element: its row, its place in the row, its text's number
    row_of = np.repeat(np.arange(n), lengths)
    first = np.cumsum(lengths) - lengths
    place = np.arange(total) - first[row_of]
    element = codes[offsets[:-1][row_of] + place]
    powers = np.ones(int(lengths.max()), dtype=np.uint64)
    with np.errstate(over="ignore"):  # wraps around: a digest
        for k in range(1, len(powers)):
            powers[k] = powers[k - 1] * np.uint64(_DIGEST_STEP)
        terms = (element.astype(np.uint64) + np.uint64(1)) * powers[place]
    digest = np.zeros(n, dtype=np.uint64)
    filled = np.flatnonzero(lengths)
    digest[filled] = np.add.reduceat(terms, first[filled])
    with np.errstate(over="ignore"):  # wraps around: a digest
        key = digest * np.uint64(_DIGEST_MIX) + lengths.astype(np.uint64)
    _, head, group = np.unique(key, return_index=True, return_inverse=True)
    group = group.reshape(-1)
    leader = head[group]  # each row's group's first row
    same = (np.array_equal(lengths[leader], lengths)
            and np.array_equal(codes[offsets[:-1][leader[row_of]] + place], element))
    if not same:
        return object_array([tuple(v or ()) for v in array.to_pylist()])
    # the distinct lists' texts in one Python list, cut into tuples
    sizes = lengths[head]
    before = np.cumsum(sizes) - sizes  # where each distinct list starts in ``flat``
    flat = words[codes[np.repeat(offsets[:-1][head] - before, sizes) + np.arange(int(sizes.sum()))]].tolist()
    bounds = np.cumsum(sizes).tolist()
    distinct = [tuple(flat[end - size:end]) for end, size in zip(bounds, sizes.tolist())]
    return object_array(distinct)[group]


def _read_tables(folder: pathlib.Path, progress=None) -> CityModel:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = {}
    names = (*TABLE_ORDER, *SIDE_TABLES)
    for name in (progress or no_progress)(names, label="membaca store / reading store", total=len(names)):
        path = folder / f"{name}.parquet"
        kinds = {c.name: c.kind for c in TABLES[name].columns}
        # text columns come as Parquet's dictionaries: each distinct text becomes one string
        # object, shared by every row holding it (as reading the CSV shares them)
        texts = [f.name for f in pq.read_schema(path) if pa.types.is_string(f.type)
                 and kinds.get(f.name, "text") not in (*_LIST_KINDS, *_INT_KINDS)]
        table = pq.read_table(path, read_dictionary=texts)
        columns = {}
        for column in table.column_names:
            kind = kinds.get(column, "text")
            # Column by column: a million rows load in seconds, not row dicts.
            if column in texts:
                columns[column] = pd.Series(_shared_texts(table.column(column)), dtype=object)
                continue
            if kind in _LIST_KINDS:
                columns[column] = pd.Series(_shared_lists(table.column(column)), dtype=object)
                continue
            values = table.column(column).to_pylist()
            if kind in _INT_KINDS:
                columns[column] = pd.array(values, dtype="Int64")
            else:
                columns[column] = pd.Series(["" if v is None else v for v in values], dtype=object)
        frame = pd.DataFrame(columns, columns=table.column_names)
        if list(frame.columns[:len(kinds)]) != list(kinds):
            raise SynergyError(f"store folder {folder.parent}: table {name} is damaged; delete the folder")
        tables[name] = frame
    origins_data = pq.read_table(folder / "origins.parquet").to_pydict()
    origins = {(t, i): o for t, i, o in zip(origins_data["table"], origins_data["id"], origins_data["origin"])}
    return CityModel(tables["agencies"], tables["programs"], tables["datasets"], origins,
                     applications=tables["applications"], regions=tables["regions"], decisions=tables["decisions"])
