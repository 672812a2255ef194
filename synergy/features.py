"""Records as evidence: what each program or application says, and how two of them compare.

:func:`record_features` reads every record once (cleaned names, specific terms,
functions, national applications, hosts, codes, years, datasets); :class:`Block`
holds one city's (one region's) matrices, with the city's own term frequencies and
boilerplate; :meth:`Block.compare` gives the comparison levels of
:mod:`synergy.matching` for any list of pairs, and :meth:`Block.candidates` the pairs
worth comparing (sparse top-k, never all pairs).

All of it is independent of row order: a block's records are taken in id order.
"""
from __future__ import annotations

import functools
from contextlib import ExitStack
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .matching import COMPARISONS, LEVELS
from .overlaps import agreeing_readers, overlap_marks, reader_masks
from .names import (AGENCY_WORDS, GENERIC_EGOV_TERMS, NameContext, acronym_definitions, acronym_meanings,
                    address_words, hosts as find_hosts, is_acronym, split_compound, strip_urls, system_keys)
from .grouping import distinct_sorted, factorize_first, factorize_rows, positions_in_runs, shared_values, upper_pairs
from .hosting import central_domains
from .progress import no_progress, stages
from .text import drop_function_words, fold, function_word_columns, root_words, rowwise_dot
from .units import FACILITY_WORK, own_administration, regional_company, unit_kind

__all__ = ["RecordFeatures", "record_features", "Block", "ACTIVITY_CLASSES", "activity_of", "BOILERPLATE_SHARE"]

#: The text comparison's top level: the two names are the same (after folding).
SAME_NAME_LEVEL = 7

#: The kind of work a program name announces (its first words, administrative verbs
#: included: "Pengadaan", "Rehabilitasi", "Sosialisasi"). Same object, different work (a
#: census of small firms vs training for them; buying hospital equipment vs building a
#: hospital) is related work, not the same work. Stems and lexicon terms; verbs that say
#: nothing about the kind of work (pengembangan, peningkatan, pembinaan) have no class.
ACTIVITY_CLASSES = {
    **dict.fromkeys(["pendataan", "data", "mutakhir", "verifikasi", "validasi", "pemantauan", "registrasi",
                     "inventarisasi", "sensus", "survei"], "data"),
    **dict.fromkeys(["pelatihan", "pelatihan_kerja", "latih", "kursus", "bimbing", "bimtek", "diklat", "workshop"],
                    "training"),
    **dict.fromkeys(["aplikasi", "sig", "dasbor", "command_center", "daring"], "system"),
    **dict.fromkeys(["bantu", "bansos", "beasiswa", "hibah", "subsidi", "santun"], "aid"),
    **dict.fromkeys(["festival", "bazar", "pameran", "pamer", "lomba", "gelar", "ingat"], "event"),
    **dict.fromkeys(["awas", "patroli", "uji", "inspeksi", "razia", "tegak"], "supervision"),
    **dict.fromkeys(["monitoring", "monev", "evaluasi", "kendali"], "monitoring"),
    **dict.fromkeys(["perencanaan", "rencana", "kaji", "susun"], "planning"),
    **dict.fromkeys(["pengadaan", "beli", "belanja"], "procurement"),
    **dict.fromkeys(["bangun", "konstruksi"], "construction"),
    **dict.fromkeys(["rehabilitasi", "pelihara", "renovasi"], "upkeep"),
    **dict.fromkeys(["sosialisasi", "suluh", "kampanye", "publikasi"], "outreach"),
    **dict.fromkeys(["koordinasi", "sinergitas", "rapat", "forum"], "coordination"),
}
#: A word in the names of records of at least this share of a city's agencies (and at
#: least :data:`BOILERPLATE_MIN_AGENCIES`) is the city's boilerplate ("Situs Resmi
#: Perangkat Daerah - X" for every X), not shared meaning.
BOILERPLATE_SHARE = 0.35
BOILERPLATE_MIN_AGENCIES = 8
#: Level cut-offs (see :mod:`synergy.matching`).
NAME_CUTS = (0.25, 0.5, 0.75, 0.95)
DESCRIPTION_CUTS = (0.15, 0.3, 0.5)
OUTPUT_CUTS = (0.2, 0.5)
RARE_COUNT = 3  # a word in at most this many records of the city is rare
UNCOMMON_SHARE = 0.05
#: Entries of a search row below this weight are left out of the candidate search only.
SEARCH_PRUNE = 0.1
#: Weight of each part of the vector used to find candidates.
SEARCH_WEIGHTS = {"words": 1.0, "output": 0.5, "function": 1.0}
#: A function read in at most this many records of a block makes each pair of them a candidate.
FUNCTION_BLOCK_MOST = 40


def activity_of(name: str, normalizer) -> str:
    """The kind of work a program name announces ("" if none of :data:`ACTIVITY_CLASSES`).

    >>> from synergy.text import Normalizer
    >>> n = Normalizer()
    >>> activity_of("Sensus UMKM", n), activity_of("Pelatihan Pemasaran Online UMKM", n), activity_of("Taman Kota", n)
    ('data', 'training', '')
    >>> activity_of("Pengadaan Alat Rumah Sakit", n), activity_of("Rehabilitasi Bangunan Rumah Sakit", n)
    ('procurement', 'upkeep')
    """
    for term in normalizer.tokens(name, expand=False)[:3]:
        if term in ACTIVITY_CLASSES:
            return ACTIVITY_CLASSES[term]
    return ""


def _column(frame: pd.DataFrame, name: str, default="") -> np.ndarray:
    if name in frame:
        return frame[name].to_numpy(dtype=object)
    return np.full(len(frame), default, dtype=object)


def _texts(frame, name):
    """A column as text, "" where empty (whole column at once)."""
    if name not in frame:
        return np.full(len(frame), "", dtype=object)
    if isinstance(frame[name].dtype, pd.StringDtype):  # already text: only the empty cells change
        return shared_values(frame[name], missing="")
    column = frame[name].astype(object)
    return shared_values(column.where(column.notna(), "").astype(str))


@dataclass(frozen=True)
class RecordFeatures:
    """Everything the comparisons need, one entry per record (positional)."""

    ids: np.ndarray
    agency: np.ndarray
    region: np.ndarray
    clean_name: np.ndarray          # name without URLs, owner, region (shown in reasons)
    name_terms: list                # tuples of specific canonical terms of the name (+ acronym meaning)
    description_terms: list
    output_terms: list
    functions: list                 # frozensets of function keys (per-agency functions left out)
    own_functions: list             # frozensets of per-agency function keys (the agency's own website...)
    national: list                  # frozensets of national application keys named
    hosts: list                     # tuples of hosts
    system_keys: list               # tuples of host[/first path segment]: one key, one system
    name_key: np.ndarray            # folded cleaned name when it says something specific, else ""
    target_terms: list
    dimension: np.ndarray           # tuples
    element: np.ndarray
    code_keys: np.ndarray           # (n, 4) int ids of code prefixes, -1 absent
    activity: np.ndarray
    start: np.ndarray
    end: np.ndarray
    datasets: list                  # frozensets of dataset ids used or produced
    text_code: np.ndarray           # records whose texts are the same share a code
    texts: list                     # per code, the texts its terms were read from (name with acronyms' meaning,
                                    # description, output, target group): the words a reason shows
    background: dict                # canonical term -> its share of the national nomenclature's names
    matrices: "TermMatrices"        # the same terms as sparse rows, built once for every block
    standard_key: np.ndarray        # number of the name among the nomenclature's standard names, -1 if none
    overlap_mask: np.ndarray        # bits of the known overlaps of the nomenclature it belongs to
    catalog: object = None          # the FunctionCatalog the functions come from
    unit_kind: np.ndarray = None    # the kind of its agency when a government has several (synergy.units), else ""
    own_facility: np.ndarray = None  # such a unit building, buying or keeping up something (its own facilities)
    own_administration: np.ndarray = None  # about the agency's own staff, office, BLUD or forum (synergy.units)
    company_office: np.ndarray = None  # a regional company's system for its own administration only (synergy.units)
    alike: np.ndarray = None        # records that every comparison sees alike share a number (Block.alike)


class SetAside(NamedTuple):
    """Per candidate pair, the rules that say it is no duplicate (:meth:`Block.set_aside`)."""

    basis: np.ndarray     # why the two are one system ("host", "national", "name"), "" if not
    shared: np.ndarray    # one system listed twice: shared use
    own: np.ndarray       # an agency's own website on either side
    central: np.ndarray   # two systems of the central government (not one system)
    facility: np.ndarray  # two units of one kind, each building or buying its own (plans)
    administration: np.ndarray  # two agencies each running its own administration (plans)
    company: np.ndarray   # a regional company's system for its own administration on either side

    @property
    def any(self) -> np.ndarray:
        return self.shared | self.own | self.central | self.facility | self.administration | self.company

    def first(self, rule: str) -> np.ndarray:
        """The pairs ``rule`` sets aside and no rule before it in this order does: each pair is
        counted in the note of one rule only."""
        rules = self._fields[1:]  # every field but basis, in order
        earlier = rules[: rules.index(rule)]
        mask = getattr(self, rule).copy()
        for name in earlier:
            mask &= ~getattr(self, name)
        return mask


#: How common a word is in government texts in general decides how much sharing it
#: says: a word in 1 of 26 nomenclature names ("masyarakat") is no sign of the same
#: work even where the city's own list rarely uses it.
BACKGROUND_RARE = 0.01
BACKGROUND_UNCOMMON = 0.03


