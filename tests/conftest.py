"""Shared test settings.

The command speaks Bahasa Indonesia unless the environment asks for English
(``SYNERGY_LANG``, or an English locale: see :mod:`synergy.i18n`). Tests assert
what people read, so they pin the default language here rather than inherit the
locale of whoever runs them; a test about the language sets its own.
"""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _indonesian_by_default(monkeypatch):
    monkeypatch.setenv("SYNERGY_LANG", "id")
