"""What a program or application does, in the terms of e-government: functions and national applications.

About half of the real duplicates in application inventories share no word: an
electronic official-correspondence system and a branded archive app, a geoportal and
a city WebGIS, a local tender app and the national procurement system. The knowledge
that ties them is in ``ontology/functions.ttl`` (SKOS):

- **functions** (``syn:Function``): one concept per job an inventory lists (complaints,
  queues, official correspondence, attendance, geoportal, ...) with the Indonesian
  terms, acronyms and brand names that signal it;
- **national applications** (``syn:NationalApplication``): the systems the central
  government provides (SRIKANDI, SP4N-LAPOR!, SIPD, SPSE, ...), with their spellings,
  hosts and the function each performs; ``syn:generalApplication true`` marks the
  official *aplikasi umum SPBE* that regions must use instead of building their own.

:class:`FunctionCatalog` tags a text with the functions and national applications it
names. Matching is on stemmed words and whole phrases, longest first, so "surat"
alone signals nothing while "tata naskah dinas elektronik" does.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from .text import STOPWORDS, fold, stem_word

__all__ = ["Function", "NationalApplication", "FunctionCatalog", "default_catalog"]


@dataclass(frozen=True)
class Function:
    """One e-government function."""

    key: str  # local name of the concept IRI, e.g. "complaints"
    label_id: str
    label_en: str
    per_agency: bool = False  # every agency is expected to have its own (its website): never a duplicate
    #: serves the organisation itself (staff, money, goods, letters, plans): a regional company keeps its own
    internal: bool = False


#: The key of the phrases that name no function (``syn:NoFunction``): read, then dropped.
NO_FUNCTION = ""


@dataclass(frozen=True)
class NationalApplication:
    """One system provided by the central government."""

    key: str
    label: str
    functions: tuple[str, ...]  # keys of the Functions it performs
    hosts: tuple[str, ...] = ()
    general: bool = False  # an official aplikasi umum SPBE
    publisher: str = ""
    #: for a national data registry (DTSEN, the population register): the titles a city's
    #: copy of it carries, and what data needs it serves (the subjects it is the source of)
    registry_names: tuple[str, ...] = ()
    data_subjects: tuple[str, ...] = ()


@dataclass(frozen=True)
class FunctionCatalog:
    """Functions and national applications, and the phrases that signal them.

    Examples
    --------
    >>> cat = FunctionCatalog.from_labels(
    ...     functions={"complaints": ("Pengaduan", "Complaints", ["aduan", "keluhan warga"])},
    ...     national={"sp4n-lapor": ("SP4N-LAPOR!", "complaints", ["LAPOR!"], ["lapor.go.id"], True)})
    >>> sorted(cat.functions_of("Kanal keluhan warga via SMS"))
    ['complaints']
    >>> sorted(cat.national_of("Integrasi dengan LAPOR!", ["www.lapor.go.id"]))
    ['sp4n-lapor']
    >>> sorted(cat.functions_of("Integrasi dengan LAPOR!"))   # a national application implies its function
    ['complaints']
    """

    functions: Mapping[str, Function] = field(default_factory=dict)
    national: Mapping[str, NationalApplication] = field(default_factory=dict)
    # stemmed phrase (two words or more) or ("=word",) for a one-word label -> keys
    function_phrases: Mapping[tuple, frozenset] = field(default_factory=dict)
    national_phrases: Mapping[tuple, frozenset] = field(default_factory=dict)
    #: one-word labels that are acronyms and also Indonesian words ("SITU", the business-premises
    #: permit; "situ", a lake): folded word -> the spellings that name the label in a text
    cased: Mapping[str, frozenset] = field(default_factory=dict)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_labels(cls, functions: Mapping[str, tuple], national: Mapping[str, tuple] = (),
                    per_agency: Iterable[str] = (), internal: Iterable[str] = (),
                    no_function: Iterable[str] = ()) -> "FunctionCatalog":
        """From plain data: ``functions[key] = (label_id, label_en, labels)`` and
        ``national[key] = (label, functions, labels, hosts, general[, publisher, registry_names,
        data_subjects])`` (``functions``: a key or a tuple of keys); ``per_agency`` and ``internal``: keys
        of the functions flagged ``syn:perAgency`` and ``syn:internalAdministration``;
        ``no_function``: phrases of two words or more that name no function (``syn:NoFunction``),
        read as one phrase so that a shorter label inside them is not.

        >>> cat = FunctionCatalog.from_labels({"planning": ("Perencanaan", "Planning", ["rencana anggaran"])},
        ...                                   no_function=["rencana anggaran biaya"])
        >>> sorted(cat.functions_of("Rencana anggaran kegiatan")), sorted(cat.functions_of("Rencana anggaran biaya"))
        (['planning'], [])
        """
        per_agency, internal = set(per_agency), set(internal)
        funcs = {k: Function(k, v[0], v[1], k in per_agency, k in internal) for k, v in functions.items()}
        fphrases: dict[tuple, set] = {}
        for key, value in functions.items():
            for label in (value[0], *value[2]):
                _add_phrase(fphrases, label, key)
        for phrase in no_function:
            _add_phrase(fphrases, phrase, NO_FUNCTION)
        apps = {}
        nphrases: dict[tuple, set] = {}
        for key, value in dict(national).items():
            label, function, labels, host_list, general, *rest = value
            performs = (function,) if isinstance(function, str) else tuple(function)
            apps[key] = NationalApplication(key, label, tuple(f for f in performs if f),
                                            tuple(h.lower() for h in host_list), bool(general),
                                            rest[0] if rest else "",
                                            tuple(rest[1]) if len(rest) > 1 else (),
                                            tuple(rest[2]) if len(rest) > 2 else ())
            for text in (label, *labels):
                _add_phrase(nphrases, text, key)
        labels = [label for value in functions.values() for label in (value[0], *value[2])]
        labels += [label for value in dict(national).values() for label in (value[0], *value[2])]
        return cls(funcs, apps, {k: frozenset(v) for k, v in fphrases.items()},
                   {k: frozenset(v) for k, v in nphrases.items()}, _cased_acronyms(labels))

    @classmethod
    def load(cls, path) -> "FunctionCatalog":
        """Read a SKOS file shaped like ``ontology/functions.ttl``."""
        return cls.from_labels(*read_parts(path))

    # ------------------------------------------------------------------ tagging
    def _match(self, text: str, phrases: Mapping[tuple, frozenset]) -> set:
        """Keys whose labels occur in ``text``: phrases on stems, longest first; one-word
        labels on the word itself (or on its stem when the label is its own stem), because
        a stem alone is ambiguous: "persuratan" and "surat" share the stem "surat"."""
        return self._match_words(*self._words(text), phrases)

    def _words(self, text: str) -> tuple[list, list, frozenset]:
        """The text's words, their stems, and the acronym words it writes as ordinary words
        ("Situ Gintung" is a lake, not the SITU permit), which match no one-word label."""
        words = [w for w in fold(text).split() if w not in STOPWORDS]
        return words, [stem_word(w) for w in words], self._uncased(text, words)

    def _uncased(self, text: str, words: list) -> frozenset:
        candidates = self.cased.keys() & set(words) if self.cased else ()
        if not candidates or not any(c.islower() for c in text):
            return frozenset()  # nothing to check, or a text written in capitals throughout
        return frozenset(w for w in candidates
                         if not any(re.search(rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])", text)
                                    for form in self.cased[w]))

    def _match_words(self, words: list, stems: list, uncased: frozenset, phrases: Mapping[tuple, frozenset]) -> set:
        found: set = set()
        if not stems or not phrases:
            return found
        starts = self._starts
        single = self._single(phrases)
        roots = self._root_labels
        i, n = 0, len(stems)
        while i < n:
            stem = stems[i]
            longest = starts.get(stem, 1)
            if longest > 1:
                for length in range(min(longest, n - i), 1, -1):
                    hit = phrases.get(tuple(stems[i : i + length]))
                    if hit:
                        found |= hit
                        i += length
                        break
                else:
                    longest = 1
                if longest > 1:
                    continue
            # a one-word label written as two words ("Geo Portal", "geo spasial", "web gis")
            joined = _joined(words, i)
            if joined in single:
                found |= single[joined]
                i += 2
                continue
            hit = single.get(words[i]) if words[i] not in uncased else None
            if hit is None and stem in single and words[i] not in uncased:
                hit = single[stem] & roots
            if hit:
                found |= hit
            i += 1
        found.discard(NO_FUNCTION)
        return found

    def _single(self, phrases) -> dict:
        """One-word labels of ``phrases`` by word (cached per phrase table).

        The cache holds the phrase table itself beside its id and checks it is the same
        object, so an id reused by another table after this one is gone never matches."""
        cache = self.__dict__.setdefault("_single_cache", {})
        hit = cache.get(id(phrases))
        if hit is None or hit[0] is not phrases:
            hit = cache[id(phrases)] = (phrases, {p[0][1:]: keys for p, keys in phrases.items() if len(p) == 1})
        return hit[1]

    @functools.cached_property
    def _root_labels(self) -> frozenset:
        """Keys of one-word labels that are their own stem (so a derived word may match them)."""
        return frozenset(k for phrases in (self.function_phrases, self.national_phrases)
                         for p, keys in phrases.items() if len(p) == 1 and stem_word(p[0][1:]) == p[0][1:] for k in keys)

    @functools.cached_property
    def _starts(self) -> dict:
        """First stem of every phrase of two words or more -> the longest such phrase's length."""
        out: dict = {}
        for phrase in (*self.function_phrases, *self.national_phrases):
            if len(phrase) > 1:
                out[phrase[0]] = max(out.get(phrase[0], 1), len(phrase))
        return out

    def tag(self, text: str, hosts: Iterable[str] = ()) -> tuple[set[str], set[str]]:
        """``(functions, national applications)`` of a text, reading it once."""
        own, national = self.read(text, hosts)
        return self.with_national(own, national), national

    def read(self, text: str, hosts: Iterable[str] = ()) -> tuple[set[str], set[str]]:
        """``(functions its own words name, national applications)`` of a text: :meth:`tag` before
        :meth:`with_national` (for a record read in parts, name and description)."""
        words, stems, uncased = self._words(text)
        national = self._match_words(words, stems, uncased, self.national_phrases) | self._by_host(hosts)
        return self._match_words(words, stems, uncased, self.function_phrases), national

    def _by_host(self, hosts: Iterable[str]) -> set[str]:
        found = set()
        for host in hosts:
            host = host.lower()
            for key, app in self.national.items():
                if any(host == h or host.endswith("." + h) for h in app.hosts):
                    found.add(key)
        return found

    # ------------------------------------------------------------------ data registries
    @functools.cached_property
    def _registries(self) -> tuple["FunctionCatalog", "FunctionCatalog"]:
        """Two small phrase tables over the national data registries: their titles, their subjects."""
        registries = {k: a for k, a in self.national.items() if a.registry_names}
        # titles: only the registry's own (its application's name, "SIAK Terpusat", is no dataset title)
        return (FunctionCatalog.from_labels({k: (a.registry_names[0], a.label, a.registry_names)
                                             for k, a in registries.items()}),
                FunctionCatalog.from_labels({k: (a.label, a.label, a.data_subjects) for k, a in registries.items()}))

    def registries_named(self, title: str) -> set[str]:
        """Keys of the national data registries a dataset's title says it is (a copy of).

        >>> sorted(default_catalog().registries_named("Data Terpadu Kesejahteraan Sosial (DTKS)"))
        ['dtsen']
        """
        return self._registries[0].functions_of(title) if title else set()

    def registries_serving(self, need: str) -> set[str]:
        """Keys of the national data registries that are the source of what a data need asks for.

        >>> sorted(default_catalog().registries_serving("data keluarga miskin dan rentan"))
        ['dtsen']
        """
        return self._registries[1].functions_of(need) if need else set()

    def national_of(self, text: str, hosts: Iterable[str] = ()) -> set[str]:
        """Keys of the national applications a text names, by name or by host."""
        return self._match(text, self.national_phrases) | self._by_host(hosts)

    def functions_of(self, text: str, hosts: Iterable[str] = ()) -> set[str]:
        """Keys of the functions a text signals, directly or through a national application it names."""
        return self.tag(text, hosts)[0]

    def with_national(self, own: set, national: Iterable[str]) -> set:
        """The functions a text signals in its own words, plus those of the national applications it
        names; but where its own words name some of an application's jobs, only those: "SIMDA
        Keuangan" is that suite's treasury module, not also its asset and budgeting modules.

        >>> cat = FunctionCatalog.from_labels(
        ...     functions={"treasury": ("Kas", "Treasury", ["keuangan"]), "assets": ("Aset", "Assets", ["aset"])},
        ...     national={"simda": ("SIMDA", ("treasury", "assets"), ["SIMDA"], [], False)})
        >>> sorted(cat.functions_of("SIMDA")), sorted(cat.functions_of("SIMDA Keuangan"))
        (['assets', 'treasury'], ['treasury'])
        """
        found = set(own)
        for key in national:
            jobs = {f for f in self.national[key].functions if f in self.functions}
            if not jobs & own:
                found |= jobs
        return found


