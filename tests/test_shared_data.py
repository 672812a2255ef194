"""Shared-data findings on small hand-made cities: each kind's exact semantics."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from synergy.model import CityModel
from synergy.shared_data import KINDS, SHARED_COLUMNS, shared_data

CITY = str(Path(__file__).parent / "data" / "deps" / "city")

AGENCIES = [
    {"id": "DINSOS", "name": "Dinas Sosial", "short_name": "Dinsos"},
    {"id": "PERKIM", "name": "Dinas Perumahan", "short_name": "Perkim"},
    {"id": "DINKES", "name": "Dinas Kesehatan", "short_name": "Dinkes"},
    {"id": "DISDIK", "name": "Dinas Pendidikan", "short_name": "Disdik"},
    {"id": "KOMINFO", "name": "Dinas Kominfo", "short_name": "Diskominfo", "roles": ("walidata",)},
    {"id": "CAPIL", "name": "Dinas Dukcapil", "short_name": "Dispendukcapil"},
]
DATASETS = [
    {"id": "DS-DTKS", "name": "Data Terpadu Kesejahteraan Sosial (DTKS)", "producer": "DINSOS",
     "keywords": ("kemiskinan", "rumah tangga miskin", "fakir miskin"), "classification": "terbatas"},
    {"id": "DS-NIK", "name": "Data Kependudukan", "producer": "CAPIL",
     "keywords": ("penduduk", "nik", "kartu keluarga"), "classification": "dikecualikan"},
    {"id": "DS-ADUAN", "name": "Data Aduan Warga", "producer": "KOMINFO", "keywords": ("aduan", "warga")},
    {"id": "DS-KELUHAN", "name": "Rekap Keluhan Masyarakat", "producer": "DINKES",
     "keywords": ("keluhan", "masyarakat")},
    {"id": "DS-SEKOLAH", "name": "Data Pokok Pendidikan Sekolah", "producer": "DISDIK",
     "keywords": ("sekolah", "siswa", "guru"), "classification": "terbuka"},
    {"id": "DS-SISWA", "name": "Daftar Siswa Sekolah", "producer": "DISDIK", "keywords": ("sekolah", "siswa")},
]


def city(programs, datasets=DATASETS, agencies=AGENCIES):
    return CityModel.from_records(agencies=agencies, programs=programs, datasets=datasets)


def of(frame, kind):
    return frame[frame["kind"] == kind].reset_index(drop=True)


def test_columns_and_empty_model():
    empty = shared_data(CityModel.empty())
    assert empty.empty and list(empty.columns) == SHARED_COLUMNS
    assert SHARED_COLUMNS[:4] == ["kind", "program", "dataset", "other_dataset"]


def test_a_need_met_by_another_agencys_dataset_is_reuse_with_agreement_note():
    m = city([{"id": "P-RTLH", "name": "Bedah Rumah", "agency": "PERKIM", "needs": ("data rumah tangga miskin",)}])
    reuse = of(shared_data(m), "reuse")
    assert reuse[["program", "dataset", "agency", "other_agency", "need"]].values.tolist() == [
        ["P-RTLH", "DS-DTKS", "PERKIM", "DINSOS", "data rumah tangga miskin"]]
    assert reuse.loc[0, "other_dataset"] == "" and reuse.loc[0, "classification"] == "terbatas"
    assert reuse.loc[0, "agencies"] == ("DINSOS", "PERKIM")
    assert "perlu perjanjian berbagi data dengan Dinsos" in reuse.loc[0, "reason"]
    assert reuse.loc[0, "reason"].startswith(
        'Bedah Rumah (P-RTLH) membutuhkan "data rumah tangga miskin": dapat memakai data '
        "Data Terpadu Kesejahteraan Sosial (DTKS) (DS-DTKS) milik Dinsos alih-alih mengumpulkan sendiri")
    assert not len(of(shared_data(m), "gap"))


@pytest.mark.parametrize("dataset,classification,words", [
    ("DS-NIK", "dikecualikan", "dikecualikan: hanya dapat dibagi dengan perjanjian berbagi data"),
    ("DS-SEKOLAH", "terbuka", "terbuka: dapat langsung dipakai"),
])
def test_reason_follows_classification(dataset, classification, words):
    need = {"DS-NIK": "data kependudukan nik", "DS-SEKOLAH": "data pokok pendidikan sekolah"}[dataset]
    m = city([{"id": "P-X", "name": "Program X", "agency": "PERKIM", "needs": (need,)}])
    reuse = of(shared_data(m), "reuse")
    row = reuse[reuse["dataset"] == dataset].iloc[0]
    assert row["classification"] == classification and words in row["reason"]


def test_english_reason():
    m = city([{"id": "P-RTLH", "name": "Bedah Rumah", "agency": "PERKIM", "needs": ("data rumah tangga miskin",)}])
    reason = of(shared_data(m, lang="en"), "reuse").loc[0, "reason"]
    assert reason.startswith('Bedah Rumah (P-RTLH) needs "data rumah tangga miskin": it could use')
    assert "a data-sharing agreement with Dinsos is needed" in reason


def test_no_reuse_of_own_agency_or_of_data_already_used():
    own = city([{"id": "P-BANSOS", "name": "Bansos", "agency": "DINSOS", "needs": ("data rumah tangga miskin",)}])
    found = shared_data(own)
    assert of(found, "reuse").empty and of(found, "gap").empty  # met by its own agency's dataset
    used = city([{"id": "P-PBI", "name": "PBI", "agency": "DINKES", "uses": ("DS-DTKS",),
                  "needs": ("data rumah tangga miskin",)}])
    assert of(shared_data(used), "reuse").empty


def test_program_collecting_data_itself_gets_reuse_from_its_own_text():
    m = city([{"id": "P-SURVEI", "name": "Pendataan Rumah Tangga Miskin",
               "description": "survei ulang rumah tangga miskin dan fakir miskin", "agency": "PERKIM"},
              {"id": "P-TAMAN", "name": "Taman Kota Miskin Polusi", "agency": "PERKIM"}])
    reuse = of(shared_data(m), "reuse")
    assert reuse["program"].tolist() == ["P-SURVEI"]
    assert reuse.loc[0, "dataset"] == "DS-DTKS" and reuse.loc[0, "need"] == ""
    assert "alih-alih mendata ulang sendiri" in reuse.loc[0, "reason"]


def test_unmet_needs_are_gaps_grouped_across_agencies():
    m = city([
        {"id": "P-1", "name": "Mitigasi Longsor", "agency": "PERKIM", "needs": ("data titik rawan longsor",)},
        {"id": "P-2", "name": "Siaga Bencana", "agency": "DINKES",
         "needs": ("titik rawan longsor", "data kualitas udara")},
    ])
    gaps = of(shared_data(m), "gap")
    assert sorted(zip(gaps["program"], gaps["need"])) == [
        ("P-1", "data titik rawan longsor"), ("P-2", "data kualitas udara"), ("P-2", "titik rawan longsor")]
    longsor = gaps[gaps["need"].str.contains("longsor")]
    assert set(longsor["agencies"]) == {("DINKES", "PERKIM")}
    assert set(longsor["related"]) == {("P-1",), ("P-2",)}
    udara = gaps[gaps["need"] == "data kualitas udara"].iloc[0]
    assert udara["agencies"] == ("DINKES",) and udara["related"] == ()
    assert "walidata (Diskominfo)" in udara["reason"]
    assert (gaps["dataset"] == "").all()


def test_duplicate_datasets_same_subject_under_different_names():
    found = of(shared_data(city([])), "duplicate-dataset")
    pairs = list(zip(found["dataset"], found["other_dataset"]))
    assert ("DS-ADUAN", "DS-KELUHAN") in pairs  # aduan = keluhan, warga = masyarakat (lexicon)
    assert ("DS-SEKOLAH", "DS-SISWA") not in pairs  # one producer: not a duplicate across producers
    row = found[found["dataset"] == "DS-ADUAN"].iloc[0]
    assert (row["agency"], row["other_agency"]) == ("KOMINFO", "DINKES")


def test_a_need_a_national_registry_serves_uses_the_citys_copy_of_it_whatever_the_words():
    # no word in common: "prasejahtera" is poverty, whose official source is DTSEN/DTKS; working-age
    # population comes from the population register (its copy here: "Data Administrasi Kependudukan")
    datasets = [
        {"id": "DS-DTKS", "name": "Data Terpadu Kesejahteraan Sosial", "producer": "DINSOS"},
        {"id": "DS-ADMINDUK", "name": "Data Administrasi Kependudukan", "producer": "CAPIL"},
        {"id": "DS-BANTU", "name": "Data Penerima Bantuan Rumah", "producer": "PERKIM"},  # not a registry
        {"id": "DS-SISWA", "name": "Daftar Siswa Sekolah", "producer": "DISDIK"},
        {"id": "DS-DAPODIK", "name": "Dapodik Kota", "producer": "DISDIK"},
    ]
    m = city([
        {"id": "P-1", "name": "Bedah Rumah", "agency": "DINKES", "needs": ("data keluarga prasejahtera",)},
        {"id": "P-2", "name": "Pelatihan Kerja", "agency": "DISDIK", "needs": ("data penduduk usia kerja",)},
        {"id": "P-3", "name": "Mitigasi Longsor", "agency": "DINKES", "needs": ("data titik rawan longsor",)},
        {"id": "P-4", "name": "Pendataan Siswa Sekolah", "agency": "DINKES"},  # found by its words only
        {"id": "P-5", "name": "Penjaringan Kesehatan", "agency": "DINKES", "needs": ("data murid SD per kelas",)},
    ], datasets=datasets)
    found = shared_data(m)
    reuse = of(found, "reuse")
    assert sorted(map(tuple, reuse[["program", "dataset"]].values.tolist())) == [
        ("P-1", "DS-DTKS"), ("P-2", "DS-ADMINDUK"), ("P-4", "DS-DAPODIK"), ("P-4", "DS-SISWA"),
        ("P-5", "DS-DAPODIK")]
    reasons = dict(zip(zip(reuse["program"], reuse["dataset"]), reuse["reason"]))
    assert "salinan data induk nasional DTSEN" in reasons[("P-1", "DS-DTKS")]
    assert "data induk nasional SIAK" in reasons[("P-2", "DS-ADMINDUK")]
    assert "data induk nasional Dapodik" in reasons[("P-5", "DS-DAPODIK")]
    assert "data induk" not in reasons[("P-4", "DS-SISWA")] and "nan" not in reasons[("P-4", "DS-SISWA")]
    assert (reuse["score"] >= 0.3).all()  # such a need meets the bar by knowledge, not by words
    assert of(found, "gap")["program"].tolist() == ["P-3"]
    english = of(shared_data(m, lang="en"), "reuse")
    english = dict(zip(zip(english["program"], english["dataset"]), english["reason"]))
    assert "national reference data DTSEN" in english[("P-1", "DS-DTKS")]
    assert "national reference" not in english[("P-4", "DS-SISWA")]


def test_a_registry_copy_of_another_region_is_not_suggested():
    agencies = [
        {"id": "A-SOS", "name": "Dinas Sosial A", "region": "35.01"},
        {"id": "A-KES", "name": "Dinas Kesehatan A", "region": "35.01"},
        {"id": "B-KES", "name": "Dinas Kesehatan B", "region": "35.02"},
    ]
    m = city([{"id": "PB", "name": "PBI JKN", "agency": "B-KES", "needs": ("data keluarga prasejahtera",)},
              {"id": "PA", "name": "PBI JKN", "agency": "A-KES", "needs": ("data keluarga prasejahtera",)}],
             datasets=[{"id": "DS-A", "name": "DTKS", "producer": "A-SOS"}], agencies=agencies)
    found = shared_data(m)
    assert of(found, "reuse")["program"].tolist() == ["PA"]
    assert of(found, "gap")["program"].tolist() == ["PB"]


def test_a_duplicate_of_a_registry_copy_names_the_registry_but_the_subject_alone_makes_no_pair():
    datasets = [
        {"id": "DS-DTKS", "name": "Data Terpadu Kesejahteraan Sosial (DTKS)", "producer": "DINSOS",
         "keywords": ("kemiskinan", "rumah tangga miskin")},
        {"id": "DS-LOKAL", "name": "Basis Data Rumah Tangga Miskin Daerah", "producer": "PERKIM"},
        # about what DTSEN holds, but no word in common: a statistic or a list drawn from it as often
        {"id": "DS-PRASEJAHTERA", "name": "Profil Keluarga Prasejahtera", "producer": "DINKES"},
    ]
    found = of(shared_data(city([], datasets=datasets), kinds=["duplicate-dataset"]), "duplicate-dataset")
    assert found[["dataset", "other_dataset"]].values.tolist() == [["DS-DTKS", "DS-LOKAL"]]
    assert "salinan data induk nasional DTSEN" in found.loc[0, "reason"]


def test_hub_needs_enough_agencies_and_names_the_walidata():
    users = [{"id": f"P-{a}", "name": f"Layanan {a}", "agency": a, "uses": ("DS-NIK",)}
             for a in ("DINSOS", "PERKIM", "DINKES")]
    hubs = of(shared_data(city(users)), "hub")
    assert hubs[["dataset", "agency", "other_agency", "score"]].values.tolist() == [
        ["DS-NIK", "CAPIL", "KOMINFO", 3.0]]
    assert hubs.loc[0, "related"] == ("P-DINKES", "P-DINSOS", "P-PERKIM")
    assert "walidata (Diskominfo)" in hubs.loc[0, "reason"] and "API bersama" in hubs.loc[0, "reason"]
    assert of(shared_data(city(users[:2])), "hub").empty
    assert len(of(shared_data(city(users[:2]), hub_min_agencies=2), "hub")) == 1


def test_orphans_are_datasets_nobody_uses():
    m = city([{"id": "P-1", "name": "x", "agency": "DINSOS", "uses": ("DS-NIK",)}])
    orphans = of(shared_data(m, kinds=["orphan"]), "orphan")
    assert sorted(orphans["dataset"]) == sorted(d["id"] for d in DATASETS if d["id"] != "DS-NIK")
    assert orphans["rank"].tolist() == list(range(1, len(orphans) + 1))


def test_kinds_filter_and_unknown_kind():
    m = city([{"id": "P-1", "name": "x", "agency": "PERKIM", "needs": ("data rumah tangga miskin",)}])
    assert set(shared_data(m, kinds=["reuse", "hub"])["kind"]) == {"reuse"}
    with pytest.raises(ValueError):
        shared_data(m, kinds=["friends"])
    assert set(shared_data(m)["kind"]) <= set(KINDS)


def test_regions_do_not_mix_but_a_region_free_producer_serves_all():
    agencies = [{"id": "DINSOS-A", "name": "Dinsos A", "region": "35.75"},
                {"id": "PERKIM-B", "name": "Perkim B", "region": "35.14"},
                {"id": "BPS", "name": "BPS", "type": "external"}]
    datasets = [{"id": "DS-DTKS-A", "name": "Data Terpadu Kesejahteraan Sosial", "producer": "DINSOS-A",
                 "keywords": ("rumah tangga miskin",)},
                {"id": "DS-KEMISKINAN", "name": "Statistik Kemiskinan", "producer": "BPS",
                 "keywords": ("rumah tangga miskin",)}]
    m = city([{"id": "P-B", "name": "Bedah Rumah", "agency": "PERKIM-B", "needs": ("data rumah tangga miskin",)}],
             datasets=datasets, agencies=agencies)
    assert of(shared_data(m), "reuse")["dataset"].tolist() == ["DS-KEMISKINAN"]


def test_cli_shared_data_contract():
    result = CliRunner().invoke(main, ["shared-data", CITY, "--kind", "reuse", "--kind", "gap"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(SHARED_COLUMNS)
    assert lines[1].startswith("reuse,P-PBI,DS-MISKIN,,DINKES,PERKIM,DINKES;PERKIM,data rumah tangga miskin,terbatas,")
    # a survey of unfit houses could start from the poverty data (DTKS is what RTLH programs use)
    assert lines[2].startswith("reuse,P-SURVEI,DS-DTKS,,PERKIM,DINSOS,")
    assert [line.split(",")[:2] for line in lines[3:]] == [["gap", "P-LONGSOR"], ["gap", "P-RTLH"]]


def test_cli_says_when_datasets_have_titles_only():
    keerom = str(Path(__file__).parent / "data" / "real" / "kabkeerom-satudata")  # a real catalogue: titles only
    result = CliRunner().invoke(main, ["shared-data", keerom, "--kind", "duplicate-dataset", "--lang", "en"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert "290 of 290 datasets (100%) have a title and nothing else" in result.stderr
    assert "have a title and nothing else" not in result.stdout
    quiet = CliRunner().invoke(main, ["--quiet", "shared-data", keerom, "--kind", "duplicate-dataset"])
    assert quiet.exit_code == 0 and "hanya berjudul" not in quiet.stderr
    # the sample city's datasets are described; a kind that does not compare datasets says nothing
    assert "nothing else" not in CliRunner().invoke(main, ["shared-data", "--lang", "en"]).stderr
    assert "nothing else" not in CliRunner().invoke(main, ["shared-data", keerom, "--kind", "hub", "--lang",
                                                           "en"]).stderr


def test_cli_shared_data_bad_kind_is_usage_error():
    result = CliRunner().invoke(main, ["shared-data", CITY, "--kind", "nope"])
    assert result.exit_code == 2


def test_default_duplicate_threshold_separates_the_labelled_dataset_pairs():
    """Pairs written apart from any sample city: the same data under two names vs look-alikes."""
    import pandas as pd

    pairs = pd.read_csv(Path(__file__).parent / "data" / "deps" / "dataset_pairs.csv")
    datasets = []
    for i, row in pairs.iterrows():
        for side in "ab":
            datasets.append({"id": f"D{i:02d}{side}", "name": row[f"name_{side}"], "producer": f"A{side}",
                             "keywords": tuple(row[f"keywords_{side}"].split(";")),
                             "description": row[f"description_{side}"]})
    m = CityModel.from_records(agencies=[{"id": "Aa", "name": "a"}, {"id": "Ab", "name": "b"}], datasets=datasets)
    found = of(shared_data(m, kinds=["duplicate-dataset"]), "duplicate-dataset")
    got = set(zip(found["dataset"], found["other_dataset"]))
    same = {(f"D{i:02d}a", f"D{i:02d}b") for i in pairs.index[pairs["label"] == "same"]}
    assert same <= got
    assert got - same == set()


def test_duplicate_dataset_across_a_region_free_producer_but_not_across_regions():
    agencies = [{"id": "CAPIL-A", "name": "Capil A", "region": "35.75"},
                {"id": "CAPIL-B", "name": "Capil B", "region": "35.14"},
                {"id": "DINSOS-A", "name": "Dinsos A", "region": "35.75"},
                {"id": "BPS", "name": "BPS", "type": "external"}]
    datasets = [{"id": "DS-A", "name": "Jumlah Penduduk per Kelurahan", "producer": "CAPIL-A",
                 "keywords": ("penduduk", "jenis kelamin")},
                {"id": "DS-A2", "name": "Jumlah Penduduk menurut Kelurahan", "producer": "DINSOS-A",
                 "keywords": ("penduduk", "jenis kelamin")},
                {"id": "DS-B", "name": "Jumlah Penduduk per Kelurahan", "producer": "CAPIL-B",
                 "keywords": ("penduduk", "jenis kelamin")},
                {"id": "DS-BPS", "name": "Proyeksi Jumlah Penduduk per Kelurahan", "producer": "BPS",
                 "keywords": ("penduduk", "jenis kelamin")}]
    found = of(shared_data(city([], datasets=datasets, agencies=agencies), kinds=["duplicate-dataset"]),
               "duplicate-dataset")
    pairs = set(zip(found["dataset"], found["other_dataset"]))
    assert {("DS-A", "DS-A2"), ("DS-A", "DS-BPS"), ("DS-B", "DS-BPS")} <= pairs
    assert ("DS-A", "DS-B") not in pairs and ("DS-A2", "DS-B") not in pairs


def test_default_need_threshold_separates_the_labelled_needs():
    """Needs written apart from any sample city: met by their dataset, or by none (a gap)."""
    import pandas as pd

    rows = pd.read_csv(Path(__file__).parent / "data" / "deps" / "need_pairs.csv")
    datasets = [{"id": f"D{i:02d}", "name": r["name"], "producer": "B", "keywords": tuple(r["keywords"].split(";")),
                 "description": r["description"]} for i, r in rows.iterrows() if r["label"] == "meets"]
    datasets += [{"id": f"X{i:02d}", "name": r["name"], "producer": "B", "keywords": tuple(r["keywords"].split(";")),
                  "description": r["description"]} for i, r in rows.iterrows() if r["label"] == "not"]
    programs = [{"id": f"P{i:02d}", "name": f"Program {i}", "agency": "A", "needs": (r["need"],)}
                for i, r in rows.iterrows()]
    m = CityModel.from_records(agencies=[{"id": "A", "name": "a"}, {"id": "B", "name": "b"}],
                               programs=programs, datasets=datasets)
    found = shared_data(m, kinds=["reuse", "gap"])
    reuse = set(zip(of(found, "reuse")["program"], of(found, "reuse")["dataset"]))
    gaps = set(of(found, "gap")["program"])
    for i, r in rows.iterrows():
        if r["label"] == "meets":
            assert (f"P{i:02d}", f"D{i:02d}") in reuse, r["need"]
        else:
            assert f"P{i:02d}" in gaps, r["need"]
    # a need is never sent to an unrelated dataset
    assert all(p[1:] == d[1:] for p, d in reuse)


def test_findings_are_ordered_by_kind_strength_then_texts_whatever_order_they_come_in():
    """The final sort compares texts only where kind and strength tie: the order must be the
    full rule's (kind, strength with no score last, program, dataset, other dataset, need)."""
    import random

    import numpy as np
    import pandas as pd

    from synergy.shared_data import _columns, _finish

    rng = random.Random(7)
    kinds = list(KINDS)
    rows = [(rng.choice(kinds), rng.choice([0.5, 0.75, 0.9, float("nan")]) if rng.random() < 0.7 else rng.random(),
             rng.choice("PQR") + str(rng.randrange(4)), rng.choice("DE") + str(rng.randrange(3)),
             rng.choice(["", "X1", "X2"]), rng.choice(["", "kebutuhan a", "kebutuhan b"])) for _ in range(3000)]
    parts = []
    for lo in range(0, len(rows), 700):  # several parts, as the analysis hands them over
        for kind in kinds:
            chunk = [r for r in rows[lo:lo + 700] if r[0] == kind]
            if chunk:
                parts.append(_columns(kind=kind, score=np.array([r[1] for r in chunk]),
                                      program=[r[2] for r in chunk], dataset=[r[3] for r in chunk],
                                      other_dataset=[r[4] for r in chunk], need=[r[5] for r in chunk]))
    got = _finish(parts)
    expected = pd.DataFrame(rows, columns=["kind", "score", "program", "dataset", "other_dataset", "need"])
    expected["kind_order"] = expected["kind"].map(kinds.index)
    expected["strength"] = (-expected["score"]).fillna(1.0)
    expected = expected.sort_values(["kind_order", "strength", "program", "dataset", "other_dataset", "need"],
                                    kind="stable", ignore_index=True)
    columns = ["kind", "program", "dataset", "other_dataset", "need"]
    assert got[columns].values.tolist() == expected[columns].values.tolist()
    assert got["score"].round(3).equals(expected["score"].round(3))
    assert got.groupby("kind")["rank"].apply(lambda r: r.tolist() == list(range(1, len(r) + 1))).all()


