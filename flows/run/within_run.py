"""Near-duplicate pairs within one run, with memory and work that grow with the copies, not their square.

The candidate pairs are exactly those of `cleaners.lsh.candidate_pairs` over all band keys, with
the same filters as before (estimated Jaccard >= floor, lengths that can align, two documents),
but built one band (and one bucket depth) at a time as sorted 64-bit pair codes, so no stage holds
every band's pairs at once.

Then the text decides, with two shortcuts that change no cluster:

* Two rows of the same text (a syndicated copy, a re-sent article) are one verified match without
  an alignment (a text aligns with itself at 1.0). Rows joined this way form groups of one text.
* A candidate pair between two groups stands for every pair between them (same two texts, same
  score): one pair per pair of groups is verified (`verify.verified_edges`, which skips pairs already
  joined), and a score is computed once per pair of texts.

Clusters are connected components of verified matches, so they are the same as verifying every
candidate pair one by one; only the number of alignments falls (from every pair of copies to one
per pair of texts).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from cleaners.lsh import SMALL_BUCKET
from cleaners.minhash import pair_jaccard
from cleaners.verify import similarity as text_similarity
from cleaners.verify import verified_edges
from flows.run.run_passages import RunPassages

EST_CHUNK = 1 << 16  # pairs whose signatures are compared at once (2 x 64k x num_perm x 4 bytes)


def _band_blocks(k_col: np.ndarray, small: int = SMALL_BUCKET) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The pairs `candidate_pairs` makes in one band, a block at a time (each block at most n pairs):
    every row with its bucket's first row, then in buckets of at most `small` rows every other pair."""
    n = len(k_col)
    if n < 2:
        return
    order = np.argsort(k_col, kind="stable")
    k = k_col[order]
    new_bucket = np.empty(n, dtype=bool)
    new_bucket[:1] = True
    new_bucket[1:] = k[1:] != k[:-1]
    del k
    start = np.maximum.accumulate(np.where(new_bucket, np.arange(n), 0))
    size = np.diff(np.append(np.flatnonzero(new_bucket), n))[np.cumsum(new_bucket) - 1]
    member = ~new_bucket
    yield order[start][member], order[member]
    pos = np.arange(n) - start
    del start, member
    for d in range(1, min(small, int(size.max(initial=1))) - 1):
        later = np.flatnonzero((pos > d) & (size <= small))
        if not len(later):
            break
        yield order[later - d], order[later]


def candidate_codes(rp: RunPassages, floor: float, min_similarity: float) -> np.ndarray:
    """Sorted unique codes `i * n + j` (i < j) of candidate pairs that pass the cheap filters."""
    n = len(rp)
    seen = np.empty(0, np.int64)
    for b in range(rp.bands):
        found = []
        for a, c in _band_blocks(rp.band(b)):
            i, j = np.minimum(a, c), np.maximum(a, c)
            del a, c
            la, lb = rp.n_words[i], rp.n_words[j]
            ok = (rp.doc_of[i] != rp.doc_of[j]) & (np.minimum(la, lb) >= min_similarity * np.maximum(la, lb))
            del la, lb
            code = i[ok] * n + j[ok]
            del i, j, ok
            if len(seen):  # pairs of earlier bands are decided already
                at = np.minimum(np.searchsorted(seen, code), len(seen) - 1)
                code = code[seen[at] != code]
            found.append(code[_estimate_ok(rp, code, floor)])
        if found:
            band = np.unique(np.concatenate(found))
            seen = np.sort(np.concatenate((seen, band)), kind="stable")  # a merge of two sorted runs
    return seen


