"""An existing SPARQL 1.1 server as the shared store of a province or the nation.

Only the standard protocols are used (SPARQL 1.1 Protocol for query and update,
optionally the Graph Store HTTP Protocol for bulk upload), over the standard
library's HTTP client, so Virtuoso, Apache Jena Fuseki, GraphDB or Amazon Neptune
all serve.

- :func:`push` writes each region's graph as a named graph
  (:func:`region_graph`, derived from the region code) and replaces the previous
  version of that region in one step: the triples go to a fresh staging graph
  first, their number is checked, and only then one ``MOVE`` operation puts them
  in place. A failure before the ``MOVE`` leaves the region's graph untouched.
  (Measured on Virtuoso 7.2: a request of several operations is *not* atomic, each
  operation commits on its own; a single ``MOVE`` was never seen half-done by
  concurrent readers. See ``docs/scale.md``.)
- A push is durable before it is reported done. Virtuoso does not log ``MOVE`` and
  ``COPY`` in its transaction log: a crash (kill -9) before its next checkpoint lost
  part of a region that had been pushed successfully. On Virtuoso the previous
  version is therefore copied aside and made durable with a checkpoint, the ``MOVE``
  is followed by a checkpoint, the region's triples are counted again, and only then
  is the count written to the server's manifest (:func:`manifest_graph`, VoID
  ``void:triples`` per region graph) and the copy dropped. Other servers (Fuseki,
  GraphDB) commit each update durably and skip the checkpoints.
- Readers (:func:`load_from_endpoint`, :func:`counts`) compare every region's
  triples with its manifest and refuse a region whose count differs: a push that
  did not complete is reported, never read as if it were the city.
- :func:`query` runs SPARQL there and returns a DataFrame; :func:`counts` pushes
  the per-region, per-dimension count down to the server; :func:`regions` lists
  what the server holds.
- :func:`load_from_endpoint` reads one region (a bounded subgraph) or all of them
  back into a validated :class:`~synergy.model.CityModel`, through the same
  records path as RDF files, so that every analysis runs on it. Servers cap the
  rows of one answer (Virtuoso: 10,000, silently) and refuse deep ``OFFSET``s, so
  triples are read in pages keyed on the subject, and the total is checked
  against a ``COUNT``.

Every request has a deadline (``timeout`` seconds, the CLI's ``--timeout``, 60 by
default) for the whole exchange, however slowly the server trickles its answer,
and an answer is at most :data:`MAX_REPLY_BYTES`. An answer of the wrong shape
(not SPARQL JSON results, a missing variable, a count that is not a number) is a
:class:`SynergyError` in both languages, never a ``KeyError``.

Credentials come only from the environment (``SYNERGY_ENDPOINT_USER``,
``SYNERGY_ENDPOINT_PASSWORD``; HTTP digest or basic, as the server asks) and never
appear in messages. A server that is down, slow or refuses gives a :class:`SynergyError`.
"""
from __future__ import annotations

import hashlib
import http.client
import json
import os
import pathlib
import re
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from base64 import b64encode
from dataclasses import replace

import pandas as pd

from .errors import SynergyError
from .model import CityModel
from .normalize import bilingual
from .namespace import DEFAULT_BASE, sparql_prologue
from .progress import no_progress
from .rdf_text import compact_iri, literal, literal_value, query_prefixes
from .store import COUNTS_QUERY, iter_ntriples

__all__ = [
    "ENV_USER",
    "ENV_PASSWORD",
    "DEFAULT_TIMEOUT",
    "MAX_REPLY_BYTES",
    "region_graph",
    "manifest_graph",
    "query",
    "update",
    "graph_store_post",
    "push",
    "regions",
    "counts",
    "load_from_endpoint",
]

ENV_USER = "SYNERGY_ENDPOINT_USER"
ENV_PASSWORD = "SYNERGY_ENDPOINT_PASSWORD"
_REGION_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")
#: Triples per INSERT DATA request: Virtuoso 7.2 refused 2,000 ("generated SQL text
#: has exceeded 10000 lines") and ran out of parser memory near 5,000.
INSERT_CHUNK = 500
#: Triples per Graph Store POST (about 1 MB of N-Triples).
GSP_CHUNK = 10_000
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: Smallest page of triples asked for when a server refuses bigger ones.
_MIN_PAGE = 1000
#: Seconds one request may take, answer included (the CLI's --timeout).
DEFAULT_TIMEOUT = 60.0
#: The largest answer read from a server; a bigger one is refused, not held in memory.
MAX_REPLY_BYTES = 512 * 2**20
_VOID_TRIPLES = "http://rdfs.org/ns/void#triples"
_VOID_DATASET = "http://rdfs.org/ns/void#Dataset"
_XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
_DCT_MODIFIED = "http://purl.org/dc/terms/modified"
_CHECKPOINT = "SELECT (bif:exec('checkpoint') AS ?done) WHERE {}"


