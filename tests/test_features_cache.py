"""synergy.features_cache: the records' features kept in a --store folder and read back."""
from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import shutil
import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

from synergy import features_cache
from synergy.duplicates import _record_regions, _region_names, find_duplicates, positional, records_of, shared_normalizer
from synergy.features import TermMatrices, record_features
from synergy.functions import default_catalog
from synergy.ingest import load_model
from synergy.text import Normalizer

pytest.importorskip("pyarrow")  # a --store folder keeps its tables as Parquet

ROOT = pathlib.Path(__file__).resolve().parents[1]
CITY = ROOT / "data" / "pasuruan"
INVENTORY = ROOT / "tests" / "data" / "real" / "banjarbaru-apps"
CATALOGUE = ROOT / "tests" / "data" / "real" / "jabarprov-daftardata"  # 3,566 shared-data findings


def _inputs(model, kind):
    model = records_of(model, kind)
    records = positional(model.programs)
    region, names = _record_regions(model), _region_names(model)
    return records, model.agencies, region, names


def _read(model, kind):
    records, agencies, region, names = _inputs(model, kind)
    return record_features(records, agencies, normalizer=shared_normalizer(), catalog=default_catalog(),
                           region=region, region_names=names)


def _assert_same(x, y, name):
    if x is None or y is None:
        assert x is y, name
    elif sp.issparse(x):
        assert sp.issparse(y) and x.shape == y.shape and x.dtype == y.dtype, name
        assert np.array_equal(x.indptr, y.indptr) and np.array_equal(x.indices, y.indices), name
        assert np.array_equal(x.data, y.data), name
    elif isinstance(x, TermMatrices):
        assert vars(x).keys() == vars(y).keys(), name
        for attr in vars(x):
            _assert_same(vars(x)[attr], vars(y)[attr], f"{name}.{attr}")
    elif isinstance(x, np.ndarray):
        assert isinstance(y, np.ndarray) and x.dtype == y.dtype and x.shape == y.shape, name
        if x.dtype.kind == "f":
            assert np.array_equal(x, y, equal_nan=True), name
        else:
            assert x.tolist() == y.tolist(), name
            assert [type(v) for v in x.ravel().tolist()] == [type(v) for v in y.ravel().tolist()], name
    else:
        assert type(x) is type(y) and x == y, name
        if isinstance(x, (list, tuple)):
            assert [type(v) for v in x] == [type(v) for v in y], name


@pytest.mark.parametrize("source, kind", [(CITY, "programs"), (CITY, "applications"), (INVENTORY, "applications")])
def test_kept_features_read_back_are_the_features_read(tmp_path, source, kind):
    model = load_model([source])[0]
    read = _read(model, kind)
    records, agencies, region, names = _inputs(model, kind)
    key = features_cache.features_key(records, agencies, region, names)
    features_cache.save_features(read, tmp_path, key)
    found = features_cache.load_features(tmp_path / key, key, default_catalog())
    assert found is not None
    kept, _ = found
    assert kept.catalog is default_catalog()
    for field in dataclasses.fields(read):
        _assert_same(getattr(read, field.name), getattr(kept, field.name), field.name)
    # nothing kept needs unpickling: numbers, sparse matrices and JSON only
    suffixes = {p.suffix for p in (tmp_path / key).iterdir()}
    assert suffixes <= {".npy", ".npz", ".json"}, suffixes
    for path in (tmp_path / key).glob("*.npy"):
        np.load(path, allow_pickle=False)
    # each distinct value read back is one object, shared by the records that hold it
    assert len({id(t) for t in kept.name_terms}) == len(set(kept.name_terms))


def test_the_key_changes_with_any_cell_and_with_the_region_names():
    model = load_model([CITY])[0]
    records, agencies, region, names = _inputs(model, "programs")
    key = features_cache.features_key(records, agencies, region, names)
    assert features_cache.features_key(records.copy(), agencies.copy(), region, names) == key
    changed = records.copy()
    changed.loc[3, "description"] = str(changed.loc[3, "description"]) + " dan pelatihan"
    assert features_cache.features_key(changed, agencies, region, names) != key
    renamed = agencies.copy()
    renamed.loc[0, "name"] = "Dinas Baru"
    assert features_cache.features_key(records, renamed, region, names) != key
    assert features_cache.features_key(records, agencies, region, [*names, "Kota Lain"]) != key


def test_a_damaged_or_foreign_copy_is_not_used(tmp_path):
    model = load_model([INVENTORY])[0]
    read = _read(model, "applications")
    records, agencies, region, names = _inputs(model, "applications")
    key = features_cache.features_key(records, agencies, region, names)
    path = features_cache.save_features(read, tmp_path, key)
    assert features_cache.load_features(path, "another key", default_catalog()) is None
    codes = path / "name_terms.codes.npy"
    codes.write_bytes(codes.read_bytes()[:-16])  # cut short
    assert features_cache.load_features(path, key, default_catalog()) is None
    (path / "texts.values.json").unlink()
    assert features_cache.load_features(path, key, default_catalog()) is None


