"""Suggest a smart city dimension and element for programs and applications that have none.

Real plan exports and application inventories carry no smart city dimension; the
masterplan needs one for every program. :func:`classify` reads what a record says
(name, description, objective, target group, output, the web address of an
application), its nomenclature code and the mandate (urusan) of its agency, and
suggests the dimension and element of the scheme in ``ontology/dimensions.ttl``
that the evidence points to, with a confidence and a reason in words.

Nothing here is learned from labelled data. Every piece of evidence comes from
written knowledge, each with a stated weight in log-odds:

====================  ======  =============================================================
evidence              weight  where it comes from
====================  ======  =============================================================
nomenclature code     3.0     the code's bidang-urusan (``1.02`` Kesehatan) -> element, by
                              :data:`URUSAN_TARGETS` (written from what each urusan is)
routine support       4.0     program ``01`` of a bidang (salaries, planning documents, office
                              supplies) -> bureaucracy (the scheme: staffing, internal systems)
urusan by name        3.0     a plan column (``bidang_urusan``, ``urusan``) naming an urusan
function              2.0     an e-government function of ``ontology/functions.ttl``
                              signalled by the text -> element (:data:`FUNCTION_TARGETS`)
scheme word           2.0     a word of an element's label or scope note (1.0 for a word of
                              a dimension's label, alt labels or definition), divided by the
                              number of elements (dimensions) that share it
lexicon word          1.5     a concept of ``ontology/lexicon.ttl`` (its synonyms and acronyms
                              count) -> element (:data:`LEXICON_TARGETS`)
urusan word           1.5     a word of a bidang-urusan's name (``olahraga``, ``pertanian``)
agency mandate        1.5     the urusan the agency holds (its ``urusan`` column, else read from
                              its name), shared among them: weaker, an agency does many things
information system    0.5     an application, or a text naming one -> governance (SPBE)
====================  ======  =============================================================

Words of the name count fully, words of the other texts half. A piece of evidence
counts once per record (its strongest field), and a target is an element or, when the
evidence says only the dimension, the dimension (its three elements alike). The score of
an element is the sum of its evidence; a softmax over the 18 elements gives
probabilities, a dimension's is the sum of its elements'. The suggestion is the most
probable dimension and its most probable element (left empty when its elements tie),
the confidence the dimension's probability. A record with no evidence at all gets no
suggestion (empty dimension, confidence 0).

A suggestion is a suggestion: :func:`classify` returns a new table and never writes a
dimension into the model.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from .i18n import Catalogue, check_lang, format_number, pick
from .model import CityModel
from .schema import DIMENSIONS, ELEMENTS, fold_header

__all__ = [
    "COLUMNS",
    "WEIGHTS",
    "URUSAN_TARGETS",
    "FUNCTION_TARGETS",
    "LEXICON_TARGETS",
    "CONTEXT_COLUMNS",
    "Evidence",
    "classify",
]

#: Output columns, in order (the data contract v2 fixes the first four).
COLUMNS = ["id", "dimension", "element", "confidence", "kind", "name", "reason", "second_dimension",
           "second_confidence"]

#: Weight (log-odds) of each kind of evidence; see the module docstring.
WEIGHTS = {
    "code": 3.0,
    "routine": 4.0,
    "urusan-named": 3.0,
    "function": 2.0,
    "scheme": 2.0,
    "scheme-dimension": 1.0,
    "lexicon": 1.5,
    "urusan-word": 1.5,
    "agency": 1.5,
    "system": 0.5,
}
#: Factor of the texts other than the name (description, objective, ...).
SECONDARY_FIELD = 0.5

# --------------------------------------------------------------------------- knowledge
# Targets are element ids or, where the evidence names only a dimension, dimension ids;
# each with its share of the evidence's weight.

#: Bidang-urusan -> element(s), from what the urusan is (Permendagri 90/2019 nomenclature).
URUSAN_TARGETS: dict[str, tuple[tuple[str, float], ...]] = {
    "1.01": (("learning", 1.0),),                          # Pendidikan
    "1.02": (("health", 1.0),),                            # Kesehatan
    "1.03": (("harmony", 0.6), ("mobility", 0.4)),         # PU dan Penataan Ruang: drainage, water, spatial; roads
    "1.04": (("harmony", 1.0),),                           # Perumahan dan Kawasan Permukiman
    "1.05": (("security", 1.0),),                          # Ketenteraman, Ketertiban Umum, Linmas
    "1.06": (("welfare", 1.0),),                           # Sosial: social aid, poverty
    "2.07": (("welfare", 1.0),),                           # Tenaga Kerja: jobs, training
    "2.08": (("society", 1.0),),                           # Pemberdayaan Perempuan dan Perlindungan Anak
    "2.09": (("welfare", 1.0),),                           # Pangan: food security
    "2.10": (("harmony", 1.0),),                           # Pertanahan: land
    "2.11": (("environment", 1.0),),                       # Lingkungan Hidup: protection and waste
    "2.12": (("public-service", 1.0),),                    # Administrasi Kependudukan
    "2.13": (("community", 1.0),),                         # Pemberdayaan Masyarakat dan Desa
    "2.14": (("health", 1.0),),                            # Pengendalian Penduduk dan KB: family health
    "2.15": (("mobility", 1.0),),                          # Perhubungan
    "2.16": (("governance", 1.0),),                        # Komunikasi dan Informatika: e-government
    "2.17": (("industry", 1.0),),                          # Koperasi dan UKM
    "2.18": (("business", 0.5), ("public-service", 0.5)),  # Penanaman Modal: promotion, one-stop permits
    "2.19": (("community", 1.0),),                         # Kepemudaan dan Olahraga
    "2.20": (("public-policy", 1.0),),                     # Statistik: data for policy
    "2.21": (("bureaucracy", 1.0),),                       # Persandian: security of internal systems
    "2.22": (("branding", 1.0),),                          # Kebudayaan: the city's identity
    "2.23": (("learning", 1.0),),                          # Perpustakaan
    "2.24": (("bureaucracy", 1.0),),                       # Kearsipan: records
    "3.25": (("industry", 1.0),),                          # Kelautan dan Perikanan
    "3.26": (("tourism", 1.0),),                           # Pariwisata
    "3.27": (("industry", 1.0),),                          # Pertanian
    "3.28": (("protection", 1.0),),                        # Kehutanan
    "3.29": (("energy", 1.0),),                            # Energi dan Sumber Daya Mineral
    "3.30": (("industry", 1.0),),                          # Perdagangan: markets
    "3.31": (("industry", 1.0),),                          # Perindustrian
    "3.32": (("welfare", 1.0),),                           # Transmigrasi
    "4.01": (("governance", 1.0),),                        # Sekretariat Daerah
    "4.02": (("public-policy", 1.0),),                     # Sekretariat DPRD: regulation
    "5.01": (("bureaucracy", 1.0),),                       # Perencanaan: e-planning
    "5.02": (("bureaucracy", 0.7), ("transaction", 0.3)),  # Keuangan: e-budgeting; local revenue
    "5.03": (("bureaucracy", 1.0),),                       # Kepegawaian: staffing
    "5.04": (("bureaucracy", 1.0),),                       # Pendidikan dan Pelatihan (of civil servants)
    "5.05": (("public-policy", 1.0),),                     # Penelitian dan Pengembangan: evidence for policy
    "6.01": (("bureaucracy", 1.0),),                       # Inspektorat: internal audit
    "7.01": (("public-service", 1.0),),                    # Kecamatan: front-line services
    "8.01": (("society", 1.0),),                           # Kesatuan Bangsa dan Politik
}

#: E-government function (``ontology/functions.ttl``) -> element(s), from the scheme's scope notes.
FUNCTION_TARGETS: dict[str, tuple[tuple[str, float], ...]] = {
    **dict.fromkeys([
        "correspondence", "attendance", "personnel", "employee-performance", "organisational-performance",
        "payroll", "leave", "official-travel", "asn-training", "consumables", "assets", "village-finance",
        "procurement", "planning", "budgeting", "treasury", "meeting", "email", "helpdesk", "interoperability",
        "infrastructure", "security", "digital-signature", "e-monev", "audit",
    ], (("bureaucracy", 1.0),)),  # e-office, e-planning, e-budgeting, staffing, internal systems
    "static-archives": (("bureaucracy", 0.5), ("learning", 0.5)),
    **dict.fromkeys(["complaints", "satisfaction-survey", "queue", "village-admin", "licensing",
                     "population-admin", "public-information", "app-portal"], (("public-service", 1.0),)),
    "building-permits": (("public-service", 0.5), ("harmony", 0.5)),
    **dict.fromkeys(["village-election", "website", "news-publication"], (("governance", 1.0),)),
    **dict.fromkeys(["geoportal", "command-center", "legal-docs", "legislature", "open-data", "statistics",
                     "research", "village-profile"], (("public-policy", 1.0),)),  # data-driven policy, satu data, dashboards, regulation
    **dict.fromkeys(["staple-prices", "agriculture", "fisheries", "msme", "cooperative", "metrology"],
                    (("industry", 1.0),)),                 # SMEs, cooperatives, local industry, markets
    "retribution": (("transaction", 0.7), ("industry", 0.3)),
    "regional-tax": (("transaction", 1.0),),
    "investment": (("business", 1.0),),
    "csr": (("business", 0.5), ("welfare", 0.5)),
    "tourism": (("tourism", 1.0),),
    **dict.fromkeys(["social-welfare", "food-security", "job-market"], (("welfare", 1.0),)),
    "grants": (("welfare", 0.5), ("bureaucracy", 0.5)),
    **dict.fromkeys(["health-facility", "hospital", "health-insurance", "nutrition", "disease-surveillance",
                     "laboratory", "family-planning"], (("health", 1.0),)),
    **dict.fromkeys(["emergency", "cctv", "fire", "public-order"], (("security", 1.0),)),
    **dict.fromkeys(["traffic", "transport", "parking"], (("mobility", 1.0),)),
    "roads": (("mobility", 0.5), ("harmony", 0.5)),     # roads and bridges; water resources, drainage
    **dict.fromkeys(["spatial-planning", "disaster", "water-utility", "housing", "construction-services"],
                    (("harmony", 1.0),)),
    **dict.fromkeys(["library", "education-data", "school-admission", "scholarship", "school-learning"],
                    (("learning", 1.0),)),
    **dict.fromkeys(["youth-sport", "national-unity"], (("community", 1.0),)),
    "child-protection": (("society", 1.0),),
    "environment": (("protection", 1.0),),
    "waste": (("waste", 1.0),),
    "energy-mineral": (("energy", 1.0),),
}

#: Canonical terms of ``ontology/lexicon.ttl`` -> element(s), from the scheme's scope notes.
LEXICON_TARGETS: dict[str, tuple[tuple[str, float], ...]] = {
    **dict.fromkeys(["adminduk", "nik", "ktp", "kk", "kia", "akta", "aduan", "izin", "nib", "ptsp", "mpp", "ppid"],
                    (("public-service", 1.0),)),
    **dict.fromkeys(["persuratan", "presensi", "asn", "sppd", "monev", "pusat_data"], (("bureaucracy", 1.0),)),
    **dict.fromkeys(["anggaran", "perencanaan"], (("bureaucracy", 0.5),)),  # every sector plans and budgets
    "spbe": (("governance", 1.0),),
    **dict.fromkeys(["dasbor", "command_center", "sig"], (("public-policy", 1.0),)),
    "pendataan": (("public-policy", 0.5),),
    **dict.fromkeys(["dtks", "miskin", "bansos", "pelatihan_kerja", "pencari_kerja", "bursa_kerja", "lansia",
                     "disabilitas"], (("welfare", 1.0),)),
    "pelatihan": (("welfare", 0.5),),
    **dict.fromkeys(["stunting", "gizi", "posyandu", "puskesmas", "rumah_sakit", "kesehatan", "jaminan_kesehatan",
                     "balita", "ibu_hamil", "kb"], (("health", 1.0),)),
    **dict.fromkeys(["beasiswa", "perpustakaan", "sekolah", "guru"], (("learning", 1.0),)),
    **dict.fromkeys(["kim", "wifi"], (("community", 1.0),)),
    **dict.fromkeys(["cctv", "panggilan_darurat", "kebakaran"], (("security", 1.0),)),
    "kdrt": (("society", 1.0),),
    "umkm": (("industry", 1.0),),
    "usaha": (("industry", 0.5), ("business", 0.5)),
    "investasi": (("business", 1.0),),
    "wisata": (("tourism", 1.0),),
    "nontunai": (("transaction", 1.0),),
    **dict.fromkeys(["rtlh", "rumah", "air_minum", "bencana", "banjir", "peringatan_dini"], (("harmony", 1.0),)),
    **dict.fromkeys(["angkutan_umum", "apill", "atcs", "lalu_lintas", "kendaraan"], (("mobility", 1.0),)),
    "pju": (("mobility", 0.5), ("energy", 0.5)),
    **dict.fromkeys(["rth", "polusi"], (("protection", 1.0),)),
    **dict.fromkeys(["energi_terbarukan", "plts"], (("energy", 1.0),)),
    **dict.fromkeys(["sampah", "tps3r"], (("waste", 1.0),)),
}

#: Words of the scheme's texts that say how or where, not what (left out), and words that
#: say what only loosely (counted at half weight).
_SCHEME_NOISE = frozenset("""
    warga daring aplikasi kota manajemen ekosistem smart tata kelola sistem internal lokal daerah umum
    pemerintah pemantauan kualitas air bank cara satu hidup layak efektif efisien efisiensi transparan aktif
    lanjut produktif sosial kawasan e gov kerja lapang ulang
