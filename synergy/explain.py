"""Words for duplicate findings: reasons, lead agency by mandate, suggested action, clusters.

Everything a civil servant reads is Bahasa Indonesia by default and English with
``lang="en"``. The numbers come from :func:`synergy.duplicates.score_pairs`.

A reason lists the shared key words and e-government functions, then each piece of
evidence in words with what it added to or took from the match (its weight in
log-odds, strongest first), the combined budget, the suggested lead and action.

Lead agency by mandate (one rule for pairs and clusters, :func:`lead_agency`): the
finding's subject is read from its key terms (:data:`SUBJECT_BIDANG`, completed by the
bidang whose nomenclature names use a term most) and from the bidang of its
nomenclature codes; the agency whose ``urusan`` holds that subject leads (an agency
without an ``urusan`` list is read from its name: "Dinas Kesehatan" holds 1.02), an agency
before a service facility or a unit holding it, and one named for the finding's job first. If
no agency of the finding holds it, the government's agency that does leads, then (two
applications no affair decides) its SPBE manager, the holder of 2.16; else the agency with
the largest *known* budget is suggested and the reason says so; when no budget is known
either, no lead is suggested and the reason says why.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import numpy as np
import pandas as pd

from .collector import paused
from .grouping import distinct_sorted, shared_values
from .i18n import Catalogue, check_lang, format_number, format_rupiah, pick
from .model import CityModel
from .schema import DIMENSIONS, ELEMENTS

__all__ = [
    "SUBJECT_BIDANG",
    "PLATFORM_TERMS",
    "MERGE_SCORE",
    "EVIDENCE_WORDS",
    "format_rupiah",  # synergy.i18n's, here for the callers that import it from here
    "subject_bidang",
    "function_bidang",
    "agency_mandates",
    "jobs_named",
    "LeadTables",
    "lead_tables",
    "lead_agency",
    "suggest_action",
    "build_result_frames",
]

#: Canonical terms whose subject belongs to one bidang-urusan (who holds the mandate).
SUBJECT_BIDANG = {
    **dict.fromkeys(["aplikasi", "portal", "daring", "spbe", "pusat_data", "wifi", "command_center", "dasbor",
                     "ppid", "kim", "aduan", "jaringan", "cctv", "persandian", "siber", "informasi"], "2.16"),
    **dict.fromkeys(["statistik", "survei"], "2.20"),
    **dict.fromkeys(["adminduk", "nik", "ktp", "kk", "kia", "akta", "kependudukan"], "2.12"),
    **dict.fromkeys(["pelatihan_kerja", "pencari_kerja", "bursa_kerja", "pengangguran", "kerja"], "2.07"),
    **dict.fromkeys(["umkm", "koperasi"], "2.17"),
    **dict.fromkeys(["investasi", "izin", "nib", "ptsp", "mpp"], "2.18"),
    **dict.fromkeys(["rtlh", "permukiman", "kumuh", "rumah"], "1.04"),
    **dict.fromkeys(["stunting", "gizi", "posyandu", "puskesmas", "jaminan_kesehatan", "ibu_hamil", "balita",
                     "rumah_sakit", "sehat", "imunisasi"], "1.02"),
    **dict.fromkeys(["dtks", "bansos", "miskin", "disabilitas", "lansia", "sosial"], "1.06"),
    **dict.fromkeys(["sekolah", "guru", "beasiswa", "didik", "siswa"], "1.01"),
    **dict.fromkeys(["perpustakaan", "literasi"], "2.23"),
    **dict.fromkeys(["arsip"], "2.24"),
    **dict.fromkeys(["wisata"], "3.26"),
    **dict.fromkeys(["budaya", "seni"], "2.22"),
    **dict.fromkeys(["pemuda", "olahraga"], "2.19"),
    **dict.fromkeys(["sampah", "tps3r", "polusi", "rth", "limbah", "udara"], "2.11"),
    **dict.fromkeys(["angkutan_umum", "apill", "atcs", "parkir", "kendaraan", "lalu_lintas", "pju"], "2.15"),
    **dict.fromkeys(["kebakaran", "bencana", "tertib", "satpol"], "1.05"),
    **dict.fromkeys(["air_minum", "drainase", "jalan", "jembatan", "banjir"], "1.03"),
    **dict.fromkeys(["kb"], "2.14"),
    **dict.fromkeys(["kdrt", "perempuan", "anak"], "2.08"),
    **dict.fromkeys(["pangan"], "2.09"),
    **dict.fromkeys(["tani", "ternak"], "3.27"),
    **dict.fromkeys(["ikan", "nelayan"], "3.25"),
    **dict.fromkeys(["pasar", "dagang"], "3.30"),
    **dict.fromkeys(["energi_terbarukan", "plts"], "3.29"),
    **dict.fromkeys(["pajak", "retribusi", "pendapatan", "nontunai", "uang"], "5.02"),
    **dict.fromkeys(["perencanaan", "anggaran", "monev"], "5.01"),
    **dict.fromkeys(["asn", "presensi"], "5.03"),
}

#: Terms that mean "an information system": such duplicates should share one platform.
PLATFORM_TERMS = frozenset({
    "aplikasi", "portal", "daring", "spbe", "pusat_data", "wifi", "command_center", "dasbor", "sig",
    "cctv", "panggilan_darurat", "nontunai", "atcs", "persuratan", "website", "jaringan",
    "aduan", "whatsapp", "sms", "presensi",
})
#: A pair at least this likely, with the same target group, output or name, is one program written twice.
MERGE_SCORE = 0.9

#: The words of a finding's reasons, (Bahasa Indonesia, English).
_TEXT = Catalogue({
    "terms": ("kata kunci sama: {}", "shared key terms: {}"),
    # the same words where the pair's text evidence says they are common ones: not "key" terms
    "terms_common": ("kata yang sama: {}", "words in common: {}"),
    "functions": ("fungsi sama: {}", "same function: {}"),
    "budget": ("anggaran gabungan {}", "combined budget {}"),
    "lead": ("usulan pemimpin: {} (urusan {} {})", "suggested lead: {} (urusan {} {})"),
    "lead_holder": ("usulan pemimpin: {} (pemegang urusan {} {}, bukan pemilik catatan dalam temuan ini)",
                    "suggested lead: {} (holds urusan {} {}, though it owns none of this finding's records)"),
    "lead_spbe": ("usulan pemimpin: {} (pengelola SPBE, aplikasi pemerintahan: tidak ada urusan sektoral yang cocok)",
                  "suggested lead: {} (manages the government's e-government systems, SPBE: no sectoral urusan fits)"),
    "lead_budget": ("usulan pemimpin: {} (tidak ada urusan yang cocok; anggaran terbesar yang diketahui)",
                    "suggested lead: {} (no matching urusan; largest known budget)"),
    "lead_none": ("usulan pemimpin: belum dapat ditentukan (tidak ada urusan yang cocok dan anggaran tidak diketahui)",
                  "suggested lead: none yet (no matching urusan and no known budget)"),
    "action": ("usulan tindakan: {}", "suggested action: {}"),
    "merge": ("gabungkan menjadi satu program", "merge into one program"),
    "platform": ("gunakan satu platform bersama", "share one platform"),
    "coordinate": ("koordinasikan (bagi peran dan data sasaran)", "coordinate (split roles, share target data)"),
    "cluster": ("{n} program dari {m} perangkat daerah ({agencies}) tampak mengerjakan hal yang sama",
                "{n} programs of {m} agencies ({agencies}) look like the same work"),
    "cohesion": ("kedekatan rata-rata {}", "mean closeness {}"),
    "overlaps": ("tercatat tumpang tindih antarurusan di nomenklatur nasional: {}",
                 "known to overlap across affairs in the national nomenclature: {}"),
    "national": ("membangun sendiri fungsi {function} yang sudah disediakan aplikasi umum nasional {app}{publisher}; "
                 "gunakan {app} (aplikasi umum SPBE) dan hentikan pengembangan sendiri",
                 "builds its own {function}, a job the national general application {app}{publisher} already does; "
                 "use {app} (an SPBE general application) instead of developing it further"),
    "weight": ("{} ({})", "{} ({})"),
    "element": ("elemen", "element"),
})
#: The same, with the phrases that name what the records are for an application inventory.
_APPLICATION_TEXT = Catalogue({
    **_TEXT.pairs,
    "merge": ("gabungkan menjadi satu aplikasi", "merge into one application"),
    "cluster": ("{n} aplikasi dari {m} perangkat daerah ({agencies}) tampak mengerjakan hal yang sama",
                "{n} applications of {m} agencies ({agencies}) look like the same work"),
})

#: Each comparison level in words (see :mod:`synergy.matching`): per level, (Bahasa Indonesia, English).
EVIDENCE_WORDS = {
    "text": (
        ("tidak ada kata yang sama", "no word in common"),
        ("hanya kata umum yang sama", "only common words in common"),
        ("ada kata khas atau uraian yang sama", "a distinctive word or description in common"),
        ("kata khas sama dan uraian mirip", "a distinctive word and a similar description"),
        ("nama mirip", "similar names"),
        ("nama mirip, kata khas atau uraian sama", "similar names with a distinctive word or description in common"),
        ("nama sangat mirip", "very similar names"),
        # the top level is a name cosine of 0.95 or more once stems and the city's common words are
        # read ("Rehabilitasi Jalan" beside "Rehabilitasi dan Pemeliharaan Prasarana Jalan"): not always one name
        ("nama sama atau hampir sama", "same or nearly the same name"),
    ),
    "name": (
        ("nama berbeda", "different names"),
        ("nama sedikit mirip", "slightly similar names"),
        ("nama mirip", "similar names"),
        ("nama sangat mirip", "very similar names"),
        ("nama sama atau hampir sama", "same or nearly the same name"),
    ),
    "description": (
        ("uraian berbeda", "different descriptions"),
        ("uraian sedikit mirip", "slightly similar descriptions"),
        ("uraian mirip", "similar descriptions"),
        ("uraian sangat mirip", "very similar descriptions"),
    ),
    "rare_term": (
        ("tidak ada kata khas yang sama", "no distinctive word in common"),
        ("hanya kata umum yang sama", "only common words in common"),
        ("kata yang jarang dipakai sama", "an uncommon word in common"),
        ("kata khas yang sama", "a distinctive word in common"),
    ),
    "function": (
        ("fungsi berbeda", "different functions"),
        ("fungsi sama", "same function"),
        ("fungsi sama dengan istilah berbeda", "same function in other words"),
    ),
    "national": (
        ("bukan pekerjaan aplikasi nasional yang disebut", "not the job of the national application named"),
        ("membangun sendiri pekerjaan aplikasi nasional yang disebut",
         "builds its own version of the national application named"),
    ),
    "target": (
        ("sasaran berbeda", "different target groups"),
        ("sasaran sama", "same target group"),
    ),
    "output": (
        ("keluaran berbeda", "different outputs"),
        ("keluaran sedikit mirip", "slightly similar outputs"),
        ("keluaran mirip", "similar outputs"),
    ),
    "dimension": (
        ("dimensi berbeda", "different dimensions"),
        ("dimensi sama, elemen berbeda", "same dimension, other element"),
        ("dimensi sama", "same dimension"),
    ),
    "code": (
        ("bidang urusan kode berbeda", "codes in different bidang"),
        ("kode nomenklatur sama sampai tingkat bidang", "nomenclature code agrees down to the bidang"),
        ("kode nomenklatur sama sampai tingkat program", "nomenclature code agrees down to the program"),
        ("kode nomenklatur sama sampai tingkat kegiatan", "nomenclature code agrees down to the kegiatan"),
        ("kode nomenklatur sama sampai tingkat sub-kegiatan", "nomenclature code agrees down to the sub-kegiatan"),
    ),
    "activity": (
        ("jenis pekerjaan berbeda", "different kind of work"),
        ("jenis pekerjaan sama", "same kind of work"),
    ),
    "years": (
        ("tahun pelaksanaan tidak beririsan", "years do not overlap"),
        ("tahun pelaksanaan berdekatan", "years are adjacent"),
        ("tahun pelaksanaan beririsan", "overlapping years"),
    ),
    "data": (
        ("tidak memakai data yang sama", "no dataset in common"),
        ("memakai data yang sama", "a dataset in common"),
    ),
    "overlap": (
        ("sub kegiatan baku yang tidak tercatat sebagai satu pekerjaan",
         "standard sub kegiatan not known to do one job"),
        ("sub kegiatan baku yang mungkin tumpang tindih antarurusan di nomenklatur nasional",
         "standard sub kegiatan that may overlap across affairs in the national nomenclature"),
        ("sub kegiatan baku yang tercatat tumpang tindih antarurusan di nomenklatur nasional",
         "standard sub kegiatan known to overlap across affairs in the national nomenclature"),
    ),
}
#: The national comparison's levels with the applications named (the pair's reasons say which):
#: per level, one application and several.
NATIONAL_NAMED = (
    (("bukan pekerjaan aplikasi nasional {}", "not the job of the national application {}"),
     ("bukan pekerjaan aplikasi nasional {}", "not the job of the national applications {}")),
    (("membangun sendiri pekerjaan aplikasi nasional {}", "builds its own version of the national application {}"),
     ("membangun sendiri pekerjaan aplikasi nasional {}", "builds its own version of the national applications {}")),
)
#: A piece of evidence that moved the log-odds less than this is not worth a word.
SHOWN_WEIGHT = 0.1
#: The findings whose reasons are written are cut into about this many slices (of at
#: least EXPLAIN_LEAST each), so that two or more worker processes share them evenly.
EXPLAIN_PIECES = 16
EXPLAIN_LEAST = 500


def _clear_bidang(read) -> dict[str, str]:
    """What ``read`` finds in the national nomenclature's (non-routine) standard names -> the bidang
    whose names carry it most, when that is clear: in at least two names and three in five of them."""
    from .routine import bidang_of, is_routine_code, nomenclature

    nom = nomenclature()
    counts: dict[str, dict[str, int]] = {}
    for code, name in zip(nom["code"], nom["name"]):
        if is_routine_code(code):
            continue
        bidang = bidang_of(code)
        for found in read(name):
            counts.setdefault(found, {}).setdefault(bidang, 0)
            counts[found][bidang] += 1
    out = {}
    for found, by_bidang in counts.items():
        best, top = max(by_bidang.items(), key=lambda kv: (kv[1], kv[0]))
        if top >= 2 and top / sum(by_bidang.values()) >= 0.6:
            out[found] = best
    return out


@functools.lru_cache(maxsize=4)
def _nomenclature_subjects(normalizer) -> dict[str, str]:
    """Term -> the bidang whose nomenclature names use it most, when clear (per normaliser: its lexicon decides the terms)."""
    found = _clear_bidang(lambda name: set(normalizer.tokens(name)))
    return {term: bidang for term, bidang in found.items() if term not in normalizer.generic_terms}


@functools.lru_cache(maxsize=1)
def _function_mandates() -> tuple[dict, ...]:
    """The rows of ``resources/function-mandates.csv`` (function, bidang, basis, part), read once."""
    import csv
    from importlib.resources import files

    with files("synergy").joinpath("resources", "function-mandates.csv").open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def _function_subjects() -> dict[str, str]:
    """E-government function -> the bidang whose nomenclature names do it most, when clear (as
    :func:`_nomenclature_subjects`): read by the catalogue from the national standard names
    themselves, so "Barang milik daerah" belongs to 5.02 Keuangan and official correspondence to 2.24
    Kearsipan. A job the nomenclature splits or never names takes the bidang a regulation gives it
    (``resources/function-mandates.csv``: permits to the one-stop service, JDIH to the Setda), else
    none (staple prices: food and trade)."""
    from .functions import default_catalog

    catalog = default_catalog()
    out = _clear_bidang(lambda name: catalog.read(name)[0])
    for row in _function_mandates():
        out.setdefault(row["function"], row["bidang"])
    return out


@functools.lru_cache(maxsize=1)
def _function_parts() -> dict[str, frozenset]:
    """E-government function -> the words naming the part of the Setda a regulation gives it to
    (``part`` of ``resources/function-mandates.csv``: JDIH the legal part, SAKIP and satisfaction
    surveys the organisation part)."""
    from .text import fold

    return {row["function"]: frozenset(fold(row["part"]).split())
            for row in _function_mandates() if (row.get("part") or "").strip()}


def jobs_named(name: str, catalog) -> set:
    """The e-government functions an agency's own name says it does: read by the function catalogue
    ("Bagian Pengadaan Barang/Jasa": procurement), or the Setda part a regulation gives a function to
    ("Bagian Organisasi": SAKIP and satisfaction surveys).

    >>> from synergy.functions import default_catalog
    >>> sorted(jobs_named("Bagian Organisasi", default_catalog()))
    ['organisational-performance', 'satisfaction-survey']
    >>> sorted(jobs_named("Bagian Pengadaan Barang/Jasa", default_catalog()))
    ['procurement']
    """
    from .text import fold

    words = set(fold(name).split())
    return set(catalog.read(name)[0]) | {f for f, part in _function_parts().items() if part <= words}


def function_bidang(function: str) -> str:
    """The bidang an e-government function (a key of ``ontology/functions.ttl``) belongs to ("" if
    none is clear).

    >>> function_bidang("correspondence"), function_bidang("assets"), function_bidang("staple-prices")
    ('2.24', '5.02', '')
    """
    return _function_subjects().get(function, "")


def subject_bidang(term: str, normalizer) -> str:
    """The bidang a canonical term belongs to ("" if none is clear)."""
    if term in SUBJECT_BIDANG:
        return SUBJECT_BIDANG[term]
    return _nomenclature_subjects(normalizer).get(term, "")



def agency_mandates(agencies: pd.DataFrame) -> dict[str, frozenset]:
    """Bidang-urusan each agency holds: its ``urusan`` list, else read from its name
    (:func:`synergy.mandates.bidang_of_name`).

    Real inventories carry no ``urusan`` column; "Dinas Kesehatan" still holds Kesehatan,
    "Dinas Kependudukan dan Pencatatan Sipil" Administrasi Kependudukan dan Pencatatan Sipil.

    >>> a = pd.DataFrame({"id": ["A", "B", "C"], "name": ["Dinas Kesehatan", "Dinas Kependudukan dan Pencatatan Sipil",
    ...                   "Kantor X"], "urusan": [(), (), ("2.16",)]})
    >>> {k: sorted(v) for k, v in agency_mandates(a).items()}
    {'A': ['1.02'], 'B': ['2.12'], 'C': ['2.16']}
    """
    from .mandates import bidang_of_name

    out = {}
    urusan = agencies["urusan"] if "urusan" in agencies else [()] * len(agencies)
    for agency_id, name, held in zip(agencies["id"], agencies["name"], urusan):
        held = tuple(held or ())
        out[agency_id] = frozenset(held) if held else bidang_of_name(str(name))
    return out


#: The bidang of communication and informatics: its holder manages a government's e-government (SPBE)
SPBE_BIDANG = "2.16"


class LeadTables(NamedTuple):
    """Per government (region), the agencies a finding's lead may be sought among (the ``holders``,
    ``leaders`` and ``named`` of :func:`lead_agency`), and who is fit or named anywhere."""

    holders: dict       # government -> bidang -> the agencies holding it, best fit first (holder_rank)
    leaders: dict       # government -> bidang -> those of them fit to lead (no unit, no service facility)
    named: dict         # government -> function -> the agencies fit to lead named for that job
    fit_anywhere: dict  # bidang -> every agency fit to lead it, in any government
    named_anywhere: dict  # function -> every agency named for it, in any government

    def may_change(self, lead, bidang, basis, functions) -> bool:
        """Whether a lead decided without the government's tables (``lead_agency`` with none) may
        change with them: no agency of the finding holds the affair, or the one that does is not fit
        to lead it (a hospital) or not named for the finding's job (another Setda part)."""
        return (basis != "mandate" or (bidang in self.fit_anywhere and lead not in self.fit_anywhere[bidang])
                or any(function_bidang(f) == bidang and f in self.named_anywhere and lead not in self.named_anywhere[f]
                       for f in functions))


