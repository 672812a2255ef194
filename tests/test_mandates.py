"""Reading an agency's bidang-urusan from its name (synergy.mandates)."""
import csv
from pathlib import Path

import pandas as pd
import pytest

from synergy.explain import agency_mandates, lead_agency
from synergy.mandates import bidang_of_name

LABELS = Path(__file__).resolve().parent / "data" / "real" / "agency-mandates" / "labels.csv"


@pytest.mark.parametrize("name, held", [
    ("Badan Perencanaan Pembangunan Daerah", {"5.01"}),
    ("BAPPEDA", {"5.01"}),
    ("Dinas Kependudukan dan Catatan Sipil", {"2.12"}),
    ("Satuan Polisi Pamong Praja dan Pemadam Kebakaran", {"1.05"}),
    ("Kecamatan Jiwan", {"7.01"}),
    ("Bagian Pengadaan Barang / Jasa", {"4.01"}),
    ("Sekretariat DPRD", {"4.02"}),
    ("Dinas Perpustakaan dan Kearsipan", {"2.23", "2.24"}),
    ("Dinas Tanaman Pangan dan Hortikultura", {"3.27"}),  # crops, not food security
    ("Badan Pendidikan dan Pelatihan Daerah", {"5.04"}),  # training, not education
    ("Bagian Keuangan", {"4.01"}),  # the Setda's own part, not the finance agency
    ("Sub Bagian Keuangan Dinas Sosial", {"1.06", "5.02"}),  # a dinas's part: no Setda
    ("Desa Sukamaju", set()),
    ("PD Pasar Kota Denpasar", set()),  # a regional company
    ("Badan Pusat Statistik", set()),  # a central body
    ("Seluruh Perangkat Daerah", set()),
])
def test_a_name_says_which_bidang_its_agency_holds(name, held):
    assert set(bidang_of_name(name)) == held


def test_a_table_without_urusan_gets_its_mandates_from_the_names():
    agencies = pd.DataFrame({"id": ["A", "B", "C"], "name": ["BKPSDM", "Kecamatan Taman", "Dinas X"],
                             "urusan": [(), (), ("2.16",)]})
    mandates = agency_mandates(agencies)
    assert mandates == {"A": frozenset({"5.03", "5.04"}), "B": frozenset({"7.01"}), "C": frozenset({"2.16"})}


def test_two_units_sharing_a_job_are_led_by_the_one_whose_affair_the_job_is():
    # two systems of official correspondence, no shared word, no budgets: the archives agency leads
    # (the function's bidang, read from the national nomenclature's own names)
    mandates = {"KOMINFO": frozenset({"2.16"}), "ARSIP": frozenset({"2.23", "2.24"})}
    assert lead_agency(["KOMINFO", "ARSIP"], [], [None, None], [], mandates, None, ["correspondence"]) == \
        ("ARSIP", "2.24", "mandate")
    # a job whose affair a regulation sets where the nomenclature does not: permits (one-stop service)
    mandates = {"DLH": frozenset({"2.11"}), "DPMPTSP": frozenset({"2.18"})}
    assert lead_agency(["DLH", "DPMPTSP"], [], [None, None], [], mandates, None, ["licensing"])[0] == "DPMPTSP"
    # no job and no word with an affair: no lead, said so
    assert lead_agency(["DLH", "DPMPTSP"], [], [None, None], [], mandates, None, ["queue"]) == ("", "", "")


def test_names_read_against_blind_labels_are_seldom_wrong():
    # a regression guard on tests/data/real/agency-mandates (labelled from the names alone, blind):
    # a wrong mandate would send a finding to the wrong agency, so what is read must be right
    # (figures per source: benchmarks/eval_mandates.py, docs/duplicates.md)
    with LABELS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    right = wrong = 0
    for row in rows:
        want = {c for c in row["bidang"].split(";") if c}
        got = set(bidang_of_name(row["name"]))
        right, wrong = right + len(got & want), wrong + len(got - want)
    assert len(rows) == 765 and right > 500
    assert wrong / (right + wrong) < 0.03


def _pairs(agencies, records, kind="applications", lang="id"):
    """The pairs synergy finds at threshold 0 among ``records`` (an inventory's, or a plan's programs)."""
    from synergy.duplicates import find_duplicates
    from synergy.model import CityModel

    city = CityModel.from_records(agencies=agencies, **{kind: records})
    return find_duplicates(city, kind=kind, threshold=0.0, lang=lang).pairs


def test_a_finding_none_of_whose_agencies_holds_its_affair_is_led_by_the_agency_that_does():
    # two kecamatan's attendance apps: the personnel agency leads, though it owns neither, and the
    # reason says so; a second government in the same table has its own personnel agency
    agencies = [{"id": "KEC-A", "name": "Kecamatan Taman", "region": "35.75"},
                {"id": "KEC-B", "name": "Kecamatan Bugul", "region": "35.75"},
                {"id": "BKD", "name": "Badan Kepegawaian Daerah", "region": "35.75"},
                {"id": "SEKSI", "name": "Seksi Kepegawaian Kecamatan Taman", "region": "35.75"},
                {"id": "BKD-2", "name": "Badan Kepegawaian Daerah", "region": "35.14"},
                {"id": "DISHUB", "name": "Dinas Perhubungan", "region": "35.75"}]
    apps = [{"id": "A1", "name": "E-Absen Kecamatan", "agency": "KEC-A", "description": "presensi pegawai kecamatan dengan swafoto"},
            {"id": "A2", "name": "Absensi Online", "agency": "KEC-B", "description": "presensi pegawai harian berbasis lokasi"},
            {"id": "A3", "name": "Info Parkir", "agency": "DISHUB", "description": "lokasi parkir"}]
    for lang, phrase in (("id", "usulan pemimpin: BKD (pemegang urusan 5.03 Kepegawaian, bukan pemilik catatan"),
                         ("en", "suggested lead: BKD (holds urusan 5.03 Kepegawaian, though it owns none")):
        pairs = _pairs(agencies, apps, lang=lang)
        row = pairs[(pairs["application_a"] == "A1") & (pairs["application_b"] == "A2")].iloc[0]
        assert row["lead_agency"] == "BKD" and phrase in row["reasons"], row["reasons"]


