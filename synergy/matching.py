"""The matching model: how alike two records are, piece by piece, and what that is worth.

A candidate pair (two programs, or two applications, of different agencies) is
described by a **comparison vector**: for each piece of evidence, a *level*
(``-1`` when the evidence is unknown for either record):

============  ==========================================================================
comparison    levels (0 = disagree, higher = closer)
============  ==========================================================================
name          cosine of the specific words of the names (URLs, owner, region,
              generic e-government words and the city's boilerplate taken out;
              acronyms read with the meaning the city's own texts give them):
              0 <0.25, 1 >=0.25, 2 >=0.5, 3 >=0.75, 4 >=0.95
description   cosine of description and objective: 0 <0.15, 1 >=0.15, 2 >=0.3, 3 >=0.5
rare_term     the rarest specific word both share: 0 none, 1 common (>5% of the city's
              records), 2 uncommon (<=5%), 3 rare (at most 3 records)
function      e-government function (``ontology/functions.ttl``): 0 both known, none
              shared, 1 a function shared
target        target group: 0 no shared word, 1 a shared word
output        output indicator cosine: 0 <0.2, 1 >=0.2, 2 >=0.5
dimension     0 no shared dimension, 1 shared dimension, other element, 2 same element
              (or shared dimension, elements unknown)
national      a national application on one side (SRIKANDI, SIPD, ...): 1 the other
              record does its job without being it (a local rebuild), 0 it does not
code          nomenclature code agreement: 0 other bidang .. 4 same sub-kegiatan
activity      kind of work the name starts with (data, training, system, aid, ...): 0
              different, 1 same
years         0 apart, 1 within a year, 2 overlapping
data          datasets used or produced: 0 none shared, 1 one shared
overlap       both standard sub kegiatan of the national nomenclature, of different
              names (:mod:`synergy.overlaps`): 0 in no known overlap, 1 grouped as one
              job by one of two readers of the nomenclature, 2 by both (staple prices
              at food security and at trade)
============  ==========================================================================

The :class:`MatchModel` turns a vector into a **match probability** in the
Fellegi-Sunter way (the approach of Splink and fastLink): each level has a weight
``ln(m / u)``, where ``m`` is how often true duplicates show that level (learned
from labelled pairs of several governments, ``synergy/resources/match_model.json``,
rebuilt by ``benchmarks/train_matcher.py``) and ``u`` how often chance pairs do,
**measured on each city** from random cross-agency pairs of its own records, so the
city's own vocabulary sets the weights. The prior is the expected number of
duplicates per record over the number of cross-agency pairs; a calibration fitted on
the labelled governments (slope and intercept on the total) corrects the
over-confidence of adding correlated evidence. Each pair keeps what each comparison
added or took away (in log-odds), so a reason can say what counted and by how much.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field, replace
from typing import Mapping, Sequence

import numpy as np

__all__ = [
    "COMPARISONS",
    "LEVELS",
    "USED",
    "MatchModel",
    "default_model",
    "models_to_json",
    "KINDS",
    "level_counts",
    "logistic",
    "train",
]

#: The comparisons, in a fixed order (columns of a comparison matrix).
COMPARISONS = ("text", "function", "national", "target", "output", "dimension", "code", "activity", "years",
               "data", "name", "description", "rare_term", "overlap")
#: Number of levels of each comparison (level values 0 .. n-1; -1 is unknown).
LEVELS = {"national": 2, "text": 8, "name": 5, "description": 4, "rare_term": 4, "function": 3, "target": 2, "output": 3,
          "dimension": 3, "code": 5, "activity": 2, "years": 3, "data": 2, "overlap": 3}
#: Comparisons whose levels are ordered (a higher level is closer): their weights are kept
#: non-decreasing (isotonic), so that a level few labelled duplicates showed cannot weigh
#: less than a weaker one (identical names less than similar ones).
ORDERED = frozenset({"text", "name", "description", "rare_term", "target", "output", "dimension", "code",
                     "activity", "years", "data", "overlap"})
#: The comparisons the model weighs by default: ``text`` joins name, description and the
#: rarest shared word into one comparison (they say partly the same thing; weighed
#: apart they count one resemblance three times); those three stay as details for reasons.
USED = ("text", "function", "national", "target", "output", "dimension", "code", "activity", "years", "data",
        "overlap")


def logistic(logit):
    """The probability of log-odds ``logit`` (an array), clipped so that ``exp`` never overflows.

    >>> logistic(np.array([0.0, 1000.0])).tolist()
    [0.5, 1.0]
    """
    return 1.0 / (1.0 + np.exp(-np.clip(logit, -50, 50)))


def _isotonic(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The non-decreasing sequence closest to ``values`` in weighted least squares (pool adjacent violators).

    >>> _isotonic(np.array([1.0, 3.0, 2.0, 4.0]), np.ones(4)).tolist()
    [1.0, 2.5, 2.5, 4.0]
    """
    blocks = []  # [value, weight, size]
    for v, w in zip(values.tolist(), weights.tolist()):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, n2 = blocks.pop()
            v1, w1, n1 = blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, n1 + n2])
    return np.array([v for v, _, n in blocks for _ in range(n)])


