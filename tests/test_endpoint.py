"""synergy.endpoint and the push/--endpoint commands, against a real Virtuoso on loopback.

The session fixture starts a private Virtuoso with .ci/virtuoso.sh (skipped when
virtuoso-t is not installed, but a failure when the environment variable CI is
set) and stops it at the end.
"""
from __future__ import annotations

import dataclasses
import http.server
import os
import pathlib
import re
import secrets
import shutil
import socket
import subprocess
import threading
import urllib.request

import pytest
from click.testing import CliRunner
from pandas.testing import assert_frame_equal

from cli import main
from synergy import endpoint
from synergy.errors import SynergyError
from synergy.ingest import load_model
from synergy.store import COUNTS_QUERY, load_store, store_query

ROOT = pathlib.Path(__file__).resolve().parents[1]
CITY = ROOT / "tests" / "data" / "store" / "city"
SCRIPT = ROOT / ".ci" / "virtuoso.sh"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclasses.dataclass(frozen=True)
class Server:
    url: str  # authenticated, read-write
    read_url: str  # anonymous, read-only
    graph_store: str
    password: str
    port: int


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    if shutil.which("virtuoso-t") is None:
        message = "virtuoso-t is not installed (apt-get install -y virtuoso-opensource)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = _free_port(), _free_port()
    password = secrets.token_hex(12)
    env = {**os.environ, "VIRTUOSO_DBA_PASSWORD": password}
    subprocess.run(["sh", str(SCRIPT), "start", str(folder), str(http_port), str(sql_port)],
                   env=env, check=True, timeout=300, capture_output=True)
    base = f"http://127.0.0.1:{http_port}"
    try:
        yield Server(f"{base}/sparql-auth", f"{base}/sparql", f"{base}/sparql-graph-crud-auth", password, http_port)
    finally:
        subprocess.run(["sh", str(SCRIPT), "stop", str(folder)], check=False, timeout=60, capture_output=True)


@pytest.fixture
def server(virtuoso, monkeypatch):
    """The server, with dba credentials in the environment, and no synergy graph on it."""
    monkeypatch.setenv(endpoint.ENV_USER, "dba")
    monkeypatch.setenv(endpoint.ENV_PASSWORD, virtuoso.password)
    graphs = endpoint.query(virtuoso.url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                            'FILTER(STRSTARTS(STR(?g), "https://w3id.org/synergy/id/graph/")) }')
    for graph in graphs.get("g", []):
        endpoint.update(virtuoso.url, f"DROP SILENT GRAPH <{graph}>")
    return virtuoso


@pytest.fixture(scope="module")
def city():
    return load_model([CITY])[0]


def _sorted(frame):
    return frame.sort_values("id", ignore_index=True)


def _local_counts(model):
    return store_query(load_store(model, vocabulary=False), COUNTS_QUERY.format(graph_open="", graph_close=""))


def _two_regions(model):
    """The fixture city split over two regions (Diskominfo and Bappeda in 35.73)."""
    agencies = model.agencies.copy()
    agencies["region"] = ["35.73" if a in ("DISKOMINFO", "BAPPEDA") else "35.75" for a in agencies["id"]]
    return dataclasses.replace(model, agencies=agencies)


def test_push_then_read_back_the_same_tables(server, city):
    pushed = endpoint.push(city, server.url)
    assert pushed[["region", "graph"]].values.tolist() == [
        ["35.75", "https://w3id.org/synergy/id/graph/region/35.75"]]
    held = endpoint.regions(server.url)
    assert held["triples"].tolist() == pushed["triples"].tolist()
    # a small page size makes the keyed paging run many rounds
    back = endpoint.load_from_endpoint(server.url, "35.75", page_size=23)
    expected_agencies = city.agencies.copy()
    # BPS had no region: it belongs to the region pushed
    expected_agencies["region"] = expected_agencies["region"].replace("", "35.75")
    assert_frame_equal(_sorted(back.agencies), _sorted(expected_agencies))
    assert_frame_equal(_sorted(back.programs), _sorted(city.programs))
    assert_frame_equal(_sorted(back.datasets), _sorted(city.datasets))


