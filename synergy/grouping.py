"""Rows grouped by their values, found in one pass.

A roll-up of many regions is compared region by region: finding each region's rows by
scanning every row once per region costs regions x rows comparisons (half a billion
at 500 regions and a million rows); one stable sort of the value codes finds them all.
Shared by the duplicate finder and the shared-data analysis.
"""
from __future__ import annotations

import functools

import numpy as np
import pandas as pd

__all__ = ["distinct_sorted", "factorize_first", "factorize_rows", "positions_in_runs", "rows_by_value", "shared_values",
           "upper_pairs"]


def rows_by_value(values) -> dict:
    """Each distinct value -> the ascending row positions that hold it.

    >>> {k: v.tolist() for k, v in rows_by_value(["35.75", "", "35.75", "32.02"]).items()}
    {'35.75': [0, 2], '': [1], '32.02': [3]}
    """
    codes, names = pd.factorize(np.asarray(values, dtype=object))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
    return {name: order[bounds[i]:bounds[i + 1]] for i, name in enumerate(names)}


def distinct_sorted(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` of a numeric array, by a sort.

    numpy 2.3 and later find a plain ``np.unique`` by hashing, which for integers is about four
    times slower than sorting (42,000 pair keys of a region: 6.2 ms against 1.5).

    >>> distinct_sorted(np.array([5, 1, 5, 3, 1])).tolist()
    [1, 3, 5]
    """
    ordered = np.sort(np.asarray(values).ravel())
    if len(ordered) < 2:
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def factorize_rows(*columns):
    """Codes of the distinct rows of aligned columns (in first-seen order) and each distinct row as a tuple.

    >>> factorize_rows(["a", "b", "a"], ["x", "y", "x"])
    (array([0, 1, 0]), [('a', 'x'), ('b', 'y')])
    """
    combined, first = factorize_first(*columns)
    return combined, [tuple(column[i] for column in columns) for i in first.tolist()]


def factorize_first(*columns):
    """Codes of the distinct rows of aligned columns (in first-seen order) and the position of
    each distinct row's first occurrence: :func:`factorize_rows` without building a tuple per
    distinct row (a million of them in a roll-up, where the codes alone are wanted).

    >>> factorize_first(["a", "b", "a"], ["x", "y", "x"])
    (array([0, 1, 0]), array([0, 1]))
    """
    n = len(columns[0])
    combined = np.zeros(n, dtype=np.int64)
    for column in columns:
        codes, distinct = pd.factorize(pd.Series(column, dtype=object) if not isinstance(column, np.ndarray)
                                       or column.dtype == object else column)
        # refactorised at every step, so the combined values stay below n * n
        combined, _ = pd.factorize(combined * (len(distinct) + 1) + codes)
    combined = np.asarray(combined, dtype=np.int64)
    # numbered as first seen: a row is a first occurrence where its code passes every earlier one
    # (no sort: a roll-up's pieces of a few hundred thousand pairs ask for this many times)
    earlier = np.maximum.accumulate(np.concatenate([np.array([-1], dtype=np.int64), combined[:-1]]))
    first = np.flatnonzero(combined > earlier)
    return combined, first


def shared_values(series: pd.Series, missing=np.nan) -> np.ndarray:
    """``series`` as an object array in which equal values are one object; ``missing`` where empty.

    A roll-up repeats its texts (agencies, codes, the nomenclature's names): an array of
    them then costs 8 bytes a row instead of a string object each (at a million programs,
    a text column read the plain way holds 60-150 MB of strings).

    >>> v = shared_values(pd.Series(["a", None, "a"], dtype="string"), missing="")
    >>> v.tolist(), v[0] is v[2]
    (['a', '', 'a'], True)
    """
    codes, uniques = pd.factorize(series)
    values = np.empty(len(uniques) + 1, dtype=object)
    values[: len(uniques)] = np.asarray(uniques, dtype=object)
    values[len(uniques)] = missing
    return values[codes]


def positions_in_runs(counts: np.ndarray) -> np.ndarray:
    """For runs of these lengths laid end to end, each element's position in its own run
    (a row's entries in a sparse matrix, a pair's terms), without a loop over the runs.

    >>> positions_in_runs(np.array([2, 0, 3])).tolist()
    [0, 1, 0, 1, 2]
    """
    counts = np.asarray(counts, dtype=np.int64)
    return np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)


#: Largest group whose pairs' positions :func:`upper_pairs` keeps (256 members: 33 thousand pairs, 0.5 MB).
KEPT_PAIRS_SIZE = 256


def upper_pairs(n: int, k: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """``np.triu_indices(n, k)``: the positions (i, j), i + k <= j, of every pair of a group of ``n``.

    A roll-up asks for them tens of thousands of times (every blocking group and cluster of each
    region), mostly for the same few sizes, and numpy makes them anew each time (80 µs a call):
    up to :data:`KEPT_PAIRS_SIZE` they are made once per size, as read-only arrays.

    >>> i, j = upper_pairs(3)
    >>> i.tolist(), j.tolist(), upper_pairs(2, 0)[1].tolist()
    ([0, 0, 1], [1, 2, 2], [0, 1, 1])
    """
    if n > KEPT_PAIRS_SIZE:
        return np.triu_indices(n, k)
    return _kept_pairs(n, k)


@functools.lru_cache(maxsize=None)
def _kept_pairs(n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(n, k)
    i.flags.writeable = False
    j.flags.writeable = False
    return i, j
