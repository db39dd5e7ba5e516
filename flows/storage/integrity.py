"""Integrity of an output folder: what the manifests say should be there, a quick check at the
start of each run, `newsclean verify` (full check) and `newsclean repair`.

Each manifest lists, under `shards`, every file its run put in place (new and rewritten table
shards, its index part, the state files) with size, rows and SHA-256, and under `deleted` the
index parts it merged away. Folding the manifests in run order gives the files the folder must
hold now. Manifests written before this existed list only `files` (existence is checked); the
next run records their sizes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.storage.store import TABLES, OutputError, OutputStore, new_run_id

STATE_FILES = ("state/inputs.parquet", "state/learned.parquet", "state/learned_patterns.parquet",
               "state/superseded.parquet")


class DamagedOutputError(OutputError):
    """A file the manifests list is missing or damaged (one-line message naming it)."""


def repair_hint(store: OutputStore) -> str:
    return f"run `newsclean verify {store.root}` for a full check and `newsclean repair {store.root}` to fix it"


def file_info(path: Path) -> dict:
    """Size, rows (Parquet; null for other files) and SHA-256 of a file about to be listed."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    rows = None
    if path.suffix == ".parquet":
        try:
            rows = pq.read_metadata(path).num_rows
        except (OSError, pa.ArrowException):  # damaged footer: the hash says so, rows stay unknown
            rows = None
    return {"size": path.stat().st_size, "rows": rows, "sha256": h.hexdigest()}


def read_manifests(store: OutputStore) -> tuple[list[dict], list[tuple[Path, str]]]:
    """(readable manifests in run order, [(damaged manifest file, reason)])."""
    good, bad = [], []
    for p in sorted(store.manifests.glob("*.json")) if store.manifests.exists() else []:
        try:
            m = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(m, dict) or "run_id" not in m:
                raise ValueError("not a newsclean manifest")
        except (OSError, ValueError) as err:
            bad.append((p, f"{type(err).__name__}: {str(err)[:120]}"))
            continue
        good.append(m)
    return sorted(good, key=lambda m: (m.get("started_at", ""), m["run_id"])), bad


def _drop_input_keys(store: OutputStore, runs: set[str], gone: set[str], staging: Path,
                     cleared: dict[str, str]) -> dict[str, Path]:
    """Clear `documents.input_key` of the documents `runs` wrote, so the next run writes them again
    even when their input is unchanged (their passages may be what was lost). The new shards are
    written into `staging` (committed with the repair's manifest). {shard: staged file}; the keys
    cleared go into `cleared` (doc_id -> key: a `forget` before that run still knows the version)."""
    out = {}
    for shard in store.shards("documents"):
        rel = str(shard.relative_to(store.root))
        if rel in gone or "input_key" not in pq.read_schema(shard).names:
            continue
        t = pq.read_table(shard)
        hit = pc.and_(pc.is_in(t.column("run_id"), value_set=pa.array(sorted(runs), pa.string())),
                      pc.is_valid(t.column("input_key")))
        if not pc.any(hit).as_py():
            continue
        k = t.column_names.index("input_key")
        was = t.filter(hit)
        cleared.update(zip(was.column("doc_id").to_pylist(), was.column("input_key").to_pylist(), strict=True))
        t = t.set_column(k, "input_key", pc.if_else(hit, pa.scalar(None, pa.string()), t.column("input_key")))
        staged = staging / rel
        staged.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(t, staged, compression="zstd", row_group_size=2_000)
        out[rel] = staged
    return out


def expected_files(manifests: Iterable[dict]) -> dict[str, dict | None]:
    """Relative path -> recorded {size, rows, sha256} (None: listed by an older manifest, no size)."""
    out: dict[str, dict | None] = {}
    for m in manifests:
        if "shards" in m:
            out.update(m["shards"])
        else:  # older manifests: table shards (new and rewritten) without sizes
            for rel in [p for key, paths in m.get("files", {}).items() for p in paths]:
                out[rel] = None
        for rel in m.get("deleted", []):
            out.pop(rel, None)
    return out


def _state_problems(store: OutputStore) -> list[str]:
    out = []
    for rel in STATE_FILES:
        path = store.root / rel
        if path.exists():
            try:
                pq.read_metadata(path)
            except (OSError, pa.ArrowException) as err:
                out.append(f"state file {path} is damaged ({type(err).__name__})")
    return out