@pytest.mark.parametrize("words, kept, never", [
    # function words ("tidak", "by"), and grammatical words read as stems ("terkait" is "kait",
    # "merupakan" is "rupa"): the word a reason shows is what is checked
    (("Status Pelanggan Tidak Aktif by",), "aktif", {"tidak", "by"}),
    (("Data Terkait Balita Stunting Merupakan Rekap",), "stunting", {"terkait", "merupakan"}),
])
def test_reasons_never_name_function_or_grammatical_words_as_shared_terms(words, kept, never):
    datasets = [{"id": "D-A", "name": f"{words[0]} Kelurahan", "producer": "DINSOS"},
                {"id": "D-B", "name": f"{words[0]} Kecamatan", "producer": "DINKES"}]
    found = of(shared_data(city([], datasets=datasets), kinds=["duplicate-dataset"]), "duplicate-dataset")
    reason = found.loc[0, "reason"]
    terms = {t.lower() for t in reason.split("kata kunci bersama: ")[1].split(")")[0].split(", ")}
    assert kept in terms and not never & terms


def test_a_duplicate_dataset_pair_found_on_titles_alone_says_so():
    titles = [{"id": "D-A", "name": "Jumlah Lembaga Swadaya Masyarakat", "producer": "DINSOS"},
              {"id": "D-B", "name": "Lembaga Swadaya Masyarakat", "producer": "DINKES"}]
    found = of(shared_data(city([], datasets=titles), kinds=["duplicate-dataset"], lang="en"), "duplicate-dataset")
    assert found.loc[0, "reason"].endswith("Only their titles were compared (neither has a description or "
                                           "keywords): check what they hold before deciding.")
    described = [dict(titles[0], description="LSM terdaftar per distrik"), titles[1]]
    found = of(shared_data(city([], datasets=described), kinds=["duplicate-dataset"], lang="en"), "duplicate-dataset")
    assert len(found) == 1 and "Only their titles" not in found.loc[0, "reason"]