""".split())
_SCHEME_WEAK = frozenset("pendataan pelatihan jalan ruang uang usaha citra bersih terang hemat bijak produk promosi "
                         "bayar event lingkung perencanaan anggaran".split())
#: Words the scheme uses in several elements but names as a subject in one: "jalan" (roads) is
#: mobility's; in "wajah jalan" and "penerangan jalan" it only qualifies another subject.
_SCHEME_SENSE = {"jalan": "mobility"}
#: Words of urusan names left out: generic ("umum", "daerah") or covered better elsewhere.
_URUSAN_NOISE = frozenset("umum tata ruang warga kawasan lindung berdaya hidup lingkung kendali sumber daya "
                          "sekretariat daerah satu kembang kerja tenaga uang kesehatan guru".split())
#: Words of urusan names that name a place or a group of people more than a subject (half weight).
_URUSAN_WEAK = frozenset({"desa", "anak", "hubung"})
#: Terms that name an information system (weak governance evidence for a program).
_SYSTEM_TERMS = frozenset({"aplikasi", "daring", "spbe"})

#: Extra (non-contract) columns read as context text, as plan exports name them (folded headers).
CONTEXT_COLUMNS = frozenset({
    "program", "nama_program", "kegiatan", "nama_kegiatan", "sub_kegiatan", "nama_sub_kegiatan", "urusan",
    "bidang_urusan", "nama_urusan", "nama_bidang_urusan", "sektor", "keyword", "keywords", "kata_kunci", "outcome",
    "kategori", "category",
})
#: Of those, the columns that may name a bidang-urusan (``Kesehatan``) or give its code (``1.02``).
_URUSAN_COLUMNS = frozenset({"urusan", "bidang_urusan", "nama_urusan", "nama_bidang_urusan"})

_ELEMENT_IDS = tuple(ELEMENTS)
_INDEX = {e: i for i, e in enumerate(_ELEMENT_IDS)}
_DIMENSION_IDS = tuple(DIMENSIONS)
_DIM_OF = np.array([_DIMENSION_IDS.index(ELEMENTS[e][0]) for e in _ELEMENT_IDS])


def _target_indices(target: str) -> tuple[int, ...]:
    if target in _INDEX:
        return (_INDEX[target],)
    if target in DIMENSIONS:
        return tuple(i for i, e in enumerate(_ELEMENT_IDS) if ELEMENTS[e][0] == target)
    raise KeyError(target)


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: what it is, and the weight it gives each target (element or dimension)."""

    source: str  # a key of WEIGHTS
    key: str  # the term, function or bidang it is about ("" for routine and system)
    targets: tuple[tuple[str, float], ...]  # (element or dimension id, weight)
    detail: str = ""  # the bidang of an urusan word, the agency of a mandate

    @functools.cached_property
    def total(self) -> float:
        return sum(w for _, w in self.targets)

    @functools.cached_property
    def cells(self) -> tuple[tuple[int, float], ...]:
        """(element index, weight) of every element the evidence raises."""
        return tuple((i, w) for t, w in self.targets for i in _target_indices(t))

    @functools.cached_property
    def by_dimension(self) -> dict[str, float]:
        """What the evidence adds to each dimension it points into (its targets there, summed)."""
        out: dict[str, float] = {}
        for target, weight in self.targets:
            dim = target if target in DIMENSIONS else ELEMENTS[target][0]
            out[dim] = out.get(dim, 0.0) + weight
        return out