def quick_check(store: OutputStore) -> None:
    """Start of a run: every listed file exists with its recorded size, manifests and state files
    are readable; raises DamagedOutputError naming the first problem."""
    manifests, bad = read_manifests(store)
    if bad:
        path, why = bad[0]
        raise DamagedOutputError(f"manifest {path} is damaged ({why}); {repair_hint(store)}")
    problems = _state_problems(store)
    for rel, info in expected_files(manifests).items():
        path = store.root / rel
        if not path.exists():
            problems.append(f"{path} is missing (listed by the manifests)")
        elif info is not None and rel not in STATE_FILES and path.stat().st_size != info["size"]:
            problems.append(f"{path} has {path.stat().st_size:,} bytes, the manifests recorded {info['size']:,}")
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise DamagedOutputError(f"damaged output folder: {problems[0]}{more}; {repair_hint(store)}")


def _file_problem(store: OutputStore, rel: str, info: dict | None) -> str | None:
    """What is wrong with one listed file (None: as recorded): missing, unreadable, size, SHA-256 or rows."""
    path = store.root / rel
    if not path.exists():
        return "missing"
    if info is None or rel in STATE_FILES:  # state files: readable is enough (they may be edited)
        try:
            pq.read_metadata(path) if path.suffix == ".parquet" else None
        except (OSError, pa.ArrowException) as err:
            return f"unreadable ({type(err).__name__})"
        return None
    actual = file_info(path) if path.stat().st_size == info["size"] else {"size": path.stat().st_size}
    if actual["size"] != info["size"]:
        return f"{actual['size']:,} bytes, recorded {info['size']:,}"
    if actual["sha256"] != info["sha256"]:
        return "content differs from the recorded SHA-256"
    if info.get("rows") is not None and actual["rows"] != info["rows"]:
        return f"{actual['rows']:,} rows, recorded {info['rows']:,}"
    return None


def recorded_hashes(store: OutputStore) -> dict[str, str]:
    """Relative path -> the SHA-256 the manifests recorded for it (files listed with one)."""
    manifests, _ = read_manifests(store)
    return {rel: info["sha256"] for rel, info in expected_files(manifests).items() if info and info.get("sha256")}


def read_whole(store: OutputStore, path: Path, recorded: dict[str, str]) -> tuple[pa.Table, bytes]:
    """A stored table shard read once, whole: its rows and the bytes they were decoded from, to pass to
    `check_recorded` before its rows are copied (a caller that may not rewrite it hashes only when it does). A file
    that does not decode is checked at once, so its error names it like a run's does."""
    data = path.read_bytes()
    try:
        return pq.read_table(pa.BufferReader(data)), data
    except (OSError, pa.ArrowException):
        check_recorded(store, path, data, recorded)
        raise


def check_recorded(store: OutputStore, path: Path, data: bytes, recorded: dict[str, str]) -> None:
    """Before rows of a stored shard are copied into a rewrite (an upsert's home shard, `forget`, `compact`): its
    bytes as read must be those the manifests recorded. Bit rot of the same size passes the start-of-run size check,
    and more than half of one-bit flips in a zstd Parquet file still decode (a letter changed, a string no longer
    UTF-8); copied into the new file, which gets a fresh SHA-256, the damage would be signed as good and `verify`
    would no longer see it (tester ATK12). Raises DamagedOutputError naming the file, as a run that fails reading
    it does; nothing is committed. A file listed without a hash (an older output) is not checked."""
    want = recorded.get(str(path.relative_to(store.root)))
    if want is not None and hashlib.sha256(data).hexdigest() != want:
        raise DamagedOutputError(f"damaged output folder: {path}: content differs from the recorded SHA-256; "
                                 f"{repair_hint(store)}")


def read_to_copy(store: OutputStore, path: Path, recorded: dict[str, str]) -> pa.Table:
    """The rows of a stored shard about to be copied into a rewrite, its bytes read once and checked against the
    recorded SHA-256 (`check_recorded`)."""
    data = path.read_bytes()
    check_recorded(store, path, data, recorded)
    return pq.read_table(pa.BufferReader(data))


def damage_line(store: OutputStore) -> str | None:
    """The first damaged listed file as one line with the verify/repair hint, or None: what a run that failed on
    reading the folder reports (bit rot of the same size passes the start-of-run size check)."""
    manifests, _ = read_manifests(store)
    for rel, info in expected_files(manifests).items():
        if why := _file_problem(store, rel, info):
            return f"damaged output folder: {store.root / rel}: {why}; {repair_hint(store)}"
    return None


