"""Record fields a reader would silently drop (README-only tester 4, F4), and Hive partition folders
(F5), through the CLI and the Parquet output: a Parquet file with two columns named `text` is one
`malformed_parquet` reject, as the same CSV header is `malformed_csv`; a JSON object with a mapped
key twice is a `malformed_json` reject (duplicates of unmapped or nested keys are harmless); a
record without an outlet in an `outlet=<name>` folder has that outlet, not the file's name."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.flows.cli_support import cli, records
from tests.flows.helpers import rows


def _text(key: str) -> str:
    return records(key, range(1))[0]["text"]


def _json_text(key: str) -> str:
    return json.dumps(_text(key), ensure_ascii=False)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("duplicate_fields")
    inputs = base / "in"
    inputs.mkdir()
    table = pa.Table.from_arrays([pa.array(["p1"]), pa.array([_text("first")]), pa.array([_text("second")])],
                                 names=["id", "text", "text"])
    pq.write_table(table, inputs / "dupcol.parquet")
    (inputs / "dupkey.jsonl").write_text("\n".join([
        f'{{"id": "ok1", "text": {_json_text("ok1")}}}',
        f'{{"id": "p11", "id": "p12", "text": {_json_text("p11")}}}',
        f'{{"id": "nested", "text": {_json_text("nested")}, "meta": {{"a": 1, "a": 2}}, "x": 1, "x": 2}}',
    ]) + "\n", encoding="utf-8")
    for outlet, rid, own in (("vnexpress", "h1", None), ("tuoi%20tre", "h2", None), ("vnexpress", "h3", "own.vn")):
        folder = inputs / "dataset" / f"outlet={outlet}"
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table({"id": [rid], "text": [_text(rid)], "outlet": [own]}), folder / f"part-{rid}.parquet")
    pq.write_table(pa.table({"id": ["h4"], "text": [_text("h4")]}), inputs / "dataset" / "part-0.parquet")
    done = cli("run", str(inputs), "--output", str(base / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr[-3000:]
    return base / "out"


def test_a_parquet_file_with_a_mapped_column_twice_is_rejected_whole(out: Path) -> None:
    rejects = [r for r in rows(out, "rejects") if r["source"].endswith("dupcol.parquet")]
    assert [(r["source"], r["reason"]) for r in rejects] == [("in/dupcol.parquet", "malformed_parquet")]
    assert "more than one column named `text`" in rejects[0]["detail"]
    assert "p1" not in {d["doc_id"] for d in rows(out, "documents")}


def test_a_json_object_with_a_mapped_key_twice_is_rejected(out: Path) -> None:
    rejects = {r["source"]: r for r in rows(out, "rejects") if "dupkey" in r["source"]}
    assert {s: r["reason"] for s, r in rejects.items()} == {"in/dupkey.jsonl#L2": "malformed_json"}
    assert "the key `id` more than once" in rejects["in/dupkey.jsonl#L2"]["detail"]
    ids = {d["doc_id"] for d in rows(out, "documents")}
    assert {"ok1", "nested"} <= ids and not ids & {"p11", "p12"}


def test_an_outlet_folder_gives_records_without_an_outlet_theirs(out: Path) -> None:
    outlets = {d["doc_id"]: d["outlet"] for d in rows(out, "documents")}
    assert {k: outlets[k] for k in ("h1", "h2", "h3", "h4")} == {
        "h1": "vnexpress", "h2": "tuoi tre", "h3": "own.vn", "h4": "part-0"}
