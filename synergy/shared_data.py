"""Shared-data opportunities: collect once, share (Satu Data).

Five kinds of finding, one row each (the data contract's ``shared-data``):

``reuse``
    A program could use a dataset of *another* agency instead of collecting
    its own: one of its stated data needs (``needs``) matches the dataset, or
    its own name and description match it while the program collects data
    itself (it produces a dataset, or its text speaks of surveying, registering,
    verifying...). Datasets it already uses, and its own agency's, are skipped.
    A need about what a national data registry is the official source of (poor
    households: DTSEN/DTKS; residents: the population register) is met by the city's
    copy of that registry whatever the words (``ontology/functions.ttl``).
``duplicate-dataset``
    Two datasets of different producers that hold the same data, also under
    different names (the lexicon maps synonyms and acronyms to one term).
``gap``
    A data need that no dataset meets, one row per program and need, with the
    other programs and agencies that need the same: a collection to plan once,
    for everyone.
``hub``
    A dataset used by programs (or applications) of many agencies: a candidate for a shared API
    on the integration platform and a data-sharing agreement, with the walidata.
``orphan``
    A dataset no program or application uses.

Matching uses :mod:`synergy.text` (one normaliser, one lexicon): TF-IDF rows
of dataset texts (name, keywords, description) and of program texts, compared
with sparse top-k, within one region (a producer with no region, e.g. BPS,
serves every region).

Thresholds (cosine of TF-IDF rows, 0..1) are set from what the measure means,
not fitted to one city: :data:`NEED_THRESHOLD` 0.30 (a short need phrase that
shares its main content word, e.g. "kemiskinan", with a dataset's name or
keywords reaches it; unrelated phrases that share only a generic word stay
below); :data:`TEXT_THRESHOLD` 0.35 for a whole program text, which is longer
and noisier; :data:`DUPLICATE_THRESHOLD` 0.40 for two datasets (on the
labelled pairs in ``tests/data/deps/dataset_pairs.csv``, written apart from
any sample city, the same data under two names scores 0.48-0.68 and related
but different data, e.g. air vs air quality, at most 0.33); :data:`SAME_NEED_THRESHOLD` 0.50 for two
unmet needs to count as the same; :data:`HUB_MIN_AGENCIES` 3 user agencies.

A need is met only if, besides the cosine, at least :data:`NEED_COVERAGE`
(half) of its weight lies in terms the dataset has: "data rumah ibadah" shares
"rumah" with "Data Rumah Tidak Layak Huni" (cosine 0.35) but the dataset says
nothing about places of worship (coverage 0.44). On the labelled needs in
``tests/data/deps/need_pairs.csv`` met needs cover 0.58-1.0, unmet ones at most 0.44.
"""
from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import pandas as pd

from .collector import paused
from .grouping import rows_by_value
from .i18n import check_lang, pick
from .model import CityModel
from .pool import PARALLEL_MIN_RECORDS, map_in_workers, map_slices
from .regions import region_names

__all__ = [
    "shared_data",
    "shared_data_notes",
    "finding_keys",
    "KINDS",
    "SHARED_COLUMNS",
    "NEED_THRESHOLD",
    "TEXT_THRESHOLD",
    "DUPLICATE_THRESHOLD",
    "SAME_NEED_THRESHOLD",
    "NEED_COVERAGE",
    "HUB_MIN_AGENCIES",
]

KINDS = ("reuse", "duplicate-dataset", "gap", "hub", "orphan")
SHARED_COLUMNS = ["kind", "program", "dataset", "other_dataset", "agency", "other_agency", "agencies",
                  "need", "classification", "score", "rank", "reason", "related"]

NEED_THRESHOLD = 0.30
TEXT_THRESHOLD = 0.35
DUPLICATE_THRESHOLD = 0.40
SAME_NEED_THRESHOLD = 0.50
NEED_COVERAGE = 0.50
HUB_MIN_AGENCIES = 3
#: Candidate datasets looked at per need or program text.
TOP_K = 5
#: Reuse suggestions kept per need (or program text): the best eligible dataset,
#: and up to PER_QUERY - 1 more that score at least RELATIVE_TO_BEST of it.
PER_QUERY = 2
RELATIVE_TO_BEST = 0.85
#: Field weights of a dataset's texts: name, keywords, description.
DATASET_WEIGHTS = (1.0, 1.0, 0.5)

#: Word starts that show a program collects data itself (surveys, registers, ...).
_COLLECTING = re.compile(
    r"\b(pendataan|mendata|didata|data ulang|survei|survey|sensus|registrasi|"
    r"pencatatan|mencatat|verifikasi|validasi|pemutakhiran|pengumpulan data|inventarisasi|"
    r"pemetaan|identifikasi|census|collect|register)", re.IGNORECASE)


def _collects_data(names, descriptions) -> list[bool]:
    """Whether each program's text ("name description") says it collects data (:data:`_COLLECTING`).

    A roll-up repeats names and descriptions, so each distinct one is searched once; a phrase
    running across the two ("... pengumpulan" + "data ...") is found in the words either side
    of the join. The same answers as searching each joined text.

    >>> _collects_data(["Pendataan UMKM", "Pengumpulan", "Bedah Rumah"], ["", "data harga", "rehab rumah"])
    [True, True, False]
    """
    searched: dict[str, bool] = {}

    def says(text):
        hit = searched.get(text)
        if hit is None:
            hit = searched[text] = _says_collecting(text)
        return hit

    return [says(name) or says(desc) or _says_collecting(f"{name[name.rfind(' ') + 1:]} {desc.split(' ', 1)[0]}")
            for name, desc in zip(names, descriptions)]


#: :data:`_COLLECTING` for lower-case text: on ASCII text the same matches, twice as fast as IGNORECASE.
_COLLECTING_LOWER = re.compile(_COLLECTING.pattern)


def _says_collecting(text: str) -> bool:
    return (_COLLECTING_LOWER.search(text.lower()) if text.isascii() else _COLLECTING.search(text)) is not None


# --------------------------------------------------------------------------- wording
#: A note says so when at least this share of the datasets has a title and nothing else.
TITLE_ONLY_SHARE = 0.25


def shared_data_notes(model: CityModel, kinds=None, lang: str = "id") -> tuple:
    r"""What limits the findings, in words: datasets known by their title alone.

    Duplicate datasets are found from the words of a dataset's title, keywords and
    description. On three real catalogues whose data carry titles only (Kabupaten Keerom's Satu
    Data; Provinsi Jawa Barat's Daftar Data Daerah and its open-data portal;
    ``benchmarks/eval_datasets.py``) about 1 pair in 2, 1 in 8 and 1 in 27 so found was the same
    data, since pairs of titles whose head nouns differ are left out (:mod:`synergy.titles`); with
    each of Keerom's datasets' breakdown as its description, 3 in 7.

    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}],
    ...     datasets=[{"id": "D1", "name": "Jumlah Penduduk", "producer": "A"},
    ...               {"id": "D2", "name": "Jumlah Sekolah", "producer": "A", "keywords": "sekolah;SD"}])
    >>> print(shared_data_notes(m, lang="en")[0])  # doctest: +ELLIPSIS
    1 of 2 datasets (50%) have a title and nothing else: ... fill in description or keywords (what the data holds)
    >>> shared_data_notes(m, kinds=["hub"])
    ()
    """
    check_lang(lang)
    if kinds and "duplicate-dataset" not in kinds:
        return ()
    n = len(model.datasets)
    if not n:
        return ()
    title_only = int(_title_only(model.datasets).sum())
    if title_only < TITLE_ONLY_SHARE * n:
        return ()
    share = f"{title_only / n:.0%}"
    return (pick((
        f"{title_only} dari {n} dataset ({share}) hanya berjudul, tanpa deskripsi atau kata kunci: data ganda "
        "dicari dari judulnya saja dan sering keliru (pada tiga katalog data daerah yang nyata, sekitar 1 dari 2, "
        "1 dari 8 dan 1 dari 27 pasangan benar); isi kolom description atau keywords (rincian isi datanya)",
        f"{title_only} of {n} datasets ({share}) have a title and nothing else: duplicate datasets are found "
        "from titles alone and are often wrong (on three real regional data catalogues about 1 pair in 2, 1 in "
        "8 and 1 in 27 was right); "
        "fill in description or keywords (what the data holds)"), lang),)


def _title_only(datasets: pd.DataFrame) -> np.ndarray:
    """Per dataset, whether it has a title and nothing else (no description, no keywords)."""
    described = (datasets["description"].fillna("").astype(str).str.strip() != "").to_numpy()
    keywords = np.array([bool(k) if isinstance(k, (tuple, list)) else isinstance(k, str) and bool(k.strip())
                         for k in datasets["keywords"].tolist()], dtype=bool)
    return ~described & ~keywords