def _estimate_ok(rp: RunPassages, code: np.ndarray, floor: float) -> np.ndarray:
    """Which pairs' signatures estimate a Jaccard of at least `floor`; equal texts always do.
    Estimated once per pair of texts (copies of a text have its signature)."""
    n = len(rp)
    out = np.ones(len(code), dtype=bool)
    i, j = code // n, code % n
    ci, cj = rp.content[i], rp.content[j]
    differ = np.flatnonzero(ci != cj)
    if not len(differ):
        return out
    c_lo, c_hi = np.minimum(ci[differ], cj[differ]), np.maximum(ci[differ], cj[differ])
    _, first, back = np.unique(c_lo * (int(rp.content.max()) + 1) + c_hi, return_index=True, return_inverse=True)
    a, b = i[differ[first]], j[differ[first]]
    ok = np.empty(len(first), dtype=bool)
    sigs = rp.sigs()
    try:
        for s in range(0, len(first), EST_CHUNK):
            est = pair_jaccard(sigs, np.stack([a[s : s + EST_CHUNK], b[s : s + EST_CHUNK]], axis=1), EST_CHUNK)
            ok[s : s + EST_CHUNK] = est >= floor
    finally:
        del sigs
    out[differ] = ok[back.ravel()]
    return out


def smallest_labels(n: int, pairs: Iterator[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """For each row, the smallest row of its connected component over `pairs`."""
    # imported on first use: the stages before find-duplicates need not carry scipy.sparse
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    label = np.arange(n, dtype=np.int64)
    for i, j in pairs:
        a, b = label[i], label[j]
        keep = a != b
        if not keep.any():
            continue
        graph = coo_matrix((np.ones(int(keep.sum()), np.float32), (a[keep], b[keep])), shape=(n, n))
        _, comp = connected_components(graph, directed=False)
        first = np.unique(comp, return_index=True)[1]  # smallest node of each component
        label = first[comp[label]]
    return label


CODE_CHUNK = 1 << 21


class Verified:
    """Scores of pairs of texts, computed once per pair of contents."""

    def __init__(self, rp: RunPassages) -> None:
        self.rp, self.memo = rp, {}

    def score(self, i: int, j: int) -> float:
        ci, cj = int(self.rp.content[i]), int(self.rp.content[j])
        if ci == cj:
            return 1.0
        key = (ci, cj) if ci < cj else (cj, ci)
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = text_similarity(self.rp.tokens(i), self.rp.tokens(j))
        return got


def within_run_edges(rp: RunPassages, codes: np.ndarray, min_similarity: float,
                     verified: Verified) -> tuple[np.ndarray, int]:
    """Verified matches among this run's rows, (m, 2) (edges whose connected components are the
    clusters verifying every candidate pair would give), and how many candidate pairs were scored."""
    n = len(rp)

    def chunks(same: bool) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for s in range(0, len(codes), CODE_CHUNK):
            c = codes[s : s + CODE_CHUNK]
            i, j = c // n, c % n
            m = (rp.content[i] == rp.content[j]) == same
            yield i[m], j[m]

    group = smallest_labels(n, chunks(True))  # rows joined through copies of one text
    copies = np.flatnonzero(group != np.arange(n))
    edges = np.stack([group[copies], copies], axis=1)
    del copies
    # one candidate pair per pair of groups (its two texts stand for all of them), the first by code
    reps = []
    for i, j in chunks(False):
        gi, gj = group[i], group[j]
        lo, hi = np.minimum(gi, gj), np.maximum(gi, gj)
        reps.append(np.stack([lo * n + hi, i * n + j], axis=1))
    rep = np.concatenate(reps) if reps else np.empty((0, 2), np.int64)
    rep = rep[np.lexsort((rep[:, 1], rep[:, 0]))]
    first = np.ones(len(rep), dtype=bool)
    first[1:] = rep[1:, 0] != rep[:-1, 0]
    rep = np.sort(rep[first, 1])
    rp.load_texts(np.unique(np.concatenate([rep // n, rep % n])))  # one read of the batches for their texts
    pairs = ((int(c // n), int(c % n)) for c in rep.tolist())
    # verified in group space: a group is one node (the pair's rows stand for their groups)
    found, scores = verified_edges(((int(group[i]), int(group[j])) for i, j in pairs), n,
                                   lambda a, b: verified.score(a, b), min_similarity)
    return np.concatenate([edges, np.array(found, np.int64).reshape(-1, 2)]), len(scores)

