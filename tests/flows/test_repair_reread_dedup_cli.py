"""T5 F12: after `repair` of a lost passages shard, the run that reads its inputs again leaves
every canonical copy the earliest published and no copy pointing at a copy (verify: ok)."""

from __future__ import annotations

from pathlib import Path

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.corpus import _paragraphs
from tests.flows.helpers import manifests, rows

QUESTION = "Nhưng trong thực tế, hiện nay, người tham gia bảo hiểm vẫn chưa được hưởng đầy đủ quyền lợi?"


def _doc(doc_id: str, outlet: str, published: str, lines: list[str]) -> dict:
    return {"id": doc_id, "outlet": outlet, "published": published, "text": "\n".join(lines)}


def test_the_reread_after_repair_keeps_the_original_canonical(tmp_path: Path, prefect_api: str) -> None:
    lines = [*_paragraphs("000", 2), QUESTION, *_paragraphs("003", 1)]
    first, second, out = tmp_path / "r1", tmp_path / "r2", tmp_path / "out"
    write_jsonl(first / "a.jsonl", [_doc("a-1", "a.vn", "2024-11-13T08:00:00+07:00", lines),
                                    _doc("b-1", "b.vn", "2024-11-13T10:00:00+07:00", lines)])
    zwsp = [x.replace(" ", " \u200b") for x in lines]  # invisible marks after spaces, and ALL CAPS
    write_jsonl(second / "v.jsonl", [_doc("zw-1", "zw.vn", "2024-11-15T08:00:00+07:00", zwsp),
                                     _doc("up-1", "up.vn", "2024-11-15T09:00:00+07:00", [x.upper() for x in lines])])
    for folder in (first, second):
        done = cli("run", str(folder), "--output", str(out), "--workers", "1", api=prefect_api)
        assert done.returncode == 0, done.stderr[-2000:]
    before = {p["passage_id"]: (p["cluster_id"], p["duplicate_of"]) for p in rows(out, "passages")}
    assert before["zw-1#2"] == ("a-1#2", "a-1#2")
    lost = out / "passages" / f"{manifests(out)[0]['run_id']}.parquet"
    lost.unlink()
    assert cli("verify", str(out), api=prefect_api).returncode == 1
    assert cli("repair", str(out), api=prefect_api).returncode == 0
    done = cli("run", str(first), str(second), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 0, done.stderr[-2000:]
    check = cli("verify", str(out), api=prefect_api)
    assert check.returncode == 0, check.stdout + check.stderr
    passages = {p["passage_id"]: p for p in rows(out, "passages")}
    assert all(p["duplicate_of"] is None for p in passages.values() if p["doc_id"] == "a-1")
    for p in passages.values():
        if p["duplicate_of"]:
            assert passages[p["duplicate_of"]]["duplicate_of"] is None, p["passage_id"]  # no chains
    assert {pid: (p["cluster_id"], p["duplicate_of"]) for pid, p in passages.items()} == before
