"""Find agencies, programs, datasets and applications by what people call them.

A civil servant knows "kependudukan", "Dinkes" or "pengaduan", not ``DS-NIK``.
:func:`find` reads every node's name and description (and an agency's short
name) with the project's Indonesian-aware :class:`~synergy.text.Normalizer`, so
that a query matches by word, by stem (*pelatihan* ~ *latih*), by synonym
(*keluhan* ~ *pengaduan*) and by acronym (*NIK* ~ *nomor induk kependudukan*,
and a name's own: *BKD* ~ *Badan Kepegawaian Daerah*, *Dinkes* ~ *Dinas
Kesehatan*), and ranks what it finds: the share of the query's terms a node
holds, each term weighed by how rare it is in the city, in the name more than
in the description, the word itself (or its stem) more than a synonym. :func:`resolve` turns a unique name into its id for the commands
that take an id (``deps``, ``chain``, ``impact``, ...) and refuses an ambiguous
one, listing the candidates.

Examples
--------
>>> from synergy.model import CityModel
>>> city = CityModel.from_records(
...     agencies=[{"id": "CAPIL", "name": "Dinas Kependudukan dan Pencatatan Sipil", "short_name": "Dispendukcapil"},
...               {"id": "DINKES", "name": "Dinas Kesehatan", "short_name": "Dinkes"}],
...     programs=[{"id": "P-1", "name": "Pelatihan Kader Posyandu", "agency": "DINKES"}],
...     datasets=[{"id": "DS-NIK", "name": "Data Nomor Induk Kependudukan", "producer": "CAPIL"}])
>>> find(city, "NIK")[["id", "kind", "name", "agency"]].values.tolist()
[['DS-NIK', 'dataset', 'Data Nomor Induk Kependudukan', 'CAPIL']]
>>> find(city, "latih posyandu")["id"].tolist()
['P-1']
>>> resolve(city, "Dinkes"), resolve(city, "P-1"), resolve(city, "data nomor induk kependudukan")
('DINKES', 'P-1', 'DS-NIK')
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from .errors import AmbiguousName, UnknownNode
from .i18n import Catalogue
from .text import Normalizer, fold, stem_word

__all__ = ["FIND_COLUMNS", "find", "resolve"]

#: Leading columns (data contract v2), then the evidence.
FIND_COLUMNS = ["id", "kind", "name", "agency", "score", "matched", "why"]
_KIND_ORDER = {"agency": 0, "program": 1, "dataset": 2, "application": 3}
_OWNER = {"agencies": "id", "programs": "agency", "datasets": "producer", "applications": "agency"}
#: How much a term found in each field counts, relative to one found in the name.
_FIELD_WEIGHT = {"name": 1.0, "short_name": 1.0, "description": 0.6, "broader": 0.35}
#: ... and a term the field holds only as a synonym (penduduk ~ masyarakat), relative to the word itself.
_SYNONYM_WEIGHT = 0.75
_FIELD_WORDS = Catalogue({
    "name": ("nama", "name"),
    "short_name": ("nama singkat", "short name"),
    "description": ("uraian", "description"),
    "broader": ("makna lebih luas", "broader meaning"),
    "id": ("kode", "id"),
    "exact": ("nama persis", "exact name"),
    "acronym": ("singkatan nama", "acronym of the name"),
    "synonym": ("sinonim", "synonym"),
})
#: Words an acronym skips (Dinas Kependudukan *dan* Pencatatan Sipil).
_JOINERS = frozenset({"dan", "serta", "atau", "di", "ke", "dari", "untuk", "yang", "pada", "dengan", "dalam",
                      "and", "of", "the", "for"})


def _stems(text) -> frozenset:
    """The stems of ``text``'s own words, no synonym or acronym applied."""
    return frozenset(stem_word(w) for w in fold(text).split()) if text else frozenset()