# --------------------------------------------------------------------------- the knowledge, read once
@dataclass(frozen=True)
class _Knowledge:
    normalizer: object
    catalog: object
    terms: dict  # canonical term -> Evidence
    urusan: dict  # bidang code -> name
    urusan_by_name: dict  # folded urusan name -> code
    scheme_labels: dict  # element/dimension id -> (label_id, label_en)


@functools.lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    from importlib.resources import files

    from rdflib import Graph
    from rdflib.namespace import SKOS

    from .functions import default_catalog
    from .routine import urusan_names
    from .text import Normalizer, fold

    norm = Normalizer()
    generic = norm.generic_terms
    graph = Graph()
    graph.parse(str(files("synergy.ontology").joinpath("dimensions.ttl")), format="turtle")

    def texts(concept, properties):
        out = []
        for prop in properties:
            for lit in graph.objects(concept, prop):
                if getattr(lit, "language", None) in ("id", None):
                    out.append(str(lit))
        return out

    def words(text_list, noise):
        found = set()
        for text in text_list:
            found.update(t for t in norm.tokens(text, expand=False) if t not in noise and t not in generic
                         and not t.isdigit())
        return found

    concepts = {str(graph.value(c, SKOS.notation)): c for c in graph.subjects(SKOS.notation, None)}
    # scheme words: element labels and scope notes; dimension labels, alt labels and definitions
    element_words = {e: words(texts(concepts[e], (SKOS.prefLabel, SKOS.scopeNote, SKOS.altLabel)), _SCHEME_NOISE)
                     for e in _ELEMENT_IDS if e in concepts}
    dimension_words = {}
    for d in _DIMENSION_IDS:
        own = set().union(*(element_words.get(e, set()) for e in _ELEMENT_IDS if ELEMENTS[e][0] == d))
        found = words(texts(concepts[d], (SKOS.prefLabel, SKOS.altLabel, SKOS.definition)), _SCHEME_NOISE)
        found |= words(_dimension_aliases(d), _SCHEME_NOISE)
        dimension_words[d] = found - own
    candidates: dict[str, dict[str, tuple[str, float, str]]] = {}  # term -> target -> (source, weight, detail)

    def offer(term, target, source, weight, detail=""):
        have = candidates.setdefault(term, {}).get(target)
        if have is None or weight > have[1]:
            candidates[term][target] = (source, weight, detail)

    for table, source in ((element_words, "scheme"), (dimension_words, "scheme-dimension")):
        df: dict[str, int] = {}
        for found in table.values():
            for term in found:
                df[term] = df.get(term, 0) + 1
        for target, found in table.items():
            for term in found:
                if _SCHEME_SENSE.get(term, target) != target:
                    continue
                shared = 1 if term in _SCHEME_SENSE else df[term]
                weight = WEIGHTS[source] / shared * (0.5 if term in _SCHEME_WEAK else 1.0)
                offer(term, target, source, weight)
    for term, targets in LEXICON_TARGETS.items():
        for target, share in targets:
            offer(term, target, "lexicon", WEIGHTS["lexicon"] * share)
    names = urusan_names()
    urusan_words: dict[str, set] = {}
    for code, name in names.items():
        for term in words([name], _URUSAN_NOISE):
            urusan_words.setdefault(term, set()).add(code)
    for term, codes in urusan_words.items():
        if len(codes) != 1 or term in candidates:
            continue  # a word of several urusan names says nothing about which; the scheme and lexicon say it better
        (code,) = codes
        factor = 0.5 if term in _URUSAN_WEAK else 1.0
        for target, share in URUSAN_TARGETS.get(code, ()):
            offer(term, target, "urusan-word", WEIGHTS["urusan-word"] * share * factor, code)
    terms = {}
    for term, by_target in candidates.items():
        best = max(by_target.values(), key=lambda swd: swd[1])
        terms[term] = Evidence(best[0], term, tuple((t, w) for t, (_, w, _) in sorted(by_target.items())), best[2])
    labels = {e: (ELEMENTS[e][1], ELEMENTS[e][2]) for e in _ELEMENT_IDS}
    labels.update({d: DIMENSIONS[d] for d in _DIMENSION_IDS})
    return _Knowledge(norm, default_catalog(), terms, dict(names),
                      {fold(n): c for c, n in names.items()}, labels)


