"""Per-batch work, run in worker processes: framework-free calls into `cleaners`.

Each function reads one staging file, writes its outputs next to it and returns small counts.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from datetime import tzinfo
from functools import cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from cleaners import dates, token_batch
from cleaners.boilerplate import BoilerplateCleaner
from cleaners.dateline import parse_dateline_precise
from cleaners.dates import DateError, Published
from cleaners.decode import DecodeError, decode_bytes
from cleaners.extract import ExtractError, extract_html
from cleaners.learned import (
    DOC_KEY,
    LearnedPattern,
    document_keys,
    patterns_for,
    pinned_patterns,
    remove_learned,
)
from cleaners.lsh import band_keys, lsh_params
from cleaners.minhash import MinHasher
from cleaners.mojibake import repair_mojibake
from cleaners.normalize import normalize_text
from cleaners.rules import languages, load_rules
from flows.run.lifeline import in_forkserver_preload
from flows.run.short_copies import form_hash
from flows.storage import schemas
from flows.storage.sources import file_outlet, outlet_of


def _write_table(table: pa.Table, path: str) -> None:
    """Write then rename, so a batch retried elsewhere (a worker declared lost) never tears a file. Staging
    files are read once or twice and then dropped: LZ4 without dictionary pages writes and reads in about
    half the CPU of the default (Snappy, dictionaries) at the same size (issue 17)."""
    tmp = f"{path}.{os.getpid()}.tmp"
    pq.write_table(table, tmp, compression="lz4", use_dictionary=False)
    os.replace(tmp, path)


def _save_array(array: np.ndarray, path: str) -> None:
    tmp = f"{path}.{os.getpid()}.tmp.npy"
    np.save(tmp, array)
    os.replace(tmp, path)


@cache
def _cleaner(language: str, keep_captions: bool) -> BoilerplateCleaner:
    """One compiled rule set per worker process (batches reuse it)."""
    return BoilerplateCleaner(load_rules(language), keep_captions=keep_captions)


def warm_parquet() -> None:
    """Read a Parquet file once, so that what a first read imports is imported now: `pyarrow.dataset`, and
    pandas through pyarrow's pandas shim when it is installed (issue 17: 0.2-0.3 CPU s in every worker
    process, each pool's workers and the plan's process, when the forkserver had not done it for them)."""
    import io

    buffer = io.BytesIO()
    pq.write_table(pa.table({"x": pa.array([0], pa.int64())}), buffer)
    # no thread pool: a process that exits after a threaded read aborts now and then on some machines (pyarrow
    # 26: "terminate called without an active exception", 4 in 20 on a 2-core EPYC; CI caught it in the preload test)
    pq.read_table(io.BytesIO(buffer.getvalue()), use_threads=False).to_pylist()


if in_forkserver_preload():  # imported as the forkserver's preload (flows/run/executor.py), not by the run's process:
    try:  # compile the rule tables once, while the run starts up; every worker forks with them (issue 17)
        for _language in languages():
            load_rules(_language)
        token_batch.warm()  # and the word-character table of `cleaners.token_batch` (0.2-0.3 s a process)
        warm_parquet()
    except Exception:  # noqa: BLE001, S110 - a broken table is reported by the worker that needs it
        pass


@cache
def _hasher(num_perm: int, ngram: int) -> MinHasher:
    """One hasher per worker process, so its token-hash cache lives across batches."""
    return MinHasher(num_perm, ngram)


def _value(value: object, zone: tzinfo, invalid: list[str], where: str) -> Published | None:
    try:
        return dates.parse_published(value, zone)
    except DateError as err:
        invalid.append(f"{where}: {err}")
        return None


def published_of(record_value: str | None, html: str | None, url: str | None, dateline: str | None,
                 zone: tzinfo, invalid: list[str]) -> Published | None:
    """The most precise trusted publication time: the record's own field, then the page's meta
    tags, JSON-LD, `<time>`, the day in the record's own URL, the dateline; a bare date only when
    nothing better exists (see `cleaners.dates.best_published`). Never free text of the body
    (trafilatura's/htmldate's guesses are not used) and never a modification time.
    Unreadable/impossible values go to `invalid`."""
    candidates = [_value(record_value, zone, invalid, "record")]
    if html:
        try:
            found = dates.html_date_values(html)
        except Exception as err:  # noqa: BLE001 - odd markup must not fail the batch; other sources remain
            found = []
            invalid.append(f"html metadata: {type(err).__name__}: {str(err)[:200]}")
        candidates += [_value(v, zone, invalid, where) for where, v in found]
        candidates.append(dates.url_date(url, zone))
    if dateline:
        found = parse_dateline_precise(dateline, zone.utcoffset(None).total_seconds() / 3600)
        candidates.append(Published(*found) if found else None)
    return dates.best_published(candidates, zone)


def _reject(rejects: list[dict], rec: dict, reason: str, detail: str) -> None:
    rejects.append({"source": rec["source"], "doc_id": rec["doc_id"], "reason": reason, "detail": detail})


def extract_batch(raw_path: str, settings: dict) -> dict:
    """Decode, extract, normalise and rule-clean one batch of raw records.

    Writes `<batch>.docs.parquet`, `<batch>.linestats.parquet`, `<batch>.rejects.parquet`."""
    base = raw_path.removesuffix(".raw.parquet")
    cleaner = _cleaner(settings["language"], settings["keep_captions"])
    max_bytes = int(settings["max_file_mb"] * 1024 * 1024)
    docs, stats, rejects = [], [], []
    zone = dates.default_zone(settings["language"])
    invalid_dates: list[str] = []
    removed_by_rule: Counter[str] = Counter()
    examples: dict[str, str] = {}
    without_outlet = mojibake_lines = 0
    for rec in pq.read_table(raw_path).to_pylist():
        text, html, meta, decode_errors = rec["text"], rec["html"], {}, 0
        if rec["path"] is not None:
            try:
                with open(rec["path"], "rb") as fh:
                    data = fh.read(max_bytes + 1)
                decoded = decode_bytes(data, html=rec["kind"] == "html")
            except OSError as err:
                _reject(rejects, rec, "unreadable", f"{type(err).__name__}: {err}")
                continue
            except DecodeError as err:
                _reject(rejects, rec, err.reason, err.detail)
                continue
            decode_errors = decoded.errors
            if rec["kind"] == "html":
                html = decoded.text
            else:
                text = decoded.text
        if text is None and html is not None:
            try:
                ex = extract_html(html, url=rec["url"], timeout=settings["extract_timeout"])
            except ExtractError as err:
                _reject(rejects, rec, err.reason, err.detail)
                continue
            text = ex.text
            meta = {"title": ex.title, "published": ex.date, "url": ex.url, "sitename": ex.sitename}
        text, repaired = repair_mojibake(text or "")  # double-encoded UTF-8 lines, in any input path
        mojibake_lines += repaired
        text = normalize_text(text)
        if not text.strip():
            _reject(rejects, rec, "empty", "no text after normalisation")
            continue
        if not any(ch.isalpha() for ch in text):
            reason = "no_content" if html is not None else "empty"
            _reject(rejects, rec, reason, "no letters in the text (markup or symbols only)")
            continue
        longest = max(len(line) for line in text.split("\n"))
        if longest > settings["max_line_chars"]:
            _reject(rejects, rec, "line_too_long", f"a line of {longest:,} characters > cap {settings['max_line_chars']:,}")
            continue
        cleaned = cleaner.clean(text)
        if not cleaned.lines:  # only navigation, share bars, ...: nothing is left to be a document
            gone = "; ".join(f"{r.text[:60]!r} ({r.rule})" for r in cleaned.removed[:5])
            _reject(rejects, rec, "no_content" if html is not None else "empty",
                    f"every line is boilerplate, removed by the rules: {gone}")
            continue
        url = rec["url"] or meta.get("url")
        known = rec["outlet"] or outlet_of(url) or meta.get("sitename")
        outlet = known or file_outlet(rec["source"])
        n_invalid = len(invalid_dates)
        published = published_of(rec["published"], html, rec["url"], cleaned.dateline, zone, invalid_dates)
        invalid_dates[n_invalid:] = [f"{rec['source']}: {e}" for e in invalid_dates[n_invalid:]]
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        removed_by_rule.update(r.rule for r in cleaned.removed)
        for r in cleaned.removed:
            examples.setdefault(r.rule, r.text)
        docs.append(
            {
                "doc_id": rec["doc_id"],
                "source": rec["source"],
                "outlet": outlet,
                "url": url,
                "title": rec["title"] or meta.get("title"),
                "published": published.at if published else None,
                "published_precision": published.precision if published else None,
                "lines": cleaned.lines,
                "line_numbers": cleaned.line_numbers,
                "removed": [{"line": r.line, "text": r.text, "rule": r.rule} for r in cleaned.removed],
                "content_sha256": sha,
                "decode_errors": decode_errors,
                "input_key": rec.get("input_key"),
            }
        )
        if not known:  # the file name is no outlet to learn from: a whole file of records is no site
            without_outlet += 1
            continue
        # `line_keys` of the kept lines (sign reads them, issue 17) and the keys the document teaches: the lines
        # the rules removed are the outlet's template too, they count towards its lines' support (`whole_lines`)
        docs[-1]["line_keys"], taught = document_keys(
            cleaned.lines, cleaned.line_numbers, [(r.line, r.text) for r in cleaned.removed], docs[-1]["title"])
        for key, example in {DOC_KEY: "", **taught}.items():
            stats.append({"outlet": outlet, "key": key, "example": example, "doc": sha, "doc_id": rec["doc_id"]})
    _write_table(pa.Table.from_pylist(docs, schema=schemas.EXTRACTED), f"{base}.docs.parquet")
    _write_table(pa.Table.from_pylist(stats, schema=schemas.LINESTATS), f"{base}.linestats.parquet")
    _write_table(pa.Table.from_pylist(rejects, schema=schemas.REJECTS.remove(4)), f"{base}.rejects.parquet")
    return {
        "documents": len(docs),
        "rejects": dict(Counter(r["reason"] for r in rejects)),
        "removed_by_rule": dict(removed_by_rule),
        "examples": examples,
        "published_invalid": len(invalid_dates),
        "published_invalid_examples": invalid_dates[:3],
        "without_outlet": without_outlet,
        "mojibake_lines_repaired": mojibake_lines,
    }


_LEARNED: dict[str, tuple[tuple[int, int], dict[str, dict[str, LearnedPattern]]]] = {}  # path -> (stat, patterns)


def load_learned(path: str) -> dict[str, dict[str, LearnedPattern]]:
    """The run's learned patterns by outlet and key; read once per process while the file is unchanged (issue 17:
    every sign batch read the whole table again). Callers only read the result."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return {}
    stamp = (st.st_mtime_ns, st.st_size)
    got = _LEARNED.get(path)
    if got is not None and got[0] == stamp:
        return got[1]
    out = _read_learned(path)
    _LEARNED.clear()  # (one run's file at a time)
    _LEARNED[path] = (stamp, out)
    return out