# ----------------------------------------------------------------------------- HTTP
def _public(url: str) -> str:
    """The URL as it may be shown: no user:password, no query string."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


class _Client:
    """HTTP with credentials from the environment, sent up front once the server's
    challenge is known (so a large body is never sent twice, and never cut off by
    a 401), and a deadline for every request: the connection is closed when the
    server has not finished answering within ``timeout`` seconds."""

    def __init__(self, timeout: float):
        self.timeout = float(timeout)
        self.user = os.environ.get(ENV_USER) or ""
        self.password = os.environ.get(ENV_PASSWORD) or ""
        self.challenge: dict | None = None
        self.scheme = ""
        self.nc = 0
        self.server = ""  # the Server header of the last answer ("Virtuoso/07.20.3229 ...")
        self.sockets: list = []
        # no auth handlers (done here); connections that register their socket for the deadline
        self.opener = urllib.request.build_opener(_DeadlineHTTPHandler(self.sockets),
                                                  _DeadlineHTTPSHandler(self.sockets), _SafeRedirects())

    def _authorization(self, method: str, url: str) -> str | None:
        if not self.user or not self.scheme:
            return None
        if self.scheme == "basic":
            token = b64encode(f"{self.user}:{self.password}".encode("utf-8")).decode("ascii")
            return f"Basic {token}"
        ch = self.challenge or {}
        algorithm = ch.get("algorithm", "MD5").upper()
        hasher = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}.get(algorithm)
        if hasher is None:
            raise SynergyError(bilingual(
                f"server SPARQL di {_public(url)} meminta algoritma digest {algorithm}, yang tidak didukung",
                f"SPARQL server at {_public(url)} asks for digest algorithm {algorithm}, which is not supported"))

        def h(text: str) -> str:
            return hasher(text.encode("utf-8")).hexdigest()

        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        realm, nonce = ch.get("realm", ""), ch.get("nonce", "")
        ha1, ha2 = h(f"{self.user}:{realm}:{self.password}"), h(f"{method}:{uri}")
        self.nc += 1
        cnonce = uuid.uuid4().hex[:16]
        fields = [f'username="{self.user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"',
                  f"algorithm={algorithm}"]
        if "auth" in [q.strip() for q in ch.get("qop", "").split(",")]:
            response = h(f"{ha1}:{nonce}:{self.nc:08x}:{cnonce}:auth:{ha2}")
            fields += ["qop=auth", f"nc={self.nc:08x}", f'cnonce="{cnonce}"']
        else:
            response = h(f"{ha1}:{nonce}:{ha2}")
        fields.append(f'response="{response}"')
        if "opaque" in ch:
            fields.append(f'opaque="{ch["opaque"]}"')
        return "Digest " + ", ".join(fields)

    def _learn(self, header: str | None) -> bool:
        """Remember the server's challenge; False when there is none we can answer."""
        if not header or not self.user:
            return False
        scheme, _, rest = header.strip().partition(" ")
        scheme = scheme.lower()
        if scheme == "digest":
            items = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
            self.challenge, self.scheme, self.nc = items, "digest", 0
            return True
        if scheme == "basic":
            self.scheme = "basic"
            return True
        return False

    def request(self, url: str, *, data: bytes | None = None, method: str | None = None,
                headers: dict | None = None) -> tuple[int, dict, bytes]:
        method = method or ("POST" if data is not None else "GET")
        parts = urllib.parse.urlsplit(url)
        if parts.username or parts.password:
            raise SynergyError(bilingual(
                f"jangan menaruh nama pengguna atau kata sandi di URL ({_public(url)}): isi {ENV_USER} dan "
                f"{ENV_PASSWORD} di environment",
                f"do not put credentials in the URL ({_public(url)}): set {ENV_USER} and {ENV_PASSWORD} in the "
                "environment"))
        if parts.scheme not in ("http", "https"):
            raise SynergyError(bilingual(f"bukan URL http(s) server SPARQL: {_public(url)}",
                                         f"not an http(s) URL of a SPARQL server: {_public(url)}"))
        if self.user and not self.scheme and data is not None and len(data) > 65536:
            self._probe(url)
        for attempt in (1, 2):
            req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
            auth = self._authorization(method, url)
            if auth:
                req.add_header("Authorization", auth)
            try:
                with self._deadline(url):
                    with self.opener.open(req, timeout=self.timeout) as resp:
                        self.server = resp.headers.get("Server") or self.server
                        return resp.status, dict(resp.headers), self._read(resp, url)
            except urllib.error.HTTPError as exc:
                self.server = exc.headers.get("Server") or self.server
                try:
                    with self._deadline(url):
                        body = exc.read(4096)
                except (OSError, http.client.HTTPException, _Late):
                    body = b""
                if exc.code == 401 and attempt == 1 and self._learn(exc.headers.get("WWW-Authenticate")):
                    continue  # answer the (new or stale) challenge once
                raise _http_error(url, exc.code, body) from None
            except _Late:
                raise _too_slow(url, self.timeout) from None
            except (urllib.error.URLError, socket.timeout, ConnectionError, OSError,
                    http.client.HTTPException) as exc:
                raise _unreachable(url, exc, self.timeout) from None
        raise AssertionError("unreachable")

    def _read(self, resp, url: str) -> bytes:
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > MAX_REPLY_BYTES:
            raise _too_big(url)
        chunks, size = [], 0
        while True:
            chunk = resp.read(1 << 16)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_REPLY_BYTES:
                raise _too_big(url)
            chunks.append(chunk)

    def _deadline(self, url: str):
        return _Deadline(self.sockets, self.timeout)

    def _probe(self, url: str) -> None:
        """Fetch the auth challenge with an empty request before sending a big body."""
        try:
            with self._deadline(url):
                with self.opener.open(urllib.request.Request(url, method="GET"), timeout=self.timeout):
                    return
        except urllib.error.HTTPError as exc:
            if exc.code == 401:
                self._learn(exc.headers.get("WWW-Authenticate"))
        except _Late:
            raise _too_slow(url, self.timeout) from None
        except (urllib.error.URLError, socket.timeout, ConnectionError, OSError, http.client.HTTPException) as exc:
            raise _unreachable(url, exc, self.timeout) from None


class _Late(Exception):
    """The request's deadline passed (the connection was closed under it)."""


