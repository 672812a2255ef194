"""Fuzz targets for the workbook and RDF readers: hostile structure, not only hostile
cells, since a city's files come from many hands and tools.

hypothesis builds workbooks part by part (sheet XML with any cell type, reference,
row number, formula, error, shared-string index; shared strings with rich text)
and RDF graphs with ill-typed, huge and odd literals, in Turtle, N-Triples and
JSON-LD, some JSON-LD documents naming remote, ``file://`` or relative contexts.
Whatever comes in, the readers must answer with problem lines (``validate``
never raises, ``load_model`` raises only ``SynergyError``), reach for no network
and open no file but the source, and print nothing to stderr.
"""
from __future__ import annotations

import io
import json
import pathlib
import sys
import tempfile
import warnings
import zipfile
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from synergy.errors import Problem, SynergyError
from synergy.ingest import load_model, validate_sources

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
MARK = "fuzz-outside"  # the name of every file a hostile document points at

# ------------------------------------------------------------------ what was touched
_SEEN: list = []
_WATCHING = [False]


def _audit(event, args):
    if not _WATCHING[0]:
        return
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        _SEEN.append((event, str(args)[:120]))
    elif event == "open" and args and MARK in str(args[0]):
        _SEEN.append((event, str(args[0])))


sys.addaudithook(_audit)  # audit hooks stay for the process: this one only records while watching


def _check(sources, capsys, caplog):
    """Problems only, no traceback, no network, no outside file, nothing on stderr,
    no library log line (which a user's terminal would show: pytest only catches it)."""
    _SEEN.clear()
    caplog.clear()
    _WATCHING[0] = True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a library warning would reach a user's terminal
            problems = validate_sources(sources)
            try:
                load_model(sources)
            except SynergyError:
                assert any(p.is_error for p in problems)
            else:
                assert not any(p.is_error for p in problems)
    finally:
        _WATCHING[0] = False
    assert all(isinstance(p, Problem) and str(p) for p in problems)
    assert _SEEN == [], _SEEN
    assert capsys.readouterr().err == ""
    assert [r.getMessage()[:80] for r in caplog.records if r.levelno >= 30] == []
    return problems


# ---------------------------------------------------------------------- workbooks
def _base_workbook() -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, header in (("agencies", ["id", "name"]), ("programs", ["id", "name", "agency", "budget"]),
                          ("datasets", ["id", "name", "producer"])):
        ws = wb.create_sheet(title)
        ws.append(header)
        ws["A2"] = "X"  # a shared string table and a style part exist
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


BASE = _base_workbook()
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
REFS = st.one_of(st.none(), st.sampled_from(["A", "B", "C", "D", "XFD", "ZZZZ", "1A", "", "$B$", "AA"]).flatmap(
    lambda letters: st.integers(min_value=-1, max_value=2_000_000).map(lambda n: f"{letters}{n}")))
VALUES = st.one_of(TEXT, st.integers(min_value=-10**30, max_value=10**30).map(str),
                   st.sampled_from(["1e400", "-0", "NaN", "2024-01-01T00:00:00", "#REF!", "99999", "0.5", "  "]))
CELL = st.fixed_dictionaries({
    "r": REFS,
    "t": st.sampled_from([None, "s", "inlineStr", "str", "b", "e", "n", "d", "bogus"]),
    "s": st.sampled_from([None, "0", "1", "14", "999", "x"]),
    "v": st.one_of(st.none(), VALUES),
    "f": st.one_of(st.none(), TEXT.map(lambda t: "SUM(A1)" + t)),
    "rich": st.booleans(),
})
ROW = st.tuples(st.one_of(st.none(), st.sampled_from(["1", "2", "3", "1.0", "2.5", "x", "0", "-4", "1048577",
                                                      "99999999999999999999"])),
                st.lists(CELL, max_size=6))


