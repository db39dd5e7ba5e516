"""Shared by test_dask and test_redis: a seeded corpus with cross-outlet copies, output
comparison, and real `redis-server` processes on free local ports."""

from __future__ import annotations

import json
import random
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow.dataset as ds
import pytest

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vntc_few.jsonl"
OUTLETS = ("nld.com.vn", "tuoitre.vn", "thanhnien.vn", "vnexpress.net")


def _paragraphs() -> tuple[list[str], list[str]]:
    paras, words = [], []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for p in text.replace("\r", "").split("\n"):
            if len(p.split()) >= 15:
                paras.append(p.strip())
                words += p.split()
    return paras, words


def make_corpus(path: Path, n_docs: int, seed: int, start: int = 0, copy_from: Path | None = None,
                html: bool = False) -> Path:
    """`n_docs` JSONL records over four outlets: random-word paragraphs, paragraphs of the VNTC
    fixture, and (about one in four) copies of an earlier document's paragraph, sometimes with
    one word changed; `copy_from` adds an earlier corpus's paragraphs to the copy pool."""
    rng = random.Random(seed)
    paras, words = _paragraphs()
    pool: list[tuple[str, str]] = []  # (outlet, paragraph) already published
    if copy_from is not None:
        for line in copy_from.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            pool += [(rec["outlet"], p) for p in _doc_paragraphs(rec)]
    base = datetime(2024, 1, 1, tzinfo=UTC)
    records = []
    for i in range(start, start + n_docs):
        outlet = OUTLETS[i % len(OUTLETS)]
        body = []
        for _ in range(rng.randint(3, 6)):
            roll = rng.random()
            others = [p for o, p in pool if o != outlet]
            if roll < 0.25 and others:
                p = rng.choice(others).split()
                if rng.random() < 0.5:
                    p[rng.randrange(len(p))] = rng.choice(words)
                body.append(" ".join(p))
            elif roll < 0.4:
                body.append(rng.choice(paras))
            else:
                body.append(" ".join(rng.choice(words) for _ in range(rng.randint(20, 60))))
        pool += [(outlet, p) for p in body]
        rec = {"id": f"doc-{i:05d}", "outlet": outlet, "title": f"Tin {i}",
               "published": (base + timedelta(hours=i)).isoformat()}
        if html:
            rec["html"] = ("<html><head><title>Tin</title></head><body><nav>Trang chủ | Thời sự</nav><article>"
                           + "".join(f"<p>{p}</p>" for p in body) + "</article><footer>© Báo</footer></body></html>")
        else:
            rec["text"] = "\n\n".join(body)
        records.append(rec)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _doc_paragraphs(rec: dict) -> list[str]:
    if "text" in rec:
        return [p for p in rec["text"].split("\n\n") if p.strip()]
    return [p.split("</p>")[0] for p in rec["html"].split("<p>")[1:]]


def comparable(output: Path) -> dict[str, list[dict]]:
    """Documents and passages sorted by id, without the per-run columns."""
    out = {}
    for name, key in (("documents", "doc_id"), ("passages", "passage_id")):
        t = ds.dataset(output / name, format="parquet").to_table()
        t = t.drop_columns([c for c in ("run_id", "processed_at") if c in t.column_names])
        out[name] = sorted(t.to_pylist(), key=lambda r, k=key: r[k])
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_server_or_skip() -> str:
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip("redis-server is not installed (`make test` installs it: apt-get install -y redis-server)")
    return exe


@contextmanager
def redis_server(password: str | None = None) -> Iterator[str]:
    """A throw-away redis-server on a free 127.0.0.1 port (no persistence); yields its URL
    without the password; stopped by its PID."""
    port = free_port()
    cmd = [redis_server_or_skip(), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    if password:
        cmd += ["--requirepass", password]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
