"""Duplicate programs (synergy.duplicates, synergy.explain, synergy.routine) and the CLI commands."""
from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.duplicates import (
    CLUSTER_COLUMNS,
    EVIDENCE_WEIGHTS,
    PAIR_COLUMNS,
    duplicates_to_rdf,
    find_duplicates,
    score_pairs,
)
from synergy.errors import SynergyError
from synergy.model import CityModel
from synergy.routine import code_agreement, routine_mask
from synergy.text import Normalizer

AGENCIES = [
    {"id": "KOMINFO", "name": "Dinas Komunikasi dan Informatika", "urusan": ("2.16",), "region": "35.75"},
    {"id": "DISHUB", "name": "Dinas Perhubungan", "urusan": ("2.15",), "region": "35.75"},
    {"id": "SATPOL", "name": "Satuan Polisi Pamong Praja", "urusan": ("1.05",), "region": "35.75"},
    {"id": "DISDIK", "name": "Dinas Pendidikan", "urusan": ("1.01",), "region": "35.75"},
    {"id": "DINKES", "name": "Dinas Kesehatan", "urusan": ("1.02",), "region": "35.75"},
]


def program(pid, agency, name, **extra):
    row = {"id": pid, "name": name, "agency": agency, "dimension": ("society",)}
    row.update(extra)
    return row


def cctv_city():
    return CityModel.from_records(
        agencies=AGENCIES,
        programs=[
            program("P1", "KOMINFO", "Pemasangan CCTV Kota untuk Pemantauan Ruang Publik", budget=1_200_000_000),
            program("P2", "DISHUB", "Pengadaan Kamera Pengawas Lalu Lintas di Persimpangan", budget=800_000_000),
            program("P3", "SATPOL", "Jaringan Kamera Pemantau CCTV Ketertiban Umum", budget=None),
            program("P4", "DISDIK", "Pengadaan Buku Sekolah", description="Buku pelajaran untuk sekolah dasar",
                    target_group="siswa SD", dimension=("society",)),
            program("P5", "DISHUB", "Pengadaan Bus Sekolah", description="Armada angkutan gratis bagi pelajar",
                    target_group="pelajar", dimension=("living",)),
            program("P6", "DINKES", "Aplikasi Pengaduan Pasien Online", dimension=("governance",)),
            program("P7", "KOMINFO", "Sistem Informasi Keluhan Warga Daring", dimension=("governance",)),
        ],
    )


def pair_set(result):
    return {tuple(p) for p in result.pairs[["program_a", "program_b"]].values.tolist()}


# --------------------------------------------------------------------------- candidates and clusters
def test_pairs_are_cross_agency_ordered_and_strongest_first():
    result = find_duplicates(cctv_city())
    assert list(result.pairs.columns[:6]) == ["program_a", "program_b", "score", "cluster", "agencies", "reasons"]
    assert list(result.pairs.columns) == PAIR_COLUMNS
    assert (result.pairs["program_a"] < result.pairs["program_b"]).all()
    assert (result.pairs["agency_a"] != result.pairs["agency_b"]).all()
    assert result.pairs["score"].is_monotonic_decreasing
    assert {("P1", "P2"), ("P1", "P3"), ("P6", "P7")} <= pair_set(result)


def test_hard_negative_sharing_words_is_not_reported():
    # names alone share half their words; description, target group and dimension tell them apart
    result = find_duplicates(cctv_city())
    assert ("P4", "P5") not in pair_set(result)
    frame, _ = score_pairs(cctv_city(), normalizer=Normalizer(), threshold=0.0)
    row = frame[(frame["a"] == 3) & (frame["b"] == 4)].iloc[0]
    assert row["score"] < row["text"] * (1 - EVIDENCE_WEIGHTS["dimension"]) + 1e-9