def _dimension_aliases(dimension: str) -> list[str]:
    from .schema import DIMENSION_ALIASES

    return [a for a in DIMENSION_ALIASES.get(dimension, ()) if not a.startswith(("smart", "gov"))]


# --------------------------------------------------------------------------- evidence of texts
class _Reader:
    """Evidence of texts, codes and agencies, each distinct one read once."""

    def __init__(self, knowledge: _Knowledge):
        self.k = knowledge
        self._text: dict[str, tuple[Evidence, ...]] = {}
        self._urusan: dict[tuple, Evidence | None] = {}
        self._functions = {key: Evidence("function", key, tuple((t, WEIGHTS["function"] * s) for t, s in targets))
                           for key, targets in FUNCTION_TARGETS.items()}
        self._system = Evidence("system", "", (("governance", WEIGHTS["system"]),))

    def text(self, text: str, hosts: tuple[str, ...] = ()) -> tuple[Evidence, ...]:
        key = text if not hosts else text + "\0" + " ".join(hosts)
        cached = self._text.get(key)
        if cached is not None:
            return cached
        out = []
        tokens = set(self.k.normalizer.tokens(text, expand=False)) if text else set()
        terms = self.k.terms
        out.extend(terms[t] for t in sorted(tokens) if t in terms)
        if tokens & _SYSTEM_TERMS:
            out.append(self._system)
        if text or hosts:
            functions, _national = self.k.catalog.tag(text, hosts)
            out.extend(self._functions[f] for f in sorted(functions) if f in self._functions)
        result = tuple(out)
        self._text[key] = result
        return result

    def clauses(self, texts) -> list[Evidence]:
        """Evidence of several texts, each read clause by clause (clauses repeat where whole texts do not)."""
        out: list[Evidence] = []
        for text in texts:
            for clause in _CLAUSE.split(text):
                if clause.strip():
                    out.extend(self.text(clause))
        return out

    def mandate(self, agency: str, held: tuple[str, ...]) -> Evidence | None:
        """The agency's urusan as one piece of evidence, its weight shared among them."""
        key = ("\0agency", agency, held)
        if key not in self._urusan:
            targets: dict[str, float] = {}
            for bidang in held:
                for target, share in URUSAN_TARGETS[bidang]:
                    targets[target] = targets.get(target, 0.0) + WEIGHTS["agency"] * share / len(held)
            self._urusan[key] = Evidence("agency", agency, tuple(sorted(targets.items())), ";".join(held)) \
                if targets else None
        return self._urusan[key]

    def urusan(self, bidang: str, source: str, weight: float, detail: str = "") -> Evidence | None:
        key = (bidang, source, weight, detail)
        if key not in self._urusan:
            targets = URUSAN_TARGETS.get(bidang)
            self._urusan[key] = Evidence(source, bidang, tuple((t, weight * s) for t, s in targets), detail) \
                if targets else None
        return self._urusan[key]


