"""Input discovery and reading: files and folders to raw records, or reject rows."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import pyarrow.parquet as pq
import xxhash

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".parquet": "parquet"}
RECORD_FIELDS = ("id", "text", "html", "url", "outlet", "title", "published")


@dataclass(frozen=True)
class InputFile:
    path: str  # absolute
    display: str  # <input folder name>/<relative path>: the `source` users see
    kind: str
    size: int
    mtime_ns: int


@dataclass
class RawRecord:
    """One document before decoding/extraction; `data` (bytes) is set for text/html files."""

    source: str
    doc_id: str
    order: int
    kind: str  # text | html
    text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    path: str | None = None  # text/html files: read by the worker

    def to_row(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # flat: no deep copy as asdict


@dataclass(frozen=True)
class Reject:
    source: str
    doc_id: str | None
    reason: str
    detail: str


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl"
    return KINDS.get(path.suffix.lower())


def stable_id(source: str) -> str:
    """A document id for a record without `id`: derived from its file's resolved path (plus
    `#L<line>`/`#row<n>`), so it does not depend on how the path was given on the command line."""
    return xxhash.xxh3_64_hexdigest(source.encode("utf-8"))


def discover(inputs: list[str]) -> tuple[list[InputFile], list[Reject]]:
    """All supported files under the inputs (recursively, hidden files ignored), sorted; files of
    other types are rejected as `unsupported_type`."""
    files: dict[str, InputFile] = {}
    rejects: list[Reject] = []
    for given in inputs:
        root = Path(given).resolve()
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        base = root.parent
        for p in candidates:
            rel = p.relative_to(base)
            if any(part.startswith(".") for part in rel.parts):
                continue
            display = rel.as_posix()
            kind = kind_of(p)
            if kind is None:
                rejects.append(Reject(display, None, "unsupported_type", f"not one of {', '.join(KINDS)}"))
                continue
            st = p.stat()
            files.setdefault(str(p), InputFile(str(p), display, kind, st.st_size, st.st_mtime_ns))
    return sorted(files.values(), key=lambda f: f.display), rejects


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _record(fields: dict, source: str, order: int, id_base: str | None = None) -> RawRecord | Reject:
    doc_id = fields.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else stable_id(id_base or source)
    text, html = fields.get("text"), fields.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        return Reject(source, doc_id, "no_text", "record has neither `text` nor `html`")
    opt = {k: (str(fields[k]) if fields.get(k) not in (None, "") else None) for k in ("url", "outlet", "title", "published")}
    if isinstance(text, str) and text.strip():
        return RawRecord(source, doc_id, order, "text", text=text, **opt)
    return RawRecord(source, doc_id, order, "html", html=html, **opt)


def read_records(f: InputFile, max_bytes: int) -> Iterator[RawRecord | Reject]:
    """Records of one input file. Text/HTML files yield one record whose bytes the worker reads;
    JSONL and Parquet files are parsed here, one record (or reject) per line/row."""
    if f.size > max_bytes:
        yield Reject(f.display, None, "too_large", f"{f.size:,} bytes > cap of {max_bytes:,}")
        return
    if f.kind in ("text", "html"):
        yield RawRecord(f.display, stable_id(f.path), 0, f.kind, path=f.path)
        return
    try:
        if f.kind == "jsonl":
            yield from _read_jsonl(f)
        else:
            yield from _read_parquet(f)
    except (OSError, EOFError, ValueError) as err:  # corrupt gzip / parquet: the rest is lost
        yield Reject(f.display, None, "unreadable", f"{type(err).__name__}: {err}")


def _read_jsonl(f: InputFile) -> Iterator[RawRecord | Reject]:
    opener = gzip.open if f.path.lower().endswith(".gz") else open
    with opener(f.path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            source = f"{f.display}#L{lineno}"
            if not raw.strip():
                continue
            try:
                fields = json.loads(raw)
                if not isinstance(fields, dict):
                    raise ValueError("not a JSON object")
            except (ValueError, UnicodeDecodeError) as err:
                yield Reject(source, None, "malformed_json", f"line {lineno}: {str(err)[:200]}")
                continue
            yield _record(fields, source, lineno, f"{f.path}#L{lineno}")


def _read_parquet(f: InputFile) -> Iterator[RawRecord | Reject]:
    pf = pq.ParquetFile(f.path)
    columns = [c for c in RECORD_FIELDS if c in pf.schema_arrow.names]
    row = 0
    for batch in pf.iter_batches(batch_size=2048, columns=columns):
        for values in batch.to_pylist():
            row += 1
            yield _record(values, f"{f.display}#row{row}", row, f"{f.path}#row{row}")


def outlet_of(url: str | None) -> str | None:
    """The host of a URL, without `www.`."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def file_outlet(source: str) -> str:
    """Outlet of last resort: the file's name without extension."""
    name = os.path.basename(source.split("#", 1)[0])
    for suffix in (".jsonl.gz", ".jsonl", ".parquet", ".html", ".htm", ".txt"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