def test_two_titles_that_count_different_objects_are_not_one_dataset():
    # Kabupaten Keerom's catalogue: "Transmigrasi" is a subject, "Jumlah Kampung Transmigrasi" counts
    # villages; two counts of the population by two producers may be one dataset
    titles = [{"id": "D-A", "name": "Jumlah Kampung Transmigrasi", "producer": "DINSOS"},
              {"id": "D-B", "name": "Transmigrasi", "producer": "DINKES"},
              {"id": "D-C", "name": "Jumlah Penduduk Menurut Jenis Kelamin", "producer": "CAPIL"},
              {"id": "D-D", "name": "Penduduk Menurut Jenis Kelamin dan Umur", "producer": "DISDIK"},
              {"id": "D-E", "name": "Jumlah LSM", "producer": "KOMINFO"},
              {"id": "D-F", "name": "Lembaga Swadaya Masyarakat (LSM)", "producer": "DINSOS"}]
    pairs = {tuple(sorted(p)) for p in of(shared_data(city([], datasets=titles), kinds=["duplicate-dataset"]),
                                          "duplicate-dataset")[["dataset", "other_dataset"]].values.tolist()}
    assert ("D-A", "D-B") not in pairs
    assert ("D-C", "D-D") in pairs and ("D-E", "D-F") in pairs
    # a description says what a dataset holds: then the words decide, as before
    described = [dict(titles[0], description="transmigrasi kampung desa"), dict(titles[1], description="transmigrasi")]
    found = of(shared_data(city([], datasets=described + titles[2:]), kinds=["duplicate-dataset"]), "duplicate-dataset")
    assert ("D-A", "D-B") in {tuple(sorted(p)) for p in found[["dataset", "other_dataset"]].values.tolist()}


