"""``benchmarks/realdata.py`` scores a source as ``benchmarks/eval_real.py`` prints it: pairs,
and the labelled groups with at least one pair reported."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import realdata  # noqa: E402
from synergy.model import CityModel, make_table  # noqa: E402


class _Result:
    def __init__(self, pairs):
        self.pairs = pd.DataFrame(pairs, columns=["program_a", "program_b", "score"])


def _source():
    programs = make_table("programs", [{"id": i, "name": i, "agency": "X"} for i in "ABCDEFG"])
    model = CityModel(make_table("agencies", [{"id": "X", "name": "X"}]), programs, make_table("datasets", []))
    # one large group (A with B, C, D) and one small (E with F)
    duplicates = {("A", "B"), ("A", "C"), ("A", "D"), ("E", "F")}
    groups = {("A", "B"): "G1", ("A", "C"): "G1", ("A", "D"): "G1", ("E", "F"): "G2"}
    return realdata.Source("toy", "real", model, duplicates, set(), groups=groups)


def test_a_group_counts_once_when_any_of_its_pairs_is_reported():
    scored = realdata.score(_source(), _Result([("B", "A", 0.9), ("C", "A", 0.8), ("F", "G", 0.7)]))
    assert (scored["tp"], scored["reported"], scored["labelled"]) == (2, 3, 4)
    assert (scored["groups_found"], scored["groups"]) == (1, 2)


def test_no_group_is_found_by_pairs_that_are_not_labelled():
    scored = realdata.score(_source(), _Result([("E", "G", 0.9), ("B", "C", 0.8)]))
    assert (scored["tp"], scored["groups_found"], scored["groups"]) == (0, 0, 2)


def test_every_real_source_names_the_group_of_each_labelled_pair():
    for source in realdata.real_sources(include_held_out=False):
        assert set(source.groups) >= source.duplicates, source.name