def _is_acronym(query: str, words: tuple, skip: bool = False) -> bool:
    """Whether ``query`` is the name's words each cut to a prefix, in order (BKD, Dinkes, Bappeda);
    with ``skip``, words between the first and the last may give nothing (Bappeda for Badan
    Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah).

    >>> _is_acronym("bkd", ("badan", "kepegawaian", "daerah")), _is_acronym("dinkes", ("dinas", "kesehatan"))
    (True, True)
    >>> _is_acronym("bappeda", ("badan", "perencanaan", "pembangunan", "daerah")), _is_acronym("bk", ("badan", "kepegawaian", "daerah"))
    (True, False)
    >>> _is_acronym("bappeda", ("badan", "perencanaan", "pembangunan", "penelitian", "pengembangan", "daerah"), skip=True)
    True
    """
    if len(words) < 2 or (not skip and len(query) < len(words)) or len(query) < 2:
        return False
    ends = {0}  # positions of the query reached after each word
    for position, word in enumerate(words):
        optional = skip and 0 < position < len(words) - 1
        ends = {j + k for j in ends for k in range(0 if optional else 1, len(word) + 1)
                if j + k <= len(query) and query[j:j + k] == word[:k]}
        if not ends:
            return False
    return len(query) in ends


@dataclass(frozen=True)
class _Index:
    """Every node's terms per field, read once per model and normaliser."""

    rows: list  # (id, kind, name, agency)
    fields: list  # per row: {field: frozenset of terms}
    literal: list  # per row: {field: frozenset of the stems of its own words}
    words: list  # per row: the name's words an acronym is made of
    sizes: list  # per row: how many distinct terms its name has
    exact: dict  # folded name / short name -> row numbers
    df: dict  # term -> number of rows holding it


def _index(model, norm: Normalizer) -> _Index:
    rows, fields, literal, words, sizes, exact, df = [], [], [], [], [], {}, {}
    for table in ("agencies", "programs", "datasets", "applications"):
        frame = model.table(table)
        if not len(frame):
            continue
        kind = {"agencies": "agency", "programs": "program", "datasets": "dataset", "applications": "application"}[table]
        owner = frame[_OWNER[table]]
        short = frame["short_name"] if "short_name" in frame else pd.Series([""] * len(frame), index=frame.index)
        description = frame["description"] if "description" in frame else pd.Series([""] * len(frame), index=frame.index)
        for node_id, name, agency, short_name, text in zip(frame["id"], frame["name"], owner, short, description):
            number = len(rows)
            rows.append((node_id, kind, name, agency))
            found = {}
            narrow_name = set(norm.tokens(name, expand=False))
            found["name"] = narrow_name
            found["short_name"] = set(norm.tokens(short_name, expand=False)) - narrow_name
            found["description"] = set(norm.tokens(text, expand=False)) - narrow_name - found["short_name"]
            wide = set(norm.tokens(name)) | set(norm.tokens(short_name)) | set(norm.tokens(text))
            found["broader"] = wide - narrow_name - found["short_name"] - found["description"]
            fields.append({k: frozenset(v) for k, v in found.items()})
            own = {"name": _stems(name), "short_name": _stems(short_name), "description": _stems(text)}
            own["broader"] = own["name"] | own["short_name"] | own["description"]
            literal.append(own)
            words.append(tuple(w for w in fold(name).split() if w not in _JOINERS))
            sizes.append(len(narrow_name | found["short_name"]) or 1)
            for label in (name, short_name):
                if label:
                    exact.setdefault(fold(label), []).append(number)
            for term in wide:
                df[term] = df.get(term, 0) + 1
    return _Index(rows, fields, literal, words, sizes, exact, df)


@dataclass(frozen=True)
class _Match:
    row: tuple  # (id, kind, name, agency)
    score: float
    terms: tuple  # the query's terms found
    fields: dict  # field -> terms found there (shown form), in query order
    how: str = ""  # "id" or "exact" for a match by id or by the whole name
    focus: float = 1.0  # share of the name's terms the query holds: breaks ties (a shorter name is closer)