def _classification_note(classification, producer, lang):
    if classification == "terbatas":
        return pick((f" Data ini terbatas: perlu perjanjian berbagi data dengan {producer}.",
                     f" This dataset is restricted (terbatas): a data-sharing agreement with {producer} is needed."), lang)
    if classification == "dikecualikan":
        return pick((f" Data ini dikecualikan: hanya dapat dibagi dengan perjanjian berbagi data dengan "
                     f"{producer} dan dasar hukum yang sah.",
                     f" This dataset is excluded (dikecualikan): it can only be shared under a data-sharing "
                     f"agreement with {producer} and a legal basis."), lang)
    if classification == "terbuka":
        return pick((" Data ini terbuka: dapat langsung dipakai melalui portal Satu Data.",
                     " This dataset is open (terbuka): it can be used straight from the Satu Data portal."), lang)
    return pick((f" Klasifikasi data belum diisi: tanyakan ke {producer} apakah perlu perjanjian berbagi data.",
                 f" Its classification is not given: ask {producer} whether a data-sharing agreement is needed."), lang)


def _terms_text(lang):
    """``text(terms)``: the words a finding's two records share, as a reason writes them after its
    sentence (nothing when they share none); the reader's language picked once, not per finding."""
    opening = pick((" (kata kunci bersama: ", " (shared terms: "), lang)

    def text(terms) -> str:
        return opening + ", ".join(terms) + ")" if terms else ""

    return text


def _registry_text(dataset, registry, lang):
    """The sentence that names a dataset as the city's copy of a national registry."""
    return pick((f" {dataset} adalah salinan data induk nasional {registry}: sumber resmi data ini.",
                 f" {dataset} is a copy of the national reference data {registry}: the official source of "
                 f"this data."), lang)


# --------------------------------------------------------------------------- context
class _City:
    """Lookups the finders share (labels, agencies, regions, walidata)."""

    def __init__(self, model: CityModel):
        a, p, d = model.agencies, model.programs, model.datasets
        self.agency_label = model.agency_labels()
        self.agency_region = dict(zip(a["id"], a["region"]))
        self.walidata = {}
        for i, roles, region in zip(a["id"], a["roles"], a["region"]):
            if "walidata" in roles:
                self.walidata.setdefault(region, i)
        #: the programs' ids, in row order: one Python string per id, shared by every lookup
        self.pids = p["id"].tolist()
        self.program_name = dict(zip(self.pids, p["name"].tolist()))
        self.program_agency = dict(zip(self.pids, p["agency"].tolist()))
        self.application_agency = dict(zip(model.applications["id"], model.applications["agency"]))
        self.applications = set(self.application_agency)
        self.dataset_name = dict(zip(d["id"], d["name"]))
        self.producer = dict(zip(d["id"], d["producer"]))
        self.classification = dict(zip(d["id"], d["classification"]))
        #: datasets known by their title alone: a pair of two is said to be compared on titles
        self.title_only = set(d["id"][_title_only(d)].tolist())
        self._dataset_labels: dict[str, str] = {}

    def alabel(self, agency):
        return self.agency_label.get(agency, agency)

    def plabel(self, pid):
        return f"{self.program_name.get(pid, '')} ({pid})" if self.program_name.get(pid) else pid

    def dlabel(self, did):
        # a dataset is named in many findings (a hub in thousands): its label is written once
        label = self._dataset_labels.get(did)
        if label is None:
            name = self.dataset_name.get(did)
            label = self._dataset_labels[did] = f"{name} ({did})" if name else did
        return label

    def user_agency(self, user):
        """The agency of a dataset's user: an application of the inventory, else a program."""
        agency = self.application_agency.get(user)
        return self.program_agency[user] if agency is None else agency

    def region(self, agency):
        return self.agency_region.get(agency, "")

    def walidata_for(self, agency):
        region = self.region(agency)
        return self.walidata.get(region) or self.walidata.get("") or next(iter(self.walidata.values()), "")


def _blocks(query_regions, doc_regions):
    """Pairs (query row indices, doc row indices) to compare, region by region.

    The rows of each region are found in one pass (:func:`synergy.grouping.rows_by_value`).
    """
    query_regions = np.asarray(query_regions, dtype=object)
    doc_regions = np.asarray(doc_regions, dtype=object)
    regions = sorted(set(query_regions) | set(doc_regions))
    if len([r for r in regions if r]) <= 1:
        yield np.arange(len(query_regions)), np.arange(len(doc_regions))
        return
    query_rows, doc_rows = rows_by_value(query_regions), rows_by_value(doc_regions)
    none = np.zeros(0, dtype=np.int64)
    everywhere_docs = doc_rows.get("", none)
    for r in regions:
        q = query_rows.get(r, none)
        if not len(q):
            continue
        docs = np.arange(len(doc_regions)) if r == "" else np.union1d(doc_rows.get(r, none), everywhere_docs)
        if len(docs):
            yield q, docs


def _top(query_matrix, doc_matrix, query_regions, doc_regions, *, k, threshold, progress=None, label=""):
    """Top-k (query row, doc row, score) within compatible regions (``progress``: one step per region)."""
    from .text import top_k_similar

    def search(block):
        q, docs = block
        hits = top_k_similar(query_matrix[q], doc_matrix[docs], k=k, threshold=threshold)
        if not len(hits):
            return None
        return pd.DataFrame({"a": q[hits["a"].to_numpy()], "b": docs[hits["b"].to_numpy()],
                             "score": hits["score"].to_numpy()})

    # region by region, in worker processes on a big roll-up (synergy.pool): the same hits in the same order
    blocks = list(_blocks(query_regions, doc_regions))
    parts = [hits for hits in map_in_workers(search, blocks, progress, size=query_matrix.shape[0], label=label)
             if hits is not None]
    if not parts:
        return pd.DataFrame({"a": pd.Series(dtype="int64"), "b": pd.Series(dtype="int64"),
                             "score": pd.Series(dtype="float64")})
    return pd.concat(parts, ignore_index=True)


#: Words that every dataset title and need carries ("data ...") and that say nothing.
_FILLER = re.compile(r"\b(basis data|database|dataset|data)\b", re.IGNORECASE)


def _per_record(work, total: int, label: str) -> list:
    """:func:`synergy.pool.map_slices` for a quick reading of each record (tens of microseconds):
    in worker processes only on a roll-up (:data:`synergy.pool.PARALLEL_MIN_RECORDS`)."""
    return map_slices(work, total, pieces=8, least=5_000, minimum=PARALLEL_MIN_RECORDS, label=label)


def _stripper(region_names=()):
    """A function of a text: the text without filler words and without the government's own name
    ("Kab. Keerom", "Provinsi Jawa Barat": every title of the region may carry it; it says nothing
    about what the data is, :func:`synergy.names.region_stripper`)."""
    from .names import region_stripper

    region = region_stripper(region_names)
    if region is None:
        return lambda text: _FILLER.sub(" ", text or "")
    return lambda text: region(_FILLER.sub(" ", text or ""))


class _Stripped:
    """The matrix rows' field texts (``raw``), each row's read as ``strip`` (:func:`_stripper`) leaves it when asked.

    A row asked for again is given as it was made (up to :data:`STRIPPED_KEPT` rows): a dataset
    is named in many findings, and its texts' words are then looked up by the very same strings.
    """

    def __init__(self, raw, strip):
        self.raw = raw
        self.strip = strip
        self._made: dict[int, tuple] = {}

    def __len__(self):
        return len(self.raw)

    def __getitem__(self, row):
        made = self._made.get(row)
        if made is None:
            made = tuple(self.strip(x) for x in self.raw[row])
            if len(self._made) < STRIPPED_KEPT:
                self._made[row] = made
        return made


#: The most rows a :class:`_Stripped` keeps as made (texts of a few hundred bytes each).
STRIPPED_KEPT = 200_000


def _coverage(matrix, rows_q, rows_d):
    """Share of each query row's weight (its squared L2 mass) in terms the doc row also has."""
    q = matrix[np.asarray(rows_q, dtype=np.int64)]
    d = matrix[np.asarray(rows_d, dtype=np.int64)]
    return np.asarray(q.multiply(q).multiply(d != 0).sum(axis=1)).ravel()


