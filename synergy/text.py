"""Indonesian-aware text matching: normalise program and dataset texts, weigh terms, find similar ones.

Shared by the duplicate finder (:mod:`synergy.duplicates`) and the shared-data analysis
(:mod:`synergy.shared_data`), so that both read Indonesian words the same way.
The API below is stable; extend it, do not change it.

- :class:`Lexicon`: synonyms and acronyms as SKOS ``altLabel``\\ s of one
  ``prefLabel`` (``ontology/lexicon.ttl``, extendable with the user's own TTL or
  CSV files). Maps a word or a phrase to one canonical term.
- :class:`Normalizer`: ``tokens(text) -> list[str]``: folds case and
  punctuation, drops a short curated stopword list, stems each *distinct* word
  once with PySastrawi (cached), protects words the stemmer is known to ruin,
  and maps synonyms/acronyms (also multi-word ones) to their canonical term.
  It normalises *words* of free text for matching; not to be confused with
  :mod:`synergy.normalize`, which normalises *cells* while a city is loaded (money,
  years, enums, ids: one typed value per cell, with a problem line when it cannot).
- :data:`GENERIC_VERBS`: administrative verbs that say little about *what* a
  program does (pengembangan, pembangunan, ...); :func:`tfidf_matrix` weighs
  them down.
- :func:`tfidf_matrix` and :func:`top_k_similar`: sparse TF-IDF rows (L2
  normalised, so a dot product is a cosine) and the top-k most similar rows of
  one or two such matrices, never computing all pairs densely.

Example: match two collections in one vocabulary (what :mod:`synergy.shared_data` does
with data needs and datasets)::

    norm = Normalizer()
    tm = tfidf_matrix(needs + dataset_names, norm)
    hits = top_k_similar(tm.matrix[: len(needs)], tm.matrix[len(needs):], k=3, threshold=0.3)
    # hits: DataFrame a (row in needs), b (row in dataset_names), score
"""
from __future__ import annotations

import csv
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .errors import InvalidData, Problem
from .grouping import positions_in_runs
from .topk import product_topk

__all__ = [
    "STOPWORDS",
    "FUNCTION_WORDS",
    "function_word_columns",
    "drop_function_words",
    "says_nothing",
    "GENERIC_VERBS",
    "PROTECTED_STEMS",
    "Lexicon",
    "Normalizer",
    "TermMatrix",
    "fold",
    "root_words",
    "default_lexicon",
    "tfidf_matrix",
    "top_k_similar",
    "rowwise_dot",
]

#: A short, curated stopword list. PySastrawi's own 800-word list removes words
#: that matter in program names (baru, kecil, usaha, ...), so it is not used.
STOPWORDS = frozenset(
    """
    dan atau serta di ke dari yang untuk dengan pada dalam oleh bagi sebagai terhadap
    melalui secara kepada antar antara akan ini itu para se per tiap setiap seluruh
    agar supaya guna dapat telah sudah masih juga yaitu yakni adalah ialah tersebut
    hal lain lainnya sesuai berupa bentuk berbasis basis kegiatan program sub
    tentang mengenai via bidang menjadi lebih hingga sampai sejak atas kabupaten kab tahap
    tahun jumlah jml
    """.split()
)

#: Function words that may stay in the matching (taking them out of it moved the weights: the
#: chance agreement of a city's records changes with them) but never name what two records
#: share in a reason: "tidak aktif", "data by name by address", "e-Government for ...".
FUNCTION_WORDS = frozenset(
    """
    tidak belum bukan tanpa terkait dll yg dgn utk tsb non
    and by in an on of the for to with at from
    """.split()
)


#: Words of PySastrawi's stopword list that name something in a government's texts, so they may
#: stand alone as what two records share ("hari jadi", "ibu hamil", "usia dini", "surat masuk", "kali",
#: a river).
CONTENT_STOPWORDS = frozenset(
    """
    akhir awal bagian bapak baru bawah besar bulan dini dua tiga empat lima satu pertama kedua kelima
    hari ibu jauh dekat kecil kerja bekerja keluar masuk kasus masalah persoalan orang tempat khusus
    panjang penting mata pihak lanjut luar depan belakang naik tepat asal kadar keadaan setempat lama
    jawaban pertanyaan soal mampu kurang siap tambah kali
    """.split()
)

#: Verbs a description uses whatever the system does ("aplikasi ini membantu ...", "berisi ...";
#: "terkait" is among the function words already).
BOILERPLATE_VERBS = frozenset(
    """
    berisi memuat berkaitan membantu mempermudah memudahkan menunjang mendukung mengoptimalkan
    """.split()
)


