"""synergy.store: N-Triples from the tables, the Oxigraph store, and the --store folder."""
from __future__ import annotations

import dataclasses
import os
import pathlib
import shutil

import pytest
from click.testing import CliRunner
from pandas.testing import assert_frame_equal
from rdflib import Graph
from rdflib.compare import isomorphic, to_isomorphic, graph_diff

from cli import main
from synergy.errors import SynergyError
from synergy.ingest import load_model
from synergy.model import CityModel
from synergy.rdf import model_to_rdf, sparql_query
from synergy.store import (
    COUNTS_QUERY,
    export_store,
    iter_ntriples,
    load_store,
    open_store_dir,
    store_query,
    write_ntriples,
)

ROOT = pathlib.Path(__file__).resolve().parents[1]
CITY = ROOT / "tests" / "data" / "store" / "city"
LOCAL_COUNTS = COUNTS_QUERY.format(graph_open="", graph_close="")


@pytest.fixture(scope="module")
def city():
    return load_model([CITY])[0]


def _parse_nt(model, base="https://w3id.org/synergy/id/"):
    graph = Graph()
    graph.parse(data="".join(iter_ntriples(model, base)), format="nt")
    return graph


def _assert_same_graph(model, base="https://w3id.org/synergy/id/"):
    expected, got = model_to_rdf(model, base), _parse_nt(model, base)
    if not isomorphic(expected, got):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        raise AssertionError(f"only in model_to_rdf: {sorted(only_expected)[:5]}; "
                             f"only in iter_ntriples: {sorted(only_got)[:5]}")


def test_ntriples_are_the_triples_of_model_to_rdf(city):
    _assert_same_graph(city)
    _assert_same_graph(city, base="http://data.example.go.id/kota#")


def test_ntriples_of_the_sample_city_are_those_of_model_to_rdf():
    _assert_same_graph(load_model()[0])


def test_awkward_text_survives_ntriples(city):
    awkward = 'Aplikasi "Sambat"\\ baris\nbaru\r\tç 中文 — ✓'
    programs = city.programs.copy()
    programs.loc[0, "name"] = awkward
    programs.loc[1, "description"] = "\\u0041 is not an escape here"
    model = dataclasses.replace(city, programs=programs)
    _assert_same_graph(model)
    store = load_store(model)
    names = store_query(store, 'SELECT ?n WHERE { pr:P-001 dct:title ?n }')
    assert names["n"].tolist() == [awkward]


def test_store_answers_like_rdflib(city):
    store = load_store(city)
    rdflib_counts = sparql_query(model_to_rdf(city), LOCAL_COUNTS, vocabulary=False)
    ox_counts = store_query(store, LOCAL_COUNTS)
    assert_frame_equal(ox_counts, rdflib_counts, check_dtype=False)
    labels = store_query(store, "SELECT ?l WHERE { dim:living skos:prefLabel ?l FILTER(lang(?l) = 'id') }")
    assert labels["l"].tolist() == ["Smart Living"]
    compact = store_query(store, "SELECT ?p WHERE { ?p syn:runBy ag:DINKES }", compact=True)
    assert compact["p"].tolist() == ["pr:P-002"]
    assert store_query(store, "ASK { pr:P-001 syn:dependsOn ?x }")["ask"].tolist() == [False]


def test_a_bad_query_is_a_synergy_error(city):
    with pytest.raises(SynergyError, match=r"^SPARQL query failed / kueri SPARQL gagal: "):
        store_query(load_store(city), "SELECT WHERE {")


@pytest.mark.parametrize("suffix", [".nt", ".ttl"])
def test_export_loads_back_as_a_source(city, tmp_path, suffix):
    path = tmp_path / f"kota{suffix}"
    export_store(load_store(city), path)
    back, _ = load_model([path])
    for table in ("agencies", "programs", "datasets"):
        assert_frame_equal(back.table(table), city.table(table).sort_values("id", ignore_index=True))


def test_write_ntriples_counts_its_lines(city, tmp_path):
    path = tmp_path / "kota.nt"
    n = write_ntriples(city, path)
    assert n == len(path.read_text(encoding="utf-8").splitlines()) == len(model_to_rdf(city))


# ------------------------------------------------------------------------- store folder
def _copy_city(tmp_path) -> pathlib.Path:
    source = tmp_path / "city"
    shutil.copytree(CITY, source)
    return source


def test_store_folder_reuses_then_reloads_a_changed_source(tmp_path):
    source = _copy_city(tmp_path)
    folder = tmp_path / "store"
    first = open_store_dir(folder, [source])
    second = open_store_dir(folder, [source])
    assert (first.reused, second.reused) == (False, True)
    for table in ("agencies", "programs", "datasets"):
        assert_frame_equal(second.model.table(table), first.model.table(table))
    assert dict(second.model.origins) == dict(first.model.origins)
    # the warnings of the first load are kept and shown again, exactly
    assert [str(w) for w in second.warnings] == [str(w) for w in first.warnings]
    assert [(w.where, w.row, w.column) for w in second.warnings] == [("agencies.csv", 1, "warna")]
    assert second.triples == first.triples > 0
    programs = source / "programs.csv"
    programs.write_text(programs.read_text(encoding="utf-8").replace("Posyandu Digital", "Posyandu Daring"),
                        encoding="utf-8")
    third = open_store_dir(folder, [source])
    assert third.reused is False
    assert "Posyandu Daring" in third.model.programs["name"].tolist()
    assert third.query("SELECT ?n WHERE { pr:P-002 dct:title ?n }")["n"].tolist() == ["Posyandu Daring"]


