"""Near-duplicate pairs within one run, with memory and work that grow with the copies, not their square.

The candidate pairs are exactly those of `cleaners.lsh.candidate_pairs` over all band keys, with
the same filters as before (estimated Jaccard >= floor, lengths that can align, two documents),
but built one band (and one bucket depth) at a time as sorted 64-bit pair codes, so no stage holds
every band's pairs at once.

Then the text decides, with two shortcuts that change no cluster:

* Two rows of the same text (a syndicated copy, a re-sent article) are one verified match without
  an alignment (a text aligns with itself at 1.0) when the text holds the evidence a copy needs:
  a text shorter than `verify.SHORT_TOKENS` is scored against itself by `verify.similarity` first
  (T6 F7: a stock sentence of formulae two outlets print identically is no copy, as it is not when
  the two rows meet across runs). Rows joined this way form groups of one text.
* A candidate pair between two groups stands for every pair between them (same two texts, same
  score): one pair per pair of groups is verified (`verify.verified_edges`, which skips pairs already
  joined), and a score is computed once per pair of texts. Pairs likely to be copies (by their
  signatures) are verified first, so more pairs are found joined already.

Clusters are connected components of verified matches, so they are the same as verifying every
candidate pair one by one; only the number of alignments falls (from every pair of copies to one
per pair of texts).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from cleaners.index.parts import stable_key_order
from cleaners.lsh import SMALL_BUCKET
from cleaners.minhash import pair_jaccard
from cleaners.verify import SHORT_TOKENS, passing_similarity, verified_edges
from flows.run.forked import Forked, affordable
from flows.run.run_passages import RunPassages

EST_CHUNK = 1 << 16  # pairs whose signatures are compared at once (2 x 64k x num_perm x 4 bytes)


class Units:
    """One row per distinct text where that is exact (issue 17: ten copies of a passage make one
    row to pair, not 45 pairs per band).

    Equal texts share every band key, so all rows of a text fall in one bucket of each band. In a
    small bucket every pair of rows of different documents is a candidate, so the rows of a text
    found in two or more documents are all joined (copies of one text) as soon as the text lies in
    one small bucket, and a row of another text that verifies against one of them verifies against
    all (same two texts, same score): the text's first row (its "unit") stands for all of them, as
    if from no document (a pair with it passes the two-documents check, for one of its rows is in
    another document). A text found in one document only keeps all its rows (they never pair with
    each other). Big buckets (more than `SMALL_BUCKET` rows) keep their star over every row.
    """

    def __init__(self, rp: RunPassages) -> None:
        n = len(rp)
        content, doc = rp.content, rp.doc_of
        k = int(content.max()) + 1 if n else 0
        order = np.lexsort((doc, content))
        c, d = content[order], doc[order]
        first = np.ones(n, dtype=bool)
        first[1:] = c[1:] != c[:-1]
        new_doc = first.copy()
        new_doc[1:] |= d[1:] != d[:-1]
        self.multi = np.zeros(k, dtype=bool)  # text found in two documents or more
        if n:
            self.multi[c[first]] = np.add.reduceat(new_doc.astype(np.int64), np.flatnonzero(first)) >= 2
        del order, c, d, first, new_doc
        self.rep = np.unique(content, return_index=True)[1].astype(np.int64)  # first row of each text
        many = self.multi[content]
        self.is_unit = ~many | (np.arange(n) == self.rep[content])
        self.doc = np.where(many, -1, doc)  # a unit of a text in several documents: no document
        self.in_small = np.zeros(k, dtype=bool)  # texts that lie in a small bucket of some band

    def joined(self, content: np.ndarray) -> np.ndarray:
        """Rows joined to their text's first row without a pair: texts in several documents that
        lie in a small bucket of some band."""
        return np.flatnonzero(self.multi[content] & self.in_small[content] & ~self.is_unit)


def _band_blocks(k_col: np.ndarray, units: Units, content: np.ndarray,
                 small: int = SMALL_BUCKET) -> Iterator[tuple[np.ndarray, np.ndarray, bool]]:
    """The candidate pairs of one band, a block at a time, with whether units' documents apply:
    in buckets of more than `small` rows each row with the bucket's first row (a star); in the
    others every pair of units."""
    n = len(k_col)
    if n < 2:
        return
    order = stable_key_order(k_col)  # np.argsort(kind="stable"), faster on uint32 keys
    k = k_col[order]
    new_bucket = np.empty(n, dtype=bool)
    new_bucket[:1] = True
    new_bucket[1:] = k[1:] != k[:-1]
    start = np.maximum.accumulate(np.where(new_bucket, np.arange(n), 0))
    size = np.diff(np.append(np.flatnonzero(new_bucket), n))[np.cumsum(new_bucket) - 1]
    big = size > small
    star = ~new_bucket & big
    yield order[start][star], order[star], False
    del start, star
    units.in_small[content[order[~big]]] = True
    sel = ~big & units.is_unit[order]
    sub, k = order[sel], k[sel]
    del order, sel, big, size, new_bucket
    m = len(sub)
    if m < 2:
        return
    first = np.empty(m, dtype=bool)
    first[:1] = True
    first[1:] = k[1:] != k[:-1]
    pos = np.arange(m) - np.maximum.accumulate(np.where(first, np.arange(m), 0))
    for d in range(1, int(pos.max(initial=0)) + 1):
        later = np.flatnonzero(pos >= d)
        if not len(later):
            break
        yield sub[later - d], sub[later], True


class Candidates(NamedTuple):
    """Sorted unique codes `i * n + j` (i < j) of candidate pairs that pass the cheap filters, and
    the rows joined to their text's first row without a pair (`Units.joined`)."""

    codes: np.ndarray
    joined: np.ndarray


