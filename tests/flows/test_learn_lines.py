"""Issue 17: learning a partition of line keys at a time learns what learning all at once does."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.run import learn_lines
from tests.flows.helpers import rows, run
from tests.flows.test_learned_boilerplate import article, write_jsonl

FOOTERS = {
    "songhong.vn": "Phòng Kinh doanh Báo Sông Hồng - Hotline quảng cáo 0912 345 678",
    "mientay.vn": "Bản quyền thuộc Báo Miền Tây. Ghi rõ nguồn khi phát hành lại",
    "caonguyen.vn": "Theo dõi Báo Cao Nguyên trên Zalo",
}
MENU = "Trang chủ"


def _records(ids: range, edited: bool = False) -> list[dict]:
    out = []
    for outlet, footer in FOOTERS.items():
        for n in ids:
            body = article(n + (7 if edited else 0), outlet)
            out.append({"id": f"{outlet}-{n}", "outlet": outlet, "text": f"{MENU}\n{body}\n{footer}"})
    return out


def _learned(out: Path) -> tuple[list[tuple], list[tuple]]:
    patterns = sorted(tuple(r.values()) for r in pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist())
    state = sorted((r["outlet"], r["key"], r["doc_id"], r["doc"], r["n_docs"], r["example"])
                   for r in pq.read_table(out / "state" / "learned.parquet").to_pylist())
    return patterns, state


def _two_runs(tmp_path: Path, name: str) -> tuple[Path, list[dict]]:
    first, second, out = tmp_path / f"{name}-1", tmp_path / f"{name}-2", tmp_path / f"{name}-out"
    first.mkdir()
    second.mkdir()
    write_jsonl(first / "a.jsonl", _records(range(8)))
    # the second run: three documents edited (upserts: their old rows leave the state) and four new ones
    write_jsonl(second / "b.jsonl", _records(range(5, 12), edited=True))
    return out, [run([first], out), run([second], out)]


def test_learning_by_partition_learns_what_learning_at_once_does(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    whole, whole_runs = _two_runs(tmp_path, "whole")
    monkeypatch.setattr(learn_lines, "PARTITION_ROWS", 9)  # a few rows each: many partitions
    parted, parted_runs = _two_runs(tmp_path, "parted")

    assert [m["stages"]["learn"]["partitions"] for m in whole_runs] == [1, 1]
    assert all(m["stages"]["learn"]["partitions"] > 5 for m in parted_runs)
    patterns, state = _learned(whole)
    assert {p[0] for p in patterns} == set(FOOTERS)  # every outlet's footer (and menu) was learned
    assert _learned(parted) == (patterns, state)
    # the upserted documents count once: their first version's rows left the state in both ways
    assert sum(1 for r in state if r[2] == "songhong.vn-6") == len({r[1] for r in state if r[2] == "songhong.vn-6"})
    texts = {d["doc_id"]: (d["text"], d["removed"]) for d in rows(whole, "documents")}
    assert {d["doc_id"]: (d["text"], d["removed"]) for d in rows(parted, "documents")} == texts
    assert all(FOOTERS[d.split("-")[0]] not in t for d, (t, _) in texts.items())


def test_partitions_follow_the_row_count() -> None:
    assert learn_lines.partitions(0) == 1
    assert learn_lines.partitions(learn_lines.PARTITION_ROWS) == 1
    assert learn_lines.partitions(learn_lines.PARTITION_ROWS * 10 + 1) == 11


def test_a_key_and_all_its_outlets_fall_in_one_partition() -> None:
    import pyarrow as pa

    keys = pa.array(["trang chủ", "trang chủ", "theo dõi báo", None, "x" * 40])
    part = learn_lines.partition_of(keys, 7)
    assert part[0] == part[1] and len(set(part.tolist())) >= 2 and all(0 <= p < 7 for p in part)
    assert (learn_lines.partition_of(pa.chunked_array([keys[:3], keys[3:]]), 7) == part).all()