#: Where a clause ends: no phrase runs across these.
_CLAUSE = re.compile(r"[.,;:!?()\[\]{}|/\n\r\t\u2022]+")


def _hosts(url: str) -> tuple[str, ...]:
    url = str(url or "").strip()
    if not url:
        return ()
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ()
    return (host,) if host else ()


def _gather(pieces) -> dict:
    """Evidence of one record: each (source, key) once, at its strongest field: key -> (evidence, factor)."""
    best: dict = {}
    for evidence, factor in pieces:
        k = (evidence.source, evidence.key)
        have = best.get(k)
        if have is None or evidence.total * factor > have[0].total * have[1]:
            best[k] = (evidence, factor)
    return best


# --------------------------------------------------------------------------- words (one edge)
_WORDS = Catalogue({
    "code": ("kode nomenklatur {code}: urusan {bidang} {name}", "nomenclature code {code}: urusan {bidang} {name}"),
    "urusan-named": ("bidang urusan tertulis {bidang} {name}", "bidang urusan given as {bidang} {name}"),
    "routine": ("program penunjang urusan (rutin: gaji, dokumen perencanaan, perkantoran)",
                "routine support program (salaries, planning documents, office running)"),
    "function": ("fungsi '{label}'", "function '{label}'"),
    "scheme": ("kata '{word}' dalam lingkup {target}", "word '{word}' in the scope of {target}"),
    "scheme-dimension": ("kata '{word}' dalam definisi {target}", "word '{word}' in the definition of {target}"),
    "lexicon": ("kata '{word}' (leksikon) menunjuk {target}", "word '{word}' (lexicon) points to {target}"),
    "urusan-word": ("kata '{word}' dari nama urusan {bidang} {name}",
                    "word '{word}' from the urusan name {bidang} {name}"),
    "agency": ("OPD {agency} memegang urusan {urusan}", "agency {agency} holds urusan {urusan}"),
    "system": ("sistem informasi pemerintahan (SPBE)", "a government information system (SPBE)"),
    "head": ("{dimension}{element} (yakin {confidence})", "{dimension}{element} (confidence {confidence})"),
    "element": (", elemen {element}", ", element {element}"),
    "element-open": (", elemen belum jelas", ", element unclear"),
    "second": ("pilihan kedua {dimension} ({confidence})", "second choice {dimension} ({confidence})"),
    "none": ("tidak ada petunjuk pada nama, uraian, kode maupun OPD; isi dimensinya sendiri",
             "no clue in the name, description, code or agency; fill in the dimension by hand"),
})