class _Deadline:
    """Close the sockets a request opened when ``timeout`` seconds have passed, so
    that a server that answers one byte at a time cannot hold the program: a
    socket timeout alone restarts with every byte."""

    def __init__(self, sockets: list, timeout: float):
        self.sockets, self.timeout = sockets, timeout
        self.fired = False

    def _fire(self):
        self.fired = True
        for sock in list(self.sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self):
        self.sockets.clear()
        self.timer = threading.Timer(self.timeout, self._fire)
        self.timer.daemon = True
        self.timer.start()
        return self

    def __exit__(self, kind, exc, tb):
        self.timer.cancel()
        self.sockets.clear()
        # after the sockets were closed under it, an answer may look complete and is not
        if self.fired and (kind is None or not issubclass(kind, SynergyError)):
            raise _Late() from None
        return False


def _deadline_connection(base, sockets):
    class Connection(base):
        def connect(self):
            super().connect()
            sockets.append(self.sock)

    return Connection


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, sockets):
        super().__init__()
        self._connection = _deadline_connection(http.client.HTTPConnection, sockets)

    def http_open(self, req):
        return self.do_open(self._connection, req)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, sockets):
        super().__init__()
        self._connection = _deadline_connection(http.client.HTTPSConnection, sockets)

    def https_open(self, req):
        return self.do_open(self._connection, req, context=self._context)


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a server's redirect only to another http(s) URL (never ftp: or file:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _unreachable(url: str, exc: Exception, timeout: float) -> SynergyError:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
        return _too_slow(url, timeout)
    reason = " ".join(str(reason).split())[:200] or type(exc).__name__
    return SynergyError(bilingual(f"server SPARQL di {_public(url)} tidak dapat dihubungi ({reason})",
                                  f"cannot reach SPARQL server at {_public(url)}: {reason}"))


def _too_slow(url: str, timeout: float) -> SynergyError:
    return SynergyError(bilingual(
        f"server SPARQL di {_public(url)} tidak menjawab dalam {timeout:g} detik: periksa servernya, atau beri "
        "--timeout yang lebih besar",
        f"SPARQL server at {_public(url)} did not answer within {timeout:g} s: check the server, or give a "
        "larger --timeout"))


def _too_big(url: str) -> SynergyError:
    size = MAX_REPLY_BYTES // 2**20
    return SynergyError(bilingual(
        f"jawaban server SPARQL di {_public(url)} lebih dari {size} MB: persempit kuerinya (LIMIT, satu wilayah)",
        f"the answer of SPARQL server at {_public(url)} is over {size} MB: narrow the query (LIMIT, one region)"))


def _malformed(url: str, detail: str) -> SynergyError:
    return SynergyError(bilingual(
        f"jawaban server SPARQL di {_public(url)} tidak berbentuk hasil SPARQL ({detail}): apakah URL-nya "
        "benar-benar endpoint SPARQL?",
        f"the answer of SPARQL server at {_public(url)} is not shaped like SPARQL results ({detail}): is the URL "
        "really a SPARQL endpoint?"))


class _Refused(SynergyError):
    """The server answered a request with an HTTP error status (``code``)."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def _http_error(url: str, code: int, body: bytes) -> SynergyError:
    if code in (401, 403):
        if not os.environ.get(ENV_USER):
            hint_id, hint_en = (f"isi {ENV_USER} dan {ENV_PASSWORD} di environment",
                                f"set {ENV_USER} and {ENV_PASSWORD} in the environment")
        else:
            hint_id, hint_en = "periksa hak akses dan kata sandi", "check the user's rights and password"
        return _Refused(bilingual(f"server SPARQL di {_public(url)} menolak (HTTP {code}): {hint_id}",
                                  f"SPARQL server at {_public(url)} refused (HTTP {code}): {hint_en}"), code)
    # Servers echo the whole query after the message: keep the first line only.
    text = body.decode("utf-8", "replace").strip().splitlines()
    first = " ".join(text[0].split())[:300] if text else ""
    return _Refused(bilingual(f"server SPARQL di {_public(url)} gagal (HTTP {code})",
                              f"SPARQL server at {_public(url)} failed (HTTP {code})") + (f": {first}" if first else ""),
                    code)


# ---------------------------------------------------------------------------- SPARQL
def region_graph(region: str, base: str = DEFAULT_BASE) -> str:
    """The named graph that holds one region (Kemendagri code) on a server.

    >>> region_graph("35.75")
    'https://w3id.org/synergy/id/graph/region/35.75'
    """
    return base + "graph/region/" + urllib.parse.quote(region, safe="-_.~")


def _staging_graph(base: str) -> str:
    return base + "graph/staging/" + uuid.uuid4().hex


def _with_prefixes(sparql: str, base: str) -> str:
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([A-Za-z][\w.\-]*)?:", sparql)}
    lines = [line for line in sparql_prologue(base).splitlines()
             if line.split()[1][:-1].lower() not in declared]
    return "\n".join(lines) + "\n" + sparql


def _form(key: str, text: str) -> bytes:
    return urllib.parse.urlencode({key: text}).encode("utf-8")


def _select(client: _Client, url: str, sparql: str) -> tuple[list[str], list[dict], dict]:
    """Variables, bindings and headers of a SELECT or ASK answer, its shape checked."""
    status, headers, body = client.request(url, data=_form("query", sparql), headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded",
    })
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        raise SynergyError(bilingual(
            f"server SPARQL di {_public(url)} tidak menjawab dengan hasil SPARQL JSON: apakah URL-nya benar-benar "
            "endpoint SPARQL?",
            f"SPARQL server at {_public(url)} did not answer with SPARQL JSON results: is the URL really a "
            "SPARQL endpoint?")) from None
    return (*_results(doc, url), headers)


def _results(doc, url: str) -> tuple[list[str], list[dict]]:
    """``(variables, bindings)`` of a SPARQL JSON results document, or a clear error."""
    if not isinstance(doc, dict):
        raise _malformed(url, f"{type(doc).__name__} instead of an object")
    if "boolean" in doc:
        if not isinstance(doc["boolean"], bool):
            raise _malformed(url, "'boolean' is not true or false")
        return ["ask"], [{"ask": {"type": "boolean", "value": doc["boolean"]}}]
    head, results = doc.get("head"), doc.get("results")
    if not isinstance(head, dict) or not isinstance(results, dict):
        raise _malformed(url, "no 'head' and 'results'")
    names, bindings = head.get("vars", []), results.get("bindings")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise _malformed(url, "'head.vars' is not a list of names")
    if not isinstance(bindings, list):
        raise _malformed(url, "'results.bindings' is not a list")
    for row in bindings:
        if not isinstance(row, dict):
            raise _malformed(url, "a binding is not an object")
        for name, term in row.items():
            if (not isinstance(term, dict) or not isinstance(term.get("value"), str)
                    or term.get("type") not in ("uri", "literal", "typed-literal", "bnode")
                    or not isinstance(term.get("datatype", ""), str) or not isinstance(term.get("xml:lang", ""), str)):
                raise _malformed(url, f"the value of ?{name} is not an RDF term")
    return names, bindings


def _value(row: dict, name: str, url: str) -> str:
    """The text of variable ``name`` in a binding the caller's query always binds."""
    term = row.get(name)
    if term is None:
        raise _malformed(url, f"?{name} missing from an answer row")
    return term["value"]