def level_counts(levels: np.ndarray, comparisons: Sequence[str] = COMPARISONS) -> dict[str, np.ndarray]:
    """Per comparison, how many rows of ``levels`` (pairs x comparisons) sit at each level.

    >>> lv = np.array([[4, -1, 0], [0, 1, 0]])
    >>> {k: v.tolist() for k, v in level_counts(lv, ("name", "description", "rare_term")).items()}
    {'name': [1.0, 0.0, 0.0, 0.0, 1.0], 'description': [0.0, 1.0, 0.0, 0.0], 'rare_term': [2.0, 0.0, 0.0, 0.0]}
    """
    out = {}
    for j, name in enumerate(comparisons):
        column = levels[:, j] if len(levels) else np.zeros(0, dtype=np.int64)
        column = column[column >= 0]
        out[name] = np.bincount(column.astype(np.int64), minlength=LEVELS[name]).astype(float)[: LEVELS[name]]
    return out


@dataclass(frozen=True)
class MatchModel:
    """Weights of evidence: ``m`` learned from labelled duplicates, ``u`` from chance pairs.

    The probability of a pair is ``sigmoid(intercept + coef["prior"] * prior +
    sum_j coef[j] * ln(m_j / u_j))``: the Fellegi-Sunter weights of each comparison,
    each scaled by a coefficient learned on labelled candidate pairs (a weighted naive
    Bayes), because the comparisons are not independent (a name and a description that
    share words say partly the same thing) and plain Fellegi-Sunter is over-confident.

    Attributes
    ----------
    m : dict
        Per comparison, the share of each level among the labelled duplicates.
    support, pseudo : float
        How many labelled duplicates ``m`` rests on, and how many pseudo-pairs pull it
        towards the city's own ``u`` when the weights are computed: a level no labelled
        duplicate showed then weighs ``ln(pseudo / (support + pseudo))`` against a match
        in every city, never an arbitrary amount.
    u : dict
        Per comparison, the probability of each level among random cross-agency pairs
        (pooled over the training governments; :meth:`for_city` re-estimates it).
    rho : float
        Expected duplicate pairs per record (sets the prior of a match in a city).
    coef : dict
        Coefficient of each comparison's weight, and of the prior (``"prior"``).
    intercept : float
    u_strength : float
        How many chance pairs the pooled ``u`` is worth when a city's own are counted.
    fixed_u : tuple
        Comparisons whose ``u`` a city does not re-estimate (:meth:`learn_comparison`).
    provenance : dict
        What it was trained on, and when.
    """

    m: Mapping[str, np.ndarray]
    u: Mapping[str, np.ndarray]
    rho: float = 0.1
    coef: Mapping[str, float] = field(default_factory=lambda: {c: 1.0 for c in (*USED, "prior")})
    intercept: float = 0.0
    u_strength: float = 200.0
    fixed_u: tuple = ()
    support: float = 50.0
    pseudo: float = 10.0
    provenance: Mapping = field(default_factory=dict)

    # ------------------------------------------------------------------ weights
    def weights(self) -> dict[str, np.ndarray]:
        """Per comparison, ``ln(m / u)`` of each level (before the coefficients), kept
        non-decreasing over the levels of an ordered comparison (:data:`ORDERED`), each level
        weighted by the labelled duplicates behind it."""
        out = {}
        n, k = self.support, self.pseudo
        for c in COMPARISONS:
            m = (n * self.m[c] + k * self.u[c]) / (n + k)
            w = np.log(m / self.u[c])
            if c in ORDERED:
                w = _isotonic(w, self.m[c] * self.support + 1.0)
            out[c] = w
        return out

    def for_city(self, chance_levels: np.ndarray) -> "MatchModel":
        """This model with ``u`` re-estimated from a city's random cross-agency pairs.

        ``chance_levels`` is the comparison matrix of those pairs. The city's counts are
        blended with the pooled ``u`` (worth :attr:`u_strength` pairs), so a level the
        city rarely shows keeps a sensible weight. A comparison of :attr:`fixed_u` keeps its
        ``u``.
        """
        counts = level_counts(chance_levels)
        u = {}
        for c in COMPARISONS:
            if c in self.fixed_u:
                u[c] = self.u[c]
                continue
            observed = counts[c]
            u[c] = (observed + self.u_strength * self.u[c]) / (observed.sum() + self.u_strength)
        return replace(self, u=u)

    def prior_logit(self, records: int, cross_pairs: int) -> float:
        """Log-odds that a random cross-agency pair of a city is a duplicate."""
        if cross_pairs <= 0:
            return 0.0
        share = min(0.5, max(1e-9, self.rho * records / cross_pairs))
        return float(np.log(share / (1 - share)))

    def evidence(self, levels: np.ndarray, adjust: np.ndarray | None = None) -> np.ndarray:
        """``ln(m/u)`` of each comparison's level (pairs x comparisons), 0 where unknown.

        ``adjust`` (same shape) is added where the level is known: how much rarer or more
        common the pair's own value is than the level's average (a term-frequency
        adjustment, as Splink makes for exact matches on common values).
        """
        weights = self.weights()
        # one table of every comparison's weights, each preceded by 0 for "unknown" (level -1):
        # a single lookup of the whole matrix (millions of pairs in a roll-up)
        tables = [np.concatenate([[0.0], weights[c]]) for c in COMPARISONS]
        start = np.cumsum([1] + [len(t) for t in tables[:-1]]).astype(np.int16)
        out = np.concatenate(tables)[np.asarray(levels, dtype=np.int16) + start]
        if adjust is not None:
            out += np.where(levels >= 0, adjust, 0.0)
        return out

    def contributions(self, levels: np.ndarray, adjust: np.ndarray | None = None) -> np.ndarray:
        """Log-odds each comparison adds to a pair (pairs x comparisons): evidence times coefficient."""
        scale = np.array([self.coef.get(c, 0.0) for c in COMPARISONS])
        return self.evidence(levels, adjust) * scale

    def logit(self, levels: np.ndarray, prior_logit: float,
              adjust: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Log-odds that each pair is a duplicate, and the per-comparison contributions."""
        parts = self.contributions(levels, adjust)
        return self.intercept + self.coef.get("prior", 1.0) * prior_logit + parts.sum(axis=1), parts

    def probability(self, levels: np.ndarray, prior_logit: float,
                    adjust: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Match probability of each pair and the per-comparison contributions (log-odds)."""
        logit, parts = self.logit(levels, prior_logit, adjust)
        return logistic(logit), parts

    # ------------------------------------------------------------------ learning
    @classmethod
    def fit_fs(cls, duplicate_levels: np.ndarray, chance_levels: np.ndarray, *, rho: float,
               shrink: float = 2.0, provenance=None) -> "MatchModel":
        """``m`` from labelled duplicates' levels, ``u`` from chance pairs' levels.

        ``u`` uses Jeffreys' half-count per level; ``m`` is shrunk towards ``u`` by
        ``shrink`` pseudo-pairs, so a level no duplicate showed weighs about nothing
        instead of an arbitrary amount.
        """
        m_counts = level_counts(duplicate_levels)
        u_counts = level_counts(chance_levels)
        u = {c: (u_counts[c] + 0.5) / (u_counts[c].sum() + 0.5 * LEVELS[c]) for c in COMPARISONS}
        m = {c: m_counts[c] / max(m_counts[c].sum(), 1.0) for c in COMPARISONS}
        return cls(m=m, u=u, rho=float(rho), support=float(len(duplicate_levels)), pseudo=float(shrink),
                   provenance=dict(provenance or {}))

    def with_coefficients(self, coef: Mapping[str, float], intercept: float) -> "MatchModel":
        return replace(self, coef={k: float(v) for k, v in coef.items()}, intercept=float(intercept))

    def fit_coefficients(self, evidence: np.ndarray, prior: np.ndarray, labels: np.ndarray, *,
                         l2: float = 1.0, learn_prior: bool = False, sample_weight=None,
                         used=USED) -> "MatchModel":
        """Learn the coefficients on labelled candidate pairs (a weighted naive Bayes).

        ``evidence`` is :meth:`evidence` of the pairs (each with its own city's ``u``),
        ``prior`` their city's prior log-odds, ``labels`` 1 for a duplicate. A
        logistic regression with an L2 penalty, every coefficient of evidence kept
        between 0 and 1 (a comparison can be trusted less than its weight says, never
        read backwards); the prior enters with coefficient 1 (an offset) unless
        ``learn_prior``.
        """
        from scipy.optimize import minimize

        x = np.asarray(evidence, dtype=float)
        y = np.asarray(labels, dtype=float)
        weight = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        offset = np.zeros(len(y)) if learn_prior else np.asarray(prior, dtype=float)
        if learn_prior:
            x = np.column_stack([x, prior])
        k = x.shape[1]

        def loss(theta):
            z = theta[0] + offset + x @ theta[1:]
            # log(1 + exp(-z)) for positives, log(1 + exp(z)) for negatives, stably
            value = np.sum(weight * np.logaddexp(0.0, np.where(y > 0, -z, z))) + 0.5 * l2 * np.sum(theta[1:] ** 2)
            p = logistic(z)
            grad_z = weight * (p - y)
            grad = np.concatenate([[grad_z.sum()], x.T @ grad_z + l2 * theta[1:]])
            return value, grad

        start = np.concatenate([[0.0], np.full(k, 0.5)])
        bounds = [(None, None)] + [(0.0, 1.0)] * len(COMPARISONS) + ([(0.0, 2.0)] if learn_prior else [])
        unused = [1 + j for j, c in enumerate(COMPARISONS) if c not in used]
        for j in unused:
            bounds[j] = (0.0, 0.0)
            start[j] = 0.0
        result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds)
        theta = result.x
        coef = {c: v for c, v in zip(COMPARISONS, theta[1 : 1 + len(COMPARISONS)]) if c in used}
        coef["prior"] = float(theta[-1]) if learn_prior else 1.0
        return self.with_coefficients(coef, theta[0])

    def learn_comparison(self, comparison: str, data, *, source: str = "", l2: float = 1.0) -> "MatchModel":
        """This model with the weight of one comparison learned from one labelled source, the
        rest kept as it is.

        For knowledge only one source can teach: the nomenclature's known overlaps
        (:mod:`synergy.overlaps`) show only where both records carry standard sub kegiatan
        names, which the other labelled plans do not. ``m`` of the comparison comes from
        ``data``'s labelled duplicates, ``u`` from its pairs that are not (every cross-agency
        pair, where ``data.exact`` counted them, else the random ones), and its coefficient
        (0..1) from its candidate pairs with every other comparison's log-odds, the prior and
        the intercept held fixed, so that the source moves nothing the others taught.

        The comparison joins :attr:`fixed_u`: knowledge such as a known overlap is mostly met
        by duplicates, so a city's own pairs at its high levels are mostly its duplicates, and
        counting them as chance would weaken the knowledge where it is most often right.
        """
        from scipy.optimize import minimize_scalar

        j = COMPARISONS.index(comparison)
        m_counts = level_counts(data.duplicates)[comparison]
        exact = data.exact or [{} for _ in data.chance]
        # every pair counted where the source's blocks did (a rare level), less its duplicates
        counted = [e[comparison] for e in exact if comparison in e]
        if counted:
            u_counts = np.maximum(np.sum(counted, axis=0) - m_counts, 0.0)
        else:
            u_counts = level_counts(np.vstack(data.chance))[comparison]
        if not m_counts.sum():
            return self
        m, u = dict(self.m), dict(self.u)
        m[comparison] = m_counts / m_counts.sum()
        u[comparison] = (u_counts + 0.5) / (u_counts.sum() + 0.5 * LEVELS[comparison])
        model = replace(self, m=m, u=u, fixed_u=tuple(sorted({*self.fixed_u, comparison})))
        coef = np.array([model.coef.get(c, 0.0) for c in COMPARISONS])
        coef[j] = 0.0
        x, offset, labels = [], [], []
        for rows, city, adjust, prior in city_blocks(model, data):
            evidence = city.evidence(data.candidates[rows], adjust)
            x.append(evidence[:, j])
            offset.append(model.intercept + model.coef.get("prior", 1.0) * prior + evidence @ coef)
            labels.append(data.labels[rows])
        x, offset, y = np.concatenate(x), np.concatenate(offset), np.concatenate(labels).astype(float)

        def loss(b):
            z = offset + b * x
            return np.sum(np.logaddexp(0.0, np.where(y > 0, -z, z))) + 0.5 * l2 * b * b

        found = minimize_scalar(loss, bounds=(0.0, 1.0), method="bounded").x
        provenance = dict(model.provenance)
        provenance["learned_apart"] = {**provenance.get("learned_apart", {}),
                                       comparison: {"source": source, "duplicates": int(m_counts.sum())}}
        return replace(model, coef={**model.coef, comparison: float(found)}, provenance=provenance)

    # ------------------------------------------------------------------ files
    def to_json(self) -> str:
        return json.dumps({
            "comparisons": {c: {"m": [round(float(x), 6) for x in self.m[c]],
                                "u": [round(float(x), 8) for x in self.u[c]]} for c in COMPARISONS},
            "coef": {k: round(float(v), 6) for k, v in self.coef.items()}, "intercept": round(self.intercept, 6),
            "rho": round(self.rho, 6), "u_strength": self.u_strength, "fixed_u": list(self.fixed_u),
            "support": self.support, "pseudo": self.pseudo,
            "provenance": dict(self.provenance),
        }, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "MatchModel":
        data = json.loads(text)
        comps = data["comparisons"]
        return cls(
            m={c: np.asarray(comps[c]["m"], dtype=float) for c in COMPARISONS},
            u={c: np.asarray(comps[c]["u"], dtype=float) for c in COMPARISONS},
            rho=float(data["rho"]), coef={k: float(v) for k, v in data["coef"].items()},
            intercept=float(data["intercept"]), u_strength=float(data.get("u_strength", 200.0)),
            fixed_u=tuple(data.get("fixed_u", ())),
            support=float(data.get("support", 50.0)), pseudo=float(data.get("pseudo", 10.0)),
            provenance=data.get("provenance", {}),
        )


def city_blocks(model: MatchModel, data):
    """Each block (city) of ``data`` (a :class:`synergy.duplicates.TrainingData`) that has
    candidates, as the finder scores it: the candidates' rows (a mask), ``model`` with the
    block's own chance agreement, the candidates' term-frequency adjustments and the block's
    prior log-odds."""
    for index, chance in enumerate(data.chance):
        rows = data.candidate_block == index
        if not rows.any():
            continue
        city = model.for_city(chance)
        adjust = data.adjust[rows] if data.adjust is not None and len(data.adjust) else None
        yield rows, city, adjust, city.prior_logit(data.records[index], data.cross_pairs[index])


def _distribution(parts: list, weights: list) -> dict[str, np.ndarray]:
    """Per comparison, the weighted share of each level over several level matrices."""
    total = {c: np.zeros(LEVELS[c]) for c in COMPARISONS}
    for levels, weight in zip(parts, weights):
        for c, counts in level_counts(levels).items():
            if counts.sum():
                total[c] += weight * counts / counts.sum()
    return {c: v / v.sum() if v.sum() else np.full(LEVELS[c], 1.0 / LEVELS[c]) for c, v in total.items()}


def train(datasets, *, background=(), strength: float = 20.0, l2: float = 1.0, shrink: float = 10.0,
          shrink_share: float = 0.2, mode: str = "wnb", learn_prior: bool = False, provenance=None,
          used=USED) -> MatchModel:
    """A model from labelled cities (:class:`synergy.duplicates.TrainingData`, one per source).

    Each source weighs the same: ``m`` is the mean over sources of how their labelled
    duplicates look, pulled towards ``background`` sources (other kinds of records) by
    ``strength`` pseudo-pairs, then towards ``u`` by ``shrink`` pseudo-pairs or
    ``shrink_share`` of the duplicates, whichever is more (a level the labelled duplicates
    never showed then weighs against a match, but not without limit); ``u`` the mean over
    sources of their chance pairs; ``rho`` the mean duplicates per record. Then the
    coefficients on the candidate pairs, each city with its own ``u`` and prior:
    ``mode="wnb"`` one per comparison (0..1), ``"slope"`` one for all.
    """
    datasets = [d for d in datasets if len(d.chance)]
    background = [d for d in background if len(d.chance)]
    chance = _distribution([np.vstack(d.chance) for d in datasets], [1.0] * len(datasets))
    labelled = [d for d in datasets if len(d.duplicates)]
    m_kind = _distribution([d.duplicates for d in labelled], [1.0] * len(labelled))
    n_kind = sum(len(d.duplicates) for d in labelled)
    if background:
        pool = labelled + [d for d in background if len(d.duplicates)]
        m_pool = _distribution([d.duplicates for d in pool], [1.0] * len(pool))
        m_kind = {c: (m_kind[c] * n_kind + strength * m_pool[c]) / (n_kind + strength) for c in COMPARISONS}
    # Jeffreys-smoothed u; m pulled towards u so a level no duplicate showed weighs about nothing
    u_count = max(sum(len(np.vstack(d.chance)) for d in datasets), 1)
    u = {c: (chance[c] * u_count + 0.5) / (u_count + 0.5 * LEVELS[c]) for c in COMPARISONS}
    pseudo = max(shrink, shrink_share * n_kind)
    rho = float(np.mean([len(d.duplicates) / max(sum(d.records), 1) for d in datasets]))
    base = MatchModel(m=m_kind, u=u, rho=rho, support=float(n_kind), pseudo=float(pseudo),
                      provenance=dict(provenance or {}))
    evidence, prior, labels, weight = [], [], [], []
    for d in datasets:
        if not len(d.candidates):
            continue
        for rows, city, adjust, block_prior in city_blocks(base, d):
            evidence.append(city.evidence(d.candidates[rows], adjust))
            prior.append(np.full(int(rows.sum()), block_prior))
            labels.append(d.labels[rows])
        weight.append(np.full(len(d.candidates), 1.0 / len(d.candidates)))
    weight = np.concatenate(weight)
    weight *= len(weight) / weight.sum()
    evidence, prior, labels = np.vstack(evidence), np.concatenate(prior), np.concatenate(labels)
    if mode == "fs":
        # the weights as they are, only the level of the whole shifted (one intercept)
        from scipy.optimize import minimize_scalar

        total = evidence[:, [COMPARISONS.index(c) for c in used]].sum(axis=1) + prior
        y = labels.astype(float)
        result = minimize_scalar(lambda b: np.sum(weight * np.logaddexp(0.0, np.where(y > 0, -(b + total), b + total))),
                                 bounds=(-10, 10), method="bounded")
        return base.with_coefficients({c: 1.0 for c in used} | {"prior": 1.0}, result.x)
    if mode == "slope":
        from scipy.optimize import minimize

        total = evidence[:, [COMPARISONS.index(c) for c in used]].sum(axis=1)
        y = labels.astype(float)

        def loss(theta):
            z = theta[0] + prior + theta[1] * total
            return np.sum(weight * np.logaddexp(0.0, np.where(y > 0, -z, z))) + 0.5 * l2 * theta[1] ** 2

        theta = minimize(loss, [0.0, 0.5], method="L-BFGS-B", bounds=[(None, None), (0.01, 1.5)]).x
        return base.with_coefficients({c: theta[1] for c in used} | {"prior": 1.0}, theta[0])
    return base.fit_coefficients(evidence, prior, labels, l2=l2, sample_weight=weight, used=used,
                                 learn_prior=learn_prior)


#: The kinds of records the shipped file holds a model for.
KINDS = ("programs", "applications")


def models_to_json(models: Mapping[str, MatchModel]) -> str:
    """One file for the models of several kinds of records."""
    return "{\n" + ",\n".join(f"{json.dumps(kind)}: {models[kind].to_json().strip()}" for kind in models) + "\n}\n"


@functools.lru_cache(maxsize=4)
def default_model(kind: str = "programs") -> MatchModel:
    """The model shipped in ``synergy/resources/match_model.json`` for ``kind`` (programs or applications).

    Programs and applications are matched differently: two systems that do the same job
    are duplicates, two programs on one topic are often different work.
    """
    from importlib.resources import files

    if kind not in KINDS:
        raise ValueError(f"unknown kind of records {kind!r}; use one of {', '.join(KINDS)}")
    data = json.loads(files("synergy").joinpath("resources", "match_model.json").read_text(encoding="utf-8"))
    return MatchModel.from_json(json.dumps(data[kind]))
