"""The tables the duplicate finder hands on: their columns and their row positions.

One job, shared by :mod:`synergy.duplicates` (which finds the pairs) and
:mod:`synergy.explain` (which turns them into the ``pairs``, ``clusters``,
``shared`` and ``national`` frames with reasons), so that neither imports the other.
The column lists are the output contract of ``synergy duplicates`` (CSV and JSON).
"""
from __future__ import annotations

import pandas as pd

__all__ = ["PAIR_COLUMNS", "CLUSTER_COLUMNS", "SHARED_COLUMNS", "NATIONAL_COLUMNS", "Deferred", "positional"]

PAIR_COLUMNS = [
    "program_a", "program_b", "score", "cluster", "agencies", "reasons",
    "name_a", "name_b", "agency_a", "agency_b", "region", "text_similarity",
    "key_terms", "same_target_group", "output_similarity", "code_level",
    "same_dimension", "same_element", "years_overlap", "combined_budget",
    "lead_agency", "action", "functions", "evidence",
]
CLUSTER_COLUMNS = [
    "cluster", "size", "programs", "agencies", "combined_budget", "max_score",
    "key_terms", "lead_agency", "action", "reasons", "region", "cohesion",
]
#: Pairs that are one system used by two agencies, not two systems.
SHARED_COLUMNS = ["program_a", "program_b", "basis", "name_a", "name_b", "agency_a", "agency_b", "region"]
#: Local systems that rebuild a national general application (aplikasi umum SPBE).
NATIONAL_COLUMNS = ["program", "national_application", "function", "name", "agency", "region", "reasons"]


def positional(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` itself when its index is already 0..n-1 (no copy of a million rows), else a re-indexed copy.

    >>> frame = pd.DataFrame({"id": ["A", "B"]})
    >>> positional(frame) is frame, positional(frame.iloc[[1]]).index.tolist()
    (True, [0])
    """
    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1:
        return frame
    return frame.reset_index(drop=True)


class Deferred:
    """A table made the first time it is read, not before (:class:`synergy.duplicates.DuplicateResult`).

    A run that writes only the pairs, a piece at a time, never reads the clusters: on a dense
    roll-up their ten thousand rows of reasons cost seconds (docs/scale.md, stop 62).

    >>> Deferred(lambda: "made")()
    'made'
    """

    def __init__(self, make):
        self._make = make

    def __call__(self):
        return self._make()