def test_three_agencies_with_one_network_are_one_cluster_with_combined_budget():
    result = find_duplicates(cctv_city())
    clusters = result.clusters.set_index("cluster")
    cctv = result.pairs.loc[result.pairs["program_a"] == "P1", "cluster"].unique()
    assert len(cctv) == 1
    row = clusters.loc[cctv[0]]
    assert row["programs"] == ("P1", "P2", "P3") and row["size"] == 3
    assert row["agencies"] == ("DISHUB", "KOMINFO", "SATPOL")
    assert row["combined_budget"] == 2_000_000_000  # an unknown budget adds nothing
    assert row["lead_agency"] == "KOMINFO" and row["action"] == "platform"
    # every pair of the cluster carries its id; the complaint apps are another cluster
    complaint = result.pairs.loc[result.pairs["program_a"] == "P6", "cluster"].iloc[0]
    assert complaint != cctv[0]
    assert list(result.clusters.columns) == CLUSTER_COLUMNS
    assert set(result.clusters["cluster"]) == set(result.pairs["cluster"])


def test_same_agency_is_never_paired():
    model = CityModel.from_records(agencies=AGENCIES, programs=[
        program("A1", "KOMINFO", "Pemasangan CCTV Kota"), program("A2", "KOMINFO", "Pemasangan CCTV Kota")])
    assert find_duplicates(model).pairs.empty


def test_regions_are_kept_apart_unless_asked():
    agencies = AGENCIES[:2] + [{"id": "DISHUB-B", "name": "Dinas Perhubungan B", "urusan": ("2.15",), "region": "35.76"}]
    model = CityModel.from_records(agencies=agencies, programs=[
        program("R1", "KOMINFO", "Pemasangan CCTV Persimpangan Kota"),
        program("R2", "DISHUB-B", "Pemasangan CCTV Persimpangan Kota")])
    assert find_duplicates(model).pairs.empty
    across = find_duplicates(model, across_regions=True)
    assert pair_set(across) == {("R1", "R2")}
    assert across.pairs.loc[0, "region"] == "35.75;35.76"


def test_threshold_filters_and_is_checked():
    model = cctv_city()
    low, high = find_duplicates(model, threshold=0.2), find_duplicates(model, threshold=0.6)
    assert pair_set(high) <= pair_set(low)
    assert (high.pairs["score"] >= 0.6).all()
    with pytest.raises(SynergyError, match="between 0 and 1"):
        find_duplicates(model, threshold=1.5)
    with pytest.raises(SynergyError, match="unknown language"):
        find_duplicates(model, lang="fr")


def test_empty_and_tiny_models_give_empty_frames_with_columns():
    for model in (CityModel.empty(), CityModel.from_records(agencies=AGENCIES, programs=[program("X", "KOMINFO", "CCTV")])):
        result = find_duplicates(model)
        assert result.pairs.empty and list(result.pairs.columns) == PAIR_COLUMNS
        assert result.clusters.empty and list(result.clusters.columns) == CLUSTER_COLUMNS


# --------------------------------------------------------------------------- evidence terms of the score
def _score(a_extra, b_extra, name_a="Pendataan Pelaku UMKM Kota", name_b="Pendataan Pelaku UMKM Kota"):
    model = CityModel.from_records(agencies=AGENCIES, programs=[
        program("E1", "KOMINFO", name_a, **a_extra), program("E2", "DISHUB", name_b, **b_extra),
        program("E3", "DINKES", "Imunisasi Balita di Posyandu")])  # a third text keeps the IDF honest
    frame, _ = score_pairs(model, normalizer=Normalizer(), threshold=0.0)
    row = frame[(frame["a"] == 0) & (frame["b"] == 1)]
    assert len(row) == 1
    return row.iloc[0]


@pytest.mark.parametrize(
    "evidence, agree, disagree",
    [
        ("target_group", {"target_group": "pelaku usaha mikro"}, {"target_group": "siswa sekolah dasar"}),
        ("output", {"output": "jumlah UMKM terdata"}, {"output": "panjang jalan diperbaiki"}),
        ("dimension", {"dimension": ("economy",)}, {"dimension": ("environment",)}),
        ("code", {"code": "2.17.03.2.01.0001"}, {"code": "1.02.02.2.02.0020"}),
        ("years", {"start_year": 2022, "end_year": 2024}, {"start_year": 2028, "end_year": 2030}),
    ],
)
def test_each_contrary_evidence_lowers_the_score_by_at_most_its_weight(evidence, agree, disagree):
    base = {"target_group": "pelaku usaha mikro", "output": "jumlah UMKM terdata", "dimension": ("economy",),
            "code": "2.17.03.2.01.0001", "start_year": 2022, "end_year": 2024}
    same = _score(base, dict(base, **agree))
    other = _score(base, dict(base, **disagree))
    # the evidence factor is score / text (the output is also part of the text)
    same_factor, other_factor = same["score"] / same["text"], other["score"] / other["text"]
    assert same_factor == pytest.approx(1.0, abs=1e-6)
    assert other_factor < same_factor
    assert other_factor >= 1 - EVIDENCE_WEIGHTS[evidence] - 1e-6