def _matches(model, text: str, kinds, norm: Normalizer) -> tuple[list, list]:
    """(every match, the query's terms)."""
    wanted = set(kinds) if kinds else None
    query = fold(text)
    index = _index(model, norm)
    terms = list(dict.fromkeys(norm.tokens(text, expand=False)))
    # the query's own word for each of its terms ("kependudukan", not the lexicon's "adminduk")
    surface = {}
    for word in text.split():
        for term in norm.tokens(word, expand=False):
            surface.setdefault(term, word.strip(".,;:()\"'"))
    total = len(index.rows) or 1
    idf = {t: math.log((1 + total) / (1 + index.df.get(t, 0))) + 1.0 for t in terms}
    weight_all = sum(idf.values())
    exact_rows = set(index.exact.get(query, ())) if query else set()
    # one word of letters may be a name's own acronym (BKD, Dinkes)
    acronym = query if (query.isalpha() and " " not in query and 2 <= len(query) <= 16) else ""
    own = {t: stem_word(fold(w)) if fold(w) else t for t, w in surface.items()}  # the query's own stem per term
    found_all = []
    for number, (row, found) in enumerate(zip(index.rows, index.fields)):
        if wanted is not None and row[1] not in wanted:
            continue
        if row[0].casefold() == text.strip().casefold():
            found_all.append(_Match(row, 1.0, tuple(terms), {}, "id"))
            continue
        if number in exact_rows:
            found_all.append(_Match(row, 1.0, tuple(terms), {}, "exact"))
            continue
        if acronym and _is_acronym(acronym, index.words[number]):
            found_all.append(_Match(row, 1.0, tuple(terms), {}, "acronym"))
            continue
        if acronym and len(acronym) >= 4 and _is_acronym(acronym, index.words[number], skip=True):
            # some words left out: likely, not certain (ranked under the name's full acronym and its words)
            found_all.append(_Match(row, 0.8, tuple(terms), {"name": [(text.strip(), "acronym")]}))
            continue
        score, matched, fields = 0.0, [], {}
        for term in terms:
            for field_name in ("name", "short_name", "description", "broader"):
                if term in found[field_name]:
                    literal = own.get(term, term) in index.literal[number][field_name]  # the word, not a synonym
                    score += idf[term] * _FIELD_WEIGHT[field_name] * (1.0 if literal else _SYNONYM_WEIGHT)
                    matched.append(term)
                    shown = surface.get(term) or norm.display(term)
                    fields.setdefault(field_name, []).append(shown if literal else (shown, "synonym"))
                    break
        if matched:
            in_name = sum(t in found["name"] or t in found["short_name"] for t in matched)
            found_all.append(_Match(row, round(min(score / weight_all, 1.0), 3), tuple(matched), fields,
                                    focus=in_name / index.sizes[number]))
    found_all.sort(key=lambda m: (-m.score, -m.focus, _KIND_ORDER[m.row[1]], m.row[0]))
    return found_all, terms


def find(model, text: str, *, kinds=None, limit: int | None = None, lang: str = "id",
         normalizer: Normalizer | None = None) -> pd.DataFrame:
    """Nodes whose name, short name or description match ``text``, best first.

    Parameters
    ----------
    model : CityModel
    text : str
        Words, a name, an acronym or an id, in Indonesian (or as the data has it).
    kinds : iterable of str, optional
        Only these kinds (``agency``, ``program``, ``dataset``, ``application``).
    limit : int, optional
        At most this many rows.
    lang : str
        Language of the ``why`` column: ``id`` (Bahasa Indonesia) or ``en``.
    normalizer : Normalizer, optional
        The text normaliser (default: the shipped lexicon).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`FIND_COLUMNS`: ``id, kind, name, agency`` (the agency's
        own id for an agency, the producer of a dataset), ``score`` (0-1: the
        rarity-weighed share of the query's terms found, 1 for an id or an
        exact name), ``matched`` (the terms found, ``;``-separated) and ``why``
        (which field held them). Sorted by score, then kind and id.

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> city = CityModel.from_records(
    ...     agencies=[{"id": "KOMINFO", "name": "Dinas Komunikasi dan Informatika"}],
    ...     programs=[{"id": "P-1", "name": "Aplikasi Pengaduan Warga", "agency": "KOMINFO"},
    ...               {"id": "P-2", "name": "Jaringan Internet Kelurahan", "agency": "KOMINFO",
    ...                "description": "menampung keluhan warga tentang sinyal"}])
    >>> find(city, "keluhan")[["id", "score", "why"]].values.tolist()
    [['P-1', 0.75, 'nama: keluhan (sinonim)'], ['P-2', 0.6, 'uraian: keluhan']]
    >>> find(city, "DKI")[["id", "why"]].values.tolist()
    [['KOMINFO', 'singkatan nama']]
    """
    words = _FIELD_WORDS.words(lang)  # (checks lang before any work)
    norm = normalizer or Normalizer()
    found, _terms = _matches(model, text, kinds, norm)
    if limit is not None:
        found = found[:limit]
    records = []
    for m in found:
        why = words[m.how] if m.how else "; ".join(
            f"{words[f]}: " + ", ".join(t if isinstance(t, str) else f"{t[0]} ({words[t[1]]})" for t in shown)
            for f, shown in m.fields.items())
        records.append((*m.row, m.score, ";".join(m.terms), why))
    return pd.DataFrame.from_records(records, columns=FIND_COLUMNS)


