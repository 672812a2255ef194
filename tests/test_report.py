"""The leadership report: sections, numbers, refused analyses, escaping, files, CLI."""
from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from synergy.errors import SynergyError
from synergy.model import CityModel
from synergy.report import REPORT_SECTIONS, build_report, write_report
from synergy.schema import DIMENSIONS, ELEMENTS

DATA = Path(__file__).parent / "data" / "maps"
DAY = dt.date(2026, 11, 27)


def records(name: str) -> dict:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def city(name: str = "small_city") -> CityModel:
    return CityModel.from_records(**records(name))


@pytest.fixture(scope="module")
def page() -> str:
    return build_report(city(), generated=DAY)


def section(page: str, name: str) -> str:
    match = re.search(rf'<section class="report-section" id="{name}">(.*?)</section>', page, re.S)
    assert match, f"section {name} missing"
    return match.group(1)


def cards(page: str) -> dict[str, str]:
    found = re.findall(r'<div class="value">(.*?)</div>\s*<div class="label">(.*?)</div>', section(page, "summary"))
    return {html.unescape(label): html.unescape(value) for value, label in found}


def test_every_section_is_there_in_reading_order(page):
    # the small city lists no applications: that section is the one left out
    positions = [page.index(f'id="{name}"') for name in REPORT_SECTIONS if name != "applications"]
    assert positions == sorted(positions)
    assert 'id="applications"' not in page
    assert "Dibuat: 27 November 2026" in page
    assert "@media print" in page and "@page" in page


def test_headline_numbers_come_from_the_model(page):
    model = city()
    numbers = cards(page)
    assert numbers["Perangkat daerah"] == str(len(model.agencies))
    assert numbers["Program"] == str(len(model.programs))
    from synergy.visualizations.style import format_rupiah
    assert numbers["Total anggaran"] == format_rupiah(int(model.programs["budget"].sum()))
    assert "Aplikasi" not in numbers  # no applications in this city


def test_headline_numbers_of_the_analyses_match_them(page):
    from synergy.visualizations import findings

    model = city()
    numbers = cards(page)
    dup = findings.duplicates(model)
    assert dup.available, dup.why
    assert numbers["Kelompok program tumpang tindih"] == str(len(dup.table("clusters")))
    cyc = findings.cycles(model)
    assert cyc.available, cyc.why
    assert numbers["Ketergantungan melingkar"] == str(len(cyc.table()))
    sd = findings.shared_data(model)
    assert sd.available, sd.why
    assert numbers["Kebutuhan data tanpa sumber"] == str(int((sd.table()["kind"] == "gap").sum()))


def test_heat_map_counts_programs_per_agency_and_dimension(page):
    model = city()
    table = re.search(r'<table class="heat">(.*?)</table>', page, re.S).group(1)
    rows = re.findall(r"<tr><td>(.*?)</td>(.*?)</tr>", table, re.S)
    label = {r.id: r.short_name or r.name for r in model.agencies.itertuples(index=False)}
    got = {}
    for name, cells in rows:
        values = re.findall(r'<td class="num"[^>]*>(?:<strong>)?(\d*)', cells)
        got[html.unescape(name)] = [int(v or 0) for v in values]
    for agency in model.agencies["id"]:
        progs = model.programs[model.programs["agency"] == agency]
        expected = [sum(d in dims for dims in progs["dimension"]) for d in DIMENSIONS]
        assert got[label[agency]] == [*expected, sum(expected)]


def test_element_coverage_lists_all_18_and_marks_the_empty_ones(page):
    rows = re.findall(r"<tr( class=\"empty\")?><td>[^<]*</td><td>([^<]*)</td>", section(page, "coverage"))
    assert len(rows) == len(ELEMENTS)
    used = set(city().programs["element"])
    from synergy.visualizations.style import element_label
    assert {name for empty, name in rows if empty} == {element_label(e) for e in ELEMENTS if e not in used}


def _refuse(*args, **kwargs):
    raise SynergyError("ditolak dengan sengaja / refused on purpose")


def test_an_analysis_that_refuses_the_data_says_so_instead_of_crashing(monkeypatch):
    # the report's handling is under test, not the analysis: make it refuse on purpose
    from synergy.visualizations import findings

    monkeypatch.setattr(findings, "find_duplicates", _refuse)
    page_id = build_report(city(), generated=DAY)
    assert section(page_id, "duplicates").count(
        "Analisis ini tidak dapat dijalankan: ditolak dengan sengaja / refused on purpose") == 1
    assert cards(page_id)["Kelompok program tumpang tindih"] == "—"
    assert "Analisis duplikasi tidak dapat dijalankan: ditolak dengan sengaja" in section(page_id, "maps")
    # the other analyses still run
    assert cards(page_id)["Ketergantungan melingkar"] == str(len(findings.cycles(city()).table()))
    page_en = build_report(city(), lang="en", generated=DAY)
    assert "This analysis could not run: ditolak dengan sengaja / refused on purpose" in section(page_en, "duplicates")


