"""Arrow schemas of the output tables (the contract downstream users rely on) and of staging."""

from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")
REMOVED = pa.list_(pa.struct([("line", pa.int32()), ("text", pa.string()), ("rule", pa.string())]))

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", TS),
        ("text", pa.string()),
        ("removed", REMOVED),
        ("n_passages", pa.int32()),
        ("n_duplicate_passages", pa.int32()),
        ("content_sha256", pa.string()),
        ("run_id", pa.string()),
        ("processed_at", TS),
        ("published_precision", pa.string()),  # second | minute | day | null (issue 15)
        ("decode_errors", pa.int32()),  # issue 12: bytes replaced by U+FFFD when decoding the file
        # article level (issue 13, `cleaners.doc_copies`): the canonical document this one republishes,
        # the share of its checked passages that copy another document's, the outlets it copies from
        ("duplicate_of", pa.string()),
        ("dup_share", pa.float32()),
        ("copied_from", pa.list_(pa.string())),
        ("input_key", pa.string()),  # what the document was made from: text/HTML and fields (unchanged = skipped)
    ]
)

DOC_LEVEL = ("duplicate_of", "dup_share", "copied_from")  # article-level columns, set by the write stage

PASSAGES = pa.schema(
    [
        ("passage_id", pa.string()),
        ("doc_id", pa.string()),
        ("outlet", pa.string()),
        ("published", TS),
        ("idx", pa.int32()),
        ("text", pa.string()),
        ("n_words", pa.int32()),
        ("cluster_id", pa.string()),
        ("duplicate_of", pa.string()),
        ("similarity", pa.float32()),
        ("published_precision", pa.string()),  # of the document's `published` (issue 15)
    ]
)

REJECTS = pa.schema(
    [
        ("source", pa.string()),
        ("doc_id", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("run_id", pa.string()),
    ]
)

# Staging: raw records waiting for decoding/extraction.
RAW = pa.schema(
    [
        ("source", pa.string()),
        ("doc_id", pa.string()),
        ("order", pa.int64()),
        ("kind", pa.string()),
        ("text", pa.large_string()),
        ("html", pa.large_string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("path", pa.string()),
        ("input_key", pa.string()),
    ]
)

# Staging: documents after extraction and rule cleaning (before learned boilerplate).
EXTRACTED = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", TS),
        ("lines", pa.list_(pa.string())),
        ("line_numbers", pa.list_(pa.int32())),
        ("removed", REMOVED),
        ("content_sha256", pa.string()),
        ("published_precision", pa.string()),
        ("decode_errors", pa.int32()),
        ("input_key", pa.string()),
        # each line's `learned.line_keys` (None: not learnable), computed by extract for documents of a
        # known outlet so that sign does not compute them again (issue 17); null: sign computes them
        ("line_keys", pa.list_(pa.string())),
    ]
)

def conform(t: pa.Table, schema: pa.Schema) -> pa.Table:
    """`t` with `schema`'s columns in order: columns an older shard lacks are added as nulls (what a
    dataset reader shows for them)."""
    cols = [t.column(f.name).cast(f.type) if f.name in t.column_names else pa.nulls(t.num_rows, f.type)
            for f in schema]
    return pa.table(cols, schema=schema)


LINESTATS = pa.schema([("outlet", pa.string()), ("key", pa.string()), ("example", pa.string()), ("doc", pa.string()),
                       ("doc_id", pa.string())])
# One row per (outlet, key, document) that showed the line: a document counts once however often it
# is read (F7), and leaves with its upsert or `forget`. Rows an older version wrote hold a count for
# (outlet, key) with no document (`doc_id`, `doc` null): kept as they are.
LEARNED = pa.schema(
    [
        ("outlet", pa.string()),
        ("key", pa.string()),
        ("n_docs", pa.int64()),
        ("example", pa.string()),
        ("last_seen", TS),
        ("doc_id", pa.string()),
        ("doc", pa.string()),  # SHA-256 of the document's text: equal texts under two ids count once
    ]
)
# versions of a doc_id a newer one replaced (state/superseded.parquet): read again unchanged from
# another file than the stored version's, such a version stays replaced (plan)
SUPERSEDED = pa.schema([("doc_id", pa.string()), ("input_key", pa.string()), ("run_id", pa.string())])

INPUTS = pa.schema(
    [
        ("path", pa.string()),
        ("source", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("sha256", pa.string()),
        ("n_docs", pa.int64()),
        ("run_id", pa.string()),
        ("read_with", pa.string()),  # the field mapping the file was read with; null = defaults (issue 16)
        ("ctime_ns", pa.int64()),  # status change time: size+mtime+ctime unchanged = content not hashed again
    ]
)
