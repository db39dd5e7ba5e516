"""README-only tester 5's leftover findings, through the CLI and the Parquet output: an id that is no
id is an `invalid_id` reject (F2, F10h) and integral numbers are one id; a JavaScript wall is
`no_content` (F10d); a page nested past the parser's depth keeps its text (F10e); reject details and
hints say what is wrong (F10g); the report and the CLI name their durations (F10j); two more date
spellings are read and far-future ones are not (F10n); the report says when learned patterns removed
nothing (F10o); an ALL-CAPS copy is found whichever of the pair comes first (similarity symmetry)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.flows.cli_support import cli, records, write_jsonl
from tests.flows.corpus import _paragraphs
from tests.flows.helpers import manifests, rows

ART = ("Bài viết thứ nhất có đủ chữ để thành một đoạn văn dài hơn mười lăm từ cho việc kiểm tra trùng lặp "
       "giữa các trang báo.")


def _text(key: str) -> str:
    """Three distinct paragraphs of random words (`cli_support.records`), one text per key."""
    return records(key, range(1))[0]["text"]


def _run(api: str, inputs: Path, out: Path) -> tuple[dict, str]:
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=api, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return manifests(out)[-1], done.stdout


def _deep_page(open_tags: str, close_tags: str, depth: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in _paragraphs("004", 3))
    return f"<html><body>{open_tags * depth}{body}{close_tags * depth}</body></html>"


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory, prefect_api: str) -> dict:
    """One run over every odd input of this module: (manifest, stdout, documents, rejects by source)."""
    base = tmp_path_factory.mktemp("odd")
    inputs = base / "in"
    ids = [{"id": True, "text": _text("010")}, {"id": "", "text": _text("011")},
           {"id": "   ", "text": _text("012")}, {"id": {"a": 1}, "text": _text("013")},
           {"id": [1, 2], "text": _text("014")}, {"id": None, "text": _text("015")},
           {"id": 7, "text": _text("016")}, {"id": 8.0, "text": _text("017")}, {"id": 9.5, "text": _text("018")}]
    write_jsonl(inputs / "ids.jsonl", ids)
    (inputs / "nan.jsonl").write_text('{"id": NaN, "text": "' + ART + '"}\n', encoding="utf-8")
    pq.write_table(pa.table({"id": pa.array([float("nan"), 3.0]), "text": [_text("020"), _text("021")]}),
                   inputs / "floats.parquet")
    # F10g: a lone surrogate in the text of a record whose id is fine
    (inputs / "surrogate.jsonl").write_text('{"id": "j10", "text": "lone \\ud83d surrogate ' + ART + '"}\n',
                                            encoding="utf-8")
    (inputs / "cp1252.csv").write_bytes(b"id,text\nc1,caf\xe9 " + ART.encode() + b"\nc2,\n")
    pq.write_table(pa.table({"id": ["l1", "l2"], "text": [["p1", "p2"], ["p3"]]}), inputs / "listtext.parquet")
    # F10d, F10e
    (inputs / "noscript.html").write_text(
        '<html><body><noscript>Bạn cần bật JavaScript để xem nội dung này.</noscript><div id="app"></div></body></html>',
        encoding="utf-8")
    (inputs / "enable_js.html").write_text(
        "<html><head><title>App</title></head><body><div id='root'></div>"
        "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>", encoding="utf-8")
    (inputs / "app_root.html").write_text(
        '<html><head><script src="/static/main.js"></script></head><body><div id="__next"></div></body></html>',
        encoding="utf-8")
    (inputs / "deep.html").write_text(_deep_page("<div>", "</div>", 20_000), encoding="utf-8")
    (inputs / "nested_tables.html").write_text(_deep_page("<table><tr><td>", "</td></tr></table>", 3_000),
                                               encoding="utf-8")
    # F10n
    dates = {"thg": "13 thg 11, 2024", "thg_time": "08:16, 13 thg 11, 2024",
             "rfc9557": "2024-11-13T08:16:00+07:00[Asia/Ho_Chi_Minh]", "rfc9557_zone": "2024-11-13T08:16:00[Asia/Tokyo]",
             "y2099": "2099-01-01", "y9999": "9999-12-31T23:59:59+14:00"}
    write_jsonl(inputs / "dates.jsonl", [{"id": k, "published": v, "text": _text(f"03{i}")}
                                         for i, (k, v) in enumerate(dates.items())])
    m, stdout = _run(prefect_api, inputs, base / "out")
    docs = {d["doc_id"]: d for d in rows(base / "out", "documents")}
    rejects = {r["source"]: r for r in rows(base / "out", "rejects")}
    return {"m": m, "stdout": stdout, "docs": docs, "rejects": rejects, "out": base / "out"}


def test_an_id_that_is_no_id_is_an_invalid_id_reject(odd: dict) -> None:
    """F2/F10h: `true`, `""`, white space, an object, a list, NaN: a reject naming the field and what it
    held, never a document under an id made from its text (an edit would be a second document)."""
    rejects = odd["rejects"]
    expected = {"in/ids.jsonl#L1": "a boolean", "in/ids.jsonl#L2": "an empty string", "in/ids.jsonl#L3": "only white space",
                "in/ids.jsonl#L4": "an object", "in/ids.jsonl#L5": "a list", "in/nan.jsonl#L1": "NaN",
                "in/floats.parquet#row1": "NaN"}
    for source, kind in expected.items():
        assert rejects[source]["reason"] == "invalid_id", (source, rejects.get(source))
        assert f"`id` is {kind}" in rejects[source]["detail"], rejects[source]["detail"]
    # null is an absent id (hashed from the text); numbers are ids, an integral float its integer
    assert "in/ids.jsonl#L6" not in rejects
    sources = {d["source"]: d["doc_id"] for d in odd["docs"].values()}
    assert sources["in/ids.jsonl#L7"] == "7" and sources["in/ids.jsonl#L8"] == "8"
    assert sources["in/ids.jsonl#L9"] == "9.5" and sources["in/floats.parquet#row2"] == "3"
    assert odd["m"]["counts"]["rejects_by_reason"]["invalid_id"] == len(expected)
    assert odd["m"]["counts"]["balanced"]


def test_reject_details_and_hints_say_what_is_wrong(odd: dict) -> None:
    """F10g: a non-UTF-8 byte in a CSV is named as such (not "a lone surrogate"); the lone-surrogate
    reject keeps the id it parsed; a list text column gets no "try --text-field id" hint."""
    rejects = odd["rejects"]
    csv = rejects["in/cp1252.csv#L2"]
    assert csv["reason"] == "unencodable" and "byte 0xE9" in csv["detail"] and "not UTF-8" in csv["detail"]
    assert "surrogate" not in csv["detail"]
    lone = rejects["in/surrogate.jsonl#L1"]
    assert lone["reason"] == "unencodable" and lone["doc_id"] == "j10" and "lone surrogate" in lone["detail"]
    hints = " ".join(odd["m"].get("hints", []))
    assert "listtext.parquet" in hints and "`text` holds a list" in hints, hints
    assert "--text-field id" not in hints


def test_a_javascript_wall_is_no_content(odd: dict) -> None:
    """F10d: a page whose only text asks for JavaScript is no article; an empty app root says why."""
    for name in ("noscript.html", "enable_js.html", "app_root.html"):
        rej = odd["rejects"][f"in/{name}"]
        assert rej["reason"] == "no_content" and "needs JavaScript" in rej["detail"], rej
    assert not [d for d in odd["docs"].values() if "JavaScript" in d["text"]]


def test_a_page_nested_past_the_parser_depth_keeps_its_text(odd: dict) -> None:
    """F10e: 20,000 nested <div>, 3,000 nested tables: the article is read, not `no_content`."""
    expected = _paragraphs("004", 3)
    for name in ("deep.html", "nested_tables.html"):
        doc = next(d for d in odd["docs"].values() if d["source"] == f"in/{name}")
        assert doc["text"].split("\n") == expected, doc["text"][:300]


def test_more_date_spellings_and_no_far_future(odd: dict) -> None:
    """F10n: "13 thg 11, 2024" and RFC 9557 "…+07:00[Asia/Ho_Chi_Minh]" are read; 2099 and 9999 are not
    publication times (null, counted)."""
    docs = odd["docs"]
    got = {k: (str(docs[k]["published"]), docs[k]["published_precision"]) for k in
           ("thg", "thg_time", "rfc9557", "rfc9557_zone", "y2099", "y9999")}
    assert got == {"thg": ("2024-11-12 17:00:00+00:00", "day"), "thg_time": ("2024-11-13 01:16:00+00:00", "minute"),
                   "rfc9557": ("2024-11-13 01:16:00+00:00", "second"),
                   "rfc9557_zone": ("2024-11-12 23:16:00+00:00", "second"),
                   "y2099": ("None", None), "y9999": ("None", None)}
    assert odd["m"]["counts"]["published_invalid"] == 2


def test_the_report_and_the_cli_name_their_durations(odd: dict) -> None:
    """F10j: the CLI prints the command's time and the run's; the report's "took" is the run's, named."""
    m = odd["m"]
    run_seconds = (_at(m["finished_at"]) - _at(m["started_at"]))
    head = re.search(r"newsclean run \S+ \(command ([\d.]+) s, run ([\d.]+) s of it\)", odd["stdout"])
    assert head, odd["stdout"][:300]
    assert float(head[2]) == round(run_seconds, 1) and float(head[1]) >= float(head[2])
    report = (odd["out"] / "reports" / f"{m['run_id']}.md").read_text(encoding="utf-8")
    assert f"took **{run_seconds:,.1f} s** from locking the output to the commit" in report


def _at(iso: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(iso).timestamp()


def test_the_report_says_when_learned_patterns_removed_nothing(tmp_path: Path, prefect_api: str) -> None:
    """F10o: list intros learned from six documents are kept by the list guard: the report says the
    patterns removed no line rather than "(lines … removed from its text)"."""
    recs = []
    for i in range(6):
        paras = _text(f"L{i}").split("\n")
        recs.append({"id": f"L{i}", "outlet": "baol.vn", "text": "\n".join(
            [paras[0], "Hồ sơ bao gồm:", "- Đơn đăng ký theo mẫu của trường", "- Bản sao bằng tốt nghiệp có công chứng",
             paras[1], "Điều kiện dự tuyển:", "- Tốt nghiệp THPT", "- Đủ sức khỏe học tập"])})
    m, _ = _run(prefect_api, write_jsonl(tmp_path / "in" / "l.jsonl", recs), tmp_path / "out")
    assert m["counts"]["learned_patterns"] >= 1
    assert m["counts"]["lines_removed_by_rule"].get("learned_boilerplate", 0) == 0
    docs = rows(tmp_path / "out", "documents")
    assert all("Hồ sơ bao gồm:" in d["text"] for d in docs)
    report = (tmp_path / "out" / "reports" / f"{m['run_id']}.md").read_text(encoding="utf-8")
    assert "they removed no line of this run's documents" in report
    assert "removed from its text" not in report


def test_an_all_caps_copy_is_found_whichever_comes_first(tmp_path: Path, prefect_api: str) -> None:
    """`similarity(a, b) == similarity(b, a)`: a 16-to-24-word passage and its ALL-CAPS copy (every word of
    it a name) were a copy in one order and not in the other; now both pairs of this run are found."""
    inputs = tmp_path / "in"
    first, second = [], []
    for k, key in enumerate(("001", "002")):
        lines = [" ".join(p.split()[:20]).rstrip(".,") + "." for p in _paragraphs(key, 2)]
        plain = {"text": "\n".join(lines), "published": "2024-11-13T08:00:00+07:00"}
        caps = {"text": "\n".join(line.upper() for line in lines), "published": "2024-11-14T08:00:00+07:00"}
        # pair 0: the plain original is read first; pair 1: the ALL-CAPS copy is read first
        a, b = (plain, caps) if k == 0 else (caps, plain)
        first.append({"id": f"p{k}-{'plain' if a is plain else 'caps'}", "outlet": f"a{k}.vn", **a})
        second.append({"id": f"p{k}-{'plain' if b is plain else 'caps'}", "outlet": f"b{k}.vn", **b})
    write_jsonl(inputs / "1.jsonl", first)
    write_jsonl(inputs / "2.jsonl", second)
    _run(prefect_api, inputs, tmp_path / "out")
    passages = {p["passage_id"]: p for p in rows(tmp_path / "out", "passages")}
    for k in range(2):
        for idx in range(2):
            caps = passages[f"p{k}-caps#{idx}"]
            assert caps["duplicate_of"] == f"p{k}-plain#{idx}", (k, idx, caps["duplicate_of"], caps["n_words"])
    assert json.dumps(sorted(passages))  # every passage is there