def test_unknown_evidence_does_not_lower_the_score():
    bare = _score({}, {})
    assert bare["score"] == pytest.approx(bare["text"])
    one_sided = _score({"target_group": "pelaku usaha"}, {})
    assert one_sided["score"] == pytest.approx(one_sided["text"])


def test_a_different_kind_of_work_is_strong_contrary_evidence():
    row = _score({}, {}, name_a="Pendataan Pelaku UMKM Kota", name_b="Pelatihan Pelaku UMKM Kota")
    assert row["activity"] == 0
    assert row["score"] == pytest.approx(row["text"] * (1 - EVIDENCE_WEIGHTS["activity"]))


def test_code_agreement_levels_read_messy_codes():
    assert code_agreement("1.01.01.02.01.0001", "1.01.01.2.01.1") == 4
    assert code_agreement("2.16.03.2.02.0023", "2.16.03.2.02.0007") == 3
    assert code_agreement("2.16.03.2.02.0023", "2.16.03.2.01.0001") == 2
    assert code_agreement("2.16.03.2.02.0023", "2.16.02.2.01.0001") == 1
    assert code_agreement("2.16.03.2.02.0023", "2.15.03.2.02.0023") == 0
    assert code_agreement("", "2.16.03") == -1


# --------------------------------------------------------------------------- routine support
def routine_city():
    names = ["Penyusunan Dokumen Perencanaan Perangkat Daerah", "Penyediaan Gaji dan Tunjangan ASN"]
    programs = []
    for n, agency in enumerate(a["id"] for a in AGENCIES):
        urusan = AGENCIES[n]["urusan"][0]
        programs.append(program(f"R{n}a", agency, names[0], code=f"{urusan}.01.2.01.0001" if n % 2 else ""))
        programs.append(program(f"R{n}b", agency, names[1], code=f"{urusan}.01.02.02.0001" if n % 2 else ""))
    programs.append(program("X1", "KOMINFO", "Pemasangan CCTV Kota"))
    programs.append(program("X2", "SATPOL", "Pemasangan CCTV Kota Ketertiban"))
    return CityModel.from_records(agencies=AGENCIES, programs=programs)


def test_routine_support_is_found_by_code_and_by_name():
    model = routine_city()
    mask = routine_mask(model.programs)
    routine_ids = set(model.programs.loc[mask, "id"])
    assert routine_ids == {p for p in model.programs["id"] if p.startswith("R")}


def test_routine_support_is_not_reported_unless_asked():
    model = routine_city()
    default = find_duplicates(model)
    assert pair_set(default) == {("X1", "X2")}
    assert set(default.routine) == {p for p in model.programs["id"] if p.startswith("R")}
    everything = find_duplicates(model, include_routine=True)
    reported = set(everything.pairs["program_a"]) | set(everything.pairs["program_b"])
    assert {"R0a", "R1a", "R0b"} <= reported and everything.routine == ()


