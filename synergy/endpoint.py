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
- :func:`query` runs SPARQL there and returns a DataFrame; :func:`counts` pushes
  the per-region, per-dimension count down to the server; :func:`regions` lists
  what the server holds.
- :func:`load_from_endpoint` reads one region (a bounded subgraph) or all of them
  back into a validated :class:`~synergy.model.CityModel`, through the same
  records path as RDF files, so that every analysis runs on it. Servers cap the
  rows of one answer (Virtuoso: 10,000, silently) and refuse deep ``OFFSET``s, so
  triples are read in pages keyed on the subject, and the total is checked
  against a ``COUNT``.

Credentials come only from the environment (``SYNERGY_ENDPOINT_USER``,
``SYNERGY_ENDPOINT_PASSWORD``; HTTP digest or basic, as the server asks) and never
appear in messages. A server that is down or refuses gives a :class:`SynergyError`.
"""
from __future__ import annotations

import hashlib
import json
import os
import pathlib
import re
import socket
import tempfile
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
from .namespace import DEFAULT_BASE, sparql_prologue
from .store import COUNTS_QUERY, _compact, _lit, _literal_value, _prefixes, iter_ntriples

__all__ = [
    "ENV_USER",
    "ENV_PASSWORD",
    "region_graph",
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
    a 401)."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.user = os.environ.get(ENV_USER) or ""
        self.password = os.environ.get(ENV_PASSWORD) or ""
        self.challenge: dict | None = None
        self.scheme = ""
        self.nc = 0
        self.opener = urllib.request.build_opener()  # no auth handlers: done here

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
            raise SynergyError(f"SPARQL server at {_public(url)} asks for digest algorithm {algorithm}, "
                               "which is not supported")

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
            raise SynergyError(f"do not put credentials in the URL ({_public(url)}): set {ENV_USER} and "
                               f"{ENV_PASSWORD} in the environment / jangan menaruh kata sandi di URL")
        if parts.scheme not in ("http", "https"):
            raise SynergyError(f"not an http(s) URL of a SPARQL server: {_public(url)}")
        if self.user and not self.scheme and data is not None and len(data) > 65536:
            self._probe(url)
        for attempt in (1, 2):
            req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
            auth = self._authorization(method, url)
            if auth:
                req.add_header("Authorization", auth)
            try:
                with self.opener.open(req, timeout=self.timeout) as resp:
                    return resp.status, dict(resp.headers), resp.read()
            except urllib.error.HTTPError as exc:
                body = exc.read()
                if exc.code == 401 and attempt == 1 and self._learn(exc.headers.get("WWW-Authenticate")):
                    continue  # answer the (new or stale) challenge once
                raise _http_error(url, exc.code, body) from None
            except (urllib.error.URLError, socket.timeout, ConnectionError, OSError) as exc:
                raise _unreachable(url, exc, self.timeout) from None
        raise AssertionError("unreachable")

    def _probe(self, url: str) -> None:
        """Fetch the auth challenge with an empty request before sending a big body."""
        try:
            with self.opener.open(urllib.request.Request(url, method="GET"), timeout=self.timeout):
                return
        except urllib.error.HTTPError as exc:
            exc.read()
            if exc.code == 401:
                self._learn(exc.headers.get("WWW-Authenticate"))
        except (urllib.error.URLError, socket.timeout, ConnectionError, OSError) as exc:
            raise _unreachable(url, exc, self.timeout) from None


def _unreachable(url: str, exc: Exception, timeout: float) -> SynergyError:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
        return SynergyError(f"server SPARQL tidak menjawab / SPARQL server at {_public(url)} did not answer "
                            f"within {timeout:g} s")
    return SynergyError(f"server SPARQL tidak dapat dihubungi / cannot reach SPARQL server at {_public(url)}: {reason}")


def _http_error(url: str, code: int, body: bytes) -> SynergyError:
    if code in (401, 403):
        hint = (f"set {ENV_USER} and {ENV_PASSWORD} in the environment / isi {ENV_USER} dan "
                f"{ENV_PASSWORD} di environment") if not os.environ.get(ENV_USER) else \
               "check the user's rights and password / periksa hak akses dan kata sandi"
        return SynergyError(f"server SPARQL menolak / SPARQL server at {_public(url)} refused (HTTP {code}): {hint}")
    # Servers echo the whole query after the message: keep the first line only.
    text = body.decode("utf-8", "replace").strip().splitlines()
    first = " ".join(text[0].split())[:300] if text else ""
    return SynergyError(f"server SPARQL gagal / SPARQL server at {_public(url)} failed (HTTP {code}): {first}")


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
    status, headers, body = client.request(url, data=_form("query", sparql), headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded",
    })
    try:
        doc = json.loads(body.decode("utf-8"))
    except ValueError:
        raise SynergyError(f"SPARQL server at {_public(url)} did not answer with SPARQL JSON results") from None
    if "boolean" in doc:
        return ["ask"], [{"ask": {"type": "boolean", "value": doc["boolean"]}}], headers
    return doc.get("head", {}).get("vars", []), doc.get("results", {}).get("bindings", []), headers


def _cell(binding: dict | None, compact: bool, prefixes: dict):
    if binding is None:
        return None
    kind = binding.get("type")
    value = binding.get("value")
    if kind == "uri":
        return _compact(value, prefixes) if compact else value
    if kind == "boolean":
        return bool(value)
    if kind in ("literal", "typed-literal"):
        return _literal_value(value, binding.get("datatype"))
    return value


def query(endpoint_url: str, sparql: str, *, base: str = DEFAULT_BASE, compact: bool = False,
          timeout: float = 120) -> pd.DataFrame:
    """Run a SPARQL query on a server; the answer as a DataFrame.

    SELECT gives one column per variable, ASK one column ``ask``, CONSTRUCT and
    DESCRIBE the columns ``subject``, ``predicate``, ``object`` (as
    :func:`synergy.rdf.sparql_query` does). The project's prefixes are added
    unless the query declares them. When the server cut the answer short (it
    says so in ``X-SPARQL-MaxRows``), ``frame.attrs["truncated"]`` holds its limit.
    """
    client = _Client(timeout)
    text = _with_prefixes(sparql, base)
    prefixes = _prefixes(base)
    if re.search(r"(?i)\b(CONSTRUCT|DESCRIBE)\b", _strip_prologue(sparql)):
        status, headers, body = client.request(endpoint_url, data=_form("query", text), headers={
            "Accept": "application/n-triples", "Content-Type": "application/x-www-form-urlencoded"})
        rows = [_split_ntriple(line) for line in body.decode("utf-8").splitlines() if line.strip()]
        frame = pd.DataFrame([[_nt_cell(t, compact, prefixes) for t in row] for row in rows],
                             columns=["subject", "predicate", "object"])
    else:
        names, bindings, headers = _select(client, endpoint_url, text)
        frame = pd.DataFrame([[_cell(b.get(n), compact, prefixes) for n in names] for b in bindings],
                             columns=names)
    limit = {k.lower(): v for k, v in headers.items()}.get("x-sparql-maxrows")
    if limit and len(frame) >= int(limit):
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
        return _compact(term[1:-1], prefixes) if compact else term[1:-1]
    if term.startswith('"'):
        from rdflib.plugins.parsers.ntriples import unquote

        end = term.rfind('"')
        text = unquote(term[1:end])
        rest = term[end + 1:]
        datatype = rest[3:-1] if rest.startswith("^^<") else None
        return _literal_value(text, datatype)
    return term


def update(endpoint_url: str, sparql_update: str, *, base: str = DEFAULT_BASE, timeout: float = 600) -> None:
    """Run a SPARQL 1.1 Update on a server (``update=`` form, as the protocol says).

    Mind that SPARQL does not promise that several operations in one request are
    applied together; Virtuoso commits each one on its own.
    """
    _Client(timeout).request(endpoint_url, data=_form("update", _with_prefixes(sparql_update, base)), headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"})


def graph_store_post(graph_store_url: str, graph: str, ntriples: str, *, timeout: float = 600) -> None:
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
    return int(rows[0]["n"]["value"]) if rows else 0


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
            raise SynergyError(f"--region {region!r}: use a region code such as 35.75 / kode wilayah seperti 35.75")
        if region not in named and not (codes == "").any():
            raise SynergyError(f"region {region} is not in the data / wilayah {region} tidak ada di data; "
                               f"regions there / wilayah yang ada: {', '.join(named)}")
        wanted = {region: (codes == region) | (codes == "")}
    else:
        if not named:
            raise SynergyError("the data has no region code: give --region CODE (e.g. 35.75) / "
                               "data tidak berisi kode wilayah: beri --region KODE (mis. 35.75)")
        empty = int((codes == "").sum())
        if empty and len(named) > 1:
            raise SynergyError(
                f"{empty} agencies have no region and the data holds {len(named)} regions: fill the region "
                f"column or push one region with --region / {empty} perangkat daerah tanpa kode wilayah: "
                "isi kolom region atau pakai --region")
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
         timeout: float = 600) -> pd.DataFrame:
    """Write each region of the model as a named graph on a SPARQL server.

    Every region's previous graph is replaced in one step: its triples go to a
    fresh staging graph (Graph Store POST in chunks when ``graph_store_url`` is
    given, else SPARQL ``INSERT DATA`` in chunks), the staging graph's size is
    checked, and one ``MOVE`` puts it in place. When anything fails before the
    ``MOVE``, the region's graph on the server is left as it was and the staging
    graph is dropped (if the server still answers).

    Parameters
    ----------
    region : str, optional
        Push only this region (agencies without a region code are counted in it).
        None pushes every region of the data, each to its own graph.
    update_url : str, optional
        Where SPARQL Update goes when it differs from ``endpoint_url``
        (GraphDB: ``.../repositories/ID/statements``).

    Returns
    -------
    DataFrame
        ``region``, ``graph``, ``triples``, ``seconds``: one row per region written.
    """
    parts = _split_regions(model, region)
    update_url = update_url or endpoint_url
    client = _Client(timeout)
    staged: list[tuple[str, str, str, int, float]] = []
    try:
        for code, part in parts.items():
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
                    client.request(update_url, data=_form("update", f"INSERT DATA {{ GRAPH <{staging}> {{\n{body}\n}} }}"),
                                   headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"})
            found = _count(client, endpoint_url, staging)
            if found != len(lines):
                raise SynergyError(f"region {code}: the server holds {found} of {len(lines)} triples after upload; "
                                   "nothing replaced / tidak ada yang diganti")
    except BaseException:
        _drop_quietly(client, update_url, [s[2] for s in staged])
        raise
    rows, done = [], []
    for i, (code, graph, staging, n, started) in enumerate(staged):
        try:
            client.request(update_url, data=_form("update", f"MOVE SILENT <{staging}> TO <{graph}>"),
                           headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"})
        except SynergyError as exc:
            _drop_quietly(client, update_url, [s[2] for s in staged[i:]])
            replaced = ", ".join(done) or "none / tidak ada"
            raise SynergyError(f"{exc}; regions replaced before the failure / wilayah yang sudah diganti: {replaced}; "
                               f"region {code} and the rest keep their previous version") from None
        done.append(code)
        rows.append({"region": code, "graph": graph, "triples": n,
                     "seconds": round(time.perf_counter() - started, 3)})
    return pd.DataFrame(rows, columns=["region", "graph", "triples", "seconds"])


def _drop_quietly(client: _Client, url: str, graphs) -> None:
    for graph in graphs:
        try:
            client.request(url, data=_form("update", f"DROP SILENT GRAPH <{graph}>"),
                           headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"})
        except SynergyError:
            pass  # the server is gone; a staging graph is invisible to readers anyway


# --------------------------------------------------------------------- read and ask
def regions(endpoint_url: str, *, base: str = DEFAULT_BASE, timeout: float = 120) -> pd.DataFrame:
    """The regions a server holds: ``region``, ``graph``, ``triples``, sorted by region."""
    prefix = base + "graph/region/"
    client = _Client(timeout)
    _, rows, _ = _select(client, endpoint_url, (
        f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f'FILTER(STRSTARTS(STR(?g), "{prefix}")) }} GROUP BY ?g ORDER BY ?g'))
    out = [{"region": urllib.parse.unquote(r["g"]["value"][len(prefix):]), "graph": r["g"]["value"],
            "triples": int(r["n"]["value"])} for r in rows]
    return pd.DataFrame(out, columns=["region", "graph", "triples"]).sort_values("region", ignore_index=True)


def counts(endpoint_url: str, *, base: str = DEFAULT_BASE, timeout: float = 600) -> pd.DataFrame:
    """Programs per region and dimension, counted by the server (nothing is pulled).

    Columns ``region``, ``dimension``, ``programs``; the same query runs on an
    Oxigraph store (:data:`synergy.store.COUNTS_QUERY`).
    """
    prefix = base + "graph/region/"
    sparql = COUNTS_QUERY.format(graph_open="GRAPH ?g {",
                                 graph_close=f'}} FILTER(STRSTARTS(STR(?g), "{prefix}"))')
    frame = query(endpoint_url, sparql, base=base, timeout=timeout)
    if frame.empty:
        return pd.DataFrame(columns=["region", "dimension", "programs"])
    return frame.astype({"region": str, "dimension": str, "programs": int})


def _nt_term(binding: dict) -> str:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    escaped = _lit(value)
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
        if full:
            edge = rows[-1]["s"]["value"]
            keep = [r for r in rows if r["s"]["value"] != edge]
            if not keep:
                raise SynergyError(f"one node of {graph} has more triples than the server returns at once ({size})")
            rows, last = keep, edge
        lines += [f"{_nt_term(r['s'])} {_nt_term(r['p'])} {_nt_term(r['o'])} ." for r in rows]
        if not full:
            break
    if len(lines) != total:
        raise SynergyError(f"SPARQL server at {_public(url)} returned {len(lines)} of {total} triples of "
                           f"{graph} / data dari server tidak lengkap")
    return lines


def load_from_endpoint(endpoint_url: str, region: str | None = None, *, base: str = DEFAULT_BASE,
                       page_size: int = 10_000, timeout: float = 600) -> CityModel:
    """Read one region (or every region) back from a server as a validated model.

    The triples are written to a temporary N-Triples file and loaded with
    :func:`synergy.ingest.load_model`, the path RDF files take, so the model
    is checked exactly like a file would be.

    Raises
    ------
    SynergyError
        When the server holds no such region (the message lists those it holds),
        or cannot be reached.
    """
    from .ingest import load_model

    client = _Client(timeout)
    held = regions(endpoint_url, base=base, timeout=timeout)
    if region is not None:
        graphs = held.loc[held["region"] == region, "graph"].tolist()
        if not graphs:
            there = ", ".join(held["region"]) or "none / tidak ada"
            raise SynergyError(f"region {region} is not on the SPARQL server / wilayah {region} tidak ada di server; "
                               f"regions there / wilayah yang ada: {there}")
    else:
        graphs = held["graph"].tolist()
        if not graphs:
            raise SynergyError(f"the SPARQL server at {_public(endpoint_url)} holds no synergy region yet: "
                               "run synergy push first / server belum berisi data: jalankan synergy push")
    lines: list[str] = []
    for graph in graphs:
        lines += _read_graph_lines(client, endpoint_url, graph, page_size)
    with tempfile.TemporaryDirectory(prefix="synergy-endpoint-") as tmp:
        path = pathlib.Path(tmp) / f"{'wilayah-' + region if region else 'server'}.nt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        model, _warnings = load_model([path])
    return model
