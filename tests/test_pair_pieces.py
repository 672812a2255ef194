"""Pairs made a piece at a time (``find_duplicates(stream=True)``) are the pairs made whole
(and both streamed commands write what the whole table gives).

``synergy duplicates --format csv|json|jsonl`` writes the pairs as their reasons are made,
so that a dense roll-up's millions of pairs are never whole in memory; these tests hold the
output to the unstreamed table, row for row and byte for byte, with and without worker
processes, on the sample city (programs and inventory), the labelled set and a generated
city of four regions.
"""
from __future__ import annotations

import multiprocessing
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy import output
from synergy.duplicates import find_duplicates
from synergy.explain import PairFrames
from synergy.generate import read_city, write_city
from synergy.ingest import load_model
from synergy.output import render, render_frames
from synergy.shared_data import shared_data

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("csv", "json", "jsonl")


def _pieces_are_the_whole(model, monkeypatch, workers: str, **options) -> pd.DataFrame:
    monkeypatch.setenv("SYNERGY_WORKERS", workers)
    whole = find_duplicates(model, **options).pairs
    streamed = find_duplicates(model, stream=True, **options).pairs
    assert isinstance(streamed, PairFrames) and len(streamed) == len(whole)
    for rows in (1, 7, len(whole) + 1):
        pieces = list(streamed.pieces(rows))
        assert len(pieces) == max(1, -(-len(whole) // rows))
        assert all(list(piece.columns) == list(whole.columns) for piece in pieces)
        joined = pd.concat(pieces, ignore_index=True)
        pd.testing.assert_frame_equal(joined, whole)
        for fmt in FORMATS:
            assert "".join(render_frames(pieces, fmt)) == render(whole, fmt)
        # the text written straight from the rows, as the command writes it
        for fmt in FORMATS:
            assert "".join(streamed.text_pieces(fmt, rows)) == render(whole, fmt)
            # as bytes (what the command writes to a file), the rows' UTF-8 sent back from the workers
            assert b"".join(streamed.text_pieces(fmt, rows, encoded=True)) == render(whole, fmt).encode("utf-8")
        assert len(list(streamed.text_pieces("csv", rows))) == len(pieces) + 1  # the header, then a piece each
    return whole


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sample_city_pairs_in_pieces_are_the_pairs(monkeypatch, workers):
    if workers == "2" and "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the pool needs the fork start method")
    model, _ = load_model(None)
    assert len(_pieces_are_the_whole(model, monkeypatch, workers)) > 5
    inventory = _pieces_are_the_whole(model, monkeypatch, workers, kind="applications")
    assert "application_a" in inventory.columns and len(inventory) > 5


def test_labelled_set_and_a_city_of_four_regions_in_pieces(monkeypatch, tmp_path):
    labelled, _ = load_model(ROOT / "tests" / "data" / "duplicates")
    assert len(_pieces_are_the_whole(labelled, monkeypatch, "1", threshold=0.2)) > 20
    write_city(tmp_path, regions=4, programs=300, seed=5)
    city = read_city(tmp_path)
    workers = "2" if "fork" in multiprocessing.get_all_start_methods() else "1"
    pairs = _pieces_are_the_whole(city, monkeypatch, workers, threshold=0.2)
    assert pairs["region"].nunique() > 1  # strongest first across regions, pieces cutting through them


def test_no_pair_still_gives_one_empty_piece_with_the_columns():
    model, _ = load_model(None)
    streamed = find_duplicates(model, threshold=1.0, stream=True).pairs
    pieces = list(streamed.pieces(10)) if isinstance(streamed, PairFrames) else [streamed]
    assert len(pieces) == 1 and pieces[0].empty
    assert "".join(render_frames(pieces, "csv")).startswith("program_a,program_b,score")
    assert "".join(render_frames(pieces, "json")) == "[]\n"
    if isinstance(streamed, PairFrames):
        for fmt in FORMATS:
            assert "".join(streamed.text_pieces(fmt, 10)) == "".join(render_frames(pieces, fmt))
            assert b"".join(streamed.text_pieces(fmt, 10, encoded=True)).decode() == "".join(render_frames(pieces, fmt))


def test_with_decisions_the_pairs_are_one_frame(tmp_path):
    from tests.test_decisions import HEADER, SAMPLE, city

    model, _ = load_model(None)
    first = find_duplicates(model).pairs.iloc[0]
    folder = city(tmp_path, HEADER + f"duplicate,{first['program_a']},{first['program_b']},rejected,beda layanan,"
                  "Analis,2026-11-30\n", source=SAMPLE)
    decided, _ = load_model(folder)
    pairs = find_duplicates(decided, stream=True).pairs
    assert isinstance(pairs, pd.DataFrame) and "decision" in pairs.columns
    assert not ((pairs["program_a"] == first["program_a"]) & (pairs["program_b"] == first["program_b"])).any()


def test_a_piece_reader_that_stops_early_stops_the_workers(monkeypatch, tmp_path):
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the pool needs the fork start method")
    monkeypatch.setenv("SYNERGY_WORKERS", "2")
    model, _ = load_model(None)
    pieces = find_duplicates(model, threshold=0.2, stream=True).pairs.pieces(3)
    assert len(next(pieces)) == 3 and multiprocessing.active_children()
    pieces.close()
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command, table, ids", [
    ("duplicates", lambda model: find_duplicates(model).pairs, "P-"),
    ("shared-data", shared_data, "DS-"),  # its findings' reasons made a piece at a time (FindingFrames)
])
def test_cli_writes_piece_by_piece_as_the_whole_table(monkeypatch, tmp_path, fmt, command, table, ids):
    model, _ = load_model(None)
    whole = render(table(model), fmt)
    monkeypatch.setattr(output, "CHUNK_ROWS", 4)  # several pieces on the sample city
    runner = CliRunner()
    shown = runner.invoke(main, ["--quiet", command, "--format", fmt])
    written = runner.invoke(main, ["--quiet", command, "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")])
    assert shown.exit_code == 0 and written.exit_code == 0, shown.output + written.output
    assert shown.stdout == whole
    assert (tmp_path / f"out.{fmt}").read_text(encoding="utf-8") == whole
    assert whole.count(ids) > 4 * 2


