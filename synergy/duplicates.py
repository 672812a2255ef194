"""Duplicate programs (or applications): records of different agencies that look like the same work.

How a finding is made (see ``docs/duplicates.md`` for the reasoning and the figures):

1. **Routine support** programs (program ``01`` of every bidang, or the same
   names where no code is given) are set aside unless ``include_routine``.
2. **What each record says** (:mod:`synergy.features`): names without URLs, the
   owner's own name, the region's name and generic e-government words; acronyms read
   with the meaning the city's texts give them; e-government functions and national
   applications (``ontology/functions.ttl``).
3. **Candidates**: within each region (one city; or all at once with
   ``across_regions``), each record's ``k`` nearest records by a sparse top-k product
   of their words and functions (never all pairs); pairs of one agency are dropped.
4. **Score**: the comparison vector of each candidate (name, description, rarest
   shared word, function, target group, output, dimension, code, kind of work, years,
   datasets) is turned into a **match probability** by :class:`synergy.matching.MatchModel`,
   with chance agreement measured on the city's own random cross-agency pairs.
5. **Not duplicates**: the same system listed by two agencies (same host, same
   brand name, the same national application) is shared use (``DuplicateResult.shared``),
   an agency's own website is its own, and two systems both run by the central government
   (addresses on ministries' domains, :mod:`synergy.hosting`) are no region's to merge; all
   are set aside (the last counted in a note).
6. **Clusters** that stay meaningful: average linkage over the pairs' probabilities
   (a record joins a cluster only when it is close to the cluster as a whole), each
   with its cohesion (:mod:`synergy.clusters`).
7. **Explanations** in Bahasa Indonesia (default) or English: see :mod:`synergy.explain`.

Steps 3-6 run block by block (a block is a region: every pair lies inside one, so a
block's clusters are whole), and on a big roll-up the blocks are shared out among worker
processes, one per core (:func:`synergy.pool.workers`; ``SYNERGY_WORKERS=1`` turns this
off), and so are the reasons of step 7. The workers are started with ``fork`` because they need the
records' features, hundreds of MB at a million records: forked, they read the parent's
memory as it is; spawned, everything would be pickled and copied into each of them. Each
block builds its own matrices in its worker and sends back its result (its kept pairs and
clusters: small arrays); the results are joined in block order, so the output is the same
bytes as one process gives.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .collector import paused
from .errors import SynergyError
from .grouping import rows_by_value, shared_values
from .i18n import check_lang, pick
from .duplicate_frames import CLUSTER_COLUMNS, NATIONAL_COLUMNS, PAIR_COLUMNS, SHARED_COLUMNS, Deferred, positional
from .model import CityModel
from .pool import map_in_workers

__all__ = [
    "DEFAULT_THRESHOLD",
    "TOP_K",
    "shared_normalizer",
    "DuplicateResult",
    "ScoredPairs",
    "find_duplicates",
    "score_pairs",
    "duplicates_to_rdf",
    "TrainingData",
    "training_data",
    "PAIR_COLUMNS",
    "CLUSTER_COLUMNS",
    "SHARED_COLUMNS",
    "NATIONAL_COLUMNS",
]

#: Default lowest match probability reported.
DEFAULT_THRESHOLD = 0.5
#: Candidates kept per record from the sparse top-k search.
TOP_K = 20
#: Share of the compared records without a description from which the result says that it
#: rests on names alone (a plain register of names).
NAMED_ONLY_SHARE = 0.25

#: Random cross-agency pairs per city used to measure chance agreement (``u``).
CHANCE_PAIRS = 6000

#: What the record columns are called when the records are applications (data contract v2).
APPLICATION_COLUMN_NAMES = {"program_a": "application_a", "program_b": "application_b",
                            "programs": "applications", "program": "application"}
#: The kinds of record the finder compares.
KINDS = ("programs", "applications")
#: Application columns read as the records' own (``programs`` and ``users`` link elsewhere;
#: ``start_year`` is when it was built, not years of work, and ``status`` has other values).
_APPLICATION_FIELDS = ("id", "name", "agency", "description", "budget", "uses", "produces", "dimension", "element")


def records_of(model: CityModel, kind: str = "programs") -> CityModel:
    """The model with the records to compare in its ``programs`` table.

    For ``applications`` the inventory takes the place of the programs (its ``url``
    as an extra column, which the name analysis reads); every other table stays.

    >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}],
    ...     applications=[{"id": "APP-1", "name": "SIMPUS", "agency": "A", "url": "simpus.kota.go.id"}])
    >>> records_of(m, "applications").programs[["id", "name", "url"]].values.tolist()
    [['APP-1', 'SIMPUS', 'simpus.kota.go.id']]
    """
    if kind not in KINDS:
        raise SynergyError(f"unknown kind of record {kind!r}; use 'programs' or 'applications'")
    if kind == "programs":
        return model
    from dataclasses import replace

    from .model import INT_KINDS, LIST_KINDS
    from .schema import TABLES

    apps = model.applications.reset_index(drop=True)
    n = len(apps)
    data = {}
    for column in TABLES["programs"].columns:
        if column.name in _APPLICATION_FIELDS:
            data[column.name] = apps[column.name]
        elif column.kind in LIST_KINDS:
            data[column.name] = pd.Series([()] * n, dtype=object)
        elif column.kind in INT_KINDS:
            data[column.name] = pd.array([pd.NA] * n, dtype="Int64")
        else:
            data[column.name] = pd.Series([""] * n, dtype=object)
    data["url"] = apps["url"]
    return replace(model, programs=pd.DataFrame(data))


def _rename_for(kind: str, frame):
    if kind == "programs":
        return frame
    if isinstance(frame, Deferred):
        return Deferred(lambda: _rename_for(kind, frame()))
    if not isinstance(frame, pd.DataFrame):  # PairFrames: each piece renamed as it is made
        frame.rename = {k: v for k, v in APPLICATION_COLUMN_NAMES.items() if k in PAIR_COLUMNS}
        return frame
    return frame.rename(columns={k: v for k, v in APPLICATION_COLUMN_NAMES.items() if k in frame.columns})


@dataclass(frozen=True)
class DuplicateResult:
    """What :func:`find_duplicates` found.

    Attributes
    ----------
    pairs : DataFrame
        One row per cross-agency pair, strongest first; leading columns
        ``program_a, program_b, score, cluster, agencies, reasons`` (see
        :data:`PAIR_COLUMNS`); ``score`` is the match probability. A
        :class:`synergy.explain.PairFrames` (the same rows, made a piece at a time) when
        :func:`find_duplicates` was asked to ``stream``.
    clusters : DataFrame
        One row per cohesive group of pairs (:data:`CLUSTER_COLUMNS`). When the pairs are
        streamed, made (with their reasons) the first time it is read.
    shared : DataFrame
        Pairs set aside as one system used by two agencies (:data:`SHARED_COLUMNS`).
    national : DataFrame
        Local systems doing the job of a national general application that regions must
        use instead (:data:`NATIONAL_COLUMNS`), one row per system and application.
    notes : tuple of str
        What limited the analysis, in words (e.g. only one agency, names without words; no
        programs but applications: which ``--of`` to run).
    limits : tuple of str
        The notes about the data alone, without the advice on the threshold or on ``--of``
        (what a report for leaders says).
    threshold, lang, include_routine, across_regions :
        The settings used.
    routine : tuple of str
        Ids of the programs set aside as routine support (empty with ``include_routine``).
    kind : {"programs", "applications"}
        What was compared. For applications the record columns are named
        ``application_a``, ``application_b`` (pairs, shared), ``applications``
        (clusters) and ``application`` (national), as data contract v2 fixes.
    """

    pairs: pd.DataFrame
    clusters: pd.DataFrame
    shared: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SHARED_COLUMNS))
    national: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=NATIONAL_COLUMNS))
    notes: tuple = ()
    limits: tuple = ()
    threshold: float = DEFAULT_THRESHOLD
    lang: str = "id"
    include_routine: bool = False
    across_regions: bool = False
    routine: tuple = field(default=())
    kind: str = "programs"

    def __getattribute__(self, name):
        # a table left to be made (streamed pairs: the clusters) is made when first read, then kept
        value = object.__getattribute__(self, name)
        if isinstance(value, Deferred):
            value = value()
            object.__setattr__(self, name, value)
        return value


def find_duplicates(
    model: CityModel,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    include_routine: bool = False,
    across_regions: bool = False,
    lexicon=None,
    lang: str = "id",
    k: int = TOP_K,
    matcher=None,
    kind: str = "programs",
    decisions=None,
    show_rejected: bool = False,
    progress=None,
    stream: bool = False,
) -> DuplicateResult:
    """Find cross-agency programs that look like the same work.

    Parameters
    ----------
    model : CityModel
    threshold : float
        Lowest match probability reported, between 0 and 1.
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
    matcher : MatchModel, optional
        The matching model (default: the shipped one for ``kind``, :func:`synergy.matching.default_model`).
    kind : {"programs", "applications"}
        What the records are. Applications (an inventory of systems) are matched with
        their own model, and two records with one brand name are one system (shared use);
        two programs with one name are two agencies doing the same work.
    decisions : DataFrame or False, optional
        The analyst's decisions (a ``decisions`` table; default ``model.decisions``, ``False``
        for none): a rejected pair is left out (and clusters are formed without it), an
        agreed one (confirmed, in-progress, done) is kept even below ``threshold`` when it
        is a candidate; pairs and clusters then carry ``decision``, ``decided_by``,
        ``decided_on``, ``decision_note`` and ``recheck`` at the end (see
        :mod:`synergy.decisions`).
    show_rejected : bool
        Keep the rejected pairs, with their decision.
    progress : callable, optional
        Like :func:`synergy.progress.track`: the regions are scored one step at a time
        through it (the CLI shows a bar on a big roll-up).
    stream : bool
        Leave the pairs' reasons unwritten: ``pairs`` is then a
        :class:`synergy.explain.PairFrames`, whose ``pieces(rows)`` writes them a piece at a
        time, strongest first, for output written as it is made (millions of pairs in a
        dense roll-up); the pieces joined are the frame ``stream=False`` gives
        (``text_pieces(fmt, rows)``: its CSV or JSON text, without frames); ``clusters`` is
        then made when first read (a run that writes the pairs only never makes it). With the
        analyst's decisions the pairs are one frame all the same (a decision can change a
        cluster's rows).

    Returns
    -------
    DuplicateResult

    Examples
    --------
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "KOMINFO", "name": "Diskominfo", "urusan": ("2.16",)},
    ...               {"id": "DINKES", "name": "Dinas Kesehatan", "urusan": ("1.02",)},
    ...               {"id": "DISDIK", "name": "Dinas Pendidikan", "urusan": ("1.01",)}],
    ...     programs=[{"id": "P1", "name": "Aplikasi Pengaduan Masyarakat", "agency": "KOMINFO", "dimension": ("governance",)},
    ...               {"id": "P2", "name": "Sistem Informasi Keluhan Warga Online", "agency": "DINKES", "dimension": ("governance",)},
    ...               {"id": "P3", "name": "Posyandu Digital", "agency": "DINKES", "dimension": ("living",)},
    ...               {"id": "P4", "name": "Beasiswa Siswa Berprestasi", "agency": "DISDIK", "dimension": ("society",)}])
    >>> r = find_duplicates(m)
    >>> r.pairs[["program_a", "program_b", "cluster"]].values.tolist()
    [['P1', 'P2', 'D001']]
    >>> r.pairs.loc[0, "lead_agency"], r.pairs.loc[0, "action"]
    ('KOMINFO', 'platform')
    """
    from .text import Normalizer

    check_lang(lang)
    if not 0.0 <= float(threshold) <= 1.0:
        raise SynergyError(f"threshold must be between 0 and 1, got {threshold}")
    normalizer = shared_normalizer() if lexicon is None else Normalizer(lexicon=lexicon)
    other = _other_kind_note(model, kind, lang)
    model = records_of(model, kind)
    programs = positional(model.programs)
    routine = np.zeros(len(programs), dtype=bool)
    if not include_routine and len(programs) and kind == "programs":  # routine support is a program notion
        from .progress import stages
        from .routine import routine_mask

        with stages(progress, "kegiatan rutin / routine work", 1):  # seconds at a million programs
            routine = routine_mask(programs, normalizer)
    from .decisions import decided_findings, pair_labels

    decided = {} if decisions is False else decided_findings(model, decisions)
    agreed, rejected = pair_labels(decided)
    from .explain import build_result_frames

    stream = stream and not decided

    def scored_and_frames(cohesion: bool):
        with paused():  # a million records' features and candidates (synergy.collector)
            scored = score_pairs(
                model, normalizer=normalizer, threshold=threshold, exclude=routine,
                across_regions=across_regions, k=k, matcher=matcher, kind=kind, always=agreed,
                never=() if show_rejected else rejected, progress=progress, cohesion=cohesion,
            )
            return scored, build_result_frames(model, scored, normalizer=normalizer, lang=lang, kind=kind,
                                               progress=progress, stream=stream)

    # streamed pairs are written without the clusters; where the clusters' members are known
    # without comparing all their pairs (threshold 0), those pairs are compared only if the
    # clusters are read: the regions are scored again then, with the clusters' cohesion
    scored, frames = scored_and_frames(cohesion=not stream)
    if stream and any(value != value for value in scored.clusters.cohesion.values()):  # NaN: not known
        frames = (frames[0], Deferred(lambda: scored_and_frames(cohesion=True)[1][1]()), *frames[2:])
    if decided:
        frames = (*_with_decisions(*frames[:2], decided, show_rejected), *frames[2:])
    pairs, clusters, shared, national = (_rename_for(kind, frame) for frame in frames)
    return DuplicateResult(
        pairs=pairs,
        clusters=clusters,
        shared=shared,
        national=national,
        notes=other + scored.notes(lang),
        limits=scored.notes(lang, near=False),
        threshold=float(threshold),
        lang=lang,
        include_routine=include_routine,
        across_regions=across_regions,
        routine=tuple(programs.loc[routine, "id"]),
        kind=kind,
    )


def _with_decisions(pairs: pd.DataFrame, clusters: pd.DataFrame, decided, show_rejected: bool):
    """Pairs and clusters with the analyst's decisions (columns of :data:`synergy.decisions.OUTPUT_COLUMNS`)."""
    from .decisions import apply_decisions, cluster_decisions, finding_key

    pair_keys = [finding_key("duplicate", a, b) for a, b in zip(pairs["program_a"], pairs["program_b"])]
    names = {c: i for i, c in enumerate(clusters["cluster"])}
    cluster_keys = cluster_decisions(clusters["programs"].tolist(), pair_keys,
                                     [names.get(c, -1) for c in pairs["cluster"]], decided)
    return (apply_decisions(pairs, pair_keys, decided, show_rejected=show_rejected),
            apply_decisions(clusters, cluster_keys, decided, show_rejected=show_rejected))