def baseline(store: OutputStore, replaced: set[str]) -> dict[str, dict]:
    """Files present but without a recorded size (an output written before sizes were recorded),
    except those this run replaces: recorded by this run's manifest."""
    manifests, _ = read_manifests(store)
    known = expected_files(manifests)
    candidates = {rel for rel, info in known.items() if info is None}
    index = store.index_dir
    candidates |= {str(p.relative_to(store.root)) for p in (index.iterdir() if index.exists() else [])
                   if p.suffix in (".arrow", ".parquet") and not p.name.startswith(".")}
    candidates |= set(STATE_FILES)
    out = {}
    for rel in sorted(candidates - replaced):
        path = store.root / rel
        if path.exists() and known.get(rel) is None:
            out[rel] = file_info(path)
    return out


# -- full check ---------------------------------------------------------------------------------


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    damaged: dict[str, str] = field(default_factory=dict)  # relative path -> what is wrong


def _listed_files(store: OutputStore) -> set[str]:
    out = {str(p.relative_to(store.root)) for t in TABLES for p in store.shards(t)}
    # any other file a reader of the folder would open (pyarrow.dataset skips names starting with "." or "_"):
    # a stray notes.txt breaks every loader of the table (tester ATK9)
    out |= {str(p.relative_to(store.root)) for t in TABLES if store.table_dir(t).exists()
            for p in store.table_dir(t).iterdir() if p.is_file() and not p.name.startswith((".", "_"))}
    if store.index_dir.exists():
        out |= {str(p.relative_to(store.root)) for p in store.index_dir.iterdir()
                if p.suffix in (".arrow", ".parquet") and not p.name.startswith(".")}
    return out


def verify(store: OutputStore) -> Report:
    """Every listed file: present, same size, rows and SHA-256 as recorded; no duplicate `doc_id`
    or `passage_id`; files the manifests do not list; damaged manifests and state files."""
    rep = Report()
    manifests, bad = read_manifests(store)
    for path, why in bad:
        rep.problems.append(f"manifest {path} is damaged ({why})")
    rep.problems += _state_problems(store)
    expected = expected_files(manifests)
    for rel, info in sorted(expected.items()):
        if why := _file_problem(store, rel, info):
            rep.damaged[rel] = why
    rep.problems += [f"{store.root / rel}: {why}" for rel, why in sorted(rep.damaged.items())]
    unlisted = sorted(_listed_files(store) - set(expected))
    if manifests and any("shards" in m for m in manifests):
        rep.problems += [f"{store.root / rel}: not listed by any manifest" for rel in unlisted]
    for table, key in (("documents", "doc_id"), ("passages", "passage_id")):
        ids = [pq.read_table(p, columns=[key]).column(key) for p in store.shards(table)
               if str(p.relative_to(store.root)) not in rep.damaged]
        if ids:
            col = pa.chunked_array([c for x in ids for c in x.chunks], pa.string())
            n, distinct = len(col), pc.count_distinct(col).as_py()
            if n != distinct:
                rep.problems.append(f"{table}: {n - distinct:,} duplicate {key} rows")
            rep.notes.append(f"{table}: {n:,} rows")
    rep.problems += _passage_count_problems(store, rep.damaged, rep.notes)
    rep.problems += _dedup_problems(store, rep.damaged)
    rep.notes.append(f"{len(expected)} files listed by {len(manifests)} manifests")
    return rep


