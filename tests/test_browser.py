"""Maps and report in real headless Chromium, with the network blocked.

Debian's chromium (``/usr/bin/chromium``) driven by Playwright; no browser is
downloaded. Skipped only where chromium is absent and ``CI`` is not set: in CI
these tests must run.
"""
from __future__ import annotations

import io
import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (and CI is not set)", allow_module_level=True)

from synergy.model import CityModel  # noqa: E402
from synergy.report import write_report  # noqa: E402
from synergy.visualizations.maps import write_map  # noqa: E402

DATA = Path(__file__).parent / "data" / "maps"
ALL_READY = ("() => document.querySelectorAll('.syn-map').length === "
             "document.querySelectorAll('.syn-map[data-state=ready]').length")


def records(name: str) -> dict:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def city(name: str) -> CityModel:
    return CityModel.from_records(**records(name))


@pytest.fixture(scope="session")
def browser(chromium):
    return chromium  # one Chromium for the session (tests/conftest.py): Playwright's sync API runs once


@dataclass
class Visit:
    page: object
    errors: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)


@pytest.fixture
def visit(browser):
    contexts = []

    def open_file(path: Path) -> Visit:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)
        own = path.resolve().as_uri()
        page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))

        def route(r):
            if r.request.url == own:
                r.continue_()
            else:  # anything else the page asks for leaves it: record and refuse
                seen.requests.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.goto(own)
        page.wait_for_function(ALL_READY, timeout=60_000)
        return seen

    yield open_file
    for context in contexts:
        context.close()


def node_on_screen(page, node_id: str, index: int = 0) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    dom = page.evaluate(
        """([i, id]) => { const s = window.synergyMaps[i];
        return s.network.canvasToDOM(s.network.getPositions([id])[id]); }""", [index, node_id])
    box = page.locator(".syn-canvas").nth(index).bounding_box()
    return box["x"] + dom["x"], box["y"] + dom["y"]


def not_blank(png: bytes) -> float:
    from PIL import Image, ImageStat

    return ImageStat.Stat(Image.open(io.BytesIO(png)).convert("L")).stddev[0]


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).casefold()


def test_city_map_in_chromium(tmp_path, visit):
    model = city("small_city")
    path = write_map(model, tmp_path / "peta.html", view="city")
    seen = visit(path)
    page = seen.page
    assert seen.errors == [] and seen.requests == []
    data = json.loads(page.locator("script[type='application/json']").text_content())
    expected = len(model.agencies) + len(model.programs) + len(model.datasets) + 6
    assert page.evaluate("window.synergyMaps[0].nodes.length") == expected == len(data["nodes"])
    assert page.evaluate("window.synergyMaps[0].edges.length") == len(data["edges"])
    # a click on a node shows its details in the side panel
    # the program node farthest (for its size) from every other node: a click cannot miss it
    target_id = page.evaluate("""() => {
        const s = window.synergyMaps[0], pos = s.network.getPositions(), ids = Object.keys(pos);
        let best = null, room = -Infinity;
        for (const id of ids) {
            if (s.data.nodes.find(n => n.id === id).kind !== "program") continue;
            let near = Infinity;
            for (const other of ids) if (other !== id)
                near = Math.min(near, Math.hypot(pos[id].x - pos[other].x, pos[id].y - pos[other].y));
            const size = s.nodes.get(id).size;
            if (near - size > room) { room = near - size; best = id; }
        }
        return best; }""")
    target = next(n for n in data["nodes"] if n["id"] == target_id)
    page.mouse.click(*node_on_screen(page, target["id"]))
    assert page.locator(".syn-map").get_attribute("data-selected") == target["id"]
    assert page.locator(".syn-side .syn-node-name").text_content() == target["name"]
    agency = model.agencies.set_index("id").loc[model.programs.set_index("id").loc[target["id"], "agency"]]
    assert agency["short_name"] in page.locator(".syn-side dl").text_content()
    # the picture is not blank
    assert not_blank(page.locator(".syn-canvas").screenshot()) > 5
    # search by name, then filter by agency
    page.fill(".syn-search", "SAMPAH")
    page.press(".syn-search", "Enter")
    matches = [n for n in data["nodes"] if "sampah" in fold(n["name"])]
    assert page.locator(".syn-side .syn-results li").count() == len(matches) > 1
    page.select_option(".syn-agency", "DINSOS")
    visible = sum("DINSOS" in n["ag"] for n in data["nodes"])
    assert page.locator(".syn-map").get_attribute("data-visible") == str(visible)
    hidden = page.evaluate("window.synergyMaps[0].nodes.get({filter: n => n.hidden}).length")
    assert hidden == len(data["nodes"]) - visible
    assert seen.errors == [] and seen.requests == [] and seen.dialogs == []