def candidate_codes(rp: RunPassages, floor: float, min_similarity: float) -> Candidates:
    """The candidate pairs of `cleaners.lsh.candidate_pairs` over units (see `Units`) that pass the
    cheap filters (estimated Jaccard >= floor, lengths that can align, two documents), built one
    band at a time."""
    n = len(rp)
    units = Units(rp)
    seen = np.empty(0, np.int64)
    for b in range(rp.bands):
        found, pending, size = [], [], 0
        for a, c, as_units in _band_blocks(rp.band(b), units, rp.content):
            i, j = np.minimum(a, c), np.maximum(a, c)
            del a, c
            la, lb = rp.n_words[i], rp.n_words[j]
            if as_units:
                da, db = units.doc[i], units.doc[j]
                two_docs = (da != db) | (da < 0) | (db < 0)
            else:
                two_docs = rp.doc_of[i] != rp.doc_of[j]
            ok = two_docs & (np.minimum(la, lb) >= min_similarity * np.maximum(la, lb))
            del la, lb, two_docs
            code = i[ok] * n + j[ok]
            del i, j, ok
            if len(seen):  # pairs of earlier bands are decided already
                at = np.minimum(np.searchsorted(seen, code), len(seen) - 1)
                code = code[seen[at] != code]
            pending.append(code)
            size += len(code)
            if size >= EST_CHUNK:  # estimated a few blocks at once (a band has up to SMALL_BUCKET small blocks)
                code = np.concatenate(pending)
                found.append(code[_estimate_ok(rp, code, floor)])
                pending, size = [], 0
        if pending:
            code = np.concatenate(pending)
            found.append(code[_estimate_ok(rp, code, floor)])
        if found:
            band = np.unique(np.concatenate(found))
            seen = np.sort(np.concatenate((seen, band)), kind="stable")  # a merge of two sorted runs
    return Candidates(seen, units.joined(rp.content))


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
    """Scores of pairs of texts at `threshold` (`verify.passing_similarity`: the score of a pair that
    verifies, else 0.0), computed once per pair of contents."""

    def __init__(self, rp: RunPassages, threshold: float) -> None:
        self.rp, self.threshold, self.memo = rp, threshold, {}
        self.forked_cpu = 0.0  # CPU seconds of pairs verified in a forked process (`_verify_groups`)

    def score(self, i: int, j: int) -> float:
        content = self.rp.content  # Python ints read by `.item` (issue 17: no NumPy scalar per pair)
        ci, cj = content.item(i), content.item(j)
        if ci == cj and self.rp.n_words.item(i) >= SHORT_TOKENS:  # a long text aligns with itself at 1.0: a copy
            return 1.0
        key = (ci, cj) if ci < cj else (cj, ci)
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = passing_similarity(self.rp.tokens(i), self.rp.tokens(j), self.threshold)
        return got