def test_a_title_with_an_acronym_of_two_meanings_is_not_read_by_either():
    # "LSM" stands for two things in this catalogue: "Jumlah LSM" counts one of them, which is not known
    titles = [{"id": "D-E", "name": "Jumlah LSM Terdaftar", "producer": "KOMINFO"},
              {"id": "D-F", "name": "Lembaga Swadaya Masyarakat (LSM) Terdaftar", "producer": "DINSOS"},
              {"id": "D-G", "name": "Lahan Sawah Milik (LSM) Terdaftar", "producer": "DINKES"}]
    pairs = {tuple(sorted(p)) for p in of(shared_data(city([], datasets=titles), kinds=["duplicate-dataset"]),
                                          "duplicate-dataset")[["dataset", "other_dataset"]].values.tolist()}
    assert ("D-E", "D-G") not in pairs and ("D-E", "D-F") not in pairs
    # with one meaning the title is read by it, as before
    one = of(shared_data(city([], datasets=titles[:2]), kinds=["duplicate-dataset"]), "duplicate-dataset")
    assert {tuple(sorted(p)) for p in one[["dataset", "other_dataset"]].values.tolist()} == {("D-E", "D-F")}


def test_the_regions_own_name_is_not_shared_meaning_of_two_datasets():
    # every title of Kabupaten Keerom may say "Kab. Keerom": two different data must not meet on it
    agencies = [dict(a, region="91.11") for a in AGENCIES]
    titles = [{"id": "D-A", "name": "Komisi DPRD Kab. Keerom", "producer": "DINSOS"},
              {"id": "D-B", "name": "Jumlah Sarana Telekomunikasi Kab Keerom", "producer": "DINKES"},
              {"id": "D-C", "name": "Jumlah Sarana Telekomunikasi Kabupaten Keerom", "producer": "DISDIK"}]
    titles += [{"id": f"D-{i}", "name": name, "producer": "KOMINFO"} for i, name in enumerate(
        ("Jumlah Penduduk Miskin", "Panjang Jalan", "Jumlah Sekolah Dasar", "Luas Sawah", "Jumlah Puskesmas"))]
    model = CityModel.from_records(agencies=agencies, programs=[], datasets=titles)
    found = of(shared_data(model, kinds=["duplicate-dataset"]), "duplicate-dataset")
    assert found[["dataset", "other_dataset"]].values.tolist() == [["D-B", "D-C"]]
    assert "keerom" not in found.loc[0, "reason"].split("kata kunci bersama: ")[1].lower()
    # without a region code the name is not known, and its words count as any others
    model = CityModel.from_records(agencies=AGENCIES, programs=[], datasets=titles)
    found = of(shared_data(model, kinds=["duplicate-dataset"]), "duplicate-dataset")
    assert "keerom" in found.loc[0, "reason"].split("kata kunci bersama: ")[1].lower()


def test_short_forms_of_units_and_measures_read_as_the_written_out_words():
    from synergy.text import Normalizer

    norm = Normalizer()
    assert norm.tokens("Jumlah Desa/Kel per Kec.") == norm.tokens("Jumlah Desa/Kelurahan per Kecamatan")
    assert norm.tokens("Jml Kab/Kota") == norm.tokens("Jumlah Kabupaten/Kota")
    assert norm.tokens("Prosentase RTLH") == norm.tokens("Persentase RTLH")


def test_region_names_from_a_users_table_never_break_a_text():
    from synergy.names import region_stripper

    assert region_stripper(["", "Kota", "Kabupaten  "]) is None  # no name in them
    strip = region_stripper(["Kota Bau-Bau", "Kabupaten Kepulauan Seribu"])
    assert strip("Jumlah Penduduk Kota Bau-Bau") == "Jumlah Penduduk"
    assert strip("Data Kepulauan Seribu (2024)") == "Data (2024)"
    assert strip("İzin usaha di Kepulauan Seribu") == "İzin usaha di Kepulauan Seribu"  # kept, never cut wrongly
    assert strip("") == "" and strip("Bau saja") == "Bau saja"
