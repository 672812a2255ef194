"""Shared-data findings read a piece at a time (``shared_data(stream=True)``) are the findings made whole.

``synergy shared-data --format csv|json|jsonl`` writes the findings as the reasons of reuse and
duplicate-dataset findings are made, piece by piece, so that a roll-up's millions of reasons are
never whole in memory (each row's text made in the worker that writes its reason:
``FindingFrames.text_pieces``); these tests hold the output to the unstreamed frame, row for row
and byte for byte, in both languages, with and without worker processes (the command's three formats:
``tests/test_pair_pieces.py``).
"""
from __future__ import annotations

import importlib.util
import multiprocessing
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.ingest import load_model
from synergy.output import render, render_frames
from synergy.shared_data import FindingFrames, shared_data

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("csv", "json", "jsonl")
FORK = "fork" in multiprocessing.get_all_start_methods()


def _bench_city(programs: int, regions: int):
    """The city benchmarks/bench_analyses.py generates: uses, produces and needs, as a roll-up has."""
    spec = importlib.util.spec_from_file_location("bench_analyses", ROOT / "benchmarks" / "bench_analyses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(programs, regions, seed=4)


def _pieces_are_the_whole(model, monkeypatch, workers: str, sizes=(1, 7, None), **options) -> pd.DataFrame:
    monkeypatch.setenv("SYNERGY_WORKERS", workers)
    whole = shared_data(model, **options)
    streamed = shared_data(model, stream=True, **options)
    assert isinstance(streamed, FindingFrames) and len(streamed) == len(whole)
    for rows in sizes:
        pieces = list(streamed.pieces(rows))
        assert len(pieces) == (1 if rows is None else max(1, -(-len(whole) // rows)))
        pd.testing.assert_frame_equal(pd.concat(pieces, ignore_index=True), whole)
        for fmt in FORMATS:
            text = render(whole, fmt)
            assert "".join(render_frames(pieces, fmt)) == text
            # the command's way: each row's text made where its reason is, the same bytes
            assert "".join(streamed.text_pieces(fmt, rows)) == text
            assert b"".join(streamed.text_pieces(fmt, rows, encoded=True)) == text.encode("utf-8")
        assert len(list(streamed.text_pieces("csv", rows))) == len(pieces) + 1  # the header, then a piece each
    return whole


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sample_city_findings_in_pieces_are_the_findings(monkeypatch, lang):
    model, _ = load_model(None)
    whole = _pieces_are_the_whole(model, monkeypatch, "1", lang=lang)
    assert {"reuse", "duplicate-dataset", "gap", "orphan"} <= set(whole["kind"])
    only = _pieces_are_the_whole(model, monkeypatch, "1", lang=lang, kinds=["reuse", "hub"])
    assert set(only["kind"]) <= {"reuse", "hub"} and len(only)


def test_a_generated_roll_up_in_pieces_with_and_without_workers(monkeypatch):
    model = _bench_city(6_000, 3)
    serial = _pieces_are_the_whole(model, monkeypatch, "1", sizes=(997, None))
    assert {"reuse", "duplicate-dataset"} <= set(serial["kind"]) and len(serial) > 5_000  # enough for the pool
    if FORK:
        pooled = _pieces_are_the_whole(model, monkeypatch, "2", sizes=(997, None))  # None: one piece cut in two
        pd.testing.assert_frame_equal(pooled, serial)


def test_no_finding_still_gives_one_empty_piece():
    model, _ = load_model(None)
    streamed = shared_data(model, kinds=["hub"], hub_min_agencies=10_000, stream=True)
    (piece,) = streamed.pieces(10)
    assert piece.empty and "".join(render_frames([piece], "csv")).startswith("kind,program,dataset")
    for fmt in FORMATS:
        assert "".join(streamed.text_pieces(fmt, 10)) == render(piece, fmt)
    with pytest.raises(ValueError, match="unknown format"):
        next(streamed.text_pieces("table"))


def test_with_decisions_the_findings_are_one_frame(tmp_path):
    from tests.test_decisions import HEADER, SAMPLE, city

    model, _ = load_model(None)
    first = shared_data(model, kinds=["reuse"]).iloc[0]
    folder = city(tmp_path, HEADER + f"reuse,{first['program']},{first['dataset']},rejected,data lain,Analis,2026-11-30\n",
                  source=SAMPLE)
    decided, _ = load_model(folder)
    found = shared_data(decided, stream=True)
    assert isinstance(found, pd.DataFrame) and "decision" in found.columns
    assert not ((found["program"] == first["program"]) & (found["dataset"] == first["dataset"])).any()


def test_a_piece_reader_that_stops_early_stops_the_workers(monkeypatch):
    if not FORK:
        pytest.skip("the pool needs the fork start method")
    monkeypatch.setenv("SYNERGY_WORKERS", "2")
    pieces = shared_data(_bench_city(3_000, 2), stream=True).pieces(50)
    assert len(next(pieces)) == 50
    pieces.close()
    assert not multiprocessing.active_children()
    texts = shared_data(_bench_city(3_000, 2), stream=True).text_pieces("csv", 50)
    assert next(texts).startswith("kind,") and next(texts).count("\n") == 50
    texts.close()
    assert not multiprocessing.active_children()


def test_hostile_names_are_written_alike_when_streamed(tmp_path):
    folder = tmp_path / "kota"
    folder.mkdir()
    (folder / "agencies.csv").write_text(
        "id,name,roles\nDINSOS,\"=Dinas Sosial, Kota\",\nPERKIM,+Dinas Perkim,\nKOMINFO,Diskominfo,walidata\n",
        encoding="utf-8")
    (folder / "datasets.csv").write_text(
        "id,name,producer,keywords,classification\n"
        'DS-1,"=HYPERLINK(""http://x"") Data Rumah Tangga Miskin",DINSOS,kemiskinan;rumah tangga miskin,terbatas\n'
        'DS-2,"@Data rumah tangga miskin;=cmd",PERKIM,rumah tangga miskin,terbuka\n', encoding="utf-8")
    (folder / "programs.csv").write_text(
        "id,name,agency,needs,produces\n"
        'P-1,"-Bedah Rumah, ""RTLH""",PERKIM,"=data rumah tangga miskin",DS-2\n'
        "P-2,Pemutakhiran DTKS,DINSOS,,DS-1\n", encoding="utf-8")
    model, _ = load_model(folder)
    for fmt in FORMATS:
        whole = render(shared_data(model), fmt)
        streamed = CliRunner().invoke(main, ["--quiet", "shared-data", str(folder), "--format", fmt])
        assert streamed.exit_code == 0, streamed.output
        assert streamed.stdout == whole
    text = render(shared_data(model), "csv")
    assert "'=HYPERLINK" in text and ";'=cmd" in text and {"reuse", "duplicate-dataset"} <= set(shared_data(model)["kind"])