# --------------------------------------------------------------------------- explanations
def test_reasons_in_indonesian_and_english():
    ind = find_duplicates(cctv_city()).pairs.set_index(["program_a", "program_b"]).loc[("P1", "P2")]
    eng = find_duplicates(cctv_city(), lang="en").pairs.set_index(["program_a", "program_b"]).loc[("P1", "P2")]
    assert ind["reasons"].startswith("kata kunci sama: ")
    assert "CCTV" in ind["reasons"].split(";")[0] and "CCTV" in ind["key_terms"]
    assert "anggaran gabungan Rp 2 miliar" in ind["reasons"]
    assert "usulan pemimpin: KOMINFO (urusan 2.16 Komunikasi dan Informatika)" in ind["reasons"]
    assert ind["reasons"].endswith("usulan tindakan: gunakan satu platform bersama")
    assert eng["reasons"].startswith("shared key terms: ")
    assert "combined budget IDR 2 billion" in eng["reasons"]
    assert eng["reasons"].endswith("suggested action: share one platform")
    assert ind["score"] == eng["score"]


def test_key_term_shares_add_up_to_at_most_the_whole():
    result = find_duplicates(cctv_city())
    for reasons in result.pairs["reasons"]:
        terms = reasons.split(";")[0].split(": ", 1)[1]
        shares = [int(t.rsplit(" ", 1)[1].rstrip("%")) for t in terms.split(", ")]
        assert shares == sorted(shares, reverse=True) and sum(shares) <= 101


def test_lead_agency_falls_back_to_budget_without_mandate():
    agencies = [{"id": "X", "name": "Badan X", "urusan": ("9.99",)}, {"id": "Y", "name": "Badan Y"}]
    model = CityModel.from_records(agencies=agencies, programs=[
        program("Q1", "X", "Festival Layang Layang Pantai", budget=100), program("Q2", "Y", "Festival Layang Layang Pantai", budget=900)])
    row = find_duplicates(model).pairs.iloc[0]
    assert row["lead_agency"] == "Y"
    assert "usulan pemimpin: Y (tidak ada urusan yang cocok; anggaran terbesar)" in row["reasons"]


# --------------------------------------------------------------------------- RDF
def test_findings_as_rdf_have_minted_iris_and_scores():
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, XSD

    from synergy.namespace import SYN, node_iri

    result = find_duplicates(cctv_city())
    graph = duplicates_to_rdf(Graph(), result)
    links = set(graph.subject_objects(SYN.possibleDuplicateOf))
    assert links == {(node_iri("program", a), node_iri("program", b)) for a, b in pair_set(result)}
    assert all(isinstance(t, (URIRef, Literal)) for triple in graph for t in triple)  # no blank nodes
    findings = list(graph.subjects(RDF.type, RDF.Statement))
    assert len(findings) == len(result.pairs)
    scores = sorted(float(s) for s in graph.objects(None, SYN.duplicateScore))
    assert scores == pytest.approx(sorted(result.pairs["score"]), abs=1e-3)
    assert all(s.datatype == XSD.decimal for s in graph.objects(None, SYN.duplicateScore))


# --------------------------------------------------------------------------- the sample city
def test_sample_city_every_planted_duplicate_found_and_no_routine():
    from importlib.resources import files

    from synergy.ingest import load_model
    from synergy.routine import is_routine_code

    model, _ = load_model(None)
    key_path = files("synergy.data").joinpath("pasuruan", "answer_key.csv")
    with key_path.open(encoding="utf-8") as handle:
        key = list(csv.DictReader(handle))
    planted = {tuple(sorted((r["a"], r["b"]))) for r in key if r["kind"] == "duplicate"}
    assert planted
    result = find_duplicates(model)
    found = pair_set(result)
    assert planted <= found, sorted(planted - found)
    reported = set(result.pairs["program_a"]) | set(result.pairs["program_b"])
    routine_by_code = set(model.programs.loc[model.programs["code"].map(is_routine_code), "id"])
    assert routine_by_code and not reported & routine_by_code
    assert not reported & set(result.routine)
    negatives = {tuple(sorted((r["a"], r["b"]))) for r in key if r["kind"] == "not-duplicate"}
    assert not negatives & found


