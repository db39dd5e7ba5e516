"""T5 F4: copied short lines (titles, sub-headings under --min-words) follow a late original and a
re-crawled original like long passages: the canonical copy is the earliest published, whatever
the order of arrival."""

from __future__ import annotations

from pathlib import Path

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.corpus import _paragraphs
from tests.flows.helpers import rows

HEADINGS = ["Có quá nhiều vấn đề cần khắc phục", "Người dân mong chờ tuyến đường mới từ rất lâu"]


def _lines() -> list[str]:
    paras = _paragraphs("000", 3)
    return [paras[0], HEADINGS[0], paras[1], HEADINGS[1], paras[2]]


def _doc(doc_id: str, outlet: str, published: str, lines: list[str]) -> dict:
    return {"id": doc_id, "outlet": outlet, "published": published, "text": "\n".join(lines)}


def _run(folder: Path, out: Path, api: str) -> None:
    done = cli("run", str(folder), "--output", str(out), "--workers", "1", api=api)
    assert done.returncode == 0, done.stderr[-2000:]


def _short(out: Path) -> dict[str, dict]:
    found = {p["passage_id"]: p for p in rows(out, "passages") if p["n_words"] < 15}
    assert len(found) % 2 == 0 and found
    return found


def _follow(out: Path, original: str, copies: list[str], api: str) -> None:
    """Every heading of `copies` points at `original`'s, which is canonical; verify says ok."""
    short = _short(out)
    heads = sorted(pid for pid in short if pid.startswith(f"{original}#"))
    assert len(heads) == 2
    for pid in heads:
        assert short[pid]["cluster_id"] == pid and short[pid]["duplicate_of"] is None
    for doc in copies:
        pointed = sorted(p["duplicate_of"] for pid, p in short.items() if pid.startswith(f"{doc}#"))
        assert pointed == heads, doc
    check = cli("verify", str(out), api=api)
    assert check.returncode == 0, check.stdout


def test_short_lines_follow_a_late_original(tmp_path: Path, prefect_api: str) -> None:
    lines, out = _lines(), tmp_path / "out"
    write_jsonl(tmp_path / "x" / "x.jsonl", [_doc("late", "late.vn", "2024-11-15T08:00:00+07:00", lines),
                                             _doc("caps", "caps.vn", "2024-11-16T08:00:00+07:00",
                                                  [x.upper() for x in lines])])
    write_jsonl(tmp_path / "y" / "y.jsonl", [_doc("orig", "orig.vn", "2024-11-13T08:00:00+07:00", lines)])
    _run(tmp_path / "x", out, prefect_api)
    _follow(out, "late", ["caps"], prefect_api)
    _run(tmp_path / "y", out, prefect_api)
    _follow(out, "orig", ["late", "caps"], prefect_api)
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert docs["late"]["copied_from"] == ["orig.vn"] and docs["caps"]["copied_from"] == ["orig.vn"]


def test_short_lines_follow_a_recrawled_original(tmp_path: Path, prefect_api: str) -> None:
    lines, out = _lines(), tmp_path / "out"
    write_jsonl(tmp_path / "in" / "feed.jsonl", [_doc("a-3", "a.vn", "2024-11-13T08:00:00+07:00", lines),
                                                 _doc("b-3", "b.vn", "2024-11-13T10:00:00+07:00", lines),
                                                 _doc("d-3", "d.vn", "2024-11-13T11:00:00+07:00", lines)])
    _run(tmp_path / "in", out, prefect_api)
    _follow(out, "a-3", ["b-3", "d-3"], prefect_api)
    new_top = "Cập nhật lúc 9 giờ: cơ quan chức năng đã có thông báo chính thức về toàn bộ vụ việc trên địa bàn."
    write_jsonl(tmp_path / "again" / "a.jsonl", [_doc("a-3", "a.vn", "2024-11-13T08:00:00+07:00", [new_top, *lines])])
    _run(tmp_path / "again", out, prefect_api)
    _follow(out, "a-3", ["b-3", "d-3"], prefect_api)
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert docs["d-3"]["copied_from"] == ["a.vn"]


def _assignments(out: Path) -> dict[str, tuple]:
    return {p["passage_id"]: (p["cluster_id"], p["duplicate_of"]) for p in rows(out, "passages")}


def test_a_heading_that_becomes_a_template_leaves_its_cluster(tmp_path: Path, prefect_api: str) -> None:
    """ATK3: a heading two outlets share is a copy after the first run; the second run brings two more
    documents of one outlet with it (three in all: a template), and the answer is the one run's over all
    four documents: no cluster, the earlier copies' too."""
    heading = HEADINGS[1]
    docs = [_doc(f"{outlet[0]}{k}", outlet, f"2024-11-1{k}T08:00:00+07:00", [*_paragraphs(seed, 2), heading])
            for k, (outlet, seed) in enumerate([("a.vn", "000"), ("b.vn", "001"), ("a.vn", "002"), ("a.vn", "003")])]
    write_jsonl(tmp_path / "one" / "all.jsonl", docs)
    write_jsonl(tmp_path / "first" / "x.jsonl", docs[:2])
    write_jsonl(tmp_path / "second" / "y.jsonl", docs[2:])
    _run(tmp_path / "first", tmp_path / "two", prefect_api)
    assert _short(tmp_path / "two")["b1#2"]["duplicate_of"] == "a0#2"  # a copy, as far as the first run knows
    _run(tmp_path / "second", tmp_path / "two", prefect_api)
    _run(tmp_path / "one", tmp_path / "single", prefect_api)
    single = _assignments(tmp_path / "single")
    assert not any(c for c, _ in single.values())  # 3 documents of a.vn: a template, no copy
    assert _assignments(tmp_path / "two") == single
    docs_two = {d["doc_id"]: d["copied_from"] for d in rows(tmp_path / "two", "documents")}
    assert docs_two["b1"] in (None, [])
    check = cli("verify", str(tmp_path / "two"), api=prefect_api)
    assert check.returncode == 0, check.stdout
