"""Per-batch work, run in worker processes: framework-free calls into `cleaners`.

Each function reads one staging file, writes its outputs next to it and returns small counts.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from datetime import tzinfo
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash

from cleaners import dates
from cleaners.boilerplate import BoilerplateCleaner
from cleaners.dateline import parse_dateline_precise
from cleaners.dates import DateError, Published
from cleaners.decode import DecodeError, decode_bytes
from cleaners.extract import ExtractError, extract_html
from cleaners.learned import LearnedPattern, doc_line_keys, patterns_for, remove_learned
from cleaners.lsh import band_keys, lsh_params
from cleaners.minhash import MinHasher
from cleaners.normalize import normalize_text
from cleaners.passages import split_passages
from cleaners.rules import languages, load_rules
from flows.run.short_copies import form_hash
from flows.storage import schemas
from flows.storage.sources import file_outlet, outlet_of


def _write_table(table: pa.Table, path: str) -> None:
    """Write then rename, so a batch retried elsewhere (a worker declared lost) never tears a file."""
    tmp = f"{path}.{os.getpid()}.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _save_array(array: np.ndarray, path: str) -> None:
    tmp = f"{path}.{os.getpid()}.tmp.npy"
    np.save(tmp, array)
    os.replace(tmp, path)


@cache
def _cleaner(language: str, keep_captions: bool) -> BoilerplateCleaner:
    """One compiled rule set per worker process (batches reuse it)."""
    return BoilerplateCleaner(load_rules(language), keep_captions=keep_captions)


if os.environ.get("NEWSCLEAN_FORKSERVER") == "1":  # imported as the forkserver's preload (flows/run/executor.py):
    try:  # compile the rule tables once, while the run starts up; every worker forks with them (issue 17)
        for _language in languages():
            load_rules(_language)
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
    without_outlet = 0
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
        text = normalize_text(text or "")
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
        for key, example in doc_line_keys(cleaned.lines, docs[-1]["title"]).items():
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
    }


def load_learned(path: str) -> dict[str, dict[str, LearnedPattern]]:
    if not Path(path).exists():
        return {}
    out: dict[str, dict[str, LearnedPattern]] = {}
    for row in pq.read_table(path).to_pylist():
        out.setdefault(row["outlet"], {})[row["key"]] = LearnedPattern(
            row["outlet"], row["key"], row["support"], row["example"], row["pinned"]
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
    docs_out, to_sign, text_hashes, short_hashes = [], [], [], []
    passage_cols: dict[str, list] = {name: [] for name in ("passage_id", "doc_id", "outlet", "published",
                                                           "published_precision", "idx", "text", "n_words", "indexed")}
    learned_removed: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for doc in pq.read_table(docs_path).to_pylist():
        lines, numbers, dropped = remove_learned(doc["lines"], doc["line_numbers"], patterns_for(learned, doc["outlet"]),
                                                 doc["title"])
        removed = sorted(doc["removed"] + [{"line": r.line, "text": r.text, "rule": r.rule} for r in dropped],
                         key=lambda r: r["line"])
        learned_removed.update(r.rule for r in dropped)
        for r in dropped:
            examples.setdefault(r.rule, r.text)
        passages = split_passages(lines)
        # the passage rows as columns (issue 17: no dict per passage)
        n = len(passages)
        for name, value in (("doc_id", doc["doc_id"]), ("outlet", doc["outlet"]), ("published", doc["published"]),
                            ("published_precision", doc["published_precision"])):
            passage_cols[name] += [value] * n
        passage_cols["passage_id"] += [f"{doc['doc_id']}#{p.idx}" for p in passages]
        passage_cols["idx"] += [p.idx for p in passages]
        passage_cols["text"] += [p.text for p in passages]
        passage_cols["n_words"] += [p.n_words for p in passages]
        for p in passages:
            indexed = p.n_words >= settings["min_words"]
            passage_cols["indexed"].append(indexed)
            if not indexed:  # find-duplicates counts short lines by this hash of their form (`short_copies`)
                short_hashes.append(form_hash(p.tokens))
            if indexed:
                to_sign.append(p.tokens)
                h = xxhash.xxh3_128_intdigest(p.text.encode("utf-8", "surrogatepass"))
                text_hashes.append((h >> 64, h & _LOW64))
        docs_out.append(
            {
                "doc_id": doc["doc_id"],
                "source": doc["source"],
                "outlet": doc["outlet"],
                "url": doc["url"],
                "title": doc["title"],
                "published": doc["published"],
                "text": "\n".join(lines),
                "removed": removed,
                "n_passages": len(passages),
                "content_sha256": doc["content_sha256"],
                "published_precision": doc["published_precision"],
                "decode_errors": doc["decode_errors"],
                "input_key": doc.get("input_key"),
            }
        )
    sigs = hasher.signatures(to_sign)
    _save_array(sigs, f"{base}.sig.npy")
    _save_array(band_keys(sigs, bands, rows), f"{base}.keys.npy")
    # equal texts of indexed passages, found by find-duplicates without reading the texts (issue 17)
    _save_array(np.array(text_hashes, dtype=np.uint64).reshape(-1, 2), f"{base}.texthash.npy")
    _save_array(np.array(short_hashes, dtype=np.uint64), f"{base}.shorthash.npy")
    later = ("n_duplicate_passages", "run_id", "processed_at", *schemas.DOC_LEVEL)  # added by the write stage
    doc_schema = pa.schema([f for f in schemas.DOCUMENTS if f.name not in later])
    _write_table(pa.Table.from_pylist(docs_out, schema=doc_schema), f"{base}.clean.parquet")
    passage_schema = pa.schema(
        [f for f in schemas.PASSAGES if f.name not in ("cluster_id", "duplicate_of", "similarity")]
        + [pa.field("indexed", pa.bool_())]
    )
    _write_table(pa.Table.from_pydict({f.name: passage_cols[f.name] for f in passage_schema}, schema=passage_schema),
                 f"{base}.passages.parquet")
    return {"passages": len(passage_cols["passage_id"]), "indexed": len(to_sign), "removed_by_rule": dict(learned_removed),
            "examples": examples}