def _read_learned(path: str) -> dict[str, dict[str, LearnedPattern]]:
    out: dict[str, dict[str, LearnedPattern]] = {}
    for row in pq.read_table(path).to_pylist():
        out.setdefault(row["outlet"], {})[row["key"]] = LearnedPattern(
            row["outlet"], row["key"], row["support"], row["example"], row["pinned"], row["anywhere"], row["zone_only"]
        )
    return out


_LOW64 = (1 << 64) - 1


def sign_batch(docs_path: str, learned_path: str, settings: dict) -> dict:
    """Remove learned boilerplate, split passages, compute MinHash signatures and band keys.

    Writes `<batch>.clean.parquet` (documents), `<batch>.passages.parquet`, and for indexed
    passages `<batch>.sig.npy`, `<batch>.keys.npy` and `<batch>.texthash.npy` (128-bit hash of the
    text, two uint64; rows in passage order)."""
    base = docs_path.removesuffix(".docs.parquet")
    learned = load_learned(learned_path)
    hasher = _hasher(settings["num_perm"], settings["ngram"])
    bands, rows = lsh_params(settings["threshold"], settings["num_perm"])
    table = pq.read_table(docs_path)
    cols = {name: table.column(name).to_pylist() for name in ("lines", "line_numbers", "removed", "outlet", "title")}
    all_keys = table.column("line_keys").to_pylist() if "line_keys" in table.column_names else [None] * table.num_rows
    texts: list[str] = []  # every passage of the batch (a kept line), documents in order
    doc_texts, doc_removed, n_passages = [], [], []
    learned_removed: Counter[str] = Counter()
    examples: dict[str, str] = {}
    outlet_patterns: dict[str, tuple[dict[str, LearnedPattern], dict[str, LearnedPattern]]] = {}  # (patterns, pins)
    for lines, numbers, removed, outlet, title, keys in zip(*cols.values(), all_keys, strict=True):
        got = outlet_patterns.get(outlet)
        if got is None:  # once per outlet and batch (issue 17: not per document)
            patterns = patterns_for(learned, outlet)
            got = outlet_patterns[outlet] = (patterns, pinned_patterns(patterns))
        lines, numbers, dropped = remove_learned(lines, numbers, got[0], title, keys, pinned=got[1])
        if dropped:
            removed = sorted(removed + [{"line": r.line, "text": r.text, "rule": r.rule} for r in dropped],
                             key=lambda r: r["line"])
        else:
            removed = sorted(removed, key=lambda r: r["line"])
        learned_removed.update(r.rule for r in dropped)
        for r in dropped:
            examples.setdefault(r.rule, r.text)
        # one passage per kept line (`cleaners.passages.split_passages`), as columns (issue 17: no object per passage)
        texts += lines
        doc_texts.append("\n".join(lines))
        doc_removed.append(removed)
        n_passages.append(len(lines))
    # the whole batch's match tokens at once, as numbers (issue 17: `match_tokens` per passage was half of sign)
    tokens = token_batch.tokenize(texts)
    n_words = tokens.lengths
    indexed = n_words >= settings["min_words"]
    offsets = tokens.offsets()
    # find-duplicates counts short lines by this hash of their form (`short_copies`)
    short_hashes = [form_hash(tokens.tokens(i, offsets)) for i in np.flatnonzero(~indexed).tolist()]
    text_hashes = []
    for i in np.flatnonzero(indexed).tolist():
        h = xxhash.xxh3_128_intdigest(texts[i].encode("utf-8", "surrogatepass"))
        text_hashes.append((h >> 64, h & _LOW64))
    signed_ids = tokens.ids[np.repeat(indexed, n_words)]
    sigs = hasher.signatures_of_hashes(hasher.form_hashes(tokens.forms)[signed_ids], n_words[indexed])
    _save_array(sigs, f"{base}.sig.npy")
    _save_array(band_keys(sigs, bands, rows), f"{base}.keys.npy")
    # equal texts of indexed passages, found by find-duplicates without reading the texts (issue 17)
    _save_array(np.array(text_hashes, dtype=np.uint64).reshape(-1, 2), f"{base}.texthash.npy")
    _save_array(np.array(short_hashes, dtype=np.uint64), f"{base}.shorthash.npy")
    # the document-level columns of each passage, taken from the documents' (no Python object per passage)
    per_doc = np.asarray(n_passages, dtype=np.int64)
    doc_of = np.repeat(np.arange(len(per_doc)), per_doc)
    idx = np.arange(len(texts), dtype=np.int64) - np.repeat(np.cumsum(per_doc) - per_doc, per_doc)
    later = ("n_duplicate_passages", "run_id", "processed_at", *schemas.DOC_LEVEL)  # added by the write stage
    doc_schema = pa.schema([f for f in schemas.DOCUMENTS if f.name not in later])
    computed = {"text": doc_texts, "removed": doc_removed, "n_passages": n_passages}
    _write_table(pa.table({f.name: computed[f.name] if f.name in computed else table.column(f.name).cast(f.type)
                           for f in doc_schema}, schema=doc_schema), f"{base}.clean.parquet")
    passage_schema = pa.schema(
        [f for f in schemas.PASSAGES if f.name not in ("cluster_id", "duplicate_of", "similarity")]
        + [pa.field("indexed", pa.bool_())]
    )
    doc_id = table.column("doc_id").take(doc_of)
    computed = {"passage_id": pc.binary_join_element_wise(doc_id, pc.cast(pa.array(idx), pa.string()), "#"),
                "doc_id": doc_id, "idx": idx, "text": texts, "n_words": n_words, "indexed": indexed}
    _write_table(pa.table({f.name: computed[f.name] if f.name in computed else table.column(f.name).take(doc_of)
                           for f in passage_schema}, schema=passage_schema), f"{base}.passages.parquet")
    return {"passages": len(texts), "indexed": int(indexed.sum()), "removed_by_rule": dict(learned_removed),
            "examples": examples}