def _percent(p: float) -> str:
    return f"{round(100 * p)}%"


def _signed(w: float, lang: str) -> str:
    return format_number(w, lang, digits=1, sign=True)


class _Words:
    def __init__(self, knowledge: _Knowledge, model: CityModel, lang: str):
        self.k, self.lang, self.w = knowledge, lang, _WORDS.words(lang)
        self.agencies = model.agency_labels()
        self._pieces: dict = {}

    def label(self, target: str) -> str:
        pair = self.k.scheme_labels[target]
        return pick(pair, self.lang)

    def piece(self, ev: Evidence, code: str = "") -> str:
        key = (ev, code if ev.source == "code" else "")
        text = self._pieces.get(key)
        if text is None:
            text = self._pieces[key] = self._piece(ev, code)
        return text

    def _piece(self, ev: Evidence, code: str) -> str:
        w, k = self.w, self.k
        if ev.source in ("code", "urusan-named"):
            text = w[ev.source].format(code=code, bidang=ev.key, name=k.urusan.get(ev.key, ""))
        elif ev.source == "agency":
            held = ", ".join(f"{b} {k.urusan.get(b, '')}".strip() for b in ev.detail.split(";"))
            text = w[ev.source].format(agency=self.agencies.get(ev.key, ev.key), urusan=held)
        elif ev.source == "urusan-word":
            text = w[ev.source].format(word=self._word(ev.key), bidang=ev.detail, name=k.urusan.get(ev.detail, ""))
        elif ev.source == "function":
            f = k.catalog.functions.get(ev.key)
            label = pick((f.label_id, f.label_en), self.lang) if f else ev.key
            text = w["function"].format(label=label)
        elif ev.source in ("scheme", "scheme-dimension", "lexicon"):
            target = max(ev.targets, key=lambda tw: tw[1])[0]
            text = w[ev.source].format(word=self._word(ev.key), target=self.label(target))
        else:
            text = w[ev.source]
        return text

    def _word(self, term: str) -> str:
        return self.k.normalizer.display(term)


