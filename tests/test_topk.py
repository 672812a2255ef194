"""The k largest entries per row: the fast integer-key sort gives what the three-key sort gives."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from synergy.topk import topk_per_row


def _reference(matrix, k, threshold):
    """Row by row in plain Python: entries above the threshold, value descending, then column."""
    rows, cols, vals = [], [], []
    dense = matrix.toarray()
    for r in range(dense.shape[0]):
        entries = sorted((-float(v), c) for c, v in enumerate(dense[r]) if v != 0 and v > threshold)[:k]
        rows += [r] * len(entries)
        cols += [c for _, c in entries]
        vals += [-v for v, _ in entries]
    return rows, cols, vals


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("threshold", [0.0, 0.2, -1.0])
def test_top_k_per_row_matches_a_row_by_row_selection_with_ties(dtype, threshold):
    rng = np.random.default_rng(7)
    for _ in range(60):
        shape = tuple(int(x) for x in rng.integers(1, 50, size=2))
        # few distinct values: many ties, broken by the lower column; negatives under a negative threshold
        dense = rng.choice([0.0, 0.0, 0.0, 0.25, 0.5, 1.0, 1 / 3, -0.5], size=shape).astype(dtype)
        matrix = sp.csr_matrix(dense)
        k = int(rng.integers(1, 8))
        rows, cols, vals = topk_per_row(matrix, k, threshold)
        want_rows, want_cols, want_vals = _reference(matrix, k, threshold)
        assert rows.tolist() == want_rows and cols.tolist() == want_cols
        assert np.allclose(vals, want_vals)


def test_top_k_of_wide_matrices_falls_back_to_the_three_key_sort():
    # a column index too wide to share a 63-bit key with the row and the value
    matrix = sp.csr_matrix((np.array([0.5, 0.9, 0.5], dtype=np.float32), (np.array([3000, 3000, 3000]),
                            np.array([2**40, 5, 7]))), shape=(3001, 2**40 + 1))
    rows, cols, vals = topk_per_row(matrix, 2, 0.0)
    assert rows.tolist() == [3000, 3000] and cols.tolist() == [5, 7]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_top_k_of_dense_rows_passes_through_the_buckets_unchanged(dtype):
    # rows of hundreds of entries take the bucket pass before the sort (synergy.topk.BUCKETS);
    # values drawn from a few levels, and from a continuum, and near-equal values either side of
    # a bucket's edge: the k largest and the ties of the k-th survive it
    import synergy.topk as topk

    rng = np.random.default_rng(11)
    for trial in range(40):
        n_rows, n_cols = int(rng.integers(1, 12)), int(rng.integers(300, 900))
        if trial % 3 == 0:
            dense = rng.choice([0.0, 0.1, 0.3, 0.30000001, 0.7, 1.0], size=(n_rows, n_cols))
        elif trial % 3 == 1:
            dense = rng.random((n_rows, n_cols)) * (rng.random((n_rows, n_cols)) < 0.6)
        else:
            dense = np.round(rng.random((n_rows, n_cols)) * 64) / 64 * (rng.random((n_rows, n_cols)) < 0.8)
        matrix = sp.csr_matrix(dense.astype(dtype))
        k = int(rng.integers(1, 60))
        threshold = float(rng.choice([0.0, 0.05, 0.5]))
        c = matrix.tocoo()
        assert int(c.row.max()) - int(c.row.min()) < int((c.data > threshold).sum()) // topk.BUCKETS  # the pass runs
        rows, cols, vals = topk_per_row(matrix, k, threshold)
        want_rows, want_cols, want_vals = _reference(matrix, k, threshold)
        assert rows.tolist() == want_rows and cols.tolist() == want_cols
        assert np.allclose(vals, want_vals)


def test_the_bucket_pass_keeps_every_tie_of_the_kth_value():
    from synergy.topk import _may_be_top

    rows = np.zeros(200, dtype=np.int64)
    vals = np.r_[np.full(150, 0.5), np.linspace(0.9, 1.0, 10), np.linspace(0.0, 0.4, 40)]
    kept = _may_be_top(rows, vals, 12)
    assert kept[:160].all() and not kept[160:].any()  # the ten largest, all 150 ties of the 12th; none below