# --------------------------------------------------------------------------- CLI
def write_city(folder, programs, agencies=AGENCIES):
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "agencies.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "urusan", "region"])
        for a in agencies:
            w.writerow([a["id"], a["name"], ";".join(a.get("urusan", ())), a.get("region", "")])
    with open(folder / "programs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "agency", "dimension", "budget"])
        for p in programs:
            w.writerow([p["id"], p["name"], p["agency"], ";".join(p["dimension"]), p.get("budget") or ""])
    (folder / "datasets.csv").write_text("id,name,producer\n", encoding="utf-8")
    return folder


def test_cli_csv_contract_and_formula_cells(tmp_path):
    city = write_city(tmp_path / "city", [
        program("P1", "KOMINFO", "=HYPERLINK(\"http://x\") Pemasangan CCTV Kota"),
        program("P2", "DISHUB", "Pemasangan CCTV Kota Persimpangan"),
        program("P3", "DISDIK", "Pengadaan Buku Sekolah"),
    ])
    result = CliRunner().invoke(main, ["duplicates", str(city), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(result.stdout.splitlines()))
    assert rows[0][:6] == ["program_a", "program_b", "score", "cluster", "agencies", "reasons"]
    assert rows[0] == PAIR_COLUMNS
    assert len(rows) == 2
    assert rows[1][:5] == ["P1", "P2", rows[1][2], "D001", "KOMINFO;DISHUB"]
    name_a = rows[1][PAIR_COLUMNS.index("name_a")]
    assert name_a.startswith("'=HYPERLINK")  # a formula-looking cell is written as text


def test_cli_json_clusters_english_and_output_file(tmp_path):
    city = write_city(tmp_path / "city", [
        program("P1", "KOMINFO", "Pemasangan CCTV Kota", budget=100_000_000),
        program("P2", "DISHUB", "Pemasangan Kamera Pengawas Kota", budget=50_000_000),
    ])
    out = tmp_path / "out" / "klaster.json"
    result = CliRunner().invoke(main, ["duplicates", str(city), "--clusters", "--lang", "en", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1] == f"ditulis / written: {out}"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data[0]) == CLUSTER_COLUMNS
    assert data[0]["programs"] == ["P1", "P2"] and data[0]["combined_budget"] == 150_000_000
    assert data[0]["reasons"].startswith("2 programs of 2 agencies (DISHUB, KOMINFO) look like the same work")


def test_cli_rdf_output_and_table(tmp_path):
    city = write_city(tmp_path / "city", [
        program("P1", "KOMINFO", "Pemasangan CCTV Kota"), program("P2", "DISHUB", "Pemasangan CCTV Kota Baru")])
    ttl = tmp_path / "temuan.ttl"
    result = CliRunner().invoke(main, ["duplicates", str(city), "--format", "table", "--rdf", str(ttl)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["program_a", "program_b", "score", "cluster", "agencies", "reasons"]
    assert lines[1].split()[:2] == ["P1", "P2"]
    assert "syn:possibleDuplicateOf" in ttl.read_text(encoding="utf-8")


def test_cli_bad_threshold_is_usage_error_and_bad_lexicon_names_row(tmp_path):
    city = write_city(tmp_path / "city", [program("P1", "KOMINFO", "CCTV")])
    bad = CliRunner().invoke(main, ["duplicates", str(city), "--threshold", "2"])
    assert bad.exit_code == 2 and "--threshold" in bad.output
    lex = tmp_path / "lex.csv"
    lex.write_text("term,synonyms\n,keluhan\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["duplicates", str(city), "--lexicon", str(lex), "--format", "csv"])
    assert result.exit_code == 1
    assert "lex.csv:2: term: empty term; give the canonical word" in result.stderr.splitlines()


def test_cli_lexicon_extends_matching(tmp_path):
    city = write_city(tmp_path / "city", [
        program("P1", "KOMINFO", "Desa Tematik Digital"), program("P2", "DISHUB", "Kampung Wisata Digital")])
    lex = tmp_path / "lex.csv"
    lex.write_text("term,synonyms\nkampung wisata,desa tematik\n", encoding="utf-8")
    plain = CliRunner().invoke(main, ["duplicates", str(city), "--format", "csv", "--threshold", "0.6"])
    extended = CliRunner().invoke(main, ["duplicates", str(city), "--format", "csv", "--threshold", "0.6", "--lexicon", str(lex)])
    assert plain.exit_code == extended.exit_code == 0
    assert len(plain.stdout.splitlines()) == 1 and len(extended.stdout.splitlines()) == 2
