"""synergy classify: a dimension and element suggested from the scheme's own knowledge."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import cli
from synergy.classify import COLUMNS, FUNCTION_TARGETS, LEXICON_TARGETS, URUSAN_TARGETS, classify
from synergy.functions import default_catalog
from synergy.model import CityModel
from synergy.routine import urusan_names
from synergy.schema import DIMENSIONS, ELEMENTS
from synergy.text import default_lexicon

#: One program name per element, written from the element's scope note in ontology/dimensions.ttl.
CLEAR = [
    ("Aplikasi Pengaduan Masyarakat", "governance", "public-service"),
    ("Tata Naskah Dinas Elektronik (e-Office)", "governance", "bureaucracy"),
    ("Dasbor Satu Data untuk Kebijakan Berbasis Data", "governance", "public-policy"),
    ("Promosi Destinasi Wisata dan Kalender Event", "branding", "tourism"),
    ("Promosi Investasi dan Produk Lokal", "branding", "business"),
    ("Penataan Wajah Kota dan Landmark", "branding", "city-appearance"),
    ("Pendampingan UMKM dan Koperasi", "economy", "industry"),
    ("Pelatihan Kerja bagi Pencari Kerja dan Pengentasan Kemiskinan", "economy", "welfare"),
    ("Pembayaran Retribusi Nontunai dengan QRIS", "economy", "transaction"),
    ("Penanganan Kawasan Kumuh dan Drainase", "living", "harmony"),
    ("Posyandu Balita dan Penanganan Stunting", "living", "health"),
    ("Angkutan Umum dan Manajemen Lalu Lintas", "living", "mobility"),
    ("Kelompok Informasi Masyarakat (KIM) dan Literasi Digital", "society", "community"),
    ("Perpustakaan Keliling untuk Sekolah", "society", "learning"),
    ("Pemasangan CCTV dan Layanan Tanggap Darurat", "society", "security"),
    ("Pemantauan Pencemaran Udara dan Ruang Terbuka Hijau", "environment", "protection"),
    ("Pengelolaan Sampah Terpadu", "environment", "waste"),
    ("Pembangunan PLTS Panel Surya", "environment", "energy"),
]


def city(programs=(), applications=(), agencies=None):
    agencies = agencies or [
        {"id": "KANTOR", "name": "Kantor Serba Guna"},  # no urusan, none read from its name
        {"id": "DINKES", "name": "Dinas Kesehatan", "urusan": ("1.02",)},
        {"id": "DLH", "name": "Dinas Lingkungan Hidup", "urusan": ("2.11",)},
        {"id": "KOMINFO", "name": "Dinas Komunikasi dan Informatika", "urusan": ("2.16",)},
    ]
    return CityModel.from_records(agencies=agencies, programs=list(programs), applications=list(applications))


def one(name, agency="KANTOR", **fields):
    out = classify(city([{"id": "P1", "name": name, "agency": agency, **fields}]))
    assert len(out) == 1
    return out.iloc[0]


# --------------------------------------------------------------------------- answers clear from the scheme
@pytest.mark.parametrize("name,dimension,element", CLEAR, ids=[c[2] for c in CLEAR])
def test_a_name_clear_from_the_scheme_gets_its_dimension_and_element(name, dimension, element):
    row = one(name)
    assert (row["dimension"], row["element"]) == (dimension, element), row["reason"]
    assert row["confidence"] > 1 / len(DIMENSIONS)  # better than no evidence at all


def test_the_cases_cover_every_element_once():
    assert sorted(e for _, _, e in CLEAR) == sorted(ELEMENTS)


def test_the_nomenclature_code_alone_says_the_sector():
    row = one("Kegiatan Lanjutan Tahap Dua", code="1.02.02.2.01.0003")
    assert (row["dimension"], row["element"]) == ("living", "health")
    assert "1.02.02.2.01.0003" in row["reason"] and "Kesehatan" in row["reason"]


def test_a_routine_support_program_is_bureaucracy_whatever_its_sector():
    row = one("Penyediaan Gaji dan Tunjangan ASN", agency="DINKES", code="1.02.01.2.02.0001")
    assert (row["dimension"], row["element"]) == ("governance", "bureaucracy")
    assert "rutin" in row["reason"]


def test_the_agency_urusan_is_weaker_than_what_the_program_says():
    alone = one("Kegiatan Lanjutan Tahap Dua", agency="DINKES")
    assert alone["dimension"] == "living" and "OPD Dinas Kesehatan memegang urusan 1.02 Kesehatan" in alone["reason"]
    said = one("Bank Sampah dan Daur Ulang", agency="DINKES")
    assert (said["dimension"], said["element"]) == ("environment", "waste")
    assert said["second_dimension"] == "living"
    assert said["confidence"] < one("Bank Sampah dan Daur Ulang", agency="DLH")["confidence"]


def test_more_evidence_gives_more_confidence():
    weak = one("Pengelolaan Sampah")
    strong = one("Pengelolaan Sampah", agency="DLH", description="bank sampah, TPS3R dan daur ulang di kelurahan")
    assert weak["dimension"] == strong["dimension"] == "environment"
    assert 0 < weak["confidence"] < strong["confidence"] <= 1


def test_no_evidence_no_suggestion():
    row = one("Kegiatan Lanjutan Tahap Dua")
    assert (row["dimension"], row["element"], row["confidence"]) == ("", "", 0.0)
    assert "isi dimensinya sendiri" in row["reason"]


def test_a_plan_column_naming_the_urusan_counts_like_a_code(tmp_path):
    (tmp_path / "agencies.csv").write_text("id,name\nOPD-1,Dinas Satu\n", encoding="utf-8")
    (tmp_path / "programs.csv").write_text(
        "id,name,agency,bidang_urusan\nK-1,Kegiatan Lanjutan Tahap Dua,OPD-1,Kesehatan\n", encoding="utf-8")
    from synergy.ingest import load_model

    model, _ = load_model([str(tmp_path)])
    row = classify(model).iloc[0]
    assert (row["dimension"], row["element"]) == ("living", "health")
    assert "bidang urusan" in row["reason"]


# --------------------------------------------------------------------------- which rows, which columns
def test_only_empty_dimensions_unless_all():
    model = city([{"id": "P1", "name": "Pengelolaan Sampah Terpadu", "agency": "DLH"},
                  {"id": "P2", "name": "Posyandu Balita", "agency": "DINKES", "dimension": ("living",),
                   "element": "health"}],
                 [{"id": "A1", "name": "e-Sambat", "agency": "KOMINFO", "description": "Kanal pengaduan warga"},
                  {"id": "A2", "name": "SIMPUS", "agency": "DINKES", "dimension": ("living",)}])
    empty = classify(model)
    assert empty["id"].tolist() == ["P1", "A1"]
    assert empty["kind"].tolist() == ["program", "application"]
    every = classify(model, all=True)
    assert every["id"].tolist() == ["P1", "P2", "A1", "A2"]
    assert list(every.columns) == COLUMNS and COLUMNS[:4] == ["id", "dimension", "element", "confidence"]
    assert every["confidence"].between(0, 1).all() and every["second_confidence"].between(0, 1).all()
    assert (every["confidence"] >= every["second_confidence"]).all()


def test_applications_are_classified_from_their_description_and_address():
    model = city(applications=[
        {"id": "A1", "name": "e-Sambat", "agency": "KOMINFO", "description": "Kanal pengaduan warga"},
        {"id": "A2", "name": "SIMPUS", "agency": "KANTOR", "description": "Sistem informasi puskesmas"},
        {"id": "A3", "name": "Aplikasi Kantor", "agency": "KANTOR", "url": "https://srikandi.arsip.go.id"},
    ])
    out = classify(model).set_index("id")
    assert (out.loc["A1", "dimension"], out.loc["A1", "element"]) == ("governance", "public-service")
    assert (out.loc["A2", "dimension"], out.loc["A2", "element"]) == ("living", "health")
    assert (out.loc["A3", "dimension"], out.loc["A3", "element"]) == ("governance", "bureaucracy")
    assert set(out["kind"]) == {"application"}


def test_a_suggestion_is_never_written_into_the_model():
    model = city([{"id": "P1", "name": "Pengelolaan Sampah Terpadu", "agency": "DLH"}])
    before = model.programs.copy()
    classify(model, all=True)
    assert model.programs.equals(before) and model.programs.loc[0, "dimension"] == ()


def test_typed_dimensions_are_not_evidence():
    """The sample city with its dimensions and elements blanked gets the same suggestions: no label is read."""
    from synergy.ingest import load_model

    model, _ = load_model(None)
    blank = CityModel(
        model.agencies, model.programs.assign(dimension=[()] * len(model.programs), element=""), model.datasets,
        applications=model.applications.assign(dimension=[()] * len(model.applications), element=""),
    )
    typed, hidden = classify(model, all=True), classify(blank)
    assert len(typed) == len(model.programs) + len(model.applications)
    assert typed[["id", "dimension", "element", "confidence", "reason"]].equals(
        hidden[["id", "dimension", "element", "confidence", "reason"]])


def test_empty_city_gives_the_columns():
    out = classify(CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}]))
    assert out.empty and list(out.columns) == COLUMNS


# --------------------------------------------------------------------------- reasons in words
def test_reasons_in_indonesian_and_english_strongest_first():
    kwargs = dict(agency="DLH", description="bank sampah dan daur ulang")
    id_reason = one("Pengelolaan Sampah Terpadu", **kwargs)["reason"]
    assert id_reason.startswith("Smart Environment, elemen Pengelolaan Sampah (yakin ")
    assert "fungsi 'Persampahan dan bank sampah' +2,0" in id_reason
    assert "OPD Dinas Lingkungan Hidup memegang urusan 2.11 Lingkungan Hidup +1,5" in id_reason
    weights = [float(p.rsplit(" ", 1)[1].replace(",", ".")) for p in id_reason.split(": ", 1)[1].split("; ")]
    assert weights == sorted(weights, reverse=True)
    model = city([{"id": "P1", "name": "Pengelolaan Sampah Terpadu", **kwargs}])
    en_reason = classify(model, lang="en").iloc[0]["reason"]
    assert en_reason.startswith("Smart Environment, element Waste management (confidence ")
    assert "function 'Waste management and waste banks' +2.0" in en_reason
    assert "agency Dinas Lingkungan Hidup holds urusan 2.11 Lingkungan Hidup +1.5" in en_reason
    with pytest.raises(ValueError):
        classify(model, lang="fr")


# --------------------------------------------------------------------------- the written knowledge
def test_every_function_urusan_and_mapped_term_has_a_valid_target():
    valid = set(ELEMENTS) | set(DIMENSIONS)
    assert set(FUNCTION_TARGETS) == set(default_catalog().functions)
    assert set(URUSAN_TARGETS) == set(urusan_names())
    assert set(LEXICON_TARGETS) <= set(default_lexicon().concepts)
    for table in (FUNCTION_TARGETS, URUSAN_TARGETS, LEXICON_TARGETS):
        for targets in table.values():
            assert {t for t, _ in targets} <= valid
            assert 0 < sum(s for _, s in targets) <= 1.0 + 1e-9


# --------------------------------------------------------------------------- command line
@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "agencies.csv").write_text(
        "id,name,urusan\nDLH,Dinas Lingkungan Hidup,2.11\nKOMINFO,Dinas Komunikasi dan Informatika,2.16\n",
        encoding="utf-8")
    (tmp_path / "programs.csv").write_text(
        "id,name,agency,dimension\nP1,Pengelolaan Sampah Terpadu,DLH,\nP2,Portal Satu Data,KOMINFO,governance\n",
        encoding="utf-8")
    (tmp_path / "applications.csv").write_text(
        "id,name,agency,description\nA1,e-Sambat,KOMINFO,Kanal pengaduan warga\n", encoding="utf-8")
    return tmp_path


def test_cli_prints_the_contract_columns_and_exits_0(folder):
    result = CliRunner().invoke(cli.main, ["classify", str(folder), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[:4] == ["id", "dimension", "element", "confidence"]
    assert [(r["id"], r["dimension"], r["element"], r["kind"]) for r in rows] == [
        ("P1", "environment", "waste", "program"), ("A1", "governance", "public-service", "application")]
    assert all(0 <= float(r["confidence"]) <= 1 for r in rows)
    assert "Smart Environment, elemen Pengelolaan Sampah" in rows[0]["reason"]


def test_cli_all_english_json_and_output_file(folder, tmp_path):
    target = tmp_path / "usulan.json"
    result = CliRunner().invoke(cli.main, ["classify", str(folder), "--all", "--lang", "en", "--format", "json",
                                           "-o", str(target)])
    assert result.exit_code == 0, result.output
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert [r["id"] for r in rows] == ["P1", "P2", "A1"]
    assert rows[1]["dimension"] == "governance" and "element Public policy efficiency" in rows[1]["reason"]
    assert "ditulis / written" in result.stderr


def test_cli_table_shows_the_leading_columns(folder):
    result = CliRunner().invoke(cli.main, ["classify", str(folder), "--format", "table"])
    assert result.exit_code == 0, result.output
    # the contract's leading columns and the reason, headed in Bahasa Indonesia; the name beside the id
    header = result.stdout.splitlines()[0].split()
    assert header == ["id", "dimensi", "elemen", "keyakinan", "alasan"]
    assert result.stdout.splitlines()[1].startswith("P1 Pengelolaan Sampah")
    english = CliRunner().invoke(cli.main, ["--lang", "en", "classify", str(folder), "--format", "table"])
    assert english.stdout.splitlines()[0].split() == ["id", "dimension", "element", "confidence", "reason"]


def test_cli_refuses_an_unknown_language(folder):
    result = CliRunner().invoke(cli.main, ["classify", str(folder), "--lang", "fr"])
    assert result.exit_code == 2
