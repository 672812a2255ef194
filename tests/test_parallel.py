"""The duplicate finder scores blocks (regions) in worker processes: the output is the same bytes.

Every case runs ``find_duplicates`` with ``SYNERGY_WORKERS=1`` (no pool) and ``=2`` (a
forked pool, forced whatever the size) and compares the pairs, clusters, shared-use and
national tables as CSV.
"""
from __future__ import annotations

import multiprocessing
import resource
from pathlib import Path

import pytest

from synergy.duplicates import find_duplicates
from synergy.errors import SynergyError
from synergy.generate import read_city, write_city
from synergy.ingest import load_model
from synergy.model import CityModel
from synergy.output import render
from synergy.pool import workers

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the pool needs the fork start method")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _tables(model, monkeypatch, count: str, **options) -> tuple:
    monkeypatch.setenv("SYNERGY_WORKERS", count)
    before = _children_cpu()
    result = find_duplicates(model, **options)
    used_children = _children_cpu() > before
    return tuple(render(frame, "csv") for frame in (result.pairs, result.clusters, result.shared, result.national)), used_children


def _same_with_and_without_pool(model, monkeypatch, **options) -> str:
    serial, serial_children = _tables(model, monkeypatch, "1", **options)
    pooled, pooled_children = _tables(model, monkeypatch, "2", **options)
    assert not serial_children, "SYNERGY_WORKERS=1 must not start worker processes"
    assert pooled_children, "SYNERGY_WORKERS=2 must score the blocks in worker processes"
    assert pooled == serial
    return serial[0]


def _generated_city(folder, regions: int, programs: int, seed: int) -> CityModel:
    write_city(folder, regions=regions, programs=programs, seed=seed)
    return read_city(folder)


def test_sample_city_programs_and_inventory_are_the_same_with_the_pool(monkeypatch):
    model, _ = load_model(None)
    pairs = _same_with_and_without_pool(model, monkeypatch)
    assert pairs.count("\n") > 5
    _same_with_and_without_pool(model, monkeypatch, kind="applications")


def test_labelled_set_is_the_same_with_the_pool(monkeypatch):
    model, _ = load_model(ROOT / "tests" / "data" / "duplicates")
    _same_with_and_without_pool(model, monkeypatch, threshold=0.2)


def test_a_city_of_four_regions_is_the_same_with_the_pool_in_block_order(monkeypatch, tmp_path):
    model = _generated_city(tmp_path, regions=4, programs=500, seed=5)
    assert model.region_of_programs().nunique() == 4
    pairs = _same_with_and_without_pool(model, monkeypatch)
    assert pairs.count("\n") > 20  # pairs of every region, strongest first across regions
    _same_with_and_without_pool(model, monkeypatch, threshold=0.2)  # more pairs, weaker ones too


def test_workers_setting():
    assert workers(500, 10**6, environ={"SYNERGY_WORKERS": "1"}) == 1
    assert workers(3, 10, environ={"SYNERGY_WORKERS": "3"}) == 3
    assert workers(500, 100, environ={}) == 1  # too small to pay
    assert workers(1, 10**6, environ={}) == 1  # one block
    for bad in ("0", "two", "-1"):
        with pytest.raises(SynergyError, match="SYNERGY_WORKERS"):
            workers(500, 10**6, environ={"SYNERGY_WORKERS": bad})


def test_decisions_are_the_same_with_the_pool(monkeypatch):
    # a rejected pair is left out while the regions are scored (before their clusters are
    # formed), in the workers as here; an agreed pair under the threshold is kept
    from dataclasses import replace

    import pandas as pd

    model, _ = load_model(None)
    plain = find_duplicates(model, decisions=False).pairs
    top, weakest = plain.iloc[0], plain.iloc[-1]
    decisions = pd.DataFrame([
        {"kind": "duplicate", "a": top["program_a"], "b": top["program_b"], "decision": "rejected", "by": "Ani",
         "date": "2025-01-10"},
        {"kind": "duplicate", "a": weakest["program_a"], "b": weakest["program_b"], "decision": "confirmed",
         "by": "Ani", "date": "2025-01-10"}])
    decided = replace(model, decisions=decisions)
    # the weakest pair is under this threshold: it stays because it was agreed
    pairs = _same_with_and_without_pool(decided, monkeypatch, threshold=float(weakest["score"]) + 0.01)
    assert f"{top['program_a']},{top['program_b']}," not in pairs
    assert f"{weakest['program_a']},{weakest['program_b']}," in pairs
    shown = _same_with_and_without_pool(decided, monkeypatch, show_rejected=True)
    assert f"{top['program_a']},{top['program_b']}," in shown