def _number(row: dict, name: str, url: str) -> int:
    text = _value(row, name, url)
    try:
        number = int(text)
    except ValueError:
        raise _malformed(url, f"?{name} is {text[:30]!r}, not a count") from None
    if number < 0:
        raise _malformed(url, f"?{name} is {number}, not a count")
    return number


def _cell(binding: dict | None, compact: bool, prefixes: dict):
    if binding is None:
        return None
    kind = binding.get("type")
    value = binding.get("value")
    if kind == "uri":
        return compact_iri(value, prefixes) if compact else value
    if kind == "boolean":
        return bool(value)
    if kind in ("literal", "typed-literal"):
        return literal_value(value, binding.get("datatype"))
    return value


def query(endpoint_url: str, sparql: str, *, base: str = DEFAULT_BASE, compact: bool = False,
          timeout: float = DEFAULT_TIMEOUT) -> pd.DataFrame:
    """Run a SPARQL query on a server; the answer as a DataFrame.

    SELECT gives one column per variable, ASK one column ``ask``, CONSTRUCT and
    DESCRIBE the columns ``subject``, ``predicate``, ``object`` (as
    :func:`synergy.rdf.sparql_query` does). The project's prefixes are added
    unless the query declares them. When the server cut the answer short (it
    says so in ``X-SPARQL-MaxRows``), ``frame.attrs["truncated"]`` holds its limit.
    """
    client = _Client(timeout)
    text = _with_prefixes(sparql, base)
    prefixes = query_prefixes(base)
    if re.search(r"(?i)\b(CONSTRUCT|DESCRIBE)\b", _strip_prologue(sparql)):
        status, headers, body = client.request(endpoint_url, data=_form("query", text), headers={
            "Accept": "application/n-triples", "Content-Type": "application/x-www-form-urlencoded"})
        try:
            rows = [_split_ntriple(line) for line in body.decode("utf-8").splitlines() if line.strip()]
            frame = pd.DataFrame([[_nt_cell(t, compact, prefixes) for t in row] for row in rows],
                                 columns=["subject", "predicate", "object"])
        except (ValueError, IndexError):  # UnicodeDecodeError is a ValueError
            raise SynergyError(bilingual(
                f"server SPARQL di {_public(endpoint_url)} tidak menjawab dengan N-Triples yang terbaca",
                f"SPARQL server at {_public(endpoint_url)} did not answer with readable N-Triples")) from None
    else:
        names, bindings, headers = _select(client, endpoint_url, text)
        frame = pd.DataFrame([[_cell(b.get(n), compact, prefixes) for n in names] for b in bindings],
                             columns=names)
    limit = {k.lower(): v for k, v in headers.items()}.get("x-sparql-maxrows")
    if limit and limit.strip().isdigit() and len(frame) >= int(limit):
        frame.attrs["truncated"] = int(limit)
    return frame


def _strip_prologue(sparql: str) -> str:
    return re.sub(r"(?im)^\s*(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#.*)\s*$", "", sparql)


def _split_ntriple(line: str) -> list[str]:
    subject, rest = line.strip().split(None, 1)
    predicate, rest = rest.split(None, 1)
    return [subject, predicate, rest.rstrip().rstrip(".").rstrip()]


def _nt_cell(term: str, compact: bool, prefixes: dict):
    if term.startswith("<") and term.endswith(">"):
        return compact_iri(term[1:-1], prefixes) if compact else term[1:-1]
    if term.startswith('"'):
        from rdflib.plugins.parsers.ntriples import unquote

        end = term.rfind('"')
        text = unquote(term[1:end])
        rest = term[end + 1:]
        datatype = rest[3:-1] if rest.startswith("^^<") else None
        return literal_value(text, datatype)
    return term


