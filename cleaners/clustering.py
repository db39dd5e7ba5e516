"""Near-duplicate clusters: union-find over verified pairs, then one canonical copy per cluster.

Canonical copy: the earliest `published`, then the first processed, whatever the order in which
runs saw them: a late original takes over an earlier run's cluster (its members are re-pointed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from cleaners.minhash import jaccard

T = TypeVar("T")


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


@dataclass
class Clusters:
    """`new[row]`: the assignment of each new passage; `archived[k]`: a new assignment for
    `archived[k]` when its cluster's canonical copy changed (a late original), else absent;
    `whole`: the earlier clusters (cluster ids) of groups that join several of them, decided again
    as one run decides: `archived` must hold every member of each (else fetch them and call again)."""

    new: list[Assignment]
    archived: dict[int, Assignment]
    whole: set[str] = field(default_factory=set)


def regroup(items: Sequence[T], score: Callable[[T, T], float], doc: Callable[[T], str],
            threshold: float) -> list[tuple[T, list[tuple[T, float]]]]:
    """Passages in time order decided as a run decides: each joins the first head before it that it
    verifies against (`score(item, head) >= threshold`, another document), or becomes a head.
    [(head, [(member, score)])]; a head without members is unique."""
    heads: list[tuple[T, list[tuple[T, float]]]] = []
    for x in items:
        for head, joined in heads:
            sim = score(x, head) if doc(x) != doc(head) else 0.0
            if sim >= threshold:
                joined.append((x, sim))
                break
        else:
            heads.append((x, []))
    return heads


def _put(out: Clusters, n: int, node: int, assignment: Assignment) -> None:
    """Record the assignment of a node: a new row (below `n`) or an archived passage."""
    if node < n:
        out.new[node] = assignment
    else:
        out.archived[node - n] = assignment


def _as_one_run(out: Clusters, n: int, nodes: list[int], archived: list[ArchivedPassage], ids: list[str],
                rank: Callable[[int], tuple], score: Callable[[int, int], float], doc: Callable[[int], str],
                threshold: float) -> None:
    """A group of new and earlier passages (every member of its earlier clusters) decided as one run over
    them all decides: the earliest (then first processed) is canonical, each other passage of another
    document that verifies against it joins it, and the rest are regrouped in time order (`regroup`); a
    passage of the canonical's own document is in no cluster. Earlier passages whose cluster or canonical
    copy changes get a new assignment in `out.archived`."""

    def pid(x: int) -> str:
        return ids[x] if x < n else archived[x - n].passage_id

    def put(x: int, assignment: Assignment) -> None:
        if x < n:
            out.new[x] = assignment
            return
        was = archived[x - n]
        # an earlier canonical copy that stays one keeps the null cluster id it was written with (README: coalesce)
        kept_null = was.cluster_id is None and assignment.cluster_id == was.passage_id
        if was.duplicate_of != assignment.duplicate_of or (was.cluster_id != assignment.cluster_id and not kept_null):
            out.archived[x - n] = assignment

    ordered = sorted(nodes, key=rank)
    canon, cid = ordered[0], pid(ordered[0])
    joined, left = [], []
    for x in ordered[1:]:
        if doc(x) == doc(canon):  # a paragraph the canonical's document repeats: no copy of it
            put(x, Assignment(None, None, None))
            continue
        sim = score(x, canon)
        (joined if sim >= threshold else left).append((x, sim))
    put(canon, Assignment(cid, None, None) if joined else Assignment(None, None, None))
    for x, sim in joined:
        put(x, Assignment(cid, cid, round(float(sim), 4)))
    for head, members in regroup([x for x, _ in left], score, doc, threshold):
        hid = pid(head)
        put(head, Assignment(hid, None, None) if members else Assignment(None, None, None))
        for x, sim in members:
            put(x, Assignment(hid, hid, round(float(sim), 4)))


def _rank(published: float | None, order: tuple[int, ...]) -> tuple[bool, float, tuple[int, ...]]:
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
    placed: Sequence[tuple[int, int] | None] | None = None,
) -> Clusters:
    """Cluster new passages (rows of `signatures`, in processing order) among themselves and
    with `archived` ones. `new_edges` pair new rows; `archive_edges` pair a new row with an index
    into `archived`. All edges must already be verified. Nodes are numbered: new rows 0..n-1,
    `archived[k]` is node n + k.

    The canonical copy of a cluster is its earliest published passage, then the first processed
    (archived passages were processed before new ones), whatever the order of arrival:

    * an earlier run's canonical copy stays canonical when no new passage was published before it;
    * a new passage published before it (a late original) becomes canonical when it verifies
      against the old canonical copy (`similarity` >= `threshold`); the whole earlier cluster then
      moves under it: `archived` must hold every member of such a cluster (`Clusters.archived`
      gives their new assignments, `similarity` re-measured against the new canonical copy).

    `placed[row]` (optional): for a new row written back into an earlier run's shard (a document read
    again, README: Upserts), (the number of `archived` passages processed before it, that shard's place):
    it keeps that place in the processing order, as its rows will be read later (ATK12: a re-cleaned
    undated original stays canonical); None for a row processed after every archived passage.

    `similarity(node, canonical)` scores a node against a canonical node; without it, the
    signatures' Jaccard estimate. A new member less similar than `threshold` to the canonical copy
    (reached only through a chain of similar passages, e.g. template lines differing in one name)
    is left out of the cluster; the passages left out (new ones, earlier ones of a moved cluster, new
    ones published before a canonical that stays) are decided again together in time order (`regroup`),
    as one run over them all would. One score per member: linear in cluster size (the regrouping: in the members left out
    times the clusters they form)."""
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

    def sig(node: int) -> np.ndarray:
        return signatures[node] if node < n else archived[node - n].signature

    def score(node: int, canon: int) -> float:
        if similarity is not None:
            return float(similarity(node, canon))
        return float(jaccard(sig(node)[None, :], sig(canon)[None, :])[0])

    docs = [pid.rsplit("#", 1)[0] for pid in ids] + [p.passage_id.rsplit("#", 1)[0] for p in archived]

    def doc(node: int) -> str:  # read once per node (the regroupings ask for it once per pair)
        return docs[node]

    def rank(node: int) -> tuple[bool, float, tuple[int, ...]]:
        if node < n:
            at = placed[node] if placed is not None else None
            # processed after every archived passage, or just before the first archived one after its shard
            return _rank(published[node], (len(archived), 1, 0, node) if at is None else (at[0], -1, at[1], node))
        return _rank(archived[node - n].published, (node - n, 0, 0, 0))  # in the order they were processed

    components: dict[int, list[int]] = defaultdict(list)
    for node in range(n + len(archived)):
        components[uf.find(node)].append(node)

    out = Clusters([Assignment(None, None, None)] * n, {})
    for nodes in components.values():
        new = [x for x in nodes if x < n]
        if not new or len(nodes) < 2:
            continue
        old_canonicals = sorted((x for x in nodes if x >= n and archived[x - n].duplicate_of is None), key=rank)
        if len(old_canonicals) >= 2:  # several earlier clusters joined by new passages (ATK3): as one run decides
            out.whole.update(archived[c - n].cluster_id or archived[c - n].passage_id for c in old_canonicals)
            _as_one_run(out, n, nodes, archived, ids, rank, score, doc, threshold)
            continue
        first_new = min(new, key=rank)
        moved: list[int] = []  # earlier clusters that move under a late original
        if old_canonicals and rank(first_new) < rank(old_canonicals[0]):
            moved = [c for c in old_canonicals if score(c, first_new) >= threshold]
        if old_canonicals and not moved:
            canon = old_canonicals[0]
            canon_id = archived[canon - n].passage_id
            cluster_id = archived[canon - n].cluster_id or canon_id
        else:
            canon = first_new
            canon_id = cluster_id = ids[canon]
        # a passage of the canonical copy's own document is never a copy of it (a paragraph repeated)
        new = [x for x in new if x == canon or doc(x) != doc(canon)]
        # nor is a passage published before it (T5 F12: an earlier run's canonical that does not
        # verify against a re-read original keeps its cluster; the earlier passages make their own)
        early = [x for x in new if canon >= n and rank(x) < rank(canon)]
        taken = set(early)
        new = [x for x in new if x not in taken]
        members = [(x, 1.0 if x == canon else score(x, canon)) for x in new]
        out_new = [x for x, sim in members if x != canon and sim < threshold]
        members = [(x, sim) for x, sim in members if x == canon or sim >= threshold]
        moved_ids = {archived[c - n].passage_id for c in moved}
        left: list[int] = []  # members of a moved cluster that do not verify against the new canonical
        for x in nodes:  # every member of a moved cluster follows its old canonical copy, if it verifies
            if x >= n and (x in moved or archived[x - n].duplicate_of in moved_ids):
                sim = score(x, canon) if doc(x) != doc(canon) else 0.0
                if sim >= threshold:
                    out.archived[x - n] = Assignment(cluster_id, canon_id, round(sim, 4))
                else:
                    left.append(x)
        # the passages left out of the canonical's cluster (reached through a bridge passage, under the bar to
        # the canonical copy; T6 F2) are decided again in time order, as a run decides, new and earlier ones in
        # one pool (ATK3: an earlier member a late original's take-over leaves out joins a new passage it
        # verifies against, as when both come in one run)
        for head, joined in regroup(sorted([*early, *out_new, *left], key=rank), score, doc, threshold):
            hid = ids[head] if head < n else archived[head - n].passage_id
            _put(out, n, head, Assignment(hid, None, None) if joined else Assignment(None, None, None))
            for x, sim in joined:
                _put(out, n, x, Assignment(hid, hid, round(float(sim), 4)))
        if len(members) + (canon >= n) + len(moved) < 2:
            continue  # only the canonical copy is left: no cluster
        for x, sim in members:
            if x == canon:
                out.new[x] = Assignment(cluster_id, None, None)
            else:
                out.new[x] = Assignment(cluster_id, canon_id, round(float(sim), 4))
    return out
