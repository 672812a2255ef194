"""Planning nomenclature codes and routine support programs.

A sub-kegiatan code reads ``U.BB.PP.K.KK.SSSS`` (urusan.bidang . program .
kegiatan . sub-kegiatan), e.g. ``2.16.03.2.02.0023``. Real files are messy: the
kegiatan is written ``02.01`` as often as ``2.01``, segments lose their leading
zeros, codes stop after the program. :func:`parse_code` reads all of these into
integer segments so that codes can be compared level by level.

Program ``01`` of every bidang is the routine support program (Program
Penunjang Urusan Pemerintahan Daerah: planning documents, salaries, office
supplies): every agency has the same ones, so they are never duplicates worth
reporting. :func:`routine_mask` finds them by code, by the program a record belongs to
where the table names it (a ``program`` column: real Renja and RKPD tables list each kegiatan
under its program), and by name where no code is given, using the real routine names of the
nomenclature shipped in ``synergy/resources/nomenklatur-subkegiatan.csv``. Plans written
before 2020 (Permendagri 13/2006) have no program ``01``: every agency's first programs are
its routine ones, "Pelayanan Administrasi Perkantoran", "Peningkatan Sarana dan Prasarana
Aparatur" and the like (:data:`ROUTINE_PROGRAMS`).
"""
from __future__ import annotations

import csv
import functools
import re
from importlib.resources import files

import numpy as np
import pandas as pd

__all__ = [
    "CODE_LEVELS",
    "parse_code",
    "code_agreement",
    "bidang_of",
    "is_routine_code",
    "is_routine_program",
    "ROUTINE_PROGRAMS",
    "routine_names",
    "routine_mask",
    "nomenclature",
    "urusan_names",
]

#: Agreement levels of two codes, from weakest to strongest.
CODE_LEVELS = ("none", "bidang", "program", "kegiatan", "sub-kegiatan")
_SEGMENT = re.compile(r"\d+")
#: The routine support programs every agency runs, by name (lower case, without "Program"):
#: Permendagri 90/2019's program 01 and the programs every SKPD has under Permendagri 13/2006
#: (its Lampiran A.VII, programs 01-06).
ROUTINE_PROGRAMS = (
    "penunjang urusan pemerintahan daerah",
    "pelayanan administrasi perkantoran",
    "peningkatan sarana dan prasarana aparatur",
    "peningkatan disiplin aparatur",
    "fasilitasi pindah/purna tugas pns",
    "peningkatan kapasitas sumber daya aparatur",
    "peningkatan pengembangan sistem pelaporan capaian kinerja dan keuangan",
)
#: Columns (extra data of the programs table) that name the program a record belongs to.
PROGRAM_COLUMNS = ("program", "nama_program", "program_name")


@functools.lru_cache(maxsize=200_000)
def parse_code(code: str) -> tuple[int, ...]:
    """Integer segments of a nomenclature code; ``()`` if it holds none.

    >>> parse_code("2.16.03.2.02.0023")
    (2, 16, 3, 2, 2, 23)
    >>> parse_code("1.01.01.02.01.0001") == parse_code("1.01.01.2.01.1")
    True
    >>> parse_code(""), parse_code("n/a")
    ((), ())
    """
    return tuple(int(s) for s in _SEGMENT.findall(str(code or "")))


def code_agreement(code_a: str, code_b: str) -> int:
    """How far two codes agree: index into :data:`CODE_LEVELS`, or -1 if either is missing.

    Levels: 4 same sub-kegiatan, 3 same kegiatan, 2 same program, 1 same
    bidang, 0 different bidang.

    >>> code_agreement("2.16.03.2.02.0023", "2.16.03.02.02.0023")
    4
    >>> code_agreement("2.16.03.2.02.0023", "2.16.03.2.02.0007"), code_agreement("2.16.03.2.02.0023", "2.16.02.2.01.0001")
    (3, 1)
    >>> code_agreement("2.16.03.2.02.0023", "1.02.02.2.02.0001"), code_agreement("", "2.16")
    (0, -1)
    """
    a, b = parse_code(code_a), parse_code(code_b)
    if len(a) < 2 or len(b) < 2:
        return -1
    # prefix lengths that define each level: bidang 2, program 3, kegiatan 5, sub-kegiatan 6
    level = 0
    for lvl, length in ((1, 2), (2, 3), (3, 5), (4, 6)):
        if len(a) >= length and len(b) >= length and a[:length] == b[:length]:
            level = lvl
        else:
            break
    return level


def bidang_of(code: str) -> str:
    """The bidang-urusan of a code as written in agencies' ``urusan`` lists (``2.16``); "" if none.

    >>> bidang_of("2.16.03.2.02.0023"), bidang_of("1.2.1.2.1.1"), bidang_of("")
    ('2.16', '1.02', '')
    """
    seg = parse_code(code)
    return f"{seg[0]}.{seg[1]:02d}" if len(seg) >= 2 else ""


