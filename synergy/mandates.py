"""Which bidang-urusan an agency holds, read from its name.

A plan's table often files each agency under its urusan; an application inventory or a list of
websites almost never does, so the lead of a finding would have no mandate to go by. The name
says it to any civil servant: "Dinas Kependudukan dan Catatan Sipil" holds 2.12, "BKPSDM" 5.03 and
5.04, "Bagian Hukum" is a part of the Sekretariat Daerah (4.01), "Kecamatan Taman" 7.01.

Two readings, joined:

- the bidang's own name: at least two thirds of its words (one for a one-word bidang) in the
  agency's name, so "Dinas Perhubungan" holds Perhubungan;
- the names and acronyms Indonesian regional agencies use (PP 18/2016 on perangkat daerah and the
  usual short forms: Bappeda, BPKAD, Disdukcapil, Satpol PP, RSUD ...), listed in
  ``resources/perangkat-daerah.csv``: a row's words must all be among the name's words, and
  none of its ``unless`` words (a "Bagian" of a dinas is not the Setda's).

A row's bidang ``-`` says the name holds none (a central body, a regional company, an aggregate of
units), ``-1.01`` takes that bidang away (a training agency, "Pendidikan dan Pelatihan", is not
education's), and ``only`` says the row's bidang is all the unit holds (the Setda's "Bagian
Keuangan" is the Setda's, not the finance agency's). A desa or a head of region holds none.
"""
from __future__ import annotations

import csv
import functools
import math
from importlib.resources import files

__all__ = ["bidang_of_name", "bidang_by_own_name", "holder_rank"]

#: A row's bidang for names that hold no regional urusan (central bodies, regional companies, aggregates).
_NONE = frozenset({"-"})


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[frozenset, frozenset, frozenset, bool], ...]:
    """(words, bidang codes, unless words, only) of each row of ``resources/perangkat-daerah.csv``."""
    with files("synergy").joinpath("resources", "perangkat-daerah.csv").open(encoding="utf-8") as handle:
        return tuple((frozenset(row["words"].split()), frozenset(row["bidang"].split(";")),
                      frozenset((row["unless"] or "").split()), row["only"] == "yes")
                     for row in csv.DictReader(handle))


@functools.lru_cache(maxsize=2)
def _bidang_words(keep_agency_words: bool = False) -> dict[str, frozenset]:
    """Each bidang's name as words, without the words that make up agency names (unless
    ``keep_agency_words``: "Sekretariat Daerah" is nothing but them)."""
    from .names import AGENCY_WORDS
    from .routine import urusan_names
    from .text import fold

    drop = frozenset() if keep_agency_words else AGENCY_WORDS
    return {code: frozenset(fold(name).split()) - drop for code, name in urusan_names().items()}


def _carries(needed: frozenset, words) -> bool:
    """Whether ``words`` hold two thirds of a bidang name's words ``needed`` (one of a one-word name)."""
    return bool(needed) and len(needed & words) >= max(1, math.ceil(2 * len(needed) / 3))


def _by_own_name(words: frozenset) -> set:
    return {code for code, needed in _bidang_words().items() if _carries(needed, words)}


def bidang_by_own_name(name: str) -> frozenset:
    """The bidang whose own name the agency's name carries (the first reading alone: "Dinas
    Perhubungan" holds Perhubungan, "BKPSDM" nothing).

    >>> sorted(bidang_by_own_name("Dinas Perhubungan")), sorted(bidang_by_own_name("BKPSDM"))
    (['2.15'], [])
    """
    from .text import fold

    return frozenset(_by_own_name(frozenset(fold(name or "").split())))


