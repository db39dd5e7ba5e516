"""The output folder: layout, one-writer lock, staging, atomic commit and crash recovery.

    OUTPUT/
      documents/<run_id>.parquet   passages/<run_id>.parquet   rejects/<run_id>.parquet
      manifests/<run_id>.json      (written last: a run without one never happened)
      state/index/<run_id>.parquet state/inputs.parquet        state/learned.parquet
      _staging/<run_id>/           (work in progress; removed or rolled forward by the next run)
      .lock

A run writes everything under `_staging/<run_id>/`, then writes a commit journal listing the
renames, performs them (each `os.replace` is atomic, one file per table per run) and writes the
manifest. A run killed before the journal leaves only staging, which the next run deletes; one
killed during the renames is rolled forward by the next run from the journal.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import secrets
import shutil
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

TABLES = ("documents", "passages", "rejects")
DONE_PREFIX = ".done-"  # `_staging/.done-<run_id>`: a committed run's staging, being removed (nothing to recover)


def new_run_id(kind: str = "") -> str:
    """Id of a run, or of a maintenance operation (`kind`: repair, compact, ...), made once the output's lock is held:
    ids (and so shard and manifest names) sort in the order they wrote, which decides ties between undated copies.
    Milliseconds and a random suffix: two operations of one second must never share a manifest name (two repairs in a
    second overwrote the first's record of the files it kept)."""
    now = datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z-{kind + '-' if kind else ''}{secrets.token_hex(3)}"


class LockedError(RuntimeError):
    """Another run holds the output folder."""


class OutputError(RuntimeError):
    """The output folder cannot be used."""


def is_disk_full(err: BaseException | None) -> bool:
    """True when `err` (or an exception it was raised from or during) is a full disk: ENOSPC/EDQUOT,
    Arrow's "No space left on device", or numpy's short write ("N requested and M written")."""
    seen = 0
    while err is not None and seen < 20:
        if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(err)
        if "No space left on device" in text or "Disk quota exceeded" in text or (
                isinstance(err, OSError) and " requested and " in text and text.endswith(" written")):
            return True
        err, seen = err.__cause__ or err.__context__, seen + 1
    return False


def failpoint(name: str) -> None:
    """Crash tests: `NEWSCLEAN_FAILPOINT=<name>` kills this process (SIGKILL) at that point."""
    if os.environ.get("NEWSCLEAN_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def remove_in_background(path: Path) -> None:
    """Remove a committed run's staging folder in a thread. Not a daemon: the process waits for it
    before it exits (if it is killed first, the next run removes the rest: see `OutputStore.recover`)."""
    threading.Thread(target=_remove_tree, args=(path,), name="newsclean-remove-staging").start()


def write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, default=str)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass
class OutputStore:
    root: Path

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        self._lock_fh = None

    # -- layout ---------------------------------------------------------------------------------
    def table_dir(self, table: str) -> Path:
        return self.root / table

    @property
    def manifests(self) -> Path:
        return self.root / "manifests"

    @property
    def state(self) -> Path:
        return self.root / "state"

    @property
    def index_dir(self) -> Path:
        return self.state / "index"

    @property
    def staging_root(self) -> Path:
        return self.root / "_staging"

    def check_writable(self) -> None:
        """Create the layout; raise OutputError with a one-line reason if that fails."""
        try:
            for d in (*TABLES, "manifests", "state", "state/index", "_staging"):
                (self.root / d).mkdir(parents=True, exist_ok=True)
            probe = self.staging_root / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as err:
            raise OutputError(f"output folder {self.root} is not writable: {err.strerror or err}") from err

    # -- one writer -----------------------------------------------------------------------------
    def acquire(self, run_id: str | Callable[[], str], wait_seconds: float = 0.0) -> str:
        """Take the folder's lock, or raise LockedError naming the run that holds it. `run_id` names the
        holder; a function is called once the lock is held (a run's id sorts after the runs that held it
        before, also when it waited). Returns the holder's name."""
        path = self.root / ".lock"
        fh = open(path, "a+", encoding="utf-8")
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "unknown run"
                    fh.close()
                    raise LockedError(f"another newsclean run is writing to {self.root}: {holder}") from None
                time.sleep(0.5)
        if callable(run_id):
            run_id = run_id()
        fh.seek(0)
        fh.truncate()
        fh.write(f"run {run_id}, pid {os.getpid()} on {socket.gethostname()}, started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC")
        fh.flush()
        self._lock_fh = fh
        return run_id

    def release(self) -> None:
        if self._lock_fh is not None:
            self._lock_fh.seek(0)
            self._lock_fh.truncate()
            fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
            self._lock_fh.close()
            self._lock_fh = None

    # -- staging, commit, recovery ----------------------------------------------------------------
    def new_staging(self, run_id: str) -> Path:
        path = self.staging_root / run_id
        path.mkdir(parents=True)
        return path

    def pending_journals(self) -> list[Path]:
        """Commit journals of runs killed during their commit (a committed run's `.done-` leftover is none)."""
        return [j for j in sorted(self.staging_root.glob("*/COMMIT.json"))
                if not j.parent.name.startswith(DONE_PREFIX)]

    def finished_leftovers(self) -> list[Path]:
        """`_staging/.done-<run_id>` folders a kill left behind: committed runs' staging, nothing to recover."""
        return sorted(p for p in self.staging_root.glob(DONE_PREFIX + "*") if p.is_dir())

    def recover(self) -> list[str]:
        """Finish or discard what earlier runs left in staging. Call with the lock held."""
        notes = []
        for staging in sorted(self.staging_root.glob("*")):
            if not staging.is_dir():
                continue
            if staging.name.startswith(DONE_PREFIX):  # a committed run's staging not yet removed
                shutil.rmtree(staging, ignore_errors=True)
                continue
            journal = staging / "COMMIT.json"
            if journal.exists():
                plan = json.loads(journal.read_text(encoding="utf-8"))
                self._apply(plan)
                notes.append(f"completed the commit of run {plan['run_id']} interrupted (a crash or a failed rename)")
            else:
                notes.append(f"discarded unfinished run {staging.name}")
            shutil.rmtree(staging, ignore_errors=True)
        return notes

    def commit(self, staging: Path, run_id: str, moves: list[tuple[Path, Path]], deletes: list[Path],
               manifest: dict, remove: Callable[[Path], None] | None = None) -> None:
        """Make a run visible: journal, renames, deletions, then the manifest; then drop the staging
        folder (with `remove(folder)` if given, else at once)."""
        manifest_tmp = staging / "manifest.json"
        write_json_atomic(manifest_tmp, manifest)
        # paths relative to the output folder: a copy or a move of the folder, or a command started in another working
        # directory, finishes the commit in the folder it is given (tester ATK11: a copy's repair finished the original's)
        plan = {
            "run_id": run_id,
            "relative": True,
            "moves": [[self._rel(s), self._rel(d)] for s, d in moves]
            + [[self._rel(manifest_tmp), self._rel(self.manifests / f"{run_id}.json")]],
            "deletes": [self._rel(p) for p in deletes],
        }
        failpoint("before-journal")
        write_json_atomic(staging / "COMMIT.json", plan)
        _fsync_dir(staging)
        self._finish(staging, plan, remove)

    def finish_commit(self, staging: Path, remove: Callable[[Path], None] | None = None) -> dict:
        """A retried commit whose journal is written: its plan is fixed (its files partly moved), so it is
        applied again, not made anew (a fresh one found staged files gone and reported that instead of the
        first failure, tester ATK9). Returns the run's manifest."""
        plan = json.loads((staging / "COMMIT.json").read_text(encoding="utf-8"))
        self._finish(staging, plan, remove)
        return json.loads(self._path(plan, plan["moves"][-1][1]).read_text(encoding="utf-8"))

    def _finish(self, staging: Path, plan: dict, remove: Callable[[Path], None] | None) -> None:
        self._apply(plan)
        # the run is in place: its staging (hundreds of files) is renamed out of recovery's way and
        # removed, by `remove` when given (e.g. a thread: issue 17, 0.7 s of unlinks at VNTC x1)
        done = staging.with_name(DONE_PREFIX + staging.name)
        try:
            os.replace(staging, done)
        except OSError:  # the run is committed whatever happens here
            done, remove = staging, None
        failpoint("before-staging-removal")
        (remove or _remove_tree)(done)

    def _rel(self, path: Path) -> str:
        return os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))

    def _path(self, plan: dict, name: str) -> Path:
        """A journal's path: relative to this folder (older journals: as the crashed command was given it)."""
        return self.root / name if plan.get("relative") else Path(name)

    def _apply(self, plan: dict) -> None:
        moves = [(self._path(plan, s), self._path(plan, d)) for s, d in plan["moves"]]
        for n, (src, dst) in enumerate(moves[:-1]):
            if src.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dst)
            if n == 0:
                failpoint("mid-commit")
        for path in plan["deletes"]:
            self._path(plan, path).unlink(missing_ok=True)
        src, dst = moves[-1]
        if src.exists():
            os.replace(src, dst)
        _fsync_dir(dst.parent)

    # -- reading --------------------------------------------------------------------------------
    def shards(self, table: str) -> list[Path]:
        d = self.table_dir(table)
        return sorted(d.glob("*.parquet")) if d.exists() else []

    def home_shards(self, doc_ids: set[str]) -> dict[str, str]:
        """doc_id -> name of the shard holding its document row (the same name in documents/ and
        passages/): where the rows of a document written again go back (publish), and so its place
        in the processing order (find-duplicates)."""
        import pyarrow.parquet as pq

        homes: dict[str, str] = {}
        for shard in self.shards("documents") if doc_ids else []:
            ids = pq.read_table(shard, columns=["doc_id"]).column("doc_id").to_pylist()
            homes.update((d, shard.name) for d in ids if d in doc_ids)
        return homes

    def manifests_list(self) -> list[dict]:
        out = []
        for p in sorted(self.manifests.glob("*.json")) if self.manifests.exists() else []:
            out.append(json.loads(p.read_text(encoding="utf-8")))
        return sorted(out, key=lambda m: m.get("started_at", ""))
