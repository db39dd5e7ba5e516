"""Running `newsclean` as a user does (a subprocess; the `prefect_api` fixture is in conftest.py),
and the checks every no-loss test makes on the Parquet output."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.flows.helpers import REPO, manifests, rows

NEWSCLEAN = [sys.executable, "-m", "flows.cli"]


def cli(*args: str, api: str | None = None, timeout: float = 300, cwd: Path = REPO,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    extra = {"PREFECT_API_URL": api} if api else {}
    base = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return subprocess.run([*NEWSCLEAN, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**base, "PYTHONPATH": str(REPO), **extra, **(env or {})})


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


WORDS = ("nhà nước chính phủ kinh tế thị trường người dân thành phố công an điều tra vụ án tăng trưởng xuất "
         "khẩu giáo dục học sinh bệnh viện bác sĩ nông nghiệp du lịch giao thông năng lượng môi trường quốc "
         "phòng hợp tác đầu tư ngân hàng lãi suất xây dựng nhà máy sản xuất").split()


def records(prefix: str, ids: range, variant: str = "") -> list[dict]:
    """Articles of three distinct paragraphs (random words: no near-duplicates among them)."""
    out = []
    for i in ids:
        rng = random.Random(f"{prefix}{i}")
        paras = [f"Bài {prefix}{i} {variant} đoạn {j}: " + " ".join(rng.choice(WORDS) for _ in range(30)) + "."
                 for j in range(3)]
        out.append({"id": f"{prefix}{i}", "outlet": "tin.vn", "text": "\n".join(paras)})
    return out


def check_nothing_lost(out: Path, expected_ids: set[str], per_file: dict[str, int] | None = None) -> list[dict]:
    """documents = inputs - rejects, no duplicate doc_id/passage_id, every manifest balanced,
    and (optionally) documents per source file. Returns the documents."""
    docs = rows(out, "documents")
    ids = [d["doc_id"] for d in docs]
    assert len(ids) == len(set(ids)), f"duplicate doc_id rows: {[k for k, n in Counter(ids).items() if n > 1][:5]}"
    assert set(ids) == expected_ids, f"missing {sorted(expected_ids - set(ids))[:5]}, extra {sorted(set(ids) - expected_ids)[:5]}"
    passages = rows(out, "passages")
    pids = [p["passage_id"] for p in passages]
    assert len(pids) == len(set(pids)), "duplicate passage_id rows"
    assert {p["doc_id"] for p in passages} <= set(ids), "passages of a document that is not there"
    assert sum(d["n_passages"] for d in docs) == len(pids), "passages out of step with documents"
    assert all(m["counts"]["balanced"] for m in manifests(out))
    if per_file is not None:
        got = Counter(d["source"].split("#")[0] for d in docs)
        assert dict(got) == per_file, got
    return docs


def clean_records(base: Path, records: list[dict]) -> dict[str, dict]:
    """Run `newsclean` on `records` (one JSONL file under `base`): doc_id -> document."""
    out = base / "out"
    done = cli("run", str(write_jsonl(base / "in" / "pages.jsonl", records)), "--output", str(out), "--workers", "1",
               timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return {d["doc_id"]: d for d in rows(out, "documents")}


def clean_pages(base: Path, pages: dict[str, tuple[list[str], list[str]]], domain: str) -> dict[str, dict]:
    """Run `newsclean` on one text record per page (id = page key, outlet = key + domain): doc_id -> document."""
    return clean_records(base, [{"id": rid, "outlet": f"{rid}{domain}", "text": "\n".join(lines)}
                                for rid, (lines, _) in pages.items()])


def assert_rules(docs: dict[str, dict], expected: dict[str, str]) -> None:
    """Each line of `expected` was removed by the rule it names (in any of `docs`)."""
    removed = {r["text"]: r["rule"] for d in docs.values() for r in d["removed"]}
    for line, rule in expected.items():
        assert removed.get(line) == rule, (line, removed.get(line))


def assert_page_cleaned(doc: dict, lines: list[str], kept: list[str]) -> None:
    """The document's text is exactly `kept`; every other line is in `removed`, with its line number."""
    assert doc["text"].split("\n") == kept, doc["removed"]
    assert len(doc["removed"]) == len(lines) - len(kept)
    assert all(lines[r["line"] - 1] == r["text"] for r in doc["removed"])