def background_shares(normalizer) -> dict:
    """Share of the national nomenclature's names (``synergy/resources``) that use each term."""
    cached = getattr(normalizer, "_background_shares", None)
    if cached is not None:
        return cached
    from .routine import nomenclature

    names = nomenclature()["name"].tolist()
    counts: dict[str, int] = {}
    for name in names:
        for term in set(normalizer.tokens(name)):
            counts[term] = counts.get(term, 0) + 1
    shares = {t: c / max(len(names), 1) for t, c in counts.items()}
    normalizer._background_shares = shares
    return shares


def specificity(share: float, size: int = 1881) -> float:
    """A weight from 0.2 to 1 for a term used by ``share`` of the background texts (1 when unused).

    >>> round(specificity(0.0), 2), round(specificity(0.038), 2), round(specificity(0.22), 2)
    (1.0, 0.43, 0.2)
    """
    if share <= 0:
        return 1.0
    return float(np.clip(np.log(1.0 / max(share, 1.0 / size)) / np.log(size), 0.2, 1.0))


#: Words of a name that say where or how a system runs, not which system it is
#: ("e-Kinerja (Mobile)" is e-Kinerja).
_PLATFORM_WORDS = frozenset("mobile android ios desktop web online offline apk versi version app apps baru new".split())


def _name_key(cleaned: str) -> str:
    """A record's name as the same-system rule compares it: folded, platform words and numbers out.

    >>> _name_key("e-Kinerja (Mobile)"), _name_key("E-KINERJA v2")
    ('e kinerja', 'e kinerja')
    """
    words = [w for w in fold(cleaned).split() if w not in _PLATFORM_WORDS and not w.isdigit()
             and not (len(w) <= 3 and w[0] == "v" and w[1:].isdigit())]
    return " ".join(words)


def _same_address(x: tuple, y: tuple) -> bool:
    """Two records' addresses point at one system: a key in common, or one host without a path that the other extends."""
    if set(x) & set(y):
        return True
    hosts_x = {k for k in x if "/" not in k}
    hosts_y = {k for k in y if "/" not in k}
    return any(k.split("/", 1)[0] in hosts_y for k in x) or any(k.split("/", 1)[0] in hosts_x for k in y)


def _generic_terms(normalizer) -> frozenset:
    words = set(GENERIC_EGOV_TERMS) | set(AGENCY_WORDS)
    out = set(normalizer.generic_terms)
    for w in words:
        out.update(normalizer.tokens(w, expand=False))
        out.add(w)
    return frozenset(out)


#: Words that call a record a website: named so together with its owner's name and nothing
#: else, it is the owner's own site ("Website Dinas Kesehatan", "Portal BKPSDM").
_WEBSITE_WORDS = frozenset("website web situs site laman homepage portal".split())
#: The website words and those that only say which kind of website it is ("Web Profile BPBJ",
#: "Official Site Dinkes", "Laman Resmi Disdik"): beside the owner's name, still its own site.
_SITE_WORDS = _WEBSITE_WORDS | frozenset("profil profile resmi official beranda".split())


def record_features(records: pd.DataFrame, agencies: pd.DataFrame, *, normalizer, catalog,
                    region: np.ndarray | None = None, region_names=(), progress=None) -> RecordFeatures:
    """Read every record once. ``records`` has the programs' (or applications') columns.

    ``progress`` (like :func:`synergy.progress.track`) sees the reading in five parts: the texts
    prepared (acronyms defined, which owners the texts may name), the distinct names read, the
    distinct descriptions read, what they say of jobs, then the records' codes, kinds of work and
    data (17-22 s in all at a million programs; the first and the last part about 6 s each).
    """
    with ExitStack() as bars:  # a bar left by an error is wiped all the same
        return _read_records(records, agencies, normalizer=normalizer, catalog=catalog, region=region,
                             region_names=region_names, progress=progress, bars=bars)