def _passage_count_problems(store: OutputStore, damaged: dict[str, str], notes: list[str]) -> list[str]:
    """Documents whose `n_passages` differs from their rows in passages/ (a lost shard, say).
    Documents whose input file the next run reads again (after `repair`) are only a note."""
    def readable(table: str, columns: list[str]) -> pa.Table | None:
        parts = [pq.read_table(p, columns=columns) for p in store.shards(table)
                 if str(p.relative_to(store.root)) not in damaged]
        return pa.concat_tables(parts) if parts else None

    docs = readable("documents", ["doc_id", "n_passages", "source"])
    if docs is None or docs.num_rows == 0:
        return []
    passages = readable("passages", ["doc_id"])
    counted = (passages.group_by("doc_id").aggregate([([], "count_all")]) if passages is not None
               else pa.table({"doc_id": pa.array([], pa.string()), "count_all": pa.array([], pa.int64())}))
    at = pc.index_in(docs.column("doc_id"), value_set=counted.column("doc_id"))
    have = pc.fill_null(counted.column("count_all").take(at), 0)
    off = pc.not_equal(docs.column("n_passages").cast(pa.int64()), have)
    if not pc.any(off).as_py():
        return []
    bad = docs.filter(off)
    inputs = store.root / "state/inputs.parquet"
    known, where = set(), {}  # input files recorded as read (a repair's mark, no hash: read again by the next run)
    try:
        if inputs.exists():
            t = pq.read_table(inputs, columns=["path", "source", "sha256"])
            known = set(t.filter(pc.is_valid(t.column("sha256"))).column("source").to_pylist())
            where = dict(zip(t.column("source").to_pylist(), t.column("path").to_pylist(), strict=True))
    except (OSError, pa.ArrowException, KeyError):  # a damaged state file (reported above): every input is read again
        known, where = set(), {}
    files = [s.rsplit("#", 1)[0] for s in bad.column("source").to_pylist()]
    # marked by a repair (no hash): read again by the next run while the file is there; one deleted since cannot be
    # (tester ATK11: the note promised it for good), so that is said instead, naming the file
    pending = pa.array([f not in known for f in files], pa.bool_())
    gone = sorted({where[f] for f in files if f not in known and where.get(f) and not Path(where[f]).exists()})
    if n_pending := pc.sum(pending).as_py() or 0:
        notes.append(f"passages: {n_pending:,} documents miss passage rows; their inputs are read again by the next run"
                     if not gone else
                     f"passages: {n_pending:,} documents miss passage rows; the next run reads their inputs again, "
                     f"except {len(gone):,} input files that are gone (e.g. {gone[0]}): their documents' passages cannot "
                     "be rebuilt until the files are back (or `newsclean forget` those documents)")
    bad = bad.filter(pc.invert(pending))
    n = bad.num_rows
    if not n:
        return []
    example = bad.column("doc_id")[0].as_py()
    return [f"passages: {n:,} documents whose n_passages differs from their passage rows (e.g. {example!r})"]


def _dedup_problems(store: OutputStore, damaged: dict[str, str]) -> list[str]:
    """The dedup record: every `duplicate_of` points at a canonical passage (itself no copy) of
    another document, shares its `cluster_id` and scores at least the lowest `min_similarity` any
    run used; documents' `n_duplicate_passages` and
    `duplicate_of` agree with passages/; a passage with a `cluster_id` that is no copy has at least one
    copy pointing at it. A pointer into a document whose passage rows are missing
    is left to the passage count check."""
    def read(table: str, columns: list[str]) -> list[tuple]:
        rows: list[tuple] = []
        for p in store.shards(table):
            if str(p.relative_to(store.root)) in damaged:
                continue
            names = pq.read_schema(p).names
            t = pq.read_table(p, columns=[c for c in columns if c in names])
            cols = [t.column(c).to_pylist() if c in names else [None] * t.num_rows for c in columns]
            rows.extend(zip(*cols, strict=True))
        return rows

    passages = read("passages", ["passage_id", "doc_id", "cluster_id", "duplicate_of", "similarity"])
    if not passages:
        return []
    canonical_of = {pid: dup for pid, _, _, dup, _ in passages}
    with_rows = {doc for _, doc, _, _, _ in passages}
    manifests, _ = read_manifests(store)
    floor = min((float(m["parameters"]["min_similarity"]) for m in manifests
                 if "min_similarity" in m.get("parameters", {})), default=0.0)
    bad: dict[str, list[str]] = {}
    n_dup: dict[str, int] = {}
    for pid, doc, cluster, dup, sim in passages:
        if dup is None:
            continue
        if sim is None or sim < floor - 1e-4:
            bad.setdefault(f"are copies with a similarity under min_similarity ({floor})", []).append(pid)
        n_dup[doc] = n_dup.get(doc, 0) + 1
        target_doc = dup.rsplit("#", 1)[0]
        if dup not in canonical_of:
            if target_doc in with_rows:
                bad.setdefault("point at a missing passage", []).append(pid)
        elif canonical_of[dup] is not None:
            bad.setdefault("point at a passage that is itself a copy", []).append(pid)
        if target_doc == doc:
            bad.setdefault("are copies of their own document", []).append(pid)
        if cluster != dup:
            bad.setdefault("have a cluster_id other than their canonical passage", []).append(pid)
    # a canonical copy with a cluster_id keeps at least one copy (one left alone becomes unique, as
    # `forget` leaves it); members in a damaged passages shard are not read, so then not checked
    if not any(rel.startswith("passages/") for rel in damaged):
        pointed = {dup for _, _, _, dup, _ in passages if dup is not None}
        for pid, _, cluster, dup, _ in passages:
            if dup is None and cluster is not None and pid not in pointed:
                bad.setdefault("have a cluster_id but no copy points at them (a unique passage's is null)",
                               []).append(pid)
    docs = read("documents", ["doc_id", "n_duplicate_passages", "duplicate_of"])
    doc_ids = {d for d, _, _ in docs}
    for d, count, dup_doc in docs:
        if count is not None and d in with_rows and count != n_dup.get(d, 0):
            bad.setdefault("(documents) have n_duplicate_passages other than their passages say", []).append(d)
        if dup_doc is not None and dup_doc not in doc_ids:
            bad.setdefault("(documents) have a duplicate_of that is no document", []).append(d)
    return [f"dedup: {len(ids):,} rows {what} (e.g. {ids[0]!r})" for what, ids in bad.items()]