@functools.lru_cache(maxsize=1)
def shared_normalizer():
    """One normaliser with the shipped lexicon per process: its word and text caches pay off across calls.

    >>> shared_normalizer() is shared_normalizer()
    True
    """
    from .text import Normalizer

    return Normalizer()


@dataclass(frozen=True)
class ScoredPairs:
    """Scored candidate pairs, as numbers (no words yet): what the explanation step reads.

    ``a``, ``b`` are row positions in ``model.programs`` (``a`` < ``b`` by id), ``score``
    the match probability, ``levels`` the comparison levels (int8: -1 to 7; a million pairs'
    levels in 14 MB, not 112) and ``parts`` the log-odds each comparison added (both
    pairs x :data:`synergy.matching.COMPARISONS`), ``block``
    the index of the block (city) each pair belongs to, ``text`` the cosine of the
    two records' search vectors, ``terms`` the shared specific terms (most telling
    first) and ``functions`` the shared e-government functions (object arrays of tuples). ``shared_a``,
    ``shared_b``, ``shared_basis``: pairs that are one system used by two agencies.
    ``clusters``: the cohesive clusters of the pairs (:mod:`synergy.clusters`), or None when
    not asked for.
    """

    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    levels: np.ndarray
    parts: np.ndarray
    block: np.ndarray
    text: np.ndarray
    terms: np.ndarray       # object array of tuples: one per pair
    functions: np.ndarray   # object array of tuples: one per pair
    features: object
    shared_a: np.ndarray
    shared_b: np.ndarray
    shared_basis: np.ndarray
    threshold: float
    compared: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # rows that were compared
    clusters: object = None
    #: Candidate applications of two agencies that share an e-government function but score under
    #: the threshold (not one system, not rejected): how many, and the best of their probabilities.
    near: int = 0
    near_best: float = 0.0
    #: Pairs that scored at or over the threshold but were set aside as two systems of the central
    #: government (:meth:`synergy.features.Block.central_pairs`), and those systems' domains.
    central: int = 0
    central_domains: tuple = ()
    #: Pairs at or over the threshold set aside as two units of one kind each building, buying or
    #: keeping up its own facilities (:meth:`synergy.features.Block.own_facilities`), and those kinds.
    facilities: int = 0
    facility_kinds: tuple = ()
    #: Pairs at or over the threshold set aside as two agencies each running its own administration
    #: (:meth:`synergy.features.Block.own_administration`).
    administration: int = 0
    #: Pairs at or over the threshold set aside because one side is a regional company's (BUMD's) system
    #: for its own administration (:meth:`synergy.features.Block.company_office`).
    company: int = 0

    def notes(self, lang: str = "id", near: bool = True) -> tuple:
        """What limited the comparison, in words (Indonesian or English); with ``near``, also
        how many pairs doing one job stay under the threshold (advice for the analyst)."""
        check_lang(lang)
        f = self.features
        rows = self.compared
        out = []
        # every record, not only those compared: with one agency nothing is compared at all
        everyone = np.asarray(f.agency)
        if len(everyone) and len(set(everyone.tolist())) < 2:
            out.append(pick(("semua catatan dari satu perangkat daerah: tidak ada pasangan lintas perangkat daerah "
                             "untuk dibandingkan",
                             "every record belongs to one agency: there is no cross-agency pair to compare"), lang))
        # records without a description say what they are in their name, or in nothing at all;
        # an agency's own website is set aside whatever it says (a description would not change that)
        undescribed = [r for r in rows.tolist() if not f.description_terms[r] and not f.own_functions[r]]
        empty = sum(1 for r in undescribed if not f.name_terms[r] and not f.functions[r])
        named_only = len(undescribed) - empty

        def counted(k):  # "12 dari 137 catatan (9%)"
            return pick((f"{k} dari {len(rows)} catatan ({k / len(rows):.0%})",
                         f"{k} of {len(rows)} records ({k / len(rows):.0%})"), lang)

        if empty:
            out.append(counted(empty) + pick((
                " tidak berisi kata yang dapat dibandingkan (hanya singkatan, alamat web atau nama perangkat daerah "
                "tanpa uraian): tambahkan uraian fungsinya",
                " hold no word to compare (only an acronym, a web address or the agency's name, no description): "
                "add a description of what they do"), lang))
        # named but not described: compared by their names alone (a register of names is common)
        if named_only and named_only >= NAMED_ONLY_SHARE * len(rows):
            out.append(counted(named_only) + pick((
                " tanpa uraian yang berisi kata untuk dibandingkan: dibandingkan dari namanya saja, jadi duplikat "
                "yang bernama lain dapat terlewat; isi kolom description (apa yang dikerjakannya)",
                " have no description with words to compare: they are compared by name alone, so a duplicate "
                "named otherwise can be missed; fill in the description column (what it does)"), lang))
        # the standard names SIPD gives every plan: a name two agencies share is seldom one job,
        # and one job in two affairs has two names (the held-out Bogor plan, docs/duplicates.md)
        standard = int((f.standard_key[rows] >= 0).sum())
        if standard and standard >= NAMED_ONLY_SHARE * len(rows):
            out.append(counted(standard) + pick((
                " memakai nama baku sub kegiatan dari nomenklatur nasional: nama baku yang sama di dua perangkat "
                "daerah jarang berarti pekerjaan yang sama, dan pekerjaan yang sama di dua urusan biasanya bernama "
                "lain; hanya tumpang tindih antarurusan yang tercatat untuk nomenklatur yang dikenali, jadi temuan "
                "dari nama saja lemah; isi kolom description atau output (apa yang dikerjakan, untuk siapa)",
                " carry the national nomenclature's standard sub-activity names: the same standard name in two "
                "agencies seldom means the same work, and the same work in two affairs usually has two names; only "
                "the cross-affair overlaps recorded for the nomenclature are recognised, so findings from names "
                "alone are weak; fill in the description or output column (what is done, for whom)"), lang))
        if self.central:
            shown = ", ".join(self.central_domains[:3]) + (", ..." if len(self.central_domains) > 3 else "")
            out.append(pick((
                f"{self.central} pasangan tidak dilaporkan karena kedua sistemnya dijalankan pemerintah pusat "
                f"(alamatnya di domain kementerian atau lembaga: {shown}): daerah tidak dapat menggabungkan "
                "aplikasi pusat; satu aplikasi pusat yang dicatat beberapa perangkat daerah adalah pemakaian bersama",
                f"{self.central} pairs are not reported because both systems are run by the central government "
                f"(their addresses are on a ministry's or national agency's domain: {shown}): a region cannot merge "
                "central applications; one central application listed by several agencies is shared use"), lang))
        if self.facilities:
            out.append(pick((
                f"{self.facilities} pasangan tidak dilaporkan karena keduanya unit sejenis "
                f"({', '.join(self.facility_kinds)}) yang membangun, membeli atau memelihara sarananya sendiri: "
                "pekerjaan yang sama di tempat yang berbeda, bukan duplikasi",
                f"{self.facilities} pairs are not reported because both are units of one kind "
                f"({', '.join(self.facility_kinds)}) building, buying or keeping up their own facilities: the same "
                "work in different places, not duplication"), lang))
        if self.administration:
            out.append(pick((
                f"{self.administration} pasangan tidak dilaporkan karena keduanya administrasi perangkat daerahnya "
                "sendiri (aparatur, kantor, rumah jabatan, kendaraan dinas, BLUD, forum perangkat daerah): "
                "penunjang rutin setiap perangkat daerah, bukan duplikasi",
                f"{self.administration} pairs are not reported because both are their agency's own administration "
                "(its staff, office, official residence or vehicles, BLUD, agency forum): routine support every "
                "agency runs, not duplication"), lang))
        if self.company:
            out.append(pick((
                f"{self.company} pasangan tidak dilaporkan karena salah satunya sistem BUMD (perusahaan daerah) "
                "untuk administrasinya sendiri (pegawai, keuangan, barang, surat, rencana): BUMD badan hukum "
                "terpisah dengan pembukuan dan kepegawaiannya sendiri, jadi satu sistem tidak dapat melayani "
                "keduanya; layanan BUMD untuk masyarakat tetap dibandingkan",
                f"{self.company} pairs are not reported because one side is a regional company's (BUMD's) system "
                "for its own administration (staff, money, goods, letters, plans): a BUMD is a separate legal "
                "entity with its own books and staff, so one system cannot serve both; its services to the "
                "public are still compared"), lang))
        if near and self.near:
            # on the real development inventories 4 of 19 such pairs are labelled duplicates the words
            # did not show (docs/duplicates.md, "Where recall is lost"): worth a look, not a report
            limit, best = f"{self.threshold:g}", f"{self.near_best:.2f}"
            out.append(pick((
                f"{self.near} pasangan lain dari perangkat daerah berbeda mengerjakan fungsi e-government yang "
                f"sama, tetapi peluangnya di bawah ambang {limit.replace('.', ',')} (tertinggi "
                f"{best.replace('.', ',')}): turunkan --threshold untuk meninjaunya",
                f"{self.near} more pairs of different agencies do the same e-government job but score under the "
                f"threshold {limit} (the highest {best}): lower --threshold to review them"), lang))
        return tuple(out)