def test_an_import_error_in_an_analysis_is_not_swallowed(monkeypatch):
    from synergy.visualizations import findings

    def broken(*args, **kwargs):
        raise ImportError("no module named 'synergy.duplikat'")

    monkeypatch.setattr(findings, "find_duplicates", broken)
    with pytest.raises(ImportError, match="duplikat"):
        build_report(city(), generated=DAY, maps=False)


def test_english_report():
    page = build_report(city(), lang="en", generated=DAY, maps=False)
    assert '<html lang="en">' in page and "Smart City Synergy Report" in page
    assert "Generated: 27 November 2026" in page
    assert "Agencies" in cards(page) and "Perangkat daerah" not in cards(page)


def test_hostile_names_are_escaped_everywhere_in_the_report():
    raw = records("hostile_city")
    page = build_report(city("hostile_city"), generated=DAY)
    texts = [a["name"] for a in raw["agencies"]] + [a["short_name"] for a in raw["agencies"]]
    texts += [p["name"] for p in raw["programs"]] + [d["name"] for d in raw["datasets"]]
    for text in texts:
        if "<" in text:
            assert text not in page
    # the page's own scripts only: the report's, vis-network, the map runtime, and data blocks
    from synergy.visualizations.maps import page_assets
    inside_vis = str(page_assets()["vis_js"]).count("<script")  # a string literal of vis-network's own
    data_blocks = page.count('<script type="application/json"')
    assert data_blocks == page.count('<section class="syn-map"') + page.count('<div class="tbl"')
    assert page.count("<script") - inside_vis == 3 + data_blocks
    assert "<img" not in page and "<svg onload" not in page
    # the agency's short name shows, as text, in the heat map
    assert html.escape(raw["agencies"][0]["short_name"], quote=False) in section(page, "coverage")
    assert "Aksara 🌏 程序" in page


def test_without_maps_the_page_carries_no_map():
    page = build_report(city(), generated=DAY, maps=False)
    assert "vis.Network" not in page and 'class="syn-map"' not in page
    assert 'id="maps"' not in page and 'id="agency-map"' not in page


def test_write_report_writes_utf8(tmp_path):
    out = write_report(city("hostile_city"), tmp_path / "laporan.html", generated=DAY, maps=False)
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "程序" in text
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.html"]


