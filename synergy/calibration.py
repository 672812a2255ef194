"""How often a reported likelihood was right on real data, in a sentence a reader of the report sees.

The duplicate finder's score is the matching model's estimate of the chance that two records
are the same work. On real inventories and plans of other governments, labelled blind, that
estimate is optimistic in its middle bands (``docs/duplicates.md``, "Calibration"), and a mayor
reading "Kemungkinan sama 62%" should know it; and that a short list is not a clean bill: on
real plans most of the duplicates their readers found are never reported. ``python
benchmarks/eval_real.py --write-calibration`` counts, on those real sources (development ones
scored by a model trained without them, held-out ones by the shipped model), how many reported
pairs of each band are labelled duplicates and how many of the labelled duplicates were reported,
and writes the counts to ``resources/calibration.json`` with the SHA-256 of the model file they
were measured with: a test fails when the model is retrained and the counts are not measured
again.
"""
from __future__ import annotations

import functools
import json
from importlib.resources import files

from .i18n import check_lang, pick

__all__ = ["measured", "calibration_note", "MIN_PAIRS"]

#: A band is cited only with at least this many reported pairs behind it.
MIN_PAIRS = 10

_RECORDS = {"programs": ("rencana program", "program plans"),
            "applications": ("inventaris aplikasi", "application inventories")}


@functools.lru_cache(maxsize=1)
def measured() -> dict:
    """The counts of ``resources/calibration.json`` (an empty dict when it is missing)."""
    path = files("synergy").joinpath("resources", "calibration.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def calibration_note(kind: str = "programs", lang: str = "id", counts: dict | None = None) -> str:
    """What the likelihood of a reported duplicate of ``kind`` (programs or applications) was
    worth on real data, and how many of the labelled duplicates were reported at all, or "" when
    nothing was measured for that kind. ``counts``: as
    :func:`measured` gives them (the shipped counts by default).

    >>> counts = {"applications": {"sources": ["a", "b"], "bands": [
    ...     {"low": 0.5, "high": 0.9, "pairs": 40, "right": 10}, {"low": 0.9, "high": 1.0, "pairs": 20, "right": 15}],
    ...     "labelled": 50, "found": 25}}
    >>> print(calibration_note("applications", "en", counts))  # doctest: +NORMALIZE_WHITESPACE
    The likelihood is the model's estimate. On real application inventories of 2 governments,
    labelled blind: of the pairs rated 90% or more, 15 of 20 were right (75%); of those rated
    50-90%, 10 of 40 (25%). Of the 50 duplicate pairs their readers found, it reported 25 (50%):
    a duplicate not listed here may still exist. Check a finding before acting on it.
    >>> calibration_note("programs", "en", counts)
    ''
    """
    check_lang(lang)
    found = (measured() if counts is None else counts).get(kind)
    if not found:
        return ""
    bands = [b for b in found["bands"] if b["pairs"] >= MIN_PAIRS]
    if not bands:  # too few in every band: the reported pairs as a whole
        bands = [{"low": min(b["low"] for b in found["bands"]), "high": 1.0,
                  "pairs": sum(b["pairs"] for b in found["bands"]), "right": sum(b["right"] for b in found["bands"])}]
    if not bands[0]["pairs"]:
        return ""
    parts = []
    for band in sorted(bands, key=lambda b: -b["low"]):
        low, high = round(band["low"] * 100), round(band["high"] * 100)
        rated = (f"{low}% ke atas", f"{low}% or more") if high >= 100 else (f"{low}-{high}%", f"{low}-{high}%")
        share = f"{band['right'] / band['pairs']:.0%}"
        if not parts:
            parts.append(pick((f"dari pasangan yang dinilai {rated[0]}, {band['right']} dari {band['pairs']} benar "
                               f"({share})",
                               f"of the pairs rated {rated[1]}, {band['right']} of {band['pairs']} were right "
                               f"({share})"), lang))
        else:
            parts.append(pick((f"dari yang dinilai {rated[0]}, {band['right']} dari {band['pairs']} ({share})",
                               f"of those rated {rated[1]}, {band['right']} of {band['pairs']} ({share})"), lang))
    governments = len(found["sources"])  # one government per real source of a kind
    records = pick(_RECORDS[kind], lang)
    return pick((
        f"Kemungkinan sama adalah perkiraan model. Pada {records} nyata dari {governments} pemerintah, "
        f"diberi label tanpa melihat hasil alat ini: {'; '.join(parts)}.{_missed(found, lang)} "
        "Periksa temuan sebelum bertindak.",
        f"The likelihood is the model's estimate. On real {records} of {governments} "
        f"government{'' if governments == 1 else 's'}, labelled blind: {'; '.join(parts)}.{_missed(found, lang)} "
        "Check a finding before acting on it."), lang)


def _missed(found: dict, lang: str) -> str:
    """How many of the duplicates the labellers found were reported: a short list is not a
    clean bill (" ..." with a leading space, or "" when the counts are missing)."""
    labelled, reported = found.get("labelled", 0), found.get("found", 0)
    if not labelled:
        return ""
    share = f"{reported / labelled:.0%}"
    return pick((f" Dari {labelled} pasangan ganda yang ditemukan pembacanya, alat ini melaporkan {reported} "
                 f"({share}): ganda yang tidak tercantum di sini masih mungkin ada.",
                 f" Of the {labelled} duplicate pairs their readers found, it reported {reported} ({share}): "
                 "a duplicate not listed here may still exist."), lang)
