"""Shared test settings.

The command speaks Bahasa Indonesia unless the environment asks for English
(``SYNERGY_LANG``, or an English locale: see :mod:`synergy.i18n`). Tests assert
what people read, so they pin the default language here rather than inherit the
locale of whoever runs them; a test about the language sets its own. Tables fit
``$COLUMNS`` (else 100 characters in a pipe): it is unset, so that they have the
same width wherever the tests run.

One Chromium for the session (``chromium``), shared by the browser and OCR tests:
Playwright's sync API runs once per process.
"""
from __future__ import annotations

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(autouse=True)
def _indonesian_by_default(monkeypatch):
    monkeypatch.setenv("SYNERGY_LANG", "id")


@pytest.fixture(autouse=True)
def _tables_of_a_pipe(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium through Playwright, launched once for the whole session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