# --------------------------------------------------------------------------- classify
def classify(model: CityModel, *, all: bool = False, lang: str = "id") -> pd.DataFrame:  # noqa: A002 (the CLI's --all)
    """Suggest a dimension and element for programs and applications that have no dimension.

    Parameters
    ----------
    model : CityModel
        The city; it is read, never changed.
    all : bool
        Suggest for every program and application, also those that have a dimension
        (to compare the suggestion with what was typed).
    lang : {"id", "en"}
        Language of the reasons.

    Returns
    -------
    DataFrame
        One row per record, programs first, in input order; columns :data:`COLUMNS`:
        ``id, dimension, element, confidence`` (the dimension's probability, 0-1),
        ``kind`` (program or application), ``name``, ``reason`` (the evidence in words,
        strongest first, with its weight), ``second_dimension``, ``second_confidence``.
        A record with no evidence has an empty dimension and confidence 0.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "DLH", "name": "Dinas Lingkungan Hidup", "urusan": ("2.11",)}],
    ...     programs=[{"id": "P1", "name": "Pengelolaan Sampah Terpadu", "agency": "DLH"},
    ...               {"id": "P2", "name": "Pemantauan Kualitas Udara", "agency": "DLH",
    ...                "dimension": ("environment",)}])
    >>> out = classify(m)
    >>> out[["id", "dimension", "element"]].values.tolist()
    [['P1', 'environment', 'waste']]
    >>> classify(m, all=True)["id"].tolist()
    ['P1', 'P2']
    """
    check_lang(lang)
    k = _knowledge()
    reader = _Reader(k)
    records = _records(model, all)
    if not records:
        return pd.DataFrame({c: pd.Series(dtype="float64" if "confidence" in c else object) for c in COLUMNS})
    words = _Words(k, model, lang)
    mandates = _mandates(model)
    routine = Evidence("routine", "", (("bureaucracy", WEIGHTS["routine"]),))
    system = reader._system
    # records with the same evidence get the same verdict: score and word each distinct set once
    signatures: dict = {}
    distinct: list[tuple[dict, str]] = []  # (evidence, the code its wording names)
    which = np.empty(len(records), dtype=np.int64)
    for i, rec in enumerate(records):
        pieces = [(ev, 1.0) for ev in reader.text(rec["name"])]
        if rec["other"]:
            pieces += [(ev, rec["factor"]) for ev in reader.clauses(rec["other"])]
        if rec["url"]:
            pieces += [(ev, rec["factor"]) for ev in reader.text(rec["url"], rec["hosts"])]
        if rec["routine"]:
            pieces.append((routine, 1.0))
        elif rec["bidang"]:
            ev = reader.urusan(rec["bidang"], "code", WEIGHTS["code"])
            if ev is not None:
                pieces.append((ev, 1.0))
        for bidang in rec["named_urusan"]:
            pieces.append((reader.urusan(bidang, "urusan-named", WEIGHTS["urusan-named"]), 1.0))
        mandate = reader.mandate(rec["agency"], mandates.get(rec["agency"], ()))
        if mandate is not None:
            pieces.append((mandate, 1.0))
        if rec["kind"] == "application":
            pieces.append((system, 1.0))
        best = _gather(pieces)
        code = rec["code"] if ("code", rec["bidang"]) in best else ""
        # ids are safe here: every Evidence lives in the reader's caches (or is routine/system)
        # until this call returns, so no id is reused within it
        signature = (tuple(sorted((id(ev), factor) for ev, factor in best.values())), code)
        j = signatures.get(signature)
        if j is None:
            j = signatures[signature] = len(distinct)
            distinct.append((best, code))
        which[i] = j
    scores = np.zeros((len(distinct), len(_ELEMENT_IDS)))
    for j, (best, _code) in enumerate(distinct):
        row = scores[j]
        for ev, factor in best.values():
            for cell, weight in ev.cells:
                row[cell] += weight * factor
    verdicts = _verdicts(scores, distinct, words)
    frame = pd.DataFrame([[rec["id"], *verdicts[j][:3], rec["kind"], rec["name"], *verdicts[j][3:]]
                          for rec, j in zip(records, which.tolist())], columns=COLUMNS)
    frame["confidence"] = frame["confidence"].astype(float)
    frame["second_confidence"] = frame["second_confidence"].astype(float)
    return frame


def _verdicts(scores, distinct, words) -> list[tuple]:
    """(dimension, element, confidence, reason, second_dimension, second_confidence) of each evidence set."""
    n = len(distinct)
    z = scores - scores.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    dim_p = np.zeros((n, len(_DIMENSION_IDS)))
    dim_max = np.zeros((n, len(_DIMENSION_IDS)))
    for j in range(len(_DIMENSION_IDS)):
        dim_p[:, j] = p[:, _DIM_OF == j].sum(axis=1)
        dim_max[:, j] = scores[:, _DIM_OF == j].max(axis=1)
    order = np.argsort(-dim_p, axis=1, kind="stable")
    first, second_ = order[:, 0], order[:, 1]
    rows_ = np.arange(n)
    confidence = dim_p[rows_, first]
    second = dim_p[rows_, second_]
    # a second choice only when some evidence points to it (else it is the prior's tie)
    has_second = dim_max[rows_, second_] > 0
    # the element: the best of the chosen dimension, none when its elements tie
    members = np.stack([np.flatnonzero(_DIM_OF == j) for j in range(len(_DIMENSION_IDS))])  # 6 x 3
    within = scores[rows_[:, None], members[first]]
    top = within.max(axis=1)
    tie = (within == top[:, None]).sum(axis=1) > 1
    element_idx = members[first, within.argmax(axis=1)]
    out = []
    for i, (evidence, code) in enumerate(distinct):
        if not evidence:
            out.append(("", "", 0.0, words.w["none"], "", 0.0))
            continue
        dimension = _DIMENSION_IDS[first[i]]
        element = "" if tie[i] else _ELEMENT_IDS[element_idx[i]]
        second_dim = _DIMENSION_IDS[second_[i]] if has_second[i] else ""
        second_p = float(second[i]) if has_second[i] else 0.0
        reason = _reason(evidence, dimension, element, float(confidence[i]), second_dim, second_p, code, words)
        out.append((dimension, element, round(float(confidence[i]), 3), reason, second_dim, round(second_p, 3)))
    return out