def test_a_reused_store_shares_one_string_per_text(tmp_path):
    """Read back, equal texts are one object (as a parsed CSV gives them): a million rows of a
    roll-up repeat the same agency ids and names, and one string each cost 0.6 GB (docs/scale.md)."""
    from synergy.ingest import sample_path

    folder = tmp_path / "store"
    open_store_dir(folder, [sample_path()])
    model = open_store_dir(folder, [sample_path()]).model
    for table, column in (("programs", "agency"), ("programs", "element"), ("datasets", "producer")):
        values = model.table(table)[column].tolist()
        assert all(isinstance(v, str) for v in values)
        assert len(values) > len(set(values)), (table, column)
        assert len({id(v) for v in values}) == len(set(values)), (table, column)


def _random_lists(seed: int, rows: int) -> list:
    import random

    rng = random.Random(seed)
    words = ["a", "b", "", "Dinas Kesehatan", "é;x", "a\x1fb"]
    return [None if rng.random() < 0.1 else [rng.choice(words + [None]) for _ in range(rng.randrange(4))]
            for _ in range(rows)]


@pytest.mark.parametrize("collide", [False, True])
def test_list_columns_read_back_as_each_row_reads(monkeypatch, collide):
    """A list column read back in numpy (synergy.store._shared_lists) holds, row by row, the tuple
    that reading each row gives; equal lists are one object. With a digest that makes every list
    of one first text and length collide, the rows are read one by one and are still right."""
    import pyarrow as pa

    from synergy import store

    if collide:
        monkeypatch.setattr(store, "_DIGEST_STEP", 0)
    for seed in range(5):
        lists = _random_lists(seed, 300)
        chunks = [pa.array(lists[:120], type=pa.list_(pa.string())), pa.array(lists[120:], type=pa.list_(pa.string()))]
        column = pa.chunked_array(chunks)
        values = store._shared_lists(column).tolist()
        assert values == [tuple(v or ()) for v in lists]
        assert all(type(v) is tuple for v in values)
        if not collide:
            assert len({id(v) for v in values}) == len(set(values))
    sliced = pa.chunked_array([pa.array(_random_lists(9, 50), type=pa.list_(pa.string())).slice(7, 30)])
    assert store._shared_lists(sliced).tolist() == [tuple(v or ()) for v in sliced.to_pylist()]
    empty = pa.chunked_array([pa.array([None, []], type=pa.list_(pa.string()))])
    assert store._shared_lists(empty).tolist() == [(), ()]


def test_a_reused_store_does_not_read_the_sources(tmp_path):
    """Same size, same modification time: the folder's copy is trusted (that is the point)."""
    source = _copy_city(tmp_path)
    folder = tmp_path / "store"
    open_store_dir(folder, [source])
    programs = source / "programs.csv"
    stat = programs.stat()
    text = programs.read_text(encoding="utf-8")
    programs.write_text(text.replace("Posyandu Digital", "Posyandu Digitax"), encoding="utf-8")
    os.utime(programs, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = open_store_dir(folder, [source])
    assert again.reused and "Posyandu Digital" in again.model.programs["name"].tolist()


def test_a_damaged_manifest_rebuilds(tmp_path):
    source = _copy_city(tmp_path)
    folder = tmp_path / "store"
    open_store_dir(folder, [source])
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    assert open_store_dir(folder, [source]).reused is False
    assert open_store_dir(folder, [source]).reused is True


def test_a_folder_with_other_files_is_refused(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "laporan.docx").write_text("x", encoding="utf-8")
    with pytest.raises(SynergyError, match=r"folder holds other files \(laporan.docx\)"):
        open_store_dir(folder, [CITY])
    assert (folder / "laporan.docx").exists()


def test_an_empty_model_round_trips_through_a_store_folder(tmp_path):
    empty = CityModel.empty()
    loaded = open_store_dir(tmp_path / "s", [CITY], loader=lambda sources: (empty, []))
    again = open_store_dir(tmp_path / "s", [CITY], loader=lambda sources: (empty, []))
    assert again.reused and len(again.model.programs) == 0
    assert list(again.model.programs.columns) == list(empty.programs.columns)
    assert loaded.triples == again.triples


# ---------------------------------------------------------------------------------- CLI
def test_cli_store_gives_the_same_answers(tmp_path):
    source = _copy_city(tmp_path)
    runner = CliRunner()
    folder = str(tmp_path / "store")
    for command in (["counts"], ["stats"]):
        plain = runner.invoke(main, [command[0], str(source), "--format", "csv"])
        stored = runner.invoke(main, [command[0], str(source), "--store", folder, "--format", "csv"])
        again = runner.invoke(main, [command[0], str(source), "--store", folder, "--format", "csv"])
        assert plain.exit_code == stored.exit_code == again.exit_code == 0, (plain.output, stored.output)
        assert plain.stdout == stored.stdout == again.stdout
        assert again.stderr == plain.stderr  # warnings are shown again from the folder
    query = "SELECT ?id WHERE { ?p a syn:Program ; dct:identifier ?id } ORDER BY ?id"
    result = runner.invoke(main, ["sparql", str(source), query, "--store", folder, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["id", "P-001", "P-002", "P-003", "P-004", "P-005"]


def test_cli_store_and_endpoint_together_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["counts", "--store", str(tmp_path / "s"),
                                       "--endpoint", "http://127.0.0.1:9/sparql"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == "Kesalahan: beri --endpoint atau --store, tidak keduanya / give --endpoint or --store, not both"
