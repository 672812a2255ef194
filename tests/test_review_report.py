"""The analyst's review in the report (issue 13): agreed actions apart from new findings, and
decisions made with buttons on the page, downloaded as keputusan.csv offline, read back by synergy."""
from __future__ import annotations

import html
import os
import pathlib
import re
import shutil

import pandas as pd
import pytest

from synergy.ingest import load_model
from synergy.report import REPORT_SECTIONS, build_report

HERE = pathlib.Path(__file__).parent
SAMPLE = HERE.parent / "data" / "pasuruan"
CHROMIUM = "/usr/bin/chromium"
DECISIONS = ("kind,a,b,decision,note,by,date\n"
             "duplicate,P-141,P-127,done,satu aplikasi harga pangan,Ani,2025-01-10\n"
             "duplicate,P-181,P-066,rejected,beda sasaran,Ani,2025-01-10\n"
             "reuse,P-040,DS-BIG-RBI,in-progress,,Budi,2025-02-01\n")


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kota") / "kota"
    folder.mkdir()
    for name in ("agencies", "programs", "datasets", "applications", "regions"):
        shutil.copy(SAMPLE / f"{name}.csv", folder / f"{name}.csv")
    (folder / "keputusan.csv").write_text(DECISIONS, encoding="utf-8")
    model, _ = load_model(folder)
    return folder, model


@pytest.fixture(scope="module")
def page(city):
    return build_report(city[1], maps=False)


def section(page: str, name: str) -> str:
    return re.search(rf'<section class="report-section" id="{name}">(.*?)</section>', page, re.S).group(1)


def rows(block: str, table: str) -> list[list[str]]:
    body = re.search(rf'<div class="tbl" data-table="{table}".*?<tbody>(.*?)</tbody>', block, re.S).group(1)
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)]
            for r in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_the_review_section_sits_after_data_sharing(page):
    assert REPORT_SECTIONS.index("review") == REPORT_SECTIONS.index("sharing") + 1
    assert page.index('id="sharing"') < page.index('id="review"') < page.index('id="dependencies"')


def test_agreed_actions_with_their_state_apart_from_new_findings(page, city):
    block = section(page, "review")
    assert "<h3>Tindak lanjut yang disepakati</h3>" in block
    agreed = rows(block, "agreed")
    assert [r[1:5] for r in agreed] == [["Pakai ulang data", "proses", "Budi", "2025-02-01"],
                                        ["Duplikasi", "selesai", "Ani", "2025-01-10"]]
    names = dict(zip(city[1].programs["id"], city[1].programs["name"]))
    assert names["P-127"] in agreed[1][0] and names["P-141"] in agreed[1][0]
    assert "<h3>Baru sejak tinjauan terakhir (2025-02-01)</h3>" in block
    new = rows(block, "new-findings")
    assert new and all(r[1] in ("Duplikasi", "Pakai ulang data", "Data ganda", "Kebutuhan tanpa sumber") for r in new)
    # the finished and the rejected findings are not new: neither is listed there
    assert not any(names["P-127"] in r[0] and names["P-141"] in r[0] for r in new)
    assert not any(names["P-066"] in r[0] and names["P-181"] in r[0] for r in new)


def test_the_decision_buttons_carry_every_finding_and_the_decisions_so_far(page):
    import json

    data = json.loads(html.unescape(re.search(r'<details class="decide" data-decide="(.*?)">', page, re.S).group(1)))
    assert data["columns"] == ["kind", "a", "b", "decision", "note", "by", "date", "fingerprint"]
    assert [d["decision"] for d in data["decisions"]] == ["done", "rejected", "in-progress"]
    keys = [f["key"] for f in data["findings"]]
    assert len(keys) == len(set(keys)) == page.count("<tr data-key=")
    assert "reuse:DS-BIG-RBI|P-040" in keys
    assert next(f for f in data["findings"] if f["key"] == "reuse:DS-BIG-RBI|P-040")["decision"] == "in-progress"


def test_english_report_words(city):
    block = section(build_report(city[1], maps=False, lang="en"), "review")
    assert "<h3>Agreed actions</h3>" in block and "New since the last review (2025-02-01)" in block
    assert ">in progress</td>" in block


def test_a_city_without_decisions_lists_every_finding_as_not_reviewed():
    model, _ = load_model(SAMPLE)
    block = section(build_report(model, maps=False), "review")
    assert "Belum ada tindak lanjut yang disepakati." in block
    assert "<h3>Belum ditinjau (belum ada keputusan)</h3>" in block


@pytest.fixture(scope="module")
def browser(request):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI")
        pytest.skip("chromium is not installed (and CI is not set)")
    try:  # the session's Chromium when the suite has one (Playwright's sync API runs once per process)
        yield request.getfixturevalue("chromium")
        return
    except pytest.FixtureLookupError:
        pass
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    yield browser
    browser.close()
    playwright.stop()


def test_decide_on_the_page_and_download_keputusan_csv_offline(city, page, browser, tmp_path):
    folder, model = city
    path = tmp_path / "laporan.html"
    path.write_text(page, encoding="utf-8")
    context = browser.new_context(accept_downloads=True)
    requests, errors = [], []
    own = path.resolve().as_uri()

    def route(r):
        if r.request.url == own:
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    tab = context.new_page()
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(own)
    tab.locator("details.decide summary").click()
    box = tab.locator("details.decide")
    first = box.locator('tr[data-key]:not(:has(button[aria-pressed="true"]))').first  # a finding nobody decided
    key_first = first.get_attribute("data-key")
    first.locator("button[data-decision=rejected]").click()
    reuse = box.locator('tr[data-key="reuse:DS-BIG-RBI|P-040"]')
    reuse.locator("button[data-decision=done]").click()
    assert reuse.locator("button[data-decision=done]").get_attribute("aria-pressed") == "true"
    assert reuse.locator("button[data-decision=in-progress]").get_attribute("aria-pressed") == "false"
    assert box.locator(".decide-count").text_content() == "2 keputusan baru"
    box.locator(".decide-by").fill("Citra")
    with tab.expect_download() as info:
        box.locator(".decide-download").click()
    download = info.value
    assert download.suggested_filename == "keputusan.csv"
    text = pathlib.Path(download.path()).read_text(encoding="utf-8")
    context.close()
    assert requests == [] and errors == []
    import io

    table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert table.columns.tolist() == ["kind", "a", "b", "decision", "note", "by", "date", "fingerprint"]
    assert table[["kind", "decision", "by"]].values.tolist()[:2] == [["duplicate", "done", "Ani"],
                                                                    ["duplicate", "rejected", "Ani"]]
    assert table[["decision", "by"]].values.tolist()[2:] == [["rejected", "Citra"], ["done", "Citra"]]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", table["date"].iloc[-1]) and text.count("\n") == 5
    # the file goes back beside the data: synergy reads it, the page's decisions apply
    (folder / "keputusan.csv").write_text(text, encoding="utf-8")
    from synergy.decisions import decided_findings

    back, warnings = load_model(folder)
    assert warnings == []
    decided = decided_findings(back)
    assert decided[key_first].decision == "rejected" and decided["reuse:DS-BIG-RBI|P-040"].decision == "done"
    (folder / "keputusan.csv").write_text(DECISIONS, encoding="utf-8")