def resolve(model, text: str, *, kinds=None, normalizer: Normalizer | None = None) -> str:
    """The id ``text`` stands for: an id as it is, else the one node whose name it gives.

    An id (also in other case) is taken as it is; otherwise the node whose name
    or short name is exactly ``text`` (case and punctuation aside); otherwise
    the one node that holds every term of ``text`` in its name, else in its
    name or description.

    Raises
    ------
    AmbiguousName
        Several nodes match as well as each other, or some match only part of
        ``text``; ``candidates`` lists them (id, kind, name, agency), best first.
    UnknownNode
        Nothing matches; the closest ids are suggested.

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> city = CityModel.from_records(
    ...     agencies=[{"id": "DINSOS", "name": "Dinas Sosial"}],
    ...     programs=[{"id": "P-1", "name": "Pendataan Keluarga Miskin", "agency": "DINSOS"},
    ...               {"id": "P-2", "name": "Bantuan Keluarga Miskin", "agency": "DINSOS"}])
    >>> resolve(city, "p-1"), resolve(city, "pendataan")
    ('P-1', 'P-1')
    >>> resolve(city, "Dinsos")   # the name's own acronym
    'DINSOS'
    >>> resolve(city, "keluarga miskin")
    Traceback (most recent call last):
    ...
    synergy.errors.AmbiguousName: 'keluarga miskin' cocok dengan 2 nama: tulis kodenya / matches 2 names: give the id
      P-1  program  Pendataan Keluarga Miskin  (DINSOS)
      P-2  program  Bantuan Keluarga Miskin  (DINSOS)
    """
    from .dependencies import suggest_ids

    ids = model.kind_of()
    wanted = set(kinds) if kinds else None
    if text in ids and (wanted is None or ids[text] in wanted):
        return text
    same_case = [i for i in ids if i.casefold() == text.casefold() and (wanted is None or ids[i] in wanted)]
    if len(same_case) == 1:
        return same_case[0]
    found, terms = _matches(model, text, kinds, normalizer or Normalizer())
    if not found:
        pool = [i for i, k in ids.items() if wanted is None or k in wanted]
        raise UnknownNode(text, suggest_ids(text, pool))
    whole = [m for m in found if m.how]
    # an acronym that leaves words out is a candidate, never an answer on its own
    loose = {m.row[0] for m in found for shown in m.fields.values() for t in shown if not isinstance(t, str)
             and t[1] == "acronym"}
    every = [m for m in found if not m.how and set(terms) <= set(m.terms) and m.row[0] not in loose]
    in_name = [m for m in every if set(m.fields) <= {"name", "short_name"}]
    for tier in (whole, in_name, every):
        if len(tier) == 1:
            return tier[0].row[0]
        if tier:
            raise AmbiguousName(text, [m.row for m in tier])
    raise AmbiguousName(text, [m.row for m in found], partial=True)