def test_hostile_names_in_the_map_and_its_tooltips(tmp_path, visit):
    raw = records("hostile_city")
    seen = visit(write_map(city("hostile_city"), tmp_path / "peta.html", view="city"))
    page = seen.page
    program = raw["programs"][0]
    page.fill(".syn-search", program["id"])
    page.press(".syn-search", "Enter")
    assert page.locator(".syn-side .syn-node-name").text_content() == program["name"]
    # the tooltip shows the same name, as text
    page.mouse.move(*node_on_screen(page, program["id"]))
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert tooltip.locator("strong").text_content() == program["name"]
    assert page.evaluate("document.querySelectorAll('img, svg[onload], b').length") == 0
    assert page.evaluate("document.scripts.length") == 3  # vis-network, runtime, map data
    assert page.title() == "Peta sinergi kota"
    # the agency map (the default) shows the hostile agency names as text too
    seen = visit(write_map(city("hostile_city"), tmp_path / "agencies.html"))
    page = seen.page
    page.fill(".syn-search", "EVIL")
    page.press(".syn-search", "Enter")
    assert page.locator(".syn-side .syn-node-name").text_content() == raw["agencies"][0]["name"]
    assert page.evaluate("document.querySelectorAll('img, svg[onload], b').length") == 0
    assert seen.dialogs == [] and seen.errors == [] and seen.requests == []


def test_report_in_chromium_prints_to_pdf(tmp_path, visit):
    model = city("small_city")
    seen = visit(write_report(model, tmp_path / "laporan.html"))
    page = seen.page
    assert seen.errors == [] and seen.requests == []
    maps = page.locator(".syn-map")
    assert maps.count() >= 2
    assert page.evaluate("window.synergyMaps[0].nodes.length") == len(model.agencies)
    assert not_blank(page.screenshot(full_page=False)) > 5
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF-") and len(pdf) > 20_000
    pages = pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page>") + pdf.count(b"/Type /Page/")
    assert pages >= 4  # one section per page from the third on
    assert seen.errors == [] and seen.requests == []


def test_hostile_names_in_the_report(tmp_path, visit):
    raw = records("hostile_city")
    seen = visit(write_report(city("hostile_city"), tmp_path / "laporan.html"))
    page = seen.page
    names = page.locator("table.heat tbody td:first-child").all_text_contents()
    assert sorted(names) == sorted(a["short_name"] for a in raw["agencies"])
    assert page.evaluate("document.querySelectorAll('img, svg[onload], b').length") == 0
    assert seen.dialogs == [] and seen.errors == [] and seen.requests == []


def inside_canvas(page, index: int = 0) -> bool:
    """Every visible node of a map is inside its canvas (the view fits what is shown)."""
    return page.evaluate("""(i) => { const s = window.synergyMaps[i], box = s.root.querySelector('.syn-canvas');
        const ids = s.nodes.getIds({filter: n => !n.hidden}), pos = s.network.getPositions(ids);
        return ids.every(id => { const p = s.network.canvasToDOM(pos[id]);
            return p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight; }); }""", index)


