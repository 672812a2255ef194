"""Duplicate programs: cross-agency programs that look like the same work.

How a finding is made (see ``docs/duplicates.md`` for the reasoning):

1. **Routine support** programs (program ``01`` of every bidang, or the same
   names where no code is given) are set aside unless ``include_routine``.
2. **Candidates**: one sparse TF-IDF row per program over its name (weight 1),
   description, objective and output (0.5 each), normalised with
   :class:`synergy.text.Normalizer` (stems, synonyms, acronyms, generic verbs
   weighted down). Within each region (or all at once with
   ``across_regions``), each program's ``k`` most similar programs are taken
   with a sparse top-k product (never all pairs); pairs of one agency are dropped.
3. **Score** = text similarity x the product, over the other evidence known
   for both programs, of ``1 - weight x (1 - agreement)``: same kind of work
   (activity), same target group, same dimension/element, agreement of the
   nomenclature code, similar output indicator, overlapping years
   (:data:`EVIDENCE_WEIGHTS`). Evidence can only lower a text match, never
   create one: two programs of the same dimension and years are not
   duplicates if they do different things.
4. **Clusters**: connected components of the reported pairs, so three agencies
   building CCTV networks are one finding; each with its combined budget.
5. **Explanations** in Bahasa Indonesia (default) or English: see
   :mod:`synergy.explain`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import SynergyError
from .model import CityModel

__all__ = [
    "DEFAULT_THRESHOLD",
    "EVIDENCE_WEIGHTS",
    "FIELD_WEIGHTS",
    "DuplicateResult",
    "find_duplicates",
    "score_pairs",
    "activity_of",
    "duplicates_to_rdf",
    "PAIR_COLUMNS",
    "CLUSTER_COLUMNS",
]

#: Default lowest score reported.
DEFAULT_THRESHOLD = 0.3
#: Largest share of the text similarity that each piece of contrary evidence removes
#: (evidence unknown for either program removes nothing). Why these sizes: a different
#: kind of work (census vs training) is the strongest sign of related-but-different
#: work; target group and dimension say who and what for; outputs are phrased
#: differently even by true duplicates, codes are filed by each agency under its own
#: urusan, and years often differ only because plans were written at different times.
EVIDENCE_WEIGHTS = {"activity": 0.5, "target_group": 0.2, "dimension": 0.2, "code": 0.1, "output": 0.1, "years": 0.1}
#: The kind of work a program name starts with (first two specific terms of the
#: name). Same object, different activity (a census of small firms vs training
#: for them) is related work, not the same work.
ACTIVITY_CLASSES = {
    **dict.fromkeys(["pendataan", "mutakhir", "verifikasi", "validasi", "pemantauan", "registrasi", "inventarisasi"], "data"),
    **dict.fromkeys(["pelatihan", "pelatihan_kerja", "latih", "kursus", "bimbing"], "training"),
    **dict.fromkeys(["aplikasi", "sig", "dasbor", "command_center", "daring"], "system"),
    **dict.fromkeys(["bantu", "bansos", "beasiswa", "hibah", "subsidi", "santun"], "aid"),
    **dict.fromkeys(["festival", "bazar", "pameran", "lomba", "gelar"], "event"),
    **dict.fromkeys(["awas", "patroli", "uji", "inspeksi", "razia"], "supervision"),
    **dict.fromkeys(["perencanaan", "kaji"], "planning"),
}
#: Weight of each text field in the TF-IDF row: the name says what the program is.
FIELD_WEIGHTS = {"name": 1.0, "description": 0.5, "objective": 0.5, "output": 0.5}
#: Score of each code agreement level (none, bidang, program, kegiatan, sub-kegiatan).
#: Different bidang scores low but not zero: agencies file the same work under their own urusan.
CODE_LEVEL_SCORES = (0.3, 0.5, 0.7, 0.85, 1.0)
#: Candidate search: entries of a row below this weight are left out of the search
#: (not of the score), and candidates need this share of the threshold on what is left.
PRUNE_WEIGHT = 0.1
SEARCH_FLOOR = 0.7
#: Candidates kept per program before the cross-agency filter.
TOP_K = 20

PAIR_COLUMNS = [
    "program_a", "program_b", "score", "cluster", "agencies", "reasons",
    "name_a", "name_b", "agency_a", "agency_b", "region", "text_similarity",
    "key_terms", "same_target_group", "output_similarity", "code_level",
    "same_dimension", "same_element", "years_overlap", "combined_budget",
    "lead_agency", "action",
]
CLUSTER_COLUMNS = [
    "cluster", "size", "programs", "agencies", "combined_budget", "max_score",
    "key_terms", "lead_agency", "action", "reasons", "region",
]


@dataclass(frozen=True)
class DuplicateResult:
    """What :func:`find_duplicates` found.

    Attributes
    ----------
    pairs : DataFrame
        One row per cross-agency pair, strongest first; leading columns
        ``program_a, program_b, score, cluster, agencies, reasons`` (see
        :data:`PAIR_COLUMNS`).
    clusters : DataFrame
        One row per group of connected pairs (:data:`CLUSTER_COLUMNS`).
    threshold, lang, include_routine, across_regions :
        The settings used.
    routine : tuple of str
        Ids of the programs set aside as routine support (empty with ``include_routine``).
    """

    pairs: pd.DataFrame
    clusters: pd.DataFrame
    threshold: float = DEFAULT_THRESHOLD
    lang: str = "id"
    include_routine: bool = False
    across_regions: bool = False
    routine: tuple = field(default=())


def find_duplicates(
    model: CityModel,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    include_routine: bool = False,
    across_regions: bool = False,
    lexicon=None,
    lang: str = "id",
    k: int = TOP_K,
) -> DuplicateResult:
    """Find cross-agency programs that look like the same work.

    Parameters
    ----------
    model : CityModel
    threshold : float
        Lowest score reported, between 0 and 1.
    include_routine : bool
        Also compare routine support programs (program ``01``), normally set aside.
    across_regions : bool
        Compare programs of different regions too (a province or national roll-up).
    lexicon : Lexicon, path or list of paths, optional
        Extra synonyms on top of the shipped lexicon (see :class:`synergy.text.Normalizer`).
    lang : {"id", "en"}
        Language of the reasons.
    k : int
        Candidates per program taken from the sparse top-k search.

    Returns
    -------
    DuplicateResult

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "KOMINFO", "name": "Diskominfo", "urusan": ("2.16",)},
    ...               {"id": "DINKES", "name": "Dinas Kesehatan", "urusan": ("1.02",)}],
    ...     programs=[{"id": "P1", "name": "Aplikasi Pengaduan Masyarakat", "agency": "KOMINFO", "dimension": ("governance",)},
    ...               {"id": "P2", "name": "Sistem Informasi Keluhan Warga Online", "agency": "DINKES", "dimension": ("governance",)},
    ...               {"id": "P3", "name": "Posyandu Digital", "agency": "DINKES", "dimension": ("living",)}])
    >>> r = find_duplicates(m)
    >>> r.pairs[["program_a", "program_b", "cluster"]].values.tolist()
    [['P1', 'P2', 'D001']]
    >>> r.pairs.loc[0, "lead_agency"], r.pairs.loc[0, "action"]
    ('KOMINFO', 'platform')
    """
    from .text import Normalizer

    if lang not in ("id", "en"):
        raise SynergyError(f"unknown language {lang!r}; use 'id' or 'en'")
    if not 0.0 <= float(threshold) <= 1.0:
        raise SynergyError(f"threshold must be between 0 and 1, got {threshold}")
    normalizer = _shared_normalizer() if lexicon is None else Normalizer(lexicon=lexicon)
    programs = positional(model.programs)
    routine = np.zeros(len(programs), dtype=bool)
    if not include_routine and len(programs):
        from .routine import routine_mask

        routine = routine_mask(programs, normalizer)
    scored, context = score_pairs(
        model, normalizer=normalizer, threshold=threshold, exclude=routine,
        across_regions=across_regions, k=k,
    )
    from .explain import build_result_frames

    pairs, clusters = build_result_frames(model, scored, context, normalizer=normalizer, lang=lang)
    return DuplicateResult(
        pairs=pairs,
        clusters=clusters,
        threshold=float(threshold),
        lang=lang,
        include_routine=include_routine,
        across_regions=across_regions,
        routine=tuple(programs.loc[routine, "id"]),
    )


def positional(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` itself when its index is already 0..n-1 (no copy of a million rows), else a re-indexed copy."""
    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1:
        return frame
    return frame.reset_index(drop=True)