def test_a_folder_keeps_the_latest_copies_only(tmp_path):
    model = load_model([INVENTORY])[0]
    read = _read(model, "applications")
    for n in range(features_cache.KEEP_AT_MOST + 2):
        path = features_cache.save_features(read, tmp_path, f"key{n}")
        os.utime(path, (1_000_000 + n, 1_000_000 + n))  # written in this order
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"key{n}" for n in range(2, features_cache.KEEP_AT_MOST + 2)]
    # what a killed run left half-written goes an hour later, not while another run may be writing it
    old, fresh = tmp_path / ".writing-old", tmp_path / ".writing-fresh"
    old.mkdir(), fresh.mkdir()
    os.utime(old, (1_000_000, 1_000_000))
    features_cache.save_features(read, tmp_path, "key9")
    assert not old.exists() and fresh.exists()


def test_features_are_kept_only_with_the_shipped_knowledge(tmp_path):
    model = load_model([CITY])[0]
    lexicon = tmp_path / "lexicon.csv"
    lexicon.write_text("term,synonyms\nposyandu,pos pelayanan terpadu\n", encoding="utf-8")
    with features_cache.kept_in(tmp_path / "kept"):
        own = find_duplicates(model, lexicon=lexicon)
    assert not (tmp_path / "kept").exists()
    with features_cache.kept_in(tmp_path / "kept"):
        shipped = find_duplicates(model)
    assert len(list((tmp_path / "kept").iterdir())) == 1
    assert len(own.pairs) and len(shipped.pairs)


def _copy(tmp_path) -> pathlib.Path:
    source = tmp_path / "city"
    shutil.copytree(CITY, source, ignore=shutil.ignore_patterns("*.xlsx"))
    return source


def _cli(*args) -> subprocess.CompletedProcess:
    """The command as a user runs it: a fresh process, whose normaliser has read nothing yet."""
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", timeout=600)


