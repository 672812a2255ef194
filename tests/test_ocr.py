"""Checked as a person sees it: screenshots in headless Chromium, read back by OCR.

Debian's ``chromium`` (through Playwright, network blocked) takes the pictures,
Debian's ``tesseract`` with the Indonesian model (``tesseract-ocr-ind``) reads
them. The default map must let a meeting read the agencies' names at 1920x1080
and 1366x768 without zooming; the report's first two screens must name the
government and the programs of the top duplicate findings, with no raw id; every
map page of the printed PDF must carry readable agency names. On the sample city
and on a real inventory nobody here wrote (Provinsi Banten's applications).

Skipped only where chromium or tesseract (with ``ind``) is missing and ``CI`` is
not set: in CI these tests must run.
"""
from __future__ import annotations

import difflib
import io
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"


def _tesseract_ready() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "ind" in (langs.stdout + langs.stderr).split()


if not (os.path.exists(CHROMIUM) and _tesseract_ready()) and not os.environ.get("CI"):
    pytest.skip("chromium or tesseract-ocr-ind is not installed (and CI is not set)", allow_module_level=True)

from synergy.model import CityModel, make_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real" / "banten-apps"
ALL_READY = ("() => document.querySelectorAll('.syn-map').length === "
             "document.querySelectorAll('.syn-map[data-state=ready]').length")
SCREENS = [(1920, 1080), (1366, 768)]


# ------------------------------------------------------------------------ cities
def sample_city() -> CityModel:
    from synergy.ingest import load_model

    return load_model(None)[0]


def banten() -> CityModel:
    """Provinsi Banten's real application inventory, its applications read as programs."""
    import pandas as pd

    agencies = pd.read_csv(REAL / "agencies.csv", dtype=str, keep_default_na=False)
    apps = pd.read_csv(REAL / "applications.csv", dtype=str, keep_default_na=False)
    programs = [{"id": r["id"], "name": r["name"], "agency": r["agency"], "description": r["description"]}
                for r in apps.to_dict("records")]
    rows = [{"id": r["id"], "name": r["name"], "short_name": r.get("short_name", ""), "region": r.get("region", "")}
            for r in agencies.to_dict("records")]
    return CityModel(make_table("agencies", rows), make_table("programs", programs), make_table("datasets", []))


def sukabumi() -> CityModel:
    """Kabupaten Sukabumi's real plan: a crowded agency map (89 agencies, 17 tied)."""
    from synergy.ingest import load_model

    return load_model([str(ROOT / "tests" / "data" / "real" / "kabsukabumi-rkpd2019")])[0]


CITIES = {"sample": sample_city, "banten": banten}


# ---------------------------------------------------------------------------- OCR
def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).casefold()
    return re.sub(r"[^0-9a-z]+", " ", folded).split()


def ocr(png: bytes, psm: int = 11) -> str:
    """Tesseract's reading of a picture (Indonesian model; sparse text for maps)."""
    result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "ind", "--psm", str(psm)],
                            input=png, capture_output=True, check=True)
    return result.stdout.decode("utf-8", "replace")


def found(label: str, seen: set[str]) -> bool:
    """Every word of a label (3 letters or more; all of a short one) read, allowing one OCR slip."""
    tokens = [t for t in words(label) if len(t) >= 3] or words(label)
    return bool(tokens) and all(t in seen or difflib.get_close_matches(t, seen, 1, 0.8) for t in tokens)


def shown_labels(page_html_data: list[dict]) -> list[str]:
    """The agency labels as the map draws them (a long name wrapped, at most a few lines)."""
    return [n["display"].replace("\n", " ").rstrip("…") for n in page_html_data]


# ------------------------------------------------------------------------ browser
@pytest.fixture(scope="module")
def browser(chromium):
    return chromium  # one Chromium for the session (tests/conftest.py): Playwright's sync API runs once