def _cell_xml(cell) -> str:
    attrs = "".join(f' {k}="{escape(str(cell[k]), {chr(34): "&quot;"})}"' for k in ("r", "t", "s")
                    if cell[k] is not None)
    inner = ""
    if cell["f"] is not None:
        inner += f"<f>{escape(cell['f'])}</f>"
    if cell["t"] == "inlineStr":
        text = escape(cell["v"] or "")
        inner += f"<is><r><t>{text}</t></r><r><t>!</t></r></is>" if cell["rich"] else f"<is><t>{text}</t></is>"
    elif cell["v"] is not None:
        inner += f"<v>{escape(cell['v'])}</v>"
    return f"<c{attrs}>{inner}</c>"


def _workbook(path: pathlib.Path, rows, strings, sheet: int) -> None:
    data = "".join(
        f"<row{'' if r is None else f' r={chr(34)}{r}{chr(34)}'}>{''.join(_cell_xml(c) for c in cells)}</row>"
        for r, cells in rows)
    sst = "".join(f"<si><r><t>{escape(s)}</t></r><rPh><t>yomi</t></rPh></si>" if i % 2 else f"<si><t>{escape(s)}</t></si>"
                  for i, s in enumerate(strings))
    with zipfile.ZipFile(io.BytesIO(BASE)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == f"xl/worksheets/sheet{sheet}.xml":
                head, _, tail = part.decode("utf-8").partition("<sheetData>")
                _, _, tail = tail.partition("</sheetData>")
                part = f"{head}<sheetData>{data}</sheetData>{tail}".encode("utf-8")
            elif info.filename == "xl/sharedStrings.xml":
                part = (f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sst}</sst>'
                        .encode("utf-8"))
            out.writestr(info, part)


@SETTINGS
@given(rows=st.lists(ROW, max_size=8), strings=st.lists(TEXT, max_size=5), sheet=st.integers(1, 3))
def test_hostile_sheet_xml(rows, strings, sheet, capsys, caplog):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "kota.xlsx"
        _workbook(path, rows, strings, sheet)
        _check([path], capsys, caplog)


@SETTINGS
@given(junk=st.binary(max_size=200), part=st.sampled_from(
    ["xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml",
     "xl/_rels/workbook.xml.rels"]))
def test_a_workbook_with_one_broken_part(junk, part, capsys, caplog):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "kota.xlsx"
        with zipfile.ZipFile(io.BytesIO(BASE)) as source, zipfile.ZipFile(path, "w") as out:
            for info in source.infolist():
                out.writestr(info, junk if info.filename == part else source.read(info.filename))
        _check([path], capsys, caplog)


# --------------------------------------------------------------------------- RDF
SYN = "https://w3id.org/synergy/ontology#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
NODES = st.sampled_from(["agency/A", "agency/B", "program/P-1", "program/P 2", "dataset/DS-1", "x/%ZZ", "agency/"]).map(
    lambda p: "https://w3id.org/synergy/id/" + p)
CLASSES = st.sampled_from([SYN + "Agency", SYN + "Program", "http://www.w3.org/ns/dcat#Dataset", SYN + "Nothing"])
PREDICATES = st.sampled_from([DCT + "identifier", DCT + "title", SYN + "runBy", SYN + "budget", SYN + "startYear",
                              SYN + "supportsDimension", SYN + "uses", SYN + "listOrder", SYN + "columnPosition",
                              "http://www.w3.org/2000/01/rdf-schema#subPropertyOf", SYN + "region"])
DATATYPES = st.sampled_from([None, XSD + "integer", XSD + "int", XSD + "date", XSD + "boolean", XSD + "decimal",
                             XSD + "double", "http://example.invalid/type"])
LITERAL_TEXT = st.one_of(TEXT, st.integers(min_value=-10**40, max_value=10**40).map(str),
                         st.sampled_from(["abc", "1e999", "", "2024", "uses=DS-2;DS-1", "\u202e", "x" * 300]))