@functools.lru_cache(maxsize=1)
def _shared_normalizer():
    """One normaliser with the shipped lexicon per process: its word and text caches pay off across calls."""
    from .text import Normalizer

    return Normalizer()


@dataclass(frozen=True)
class _Context:
    """What the explanation step needs from the scoring step."""

    matrix: object  # the text TF-IDF rows (CSR)
    terms: tuple
    region: np.ndarray


def score_pairs(
    model: CityModel,
    *,
    normalizer=None,
    threshold: float = DEFAULT_THRESHOLD,
    exclude=None,
    across_regions: bool = False,
    k: int = TOP_K,
):
    """Candidate pairs and their evidence, as numbers (no words yet).

    Returns ``(frame, context)``: ``frame`` has int columns ``a``, ``b``
    (row positions in ``model.programs``, ``a < b``), ``text`` (cosine of the TF-IDF rows), ``target``,
    ``output``, ``code_level``, ``dimension``, ``element``, ``years``,
    ``context``, ``score``, for pairs of different agencies with
    ``score >= threshold``.
    """
    from .text import Normalizer, _block_topk, rowwise_dot, tfidf_matrix

    norm = normalizer or Normalizer()
    programs = positional(model.programs)
    n = len(programs)
    region = model.region_of_programs().reset_index(drop=True).to_numpy(dtype=object) if n else np.zeros(0, dtype=object)
    fields = list(FIELD_WEIGHTS)
    texts = list(zip(*(programs[f].astype(str).tolist() for f in fields))) if n else []
    tm = tfidf_matrix(texts, norm, field_weights=list(FIELD_WEIGHTS.values()))
    matrix = tm.matrix
    context = _Context(matrix, tm.terms, region)
    empty = pd.DataFrame({c: pd.Series(dtype=t) for c, t in (
        ("a", "int64"), ("b", "int64"), ("text", "float64"), ("target", "float64"), ("output", "float64"),
        ("code_level", "int64"), ("dimension", "float64"), ("element", "float64"), ("years", "float64"),
        ("activity", "float64"),
        ("context", "float64"), ("score", "float64"))})
    if n < 2:
        return empty, context

    keep_rows = np.ones(n, dtype=bool) if exclude is None else ~np.asarray(exclude, dtype=bool)
    agency = programs["agency"].astype(str).to_numpy(dtype=object)
    # blocks: one region each (or everything), restricted to the compared programs
    if across_regions:
        blocks = [np.flatnonzero(keep_rows)]
    else:
        inverse, codes = pd.factorize(pd.Series(region.astype(str)))
        order = np.argsort(inverse, kind="stable")
        bounds = np.searchsorted(inverse[order], np.arange(len(codes) + 1))
        blocks = [o[keep_rows[o]] for o in (order[bounds[i] : bounds[i + 1]] for i in range(len(codes)))]
    found_a, found_b = [], []
    for rows in blocks:
        if len(rows) < 2 or len(set(agency[rows])) < 2:
            continue
        # search on the rows without their faint terms (boilerplate words shared by
        # everything make the product dense); exact cosines are computed below
        block = _prune(matrix[rows])
        ha, hb, _ = _block_topk(block, block, block.T.tocsr(), k + 1, max(SEARCH_FLOOR * threshold, 0.0))
        a = rows[ha]
        b = rows[hb]
        cross = agency[a] != agency[b]  # also drops a row paired with itself
        found_a.append(np.minimum(a, b)[cross])
        found_b.append(np.maximum(a, b)[cross])
    if not found_a:
        return empty, context
    a = np.concatenate(found_a)
    b = np.concatenate(found_b)
    unique = np.unique(a.astype(np.int64) * n + b)  # each pair once (found from both sides)
    a, b = unique // n, unique % n
    text = np.clip(rowwise_dot(matrix, a, None, b), 0.0, 1.0)
    keep = text >= threshold
    a, b, text = a[keep], b[keep], text[keep]

    # the evidence reads only the programs in a candidate pair (la, lb: their rows in `sub`)
    involved, local = np.unique(np.concatenate([a, b]), return_inverse=True)
    la, lb = local[: len(a)], local[len(a):]
    sub = programs.take(involved)
    target, target_known = _shared_term(sub["target_group"], la, lb, norm)
    output, output_known = _field_similarity(sub["output"], la, lb, norm)
    code_level = _code_levels(sub["code"], la, lb)
    dimension = _overlap(sub["dimension"], la, lb)
    element_a = sub["element"].astype(str).to_numpy(dtype=object)
    element_known = (element_a[la] != "") & (element_a[lb] != "")
    element = np.where(element_known, (element_a[la] == element_a[lb]).astype(float), np.nan)
    years, years_known = _years_overlap(sub, la, lb)
    activity = _activities(sub["name"], norm)
    activity_known = (activity[la] != "") & (activity[lb] != "")
    same_activity = (activity[la] == activity[lb]).astype(float)

    # each evidence as (score in [0, 1], known?)
    code_score = np.where(code_level >= 0, np.take(CODE_LEVEL_SCORES, np.maximum(code_level, 0)), 0.0)
    # dimension evidence: same element is the strongest, then a shared dimension
    # (a shared dimension agrees fully unless both elements are known and differ)
    dim_score = np.where(dimension > 0, np.where(element_known & (element == 0.0), 0.7, 1.0), 0.0)
    dim_known = ~np.isnan(dimension)
    evidence = [
        (target, target_known, EVIDENCE_WEIGHTS["target_group"]),
        (output, output_known, EVIDENCE_WEIGHTS["output"]),
        (same_activity, activity_known, EVIDENCE_WEIGHTS["activity"]),
        (code_score, code_level >= 0, EVIDENCE_WEIGHTS["code"]),
        (dim_score, dim_known, EVIDENCE_WEIGHTS["dimension"]),
        (years, years_known, EVIDENCE_WEIGHTS["years"]),
    ]
    # each piece of contrary evidence known for both programs removes up to its weight
    factor = np.ones(len(a))
    for values, known, weight in evidence:
        factor *= np.where(known, 1.0 - weight * (1.0 - np.clip(np.nan_to_num(values), 0.0, 1.0)), 1.0)
    score = text * factor
    frame = pd.DataFrame({
        "a": a.astype(np.int64), "b": b.astype(np.int64), "text": text, "target": np.where(target_known, target, np.nan),
        "output": np.where(output_known, output, np.nan), "code_level": code_level.astype(np.int64),
        "dimension": dimension, "element": element, "years": np.where(years_known, years, np.nan),
        "activity": np.where(activity_known, same_activity, np.nan),
        "context": factor, "score": score,
    })
    frame = frame[frame["score"] >= threshold]
    frame = frame.sort_values(["score", "a", "b"], ascending=[False, True, True], kind="mergesort").reset_index(drop=True)
    return frame, context


