"""Near-duplicate clusters: union-find over verified pairs, then one canonical copy per cluster.

Canonical copy: the earliest `published`, then the first processed. Passages of earlier runs
keep their rows: when new passages join an earlier cluster, the earlier canonical stays.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from cleaners.minhash import jaccard


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class ArchivedPassage:
    """A passage from an earlier run that a new passage may duplicate."""

    passage_id: str
    cluster_id: str | None
    duplicate_of: str | None
    published: float | None  # POSIX seconds
    signature: np.ndarray


@dataclass(frozen=True)
class Assignment:
    cluster_id: str | None
    duplicate_of: str | None
    similarity: float | None


def _rank(published: float | None, order: int) -> tuple[bool, float, int]:
    return (published is None, published or 0.0, order)


def assign_clusters(
    ids: list[str],
    published: list[float | None],
    signatures: np.ndarray,
    new_edges: list[tuple[int, int]],
    archived: list[ArchivedPassage],
    archive_edges: list[tuple[int, int]],
    threshold: float = 0.0,
    similarity: Callable[[int, int], float] | None = None,
) -> list[Assignment]:
    """Cluster new passages (rows of `signatures`, in processing order) among themselves and
    with `archived` ones. `new_edges` pair new rows; `archive_edges` pair a new row with an index
    into `archived`. All edges must already be verified.

    `similarity(row, canonical)` scores a new row against its cluster's canonical copy (a new row,
    or len(ids) + k for `archived[k]`); without it, the signatures' Jaccard estimate. A member
    less similar than `threshold` to the canonical copy (reached only through a chain of similar
    passages, e.g. template lines differing in one name) is left out of the cluster. One score per
    member: linear in cluster size."""
    n = len(ids)
    uf = UnionFind(n + len(archived))
    for i, j in new_edges:
        uf.union(i, j)
    for i, a in archive_edges:
        uf.union(i, n + a)
    by_id = {p.passage_id: n + k for k, p in enumerate(archived)}
    for k, p in enumerate(archived):  # an archived member belongs with its canonical
        if p.duplicate_of in by_id:
            uf.union(n + k, by_id[p.duplicate_of])

    components: dict[int, list[int]] = defaultdict(list)
    for node in range(n + len(archived)):
        components[uf.find(node)].append(node)

    out = [Assignment(None, None, None)] * n
    for nodes in components.values():
        new = [x for x in nodes if x < n]
        if not new or len(nodes) < 2:
            continue
        old_canonicals = [x for x in nodes if x >= n and archived[x - n].duplicate_of is None]
        if old_canonicals:
            canon = min(old_canonicals, key=lambda x: _rank(archived[x - n].published, x))
            canon_id = archived[canon - n].passage_id
            cluster_id = archived[canon - n].cluster_id or canon_id
            canon_sig = archived[canon - n].signature
        else:
            canon = min(new, key=lambda x: _rank(published[x], x))
            canon_id = cluster_id = ids[canon]
            canon_sig = signatures[canon]
        if similarity is not None:
            sims = [1.0 if x == canon else similarity(x, canon) for x in new]
        else:
            sims = jaccard(signatures[new], canon_sig[None, :])
        members = [(x, sim) for x, sim in zip(new, sims, strict=True) if x == canon or sim >= threshold]
        if len(members) + (canon >= n) < 2:
            continue  # only the canonical copy is left: no cluster
        for x, sim in members:
            if x == canon:
                out[x] = Assignment(cluster_id, None, None)
            else:
                out[x] = Assignment(cluster_id, canon_id, round(float(sim), 4))
    return out