def test_two_applications_no_affair_decides_are_led_by_the_governments_spbe_manager():
    # two agencies' queue systems: queues belong to no sectoral affair, so the agency that manages
    # the government's e-government (Perpres 95/2018) brings them together, and the reason says why;
    # the same records read as plan programs get no such lead (the rule is about systems)
    agencies = [{"id": "DPMPTSP", "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"},
                {"id": "BAPENDA", "name": "Badan Pendapatan Daerah"},
                {"id": "KOMINFO", "name": "Dinas Komunikasi dan Informatika"}]
    records = [{"id": "A1", "name": "Antrian Online", "agency": "DPMPTSP", "description": "ambil nomor antrian loket"},
               {"id": "A2", "name": "Sistem Antrian", "agency": "BAPENDA", "description": "nomor antrian loket pelayanan"}]
    for lang, phrase in (("id", "usulan pemimpin: KOMINFO (pengelola SPBE"),
                         ("en", "suggested lead: KOMINFO (manages the government's e-government systems")):
        pairs = _pairs(agencies, records, lang=lang)
        assert len(pairs) == 1 and pairs.loc[0, "lead_agency"] == "KOMINFO", pairs.loc[0, "reasons"]
        assert phrase in pairs.loc[0, "reasons"]
    pairs = _pairs(agencies, records, kind="programs")
    assert len(pairs) == 1 and pairs.loc[0, "lead_agency"] != "KOMINFO", pairs.loc[0, "reasons"]


def test_a_service_facility_holding_the_affair_yields_the_lead_to_the_agency_of_that_affair():
    # two hospitals' patient systems: the health office brings them together, though it owns
    # neither; a Setda part and the DPRD's secretariat keep theirs (a Bagian is no facility)
    agencies = [{"id": "RSUD-A", "name": "RSUD Sekarwangi"}, {"id": "RSUD-B", "name": "Rumah Sakit Umum Daerah Palabuhanratu"},
                {"id": "DINKES", "name": "Dinas Kesehatan"}, {"id": "HUKUM", "name": "Bagian Hukum"},
                {"id": "SEKWAN", "name": "Sekretariat DPRD"}, {"id": "SETDA", "name": "Sekretariat Daerah"}]
    apps = [{"id": "A1", "name": "SIMRS Sekarwangi", "agency": "RSUD-A", "description": "rekam medis pasien rawat inap"},
            {"id": "A2", "name": "SIMRS Palabuhanratu", "agency": "RSUD-B", "description": "rekam medis pasien rawat jalan"},
            {"id": "A3", "name": "JDIH", "agency": "HUKUM", "description": "jaringan dokumentasi dan informasi hukum"},
            {"id": "A4", "name": "JDIH DPRD", "agency": "SEKWAN", "description": "dokumentasi produk hukum DPRD"}]
    pairs = _pairs(agencies, apps)
    lead = {(a, b): lead for a, b, lead in zip(pairs["application_a"], pairs["application_b"], pairs["lead_agency"])}
    assert lead[("A1", "A2")] == "DINKES"
    assert lead[("A3", "A4")] == "HUKUM"


SETDA_PARTS = [{"id": "ADM", "name": "Bagian Administrasi Pembangunan"}, {"id": "PBJ", "name": "Bagian Pengadaan Barang / Jasa"},
               {"id": "ORG", "name": "Bagian Organisasi"}, {"id": "KEC-A", "name": "Kecamatan Jiwan"},
               {"id": "KEC-B", "name": "Kecamatan Wungu"}]


@pytest.mark.parametrize("apps, lead", [
    # read in its own name: the procurement part, whether or not it owns one of the records
    ([("E-Pengadaan Barang dan Jasa", "ADM", "tender dan pengadaan barang jasa"),
      ("SiRUP", "KEC-A", "rencana umum pengadaan barang jasa")], "PBJ"),
    # given by a regulation (function-mandates.csv, "part"): SAKIP is the organisation part's
    ([("E-SAKIP Reviu", "KEC-A", "unggah dokumen SAKIP kecamatan"),
      ("SAKIP", "KEC-B", "laporan akuntabilitas kinerja kecamatan")], "ORG"),
], ids=["procurement", "sakip"])
def test_of_the_setda_parts_holding_4_01_the_one_named_for_the_job_leads(apps, lead):
    records = [{"id": f"A{i}", "name": name, "agency": agency, "description": description}
               for i, (name, agency, description) in enumerate(apps, start=1)]
    pairs = _pairs(SETDA_PARTS, records)
    assert len(pairs) == 1 and pairs.loc[0, "lead_agency"] == lead, pairs.loc[0, "reasons"]