# -- repair -------------------------------------------------------------------------------------


def _move_aside(store: OutputStore, rel: str) -> Path | None:
    """Keep a damaged file out of the tables (never deleted): OUTPUT/_damaged/<rel>."""
    src = store.root / rel
    if not src.exists():
        return None
    dest = store.root / "_damaged" / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        dest = dest.with_name(f"{dest.name}.{datetime.now(UTC):%Y%m%dT%H%M%S}")
    os.replace(src, dest)
    return dest


def _reads(path: Path) -> bool:
    """The whole file reads as Parquet / Arrow IPC."""
    try:
        if path.suffix == ".parquet":
            pq.read_table(path)
        else:
            with pa.memory_map(str(path)) as source:
                pa.ipc.open_file(source).read_all()
    except (OSError, pa.ArrowException):
        return False
    return True


def _runs_touching(manifests: list[dict], rel: str) -> set[str]:
    """Runs whose rows may be in the table shard `rel` (the run that wrote it, runs that rewrote it)."""
    runs = {Path(rel).stem}
    for m in manifests:
        if rel in m.get("shards", {}) or rel in m.get("files", {}).get("rewritten", []):
            runs.add(m["run_id"])
            runs.update(m.get("recovered_runs", []))  # a repair kept this shard for runs whose manifest was lost
        for old in m.get("compacted", {}).get("replaced", {}).get(rel, []):  # a merged shard: its sources' runs
            runs |= _runs_touching(manifests, old)
    return runs


def _unrecorded_runs(store: OutputStore, manifests: list[dict]) -> set[str]:
    """Runs that read inputs but whose manifest is gone: any shard may hold their rows (an upsert rewrites
    an earlier run's shard), so a lost shard's inputs include theirs (tester: a deleted manifest)."""
    inputs = store.root / "state/inputs.parquet"
    try:
        if not inputs.exists() or "run_id" not in pq.read_schema(inputs).names:
            return set()
        ran = set(pq.read_table(inputs, columns=["run_id"]).column("run_id").drop_null().to_pylist())
    except (OSError, pa.ArrowException):  # a damaged state file: repaired on its own (every input read again)
        return set()
    known = {m.get("run_id") for m in manifests} | {r for m in manifests for r in m.get("recovered_runs", [])}
    return ran - known