def test_shared_data_searches_are_the_same_with_the_pool(monkeypatch, tmp_path):
    # the region-by-region searches (data needs, programs collecting data, duplicate
    # datasets) run in worker processes on a big roll-up: the same findings, in order
    from synergy.shared_data import shared_data

    for model in (load_model(None)[0], _generated_city(tmp_path, regions=4, programs=400, seed=3)):
        tables = []
        for count in ("1", "2"):
            monkeypatch.setenv("SYNERGY_WORKERS", count)
            before = _children_cpu()
            tables.append(render(shared_data(model), "csv"))
            assert (_children_cpu() > before) == (count == "2")
        assert tables[0] == tables[1]
        assert tables[0].count("\n") > 15


def test_texts_read_in_workers_leave_the_normaliser_as_reading_them_here(monkeypatch):
    # Normalizer.tokens_many reads slices of texts in worker processes and learns back, slice by
    # slice, the words each met first: the terms, and which word shows a term, are as if read here
    import synergy.text as text

    model, _ = load_model(None)
    texts = [t for pair in zip(model.programs["name"], model.programs["description"]) for t in pair]
    here = text.Normalizer()
    expected = [tuple(here.tokens(t)) for t in texts]
    monkeypatch.setattr(text, "TOKEN_LEAST", 1)  # many slices, so the learning order matters
    monkeypatch.setenv("SYNERGY_WORKERS", "2")
    pooled = text.Normalizer()
    before = _children_cpu()
    assert pooled.tokens_many(texts) == expected
    assert _children_cpu() > before, "the texts must be read in worker processes"
    terms = {t for tokens in expected for t in tokens}
    assert len(terms) > 100
    assert [pooled.display(t) for t in sorted(terms)] == [here.display(t) for t in sorted(terms)]
    assert [pooled.fixed_reading(t) for t in sorted(terms)] == [here.fixed_reading(t) for t in sorted(terms)]
    # a stem that several words give shows the first word read, wherever its slice ran
    assert any(here.fixed_reading(t) is None and pooled.display(t) != t for t in terms)


def _result_of(n):
    # megabytes of bytes, or arrays and lists in a dict: both kinds the finder sends back
    import numpy as np

    if n % 2:
        return bytes([n]) * 3_000_000
    return {"a": np.arange(n * 1000, dtype=np.int64), "terms": [("cctv", "kota")] * n, "n": n}


def _files_left(folder: Path) -> list:
    return sorted(p.name for p in folder.glob("synergy-*"))


def test_results_through_files_are_the_results_and_leave_no_file(monkeypatch, tmp_path):
    import numpy as np

    from synergy.pool import imap_in_workers

    monkeypatch.setenv("SYNERGY_WORKERS", "2")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    items = list(range(1, 9))
    found = list(imap_in_workers(_result_of, items, size=10**6, through_files=True))
    assert len(found) == len(items)
    for n, result in zip(items, found):
        expected = _result_of(n)
        if n % 2:
            assert result == expected
        else:
            assert np.array_equal(result["a"], expected["a"]) and result["terms"] == expected["terms"]
    assert _files_left(tmp_path) == []
    # a reader that stops early: the pool stops and the files of unread results go with the folder
    early = imap_in_workers(_result_of, items, size=10**6, through_files=True)
    assert next(early) == _result_of(1)
    assert _files_left(tmp_path)  # the run's folder is there while the pool works
    early.close()
    assert _files_left(tmp_path) == [] and not multiprocessing.active_children()


def test_results_come_through_the_pipe_when_no_file_can_be_written(monkeypatch, tmp_path):
    from synergy import pool

    monkeypatch.setenv("SYNERGY_WORKERS", "2")
    folder = tmp_path / "gone"  # a folder that is not there: mkstemp fails, the result is sent as it is
    assert pool._to_file(b"x" * 10, str(folder)) == b"x" * 10
    kept = pool._to_file({"n": 1}, str(tmp_path))
    assert isinstance(kept, pool._InFile) and pool._from_file(kept) == {"n": 1}
    assert list(tmp_path.iterdir()) == []