def lead_tables(agencies: pd.DataFrame, mandates: dict, catalog) -> LeadTables:
    """The :class:`LeadTables` of an agencies table whose mandates are ``mandates``
    (:func:`agency_mandates`): its holders ranked by :func:`synergy.mandates.holder_rank`, those
    :func:`synergy.mandates.fit_to_lead`, and those of them :func:`jobs_named` says do a job of the
    bidang they hold."""
    from .mandates import fit_to_lead, holder_rank

    tables = LeadTables({}, {}, {}, {}, {})
    region = agencies["region"].fillna("").astype(str) if "region" in agencies else [""] * len(agencies)
    ids, names = agencies["id"].astype(str).tolist(), agencies["name"].astype(str).tolist()
    name_of = dict(zip(ids, names))
    candidates: dict[tuple, list] = {}
    for agency_id, name, government in zip(ids, names, region):
        held = mandates.get(agency_id, ())
        for bidang in held:
            candidates.setdefault((government, bidang), []).append((holder_rank(name, bidang, len(held)), agency_id))
    jobs_of_name: dict[str, set] = {}
    for (government, bidang), ranked in candidates.items():
        ranked.sort()
        tables.holders.setdefault(government, {})[bidang] = tuple(a for _, a in ranked)
        fit = tuple(a for _, a in ranked if fit_to_lead(name_of[a]))
        if fit:
            tables.leaders.setdefault(government, {})[bidang] = fit
            tables.fit_anywhere.setdefault(bidang, set()).update(fit)
        for a in fit:
            name = name_of[a]
            if name not in jobs_of_name:
                jobs_of_name[name] = jobs_named(name, catalog)
            for job in sorted(jobs_of_name[name]):
                if function_bidang(job) == bidang:
                    named_here = tables.named.setdefault(government, {})
                    named_here[job] = named_here.get(job, ()) + (a,)
                    tables.named_anywhere.setdefault(job, set()).add(a)
    return tables