def update(endpoint_url: str, sparql_update: str, *, base: str = DEFAULT_BASE,
           timeout: float = DEFAULT_TIMEOUT) -> None:
    """Run a SPARQL 1.1 Update on a server (``update=`` form, as the protocol says).

    Mind that SPARQL does not promise that several operations in one request are
    applied together; Virtuoso commits each one on its own.
    """
    _Client(timeout).request(endpoint_url, data=_form("update", _with_prefixes(sparql_update, base)), headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"})


def graph_store_post(graph_store_url: str, graph: str, ntriples: str, *,
                     timeout: float = DEFAULT_TIMEOUT) -> None:
    """Add N-Triples to a named graph with the Graph Store HTTP Protocol (POST).

    ``graph_store_url`` is the server's graph store service, e.g. Virtuoso's
    ``http://host:8890/sparql-graph-crud-auth`` or Fuseki's ``http://host:3030/ds/data``.
    """
    sep = "&" if "?" in graph_store_url else "?"
    url = graph_store_url + sep + urllib.parse.urlencode({"graph": graph})
    if "sparql-graph-crud" in graph_store_url:  # Virtuoso names the parameter graph-uri
        url = graph_store_url + sep + urllib.parse.urlencode({"graph-uri": graph})
    _Client(timeout).request(url, data=ntriples.encode("utf-8"), method="POST",
                             headers={"Content-Type": "application/n-triples"})


def _count(client: _Client, url: str, graph: str) -> int:
    _, rows, _ = _select(client, url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return _number(rows[0], "n", url) if rows else 0


def manifest_graph(base: str = DEFAULT_BASE) -> str:
    """The named graph where :func:`push` records each region graph's triple count
    (VoID ``void:triples``) once the region is in place and durable.

    >>> manifest_graph()
    'https://w3id.org/synergy/id/graph/manifest'
    """
    return base + "graph/manifest"


def _previous_graph(base: str, code: str) -> str:
    return base + "graph/previous/" + urllib.parse.quote(code, safe="-_.~")


# ------------------------------------------------------------------------------ push
def _split_regions(model: CityModel, region: str | None) -> dict[str, CityModel]:
    """The part of the model each region's graph holds (agencies with an empty
    region belong to the one region being pushed)."""
    agencies = model.agencies
    codes = agencies["region"].astype(str)
    named = sorted(set(codes) - {""})
    if region is not None:
        region = region.strip()
        if not _REGION_PATTERN.match(region):
            raise SynergyError(bilingual(f"--region {region!r}: pakai kode wilayah seperti 35.75",
                                         f"--region {region!r}: use a region code such as 35.75"))
        if region not in named and not (codes == "").any():
            raise SynergyError(bilingual(
                f"wilayah {region} tidak ada di data; wilayah yang ada: {', '.join(named)}",
                f"region {region} is not in the data; regions there: {', '.join(named)}"))
        wanted = {region: (codes == region) | (codes == "")}
    else:
        if not named:
            raise SynergyError(bilingual("data tidak berisi kode wilayah: beri --region KODE (mis. 35.75)",
                                         "the data has no region code: give --region CODE (e.g. 35.75)"))
        empty = int((codes == "").sum())
        if empty and len(named) > 1:
            raise SynergyError(bilingual(
                f"{empty} perangkat daerah tanpa kode wilayah, padahal data berisi {len(named)} wilayah: isi "
                "kolom region atau kirim satu wilayah dengan --region",
                f"{empty} agencies have no region and the data holds {len(named)} regions: fill the region "
                "column or push one region with --region"))
        wanted = {r: (codes == r) | ((codes == "") if len(named) == 1 else False) for r in named}
    parts = {}
    for code, mask in wanted.items():
        ag = agencies.loc[mask].copy()
        ag.loc[ag["region"] == "", "region"] = code  # the graph says where they belong
        ids = set(ag["id"])
        parts[code] = replace(
            model,
            agencies=ag.reset_index(drop=True),
            programs=model.programs.loc[model.programs["agency"].isin(ids)].reset_index(drop=True),
            datasets=model.datasets.loc[model.datasets["producer"].isin(ids)].reset_index(drop=True),
            applications=model.applications.loc[model.applications["agency"].isin(ids)].reset_index(drop=True),
            regions=model.regions.loc[model.regions["code"] == code].reset_index(drop=True),
        )
    return parts


def push(model: CityModel, endpoint_url: str, region: str | None = None, *, base: str = DEFAULT_BASE,
         update_url: str | None = None, graph_store_url: str | None = None,
         timeout: float = DEFAULT_TIMEOUT, progress=None) -> pd.DataFrame:
    """Write each region of the model as a named graph on a SPARQL server, durably.

    Every region's previous graph is replaced in one step: its triples go to a
    fresh staging graph (Graph Store POST in chunks when ``graph_store_url`` is
    given, else SPARQL ``INSERT DATA`` in chunks), the staging graph's size is
    checked, and one ``MOVE`` puts it in place. When anything fails before the
    ``MOVE``, the region's graph on the server is left as it was and the staging
    graph is dropped (if the server still answers).

    On Virtuoso, which does not log ``MOVE``/``COPY`` until its next checkpoint,
    the previous version is first copied aside (``graph/previous/CODE``) and
    checkpointed, the ``MOVE`` is followed by a checkpoint, and the region is
    counted again; only then is its count written to the manifest
    (:func:`manifest_graph`) and the copy dropped. A crash at any point leaves
    either the previous version or the new one, or a region whose count differs
    from its manifest, which readers refuse. The user needs the right to run a
    checkpoint (``dba``, or EXECUTE on ``exec``); without it nothing is changed.

    Parameters
    ----------
    region : str, optional
        Push only this region (agencies without a region code are counted in it).
        None pushes every region of the data, each to its own graph.
    update_url : str, optional
        Where SPARQL Update goes when it differs from ``endpoint_url``
        (GraphDB: ``.../repositories/ID/statements``).
    timeout : float
        Seconds one request may take, answer included.
    progress : callable, optional
        Like :func:`synergy.progress.track`: one step per region uploaded to its staging graph.

    Returns
    -------
    DataFrame
        ``region``, ``graph``, ``triples``, ``seconds``: one row per region written.
    """
    parts = _split_regions(model, region)
    update_url = update_url or endpoint_url
    client = _Client(timeout)
    # Virtuoso needs checkpoints, and must allow them before anything changes
    virtuoso = _is_virtuoso(client, endpoint_url)
    staged: list[tuple[str, str, str, int, float]] = []
    try:
        for code, part in (progress or no_progress)(parts.items(), label="unggah / upload", total=len(parts)):
            started = time.perf_counter()
            lines = list(dict.fromkeys(
                line for chunk in iter_ntriples(part, base) for line in chunk.splitlines() if line))
            staging = _staging_graph(base)
            staged.append((code, region_graph(code, base), staging, len(lines), started))
            if graph_store_url:
                for i in range(0, len(lines), GSP_CHUNK):
                    graph_store_post(graph_store_url, staging, "\n".join(lines[i:i + GSP_CHUNK]) + "\n",
                                     timeout=timeout)
            else:
                for i in range(0, len(lines), INSERT_CHUNK):
                    body = "\n".join(lines[i:i + INSERT_CHUNK])
                    _update(client, update_url, f"INSERT DATA {{ GRAPH <{staging}> {{\n{body}\n}} }}")
            found = _count(client, endpoint_url, staging)
            if found != len(lines):
                raise SynergyError(bilingual(
                    f"wilayah {code}: server hanya menyimpan {found} dari {len(lines)} tripel setelah diunggah; "
                    "tidak ada yang diganti",
                    f"region {code}: the server holds {found} of {len(lines)} triples after upload; "
                    "nothing replaced"))
        kept: list[str] = []
        if virtuoso:  # the previous versions, aside and durable, until the new ones are
            for code, graph, *_ in staged:
                previous = _previous_graph(base, code)
                _update(client, update_url, f"COPY SILENT <{graph}> TO <{previous}>")
                kept.append(previous)
            _checkpoint(client, endpoint_url)
    except BaseException:
        _drop_quietly(client, update_url, [s[2] for s in staged])
        raise
    rows, done = [], []
    for i, (code, graph, staging, n, started) in enumerate(staged):
        try:
            _update(client, update_url, f"MOVE SILENT <{staging}> TO <{graph}>")
        except SynergyError as exc:
            _drop_quietly(client, update_url, [s[2] for s in staged[i:]])
            _record_quietly(client, endpoint_url, update_url, base, [s for s in staged if s[0] in done], virtuoso)
            replaced = ", ".join(done) or "tidak ada / none"
            raise SynergyError(bilingual(
                f"{exc}; wilayah yang sudah diganti: {replaced}; wilayah {code} dan sisanya tetap versi sebelumnya",
                f"regions replaced before the failure: {replaced}; region {code} and the rest keep their "
                "previous version")) from None
        done.append(code)
    # durable, counted, then recorded: readers refuse a region whose count is not its manifest's
    if virtuoso:
        _checkpoint(client, endpoint_url)
    for code, graph, staging, n, started in staged:
        found = _count(client, endpoint_url, graph)
        if found != n:
            where = f" {_previous_graph(base, code)}" if virtuoso else ""
            raise SynergyError(bilingual(
                f"wilayah {code}: server menyimpan {found} dari {n} tripel setelah dipindahkan; versi sebelumnya "
                f"disimpan di graf{where}; jalankan synergy push lagi",
                f"region {code}: the server holds {found} of {n} triples after the move; the previous version is "
                f"kept in graph{where}; run synergy push again"))
        _record(client, endpoint_url, update_url, base, graph, n)
        rows.append({"region": code, "graph": graph, "triples": n,
                     "seconds": round(time.perf_counter() - started, 3)})
    _drop_quietly(client, update_url, kept)
    return pd.DataFrame(rows, columns=["region", "graph", "triples", "seconds"])


def _update(client: _Client, url: str, sparql_update: str) -> None:
    client.request(url, data=_form("update", sparql_update),
                   headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"})


def _checkpoint(client: _Client, url: str) -> None:
    """Make Virtuoso write everything to disk (its ``checkpoint``), so that a crash
    does not undo what was pushed."""
    _select(client, url, _CHECKPOINT)


def _is_virtuoso(client: _Client, url: str) -> bool:
    """Whether the server is Virtuoso (and then: may this user run a checkpoint?).

    Asked with a checkpoint itself rather than read from the ``Server`` header,
    which a reverse proxy in front of the server may drop: other servers refuse
    Virtuoso's ``bif:`` function as a bad query, Virtuoso names itself in its error.
    """
    try:
        _checkpoint(client, url)
        return True
    except _Refused as exc:  # the server answered with an HTTP error (unreachable and slow: raised as they are)
        if exc.code in (401, 403):
            raise  # credentials, not the checkpoint
        if "virtuoso" not in (str(exc) + " " + client.server).lower():
            return False  # another server: its updates are durable when they return
        raise SynergyError(bilingual(
            "Virtuoso: pengguna ini tidak boleh menjalankan checkpoint, sehingga hasil push bisa hilang jika "
            "server mati; kirim sebagai dba (atau beri hak EXECUTE pada exec); tidak ada yang diubah",
            "Virtuoso: this user may not run a checkpoint, so a push could be lost if the server crashed; push "
            f"as dba (or grant EXECUTE on exec); nothing was changed ({exc})")) from None


def _record(client: _Client, endpoint_url: str, update_url: str, base: str, graph: str, n: int) -> None:
    """Record ``n`` as the graph's count in the manifest (:func:`manifest_graph`).

    Only ``INSERT DATA`` and ``DELETE DATA``: Virtuoso writes those to its
    transaction log, while a ``DELETE ... WHERE`` did not survive a crash. The
    new count goes in before the old one goes out, so that a crash between the
    two leaves both (readers accept either), never none.
    """
    manifest = manifest_graph(base)
    _, rows, _ = _select(client, endpoint_url, (
        f"SELECT ?n ?t WHERE {{ GRAPH <{manifest}> {{ <{graph}> <{_VOID_TRIPLES}> ?n "
        f"OPTIONAL {{ <{graph}> <{_DCT_MODIFIED}> ?t }} }} }}"))
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    _update(client, update_url, (
        f"INSERT DATA {{ GRAPH <{manifest}> {{ <{graph}> a <{_VOID_DATASET}> ; <{_VOID_TRIPLES}> {n} ; "
        f'<{_DCT_MODIFIED}> "{stamp}"^^<{_XSD_DATETIME}> }} }}'))
    old = set()
    for row in rows:
        if _number(row, "n", url=endpoint_url) != n:
            old.add(f"<{graph}> <{_VOID_TRIPLES}> {_number(row, 'n', endpoint_url)}")
        if row.get("t") and row["t"]["value"] != stamp:
            old.add(f'<{graph}> <{_DCT_MODIFIED}> {literal(row["t"]["value"])}^^<{_XSD_DATETIME}>')
    if old:
        _update(client, update_url, f"DELETE DATA {{ GRAPH <{manifest}> {{ {' . '.join(sorted(old))} }} }}")


def _record_quietly(client, endpoint_url, update_url, base, staged, virtuoso) -> None:
    """After a failure half way, make the regions already moved durable and recorded,
    as far as the server still answers (else readers compare them with the manifest)."""
    try:
        if staged and virtuoso:
            _checkpoint(client, endpoint_url)
        for code, graph, staging, n, started in staged:
            if _count(client, endpoint_url, graph) == n:
                _record(client, endpoint_url, update_url, base, graph, n)
    except SynergyError:
        pass


def _drop_quietly(client: _Client, url: str, graphs) -> None:
    for graph in graphs:
        try:
            _update(client, url, f"DROP SILENT GRAPH <{graph}>")
        except SynergyError:
            pass  # the server is gone; a staging graph is invisible to readers anyway


# --------------------------------------------------------------------- read and ask
def regions(endpoint_url: str, *, base: str = DEFAULT_BASE, timeout: float = DEFAULT_TIMEOUT) -> pd.DataFrame:
    """The regions a server holds: ``region``, ``graph``, ``triples``, and
    ``expected``, the count its manifest records (``<NA>`` for a region pushed
    before manifests were kept), sorted by region."""
    return _regions(_Client(timeout), endpoint_url, base)


def _regions(client: _Client, url: str, base: str) -> pd.DataFrame:
    prefix = base + "graph/region/"
    _, rows, _ = _select(client, url, (
        f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f'FILTER(STRSTARTS(STR(?g), "{prefix}")) }} GROUP BY ?g ORDER BY ?g'))
    _, recorded, _ = _select(client, url, (
        f"SELECT ?g ?n WHERE {{ GRAPH <{manifest_graph(base)}> {{ ?g <{_VOID_TRIPLES}> ?n }} }}"))
    expected: dict[str, set] = {}
    for r in recorded:  # two counts only after a crash between recording the new and dropping the old
        expected.setdefault(_value(r, "g", url), set()).add(_number(r, "n", url))
    out = []
    for r in rows:
        graph = _value(r, "g", url)
        if not graph.startswith(prefix):
            raise _malformed(url, f"graph {graph[:60]} was not asked for")
        triples = _number(r, "n", url)
        recorded_counts = expected.get(graph, set())
        out.append({"region": urllib.parse.unquote(graph[len(prefix):]), "graph": graph, "triples": triples,
                    "expected": triples if triples in recorded_counts else max(recorded_counts, default=None)})
    frame = pd.DataFrame(out, columns=["region", "graph", "triples", "expected"])
    frame["expected"] = pd.array(frame["expected"].tolist(), dtype="Int64")
    return frame.sort_values("region", ignore_index=True)


def _refuse_unfinished(held: pd.DataFrame, url: str) -> None:
    """A region whose triples differ from its manifest was not pushed to the end
    (a crash before the server made it durable): never read it as the city."""
    for row in held.itertuples():
        if row.expected is not pd.NA and row.triples != row.expected:
            raise SynergyError(bilingual(
                f"wilayah {row.region} di server SPARQL {_public(url)} berisi {row.triples} tripel, padahal "
                f"manifesnya mencatat {row.expected}: push terakhir tidak tuntas (server mati?); jalankan "
                "synergy push lagi",
                f"region {row.region} on SPARQL server {_public(url)} holds {row.triples} triples but its "
                f"manifest records {row.expected}: the last push did not complete (did the server crash?); "
                "run synergy push again"))


def counts(endpoint_url: str, *, base: str = DEFAULT_BASE, timeout: float = DEFAULT_TIMEOUT) -> pd.DataFrame:
    """Programs per region and dimension, counted by the server (nothing is pulled).

    Columns ``region``, ``dimension``, ``programs``; the same query runs on an
    Oxigraph store (:data:`synergy.store.COUNTS_QUERY`). Refused when a region's
    triples differ from its manifest.
    """
    _refuse_unfinished(regions(endpoint_url, base=base, timeout=timeout), endpoint_url)
    prefix = base + "graph/region/"
    sparql = COUNTS_QUERY.format(graph_open="GRAPH ?g {",
                                 graph_close=f'}} FILTER(STRSTARTS(STR(?g), "{prefix}"))')
    frame = query(endpoint_url, sparql, base=base, timeout=timeout)
    if frame.empty:
        return pd.DataFrame(columns=["region", "dimension", "programs"])
    if list(frame.columns) != ["region", "dimension", "programs"]:
        raise _malformed(endpoint_url, "not the columns region, dimension, programs")
    try:
        return frame.astype({"region": str, "dimension": str, "programs": int})
    except (ValueError, TypeError):
        raise _malformed(endpoint_url, "a count that is not a number") from None


def _nt_term(binding: dict) -> str:
    kind, value = binding.get("type"), binding.get("value")
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    escaped = literal(value)
    if binding.get("xml:lang"):
        return f"{escaped}@{binding['xml:lang']}"
    datatype = binding.get("datatype")
    if datatype and datatype != _XSD_STRING:
        return f"{escaped}^^<{datatype}>"
    return escaped


def _read_graph_lines(client: _Client, url: str, graph: str, page_size: int) -> list[str]:
    """Every triple of a named graph as N-Triples lines, page by page.

    Pages are keyed on the subject (``FILTER(STR(?s) >= last)``), not on OFFSET,
    which Virtuoso refuses past 10,000 sorted rows; a server that returns fewer
    rows than asked (its own cap) is followed down to that size, one that fails
    on a big page is asked again with smaller ones (down to 1,000).
    """
    total = _count(client, url, graph)
    lines: list[str] = []
    last = None
    size = page_size
    while len(lines) < total:
        condition = "" if last is None else f"FILTER(STR(?s) >= {json.dumps(last)})"
        try:
            _, rows, _ = _select(client, url, (
                f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} {condition} }} "
                f"ORDER BY STR(?s) LIMIT {size}"))
        except SynergyError:
            if size <= _MIN_PAGE:
                raise
            # Virtuoso refuses to sort more than 10,000 rows for one answer (SR353);
            # other servers have their own limits: try smaller pages before giving up.
            size = max(_MIN_PAGE, size // 5)
            continue
        if not rows:
            break
        if len(rows) < size and len(lines) + len(rows) < total:
            size = len(rows)  # the server's cap is below ours: a full page is this long
        full = len(rows) >= size
        for r in rows:
            for name in ("s", "p", "o"):
                _value(r, name, url)  # every row binds all three
        if full:
            edge = rows[-1]["s"]["value"]
            keep = [r for r in rows if r["s"]["value"] != edge]
            if not keep:
                raise SynergyError(bilingual(
                    f"satu simpul di {graph} memiliki lebih banyak tripel daripada yang dikirim server sekaligus "
                    f"({size})",
                    f"one node of {graph} has more triples than the server returns at once ({size})"))
            rows, last = keep, edge
        lines += [f"{_nt_term(r['s'])} {_nt_term(r['p'])} {_nt_term(r['o'])} ." for r in rows]
        if not full:
            break
    if len(lines) != total:
        raise SynergyError(bilingual(
            f"data dari server SPARQL {_public(url)} tidak lengkap: {len(lines)} dari {total} tripel {graph}",
            f"SPARQL server at {_public(url)} returned {len(lines)} of {total} triples of {graph}"))
    return lines


def load_from_endpoint(endpoint_url: str, region: str | None = None, *, base: str = DEFAULT_BASE,
                       page_size: int = 10_000, timeout: float = DEFAULT_TIMEOUT) -> CityModel:
    """Read one region (or every region) back from a server as a validated model.

    The triples are written to a temporary N-Triples file and loaded with
    :func:`synergy.ingest.load_model`, the path RDF files take, so the model
    is checked exactly like a file would be.

    Raises
    ------
    SynergyError
        When the server holds no such region (the message lists those it holds),
        when a region's triples differ from its manifest (a push that did not
        complete), or when the server cannot be reached or answers nonsense.
    """
    from .ingest import load_model

    client = _Client(timeout)
    held = _regions(client, endpoint_url, base)
    if region is not None:
        held = held.loc[held["region"] == region]
        if held.empty:
            there = ", ".join(_regions(client, endpoint_url, base)["region"])
            raise SynergyError(bilingual(
                f"wilayah {region} tidak ada di server SPARQL; wilayah yang ada: {there or 'tidak ada'}",
                f"region {region} is not on the SPARQL server; regions there: {there or 'none'}"))
    elif held.empty:
        raise SynergyError(bilingual(
            f"server SPARQL {_public(endpoint_url)} belum berisi wilayah synergy: jalankan synergy push dulu",
            f"the SPARQL server at {_public(endpoint_url)} holds no synergy region yet: run synergy push first"))
    _refuse_unfinished(held, endpoint_url)
    graphs = held["graph"].tolist()
    lines: list[str] = []
    for graph in graphs:
        lines += _read_graph_lines(client, endpoint_url, graph, page_size)
    with tempfile.TemporaryDirectory(prefix="synergy-endpoint-") as tmp:
        path = pathlib.Path(tmp) / f"{'wilayah-' + region if region else 'server'}.nt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        model, _warnings = load_model([path])
    return model
