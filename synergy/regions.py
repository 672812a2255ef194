"""The governments a plan belongs to: official Kemendagri region codes and their names.

``synergy/resources/kode-wilayah.csv`` holds the official codes of Indonesia's 38
provinces and 514 kabupaten/kota (origin in ``kode-wilayah-ORIGIN.md`` beside it:
a public list following the Minister of Home Affairs' decree, converted by
``scripts/build_kode_wilayah.py``). Agencies carry a ``region`` code; a ``regions``
table in the data (data contract v2) may name regions too, and wins.
"""
from __future__ import annotations

import csv
import functools
from importlib.resources import files

__all__ = ["official_names", "region_name", "region_names"]


@functools.lru_cache(maxsize=1)
def official_names() -> dict[str, str]:
    """Kemendagri code -> official name ("35.75" -> "Kota Pasuruan", "35" -> "Provinsi Jawa Timur")."""
    with files("synergy").joinpath("resources", "kode-wilayah.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle)}


def region_name(code: str, given: dict | None = None) -> str:
    """The name of a region code: from ``given`` (a regions table) first, else the official list.

    >>> region_name("35.75"), region_name("51.71"), region_name("99.99")
    ('Kota Pasuruan', 'Kota Denpasar', '')
    >>> region_name("35.75", {"35.75": "Kota Uji"})
    'Kota Uji'
    """
    code = str(code or "").strip()
    if given and code in given:
        return given[code]
    return official_names().get(code, "")


def region_names(model) -> dict[str, str]:
    """Every region code of the model's agencies (and of its regions table) with its name, where known."""
    regions = getattr(model, "regions", None)
    given = dict(zip(regions["code"].astype(str), regions["name"].astype(str))) if regions is not None and len(regions) else {}
    codes = set(model.agencies["region"].astype(str)) if "region" in model.agencies else set()
    codes |= set(given)
    out = {}
    for code in sorted(c for c in codes if c):
        name = region_name(code, given)
        if name:
            out[code] = name
    return out
