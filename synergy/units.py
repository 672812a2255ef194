"""Units of one kind: a government's several hospitals, health centres, districts, villages or schools.

A plan gives each of them the same kegiatan for its own building, vehicles and equipment:
two RSUDs each rehabilitate their own wards and buy their own ambulance, each kecamatan
its own office. That is one job done in two places by design, not two agencies doing one
job (a blind labeller of Kabupaten Sukabumi's RKPD wrote it as a rule: "facilities and
operations of two different units are not duplicates"). A service to people by two
such units (aid for poor patients at both hospitals) and a system two of them build
(each kelurahan's own village-administration app, Kabupaten Madiun's inventory) stay
comparable: only the units' own facilities are set aside (:mod:`synergy.duplicates`).

Every agency also runs its own administration: it trains its own staff, keeps up its own
office, official residence and vehicles, holds its own annual forum (forum perangkat daerah)
and, as a BLUD, runs its own budget. Two agencies each doing so is routine support under
another name, not duplication (:func:`own_administration`).

A regional company (BUMD: PDAM, PD Pasar, a regional bank) is a separate legal entity with its
own books and staff regime: its systems for its own staff, money, goods and letters cannot be
the government's, so they are no duplicate of them (:func:`regional_company`); its services to
the public (market prices, customer complaints) are compared as any.
"""
from __future__ import annotations

import re

from .text import fold

__all__ = ["FACILITY_WORK", "own_administration", "regional_company", "unit_kind"]

#: Kinds of work (:data:`synergy.features.ACTIVITY_CLASSES`) that build, buy or keep up a unit's
#: own facilities.
FACILITY_WORK = frozenset({"procurement", "construction", "upkeep"})

# the first words of a unit's name (or its type) -> its kind; a hospital is "RSUD X", "Rumah Sakit X"
_KINDS = (
    (re.compile(r"^(rsud|rsu|rumah sakit|rs)\b"), "rumah sakit"),
    (re.compile(r"^puskesmas\b"), "puskesmas"),
    (re.compile(r"^(kecamatan|kec)\b"), "kecamatan"),
    (re.compile(r"^(kelurahan|kel)\b"), "kelurahan"),
    (re.compile(r"^desa\b"), "desa"),
    (re.compile(r"^(sekolah|sd|sdn|smp|smpn|sma|sman|smk|smkn)\b"), "sekolah"),
)
_UPT = re.compile(r"^(uptd|upt)\s+")


def unit_kind(name: str, unit_type: str = "") -> str:
    """The kind of unit a government has several of ("rumah sakit", "puskesmas", "kecamatan",
    "kelurahan", "desa", "sekolah"), from its type or the first words of its name; "" for an
    agency of its own kind (a dinas, a badan). A technical unit (UPTD) is of the kind it runs.

    >>> unit_kind("RSUD Sekarwangi"), unit_kind("UPTD Puskesmas Cibadak"), unit_kind("Ciambar", "kecamatan")
    ('rumah sakit', 'puskesmas', 'kecamatan')
    >>> unit_kind("Dinas Kesehatan"), unit_kind("UPTD Pasar Wilayah I")
    ('', '')
    """
    for text in (unit_type, name):
        folded = _UPT.sub("", fold(str(text or "")))
        for pattern, kind in _KINDS:
            if pattern.match(folded):
                return kind
    return ""


# what an agency runs for itself: its staff (not a village's apparatus, which is a target
# group), its office, official residence and vehicles, its BLUD, its annual forum
_OWN_ADMINISTRATION = re.compile(
    r"\b(aparatur(?! (desa|kelurahan|pemerintah(an)? desa))|pegawai|asn|pns|rumah jabatan|gedung kantor"
    r"|kendaraan dinas|blud|forum (skpd|opd|pd|perangkat daerah))\b")
# ... unless it builds a system: two agencies' own attendance or staff apps are two systems
_SYSTEM = re.compile(r"\b(aplikasi|sistem|online|daring|digital|elektronik|website|e [a-z]+)\b")


def own_administration(name: str) -> bool:
    """Whether a plan item is about the agency's own administration (its staff, office, official
    residence or vehicles, BLUD or annual forum) and builds no system. Found in the
    development sources: on Kabupaten Sukabumi's plan 8 of the 20 false findings over 0.5 were
    two such items ("forum skpd" of three agencies, each hospital's BLUD); no labelled duplicate
    of any development source has such items on both sides (docs/duplicates.md).

    >>> own_administration("Peningkatan Kapasitas Sumber Daya Aparatur"), own_administration("forum skpd")
    (True, True)
    >>> own_administration("Peningkatan Kapasitas Aparatur Desa"), own_administration("Presensi Online ASN")
    (False, False)
    """
    folded = fold(str(name or ""))
    return bool(_OWN_ADMINISTRATION.search(folded)) and not _SYSTEM.search(folded)


# the first words of a regional company's name: PDAM, Perumda (Air Minum), Perusahaan (Umum) Daerah,
# PD Pasar / Parkir / BPR ..., PT X (Perseroda), the regional development bank or a BPR. "PD" alone
# is also "perangkat daerah", so it needs the business after it; "BPD" is also a village council. A
# whole word each: BPRD is the tax agency (Badan Pajak dan Retribusi Daerah), not a BPR.
_COMPANY = re.compile(
    r"^(pdam|perumda[a-z]*|perusahaan (umum )?daerah|perseroda|bpr|bprs|pt bpr|bank (pembangunan daerah|perkreditan)"
    r"|pd (pasar|parkir|bpr|bank|air|pam|kebersihan|aneka|jasa|pembangunan|perhotelan|bumi|dharma|sarana)"
    r"|pt [a-z ]*\bperseroda)\b")


def regional_company(name: str, agency_type: str = "") -> bool:
    """Whether an agency is a regional company (BUMD), from its type ``bumd`` or its name.

    >>> regional_company("PDAM Kota Denpasar"), regional_company("PD Pasar Kota Denpasar")
    (True, True)
    >>> regional_company("PT Bank Pembangunan Daerah Jawa Timur Tbk (Perseroda)"), regional_company("X", "bumd")
    (True, True)
    >>> regional_company("Badan Pembinaan BUMD dan Penanaman Modal"), regional_company("PD Kota Pasuruan")
    (False, False)
    """
    if fold(str(agency_type or "")) == "bumd":
        return True
    return bool(_COMPANY.match(fold(str(name or ""))))