def _other_kind_note(model: CityModel, kind: str, lang: str) -> tuple:
    """A note when the records asked for are none but the other kind has some: an inventory of
    applications read as plans (or the reverse) is an empty answer that says why."""
    counts = {"programs": len(model.programs),
              "applications": len(model.applications) if model.applications is not None else 0}
    other = "applications" if kind == "programs" else "programs"
    if counts[kind] or not counts[other]:
        return ()
    words = {"programs": ("program", "programs"), "applications": ("aplikasi", "applications")}
    (asked_id, asked_en), (other_id, other_en) = words[kind], words[other]
    return (pick((f"tidak ada {asked_id} untuk dibandingkan, tetapi ada {counts[other]} {other_id}: "
                  f"jalankan dengan --of {other}",
                  f"there are no {asked_en} to compare, but {counts[other]} {other_en}: run with --of {other}"),
                 lang),)


def score_pairs(
    model: CityModel,
    *,
    normalizer=None,
    threshold: float = DEFAULT_THRESHOLD,
    exclude=None,
    across_regions: bool = False,
    k: int = TOP_K,
    matcher=None,
    catalog=None,
    kind: str = "programs",
    always=(),
    never=(),
    clusters: bool = True,
    progress=None,
    cohesion: bool = True,
) -> ScoredPairs:
    """Candidate pairs of different agencies, their comparison levels and match probabilities.

    Only pairs with probability ``>= threshold`` are kept, and candidates among
    ``always`` (sorted id pairs: pairs the analyst agreed on), never those among ``never``
    (pairs the analyst rejected); pairs that are one system (same host, same brand name,
    the same national application) or involve an agency's own website are set aside, the
    former reported in ``shared_*``. With ``clusters`` the kept pairs are grouped into
    cohesive clusters block by block; without ``cohesion``, clusters whose members are known
    without comparing all their pairs (threshold 0) are not compared and have a NaN cohesion
    (:func:`synergy.clusters.block_clusters`). ``progress`` (like :func:`synergy.progress.track`)
    sees one step per region scored.
    """
    from .clusters import joined
    from .features_cache import kept_features
    from .functions import default_catalog
    from .matching import COMPARISONS, default_model
    from .text import Normalizer

    # the shipped knowledge only is kept with the features in a --store folder (synergy.features_cache)
    shipped = ((normalizer is None or normalizer is shared_normalizer())
               and (catalog is None or catalog is default_catalog()))
    norm = normalizer or Normalizer()
    matcher = matcher or default_model(kind)
    catalog = catalog or default_catalog()
    programs = positional(model.programs)
    n = len(programs)
    region = _record_regions(model)
    features = kept_features(programs, model.agencies, normalizer=norm, catalog=catalog, region=region,
                             region_names=_region_names(model), progress=progress, keep=shipped)
    keep_rows = np.ones(n, dtype=bool) if exclude is None else ~np.asarray(exclude, dtype=bool)
    if across_regions:
        groups = [np.flatnonzero(keep_rows)]
    else:
        # one block per region, in region order
        groups = [rows[keep_rows[rows]] for _, rows in sorted(rows_by_value(region.astype(str)).items())]
    out = {key: [] for key in ("a", "b", "score", "levels", "parts", "block", "text", "terms", "functions",
                               "shared_a", "shared_b", "shared_basis")}
    near, near_best = 0, 0.0
    central, central_domains = 0, set()
    facilities, facility_kinds = 0, set()
    administration, company = 0, 0
    # a region of one record has no pair, but its record was compared (notes, national applications)
    blocks = [rows for rows in groups if len(rows) >= 2]
    work = functools.partial(_score_block, features=features, kind=kind, k=k, matcher=matcher, threshold=threshold,
                             always=always, never=never, clusters=clusters, cohesion=cohesion)
    found_clusters = []
    # one result per block, in block order whether the blocks ran here or in worker processes
    for index, part in enumerate(map_in_workers(work, blocks, progress, through_files=True)):
        if part is None:
            continue
        part["block"] = np.full(len(part["a"]), index, dtype=np.int64)
        if "clusters" in part:
            found_clusters.append(part.pop("clusters"))
        count, best = part.pop("near")
        near, near_best = near + count, max(near_best, best)
        count, domains = part.pop("central")
        central, central_domains = central + count, central_domains | set(domains)
        count, kinds = part.pop("facilities")
        facilities, facility_kinds = facilities + count, facility_kinds | set(kinds)
        administration += part.pop("administration")
        company += part.pop("company")
        for key, value in part.items():
            if key in ("terms", "functions"):
                out[key].extend(value)
            else:
                out[key].append(value)

    def cat(key, dtype, width=None):
        if out[key]:
            return np.concatenate(out[key])
        return np.zeros((0, width) if width else 0, dtype=dtype)

    width = len(COMPARISONS)
    a, b = cat("a", np.int64), cat("b", np.int64)
    score = cat("score", float)
    levels, parts = cat("levels", np.int8, width), cat("parts", float, width)
    block_of, text = cat("block", np.int64), cat("text", float)
    terms, functions = out["terms"], out["functions"]
    shared_a, shared_b = cat("shared_a", np.int64), cat("shared_b", np.int64)
    # the paired records' ids ranked once: millions of pairs are then ordered by numbers, not texts
    is_paired = np.zeros(n, dtype=bool)  # marked, not sorted: four million positions of 200,000 records
    for rows in (a, b, shared_a, shared_b):
        is_paired[rows] = True
    paired = np.flatnonzero(is_paired)
    id_rank = np.zeros(n, dtype=np.int64)
    id_rank[paired] = np.unique(features.ids[paired].astype(str), return_inverse=True)[1].reshape(-1)
    # each pair once, a before b by id; strongest first, then by ids (independent of row order)
    swap = id_rank[a] > id_rank[b]
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    order = np.lexsort((id_rank[b], id_rank[a], -np.round(score, 12)))
    swap = id_rank[shared_a] > id_rank[shared_b]
    shared_a, shared_b = np.where(swap, shared_b, shared_a), np.where(swap, shared_a, shared_b)
    shared_basis = cat("shared_basis", object)
    shared_order = np.lexsort((id_rank[shared_b], id_rank[shared_a]))
    return ScoredPairs(
        a=a[order], b=b[order], score=score[order], levels=levels[order], parts=parts[order],
        block=block_of[order], text=text[order], terms=_reordered(terms, order),
        functions=_reordered(functions, order), features=features,
        shared_a=shared_a[shared_order], shared_b=shared_b[shared_order],
        shared_basis=shared_basis[shared_order], threshold=float(threshold),
        compared=np.sort(np.concatenate(groups)) if groups else np.zeros(0, dtype=np.int64),
        clusters=joined(found_clusters) if clusters else None,
        near=near if kind == "applications" else 0, near_best=near_best if kind == "applications" else 0.0,
        central=central, central_domains=tuple(sorted(central_domains)),
        facilities=facilities, facility_kinds=tuple(sorted(facility_kinds)), administration=administration,
        company=company,
    )


