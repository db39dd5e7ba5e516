"""The `newsclean` command line. Options of `run` are generated from `RunConfig`, so the CLI and
the Prefect flow's parameters are one model."""

from __future__ import annotations

import argparse
import os
import sys
import time
import typing
from pathlib import Path

from pydantic import ValidationError

from flows.deploy import register as register_serve
from flows.options import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    add_config_options,
    config_from_args,
    format_validation,
    megabytes,
    seconds,
)
from flows.progress import StageProgress


class _Parser(argparse.ArgumentParser):
    """Usage errors (an unknown option, `--threshold abc`) in one line on stderr, exit 2, as every
    other usage error: not argparse's usage block (`--help` shows that). Subcommands inherit it."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsclean",
        description="Clean news text (boilerplate removal), find near-duplicate passages across outlets "
        "(MinHash LSH), and write Parquet shards. Runs as a Prefect flow.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser(
        "run",
        help="clean and dedup inputs into an output folder (embedded Prefect, no server needed)",
        description="Clean and dedup INPUT files/folders into the output folder. Incremental: unchanged "
        "inputs are skipped, new passages are checked against everything processed before.",
    )
    add_config_options(run)
    run.add_argument("--wait-lock", type=seconds, default=0.0, metavar="SECONDS",
                     help="wait this long for another run on the same output to finish (default: 0, fail at once)")
    run.add_argument("--verbose", action="store_true", help="show Prefect's log lines")
    run.set_defaults(handler=cmd_run)
    runs = sub.add_parser("runs", help="list past runs of an output folder with their counts")
    runs.add_argument("output", nargs="?", default="output", help="output folder (default: output)")
    runs.set_defaults(handler=cmd_runs)
    verify = sub.add_parser("verify", help="check an output folder against its manifests (exit 0: intact, 1: problems)",
                            description="Full check: every file the manifests list is present with its recorded "
                            "size, row count and SHA-256; no duplicate doc_id or passage_id; no unlisted shards.")
    verify.add_argument("output", help="output folder")
    verify.set_defaults(handler=cmd_verify)
    repair = sub.add_parser("repair", help="rebuild what can be rebuilt in a damaged output folder",
                            description="Move damaged files to OUTPUT/_damaged/, rebuild the dedup index from the "
                            "passages, and forget the inputs whose rows were lost so the next run reads them "
                            "again. Never invents rows.")
    repair.add_argument("output", help="output folder")
    repair.add_argument("--wait-lock", type=seconds, default=0.0, metavar="SECONDS",
                        help="wait this long for a run on the same output to finish (default: 0)")
    repair.set_defaults(handler=cmd_repair)
    compact = sub.add_parser("compact", help="merge small shards into large ones (atomic, crash-safe, readers go on)",
                             description="Merge consecutive small shards of documents/ and passages/ (together, "
                             "by name) and of rejects/ into files of about --target-mb each, under the output lock "
                             "with a journalled commit and a manifest of kind compact. Rows are copied unchanged.")
    compact.add_argument("output", help="output folder")
    compact.add_argument("--target-mb", type=megabytes, default=None, metavar="MB",
                         help="size of a merged file of each table (default: 64)")
    compact.add_argument("--wait-lock", type=seconds, default=0.0, metavar="SECONDS",
                         help="wait this long for a run on the same output to finish (default: 0)")
    compact.set_defaults(handler=cmd_compact)
    forget = sub.add_parser("forget", help="remove documents from every table and the index (takedowns, what a run wrote)",
                            description="Remove the selected documents' rows from documents/, passages/, rejects/ "
                            "and the passage index; clusters that lose their canonical passage get the earliest "
                            "published remaining member as canonical. `--run` removes the documents whose current row that run wrote, "
                            "its upserts of earlier documents included: it is no undo, their earlier versions are not "
                            "restored. Writes a manifest of kind forget.")
    forget.add_argument("output", help="output folder")
    forget.add_argument("--doc-id", action="append", default=[], metavar="ID", help="a document id (repeatable)")
    forget.add_argument("--outlet", action="append", default=[], metavar="NAME", help="every document of an outlet")
    forget.add_argument("--run", action="append", default=[], metavar="RUN_ID",
                        help="every document (and reject row) a run wrote")
    forget.add_argument("--redis-url", default="", help="the Redis index the runs used (else the embedded index)")
    forget.add_argument("--redis-prefix", default="", help="its key prefix, when the runs set one")
    forget.add_argument("--wait-lock", type=seconds, default=0.0, metavar="SECONDS",
                        help="wait this long for a run on the same output to finish (default: 0)")
    forget.set_defaults(handler=cmd_forget)
    register_serve(sub)
    _register_serve_compact(sub)
    return parser


COMPACT_CRON = "30 3 * * *"  # flows.compaction.DEFAULT_CRON: daily, off the hour of hourly runs


def _register_serve_compact(subparsers: argparse._SubParsersAction) -> None:
    """`newsclean serve-compact` (flows/compaction.py; prefect is imported only when it runs)."""
    p = subparsers.add_parser("serve-compact", help="serve the scheduled compact-output deployment (needs a Prefect server)",
                              description="Register the compact-output deployment on the Prefect server at "
                              "PREFECT_API_URL and run it on a schedule until stopped (beside `newsclean serve`).")
    p.add_argument("output", help="output folder")
    p.add_argument("--cron", default=COMPACT_CRON, help=f"cron schedule (default: '{COMPACT_CRON}', daily)")
    p.add_argument("--timezone", default=None, metavar="TZ", help="IANA time zone of the schedule (default: UTC)")
    p.add_argument("--target-mb", type=megabytes, default=None, metavar="MB", help="size of a merged file (default: 64)")
    p.add_argument("--wait-lock", type=seconds, default=600.0, metavar="SECONDS",
                   help="how long a compaction waits for a run holding the lock (default: 600)")
    p.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    p.set_defaults(handler=cmd_serve_compact)


def cmd_serve_compact(args: argparse.Namespace) -> int:
    from flows.compaction import cmd_serve_compact as serve

    return serve(args)


def _stop_on_ctrl_c() -> None:
    """Ctrl-C stops `newsclean run` at once, as SIGTERM does: this process exits 130 and its children
    (embedded server, worker pools) die with it. Nothing of the run is committed unless its commit
    journal was written, in which case the next command completes the commit (crash safety).

    Without this, Prefect's engine swallowed the KeyboardInterrupt while the terminal's SIGINT killed
    the embedded server, and the run went on, crawling against a dead API (tester finding F14)."""
    import signal

    def on_sigint(signum: int, frame: object) -> None:
        os.write(2, b"\nnewsclean: interrupted (Ctrl-C): the run stops here; nothing of it is committed "
                    b"(a commit already under way is completed by the next newsclean command)\n")
        _release_semaphores()
        os._exit(EXIT_INTERRUPTED)

    signal.signal(signal.SIGINT, on_sigint)


def _release_semaphores() -> None:
    """Unlink the worker pools' named semaphores before `os._exit` skips their finalizers: else the
    multiprocessing resource tracker unlinks them after this process is gone and prints a "leaked
    semaphore objects" UserWarning under the Ctrl-C message (tester F9). Only these finalizers run
    (each an unlink and a note to the tracker, neither blocks): the others join threads and pools."""
    try:
        from multiprocessing import synchronize, util

        for finalizer in list(util._finalizer_registry.values()):
            if getattr(finalizer, "_callback", None) is synchronize.SemLock._cleanup:
                finalizer()
    except Exception:  # noqa: BLE001, S110 - exiting anyway: at worst the tracker warns as before
        pass


def cmd_run(args: argparse.Namespace) -> int:
    _stop_on_ctrl_c()
    try:
        config = config_from_args(args)
    except ValidationError as err:
        print(f"newsclean: error: {format_validation(err)}", file=sys.stderr)
        return EXIT_USAGE
    from flows.storage.store import OutputError, OutputStore

    try:
        OutputStore(Path(config.output)).check_writable()
        from flows.engines.index import check_settings

        check_settings(config, OutputStore(Path(config.output)))  # other dedup settings: before any work
    except OutputError as err:
        print(f"newsclean: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    if config.redis_url:  # fail in one line before Prefect starts; keep the password out of Prefect
        from flows.engines import redis_index

        config = redis_index.keep_password_private(config)
        try:
            redis_index.check(config)
        except redis_index.RedisIndexError as err:
            print(f"newsclean: error: {err}", file=sys.stderr)
            return EXIT_USAGE if isinstance(err, redis_index.RedisSettingsError) else EXIT_FAILED
    started = time.monotonic()
    if _nothing_new(config, started):
        return EXIT_OK
    if not args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        # errors reach the user as one line (below); their tracebacks go to the log file and Prefect's API
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    where = f"Prefect server {os.environ['PREFECT_API_URL']}" if os.environ.get("PREFECT_API_URL") else "embedded Prefect"
    print(f"newsclean: starting ({where}) on {', '.join(config.inputs)} -> {config.output}", file=sys.stderr)
    server = head = None
    if not os.environ.get("PREFECT_API_URL"):  # our own temporary server: it dies with this process
        from flows import embedded_server
        from flows.prefect_env import configure

        configure()
        launched = embedded_server.launch()
        os.environ["PREFECT_API_URL"] = launched[1]  # read by Prefect at import
        from flows.run import head_start
        from flows.run.executor import default_workers, start_pool_server

        local = not (config.dask_address or config.dask_workers)
        if default_workers(config.workers) > 1 and local:
            start_pool_server()  # the worker pools' forkserver imports the cleaners meanwhile (issue 17)
        try:
            # the run is opened and planned while the server starts (issue 17; the flow takes the plan)
            head = head_start.start(config, args.wait_lock) if local else None
            # a first Parquet read imports pyarrow.dataset (and pandas: 0.3 CPU s); with the plan made in
            # another process, learn would pay it after the server is up (issue 17)
            import pyarrow.dataset  # noqa: F401

            import flows.flow  # noqa: F401 - Prefect's import (about 2 s) while the server starts
        except BaseException:
            embedded_server.stop(launched[0])
            if head is not None:
                head.abandon()
            raise
        try:
            server, os.environ["PREFECT_API_URL"] = embedded_server.start(launched=launched)
        except BaseException as err:
            os.environ.pop("PREFECT_API_URL", None)
            if head is not None:
                head.abandon()
            if not isinstance(err, embedded_server.ServerStartError):
                raise
            print(f"newsclean: error: {err}", file=sys.stderr)
            return EXIT_FAILED
        from prefect.context import refresh_global_settings_context

        refresh_global_settings_context()  # the URL it answers on (another port if the first was taken)
    try:
        if server is None:
            return _run_flow(config, args, started)
        with embedded_server.client_settings():
            return _run_flow(config, args, started, head)
    finally:
        if head is not None:
            head.abandon()  # when the flow did not take the run (it closes a run it took)
        if server is not None:
            from flows import embedded_server

            embedded_server.stop(server)
            os.environ.pop("PREFECT_API_URL", None)


def _nothing_new(config, started: float) -> bool:
    """When a run would find nothing new (see `flows.run.noop`): say so and write nothing."""
    from flows.run import noop

    found = noop.check(config)
    if found is None:
        return False
    from flows.report import summary_table

    print(summary_table({"run_id": "(nothing new: no run recorded)", "counts": found.counts()},
                        time.monotonic() - started))
    print(f"  output: {Path(config.output).resolve()} unchanged: {found.files:,} input files as read by run "
          f"{found.last_run} (--reprocess reads them again)")
    return True


def _run_flow(config, args: argparse.Namespace, started: float, head=None) -> int:
    from flows.flow import run_local
    from flows.report import summary_table
    from flows.storage.store import LockedError, OutputError

    progress = StageProgress()
    try:
        try:
            manifest = run_local(config, progress=progress, lock_wait=args.wait_lock, head=head)
        finally:  # the terminal bar ends before anything else is printed
            progress.close()
    except LockedError as err:
        print(f"newsclean: error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except OutputError as err:  # a damaged output folder (see `newsclean verify`)
        print(f"newsclean: error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as err:  # the flow failed: say why in one line, details are in the log
        print(f"newsclean: run failed: {failure_line(err, config.output)}{_log_traceback(err)}", file=sys.stderr)
        return EXIT_FAILED
    for note in manifest.get("stages", {}).get("recovery", []):  # Prefect's own warnings are not shown
        print(f"newsclean: {note}", file=sys.stderr)
    print(summary_table(manifest, time.monotonic() - started))
    print(f"  output: {Path(config.output).resolve()}  (report: {manifest['report']}, "
          f"manifest: manifests/{manifest['run_id']}.json)")
    return EXIT_OK


def failure_line(err: BaseException, output: str) -> str:
    """What went wrong, in one line a person can act on."""
    from flows.storage.store import is_disk_full

    if is_disk_full(err):
        return (f"No space left on device (writing to {output}); free some space and run again "
                "(the run left nothing behind)")
    text = " ".join(str(err).split())
    if isinstance(err, (OSError, ValueError)):  # pyarrow's read errors: a damaged file of the output folder?
        from flows.storage import integrity
        from flows.storage.store import OutputStore

        try:
            if OutputStore(Path(output)).pending_journals():  # a rename of the commit failed: that is the cause
                return (f"{type(err).__name__}: {text[:300]}; the commit was interrupted: fix that and run again "
                        "(the next run or `newsclean repair` finishes the commit)")
            damage = integrity.damage_line(OutputStore(Path(output)))
        except (OSError, ValueError):
            damage = None
        if damage is not None:
            return f"{damage} (the run stopped on {type(err).__name__}: {text[:120]})"
    return f"{type(err).__name__}: {text[:300]}"


def _log_traceback(err: BaseException) -> str:
    """Write the traceback to a log file; the message's tail naming it ("" if it cannot be written)."""
    import traceback
    from datetime import UTC, datetime

    folder = Path(os.environ.get("NEWSCLEAN_LOG_DIR") or Path.home() / ".cache" / "newsclean" / "logs")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"run-{datetime.now(UTC):%Y%m%dT%H%M%S}Z-{os.getpid()}.log"
        path.write_text("".join(traceback.format_exception(err)), encoding="utf-8")
    except OSError:
        return ""
    return f" (details: {path})"


