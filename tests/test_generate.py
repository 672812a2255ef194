"""The synthetic city generator (synergy.generate) and `synergy generate`."""
from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.errors import SynergyError
from synergy.generate import generate_tables, read_city, write_city
from synergy.ingest import load_model
from synergy.routine import nomenclature


def test_same_seed_same_city_other_seed_other_city():
    first, key1 = generate_tables(regions=2, programs=80, seed=5)
    second, key2 = generate_tables(regions=2, programs=80, seed=5)
    other, _ = generate_tables(regions=2, programs=80, seed=6)
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name])
    pd.testing.assert_frame_equal(key1, key2)
    assert not first["programs"]["name"].equals(other["programs"]["name"])


def test_ids_unique_across_regions_and_names_from_the_nomenclature():
    tables, _ = generate_tables(regions=3, programs=120, seed=2)
    programs, agencies = tables["programs"], tables["agencies"]
    assert len(programs) == 360 and programs["id"].is_unique and agencies["id"].is_unique
    assert agencies["region"].nunique() == 3
    real = set(nomenclature()["name"])
    base = programs["name"].str.replace(r" Tahap \d+$", "", regex=True)
    assert base.isin(real).mean() > 0.8  # the rest are the planted, renamed duplicates
    coded = programs.loc[programs["code"] != "", "code"]
    assert 0 < len(coded) < len(programs)


def test_answer_key_pairs_are_cross_agency_in_one_region():
    tables, key = generate_tables(regions=2, programs=150, seed=3, duplicate_rate=0.05)
    programs = tables["programs"].set_index("id")
    region = tables["agencies"].set_index("id")["region"]
    assert len(key) >= 2 * round(150 * 0.05) and set(key["kind"]) == {"duplicate"}
    for a, b in key[["a", "b"]].values:
        assert programs.loc[a, "agency"] != programs.loc[b, "agency"]
        assert region[programs.loc[a, "agency"]] == region[programs.loc[b, "agency"]]


def test_generated_csv_passes_validation_and_planted_duplicates_are_found(tmp_path):
    from synergy.duplicates import find_duplicates

    write_city(tmp_path, regions=2, programs=150, seed=4)
    model, warnings = load_model(tmp_path)
    assert warnings == [] and len(model.programs) == 300
    key = pd.read_csv(tmp_path / "answer_key.csv")
    found = {tuple(sorted(p)) for p in find_duplicates(model).pairs[["program_a", "program_b"]].values.tolist()}
    # the key also pairs a planted copy with its source's same-named siblings ("... Tahap 3"),
    # which run in other years; a duplicate is the same work at the same time
    years = model.programs.set_index("id")[["start_year", "end_year"]]
    planted = {tuple(sorted(p)) for p in key[["a", "b"]].values.tolist()
               if years.loc[p[0], "start_year"] <= years.loc[p[1], "end_year"]
               and years.loc[p[1], "start_year"] <= years.loc[p[0], "end_year"]}
    assert planted and len(planted & found) >= 0.75 * len(planted), sorted(planted - found)


def test_parquet_reads_back_like_csv(tmp_path):
    write_city(tmp_path / "csv", regions=1, programs=60, seed=8)
    write_city(tmp_path / "pq", regions=1, programs=60, seed=8, fmt="parquet")
    a, b = read_city(tmp_path / "csv"), read_city(tmp_path / "pq")
    pd.testing.assert_frame_equal(a.programs, b.programs)
    assert (tmp_path / "pq" / "answer_key.parquet").exists()


def test_bad_arguments_are_refused():
    with pytest.raises(SynergyError):
        generate_tables(regions=0, programs=10)
    with pytest.raises(SynergyError):
        generate_tables(regions=1, programs=10, duplicate_rate=0.9)


def test_cli_generate(tmp_path):
    out = tmp_path / "kota"
    result = CliRunner().invoke(main, ["generate", "--regions", "2", "--programs", "40", "--seed", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"ditulis / written: {out / n}.csv" for n in ("agencies", "programs", "datasets", "answer_key")]
    assert len(pd.read_csv(out / "programs.csv")) == 80
    bad = CliRunner().invoke(main, ["generate", "--regions", "0", "-o", str(out)])
    assert bad.exit_code == 2