def _reordered(values: list, order: np.ndarray) -> np.ndarray:
    """``values`` (tuples) in ``order`` as an object array: millions of tuples in a roll-up are
    put in order, and later picked piece by piece, by numpy."""
    from .coded import object_array

    return object_array(values)[order]


def _score_block(rows, *, features, kind, k, matcher, threshold, always, never, clusters, cohesion=True):
    """One block's chance agreement, candidates, scores and clusters: a dict of the kept pairs
    as global row positions (``None`` when the block has no candidates or one agency).

    The block's matrices are built here (in the worker process, when there are workers) and
    left behind: small arrays and lists only are what a worker sends back."""
    from .clusters import block_clusters
    from .features import Block
    from .matching import COMPARISONS

    block = Block(features, rows, by_name=kind == "applications")
    if block.n_agencies < 2:
        return None
    ra, rb = chance_pairs(block, kind)
    city = matcher.for_city(block.compare(ra, rb))
    prior = city.prior_logit(block.n_eligible, block.cross_pairs)
    a, b = block.candidates(k)
    if not len(a):
        return None
    # each kind of pair scored once (a roll-up repeats the nomenclature's names), then spread
    kinds, kind_of, stand_a, stand_b = block.kind_pairs(a, b)
    kind_levels = block.compare(stand_a, stand_b)
    kind_score, kind_parts = city.probability(kind_levels, prior, block.adjustments(stand_a, stand_b, kind_levels))
    levels, score, parts = kind_levels[kind_of], kind_score[kind_of], kind_parts[kind_of]
    aside = block.set_aside(a, b, kind)
    basis, shared = aside.basis, aside.shared
    set_aside = aside.any
    keep = (score >= threshold) & ~set_aside
    # what each rule kept out of the report (and no rule before it), for its note
    central_kept, facility_kept, administration_kept, company_kept = (
        aside.first(rule) & (score >= threshold) for rule in ("central", "facility", "administration", "company"))
    rejected = np.zeros(len(a), dtype=bool)
    if always or never:
        local = block.features.ids[block.rows]
        named = [tuple(sorted((local[x], local[y]))) for x, y in zip(a.tolist(), b.tolist())]
        if always:
            keep |= np.array([pair in always for pair in named], dtype=bool) & ~set_aside
        if never:
            rejected = np.array([pair in never for pair in named], dtype=bool)
            keep &= ~rejected
    near = ~keep & ~set_aside & ~rejected & (levels[:, COMPARISONS.index("function")] >= 1)
    shared_a, shared_b, shared_basis = block.rows[a[shared]], block.rows[b[shared]], basis[shared]
    central_note = (int(central_kept.sum()), block.central_domains_of(a[central_kept], b[central_kept]))
    facility_note = (int(facility_kept.sum()),
                     sorted(set(block.features.unit_kind[block.rows[a[facility_kept]]].tolist())))
    a, b = a[keep], b[keep]
    part = {
        "a": block.rows[a], "b": block.rows[b], "score": score[keep], "parts": parts[keep],
        "levels": levels[keep].astype(np.int8),  # -1 to 7: a roll-up's millions of pairs in an eighth
        "text": np.clip(rowwise_search(block, a, b), 0.0, 1.0),
        "terms": block.shared_terms(a, b), "functions": block.shared_functions(a, b),
        "shared_a": shared_a, "shared_b": shared_b, "shared_basis": shared_basis,
        "near": (int(near.sum()), float(score[near].max()) if near.any() else 0.0),
        "central": central_note,
        "facilities": facility_note,
        "administration": int(administration_kept.sum()),
        "company": int(company_kept.sum()),
    }
    if clusters:
        part["clusters"] = block_clusters(block, city, prior, a, b, score[keep], threshold,
                                          scored_kinds=(kinds, kind_score), cohesion=cohesion)
    return part