def test_graph_store_upload_gives_the_same_graph(server, city):
    by_update = endpoint.push(city, server.url)["triples"].tolist()
    by_gsp = endpoint.push(city, server.url, graph_store_url=server.graph_store)["triples"].tolist()
    assert by_gsp == by_update == endpoint.regions(server.url)["triples"].tolist()


def test_counts_run_on_the_server_as_they_do_locally(server, city):
    model = _two_regions(city)
    endpoint.push(model, server.url)
    assert_frame_equal(endpoint.counts(server.url), _local_counts(model))
    # anonymous, read-only endpoint answers the same question
    assert_frame_equal(endpoint.counts(server.read_url), _local_counts(model))


def test_pushing_a_changed_version_replaces_the_old_one(server, city):
    endpoint.push(city, server.url)
    programs = city.programs.loc[city.programs["id"] != "P-005"].copy()
    programs.loc[programs["id"] == "P-002", "name"] = "Posyandu Online"
    changed = dataclasses.replace(city, programs=programs)
    endpoint.push(changed, server.url, "35.75")
    titles = endpoint.query(server.url, "SELECT ?t WHERE { GRAPH ?g { ?p a syn:Program ; dct:title ?t } } ORDER BY ?t")
    assert titles["t"].tolist() == sorted(programs["name"])
    assert "Posyandu Digital" not in titles["t"].tolist()
    old = endpoint.query(server.url, "ASK { GRAPH ?g { pr:P-005 ?p ?o } }")
    assert old["ask"].tolist() == [False]


def test_one_region_is_replaced_and_the_other_kept(server, city):
    model = _two_regions(city)
    endpoint.push(model, server.url)
    before = endpoint.regions(server.url)
    programs = model.programs.loc[model.programs["id"] != "P-005"]
    endpoint.push(dataclasses.replace(model, programs=programs), server.url, "35.75")
    after = endpoint.regions(server.url)
    assert after["region"].tolist() == ["35.73", "35.75"]
    assert after.loc[0, "triples"] == before.loc[0, "triples"]
    assert after.loc[1, "triples"] < before.loc[1, "triples"]
    back = endpoint.load_from_endpoint(server.url)
    assert sorted(back.programs["id"]) == sorted(programs["id"])


def test_reading_more_rows_than_the_server_returns_at_once(server, tmp_path):
    """Stock Virtuoso answers at most 10,000 rows, silently: paging follows its cap."""
    from synergy.generate import generate_tables

    tables, _ = generate_tables(regions=1, programs=1000, seed=3)
    for name, frame in tables.items():
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
    model, _ = load_model([tmp_path])
    pushed = endpoint.push(model, server.url, graph_store_url=server.graph_store)
    assert pushed["triples"].iloc[0] > 10_000
    back = endpoint.load_from_endpoint(server.url, page_size=50_000)
    assert sorted(back.programs["id"]) == sorted(model.programs["id"])
    assert_frame_equal(_sorted(back.programs), _sorted(model.programs))


def test_several_regions_without_codes_for_some_agencies_are_refused(server, city):
    agencies = _two_regions(city).agencies.copy()
    agencies.loc[agencies["id"] == "BPS", "region"] = ""
    with pytest.raises(SynergyError, match="1 agencies have no region and the data holds 2 regions"):
        endpoint.push(dataclasses.replace(city, agencies=agencies), server.url)
    assert endpoint.regions(server.url).empty