def lead_agency(agencies, codes, budgets, term_shares, mandates, normalizer, functions=(), holders=None,
                applications=False, leaders=None, named=None):
    """Suggest the agency that should lead a finding: ``(agency, bidang, basis)``.

    ``basis`` is ``"mandate"`` when an agency's urusan matches the subject, ``"budget"``
    when none does and the largest known budget decides, ``""`` (and no agency) when
    neither can decide. Subject votes: each key term's share counts twice, each
    program's code bidang once (codes are filed by each agency under its own urusan), and
    the e-government functions the records share twice in all (:func:`function_bidang`: an
    inventory's two systems often share a job and no word).
    Ties go to the larger known budget, then to the first agency id. When no agency of the
    finding holds an affair its subject belongs to, the government's agency that does leads
    (``holders``: bidang -> the agencies holding it, best fit first, :func:`synergy.mandates.holder_rank`;
    ``basis`` ``"holder"``): two kecamatan's personnel apps are the personnel agency's to bring together.
    Among the holders, one fit to lead (``leaders``: bidang -> the government's holders that are
    neither a unit inside another agency nor a service facility, :func:`synergy.mandates.fit_to_lead`,
    best first) comes before one that is not, one of the finding first: the health office before
    its hospital or a puskesmas, the one-stop service before a public service mall. Among those, one
    named for a job the finding's records share (``named``: function -> the government's agencies fit
    to lead named for that job, :func:`jobs_named`, holding its bidang) comes first: the procurement
    part of the Setda leads two procurement systems, its organisation part two SAKIP apps.
    Two applications of an inventory (``applications``) no affair decides are the government's SPBE
    manager's to bring together, the holder of communication and informatics (Perpres 95/2018;
    ``basis`` ``"spbe"``): two queue or map systems of different agencies. The same rule for pairs
    and clusters.

    >>> lead_agency(["A", "B"], [], [None, None], [("aduan", 1.0)], {"A": {"2.16"}, "B": set()}, None)
    ('A', '2.16', 'mandate')
    >>> lead_agency(["A", "B"], [], [None, 5], [], {}, None)
    ('B', '', 'budget')
    >>> lead_agency(["A", "B"], [], [None, None], [], {}, None)
    ('', '', '')
    >>> lead_agency(["A", "B"], [], [None, None], [], {"A": {"2.16"}, "B": {"2.24"}}, None, ["correspondence"])
    ('B', '2.24', 'mandate')
    >>> lead_agency(["K1", "K2"], [], [None, 5], [], {"K1": {"7.01"}, "K2": {"7.01"}}, None, ["attendance"],
    ...             holders={"5.03": ("BKPSDM",)})
    ('BKPSDM', '5.03', 'holder')
    >>> lead_agency(["A", "B"], [], [None, None], [], {}, None, holders={"2.16": ("KOMINFO",)},
    ...             applications=True)
    ('KOMINFO', '2.16', 'spbe')
    >>> lead_agency(["RSUD", "PKM"], [], [9, 1], [], {"RSUD": {"1.02"}, "PKM": {"1.02"}}, None, ["hospital"],
    ...             holders={"1.02": ("DINKES", "RSUD", "PKM")}, leaders={"1.02": ("DINKES",)})
    ('DINKES', '1.02', 'holder')
    >>> lead_agency(["ADM", "KEC"], [], [None, None], [], {"ADM": {"4.01"}, "KEC": {"7.01"}}, None, ["procurement"],
    ...             named={"procurement": ("PBJ",)})
    ('PBJ', '4.01', 'holder')
    """
    from .routine import bidang_of

    votes: dict[str, float] = {}
    for term, share in term_shares:
        bidang = subject_bidang(term, normalizer)
        if bidang:
            votes[bidang] = votes.get(bidang, 0.0) + 2.0 * share
    codes = [c for c in codes if c]
    for code in codes:
        bidang = bidang_of(code)
        if bidang:
            votes[bidang] = votes.get(bidang, 0.0) + 1.0 / len(codes)
    for function in functions:
        bidang = function_bidang(function)
        if bidang:
            votes[bidang] = votes.get(bidang, 0.0) + 2.0 / len(functions)
    budget_of: dict[str, float] = {}
    for agency, budget in zip(agencies, budgets):
        if budget is None or budget is pd.NA or (isinstance(budget, float) and np.isnan(budget)):
            continue
        budget_of[agency] = budget_of.get(agency, 0.0) + float(budget)
    best, best_key, best_bidang = None, None, ""
    for agency in sorted(set(agencies)):
        held = mandates.get(agency, ())
        score = sum(v for b, v in votes.items() if b in held)
        if score <= 0:
            continue
        bidang = max(sorted(b for b in votes if b in held), key=lambda b: votes[b])
        key = (round(score, 9), budget_of.get(agency, -1.0))
        if best_key is None or key > best_key:
            best, best_key, best_bidang = agency, key, bidang
    members = set(agencies)

    def first_of(ranked, bidang):
        inside = [a for a in ranked if a in members]
        return (inside[0], bidang, "mandate") if inside else (ranked[0], bidang, "holder")

    def by_job(found):
        """An agency named for one of the finding's jobs of that bidang before the one ``found``."""
        lead, bidang, _ = found
        jobs = [a for f in sorted(functions) if function_bidang(f) == bidang for a in (named or {}).get(f, ())]
        return first_of(list(dict.fromkeys(jobs)), bidang) if jobs and lead not in jobs else found

    if best is not None:
        fit = leaders.get(best_bidang, ()) if leaders else ()
        return by_job(first_of(fit, best_bidang) if fit and best not in fit else (best, best_bidang, "mandate"))
    for bidang in sorted(votes, key=lambda b: (-votes[b], b)):
        if holders and holders.get(bidang):
            return by_job((holders[bidang][0], bidang, "holder"))
    if applications and holders and holders.get(SPBE_BIDANG):
        return holders[SPBE_BIDANG][0], SPBE_BIDANG, "spbe"
    if budget_of:
        agency = max(sorted(budget_of), key=lambda a: budget_of[a])
        return agency, "", "budget"
    return "", "", ""


