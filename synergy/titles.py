"""What a statistical title counts: the head noun of its object.

A regional data catalogue titles its tables the way statistics are written in Indonesian:
a measure, then the object counted, head noun first, then its qualifiers and breakdown
("Jumlah **Penduduk** Menurut Jenis Kelamin", "Cakupan **peserta** KB aktif", "Rata-rata
**Usia** Kawin Pertama Wanita"). Two titles that share a topical word but count different
objects ("Jumlah Kampung Transmigrasi" and "Transmigrasi", "Organisasi Kemasyarakatan" and
"Jumlah organisasi pemuda" aside) are not the same data; two whose head nouns agree may be.
:func:`title_head` reads that head noun, for the duplicate-dataset finding
(:mod:`synergy.shared_data`) to compare when titles are all two datasets have.
"""
from __future__ import annotations

import re

from .text import STOPWORDS, fold

__all__ = ["MEASURE_WORDS", "title_head"]

#: Words that name what is measured, not what is counted ("Jumlah", "Persentase", "Rata-rata",
#: "Cakupan", "Indeks", ...), and words that only say the title is a table ("Data", "Daftar",
#: "Rekapitulasi"), with their usual short and misspelt forms.
MEASURE_WORDS = frozenset(
    """
    jumlah jml jlh banyaknya banyak total persentase prosentase presentase persen rasio angka cakupan
    rata rerata tingkat indeks proporsi luas panjang nilai capaian komposisi laju data daftar
    rekapitulasi rekap statistik
    """.split()
)


def title_head(title: str, acronyms: dict | None = None) -> str:
    """The head noun of the object a statistical title counts, folded (not stemmed: "Pedagang" and
    "Perdagangan", traders and trade, are different objects); "" when the
    title is measure and function words only. ``acronyms`` (folded acronym -> its words, as
    :func:`synergy.names.acronym_meanings` reads them from the catalogue) reads a title that
    starts its object with an acronym by the acronym's first word.

    >>> title_head("Jumlah Penduduk Menurut Jenis Kelamin"), title_head("Cakupan peserta KB aktif")
    ('penduduk', 'peserta')
    >>> title_head("Rata-rata Usia Kawin pertama Wanita"), title_head("Jumlah Kampung Transmigrasi")
    ('usia', 'kampung')
    >>> title_head("Jumlah LSM", {"lsm": "lembaga swadaya masyarakat"}), title_head("Lembaga Swadaya Masyarakat (LSM)")
    ('lembaga', 'lembaga')
    >>> title_head("Jumlah"), title_head("")
    ('', '')
    """
    for word in re.split(r"[^a-z0-9]+", fold(str(title or ""))):
        if not word or word.isdigit() or word in MEASURE_WORDS or word in STOPWORDS:
            continue
        if acronyms and word in acronyms:
            word = acronyms[word].split()[0]
        return word
    return ""
