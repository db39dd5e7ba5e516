"""Input discovery and reading: files and folders to raw records, or reject rows."""

from __future__ import annotations

import csv
import gzip
import hashlib
import itertools
import json
import math
import os
import re
import stat
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO
from uuid import UUID

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash

from cleaners.decode import utf16_without_bom
from flows.storage.folders import walk_folder

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".jsonl.gz": "jsonl",
         ".parquet": "parquet", ".csv": "csv", ".csv.gz": "csv", ".tsv": "tsv", ".tsv.gz": "tsv"}
RECORD_FIELDS = ("id", "text", "html", "url", "outlet", "title", "published")
MAX_JSON_DEPTH = 64  # news records are shallow; deeper lines are rejected before parsing
DECOMPRESSED_FACTOR = 32  # a compressed file may expand to this many times max(size cap, its size), no more
NO_TEXT_HINT_SHARE = 0.9  # a file with at least this share of `no_text` records gets a mapping hint
_STRING_SAMPLE = 2000  # records of a file whose string fields are looked at for the hint


@dataclass(frozen=True)
class InputFile:
    path: str  # absolute
    display: str  # <input folder name>/<relative path>: the `source` users see
    kind: str
    size: int
    mtime_ns: int
    ctime_ns: int = 0  # status change time: moves on every write, and cannot be set back (touch -r)


@dataclass(frozen=True)
class FieldMap:
    """Which record field (JSONL key, Parquet or CSV column) holds each of our fields."""

    id: str = "id"
    text: str = "text"
    html: str = "html"
    url: str = "url"
    outlet: str = "outlet"
    title: str = "title"
    published: str = "published"

    @classmethod
    def of(cls, config: object) -> FieldMap:
        """From a run configuration's `<name>_field` settings."""
        return cls(**{name: getattr(config, f"{name}_field", name) for name in RECORD_FIELDS})

    def flag(self, name: str) -> str:
        return f"--{name}-field"

    def key(self, limits: dict | None = None) -> str | None:
        """The mapping (and the input limits that differ from the defaults) as stored with each
        file's state (None for the defaults): a file read with another mapping or other limits is
        read again, not skipped as unchanged (what a lower cap rejected comes in under a higher one)."""
        changed = {n: getattr(self, n) for n in RECORD_FIELDS if getattr(self, n) != n} | (limits or {})
        return json.dumps(changed, sort_keys=True, ensure_ascii=False) if changed else None


@dataclass
class ReadStats:
    """What reading one file saw: enough to tell a user how to map their fields."""

    records: int = 0
    no_text: int = 0
    string_chars: Counter[str] = field(default_factory=Counter)  # non-empty string field -> total chars
    string_count: Counter[str] = field(default_factory=Counter)
    sampled: int = 0  # records whose string fields were looked at
    not_string: Counter[tuple[str, str]] = field(default_factory=Counter)  # (text/html field, what it held)

    def see_strings(self, values: dict) -> None:
        if self.sampled >= _STRING_SAMPLE:
            return
        self.sampled += 1
        for key, value in values.items():
            if isinstance(value, str) and value.strip():
                # printed in the hint: printable, short, and a bounded number of distinct names
                name = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}",
                                    str(key).encode("utf-8", "backslashreplace").decode())[:60]
                if name in self.string_count or len(self.string_count) < 200:
                    self.string_chars[name] += len(value)
                    self.string_count[name] += 1

    def no_text_hint(self, fields: FieldMap) -> str | None:
        """"records have `body`, `abstract`, `title`: try --text-field body" when most records of
        the file had no text under the mapped names."""
        if not self.records or self.no_text < NO_TEXT_HINT_SHARE * self.records:
            return None
        share = f"{self.no_text:,} of {self.records:,} records have no `{fields.text}` or `{fields.html}` field"
        held = ", ".join(f"`{k}` holds {kind} in {n:,} of them" for (k, kind), n in self.not_string.most_common(2))
        if held:  # the field is there but holds no string (tester: the hint then read as a missing field)
            share = f"{share} as a string: {held}"
        if not self.string_count:
            return f"{share}; make it one string per record" if held else f"{share}, and no other string field either"
        avg = {k: self.string_chars[k] / self.string_count[k] for k in self.string_count}
        names = sorted(avg, key=lambda k: -avg[k])
        mapped = {getattr(fields, n) for n in RECORD_FIELDS}
        best = next((k for k in names if k not in mapped), None)
        if best is None:  # only mapped fields hold strings (an id, a url): none of them is the text
            listed = ", ".join(f"`{k}`" for k in names[:6])
            return (f"{share}; make it one string per record" if held else
                    f"{share}, and no other string field (only {listed})")
        html_like = "html" in best.lower()
        listed = ", ".join(f"`{k}`" for k in names[:6]) + (", ..." if len(names) > 6 else "")
        return f"{share}; records have {listed}: try {fields.flag('html' if html_like else 'text')} {best}"


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
    line_id: str | None = None  # a record without `id`: the id earlier versions gave it by line (not stored)

    def to_row(self) -> dict:  # flat: no deep copy as asdict
        return {name: getattr(self, name) for name in _ROW_FIELDS}


_ROW_FIELDS = tuple(f.name for f in fields(RawRecord) if f.name != "line_id")  # (issue 17: not read per record)


@dataclass(frozen=True)
class Reject:
    source: str
    doc_id: str | None
    reason: str
    detail: str


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for double in (".jsonl.gz", ".csv.gz", ".tsv.gz"):
        if name.endswith(double):
            return KINDS[double]
    return KINDS.get(path.suffix.lower())


