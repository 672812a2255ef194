"""Importing a Satu Data (CKAN) portal's API responses."""
from __future__ import annotations

import json
import pathlib

import pytest
from click.testing import CliRunner

from cli import main
from synergy.ckan import CKAN_EXTRA_COLUMNS, import_ckan, read_ckan_files
from synergy.errors import InvalidData
from synergy.ingest import load_model

DATA = pathlib.Path(__file__).parent / "data" / "ckan"
PORTAL = "https://satudata.pasuruankota.go.id"


def _packages_in_files(folder):
    """Every package dict in a folder of saved responses, as the fixtures hold them."""
    found = {}
    for path in sorted(folder.glob("*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))["result"]
        if isinstance(result, dict) and "results" in result:
            items = result["results"]
        elif isinstance(result, dict):
            items = [result]
        else:
            continue
        for package in items:
            known = found.get(package["id"])
            if known is None or package["metadata_modified"] >= known["metadata_modified"]:
                found[package["id"]] = package
    return found


@pytest.fixture(scope="module")
def city():
    return load_model([DATA / "city"])[0]


def test_pages_are_joined_and_the_newest_version_of_a_package_wins():
    packages, organizations, portal, problems = read_ckan_files(DATA / "portal")
    expected = _packages_in_files(DATA / "portal")
    assert problems == []
    assert portal == PORTAL
    assert sorted(p["name"] for p in packages) == sorted(p["name"] for p in expected.values())
    gizi = next(p for p in packages if p["name"] == "status-gizi-balita")
    assert gizi["metadata_modified"] == "2024-03-01T02:30:00.000000"
    orgs = json.loads((DATA / "portal" / "organization_list.json").read_text())["result"]
    assert sorted(organizations) == sorted(o["name"] for o in orgs)


def test_packages_become_datasets_with_tags_licence_and_resources(city):
    result = import_ckan(DATA / "portal", city)
    expected = _packages_in_files(DATA / "portal")
    datasets = result.model.datasets.set_index("id")
    assert list(result.model.datasets.columns[-len(CKAN_EXTRA_COLUMNS):]) == list(CKAN_EXTRA_COLUMNS)
    assert len(datasets) == len(expected)
    for package in expected.values():
        row = datasets.loc[package["name"]]
        assert row["name"] == package["title"]
        assert row["description"] == package["notes"]
        assert row["keywords"] == tuple(t["name"] for t in package["tags"])
        assert row["license_id"] == package["license_id"]
        assert row["ckan_id"] == package["id"]
        assert row["url"] == f"{PORTAL}/dataset/{package['name']}"
        assert [r["url"] for r in json.loads(row["resources"])] == [r["url"] for r in package["resources"]]
        assert row["format"] == ", ".join(dict.fromkeys(r["format"].lower() for r in package["resources"]))
        assert row["classification"] == "terbuka"
    assert datasets.loc["data-aduan-e-sambat", "frequency"] == "bulanan"
    assert datasets.loc["data-aduan-e-sambat", "maintainer_email"] == "statistik@pasuruankota.go.id"


def test_organisations_map_to_the_city_agencies(city):
    result = import_ckan(DATA / "portal", city)
    got = {r.organization: (r.agency, r.match, r.packages) for r in result.matches.itertuples()}
    assert got == {
        "diskominfotik": ("DISKOMINFOTIK", "id", 1),
        "dinas-kesehatan": ("DINKES", "name", 1),
        "dinas-lingkungan-hidup": ("DLH", "name", 1),
        "disdukcapil": ("DISPENDUKCAPIL", "fuzzy", 1),
        "bps-kota-pasuruan": ("BPS-KOTA-PASURUAN", "new", 1),
        "bappelitbangda": ("BAPPELITBANGDA", "new", 0),
    }
    assert 0.85 <= result.matches.set_index("organization").loc["disdukcapil", "score"] < 1
    assert sorted(result.unmatched) == ["bappelitbangda", "bps-kota-pasuruan"]
    producers = dict(zip(result.model.datasets["id"], result.model.datasets["producer"]))
    assert producers["status-gizi-balita"] == "DINKES"
    # matched agencies keep the city's own rows, unchanged
    agencies = result.model.agencies.set_index("id")
    assert agencies.loc["DINKES", "short_name"] == "Dinkes"
    assert agencies.loc["DISKOMINFOTIK", "roles"] == ("walidata", "smart-city-lead")


def test_a_stricter_cutoff_turns_the_fuzzy_match_into_a_new_agency(city):
    result = import_ckan(DATA / "portal", city, cutoff=0.99)
    assert "disdukcapil" in result.unmatched


def test_without_a_city_every_organisation_is_new():
    result = import_ckan(DATA / "portal")
    assert set(result.matches["match"]) == {"new"}
    assert set(result.model.datasets["producer"]) <= set(result.model.agencies["id"])


def test_a_missing_page_is_reported():
    result = import_ckan(DATA / "missing-page")
    assert [str(p) for p in result.warnings] == [
        "package_search_start0.json: warning: package_search menyebut 5 paket, tetapi berkasnya hanya berisi 3: "
        "ada halaman yang hilang (minta setiap halaman dengan rows dan start) / package_search says 5 packages but "
        "the files hold 3: a page is missing (request every page with rows and start)"]


def test_organization_list_of_names_is_read():
    _, organizations, portal, problems = read_ckan_files(DATA / "organization_list_names.json")
    assert problems == [] and portal == PORTAL
    assert sorted(organizations) == sorted(json.loads((DATA / "organization_list_names.json").read_text())["result"])


@pytest.mark.parametrize("name, line", [
    ("error.json", "error.json: portal menjawab dengan galat: Not found; unduh ulang / "
                   "the portal answered with an error: Not found; download it again"),
    ("not-json.json", "not-json.json:2: bukan JSON yang sah (Expecting value, kolom 1): unduh ulang jawaban API-nya / "
                      "not valid JSON (Expecting value, column 1): download the API response again"),
    ("unknown-shape.json", "unknown-shape.json: bukan jawaban CKAN package_search, package_show atau "
                           "organization_list: simpan JSON dari /api/3/action/package_search?rows=1000 (satu berkas "
                           "per halaman) / not a CKAN package_search, package_show or organization_list "
                           "response: save the JSON of /api/3/action/package_search?rows=1000 (one file per page)"),
])
def test_bad_files_are_named(name, line):
    with pytest.raises(InvalidData) as caught:
        import_ckan(DATA / name)
    assert [str(p) for p in caught.value.problems] == [line]


def test_the_import_writes_a_city_that_loads(tmp_path, city):
    runner = CliRunner()
    out = tmp_path / "satudata"
    report = tmp_path / "cocok.csv"
    result = runner.invoke(main, ["import-ckan", str(DATA / "portal"), "--agencies", str(DATA / "city"),
                                  "-o", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "tidak cocok / no match: bappelitbangda (Badan Perencanaan, Penelitian dan Pengembangan Daerah) "
        "-> agency baru / new agency BAPPELITBANGDA",
        "tidak cocok / no match: bps-kota-pasuruan (BPS Kota Pasuruan) -> agency baru / new agency BPS-KOTA-PASURUAN",
        "mirip / fuzzy: disdukcapil (Dinas Kependudukan & Pencatatan Sipil) -> DISPENDUKCAPIL (0.95); periksa / check it",
        f"5 data, 6 organisasi / organisations (2 tidak cocok / unmatched) -> {out}",
    ]
    model, warnings = load_model([out])
    assert sorted(model.datasets["id"]) == sorted(p["name"] for p in _packages_in_files(DATA / "portal").values())
    assert {w.message for w in warnings} == {
        "kolom tidak dikenal, disimpan sebagai data tambahan / unknown column kept as extra data"}
    # the imported catalogue joins the city's own sources without conflicts
    joined, _ = load_model([DATA / "city", out])
    assert len(joined.agencies) == 7
    assert report.read_text(encoding="utf-8").splitlines()[0] == "organization,title,agency,match,score,packages"
    again = runner.invoke(main, ["import-ckan", str(DATA / "portal"), "-o", str(out)])
    assert again.exit_code == 1
    assert "already exists; use --force" in again.stderr


def test_cli_names_a_bad_file(tmp_path):
    result = CliRunner().invoke(main, ["import-ckan", str(DATA / "error.json"), "-o", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == ("error.json: portal menjawab dengan galat: Not found; unduh ulang / "
                                             "the portal answered with an error: Not found; download it again")
    assert not (tmp_path / "x").exists()


def test_every_portal_organisation_matches_the_sample_city():
    city, _ = load_model()
    result = import_ckan(DATA / "portal", city)
    assert result.unmatched == []
    assert set(result.model.datasets["producer"]) <= set(city.agencies["id"])
    # the import joins the sample city without a conflict
    merged_ids = set(city.datasets["id"]) | set(result.model.datasets["id"])
    assert len(merged_ids) == len(city.datasets) + len(result.model.datasets)