def _rebuild_index(store: OutputStore, manifests: list[dict], dest: Path) -> int:
    """Band keys of every indexed passage (n_words >= min_words), from the passages shards, with
    the dedup settings of the latest run. Returns the passages indexed."""
    import numpy as np

    from cleaners import index as lsh_index
    from cleaners.lsh import band_keys, lsh_params
    from cleaners.minhash import MinHasher
    from cleaners.normalize import match_tokens
    from flows.config import RunConfig

    params = next((m["parameters"] for m in reversed(manifests) if m.get("parameters")), {})
    default = {k: f.default for k, f in RunConfig.model_fields.items()}  # manifests from before parameters
    num_perm, ngram = int(params.get("num_perm", default["num_perm"])), int(params.get("ngram", default["ngram"]))
    threshold = float(params.get("threshold", default["threshold"]))
    min_words = int(params.get("min_words", default["min_words"]))
    bands, rows = lsh_params(threshold, num_perm)
    hasher = MinHasher(num_perm, ngram)
    keys_parts, pkeys_parts = [], []
    for shard in store.shards("passages"):
        t = pq.read_table(shard, columns=["passage_id", "text", "n_words"])
        t = t.filter(pc.greater_equal(t.column("n_words"), min_words))
        if t.num_rows == 0:
            continue
        sigs = hasher.signatures([match_tokens(x) or ["\u2205"] for x in t.column("text").to_pylist()])
        keys_parts.append(band_keys(sigs, bands, rows))
        pkeys_parts.append(np.fromiter((lsh_index.passage_key(p) for p in t.column("passage_id").to_pylist()),
                                       dtype=np.uint64, count=t.num_rows))
    keys = np.concatenate(keys_parts) if keys_parts else np.empty((0, bands), np.uint32)
    pkeys = np.concatenate(pkeys_parts) if pkeys_parts else np.empty(0, np.uint64)
    lsh_index.write_part(dest, keys, pkeys)
    return len(pkeys)