def _read_records(records, agencies, *, normalizer, catalog, region, region_names, progress, bars) -> RecordFeatures:
    from .routine import parse_code

    preparing = bars.enter_context(ExitStack())
    step = preparing.enter_context(stages(progress, "menyiapkan teks / preparing texts", 4))

    n = len(records)
    ids = _texts(records, "id")
    agency = _texts(records, "agency")
    if region is None:
        region = np.full(n, "", dtype=object)
    context = NameContext.from_agencies(
        zip(agencies["id"].astype(str), agencies["name"].astype(str),
            agencies["short_name"].astype(str) if "short_name" in agencies else [""] * len(agencies)),
        region_names,
    )
    names = _texts(records, "name")
    descriptions = _texts(records, "description")
    objectives = _texts(records, "objective")
    urls = _texts(records, "url")
    generic = _generic_terms(normalizer)

    # an acronym of one sense is read with its meaning everywhere; one the city gives two senses
    # ("SIMADE" of a kelurahan and of the fishers) only where a record's own name defines it
    acronyms, ambiguous = acronym_meanings(sorted(set(names.tolist()) | set(descriptions.tolist())))
    step()

    def acronym_meaning(word, key, name):
        if not is_acronym(word):
            return None
        if key in acronyms:
            return acronyms[key]
        return acronym_definitions([name]).get(key) if key in ambiguous else None
    text_words: set = set()
    address_parts: set = set()

    def vocabulary():
        # words of at least 3 letters in the city's own texts, the lexicon and the function labels
        # (a word among them is never cut), and those plus the words of the city's addresses
        # (what a glued word may be cut into)
        if not text_words:
            for text in set(names.tolist()) | set(descriptions.tolist()):
                text_words.update(w for w in fold(strip_urls(text)).split() if len(w) >= 3 and w.isalpha())
            if catalog is not None:
                text_words.update(w.lstrip("=") for phrase in catalog.function_phrases for w in phrase if len(w) >= 3)
            text_words.update(w for label in normalizer.lexicon.concepts.values() for lab in label
                              for w in fold(lab).split() if len(w) >= 3)
            for text in set(names.tolist()) | set(urls.tolist()):
                address_parts.update(w for w in address_words(text).split() if len(w) >= 3 and w.isalpha())
            address_parts.update(text_words)
        return text_words, address_parts

    def specific(tokens):
        return tuple(t for t in tokens if t not in generic and not t.isdigit())

    words_of: dict = {}

    def folded_words(text):
        value = words_of.get(text)
        if value is None:
            value = words_of[text] = frozenset(fold(text).split()) if text else frozenset()
        return value

    def analyse_name(name, url, owner):
        """A record's name: cleaned, its specific terms (with acronyms' meaning), hosts, keys."""
        found_hosts = tuple(dict.fromkeys(find_hosts(url) + find_hosts(name)))
        keys = tuple(dict.fromkeys(system_keys(url) + system_keys(name)))
        cleaned = context.clean(name, owner)
        own_terms = specific(normalizer.tokens(cleaned))
        if keys and len(read(cleaned)[1]) >= 2:
            # a name that lists several national applications, one row per address ("Aplikasi
            # Pusat : SIPD-RI, e-Billing Pajak, e-ASN Digital; Aplikasi Daerah : SIMPEG, ...",
            # eight rows of one unit): it says which systems the unit uses, the address which
            # one this row is
            cleaned, own_terms = "", ()
        address_only = bool(keys) and not own_terms
        if address_only:
            # a name that is only an address: its host and path words are the name, the
            # owner's own name taken out first (glued in addresses: "landasanulinselatan"),
            # then glued words cut where the city's own vocabulary allows ("tatasurat")
            words = (address_words(name) or address_words(url)).split()
            words = [w for w in words if w not in context.own_words(owner) and not context.abbreviates(w, owner)]
            known, parts = vocabulary()
            words = [part for w in words for part in split_compound(w, parts, root_words() | known)]
            cleaned = context.clean(" ".join(x for x in (cleaned, *words) if x), owner)
            own_terms = specific(normalizer.tokens(cleaned))
        # an acronym is read with its meaning where it is written as one ("SIMADE", not "di")
        meaning = [found for w in cleaned.split()
                   if (found := acronym_meaning(w, fold(w).replace(" ", ""), name))] if acronyms or ambiguous else []
        n_terms = specific(normalizer.tokens(" ".join([cleaned, *meaning]))) if meaning else own_terms
        # named only by an address that says nothing but its owner ("kec-cempaka.kota.go.id"),
        # or as the owner's website ("Website Dinas Kesehatan" of the Dinas Kesehatan)
        owner_words = context.own_words(owner)
        beyond_owner = [t for t in n_terms if t not in AGENCY_WORDS and t not in owner_words]
        owner_only = address_only and not beyond_owner
        owner_site = (bool(owner) and bool(folded_words(name) & _WEBSITE_WORDS)
                      and all(t in _SITE_WORDS for t in beyond_owner))
        return (cleaned, " ".join([cleaned, *meaning]), n_terms, found_hosts, keys,
                _name_key(cleaned) if own_terms else "", owner_only, owner_site)

    def analyse_description(desc, owner):
        d_clean = context.clean_description(desc, owner) if desc else ""
        return d_clean, (specific(normalizer.tokens(d_clean)) if d_clean else ()), tuple(find_hosts(desc))

    tags: dict = {}

    def read(text):
        hit = tags.get(text)
        if hit is None:
            hit = tags[text] = catalog.read(text) if catalog is not None and text else (set(), set())
        return hit

    per_agency_functions = (frozenset(f for f in catalog.functions if catalog.functions[f].per_agency)
                            if catalog is not None else frozenset())
    # Every text is read once per distinct value: records share names and descriptions
    # (a roll-up of many cities repeats the national nomenclature), so the work grows with
    # the distinct texts, not the records. The owner matters only where a text names it.
    full_codes, full_parts = factorize_rows(descriptions, objectives)
    desc_full = _spread_values([(d + " " + o).strip() if o else d for d, o in full_parts], full_codes)
    owner_words: dict[str, set] = {}
    for agency_id in set(agency.tolist()):
        for word in context.own_words(agency_id):
            owner_words.setdefault(word, set()).add(agency_id)

    owner_keys = frozenset(owner_words)

    agency_codes, agency_ids = pd.factorize(pd.Series(agency, dtype=object))
    agency_ids = agency_ids.to_numpy(dtype=object)
    step()
    glued_of: dict = {}

    def names_its_owner(text, owner):
        # whether the owner's name may be in the text as the cleaning takes it out: its words
        # and its glued letters are those of the text whoever owns it, so found once per text
        glued = glued_of.get(text)
        if glued is None:
            glued = glued_of[text] = fold(text).replace(" ", "")
        return context.may_name(folded_words(text), glued, owner)

    def owners_named(texts, keep=None, keep_anyway=None):
        """Per record, its agency when one of the record's texts can name it, else "".

        ``keep(text, agency)``, when given, is asked whether the agency matters to the reading
        of the text (not only whether a word of its name is in it); not for the records where
        ``keep_anyway`` is True. Both are asked once per distinct text and agency.
        """
        codes, distinct = pd.factorize(pd.Series(texts, dtype=object))
        # per distinct text the few owner words it holds, not the agencies they name: in a roll-up
        # one word names an agency in every region ("kesehatan"), and a set of them per text took
        # a million programs to 12 GB
        held = [tuple(folded_words(t) & owner_keys) if t else () for t in distinct]
        out = np.full(n, "", dtype=object)
        # only the records whose text holds an owner word are looked at, once per text and owner
        names_some = np.array([bool(x) for x in held], dtype=bool)
        rows = np.flatnonzero(names_some[codes])
        if not len(rows):
            return out
        pair_of = codes[rows].astype(np.int64) * len(agency_ids) + agency_codes[rows]
        pairs, inverse = np.unique(pair_of, return_inverse=True)
        if keep is not None:
            # a pair needs asking only if one of its records is not kept anyway
            ask = (np.bincount(inverse, weights=~keep_anyway[rows], minlength=len(pairs)) > 0
                   if keep_anyway is not None else np.ones(len(pairs), dtype=bool))
        # plain ints and lists, not numpy scalars: a roll-up has hundreds of thousands of pairs
        text_at, owner_at = (x.tolist() for x in np.divmod(pairs, len(agency_ids)))
        owner_of, text_of = agency_ids.tolist(), list(distinct)
        asked = ask.tolist() if keep is not None else None
        named_list, kept_list = [False] * len(pairs), [False] * len(pairs)
        for k, (code, at) in enumerate(zip(text_at, owner_at)):
            owner = owner_of[at]
            for word in held[code]:
                if owner in owner_words[word]:
                    named_list[k] = True
                    kept_list[k] = keep is None or (asked[k] and keep(text_of[code], owner))
                    break
        named, kept = np.array(named_list, dtype=bool), np.array(kept_list, dtype=bool)
        chosen = named[inverse]
        if keep is not None:
            chosen &= kept[inverse] | (keep_anyway[rows] if keep_anyway is not None else False)
        out[rows[chosen]] = agency[rows[chosen]]
        return out

    # A record's texts are read once per distinct text and owner, so the owner is kept only
    # where the reading depends on it: a roll-up whose agencies' names share a word with many
    # texts ("wilayah", "kesehatan") read each text once per owner (20 times in bench_analyses'
    # city). A name depends on its owner where the owner's name may be in it (the cleaning)
    # and where it may be read as an address or as the owner's website (both read against the
    # owner's words); so does a name with an address beside it.
    def name_reads_owner(text, owner):
        return ("." in text or "://" in text or bool(folded_words(text) & _WEBSITE_WORDS)
                or names_its_owner(text, owner))

    name_owner = owners_named(names, name_reads_owner, keep_anyway=urls != "")
    url_owner = owners_named(urls)
    name_owner = np.where(name_owner != "", name_owner, url_owner)
    step()
    # an address can name its owner by the agency's short form when the agencies table has
    # none ("dinkes.banjarbarukota.go.id" of the Dinas Kesehatan)
    abbreviated: dict = {}
    text_codes, distinct_names = pd.factorize(pd.Series(names, dtype=object))
    dotted = np.array(["." in text for text in distinct_names], dtype=bool)[text_codes]  # an address has a dot
    for r in np.flatnonzero((name_owner == "") & (dotted | (urls != ""))).tolist():
        key = (names[r], urls[r], agency[r])
        found = abbreviated.get(key)
        if found is None:
            words = (address_words(names[r]) + " " + address_words(urls[r])).split()
            found = abbreviated[key] = any(context.abbreviates(w, agency[r]) for w in words)
        if found:
            name_owner[r] = agency[r]
    desc_owner = owners_named(desc_full, names_its_owner)
    name_codes, name_parts = factorize_rows(names, urls, name_owner)
    desc_codes, desc_parts = factorize_rows(desc_full, desc_owner)
    preparing.close()
    track = progress or no_progress
    named = [analyse_name(*part)
             for part in track(name_parts, label="membaca nama / reading names", total=len(name_parts))]
    described = [analyse_description(*part) for part in track(
        desc_parts, label="membaca uraian / reading descriptions", total=len(desc_parts))]
    combo_codes, combo_first = factorize_first(name_codes, desc_codes)
    # A record's functions depend on what its name and its description each say of jobs and
    # addresses, not on their other words: read once per distinct pair of those (a roll-up has a
    # million distinct name-and-description pairs and far fewer such readings).
    name_says, name_sayings = _interned(
        (frozenset(f), frozenset(a), hosts, owner_only, owner_site)
        for (f, a), hosts, owner_only, owner_site in ((read(x[1]), x[3], x[6], x[7]) for x in named))
    desc_says, desc_sayings = _interned(
        (frozenset(f), frozenset(a), hosts, bool(terms))
        for (f, a), hosts, terms in ((read(x[0]), x[2], x[1]) for x in described))
    combo_names, combo_descs = name_codes[combo_first], desc_codes[combo_first]
    saying_codes, sayings = factorize_rows(name_says[combo_names], desc_says[combo_descs])
    saying_codes = saying_codes[combo_codes] if len(combo_codes) else combo_codes
    combined = []
    for name_saying, desc_saying in track(sayings, label="membaca fungsi / reading functions", total=len(sayings)):
        f_name, a_name, name_hosts, owner_only, owner_site = name_sayings[name_saying]
        f_desc, a_desc, desc_hosts, d_terms = desc_sayings[desc_saying]
        found_hosts = tuple(dict.fromkeys(name_hosts + desc_hosts)) if desc_hosts else name_hosts
        funcs, apps = f_name | f_desc, a_name | a_desc
        if found_hosts and catalog is not None:
            apps = apps | catalog.national_of("", found_hosts)
        if apps:
            # the whole record says which of a national application's jobs it does
            funcs = catalog.with_national(funcs, apps)
        per_agency = funcs & per_agency_functions
        if (owner_only and not d_terms) or owner_site:
            # the agency's own website: an address saying nothing but its owner, or a name
            # saying "website" and the owner's name (what its description says is its content)
            per_agency = per_agency | per_agency_functions
        combined.append((frozenset(funcs - per_agency_functions), frozenset(per_agency), frozenset(apps), found_hosts))

    spread = _spread_values

    clean_name = spread([x[0] for x in named], name_codes)
    name_terms = spread([x[2] for x in named], name_codes).tolist()
    key_list = spread([x[4] for x in named], name_codes).tolist()
    name_key = spread([x[5] for x in named], name_codes)
    description_terms = spread([x[1] for x in described], desc_codes).tolist()
    functions = spread([x[0] for x in combined], saying_codes).tolist()
    own_functions = spread([x[1] for x in combined], saying_codes).tolist()
    national = spread([x[2] for x in combined], saying_codes).tolist()
    host_list = spread([x[3] for x in combined], saying_codes).tolist()

    step = bars.enter_context(stages(progress, "membaca kode, data / reading codes, data", 4))
    outputs = _texts(records, "output")
    targets = _texts(records, "target_group")
    token_cache: dict = {}

    def terms_of(text):
        value = token_cache.get(text)
        if value is None:
            value = token_cache[text] = specific(normalizer.tokens(text)) if text else ()
        return value

    def spread_terms(texts):  # each distinct text read once
        codes, distinct = pd.factorize(pd.Series(texts, dtype=object))
        return _spread_values([terms_of(t) for t in distinct], codes).tolist()

    output_terms = spread_terms(outputs)
    target_terms = spread_terms(targets)
    step()

    codes = _texts(records, "code")
    standard_key, overlap_mask = overlap_marks(names, codes)
    inverse, distinct = pd.factorize(pd.Series(codes, dtype=object))
    parsed = [parse_code(c) for c in distinct]
    keys = np.full((len(distinct), 4), -1, dtype=np.int64)
    for level, length in enumerate((2, 3, 5, 6)):
        seen: dict[tuple, int] = {}
        for j, seg in enumerate(parsed):
            if len(seg) >= length:
                keys[j, level] = seen.setdefault(seg[:length], len(seen))
    code_keys = keys[inverse] if n else keys[:0]

    act_inverse, act_distinct = pd.factorize(pd.Series(names, dtype=object))
    activity = (np.array([activity_of(x, normalizer) for x in act_distinct], dtype=object)[act_inverse]
                if n else np.zeros(0, dtype=object))
    types = agencies["type"].astype(str) if "type" in agencies else [""] * len(agencies)
    kind_of = {i: unit_kind(name, t) for i, name, t in zip(agencies["id"].astype(str), agencies["name"].astype(str),
                                                           types)}
    kinds = np.array([kind_of.get(a, "") for a in agency.tolist()], dtype=object)
    own_facility = (kinds != "") & np.isin(activity, list(FACILITY_WORK))
    administration = (np.array([own_administration(x) for x in act_distinct], dtype=bool)[act_inverse]
                      if n else np.zeros(0, dtype=bool))
    companies = {i for i, name, t in zip(agencies["id"].astype(str), agencies["name"].astype(str), types)
                 if regional_company(name, t)}
    internal = frozenset(k for k, fn in catalog.functions.items() if fn.internal)
    company_office = np.zeros(n, dtype=bool)
    for i in np.flatnonzero(np.isin(agency, list(companies))).tolist() if companies else ():
        company_office[i] = bool(functions[i]) and functions[i] <= internal
    step()

    def years(col):
        if col not in records:
            return np.full(n, np.nan)
        return pd.to_numeric(records[col], errors="coerce").astype(float).to_numpy()

    start, end = years("start_year"), years("end_year")
    start, end = np.where(np.isnan(start), end, start), np.where(np.isnan(end), start, end)
    uses, produces = _column(records, "uses", ()), _column(records, "produces", ())
    part_codes, data_parts = factorize_rows(uses, produces)
    # one code per distinct set of datasets (in first-seen order, as factorising the sets would
    # give): the data matrix and the records' likeness use the codes, not a million sets hashed again
    set_codes, data_sets = _interned(frozenset(tuple(u or ()) + tuple(p or ())) for u, p in data_parts)
    data_codes = set_codes[part_codes]
    datasets = _spread_values(data_sets, data_codes).tolist()
    dims = _column(records, "dimension", ())
    # equal tuples shared, and coded: a roll-up repeats a few dimension lists a million times
    dim_codes, dim_lists = _interned(
        tuple(d or ()) if not isinstance(d, str) else tuple(x for x in d.split(";") if x) for d in dims)
    dimension = _spread_values(dim_lists, dim_codes)
    step()

    background = background_shares(normalizer)
    vocab: dict = {}
    # distinct term tuples once, spread to the records by their codes
    matrices = TermMatrices(
        name=_rows_by_code(_counts([x[2] for x in named], vocab), name_codes),
        description=_rows_by_code(_counts([x[1] for x in described], vocab), desc_codes),
        output=_rows_by_code(*_distinct_counts(output_terms, vocab)),
        target=_rows_by_code(*_distinct_counts(target_terms, vocab, binary=True)),
        function=_rows_by_code(*_distinct_counts(functions, {}, binary=True, own_vocab=True)),
        data=_rows_by_code(_distinct_counts(data_sets, {}, binary=True, own_vocab=True)[0], data_codes),
        vocab=vocab, background=background,
    )
    text_code, text_first = factorize_first(combo_codes, outputs, targets)
    texts = [(named[name][1], described[desc][0], out, tgt) for name, desc, out, tgt in zip(
        name_codes[text_first].tolist(), desc_codes[text_first].tolist(), outputs[text_first].tolist(),
        targets[text_first].tolist())]
    element = _texts(records, "element")
    return RecordFeatures(
        ids=ids, agency=agency, region=np.asarray(region, dtype=object), clean_name=clean_name,
        name_terms=name_terms, description_terms=description_terms, output_terms=output_terms,
        functions=functions, own_functions=own_functions, national=national, hosts=host_list,
        system_keys=key_list, name_key=name_key,
        target_terms=target_terms, dimension=dimension, element=element,
        code_keys=code_keys, activity=activity, start=start, end=end, datasets=datasets,
        text_code=text_code, texts=texts,
        # once for all records: a block numbers its own from these (a roll-up has hundreds of blocks)
        alike=factorize_first(text_code, data_codes, dim_codes, element, *code_keys.T, start, end)[0],
        background=background, matrices=matrices, standard_key=standard_key, overlap_mask=overlap_mask,
        catalog=catalog, unit_kind=kinds, own_facility=own_facility, own_administration=administration,
        company_office=company_office,
    )


