"""A folder that cannot be listed, through the CLI and the Parquet output (FX3's note, left open in
session 7): its files were skipped unseen, with no document, reject or count. It is now a reject row
(`unreadable`, naming the folder), the rest of the input is read, and once the folder can be listed
its files are read. An input folder named on the command line that cannot be listed stays a usage error.

As root, permission bits do not stop a listing; the CLI then runs without the capabilities that
override them (`setpriv`), as an ordinary user would."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.flows.cli_support import NEWSCLEAN, check_nothing_lost, records, write_jsonl
from tests.flows.helpers import REPO, manifests, rows

DROP = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []


def cli_run(api: str, *args: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return subprocess.run([*DROP, *NEWSCLEAN, "run", *args, "--workers", "1"], cwd=REPO, capture_output=True,
                          text=True, timeout=300, env={**base, "PYTHONPATH": str(REPO), "PREFECT_API_URL": api})


def run(api: str, *args: str) -> dict:
    done = cli_run(api, *args)
    assert done.returncode == 0, done.stderr[-2000:]
    return manifests(Path(args[args.index("--output") + 1]))[-1]


@pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv")
def test_a_folder_that_cannot_be_listed_is_a_reject_and_read_once_it_can(tmp_path: Path, prefect_api: str) -> None:
    inputs = tmp_path / "in"
    write_jsonl(inputs / "ok.jsonl", records("ok", range(2)))
    write_jsonl(inputs / "locked" / "deep" / "a.jsonl", records("a", range(3)))
    locked = inputs / "locked"
    locked.chmod(0)
    out = tmp_path / "out"
    try:
        m = run(prefect_api, str(inputs), "--output", str(out))
        check_nothing_lost(out, {"ok0", "ok1"}, per_file={"in/ok.jsonl": 2})
        rejects = rows(out, "rejects")
        assert [(r["source"], r["reason"]) for r in rejects] == [("in/locked", "unreadable")], rejects
        assert "cannot be listed" in rejects[0]["detail"]
        assert m["counts"]["rejected"] == 1
        # the input folder itself cannot be listed: a usage error naming it, before anything is written
        named = cli_run(prefect_api, str(locked), "--output", str(tmp_path / "out_root"))
        assert named.returncode == 2 and "input path is not readable" in named.stderr, named.stderr
        assert not (tmp_path / "out_root").exists()
    finally:
        locked.chmod(0o755)
    m = run(prefect_api, str(inputs), "--output", str(out))  # listable now: its files are read, ok.jsonl unchanged
    check_nothing_lost(out, {"ok0", "ok1", "a0", "a1", "a2"}, per_file={"in/ok.jsonl": 2, "in/locked/deep/a.jsonl": 3})
    assert m["counts"]["skipped_unchanged"] == 2