class _FailingProxy(http.server.BaseHTTPRequestHandler):
    """Forwards the first ``allowed`` requests to the server, then answers 500."""

    allowed = 0
    target = ""

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        cls = type(self)
        if cls.allowed <= 0:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"proxy: simulated failure\n")
            return
        cls.allowed -= 1
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        # like a reverse proxy, this one passes on neither the Server header nor any other
        req = urllib.request.Request(cls.target + self.path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                status, out_headers, data = resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as exc:
            status, out_headers, data = exc.code, exc.headers, exc.read()
        self.send_response(status)
        for key in ("Content-Type", "WWW-Authenticate"):
            if out_headers.get(key):
                self.send_header(key, out_headers[key])
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _handle

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("allowed", range(1, 17))  # every request of a push, in turn, answers 500
def test_a_failure_half_way_leaves_the_previous_version(server, city, allowed):
    """Before the MOVE the region keeps its previous version; after it, the new one
    is in place whole (the readers' manifest check refuses anything in between)."""
    endpoint.push(city, server.url)
    before = endpoint.regions(server.url)
    titles = ("SELECT ?t WHERE { GRAPH <https://w3id.org/synergy/id/graph/region/35.75> { ?p dct:title ?t } } "
              "ORDER BY ?t")
    titles_before = endpoint.query(server.url, titles)
    handler = type("Proxy", (_FailingProxy,), {"allowed": allowed, "target": f"http://127.0.0.1:{server.port}"})
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    programs = city.programs.assign(name=city.programs["name"] + " (baru)")
    changed = dataclasses.replace(city, programs=programs)
    try:
        endpoint.push(changed, f"http://127.0.0.1:{proxy.server_address[1]}/sparql-auth")
    except SynergyError as exc:
        assert re.search(r"SPARQL server at http://127\.0\.0\.1:\d+/sparql-auth failed \(HTTP 500\)", str(exc))
    finally:
        proxy.shutdown()
        proxy.server_close()
    titles_after = endpoint.query(server.url, titles)
    new_titles = sorted(programs["name"].tolist() + [t for t in titles_before["t"] if t not in set(city.programs["name"])])
    assert titles_after["t"].tolist() in (titles_before["t"].tolist(), new_titles)
    after = endpoint.regions(server.url)
    assert after["triples"].tolist() == before["triples"].tolist()
    if titles_after["t"].tolist() == titles_before["t"].tolist():
        assert_frame_equal(after, before)
    back = endpoint.load_from_endpoint(server.url)  # the manifest agrees with what is there
    assert sorted(back.programs["name"]) in (sorted(city.programs["name"]), sorted(programs["name"]))


def test_a_server_that_is_down_gives_a_clear_error(city, monkeypatch):
    monkeypatch.delenv(endpoint.ENV_USER, raising=False)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/sparql"
    with pytest.raises(SynergyError) as info:
        endpoint.push(city, url)
    assert str(info.value).startswith(f"server SPARQL di {url} tidak dapat dihubungi (")
    assert f" / cannot reach SPARQL server at {url}: " in str(info.value)
    result = CliRunner().invoke(main, ["counts", "--endpoint", url])
    assert result.exit_code == 1
    assert f": server SPARQL di {url} tidak dapat dihubungi (" in result.output.splitlines()[-1]


def test_a_wrong_password_is_refused_and_never_shown(server, city, monkeypatch):
    monkeypatch.setenv(endpoint.ENV_PASSWORD, "salah-" + server.password)
    with pytest.raises(SynergyError) as info:
        endpoint.push(city, server.url)
    message = str(info.value)
    assert message.startswith(f"server SPARQL di {server.url} menolak (HTTP 401)")
    assert f" / SPARQL server at {server.url} refused (HTTP 401)" in message
    assert server.password not in message and "salah-" not in message
    monkeypatch.delenv(endpoint.ENV_USER)
    with pytest.raises(SynergyError, match="set SYNERGY_ENDPOINT_USER and SYNERGY_ENDPOINT_PASSWORD"):
        endpoint.push(city, server.url)


def test_credentials_in_the_url_are_refused_without_showing_them(city):
    with pytest.raises(SynergyError) as info:
        endpoint.push(city, "http://dba:rahasia@127.0.0.1:9/sparql-auth")
    assert str(info.value).startswith(
        "jangan menaruh nama pengguna atau kata sandi di URL (http://127.0.0.1:9/sparql-auth)")
    assert " / do not put credentials in the URL (http://127.0.0.1:9/sparql-auth)" in str(info.value)
    assert "rahasia" not in str(info.value)


def test_a_server_that_does_not_answer_in_time(city):
    """A socket that accepts but never answers: the error says so, after the timeout."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/sparql"
        with pytest.raises(SynergyError, match=r"SPARQL server at .* did not answer within 0.5 s: check the server"):
            endpoint.query(url, "ASK {}", timeout=0.5)


def test_reading_a_region_the_server_does_not_hold(server, city):
    endpoint.push(city, server.url)
    with pytest.raises(SynergyError, match="region 35.99 is not on the SPARQL server; regions there: 35.75$"):
        endpoint.load_from_endpoint(server.url, "35.99")


# ------------------------------------------------------------------------------ CLI
def test_cli_push_then_every_read_command_runs_on_the_server(server, tmp_path):
    source = tmp_path / "city"
    shutil.copytree(CITY, source)
    agencies = source / "agencies.csv"
    text = agencies.read_text(encoding="utf-8")
    agencies.write_text(text.replace("BPS,external,,,produsen-data,,", "BPS,external,,,produsen-data,35.75,"),
                        encoding="utf-8")
    runner = CliRunner()
    pushed = runner.invoke(main, ["push", str(source), "--endpoint", server.url, "--format", "csv"])
    assert pushed.exit_code == 0, pushed.output
    lines = pushed.stdout.splitlines()
    assert lines[0] == "region,graph,triples,seconds"
    assert lines[1].startswith("35.75,https://w3id.org/synergy/id/graph/region/35.75,")
    query = "SELECT ?id ?b WHERE { ?p a syn:Program ; dct:identifier ?id OPTIONAL { ?p syn:budget ?b } } ORDER BY ?id"
    for command in (["counts"], ["stats"], ["sparql", query], ["shared-data"], ["roadmap"],
                    ["metrics"], ["deps", "P-001"]):
        local = runner.invoke(main, [command[0], str(source), *command[1:], "--format", "csv"])
        assert len(local.stdout.splitlines()) > 1, command  # the question has an answer to compare
        remote = runner.invoke(main, [*command, "--endpoint", server.url, "--format", "csv"])
        assert local.exit_code == 0 and remote.exit_code == 0, (local.output, remote.output)
        assert remote.stdout == local.stdout
    one = runner.invoke(main, ["counts", "--endpoint", server.url + "#35.75", "--format", "csv"])
    assert one.exit_code == 0
    assert one.stdout == runner.invoke(main, ["counts", str(source), "--format", "csv"]).stdout


def test_cli_regions_lists_what_the_server_holds(server, city):
    endpoint.push(_two_regions(city), server.url)
    result = CliRunner().invoke(main, ["regions", "--endpoint", server.read_url, "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "region,graph,triples,expected"
    assert [line.split(",")[0] for line in lines[1:]] == ["35.73", "35.75"]


def test_cli_endpoint_with_sources_is_a_usage_error(server):
    result = CliRunner().invoke(main, ["counts", str(CITY), "--endpoint", server.url])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == "Kesalahan: beri SOURCE atau --endpoint, tidak keduanya / give SOURCE or --endpoint, not both"


def test_cli_push_sample_city(server):
    """The embedded sample city goes up under its region code and comes back whole."""
    sample, _ = load_model()
    result = CliRunner().invoke(main, ["push", "--endpoint", server.url, "--region", "35.75", "--format", "csv"])
    assert result.exit_code == 0, result.output
    back = endpoint.load_from_endpoint(server.url, "35.75")
    assert sorted(back.programs["id"]) == sorted(sample.programs["id"])
    assert sorted(back.datasets["id"]) == sorted(sample.datasets["id"])
    assert_frame_equal(endpoint.counts(server.url),
                       _local_counts(dataclasses.replace(sample, agencies=sample.agencies.assign(region="35.75"))))


def test_cli_push_shows_the_regions_uploaded_on_a_terminal(server, tmp_path):
    from tests.test_progress_bars import run_on_terminal

    code, shown, out = run_on_terminal(["push", "--endpoint", server.url, "--region", "35.75", "--format", "csv"],
                                       tmp_path)
    assert code == 0, shown
    assert "unggah / upload [" in shown and "/1" in shown  # one region
    assert out.startswith("region,graph,triples") and "[#" not in out