def _interned(keys) -> tuple[np.ndarray, list]:
    """A code per key (equal keys one code, in first-seen order) and the distinct keys.

    >>> codes, distinct = _interned([("a",), ("b",), ("a",)])
    >>> codes.tolist(), distinct
    ([0, 1, 0], [('a',), ('b',)])
    """
    seen: dict = {}
    codes = np.fromiter((seen.setdefault(k, len(seen)) for k in keys), dtype=np.int64)
    return codes, list(seen)


def _spread_values(values, codes) -> np.ndarray:
    """``values[codes]`` as an object array (values may be tuples or sets)."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array[np.asarray(codes, dtype=np.int64)] if len(codes) else array[:0]


# --------------------------------------------------------------------------- matrices
class TermMatrices:
    """Per record, its terms as sparse count rows in one vocabulary (name, description,
    output) and binary rows of its target group's terms, functions and datasets."""

    def __init__(self, *, name, description, output, target, function, data, vocab, background):
        width = max(len(vocab), 1)
        # columns in term order, not in the order the rows happened to bring them: sums of
        # floats then run in one order whatever the row order
        self.terms = tuple(sorted(vocab))
        #: columns never named as what two records share ("tidak", "by")
        self.function_words = function_word_columns(self.terms)
        name, description, output, target = (_reorder(m, vocab) for m in (name, description, output, target))
        #: per term, its share of the national nomenclature's names, and the weight that gives it
        self.shares = np.array([background.get(t, 0.0) for t in self.terms] or [0.0])
        self.scale = np.array([specificity(x) for x in self.shares])
        self.name, self.description, self.output, self.target = (
            _widen(m, width) for m in (name, description, output, target))
        self.function, self.function_names = function
        self.data = data


def _pairs_within(groups, most: int) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of members of each group (an array of distinct rows) of 2 to ``most`` members:
    a blocking rule's candidates, as two arrays."""
    a, b = [], []
    for members in groups:
        if 1 < len(members) <= most:
            i, j = upper_pairs(len(members))
            a.append(members[i])
            b.append(members[j])
    if not a:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(a).astype(np.int64), np.concatenate(b).astype(np.int64)


def _reorder(m: sp.csr_matrix, vocab: dict) -> sp.csr_matrix:
    """``m``'s columns renumbered so that they follow the sorted terms of ``vocab``."""
    rank = np.empty(max(len(vocab), 1), dtype=np.int64)
    rank[[vocab[t] for t in sorted(vocab)]] = np.arange(len(vocab))
    out = sp.csr_matrix((m.data, rank[m.indices] if m.nnz else m.indices, m.indptr), shape=m.shape)
    out.sort_indices()
    return out


def _widen(m: sp.csr_matrix, width: int) -> sp.csr_matrix:
    """``m`` with ``width`` columns (a vocabulary that grew while other matrices were built)."""
    return sp.csr_matrix((m.data, m.indices, m.indptr), shape=(m.shape[0], width))


def _rows_by_code(matrix, codes, *rest):
    """The rows of ``matrix`` (one per distinct value) for every record, by the records' codes."""
    out = matrix[np.asarray(codes, dtype=np.int64)] if len(codes) else matrix[:0]
    return (out, *rest) if rest else out


def _distinct_counts(values: list, vocab: dict, binary: bool = False, own_vocab: bool = False):
    """Count (or binary) rows of the distinct values of ``values`` (tuples or frozensets of
    terms), and each record's code; with ``own_vocab`` (``vocab`` is this matrix's alone) its
    columns in term order and the terms too."""
    codes, distinct = pd.factorize(pd.Series(values, dtype=object))
    distinct = [tuple(sorted(v)) if isinstance(v, frozenset) else v for v in distinct]
    matrix = (_binary if binary else _counts)(distinct, vocab)
    if own_vocab:
        return _reorder(_widen(matrix, max(len(vocab), 1)), vocab), codes, tuple(sorted(vocab))
    return matrix, codes


def _binary(rows_of_items: list, vocab: dict) -> sp.csr_matrix:
    indptr, indices = [0], []
    for items in rows_of_items:
        cols = sorted({vocab.setdefault(t, len(vocab)) for t in items})
        indices.extend(cols)
        indptr.append(len(indices))
    return sp.csr_matrix((np.ones(len(indices), dtype=np.float32), np.asarray(indices, dtype=np.int64),
                          np.asarray(indptr, dtype=np.int64)), shape=(len(rows_of_items), max(len(vocab), 1)))


def _counts(rows_of_terms: list, vocab: dict) -> sp.csr_matrix:
    indptr, indices, data = [0], [], []
    for terms in rows_of_terms:
        counts: dict[int, float] = {}
        for t in terms:
            j = vocab.setdefault(t, len(vocab))
            counts[j] = counts.get(j, 0.0) + 1.0
        cols = sorted(counts)
        indices.extend(cols)
        data.extend(counts[c] for c in cols)
        indptr.append(len(indices))
    return sp.csr_matrix((np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int64),
                          np.asarray(indptr, dtype=np.int64)), shape=(len(rows_of_terms), max(len(vocab), 1)))


