"""Decisions teach the model: a city's confirmed and rejected pairs as labels for the matching model.

The shipped matching model (:mod:`synergy.matching`) was learned on other governments.
An analyst who answers ``synergy review`` labels pairs of *this* city; :func:`learn`
turns those labels into a model for the city, in two small steps that few labels
cannot push far:

1. **What a duplicate looks like here**: the levels of the confirmed pairs
   (:func:`synergy.duplicates.training_data`) join the labelled duplicates the model's
   ``m`` was learned from, each counting ``weight`` pairs;
2. **How sure to be here**: the model's log-odds of the decided candidate pairs
   (each with the city's own chance agreement and prior) are recalibrated by a
   logistic fit of an intercept and a slope, ``b0 + b1 * logit``, held near ``0`` and
   ``1`` by a Gaussian prior (``prior_sd``): ten answers move it a little, fifty more.
   Only once the decided candidates hold at least ``min_each`` confirmed *and*
   ``min_each`` rejected pairs: ``synergy review`` asks the pairs nearest 0.5 first,
   and where those are nearly all rejections (a city whose duplicates mostly score
   low) a calibration fitted on them says only "less likely" and, applied to every
   pair, drops the few duplicates the model did find among the pairs nobody answered.

The result is a :class:`~synergy.matching.MatchModel` to pass as ``matcher=`` to
:func:`synergy.duplicates.find_duplicates`. ``benchmarks/bench_decisions.py`` measures
what it is worth (the learning curve in ``docs/decisions.md``).
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

__all__ = ["learn", "refit", "candidate_pairs", "candidate_logits"]

#: How many pooled labelled duplicates one of the city's confirmed pairs counts for.
WEIGHT = 1.0
#: Standard deviation of the prior on the intercept (and, halved, on the slope).
PRIOR_SD = 1.0
#: Confirmed and rejected decided candidates each needed before the log-odds are recalibrated.
MIN_EACH = 3


def candidate_pairs(model, *, kind: str = "programs", matcher=None, include_routine: bool = False,
                    across_regions: bool = False, k=None):
    """Every candidate pair the finder scores (no threshold), with its probability.

    Returns ``(pairs, scores)``: sorted id tuples and match probabilities, as
    :func:`synergy.duplicates.score_pairs` gives them (pairs set aside as one system or
    an agency's own website are not candidates).
    """
    from .duplicates import TOP_K, positional, records_of, score_pairs, shared_normalizer

    normalizer = shared_normalizer()
    records = records_of(model, kind)
    programs = positional(records.programs)
    routine = np.zeros(len(programs), dtype=bool)
    if not include_routine and len(programs) and kind == "programs":
        from .routine import routine_mask

        routine = routine_mask(programs, normalizer)
    scored = score_pairs(records, normalizer=normalizer, threshold=0.0, exclude=routine, across_regions=across_regions,
                         k=k or TOP_K, matcher=matcher, kind=kind, clusters=False)
    ids = scored.features.ids
    pairs = [tuple(sorted((ids[a], ids[b]))) for a, b in zip(scored.a.tolist(), scored.b.tolist())]
    return pairs, scored.score


def learn(model, decisions=None, *, kind: str = "programs", matcher=None, include_routine: bool = False,
          across_regions: bool = False, weight: float = WEIGHT, prior_sd: float = PRIOR_SD,
          min_each: int = MIN_EACH):
    """The matching model refitted with the city's own decisions (confirmed and rejected pairs).

    Parameters
    ----------
    model : CityModel
    decisions : DataFrame, optional
        A decisions table (default ``model.decisions``).
    kind : {"programs", "applications"}
    matcher : MatchModel, optional
        The model to start from (default: the shipped one for ``kind``).
    weight, prior_sd : float
    min_each : int
        See :func:`refit`.

    Returns
    -------
    MatchModel
        ``matcher`` itself when the decisions label no pair of this kind.
    """
    from .decisions import decided_findings, pair_labels
    from .duplicates import training_data
    from .matching import default_model

    base = matcher or default_model(kind)
    positives, negatives = pair_labels(decided_findings(model, decisions))
    candidates, _ = candidate_pairs(model, kind=kind, matcher=base, include_routine=include_routine,
                                    across_regions=across_regions)
    decided = positives | negatives
    if not decided & set(candidates):
        return base
    # the decided candidates only: an undecided pair is no label (the city is no closed world)
    ignore = set(candidates) - decided
    data = training_data(model, positives, ignore=ignore, include_routine=include_routine,
                         across_regions=across_regions, kind=kind)
    return refit(base, data, weight=weight, prior_sd=prior_sd, min_each=min_each)


def candidate_logits(data, model) -> np.ndarray:
    """The log-odds ``model`` gives each candidate pair of ``data`` (a
    :class:`synergy.duplicates.TrainingData`), each block (city) with its own chance agreement
    and prior, as :func:`synergy.duplicates.find_duplicates` scores them."""
    from .matching import city_blocks

    logits = np.zeros(len(data.candidates))
    for rows, city, adjust, prior in city_blocks(model, data):
        logits[rows] = city.logit(data.candidates[rows], prior, adjust)[0]
    return logits


def refit(base, data, *, weight: float = WEIGHT, prior_sd: float = PRIOR_SD, min_each: int = MIN_EACH):
    """``base`` with ``data``'s labels (a :class:`synergy.duplicates.TrainingData` of one city) added.

    ``m`` takes the levels of the labelled duplicates, each worth ``weight`` of the
    duplicates ``base`` was learned on; then the whole is recalibrated on the labelled
    candidates: ``b0 + b1 * logit`` with priors ``b0 ~ N(0, prior_sd)`` and
    ``b1 ~ N(1, prior_sd / 2)`` (slope kept in 0.2 .. 3), but only when they hold at
    least ``min_each`` duplicates and ``min_each`` non-duplicates (answers of one kind
    only describe the pairs asked, not the city; ``0``: always). The provenance says
    how many labels the city gave and, when fitted, the ``calibration`` (``b0``, ``b1``).
    """
    from scipy.optimize import minimize

    from .matching import COMPARISONS, level_counts, logistic

    model = base
    if len(data.duplicates):
        counts = level_counts(data.duplicates)
        m = {}
        for c in COMPARISONS:
            city = counts[c] * weight
            m[c] = (base.support * np.asarray(base.m[c]) + city) / (base.support + city.sum())
        model = replace(base, m=m, support=base.support + weight * len(data.duplicates))
    y = data.labels.astype(float)
    if len(y):
        model = replace(model, provenance={**dict(model.provenance), "city_labels": int(len(y)),
                                           "city_duplicates": int(y.sum())})
    if not len(y) or min(y.sum(), len(y) - y.sum()) < min_each:
        return model
    logits = candidate_logits(data, model)
    slope_sd = prior_sd / 2

    def loss(theta):
        z = theta[0] + theta[1] * logits
        p = logistic(z)
        value = np.sum(np.logaddexp(0.0, np.where(y > 0, -z, z)))
        value += 0.5 * (theta[0] / prior_sd) ** 2 + 0.5 * ((theta[1] - 1.0) / slope_sd) ** 2
        grad = np.array([np.sum(p - y) + theta[0] / prior_sd ** 2,
                         np.sum((p - y) * logits) + (theta[1] - 1.0) / slope_sd ** 2])
        return value, grad

    b0, b1 = minimize(loss, np.array([0.0, 1.0]), jac=True, method="L-BFGS-B",
                      bounds=[(None, None), (0.2, 3.0)]).x
    coef = {c: float(v) * b1 for c, v in model.coef.items()}
    provenance = {**dict(model.provenance), "calibration": [round(float(b0), 4), round(float(b1), 4)]}
    return replace(model.with_coefficients(coef, b0 + b1 * model.intercept), provenance=provenance)
