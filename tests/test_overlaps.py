"""Known overlaps of the national nomenclature: the knowledge, its weight, and what a plan's findings say."""
from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from synergy.duplicates import find_duplicates, positional
from synergy.matching import COMPARISONS, default_model
from synergy.model import CityModel
from synergy.overlaps import known_overlaps, overlap_marks
from synergy.routine import bidang_of, nomenclature, urusan_names

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "real" / "nomenclature-overlaps"

SETDA_MONEV = "4.01.03.02.02.0002"     # Pengendalian dan Evaluasi Program Pembangunan
BAPPEDA_MONEV = "5.01.02.02.03.0001"   # Koordinasi Pengendalian Perencanaan dan Pelaksanaan Pembangunan Daerah ...


def plan(codes) -> CityModel:
    """A plan in SIPD's standard names: each sub kegiatan of ``codes`` at the agency of its bidang."""
    nom = nomenclature().set_index("code")["name"]
    names = urusan_names()
    bidangs = sorted({bidang_of(c) for c in codes})
    agencies = [{"id": f"PD-{b}", "name": names.get(b, f"Perangkat Daerah {b}"), "urusan": (b,)} for b in bidangs]
    programs = [{"id": f"S{i:03d}", "name": nom[c].upper(), "agency": f"PD-{bidang_of(c)}", "code": c}
                for i, c in enumerate(codes)]
    return CityModel.from_records(agencies=agencies, programs=programs)