def _tfidf(counts: sp.csr_matrix, drop: np.ndarray | None = None, scale: np.ndarray | None = None,
           row_weight: np.ndarray | None = None) -> sp.csr_matrix:
    """Sublinear TF-IDF rows, L2-normalised, with the ``drop`` columns (boilerplate) weighing nothing
    and each column's weight multiplied by ``scale`` (its specificity) when given. ``row_weight``:
    what each row counts for in the document frequencies (1 each when not given)."""
    m = counts.tocsr(copy=True).astype(np.float32)
    n = m.shape[0]
    if row_weight is None:
        df = np.bincount(m.indices, minlength=m.shape[1]).astype(np.float64)
    else:
        df = np.bincount(m.indices, weights=np.repeat(row_weight, np.diff(m.indptr)), minlength=m.shape[1])
    idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
    if scale is not None:
        idf *= scale.astype(np.float32)
    if drop is not None and drop.any():
        idf[drop] = 0.0
    m.data = np.where(m.data >= 1, 1.0 + np.log(np.maximum(m.data, 1.0)), m.data).astype(np.float32) * idf[m.indices]
    m.eliminate_zeros()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1), dtype=np.float64).ravel())
    norms[norms == 0] = 1.0
    m.data /= np.repeat(norms, np.diff(m.indptr)).astype(np.float32)
    return m


def _spread(owner: sp.csr_matrix, counts: sp.csr_matrix) -> np.ndarray:
    """Per term, how many agencies' records use it (``owner``: agencies x records)."""
    used = (owner @ (counts > 0).astype(np.float32)).tocsr()
    return np.bincount(used.indices, minlength=counts.shape[1]) if used.nnz else np.zeros(counts.shape[1])