def cmd_runs(args: argparse.Namespace) -> int:
    from flows.storage.store import OutputStore

    store = OutputStore(Path(args.output))
    if not store.manifests.exists():
        print(f"newsclean: error: no runs in {args.output}", file=sys.stderr)
        return EXIT_USAGE
    from flows.storage.integrity import read_manifests

    manifests, damaged = read_manifests(store)
    for path, why in damaged:
        print(f"newsclean: damaged manifest {path} ({why}); see `newsclean verify {args.output}`", file=sys.stderr)
    width = max([26, *(len(m["run_id"]) for m in manifests)])  # compact/forget ids are longer
    header = (f"{'run_id':<{width}} {'finished (UTC)':<20} {'seen':>8} {'written':>8} {'skipped':>8} {'rejected':>8} "
              f"{'merged':>8} {'dup passages':>12}")  # seen = written + skipped + rejected + merged
    print(header)
    for m in manifests:
        c = {k: 0 for k in ("inputs_seen", "processed", "skipped_unchanged", "rejected", "same_id_merged",
                            "duplicate_passages")}
        c.update(m.get("counts", {}))
        print(f"{m['run_id']:<{width}} {m['finished_at'][:19].replace('T', ' '):<20} {c['inputs_seen']:>8,} "
              f"{c['processed']:>8,} {c['skipped_unchanged']:>8,} {c['rejected']:>8,} {c['same_id_merged']:>8,} "
              f"{c['duplicate_passages']:>12,}"
              + (f"  ({m['kind']})" if m.get("kind") in ("repair", "compact", "forget") else ""))
    return EXIT_FAILED if damaged else EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from flows.storage.integrity import verify
    from flows.storage.store import DONE_PREFIX, OutputStore

    store = OutputStore(Path(args.output))
    if not store.manifests.exists():
        print(f"newsclean: error: no runs in {args.output}", file=sys.stderr)
        return EXIT_USAGE
    report = verify(store)
    # a commit interrupted by a crash: the folder shows part of that run until it is finished
    pending = [f"pending commit journal {j.relative_to(store.root)}: run {j.parent.name} was interrupted during "
               "its commit; readers may see part of it until the next `newsclean run` or `newsclean repair` "
               "finishes it" for j in store.pending_journals()]
    # a run killed after its commit, while its staging was being removed: the run is complete
    leftovers = [f"leftover staging folder {d.relative_to(store.root)} of run {d.name.removeprefix(DONE_PREFIX)}, "
                 "which committed: nothing to recover; the next `newsclean run` or `newsclean repair` removes it"
                 for d in store.finished_leftovers()]
    problems = pending + report.problems
    for line in problems:
        print(f"problem: {line}")
    for line in report.notes + leftovers:
        print(f"  {line}")
    if problems:
        print(f"{len(problems)} problem(s); `newsclean repair {args.output}` fixes what can be rebuilt")
        return EXIT_FAILED
    print("ok: every file the manifests list is present with its recorded size, rows and SHA-256")
    return EXIT_OK