def _joined(words: list, i: int) -> str | None:
    """Words ``i`` and ``i + 1`` written as one, when both have two letters or more and make six or
    more together (shorter pieces join into words by chance: "si" + "ap").

    >>> _joined(["geo", "portal", "kota"], 0), _joined(["geo", "portal"], 1), _joined(["e", "office"], 0)
    ('geoportal', None, None)
    """
    if i + 1 >= len(words):
        return None
    first, second = words[i], words[i + 1]
    if len(first) < 2 or len(second) < 2 or len(first) + len(second) < 6:
        return None
    return first + second


def _cased_acronyms(labels: Iterable[str]) -> dict:
    """One-word labels written as acronyms (two to five capitals) that are also Indonesian root
    words: folded word -> its spellings (``{"situ": {"SITU"}}``).

    >>> {k: sorted(v) for k, v in _cased_acronyms(["SITU", "UMKM", "Situs Resmi", "situ"]).items()}
    {'situ': ['SITU']}
    """
    from .text import root_words

    found: dict[str, set] = {}
    for label in labels:
        if re.fullmatch(r"[A-Z]{2,5}", label) and label.lower() in root_words():
            found.setdefault(label.lower(), set()).add(label)
    return {k: frozenset(v) for k, v in found.items()}


def _add_phrase(phrases: dict, label: str, key: str) -> None:
    words = [w for w in fold(label).split() if w not in STOPWORDS]
    if len(words) == 1:
        phrases.setdefault(("=" + words[0],), set()).add(key)
    elif words:
        phrases.setdefault(tuple(stem_word(w) for w in words), set()).add(key)