@st.composite
def graphs(draw):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF

    graph = Graph()
    for node in draw(st.lists(NODES, max_size=4, unique=True)):
        with _rdflib_quiet():
            graph.add((URIRef(node), RDF.type, URIRef(draw(CLASSES))))
        for _ in range(draw(st.integers(0, 5))):
            predicate = URIRef(draw(PREDICATES))
            if draw(st.booleans()):
                value = URIRef(draw(NODES))
            else:
                datatype, text = draw(DATATYPES), draw(LITERAL_TEXT)
                with _rdflib_quiet():
                    value = Literal(text, datatype=URIRef(datatype) if datatype else None)
            with _rdflib_quiet():
                graph.add((URIRef(node), predicate, value))
    return graph


class _rdflib_quiet:
    """The test builds ill-typed literals and odd IRIs on purpose: rdflib's log lines
    about them, while the test builds its input, are not what is tested."""

    def __enter__(self):
        import logging

        self.logger = logging.getLogger("rdflib")
        self.level, self.logger.level = self.logger.level, logging.CRITICAL + 1
        self.warnings = warnings.catch_warnings()
        self.warnings.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        self.warnings.__exit__(*exc)
        self.logger.setLevel(self.level)
        return False


def _quietly_serialize(graph, fmt) -> bytes:
    with _rdflib_quiet():
        try:
            return graph.serialize(format=fmt, encoding="utf-8")
        except Exception:  # rdflib cannot write some IRIs in Turtle: not an input a user can have
            assume(False)


@SETTINGS
@given(graph=graphs(), suffix=st.sampled_from([".ttl", ".nt", ".jsonld"]))
def test_hostile_rdf_graphs(graph, suffix, capsys, caplog):
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}[suffix]
    data = _quietly_serialize(graph, fmt)
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / f"kota{suffix}"
        path.write_bytes(data)
        _check([path], capsys, caplog)


CONTEXTS = st.sampled_from([
    "http://127.0.0.1:9/{mark}.jsonld", "https://example.invalid/{mark}.jsonld", "file://{tmp}/{mark}.jsonld",
    "{mark}.jsonld", "../{mark}.jsonld", "//example.invalid/{mark}",
])


@SETTINGS
@given(graph=graphs(), where=CONTEXTS, how=st.sampled_from(["context", "list", "import", "scoped", "nested"]))
def test_jsonld_naming_another_document_fetches_and_opens_nothing(graph, where, how, capsys, caplog):
    with tempfile.TemporaryDirectory() as tmp:
        outside = pathlib.Path(tmp) / f"{MARK}.jsonld"
        outside.write_text(json.dumps({"@context": {"syn": SYN}}), encoding="utf-8")
        named = where.format(mark=MARK, tmp=tmp)
        document = json.loads(_quietly_serialize(graph, "json-ld") or b"[]")
        nodes = document if isinstance(document, list) else document.get("@graph", [document])
        embedded = {"syn": SYN, "dct": DCT}
        context = {"context": named, "list": [embedded, named], "import": {**embedded, "@import": named},
                   "scoped": {**embedded, "dct:title": {"@id": DCT + "title", "@context": named}},
                   "nested": embedded}[how]
        if how == "nested":
            nodes = [{**node, "@context": named} if isinstance(node, dict) else node for node in nodes] or [
                {"@context": named, "@id": "https://w3id.org/synergy/id/agency/A"}]
        path = pathlib.Path(tmp) / "kota.jsonld"
        path.write_text(json.dumps({"@context": context, "@graph": nodes}), encoding="utf-8")
        problems = _check([path], capsys, caplog)
        assert any("synergy tidak mengambil apa pun dari jaringan" in p.message for p in problems), problems


def test_the_audit_hook_sees_what_it_must(tmp_path, capsys):
    """The watcher itself works: rdflib asked to fetch a context is seen."""
    from rdflib import Graph

    _SEEN.clear()
    _WATCHING[0] = True
    try:
        with pytest.raises(Exception):
            Graph().parse(data=json.dumps({"@context": f"http://127.0.0.1:9/{MARK}.jsonld", "@id": "urn:x"}),
                          format="json-ld")
    finally:
        _WATCHING[0] = False
    assert _SEEN