def repair(store: OutputStore) -> list[str]:
    """Fix what verify found, from the tables only (never guessing rows); call with the lock held.

    * damaged manifests, damaged table shards and table shards no manifest lists (a stray copy
      would show rows twice): moved to `_damaged/` (readers no longer see them); a shard named
      for the run of a damaged manifest is kept when it reads fine;
    * a table shard missing or damaged: the input files of every run that wrote rows into it are
      marked in `state/inputs.parquet` (no hash), so the next run reads them again as changed files
      (upserts: no duplicate documents, their earlier reject rows replaced);
    * an index part missing or damaged: the whole index is rebuilt from the passages shards;
    * a damaged state file: inputs state dropped (every input is read again), learned
      statistics moved aside (learning starts over).
    A repair manifest records the result, so the start-of-run check passes."""
    actions: list[str] = []
    run_id = new_run_id("repair")
    staging = store.new_staging(run_id)
    staged: dict[str, Path] = {}  # relative path -> the new file, written in staging
    manifests, bad = read_manifests(store)
    for path, _ in bad:
        dest = _move_aside(store, str(path.relative_to(store.root)))
        actions.append(f"moved damaged manifest {path.name} to {dest}")
    rep = verify(store)
    before = expected_files(manifests)
    deleted, forget_runs = [], set()
    rebuild_index = False
    adopted = set()
    # runs that read inputs but whose manifest is gone (deleted): like a damaged manifest, it may have listed
    # their own shards and the later sizes of the shards they rewrote (upserts), so those that read fine are kept
    lost = _unrecorded_runs(store, manifests)
    if lost:
        actions.append(f"run(s) {', '.join(sorted(lost))} read inputs but have no manifest: their files that read "
                       "fine are kept")
    if bad or lost:  # a lost or damaged manifest may have recorded the latest size of a file: keep those that read fine
        adopted = {rel for rel, why in rep.damaged.items() if why != "missing" and _reads(store.root / rel)}
        actions += [f"{rel} changed since the last readable manifest but reads fine: kept" for rel in sorted(adopted)]
    for rel in sorted(set(rep.damaged) - adopted):
        dest = _move_aside(store, rel)
        deleted.append(rel)
        what = "missing" if dest is None else f"damaged, moved to {dest}"
        if rel.startswith("state/index/"):
            rebuild_index = True
            actions.append(f"index part {rel} {what}: rebuilding the index from the passages")
        elif rel == "state/inputs.parquet":
            actions.append(f"{rel} {what}: every input will be read again (upserts: no copies)")
        elif rel == "state/superseded.parquet":
            actions.append(f"{rel} {what}: versions replaced before are no longer known as replaced")
        elif rel in STATE_FILES:
            actions.append(f"{rel} {what}: learned boilerplate statistics start over")
        else:
            runs = _runs_touching(manifests, rel) | _unrecorded_runs(store, manifests)
            forget_runs |= runs
            actions.append(f"{rel} {what}: inputs of run(s) {', '.join(sorted(runs))} will be read again")
    # damaged state files
    for rel in STATE_FILES:
        path = store.root / rel
        if not path.exists():
            continue
        try:
            pq.read_metadata(path)
        except (OSError, pa.ArrowException):
            dest = _move_aside(store, rel)
            deleted.append(rel)
            actions.append(f"{rel} damaged, moved to {dest}" + (": every input will be read again" if
                                                                  rel == "state/inputs.parquet" else ""))
    inputs = store.root / "state/inputs.parquet"
    if forget_runs and inputs.exists():
        # marked (no hash), not dropped: the next run reads them again as changed files, and so replaces the reject
        # rows of their earlier read instead of adding a second set (tester ATK9)
        t = pq.read_table(inputs)
        hit = pc.is_in(t.column("run_id"), value_set=pa.array(sorted(forget_runs), pa.string()))
        k = t.column_names.index("sha256")
        t = t.set_column(k, "sha256", pc.if_else(hit, pa.scalar(None, pa.string()), t.column("sha256")))
        staged["state/inputs.parquet"] = staging / "state/inputs.parquet"
        staged["state/inputs.parquet"].parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(t, staged["state/inputs.parquet"])
        actions.append(f"marked {pc.sum(hit).as_py() or 0:,} input files to be read again by the next run")
    cleared: dict[str, str] = {}
    rekeyed = _drop_input_keys(store, forget_runs, set(deleted), staging, cleared) if forget_runs else {}
    if rekeyed:
        actions.append(f"documents of run(s) {', '.join(sorted(forget_runs))} will be written again even if "
                       f"unchanged (input_key cleared in {len(rekeyed)} shard(s))")
    old_parts: list[Path] = []
    if rebuild_index:
        old_parts = [p for p in store.index_dir.iterdir() if p.suffix in (".arrow", ".parquet")]
        rel = f"state/index/{run_id}.arrow"
        staged[rel] = staging / "index.arrow"  # the suffix picks the format
        n = _rebuild_index(store, manifests, staged[rel])
        deleted += [str(p.relative_to(store.root)) for p in old_parts]
        actions.append(f"rebuilt the index: {n:,} passages in {rel}")
    # files present that no manifest lists: adopted only when they read fine (rows a run wrote)
    unlisted = sorted((_listed_files(store) - set(before) - set(deleted)) | adopted)
    shards = {}
    bad_runs = {path.stem for path, _ in bad} | lost
    tables = tuple(f"{t}/" for t in TABLES)
    for rel in unlisted:
        path = store.root / rel
        # a table shard no manifest lists (a stray copy, say) would show its rows twice: moved aside,
        # unless a damaged manifest may have listed it (its run's shard) or it was listed but changed
        if rel.startswith(tables) and rel not in adopted and Path(rel).stem not in bad_runs:
            actions.append(f"{rel} is listed by no manifest: moved to {_move_aside(store, rel)}")
            rekeyed.pop(rel, None)  # (its input keys were cleared above: the repair manifest must not list it)
            continue
        try:
            if path.suffix == ".parquet":
                pq.read_metadata(path)
        except (OSError, pa.ArrowException):
            actions.append(f"{rel} unreadable and listed by no manifest: moved to {_move_aside(store, rel)}")
            rekeyed.pop(rel, None)
            continue
        shards[rel] = file_info(path)
    if shards and (bad or lost or rebuild_index):
        actions.append(f"recorded {len(shards)} files whose manifest was lost or damaged or which the repair wrote")
    elif shards:
        for rel in shards:
            actions.append(f"{rel} is listed by no manifest: recorded as found")
    staged.update(rekeyed)
    for rel in STATE_FILES:
        if rel not in staged and (store.root / rel).exists():
            shards[rel] = file_info(store.root / rel)
    shards.update({rel: file_info(path) for rel, path in staged.items()})
    if not actions:
        shutil.rmtree(staging, ignore_errors=True)
        return []
    now = datetime.now(UTC).isoformat()
    zero = {k: 0 for k in ("inputs_seen", "processed", "skipped_unchanged", "rejected", "duplicate_passages")}
    # the rewritten files and the manifest go in together through the commit journal: a repair killed before it
    # leaves the folder as it was (its staging is discarded); one killed during it is rolled forward
    store.commit(staging, run_id, [(path, store.root / rel) for rel, path in staged.items()], old_parts, {
        "run_id": run_id, "kind": "repair", "started_at": now, "finished_at": now,
        "counts": {**zero, "balanced": True}, "repair": actions, "files": {}, "shards": shards, "deleted": deleted,
        "recovered_runs": sorted(lost), "cleared_input_keys": dict(sorted(cleared.items())),
    })
    return actions
