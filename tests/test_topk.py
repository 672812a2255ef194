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