@functools.lru_cache(maxsize=1)
def reason_stop_words() -> frozenset:
    """Words never shown alone as what two records share: PySastrawi's stopword list (pronouns,
    conjunctions, adverbs, verbs of saying and doing: "seperti", "melakukan", "merupakan") without
    :data:`CONTENT_STOPWORDS`, with :data:`FUNCTION_WORDS`, :data:`BOILERPLATE_VERBS` and the
    matching's own :data:`STOPWORDS`.

    A shared term is read as its stem ("laku" for "pelaku" and for "melakukan"), so the check is
    made on the word a reason shows, not on the stem (:func:`says_nothing`)."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    listed = frozenset(StopWordRemoverFactory().get_stop_words())
    return (listed - CONTENT_STOPWORDS) | FUNCTION_WORDS | BOILERPLATE_VERBS | STOPWORDS


@functools.lru_cache(maxsize=1 << 16)  # a roll-up shows the same few thousand words millions of times
def says_nothing(shown: str) -> bool:
    """Whether a shared term, as a reason would show it, is made only of words that say nothing
    about what a record does.

    >>> says_nothing("melakukan"), says_nothing("terkait"), says_nothing("pelaku"), says_nothing("lalu lintas")
    (True, True, False, False)
    >>> says_nothing("Hari"), says_nothing("seperti itu")
    (False, True)
    """
    words = fold(shown).split()
    return bool(words) and all(w in reason_stop_words() for w in words)


def function_word_columns(terms: Sequence[str]) -> np.ndarray:
    """The positions of :data:`FUNCTION_WORDS` among ``terms`` (a vocabulary's columns).

    >>> function_word_columns(["air", "by", "data", "tidak"]).tolist()
    [1, 3]
    """
    return np.array([i for i, t in enumerate(terms) if t in FUNCTION_WORDS], dtype=np.int64)


def drop_function_words(product: sp.csr_matrix, columns: np.ndarray) -> sp.csr_matrix:
    """``product`` (pairs x terms, CSR, ours) with the function words' ``columns`` weighing nothing,
    so that a top-k of it never names them as what two texts share."""
    if len(columns) and product.nnz:
        product.data[np.isin(product.indices, columns)] = 0.0
    return product


#: Administrative verbs that occur in almost every program name and carry little
#: of its purpose; weighed down (not removed) by :func:`tfidf_matrix`.
GENERIC_VERBS = frozenset(
    """
    pengembangan pembangunan peningkatan penyediaan pengelolaan penyelenggaraan
    fasilitasi pelaksanaan penyusunan koordinasi pembinaan pengadaan pemeliharaan
    optimalisasi penguatan pemanfaatan penerapan implementasi penataan
    penyempurnaan percepatan perluasan revitalisasi inovasi sinkronisasi
    sarana prasarana rehabilitasi pelayanan kapasitas kelembagaan
    """.split()
)

#: Words PySastrawi over-stems into something misleading, with the stem to use.
#: (``pengaduan -> adu`` means "to fight", ``pengangguran -> anggur`` "grape",
#: ``kependudukan -> duduk`` "to sit", merging population admin with residents.)
PROTECTED_STEMS = {
    "berbasis": "basis",
    "pengaduan": "aduan",
    "aduan": "aduan",
    "kependudukan": "kependudukan",
    "penduduk": "penduduk",
    "pemberdayaan": "berdaya",
    "pengadaan": "pengadaan",
    "pendapatan": "pendapatan",
    "pemetaan": "peta",
    "pengangguran": "pengangguran",
    "pemerintahan": "pemerintah",
    "fasilitasi": "fasilitasi",
    "penanaman": "penanaman",
    "perumahan": "rumah",
    "permukiman": "permukiman",
    "pemukiman": "permukiman",
    "kepegawaian": "pegawai",
    "bus": "bus",
    "buku": "buku",
    # derivations with a meaning of their own, which the shared stem would merge:
    # performance is not work ("Laporan Kinerja" / "Rencana Kerja", "Tenaga Kerja"),
    # availability is not stock ("Ketersediaan Barang Pokok" / "Persediaan Barang"), a housing
    # developer is not development, a building is not construction ("Persetujuan Bangunan
    # Gedung" / "Pembangunan Gedung"), family planning is not planning ("Keluarga Berencana")
    "kinerja": "kinerja",
    "ketersediaan": "ketersediaan",
    "pengembang": "pengembang",
    "bangunan": "bangunan",
    "berencana": "berencana",
    # nouns whose PySastrawi stem is a function word, so they would vanish from the
    # text: a participant is not "serta" (and), a user is not "guna" (for)
    "peserta": "peserta",
    "perserta": "peserta",
    "kepesertaan": "peserta",
    "pengguna": "pengguna",
}

_WORD = re.compile(r"[a-z0-9]+")
# a lower-case letter followed by an upper-case one inside a word: "eOffice", "SiManis", "KarmaSiManis"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: An apostrophe inside a word ("Qur'an", "Jum'at", "PUSBANGDA'I"): left out, as a typographic one
#: (U+2019) already is when the text is made ASCII, so that both spellings read as one word.
_INNER_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['`](?=[A-Za-z])")
_E_PREFIX = re.compile(r"\be-(?=[a-z])")
_YEAR = re.compile(r"^(19|20)\d\d$")


@functools.lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation; ``e-`` prefixes become the word ``e``.

    >>> fold("Aplikasi e-Sambat (Pengaduan)!")
    'aplikasi e sambat pengaduan'
    >>> fold("Café  KOTA")
    'cafe kota'
    >>> fold("Aplikasi eOffice SiManis")   # brand names written in camel case are read as words
    'aplikasi e office si manis'
    >>> fold("Pusbangda'i, Jum\u2019at, 'migran'")  # an apostrophe inside a word, typed either way
    'pusbangdai jumat migran'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    if "'" in text or "`" in text:
        text = _INNER_APOSTROPHE.sub("", text)
    text = _CAMEL.sub(" ", text).lower()
    text = _E_PREFIX.sub("e ", text)
    return " ".join(_WORD.findall(text))


# --------------------------------------------------------------------------- stemming
@functools.lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@functools.lru_cache(maxsize=1)
def root_words() -> frozenset:
    """PySastrawi's dictionary of Indonesian root words (about 30,000)."""
    from importlib.resources import files

    text = files("Sastrawi.Stemmer").joinpath("data", "kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.split() if w.strip())


@functools.lru_cache(maxsize=1)
def shipped_stems() -> dict[str, str]:
    """PySastrawi's stems of the words the package ships (``synergy/resources/stems.tsv``).

    Written by ``scripts/build_stems.py`` and checked against PySastrawi by the tests:
    a first run reads them instead of stemming a few thousand words anew (half a
    millisecond each).
    """
    from importlib.resources import files

    text = files("synergy").joinpath("resources", "stems.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@functools.lru_cache(maxsize=None)
def stem_word(word: str) -> str:
    """The stem of one folded word: protected words first, else PySastrawi's (read from
    :func:`shipped_stems` when the package ships the word), cached.

    >>> stem_word("pelatihan"), stem_word("pengaduan"), stem_word("kependudukan")
    ('latih', 'aduan', 'kependudukan')
    """
    if word in PROTECTED_STEMS:
        return PROTECTED_STEMS[word]
    if len(word) <= 3 or word.isdigit():
        return word
    known = shipped_stems().get(word)
    stem = known if known is not None else (_stemmer().stem(word) or word)
    return _root_ending_in_k(word, stem)


def _root_ending_in_k(word: str, stem: str) -> str:
    """PySastrawi reads the ``-an`` of a noun whose root ends in ``k`` as the suffix ``-kan``:
    "peternakan" gives "terna", not "ternak" (so it never meets "peternak"), "penegakan"
    "tega", "kerusakan" "rusa". A noun (``pe-``, ``per-``, ``ke-``, or a bare root plus
    ``-an``) whose word without ``-an`` stems to that root gets the root. Verbs keep the
    suffix: "memberikan", "diajukan" stay "beri", "aju".

    >>> _root_ending_in_k("peternakan", "terna"), _root_ending_in_k("memberikan", "beri")
    ('ternak', 'beri')
    """
    if not word.endswith("kan") or not stem:
        return stem
    root = stem + "k"
    if root not in root_words() or not (word.startswith(("pe", "ke")) or word[:-2] == root):
        return stem
    return root if stem_word(word[:-2]) == root else stem


# --------------------------------------------------------------------------- lexicon
def _canonical(label: str) -> str:
    return "_".join(fold(label).split())


class Lexicon:
    """Synonyms and acronyms: each concept has one canonical term and its variants.

    Built from SKOS files (``skos:prefLabel`` is the canonical term,
    ``skos:altLabel`` its synonyms and acronyms, ``skos:broader`` the wider
    concepts a mention also implies) or from CSV files with columns
    ``term,synonyms`` and optionally ``broader`` (aliases ``istilah,sinonim,lebih_luas``;
    several values separated by ``;``).

    Examples
    --------
    >>> lex = Lexicon.from_pairs({"aduan": ["keluhan", "komplain"], "UMKM": ["usaha mikro kecil menengah"]})
    >>> lex.canonical("komplain"), lex.canonical("Usaha Mikro, Kecil dan Menengah"), lex.canonical("jalan")
    ('aduan', 'umkm', None)
    """

    def __init__(self, concepts: dict[str, set[str]] | None = None):
        #: canonical term -> the surface labels (prefLabel first) that mean it
        self.concepts: dict[str, list[str]] = {}
        #: canonical term -> broader canonical terms it also implies (``skos:broader``),
        #: e.g. DTKS -> miskin, pendataan: a text about DTKS is also about poverty data
        self.broader: dict[str, list[str]] = {}
        for pref, alts in (concepts or {}).items():
            self.add(pref, alts)

    @classmethod
    def from_pairs(cls, pairs: dict[str, Iterable[str]]) -> "Lexicon":
        return cls({k: set(v) for k, v in pairs.items()})

    def add(self, pref: str, alts: Iterable[str] = (), broader: Iterable[str] = ()) -> None:
        """Add (or extend) a concept. Mutates this lexicon; used while building it."""
        key = _canonical(pref)
        if not key:
            return
        labels = self.concepts.setdefault(key, [pref])
        for alt in sorted(set(alts)):
            if alt and alt not in labels:
                labels.append(alt)
        for b in broader:
            b = _canonical(b)
            if b and b != key and b not in self.broader.setdefault(key, []):
                self.broader[key].append(b)
        self.__dict__.pop("_phrases", None)

    def merged(self, other: "Lexicon") -> "Lexicon":
        """A new lexicon with the concepts of both (``other`` extends ``self``)."""
        out = Lexicon()
        for source in (self, other):
            for key, labels in source.concepts.items():
                out.add(labels[0], labels[1:], source.broader.get(key, ()))
        return out

    @property
    def phrases(self) -> dict[tuple[str, ...], str]:
        """Stemmed, stopword-free word tuples -> canonical term."""
        cached = self.__dict__.get("_phrases")
        if cached is None:
            cached = {}
            # prefLabels first, so that an altLabel never steals another concept's own name
            for position in (0, 1):
                for key, labels in self.concepts.items():
                    for label in labels[:1] if position == 0 else labels[1:]:
                        stems = tuple(_stems_of(label))
                        if stems and stems not in cached:
                            cached[stems] = key
            self.__dict__["_phrases"] = cached
        return cached

    @property
    def max_phrase(self) -> int:
        return max((len(p) for p in self.phrases), default=1)

    def canonical(self, text: str) -> str | None:
        """The canonical term of a word or phrase, or None if it is not in the lexicon."""
        return self.phrases.get(tuple(_stems_of(text)))

    def label(self, term: str) -> str:
        """How to show a canonical term to people (its prefLabel)."""
        labels = self.concepts.get(term)
        return labels[0] if labels else term

    def __len__(self) -> int:
        return len(self.concepts)

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, path) -> "Lexicon":
        """Read a lexicon file: SKOS in Turtle/RDF (``.ttl``, ``.rdf``, ``.jsonld``, ``.nt``) or CSV."""
        path = Path(path)
        if not path.exists():
            raise InvalidData([Problem(str(path), 0, "", "lexicon file not found")])
        if path.suffix.lower() in (".csv", ".txt"):
            return cls._load_csv(path)
        return cls._load_rdf(path)

    @classmethod
    def _load_rdf(cls, path: Path) -> "Lexicon":
        from rdflib import Graph
        from rdflib.namespace import RDF, SKOS

        graph = Graph()
        try:
            graph.parse(str(path))
        except Exception as exc:  # rdflib raises many types for bad syntax
            raise InvalidData([Problem(path.name, 0, "", f"cannot read lexicon as RDF: {exc}")]) from None
        lex = cls()
        # the scheme's own title is a prefLabel too, but no synonym concept
        schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
        for concept in sorted(set(graph.subjects(SKOS.prefLabel, None)) - schemes):
            prefs = sorted(graph.objects(concept, SKOS.prefLabel), key=lambda l: (getattr(l, "language", None) != "id", str(l)))
            alts = [str(a) for a in graph.objects(concept, SKOS.altLabel)]
            alts += [str(h) for h in graph.objects(concept, SKOS.hiddenLabel)]
            broader = [str(l) for b in graph.objects(concept, SKOS.broader) for l in graph.objects(b, SKOS.prefLabel)]
            lex.add(str(prefs[0]), alts + [str(p) for p in prefs[1:]], sorted(set(broader)))
        return lex

    @classmethod
    def _load_csv(cls, path: Path) -> "Lexicon":
        from .normalize import split_list
        from .csvtext import decode_csv_bytes

        try:
            text = decode_csv_bytes(path.read_bytes())
        except ValueError as exc:
            raise InvalidData([Problem(path.name, 0, "", str(exc))]) from None
        header_line = (text.splitlines() or [""])[0]
        if header_line.count(";") > header_line.count(","):
            raise InvalidData([Problem(path.name, 1, "", "lexicon CSV must be comma-separated (synonyms are separated by ;)")])
        rows = list(csv.reader(text.splitlines()))
        header = [h.strip().lower() for h in rows[0]] if rows else []
        names = {"term": "term", "istilah": "term", "synonyms": "synonyms", "sinonim": "synonyms",
                 "broader": "broader", "lebih_luas": "broader"}
        cols = {names[h]: i for i, h in enumerate(header) if h in names}
        if not {"term", "synonyms"} <= set(cols):
            raise InvalidData([Problem(path.name, 1, "", "lexicon CSV needs the columns term,synonyms (istilah,sinonim)")])
        lex = cls()
        problems = []
        for number, row in enumerate(rows[1:], start=2):
            if not any(c.strip() for c in row):
                continue
            term = row[cols["term"]].strip() if len(row) > cols["term"] else ""
            syn = row[cols["synonyms"]] if len(row) > cols["synonyms"] else ""
            if not term:
                problems.append(Problem(path.name, number, "term", "empty term; give the canonical word"))
                continue
            wider = row[cols["broader"]] if "broader" in cols and len(row) > cols["broader"] else ""
            lex.add(term, split_list(syn), split_list(wider))
        if problems:
            raise InvalidData(problems)
        return lex


def _stems_of(text: str) -> list[str]:
    return [stem_word(w) for w in fold(text).split() if w not in STOPWORDS and stem_word(w) not in STOPWORDS]


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``ontology/lexicon.ttl`` (read once)."""
    from importlib.resources import files

    # the package data every other ontology reader uses (setup.cfg maps synergy.ontology = ontology)
    return Lexicon.load(Path(str(files("synergy.ontology").joinpath("lexicon.ttl"))))


# --------------------------------------------------------------------------- normaliser
#: Fewest texts for which :meth:`Normalizer.tokens_many` reads them in worker processes
#: (a text takes about 40 microseconds: below this, starting the workers does not pay).
PARALLEL_MIN_TEXTS = 20_000
#: Slices the texts are cut into for the workers (several per core, so that both finish
#: together), of at least TOKEN_LEAST texts each.
TOKEN_PIECES = 16
TOKEN_LEAST = 2_000


class Normalizer:
    """Turn free text into canonical terms, caching every distinct word and text.

    Parameters
    ----------
    lexicon : Lexicon, path, list of paths or None
        None uses :func:`default_lexicon`; a path (or several) extends it with
        the user's files; a :class:`Lexicon` is used as given.

    Examples
    --------
    >>> norm = Normalizer()
    >>> norm.tokens("Aplikasi Pengaduan Masyarakat e-Sambat")  # sambat: Javanese for complaint
    ['aplikasi', 'aduan', 'warga', 'daring', 'aduan']
    >>> norm.tokens("Sistem Informasi Keluhan Warga secara Online")
    ['aplikasi', 'aduan', 'warga', 'daring']
    >>> norm.tokens("Rumah Tidak Layak Huni (RTLH)")  # skos:broader adds rumah and miskin
    ['rtlh', 'miskin', 'rumah', 'rtlh', 'miskin', 'rumah']
    """

    def __init__(self, lexicon=None):
        if lexicon is None:
            lexicon = default_lexicon()
        elif not isinstance(lexicon, Lexicon):
            paths = [lexicon] if isinstance(lexicon, (str, Path)) else list(lexicon)
            lex = default_lexicon()
            for p in paths:
                lex = lex.merged(Lexicon.load(p))
            lexicon = lex
        self.lexicon = lexicon
        self._phrases = lexicon.phrases
        self._broader = lexicon.broader
        # longest phrase that starts with each stem: most stems start none, so one lookup suffices
        self._starts: dict[str, int] = {}
        for phrase in self._phrases:
            self._starts[phrase[0]] = max(self._starts.get(phrase[0], 0), len(phrase))
        self._text_cache: dict = {}
        self._word_cache: dict[str, str | None] = {}
        self._surfaces: dict[str, list] = {}  # stem -> every word read that gave it, first read first
        self._term_words_cache: dict = {}
        self.generic_terms = frozenset(self._map(tuple(stem_word(w) for w in GENERIC_VERBS)))

    def _map(self, stems: Sequence[str], expand: bool = True) -> list[str]:
        """Greedy longest match of lexicon phrases over a stem sequence."""
        out, i, n = [], 0, len(stems)
        phrases, starts = self._phrases, self._starts
        while i < n:
            longest = starts.get(stems[i], 0)
            if not longest:
                out.append(stems[i])
                i += 1
                continue
            for length in range(min(longest, n - i), 0, -1):
                hit = phrases.get(tuple(stems[i : i + length]))
                if hit is not None:
                    out.append(hit)
                    if expand:
                        out.extend(self._broader.get(hit, ()))
                    i += length
                    break
            else:
                out.append(stems[i])
                i += 1
        return out

    def tokens(self, text: str, *, expand: bool = True) -> list[str]:
        """Canonical terms of ``text``, in order (repeats kept).

        With ``expand=False`` the broader concepts of the lexicon are not added
        (only what the text itself says).
        """
        if not text:
            return []
        key = text if expand else ("\0narrow", text)
        cached = self._text_cache.get(key)
        if cached is None:
            stems = []
            words = self._word_cache
            for word in fold(text).split():
                s = words.get(word, "")
                if s == "":  # first time: decide once per distinct word
                    if word in STOPWORDS or _YEAR.match(word) or (len(word) == 1 and word != "e"):
                        s = None
                    else:
                        s = stem_word(word)
                        if s in STOPWORDS:
                            s = None
                        else:
                            self._surfaces.setdefault(s, []).append(word)  # a word is new here once
                    words[word] = s
                if s is not None:
                    stems.append(s)
            cached = tuple(t for t in self._map(stems, expand) if t != "e")
            if len(self._text_cache) < 2_000_000:
                self._text_cache[key] = cached
        return list(cached)

    def tokens_many(self, texts: Sequence[str], *, prepare=None, progress=None) -> list[tuple[str, ...]]:
        """:meth:`tokens` of each text, as tuples: the same terms, and afterwards the same
        state (which words gave each stem, in which order) as reading them one by one here.

        A long list (:data:`PARALLEL_MIN_TEXTS` texts or more) is read in worker processes
        (:mod:`synergy.pool`), one consecutive slice each; the words each slice met for the
        first time are then learnt here slice by slice, in order, so that :meth:`display` and
        :meth:`fixed_reading` answer as if this process had read every text itself.
        ``prepare`` (a function of a text, optional) rewrites each text before it is read.

        >>> n = Normalizer()
        >>> n.tokens_many(["Pengadaan Bus Sekolah", "", "sekolah dasar"])
        [('pengadaan', 'bus', 'sekolah'), (), ('sekolah', 'dasar')]
        """
        from .pool import map_in_workers, spans

        texts = list(texts)

        def read(span):
            start = len(self._word_cache)  # a dict keeps its keys in the order they came
            read_here = [tuple(self.tokens(prepare(texts[i]) if prepare else texts[i])) for i in span]
            return read_here, self.words_read(start)

        pieces = spans(len(texts), TOKEN_PIECES, least=TOKEN_LEAST)
        out: list[tuple[str, ...]] = []
        for read_here, new_words in map_in_workers(read, pieces, progress, size=len(texts),
                                                   minimum=PARALLEL_MIN_TEXTS, label="membaca teks / reading texts"):
            out.extend(read_here)
            self.learn(new_words)
        return out

    def words_read(self, start: int = 0) -> list[tuple[str, str | None]]:
        """The (word, stem) pairs this normaliser has read, in the order it first read them, from
        the ``start``-th on: what :meth:`display`, :meth:`fixed_reading` and :meth:`readable` answer
        from. :meth:`learn` takes them in again elsewhere.

        >>> n = Normalizer(); _ = n.tokens("pelatihan kerja"); n.words_read()
        [('pelatihan', 'latih'), ('kerja', 'kerja')]
        """
        return list(itertools.islice(self._word_cache.items(), start, None))

    def learn(self, words) -> None:
        """Take in (word, stem) pairs read elsewhere (another process, or a run whose results were
        kept) as :meth:`tokens` records them: a word already read keeps its place."""
        for word, stem in words:
            if word not in self._word_cache:
                self._word_cache[word] = stem
                if stem is not None:
                    self._surfaces.setdefault(stem, []).append(word)

    def display(self, term: str) -> str:
        """A readable form of a term: the lexicon's label, else a word that produced it.

        >>> n = Normalizer(); _ = n.tokens("pelatihan kerja")
        >>> n.display("latih"), n.display("aduan")
        ('pelatihan', 'aduan')
        """
        if term in self.lexicon.concepts:
            return self.lexicon.label(term)
        words = self._surfaces.get(term)
        return words[0] if words else term

    def term_words(self, text: str) -> dict[str, tuple[str, ...]]:
        """Each stem of ``text`` -> the words of ``text`` that give it, in order.

        >>> Normalizer().term_words("Kebocoran pipa, pipa bocor")
        {'bocor': ('kebocoran', 'bocor'), 'pipa': ('pipa', 'pipa')}
        """
        if not text:
            return {}
        found = self._term_words_cache.get(text)
        if found is None:
            self.tokens(text)  # decides each word's stem once
            words = self._word_cache
            grouped: dict[str, list] = {}
            for word in fold(text).split():
                stem = words.get(word)
                if stem:
                    grouped.setdefault(stem, []).append(word)
            found = {stem: tuple(ws) for stem, ws in grouped.items()}
            if len(self._term_words_cache) < 500_000:
                self._term_words_cache[text] = found
        return found

    def fixed_reading(self, term: str) -> str | None:
        """How ``term`` reads whatever the texts: its lexicon label, or the only word read for it; else None."""
        if term in self.lexicon.concepts:
            return self.lexicon.label(term)
        known = self._surfaces.get(term)
        return known[0] if known is not None and len(known) == 1 else None

    def readable(self, term: str, texts: Iterable[str]) -> str:
        """A readable form of ``term`` as ``texts`` (the records a finding is about) write it.

        The lexicon's label for a concept; else the word of ``texts`` for that stem that
        most of them use (ties: alphabetical), so the word shown depends only on the
        records themselves, not on their row order or what this process read before.
        ``texts`` are texts this normaliser has read (those the term came from): when only
        one word ever gave the stem, that word is the answer without reading them again.

        >>> n = Normalizer()
        >>> _ = n.tokens("kebocoran pipa; pipa bocor; bocor halus")
        >>> n.readable("bocor", ["kebocoran pipa"]), n.readable("bocor", ["pipa bocor", "bocor halus"])
        ('kebocoran', 'bocor')
        >>> n.readable("bocor", ["kebocoran pipa", "pipa bocor"])  # a tie: alphabetical
        'bocor'
        >>> n.readable("pipa", [])  # one word gave it
        'pipa'
        """
        fixed = self.fixed_reading(term)
        if fixed is not None:
            return fixed
        counts: dict[str, int] = {}
        for text in texts:
            for word in set(self.term_words(text).get(term, ())):
                counts[word] = counts.get(word, 0) + 1
        if not counts:
            return self.display(term)  # the term came from elsewhere (an acronym's meaning)
        return min(counts, key=lambda w: (-counts[w], w))


# --------------------------------------------------------------------------- TF-IDF
@dataclass(frozen=True)
class TermMatrix:
    """Sparse TF-IDF rows (CSR, float32, L2-normalised) and the terms of its columns."""

    matrix: sp.csr_matrix
    terms: tuple[str, ...]
    idf: np.ndarray

    @functools.cached_property
    def function_word_columns(self) -> np.ndarray:
        """The columns of :data:`FUNCTION_WORDS` (never named as what two texts share)."""
        return function_word_columns(self.terms)

    def column(self, term: str) -> int | None:
        try:
            return self.terms.index(term)
        except ValueError:
            return None


def tfidf_matrix(
    texts: Sequence[str] | Sequence[Sequence[str]],
    normalizer: Normalizer | None = None,
    *,
    field_weights: Sequence[float] | None = None,
    generic_weight: float = 0.3,
    sublinear_tf: bool = True,
    prepare=None,
    progress=None,
) -> TermMatrix:
    """TF-IDF rows for ``texts`` with the normaliser's terms.

    Parameters
    ----------
    texts : list of str, or list of tuples of str
        One text per row; or one tuple of field texts per row (e.g. name,
        description), combined with ``field_weights``.
    normalizer : Normalizer, optional
        Defaults to ``Normalizer()`` with the shipped lexicon.
    field_weights : list of float, optional
        Weight of each field's term counts (default 1 each).
    generic_weight : float
        Multiplier for :data:`GENERIC_VERBS` columns: they still count, a little.
    sublinear_tf : bool
        Use ``1 + log(tf)``, so a word repeated in a long description does not dominate.
    prepare : callable, optional
        Rewrites each field text before its words are read (e.g. drops filler words).
    progress : callable, optional
        Like :func:`synergy.progress.track`: reading many texts shows a bar.

    Returns
    -------
    TermMatrix

    Examples
    --------
    >>> tm = tfidf_matrix(["Pengadaan Bus Sekolah", "Pengadaan Buku Sekolah", "Bus Sekolah Gratis"])
    >>> tm.matrix.shape[0], round(float(tm.matrix[0].multiply(tm.matrix[0]).sum()), 3)
    (3, 1.0)
    """
    norm = normalizer or Normalizer()
    rows = [t if isinstance(t, (tuple, list)) else (t,) for t in texts]
    n_fields = max((len(r) for r in rows), default=1)
    weights = list(field_weights) if field_weights is not None else [1.0] * n_fields
    n = len(rows)
    # each field's distinct texts are read once (many at a time: Normalizer.tokens_many)
    fields, flat = [], []
    for f in range(n_fields):
        inverse, distinct = pd.factorize(pd.Series([str(r[f]) if f < len(r) else "" for r in rows], dtype=object))
        tokens = norm.tokens_many(distinct, prepare=prepare, progress=progress)
        fields.append((inverse, np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens)),
                       float(weights[f]) if f < len(weights) else 1.0))
        flat.extend(itertools.chain.from_iterable(tokens))
    # a term's column: the order terms are first met, field by field, text by text
    codes, vocab = pd.factorize(pd.Series(flat, dtype=object))
    del flat
    v = len(vocab)
    tf = sp.csr_matrix((n, v), dtype=np.float32)
    start = 0
    for inverse, lengths, weight in fields:
        end = start + int(lengths.sum())
        if len(lengths) and weight != 0:
            # one count matrix per field (a row per distinct text), its repeats summed, then weighted
            rows_of = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
            d = sp.csr_matrix((np.ones(end - start, dtype=np.float32), (rows_of, codes[start:end])),
                              shape=(len(lengths), v))
            d.sum_duplicates()
            d.data *= np.float32(weight)
            tf = tf + d[inverse]
        start = end
    tf = sp.csr_matrix(tf, dtype=np.float32)
    tf.sum_duplicates()
    if sublinear_tf and tf.nnz:
        # counts below 1 (a field weighted 0.5) stay as they are
        tf.data = np.where(tf.data >= 1, 1.0 + np.log(np.maximum(tf.data, 1.0)), tf.data).astype(np.float32)
    df = np.bincount(tf.indices, minlength=v).astype(np.float64)
    idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
    terms = tuple(vocab.tolist())
    if generic_weight != 1.0:
        column = {t: j for j, t in enumerate(terms)}
        for term in norm.generic_terms:
            j = column.get(term)
            if j is not None:
                idf[j] *= generic_weight
    tf.data *= idf[tf.indices]
    _l2_normalise(tf)
    return TermMatrix(tf, terms, idf)


def _l2_normalise(m: sp.csr_matrix) -> None:
    """Scale each row of ``m`` (in place; ``m`` is ours) to unit length."""
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1), dtype=np.float64).ravel())
    norms[norms == 0] = 1.0
    lengths = np.diff(m.indptr)
    m.data /= np.repeat(norms, lengths).astype(np.float32)


# --------------------------------------------------------------------------- top-k
def top_k_similar(matrix_a, matrix_b=None, *, k: int = 10, threshold: float = 0.0, chunk: int = 4096) -> pd.DataFrame:
    """The ``k`` most similar rows of ``matrix_b`` for each row of ``matrix_a`` (dot products).

    With ``matrix_b=None`` compares ``matrix_a`` with itself: a row is never
    paired with itself and each unordered pair is listed once (``a < b``).
    Works chunk by chunk on sparse products, so memory stays bounded by
    ``chunk x k``; uses ``sparse_dot_topn`` when it is installed.

    Returns
    -------
    DataFrame with int columns ``a``, ``b`` (row numbers) and float ``score``,
    sorted by ``a`` then descending ``score``; only scores ``> threshold``.

    Examples
    --------
    >>> tm = tfidf_matrix(["bus sekolah", "buku sekolah", "bus sekolah gratis"])
    >>> top_k_similar(tm.matrix, k=1, threshold=0.5)[["a", "b"]].values.tolist()
    [[0, 2]]
    """
    a = sp.csr_matrix(matrix_a, dtype=np.float32)
    self_mode = matrix_b is None
    b = a if self_mode else sp.csr_matrix(matrix_b, dtype=np.float32)
    k_eff = k + 1 if self_mode else k  # the row itself takes one slot
    bt = b.T.tocsr()
    parts = []
    for start in range(0, a.shape[0], chunk):
        block = a[start : start + chunk]
        rows, cols, vals = product_topk(block, bt, k_eff, threshold)
        parts.append((rows + start, cols, vals))
    if parts:
        rows = np.concatenate([p[0] for p in parts])
        cols = np.concatenate([p[1] for p in parts])
        vals = np.concatenate([p[2] for p in parts])
    else:
        rows = cols = np.zeros(0, dtype=np.int64)
        vals = np.zeros(0, dtype=np.float32)
    if self_mode:
        keep = rows != cols
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
        lo, hi = np.minimum(rows, cols), np.maximum(rows, cols)
        key = lo.astype(np.int64) * max(a.shape[0], 1) + hi
        _, first = np.unique(key, return_index=True)
        rows, cols, vals = lo[first], hi[first], vals[first]
    frame = pd.DataFrame({"a": rows.astype(np.int64), "b": cols.astype(np.int64), "score": vals.astype(np.float64)})
    return frame.sort_values(["a", "score", "b"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)


def rowwise_dot(matrix_a, rows_a, matrix_b=None, rows_b=None) -> np.ndarray:
    """Dot product of row ``rows_a[i]`` of A with row ``rows_b[i]`` of B, for every i.

    >>> tm = tfidf_matrix(["bus sekolah", "buku sekolah", "bus sekolah"])
    >>> np.round(rowwise_dot(tm.matrix, [0, 0], None, [1, 2]), 2).tolist()
    [0.31, 1.0]
    """
    a = _canonical_csr(sp.csr_matrix(matrix_a))
    b = a if matrix_b is None else _canonical_csr(sp.csr_matrix(matrix_b))
    rows_a = np.asarray(rows_a, dtype=np.int64)
    rows_b = np.asarray(rows_b if rows_b is not None else rows_a, dtype=np.int64)
    if not len(rows_a):
        return np.zeros(0)
    # each of A's entries in the rows asked for is looked up in the other row of B by a key
    # (row x width + column) that orders all of B's entries: no submatrix is built (scipy's row
    # indexing cost a roll-up 5 s in thousands of calls). The products are added up per pair as
    # scipy's multiply and sum add them (the same order and grouping), so the sums are the same floats.
    width = max(b.shape[1], 1)
    b_key = np.repeat(np.arange(b.shape[0], dtype=np.int64), np.diff(b.indptr)) * width + b.indices
    a_counts = np.diff(a.indptr)
    out = np.zeros(len(rows_a))
    step = 200_000  # pairs at a time: bounds the temporary arrays
    for s in range(0, len(rows_a), step):
        ra, rb = rows_a[s : s + step], rows_b[s : s + step]
        counts = a_counts[ra]
        total = int(counts.sum())
        if not total or not len(b_key):
            continue
        pair = np.repeat(np.arange(len(ra)), counts)
        at_a = positions_in_runs(counts) + np.repeat(a.indptr[ra], counts)
        query = rb[pair] * width + a.indices[at_a]
        at_b = np.minimum(np.searchsorted(b_key, query), len(b_key) - 1)
        hit = b_key[at_b] == query
        products, pair = a.data[at_a[hit]] * b.data[at_b[hit]], pair[hit]
        kept = products != 0  # scipy's product keeps no zeros, and its sum adds each row's with np.add.reduceat
        products, pair = products[kept], pair[kept]
        if len(pair):
            starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
            out[s + pair[starts]] = np.add.reduceat(products, starts)
    return out


def _canonical_csr(m: sp.csr_matrix) -> sp.csr_matrix:
    """``m`` with sorted column indices and no duplicate entries (a copy only when it has them)."""
    if m.has_canonical_format:
        return m
    m = m.copy()
    m.sum_duplicates()
    return m