def read_parts(path) -> tuple:
    """What :meth:`FunctionCatalog.from_labels` is made of, read from a SKOS file shaped like
    ``ontology/functions.ttl``: functions, national applications, the functions done per
    agency, the internal ones, and the phrases that name no function (plain values: the
    shipped file's are kept as JSON too, :func:`default_catalog`)."""
    from rdflib import Graph, Literal
    from rdflib.namespace import DCTERMS, RDF, SKOS

    from .namespace import SYN

    graph = Graph()
    graph.parse(str(path))

    def labels_of(node, lang=None):
        out = []
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for lit in graph.objects(node, prop):
                if lang is None or getattr(lit, "language", None) in (lang, None):
                    out.append(str(lit))
        return sorted(set(out))

    def pref(node, lang):
        values = sorted(str(l) for l in graph.objects(node, SKOS.prefLabel) if getattr(l, "language", None) == lang)
        return values[0] if values else ""

    def local(node):
        return str(node).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    functions, per_agency, internal = {}, [], []
    no_function = sorted(str(l) for node in graph.subjects(RDF.type, SYN.NoFunction)
                         for l in graph.objects(node, SKOS.hiddenLabel))
    for node in sorted(set(graph.subjects(RDF.type, SYN.Function))):
        key = local(node)
        # English labels are not matched against Indonesian texts (except where identical words)
        functions[key] = (pref(node, "id") or key, pref(node, "en") or pref(node, "id") or key, labels_of(node, "id"))
        if (node, SYN.perAgency, Literal(True)) in graph:
            per_agency.append(key)
        if (node, SYN.internalAdministration, Literal(True)) in graph:
            internal.append(key)
    national = {}
    for node in sorted(set(graph.subjects(RDF.type, SYN.NationalApplication))):
        key = local(node)
        function = tuple(sorted(local(f) for f in graph.objects(node, SYN.function)))
        host_list = sorted(str(h) for h in graph.objects(node, SYN.host))
        general = (node, SYN.generalApplication, Literal(True)) in graph
        label = pref(node, "id") or next(iter(labels_of(node)), key)
        publisher = next(iter(sorted(str(p) for p in graph.objects(node, DCTERMS.publisher))), "")
        registry = sorted(str(n) for n in graph.objects(node, SYN.registryName))
        subjects = sorted(str(n) for n in graph.objects(node, SYN.dataSubject))
        national[key] = (label, function, labels_of(node), host_list, general, publisher, registry, subjects)
    return functions, national, per_agency, internal, no_function