def _strongest(evidence: dict, dimension: str) -> list[tuple[float, Evidence]]:
    """The evidence for a dimension, strongest first: (weight it adds, evidence)."""
    found = [(ev.by_dimension.get(dimension, 0.0) * factor, ev) for ev, factor in evidence.values()]
    found = [(w, ev) for w, ev in found if w > 0]
    found.sort(key=lambda we: (-we[0], we[1].source, we[1].key))
    return found


def _reason(evidence, dimension, element, confidence, second_dim, second, code, words) -> str:
    w, lang = words.w, words.lang
    head = w["head"].format(
        dimension=words.label(dimension),
        element=w["element"].format(element=words.label(element)) if element else w["element-open"],
        confidence=_percent(confidence))
    parts = [f"{words.piece(ev, code)} {_signed(weight, lang)}"
             for weight, ev in _strongest(evidence, dimension)[:4]]
    text = head + ": " + "; ".join(parts)
    if second_dim and second >= 0.05:
        weight, ev = _strongest(evidence, second_dim)[0]
        text += "; " + w["second"].format(dimension=words.label(second_dim), confidence=_percent(second))
        text += f": {words.piece(ev, code)} {_signed(weight, lang)}"
    return text


# --------------------------------------------------------------------------- records
def _mandates(model: CityModel) -> dict:
    """Agency id -> the bidang-urusan it holds that :data:`URUSAN_TARGETS` knows, sorted."""
    from .explain import agency_mandates

    if not len(model.agencies):
        return {}
    return {a: tuple(sorted(b for b in held if b in URUSAN_TARGETS))
            for a, held in agency_mandates(model.agencies).items()}


def _column(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist() if name in frame else [""] * len(frame)


def _records(model: CityModel, all_: bool) -> list[dict]:
    from .routine import bidang_of, routine_mask
    from .text import fold

    k = _knowledge()
    out = []
    for table, kind in (("programs", "program"), ("applications", "application")):
        frame = model.table(table)
        if not len(frame):
            continue
        if not all_:
            empty = np.fromiter((not tuple(d or ()) for d in frame["dimension"]), dtype=bool, count=len(frame))
            frame = frame[empty].reset_index(drop=True)
            if not len(frame):
                continue
        context = _context_columns(model, table)
        if kind == "program":
            other_columns = ["description", "objective", "target_group", "output"]
            routine = routine_mask(frame, k.normalizer)
            codes = [str(c or "") for c in _column(frame, "code")]
            urls = [""] * len(frame)
            factor = SECONDARY_FIELD
        else:
            other_columns = ["description"]
            routine = np.zeros(len(frame), dtype=bool)
            codes = [""] * len(frame)
            urls = [str(u or "") for u in _column(frame, "url")]
            factor = 1.0  # an inventory's description is what says what the application does
        others = [_column(frame, c) for c in other_columns]
        extra = [(_column(frame, c), folded) for c, folded in context]
        for j, (rid, name, agency) in enumerate(zip(frame["id"], frame["name"], frame["agency"])):
            texts = [str(col[j]) for col in others if col[j]]
            named: list[str] = []
            for values, folded in extra:
                value = str(values[j] or "")
                if value:
                    texts.append(value)
                    if folded in _URUSAN_COLUMNS:
                        named.extend(_urusan_named(value, k, fold, bidang_of))
            url = urls[j]
            out.append({"id": rid, "kind": kind, "name": str(name), "agency": agency, "other": texts,
                        "url": url.replace("/", " "), "factor": factor, "hosts": _hosts(url), "code": codes[j],
                        "bidang": bidang_of(codes[j]),
                        "routine": bool(routine[j]), "named_urusan": sorted(set(named))})
    return out


def _context_columns(model: CityModel, table: str) -> list[tuple[str, str]]:
    return [(c, fold_header(c)) for c in model.extra_columns(table) if fold_header(c) in CONTEXT_COLUMNS]


def _urusan_named(value: str, k: _Knowledge, fold, bidang_of) -> list[str]:
    """Bidang-urusan a plan cell names: by its name (``Kesehatan``) or its code (``1.02``)."""
    found = []
    for part in str(value).split(";"):
        folded = fold(part)
        if folded in k.urusan_by_name:
            found.append(k.urusan_by_name[folded])
            continue
        bidang = bidang_of(part) if any(ch.isdigit() for ch in part) else ""
        if bidang in URUSAN_TARGETS and not any(ch.isalpha() for ch in part):
            found.append(bidang)
    return found