def _prune(block):
    """A copy of ``block`` without its entries below :data:`PRUNE_WEIGHT`."""
    block = block.copy()
    block.data[block.data < PRUNE_WEIGHT] = 0.0
    block.eliminate_zeros()
    return block


def _field_similarity(column: pd.Series, a, b, norm):
    """Cosine of a short text field (target group, output) for each pair, and whether both are known."""
    from .text import rowwise_dot, tfidf_matrix

    values = column.astype(str).to_numpy(dtype=object)
    known = (values[a] != "") & (values[b] != "")
    sim = np.zeros(len(a))
    if known.any():
        used = np.unique(np.concatenate([a[known], b[known]]))
        position = {r: i for i, r in enumerate(used.tolist())}
        tm = tfidf_matrix([values[r] for r in used], norm, generic_weight=0.5)
        ia = np.fromiter((position[r] for r in a[known]), dtype=np.int64)
        ib = np.fromiter((position[r] for r in b[known]), dtype=np.int64)
        sim[known] = np.clip(rowwise_dot(tm.matrix, ia, None, ib), 0.0, 1.0)
    return sim, known


def activity_of(name: str, normalizer) -> str:
    """The kind of work a program name announces ("" if none of :data:`ACTIVITY_CLASSES`).

    >>> from synergy.text import Normalizer
    >>> n = Normalizer()
    >>> activity_of("Sensus UMKM", n), activity_of("Pelatihan Pemasaran Online UMKM", n), activity_of("Taman Kota", n)
    ('data', 'training', '')
    """
    specific = [t for t in normalizer.tokens(name, expand=False) if t not in normalizer.generic_terms][:2]
    for term in specific:
        if term in ACTIVITY_CLASSES:
            return ACTIVITY_CLASSES[term]
    return ""


