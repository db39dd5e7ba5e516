"""`newsclean forget`: takedowns and undoing a run. Removes documents (by id, outlet or the run
that wrote them) from documents/, passages/, rejects/ and the passage index, re-elects the
canonical copy of every cluster that loses its canonical passage, and records what it removed in a
manifest of kind "forget"; locked, staged and journalled like a run (flows.storage.compact.Maintenance).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners.clustering import regroup
from cleaners.dates import rank_seconds
from cleaners.index import PassageIndex, passage_key
from cleaners.verify import passage_tokens, similarity
from flows.storage import copies, schemas
from flows.storage.compact import Maintenance
from flows.storage.integrity import check_recorded, read_whole, recorded_hashes
from flows.storage.store import OutputStore

_CHANGES = pa.schema([("passage_id", pa.string()), ("cluster_id", pa.string()), ("duplicate_of", pa.string()),
                      ("similarity", pa.float32())])


def _select(store: OutputStore, doc_ids: list[str], outlets: list[str], runs: list[str]) -> set[str]:
    """doc_ids of the current document rows matching any selector (plus ids given that only have
    passages or rejects left)."""
    out = set(doc_ids)
    for shard in store.shards("documents"):
        t = pq.read_table(shard, columns=["doc_id", "outlet", "run_id"])
        hit = pc.or_(pc.is_in(t.column("outlet"), value_set=pa.array(outlets, pa.string())),
                     pc.is_in(t.column("run_id"), value_set=pa.array(runs, pa.string())))
        out.update(t.filter(pc.fill_null(hit, False)).column("doc_id").to_pylist())
    return out


def passages_of(store: OutputStore, doc_ids: set[str]) -> set[str]:
    """Passage ids of `doc_ids` in passages/."""
    value_set = pa.array(sorted(doc_ids), pa.string())
    out: set[str] = set()
    for shard in store.shards("passages"):
        t = pq.read_table(shard, columns=["passage_id", "doc_id"])
        out.update(t.filter(pc.fill_null(pc.is_in(t.column("doc_id"), value_set=value_set), False))
                   .column("passage_id").to_pylist())
    return out


def _lone_canonicals(store: OutputStore, gone_pids: set[str], gone_docs: set[str]) -> set[str]:
    """Canonical passages (not gone) of clusters whose every member is gone."""
    clusters: set[str] = set()
    rows = []
    for shard in store.shards("passages"):
        t = pq.read_table(shard, columns=["passage_id", "doc_id", "cluster_id", "duplicate_of"])
        t = t.filter(pc.is_valid(t.column("cluster_id")))
        rows.append(t)
        gone = t.filter(pc.fill_null(pc.is_in(t.column("passage_id"), value_set=pa.array(sorted(gone_pids), pa.string())),
                                     False))
        clusters.update(c for c, d in zip(gone.column("cluster_id").to_pylist(), gone.column("duplicate_of").to_pylist(),
                                          strict=True) if d is not None and c not in gone_pids)
    if not clusters:
        return set()
    remaining: dict[str, int] = dict.fromkeys(clusters, 0)
    for t in rows:
        for _pid, doc, cid, dup in zip(*(t.column(c).to_pylist() for c in t.column_names), strict=True):
            if cid in remaining and dup is not None and doc not in gone_docs:
                remaining[cid] += 1
    alone = pa.array(sorted(cid for cid, n in remaining.items() if n == 0), pa.string())
    # a canonical whose row has no cluster_id already reads as unique (its copies came in later
    # runs, whose rows alone name the cluster): nothing to change, so nothing to count
    return {pid for t in rows for pid in t.filter(pc.is_in(t.column("passage_id"), value_set=alone))
            .column("passage_id").to_pylist()}


def reelect(store: OutputStore, gone_pids: set[str], gone_docs: set[str], min_similarity: float) -> dict[str, dict]:
    """New cluster_id / duplicate_of / similarity of remaining passages whose cluster lost its
    canonical passage, decided as a run decides: members in time order (earliest published, then
    first processed: the run's `processed_at`, then the row's place in passages/, shard and row, as a
    run keeps its input order; not the id), each joining the first new canonical it verifies against at
    `min_similarity`, or becoming one; a canonical left without members becomes unique.
    {passage_id: {cluster_id, duplicate_of, similarity}}; also {"_reelected": {old canonical:
    first new canonical or None}}."""
    members: dict[str, list[dict]] = {}
    out: dict[str, dict] = {}
    unique = {"cluster_id": None, "duplicate_of": None, "similarity": None}
    # clusters that lose members but keep their canonical copy: one left alone becomes unique
    left = _lone_canonicals(store, gone_pids, gone_docs)
    out.update((pid, dict(unique)) for pid in left)
    for at, shard in enumerate(store.shards("passages")):
        names = pq.read_schema(shard).names
        cols = [c for c in ("passage_id", "doc_id", "published", "published_precision", "text", "cluster_id",
                            "duplicate_of") if c in names]
        t = pq.read_table(shard, columns=cols)
        lost = pc.or_(pc.is_in(t.column("cluster_id"), value_set=pa.array(sorted(gone_pids), pa.string())),
                      pc.is_in(t.column("duplicate_of"), value_set=pa.array(sorted(gone_pids), pa.string())))
        hit = np.flatnonzero(pc.fill_null(lost, False).to_numpy(zero_copy_only=False)).tolist()
        # each row's place (shard, row): the order in which a run processed it (as `_fetch_archived` keeps it)
        for r, i in zip(t.take(pa.array(hit, pa.int64())).to_pylist(), hit, strict=True):
            if r["doc_id"] not in gone_docs:
                members.setdefault(r["cluster_id"] or r["duplicate_of"], []).append({**r, "_at": (at, i)})
    if not members:
        return out
    processed: dict[str, str] = {}
    want = {r["doc_id"] for rs in members.values() for r in rs}
    for shard in store.shards("documents"):
        t = pq.read_table(shard, columns=["doc_id", "processed_at"])
        t = t.filter(pc.is_in(t.column("doc_id"), value_set=pa.array(sorted(want), pa.string())))
        processed.update((d, str(p)) for d, p in zip(t.column("doc_id").to_pylist(),
                                                     t.column("processed_at").to_pylist(), strict=True))

    def order(r: dict) -> tuple:
        at = rank_seconds(r["published"], r.get("published_precision"))
        return (at is None, at or 0.0, processed.get(r["doc_id"], ""), r["_at"])

    elected: dict[str, str | None] = {}
    for old, rs in sorted(members.items()):
        rs = sorted(rs, key=order)
        tokens = [passage_tokens(r["text"]) for r in rs]
        heads = regroup(range(len(rs)), lambda x, h, t=tokens: float(similarity(t[x], t[h])),
                        lambda x, rows=rs: rows[x]["doc_id"], min_similarity - 1e-9)
        for head, joined in heads:
            pid = rs[head]["passage_id"]
            out[pid] = {"cluster_id": pid, "duplicate_of": None, "similarity": None} if joined else dict(unique)
            for x, score in joined:
                out[rs[x]["passage_id"]] = {"cluster_id": pid, "duplicate_of": pid, "similarity": round(score, 4)}
        elected[old] = next((rs[h]["passage_id"] for h, joined in heads if joined), None)
    out["_reelected"] = elected  # type: ignore[assignment]
    return out


def _rewrite_passages(store: OutputStore, shard: Path, gone: pa.Array, changes: pa.Table, dest: Path,
                      recorded: dict[str, str]) -> tuple[bool, int]:
    t, data = read_whole(store, shard, recorded)
    drop = pc.fill_null(pc.is_in(t.column("doc_id"), value_set=gone), False)
    n_drop = pc.sum(drop).as_py() or 0
    t, touched = copies.apply(t.filter(pc.invert(drop)), "passage_id", changes)
    if not n_drop and not touched:
        return False, 0
    check_recorded(store, shard, data, recorded)  # its other rows are copied: never rot signed anew
    pq.write_table(schemas.conform(t, schemas.PASSAGES), dest, compression="zstd", row_group_size=50_000)
    return True, n_drop


def latest_parameters(store: OutputStore) -> dict:
    from flows.storage.integrity import read_manifests

    manifests, _ = read_manifests(store)
    return next((m["parameters"] for m in reversed(manifests) if m.get("parameters")), {})


def open_index_for(store: OutputStore, redis_url: str = "", redis_prefix: str = "") -> PassageIndex:
    """The index the runs of `store` used, with the dedup settings of the latest run (pydantic's ValidationError
    for a malformed Redis URL, RedisIndexError when Redis cannot be used)."""
    from flows.config import RunConfig
    from flows.engines.index import open_index
    params = latest_parameters(store)
    keep = {k: params[k] for k in ("threshold", "ngram", "num_perm", "min_words") if k in params}
    config = RunConfig(output=str(store.root), redis_url=redis_url, redis_prefix=redis_prefix, **keep)
    if config.redis_url:  # unreachable, a password refused, other settings: one line before anything changes
        from flows.engines import redis_index

        redis_index.check(config)
    return open_index(config, store)


def _spellings(names: Iterable[str]) -> list[str]:
    """Each name as given and in NFC: `--outlet "Tuổi Trẻ"` typed decomposed (NFD) still matches."""
    return sorted({form for name in names for form in (name, unicodedata.normalize("NFC", name))})


def _learned_without(store: OutputStore, gone: pa.Array, staging: Path) -> list[tuple[Path, Path]]:
    """The learned line statistics without the forgotten documents' rows (F7: a takedown takes its
    lines' support with it; the patterns follow at the next run)."""
    path = store.state / "learned.parquet"
    if not path.exists() or "doc_id" not in pq.read_schema(path).names:
        return []
    t = pq.read_table(path)
    drop = pc.fill_null(pc.is_in(t.column("doc_id"), value_set=gone), False)
    if not pc.any(drop).as_py():
        return []
    dest = staging / "learned.parquet"
    pq.write_table(t.filter(pc.invert(drop)), dest, compression="zstd")
    return [(dest, path)]