def stable_id(source: str) -> str:
    """The document id of a .txt/.html file: a hash of its resolved path, so it does not depend on
    how the path was given on the command line."""
    return xxhash.xxh3_64_hexdigest(source.encode("utf-8"))


def nfc(value: str | None) -> str | None:
    """Unicode NFC: "Tuổi Trẻ" typed precomposed (NFC) or decomposed (NFD, macOS) is one string."""
    return unicodedata.normalize("NFC", value) if value else value


def record_id(path: str, url: str | None, body: str) -> str:
    """The id of a JSONL/Parquet/CSV record without `id`: its `url` when it has one (the article's
    own identity: a corrected version at the same URL upserts), else a hash of its file's resolved
    path and its NFC text (or HTML). Never its line or row: a rolling feed that loses or gains
    lines at the top must not shift ids onto other articles."""
    if url and url.strip():
        return nfc(url.strip())
    key = f"{path}\x00{unicodedata.normalize('NFC', body.strip())}"
    return xxhash.xxh3_64_hexdigest(key.encode("utf-8", "surrogatepass"))


def discover(inputs: list[str], notes: list[str] | None = None) -> tuple[list[InputFile], list[Reject], list[str]]:
    """All supported files under the inputs (recursively, through symlinked folders, hidden files
    ignored), sorted.

    Files of other types inside a folder (README.md, metadata .json, ...) are not inputs: they are
    returned (third item) to be counted, never rejected. A file of another type named directly on
    the command line is rejected as `unsupported_type`. A symlinked folder that loops (a link to a
    folder holding it) is not followed: a line for the run's warnings is added to `notes`. A folder
    that cannot be listed is rejected as `unreadable` (its files are unknown)."""
    files: dict[str, InputFile] = {}
    rejects: list[Reject] = []
    ignored: list[str] = []
    for given in inputs:
        root = Path(given).resolve()
        named = not root.is_dir()  # a file, or a FIFO/socket/device named on the command line
        base = root.parent
        if named:
            candidates = [root]
        else:
            walk = walk_folder(root)
            candidates = sorted(walk.entries)
            if notes is not None:
                notes.extend(f"{link.relative_to(base).as_posix()}: a symbolic link to {target}, a folder holding it "
                             "(a loop): not followed" for link, target in walk.loops)
            # a folder that cannot be listed: what it holds is unknown, so it is a reject itself (it was skipped
            # unseen, with no document, reject or count); once it can be listed, its files are read
            rejects.extend(Reject(_storable(folder.relative_to(base).as_posix()), None, "unreadable",
                                  f"a folder that cannot be listed ({why}): nothing under it was read")
                           for folder, why in walk.unlisted)
        for p in candidates:
            rel = p.relative_to(base)
            # hidden names below the input are left out (the walk skips them); the input's own name never
            # hides it: `run .cache/news` and `run .feed.jsonl` read what they name (they were skipped unseen)
            if not named and any(part.startswith(".") for part in p.relative_to(root).parts):
                continue
            display = rel.as_posix()
            if not _encodable(str(p)):  # a file name that is not UTF-8 cannot be stored in any table
                rejects.append(Reject(_storable(display), None, "bad_file_name",
                                      "the file name is not valid UTF-8: rename the file"))
                continue
            kind = kind_of(p)
            what = _not_a_file(p)
            if what is not None and (named or kind is not None):  # never opened (a FIFO would block)
                reason = "unreadable" if what.startswith("a symbolic link") else "unsupported_type"
                rejects.append(Reject(display, None, reason, what if reason == "unreadable" else f"{what}, not a regular file"))
                continue
            if what is not None:
                ignored.append(display)
                continue
            if kind is not None and not os.access(p, os.R_OK):
                rejects.append(Reject(display, None, "unreadable", "permission denied"))
                continue
            if kind is None:
                if named:
                    rejects.append(Reject(display, None, "unsupported_type", f"not one of {', '.join(KINDS)}"))
                else:
                    ignored.append(display)
                continue
            real = p.resolve()  # a symlinked file found in a folder is its target, as one named directly is
            st = real.stat()
            files.setdefault(str(real), InputFile(str(real), display, kind, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return sorted(files.values(), key=lambda f: f.display), rejects, sorted(set(ignored))


def _storable(display: str) -> str:
    """A path as a table can store it: bytes that are not UTF-8 written as `\\xNN`."""
    return display.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _not_a_file(p: Path) -> str | None:
    """What `p` is when it is no regular file (after symlinks): "a FIFO", "a symbolic link whose
    target does not exist", ...; None for a regular file."""
    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        return "a symbolic link whose target does not exist"
    except OSError as err:
        return f"a file that cannot be looked at ({err.strerror})"
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def same_stat(old: dict | None, f: InputFile) -> bool:
    """The file is as recorded without reading it: same size, mtime and ctime. A write moves ctime
    even when size and mtime are set back (`touch -r`), so the content is hashed again; a copy or a
    chmod moves it too, and then the hash (same) decides."""
    return (old is not None and old["size"] == f.size and old["mtime_ns"] == f.mtime_ns
            and old.get("ctime_ns") == f.ctime_ns)


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# -- one record ----------------------------------------------------------------------------------


class _Unencodable(ValueError):
    pass


def _string(value: object, name: str) -> str | None:
    """A text-like field value as a valid Unicode string (None when absent or not text-like)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError as err:
            raise _Unencodable(f"`{name}` is not valid UTF-8 ({err.reason} at byte {err.start})") from err
    if not isinstance(value, str | int | float | datetime | date) or isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):  # a missing value (NaN) is no id, url, ...
        return None
    text = value if isinstance(value, str) else str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        bad = text[err.start].encode("unicode_escape").decode()
        raise _Unencodable(f"`{name}` holds {bad} at character {err.start:,}, which is not valid Unicode "
                           "(a lone surrogate)", name, text[err.start], err.start) from err
    return text or None


def _not_a_date(value: object) -> bool:
    """A `published` value `_string` gives up on that is there all the same: not absent, not an empty
    string, not a missing number (NaN)."""
    return value is not None and not isinstance(value, str | bytes) and not (
        isinstance(value, float) and math.isnan(value))


def _bytes_note(err: _Unencodable, from_csv: bool) -> str:
    """The reject detail: in a CSV row a lone surrogate U+DC80-U+DCFF is a byte that is not UTF-8
    (read with surrogateescape), which is what to tell the user, not "a lone surrogate"."""
    if not from_csv or len(err.args) < 4 or not 0xDC80 <= ord(err.args[2]) <= 0xDCFF:
        return str(err.args[0])
    name, char, at = err.args[1:4]
    return (f"`{name}` holds the byte 0x{ord(char) - 0xDC00:02X} at character {at:,}, which is not UTF-8 (the file "
            "is in another encoding, e.g. Windows-1252: save it as UTF-8)")


class _InvalidId(ValueError):
    pass


def _kind(value: object) -> str:
    """What a JSON/Parquet value is, in a user's words ("a boolean", "an object", "NaN")."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else "infinite"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return "an empty string" if not value else "only white space"
    if isinstance(value, int | float | Decimal):
        return "a number"
    return f"a value of type {type(value).__name__}"


def id_of(value: object, name: str, blank_is_absent: bool = False) -> str | None:
    """A record's own id: a non-blank string (NFC) or a finite number; None when the field is absent
    (missing, null; a blank CSV cell when `blank_is_absent`). Numbers are one id whatever their type:
    an integral number is its integer (`1`, `1.0` and `"1"` are one id), any other keeps Python's
    shortest spelling (`1.5`). Anything else present (`""`, `true`, an object, a list, NaN) raises
    `_InvalidId`: such a record is rejected rather than given an id from its text, under which an
    edit would become a second document."""
    if value is None:
        return None
    if isinstance(value, UUID):  # a Parquet uuid column (DuckDB, Spark): its canonical spelling (tester ATK10)
        value = str(value)
    if isinstance(value, Decimal):
        if value != value.to_integral_value() and value and float(value) == 0.0:
            raise _InvalidId(f"`{name}` is the number {value}, which a float reads as 0, so it is no id")
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, str | bytes | int | float | datetime | date) \
            or (isinstance(value, float) and not math.isfinite(value)):
        raise _InvalidId(f"`{name}` is {_kind(value)} "
                         f"({json.dumps(value, ensure_ascii=False, default=str)[:40]}), which is no id")
    text = _string(value, name)
    if text is None or not text.strip():
        if blank_is_absent:
            return None
        raise _InvalidId(f"`{name}` is {_kind(text or '')} ({json.dumps(text or '')}), which is no id")
    if bad := _CONTROL.search(text):  # a NUL or a line break cannot be typed to `forget --doc-id`, nor shown in a table
        raise _InvalidId(f"`{name}` holds the control character U+{ord(bad.group()):04X} at character {bad.start() + 1:,} "
                         f"({json.dumps(text, ensure_ascii=False)[:40]}), which is no id")
    return nfc(text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _record(values: dict, source: str, order: int, fm: FieldMap, stats: ReadStats, where: str,
            id_base: str, from_csv: bool = False) -> RawRecord | Reject:
    """One record (JSON object, Parquet row, CSV row) through the field mapping. `id_base` is the
    resolved file path and `#L<line>`/`#row<n>`: its path makes the id of a record without `id` or
    `url` (with the text, see record_id); the whole was that id before (`line_id`). A CSV row
    (`from_csv`) has no null: its blank cells are absent fields, and non-UTF-8 bytes in it come as
    surrogate escapes (see `_decode_lines`)."""
    stats.records += 1  # records parsed (the no-text hint's share is of these)
    try:
        own_id = id_of(values.get(fm.id), fm.id, blank_is_absent=from_csv)
    except _InvalidId as err:
        return Reject(source, None, "invalid_id", f"{where}: {err}: the record is not read; give it a string or "
                      f"number id, or leave `{fm.id}` out (its id then comes from `{fm.url}` or its text)")
    except _Unencodable as err:
        return Reject(source, None, "unencodable", f"{where}: {_bytes_note(err, from_csv)}")
    try:
        got = {name: _string(values.get(getattr(fm, name)), getattr(fm, name))
               for name in RECORD_FIELDS if name != "id"}
    except _Unencodable as err:
        return Reject(source, own_id, "unencodable", f"{where}: {_bytes_note(err, from_csv)}")
    raw_published = values.get(fm.published)
    if got["published"] is None and _not_a_date(raw_published):
        # not a date (true, [], {}, a Parquet duration or time of day): passed on as JSON text, so extract
        # counts it in published_invalid instead of leaving it null unsaid (ATK12)
        got["published"] = json.dumps(raw_published, ensure_ascii=False, default=str)[:200]
    # a body must be a string: NaN, Infinity, 12345, true or an object is no article text (a
    # number would become the document "nan" or "12345")
    not_text = {fm.text: values.get(fm.text), fm.html: values.get(fm.html)}
    not_text = {k: v for k, v in not_text.items() if v is not None and not isinstance(v, str | bytes)}
    for name in ("text", "html"):
        if getattr(fm, name) in not_text:
            got[name] = None
    for name in ("outlet", "title"):  # names users match on: one spelling each (NFC; the id is already)
        got[name] = nfc(got[name])
    if got["outlet"] is not None:  # " baoc.vn " is baoc.vn, as a URL is read stripped (ATK12: a second outlet
        got["outlet"] = got["outlet"].strip() or None  # that `forget --outlet baoc.vn` missed)
    text, html = got["text"], got["html"]
    if not (text and text.strip()) and not (html and html.strip()):
        stats.no_text += 1
        stats.see_strings(values)
        doc_id = own_id or (nfc(got["url"].strip()) if got["url"] and got["url"].strip() else None)
        detail = f"record has neither `{fm.text}` nor `{fm.html}`"
        blank = [f for f in (fm.text, fm.html) if isinstance(values.get(f), str)]
        if blank:  # tester: a field that is there but holds no text is no missing field
            detail += " with text in it (" + ", ".join(f"`{b}` is empty or blank" for b in blank) + ")"
        for k, v in not_text.items():
            stats.not_string[k, _kind(v)] += 1
        if not_text:
            detail += " as a string (" + ", ".join(f"`{k}` is {json.dumps(v, ensure_ascii=False, default=str)[:40]}"
                                                   for k, v in not_text.items()) + ")"
        return Reject(source, doc_id, "no_text", detail)
    kind, body = ("text", text) if text and text.strip() else ("html", html)
    doc_id = own_id or record_id(id_base.rsplit("#", 1)[0], got["url"], body)
    opt = {k: got[k] for k in ("url", "outlet", "title", "published")}
    line_id = None if own_id else stable_id(id_base)
    return RawRecord(source, doc_id, order, kind, **{kind: body}, **opt, line_id=line_id)


def read_records(f: InputFile, max_bytes: int, fields: FieldMap | None = None,
                 stats: ReadStats | None = None) -> Iterator[RawRecord | Reject]:
    """Records of one input file. Text/HTML files yield one record whose bytes the worker reads;
    JSONL, Parquet and CSV/TSV files are parsed here, one record (or reject) per line/row.

    Every record is isolated: one that cannot be read, parsed or encoded becomes one reject row
    naming its file and line, and reading goes on. A text/HTML file larger than `max_bytes` is
    rejected; a record file of any size is streamed: a line (decompressed) longer than `max_bytes`
    is skipped unparsed, in bounded memory, and a compressed file stops being read once it has
    expanded to DECOMPRESSED_FACTOR x the larger of `max_bytes` and its own size."""
    fm = fields or FieldMap()
    stats = stats if stats is not None else ReadStats()
    if f.kind in ("text", "html"):  # one document: the cap is on the file
        if f.size > max_bytes:
            yield Reject(f.display, None, "too_large", f"{f.size:,} bytes > cap of {max_bytes:,}")
        else:
            yield RawRecord(f.display, stable_id(f.path), 0, f.kind, path=f.path)
        return
    n = 0  # a record file that yields nothing at all (empty, header only, 0 rows) is one reject
    try:
        if f.kind == "jsonl":
            records = _read_jsonl(f, fm, stats, max_bytes)
        elif f.kind in ("csv", "tsv"):
            records = _read_csv(f, fm, stats, max_bytes)
        else:
            records = _read_parquet(f, fm, stats)
        folder_outlet = partition_outlet(f.display, fm.outlet)
        for n, rec in enumerate(records, 1):  # noqa: B007 (n counts what was yielded)
            if folder_outlet and isinstance(rec, RawRecord) and rec.outlet is None:
                rec.outlet = folder_outlet
            yield rec
    except (OSError, EOFError, ValueError, zlib.error) as err:  # e.g. not gzip, not parquet at all
        n += 1
        yield Reject(f.display, None, "unreadable", f"{type(err).__name__}: {err}")
    if n == 0:
        yield Reject(f.display, None, "empty", "file has no records")


def partition_outlet(display: str, name: str = "outlet") -> str | None:
    """The outlet a Hive-style folder gives a record file's records (`<name>=vnexpress/part-0.parquet`,
    as pyarrow and Spark write a dataset partitioned by outlet): the deepest such folder of the
    file's `source` (URL-decoded, NFC); None when there is none or it is Hive's null folder."""
    from urllib.parse import unquote

    prefix = f"{name}="
    for part in reversed(display.split("/")[:-1]):
        if part.startswith(prefix):
            value = nfc(unquote(part[len(prefix):]).strip())
            return value if value and value != "__HIVE_DEFAULT_PARTITION__" else None
    return None


class _Lines:
    """Physical lines of a (possibly gzip) file, each at most `max_line` bytes: a longer line is
    skipped in bounded chunks and reported. Counts decompressed bytes against a total cap."""

    def __init__(self, fh: IO[bytes], max_line: int, max_total: int) -> None:
        self.fh, self.max_line, self.max_total = fh, max_line, max_total
        self.lineno = 0
        self.total = 0
        self.too_long: list[tuple[int, int]] = []  # (line, bytes) skipped since the last look

    def __iter__(self) -> Iterator[bytes]:
        while True:
            raw = self.fh.readline(self.max_line + 1)
            if not raw:
                return
            self.lineno += 1
            self.total += len(raw)
            if len(raw) > self.max_line and not raw.endswith(b"\n"):
                size = len(raw)
                while not raw.endswith(b"\n") and self.total <= self.max_total:
                    raw = self.fh.readline(1 << 20)
                    if not raw:
                        break
                    size += len(raw)
                    self.total += len(raw)
                self.too_long.append((self.lineno, size))
                raw = b"\n"
            if self.total > self.max_total:
                raise _TooMuch(self.lineno, self.total)
            yield raw


class _CrEndings:
    """`readline` over a byte stream. When its first line has no LF but a CR (an old-Mac file, lines
    ended by CR alone), every CR, CRLF or LF ends a line and is read as LF, so the `csv` module reads
    its rows, line numbers counting those lines. Any other file is read exactly as it is (a CR inside a
    quoted field of an LF or CRLF file stays)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.cr_only: bool | None = None  # decided by the first line
        self.buffer, self.pos, self.seen = b"", 0, 0  # translated bytes, next line's start, scanned for LF
        self.held = False  # a CR ended the last chunk: its LF (a CRLF) may start the next

    def readline(self, size: int = -1) -> bytes:
        if self.cr_only is None:
            first = self.fh.readline(size)
            self.cr_only = b"\n" not in first and b"\r" in first
            if not self.cr_only:
                return first
            self._add(first)
        if not self.cr_only:
            return self.fh.readline(size)
        limit = size if size is not None and size >= 0 else None
        while True:
            end = self.buffer.find(b"\n", max(self.pos, self.seen))
            self.seen = len(self.buffer) if end < 0 else end
            if end >= 0 or (limit is not None and len(self.buffer) - self.pos >= limit) or not self._fill():
                break
        stop = len(self.buffer) if end < 0 else end + 1
        if limit is not None:
            stop = min(stop, self.pos + limit)
        line, self.pos = self.buffer[self.pos:stop], stop
        return line

    def _fill(self) -> bool:
        chunk = self.fh.read(1 << 16)
        if not chunk:
            if self.held:  # the file ends in CR
                self.held = False
                self.buffer += b"\n"
                return True
            return False
        self._add(chunk)
        return True

    def _add(self, data: bytes) -> None:
        if self.held:
            data, self.held = b"\r" + data, False
        if data.endswith(b"\r"):
            data, self.held = data[:-1], True
        self.seen -= self.pos
        self.buffer, self.pos = self.buffer[self.pos:] + data.replace(b"\r\n", b"\n").replace(b"\r", b"\n"), 0


class _TooMuch(Exception):
    def __init__(self, lineno: int, total: int) -> None:
        super().__init__(f"line {lineno}: the file expanded past {total:,} bytes when decompressed; the rest was not read")
        self.lineno = lineno


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
              (b"\xfe\xff", "utf-16"))


class _Utf8Of:
    """A UTF-16/32 byte stream (with its BOM) read as UTF-8 lines, streamed. Only `\n` ends a
    line (U+2028 inside a JSON string does not); undecodable code units become U+FFFD."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        import io

        self.raw = raw
        self.text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="\n")

    def readline(self, size: int = -1) -> bytes:
        return self.text.readline(size).encode("utf-8", errors="surrogatepass")

    def read(self, size: int = -1) -> bytes:  # (`size` in characters)
        return self.text.read(size).encode("utf-8", errors="surrogatepass")

    def __enter__(self) -> _Utf8Of:
        return self

    def __exit__(self, *exc: object) -> None:
        self.text.close()


def _open(path: str) -> IO[bytes]:
    """The file's bytes, decompressed when it is gzip (by its magic bytes, whatever its name);
    UTF-16/32 with a BOM is re-encoded to UTF-8 as it is read (other text is taken as UTF-8)."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
    raw = gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")  # noqa: SIM115
    head = raw.peek(512)[:512]
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            return _Utf8Of(raw, encoding)  # type: ignore[return-value]
    wide = utf16_without_bom(head)
    if wide is not None:  # UTF-16 with no BOM: read as such, not as NUL-ridden UTF-8 (ATK12)
        return _Utf8Of(raw, wide)  # type: ignore[return-value]
    return raw


def _too_deep(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Nesting depth of a JSON text beyond `limit` (strings ignored), without parsing it."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    arr = np.frombuffer(_JSON_STRING.sub(b'""', raw), dtype=np.uint8)
    step = (np.isin(arr, (ord("["), ord("{"))).astype(np.int64) - np.isin(arr, (ord("]"), ord("}"))))
    return bool(step.size) and int(np.cumsum(step).max()) > limit


_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)


def _read_jsonl(f: InputFile, fm: FieldMap, stats: ReadStats, max_bytes: int) -> Iterator[RawRecord | Reject]:
    with _open(f.path) as fh:
        lines = _Lines(fh, max_bytes, DECOMPRESSED_FACTOR * max(max_bytes, f.size))
        try:
            for raw in lines:
                lineno = lines.lineno
                source = f"{f.display}#L{lineno}"
                if lines.too_long:
                    (n, size), = lines.too_long
                    lines.too_long.clear()
                    yield Reject(source, None, "too_large", f"line {n}: {size:,} bytes > cap of {max_bytes:,} (not parsed)")
                    continue
                if not raw.strip():
                    continue
                record = _json_record(raw, source, lineno, fm, stats, f"{f.path}#L{lineno}")
                if isinstance(record, Reject) and record.reason == "malformed_json" and \
                        b"\r" in (body := raw.rstrip(b"\r\n")):
                    # old Mac line ends (CR alone) where the line does not parse as one object: JSON holds no raw CR
                    # inside a string, so each piece is a line of its own (tester ATK9: a file was one reject)
                    for k, piece in enumerate(body.split(b"\r")):
                        if piece.strip():
                            n = lineno + k
                            yield _json_record(piece, f"{f.display}#L{n}", n, fm, stats, f"{f.path}#L{n}")
                    continue
                yield record
        except _TooMuch as err:
            yield Reject(f"{f.display}#L{err.lineno}", None, "too_large", str(err))
        except (OSError, EOFError, zlib.error) as err:  # corrupt gzip: the lines before are kept
            n = lines.lineno + 1
            yield Reject(f"{f.display}#L{n}", None, "unreadable", f"line {n}: {type(err).__name__}: {err}; "
                         "the rest of the file could not be read")


def _json_record(raw: bytes, source: str, lineno: int, fm: FieldMap, stats: ReadStats,
                 id_base: str) -> RawRecord | Reject:
    where = f"line {lineno}"
    try:
        if _too_deep(raw):
            return Reject(source, None, "malformed_json", f"{where}: nested deeper than {MAX_JSON_DEPTH} levels (not parsed)")
        values = _json_loads(raw)
        if not isinstance(values, dict):
            raise ValueError(f"not a JSON object but {type(values).__name__}")
        twice = _twice(values.keys_seen, fm) if isinstance(values, _KeysTwice) else []
    except (ValueError, UnicodeDecodeError, RecursionError) as err:
        return Reject(source, None, "malformed_json", f"{where}: {str(err)[:200]}")
    if twice:
        named = ", ".join(f"`{k}`" for k in twice)
        return Reject(source, None, "malformed_json", f"{where}: the object has the key {named} more than once, so "
                      "one of those values would be dropped: the record is not read; keep one of them")
    try:
        return _record(values, source, lineno, fm, stats, where, id_base)
    except Exception as err:  # noqa: BLE001 - one odd record must never stop the run
        return Reject(source, None, "unreadable_record", f"{where}: {type(err).__name__}: {str(err)[:200]}")


class _KeysTwice(dict):
    """A JSON object that had a key more than once (json.loads alone would keep the last silently)."""

    keys_seen: list[str]


def _json_object(pairs: list[tuple[str, object]]) -> dict:
    values = dict(pairs)
    if len(values) != len(pairs):
        values = _KeysTwice(values)
        values.keys_seen = [k for k, _ in pairs]
    return values


def _json_float(text: str) -> float | Decimal:
    """A JSON number with a fraction or exponent: a float, or the exact Decimal when the float would
    lose what an id needs (`1.5e-400` is 0.0; `9007199254740993.0` is ...992.0), so such an id is
    rejected or kept exact instead of becoming another document's id."""
    value = float(text)
    if (value == 0.0 and any(c in "123456789" for c in text.lower().split("e")[0])) or \
            (math.isfinite(value) and abs(value) >= 2.0 ** 53 and Decimal(text) != Decimal(value)):
        return Decimal(text)
    return value


_JSON_DECODER = json.JSONDecoder(object_pairs_hook=_json_object, parse_float=_json_float)  # as fast as json.loads


def _json_loads(raw: bytes) -> object:
    """json.loads(raw), but an object with a key twice comes as a `_KeysTwice`."""
    return _JSON_DECODER.decode(raw.decode(json.detect_encoding(raw), "surrogatepass"))


def _read_parquet(f: InputFile, fm: FieldMap, stats: ReadStats) -> Iterator[RawRecord | Reject]:
    pf = pq.ParquetFile(f.path)
    names = pf.schema_arrow.names
    if twice := _twice(names, fm):  # Arrow keeps both columns; a row's dict would keep only the last
        named = ", ".join(f"`{h}`" for h in twice)
        yield Reject(f.display, None, "malformed_parquet",
                     f"the file has more than one column named {named}, so one of those columns would be "
                     "dropped: no row of the file was read; rename the columns and run again")
        return
    wanted = {getattr(fm, n) for n in RECORD_FIELDS}
    columns = [c for c in names if c in wanted]
    row = 0
    for group in range(pf.num_row_groups):  # a damaged row group loses its own rows only
        end = row + pf.metadata.row_group(group).num_rows
        for batch in _group_batches(pf, group, columns):
            if isinstance(batch, Exception):  # rows row+1..end of this group could not be read
                span, why = f"rows{row + 1}-{end}" if end > row + 1 else f"row{end}", " ".join(str(batch).split())
                yield Reject(f"{f.display}#{span}", None, "unreadable",
                             f"rows {row + 1}-{end} (row group {group + 1} of {pf.num_row_groups}) could not be "
                             f"read: {type(batch).__name__}: {why[:200]}; the file's other rows were read")
                row = end
                break
            yield from _parquet_rows(batch, row, f, fm, stats)
            row += batch.num_rows
    _parquet_strings(pf, stats)


def _group_batches(pf: pq.ParquetFile, group: int, columns: list[str]) -> Iterator[pa.RecordBatch | Exception]:
    """The batches of one row group, streamed; a read error ends them, as the exception."""
    batches = pf.iter_batches(batch_size=2048, row_groups=[group], columns=columns)
    while True:
        try:
            yield next(batches)
        except StopIteration:
            return
        except (OSError, ValueError, pa.ArrowException) as err:
            yield err
            return


def _parquet_rows(batch: pa.RecordBatch, row: int, f: InputFile, fm: FieldMap,
                  stats: ReadStats) -> Iterator[RawRecord | Reject]:
    """The records (or rejects) of one batch whose first row is row `row + 1` of the file."""
    try:
        values_list = batch.to_pylist()
    except (UnicodeDecodeError, pa.ArrowException, ValueError):  # isolate the bad row(s)
        values_list = []
        for i in range(batch.num_rows):
            try:
                values_list.append(batch.slice(i, 1).to_pylist()[0])
            except (UnicodeDecodeError, pa.ArrowException, ValueError) as err:
                values_list.append(err)
    for values in values_list:
        row += 1
        source, where = f"{f.display}#row{row}", f"row {row}"
        if isinstance(values, Exception):
            yield Reject(source, None, "unencodable", f"{where}: {type(values).__name__}: {str(values)[:200]}")
            continue
        try:
            yield _record(values, source, row, fm, stats, where, f"{f.path}#row{row}")
        except Exception as err:  # noqa: BLE001 - one odd record must never stop the run
            yield Reject(source, None, "unreadable_record", f"{where}: {type(err).__name__}: {str(err)[:200]}")


def _parquet_strings(pf: pq.ParquetFile, stats: ReadStats) -> None:
    """For the no-text hint: the string columns of the first rows (only read when it is needed)."""
    if not stats.records or stats.no_text < NO_TEXT_HINT_SHARE * stats.records:
        return
    strings = [fl.name for fl in pf.schema_arrow if pa.types.is_string(fl.type) or pa.types.is_large_string(fl.type)]
    stats.string_chars.clear()
    stats.string_count.clear()
    stats.sampled = 0
    try:
        first = next(pf.iter_batches(batch_size=_STRING_SAMPLE, columns=strings), None)
        for values in first.to_pylist() if first is not None else []:
            stats.see_strings(values)
    except (OSError, ValueError, pa.ArrowException):
        pass  # the hint then names no field; the records are already rejected with their reason


def _read_csv(f: InputFile, fm: FieldMap, stats: ReadStats, max_bytes: int) -> Iterator[RawRecord | Reject]:
    """CSV/TSV with a header row, streamed by the `csv` module (quoted fields may span lines).

    A record the `csv` module cannot parse (say an unclosed quote, whose field swallows the next
    lines until a later quote) is one `malformed_csv` reject at its first line; the other lines it
    swallowed are read again one by one, so each is a record or a reject of its own."""
    csv.field_size_limit(max(max_bytes, csv.field_size_limit()))
    with _open(f.path) as raw:
        fh = _CrEndings(raw)  # an old-Mac file, lines ended by CR alone, reads as if they ended in LF
        lines = _Lines(fh, max_bytes, DECOMPRESSED_FACTOR * max(max_bytes, f.size))
        decoded = _decode_lines(iter(lines))
        first = next(decoded, None)
        if first is None:
            return
        if f.kind == "tsv":
            delimiter = "\t"
        else:  # Excel in many locales writes `;` (counted outside quoted names: `"title;sub"` is one name)
            bare = _QUOTED.sub("", first)
            delimiter = ";" if bare.count(";") > bare.count(",") else ","
        # a header written `id, text, outlet`: its rows put a space after each delimiter too, which is
        # no part of the value (tester: the outlet " baoa.vn" and quoted fields read as malformed)
        names = _QUOTED.sub("x", first.rstrip("\r\n")).split(delimiter)
        spaced = delimiter != "\t" and len(names) > 1 and all(n.startswith(" ") for n in names[1:])
        tape = _Tape(itertools.chain([first], decoded))
        reader = csv.reader(tape, delimiter=delimiter, strict=True, skipinitialspace=spaced)
        header: list[str] | None = None
        twice: list[str] = []  # mapped names the header has more than once

        def plain(text: str) -> list[str] | None:
            """A TSV line read without quoting (tab-separated values have none by their
            definition): its fields, when they are as many as the header's, else None. A text that
            starts with a quote (`"Không" là câu trả lời`) is common in news; the `csv` module takes it
            for a quoted field and fails, or joins it with the next lines."""
            if f.kind != "tsv" or header is None:
                return None
            fields = text.rstrip("\r\n").split("\t")
            return fields if len(fields) == len(header) else None

        def one(row: list[str], lineno: int) -> Iterator[RawRecord | Reject]:
            nonlocal header
            source, where = f"{f.display}#L{lineno}", f"line {lineno}"
            if not row:
                return
            if header is None:
                header = [h.strip() for h in row]
                twice.extend(_twice(header, fm))
                return
            if len(row) != len(header):
                yield Reject(source, None, "malformed_csv", f"{where}: {len(row)} fields where the header has {len(header)}")
                return
            if [c.strip() for c in row] == header:  # not a document "text" of id "id"
                yield Reject(source, None, "malformed_csv", f"{where}: the header row again (files joined with `cat`?); "
                             "not a record")
                return
            try:
                yield _record(dict(zip(header, row, strict=True)), source, lineno, fm, stats, where,
                              f"{f.path}#L{lineno}", from_csv=True)
            except Exception as err:  # noqa: BLE001 - one odd record must never stop the run
                yield Reject(source, None, "unreadable_record", f"{where}: {type(err).__name__}: {str(err)[:200]}")

        start = 1
        while True:
            tape.taken.clear()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                if header is None:  # a broken header: no row can be mapped to a name; the file is one reject
                    span = f"lines {start}-{start + len(tape.taken) - 1}" if len(tape.taken) > 1 else f"line {start}"
                    yield Reject(f.display, None, "malformed_csv",
                                 f"line {start}: the header row is broken ({err}; it took in {span}): "
                                 "no line of the file was read; fix the header and run again")
                    return
                swallowed = tape.taken[1:]
                first_row = plain(tape.taken[0]) if tape.taken else None
                if first_row is not None:
                    yield from one(first_row, start)
                else:
                    span = f"line {start + 1}" if len(swallowed) == 1 else f"lines {start + 1}-{start + len(swallowed)}"
                    again = f"; {span}, which the broken field took in, read again one by one" if swallowed else ""
                    yield Reject(f"{f.display}#L{start}", None, "malformed_csv", f"line {start}: {_csv_note(err)}{again}")
                for lineno, text in enumerate(swallowed, start + 1):
                    try:
                        (alone,) = list(csv.reader([text], delimiter=delimiter, strict=True,
                                                   skipinitialspace=spaced)) or [[]]
                    except (csv.Error, ValueError) as line_err:
                        alone = plain(text)
                        if alone is None:
                            yield Reject(f"{f.display}#L{lineno}", None, "malformed_csv",
                                         f"line {lineno}: {_csv_note(line_err)}")
                            continue
                    yield from one(alone, lineno)
                start = reader.line_num + 1
                continue
            except _TooMuch as err:
                yield Reject(f"{f.display}#L{err.lineno}", None, "too_large", str(err))
                return
            except (OSError, EOFError, zlib.error) as err:
                yield Reject(f"{f.display}#L{start}", None, "unreadable", f"line {start}: {type(err).__name__}: {err}; "
                             "the rest of the file could not be read")
                return
            lineno, start = start, reader.line_num + 1
            if header is not None and len(tape.taken) > 1 and all(plain(t) is not None for t in tape.taken):
                # a "quoted field" spanning lines that are each a whole TSV row: rows whose text starts
                # and ends with a quote, not one record holding the next ones
                for n, text in enumerate(tape.taken, lineno):
                    yield from one(plain(text) or [], n)
                continue
            if lines.too_long:
                n, size = lines.too_long[0]
                lines.too_long.clear()
                yield Reject(f"{f.display}#L{n}", None, "too_large", f"line {n}: {size:,} bytes > cap of {max_bytes:,} (not parsed)")
                continue
            yield from one(row, lineno)
            if twice:
                named = ", ".join(f"`{h}`" for h in twice)
                yield Reject(f.display, None, "malformed_csv",
                             f"line {lineno}: the header names {named} more than once, so one of those columns would "
                             "be dropped: no line of the file was read; rename the columns and run again")
                return


_QUOTED = re.compile(r'"[^"]*"?')


def _csv_note(err: Exception) -> str:
    """The `csv` module's message, with what it means when a field starts with a quote it does not close."""
    text = str(err)
    if "expected after '\"'" in text:
        return (f"{text}: a field starts with a double quote but goes on after its closing quote; quote the whole "
                'field and double the quotes inside it ("""Không"" là câu trả lời")')
    return text


def _twice(header: list[str], fm: FieldMap) -> list[str]:
    """Names of mapped fields the header has more than once (a dict of the row keeps only the last)."""
    counts = Counter(header)
    return sorted({getattr(fm, n) for n in RECORD_FIELDS if counts[getattr(fm, n)] > 1})


class _Tape:
    """Lines handed to the `csv` module, remembered since the last `taken.clear()`: the lines of
    the record being parsed (the module reads no further than the record it returns)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.taken: list[str] = []

    def __iter__(self) -> _Tape:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.taken.append(line)
        return line


def _decode_lines(lines: Iterator[bytes]) -> Iterator[str]:
    """UTF-8 (BOM dropped); bytes that are not UTF-8 become lone surrogates, so the row holding
    them is rejected as `unencodable` rather than the whole file."""
    for raw in lines:
        if raw.startswith(b"\xef\xbb\xbf"):  # also a later line's: two files joined with `cat` (ATK12), as in JSONL
            raw = raw[3:]
        yield raw.decode("utf-8", errors="surrogateescape")


_HOST = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+")
MOBILE_PREFIXES = ("www.", "m.", "mobile.", "amp.")  # one site's desktop, mobile and AMP pages are one outlet


def outlet_of(url: str | None) -> str | None:
    """The host of a URL (`http(s)://host/...` or `//host/...`), without a `www.`, `m.`, `mobile.`
    or `amp.` prefix; None when the value is no such URL ("not a url", `javascript:…`, a number)."""
    host = url_host(url)
    if host is None:
        return None
    stripped = True
    while stripped:  # `www.m.site.vn` is site.vn too
        stripped = False
        for prefix in MOBILE_PREFIXES:
            if host.startswith(prefix) and "." in host[len(prefix):]:
                host, stripped = host[len(prefix):], True
    return host


def url_host(url: str | None) -> str | None:
    """The lower-case host of an http(s) or protocol-relative URL with a dotted host name, else None."""
    if not url or not url.strip():
        return None
    from urllib.parse import urlsplit

    url = url.strip().replace("\\", "/")  # as a browser reads an http(s) URL: `https://a.vn\@b.com/` is on a.vn
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if not url[len(scheme) + 1 if scheme else 0:].startswith("//") or scheme not in ("http", "https", ""):
        return None
    host = host.rstrip(".") if host else host  # the fully qualified `baoa.vn.` is baoa.vn
    if host and "xn--" in host:  # an internationalised name in its ASCII form is the same site
        try:
            host = host.encode("ascii").decode("idna").lower()
        except UnicodeError:
            pass
    if not host or not _HOST.fullmatch(host):
        return None
    return unicodedata.normalize("NFC", host)


def file_outlet(source: str) -> str:
    """Outlet of last resort: the file's name without extension."""
    name = unicodedata.normalize("NFC", os.path.basename(source.split("#", 1)[0]))  # macOS names are NFD
    for suffix in (".jsonl.gz", ".csv.gz", ".tsv.gz", *KINDS):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