def suggest_action(score: float, systems: bool, same_target, output_level, name_level) -> str:
    """``platform`` (two information systems), ``merge`` (one program written twice) or ``coordinate``.

    >>> suggest_action(0.6, True, True, None, 2)
    'platform'
    >>> suggest_action(0.95, False, True, None, 2), suggest_action(0.6, False, True, None, 2)
    ('merge', 'coordinate')
    """
    if systems:
        return "platform"
    if score >= MERGE_SCORE and (bool(same_target) or output_level == 2 or name_level == 4):
        return "merge"
    return "coordinate"


def _dimension_label(dims, lang) -> str:
    return ", ".join(pick(DIMENSIONS[d], lang) if d in DIMENSIONS else d for d in dims)


def _element_label(element, lang) -> str:
    if element in ELEMENTS:
        return pick(ELEMENTS[element][1:], lang)  # (dimension, Indonesian, English)
    return element


def _weight_text(value: float, lang: str) -> str:
    """A weight in log-odds, signed, with a true minus sign: +1,5 / \u22120,7."""
    return format_number(value, lang, digits=1, sign=True).replace("-", "\u2212")


def _is_system(normalizer, name: str, functions) -> bool:
    return bool(functions) or any(t in PLATFORM_TERMS for t in normalizer.tokens(name))