LIKELY_FIRST = 0.3  # pairs whose signatures estimate a Jaccard of this or more are verified first


def _likely_first(rp: RunPassages, codes: np.ndarray) -> np.ndarray:
    """Pair codes (sorted) with the pairs estimated at LIKELY_FIRST or more first, each part in code order.
    Any order gives the same connected components; verifying likely copies first joins more rows before
    the pairs between them come up, which then need no alignment (180k corpus: 121,779 -> 100,586)."""
    n = len(rp)
    if not len(codes):
        return codes
    likely = np.empty(len(codes), dtype=bool)
    sigs = rp.sigs()
    try:
        for s in range(0, len(codes), EST_CHUNK):
            c = codes[s : s + EST_CHUNK]
            likely[s : s + len(c)] = pair_jaccard(sigs, np.stack([c // n, c % n], axis=1), EST_CHUNK) >= LIKELY_FIRST
    finally:
        del sigs
    return np.concatenate([codes[likely], codes[~likely]])


def within_run_edges(rp: RunPassages, candidates: Candidates, min_similarity: float,
                     verified: Verified, workers: int = 1) -> tuple[np.ndarray, int]:
    """Verified matches among this run's rows, (m, 2) (edges whose connected components are the
    clusters verifying every candidate pair would give), and how many candidate pairs were scored.
    With `workers` >= 2 the pairs are verified in two processes (`_verify_groups`)."""
    n = len(rp)
    codes = candidates.codes

    def chunks(same: bool) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for s in range(0, len(codes), CODE_CHUNK):
            c = codes[s : s + CODE_CHUNK]
            i, j = c // n, c % n
            m = (rp.content[i] == rp.content[j]) == same
            yield i[m], j[m]

    def copies_of_texts() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        joined = candidates.joined
        rep = np.unique(rp.content, return_index=True)[1]
        yield rep[rp.content[joined]], joined
        yield from chunks(True)

    def evident(pairs: Iterator[tuple[np.ndarray, np.ndarray]]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Pairs of one text, but for short texts that lack a copy's evidence (`Verified.score` of the
        text with itself under `min_similarity`)."""
        for i, j in pairs:
            short = np.flatnonzero(rp.n_words[j] < SHORT_TOKENS)
            if len(short):
                contents, first = np.unique(rp.content[j[short]], return_index=True)
                rows = j[short][first]
                rp.load_texts(rows)
                bad = contents[[verified.score(r, r) < min_similarity for r in rows.tolist()]]
                keep = ~np.isin(rp.content[j], bad)
                i, j = i[keep], j[keep]
            yield i, j

    group = smallest_labels(n, evident(copies_of_texts()))  # rows joined through copies of one text
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
    del reps
    rep = rep[np.lexsort((rep[:, 1], rep[:, 0]))]
    first = np.ones(len(rep), dtype=bool)
    first[1:] = rep[1:, 0] != rep[:-1, 0]
    rep = _likely_first(rp, np.sort(rep[first, 1]))
    rp.load_texts(np.unique(np.concatenate([rep // n, rep % n])))  # one read of the batches for their texts
    # verified in group space, numbered densely (a group is one node: the pair's rows stand for their groups)
    gi, gj = group[rep // n], group[rep % n]
    nodes, dense = np.unique(np.concatenate([gi, gj]), return_inverse=True)
    dense = dense.reshape(2, -1)
    found, n_scored = _verify_groups(dense, nodes, verified, min_similarity, workers)
    return np.concatenate([edges, nodes[found]]), n_scored


PARALLEL_PAIRS = 4096  # fewer pairs are verified in this process alone (the split and a fork cost more)
FORK_WAIT = 60.0  # seconds the forked part may take beyond 4 x this process's part before it is done here


def _verify_groups(dense: np.ndarray, nodes: np.ndarray, verified: Verified, min_similarity: float,
                   workers: int) -> tuple[np.ndarray, int]:
    """`verify.verified_edges` over the pairs `dense` (2, m) of group nodes, in their order: (the verified
    pairs, (k, 2) in pair order, and how many pairs were scored).

    With `workers` >= 2, enough pairs and memory to fork (`forked.affordable`), the connected components of
    the pairs are split in two halves of about equal work, one verified in a forked copy of this process
    (`flows.run.forked`) while this process verifies the other. Union-find skips a pair only for pairs of its own component met before
    it, and the order within a component is kept, so each half scores and keeps the very pairs the
    serial loop does; the kept pairs are merged back in pair order and the child's scores join
    `verified`'s memo (the cluster phase reads them). If the child gives no answer, its half is
    verified here."""
    m = dense.shape[1]
    if workers < 2 or m < PARALLEL_PAIRS or not affordable():
        found, scores = verified_edges(zip(dense[0].tolist(), dense[1].tolist(), strict=True), len(nodes),
                                       lambda a, b: verified.score(nodes.item(a), nodes.item(b)), min_similarity)
        return np.array(found, np.int64).reshape(-1, 2), len(scores)
    rp = verified.rp
    theirs = _halves(dense, len(nodes), rp.n_words[nodes])
    had = set(rp._tokens)  # noqa: SLF001 - contents tokenised before the fork

    def their_part() -> tuple[np.ndarray, int, list, list]:
        return *_verify_part(dense, theirs, nodes, verified, min_similarity), rp.kept_tokens(had)

    forked = Forked(their_part, rp.staging)
    try:
        started = time.perf_counter()
        mine, n_mine, _ = _verify_part(dense, ~theirs, nodes, verified, min_similarity)
        ok, got = forked.result(timeout=FORK_WAIT + 4 * (time.perf_counter() - started))
    except BaseException:  # failed or interrupted here: the child goes too
        forked.cancel()
        raise
    verified.forked_cpu += forked.cpu_seconds
    if ok:
        found, n_theirs, scores, kept = got
        verified.memo.update(scores)
        rp.keep_tokens(kept)  # the cluster phase compares many of them again
    else:
        found, n_theirs, _ = _verify_part(dense, theirs, nodes, verified, min_similarity)
    at = np.sort(np.concatenate([mine, found]))  # positions of the kept pairs: the serial loop's order
    return dense[:, at].T.reshape(-1, 2), n_mine + n_theirs


def _verify_part(dense: np.ndarray, part: np.ndarray, nodes: np.ndarray, verified: Verified,
                 min_similarity: float) -> tuple[np.ndarray, int, list[tuple[tuple[int, int], float]]]:
    """`verified_edges` over the pairs of `dense` in `part` (whole components): positions of the kept
    pairs in `dense`, how many were scored, and the scores this call added to `verified`'s memo."""
    before = len(verified.memo)
    at = np.flatnonzero(part)
    found, scores = verified_edges(zip(dense[0, at].tolist(), dense[1, at].tolist(), strict=True), len(nodes),
                                   lambda a, b: verified.score(nodes.item(a), nodes.item(b)), min_similarity)
    if not found:
        kept = np.empty(0, np.int64)
    else:  # each (a, b) occurs once: one pair per pair of groups
        code = dense[0, at] * len(nodes) + dense[1, at]
        order = np.argsort(code)
        f = np.array(found, np.int64).reshape(-1, 2)
        kept = at[order[np.searchsorted(code[order], f[:, 0] * len(nodes) + f[:, 1])]]
    added = list(itertools.islice(verified.memo.items(), before, None))  # dicts keep insertion order
    return kept, len(scores), added


def _halves(dense: np.ndarray, n_nodes: int, words: np.ndarray) -> np.ndarray:
    """Which pairs go to the second half: whole connected components, the largest (by the words of their
    pairs, about what verifying them costs) first, each to the half with less work so far."""
    label = smallest_labels(n_nodes, iter([(dense[0], dense[1])]))
    comp = label[dense[0]]
    work = np.bincount(comp, weights=words[dense[0]] + words[dense[1]], minlength=n_nodes)
    comps = np.flatnonzero(work)
    second = np.zeros(n_nodes, dtype=bool)
    load = [0.0, 0.0]
    for c in comps[np.argsort(-work[comps], kind="stable")].tolist():
        side = int(load[1] < load[0])
        second[c] = bool(side)
        load[side] += work[c]
    return second[comp]