def _shared_terms_many(tm, rows_i, rows_j, norm, texts, n=3):
    """For each pair of rows, the (up to) ``n`` terms that weigh most in their similarity, as words.

    A term is shown as the pair's own texts (``texts[row]``: the fields of a matrix row)
    write it, so the words do not depend on row order.
    """
    from .text import drop_function_words, says_nothing
    from .topk import topk_per_row

    if not len(rows_i):
        return []
    m = tm.matrix
    prod = m[np.asarray(rows_i, dtype=np.int64)].multiply(m[np.asarray(rows_j, dtype=np.int64)]).tocsr()
    prod = drop_function_words(prod, tm.function_word_columns)  # "tidak", "by": never named as shared
    r, c, _ = topk_per_row(prod, n, 0.0)  # by row
    # each distinct term read once; a term two words of one stem give is read per pair
    columns, inverse = np.unique(c, return_inverse=True)
    fixed = np.empty(len(columns), dtype=object)
    fixed[:] = [norm.fixed_reading(tm.terms[ci]) for ci in columns.tolist()]
    labels = fixed[inverse]
    for at in np.flatnonzero(pd.isna(labels)).tolist():
        ri = int(r[at])
        labels[at] = norm.readable(tm.terms[c[at]], texts[rows_i[ri]] + texts[rows_j[ri]])
    # a word that says nothing is never named: each distinct word asked once
    words = labels.tolist()
    silent = {w: says_nothing(w) for w in set(words)}
    kept = np.fromiter((not silent[w] for w in words), dtype=bool, count=len(words))
    bounds = np.searchsorted(r[kept], np.arange(len(rows_i) + 1)).tolist()
    labels = labels[kept].tolist()
    return [labels[lo:hi] for lo, hi in zip(bounds[:-1], bounds[1:])]


# --------------------------------------------------------------------------- main
def shared_data(model: CityModel, *, lang: str = "id", lexicon=None, kinds=None,
                need_threshold: float = NEED_THRESHOLD, text_threshold: float = TEXT_THRESHOLD,
                duplicate_threshold: float = DUPLICATE_THRESHOLD,
                same_need_threshold: float = SAME_NEED_THRESHOLD, need_coverage: float = NEED_COVERAGE,
                hub_min_agencies: int = HUB_MIN_AGENCIES, top_k: int = TOP_K, decisions=None,
                show_rejected: bool = False, progress=None, stream: bool = False):
    """Every shared-data opportunity of a city: reuse, duplicate datasets, gaps, hubs, orphans.

    Parameters
    ----------
    model : CityModel
    lang : {"id", "en"}
        Language of ``reason``.
    lexicon : Lexicon, path or list of paths, optional
        Synonyms and acronyms (see :class:`synergy.text.Normalizer`); the
        shipped lexicon when None.
    kinds : iterable of str, optional
        Only these kinds (default: all of :data:`KINDS`).
    need_threshold, text_threshold, duplicate_threshold, same_need_threshold : float
        Similarity thresholds (see the module docstring).
    need_coverage : float
        Share of a need's weight that a dataset must hold to meet it.
    hub_min_agencies : int
        A dataset used by programs of at least this many agencies (other than
        its producer) is a hub.
    top_k : int
        Candidate datasets considered per need or program.
    decisions : DataFrame or False, optional
        The analyst's decisions (default ``model.decisions``; ``False`` for none): a
        rejected reuse, duplicate-dataset or gap finding is left out, the others carry
        ``decision``, ``decided_by``, ``decided_on``, ``decision_note`` and ``recheck`` at
        the end (only when the city has decisions; see :mod:`synergy.decisions`).
    show_rejected : bool
        Keep the rejected findings, with their decision.
    progress : callable, optional
        Like :func:`synergy.progress.track`: each search (needs, programs collecting data,
        datasets against datasets) goes region by region through it (the CLI shows a bar).
    stream : bool
        Leave the reasons of reuse and duplicate-dataset findings unwritten until they are
        read: the result is then a :class:`FindingFrames`, whose ``pieces(rows)`` gives the
        frame a piece at a time with its reasons (millions of findings at a million programs:
        their text is never whole in memory); the pieces joined are the frame ``stream=False``
        gives. With the analyst's decisions the result is one frame all the same.

    Returns
    -------
    pandas.DataFrame
        Leading columns ``kind, program, dataset, other_dataset`` (the
        contract's), then ``agency`` (the program's agency; for dataset
        findings the producer), ``other_agency`` (the other dataset's
        producer; for a hub the walidata), ``agencies`` (tuple of every agency
        involved), ``need`` (the need text for reuse and gap), ``classification``
        (of ``dataset``, or of ``other_dataset`` for reuse... see below),
        ``score`` (similarity for matches, number of user agencies for hubs),
        ``rank`` (1 = strongest within its kind), ``reason`` and ``related``
        (tuple: for a gap the other programs with the same need, for a hub
        the programs using it). Empty cells where a column does not apply.
        For ``reuse``, ``dataset`` is the other agency's dataset to use and
        ``classification`` its classification.

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "DINSOS", "name": "Dinas Sosial", "short_name": "Dinsos"},
    ...               {"id": "PERKIM", "name": "Dinas Perkim", "short_name": "Perkim"},
    ...               {"id": "KOMINFO", "name": "Diskominfo", "roles": ("walidata",)}],
    ...     programs=[{"id": "P-DTKS", "name": "Pemutakhiran DTKS", "agency": "DINSOS", "produces": ("DS-DTKS",)},
    ...               {"id": "P-RTLH", "name": "Bedah Rumah", "agency": "PERKIM",
    ...                "needs": ("data rumah tangga miskin", "data titik rawan longsor")}],
    ...     datasets=[{"id": "DS-DTKS", "name": "Data Terpadu Kesejahteraan Sosial (DTKS)", "producer": "DINSOS",
    ...                "keywords": ("kemiskinan", "rumah tangga miskin"), "classification": "terbatas"}])
    >>> found = shared_data(m)
    >>> found[["kind", "program", "dataset", "need"]]
         kind program  dataset                      need
    0   reuse  P-RTLH  DS-DTKS  data rumah tangga miskin
    1     gap  P-RTLH                data titik rawan longsor
    2  orphan           DS-DTKS
    >>> print(found.loc[0, "reason"])  # doctest: +ELLIPSIS
    Bedah Rumah (P-RTLH) membutuhkan "data rumah tangga miskin": dapat memakai data Data Terpadu ... milik Dinsos ... perlu perjanjian berbagi data dengan Dinsos.
    """
    check_lang(lang)
    kinds = tuple(KINDS if kinds is None else kinds)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r}; use one of {', '.join(KINDS)}")
    decided = {}
    if decisions is not False:
        from .decisions import decided_findings

        decided = decided_findings(model, decisions)
    later = _Later() if stream and not decided else None
    with paused():  # millions of findings' objects (synergy.collector)
        city = _City(model)
        parts: list[dict] = []  # findings as columns (_columns)
        if {"reuse", "gap", "duplicate-dataset"} & set(kinds):
            parts += _text_findings(model, city, lang, lexicon, kinds, need_threshold, text_threshold,
                                   duplicate_threshold, same_need_threshold, need_coverage, top_k, progress, later)
        if {"hub", "orphan"} & set(kinds):
            users = _users(model)
            if "hub" in kinds:
                parts.append(_rows_part(_hubs(users, city, lang, hub_min_agencies)))
            if "orphan" in kinds:
                parts.append(_rows_part(_orphans(model, users, city, lang)))
        frame = _finish(parts)
    if later is not None:
        return FindingFrames(frame, later, progress)
    if not decided:
        return frame
    from .decisions import apply_decisions

    frame = apply_decisions(frame, finding_keys(frame), decided, show_rejected=show_rejected)
    frame["rank"] = frame.groupby("kind").cumcount().add(1).astype("int64")  # ranks without the findings left out
    return frame


#: The fewest findings in a run of a table of one piece cut in two for two workers
#: (:meth:`FindingFrames._in_workers`).
READ_LEAST = 2_000


class _Later:
    """Reasons written when they are read: each maker writes the reasons of its own findings
    (``make(rows)``, rows of its own, in any order); a finding's ``reason`` cell holds its
    handle (an int) until :class:`FindingFrames` writes it."""

    def __init__(self):
        self.makers: list = []
        self.starts: list[int] = [0]  # the first handle of each maker, then the end

    def add(self, make, count: int) -> np.ndarray:
        """Handles for ``count`` findings whose reasons ``make`` writes."""
        start = self.starts[-1]
        self.makers.append(make)
        self.starts.append(start + count)
        return np.arange(start, start + count, dtype=np.int64).astype(object)


