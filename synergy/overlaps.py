"""Known overlaps of the national nomenclature: standard sub kegiatan of different affairs doing one job.

Since 2021 every regional plan (SIPD) names its work with the national nomenclature's
standard sub kegiatan, and the code carries the affair, so the same job done by two
agencies rarely shares a name: staple prices are watched by food security ("Pemantauan
Harga dan Stok Pangan") and by trade ("Pengawasan Harga ... Barang Kebutuhan Pokok").
Which standard sub kegiatan of different affairs do one job is knowledge, not word
likeness. ``synergy/resources/nomenklatur-overlaps.csv`` holds it: the groups two readers
wrote, each blind to the other, from the nomenclature itself
(``tests/data/real/nomenclature-overlaps``), each group with its reader, the reader's
confidence and its job in Indonesian and English. Two sub kegiatan both readers put in one
group are a surer overlap than those one reader did (:func:`agreeing_readers`).

A record is matched by its name (case, spacing and a final stop aside), not by its code:
editions of the nomenclature renumber codes more than they rename. Where one standard
name sits under several affairs, the bidang of the record's own code picks the one meant.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib.resources import files

import numpy as np

from .grouping import factorize_rows
from .i18n import check_lang, pick
from .routine import bidang_of, nomenclature, plain_name

__all__ = ["Overlap", "agreeing_readers", "known_overlaps", "overlap_marks", "reader_masks", "shared_labels"]


@dataclass(frozen=True)
class Overlap:
    """A group of standard sub kegiatan of different affairs that do one job."""

    key: str              # N01 ...
    reader: int           # who wrote the group (1, 2)
    codes: tuple          # sub kegiatan codes of the shipped nomenclature
    confidence: str       # high, medium or low (the labeller's)
    label_id: str
    label_en: str


@functools.lru_cache(maxsize=1)
def known_overlaps() -> tuple[Overlap, ...]:
    """The shipped groups, in file order."""
    path = files("synergy").joinpath("resources", "nomenklatur-overlaps.csv")
    with path.open(encoding="utf-8") as handle:
        return tuple(Overlap(r["group"], int(r["reader"]), tuple(c for c in r["codes"].split(";") if c),
                             r["confidence"], r["label_id"], r["label_en"]) for r in csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def reader_masks() -> tuple[int, ...]:
    """Per reader (in order), the bits of the groups that reader wrote."""
    masks: dict[int, int] = {}
    for bit, overlap in enumerate(known_overlaps()):
        masks[overlap.reader] = masks.get(overlap.reader, 0) | (1 << bit)
    return tuple(masks[r] for r in sorted(masks))


def agreeing_readers(shared) -> np.ndarray:
    """How many readers put two records in one group, from the bits both records carry
    (``mask_a & mask_b`` per pair, as :func:`overlap_marks` gives the masks).

    >>> both = [o for o in known_overlaps() if "2.09.03.02.01.0007" in o.codes]  # family food security
    >>> agreeing_readers(np.array([0, sum(1 << known_overlaps().index(o) for o in both)])).tolist()
    [0, 2]
    """
    shared = np.asarray(shared)
    out = np.zeros(len(shared), dtype=np.int64)
    for mask in reader_masks():
        out += (shared & mask) != 0
    return out


def shared_labels(shared: int, lang: str = "id") -> list[str]:
    """The jobs of the groups in bit mask ``shared``, in the words of the first reader who
    grouped them (two readers' names for one job would say it twice).

    >>> key, mask = overlap_marks(["Pemantauan Harga dan Pasokan Pangan", "Pemantauan Harga dan Stok Barang Kebutuhan "
    ...                            "Pokok dan Barang Penting pada Pasar Rakyat yang Terintegrasi dalam Sistem Informasi "
    ...                            "Perdagangan"], ["", ""])
    >>> shared_labels(int(mask[0]) & int(mask[1]))
    ['pemantauan harga dan stok bahan pokok']
    """
    check_lang(lang)
    for reader_bits in reader_masks():
        found = [pick((overlap.label_id, overlap.label_en), lang)
                 for bit, overlap in enumerate(known_overlaps()) if (shared & reader_bits) >> bit & 1]
        if found:
            return list(dict.fromkeys(found))
    return []


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[tuple[str, int], ...]]:
    """Per standard name: (bidang, bit mask of its overlap groups) of each code that bears it."""
    group_bits: dict[str, int] = {}
    for index, overlap in enumerate(known_overlaps()):
        for code in overlap.codes:
            group_bits[code] = group_bits.get(code, 0) | (1 << index)
    out: dict[str, list] = {}
    nom = nomenclature()
    for code, name in zip(nom["code"].tolist(), nom["name"].tolist()):
        out.setdefault(plain_name(name), []).append((bidang_of(code), group_bits.get(code, 0)))
    return {name: tuple(entries) for name, entries in out.items()}


def overlap_marks(names, codes) -> tuple[np.ndarray, np.ndarray]:
    """Per record, the number of its standard name (-1: not a standard name) and the bit mask
    of the known overlap groups its sub kegiatan belongs to (bit ``i``: :func:`known_overlaps`
    ``[i]``; Python integers when there are more than 62 groups). Once per distinct
    (name, code) pair: a roll-up repeats them.

    >>> key, mask = overlap_marks(["Pemantauan Harga dan Pasokan Pangan", "Taman Kota", "PEMANTAUAN HARGA DAN PASOKAN PANGAN."],
    ...                           ["", "", "2.09.03.02.01.0015"])
    >>> key.tolist()[1], bool(key[0] == key[2]), int(mask[0]) > 0, int(mask[1])
    (-1, True, True, 0)
    """
    names = np.asarray(names, dtype=object)
    codes = np.asarray(codes, dtype=object) if codes is not None else np.full(len(names), "", dtype=object)
    index = _by_name()
    wide = len(known_overlaps()) > 62
    pair_codes, distinct = factorize_rows(names, codes)
    name_keys: dict[str, int] = {}
    keys, masks = [], []
    for name, code in distinct:
        plain = plain_name(name) if isinstance(name, str) else ""
        entries = index.get(plain)
        if not entries:
            keys.append(-1)
            masks.append(0)
            continue
        keys.append(name_keys.setdefault(plain, len(name_keys)))
        bidang = bidang_of(code) if isinstance(code, str) and code else ""
        own = [bits for b, bits in entries if b == bidang]
        mask = 0
        for bits in own or [bits for _, bits in entries]:
            mask |= bits
        masks.append(mask)
    key = np.asarray(keys, dtype=np.int64)[pair_codes] if len(distinct) else np.zeros(len(names), dtype=np.int64)
    mask = np.array(masks, dtype=object if wide else np.int64)[pair_codes] if len(distinct) else np.zeros(
        len(names), dtype=np.int64)
    return key, mask