def test_agency_map_drill_down_partners_and_zoom_to_fit(tmp_path, visit):
    model = city("small_city")
    seen = visit(write_map(model, tmp_path / "peta.html"))
    page = seen.page
    data = json.loads(page.locator("script[type='application/json']").text_content())
    assert {n["id"] for n in data["nodes"]} == set(model.agencies["id"])
    assert inside_canvas(page)
    page.mouse.click(*node_on_screen(page, "DINSOS"))
    side = page.locator(".syn-side")
    assert page.locator(".syn-map").get_attribute("data-selected") == "DINSOS"
    own = model.programs[model.programs["agency"] == "DINSOS"]
    text = side.text_content()
    assert all(name in text for name in own["name"])
    partners = {e["to"] if e["from"] == "DINSOS" else e["from"] for e in data["edges"] if "DINSOS" in (e["from"], e["to"])}
    assert len(partners) >= 1 and f"Mitra ({len(partners)})" in text
    scale = page.evaluate("window.synergyMaps[0].network.getScale()")
    page.locator(".syn-side .syn-focus").click()
    assert page.locator(".syn-map").get_attribute("data-visible") == str(len(partners) + 1)
    assert inside_canvas(page)
    assert page.evaluate("window.synergyMaps[0].network.getScale()") >= scale
    assert seen.errors == [] and seen.requests == []


def test_filters_zoom_to_what_is_left(tmp_path, visit):
    seen = visit(write_map(city("small_city"), tmp_path / "peta.html", view="city"))
    page = seen.page
    before = page.evaluate("window.synergyMaps[0].network.getScale()")
    page.select_option(".syn-dim", "environment")
    assert inside_canvas(page)
    assert page.evaluate("window.synergyMaps[0].network.getScale()") > before
    assert seen.errors == [] and seen.requests == []


def test_the_current_view_saves_as_png_and_presenter_mode_fills_the_screen(tmp_path, visit):
    seen = visit(write_map(city("small_city"), tmp_path / "peta.html"))
    page = seen.page
    with page.expect_download() as info:
        page.locator(".syn-png").click()
    download = info.value
    assert download.suggested_filename.endswith(".png")
    png = Path(download.path()).read_bytes()
    assert png.startswith(b"\x89PNG") and not_blank(png) > 5
    fonts = page.evaluate("window.synergyMaps[0].nodes.get()[0].font.size")
    page.locator(".syn-present").click()
    assert "syn-presenting" in page.locator(".syn-map").get_attribute("class")
    assert page.evaluate("window.synergyMaps[0].nodes.get()[0].font.size") > fonts
    page.keyboard.press("Escape")
    assert "syn-presenting" not in page.locator(".syn-map").get_attribute("class")
    assert seen.errors == [] and seen.requests == []


def test_report_tables_open_in_place_and_download_as_csv(tmp_path, visit):
    import csv as csvlib

    from synergy.report import build_report

    model = city("small_city")
    path = tmp_path / "laporan.html"
    path.write_text(build_report(model, top=2), encoding="utf-8")
    seen = visit(path)
    page = seen.page
    table = page.locator('.tbl[data-table="roadmap"]')
    assert table.locator("tbody tr").count() == 2
    table.locator(".tbl-more").click()
    assert table.locator("tbody tr").count() == len(model.programs)
    with page.expect_download() as info:
        table.locator(".tbl-csv").click()
    download = info.value
    assert download.suggested_filename.endswith("-roadmap.csv")
    raw = Path(download.path()).read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csvlib.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(model.programs) + 1 and rows[0][-1] == "id"
    assert {r[-1] for r in rows[1:]} == set(model.programs["id"])
    table.locator(".tbl-more").click()  # and closed again
    assert table.locator("tbody tr").count() == 2
    page.locator("header.report-head .presenter").click()
    assert "presenting" in page.evaluate("document.documentElement.className")
    assert seen.errors == [] and seen.requests == [] and seen.dialogs == []