class FindingFrames:
    """The shared-data findings, a piece at a time (:meth:`pieces`) or whole (:meth:`whole`).

    Every column is made but the reasons of reuse and duplicate-dataset findings: those are
    written piece by piece, as the pieces are read, in worker processes on a roll-up. Each
    worker takes a run of consecutive rows and writes their reasons, each maker's rows in the
    order they were found (records that lie together); joined, the pieces are the frame
    :func:`shared_data` gives whole. :meth:`text_pieces` gives its CSV or JSON text instead:
    the worker writes the text of its whole run, in order, so that the parent only joins
    a few blocks of bytes and writes them.
    """

    def __init__(self, frame: pd.DataFrame, later: _Later, progress=None):
        self._frame, self._later, self._progress = frame, later, progress
        self._maker = self._own = None  # per row, set before the first piece is made (:meth:`_handles`)

    def __len__(self) -> int:
        return len(self._frame)

    def whole(self) -> pd.DataFrame:
        (frame,) = self.pieces(None)
        return frame

    def pieces(self, rows: int | None = None):
        """Frames of at most ``rows`` findings (all in one when None), in order; at least one."""
        frame = self._frame
        rows = max(len(frame), 1) if rows is None else rows
        for start, reasons in zip(range(0, len(frame), rows) or range(1), self._in_workers(self._reasons, rows)):
            piece = frame.iloc[start:start + rows].copy()
            piece["reason"] = pd.Series([r for block in reasons for r in block], dtype=object, index=piece.index)
            yield piece

    def text_pieces(self, fmt: str, rows: int | None = None, *, encoded: bool = False):
        """The text of :meth:`whole` as ``render(whole, fmt)`` writes it (``csv``, ``json`` or
        ``jsonl``), a piece of at most ``rows`` findings at a time: each row's text is made where
        its reason is (in the worker processes on a roll-up), so that the parent only joins and
        writes bytes. With ``encoded`` the pieces are UTF-8 bytes (to write to a file)."""
        from .output import block_text, column_caches, joined_blocks

        if fmt not in ("csv", "json", "jsonl"):
            raise ValueError(f"unknown format {fmt!r}; use csv, json or jsonl")
        frame = self._frame
        columns = list(frame.columns)
        values = [frame[c].to_numpy() for c in columns]  # texts and tuples as objects, score and rank as numbers
        reason_at = columns.index("reason")
        caches = column_caches(columns, uncached=("reason",), fmt=fmt)  # each worker fills its own copy

        def text(span: range) -> bytes:
            cells = [self._reasons(span) if at == reason_at else column[span.start:span.stop].tolist()
                     for at, column in enumerate(values)]
            return block_text(cells, columns, fmt, caches)

        rows = max(len(frame), 1) if rows is None else rows
        for piece in joined_blocks(self._in_workers(text, rows), fmt, columns):
            yield piece if encoded else piece.decode("utf-8")

    def _in_workers(self, work, rows: int):
        """Per piece of ``rows`` findings, ``work(run)`` of each of its runs of consecutive rows, in
        order (at least one piece); in worker processes on a roll-up, which stop when this does.
        A run is a whole piece (the more rows, the closer together its reasons' records lie:
        :meth:`_reasons`); a table of one piece is cut in two, for two workers. A worker's result
        comes back through a file (:func:`synergy.pool.imap_in_workers`): through the pipe, the
        parent took 4.7 s of a core to receive a million programs' findings, against 1.1 s."""
        from .pool import PARALLEL_MIN_PAIRS, imap_in_workers, spans

        total = len(self._frame)
        self._handles()  # before the workers are forked: they inherit it
        starts = range(0, total, rows)
        cut = 2 if len(starts) == 1 else 1
        runs = [[range(start + run.start, start + run.stop) for run in spans(min(rows, total - start), cut, READ_LEAST)]
                for start in starts] or [[]]

        def paused_work(run: range):
            with paused():  # a run's hundred thousand objects (synergy.collector)
                return work(run)

        made = imap_in_workers(paused_work, [run for piece in runs for run in piece], self._progress, size=total,
                               minimum=PARALLEL_MIN_PAIRS, label="alasan / reasons", through_files=True)
        try:
            for piece in runs:
                yield [next(made) for _ in piece]
        finally:
            made.close()  # the worker processes stop here, read to the end or not

    def _handles(self) -> None:
        """Per row, the maker of its reason (-1: a reason written already: gaps, hubs, orphans)
        and the row among the maker's own."""
        if self._maker is not None:
            return
        reason = self._frame["reason"].to_numpy(dtype=object)
        waiting = np.flatnonzero(np.fromiter((not isinstance(v, str) for v in reason.tolist()), dtype=bool,
                                             count=len(reason)))  # the rows whose reason is a handle
        handles = reason[waiting].astype(np.int64)
        starts = np.asarray(self._later.starts, dtype=np.int64)
        self._maker = np.full(len(reason), -1, dtype=np.int64)
        self._own = np.zeros(len(reason), dtype=np.int64)
        self._maker[waiting] = np.searchsorted(starts, handles, side="right") - 1
        self._own[waiting] = handles - starts[self._maker[waiting]]

    def _reasons(self, span: range) -> list[str]:
        """The reason of each row of ``span`` (consecutive rows of the frame), in order: each
        maker writes its rows of the span in one call, in the order it found them (records that
        lie together: a region's datasets, agencies and words)."""
        from .grouping import distinct_sorted

        lo, hi = span.start, span.stop
        reasons = self._frame["reason"].iloc[lo:hi].tolist()  # handles, or reasons written already
        maker, own = self._maker[lo:hi], self._own[lo:hi]
        for m in distinct_sorted(maker[maker >= 0]).tolist():
            at = np.flatnonzero(maker == m)
            at = at[np.argsort(own[at], kind="stable")]
            for place, reason in zip(at.tolist(), self._later.makers[m](own[at])):
                reasons[place] = reason
        return reasons


def finding_keys(frame: pd.DataFrame) -> list[str]:
    """The :func:`synergy.decisions.finding_key` of each shared-data finding: reuse (program, dataset),
    duplicate-dataset (the two datasets), gap (program, need); hubs and orphans are nobody's to decide.

    >>> f = pd.DataFrame({"kind": ["reuse", "gap", "hub"], "program": ["P-1", "P-1", ""],
    ...                   "dataset": ["DS-1", "", "DS-2"], "other_dataset": ["", "", ""], "need": ["x", "data banjir", ""]})
    >>> finding_keys(f)
    ['reuse:DS-1|P-1', 'gap:P-1|data banjir', 'hub:DS-2']
    """
    from .decisions import finding_key

    out = []
    for kind, program, dataset, other, need in zip(frame["kind"], frame["program"], frame["dataset"],
                                                   frame["other_dataset"], frame["need"]):
        if kind == "reuse":
            out.append(finding_key(kind, program, dataset))
        elif kind == "duplicate-dataset":
            out.append(finding_key(kind, dataset, other))
        elif kind == "gap":
            out.append(finding_key(kind, program, need))
        else:
            out.append(finding_key(kind, dataset or program))
    return out


def _both(x, y) -> tuple:
    """``tuple(sorted({x, y}))``, without the set (millions of findings name two agencies)."""
    return (x, y) if x < y else (y, x) if y < x else (x,)