def _activities(column: pd.Series, norm) -> np.ndarray:
    names = column.astype(str).to_numpy(dtype=object)
    inverse, distinct = pd.factorize(pd.Series(names, dtype=object))
    return np.array([activity_of(n, norm) for n in distinct], dtype=object)[inverse] if len(names) else names


def _shared_term(column: pd.Series, a, b, norm):
    """1 when two short free-text fields (target groups) share a specific term, else 0.

    Target groups are a few words written freely ("warga Kota Pasuruan", "warga
    pengguna jalan"); sharing the main noun is as much as they can tell.
    """
    import scipy.sparse as sp

    values = column.astype(str).to_numpy(dtype=object)
    inverse, distinct = pd.factorize(pd.Series(values, dtype=object))
    vocab: dict[str, int] = {}
    indptr, indices = [0], []
    for v in distinct:
        terms = {vocab.setdefault(t, len(vocab)) for t in norm.tokens(v) if t not in norm.generic_terms}
        indices.extend(terms)
        indptr.append(len(indices))
    sets = sp.csr_matrix((np.ones(len(indices), dtype=np.float32), np.asarray(indices, dtype=np.int64), indptr),
                         shape=(len(distinct), max(len(vocab), 1)))
    sizes = np.diff(sets.indptr)
    ia, ib = inverse[a], inverse[b]
    known = (sizes[ia] > 0) & (sizes[ib] > 0)
    shared = np.zeros(len(a))
    if len(a):
        from .text import rowwise_dot

        shared = (rowwise_dot(sets, ia, None, ib) > 0).astype(float)
    return shared, known