def is_routine_code(code: str) -> bool:
    """True when the code's program segment is ``01`` (routine support).

    >>> is_routine_code("1.02.01.2.01.0001"), is_routine_code("2.16.03.2.02.0023"), is_routine_code("2.16")
    (True, False, False)
    """
    seg = parse_code(code)
    return len(seg) >= 3 and seg[2] == 1


def is_routine_program(name: str) -> bool:
    """True when a program's name is one of the routine support programs (:data:`ROUTINE_PROGRAMS`).

    >>> is_routine_program("Program Peningkatan Sarana dan Prasarana Aparatur")
    True
    >>> is_routine_program("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
    True
    >>> is_routine_program("Program Peningkatan Kapasitas Aparatur Desa"), is_routine_program("")
    (False, False)
    """
    text = plain_name(name)
    text = text[len("program "):] if text.startswith("program ") else text
    return bool(text) and text.startswith(ROUTINE_PROGRAMS)


def _resource(name: str):
    return files("synergy").joinpath("resources", name)


@functools.lru_cache(maxsize=1)
def nomenclature() -> pd.DataFrame:
    """The shipped sample of real sub-kegiatan codes and names (columns ``code``, ``name``)."""
    with _resource("nomenklatur-subkegiatan.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return pd.DataFrame({"code": [r["code"] for r in rows], "name": [" ".join(r["name"].split()) for r in rows]})


@functools.lru_cache(maxsize=1)
def urusan_names() -> dict[str, str]:
    """Bidang-urusan code -> its Indonesian name (``2.16`` -> ``Komunikasi dan Informatika``)."""
    with _resource("urusan.csv").open(encoding="utf-8") as handle:
        return {r["code"]: r["name_id"] for r in csv.DictReader(handle)}


@functools.lru_cache(maxsize=1)
def routine_names() -> tuple[str, ...]:
    """Distinct names of routine support sub-kegiatan (program ``01``) in the nomenclature."""
    nom = nomenclature()
    mask = nom["code"].map(is_routine_code)
    return tuple(sorted(set(nom.loc[mask, "name"])))


def plain_name(name: str) -> str:
    """A name as the nomenclature's names are compared: lower case, single spaces, no final stop."""
    return " ".join(str(name).lower().split()).rstrip(" .;,")


def routine_mask(programs: pd.DataFrame, normalizer=None, *, name_similarity: float = 0.9) -> np.ndarray:
    """Which programs are routine support: by code (program ``01``) or by the program they belong to
    (a ``program`` column naming one of :data:`ROUTINE_PROGRAMS`), else by name.

    A program without a code is routine when its name, normalised, is at least
    ``name_similarity`` (cosine) close to a routine name of the nomenclature.

    Examples
    --------
    >>> progs = pd.DataFrame({"name": ["Penyediaan Gaji dan Tunjangan ASN", "Aplikasi Pengaduan", "Apa Saja"],
    ...                       "code": ["", "", "1.02.01.2.02.0001"]})
    >>> routine_mask(progs).tolist()
    [True, False, True]
    """
    from .text import Normalizer, tfidf_matrix, top_k_similar

    codes = programs["code"].astype(str).tolist() if "code" in programs else [""] * len(programs)
    by_code = np.fromiter((is_routine_code(c) for c in codes), dtype=bool, count=len(codes))
    has_code = np.fromiter((len(parse_code(c)) >= 3 for c in codes), dtype=bool, count=len(codes))
    result = by_code.copy()
    by_program = np.zeros(len(programs), dtype=bool)
    for column in (c for c in PROGRAM_COLUMNS if c in programs):
        inverse, distinct = pd.factorize(programs[column].astype(str))
        if len(distinct):
            by_program |= np.array([is_routine_program(x) for x in distinct], dtype=bool)[inverse]
    todo = np.flatnonzero(~has_code & ~by_program)
    if len(todo):
        names = programs["name"].astype(str).to_numpy()[todo]
        inverse, distinct = pd.factorize(pd.Series(names, dtype=object))
        distinct = np.asarray(distinct, dtype=object)
        reference = list(routine_names())
        tm = tfidf_matrix(list(distinct) + reference, normalizer or Normalizer(), generic_weight=1.0)
        hits = top_k_similar(tm.matrix[: len(distinct)], tm.matrix[len(distinct) :], k=1, threshold=name_similarity - 1e-6)
        routine_distinct = np.zeros(len(distinct), dtype=bool)
        routine_distinct[hits["a"].to_numpy()] = True
        result[todo] = routine_distinct[inverse]
    return result | by_program