def build_result_frames(model: CityModel, scored, *, normalizer, lang: str = "id", kind: str = "programs",
                        progress=None, stream: bool = False):
    """Turn scored pairs into the ``pairs``, ``clusters`` and ``shared`` frames with reasons.

    ``model.programs`` holds the records compared; ``kind`` says what they are
    (``applications``: an inventory read as records), for the words of the reasons.
    ``scored`` carries its clusters (:func:`synergy.duplicates.score_pairs`). On many
    findings the reasons are written in worker processes (:mod:`synergy.pool`), the same
    words in the same order; ``progress`` (like :func:`synergy.progress.track`) sees each
    slice of findings written. With ``stream`` the pairs come as :class:`PairFrames` (their
    reasons written when its pieces are read), not as one frame, and the clusters as a
    :class:`synergy.duplicate_frames.Deferred` (made when first read).
    """
    from .pool import PARALLEL_MIN_PAIRS, map_in_workers, spans
    from .duplicate_frames import CLUSTER_COLUMNS, NATIONAL_COLUMNS, PAIR_COLUMNS, SHARED_COLUMNS, Deferred, positional
    from .coded import Coded, Joined, object_array, rounded
    from .functions import default_catalog
    from .grouping import factorize_first
    from .matching import COMPARISONS
    from .overlaps import shared_labels
    from .routine import CODE_LEVELS, urusan_names
    from .text import says_nothing

    check_lang(lang)
    # the words resolved once: the loops below write a reason per pair
    t = (_TEXT if kind == "programs" else _APPLICATION_TEXT).words(lang)
    words = {c: tuple(pick(level, lang) for level in levels) for c, levels in EVIDENCE_WORDS.items()}
    national_named = tuple(tuple(pick(form, lang) for form in level) for level in NATIONAL_NAMED)
    programs = positional(model.programs)
    features = scored.features
    ids = features.ids
    names = shared_values(programs["name"].astype(str))
    agency = shared_values(programs["agency"].astype(str))
    shared = _shared_frame(scored, names, agency, SHARED_COLUMNS)
    catalog = default_catalog()
    national = _national_frame(scored, names, catalog, normalizer, lang, NATIONAL_COLUMNS)
    if not len(scored.a):
        return _empty(PAIR_COLUMNS), _empty(CLUSTER_COLUMNS), shared, national
    _function_subjects()  # read once here, before any worker process is started
    codes = shared_values(programs["code"].astype(str)) if "code" in programs else np.full(len(programs), "", dtype=object)
    target = shared_values(programs["target_group"].astype(str)) if "target_group" in programs else np.full(len(programs), "", dtype=object)
    if "dimension" in programs:
        dims = programs["dimension"].to_numpy(dtype=object)
    else:  # np.full cannot fill with an empty tuple (it reads it as an array of none)
        dims = np.empty(len(programs), dtype=object)
        dims.fill(())
    elements = shared_values(programs["element"].astype(str)) if "element" in programs else np.full(len(programs), "", dtype=object)
    budgets = (programs["budget"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
               if "budget" in programs else np.full(len(programs), np.nan))
    region = features.region
    applications = kind == "applications"  # an inventory's systems: the SPBE manager leads where no affair does
    mandates = agency_mandates(model.agencies)
    # per government, the agencies a finding's lead may be sought among beyond its own: a finding none
    # of whose agencies holds its affair, or only a hospital or another Setda part, is led by them
    tables = lead_tables(model.agencies, mandates, catalog)
    bidang_names = urusan_names()
    col = {c: j for j, c in enumerate(COMPARISONS)}

    def function_label(key):
        f = catalog.functions.get(key)
        return pick((f.label_id, f.label_en), lang) if f else key

    def lead_text(lead, bidang, basis):
        if basis in ("mandate", "holder"):
            return (t["lead" if basis == "mandate" else "lead_holder"].format(lead, bidang, bidang_names.get(bidang, ""))
                    .replace("  ", " ").replace(" )", ")").replace(" ,", ","))
        if basis == "budget":
            return t["lead_budget"].format(lead)
        if basis == "spbe":
            return t["lead_spbe"].format(lead)
        return t["lead_none"]

    def overlap_label(mask):
        return ", ".join(shared_labels(mask, lang))

    def national_apps(x, y, level):
        """The national applications a pair's national evidence is about, by label: for a local
        rebuild (level 1) those one record names whose job both records do; else all they name."""
        named = [(features.national[x], x, y), (features.national[y], y, x)]
        apps = [(catalog.national[k], own, other) for keys, own, other in named for k in keys if k in catalog.national]
        if level == 1:
            doing = {app.label for app, own, other in apps
                     if set(app.functions) & features.functions[own] & features.functions[other]}
            if doing:
                return tuple(sorted(doing))
        return tuple(sorted({app.label for app, _, _ in apps}))

    def evidence_words(levels_row, parts_row, a_row, b_row, shared_functions=(), shared_overlaps=0, rebuilt=()):
        items = []
        for j, c in enumerate(COMPARISONS):
            level = int(levels_row[j])
            weight = float(parts_row[j])
            if level < 0 or abs(weight) < SHOWN_WEIGHT:
                continue
            text = words[c][level]
            if c == "target" and level == 1 and target[a_row]:
                text += f" ({target[a_row]})"
            elif c == "function" and level >= 1 and shared_functions:
                text += ": " + ", ".join(function_label(f) for f in shared_functions)
            elif c == "overlap" and level >= 1 and shared_overlaps:
                text += ": " + overlap_label(shared_overlaps)
            elif c == "national" and rebuilt:
                text = national_named[level][len(rebuilt) > 1].format(", ".join(rebuilt))
            elif c == "dimension" and level >= 1:
                shared_dims = [d for d in dims[a_row] if d in set(dims[b_row])]
                text += ": " + _dimension_label(shared_dims, lang)
                if level == 2 and elements[a_row] and elements[a_row] == elements[b_row]:
                    text += f" ({t['element']} {_element_label(elements[a_row], lang)})"
            items.append((-abs(weight), j, t["weight"].format(text, _weight_text(weight, lang))))
        return [x[2] for x in sorted(items)]

    clusters = scored.clusters  # grouped block by block as the pairs were scored
    # the pairs inside a cluster (both records in it), column-wise: a roll-up has millions
    record_label = np.full(len(programs), -1, dtype=np.int64)
    record_label[clusters.members] = clusters.label
    pair_label = record_label[scored.a]
    within = np.flatnonzero((pair_label == record_label[scored.b]) & (pair_label >= 0))
    by_label = np.argsort(pair_label[within], kind="stable")  # rank order within each cluster
    labels, starts = np.unique(pair_label[within][by_label], return_index=True)
    # number clusters strongest first (their best pair's rank)
    ordered = labels[np.argsort(within[by_label][starts], kind="stable")].tolist()
    width = max(3, len(str(len(ordered))))
    cluster_name = {c: f"D{i + 1:0{width}d}" for i, c in enumerate(ordered)}

    # whether a record is an information system, once per record (-1: not yet known)
    system_flag = np.full(len(programs), -1, dtype=np.int8)

    def is_system(r):
        if system_flag[r] < 0:
            system_flag[r] = _is_system(normalizer, names[r], features.functions[r])
        return bool(system_flag[r])

    # a pair's lead depends on its agencies only through their mandates, budgets and id order:
    # one decision per distinct (mandates, id order, codes, budgets, terms), which a roll-up's
    # many regions repeat, then the words once per lead
    lead_cache: dict[tuple, tuple] = {}
    lead_words: dict[tuple, str] = {}
    budget_key = [None if np.isnan(b) else float(b) for b in budgets.tolist()]
    no_mandate = frozenset()

    def decide_lead(key, ax, ay, x, y, terms, shared_functions, government):
        """Which of the two agencies leads (0, 1, None, or 2 for an agency outside the pair), the
        bidang, the basis, the outside agency, and whether the government may have a fitter leader
        (a decision made without it); once per key."""
        # government None: decided without the government's tables (they are keyed by region strings)
        lead, bidang, basis = lead_agency(
            [ax, ay], [codes[x], codes[y]], [budgets[x], budgets[y]],
            [(term, 1.0 / max(len(terms), 1)) for term in terms], mandates, normalizer, shared_functions,
            tables.holders.get(government), applications, tables.leaders.get(government),
            tables.named.get(government))
        fitter = government is None and tables.may_change(lead, bidang, basis, shared_functions)
        if basis in ("holder", "spbe"):
            found = lead_cache[key] = (2, bidang, basis, lead, fitter)
        else:
            found = lead_cache[key] = ((0 if lead == ax else 1) if lead else None, bidang, basis, None, fitter)
        return found

    # a shared term is shown as the pair's own records write it ("kebocoran" or "bocor"),
    # once per (terms, texts of one record, texts of the other): a roll-up repeats them a lot
    text_code, texts = features.text_code, features.texts
    words_cache: dict[tuple, tuple] = {}

    def shared_words(key, cx, cy, terms, common):
        """The shared terms as the records write them, and the reasons' words for them ("" if none):
        not called key terms where the pair's text evidence says they are common words."""
        if len(words_cache) > 1_000_000:
            words_cache.clear()
        both = texts[cx] + texts[cy]
        # a stem shared through "melakukan" or "terkait" is not what the two records share
        key_terms = tuple(w for w in (normalizer.readable(term, both) for term in terms) if not says_nothing(w))
        said = t["terms_common" if common else "terms"].format(", ".join(key_terms)) if key_terms else ""
        found = words_cache[key] = (key_terms, said)
        return found

    # what a pair's evidence says depends on its levels and weights and on a few values of its
    # two records: a roll-up repeats the same combinations a lot, so each is written once
    evidence_cache: dict = {}
    target_at, output_at, name_at, national_at = col["target"], col["output"], col["name"], col["national"]
    text_at = col["text"]
    code_at, dimension_at, years_at = col["code"], col["dimension"], col["years"]
    dims_key = dims  # hashable: a model built by hand may give dimensions as lists
    if any(isinstance(d, list) for d in dims.tolist()):
        dims_key = np.empty(len(dims), dtype=object)
        for r, d in enumerate(dims.tolist()):
            dims_key[r] = tuple(d) if isinstance(d, list) else d

    def evidence_of(key, levels, weights, x, y, shared_functions, shared_overlaps, rebuilt):
        if len(evidence_cache) > 1_000_000:
            evidence_cache.clear()
        found = (
            "; ".join(evidence_words(levels, weights, x, y, shared_functions, shared_overlaps, rebuilt)),
            tuple(f"{c}:{weights[j]:+.2f}" for j, c in enumerate(COMPARISONS) if levels[j] >= 0),
            tuple(function_label(f) for f in shared_functions),
        )
        evidence_cache[key] = found
        return found

    # a level read as a cell: index level + 1 (level -1 is unknown)
    truth_cells = (None, False, True)                          # same target group
    output_cells = (None, 0.0, 0.5, 1.0)                       # output similarity
    years_cells = (None, False, False, True)                   # years overlap (level 2)
    code_cells = ("",) + tuple(CODE_LEVELS)
    actions = ("platform", "merge", "coordinate")
    action_said = tuple(t["action"].format(t[action]) for action in actions)
    budget_words: dict[int, str] = {}

    # the records' values as codes, once: a pair's keys (what its words depend on) are built from them
    agency_code, agency_table = pd.factorize(agency, sort=True)  # sorted: the codes compare as the names do
    agency_code = agency_code.astype(np.int64)
    agency_table = np.asarray(agency_table, dtype=object)
    mandate_code = pd.factorize(object_array([mandates.get(a, no_mandate) for a in agency_table.tolist()]))[0][agency_code]
    # the leads: the records' agencies, then the agencies holding an affair that own no record, then ""
    outside = sorted({a for by_bidang in tables.holders.values() for holders in by_bidang.values() for a in holders}
                     - set(agency_table.tolist()))
    lead_table = np.concatenate([agency_table, np.array(outside, dtype=object), np.array([""], dtype=object)])
    lead_code = {a: i for i, a in enumerate(lead_table.tolist()[:-1])}
    record_codes = {name: pd.factorize(values)[0] for name, values in
                    (("code", codes), ("budget", budgets), ("target", target), ("dims", dims_key), ("element", elements))}
    region_code = pd.factorize(region)[0]
    yes_no = (False, True)
    # the pairs of agencies that occur, as one table every piece shares (a roll-up's thousands of
    # agencies meet in tens of thousands of pairs, each written once per process, not per piece)
    width_agencies = max(len(agency_table), 1)
    agency_pair_keys = distinct_sorted(agency_code[scored.a] * width_agencies + agency_code[scored.b])
    agency_pairs = [(agency_table[k // width_agencies], agency_table[k % width_agencies])
                    for k in agency_pair_keys.tolist()]

    def pair_codes(positions):
        """The pairs at ``positions`` as coded columns (:mod:`synergy.coded`, in PAIR_COLUMNS order).
        A roll-up has millions of pairs: every value is an array operation, or written once per
        distinct combination of what it depends on (the evidence's levels and weights, the shared
        terms and texts, the agencies' mandates and budgets), never a call per pair."""
        n = len(positions)
        if not n:
            return [Coded((), np.zeros(0, dtype=np.int64)) for _ in PAIR_COLUMNS]
        a_at, b_at = scored.a[positions], scored.b[positions]
        levels, parts = scored.levels[positions], scored.parts[positions]
        score = scored.score[positions]
        terms, functions = scored.terms[positions], scored.functions[positions]  # tuples
        terms_code = pd.factorize(terms)[0]
        functions_code = pd.factorize(functions)[0]

        # the evidence's words: each pair's levels and weights as one key (distinct ones are few)
        both = np.ascontiguousarray(np.hstack([levels.astype(np.int64), parts.astype(np.float64).view(np.int64)]))
        _, combination = np.unique(both.view(np.dtype((np.void, both.shape[1] * 8))).reshape(-1), return_inverse=True)
        element_a, element_b = elements[a_at], elements[b_at]
        overlaps = features.overlap_mask[a_at] & features.overlap_mask[b_at]
        # the national applications a shown national evidence names (inventories only: a plan's
        # national comparison weighs nothing)
        rebuilt = np.full(n, None, dtype=object)
        said = np.flatnonzero((levels[:, national_at] >= 0) & (np.abs(parts[:, national_at]) >= SHOWN_WEIGHT))
        for k in said.tolist():
            rebuilt[k] = national_apps(int(a_at[k]), int(b_at[k]), int(levels[k, national_at]))
        named = [pd.factorize(rebuilt, use_na_sentinel=False)[0]] if len(said) else []
        found_at, first = factorize_first(
            combination.reshape(-1), functions_code, record_codes["target"][a_at],
            record_codes["dims"][a_at], record_codes["dims"][b_at],
            record_codes["element"][a_at], record_codes["element"][b_at], overlaps, *named)
        evidence = []
        for k in first.tolist():
            x, y, shared_overlaps = int(a_at[k]), int(b_at[k]), overlaps[k].item()
            key = (both[k].tobytes(), functions[k], target[x], dims_key[x], dims_key[y], elements[x], elements[y],
                   shared_overlaps, rebuilt[k])
            evidence.append(evidence_cache.get(key) or evidence_of(key, levels[k].tolist(), parts[k].tolist(), x, y,
                                                                   functions[k], int(shared_overlaps), rebuilt[k] or ()))
        evidence_said, evidence_cells, function_labels = (Coded(list(column), found_at) for column in zip(*evidence))

        # the shared terms as the records write them
        code_a, code_b = text_code[a_at], text_code[b_at]
        low, high = np.minimum(code_a, code_b), np.maximum(code_a, code_b)
        common = levels[:, text_at] == 1  # "only common words in common"
        words_at, first = factorize_first(terms_code, low, high, common)
        written = []
        for k in first.tolist():
            key = (terms[k], int(low[k]), int(high[k]), bool(common[k]))
            written.append(words_cache.get(key) or shared_words(key, int(code_a[k]), int(code_b[k]), terms[k],
                                                                bool(common[k])))
        key_terms, terms_said = (Coded(list(column), words_at) for column in zip(*written))

        # the lead agency: one decision per distinct (mandates, id order, codes, budgets, terms, functions)
        ca, cb = agency_code[a_at], agency_code[b_at]
        decision_at, first = factorize_first(
            mandate_code[a_at], mandate_code[b_at], np.sign(ca - cb), record_codes["code"][a_at],
            record_codes["code"][b_at], record_codes["budget"][a_at], record_codes["budget"][b_at], terms_code,
            functions_code)
        def decision(k, government):
            """Pair ``k``'s lead, once per key (``government``: its region, or None for the pair alone)."""
            x, y = int(a_at[k]), int(b_at[k])
            ax, ay = agency[x], agency[y]
            key = (mandates.get(ax, no_mandate), mandates.get(ay, no_mandate), (ax > ay) - (ax < ay),
                   codes[x], codes[y], budget_key[x], budget_key[y], terms[k], functions[k], government)
            return lead_cache.get(key) or decide_lead(key, ax, ay, x, y, terms[k], functions[k], government)

        decided = [decision(k, None) for k in first.tolist()]
        # where neither agency holds the affair, or the one that does is not fit to lead it (a hospital)
        # or not named for the job (another Setda part), the government's holder of it: once more per
        # government (a pair of two governments has none to turn to), only for those decisions
        ga, gb = region_code[a_at], region_code[b_at]
        open_rows = np.flatnonzero(np.array([d[4] for d in decided], dtype=bool)[decision_at] & (ga == gb))
        if len(open_rows):
            second_at, first = factorize_first(decision_at[open_rows], ga[open_rows])
            extra = [decision(k, region[int(a_at[k])]) for k in open_rows[first].tolist()]
            decision_at = decision_at.copy()
            decision_at[open_rows] = len(decided) + second_at
            decided = decided + extra
        which = np.array([-1 if d[0] is None else d[0] for d in decided], dtype=np.int64)[decision_at]
        holder = np.array([lead_code[d[3]] if d[3] is not None else -1 for d in decided], dtype=np.int64)[decision_at]
        lead_at = np.where(which == 0, ca, np.where(which == 1, cb, np.where(which == 2, holder, -1)))
        lead = Coded(lead_table, np.where(lead_at < 0, len(lead_table) - 1, lead_at))
        said_at, first = factorize_first(lead_at, decision_at)
        lead_said = []
        for k in first.tolist():
            _, bidang, basis, _, _ = decided[decision_at[k]]
            key = (lead_table[lead_at[k]], bidang, basis)
            said = lead_words.get(key)
            if said is None:
                said = lead_words[key] = lead_text(*key)
            lead_said.append(said)
        lead_said = Coded(lead_said, said_at)

        # the known budgets added up (an unknown one is not a zero: none known, no sum)
        budget_a, budget_b = budgets[a_at], budgets[b_at]
        known = ~np.isnan(budget_a) | ~np.isnan(budget_b)
        total = np.where(known, np.nan_to_num(budget_a, nan=0.0) + np.nan_to_num(budget_b, nan=0.0), np.nan)
        sum_at, sums = pd.factorize(total)  # -1: none known
        sums = [int(v) for v in sums.tolist()] + [pd.NA]
        sum_at = np.where(sum_at < 0, len(sums) - 1, sum_at)
        budget_said = []
        for v in sums:
            said = "" if v is pd.NA else budget_words.get(v)
            if said is None:
                if len(budget_words) > 100_000:  # sums of budgets are often all different
                    budget_words.clear()
                said = budget_words[v] = t["budget"].format(format_rupiah(v, lang))
            budget_said.append(said)

        # the action (platform, merge or coordinate: suggest_action on whole columns)
        records = distinct_sorted(np.concatenate([a_at, b_at]))
        for r in records[system_flag[records] < 0].tolist():
            is_system(r)
        systems = (system_flag[a_at] == 1) & (system_flag[b_at] == 1)
        target_level, output_level = levels[:, target_at], levels[:, output_at]
        dimension_level = levels[:, dimension_at]
        merge = (score >= MERGE_SCORE) & ((target_level == 1) | (output_level == 2) | (levels[:, name_at] == 4))
        action_at = np.where(systems, 0, np.where(merge, 1, 2))

        # terms; evidence; budget (each when there is one); lead; action
        reasons = Joined([terms_said, evidence_said, Coded(budget_said, sum_at), lead_said,
                          Coded(action_said, action_at)], optional=3)

        label_a = record_label[a_at]
        cluster_at, labels = pd.factorize(np.where(label_a == record_label[b_at], label_a, -1))
        region_at, first_region = factorize_first(region_code[a_at], region_code[b_at])
        regions = []
        for k in first_region.tolist():
            ra, rb = region[a_at[k]], region[b_at[k]]
            regions.append(ra if ra == rb else f"{ra};{rb}")
        return [
            Coded(ids, a_at), Coded(ids, b_at), rounded(score),
            Coded([cluster_name.get(c, "") for c in labels.tolist()], cluster_at),
            Coded(agency_pairs, np.searchsorted(agency_pair_keys, ca * width_agencies + cb)), reasons,
            Coded(names, a_at), Coded(names, b_at), Coded(agency, a_at), Coded(agency, b_at), Coded(regions, region_at),
            rounded(scored.text[positions]), key_terms,
            Coded(truth_cells, target_level + 1), Coded(output_cells, output_level + 1),
            Coded(code_cells, levels[:, code_at] + 1), Coded(yes_no, (dimension_level >= 1).view(np.int8)),
            Coded(yes_no, ((dimension_level == 2) & (element_a != "") & (element_a == element_b)).view(np.int8)),
            Coded(years_cells, levels[:, years_at] + 1), Coded(sums, sum_at), lead, Coded(actions, action_at),
            function_labels, evidence_cells,
        ]


    def cluster_row(lbl, members_of, pair_index):
        rows_in = sorted(members_of[lbl], key=lambda r: ids[r])
        at = pair_index[lbl]
        inside = at.tolist()
        term_weight: dict[str, float] = {}
        for i in inside:
            terms = scored.terms[i]
            for rank, term in enumerate(terms):
                term_weight[term] = term_weight.get(term, 0.0) + 1.0 / (len(inside) * (rank + 1))
        top = sorted(term_weight.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        total = sum(w for _, w in top) or 1.0
        top = [(term, w / total) for term, w in top]
        agencies = tuple(sorted(set(agency[rows_in])))
        functions = sorted({f for i in inside for f in scored.functions[i]})
        governments = set(region[rows_in].tolist())
        government = next(iter(governments)) if len(governments) == 1 else None  # none across governments
        lead, bidang, basis = lead_agency(
            [agency[r] for r in rows_in], [codes[r] for r in rows_in], [budgets[r] for r in rows_in],
            top, mandates, normalizer, functions, tables.holders.get(government), applications,
            tables.leaders.get(government), tables.named.get(government))
        max_score = float(scored.score[at].max())
        systems = all(is_system(r) for r in rows_in)
        levels_in = scored.levels[at]
        same_target = bool((levels_in[:, col["target"]] == 1).all())
        output_levels = levels_in[:, col["output"]]
        output_levels = output_levels[output_levels >= 0]
        action = suggest_action(max_score, systems, same_target,
                                int(output_levels.min()) if len(output_levels) else None,
                                int(levels_in[:, col["name"]].min()))
        known = budgets[rows_in][~np.isnan(budgets[rows_in])]
        combined = int(known.sum()) if len(known) else pd.NA
        member_texts = [text for r in rows_in for text in texts[text_code[r]]]
        top_words = tuple(normalizer.readable(term, member_texts) for term, _ in top)
        parts = [t["cluster"].format(n=len(rows_in), m=len(agencies), agencies=", ".join(agencies))]
        if top:
            parts.append(t["terms"].format(", ".join(top_words)))
        if functions:
            parts.append(t["functions"].format(", ".join(function_label(f) for f in functions)))
        shared_overlaps = 0
        for i in at[levels_in[:, col["overlap"]] >= 1].tolist():
            shared_overlaps |= int(features.overlap_mask[scored.a[i]]) & int(features.overlap_mask[scored.b[i]])
        if shared_overlaps:
            parts.append(t["overlaps"].format(overlap_label(shared_overlaps)))
        parts.append(t["cohesion"].format(_weight_text(clusters.cohesion[lbl], lang).lstrip("+")))
        if combined is not pd.NA:
            parts.append(t["budget"].format(format_rupiah(combined, lang)))
        parts.append(lead_text(lead, bidang, basis))
        parts.append(t["action"].format(t[action]))
        regions = sorted(set(region[rows_in].astype(str)))
        return {
            "cluster": cluster_name[lbl], "size": len(rows_in), "programs": tuple(ids[r] for r in rows_in),
            "agencies": agencies, "combined_budget": combined, "max_score": round(max_score, 3),
            "key_terms": top_words, "lead_agency": lead,
            "action": action, "reasons": "; ".join(parts), "region": ";".join(regions),
            "cohesion": round(float(clusters.cohesion[lbl]), 3),
        }

    def clusters_frame() -> pd.DataFrame:
        """The clusters' rows with their reasons (in worker processes on a roll-up)."""
        members_of: dict[int, list[int]] = {}
        for r, lbl in zip(clusters.members.tolist(), clusters.label.tolist()):  # each record once
            if lbl in cluster_name:
                members_of.setdefault(lbl, []).append(r)
        pair_index = dict(zip(labels.tolist(), np.split(within[by_label], starts[1:]) if len(labels) else []))

        def explain_clusters(positions):
            return [cluster_row(ordered[j], members_of, pair_index) for j in positions]

        # a roll-up's reasons are written in worker processes, a slice of findings each; every
        # process then reads the nomenclature's words first, as the workers inherit them
        _nomenclature_subjects(normalizer)
        cluster_order = np.argsort(np.asarray(ordered, dtype=np.int64), kind="stable")  # labels grow block by block
        cluster_rows = [None] * len(ordered)
        slices = [cluster_order[span].tolist() for span in spans(len(ordered), EXPLAIN_PIECES, EXPLAIN_LEAST)]
        with paused():  # a roll-up's ten thousand rows of objects (synergy.collector)
            for positions, rows in zip(slices, map_in_workers(explain_clusters, slices, progress, size=len(ordered),
                                                               minimum=PARALLEL_MIN_PAIRS, label="alasan / reasons")):
                for position, row in zip(positions, rows):
                    cluster_rows[position] = row
        frame = pd.DataFrame(cluster_rows, columns=CLUSTER_COLUMNS)
        frame["combined_budget"] = frame["combined_budget"].astype("Int64")
        return frame

    # the tables every piece of pairs shares: their cells' text is written once
    lasting = (ids, names, agency, lead_table, truth_cells, output_cells, code_cells, yes_no, years_cells, actions,
               agency_pairs)
    pairs = PairFrames(pair_codes, np.asarray(scored.block), progress, lasting=lasting)
    if stream:  # output written as it is made: the clusters' reasons only if someone reads them
        return pairs, Deferred(clusters_frame), shared, national
    return pairs.whole(), clusters_frame(), shared, national


def _pair_frame(rows: list) -> pd.DataFrame:
    """The ``pairs`` table of rows made by ``build_result_frames`` (its ``pair_columns``, zipped)."""
    from .duplicate_frames import PAIR_COLUMNS

    frame = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    for column, dtype in (("same_target_group", "boolean"), ("years_overlap", "boolean"),
                          ("output_similarity", "Float64"), ("combined_budget", "Int64")):
        frame[column] = frame[column].astype(dtype)
    return frame


class PairFrames:
    """The ``pairs`` table, strongest first, made a piece at a time (:meth:`pieces`) or whole.

    A dense roll-up can have millions of pairs: their reasons are written in order, a piece
    of ``rows`` pairs at a time, so that a caller writing them out holds one piece at most.
    Joined, the pieces are :meth:`whole`. Within a piece the pairs are cut into slices that
    follow the blocks (regions), not the ranking, and written in worker processes: a worker
    then reads the records of a few regions, objects that lie together in memory, instead of
    touching (and so copying, through fork) pages all over the parent's memory.
    """

    def __init__(self, codes, blocks: np.ndarray, progress=None, rename: dict | None = None, lasting=()):
        # codes: pair positions -> the pairs' coded columns (synergy.coded, in PAIR_COLUMNS order);
        # lasting: the tables that every piece's columns share (synergy.coded.CellTexts)
        self._codes, self._blocks, self._progress, self._lasting = codes, blocks, progress, lasting
        self.rename = rename or {}  # column names for what the records are (applications)

    def _columns(self, positions) -> list:
        """The pairs at ``positions`` as columns (lists in PAIR_COLUMNS order)."""
        return [column.values() for column in self._codes(positions)]

    def __len__(self) -> int:
        return len(self._blocks)

    def whole(self) -> pd.DataFrame:
        (frame,) = self.pieces(None)
        return frame

    def pieces(self, rows: int | None = None):
        """Frames of at most ``rows`` pairs (all in one when None), in rank order; at least one."""
        made = self._made(self._rows, rows)
        try:
            for piece in made:
                with paused():  # a piece's hundred thousand objects (synergy.collector)
                    frame = _pair_frame(piece)
                    del piece
                yield frame.rename(columns=self.rename) if self.rename else frame
        finally:
            made.close()  # the worker processes stop here, read to the end or not

    def text_pieces(self, fmt: str, rows: int | None = None, *, encoded: bool = False):
        """The text of :meth:`whole` as ``render(whole, fmt)`` writes it (``csv``, ``json`` or
        ``jsonl``), a piece of at most ``rows`` pairs at a time: each row's text is written where
        its reasons are (in the worker processes on a roll-up), so the pairs never become a frame.
        With ``encoded`` the pieces are UTF-8 bytes (to write to a file: no text to encode). With
        pyarrow installed, CSV lines are put together column-wise from the coded columns
        (:meth:`_arrow_csv`): the same bytes, without a Python call per pair."""
        from .duplicate_frames import PAIR_COLUMNS
        from .optional import available
        from .output import column_caches, joined_texts, packed_column_texts

        if fmt not in ("csv", "json", "jsonl"):
            raise ValueError(f"unknown format {fmt!r}; use csv, json or jsonl")
        columns = [self.rename.get(c, c) for c in PAIR_COLUMNS]
        if fmt == "csv" and available("pyarrow"):
            yield from self._arrow_csv(columns, rows, encoded)
            return
        made_columns = self._columns
        caches = column_caches(PAIR_COLUMNS, uncached=("reasons",), fmt=fmt)  # each worker fills its own copy

        def texts(positions):
            return packed_column_texts(made_columns(positions), columns, fmt, caches)

        made = self._made(texts, rows)
        try:
            for piece in joined_texts(made, fmt, columns, encoded=True):
                yield piece if encoded else piece.decode("utf-8")
        finally:
            made.close()  # the worker processes stop here, read to the end or not

    def _arrow_csv(self, columns, rows: int | None, encoded: bool):
        """:meth:`text_pieces` in CSV, each piece's lines put together column-wise by pyarrow
        (:func:`synergy.coded.csv_bytes`) from the coded columns: no Python call per pair."""
        from .coded import CellTexts, csv_bytes
        from .output import csv_header
        from .pool import PARALLEL_MIN_PAIRS, imap_in_workers

        cells = CellTexts(self._lasting)  # each worker process fills its own copy of the cells' texts

        def lines(piece):
            with paused():  # a piece's objects (synergy.collector)
                return csv_bytes(self._codes(np.arange(piece.start, piece.stop)), cells)

        yield csv_header(columns).encode("utf-8") if encoded else csv_header(columns)
        for text in imap_in_workers(lines, self._pieces(rows), self._progress, size=len(self),
                                    minimum=PARALLEL_MIN_PAIRS, label="alasan / reasons", through_files=True):
            yield text if encoded else text.decode("utf-8")

    def _rows(self, positions) -> list:
        """The pairs at ``positions`` as rows (tuples in PAIR_COLUMNS order)."""
        return list(zip(*self._columns(positions)))

    def _made(self, work, rows):
        """``work`` (pair positions -> one item per pair) over every pair, in lists of at most
        ``rows`` items in rank order (one list of all when None; at least one list)."""
        from .pool import pieces_in_workers, spans

        pieces = []
        for piece in self._pieces(rows):
            start, stop = piece.start, piece.stop
            order = np.argsort(self._blocks[start:stop], kind="stable")  # offsets in the piece, region by region
            pieces.append((stop - start, [(start + order[span], order[span])
                                          for span in spans(stop - start, EXPLAIN_PIECES, EXPLAIN_LEAST)]))
        return pieces_in_workers(work, pieces, self._progress)

    def _pieces(self, rows: int | None) -> list[range]:
        """The pairs' positions cut into pieces of at most ``rows`` in rank order (one of all when
        None; at least one, empty when there is no pair)."""
        total = len(self)
        rows = max(total, 1) if rows is None else rows
        return [range(start, min(start + rows, total)) for start in range(0, total, rows)] or [range(0)]


def _national_frame(scored, names, catalog, normalizer, lang, columns) -> pd.DataFrame:
    """Local systems doing the job of a national general application (aplikasi umum SPBE).

    A compared record that is an information system (it performs an e-government function,
    or its name says it is a system) and performs the function of a national general
    application without naming or using that application (by name or host).
    """
    f = scored.features
    t = _TEXT.words(lang)
    general = [app for app in catalog.national.values() if app.general]
    general_functions = frozenset().union(*(app.functions for app in general))
    rows = []
    for r in scored.compared.tolist():
        functions = f.functions[r]
        # most records do none of the general applications' jobs: the cheap test first
        if not (functions & general_functions) or f.own_functions[r] or not _is_system(normalizer, names[r], functions):
            continue
        for app in general:
            shared = sorted(set(app.functions) & functions)
            if not shared or app.key in f.national[r]:
                continue
            label = ", ".join(pick((catalog.functions[k].label_id, catalog.functions[k].label_en), lang).lower()
                              for k in shared)
            publisher = f" ({app.publisher})" if app.publisher else ""
            rows.append({"program": f.ids[r], "national_application": app.label, "function": label,
                         "name": names[r], "agency": f.agency[r], "region": f.region[r],
                         "reasons": t["national"].format(function=label, app=app.label, publisher=publisher)})
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["national_application", "program"], kind="mergesort").reset_index(drop=True)


def _shared_frame(scored, names, agency, columns) -> pd.DataFrame:
    ids = scored.features.ids
    region = scored.features.region
    a, b = scored.shared_a, scored.shared_b
    return pd.DataFrame({
        "program_a": ids[a], "program_b": ids[b], "basis": scored.shared_basis, "name_a": names[a], "name_b": names[b],
        "agency_a": agency[a], "agency_b": agency[b],
        "region": [region[x] if region[x] == region[y] else f"{region[x]};{region[y]}" for x, y in zip(a, b)],
    }, columns=columns)


def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