def _code_keys(column: pd.Series) -> np.ndarray:
    """Per program, integer ids of its code's prefixes at each level (bidang .. sub-kegiatan); -1 if absent."""
    from .routine import parse_code

    inverse, distinct = pd.factorize(column.astype(str))
    parsed = [parse_code(c) for c in distinct]
    keys = np.full((len(distinct), 4), -1, dtype=np.int64)
    for level, length in enumerate((2, 3, 5, 6)):
        ids: dict[tuple, int] = {}
        for i, seg in enumerate(parsed):
            if len(seg) >= length:
                keys[i, level] = ids.setdefault(seg[:length], len(ids))
    return keys[inverse] if len(inverse) else keys[:0]


def _code_levels(column: pd.Series, a, b) -> np.ndarray:
    """:func:`synergy.routine.code_agreement` for every pair, vectorised."""
    keys = _code_keys(column)
    ka, kb = keys[a], keys[b]
    known = (ka[:, 0] >= 0) & (kb[:, 0] >= 0)
    level = np.zeros(len(a), dtype=np.int64)
    agree = np.ones(len(a), dtype=bool)
    for lvl in range(4):
        agree &= (ka[:, lvl] >= 0) & (ka[:, lvl] == kb[:, lvl])
        level += agree
    return np.where(known, level, -1)


