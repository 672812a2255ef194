"""synergy find (data contract v2) and names where ids are asked: as Diskominfotik staff would type them."""
from __future__ import annotations

import io
import pathlib
import shutil

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.errors import AmbiguousName, UnknownNode
from synergy.find import FIND_COLUMNS, find, resolve
from synergy.ingest import load_model

ROOT = pathlib.Path(__file__).resolve().parents[1]
BANTEN_APPS = ROOT / "tests" / "data" / "real" / "banten-apps"
BANTEN_2017 = ROOT / "docs" / "examples" / "banten-2017"


@pytest.fixture(scope="module")
def city():
    return load_model()[0]


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env={"SYNERGY_LANG": "id", **(env or {})})


def ids(frame, n=None):
    return frame["id"].tolist()[:n]


def test_a_dataset_is_found_by_a_word_of_its_name(city):
    found = find(city, "diagnosa")
    assert list(found.columns[:4]) == ["id", "kind", "name", "agency"] and list(found.columns) == FIND_COLUMNS
    assert ids(found, 1) == ["DS-KUNJUNGAN-PUSKESMAS"]
    row = found.iloc[0]
    assert (row["kind"], row["agency"], row["score"]) == ("dataset", "DINKES", 1.0)


def test_stems_synonyms_and_acronyms(city):
    # stem: "latih" is the stem of "pelatihan"
    assert {"P-121", "P-203"} <= set(ids(find(city, "latih"), 2))
    # synonym: keluhan is pengaduan in the lexicon
    assert "P-005" in ids(find(city, "keluhan"), 5)
    # acronym both ways
    assert ids(find(city, "NIK"), 1) == ["DS-NIK"]
    assert ids(find(city, "nomor induk kependudukan"), 1) == ["DS-NIK"]
    # an agency by its short name, a program by a word that is only in its description
    assert ids(find(city, "Dinkes"), 1) == ["DINKES"]
    described = find(city, "puskesmas")
    assert "P-070" in ids(described) and described.set_index("id").loc["P-070", "why"] == "uraian: puskesmas"


def test_the_word_itself_ranks_above_its_synonyms(city):
    """penduduk ~ warga ~ masyarakat in the lexicon: a name that says penduduk comes first, and a name
    found only by a synonym says so."""
    found = find(city, "penduduk", kinds=["dataset"]).set_index("id")
    assert found.loc["DS-BPS-PENDUDUK", "why"] == "nama: penduduk"
    assert found.loc["DS-NASKAH-KUNO", "why"] == "nama: penduduk (sinonim)"  # Data Naskah Kuno Milik Masyarakat
    assert found.loc["DS-BPS-PENDUDUK", "score"] > found.loc["DS-NASKAH-KUNO", "score"]
    assert find(city, "penduduk", kinds=["dataset"], lang="en").set_index("id").loc[
        "DS-NASKAH-KUNO", "why"] == "name: penduduk (synonym)"


def test_a_names_own_acronym(city):
    """Agencies are called by the initials or syllables of their names, short name or not."""
    assert ids(find(city, "DLH"), 1) == ["DLH"]
    lingkungan = city.agencies.set_index("id").loc["DLH", "name"]
    assert lingkungan == "Dinas Lingkungan Hidup"
    assert ids(find(city, "dlihid"), 1) == ["DLH"] and find(city, "dlihid").iloc[0]["why"] == "singkatan nama"
    # Bappeda for the Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah: words left out,
    # so found and offered, but not taken as the id on its own
    bappeda = find(city, "Bappeda")
    assert ids(bappeda, 1) == ["BAPPELITBANGDA"] and bappeda.iloc[0]["why"] == "nama: Bappeda (singkatan nama)"
    with pytest.raises(AmbiguousName) as raised:
        resolve(city, "Bappeda")
    assert [c[0] for c in raised.value.candidates] == ["BAPPELITBANGDA"]


def test_best_first_and_only_the_kinds_asked(city):
    found = find(city, "keluhan warga")
    assert found["score"].is_monotonic_decreasing
    # no name says both words: the best holds one and a synonym of the other (Aduan Warga)
    assert found.iloc[0]["id"] == "DS-ADUAN-PUPR" and found.iloc[0]["matched"] == "aduan;warga"
    assert 0.8 < found.iloc[0]["score"] < 1.0 and found.iloc[-1]["score"] < 0.5
    programs = find(city, "sampah", kinds=["program"])
    assert set(programs["kind"]) == {"program"} and len(programs) >= 3
    assert find(city, "zzzz qqqq").empty


def test_why_is_in_the_chosen_language(city):
    assert find(city, "CCTV", lang="en").iloc[0]["why"] == "name: CCTV"
    assert find(city, "CCTV").iloc[0]["why"] == "nama: CCTV"