def write_csv_folder(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in records(name).items():
        columns = sorted({c for r in rows for c in r}, key=lambda c: (c != "id", c))
        with open(folder / f"{table}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for r in rows:
                writer.writerow([";".join(r[c]) if isinstance(r.get(c), list) else r.get(c, "") for c in columns])
    return folder


def test_cli_report(tmp_path):
    from cli import main

    source = write_csv_folder("small_city", tmp_path / "kota")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(source), "--lang", "en", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == f"ditulis / written: {out}"
    text = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in text and 'class="syn-map"' in text
    broken = tmp_path / "rusak"
    broken.mkdir()
    (broken / "programs.csv").write_text("id,name,agency,dimension\nP-1,Aplikasi,NOPE,governance\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(broken), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert not (tmp_path / "x.html").exists()


def test_a_big_city_gets_the_agency_map_and_a_note_for_the_detailed_ones(monkeypatch):
    import synergy.report as report

    monkeypatch.setattr(report, "REPORT_MAP_MAX_NODES", 10)  # the knob, lowered for a small city
    page = build_report(city(), generated=DAY)
    data = json.loads(re.search(r'id="map-agencies-data">(.*?)</script>', page, re.S).group(1))
    assert {n["kind"] for n in data["nodes"]} == {"agency"}
    assert 'id="map-duplicates"' not in page
    assert "synergy map --view duplicates" in section(page, "maps")


# ------------------------------------------------------------- the leadership view
def visible_text(fragment: str) -> str:
    """What a reader sees of an HTML fragment: no tags, no script or style bodies."""
    fragment = re.sub(r"<(script|style)\b.*?</\1>", " ", fragment, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def test_the_report_opens_with_the_government_and_the_decisions():
    from synergy.visualizations import findings

    raw = records("small_city")
    for a in raw["agencies"]:
        a["region"] = "35.75"
    model = CityModel.from_records(**raw)
    page = build_report(model, generated=DAY)
    assert re.search(r"<h1>Kota Pasuruan</h1>", page)
    assert "<title>Kota Pasuruan: Laporan Sinergi Smart City</title>" in page
    # the decisions come first, before any number
    assert page.index('id="decisions"') < page.index('id="summary"')
    decisions = section(page, "decisions")
    shown = visible_text(decisions)
    clusters = findings.duplicates(model).table("clusters")
    names = dict(zip(model.programs["id"], model.programs["name"]))
    top = clusters.sort_values("combined_budget", ascending=False).iloc[0]
    for program in top["programs"]:
        assert names[program] in shown
    from synergy.visualizations.style import format_rupiah
    assert format_rupiah(top["combined_budget"]).replace(" ", "\u00a0") in shown
    assert "Usulan pemimpin" in shown
    # no raw id where a name exists
    ids = set(model.programs["id"]) | set(model.agencies["id"]) | set(model.datasets["id"])
    words = set(re.findall(r"[\w.\-]+", shown))
    assert not (ids & words), ids & words


def test_no_raw_ids_in_the_visible_report_outside_downloads_and_maps(page):
    model = city()
    ids = set(model.programs["id"]) | set(model.datasets["id"])
    shown = visible_text(re.sub(r'<section class="syn-map".*?</section>', " ", page, flags=re.S))
    assert not (ids & set(re.findall(r"[\w.\-]+", shown)))


def test_every_table_can_show_all_its_rows_and_embeds_them_for_csv():
    model = city()
    page = build_report(model, generated=DAY, top=2)
    tables = re.findall(r'<div class="tbl" data-table="([^"]+)"[^>]*>(.*?)<script type="application/json" '
                        r'class="tbl-data">(.*?)</script>', page, re.S)
    assert {"duplicates", "roadmap", "critical", "heatmap", "elements"} <= {t[0] for t in tables}
    for key, body, data in tables:
        data = json.loads(data)
        shown = len(re.findall(r"<tr[ >]", body.split("<tbody>")[1].split("</tbody>")[0]))
        assert shown == min(len(data["rows"]), 2 if key not in ("heatmap", "elements") else len(data["rows"]))
        assert ("tbl-more" in body) == (len(data["rows"]) > shown)
        assert "tbl-csv" in body
    roadmap = json.loads(dict((k, d) for k, _, d in tables)["roadmap"])
    assert len(roadmap["rows"]) == len(model.programs) and roadmap["columns"][-1] == "id"


def test_one_language_per_report_values_included():
    raw = records("small_city")
    raw["programs"][0].update(horizon="medium", status="ongoing")
    raw["programs"][1].update(horizon="quick-win", status="planned", depends_on=[raw["programs"][0]["id"]])
    model = CityModel.from_records(**raw)
    page_id = visible_text(build_report(model, generated=DAY))
    page_en = visible_text(build_report(model, lang="en", generated=DAY))
    assert "jangka menengah" in page_id and not re.search(r"\b(medium|ongoing|quick-win)\b", page_id)
    assert "medium term" in page_en
    assert not re.search(r"\b(jangka|sedang berjalan|Usulan|perangkat daerah)\b", page_en)


def test_one_rupiah_style():
    page = visible_text(build_report(city(), generated=DAY))
    assert "miliar" in page or "juta" in page
    assert not re.search(r"Rp\s?[\d.,]+\s?(M|jt|T)\b", page)


def test_routine_support_is_in_no_roadmap_phase():
    raw = records("small_city")
    raw["programs"].append({"id": "P-GAJI", "name": "Penyediaan Gaji dan Tunjangan ASN", "agency": "DINSOS",
                            "dimension": ["governance"], "budget": 900000000})
    page = build_report(CityModel.from_records(**raw), generated=DAY)
    data = json.loads(re.search(r'data-table="roadmap".*?class="tbl-data">(.*?)</script>', page, re.S).group(1))
    row = next(r for r in data["rows"] if r[-1] == "P-GAJI")
    assert row[0] == "Dukungan rutin (tidak ditahapkan)"
    assert "1 program dukungan rutin" in section(page, "roadmap")


def test_progress_is_reported_step_by_step():
    seen = []

    def progress(items, *, label="", total=None):
        seen.append((label, total))
        yield from items

    build_report(city(), generated=DAY, progress=progress)
    assert [total for _, total in seen] == [6, 3, 1] and all(label for label, _ in seen)


def test_applications_are_shown_when_the_data_lists_them():
    model = city()
    if not hasattr(model, "applications"):
        pytest.skip("this CityModel has no applications table yet")
    import dataclasses

    from synergy.model import make_table

    try:
        apps = make_table("applications", [{"id": "APP-1", "name": "e-Sambat", "agency": "DISKOMINFOTIK",
                                            "description": "Kanal aduan", "status": "retired", "users": ("DINSOS",)}])
    except KeyError:
        pytest.skip("the data contract has no applications table yet")
    try:
        model = dataclasses.replace(model, applications=apps)
    except TypeError:
        pytest.skip("this CityModel cannot hold applications")
    page = build_report(model, generated=DAY)
    shown = visible_text(section(page, "applications"))
    assert "e-Sambat" in shown and "tidak aktif lagi" in shown and "Dinsos" in shown


def _banten_inventory(tmp_path) -> Path:
    """The real Banten 2017 inventory of docs/examples, with the one empty row its doc says to delete."""
    import shutil

    folder = tmp_path / "banten-2017"
    shutil.copytree(Path(__file__).resolve().parent.parent / "docs" / "examples" / "banten-2017", folder)
    inventory = folder / "Daftar Website dan Aplikasi 2017.csv"
    lines = inventory.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[88].startswith("88;Dinas Perpustakaan dan Kearsipan;;")
    inventory.write_text("".join(lines[:88] + lines[89:]), encoding="utf-8", newline="")
    return folder


def test_duplicate_applications_open_the_report_of_a_real_inventory(tmp_path):
    """An inventory-only source (no program): the decisions are its duplicate applications, by name,
    and the reasons keep their numbers although the inventory's ids are row numbers."""
    from synergy.duplicates import find_duplicates
    from synergy.ingest import load_model

    model, _ = load_model([_banten_inventory(tmp_path)])
    assert model.programs.empty and len(model.applications) > 90
    clusters = find_duplicates(model, kind="applications").clusters
    assert len(clusters)
    page = build_report(model, generated=DAY, maps=False)
    shown = visible_text(section(page, "decisions"))
    names = dict(zip(model.applications["id"], model.applications["name"]))
    first = clusters.iloc[0]
    for app in first["applications"]:
        assert names[app] in shown
    assert f"{len(first['applications'])} aplikasi" in shown
    table = visible_text(section(page, "applications"))
    assert f"{len(clusters)})" in table  # "Aplikasi yang tumpang tindih (N)"
    assert re.search(r"\b\d+ aplikasi dari \d+ perangkat daerah", table)  # counts not taken for ids
    assert cards(page)["Kelompok aplikasi tumpang tindih"] == str(len(clusters))
    # an inventory alone: no row of zeros about programs, budgets and chains
    assert not {"Program", "Total anggaran", "Kelompok program tumpang tindih"} & set(cards(page))


def test_the_sample_citys_report_shows_duplicate_applications_and_shared_use():
    from synergy.duplicates import find_duplicates
    from synergy.ingest import load_model

    model, _ = load_model(None)
    result = find_duplicates(model, kind="applications")
    page = build_report(model, generated=DAY, maps=False)
    apps = section(page, "applications")
    shown = visible_text(apps)
    names = dict(zip(model.applications["id"], model.applications["name"]))
    for app in result.clusters.iloc[0]["applications"]:
        assert names[app] in shown
    # one system listed by several agencies is shown as shared use, with its listings counted
    shared = json.loads(re.search(r'(\{"name":"shared-use".*?\})</script>', apps, re.S).group(1))
    listed = {row[0]: int(row[1]) for row in shared["rows"]}
    pairs = result.shared
    ids = set(pairs["application_a"]) | set(pairs["application_b"])
    assert sum(listed.values()) == len(ids)
    assert min(listed.values()) >= 2  # a system is shared by two listings at least
    assert "SRIKANDI" in listed and "SIPD" in listed  # national applications of the sample city's inventory
    assert cards(page)["Aplikasi dipakai bersama"] == str(len(listed))


def test_a_program_without_dimension_gets_a_marked_suggestion_not_counted():
    raw = records("small_city")
    program = raw["programs"][0]
    program["dimension"] = []
    model = CityModel.from_records(**raw)
    page = build_report(model, generated=DAY, maps=False)
    coverage = section(page, "coverage")
    shown = visible_text(coverage)
    assert "Dimensi yang diusulkan" in shown and "(usulan)" in shown
    suggested = json.loads(re.search(r'(\{"name":"suggested-dimensions".*?\})</script>', coverage, re.S).group(1))
    assert [row[-3] for row in suggested["rows"]] == [program["id"]]  # only the program with no dimension
    # the heat map counts only what the data says: the suggestion is not in its total
    heat = json.loads(re.search(r'(\{"name":"heatmap".*?\})</script>', coverage, re.S).group(1))
    counted = sum(int(x) for row in heat["rows"] for x in row[1:7])  # the six dimensions
    assert counted == sum(len(p["dimension"]) for p in raw["programs"])
    # a city whose every program has a dimension gets no such table
    assert "Dimensi yang diusulkan" not in visible_text(section(build_report(city(), generated=DAY, maps=False),
                                                                "coverage"))


def test_sections_open_with_the_limits_of_their_data():
    """Records with nothing to compare and datasets with a title only: the section that shows
    their findings says so first; the advice on the threshold (for the analyst) is not repeated."""
    agencies = [{"id": "A", "name": "Dinas <i>A</i>", "region": "35.75"}, {"id": "B", "name": "Dinas B"}]
    model = CityModel.from_records(
        agencies=agencies,
        programs=[{"id": "P1", "name": "e", "agency": "A"}, {"id": "P2", "name": "SIM", "agency": "B"}],
        datasets=[{"id": "D1", "name": "Jumlah Penduduk <b>Miskin</b>", "producer": "A"},
                  {"id": "D2", "name": "Jumlah Penduduk Miskin", "producer": "B"}])
    page = build_report(model, maps=False, generated=DAY)
    duplicates, sharing = section(page, "duplicates"), section(page, "sharing")
    assert '<p class="limit"><strong>Batas analisis ini:</strong> 2 dari 2 catatan (100%)' in duplicates
    assert "2 dari 2 dataset (100%) hanya berjudul" in sharing
    assert sharing.index('class="limit"') < sharing.index("<h3>")
    assert "<b>Miskin</b>" not in page and "--threshold" not in page
    english = build_report(model, maps=False, generated=DAY, lang="en")
    assert "Limit of this analysis:</strong> 2 of 2 datasets (100%) have a title and nothing else" in english
    # the sample city's programs and datasets are described: no limit to state (its inventory's
    # pairs under the threshold are advice for the analyst, not a limit of the data)
    from synergy.ingest import load_model

    assert 'class="limit"' not in build_report(load_model(None)[0], maps=False, generated=DAY)


def test_the_likelihood_is_said_with_what_it_was_worth_on_real_data():
    """Under each table of duplicates, how often a reported likelihood was right on real
    inventories and plans of other governments, labelled blind: the counts the shipped
    calibration file holds, in the reader's language."""
    from synergy.calibration import measured
    from synergy.ingest import load_model

    model, _ = load_model(None)  # the sample city: programs and an application inventory
    counts = measured()["applications"]
    high = next(b for b in counts["bands"] if b["low"] == 0.9)
    for lang, words in (("id", f"{high['right']} dari {high['pairs']} benar"),
                        ("en", f"{high['right']} of {high['pairs']} were right")):
        page = build_report(model, maps=False, generated=DAY, lang=lang)
        apps = section(page, "applications")
        note = re.search(r'<p class="note">(Kemungkinan sama|The likelihood)[^<]*</p>', apps)
        assert note and words in note.group(0)
        assert f"{len(counts['sources'])} " in note.group(0)
        # and how many of the duplicates the labellers found were reported at all
        missed = (f"Dari {counts['labelled']} pasangan ganda yang ditemukan pembacanya, alat ini melaporkan "
                  f"{counts['found']}" if lang == "id" else
                  f"Of the {counts['labelled']} duplicate pairs their readers found, it reported {counts['found']}")
        assert missed in note.group(0)
        assert apps.index("<table") < apps.index(note.group(0))  # under the table it explains
        assert re.search(r'<p class="note">(Kemungkinan sama|The likelihood)', section(page, "duplicates"))


def test_the_calibration_counts_were_measured_with_the_shipped_model():
    """``benchmarks/eval_real.py --held-out --write-calibration`` wrote them with the model file
    the package ships: retraining the model without measuring again fails here."""
    import hashlib

    from synergy.calibration import measured

    resources = Path(__file__).resolve().parent.parent / "synergy" / "resources"
    counts = measured()
    assert counts["model_sha256"] == hashlib.sha256((resources / "match_model.json").read_bytes()).hexdigest()
    for kind in ("programs", "applications"):
        assert counts[kind]["sources"] and all(b["right"] <= b["pairs"] for b in counts[kind]["bands"])
        # the bands start at the default threshold, so what they hold right is all that was found
        assert counts[kind]["found"] == sum(b["right"] for b in counts[kind]["bands"]) <= counts[kind]["labelled"]
