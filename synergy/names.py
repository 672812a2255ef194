"""What a name really says: URLs, the owner's own name, the region and boilerplate taken out.

Real inventories name things the way people type them: "Situs Resmi Perangkat
Daerah - Dinas Kesehatan", "https://dinkes.denpasarkota.go.id", "SIMADE (Sistem
Informasi Kelurahan Desa)", "Aplikasi e-Kinerja Kota Madiun". Matched as they are,
two agencies' own websites look identical and URL pieces ("go", "id", the city's
domain) look like shared meaning. This module turns each record's text into the words
that say what it does:

- :func:`hosts` and :func:`strip_urls`: web addresses found in a text, and the text
  without them (the host is kept apart: the same host is the same system);
- :class:`NameContext`: per city, the words that name the owner agency (its name,
  short name and id) and the region (the government's own name), removed from each
  record's text; built from the agencies table (and the regions' names when known);
- :func:`acronym_definitions`: acronyms a text defines for the whole city ("SIMADE
  (Sistem Informasi ...)" and "Sistem Informasi ... (SIMADE)"), so that another
  record naming only "SIMADE" is read with its meaning; :func:`acronym_senses` says
  when a city gives one acronym two meanings (then no meaning holds city-wide);
- :data:`GENERIC_EGOV_TERMS`: words every e-government system has in its name
  (sistem, aplikasi, informasi, online, terpadu, SIM, ...): they never count as
  shared meaning.

Everything here is a pure function of the texts it is given; nothing is learned from
labels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .text import STOPWORDS, fold, root_words

__all__ = [
    "GENERIC_EGOV_TERMS",
    "AGENCY_WORDS",
    "hosts",
    "system_keys",
    "strip_urls",
    "address_words",
    "split_compound",
    "acronym_definitions",
    "acronym_senses",
    "acronym_meanings",
    "is_acronym",
    "NameContext",
    "region_stripper",
]

#: Canonical terms (after :class:`synergy.text.Normalizer`) that every government
#: system's name may carry whatever it does. "aplikasi" is also the lexicon's word
#: for website, portal, platform and "sistem informasi".
GENERIC_EGOV_TERMS = frozenset(
    """
    aplikasi daring sistem informasi terpadu terintegrasi integrasi sim si manajemen
    elektronik digital smart cerdas mobile android ios web versi v desktop offline apk
    layan pelayanan layanan satu pintu
    kota kabupaten kab provinsi prov pemerintah pemkot pemkab pemprov daerah
    go id com net org www http https html php index
    """.split()
)

#: Words that make up agency names rather than say what an agency does (with the short
#: forms web addresses use: kec-cempaka, kel-..., setda...).
AGENCY_WORDS = frozenset(
    """
    dinas badan kantor sekretariat bagian unit upt uptd satuan bidang seksi sub subbagian
    kecamatan kelurahan desa kota kabupaten kab provinsi prov daerah pemerintah
    perangkat organisasi opd skpd dan serta
    kec kel kelu setda sekda setwan dprd pemkab pemkot pemprov pemda biro
    """.split()
)

# A web address: a scheme, "www.", or a dotted host ending in a known top-level domain.
_URL = re.compile(
    r"(?i)\b(?:(?:https?|ftp)://[^\s<>\"')]+"
    r"|www\.[^\s<>\"')]+"
    r"|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:go\.id|co\.id|or\.id|ac\.id|sch\.id|desa\.id|web\.id|my\.id|"
    r"id|com|net|org|info|io|app|xyz|biz)\b(?::\d+)?(?:/[^\s<>\"')]*)?)"
)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:)])")
_SPACE_AFTER_BRACKET = re.compile(r"\(\s+")
_WORDS_AND_MARKS = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*|[^\w\s]+")
_REGION_MARKERS = frozenset("kota kabupaten kab provinsi prov".split())
# a cheap test before the full address pattern: addresses need a dot (or "://")
_MAYBE_URL = re.compile(r"[a-z0-9]\.[a-z]|://", re.I)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_HOST = re.compile(r"(?i)^(?:[a-z]+://)?(?:[^@/\s]*@)?([^/:?#\s]+)")
# "ACRONYM (Long name)" and "Long name (ACRONYM)"
_DEF_AFTER = re.compile(r"\b([A-Za-z][A-Za-z0-9\-]{1,14})\s*\(([^()]{6,120})\)")
_DEF_BEFORE = re.compile(r"([^()]{6,120}?)\s*\(\s*([A-Za-z][A-Za-z0-9\-]{1,14})\s*\)")


def hosts(text: str) -> list[str]:
    """The web hosts a text names, lower-case, without ``www.``, in order.

    >>> hosts("Lihat https://www.Dinkes.DenpasarKota.go.id/layanan atau simpeg.denpasarkota.go.id")
    ['dinkes.denpasarkota.go.id', 'simpeg.denpasarkota.go.id']
    >>> hosts("Aplikasi e-Sambat"), hosts("versi 2.1")
    ([], [])
    """
    out = []
    text = str(text or "")
    if not _MAYBE_URL.search(text):
        return out
    for match in _URL.finditer(text):
        host = _HOST.match(match.group(0))
        if host:
            name = host.group(1).lower().rstrip(".")
            if name.startswith("www."):
                name = name[4:]
            if "." in name and name not in out:
                out.append(name)
    return out


def system_keys(text: str) -> list[str]:
    """Where each web address of a text points, as host plus first path segment.

    Two records with one key are one system. The first path segment counts because many
    cities run several systems under one domain (``kota.go.id/simpeg``, ``kota.go.id/sipp``).

    >>> system_keys("https://www.denpasarkota.go.id/simpeg/login and dinkes.denpasarkota.go.id/")
    ['denpasarkota.go.id/simpeg', 'dinkes.denpasarkota.go.id']
    >>> system_keys("http://kota.go.id/index.php?page=1")
    ['kota.go.id']
    """
    out = []
    text = str(text or "")
    if not _MAYBE_URL.search(text):
        return out
    for match in _URL.finditer(text):
        url = match.group(0)
        host = _HOST.match(url)
        if not host:
            continue
        name = host.group(1).lower().rstrip(".")
        if name.startswith("www."):
            name = name[4:]
        if "." not in name:
            continue
        rest = url[host.end():]
        rest = rest.split("?", 1)[0].split("#", 1)[0]
        if rest.startswith(":"):
            rest = rest.split("/", 1)[1] if "/" in rest else ""
        first = rest.strip("/").split("/", 1)[0].lower()
        if first and not first.startswith(("index", "home", "login", "default")) and "." not in first:
            name = f"{name}/{first}"
        if name not in out:
            out.append(name)
    return out


#: Labels of a host that name the internet, not the system.
_HOST_NOISE = frozenset("www go id co or ac sch desa web my com net org info io app xyz biz mil gov".split())


def address_words(text: str) -> str:
    """The words that name a system in a text's web addresses: the first host label and the first path segment.

    Many inventories name a system only by its address. In
    "tatasurat.biroadpem.bantenprov.go.id" the first label names the system and the rest
    name the unit and the government; in "kota.go.id/simpeg" the path names it. A bare
    host ("simaya.go.id") is named by its one label.

    >>> address_words("https://tatasurat.biroadpem.bantenprov.go.id/login and kota.go.id/simpeg")
    'tatasurat simpeg'
    >>> address_words("simaya.go.id"), address_words("e-planning.magetan.go.id/sippd")
    ('simaya', 'e planning sippd')
    """
    words = []
    for key in system_keys(text):
        host, _, path = key.partition("/")
        labels = [label for label in host.split(".") if label not in _HOST_NOISE and not label.isdigit()]
        chosen = ([path] if path else []) if len(labels) == 1 and path else labels[:1] + ([path] if path else [])
        for label in chosen:
            for part in re.split(r"[-_]", label):
                if part and part not in words:
                    words.append(part)
    return " ".join(words)


def split_compound(word: str, vocabulary, dictionary=frozenset()) -> list[str]:
    """``word`` cut into two known words when it is not one ("tatasurat" -> "tata", "surat").

    Only words of 6 letters or more that are not in ``dictionary`` are cut, into parts of
    at least 3 letters, and only when both parts are in ``vocabulary`` (or are dictionary
    words of 4 letters or more); the cut with the longest shorter part wins. (Used on
    names that are only web addresses, where words have no spaces between them.)

    >>> split_compound("tatasurat", {"tata", "surat"}), split_compound("simpeg", {"sim"})
    (['tata', 'surat'], ['simpeg'])
    >>> split_compound("statistik", {"statis", "tik"}, dictionary={"statistik"})
    ['statistik']
    """
    if len(word) < 6 or word in dictionary:
        return [word]

    def known(part):
        return part in vocabulary or (len(part) >= 4 and part in dictionary)

    best = None
    for cut in range(3, len(word) - 2):
        left, right = word[:cut], word[cut:]
        if known(left) and known(right):
            key = min(len(left), len(right))
            if best is None or key > best[0]:
                best = (key, [left, right])
    return best[1] if best else [word]


def strip_urls(text: str) -> str:
    """``text`` without its web addresses.

    >>> strip_urls("Portal Satu Data (https://satudata.denpasarkota.go.id)")
    'Portal Satu Data'
    >>> strip_urls("lpse.jatimprov.go.id")
    ''
    """
    text = _URL.sub(" ", str(text or ""))
    return " ".join(_EMPTY_BRACKETS.sub(" ", text).split())


_REGION_NAME_MARKERS = frozenset("kabupaten kab kota provinsi prov pemerintah pemkab pemkot pemprov".split())
_WORD_SPANS = re.compile(r"[a-z0-9]+")


def region_stripper(region_names: Iterable[str]):
    """A function taking the government's own name out of a text ("Kab. Keerom", "di Jawa Barat"),
    or None when no name is known.

    A name of two words or more goes alone or with its marker ("Provinsi Jawa Barat", "Jawa
    Barat"); a name of one word only after a marker ("Kota Batu", never the stone in "Produksi
    Batu Bata"). Word by word, so that the names of 500 regions cost what one does.

    >>> strip = region_stripper(["Kabupaten Keerom", "Provinsi Jawa Barat", "Kota Batu"])
    >>> [strip(t).split() for t in ("Komisi DPRD Kab. Keerom", "Jumlah Desa di Jawa Barat",
    ...                             "Produksi Batu Bata Kota Batu")]
    [['Komisi', 'DPRD'], ['Jumlah', 'Desa', 'di'], ['Produksi', 'Batu', 'Bata']]
    >>> region_stripper([]) is None
    True
    """
    names: dict[str, list] = {}  # first word -> (words, needs a marker), longest first
    for name in region_names:
        words = fold(name).split()
        while words and words[0] in _REGION_NAME_MARKERS:
            words = words[1:]
        if words:
            names.setdefault(words[0], []).append((tuple(words), len(words) == 1))
    if not names:
        return None
    for options in names.values():
        options.sort(key=lambda o: -len(o[0]))

    def strip(text: str) -> str:
        if not text:
            return text
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: positions would not match
            return text
        words = _WORD_SPANS.findall(lowered)
        if names.keys().isdisjoint(words):
            return text
        spans = list(_WORD_SPANS.finditer(lowered))
        cuts, i = [], 0
        while i < len(words):
            for option, needs_marker in names.get(words[i], ()):
                n = len(option)
                if tuple(words[i:i + n]) != option:
                    continue
                marked = i > 0 and words[i - 1] in _REGION_NAME_MARKERS
                if needs_marker and not marked:
                    continue
                cuts.append((spans[i - 1].start() if marked else spans[i].start(), spans[i + n - 1].end()))
                i += n - 1
                break
            i += 1
        if not cuts:
            return text
        out, at = [], 0
        for lo, hi in cuts:
            out.append(text[at:lo])
            at = hi
        out.append(text[at:])
        return " ".join("".join(out).split())

    return strip


def is_acronym(word: str) -> bool:
    """A word written as an acronym: at least 3 letters, mostly upper case ("SIMADE", "SiPetruk" is not).

    >>> is_acronym("SIMADE"), is_acronym("DI"), is_acronym("Desa"), is_acronym("e-KTP")
    (True, False, False, True)
    """
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 3 and (sum(c.isupper() for c in letters) >= max(3, (len(letters) + 1) // 2))


def acronym_definitions(texts: Iterable[str]) -> dict[str, str]:
    """Acronyms defined in the texts: folded acronym -> the words it stands for.

    Both "SIMADE (Sistem Informasi Manajemen Desa)" and "Sistem Informasi Manajemen
    Desa (SIMADE)" define SIMADE. The long form must be at least two words and share
    its first letter with the acronym (so that "Portal (Web)" defines nothing).
    When several texts define one acronym differently the first (in sorted order of
    the definitions, so row order does not matter) is kept.

    >>> acronym_definitions(["SIMADE (Sistem Informasi Manajemen Desa)", "Lapor (aduan)",
    ...                      "Sistem Antrean Online (SIANTRI) untuk puskesmas"])
    {'siantri': 'sistem antrean online', 'simade': 'sistem informasi manajemen desa'}
    """
    return {k: v[0] for k, v in _definitions(texts).items()}


def acronym_senses(texts: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The meanings of each acronym the texts define: folded acronym -> its senses, each the
    sorted definitions that say the same (half their words or more shared, or one holding
    the other's words: "Dana Alokasi Khusus" and "dari Dana Alokasi Khusus"). A city that
    gives one acronym two senses ("SIMADE" for a kelurahan's system and for a fishers' one)
    has no meaning for it that holds everywhere.

    >>> acronym_senses(["SIMADE (Sistem Informasi Kelurahan Sumerta)", "SIMADE (Sistem Pemantauan Krama Bendega)",
    ...                 "SIMADE (Sistem Informasi Kelurahan Dangin Puri)", "Dana Alokasi Khusus (DAK)"])
    {'dak': (('dana alokasi khusus',),), 'simade': (('sistem informasi kelurahan dangin puri', 'sistem informasi kelurahan sumerta'), ('sistem pemantauan krama bendega',))}
    """
    out = {}
    for key, definitions in _definitions(texts).items():
        senses: list[list[str]] = []
        for definition in definitions:
            words = set(definition.split())
            for sense in senses:
                if any(_one_sense(words, set(other.split())) for other in sense):
                    sense.append(definition)
                    break
            else:
                senses.append([definition])
        out[key] = tuple(tuple(sense) for sense in senses)
    return out


def acronym_meanings(texts: Iterable[str]) -> tuple[dict[str, str], frozenset]:
    """Folded acronym -> its meaning for the acronyms the texts define with one sense
    (:func:`acronym_senses`), and the acronyms they give several senses (read with no meaning
    city-wide).

    >>> acronym_meanings(["SIMADE (Sistem Informasi Kelurahan Sumerta)", "SIMADE (Sistem Pemantauan Krama Bendega)",
    ...                   "Dana Alokasi Khusus (DAK)"])
    ({'dak': 'dana alokasi khusus'}, frozenset({'simade'}))
    """
    senses = acronym_senses(texts)
    return ({key: found[0][0] for key, found in senses.items() if len(found) == 1},
            frozenset(key for key, found in senses.items() if len(found) > 1))


def _one_sense(x: set, y: set) -> bool:
    return x <= y or y <= x or 2 * len(x & y) >= len(x | y)


def _definitions(texts: Iterable[str]) -> dict[str, list[str]]:
    """Folded acronym -> its distinct definitions in the texts, sorted (row order does not matter)."""
    found: dict[str, set[str]] = {}
    for text in texts:
        text = str(text or "")
        if "(" not in text:
            continue
        for acro, long in _DEF_AFTER.findall(text):
            _add_definition(found, acro, long)
        for long, acro in _DEF_BEFORE.findall(text):
            # the long form is the last words before the bracket, as many as it takes
            words = long.split()
            _add_definition(found, acro, " ".join(words[-8:]), trim=True)
    return {k: sorted(v) for k, v in sorted(found.items())}


def _add_definition(found: dict, acro: str, long: str, trim: bool = False) -> None:
    if not is_acronym(acro):
        return
    key = fold(acro).replace(" ", "")
    words = fold(long).split()
    if trim:
        # keep the tail that starts with the acronym's first letter, as long as possible
        first = key[:1]
        starts = [i for i, w in enumerate(words) if w[:1] == first]
        if not starts:
            return
        words = words[starts[0]:]
    if len(words) < 2 or not key or words[0][:1] != key[:1]:
        return
    long_text = " ".join(words)
    if fold(long_text).replace(" ", "") == key:
        return
    found.setdefault(key, set()).add(long_text)


#: Words that start the name of an organisation inside a description ("... Dinas Bina
#: Marga dan Tata Ruang", "... badan diklat Provinsi Banten"): who runs it, not what it does.
ORGANISATION_STARTS = frozenset(
    "dinas badan biro kantor bagian sekretariat satuan uptd upt kecamatan kelurahan inspektorat".split()
)
#: Words before "dinas" that make it part of a common noun, not an organisation
#: ("perjalanan dinas" is an official trip, "naskah dinas" an official document; and
#: "badan hukum", a legal entity, is no agency either).
_NOT_ORGANISATION_AFTER = frozenset("perjalanan rumah kendaraan naskah pakaian mobil surat nota tugas jabatan".split())
#: Words that end such a name (or punctuation, or seven words).
_ORGANISATION_ENDS = frozenset(
    "untuk yang guna agar dalam di pada kepada bagi dengan sebagai oleh serta terkait melalui dari ke "
    "secara sehingga dapat akan adalah ini itu".split()
)


@dataclass(frozen=True)
class NameContext:
    """The words of a city that name agencies and the region, to take out of record texts.

    Build it with :meth:`from_agencies`; :meth:`clean` then gives a record's text
    without URLs, its owner's name and the region's name. Other agencies' names stay:
    "Aplikasi Rujukan Dinas Sosial" owned by the hospital says whom it serves.

    Examples
    --------
    >>> ctx = NameContext.from_agencies(
    ...     [("DINKES", "Dinas Kesehatan Kota Denpasar", "Dinkes"),
    ...      ("DISDUK", "Dinas Kependudukan dan Pencatatan Sipil Kota Denpasar", "Disdukcapil"),
    ...      ("BKPSDM", "Badan Kepegawaian Kota Denpasar", "")])
    >>> sorted(w for w in ctx.region_words if "kota" not in w and "kab" not in w and "prov" not in w)
    ['denpasar']
    >>> "denpasarkota" in ctx.region_words   # as web addresses write it
    True
    >>> ctx.clean("Situs Resmi Dinas Kesehatan Kota Denpasar - dinkes.denpasarkota.go.id", "DINKES")
    'Situs Resmi'
    >>> ctx.clean("Aplikasi Antrian Disdukcapil Denpasar", "DISDUK")
    'Aplikasi Antrian'
    >>> ctx.clean("Aplikasi Rujukan Dinkes", "BKPSDM")
    'Aplikasi Rujukan Dinkes'
    """

    own_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    region_words: frozenset = frozenset()

    @classmethod
    def from_agencies(cls, agencies: Iterable[tuple[str, str, str]], region_names: Iterable[str] = ()) -> "NameContext":
        """From ``(id, name, short_name)`` rows and the names of the regions (if known).

        The region's words are those of the given region names, plus the words that follow
        "Kota", "Kabupaten" or "Provinsi" in most agency names ("Denpasar" in "Dinas
        Kesehatan Kota Denpasar"): in at least half of the names, and at least 3.
        """
        rows = [(str(i), str(n or ""), str(s or "")) for i, n, s in agencies]
        region = set()
        for name in region_names:
            region.update(w for w in fold(name).split() if w not in AGENCY_WORDS and len(w) > 2)
        # the region as agency names write it: the words after "Kota", "Kabupaten", "Provinsi"
        # ("Dinas Kesehatan Kota Denpasar"), when most agency names carry them
        counts: dict[str, int] = {}
        for _, name, _ in rows:
            words = fold(name).split()
            found = set()
            for i, w in enumerate(words[:-1]):
                if w in _REGION_MARKERS:
                    found.update(x for x in words[i + 1 : i + 3] if x not in AGENCY_WORDS and len(x) > 2)
            for w in found:
                counts[w] = counts.get(w, 0) + 1
        if len(rows) >= 3:
            region.update(w for w, c in counts.items() if c >= max(3, len(rows) / 2))
        # and as web addresses glue it: denpasarkota, kotadenpasar, madiunkab, bantenprov
        region.update(f"{w}{kind}" for w in list(region) for kind in ("kota", "kab", "kabupaten", "prov"))
        region.update(f"{kind}{w}" for w in list(region) if not w.endswith(("kota", "kab", "kabupaten", "prov"))
                      for kind in ("kota", "kab", "prov"))
        own = {}
        for agency_id, name, short in rows:
            phrases = set()
            for value in (name, short, agency_id):
                folded = " ".join(fold(value).split())
                if not folded:
                    continue
                phrases.add(folded)
                # the name without the region ("Dinas Kesehatan" of "Dinas Kesehatan Kota Denpasar")
                core = " ".join(w for w in folded.split() if w not in region)
                for prefix in ("kota", "kabupaten", "kab", "provinsi", "prov"):
                    if core.endswith(" " + prefix):
                        core = core[: -len(prefix) - 1]
                if core and (len(core.split()) >= 2 or value is not name):
                    phrases.add(core)
            # an id or short name of one or two letters would cut words apart
            own[agency_id] = tuple(sorted((p for p in phrases if len(p.replace(" ", "")) >= 3), key=lambda p: (-len(p), p)))
        return cls(own_phrases=own, region_words=frozenset(region))

    def own_words(self, agency: str) -> frozenset:
        """The folded words that can name ``agency`` in a text (a text without any of them needs
        no cleaning for it): the distinctive words of its names, and each name written glued."""
        cache = self.__dict__.setdefault("_own_words", {})
        words = cache.get(agency)
        if words is None:
            phrases = self.own_phrases.get(agency, ())
            words = cache[agency] = frozenset(
                w for p in phrases for w in p.split()
                if len(w) > 2 and not w.isdigit() and w not in AGENCY_WORDS and w not in STOPWORDS
            ) | frozenset(p.replace(" ", "") for p in phrases)
        return words

    def abbreviates(self, word: str, agency: str) -> bool:
        """Whether ``word`` (folded, as a web address writes it) is a short form of ``agency``'s
        name made the way Indonesian agencies shorten theirs: pieces of its words, in order
        ("dinkes" Dinas Kesehatan, "disdukcapil", "dkp3" Dinas Ketahanan Pangan Pertanian dan
        Perikanan, "kesra" Bagian Kesejahteraan Rakyat).

        Its letters must be found in order in the name: the first ones in one word, from its
        first letter, the rest in the words after it (a piece of one word alone is no short
        form); three letters only as the initials of three words; never a dictionary word.
        Used where an inventory names a record by its address alone, so that the owner's
        website is known when the agency has no short name.

        >>> ctx = NameContext.from_agencies([("K", "Dinas Kesehatan Kota Banjarbaru", ""),
        ...     ("L", "Dinas Lingkungan Hidup", ""), ("S", "Dinas Sosial", ""), ("B", "Bagian Kesejahteraan Rakyat", "")])
        >>> [ctx.abbreviates(w, "K") for w in ("dinkes", "dinaskes", "dkk", "simpus", "data", "dinas")]
        [True, True, True, False, False, False]
        >>> ctx.abbreviates("dlh", "L"), ctx.abbreviates("dkp3", "L"), ctx.abbreviates("kesra", "B")
        (True, False, True)
        >>> ctx.abbreviates("sipadu", "S"), ctx.abbreviates("dinsos", "S")
        (False, True)
        """
        letters = "".join(c for c in word if c.isalpha())
        if len(letters) < 3 or letters in root_words():  # "data" is a word, not Dinas Kesehatan
            return False
        for phrase in self.own_phrases.get(agency, ()):
            words = [w for w in phrase.split() if w not in ("dan", "serta") and w not in self.region_words]
            if len(words) < 2:
                continue
            if len(letters) == 3:
                if any(letters == "".join(w[0] for w in words[i : i + 3]) for i in range(len(words) - 2)):
                    return True
                continue
            for start, first in enumerate(words[:-1]):
                if first[0] != letters[0]:
                    continue
                rest = "".join(words[start + 1 :])
                if any(_in_order(letters[:cut], first) and _in_order(letters[cut:], rest)
                       for cut in range(1, len(letters))):
                    return True
        return False

    def clean_description(self, text: str, agency: str = "") -> str:
        """A description without URLs, the owner's and region's names, and any organisation named in it.

        >>> ctx = NameContext.from_agencies([("DBM", "Dinas Bina Marga", "")])
        >>> ctx.clean_description("Aplikasi laporan bulanan Dinas Bina Marga dan Tata Ruang untuk pimpinan", "X")
        'Aplikasi laporan bulanan untuk pimpinan'
        >>> ctx.clean_description("Surat Perintah Perjalanan Dinas Biro Umum", "X")
        'Surat Perintah Perjalanan Dinas'
        """
        text = self.clean(text, agency)
        if not (set(fold(text).split()) & ORGANISATION_STARTS):
            return text
        words = text.split()
        kept, i = [], 0
        while i < len(words):
            folded = fold(words[i])
            if (folded in ORGANISATION_STARTS and not (i and fold(words[i - 1]) in _NOT_ORGANISATION_AFTER)
                    and not (folded == "badan" and i + 1 < len(words) and fold(words[i + 1]) == "hukum")):
                j = i + 1
                while j < len(words) and j - i <= 7:
                    word = fold(words[j])
                    if not word or word in _ORGANISATION_ENDS or re.search(r"[,.;:()/|]", words[j - 1][-1:] or ""):
                        break
                    j += 1
                i = j
                continue
            kept.append(words[i])
            i += 1
        return " ".join(kept)

    def clean(self, text: str, agency: str = "") -> str:
        """``text`` without URLs, its owner's own name and the region's name (original case kept).

        Where the owner's name is not in the text, the text is cleaned as if it had no owner,
        so one text gets one cleaned form whoever owns it.
        """
        if not text:
            return ""
        # a text with no address is looked at word by word first (most texts)
        words = None if _MAYBE_URL.search(text) else set(fold(text).split())
        if agency and (words is None or words & self.own_words(agency)) and self._may_name(text, agency, words):
            cleaned, named = self._clean_words_named(text, agency)
            if named:
                return cleaned
        if words is not None and not (words & self.region_words):
            # no address and no region: nothing to take out
            return " ".join(text.split())
        # what is left to take out (the region, addresses) is the same for every owner, so
        # cleaned once per text (in a roll-up one word of many owners' names, "kesehatan", is
        # in a hundred thousand texts)
        cache = self.__dict__.setdefault("_ownerless", {})
        found = cache.get(text)
        if found is None:
            found = cache[text] = self._clean_words(text, "")
        return found

    def _may_name(self, text: str, agency: str, words=None) -> bool:
        """Whether one of ``agency``'s names can be in ``text`` as :meth:`clean` takes it out: every
        word of a phrase among the text's words, or a phrase written glued somewhere in it (a
        superset of what :meth:`_clean_words` matches, so False means it matches nothing)."""
        if words is None:
            words = set(fold(text).split())
        return self.may_name(words, fold(text).replace(" ", ""), agency)

    def may_name(self, words, glued_text: str, agency: str) -> bool:
        """:meth:`_may_name` of a text given as its folded words and its folded letters without
        spaces (to read a text once for many agencies)."""
        cache = self.__dict__.setdefault("_phrase_tests", {})
        tests = cache.get(agency)
        if tests is None:
            phrases = self.own_phrases.get(agency, ())
            tests = cache[agency] = (tuple(frozenset(p.split()) for p in phrases),
                                     tuple(g for g in (p.replace(" ", "") for p in phrases) if len(g) >= 4))
        phrase_words, glued = tests
        return any(words.issuperset(p) for p in phrase_words) or any(g in glued_text for g in glued)

    def _clean_words(self, text: str, agency: str) -> str:
        """:meth:`clean` word by word: addresses, the owner's phrases and the region's name taken out."""
        return self._clean_words_named(text, agency)[0]

    def _clean_words_named(self, text: str, agency: str) -> tuple[str, bool]:
        """:meth:`_clean_words`, and whether a name of the owner was taken out."""
        text = strip_urls(text)
        if not text:
            return "", False
        words = _WORDS_AND_MARKS.findall(text)
        folded = [" ".join(fold(w).split()) for w in words]
        drop = [False] * len(words)
        present = set(folded)
        # the owner's name: the longest phrase first, matched on whole words
        for phrase in self.own_phrases.get(agency, ()):
            target = phrase.split()
            if not present.issuperset(target):  # a word of it missing: it cannot match (most texts)
                continue
            n = len(target)
            # a phrase of folded words may span punctuation-free words only
            i = 0
            while i + n <= len(words):
                window = [f for f in folded[i : i + n]]
                if window == target and not any(drop[i : i + n]):
                    for j in range(i, i + n):
                        drop[j] = True
                    i += n
                else:
                    i += 1
        glued = {p.replace(" ", "") for p in self.own_phrases.get(agency, ()) if len(p.replace(" ", "")) >= 4}
        for i, f in enumerate(folded):
            if f in glued or f.replace(" ", "") in glued:
                drop[i] = True
        named = any(drop)
        for i, f in enumerate(folded):
            if f in self.region_words or (f in ("kota", "kabupaten", "kab", "provinsi", "prov") and i + 1 < len(folded)
                                          and folded[i + 1] in self.region_words):
                drop[i] = True
        kept = [w for w, d in zip(words, drop) if not d]
        # punctuation left dangling at either end (" - ", "()") says nothing
        while kept and not any(c.isalnum() for c in kept[-1]):
            kept.pop()
        while kept and not any(c.isalnum() for c in kept[0]):
            kept.pop(0)
        out = " ".join(kept)
        return _SPACE_BEFORE_PUNCT.sub(lambda m: m.group(1), _SPACE_AFTER_BRACKET.sub("(", out)), named


def _in_order(letters: str, text: str) -> bool:
    """Whether ``letters`` occur in ``text`` in this order (not necessarily together).

    >>> _in_order("dks", "dinaskesehatan"), _in_order("skd", "dinaskesehatan")
    (True, False)
    """
    position = 0
    for letter in letters:
        position = text.find(letter, position) + 1
        if not position:
            return False
    return True
