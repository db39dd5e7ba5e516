"""Errors a person can act on and nothing left behind (issue 10): a full disk (a real, small
tmpfs), a killed run's embedded Prefect server, Redis passwords with URL characters."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from urllib.parse import quote

import pytest

from flows.config import RunConfig
from flows.run.stages import run_pipeline
from flows.storage.store import is_disk_full
from tests.flows.cli_support import check_nothing_lost, cli, records, write_jsonl
from tests.flows.engines_support import redis_server
from tests.flows.helpers import REPO


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MB tmpfs (root only; skipped where mounting is impossible); unmounted afterwards."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def grow(mnt: Path, size: str) -> None:
    subprocess.run(["mount", "-o", f"remount,size={size}", str(mnt)], check=True)


def test_disk_full_is_one_line_and_the_retry_succeeds(tmp_path: Path, small_disk: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", small_disk / "out"
    write_jsonl(inputs / "a.jsonl", records("d", range(600)))  # ~1 MB of staging and shards
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [x for x in done.stderr.splitlines() if x.startswith("newsclean: run failed")]
    assert len(errors) == 1 and "No space left on device" in errors[0], done.stderr
    assert not list((out / "_staging").iterdir())  # nothing in the way of the retry
    grow(small_disk, "64m")
    again = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api)
    assert again.returncode == 0, again.stderr
    check_nothing_lost(out, {f"d{i}" for i in range(600)})



def test_maintenance_on_a_read_only_folder_is_one_line(tmp_path: Path, small_disk: Path) -> None:
    """Tester ATK10: `repair` on an output folder on a read-only file system printed a traceback; now one line
    naming the folder, as `compact` and `forget` do, and nothing is changed."""
    inputs, out = tmp_path / "in", small_disk / "out"
    write_jsonl(inputs / "a.jsonl", records("r", range(3)))
    run_pipeline(RunConfig(inputs=[str(inputs)], output=str(out), workers=1))
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for args in (["repair"], ["compact"], ["forget", "--doc-id", "r0"]):
        done = cli(*args, str(out))
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert "not writable" in done.stderr and str(out) in done.stderr, done.stderr
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    check_nothing_lost(out, {f"r{i}" for i in range(3)})

def test_disk_full_while_writing_shards_then_retry(tmp_path: Path, small_disk: Path) -> None:
    grow(small_disk, "4m")
    inputs, out = tmp_path / "in", small_disk / "out"
    write_jsonl(inputs / "a.jsonl", records("w", range(400)))
    filler = small_disk / "filler"

    def fill_after_sign(stage: str, done: int, total: int) -> None:
        if stage == "sign" and done == total:  # the disk fills up just before write-shards
            with open(filler, "wb", buffering=0) as fh:  # unbuffered: close() has nothing left to flush
                try:
                    while True:
                        fh.write(b"\0" * 65536)
                except OSError:
                    pass
            # room for find-duplicates only: its outputs and its copy of the signatures and band keys
            copied = sum(p.stat().st_size for p in (out / "_staging").glob("*/batch-*.npy") if "hash" not in p.name)
            os.truncate(filler, max(filler.stat().st_size - 48 * 1024 - copied - 8192, 0))

    cfg = RunConfig(inputs=[str(inputs)], output=str(out), workers=1, batch_size=100)
    with pytest.raises(Exception) as failed:
        run_pipeline(cfg, progress=fill_after_sign)
    assert is_disk_full(failed.value)
    assert any(f.filename.endswith("publish.py") for f in traceback.extract_tb(failed.value.__traceback__))
    assert not list((out / "_staging").iterdir()) and not list((out / "manifests").iterdir())
    filler.unlink()
    m = run_pipeline(cfg)
    assert m["counts"]["processed"] == 400
    check_nothing_lost(out, {f"w{i}" for i in range(400)})


def _children(pid: int) -> list[tuple[int, str]]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                out.append((int(stat.parent.name), (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()))
        except (OSError, ValueError, IndexError):
            continue
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_the_embedded_prefect_server_dies_with_the_run(tmp_path: Path, sig: int) -> None:
    inputs, out = tmp_path / "in", tmp_path / "o"
    write_jsonl(inputs / "a.jsonl", records("k", range(400)))
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    with open(tmp_path / "err", "w") as err:
        run = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(inputs), "--output", str(out),
                                "--workers", "1", "--batch-size", "20"], cwd=REPO, env={**env, "PYTHONPATH": str(REPO)},
                               stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 180
        while not list(out.glob("_staging/*/batch-*")):  # the server answers and the run is under way
            assert time.monotonic() < deadline and run.poll() is None, (tmp_path / "err").read_text()
            time.sleep(0.1)
        servers = [pid for pid, cmd in _children(run.pid) if "flows.embedded_server" in cmd]
        assert len(servers) == 1
        run.send_signal(sig)
        run.wait(timeout=60)
        deadline = time.monotonic() + 20
        while _alive(servers[0]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(servers[0]), "the Prefect server outlived the run"
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()


def test_redis_password_with_url_characters(tmp_path: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "o"
    write_jsonl(inputs / "a.jsonl", records("r", range(5)))
    password = "p/ss?w#rd@x:y%z"
    with redis_server(password=password) as url:
        host = url.removeprefix("redis://")
        ok = cli("run", str(inputs), "--output", str(out), "--redis-url", f"redis://:{quote(password, safe='')}@{host}",
                 api=prefect_api)
        assert ok.returncode == 0, ok.stderr
        raw = cli("run", str(inputs), "--output", str(out), "--redis-url", f"redis://:{password}@{host}",
                  api=prefect_api)
    # unencoded: a usage error in one line saying how to write it, without any of the password
    assert raw.returncode == 2 and len(raw.stderr.strip().splitlines()) == 1 and "%2F" in raw.stderr
    for piece in ("p/ss", "ss?w", "w#rd", "rd@x", "p%2Fss"):
        assert piece not in raw.stderr + ok.stderr + ok.stdout
    check_nothing_lost(out, {f"r{i}" for i in range(5)})