def cmd_repair(args: argparse.Namespace) -> int:
    from flows.storage.integrity import repair, verify
    from flows.storage.store import DONE_PREFIX, LockedError, OutputError, OutputStore

    store = OutputStore(Path(args.output))
    if not store.manifests.exists():
        print(f"newsclean: error: no runs in {args.output}", file=sys.stderr)
        return EXIT_USAGE
    try:
        store.check_writable()  # a read-only folder: one line, like run/compact/forget (tester ATK10)
        store.acquire("repair", wait_seconds=args.wait_lock)
    except (LockedError, OutputError) as err:
        print(f"newsclean: error: {err}", file=sys.stderr)
        return EXIT_FAILED
    try:
        leftovers = store.finished_leftovers()
        notes = store.recover()
        notes += [f"removed the leftover staging folder {d.relative_to(store.root)} of run "
                  f"{d.name.removeprefix(DONE_PREFIX)}, which committed (nothing to recover)"
                  for d in leftovers if not d.exists()]
        for note in notes:
            print(note)
        actions = repair(store)
        for line in actions:
            print(line)
        left = verify(store).problems
    except OSError as err:  # disk full, permissions: the repair's journal leaves the folder as before or finishable
        print(f"newsclean: error: repair failed: {type(err).__name__}: {err}; run it again once that is fixed",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.release()
    for line in left:
        print(f"problem left: {line}", file=sys.stderr)
    if not actions and not left:
        print("nothing else to repair" if notes else "nothing to repair")
    return EXIT_FAILED if left else EXIT_OK


def _maintenance(args: argparse.Namespace, work) -> int:
    """Run a locked maintenance command (`compact`, `forget`) with one-line errors."""
    from flows.storage.store import LockedError, OutputError, OutputStore

    store = OutputStore(Path(args.output))
    if not store.manifests.exists():
        print(f"newsclean: error: no runs in {args.output}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return work(store)
    except (LockedError, OutputError) as err:
        print(f"newsclean: error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as err:  # a rename of its commit failed, say (tester ATK11: a traceback)
        pending = " (its commit was interrupted: the next command finishes it)" if store.pending_journals() else ""
        print(f"newsclean: error: {args.command} failed: {type(err).__name__}: {err}{pending}; fix that and run "
              "it again", file=sys.stderr)
        return EXIT_FAILED


def cmd_compact(args: argparse.Namespace) -> int:
    from flows.storage.compact import TARGET_MB, compact

    def work(store) -> int:
        m = compact(store, args.target_mb or TARGET_MB, args.wait_lock, progress=print)
        if m is None:
            print("nothing to compact: no two consecutive small shards")
        else:
            c = m["compacted"]
            print(f"compacted {c['files_before']} files into {c['files_after']} ({c['rows']['documents']:,} documents, "
                  f"{c['rows']['passages']:,} passages, {c['rows']['rejects']:,} reject rows); manifest {m['run_id']}")
        return EXIT_OK

    return _maintenance(args, work)


def _unmatched_note(store, doc_ids: list[str]) -> str:
    """Ids given to `forget` that matched no row: forgotten by an earlier `forget`, or matching nothing
    (tester ATK5: one wording for both)."""
    import unicodedata

    from flows.storage.integrity import read_manifests

    gone = {unicodedata.normalize("NFC", d) for m in read_manifests(store)[0] if m.get("kind") == "forget"
            for d in m.get("forgot", {}).get("documents", [])}
    before = [d for d in doc_ids if unicodedata.normalize("NFC", d) in gone]
    unknown = [d for d in doc_ids if d not in before]
    notes = []
    if unknown:
        notes.append(f"no rows of id {', '.join(map(repr, unknown))} (not forgotten: check the spelling)")
    if before:
        notes.append(f"no rows of id {', '.join(map(repr, before))} (forgotten already)")
    return "; ".join(notes)


def cmd_forget(args: argparse.Namespace) -> int:
    if not (args.doc_id or args.outlet or args.run):
        print("newsclean: error: give --doc-id, --outlet or --run", file=sys.stderr)
        return EXIT_USAGE

    def work(store) -> int:
        from flows.engines.redis_index import RedisIndexError
        from flows.storage.forget import forget, latest_parameters, open_index_for

        try:
            index = open_index_for(store, args.redis_url, args.redis_prefix)
        except ValidationError as err:  # a malformed --redis-url (tester ATK10: tracebacks, as for each case below)
            print(f"newsclean: error: {format_validation(err)}", file=sys.stderr)
            return EXIT_USAGE
        except RedisIndexError as err:
            print(f"newsclean: error: {err}", file=sys.stderr)
            return EXIT_FAILED
        m = forget(store, index, args.doc_id, args.outlet, args.run, args.wait_lock)
        if m is None:
            print("nothing to forget: no rows match")
            if args.doc_id:  # a mistyped takedown id must not pass unnoticed
                print(f"newsclean: {_unmatched_note(store, args.doc_id)}", file=sys.stderr)
            return EXIT_FAILED if args.doc_id else EXIT_OK
        f = m["forgot"]
        print(f"forgot {f['rows']['documents']:,} documents, {f['rows']['passages']:,} passages, "
              f"{f['rows']['rejects']:,} reject rows; {len(f['reelected'])} clusters lost their canonical passage; "
              f"manifest {m['run_id']}")
        if f.get("unmatched"):
            print(_unmatched_note(store, f["unmatched"]))
        if not args.redis_url and f["passages"] and latest_parameters(store).get("redis_url"):
            print("WARNING: the latest run used a Redis index and no --redis-url was given: the forgotten passages' "
                  "entries stay in Redis (later runs find no row for them and ignore them); give --redis-url "
                  "(and --redis-prefix) to remove them", file=sys.stderr)
        return EXIT_OK

    return _maintenance(args, work)



def main(argv: list[str] | None = None) -> int:
    """The command line. Output piped to a reader that stops early (`newsclean verify OUT | head -3`)
    ends the command quietly, as other command-line tools do (no BrokenPipeError traceback)."""
    try:
        args = build_parser().parse_args(argv)
        code = args.handler(args)
        sys.stdout.flush()  # what is still buffered fails here, not in the interpreter's exit
        return code
    except BrokenPipeError:
        if not _stdout_gone():
            raise  # a socket or a child's pipe: a real error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush then writes nowhere
        return EXIT_BROKEN_PIPE


def _stdout_gone() -> bool:
    """Whether standard output is a pipe whose reader has closed it."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):
        return False


if __name__ == "__main__":
    sys.exit(main())