def test_hostile_names_are_guarded_alike_when_streamed(tmp_path):
    # the streamed CSV lines follow the table writer's cell rules: formula starts guarded, every
    # piece after a ';' guarded, quotes doubled, commas quoted (synergy.output.csv_row_lines)
    folder = tmp_path / "kota"
    folder.mkdir()
    (folder / "agencies.csv").write_text(
        "id,name\nKOMINFO,\"=Dinas Kominfo, Kota\"\nDINKES,Dinas Kesehatan\nDISDUK,+Dinas Dukcapil\n", encoding="utf-8")
    (folder / "programs.csv").write_text(
        "id,name,agency,description\n"
        'P1,"=HYPERLINK(""http://x"") Aplikasi Pengaduan Masyarakat",KOMINFO,"aduan warga, ""online"""\n'
        'P2,"+Aplikasi Pengaduan Masyarakat;=cmd",DINKES,aduan warga daring\n'
        'P3,"@Aplikasi Pengaduan Masyarakat Terpadu – Dénpasar",DISDUK,layanan aduan warga\n', encoding="utf-8")
    model, _ = load_model(folder)
    whole = render(find_duplicates(model, threshold=0.0).pairs, "csv")
    assert whole.count("\n") > 2  # pairs to write
    for fmt in FORMATS:
        streamed = CliRunner().invoke(main, ["--quiet", "duplicates", str(folder), "--threshold", "0",
                                             "--format", fmt])
        assert streamed.exit_code == 0, streamed.output
        assert streamed.stdout == render(find_duplicates(model, threshold=0.0).pairs, fmt)
        written = CliRunner().invoke(main, ["--quiet", "duplicates", str(folder), "--threshold", "0",
                                            "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")])
        assert written.exit_code == 0, written.output
        assert (tmp_path / f"out.{fmt}").read_bytes() == streamed.stdout.encode("utf-8")
    assert "'=HYPERLINK" in whole and ";'=cmd" in whole and "'+Aplikasi" in whole and "'@Aplikasi" in whole
    assert "– Dénpasar" in whole  # UTF-8 through the workers' bytes and back
    cells = [cell for line in whole.splitlines()[1:] for cell in line.split(",")]
    assert not [c for c in cells if c.lstrip('"')[:1] in ("=", "+", "@")]


def test_dimensions_given_as_lists_give_the_same_pairs():
    """A model built by hand may hold a record's dimensions as lists, which are no dictionary
    key: the reasons, written once per distinct combination of what they say, are the same."""
    import dataclasses

    model, _ = load_model(None)
    listed = model.programs.assign(dimension=[list(d) for d in model.programs["dimension"]])
    assert isinstance(listed["dimension"].iloc[0], list)
    pairs = find_duplicates(dataclasses.replace(model, programs=listed)).pairs
    pd.testing.assert_frame_equal(pairs, find_duplicates(model).pairs)
    assert pairs["reasons"].str.contains("dimensi sama").any()


@pytest.mark.parametrize("workers,threshold", [("1", 0.2), ("2", 0.2), ("1", 0.0), ("2", 0.0)])
def test_streamed_clusters_are_made_when_read_and_are_the_clusters(monkeypatch, workers, threshold):
    # at threshold 0 the clusters' members are known without comparing all their pairs: a
    # streamed run leaves their cohesion out, and reading the clusters scores the regions again
    if workers == "2" and "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the pool needs the fork start method")
    import synergy.duplicate_frames as frames

    monkeypatch.setenv("SYNERGY_WORKERS", workers)
    made = []
    real_call = frames.Deferred.__call__
    monkeypatch.setattr(frames.Deferred, "__call__", lambda self: made.append(1) or real_call(self))
    model, _ = load_model(None)
    for kind in ("programs", "applications"):
        whole = find_duplicates(model, kind=kind, threshold=threshold)
        streamed = find_duplicates(model, kind=kind, threshold=threshold, stream=True)
        before = len(made)
        assert "".join(streamed.pairs.text_pieces("csv", 5)) == render(whole.pairs, "csv")
        assert len(made) == before  # writing the pairs did not make the clusters
        assert len(whole.clusters) > 3 if threshold else len(whole.clusters) >= 1
        assert whole.clusters["cohesion"].between(0, 1).all()
        pd.testing.assert_frame_equal(streamed.clusters, whole.clusters)
        after = len(made)
        assert after > before
        assert streamed.clusters is streamed.clusters  # made once, then kept
        assert len(made) == after
    assert "applications" in streamed.clusters.columns  # renamed for an inventory, as the whole one