def open_page(browser, path: Path, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    seen = {"errors": [], "requests": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    own = path.resolve().as_uri()

    def route(r):
        if r.request.url == own:
            r.continue_()
        else:
            seen["requests"].append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.goto(own)
    page.wait_for_function(ALL_READY, timeout=60_000)
    page.wait_for_timeout(300)
    return context, page, seen


# -------------------------------------------------------------------------- tests
@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", sorted(CITIES))
def test_default_map_agency_names_are_read_without_zooming(tmp_path, browser, name, size):
    from synergy.visualizations.maps import write_map

    model = CITIES[name]()
    path = write_map(model, tmp_path / "peta.html")
    context, page, seen = open_page(browser, path, *size)
    try:
        data = page.evaluate("window.synergyMaps[0].data.nodes")
        assert {n["id"] for n in data} == set(model.agencies["id"])
        # every label sits inside the canvas at the zoom the page opens with
        inside = page.evaluate("""() => { const s = window.synergyMaps[0], box = s.root.querySelector('.syn-canvas');
            const w = box.clientWidth, h = box.clientHeight, pos = s.network.getPositions();
            return Object.keys(pos).filter(id => { const p = s.network.canvasToDOM(pos[id]);
                return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }).length; }""")
        assert inside == len(data)
        scale = page.evaluate("window.synergyMaps[0].network.getScale()")
        assert 16 * scale >= 13  # agency labels at least 13 px high on screen
        text = ocr(page.screenshot())
        assert seen["errors"] == [] and seen["requests"] == []
    finally:
        context.close()
    seen_words = set(words(text))
    labels = shown_labels(data)
    hits = [label for label in labels if found(label, seen_words)]
    share = len(hits) / len(labels)
    missing = sorted(set(labels) - set(hits))
    assert share >= 0.7, f"OCR read {len(hits)}/{len(labels)} agency names; missing {missing}"


@pytest.mark.parametrize("name", sorted(CITIES))
def test_report_first_two_screens_name_the_government_and_the_top_findings(tmp_path, browser, name):
    from synergy.regions import region_names
    from synergy.report import write_report
    from synergy.visualizations import findings

    model = CITIES[name]()
    path = write_report(model, tmp_path / "laporan.html")
    context, page, seen = open_page(browser, path, 1920, 1080)
    try:
        shots = []
        for i in range(2):
            page.evaluate(f"window.scrollTo(0, {i * 1080})")
            page.wait_for_timeout(150)
            shots.append(ocr(page.screenshot(), psm=3))
        assert seen["errors"] == [] and seen["requests"] == []
    finally:
        context.close()
    text = "\n".join(shots)
    seen_words = set(words(text))
    government = next(iter(region_names(model).values()))
    assert found(government, seen_words), government
    # no raw id of a program or an agency on the first two screens
    labels = model.agency_labels()
    ids = {i for i in model.programs["id"] if len(i) >= 4} | {a for a, label in labels.items() if label != a}
    read = set(re.findall(r"[\w.\-]+", text))
    assert not (ids & read), ids & read
    clusters = findings.duplicates(model).table("clusters")
    if not len(clusters):
        return  # nothing to decide about duplicates in this inventory
    names = dict(zip(model.programs["id"], model.programs["name"]))
    lines = [" ".join(words(line)) for line in text.splitlines() if line.strip()]
    flat = " ".join(lines)

    def read_name(program: str) -> bool:
        # a long name wraps: its first words must be read in order
        head = " ".join(words(names[program])[:4])
        return head in flat or any(difflib.SequenceMatcher(None, head, line[: len(head) + 4]).ratio() > 0.85
                                   for line in lines)

    top = [p for ps in clusters.sort_values("combined_budget", ascending=False)["programs"].head(3) for p in ps]
    read_ones = [p for p in top if read_name(p)]
    assert len(read_ones) >= 3, f"read {read_ones} of {top}"


@pytest.mark.parametrize("name", sorted(CITIES))
def test_printed_report_map_pages_carry_readable_agency_names(tmp_path, browser, name):
    pdfium = pytest.importorskip("pypdfium2") if not os.environ.get("CI") else __import__("pypdfium2")
    from synergy.report import write_report

    model = CITIES[name]()
    path = write_report(model, tmp_path / "laporan.html")
    context, page, seen = open_page(browser, path, 1366, 768)
    try:
        maps = page.evaluate("""() => window.synergyMaps.map(s => ({title: s.data.title,
            agencies: s.data.nodes.filter(n => n.kind === 'agency').map(n => n.display)}))""")
        pdf = page.pdf(format="A4", print_background=True)
        assert seen["errors"] == [] and seen["requests"] == []
    finally:
        context.close()
    document = pdfium.PdfDocument(pdf)
    texts = []
    for i in range(len(document)):
        image = document[i].render(scale=2).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        texts.append(ocr(buffer.getvalue(), psm=11))
    for m in maps:
        title = set(words(m["title"]))
        pages = [t for t in texts if title <= set(words(t))]
        assert pages, f"no printed page shows the map {m['title']!r}"
        seen_words = set(words(" ".join(pages)))
        labels = [label.replace("\n", " ").rstrip("…") for label in m["agencies"]]
        hits = [label for label in labels if found(label, seen_words)]
        assert len(hits) >= min(3, len(labels)), (m["title"], hits)
        if m["title"] == maps[0]["title"]:  # the agency map: most names readable on paper
            assert len(hits) / len(labels) >= 0.7, (len(hits), len(labels), sorted(set(labels) - set(hits)))


def _report_screen_words(browser, path, size, scroll: str):
    """The OCR text of one screen of the report at ``path`` after ``scroll`` (a script run in
    the page), and its words; the page loaded nothing from outside and raised no error."""
    width, height = size
    context, page, seen = open_page(browser, path, width, height)
    try:
        page.evaluate(scroll)
        page.wait_for_timeout(150)
        text = ocr(page.screenshot(), psm=3)
        assert seen["errors"] == [] and seen["requests"] == []
    finally:
        context.close()
    return text, set(words(text))


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_report_says_the_limit_of_a_title_only_catalogue_readably(tmp_path, browser, size):
    """A real catalogue of titles only (Kabupaten Keerom): the data-sharing section opens with
    its limit, in words a reader sees, before its duplicate datasets."""
    from synergy.ingest import load_model
    from synergy.report import write_report

    model, _ = load_model(ROOT / "tests" / "data" / "real" / "kabkeerom-satudata")
    text, seen_words = _report_screen_words(browser, write_report(model, tmp_path / "laporan.html", maps=False), size,
                                            "document.getElementById('sharing').scrollIntoView()")
    for phrase in ("Batas analisis ini", "hanya berjudul", "isi kolom description atau keywords"):
        assert found(phrase, seen_words), (phrase, text[:500])


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_report_says_what_the_likelihood_was_worth_readably(tmp_path, browser, size):
    """Under the sample city's overlapping applications, the sentence on how often a likelihood
    was right on real inventories is read as words, with its counts."""
    from synergy.calibration import measured
    from synergy.ingest import load_model
    from synergy.report import write_report

    model, _ = load_model(None)
    text, seen_words = _report_screen_words(
        browser, write_report(model, tmp_path / "laporan.html", maps=False), size,
        """() => [...document.querySelectorAll('#applications p.note')]
                 .find(n => n.textContent.startsWith('Kemungkinan sama')).scrollIntoView({block: 'center'})""")
    high = next(b for b in measured()["applications"]["bands"] if b["low"] == 0.9)
    for phrase in ("Kemungkinan sama adalah perkiraan model", "Periksa temuan sebelum bertindak",
                   f"{high['right']} dari {high['pairs']} benar"):
        assert found(phrase, seen_words), (phrase, text[:500])


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_report_says_what_the_likelihood_was_worth_on_plans_readably(tmp_path, browser, size):
    """Under the sample city's duplicated programs, the same sentence counted on real plans
    (Sukabumi's and the held-out Bogor's) is read as words, with how many governments and counts,
    and how few of the labelled duplicates were reported."""
    from synergy.calibration import measured
    from synergy.ingest import load_model
    from synergy.report import write_report

    model, _ = load_model(None)
    text, seen_words = _report_screen_words(
        browser, write_report(model, tmp_path / "laporan.html", maps=False), size,
        """() => [...document.querySelectorAll('#duplicates p.note')]
                 .find(n => n.textContent.startsWith('Kemungkinan sama')).scrollIntoView({block: 'center'})""")
    plans = measured()["programs"]
    middle = next(b for b in plans["bands"] if b["low"] == 0.5)
    for phrase in ("rencana program nyata", f"dari {len(plans['sources'])} pemerintah",
                   f"{middle['right']} dari {middle['pairs']}",
                   f"Dari {plans['labelled']} pasangan ganda", f"melaporkan {plans['found']}"):
        assert found(phrase, seen_words), (phrase, text[:500])


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_report_says_a_known_overlap_of_the_nomenclature_readably(tmp_path, browser, size):
    """The sample city's social affairs and kecamatan disaster trainings are a known overlap of the
    nomenclature: the duplicated programs table says so in words a reader sees, with the job's name."""
    from synergy.ingest import load_model
    from synergy.report import write_report

    model, _ = load_model(None)
    text, seen_words = _report_screen_words(
        browser, write_report(model, tmp_path / "laporan.html", maps=False), size,
        """() => [...document.querySelectorAll('#duplicates td')]
                 .find(n => n.textContent.includes('tumpang tindih antarurusan')).scrollIntoView({block: 'center'})""")
    for phrase in ("tercatat tumpang tindih antarurusan", "nomenklatur nasional", "kesiapsiagaan bencana",
                   "Kampung Siaga Bencana"):
        assert found(phrase, seen_words), (phrase, text[:800])


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_crowded_map_names_untied_agencies_only_zoomed_in_on_every_screen(tmp_path, browser, size):
    # Kabupaten Sukabumi's real plan: 89 agencies, 17 tied (22 before stop 40, 20 before its routine kegiatan were
    # found by their programs, stop 42). The untied ones' names once appeared at a
    # fixed pixel size, reached at 1920x1080's opening zoom but not at 1366x768's, and were drawn over
    # the tied names. Now on every screen: the tied names are read at the opening zoom, the untied
    # ones are not drawn until the map is zoomed in
    from synergy.visualizations.maps import write_map

    model = sukabumi()
    path = write_map(model, tmp_path / "peta.html")
    context, page, seen = open_page(browser, path, *size)
    try:
        data = page.evaluate("window.synergyMaps[0].data.nodes")
        tied = [n for n in data if not n.get("lod_zoom")]
        untied = [n for n in data if n.get("lod_zoom")]
        assert len(tied) == 17 and len(untied) == 72
        opening = set(words(ocr(page.screenshot())))
        drawn = page.evaluate("""() => { const s = window.synergyMaps[0];
            return s.data.nodes.filter(n => n.lod_zoom && s.network.body.nodes[n.id].labelModule.visible())
                               .map(n => n.id); }""")
        page_text = page.inner_text("body")
        assert seen["errors"] == []
    finally:
        context.close()
    read_tied = [n["display"] for n in tied if found(n["display"], opening)]
    # an untied name counts as drawn when a word of it no tied name or page text has is read exactly
    # (fuzzy reading would find "CISAAT" in any "CI..." the OCR half reads)
    common = {w for n in tied for w in words(n["display"])} | set(words(page_text))
    read_untied = [n["display"] for n in untied
                   if any(w in opening for w in words(n["display"]) if len(w) >= 4 and w not in common)]
    # untied names drawn over them at 1920x1080 let the OCR read 17 of the 22 (then 20; 21 at 1366x768)
    assert len(read_tied) / len(tied) >= 0.85, read_tied
    assert drawn == [], drawn
    assert read_untied == [], read_untied


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_crowded_map_untied_names_read_when_zoomed_in(tmp_path, browser, size):
    # zoomed in with the wheel to 2.6 times the fitted zoom, the untied names in view are read. At stop 40
    # OCR read 2 of 4: the layout kept an untied agency no room for its name (one ran into a neighbour's
    # marker) and its white outline, full width around a name a third as large, hid the line above
    from synergy.visualizations.maps import write_map

    path = write_map(sukabumi(), tmp_path / "peta.html")
    context, page, seen = open_page(browser, path, *size)
    in_view = """() => { const s = window.synergyMaps[0], box = s.root.querySelector('.syn-canvas');
        const w = box.clientWidth, h = box.clientHeight, pos = s.network.getPositions();
        return Object.keys(pos).filter(id => { const p = s.network.canvasToDOM(pos[id]);
            return p.x >= 150 && p.y >= 0 && p.x <= w - 150 && p.y <= h - 60; }); }"""
    try:
        untied = [n for n in page.evaluate("window.synergyMaps[0].data.nodes") if n.get("lod_zoom")]
        fitted = page.evaluate("window.synergyMaps[0].network.getScale()")
        box = page.locator(".syn-canvas").bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        while page.evaluate("window.synergyMaps[0].network.getScale()") < fitted * 2.6:
            page.mouse.wheel(0, -100)
            page.wait_for_timeout(50)
        page.wait_for_timeout(300)
        visible = set(page.evaluate(in_view))
        zoomed = set(words(ocr(page.screenshot())))
        assert seen["errors"] == []
    finally:
        context.close()
    near = [n["display"] for n in untied if n["id"] in visible]
    read_near = [d for d in near if found(d, zoomed)]
    assert near and len(read_near) / len(near) >= 0.7, (near, read_near)


def test_crowded_map_picture_draws_untied_names_only_where_they_cover_nothing():
    # the same map as a still picture (PNG), which cannot be zoomed: untied names overlapped tied ones
    # and the OCR read 19 of the 22 tied names; now an untied name is drawn only where it covers none
    from synergy.visualizations.static import build_picture
    from synergy.visualizations.views import build_view

    model = sukabumi()
    g = build_view(model, "agencies").graph
    tied = [d["display"] for _, d in g.nodes(data=True) if not d.get("lod_zoom")]
    untied = [d["display"] for _, d in g.nodes(data=True) if d.get("lod_zoom")]
    seen = set(words(ocr(build_picture(model, fmt="png"))))
    assert [t for t in tied if not found(t, seen)] == []
    # the room left still names many of the others
    assert sum(found(u, seen) for u in untied) >= len(untied) / 2


def test_report_map_on_a_wide_screen_takes_the_screen_width(tmp_path, browser):
    # the report's agency map sat in the 1280 px text column: on 1920x1080 Sukabumi's names were
    # 11.7 px high (zoom 0.73). Now the map takes the screen's width there and the text keeps its column
    from synergy.report import write_report

    model = sukabumi()
    path = write_report(model, tmp_path / "laporan.html")
    context, page, seen = open_page(browser, path, 1920, 1080)
    try:
        page.locator(".syn-map").first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        scale = page.evaluate("window.synergyMaps[0].network.getScale()")
        widths = page.evaluate("""() => [document.querySelector('.syn-map').getBoundingClientRect().width,
            document.querySelector('.page p, .page table').getBoundingClientRect().width,
            document.documentElement.scrollWidth]""")
        tied = [n["display"] for n in page.evaluate("window.synergyMaps[0].data.nodes") if not n.get("lod_zoom")]
        seen_words = set(words(ocr(page.screenshot())))
        assert seen["errors"] == []
    finally:
        context.close()
    assert 16 * scale >= 15, scale  # 16.4 px measured
    assert widths[0] > 1700 and widths[1] <= 1280 and widths[2] <= 1920  # no sideways scrolling
    read = [t for t in tied if found(t, seen_words)]
    assert len(read) / len(tied) >= 0.85, read