def _both_many(xs, ys) -> np.ndarray:
    """:func:`_both` of each pair, as an array of objects holding one tuple per distinct pair
    (millions of findings name a few thousand pairs of agencies): the pairs are told apart by
    their codes, in numpy, and only the distinct ones are made in Python.

    >>> _both_many(["B", "A", "B", "A"], ["A", "B", "A", "A"]).tolist()
    [('A', 'B'), ('A', 'B'), ('A', 'B'), ('A',)]
    """
    n = len(xs)
    codes, names = pd.factorize(pd.Series(list(xs) + list(ys), dtype=object))
    out = np.empty(n, dtype=object)
    if not n:
        return out
    if codes.min() < 0:  # a missing agency has no code: each pair made as it comes
        for at, (x, y) in enumerate(zip(xs, ys)):
            out[at] = _both(x, y)
        return out
    names = list(names)
    x, y = codes[:n].astype(np.int64), codes[n:].astype(np.int64)
    pair = np.minimum(x, y) * len(names) + np.maximum(x, y)  # (x, y) and (y, x) are one pair
    distinct, inverse = np.unique(pair, return_inverse=True)
    made = np.empty(len(distinct), dtype=object)
    for at, key in enumerate(distinct.tolist()):
        made[at] = _both(names[key // len(names)], names[key % len(names)])
    return made[inverse.ravel()]


def _row(kind, program="", dataset="", other_dataset="", agency="", other_agency="", agencies=(), need="",
         classification="", score=float("nan"), reason="", related=()):
    """One finding as a tuple in :data:`SHARED_COLUMNS` order (rank is set by :func:`_finish`)."""
    return (kind, program, dataset, other_dataset, agency, other_agency, agencies, need, classification,
            score, 0, reason, related)


def _rows_part(rows) -> dict:
    """Findings written as :func:`_row` tuples, as a part (see :func:`_columns`)."""
    columns = list(zip(*rows)) if rows else [()] * len(SHARED_COLUMNS)
    return {c: _array(c, column) for c, column in zip(SHARED_COLUMNS, columns)}


def _columns(*, kind, **columns) -> dict:
    """Findings given column by column (equal-length lists or arrays), as a **part**: each of
    :data:`SHARED_COLUMNS` an array (of Python objects but the score), the columns not given
    empty.

    Parts stay arrays until :func:`_finish` orders them into one frame: joining and sorting
    millions of rows then moves pointers, no frame per kind is built and copied, and the
    garbage collector does not walk them (it walks Python lists, not arrays).
    """
    n = len(next(iter(columns.values())))
    empty = {"agencies": (), "related": (), "score": float("nan"), "rank": 0}
    part = {c: columns[c] if c in columns else [empty.get(c, "")] * n for c in SHARED_COLUMNS}
    part["kind"] = [kind] * n
    return {c: _array(c, v) for c, v in part.items()}


def _array(column: str, values) -> np.ndarray:
    """A column of findings as an array: floats for the score, Python objects (texts, tuples)
    else, never pandas' string columns (copying the text of two million findings into them
    took the peak at a million programs from 4.0 to 5.3 GB; the output is written from the
    objects alike)."""
    dtype = np.dtype("float64") if column == "score" else np.dtype(object)
    if isinstance(values, np.ndarray) and values.dtype == dtype:
        return values
    return pd.Series(values, dtype=dtype).to_numpy()


def _finish(parts) -> pd.DataFrame:
    """Findings (parts, :func:`_columns`; the list is emptied) into the contract's frame:
    sorted by kind then strength, ranked within kind.

    Sorted on whole columns (a million programs give millions of findings): kind, then
    strength (no score last), then program, dataset, other dataset and need as text. The
    frame is built a column at a time, each taken out of the parts as it is joined.
    """
    kept = [x for x in parts if len(x["kind"])]
    parts.clear()  # the caller's parts go as they are joined (millions of rows)
    if not kept:
        frame = pd.DataFrame.from_records([], columns=SHARED_COLUMNS)
        frame["score"] = frame["score"].astype("float64")
        frame["rank"] = pd.Series(dtype="int64")
        return frame

    def joined(column) -> np.ndarray:
        return np.concatenate([part.pop(column) for part in kept])

    columns = {c: joined(c) for c in ("kind", "score", "program", "dataset", "other_dataset", "need")}
    order = {k: i for i, k in enumerate(KINDS)}
    score = columns["score"]
    strength = [np.where(np.isnan(score), 1.0, -score), np.array([order[k] for k in columns["kind"]])]
    # only rows that share their kind and strength with another need their texts compared
    # (a quarter of them at a million programs): the texts of the others are not put in order
    first = np.lexsort(strength)
    same = np.flatnonzero((np.diff(strength[0][first]) == 0) & (np.diff(strength[1][first]) == 0))
    tied = np.zeros(len(score), dtype=bool)
    tied[first[same]] = tied[first[same + 1]] = True
    del first, same
    keys = []
    for c in ("need", "other_dataset", "dataset", "program"):
        codes = np.zeros(len(score), dtype=np.int64)
        codes[tied] = _sorted_codes(pd.Series(columns[c][tied], dtype=object, copy=False))
        keys.append(codes)
    at = np.lexsort(keys + strength)
    del keys, strength, tied
    data = {}
    for c in SHARED_COLUMNS:
        if c == "rank":
            continue
        values = columns.pop(c) if c in columns else joined(c)
        data[c] = pd.Series(values[at], dtype=values.dtype, copy=False)
        del values
    data["score"] = data["score"].round(3)
    kinds = data["kind"]
    data["rank"] = kinds.groupby(kinds, sort=False).cumcount().add(1).astype("int64")
    # copy=False: the columns stay as made (no second copy of every column into one block)
    return pd.DataFrame({c: data.pop(c) for c in SHARED_COLUMNS}, copy=False)


def _sorted_codes(column: pd.Series) -> np.ndarray:
    """``pd.factorize(column, sort=True)[0]``: each text's place among the distinct texts in order.

    The distinct texts are put in order by Python's own sort, three times faster on strings
    than numpy's sort of objects that pandas uses (a million findings name 500,000 programs).

    >>> _sorted_codes(pd.Series(["b", "a", "b", ""], dtype=object)).tolist()
    [2, 1, 2, 0]
    """
    codes, distinct = pd.factorize(column, sort=False)
    if len(codes) and codes.min() < 0:  # a missing value: pandas' own way
        return pd.factorize(column, sort=True)[0]
    values = distinct.tolist()
    place = np.empty(len(values), dtype=np.int64)
    place[sorted(range(len(values)), key=values.__getitem__)] = np.arange(len(values))
    return place[codes]


# --------------------------------------------------------------------------- text kinds
def _text_findings(model, city, lang, lexicon, kinds, need_threshold, text_threshold,
                   duplicate_threshold, same_need_threshold, need_coverage, top_k, progress=None, later=None):
    from scipy.sparse import csr_matrix

    from .features_cache import kept_reading
    from .text import Normalizer, TermMatrix, tfidf_matrix

    norm = Normalizer(lexicon)
    d, p = model.datasets, model.programs
    ds_ids = d["id"].tolist()
    ds_texts = [(n, " ".join(kw), desc) for n, kw, desc in zip(d["name"], d["keywords"], d["description"])]
    # one query row per (program, need); one per program that collects data itself
    pids, names, descriptions = city.pids, p["name"].tolist(), p["description"].tolist()
    asked = [(i, need) for i, needs in enumerate(p["needs"]) for need in needs if need.strip()]
    need_rows = [(pids[i], need) for i, need in asked]
    need_at = np.fromiter((i for i, _ in asked), dtype=np.int64, count=len(asked))  # programs' rows
    # fields: (name, keywords, description); a program's description sits in the third. The
    # filler words ("data ...") and the region's name go before the words are read, in the
    # reading workers
    regions = list(region_names(model).values())
    strip = _stripper(regions)

    def texts_of(collecting):
        own_at = np.flatnonzero(collecting).tolist()  # programs' rows
        return own_at, _Stripped(ds_texts + [(need, "", "") for _, need in need_rows]
                                 + [(names[i], "", descriptions[i]) for i in own_at], strip)

    def read():
        # a program that produces a dataset collects data; the others say so in their text, or not
        quiet = [i for i, prods in enumerate(p["produces"]) if not prods]
        says = _per_record(lambda span: _collects_data([names[quiet[k]] for k in span],
                                                       [descriptions[quiet[k]] for k in span]),
                           len(quiet), "program / programs")
        collecting = np.ones(len(pids), dtype=bool)
        collecting[np.asarray(quiet, dtype=np.int64)] = np.asarray(says, dtype=bool)
        _, texts = texts_of(collecting)
        tm = (tfidf_matrix(texts.raw, norm, field_weights=DATASET_WEIGHTS, prepare=strip, progress=progress)
              if texts else TermMatrix(csr_matrix((0, 0), dtype=np.float32), (), np.zeros(0, dtype=np.float32)))
        return {"collecting": collecting, "matrix": tm.matrix, "terms": tm.terms, "idf": tm.idf,
                "registries": _registries_named(d["name"].tolist())}

    def fits(parts):
        """Whether a kept reading's parts fit these records (a damaged copy is read afresh)."""
        rows = len(ds_texts) + len(need_rows) + int(np.count_nonzero(parts["collecting"]))
        return (len(parts["collecting"]) == len(pids) and len(parts["registries"]) == len(ds_texts)
                and parts["matrix"].shape == (rows, len(parts["terms"])) and len(parts["idf"]) == len(parts["terms"]))

    # what reading the texts gives is kept in a --store folder (synergy.features_cache), as the
    # duplicate finder's features are: a later run on the same texts reads it back
    reading = kept_reading("shared-data", [p[["name", "description", "needs", "produces"]],
                                           d[["name", "keywords", "description"]]], regions, read, READING_PARTS,
                           normalizer=norm, progress=progress, keep=lexicon is None, fits=fits)
    own_at, texts = texts_of(reading["collecting"])
    own_rows = [pids[i] for i in own_at]
    if not texts:
        return []
    tm = TermMatrix(reading["matrix"], reading["terms"], reading["idf"])
    n_ds, n_need = len(ds_ids), len(need_rows)
    docs = tm.matrix[:n_ds]
    need_m = tm.matrix[n_ds:n_ds + n_need]
    own_m = tm.matrix[n_ds + n_need:]
    ds_region = [city.region(city.producer.get(x, "")) for x in ds_ids]
    parts = []

    # needs: met by another agency's dataset (reuse), by anything (fine), or by nothing (gap)
    need_regions = [city.region(city.program_agency[pid]) for pid, _ in need_rows]
    need_hits = _top(need_m, docs, need_regions, ds_region, k=top_k, threshold=need_threshold, progress=progress,
                     label="kebutuhan data / data needs") if n_need and n_ds else None
    met = set()
    if need_hits is not None and len(need_hits):
        coverage = _coverage(tm.matrix, n_ds + need_hits["a"].to_numpy(), need_hits["b"].to_numpy())
        need_hits = need_hits[coverage >= need_coverage].reset_index(drop=True)
        met = set(need_hits["a"].tolist())
    # a need a national data registry is the source of (poor households: DTSEN) is met by the
    # city's copy of that registry, whatever words the two use
    registries = _Registries(city, d, ds_region, reading["registries"])
    need_registry = registries.hits([need for _, need in need_rows], need_regions)
    met |= set(need_registry["a"].tolist())
    if "reuse" in kinds and n_ds:
        reuse = _Reuse(city, p, ds_ids)
        found = []
        by_words = reuse.eligible(need_hits, need_at) if need_hits is not None and len(need_hits) else None
        by_registry = reuse.eligible(need_registry, need_at, keep_all=True) if len(need_registry) else None
        if by_words is not None or by_registry is not None:
            hits = registries.merged(by_words, by_registry, tm.matrix, n_ds, need_threshold)
            # the needs' own strings (a pandas string column would copy each and make it anew)
            hits["need"] = pd.Series([need_rows[a][1] for a in hits["a"].tolist()], dtype=object, index=hits.index)
            hits["row"] = n_ds + hits["a"].to_numpy()
            found.append(hits)
        if own_rows:
            own_regions = [city.region(city.program_agency[pid]) for pid in own_rows]
            own_hits = _top(own_m, docs, own_regions, ds_region, k=top_k, threshold=text_threshold,
                            progress=progress, label="pengumpulan data / data collection")
            taken = found[0]["pair"].to_numpy() if found else None
            own_registry = registries.hits([f"{names[i]} {descriptions[i]}" for i in own_at], own_regions)
            own_programs = np.asarray(own_at, dtype=np.int64)
            hits = registries.merged(
                reuse.eligible(own_hits, own_programs, taken),
                reuse.eligible(own_registry, own_programs, taken, keep_all=True) if len(own_registry) else None,
                tm.matrix, n_ds + n_need, text_threshold)
            hits["need"] = pd.Series("", dtype=object, index=hits.index)
            hits["row"] = n_ds + n_need + hits["a"].to_numpy()
            found.append(hits)
        if found:
            hits = pd.concat(found, ignore_index=True)

            write = _reuse_writer(reuse, hits, tm, norm, texts, lang)
            if later is None:
                # a slice at a time, in worker processes when there are many (synergy.pool): the same words
                reasons = map_slices(write, len(hits), progress, label="pakai ulang data / data reuse")
            else:  # written when the findings are read (FindingFrames), a piece at a time
                reasons = later.add(write, len(hits))
            parts.append(reuse.findings(hits, reasons))
            del hits, reasons
        del found, by_words, by_registry, reuse
    # the hits are findings now: they go before the next kinds are searched (millions of rows)
    need_hits = need_registry = None
    if "gap" in kinds:
        parts.append(_rows_part(_gaps(city, need_rows, [i for i in range(n_need) if i not in met], need_m, lang,
                                  same_need_threshold)))
    if "duplicate-dataset" in kinds and n_ds > 1:
        parts.append(_duplicate_datasets(city, ds_ids, docs, ds_region, tm, texts, norm, lang, duplicate_threshold,
                                         top_k, progress, registries, later))
    return parts


def _reuse_writer(reuse, hits, tm, norm, texts, lang):
    """``write(rows)``: the reasons of those reuse ``hits`` (rows of it, in any order); it keeps
    what it needs, to be called after the caller has let go of it (:class:`FindingFrames`)."""

    def write(rows):
        part = hits.iloc[np.asarray(rows, dtype=np.int64)]
        return reuse.reasons(part, _shared_terms_many(tm, part["row"].tolist(), part["b"].tolist(), norm, texts),
                             lang)

    return write


def _registries_named(titles: list) -> list[tuple]:
    """Per dataset title, the national data registries it names (sorted keys of the catalogue)."""
    from .functions import default_catalog

    catalog = default_catalog()
    # a title is read word by word (tens of microseconds): a roll-up's distinct titles (184,000 of
    # 252,000 at a million programs) are read in worker processes
    distinct = list(dict.fromkeys(titles))
    named = _per_record(lambda span: [tuple(sorted(catalog.registries_named(distinct[j]))) for j in span],
                        len(distinct), "data induk / registries")
    found = dict(zip(distinct, named))
    return [found[title] for title in titles]


#: The parts of the shared-data analysis's reading of the texts (kept in a --store folder).
READING_PARTS = ("collecting", "matrix", "terms", "idf", "registries")


class _Registries:
    """The city's copies of national data registries (DTSEN, the population register) and the
    needs they serve (:meth:`synergy.functions.FunctionCatalog.registries_serving`)."""

    def __init__(self, city, datasets, ds_region, named):
        """``named``: per dataset, the registries its title names (:func:`_registries_named`)."""
        from .functions import default_catalog

        self.catalog = default_catalog()
        self.label = {k: a.label for k, a in self.catalog.national.items()}
        self.ds_region = ds_region
        #: registry -> the datasets titled as (a copy of) it
        self.datasets: dict[str, list[int]] = defaultdict(list)
        self.names = datasets["name"].tolist()
        for j, keys in enumerate(named):
            for key in keys:
                self.datasets[key].append(j)

    def hits(self, texts, regions) -> pd.DataFrame:
        """(a, b, registry): text ``a`` asks for data registry ``registry`` is the source of, and
        dataset ``b`` (of the text's region, or of none) is that registry."""
        a, b, which = [], [], []
        if self.datasets:
            serving: dict[str, tuple] = {}
            for i, (text, region) in enumerate(zip(texts, regions)):
                keys = serving.get(text)
                if keys is None:
                    keys = serving[text] = tuple(sorted(k for k in self.catalog.registries_serving(text)
                                                        if k in self.datasets))
                for key in keys:
                    for j in self.datasets[key]:
                        if self.ds_region[j] in ("", region):
                            a.append(i)
                            b.append(j)
                            which.append(self.label[key])
        return pd.DataFrame({"a": np.asarray(a, dtype=np.int64), "b": np.asarray(b, dtype=np.int64),
                             "score": np.zeros(len(a)), "registry": pd.Series(which, dtype=object)})

    def dataset_pairs(self, producer_code) -> pd.DataFrame:
        """(a, b, registry): dataset ``a`` is the city's copy of a registry, dataset ``b`` of another
        producer and a compatible region is named after what that registry is the source of
        (``registry``: (a, the registry's label))."""
        a, b, which = [], [], []
        if self.datasets:
            copies = {j for rows in self.datasets.values() for j in rows}
            for j, name in enumerate(self.names):
                if j in copies:
                    continue
                for key in sorted(self.catalog.registries_serving(name)):
                    for i in self.datasets.get(key, ()):
                        region_i, region_j = self.ds_region[i], self.ds_region[j]
                        if producer_code[i] != producer_code[j] and (region_i == region_j or "" in (region_i, region_j)):
                            a.append(i)
                            b.append(j)
                            which.append((i, self.label[key]))
        registry = np.empty(len(which), dtype=object)
        registry[:] = which
        return pd.DataFrame({"a": np.asarray(a, dtype=np.int64), "b": np.asarray(b, dtype=np.int64),
                             "registry": registry})

    @staticmethod
    def merged(text_hits, registry_hits, matrix, offset, floor) -> pd.DataFrame:
        """Hits found by words and hits found through a registry (either may be None) as one
        frame, each (program, dataset) once: the best score (ties: the first); a registry hit
        scores its cosine, at least ``floor`` (the bar it meets by knowledge, not by words), and
        names its registry."""
        from .text import rowwise_dot

        if registry_hits is not None and len(registry_hits):
            cos = rowwise_dot(matrix, offset + registry_hits["a"].to_numpy(), None, registry_hits["b"].to_numpy())
            registry_hits = registry_hits.assign(score=np.maximum(cos, floor))
        parts = [x for x in (text_hits, registry_hits) if x is not None]
        hits = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].copy()
        hits["registry"] = ""
        if registry_hits is not None and len(registry_hits):
            named = registry_hits.drop_duplicates("pair").set_index("pair")["registry"]
            hits["registry"] = named.reindex(hits["pair"].to_numpy()).fillna("").to_numpy()
        # a program with several needs met by one dataset: the best need only (ties: the first)
        return hits.sort_values("score", ascending=False, kind="stable").drop_duplicates("pair")


class _Reuse:
    """Reuse suggestions, whole columns at a time (a million programs give millions of hits)."""

    def __init__(self, city, p, ds_ids):
        self.city = city
        self.ds_ids = np.asarray(ds_ids, dtype=object)
        self.producer = np.array([city.producer.get(d, "") for d in ds_ids], dtype=object)
        self.classification = np.array([city.classification.get(d, "") for d in ds_ids], dtype=object)
        self.pids = np.asarray(city.pids, dtype=object)
        self.program_agency = p["agency"].to_numpy(dtype=object)
        self.uses, self.produces = p["uses"].tolist(), p["produces"].tolist()

    def _held(self, program, b) -> np.ndarray:
        """Whether each program (row) already uses or produces dataset ``b`` (row)."""
        ids, uses, produces = self.ds_ids, self.uses, self.produces
        return np.fromiter((ids[j] in uses[i] or ids[j] in produces[i] for i, j in zip(program.tolist(), b.tolist())),
                           dtype=bool, count=len(b))

    def eligible(self, hits, query_programs, taken=None, keep_all=False):
        """The hits (best first per query) a program could use: another agency's data it does not
        hold yet (nor in ``taken``: keys ``program row * datasets + dataset row``), the best dataset
        per query and up to PER_QUERY - 1 more scoring at least RELATIVE_TO_BEST of it (``keep_all``:
        every one). ``query_programs``: the program (row) of each query."""
        a, b = hits["a"].to_numpy(), hits["b"].to_numpy()
        program = np.asarray(query_programs, dtype=np.int64)[a]
        agency = self.program_agency[program]
        pair = program * len(self.ds_ids) + b
        keep = agency != self.producer[b]
        keep[keep] = ~self._held(program[keep], b[keep])
        if taken is not None and len(taken):
            keep &= ~np.isin(pair, taken)
        # ids as Python objects: a pandas string column would copy them, and every .tolist()
        # after would make a new string per finding (two million at a million programs)
        found = pd.DataFrame({"a": a[keep], "b": b[keep], "score": hits["score"].to_numpy()[keep],
                              "program": pd.Series(self.pids[program[keep]], dtype=object),
                              "agency": pd.Series(agency[keep], dtype=object), "pair": pair[keep]})
        if "registry" in hits:
            found["registry"] = hits["registry"].to_numpy()[keep]
        if keep_all:
            return found.reset_index(drop=True)
        # hits come best first within a query, so the first kept is the best
        best = found.groupby("a", sort=False)["score"].transform("first")
        close = found["score"].to_numpy() >= RELATIVE_TO_BEST * best.to_numpy()
        ranked = found.groupby("a", sort=False).cumcount().to_numpy()
        return found[close & (ranked < PER_QUERY)].reset_index(drop=True)

    def reasons(self, hits, terms, lang) -> list[str]:
        """The reason of each reuse suggestion (``terms``: the words each shares with its dataset)."""
        city = self.city
        b = hits["b"].to_numpy()
        did, producer, classification = (self.ds_ids[b].tolist(), self.producer[b].tolist(),
                                         self.classification[b].tolist())
        owner_of = {x: city.alabel(x) for x in set(producer)}
        notes = {(c, o): _classification_note(c, owner_of[o], lang) for c, o in set(zip(classification, producer))}
        registry = hits["registry"].tolist() if "registry" in hits else [""] * len(hits)
        # the sentence in the reader's language only (a million findings: formatting both doubled the cost)
        for_need = pick(('{p} membutuhkan "{need}": dapat memakai data {d} milik {o} alih-alih mengumpulkan sendiri',
                         '{p} needs "{need}": it could use {d} of {o} instead of collecting it again'), lang).format
        for_collecting = pick(("{p} dapat memakai data {d} milik {o} alih-alih mendata ulang sendiri",
                               "{p} could use {d} of {o} instead of collecting the same data again"), lang).format
        terms_text = _terms_text(lang)
        dlabel = city.dlabel
        reasons = []
        for pid, d, prod, cls, need, shared, source in zip(hits["program"].tolist(), did, producer, classification,
                                                           hits["need"].tolist(), terms, registry):
            owner = owner_of[prod]
            text = (for_need(p=city.plabel(pid), need=need, d=dlabel(d), o=owner) if need
                    else for_collecting(p=city.plabel(pid), d=dlabel(d), o=owner))
            text += terms_text(shared) + "."
            if source:
                text += _registry_text(dlabel(d), source, lang)
            reasons.append(text + notes[(cls, prod)])
        return reasons

    def findings(self, hits, reasons):
        """The contract's columns of each reuse suggestion."""
        b = hits["b"].to_numpy()
        producer = self.producer[b]
        agency = hits["agency"].to_numpy(dtype=object)
        return _columns(kind="reuse", program=hits["program"].to_numpy(dtype=object), dataset=self.ds_ids[b],
                        agency=agency, other_agency=producer, agencies=_both_many(agency.tolist(), producer.tolist()),
                        need=hits["need"].to_numpy(dtype=object), classification=self.classification[b],
                        score=hits["score"].to_numpy(dtype="float64"), reason=reasons)


def _gaps(city, need_rows, unmet, need_m, lang, same_need_threshold):
    """One row per unmet (program, need), grouped with the same needs elsewhere."""
    from .text import top_k_similar

    if not unmet:
        return []
    unmet = np.asarray(unmet)
    parent = list(range(len(unmet)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    regions = [city.region(city.program_agency[need_rows[i][0]]) for i in unmet]
    for q, docs in _blocks(regions, regions):
        hits = top_k_similar(need_m[unmet[q]], k=10, threshold=same_need_threshold - 1e-9)
        for a, b in zip(q[hits["a"].to_numpy()], q[hits["b"].to_numpy()]):
            parent[find(a)] = find(b)
    groups = defaultdict(list)
    for i in range(len(unmet)):
        groups[find(i)].append(i)
    rows = []
    for members in groups.values():
        progs = [need_rows[unmet[i]][0] for i in members]
        agencies = tuple(sorted({city.program_agency[x] for x in progs}))
        for i in members:
            pid, need = need_rows[unmet[i]]
            others = tuple(sorted({x for x in progs if x != pid}))
            agency = city.program_agency[pid]
            walidata = city.walidata_for(agency)
            if others:
                tail = pick((f"; kebutuhan serupa juga ada pada {len(others)} program lain dari "
                             f"{', '.join(city.alabel(a) for a in agencies)}: rencanakan satu pengumpulan data "
                             f"untuk semua",
                             f"; {len(others)} other programs of {', '.join(city.alabel(a) for a in agencies)} "
                             f"need the same: plan one collection for all of them"), lang)
            else:
                tail = pick((": rencanakan pengumpulan datanya", ": plan its collection"), lang)
            if walidata:
                tail += pick((f" bersama walidata ({city.alabel(walidata)})",
                              f" with the walidata ({city.alabel(walidata)})"), lang)
            reason = pick((f"Kebutuhan \"{need}\" dari {city.plabel(pid)} belum dipenuhi data mana pun",
                           f"The need \"{need}\" of {city.plabel(pid)} is met by no dataset"), lang) + tail + "."
            rows.append(_row(kind="gap", program=pid, agency=agency, agencies=agencies, need=need,
                         score=float(len(agencies)), reason=reason, related=others))
    return rows


def _duplicate_datasets(city, ds_ids, docs, ds_region, tm, texts, norm, lang, threshold, top_k, progress=None,
                        registries=None, later=None):
    # vectorised filtering: different producers, each unordered pair once (by id order)
    producer_code = pd.factorize(pd.Series([city.producer.get(x, "") for x in ds_ids], dtype=object))[0]
    id_rank = np.empty(len(ds_ids), dtype=np.int64)
    id_rank[np.argsort(np.asarray(ds_ids, dtype=object), kind="stable")] = np.arange(len(ds_ids))
    # a block compares one region's datasets with that region's and the region-free ones
    # (e.g. BPS); the region-free block compares those with everything
    blocks = list(_blocks(ds_region, ds_region))

    def search(block):
        q, d = block
        hits = _top(docs[q], docs[d], [""] * len(q), [""] * len(d), k=top_k + 1, threshold=threshold)
        a, b, score = q[hits["a"].to_numpy()], d[hits["b"].to_numpy()], hits["score"].to_numpy()
        keep = (a != b) & (producer_code[a] != producer_code[b])
        a, b, score = a[keep], b[keep], score[keep]
        first = id_rank[a] < id_rank[b]
        return pd.DataFrame({"lo": np.where(first, a, b), "hi": np.where(first, b, a), "score": score})

    # region by region, in worker processes on a big roll-up (synergy.pool), joined in region order
    parts = map_in_workers(search, blocks, progress, size=len(ds_ids), label="data ganda / duplicate datasets")
    if not parts:
        return _rows_part([])
    # each pair once, as first found (a pair two blocks find has the same score in both)
    found = pd.concat(parts, ignore_index=True).drop_duplicates(["lo", "hi"], keep="first")
    if city.title_only:
        # two titles and nothing else: one dataset only when they count the same object
        head_of = np.array(_title_heads(city, ds_ids), dtype=object)
        lo, hi = head_of[found["lo"].to_numpy()], head_of[found["hi"].to_numpy()]
        found = found[(lo == "") | (hi == "") | (lo == hi)].reset_index(drop=True)
    # where one of the two is the city's copy of a national registry and the other is about
    # what that registry is the source of (a local poor-household list beside DTKS), the reason
    # says which is the official source. Only for pairs the words found: a dataset about the
    # registry's subject is as often a statistic or a map drawn from it (BPS poverty figures).
    sources = [""] * len(found)
    named = registries.dataset_pairs(producer_code) if registries is not None else None
    if named is not None and len(named):
        a, b = named["a"].to_numpy(), named["b"].to_numpy()
        first = id_rank[a] < id_rank[b]
        registry_of = pd.Series(named["registry"].to_numpy(),
                                index=pd.MultiIndex.from_arrays([np.where(first, a, b), np.where(first, b, a)]))
        registry_of = registry_of[~registry_of.index.duplicated()]
        keys = pd.MultiIndex.from_arrays([found["lo"].to_numpy(), found["hi"].to_numpy()])
        sources = registry_of.reindex(keys).fillna("").tolist()
    lows, highs = found["lo"].tolist(), found["hi"].tolist()
    xs, ys = [ds_ids[i] for i in lows], [ds_ids[i] for i in highs]
    pxs, pys = [city.producer.get(x, "") for x in xs], [city.producer.get(y, "") for y in ys]
    owner = {a: city.alabel(a) for a in set(pxs) | set(pys)}
    restricted = pick((" (data terbatas/dikecualikan: perlu perjanjian berbagi data)",
                       " (restricted/excluded data: a data-sharing agreement is needed)"), lang)
    # the sentence in the reader's language only (formatting both doubled the cost)
    same_data = pick(("{x} milik {px} dan {y} milik {py} tampaknya memuat data yang sama{terms}: sepakati satu "
                      "produsen data dan bagikan melalui Satu Data",
                      "{x} of {px} and {y} of {py} seem to hold the same data{terms}: agree on one producer and "
                      "share it through Satu Data"), lang)

    titles_only = pick((" Hanya judulnya yang dibandingkan (keduanya tanpa deskripsi atau kata kunci): periksa "
                        "isinya sebelum memutuskan.",
                        " Only their titles were compared (neither has a description or keywords): check what "
                        "they hold before deciding."), lang)

    terms_text = _terms_text(lang)
    classification, dlabel = city.classification, city.dlabel
    closed = {"terbatas", "dikecualikan"}

    def write(rows):
        rows = [int(at) for at in rows]
        reasons = []
        terms = _shared_terms_many(tm, [lows[at] for at in rows], [highs[at] for at in rows], norm, texts)
        for at, shared in zip(rows, terms):
            x, y, px, py, source = xs[at], ys[at], pxs[at], pys[at], sources[at]
            reason = same_data.format(x=dlabel(x), px=owner[px], y=dlabel(y), py=owner[py],
                                      terms=terms_text(shared))
            if classification.get(x, "") in closed or classification.get(y, "") in closed:
                reason += restricted
            reason += "."
            if x in city.title_only and y in city.title_only:
                reason += titles_only
            if source:
                copy, label = source
                reason += _registry_text(city.dlabel(ds_ids[copy]), label, lang)
            reasons.append(reason)
        return reasons

    if later is None:
        # a slice at a time, in worker processes when there are many (synergy.pool): the same words
        reasons = map_slices(write, len(found), progress, label="data ganda / duplicate datasets")
    else:  # written when the findings are read (FindingFrames), a piece at a time
        reasons = later.add(write, len(found))
    return _columns(kind="duplicate-dataset", dataset=xs, other_dataset=ys, agency=pxs, other_agency=pys,
                    agencies=_both_many(pxs, pys),
                    classification=[city.classification.get(x, "") for x in xs],
                    score=found["score"].to_numpy(dtype="float64"), reason=reasons)


# --------------------------------------------------------------------------- structural kinds
def _title_heads(city, ds_ids) -> list[str]:
    """Per dataset, the head noun of its title when it has a title and nothing else
    (:func:`synergy.titles.title_head`; acronyms read as the catalogue's own titles define
    them), else "". An acronym the catalogue gives two meanings is its own head: which one a
    title means is not known (as the duplicate finder reads it, :mod:`synergy.features`)."""
    from .names import acronym_meanings
    from .titles import title_head

    acronyms, _ = acronym_meanings(sorted(set(city.dataset_name.values())))
    return [title_head(city.dataset_name.get(x, ""), acronyms) if x in city.title_only else "" for x in ds_ids]


def _users(model):
    """``{dataset: {program or application ids that use it}}``."""
    users = defaultdict(set)
    for table in (model.programs, model.applications):
        for pid, uses in zip(table["id"], table["uses"]):
            for did in uses:
                users[did].add(pid)
    return users


def _hubs(users, city, lang, min_agencies):
    rows = []
    for did, progs in users.items():
        producer = city.producer.get(did, "")
        user_agencies = {city.user_agency(x) for x in progs} - {producer}
        if len(user_agencies) < min_agencies:
            continue
        walidata = city.walidata_for(producer)
        names = ", ".join(city.alabel(a) for a in sorted(user_agencies))
        if walidata:
            who = pick((f" bersama walidata ({city.alabel(walidata)})",
                        f" with the walidata ({city.alabel(walidata)})"), lang)
        else:
            who = pick((" (belum ada perangkat daerah berperan walidata)",
                        " (no agency has the walidata role yet)"), lang)
        apps = len(progs & city.applications)
        by_id = f"{len(progs) - apps} program" + (f" dan {apps} aplikasi" if apps else "")
        by_en = f"{len(progs) - apps} programs" + (f" and {apps} applications" if apps else "")
        reason = pick((f"{city.dlabel(did)} milik {city.alabel(producer)} dipakai {by_id} dari "
                       f"{len(user_agencies)} perangkat daerah lain ({names}): kandidat API bersama di platform "
                       f"integrasi dengan perjanjian berbagi data{who}.",
                       f"{city.dlabel(did)} of {city.alabel(producer)} is used by {by_en} of "
                       f"{len(user_agencies)} other agencies ({names}): a candidate for a shared API on the "
                       f"integration platform with a data-sharing agreement{who}."), lang)
        rows.append(_row(kind="hub", dataset=did, agency=producer, other_agency=walidata,
                     agencies=tuple(sorted(user_agencies | {producer})),
                     classification=city.classification.get(did, ""), score=float(len(user_agencies)),
                     reason=reason, related=tuple(sorted(progs))))
    return rows


def _orphans(model, used, city, lang):
    rows = []
    for did, producer in zip(model.datasets["id"], model.datasets["producer"]):
        if used.get(did):
            continue
        reason = pick((f"Tidak ada program atau aplikasi yang memakai {city.dlabel(did)} milik {city.alabel(producer)}: "
                       f"tinjau apakah data ini masih perlu dikumpulkan, atau tawarkan di portal Satu Data.",
                       f"No program or application uses {city.dlabel(did)} of {city.alabel(producer)}: check whether it still "
                       f"needs collecting, or offer it on the Satu Data portal."), lang)
        rows.append(_row(kind="orphan", dataset=did, agency=producer, agencies=(producer,),
                     classification=city.classification.get(did, ""), score=np.nan, reason=reason))
    return rows