def cleared_keys(store: OutputStore) -> dict[str, str]:
    """doc_id -> the `input_key` a repair cleared (so the next run writes the document again), latest repair last:
    a document forgotten before that run is known by it all the same (tester ATK11: a takedown came back)."""
    from flows.storage.integrity import read_manifests

    out: dict[str, str] = {}
    for m in read_manifests(store)[0]:
        out.update(m.get("cleared_input_keys") or {})
    return out


def forgotten_versions(store: OutputStore) -> dict[str, dict[str, str]]:
    """doc_id -> {`input_key` of a version `forget` removed: that forget's run id}, from the forget
    manifests (those written before the keys were recorded name none)."""
    from flows.storage.integrity import read_manifests

    out: dict[str, dict[str, str]] = {}
    for m in read_manifests(store)[0]:
        if m.get("kind") == "forget":
            for doc_id, key in (m.get("forgot", {}).get("input_keys") or {}).items():
                out.setdefault(doc_id, {})[key] = m["run_id"]
    return out


def unmatched_ids(doc_ids: Iterable[str], found: set[str]) -> list[str]:
    """The ids given (as given) that matched no row in any spelling."""
    return [d for d in doc_ids if not set(_spellings([d])) & found]


def forget(store: OutputStore, index: PassageIndex, doc_ids: list[str] = (), outlets: list[str] = (),
           runs: list[str] = (), wait_lock: float = 0.0) -> dict | None:
    """Remove the selected documents everywhere; returns the forget manifest (None: nothing matched)."""
    with Maintenance(store, "forget", wait_lock) as op:
        # ids and outlets are stored in NFC (as given too: rows an older version wrote unnormalised)
        gone_docs = _select(store, _spellings(doc_ids), _spellings(outlets), list(runs))
        gone = pa.array(sorted(gone_docs), pa.string())
        gone_pids = passages_of(store, gone_docs)
        from flows.config import RunConfig

        params = latest_parameters(store)
        min_sim = float(params.get("min_similarity", RunConfig.model_fields["min_similarity"].default))
        changes = reelect(store, gone_pids, gone_docs, min_sim) if gone_pids else {}
        reelected = changes.pop("_reelected", {})
        moves: list[tuple[Path, Path]] = []
        removed = {"documents": 0, "passages": 0, "rejects": 0}
        found: set[str] = set()  # ids that had document or reject rows
        keys: dict[str, str] = {}  # doc_id -> `input_key` of the removed version: `plan` refuses it unchanged
        change_t = pa.Table.from_pylist([{"passage_id": pid, **c} for pid, c in sorted(changes.items())],
                                        schema=_CHANGES)
        # article-level columns of the documents whose passages were re-pointed, computed again
        min_words = int(params.get("min_words", RunConfig.model_fields["min_words"].default))
        doc_updates = copies.earlier_documents(store, change_t, min_words, {})
        # passages: drop rows, apply re-elections (a shard rewritten is first checked against its recorded SHA-256)
        recorded = recorded_hashes(store)
        for shard in store.shards("passages"):
            dest = op.staging / f"passages--{shard.name}"
            changed, n = _rewrite_passages(store, shard, gone, change_t, dest, recorded)
            if changed:
                moves.append((dest, shard))
                removed["passages"] += n
        cleared = cleared_keys(store)  # keys a repair cleared to have documents written again
        for table in ("rejects", "documents"):
            for shard in store.shards(table):
                t, data = read_whole(store, shard, recorded)
                drop = pc.fill_null(pc.is_in(t.column("doc_id"), value_set=gone), False)
                if table == "rejects" and runs:  # undoing a run also drops its reject rows
                    drop = pc.or_(drop, pc.fill_null(pc.is_in(t.column("run_id"), value_set=pa.array(list(runs),
                                                                                                 pa.string())), False))
                n = pc.sum(drop).as_py() or 0
                found.update(t.filter(drop).column("doc_id").drop_null().to_pylist())
                if table == "documents" and "input_key" in t.column_names:
                    gone_rows = t.filter(drop)
                    keys.update((d, k or cleared[d]) for d, k in zip(gone_rows.column("doc_id").to_pylist(),
                                                                     gone_rows.column("input_key").to_pylist(),
                                                                     strict=True) if k or d in cleared)
                t, fix = t.filter(pc.invert(drop)), False
                if table == "documents":
                    t, fix = copies.apply(t, "doc_id", doc_updates)
                    t = schemas.conform(t, schemas.DOCUMENTS)
                if not n and not fix:
                    continue
                check_recorded(store, shard, data, recorded)
                dest = op.staging / f"{table}--{shard.name}"
                pq.write_table(t, dest, compression="zstd", row_group_size=2_000 if table == "documents" else 50_000)
                moves.append((dest, shard))
                removed[table] += n
        if not any(removed.values()):
            return None
        moves += _learned_without(store, gone, op.staging)
        # the index: one part without the forgotten passages (Redis entries deleted through the interface)
        deletes: list[Path] = []
        if gone_pids:
            pkeys = np.fromiter((passage_key(p) for p in gone_pids), dtype=np.uint64, count=len(gone_pids))
            change = index.remove(op.staging, pkeys)
            if change.part is not None:
                moves.append((change.part, store.index_dir / f"{op.run_id}.arrow"))
            deletes += list(change.replaced)
        found.update(pid.rsplit("#", 1)[0] for pid in gone_pids)  # `<doc_id>#<idx>`
        return op.commit(moves, deletes, {"forgot": {
            "selectors": {"doc_id": list(doc_ids), "outlet": list(outlets), "run": list(runs)},
            "documents": sorted(gone_docs & found), "rows": removed, "passages": len(gone_pids),
            "unmatched": unmatched_ids(doc_ids, found),
            "reelected": dict(sorted(reelected.items())),
            "input_keys": dict(sorted(keys.items())),
        }})

