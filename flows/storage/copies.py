"""Cluster changes to earlier rows, and the article-level columns of `documents/` that follow them.

A late original (or a `forget`) changes `cluster_id` / `duplicate_of` / `similarity` of passages
committed by earlier runs; their documents' `n_duplicate_passages`, `duplicate_of`, `dup_share`
and `copied_from` are then computed again from all of their passages. The changed rows are
written into rewritten shards (`apply`), never into a table of their own, so every loader reads
the current answer from `passages/` and `documents/` alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners.doc_copies import doc_of, document_copy
from flows.storage import schemas
from flows.storage.store import OutputStore

PASSAGE_COLUMNS = ("cluster_id", "duplicate_of", "similarity")
DOC_COLUMNS = ("n_duplicate_passages", "duplicate_of", "dup_share", "copied_from")
DOC_FIELDS = pa.schema([schemas.DOCUMENTS.field("doc_id")] + [schemas.DOCUMENTS.field(c) for c in DOC_COLUMNS])


def document_columns(passages: pa.Table, min_words: int, outlet_of: Callable[[str], str | None]) -> pa.Table:
    """Article-level columns (`DOC_FIELDS`) of every document with rows in `passages`
    (columns doc_id, n_words, cluster_id, duplicate_of)."""
    per_doc: dict[str, list[tuple[int, str | None, str | None]]] = defaultdict(list)
    cols = [passages.column(c).to_pylist() for c in ("doc_id", "n_words", "cluster_id", "duplicate_of")]
    for doc, n_words, cluster_id, duplicate_of in zip(*cols, strict=True):
        per_doc[doc].append((n_words or 0, cluster_id, duplicate_of))
    docs = sorted(per_doc)
    found = [document_copy(per_doc[d], min_words, outlet_of) for d in docs]
    return pa.table({
        "doc_id": pa.array(docs, pa.string()),
        "n_duplicate_passages": pa.array([sum(p[2] is not None for p in per_doc[d]) for d in docs], pa.int32()),
        "duplicate_of": pa.array([f.duplicate_of for f in found], pa.string()),
        "dup_share": pa.array([f.dup_share for f in found], pa.float32()),
        "copied_from": pa.array([f.copied_from for f in found], pa.list_(pa.string())),
    }, schema=DOC_FIELDS)


def canonical_docs(passages: pa.Table) -> set[str]:
    """Documents holding the canonical copies that rows of `passages` point at."""
    return {doc_of(p) for p in passages.column("duplicate_of").drop_null().to_pylist()}


def lookup_outlets(store: OutputStore, doc_ids: set[str], known: dict[str, str | None]) -> dict[str, str | None]:
    """`known` plus the outlets of `doc_ids` it lacks, read from `documents/`."""
    out = dict(known)
    missing = sorted(doc_ids - out.keys())
    if not missing:
        return out
    value_set = pa.array(missing, pa.string())
    for shard in store.shards("documents"):
        t = pq.read_table(shard, columns=["doc_id", "outlet"])
        t = t.filter(pc.fill_null(pc.is_in(t.column("doc_id"), value_set=value_set), False))
        out.update(zip(t.column("doc_id").to_pylist(), t.column("outlet").to_pylist(), strict=True))
    return out


def apply(t: pa.Table, key: str, updates: pa.Table | None) -> tuple[pa.Table, bool]:
    """Rows of `t` whose `key` is in `updates` take the update's other columns; (table, changed)."""
    if updates is None or not updates.num_rows or not t.num_rows:
        return t, False
    at = pc.index_in(t.column(key), value_set=updates.column(key))
    hit = pc.is_valid(at)
    if not pc.any(hit).as_py():
        return t, False
    for name in updates.column_names:
        if name == key:
            continue
        new = updates.column(name).combine_chunks().take(at)
        if name in t.column_names:
            k = t.column_names.index(name)
            t = t.set_column(k, name, pc.if_else(hit, new, t.column(name).cast(new.type)))
        else:
            t = t.append_column(name, new)
    return t, True


def earlier_documents(store: OutputStore, changes: pa.Table, min_words: int,
                      known_outlets: dict[str, str | None], also: set[str] = frozenset()) -> pa.Table:
    """Article-level columns of the earlier documents whose passages `changes` (passage_id plus
    `PASSAGE_COLUMNS`) alters, and of the documents in `also`, computed from all their passages
    with the changes applied."""
    docs = {doc_of(p) for p in changes.column("passage_id").to_pylist()} | set(also)
    if not docs:
        return DOC_FIELDS.empty_table()
    affected = pa.array(sorted(docs), pa.string())
    parts = []
    for shard in store.shards("passages"):
        t = pq.read_table(shard, columns=["passage_id", "doc_id", "n_words", *PASSAGE_COLUMNS])
        t = t.filter(pc.fill_null(pc.is_in(t.column("doc_id"), value_set=affected), False))
        if t.num_rows:
            if changes.num_rows:
                t, _ = apply(t, "passage_id", changes.select(["passage_id", *PASSAGE_COLUMNS]))
            parts.append(t.select(["doc_id", "n_words", "cluster_id", "duplicate_of"]))
    if not parts:
        return DOC_FIELDS.empty_table()
    passages = pa.concat_tables(parts)
    outlets = lookup_outlets(store, canonical_docs(passages), known_outlets)
    return document_columns(passages, min_words, outlets.get)