def test_resolve_a_unique_name_refuse_an_ambiguous_one(city):
    assert resolve(city, "SIAK Terpusat") == "APP-016"       # an exact name
    assert resolve(city, "dinas kesehatan") == "DINKES"      # case aside
    assert resolve(city, "ds-nik") == "DS-NIK"               # an id in other case
    assert resolve(city, "Dispendukcapil") == "DISPENDUKCAPIL"  # a short name
    with pytest.raises(AmbiguousName) as raised:
        resolve(city, "kependudukan")
    candidates = [c[0] for c in raised.value.candidates]
    assert "DS-NIK" in candidates and "DISPENDUKCAPIL" in candidates
    with pytest.raises(UnknownNode):
        resolve(city, "xqzv")


def test_cli_find_leading_columns_and_table(city):
    result = run("find", "kependudukan", "--format", "csv")
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns) == FIND_COLUMNS
    assert "DS-NIK" in frame["id"].tolist()
    table = run("find", "diagnosa", "--format", "table")
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "jenis", "perangkat"]  # the name is shown beside the id
    assert any(line.startswith("DS-KUNJUNGAN-PUSKESMAS Data Kunjungan") for line in lines)


def test_cli_ids_accept_names_and_list_candidates():
    ambiguous = run("deps", "kependudukan")
    assert ambiguous.exit_code == 1
    lines = ambiguous.stderr.splitlines()
    assert lines[0] == ("Kesalahan: 'kependudukan' cocok dengan 8 nama: tulis kodenya / matches 8 names: give the id")
    assert "  DS-NIK  dataset  Data Kependudukan Berbasis NIK (Database SIAK)  (DISPENDUKCAPIL)" in lines
    by_name = run("deps", "SIAK Terpusat", "--format", "csv")
    by_id = run("deps", "APP-016", "--format", "csv")
    assert by_name.exit_code == 0 and by_name.stdout == by_id.stdout
    assert "SIAK Terpusat -> APP-016" in by_name.stderr
    chain = run("chain", "Dispendukcapil", "Dinkes", "--format", "csv")
    assert chain.exit_code == 0 and chain.stdout == run("chain", "DISPENDUKCAPIL", "DINKES", "--format", "csv").stdout
    impact = run("impact", "Data Kependudukan Berbasis NIK (Database SIAK)", "--format", "csv")
    assert impact.exit_code == 0 and impact.stdout.splitlines()[1].startswith("DS-NIK,dataset,0,")
    unknown = run("deps", "xqzv")
    assert unknown.exit_code == 1 and "tidak dikenal" in unknown.stderr


def test_a_name_with_a_slash_is_not_taken_for_a_source():
    result = run("find", "TPA/TPST", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "P-090" in result.stdout


def test_on_a_city_we_did_not_write_banten_apps():
    """tests/data/real/banten-apps: agencies and applications only, as Banten published them."""
    city, _ = load_model([BANTEN_APPS])
    found = find(city, "kepegawaian")
    assert {"BTN-T1-004", "BTN-T1-001"} <= set(ids(found, 8))
    assert set(found.head(8)["agency"]) == {"BTN.badan-kepegawaian-daerah"}
    # an agency by a word of its name, a system by its address
    assert "BTN.badan-penanggulangan-bencana-daerah" in ids(find(city, "bencana", kinds=["agency"]))
    assert resolve(city, "simpeg.bantenprov.go.id") == "BTN-T1-004"


def test_on_a_city_we_did_not_write_banten_2017(tmp_path):
    """docs/examples/banten-2017 as docs/inventory.md loads it (its one empty row removed)."""
    folder = tmp_path / "banten-2017"
    shutil.copytree(BANTEN_2017, folder)
    inventory = folder / "Daftar Website dan Aplikasi 2017.csv"
    lines = inventory.read_text(encoding="utf-8").splitlines(keepends=True)
    inventory.write_text("".join(lines[:88] + lines[89:]), encoding="utf-8", newline="")
    result = run("find", str(folder), "kepegawaian", "--format", "csv")
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert frame.iloc[0]["agency"] == "OPD-01" and "simpeg.bantenprov.go.id" in frame["name"].tolist()
    # the table names the agency beside its code
    table = run("find", str(folder), "simpeg", "--format", "table", env={"COLUMNS": "160"})
    assert "OPD-01 Badan Kepegawaian Daerah" in table.stdout
    # agencies.csv has no short names: BKD is read as the initials of Badan Kepegawaian Daerah
    bkd = pd.read_csv(io.StringIO(run("find", str(folder), "BKD", "--format", "csv").stdout))
    assert bkd["id"].astype(str).tolist()[:2] == ["OPD-01", "5"]  # the agency, then bkd.bantenprov.go.id
    deps = run("deps", str(folder), "BKD", "--format", "csv")
    assert deps.exit_code == 0 and "BKD -> OPD-01" in deps.stderr
    assert deps.stdout == run("deps", str(folder), "OPD-01", "--format", "csv").stdout
    # a name several systems share: the candidates, with their codes
    several = run("impact", str(folder), "sppd")
    assert several.exit_code == 1
    assert "  29  application  sppd.biroadpem.bantenprov.go.id  (OPD-13)" in several.stderr.splitlines()
    focus = run("map", str(folder), "--view", "agency", "--focus", "Kepegawaian", "-o", str(tmp_path / "peta.html"))
    assert focus.exit_code == 0 and "Kepegawaian -> OPD-01" in focus.stderr