#: The shipped catalogue's parts (:func:`read_parts`) as JSON, with the SHA-256 of the
#: ``functions.ttl`` they were read from: 0.07 s, where importing rdflib and parsing the
#: Turtle took 0.3 s of every run. Written by ``scripts/build_functions_json.py``;
#: once ``functions.ttl`` is edited the file no longer matches it and is not used.
FUNCTIONS_JSON = "functions.json"


def shipped_ttl() -> Path:
    """Where the shipped ``functions.ttl`` is."""
    from importlib.resources import files

    return Path(str(files("synergy.ontology").joinpath("functions.ttl")))


def _source_sha256(ttl: bytes) -> str:
    """The fingerprint :data:`FUNCTIONS_JSON` keeps of the Turtle it was read from."""
    import hashlib

    return hashlib.sha256(ttl).hexdigest()


def parts_json(ttl: bytes, parts: tuple) -> str:
    """The JSON of :data:`FUNCTIONS_JSON`: ``parts`` read from the Turtle ``ttl``, with its SHA-256."""
    import json

    return json.dumps({"source": "ontology/functions.ttl", "source_sha256": _source_sha256(ttl),
                       "parts": list(parts)}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _shipped_parts(ttl: bytes) -> tuple | None:
    """The parts kept in :data:`FUNCTIONS_JSON` when they were read from ``ttl`` (its bytes), else None."""
    import json
    from importlib.resources import files

    try:
        kept = json.loads(files("synergy").joinpath("resources", FUNCTIONS_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("source_sha256") != _source_sha256(ttl):
        return None
    return tuple(kept["parts"])


@functools.lru_cache(maxsize=1)
def default_catalog() -> FunctionCatalog:
    """The catalogue shipped in ``ontology/functions.ttl`` (read once; from :data:`FUNCTIONS_JSON`
    while that file matches it)."""
    ttl = shipped_ttl()
    parts = _shipped_parts(ttl.read_bytes())
    return FunctionCatalog.from_labels(*parts) if parts else FunctionCatalog.load(ttl)
