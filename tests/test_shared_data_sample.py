"""Every planted shared-data finding of the sample city's answer key is found."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from synergy.ingest import load_model
from synergy.shared_data import shared_data

KEY = Path(__file__).resolve().parent.parent / "data" / "pasuruan" / "answer_key.csv"


def rows(kind):
    with open(KEY, encoding="utf-8") as handle:
        return [pytest.param(r["a"], r["b"], id=f"{r['a']}-{r['b']}")
                for r in csv.DictReader(handle) if r["kind"] == kind]


@pytest.fixture(scope="module")
def model():
    return load_model(None)[0]


@pytest.fixture(scope="module")
def found(model):
    return shared_data(model)


def of(found, kind):
    return found[found["kind"] == kind]


@pytest.mark.parametrize("program,dataset", rows("reuse"))
def test_planted_reuse_found(found, program, dataset):
    hit = of(found, "reuse")
    hit = hit[(hit["program"] == program) & (hit["dataset"] == dataset)]
    assert len(hit) == 1
    if hit.iloc[0]["classification"] in ("terbatas", "dikecualikan"):
        assert "perjanjian berbagi data" in hit.iloc[0]["reason"]


@pytest.mark.parametrize("a,b", rows("duplicate-dataset"))
def test_planted_duplicate_dataset_found(found, a, b):
    hit = of(found, "duplicate-dataset")
    x, y = sorted((a, b))
    assert ((hit["dataset"] == x) & (hit["other_dataset"] == y)).sum() == 1


@pytest.mark.parametrize("program,need", rows("gap"))
def test_planted_gap_found(found, program, need):
    hit = of(found, "gap")
    hit = hit[(hit["program"] == program) & (hit["need"] == need)]
    assert len(hit) == 1 and hit.iloc[0]["dataset"] == ""


def test_shared_gaps_name_the_other_agencies(found):
    """Planted gaps are needs several agencies share: each flood-need row lists the others."""
    gaps = of(found, "gap")
    flood = gaps[gaps["need"].str.contains("banjir")]
    assert len(flood) >= 2
    assert all(len(r) >= 1 for r in flood["related"])
    assert all(len(a) >= 2 for a in flood["agencies"])


@pytest.mark.parametrize("dataset,_", rows("hub"))
def test_planted_hub_found_with_walidata(model, found, dataset, _):
    walidata = {a for a, roles in zip(model.agencies["id"], model.agencies["roles"]) if "walidata" in roles}
    hit = of(found, "hub")
    hit = hit[hit["dataset"] == dataset]
    assert len(hit) == 1
    assert hit.iloc[0]["other_agency"] in walidata


@pytest.mark.parametrize("dataset,_", rows("orphan"))
def test_planted_orphan_found(found, dataset, _):
    assert (of(found, "orphan")["dataset"] == dataset).sum() == 1


def test_no_reuse_within_one_agency(found):
    reuse = of(found, "reuse")
    assert (reuse["agency"] != reuse["other_agency"]).all()
