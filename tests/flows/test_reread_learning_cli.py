"""T5 F7: a document counts once in the learned line statistics however often it is read
(`--reprocess`, an upsert, a repair), and leaves them with `forget`."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from tests.flows.cli_support import cli, records, write_jsonl
from tests.flows.helpers import rows

INTRO = "ĐH Sư phạm Hà Nội"  # a short line (a table's row heading) two articles of the outlet end with


def _records() -> list[dict]:
    recs = records("r", range(8))
    for n, rec in enumerate(recs[:2]):
        rec["text"] += f"\n{INTRO}\nĐiểm chuẩn 2{n},5"
    return recs


def _run(out: Path, api: str, *args: str) -> None:
    done = cli(*args, "--output", str(out), "--workers", "1", "--learn-min-docs", "3", api=api) if args[0] == "run" \
        else cli(*args, str(out), api=api)
    assert done.returncode == 0, done.stderr[-2000:]


def _texts(out: Path) -> dict[str, str]:
    return {d["doc_id"]: d["text"] for d in rows(out, "documents")}


def test_reprocessing_the_same_documents_learns_nothing_new(tmp_path: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "r.jsonl", _records())
    _run(out, prefect_api, "run", str(inputs))
    once = _texts(out)
    assert sum(INTRO in t.split("\n") for t in once.values()) == 2  # 2 documents < --learn-min-docs 3
    _run(out, prefect_api, "run", str(inputs), "--reprocess")
    _run(out, prefect_api, "run", str(inputs), "--reprocess")
    assert _texts(out) == once  # the same documents read three times: the same output
    state = pq.read_table(out / "state" / "learned.parquet").to_pylist()
    intro = [r for r in state if r["example"] == INTRO]
    assert sorted(r["doc_id"] for r in intro) == ["r0", "r1"]  # one row per document, not per reading
    patterns = out / "state" / "learned_patterns.parquet"
    assert INTRO not in pq.read_table(patterns).column("example").to_pylist()
    # an upsert replaces the document's rows: r1 without the intro leaves one document behind it
    recs = _records()
    recs[1]["text"] = recs[1]["text"].split(f"\n{INTRO}")[0]
    write_jsonl(inputs / "r.jsonl", recs)
    _run(out, prefect_api, "run", str(inputs))
    state = pq.read_table(out / "state" / "learned.parquet").to_pylist()
    assert [r["doc_id"] for r in state if r["example"] == INTRO] == ["r0"]
    # forget takes the document's rows with it
    done = cli("forget", str(out), "--doc-id", "r0", api=prefect_api)
    assert done.returncode == 0, done.stderr[-2000:]
    state = pq.read_table(out / "state" / "learned.parquet").to_pylist()
    assert not [r for r in state if r["doc_id"] == "r0"]
    assert cli("verify", str(out), api=prefect_api).returncode == 0
