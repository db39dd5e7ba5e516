"""Verified similarity: LSH proposes candidate pairs, the text decides.

`alignment(a, b)` = LCS(a, b) / max(len a, len b) over two passages' match tokens
(`normalize.match_tokens`: lower case, tone placement unified, punctuation dropped), i.e. one minus
the share of words a copy changed, inserted or deleted. Unlike a Jaccard estimate from MinHash it
is exact, keeps word order (independent reports of one event share names and numbers, not long
ordered runs of words), and is not fooled by a sentence split or re-punctuated.

The LCS runs bit-parallel (Allison-Dix / Hyyrö: one big-integer step per word of the longer
passage), so a pair of 100-word passages costs tens of microseconds.

Short passages need more (`similarity`): when the longer of two passages has fewer than
`SHORT_TOKENS` match tokens, the pair must align at `SHORT_MIN_SIMILARITY`. A one-sentence
passage aligning at 0.5 shares ten-odd words, which newsroom formulae alone supply ("Nguyên nhân
vụ việc đang được công an ... điều tra, làm rõ", "Nhận được tin báo, công an ... đã có mặt"); two
such sentences of unrelated stories differ only in a name or two. Medium copies (<= 20 % change)
of short passages still pass; heavy rewrites of one sentence are given up (a few % of heavy
copies, measured on the syndication benchmark's tuning half).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two token sequences."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    masks: dict[str, int] = {}
    for i, w in enumerate(b):
        masks[w] = masks.get(w, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    get = masks.get
    for w in a:
        m = get(w)
        if m is not None:
            u = v & m
            v = ((v + u) | (v - u)) & full
    return len(b) - v.bit_count()


def alignment(a: Sequence[str], b: Sequence[str]) -> float:
    """LCS(a, b) / max(len a, len b): 1.0 for the same words in the same order."""
    if not a or not b:
        return float(not a and not b)
    return lcs_length(a, b) / max(len(a), len(b))


SHORT_TOKENS, SHORT_MIN_SIMILARITY = 25, 0.8


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """`alignment`, or 0.0 for a short pair (longer < SHORT_TOKENS tokens) aligned under SHORT_MIN_SIMILARITY:
    the verified score compared with `min_similarity`."""
    s = alignment(a, b)
    return 0.0 if max(len(a), len(b)) < SHORT_TOKENS and s < SHORT_MIN_SIMILARITY - 1e-9 else s


def could_reach(len_a: int, len_b: int, threshold: float) -> bool:
    """Whether two passages of these lengths can align at `threshold` (LCS <= the shorter)."""
    return min(len_a, len_b) >= threshold * max(len_a, len_b)


def verified_edges(pairs: Iterable[tuple[int, int]], n: int, score: Callable[[int, int], float],
                   threshold: float) -> tuple[list[tuple[int, int]], dict[tuple[int, int], float]]:
    """Candidate pairs of `n` rows decided on the text: (pairs scored >= threshold, every score
    computed). A pair whose rows are already joined through verified pairs is not scored: one
    verified match joins a cluster, so the work stays linear in cluster size."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges, scores = [], {}
    for i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        s = scores[i, j] = score(i, j)
        if s >= threshold:
            parent[max(ri, rj)] = min(ri, rj)
            edges.append((i, j))
    return edges, scores
