"""Clusters that stay meaningful: a record joins a group only when it is close to the group as a whole.

Connected components of the reported pairs let one weak link join fifty programs into
one "cluster" (A~B, B~C, ... while A and Z have nothing in common). Here each
component is re-grouped by **average linkage** over the match probabilities of *all*
its pairs (computed, not only the reported ones): two groups merge only while the
average probability between their members stays at or above the threshold. Each
cluster's **cohesion** is the mean probability over its cross-agency pairs.

A reported pair whose two records end in different clusters (a bridge) stays in the
pair list with an empty cluster.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .grouping import upper_pairs

__all__ = ["Clusters", "block_clusters", "joined", "DENSE_LIMIT"]

#: Components up to this size are compared pair by pair (all pairs); larger ones use
#: the reported pairs only (a missing pair counts as probability 0).
DENSE_LIMIT = 1500


@dataclass(frozen=True)
class Clusters:
    """``label[i]``: cluster number of the i-th record of ``members`` (global row positions); cohesion per cluster."""

    members: np.ndarray
    label: np.ndarray
    cohesion: dict


def block_clusters(block, city, prior, a: np.ndarray, b: np.ndarray, score: np.ndarray,
                   threshold: float, scored_kinds=None, cohesion: bool = True) -> Clusters:
    """Cohesive clusters of one block's reported pairs.

    ``a``, ``b`` are block-local rows of ``block`` (a :class:`synergy.features.Block`) and
    ``score`` their match probabilities; ``city`` and ``prior`` score the pairs a component
    holds but that were not reported. Every reported pair lies inside one block, so a
    block's components are whole: the block's clusters are final (their members are
    returned as positions in the block's features, the labels numbered from 0).
    ``scored_kinds``: the kinds of pair already scored (:meth:`synergy.features.Block.kind_pairs`'
    sorted keys and their probabilities), not scored again. Without ``cohesion``, a component
    whose groups need no probabilities (every pair clears the line whatever it scores: threshold
    0) is one cluster whose pairs are not compared, and its cohesion is NaN (not known).
    """
    from scipy.cluster.hierarchy import linkage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not len(a):
        return Clusters(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), {})
    nodes, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
    m = len(a)
    graph = coo_matrix((np.ones(m), (inverse[:m], inverse[m:])), shape=(len(nodes), len(nodes)))
    _, component = connected_components(graph, directed=False)
    label = np.full(len(nodes), -1, dtype=np.int64)
    cohesion_of = {}
    next_label = 0
    order = np.argsort(component, kind="stable")
    bounds = np.r_[0, np.flatnonzero(np.diff(component[order])) + 1, len(order)]
    # block-local rows are in id order already (see Block): sorting them sorts by id
    members = [np.sort(nodes[order[lo:hi]]) for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist())]
    # the reported probabilities are looked up for pairs alone and for components too big to
    # compare pair by pair: a dictionary of those pairs only (a roll-up's dense blocks have
    # hundreds of thousands of pairs in mid-sized components, which need none of them)
    size_of = np.bincount(component)[component[inverse[:m]]]
    looked_up = np.flatnonzero((size_of == 2) | (size_of > DENSE_LIMIT))
    pair_p = {(x, y): p for x, y, p in zip(a[looked_up].tolist(), b[looked_up].tolist(), score[looked_up].tolist())}
    agency = block.agency_codes
    height = 1.0 - threshold + 1e-9
    # a distance is at most 1: at threshold 0 every component is one group (see below) whatever
    # its pairs score, and only its cohesion needs them
    pairs_unneeded = 1.0 <= height - 1e-12 and not cohesion
    # every pair inside the components of three or more, compared at once
    probabilities = {} if pairs_unneeded else _all_pairs(
        block, city, prior, [rows for rows in members if 2 < len(rows) <= DENSE_LIMIT], scored_kinds)
    for rows in members:
        size = len(rows)
        if size == 2:
            x, y = int(rows[0]), int(rows[1])
            label[np.searchsorted(nodes, rows)] = next_label
            cohesion_of[next_label] = pair_p.get((x, y), pair_p.get((y, x), 0.0))
            next_label += 1
            continue
        if pairs_unneeded:
            label[np.searchsorted(nodes, rows)] = next_label  # its pairs are of several agencies
            cohesion_of[next_label] = float("nan")
            next_label += 1
            continue
        prob = probabilities.get(int(rows[0]))
        if prob is None:
            prob = _reported_only(rows, pair_p)
        condensed = 1.0 - prob[upper_pairs(size)]
        if condensed.max() <= height - 1e-12:
            # every pair is close enough: an average of distances is no larger than the largest,
            # so every merge is under the cut and the component is one group (a dense roll-up's
            # thousands of components skip the tree)
            groups = np.zeros(size, dtype=np.int64)
        else:
            groups = _cut(linkage(condensed, method="average"), size, height)
        # number the groups in the order of their first member (id order), for determinism
        seen = {}
        for g in groups.tolist():
            seen.setdefault(g, len(seen))
        for g_value, _ in sorted(seen.items(), key=lambda kv: kv[1]):
            inside = np.flatnonzero(groups == g_value)
            if len(inside) < 2:
                continue
            # the pairs of different agencies, in row order (i < j): their mean is the cohesion
            owners = agency[rows[inside]]
            i, j = upper_pairs(len(inside))
            cross = owners[i] != owners[j]
            if not cross.any():
                continue
            label[np.searchsorted(nodes, rows[inside])] = next_label
            cohesion_of[next_label] = float(np.mean(prob[inside[i[cross]], inside[j[cross]]]))
            next_label += 1
    return Clusters(block.rows[nodes], label, cohesion_of)


def joined(parts) -> Clusters:
    """The clusters of several blocks as one, labels numbered on from block to block."""
    members, labels, cohesion, offset = [], [], {}, 0
    for part in parts:
        members.append(part.members)
        labels.append(np.where(part.label >= 0, part.label + offset, -1))
        cohesion.update({label + offset: value for label, value in part.cohesion.items()})
        offset += len(part.cohesion)
    if not members:
        return Clusters(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), {})
    return Clusters(np.concatenate(members), np.concatenate(labels), cohesion)


def _cut(tree: np.ndarray, size: int, height: float) -> list[int]:
    """Flat clusters of a monotone linkage: the merges at or below ``height`` (as scipy's
    ``fcluster(..., criterion="distance")``, without its validation of every tree).

    >>> from scipy.cluster.hierarchy import fcluster, linkage
    >>> tree = linkage([0.1, 0.9, 0.8], method="average")
    >>> _cut(tree, 3, 0.5).tolist(), fcluster(tree, t=0.5, criterion="distance").tolist()
    ([0, 0, 2], [1, 1, 2])
    """
    parent = list(range(2 * size - 1))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for k, (left, right, distance, _) in enumerate(tree.tolist()):
        if distance <= height:
            parent[root(int(left))] = size + k
            parent[root(int(right))] = size + k
    roots = [root(i) for i in range(size)]
    first: dict[int, int] = {}
    for i, r in enumerate(roots):
        first.setdefault(r, i)
    return np.array([first[r] for r in roots])


def _all_pairs(block, city, prior, components, scored_kinds=None) -> dict:
    """For each component (block-local rows, keyed by its first row), the matrix of match probabilities of all its pairs.

    Records that every comparison sees alike (:attr:`synergy.features.Block.alike`) make
    alike pairs, whichever comes first (every comparison is symmetric), so each kind of pair
    is compared once, between one record of each kind: a roll-up's components repeat the
    nomenclature's names (10 regions of 2,000 programs of a dense roll-up: 3 pairs per kind).
    """
    if not components:
        return {}
    # each kind of pair keyed as the candidates' scored kinds are (Block.kind_key), so those are
    # found; a new kind is compared between the first record of each kind (Block.kind_stand_ins)
    alike = block.alike
    spans, keys, start = [], [], 0
    for rows in components:
        kinds, kind_of = np.unique(alike[rows], return_inverse=True)
        i, j = upper_pairs(len(kinds), 0)
        spans.append((rows, kind_of, len(kinds), i, j, start))
        keys.append(block.kind_key(kinds[i], kinds[j]))
        start += len(i)
    distinct, where = np.unique(np.concatenate(keys), return_inverse=True)
    p = np.empty(len(distinct))
    known = np.zeros(len(distinct), dtype=bool)
    if scored_kinds is not None and len(scored_kinds[0]):
        scored_keys, scored_p = scored_kinds
        at = np.minimum(np.searchsorted(scored_keys, distinct), len(scored_keys) - 1)
        known = scored_keys[at] == distinct
        p[known] = scored_p[at[known]]
    new = distinct[~known]
    if len(new):
        la, lb = block.kind_stand_ins(new)
        levels = block.compare(la, lb)
        p[~known] = city.probability(levels, prior, block.adjustments(la, lb, levels))[0]
    p = p[where.reshape(-1)]
    out = {}
    for rows, kind_of, n_kinds, i, j, begin in spans:
        between = np.empty((n_kinds, n_kinds))
        values = p[begin : begin + len(i)]
        between[i, j] = values
        between[j, i] = values
        prob = between[np.ix_(kind_of, kind_of)]
        np.fill_diagonal(prob, 1.0)
        out[int(rows[0])] = prob
    return out


def _reported_only(rows, pair_p) -> np.ndarray:
    """A big component's probabilities from its reported pairs only (a missing pair counts as 0)."""
    size = len(rows)
    prob = np.eye(size)
    where = {int(r): k for k, r in enumerate(rows.tolist())}
    for (x, y), p in pair_p.items():
        if x in where and y in where:
            prob[where[x], where[y]] = prob[where[y], where[x]] = p
    return prob


