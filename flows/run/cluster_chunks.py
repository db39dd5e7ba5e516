"""Clusters and canonical copies decided a group of whole connected components at a time (issue 17).

`cleaners.clustering.assign_clusters` decides each connected component of verified matches on its
own (union-find over the edges it is given, then one canonical copy per component), so calling it
on a few components at a time, with every row and archived passage of those components and their
edges, gives the same assignments as one call over the run, while Python objects exist only for
one chunk. Rows keep their order inside a chunk, and so do archived passages (ties go to the first).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleaners.clustering import ArchivedPassage, Assignment, assign_clusters
from cleaners.clustering import Clusters as ClusterAssignments
from cleaners.dates import rank_seconds
from flows.run.forked import affordable, shared_map
from flows.run.run_passages import RunPassages
from flows.run.within_run import smallest_labels

CLUSTER_CHUNK = 1 << 16  # rows and archived passages per call (whole components; a bigger one alone)
PARALLEL_MEMBERS = 4096  # fewer members are decided in this process alone (see `assign`)
PARALLEL_CHUNK = 256  # the smallest chunk when deciding in two processes
FORK_WAIT = 60.0  # seconds the forked copy may take beyond 4 x this process's own part


@dataclass
class Clusters:
    """Assignments of the member rows (sorted), in member order, and run stats. A cluster id or
    canonical id is kept as a number: a member's position (its passage id), -1 for none, or
    -2 - k for `external[k]` (an earlier run's passage): 20 bytes a member, not two strings."""

    members: np.ndarray
    ids: pa.Array  # passage ids of the members
    cluster_ref: np.ndarray
    duplicate_ref: np.ndarray
    similarity: np.ndarray  # float32, NaN: none
    external: list[str] = field(default_factory=list)
    duplicates: int = 0
    cross_outlet: int = 0
    n_clusters: int = 0
    largest: list[tuple[str, int]] = field(default_factory=list)
    archived: dict[int, Assignment] = field(default_factory=dict)  # new assignments of `archived[k]` (late originals)
    whole: set[str] = field(default_factory=set)  # earlier clusters joined with others: need all their members
    forked_cpu: float = 0.0  # CPU seconds of chunks decided in a forked process

    def strings(self, refs: np.ndarray) -> list[str | None]:
        """The ids that `refs` stand for."""
        out: list[str | None] = [None] * len(refs)
        mine = np.flatnonzero(refs >= 0)
        for at, value in zip(mine.tolist(), self.ids.take(pa.array(refs[mine])).to_pylist(), strict=True):
            out[at] = value
        for at in np.flatnonzero(refs <= -2).tolist():
            out[at] = self.external[-2 - int(refs[at])]
        return out


def _member_columns(run: RunPassages, members: np.ndarray) -> tuple[pa.Array, pa.Array, np.ndarray]:
    """Passage ids and outlets (Arrow) and publication ranks (NaN: none) of the member rows, read
    batch by batch (issue 17: the dates never held for all members, one column joined at a time)."""
    ids, outlets, published = [], [], []
    for _, rows, _ in run.batch_rows(members):
        t = run.table(rows, ["passage_id", "outlet", "published", "published_precision"])
        ranks = [rank_seconds(d, p) for d, p in zip(t.column("published").to_pylist(),
                                                    t.column("published_precision").to_pylist(), strict=True)]
        published.append(np.array([np.nan if r is None else r for r in ranks], dtype=np.float64))
        ids.append(t.column("passage_id").combine_chunks().cast(pa.string()))
        outlets.append(t.column("outlet").combine_chunks().cast(pa.string()))
        del t, ranks
    if not ids:
        return pa.array([], pa.string()), pa.array([], pa.string()), np.empty(0, np.float64)
    ids = pa.concat_arrays(ids)
    outlets = pa.concat_arrays(outlets)
    return ids, outlets, np.concatenate(published)


def _chunks(label: np.ndarray, limit: int) -> Iterator[np.ndarray]:
    """Sorted node lists of groups of whole components (by smallest-node label), about `limit` nodes each."""
    order = np.argsort(label, kind="stable")
    lab = label[order]
    starts = np.flatnonzero(np.concatenate(([True], lab[1:] != lab[:-1])))
    sizes = np.diff(np.append(starts, len(lab)))
    chunk_of_comp = np.cumsum(sizes) // limit  # a component belongs to the chunk where it ends
    bounds = np.flatnonzero(np.diff(chunk_of_comp)) + 1
    for comp_range in np.split(np.arange(len(starts)), bounds):
        if not len(comp_range):
            continue
        a, b = starts[comp_range[0]], (starts[comp_range[-1] + 1] if comp_range[-1] + 1 < len(starts) else len(lab))
        yield np.sort(order[a:b])


def assign(run: RunPassages, members: np.ndarray, edges: np.ndarray, archived: list[ArchivedPassage],
           archive_edges: list[tuple[int, int]], threshold: float,
           similarity: Callable[[int, int], float], arch_outlet: dict[str, str | None],
           limit: int = CLUSTER_CHUNK, workers: int = 1, placed: dict[str, tuple[int, int]] | None = None) -> Clusters:
    """`assign_clusters` over `members` (sorted rows), the within-run `edges` (rows, (k, 2)), `archived`
    and `archive_edges` (row, archived index), a chunk of components at a time.

    With `workers` >= 2, `PARALLEL_MEMBERS` members or more and memory to fork (`forked.affordable`), the
    chunks are smaller (about 64) and decided in this process and a forked copy of it
    (`flows.run.forked.shared_map`), then taken in chunk order as one process takes them: every chunk
    is decided on its own, so the answer is the same.

    `similarity(row, canon)` scores a row against a canonical copy: another row, or
    `len(run) + k` for `archived[k]`.

    `placed`: doc_id -> (how many of `archived` were processed before it, its shard's place), for documents
    written back into an earlier run's shard (`assign_clusters`' `placed`)."""
    m, n = len(members), len(run)
    ids, outlets, published = _member_columns(run, members)
    at = np.full((m, 2), -1, np.int64)  # each member's place among `archived` and its shard's (-1: after them all)
    if placed:
        docs = pc.replace_substring_regex(ids, pattern="#[^#]*$", replacement="")
        hit = pc.index_in(docs, value_set=pa.array(list(placed), pa.string()))
        found = np.flatnonzero(hit.is_valid().to_numpy(zero_copy_only=False))
        at[found] = np.array(list(placed.values()), np.int64).reshape(-1, 2)[hit.take(pa.array(found)).to_numpy()]
    local = np.searchsorted(members, edges).reshape(-1, 2)
    arch = np.array(archive_edges, dtype=np.int64).reshape(-1, 2)
    arch_local = np.stack([np.searchsorted(members, arch[:, 0]), arch[:, 1] + m], axis=1)
    by_id = {p.passage_id: k for k, p in enumerate(archived)}
    links = np.array([(m + k, m + by_id[p.duplicate_of]) for k, p in enumerate(archived) if p.duplicate_of in by_id],
                     dtype=np.int64).reshape(-1, 2)
    every = np.concatenate([local, arch_local, links])
    label = smallest_labels(m + len(archived), iter([(every[:, 0], every[:, 1])]))
    order = np.argsort(label[every[:, 0]], kind="stable")  # edges grouped by component label
    every_sorted, edge_label = every[order], label[every[order][:, 0]]

    cluster_ref, duplicate_ref = np.full(m, -1, np.int64), np.full(m, -1, np.int64)
    sims = np.full(m, np.nan, np.float32)
    external: dict[str, int] = {}

    def ref(value: str | None, here: dict[str, int]) -> int:
        if value is None:
            return -1
        at = here.get(value)
        if at is None:
            at = -2 - external.setdefault(value, len(external))
        return at

    def decide(nodes: np.ndarray) -> ClusterAssignments:
        """`assign_clusters` over one chunk's whole components."""
        new = nodes[nodes < m]
        old = nodes[nodes >= m] - m
        labels_here = np.unique(label[nodes])
        lo = np.searchsorted(edge_label, labels_here, "left")
        hi = np.searchsorted(edge_label, labels_here, "right")
        e = np.concatenate([every_sorted[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True)] or
                           [np.empty((0, 2), np.int64)])
        nn = e[(e[:, 0] < m) & (e[:, 1] < m)]
        na = e[(e[:, 0] < m) & (e[:, 1] >= m)]
        new_edges = np.searchsorted(new, nn).tolist()
        arch_edges = np.stack([np.searchsorted(new, na[:, 0]), np.searchsorted(old, na[:, 1] - m)], axis=1).tolist()
        rows = members[new]
        # chunk-local node -> run row, or len(run) + archived index, as Python ints (issue 17: read once per
        # score, a NumPy scalar and a nested function each time cost more than the memo hit they lead to)
        node = rows.tolist() + (old + n).tolist()

        def sim(x: int, canon: int, node: list[int] = node) -> float:
            return similarity(node[x], node[canon])

        pub = published[new]
        new_ids = ids.take(pa.array(new)).to_pylist() if id_list is None else [id_list[x] for x in new.tolist()]
        here = at[new]  # places among all of `archived`, then among this chunk's (`old` is sorted)
        places = [None if p < 0 else (q, home) for (p, home), q in
                  zip(here.tolist(), np.searchsorted(old, here[:, 0]).tolist(), strict=True)]
        return assign_clusters(new_ids, [None if np.isnan(p) else float(p) for p in pub],
                               run.sig_rows(rows), new_edges, [archived[k] for k in old.tolist()], arch_edges,
                               threshold, sim, places if placed else None)

    sizes: dict[str, list[int]] = {}  # cluster id -> [members, first member row]
    moved_archived: dict[int, Assignment] = {}
    whole: set[str] = set()
    duplicates = cross = 0
    forked_cpu = 0.0
    parallel = workers >= 2 and m >= PARALLEL_MEMBERS and affordable()
    chunks = list(_chunks(label, min(limit, max(PARALLEL_CHUNK, m // 64)) if parallel else limit))
    decided: dict[int, ClusterAssignments] = {}
    id_list: list[str] | None = None
    if parallel and len(chunks) > 1:  # chunks decided in this process and a forked copy, merged in chunk order
        run.load_texts(members)  # read here, once: the fork uses no Arrow (another thread may hold its locks)
        id_list = ids.to_pylist()
        by_size = sorted(range(len(chunks)), key=lambda k: -len(chunks[k]))  # the largest first: the two end together
        decided, forked_cpu = shared_map(lambda k: decide(chunks[k]), by_size, run.staging, FORK_WAIT)
    for c, nodes in enumerate(chunks):
        new = nodes[nodes < m]
        old = nodes[nodes >= m] - m
        result = decided.pop(c, None)
        if result is None:
            result = decide(nodes)
        got = result.new
        moved_archived.update((int(old[k]), a) for k, a in result.archived.items())
        whole |= result.whole
        chunk_ids = ids.take(pa.array(new)).to_pylist()
        chunk_outlets = outlets.take(pa.array(new)).to_pylist()
        id_outlet = dict(zip(chunk_ids, chunk_outlets, strict=True))
        here = {pid: int(p) for pid, p in zip(chunk_ids, new.tolist(), strict=True)}  # id -> member position
        for x, a in enumerate(got):
            if a.cluster_id is None:
                continue
            p = int(new[x])
            cluster_ref[p], duplicate_ref[p] = ref(a.cluster_id, here), ref(a.duplicate_of, here)
            if a.similarity is not None:
                sims[p] = a.similarity
            entry = sizes.get(a.cluster_id)
            if entry is None:
                sizes[a.cluster_id] = [1, int(new[x])]
            else:
                entry[0] += 1
                entry[1] = min(entry[1], int(new[x]))
            if a.duplicate_of is not None:
                duplicates += 1
                cross += (id_outlet.get(a.duplicate_of) or arch_outlet.get(a.duplicate_of)) != chunk_outlets[x]
    # the ten largest, ties to the cluster met first in row order (as `Counter.most_common`)
    largest = [(c, s) for c, (s, _) in heapq.nsmallest(10, sizes.items(), key=lambda kv: (-kv[1][0], kv[1][1]))]
    return Clusters(members, ids, cluster_ref, duplicate_ref, sims, list(external), duplicates, cross, len(sizes),
                    largest, moved_archived, whole, forked_cpu)