def chance_pairs(block, kind: str = "programs"):
    """Random cross-agency pairs of a city that measure chance agreement (``u``).

    Pairs that are one system listed twice are left out: they are neither chance nor
    duplicates, and an inventory that lists a national application for every unit would
    otherwise make sharing a function look like chance.
    """
    a, b = block.random_pairs(CHANCE_PAIRS)
    keep = block.same_system(a, b, by_name=kind == "applications") == ""
    return a[keep], b[keep]


def rowwise_search(block, a, b) -> np.ndarray:
    """Cosine of the search vectors of block-local pairs."""
    from .text import rowwise_dot

    return rowwise_dot(block.search, a, None, b)


def _record_regions(model: CityModel) -> np.ndarray:
    """Each record's region, positional, one string object per distinct region (a roll-up of a
    million records has a few hundred)."""
    if not len(model.programs):
        return np.zeros(0, dtype=object)
    return shared_values(model.region_of_programs().reset_index(drop=True), missing="")


def _region_names(model: CityModel) -> list[str]:
    """Names of the model's regions (its regions table, or the official Kemendagri names of its
    agencies' region codes): their words are the government's name, not shared meaning."""
    from .regions import region_names

    return list(region_names(model).values())


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
    node_kind = "application" if result.kind == "applications" else "program"
    first, second = result.pairs.columns[:2]
    for id_a, id_b, score, reasons in zip(result.pairs[first], result.pairs[second], result.pairs["score"],
                                          result.pairs["reasons"]):
        a = node_iri(node_kind, id_a, base)
        b = node_iri(node_kind, id_b, base)
        graph.add((a, SYN.possibleDuplicateOf, b))
        finding = URIRef(f"{base}finding/duplicate/{quote(id_a, safe='-_.~')}--{quote(id_b, safe='-_.~')}")
        graph.add((finding, RDF.type, RDF.Statement))
        graph.add((finding, RDF.subject, a))
        graph.add((finding, RDF.predicate, SYN.possibleDuplicateOf))
        graph.add((finding, RDF.object, b))
        graph.add((finding, SYN.duplicateScore, Literal(f"{score:.3f}", datatype=XSD.decimal)))
        graph.add((finding, RDFS.comment, Literal(reasons, lang=lang)))
    return graph