def _overlap(column: pd.Series, a, b) -> np.ndarray:
    """Jaccard overlap of two list cells; NaN where either is empty."""
    values = column.to_numpy(dtype=object)
    inverse, distinct = pd.factorize(pd.Series([tuple(sorted(v or ())) for v in values], dtype=object))
    items = sorted({x for d in distinct for x in d})
    if len(items) > 62:  # more kinds than bits: fall back to sets
        out = np.full(len(a), np.nan)
        for n, (i, j) in enumerate(zip(a, b)):
            x, y = set(values[i] or ()), set(values[j] or ())
            if x and y:
                out[n] = len(x & y) / len(x | y)
        return out
    bit = {x: 1 << i for i, x in enumerate(items)}
    masks = np.array([sum(bit[x] for x in d) for d in distinct], dtype=np.int64)[inverse] if len(values) else np.zeros(0, np.int64)
    ma, mb = masks[a], masks[b]
    both = np.bitwise_and(ma, mb)
    either = np.bitwise_or(ma, mb)
    # population count through a lookup table (at most 62 kinds, usually the 6 dimensions)
    table = np.array([bin(i).count("1") for i in range(1 << min(len(items), 16))], dtype=float)
    if len(items) <= 16:
        inter, union = table[both], table[either]
    else:
        count = np.vectorize(lambda v: bin(int(v)).count("1"), otypes=[float])
        inter = count(both) if len(a) else np.zeros(0)
        union = count(either) if len(a) else np.zeros(0)
    return np.where((ma > 0) & (mb > 0), inter / np.where(union > 0, union, 1), np.nan)


def _years_overlap(programs: pd.DataFrame, a, b):
    """1 when the year ranges overlap, 0.5 when they touch within a year, else 0."""
    start = programs["start_year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    end = programs["end_year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    start = np.where(np.isnan(start), end, start)
    end = np.where(np.isnan(end), start, end)
    known = ~np.isnan(start[a]) & ~np.isnan(start[b])
    gap = np.maximum(start[a], start[b]) - np.minimum(end[a], end[b])
    value = np.where(gap <= 0, 1.0, np.where(gap <= 1, 0.5, 0.0))
    return np.where(known, value, 0.0), known


# --------------------------------------------------------------------------- RDF
def duplicates_to_rdf(graph, result: DuplicateResult, *, base: str | None = None):
    """Add the findings to an rdflib ``graph`` (in place) and return it.

    Each pair gives ``<program_a> syn:possibleDuplicateOf <program_b>`` and a
    finding node with a minted IRI (no blank nodes, so SPARQL stores accept
    it) that states the same link as an ``rdf:Statement`` with its
    ``syn:duplicateScore`` and the reasons as ``rdfs:comment``. Pass
    ``rdflib.Graph()`` to get the findings alone.

    Examples
    --------
    >>> from rdflib import Graph
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas A"}, {"id": "B", "name": "Dinas B"}],
    ...     programs=[{"id": "P1", "name": "Pemasangan CCTV Kota", "agency": "A", "dimension": ("society",)},
    ...               {"id": "P2", "name": "Pemasangan Kamera Pengawas Kota", "agency": "B", "dimension": ("society",)}])
    >>> g = duplicates_to_rdf(Graph(), find_duplicates(m))
    >>> from synergy.namespace import SYN
    >>> len(list(g.subject_objects(SYN.possibleDuplicateOf))), any(g.subjects(SYN.duplicateScore, None))
    (1, True)
    """
    from urllib.parse import quote

    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS, XSD

    from .namespace import DEFAULT_BASE, SYN, bind_prefixes, node_iri

    base = base or DEFAULT_BASE
    bind_prefixes(graph, base)
    lang = result.lang
    for row in result.pairs.itertuples(index=False):
        a = node_iri("program", row.program_a, base)
        b = node_iri("program", row.program_b, base)
        graph.add((a, SYN.possibleDuplicateOf, b))
        finding = URIRef(f"{base}finding/duplicate/{quote(row.program_a, safe='-_.~')}--{quote(row.program_b, safe='-_.~')}")
        graph.add((finding, RDF.type, RDF.Statement))
        graph.add((finding, RDF.subject, a))
        graph.add((finding, RDF.predicate, SYN.possibleDuplicateOf))
        graph.add((finding, RDF.object, b))
        graph.add((finding, SYN.duplicateScore, Literal(f"{row.score:.3f}", datatype=XSD.decimal)))
        graph.add((finding, RDFS.comment, Literal(row.reasons, lang=lang)))
    return graph