@functools.lru_cache(maxsize=1 << 14)
def bidang_of_name(name: str) -> frozenset:
    """The bidang codes an agency of this name holds (empty when its name does not say).

    >>> sorted(bidang_of_name("Dinas Kependudukan dan Catatan Sipil"))
    ['2.12']
    >>> sorted(bidang_of_name("BKPSDM")), sorted(bidang_of_name("Bagian Hukum")), sorted(bidang_of_name("Kecamatan Taman"))
    (['5.03', '5.04'], ['4.01'], ['7.01'])
    >>> sorted(bidang_of_name("Dinas Perpustakaan dan Kearsipan")), sorted(bidang_of_name("Sub Bagian Umum Dinas Sosial"))
    (['2.23', '2.24'], ['1.06'])
    >>> sorted(bidang_of_name("Desa Sukamaju")), sorted(bidang_of_name("Walikota")), sorted(bidang_of_name("Badan Pusat Statistik"))
    ([], [], [])
    >>> sorted(bidang_of_name("Bagian Keuangan")), sorted(bidang_of_name("Badan Kepegawaian Pendidikan dan Pelatihan"))
    (['4.01'], ['5.03', '5.04'])
    """
    from .text import fold

    words = frozenset(fold(name or "").split())
    rows = [(codes, only) for needed, codes, unless, only in _patterns() if needed <= words and not (unless & words)]
    if any(codes == _NONE for codes, _ in rows):
        return frozenset()  # a central body (BPS, a ministry's office), a regional company
    for codes, only in rows:
        if only:
            return codes
    found = _by_own_name(words)
    for codes, _ in rows:
        found |= {c for c in codes if not c.startswith("-")}
    for codes, _ in rows:
        found -= {c[1:] for c in codes if c.startswith("-")}
    return frozenset(found)


#: First words of a unit inside an agency (a seksi, bidang, sub bagian, UPT or operator of a dinas):
#: such a unit holds its agency's affair, but the agency leads.
_UNIT_WORDS = frozenset("seksi bidang sub subbag subag subbagian upt uptd operator kasi kabid".split())


#: First words of a service facility (a hospital, a puskesmas, a laboratory, a public service mall, a
#: school): it holds its affair's work, but the agency of that affair leads bringing systems together.
_FACILITY_WORDS = ("rsud", "rsu", "rsia", "rs", "rumah sakit", "puskesmas", "pustu", "laboratorium", "labkesda",
                   "mpp", "mal pelayanan publik", "mall pelayanan publik", "klinik", "sekolah", "sdn", "smpn", "sman",
                   "smkn")


def fit_to_lead(name: str) -> bool:
    """Whether an agency of this name may lead a finding of an affair it holds: not a unit inside
    another agency, not a service facility.

    >>> [fit_to_lead(n) for n in ("Dinas Kesehatan", "RSUD Gambiran", "Puskesmas Taji", "Bagian Hukum",
    ...                           "Mall Pelayanan Publik Kota Pasuruan", "Seksi Aplikasi", "Dinas Peternakan")]
    [True, False, False, True, False, False, True]
    """
    from .text import fold

    words = fold(name or "").split()
    head = " ".join(words[:3])
    return not _is_unit(words) and not any(head == w or head.startswith(w + " ") for w in _FACILITY_WORDS)


def _is_unit(words: list) -> bool:
    return bool(words) and (words[0] in _UNIT_WORDS or words[:2] in (["sekretariat", "dinas"], ["sekretariat", "badan"]))


def holder_rank(name: str, bidang: str, held: int) -> tuple:
    """How fit an agency of this name is to lead a finding of ``bidang`` that it holds (with
    ``held`` bidang in all), smallest first: an agency before a unit inside one ("Dinas Komunikasi"
    before its "Sekretariat Dinas Komunikasi" or "Seksi Aplikasi"), one named after the bidang before
    one holding it otherwise (the "Sekretariat Daerah" before the Setda's liaison office), then the
    most specialised.

    >>> sorted(["Seksi Aplikasi", "Dinas Komunikasi dan Informatika"], key=lambda n: holder_rank(n, "2.16", 1))
    ['Dinas Komunikasi dan Informatika', 'Seksi Aplikasi']
    >>> sorted(["Badan Penghubung", "Sekretariat Daerah | Biro Organisasi"], key=lambda n: holder_rank(n, "4.01", 1))
    ['Sekretariat Daerah | Biro Organisasi', 'Badan Penghubung']
    """
    from .text import fold

    words = fold(name or "").split()
    unit = _is_unit(words)
    needed = _bidang_words().get(bidang) or _bidang_words(keep_agency_words=True).get(bidang, frozenset())
    return (unit, not _carries(needed, set(words)), held)