# --------------------------------------------------------------------------- learning
@dataclass(frozen=True)
class TrainingData:
    """Comparison levels of one labelled city, as :meth:`MatchModel.fit_fs` and
    :meth:`MatchModel.fit_coefficients` need them.

    ``duplicates``: levels of every labelled duplicate pair (found as candidates or
    not); ``chance``: levels of random cross-agency pairs, one array per block (city);
    ``candidates``, ``labels``, ``candidate_block``: the candidate pairs the finder
    scores, with 1 for a labelled duplicate (pairs set aside as one system or as two
    agencies' own websites are left out: the model never scores them);
    ``records``, ``cross_pairs``: per block, for the prior.
    """

    duplicates: np.ndarray
    chance: list
    candidates: np.ndarray
    labels: np.ndarray
    candidate_block: np.ndarray
    records: list
    cross_pairs: list
    adjust: np.ndarray | None = None  # the candidates' term-frequency adjustments (pairs x comparisons)
    exact: list | None = None          # per block, levels counted over every cross-agency pair (Block.exact_chance)


def training_data(model: CityModel, duplicates, *, ignore=(), include_routine: bool = False,
                  across_regions: bool = False, k: int = TOP_K, normalizer=None, catalog=None,
                  kind: str = "programs") -> TrainingData:
    """Levels of a labelled city: ``duplicates`` are id pairs known to be duplicates;
    ``ignore`` are id pairs to leave out of the candidates' labels (e.g. one system)."""
    from .features import Block, record_features
    from .functions import default_catalog
    from .matching import COMPARISONS

    norm = normalizer or shared_normalizer()
    catalog = catalog or default_catalog()
    model = records_of(model, kind)
    programs = positional(model.programs)
    n = len(programs)
    region = _record_regions(model)
    exclude = np.zeros(n, dtype=bool)
    if not include_routine and n and kind == "programs":
        from .routine import routine_mask

        exclude = routine_mask(programs, norm)
    features = record_features(programs, model.agencies, normalizer=norm, catalog=catalog, region=region,
                               region_names=_region_names(model))
    keep = np.flatnonzero(~exclude)
    groups = [keep] if across_regions else [keep[region[keep] == r] for r in sorted(set(region[keep].tolist()))]
    positives = {tuple(sorted(p)) for p in duplicates}
    ignored = {tuple(sorted(p)) for p in ignore}
    width = len(COMPARISONS)
    dup_levels, chance, cand, labels, cand_block, records, cross, adjust = [], [], [], [], [], [], [], []
    exact = []
    for rows in groups:
        if len(rows) < 2:
            continue
        block = Block(features, rows, by_name=kind == "applications")
        if block.n_agencies < 2:
            continue
        index = len(chance)
        ra, rb = chance_pairs(block, kind)
        chance.append(block.compare(ra, rb))
        exact.append(block.exact_chance())
        records.append(block.n_eligible)
        cross.append(block.cross_pairs)
        ids = features.ids[block.rows]
        local = {v: i for i, v in enumerate(ids.tolist())}
        pa, pb = [], []
        for x, y in positives:
            if x in local and y in local and block.agency_codes[local[x]] != block.agency_codes[local[y]]:
                pa.append(local[x])
                pb.append(local[y])
        if pa:
            dup_levels.append(block.compare(np.asarray(pa), np.asarray(pb)))
        a, b = block.candidates(k)
        if not len(a):
            continue
        set_aside = block.set_aside(a, b, kind).any
        pair_ids = [tuple(sorted((ids[x], ids[y]))) for x, y in zip(a.tolist(), b.tolist())]
        usable = ~set_aside & np.array([p not in ignored for p in pair_ids], dtype=bool)
        a, b = a[usable], b[usable]
        pair_ids = [p for p, u in zip(pair_ids, usable) if u]
        levels = block.compare(a, b)
        cand.append(levels)
        adjust.append(block.adjustments(a, b, levels))
        labels.append(np.array([p in positives for p in pair_ids], dtype=bool))
        cand_block.append(np.full(len(a), index, dtype=np.int64))

    def stack(parts):
        return np.vstack(parts) if parts else np.zeros((0, width), dtype=np.int64)

    return TrainingData(
        duplicates=stack(dup_levels), chance=chance, candidates=stack(cand),
        labels=np.concatenate(labels) if labels else np.zeros(0, dtype=bool),
        candidate_block=np.concatenate(cand_block) if cand_block else np.zeros(0, dtype=np.int64),
        records=records, cross_pairs=cross,
        adjust=np.vstack(adjust) if adjust else np.zeros((0, width)),
        exact=exact,
    )