@pytest.mark.parametrize("extra", [[], ["--of", "applications"]])
def test_a_second_store_run_reads_the_kept_features_and_finds_the_same(tmp_path, extra):
    source = _copy(tmp_path)
    folder = tmp_path / "store"
    every = ["--threshold", "0", "--format", "csv", *extra]  # every candidate, with its reasons
    plain = _cli("duplicates", source, *every)
    first = _cli("duplicates", source, "--store", folder, *every)
    assert plain.returncode == first.returncode == 0, first.stderr
    (kept,) = (folder / "features").iterdir()
    manifest = json.loads((kept / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["key"] == kept.name
    os.utime(kept, (1_000_000, 1_000_000))
    second = _cli("duplicates", source, "--store", folder, *every)
    assert second.returncode == 0, second.stderr
    assert kept.stat().st_mtime > 1_000_000  # read back: marked as used
    assert len(plain.stdout.splitlines()) > 10  # pairs found, not only the header
    # the same pairs, scores and reasons: the words a reason shows come back with the features
    assert plain.stdout == first.stdout == second.stdout
    # a damaged copy is read again, with the same findings, and written anew
    (kept / "texts.values.json").write_text("[", encoding="utf-8")
    third = _cli("duplicates", source, "--store", folder, *every)
    assert third.returncode == 0 and third.stdout == plain.stdout
    assert json.loads((kept / "texts.values.json").read_text(encoding="utf-8"))


def test_the_words_reading_taught_come_back_with_the_features(tmp_path):
    model = load_model([INVENTORY])[0]
    records, agencies, region, names = _inputs(model, "applications")

    def kept(normalizer):
        with features_cache.kept_in(tmp_path):
            return features_cache.kept_features(records, agencies, normalizer=normalizer, catalog=default_catalog(),
                                                region=region, region_names=names)

    reader, taught = Normalizer(), Normalizer()
    kept(reader)  # read, and kept
    assert len(list(tmp_path.iterdir())) == 1 and reader.words_read()
    kept(taught)  # read back
    assert len(list(tmp_path.iterdir())) == 1
    assert taught.words_read() == reader.words_read()
    other = Normalizer()
    other.tokens("Aplikasi Antrean Pasien")  # a normaliser that has read something else first
    kept(other)  # its state is part of the key: read afresh, and kept beside the first copy
    assert len(list(tmp_path.iterdir())) == 2


def test_a_changed_source_drops_the_kept_features_with_the_store(tmp_path):
    source = _copy(tmp_path)
    folder = tmp_path / "store"
    assert _cli("duplicates", source, "--store", folder, "--format", "csv").returncode == 0
    (old,) = (folder / "features").iterdir()
    programs = source / "programs.csv"
    programs.write_text(programs.read_text(encoding="utf-8").replace("Posyandu", "Pos Pelayanan Terpadu", 1),
                        encoding="utf-8")
    again = _cli("duplicates", source, "--store", folder, "--format", "csv")
    assert again.returncode == 0, again.stderr
    (new,) = (folder / "features").iterdir()
    assert new.name != old.name


# ----------------------------------------------------------------------------- shared data's reading
def _reading_copies(folder: pathlib.Path) -> list:
    from synergy.shared_data import READING_PARTS

    return [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")
            and sorted(json.loads((p / "manifest.json").read_text(encoding="utf-8"))["parts"]) == sorted(READING_PARTS)]


@pytest.mark.parametrize("source", [None, CATALOGUE])
def test_shared_data_reads_its_kept_reading_back_and_finds_the_same(tmp_path, source):
    """shared_data inside kept_in: the first call keeps what reading the texts gave, the second
    reads it back (each call's normaliser starts afresh, so the kept words bring back the words
    its reasons show: on Jawa Barat's catalogue 7 reasons differ without them): the same frame
    as with nothing kept, reasons included."""
    from synergy.shared_data import READING_PARTS, shared_data

    model = load_model(source and [source])[0]
    plain = shared_data(model)
    with features_cache.kept_in(tmp_path):
        first = shared_data(model)
        (kept,) = _reading_copies(tmp_path)
        parts = json.loads((kept / "manifest.json").read_text(encoding="utf-8"))["parts"]
        assert {parts[name]["kind"] for name in READING_PARTS} == {"array", "sparse", "values"}
        os.utime(kept, (1_000_000, 1_000_000))
        second = shared_data(model)
    assert kept.stat().st_mtime > 1_000_000  # read back
    assert len(plain) > 10 and plain["reason"].str.contains("kata kunci bersama").any()
    for frame in (first, second):
        assert frame.equals(plain)
    # a copy whose parts do not fit the records (one program short) is read afresh and written anew
    collecting = np.load(kept / "collecting.npy")
    np.save(kept / "collecting.npy", collecting[:-1])
    with features_cache.kept_in(tmp_path):
        assert shared_data(model).equals(plain)
    assert np.array_equal(np.load(kept / "collecting.npy"), collecting)
    # a lexicon of the user's own is never kept
    with features_cache.kept_in(tmp_path / "own"):
        shared_data(model, lexicon=ROOT / "ontology" / "lexicon.ttl")
    assert not (tmp_path / "own").exists()


def test_the_kept_reading_changes_with_the_texts_it_reads():
    model = load_model(None)[0]
    p, d = model.programs, model.datasets
    key = features_cache.reading_key("shared-data", [p[["name", "needs"]], d[["name"]]], ["Kota Pasuruan"])
    changed = p.copy()
    changed.loc[changed.index[3], "needs"] = ("data yang lain",)
    assert features_cache.reading_key("shared-data", [changed[["name", "needs"]], d[["name"]]], ["Kota Pasuruan"]) != key
    assert features_cache.reading_key("shared-data", [p[["name", "needs"]], d[["name"]]], ["Kota Malang"]) != key
    assert features_cache.reading_key("other", [p[["name", "needs"]], d[["name"]]], ["Kota Pasuruan"]) != key
    assert features_cache.reading_key("shared-data", [p[["name", "needs"]], d[["name"]]], ["Kota Pasuruan"],
                                      known=[("data", "data")]) != key


def test_a_second_store_run_of_shared_data_reads_the_kept_reading(tmp_path):
    source = _copy(tmp_path)
    folder = tmp_path / "store"
    options = ["--format", "csv"]
    plain = _cli("shared-data", source, *options)
    first = _cli("shared-data", source, "--store", folder, *options)
    assert plain.returncode == first.returncode == 0, first.stderr
    (kept,) = _reading_copies(folder / "features")
    os.utime(kept, (1_000_000, 1_000_000))
    second = _cli("shared-data", source, "--store", folder, *options)
    assert second.returncode == 0, second.stderr
    assert kept.stat().st_mtime > 1_000_000  # read back: marked as used
    assert "kata kunci bersama" in plain.stdout
    assert plain.stdout == first.stdout == second.stdout
    # a damaged copy is read again, with the same findings, and written anew
    (kept / "terms.values.json").write_text("[", encoding="utf-8")
    third = _cli("shared-data", source, "--store", folder, *options)
    assert third.returncode == 0 and third.stdout == plain.stdout
    assert json.loads((kept / "terms.values.json").read_text(encoding="utf-8"))