class Block:
    """One city's records (a region, or everything): matrices with the city's own frequencies.

    Parameters
    ----------
    features : RecordFeatures
    rows : array of int
        Positions (in ``features``) of the block's records; taken in id order.
    by_name : bool
        One specific name is one system (application inventories, see :meth:`same_system`).
    """

    def __init__(self, features: RecordFeatures, rows: np.ndarray, *, by_name: bool = False):
        f = features
        #: whether one specific name makes one system (an application inventory) or not (programs)
        self.by_name = by_name
        rows = np.asarray(rows, dtype=np.int64)
        rows = rows[np.argsort(f.ids[rows].astype(str), kind="stable")]
        self.features = f
        self.rows = rows
        n = self.n = len(rows)
        agency = f.agency[rows].astype(str)
        self.agency_codes, self.agency_names = pd.factorize(pd.Series(agency, dtype=object))
        self.n_agencies = len(self.agency_names)
        # records that can be duplicates at all (an agency's own website cannot): the
        # prior and the chance pairs are counted over them
        self.eligible = np.array([not f.own_functions[r] for r in rows.tolist()], dtype=bool)
        self.eligible_rows = np.flatnonzero(self.eligible)
        codes = self.agency_codes[self.eligible_rows]
        counts = np.bincount(codes, minlength=self.n_agencies) if len(codes) else np.zeros(0, dtype=np.int64)
        m_eligible = len(codes)
        self.n_eligible = m_eligible
        self.cross_pairs = int((m_eligible * m_eligible - int((counts.astype(np.int64) ** 2).sum())) // 2)

        tm = f.matrices
        name_counts, desc_counts, output_counts = tm.name[rows], tm.description[rows], tm.output[rows]
        self.terms = tm.terms
        shares = tm.shares
        self.background = shares
        scale = tm.scale
        # boilerplate: words of the names of many agencies' records
        owner = sp.csr_matrix((np.ones(n, dtype=np.float32), (self.agency_codes, np.arange(n))),
                              shape=(max(self.n_agencies, 1), n))
        limit = max(BOILERPLATE_MIN_AGENCIES, BOILERPLATE_SHARE * self.n_agencies)
        self.boilerplate = _spread(owner, name_counts) >= limit
        desc_boilerplate = _spread(owner, desc_counts) >= limit
        # each agency counts once in how common a word is: one agency's 180 health rows make
        # "kesehatan" its own word, not a word common across the city
        per_agency = np.bincount(self.agency_codes, minlength=max(self.n_agencies, 1)).astype(np.float64)
        weight = n / (max(self.n_agencies, 1) * per_agency[self.agency_codes])
        self.name = _tfidf(name_counts, self.boilerplate, scale, weight)
        self.description = _tfidf(desc_counts, desc_boilerplate, scale, weight)
        self.output = _tfidf(output_counts, scale=scale, row_weight=weight)
        # rare words: 1/df of each specific word of name or description (boilerplate left out)
        either = ((name_counts + desc_counts) > 0).astype(np.float32).tocsr()
        df = np.bincount(either.indices, minlength=either.shape[1]).astype(np.float64)
        self.df = df
        # a word common in government texts in general counts as uncommon at best, or common
        effective = np.where(shares > BACKGROUND_UNCOMMON, np.maximum(df, n + 1.0),
                             np.where(shares > BACKGROUND_RARE, np.maximum(df, RARE_COUNT + 1.0), df))
        inv = np.where(df > 0, 1.0 / np.maximum(effective, 1), 0.0)
        inv[self.boilerplate | desc_boilerplate] = 0.0
        self.has_specific = np.diff(either.indptr) > 0
        either.data = inv[either.indices].astype(np.float32)
        either.eliminate_zeros()
        self.rare = either
        # dimensions as bit masks (six of them; any other value gets a bit of its own)
        dims = f.dimension[rows]
        dim_codes, dim_distinct = pd.factorize(pd.Series([tuple(sorted(x)) for x in dims], dtype=object))
        bits: dict = {}
        masks = [sum(1 << bits.setdefault(d, len(bits)) for d in x) for x in dim_distinct]
        self.dimension_mask = (np.array(masks, dtype=object if len(bits) > 62 else np.int64)[dim_codes]
                               if n else np.zeros(0, dtype=np.int64))
        self.element = f.element[rows].astype(str)
        self.standard_key = f.standard_key[rows]
        self.overlap_mask = f.overlap_mask[rows]
        self.function = tm.function[rows]
        self.function_names = tm.function_names
        self.target = tm.target[rows]
        # the datasets the block's records use or produce, numbered in the block (in the same order):
        # a roll-up's data matrix has a column for each of its hundreds of thousands of datasets
        data = tm.data[rows]
        used = distinct_sorted(data.indices)
        self.data = sp.csr_matrix((data.data, np.searchsorted(used, data.indices), data.indptr),
                                  shape=(n, max(len(used), 1)))
        # the vector that finds candidates: the words of name and description in one space,
        # so a name ("Peta") meets another record's description ("Pemetaan hutan")
        words = _tfidf(name_counts + desc_counts, self.boilerplate | desc_boilerplate, scale, weight)
        search = sp.hstack([
            words * SEARCH_WEIGHTS["words"], self.output * SEARCH_WEIGHTS["output"],
            _tfidf(self.function) * SEARCH_WEIGHTS["function"],
        ]).tocsr()
        norms = np.sqrt(np.asarray(search.multiply(search).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        search = sp.diags(1.0 / norms) @ search
        self.search = search.astype(np.float32).tocsr()

    # ------------------------------------------------------------------ pairs
    def candidates(self, k: int = 20, floor: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
        """Cross-agency pairs worth comparing (block-local rows, ``a < b``): each record's ``k`` nearest."""
        from .topk import product_topk

        if self.n < 2 or self.n_agencies < 2:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        found_a, found_b = [], []
        # search without each row's faint entries (words every record has make the product
        # dense); the comparisons use the full rows
        search = self.search.copy()
        search.data[search.data < SEARCH_PRUNE] = 0.0
        search.eliminate_zeros()
        bt = search.T.tocsr()
        for start in range(0, self.n, 4096):
            ha, hb, _ = product_topk(search[start : start + 4096], bt, k + 1, floor)
            found_a.append(ha + start)
            found_b.append(hb)
        a = np.concatenate(found_a)
        b = np.concatenate(found_b)
        # the same host is a candidate too (the same system, listed twice), and two
        # sub kegiatan the nomenclature knows to do one job (their names need not meet)
        host_a, host_b = self._same_host_pairs()
        known_a, known_b = self._known_overlap_pairs()
        job_a, job_b = self._shared_function_pairs()
        a = np.concatenate([a, host_a, known_a, job_a])
        b = np.concatenate([b, host_b, known_b, job_b])
        cross = self.agency_codes[a] != self.agency_codes[b]
        a, b = np.minimum(a, b)[cross], np.maximum(a, b)[cross]
        unique = distinct_sorted(a * self.n + b)
        return unique // self.n, unique % self.n

    def _shared_function_pairs(self, most: int = FUNCTION_BLOCK_MOST):
        """Pairs of records read as doing one e-government function, for functions of at most
        ``most`` records in the block. Half the true duplicates of real inventories share no
        word ("SIMPEG" and "SIASN", two personnel systems); in the word search their one
        shared function is drowned by their other words."""
        function = sp.csc_matrix(self.function)
        return _pairs_within((distinct_sorted(function.indices[function.indptr[c]:function.indptr[c + 1]])
                              for c in range(function.shape[1])), most)

    def _known_overlap_pairs(self, most: int = 200):
        """Pairs of records in one known overlap of the nomenclature (:mod:`synergy.overlaps`),
        for groups of at most ``most`` records in the block."""
        marked = np.flatnonzero(self.overlap_mask != 0)
        masks = [int(x) for x in self.overlap_mask[marked].tolist()]
        return _pairs_within((marked[[(m >> bit) & 1 == 1 for m in masks]]
                              for bit in range(max(masks, default=0).bit_length())), most)

    def exact_chance(self) -> dict[str, np.ndarray]:
        """The overlap comparison's levels counted over every cross-agency pair of the block's
        eligible records (two different standard names: 0 in no group, 1 in one group of one
        reader, 2 in one group of each reader).

        A known overlap is a few dozen pairs among a plan's hundreds of thousands: a sample of
        thousands would see it zero times or once, and its weight would swing with the draw.
        Counted by agency and name (pairs of one agency or one name are no pair here), not
        pair by pair. Training reads it (:meth:`synergy.matching.MatchModel.learn_comparison`);
        a city keeps the learned ``u`` (``MatchModel.fixed_u``).
        """
        rows = np.flatnonzero(self.eligible & (self.standard_key >= 0))
        counts = np.zeros(LEVELS["overlap"])
        if len(rows) < 2:
            return {"overlap": counts}
        agency, key, mask = self.agency_codes[rows], self.standard_key[rows], self.overlap_mask[rows]
        width = int(self.n_agencies)
        combo = key.astype(np.int64) * width + agency  # one name in one agency

        def tally(values, members):
            found, number = np.unique(values[members], return_counts=True)
            return dict(zip(found.tolist(), number.astype(np.float64).tolist()))

        def between(x, y):
            """Pairs of an ``x`` and a ``y`` record of different agencies and different names."""
            total = float(len(x)) * len(y)
            for values in (agency, key):
                tx, ty = tally(values, x), tally(values, y)
                total -= sum(v * ty.get(k, 0.0) for k, v in tx.items())
            tx, ty = tally(combo, x), tally(combo, y)
            return total + sum(v * ty.get(k, 0.0) for k, v in tx.items())

        def sharing(bits):
            """Pairs whose records share a group among ``bits``."""
            total = 0.0
            values = [int(m) & bits for m in mask.tolist()]
            marked = [i for i, v in enumerate(values) if v]
            distinct = sorted({values[i] for i in marked})
            members = {m: np.array([i for i in marked if values[i] == m], dtype=np.int64) for m in distinct}
            for i, first in enumerate(distinct):
                total += between(members[first], members[first]) / 2
                for second in distinct[i + 1:]:
                    if first & second:
                        total += between(members[first], members[second])
            return total

        everyone = np.arange(len(rows))
        either = sharing(-1)  # a group of any reader
        # in a group of each of two readers: inclusion-exclusion over the readers' groups
        both = sum(sharing(bits) for bits in reader_masks()) - either if len(reader_masks()) == 2 else 0.0
        counts[:] = [between(everyone, everyone) / 2 - either, either - both, both]
        return {"overlap": counts}

    def _same_host_pairs(self):
        hosts: dict[str, list[int]] = {}
        has_keys, _, name_code = self._system_marks
        f = self.features
        for local in np.flatnonzero(has_keys).tolist():
            for h in f.system_keys[int(self.rows[local])]:
                hosts.setdefault(h, []).append(local)
        # records of one name, grouped by the name's code (no Python pass over every record)
        named = np.flatnonzero(name_code >= 0)
        if len(named):
            order = named[np.argsort(name_code[named], kind="stable")]
            starts = np.r_[0, np.flatnonzero(np.diff(name_code[order])) + 1]
            sizes = np.diff(np.r_[starts, len(order)])
            # only the names of two records or more (a region's names are mostly its own)
            for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
                group = order[start : start + size]
                hosts["\0" + str(int(name_code[group[0]]))] = group.tolist()
        return _pairs_within((np.asarray(members, dtype=np.int64) for members in hosts.values()), 200)

    @functools.cached_property
    def system(self) -> np.ndarray:
        """Per record of the block, the number of the system it is: records listing one system
        (one address, one national application, with ``by_name`` one specific name) share it.

        An inventory is often a census of use: ten units listing SRIKANDI are one system, and
        the city's chance agreement is measured over systems, not over listings.
        """
        f = self.features
        parent = list(range(self.n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        first: dict = {}
        has_keys, has_national, name_code = self._system_marks
        for local in np.flatnonzero(has_keys | has_national).tolist():
            r = int(self.rows[local])
            for key in (*f.system_keys[r], *("\0national:" + k for k in f.national[r])):
                other = first.setdefault(key, local)
                if other != local:
                    parent[find(local)] = find(other)
        if self.by_name:
            own = ~self.eligible
            for local in np.flatnonzero((name_code >= 0) & ~own).tolist():
                other = first.setdefault(("name", int(name_code[local])), local)
                if other != local:
                    parent[find(local)] = find(other)
        # every record's root, by pointer jumping over the whole array (no Python call per record)
        roots = np.asarray(parent, dtype=np.int64)
        while len(roots) and not np.array_equal(above := roots[roots], roots):
            roots = above
        return pd.factorize(roots)[0] if self.n else roots

    @functools.cached_property
    def representatives(self) -> np.ndarray:
        """The first eligible record of every system (the others list the same system again)."""
        rows = self.eligible_rows
        _, first = np.unique(self.system[rows], return_index=True)
        return np.sort(rows[first])

    def random_pairs(self, size: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Up to ``size`` distinct random cross-agency pairs of eligible records, one record per
        system (all such pairs when fewer)."""
        pool = self.representatives
        m = len(pool)
        if self.cross_pairs == 0 or m < 2:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        if self.cross_pairs <= size:
            i, j = upper_pairs(m)
            a, b = pool[i], pool[j]
            keep = self.agency_codes[a] != self.agency_codes[b]
            return a[keep].astype(np.int64), b[keep].astype(np.int64)
        rng = np.random.default_rng(seed)
        draws = int(size * 1.3) + 16
        a = pool[rng.integers(0, m, draws)]
        b = pool[rng.integers(0, m, draws)]
        keep = self.agency_codes[a] != self.agency_codes[b]
        a, b = np.minimum(a, b)[keep], np.maximum(a, b)[keep]
        key, first = np.unique(a * self.n + b, return_index=True)
        order = np.sort(first)[:size]
        return a[order], b[order]

    def compare(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Comparison levels (pairs x :data:`synergy.matching.COMPARISONS`), -1 where unknown."""
        f = self.features
        a = np.asarray(a, dtype=np.int64)
        b = np.asarray(b, dtype=np.int64)
        m = len(a)
        out = np.full((m, len(COMPARISONS)), -1, dtype=np.int64)
        if not m:
            return out
        col = {c: j for j, c in enumerate(COMPARISONS)}
        ga, gb = self.rows[a], self.rows[b]

        def known_rows(matrix):
            return np.diff(matrix.indptr) > 0

        def levels(values, cuts):
            return np.searchsorted(np.asarray(cuts), values, side="right")

        def dot_where_known(matrix):
            """Whether both rows of each pair hold something, and their dot product there (zero
            elsewhere, where no level reads it: a plan's records often have no description at all)."""
            known = known_rows(matrix)
            both = known[a] & known[b]
            sim = np.zeros(m)
            where = np.flatnonzero(both)
            if len(where):
                sim[where] = rowwise_dot(matrix, a[where], None, b[where])
            return both, sim

        both, sim = dot_where_known(self.name)
        out[:, col["name"]] = np.where(both, levels(sim + 1e-6, NAME_CUTS), -1)

        both, sim = dot_where_known(self.description)
        out[:, col["description"]] = np.where(both, levels(sim + 1e-6, DESCRIPTION_CUTS), -1)

        both = self.has_specific[a] & self.has_specific[b]
        where = np.flatnonzero(both)
        shared = self.rare[a[where]].multiply(self.rare[b[where]]).tocsr()
        best = np.zeros(m)
        rows_with = np.diff(shared.indptr) > 0
        if shared.nnz:
            best[where[rows_with]] = np.maximum.reduceat(shared.data, shared.indptr[:-1][rows_with])
        # best = 1/df^2 of the rarest shared word
        df_min = np.where(best > 0, 1.0 / np.sqrt(np.maximum(best, 1e-30)), np.inf)
        rare = np.where(~np.isfinite(df_min), 0,
                        np.where(df_min <= RARE_COUNT + 0.5, 3, np.where(df_min <= max(UNCOMMON_SHARE * self.n, RARE_COUNT + 0.5), 2, 1)))
        out[:, col["rare_term"]] = np.where(both, rare, -1)

        # a shared function with a shared word (1) or through different words (2): the
        # second is what synonyms and brand names look like, so there a missing shared
        # word says nothing
        both, shared = dot_where_known(self.function)
        shared = shared > 0
        words = out[:, col["rare_term"]]
        out[:, col["function"]] = np.where(both, np.where(shared, np.where(words > 0, 1, 2), 0), -1)
        out[:, col["rare_term"]] = np.where(both & shared & (words == 0), -1, words)

        # the joint text level (see synergy.matching): name first, then the rarest shared
        # word and the description
        name_l, desc_l, rare_l = out[:, col["name"]], out[:, col["description"]], np.maximum(words, 0)
        text = np.select(
            [name_l == 4, name_l == 3, (name_l == 2) & ((desc_l >= 2) | (rare_l == 3)), name_l == 2,
             (rare_l == 3) & (desc_l >= 2), (rare_l == 3) | (desc_l == 3) | ((name_l == 1) & (rare_l >= 2)),
             (rare_l >= 1) | (desc_l >= 1) | (name_l == 1)],
            [SAME_NAME_LEVEL, 6, 5, 4, 3, 2, 1], default=0)
        known = self.has_specific[a] & self.has_specific[b]
        out[:, col["text"]] = np.where(known, text, -1)

        out[:, col["national"]] = self._national_levels(a, b)

        both, sim = dot_where_known(self.target)
        out[:, col["target"]] = np.where(both, (sim > 0).astype(np.int64), -1)

        both, sim = dot_where_known(self.output)
        out[:, col["output"]] = np.where(both, levels(sim + 1e-6, OUTPUT_CUTS), -1)

        mask = self.dimension_mask
        ma, mb = mask[a], mask[b]
        el_a, el_b = self.element[a], self.element[b]
        other_element = (el_a != "") & (el_b != "") & (el_a != el_b)
        out[:, col["dimension"]] = np.where((ma > 0) & (mb > 0),
                                            np.where((ma & mb) > 0, np.where(other_element, 1, 2), 0), -1)

        ka, kb = f.code_keys[ga], f.code_keys[gb]
        known = (ka[:, 0] >= 0) & (kb[:, 0] >= 0)
        level = np.zeros(m, dtype=np.int64)
        agree = np.ones(m, dtype=bool)
        for lvl in range(4):
            agree &= (ka[:, lvl] >= 0) & (ka[:, lvl] == kb[:, lvl])
            level += agree
        out[:, col["code"]] = np.where(known, level, -1)

        act_a, act_b = f.activity[ga], f.activity[gb]
        known = (act_a != "") & (act_b != "")
        out[:, col["activity"]] = np.where(known, (act_a == act_b).astype(np.int64), -1)

        start_a, start_b, end_a, end_b = f.start[ga], f.start[gb], f.end[ga], f.end[gb]
        known = ~np.isnan(start_a) & ~np.isnan(start_b)
        gap = np.maximum(start_a, start_b) - np.minimum(end_a, end_b)
        out[:, col["years"]] = np.where(known, np.where(gap <= 0, 2, np.where(gap <= 1, 1, 0)), -1)

        both, sim = dot_where_known(self.data)
        out[:, col["data"]] = np.where(both, (sim > 0).astype(np.int64), -1)

        # two different standard sub kegiatan: how many readers of the nomenclature put them in
        # one group (one standard name twice is the name's to say)
        key_a, key_b = self.standard_key[a], self.standard_key[b]
        different = (key_a >= 0) & (key_b >= 0) & (key_a != key_b)
        readers = agreeing_readers(self.overlap_mask[a] & self.overlap_mask[b])
        out[:, col["overlap"]] = np.where(different, np.minimum(readers, LEVELS["overlap"] - 1), -1)
        return out

    def same_system(self, a: np.ndarray, b: np.ndarray, *, by_name: bool = True) -> np.ndarray:
        """Why each pair is one system used by two agencies: "host", "national", "name", or "".

        The same web address (host and first path segment, or a host and a path under
        it); the same national application; or the same specific name (a brand such as
        "SIMPEG"; "(Mobile)", "v2" and the like aside) where their addresses, if both are
        known, do not differ (only with ``by_name``: for applications; two programs of one
        name are two agencies doing the same work). Two agencies' own websites share a
        template name, not a system: the name rule skips them; so does one generic name
        whose two descriptions each name a job and no job in common.
        """
        f = self.features
        out = np.full(len(a), "", dtype=object)
        if not len(a):
            return out
        has_keys, has_national, name_code = self._system_marks
        central = self._central
        # only the few pairs with addresses or national applications on both sides need a look
        for i in np.flatnonzero((has_keys[a] & has_keys[b]) | (has_national[a] & has_national[b])).tolist():
            x, y = int(self.rows[a[i]]), int(self.rows[b[i]])
            if has_keys[a[i]] and has_keys[b[i]] and _same_address(f.system_keys[x], f.system_keys[y]):
                out[i] = "host"
            elif f.national[x] & f.national[y]:
                out[i] = "national"
            elif (by_name and name_code[a[i]] >= 0 and name_code[a[i]] == name_code[b[i]]
                  and central[a[i]] & central[b[i]]):
                # one name on two hosts of one ministry ("SIMONA" at simona.kemendagri.go.id and
                # anjababk-simona.kemendagri.go.id): one national system, however reached
                out[i] = "national"
        if by_name:
            own = ~self.eligible
            same_name = ((name_code[a] >= 0) & (name_code[a] == name_code[b]) & ~(has_keys[a] & has_keys[b])
                         & ~own[a] & ~own[b] & (out == ""))
            # one generic name over two different jobs ("SMS Gateway" sending tax news at one
            # agency, permit notices at another): two systems, compared as any others. Only a
            # job the catalogue reads in each description counts ("e-kin versi mobile" names none).
            for i in np.flatnonzero(same_name).tolist():
                jobs_x, jobs_y = (self._description_jobs(int(self.rows[r])) for r in (a[i], b[i]))
                if jobs_x and jobs_y and not jobs_x & jobs_y:
                    same_name[i] = False
            out[same_name] = "name"
        return out

    def _description_jobs(self, row: int) -> frozenset:
        """The e-government functions the catalogue reads in one record's description alone."""
        f = self.features
        description = f.texts[f.text_code[row]][1]
        if f.catalog is None or not description:
            return frozenset()
        return frozenset(f.catalog.read(description)[0])

    @functools.cached_property
    def alike(self) -> np.ndarray:
        """Per record of the block, a number shared by the records that every comparison sees
        alike: the same texts (name, description, output, target group; so the same functions,
        national applications and addresses), datasets, dimensions, element, code and years.
        Two pairs of such records get the same levels, weights and probability: a roll-up
        repeats the nomenclature's names, so a component holds far fewer kinds of pair than
        pairs (:func:`synergy.clusters.block_clusters` compares each kind once)."""
        return pd.factorize(self.features.alike[self.rows])[0].astype(np.int64)

    @functools.cached_property
    def stand_ins(self) -> np.ndarray:
        """For each kind of :attr:`alike` (numbered 0, 1, ... as first seen), its first record."""
        return np.unique(self.alike, return_index=True)[1]

    def kind_pairs(self, a: np.ndarray, b: np.ndarray):
        """The kinds of pair among block-local pairs ``a``, ``b``: the sorted keys of the distinct
        kinds, each pair's index into them, and two records standing for each kind, compared in
        its place (every comparison is symmetric, and two records of one kind compare as one
        record with itself). A dense roll-up's two million candidates are 800,000 kinds."""
        distinct, where = np.unique(self.kind_key(self.alike[a], self.alike[b]), return_inverse=True)
        return (distinct, where.reshape(-1), *self.kind_stand_ins(distinct))

    def kind_key(self, kind_a: np.ndarray, kind_b: np.ndarray) -> np.ndarray:
        """One number per kind of pair, in either order: the keys that :meth:`kind_pairs` and the
        clusters (:func:`synergy.clusters.block_clusters`, which reuses the scored kinds) share."""
        width = len(self.stand_ins)
        return np.minimum(kind_a, kind_b) * width + np.maximum(kind_a, kind_b)

    def kind_stand_ins(self, keys: np.ndarray):
        """Two records standing for each kind of pair (:meth:`kind_key`'s numbers)."""
        width = len(self.stand_ins)
        return self.stand_ins[keys // width], self.stand_ins[keys % width]

    @functools.cached_property
    def _system_marks(self):
        """Per record of the block: has an address, names a national application, its name's code (-1: none)."""
        f = self.features
        rows = self.rows.tolist()
        has_keys = np.fromiter((bool(f.system_keys[r]) for r in rows), dtype=bool, count=len(rows))
        has_national = np.fromiter((bool(f.national[r]) for r in rows), dtype=bool, count=len(rows))
        keys = f.name_key[self.rows]
        codes, _ = pd.factorize(pd.Series(keys, dtype=object))
        return has_keys, has_national, np.where(keys == "", -1, codes)

    @functools.cached_property
    def _central(self) -> list:
        """Per record of the block, the central government's domains its addresses all lie
        under (:func:`synergy.hosting.central_domains`; empty for a region's or a vendor's system)."""
        keys, none = self.features.system_keys, frozenset()
        return [central_domains(keys[r]) if keys[r] else none for r in self.rows.tolist()]

    def central_pairs(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs of two systems both run by the central government (a ministry's or a national
        agency's address on each side, as ``myasn.bkn.go.id`` and ``simona.kemendagri.go.id``):
        never the region's duplicates, since it cannot merge them; one of them listed twice is
        shared use (:meth:`same_system`)."""
        run = self._run_centrally
        return run[a] & run[b]

    @functools.cached_property
    def _run_centrally(self) -> np.ndarray:
        """Per record of the block: a system run by the central government (:attr:`_central`)."""
        return np.fromiter((bool(c) for c in self._central), dtype=bool, count=self.n)

    def central_domains_of(self, a: np.ndarray, b: np.ndarray) -> list[str]:
        """The central government's domains of these pairs' records, sorted (for a note)."""
        central = self._central
        return sorted({d for i in np.concatenate([a, b]).tolist() for d in central[i]})

    def set_aside(self, a: np.ndarray, b: np.ndarray, kind: str = "programs") -> "SetAside":
        """Why each candidate pair is no duplicate whatever it scores (scoring and training set
        aside the same pairs): one system listed twice (:meth:`same_system`), an agency's own
        site, two systems of the central government, two units' own facilities, two agencies' own
        administration (the last two for plans only), a regional company's own administration."""
        basis = self.same_system(a, b, by_name=kind == "applications")
        shared = basis != ""
        plans = kind == "programs"
        facility = self.own_facilities(a, b) if plans else np.zeros(len(a), dtype=bool)
        administration = self.own_administration(a, b) if plans else np.zeros(len(a), dtype=bool)
        return SetAside(basis, shared, self.own_sites(a, b), self.central_pairs(a, b) & ~shared, facility,
                        administration, self.company_office(a, b) & ~shared)

    def company_office(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs with, on either side, a regional company's (BUMD's) system whose every function is
        its own administration (staff, money, goods, letters, plans: :func:`synergy.units.regional_company`,
        ``syn:internalAdministration``): a separate legal entity keeps its own, so one system could
        not serve both. Its services to the public are compared as any."""
        office = self.features.company_office
        rows = self.rows
        return office[rows[a]] | office[rows[b]]

    def own_facilities(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs of two units of one kind (two hospitals, two kecamatan: :mod:`synergy.units`) that
        both build, buy or keep up something: each unit's own facilities, the same kegiatan in two
        places by design. For plans only: two such units' systems are compared as any."""
        f = self.features
        ga, gb = self.rows[a], self.rows[b]
        return f.own_facility[ga] & f.own_facility[gb] & (f.unit_kind[ga] == f.unit_kind[gb])

    def own_administration(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs of two plan items each about its agency's own administration (its staff, office,
        BLUD, annual forum: :func:`synergy.units.own_administration`): routine support under
        another name. For plans only: two agencies' staff apps are compared as any systems."""
        own = self.features.own_administration
        return own[self.rows[a]] & own[self.rows[b]]

    def own_sites(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs with an agency's own website (or other per-agency presence) on either side:
        never duplicates (every agency is expected to have its own; its name is the agency's)."""
        own = ~self.eligible
        return own[a] | own[b]

    def _national_levels(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """1 where one record names a national application whose job the other does without
        naming it (a local rebuild; a system run by the central government is none), 0 where one
        names one and the other does not do its job,
        -1 where neither names one (or both name the same: one system)."""
        _, has_national, _ = self._system_marks
        out = np.full(len(a), -1, dtype=np.int64)
        pick = np.flatnonzero(has_national[a] | has_national[b])
        if not len(pick):
            return out
        named, jobs = self._national_jobs
        x, y = a[pick], b[pick]
        one_system = rowwise_dot(named, x, None, y) > 0
        # this record does a job of an application it names, the other does it and names none; a
        # ministry's own system (Kemendesa's IDM beside Siskeudes) is no local rebuild either
        national = has_national | self._run_centrally
        rebuilt = (((rowwise_dot(jobs, x, self.function, y) > 0) & ~national[y])
                   | ((rowwise_dot(jobs, y, self.function, x) > 0) & ~national[x]))
        out[pick] = np.where(one_system, -1, rebuilt.astype(np.int64))
        return out

    @functools.cached_property
    def _national_jobs(self):
        """Per record of the block, the national applications it names (records x applications)
        and the jobs of theirs it does (records x functions, as :attr:`function`): a module does
        only its own, "SIMDA Keuangan" not SIMDA's asset jobs."""
        f = self.features
        _, has_national, _ = self._system_marks
        column = {name: j for j, name in enumerate(self.function_names)}
        apps: dict = {}
        named_at, jobs_at = ([], []), ([], [])
        for local in np.flatnonzero(has_national).tolist():
            r = int(self.rows[local])
            for key in sorted(f.national[r]):
                named_at[0].append(local)
                named_at[1].append(apps.setdefault(key, len(apps)))
            if f.catalog is not None:
                for g in sorted({g for k in f.national[r] for g in f.catalog.national[k].functions} & f.functions[r]):
                    jobs_at[0].append(local)
                    jobs_at[1].append(column[g])

        def binary(at, width):
            return sp.csr_matrix((np.ones(len(at[0]), dtype=np.float32), at), shape=(self.n, max(width, 1)))

        return binary(named_at, len(apps)), binary(jobs_at, self.function.shape[1])

    def adjustments(self, a: np.ndarray, b: np.ndarray, levels: np.ndarray) -> np.ndarray:
        """Term-frequency adjustment of each pair's evidence (pairs x comparisons).

        Sharing a function that many of the city's records perform (every health app is
        "health") says less than sharing a rare one (two queue apps), and using the dataset
        most of the city's records use (the population register) less than using a rare one:
        for the function and data comparisons, ``ln(E / p^2)`` where ``p`` is the share of
        the city's records that perform the rarest function (use the rarest dataset) both
        share and ``E`` the average of ``p^2`` over the pairs that share one by chance. A
        local rebuild of a national application (the national comparison) is a shared
        function too, weighed the same way: beside SIAK, one more of the many population
        tools a city runs says less than the only local mail system beside SRIKANDI. The
        same for two records of one name (the text comparison's top level): a plan that gives
        one activity to 38 units says little by two of them carrying it, one that gives it to
        two says a lot (Splink's term-frequency adjustment of exact matches). Zero elsewhere.
        """
        out = np.zeros(levels.shape, dtype=np.float64)
        for name, matrix, shares, lowest in (("function", self.function, self._function_shares, 1),
                                             ("national", self.function, self._function_shares, 1),
                                             ("data", self.data, self._data_shares, 1),
                                             ("text", self._name_matrix, self._name_shares, SAME_NAME_LEVEL)):
            col = COMPARISONS.index(name)
            shared = np.flatnonzero(levels[:, col] >= lowest)
            if not len(shared):
                continue
            share, expected = shares
            product = matrix[a[shared]].multiply(matrix[b[shared]]).tocsr()
            product.data = product.data * share[product.indices]
            p_min = np.ones(len(shared))
            has = np.diff(product.indptr) > 0
            if product.nnz:
                p_min[has] = np.minimum.reduceat(product.data, product.indptr[:-1][has])
            out[shared, col] = np.where(has, np.log(expected / np.maximum(p_min, 1e-6) ** 2), 0.0)
        return out

    @functools.cached_property
    def _function_shares(self):
        """Per function, the share of the city's eligible records performing it; and the
        average squared share over chance pairs that share one (sum p^4 / sum p^2); counted over
        systems, not listings."""
        return self._shares(self.function)

    @functools.cached_property
    def _name_matrix(self):
        """Records x names (:func:`_name_key`): one 1 per record whose name says something."""
        _, _, codes = self._system_marks
        named = np.flatnonzero(codes >= 0)
        return sp.csr_matrix((np.ones(len(named), dtype=np.float32), (named, codes[named])),
                             shape=(self.n, int(codes.max()) + 1 if len(named) else 0))

    @functools.cached_property
    def _name_shares(self):
        """Per name, the share of the city's eligible records carrying it (as :attr:`_function_shares`)."""
        return self._shares(self._name_matrix)

    @functools.cached_property
    def _data_shares(self):
        """Per dataset, the share of the city's eligible records using or producing it, and the
        average squared share over chance pairs that share one (as :attr:`_function_shares`)."""
        return self._shares(self.data)

    def _shares(self, matrix):
        rows = matrix[self.representatives]  # one listing per system
        count = np.asarray(rows.sum(axis=0)).ravel()
        share = count / max(len(self.representatives), 1)
        squares = float((share ** 2).sum())
        expected = float((share ** 4).sum()) / squares if squares > 0 else 1.0
        return np.maximum(share, 1.0 / max(len(self.representatives), 1)), max(expected, 1e-12)

    def shared_functions(self, a: np.ndarray, b: np.ndarray) -> list:
        """For each pair, the e-government functions both records perform (sorted keys): worked
        out once per distinct pair of the records' sets of functions (a roll-up's millions of
        pairs have a few hundred)."""
        if not len(a):
            return []
        code, sets = self._function_sets
        pair_code, first = factorize_first(code[a], code[b])
        shared = np.fromiter((tuple(sorted(sets[x] & sets[y])) for x, y in
                              zip(code[a[first]].tolist(), code[b[first]].tolist())), dtype=object, count=len(first))
        return shared[pair_code].tolist()

    @functools.cached_property
    def _function_sets(self):
        """Each record's set of functions as a code, and the distinct sets."""
        sets = self.features.functions
        code, distinct = pd.factorize(pd.Series([sets[r] for r in self.rows.tolist()], dtype=object))
        return code, list(distinct)

    def shared_terms(self, a: np.ndarray, b: np.ndarray, top: int = 4):
        """For each pair, its shared specific terms, most telling first: list of tuples of terms.

        A word both names share counts most, then one both descriptions share, then one name's
        word in the other's description (the candidate search meets such pairs too)."""
        from .topk import topk_per_row

        name_a, name_b, desc_a, desc_b = self.name[a], self.name[b], self.description[a], self.description[b]
        product = (name_a.multiply(name_b) + 0.5 * desc_a.multiply(desc_b)
                   + 0.25 * (name_a.multiply(desc_b) + desc_a.multiply(name_b))).tocsr()
        product = drop_function_words(product, self.features.matrices.function_words)
        row, col, val = topk_per_row(product, top, 0.0)
        out = np.empty(len(a), dtype=object)
        out.fill(())
        if len(row):
            # each pair's terms as a row of term numbers (-1: none), then a tuple per distinct row
            # (a roll-up's millions of pairs share a few thousand)
            starts = np.r_[0, np.flatnonzero(np.diff(row)) + 1]
            counts = np.diff(np.r_[starts, len(row)])
            numbers = np.full((len(starts), max(top, int(counts.max()))), -1, dtype=np.int64)
            numbers[np.repeat(np.arange(len(starts)), counts), positions_in_runs(counts)] = col
            code, first = factorize_first(*numbers.T)
            terms = self.terms
            distinct = np.fromiter((tuple(terms[j] for j in numbers[k].tolist() if j >= 0) for k in first.tolist()),
                                   dtype=object, count=len(first))
            out[row[starts]] = distinct[code]
        return out.tolist()