def filler(count: int, avoid: set) -> list[str]:
    """Non-routine sub kegiatan of the nomenclature outside every known overlap, spread over the affairs."""
    known = {c for o in known_overlaps() for c in o.codes}
    nom = nomenclature()
    codes = [c for c in nom["code"] if c.split(".")[2] != "01" and c not in known and c not in avoid]
    return codes[:: max(1, len(codes) // count)][:count]


def test_the_shipped_knowledge_is_the_two_blind_labellings_of_the_nomenclature():
    # the resource copies two readers' groups (tests/data/real/nomenclature-overlaps: groups.csv,
    # groups-reader2.csv), each written blind to the other; a third reader's teach the weight
    labelled = {}
    for reader, name in ((1, "groups.csv"), (2, "groups-reader2.csv")):
        with (LABELS / name).open(encoding="utf-8", newline="") as handle:
            labelled.update({row["group"]: (reader, tuple(row["members"].split(";")), row["note"].split(":")[0])
                             for row in csv.DictReader(handle)})
    shipped = {o.key: (o.reader, o.codes, o.confidence) for o in known_overlaps()}
    assert shipped == labelled
    codes = set(nomenclature()["code"])
    for overlap in known_overlaps():
        assert set(overlap.codes) <= codes and len({bidang_of(c) for c in overlap.codes}) >= 2
        assert overlap.label_id and overlap.label_en


def test_a_record_is_known_by_its_standard_name_and_its_codes_bidang_picks_among_namesakes():
    nom = nomenclature()
    twins = [c for c in nom["code"] if nom.set_index("code")["name"][c] == "Peningkatan Ketahanan Pangan Keluarga"]
    assert len({bidang_of(c) for c in twins}) == 2  # food security and the kecamatan
    key, mask = overlap_marks(["Peningkatan Ketahanan Pangan Keluarga", "peningkatan  ketahanan pangan keluarga.",
                               "Ketahanan Pangan Keluarga (program kota)"], ["", "7.01.03.02.06.0003", ""])
    assert key[0] == key[1] >= 0 and key[2] == -1
    assert mask[0] != 0 and mask[1] != 0 and mask[2] == 0


def test_two_agencies_doing_one_job_under_different_standard_names_are_found():
    # the regional secretariat's and the planning agency's monitoring of development: two standard
    # names, one job (the nomenclature's labelled overlap N11)
    city = plan([SETDA_MONEV, BAPPEDA_MONEV] + filler(60, {SETDA_MONEV, BAPPEDA_MONEV}))
    ids = {row["code"]: row["id"] for _, row in city.programs.iterrows()}
    pair = tuple(sorted((ids[SETDA_MONEV], ids[BAPPEDA_MONEV])))
    result = find_duplicates(city)
    found = {tuple(sorted(p)): r for p, r in zip(result.pairs[["program_a", "program_b"]].values.tolist(),
                                                 result.pairs["reasons"])}
    assert pair in found
    assert "tumpang tindih antarurusan di nomenklatur nasional: pemantauan dan evaluasi pembangunan daerah" in found[pair]
    english = find_duplicates(city, lang="en").pairs
    assert english["reasons"].str.contains("known to overlap across affairs in the national nomenclature").any()
    # the same plan without the knowledge's weight: the names alone do not make the pair
    model = default_model("programs")
    blind = model.with_coefficients({**model.coef, "overlap": 0.0}, model.intercept)
    without = find_duplicates(city, matcher=blind)
    assert pair not in {tuple(sorted(p)) for p in without.pairs[["program_a", "program_b"]].values.tolist()}
    # only the known overlap is said to be one: the other standard names are not known to overlap
    said = [p for p, reasons in found.items() if "tumpang tindih antarurusan" in reasons]
    assert said == [pair]


def test_the_chance_of_a_known_overlap_is_counted_over_every_pair():
    from synergy.features import Block, record_features
    from synergy.functions import default_catalog
    from synergy.text import Normalizer

    overlapping = [c for o in known_overlaps()[:6] for c in o.codes]
    city = plan(overlapping + filler(40, set(overlapping)))
    programs = positional(city.programs)
    f = record_features(programs, city.agencies, normalizer=Normalizer(), catalog=default_catalog())
    block = Block(f, np.arange(len(programs)))
    i, j = np.triu_indices(block.n, k=1)
    cross = block.agency_codes[i] != block.agency_codes[j]
    levels = block.compare(i[cross], j[cross])[:, COMPARISONS.index("overlap")]
    assert (levels == 1).sum() > 5 and (levels == 2).sum() > 5  # one reader's groups, and both readers'
    assert block.exact_chance()["overlap"].tolist() == [float((levels == level).sum()) for level in (0, 1, 2)]


@pytest.mark.parametrize("comparison", ["overlap"])
def test_a_source_teaching_one_comparison_moves_no_other_weight(comparison):
    from synergy.duplicates import training_data

    city = plan([SETDA_MONEV, BAPPEDA_MONEV] + filler(40, {SETDA_MONEV, BAPPEDA_MONEV}))
    ids = {row["code"]: row["id"] for _, row in city.programs.iterrows()}
    data = training_data(city, [(ids[SETDA_MONEV], ids[BAPPEDA_MONEV])])
    model = default_model("programs")
    taught = model.learn_comparison(comparison, data, source="test")
    assert {k: v for k, v in taught.coef.items() if k != comparison} == {
        k: v for k, v in model.coef.items() if k != comparison}
    assert taught.intercept == model.intercept
    assert taught.m[comparison].tolist() == [0.0, 0.0, 1.0]  # both readers grouped the pair
    assert taught.provenance["learned_apart"][comparison] == {"source": "test", "duplicates": 1}
    # the pair itself is no chance: u counts every other pair of the city (half a pair added per level)
    others = np.sum([e[comparison] for e in data.exact], axis=0) - np.array([0.0, 0.0, 1.0])
    assert np.allclose(taught.u[comparison], (others + 0.5) / (others.sum() + 1.5))
    # a city keeps that u: its own pairs at a known overlap are mostly its duplicates
    assert comparison in taught.fixed_u
    chance = np.zeros((10, len(COMPARISONS)), dtype=np.int64)
    chance[:, COMPARISONS.index(comparison)] = 2
    assert taught.for_city(chance).u[comparison].tolist() == taught.u[comparison].tolist()
    unfixed = replace(taught, fixed_u=())
    assert unfixed.for_city(chance).u[comparison].tolist() != taught.u[comparison].tolist()


def test_an_application_inventory_gets_no_weight_from_the_plans_knowledge():
    # no labelled inventory taught the known overlaps a weight: two applications that happen to
    # carry standard sub kegiatan names are compared by what inventories taught
    nom = nomenclature().set_index("code")["name"]
    agencies = [{"id": "SETDA", "name": "Sekretariat Daerah"}, {"id": "BAPPEDA", "name": "Badan Perencanaan"}]
    apps = [{"id": "A1", "name": nom[SETDA_MONEV], "agency": "SETDA"},
            {"id": "A2", "name": nom[BAPPEDA_MONEV], "agency": "BAPPEDA"}]
    # many more standard names, none a known overlap: the city's chance of one is small
    apps += [{"id": f"F{i}", "name": nom[c], "agency": ("SETDA", "BAPPEDA")[i % 2]}
             for i, c in enumerate(filler(60, {SETDA_MONEV, BAPPEDA_MONEV}))]
    city = CityModel.from_records(agencies=agencies, applications=apps)
    pairs = find_duplicates(city, kind="applications", threshold=0.0).pairs
    pair = pairs[(pairs["application_a"] == "A1") & (pairs["application_b"] == "A2")]
    weights = dict(part.split(":") for part in pair["evidence"].iloc[0])
    assert float(weights["overlap"]) == 0.0
    # what the weight would be, had the inventories' model counted the comparison
    model = default_model("applications")
    counted = model.with_coefficients({**model.coef, "overlap": 1.0}, model.intercept)
    pairs = find_duplicates(city, kind="applications", threshold=0.0, matcher=counted).pairs
    pair = pairs[(pairs["application_a"] == "A1") & (pairs["application_b"] == "A2")]
    assert float(dict(part.split(":") for part in pair["evidence"].iloc[0])["overlap"]) > 1.0
