"""Bad input gets a reject row with a reason, and the run goes on; good input is decoded."""

from __future__ import annotations

import codecs
import gzip
import json
import random
import unicodedata
from pathlib import Path

from tests.flows.helpers import rows, run

GOOD = "Tổng thống Nga Vladimir Putin đã đến thủ đô của Bắc Hàn một ngày trước đó để hội đàm."
HTML_EMPTY = "<html><head><title>x</title><script>var a=1;</script></head><body><script>b()</script></body></html>"
HTML_BROKEN = "<html><body><div><p>" + "<div><span>" * 50 + "<<<>>> </p"


def html_article(n: int) -> str:
    paras = "".join(f"<p>{GOOD} Đoạn thứ {i} của bài viết số {n} nói về hợp tác.</p>" for i in range(8))
    return f"<html><head><title>Bài {n}</title></head><body><article><h1>Bài {n}</h1>{paras}</article></body></html>"


def cp1258(text: str) -> bytes:
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
                   + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def make_inputs(d: Path) -> None:
    d.mkdir()
    (d / "good.txt").write_text(GOOD + "\n", encoding="utf-8")
    (d / "utf16.txt").write_bytes((GOOD + "\r\n").encode("utf-16"))
    (d / "legacy.txt").write_bytes(cp1258(GOOD))
    (d / "bom.txt").write_bytes(codecs.BOM_UTF8 + GOOD.encode())
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "empty.txt").write_bytes(b"")
    (d / "nul.txt").write_bytes(GOOD.encode() + b"\x00 tail")
    (d / "garbage.txt").write_bytes(bytes(random.Random(1).randrange(128, 256) for _ in range(300)))
    (d / "long.txt").write_text("chữ " * 3_000_000, encoding="utf-8")  # one 12 MB line
    (d / "empty.html").write_text(HTML_EMPTY, encoding="utf-8")
    (d / "broken.html").write_text(HTML_BROKEN, encoding="utf-8")
    (d / "page.html").write_text(html_article(1), encoding="utf-8")
    (d / "notes.md").write_text("not an input type", encoding="utf-8")
    lines = [
        json.dumps({"id": "r1", "text": "same id again " + GOOD}),
        "{this is not json",
        json.dumps({"id": "r3", "title": "no body"}),
        json.dumps({"id": "r4", "html": html_article(4), "url": "https://www.xyz.vn/a/4.html"}),
        json.dumps({"id": "r1", "text": GOOD, "outlet": "abc.vn", "published": "2024-06-19T08:00:00+07:00"}),
    ]
    with gzip.open(d / "records.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def test_every_bad_input_has_a_reason_and_the_run_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    make_inputs(inputs)
    out = tmp_path / "out"
    m = run([inputs], out)
    rejects = {r["source"].removeprefix("in/"): r for r in rows(out, "rejects")}
    assert {k: v["reason"] for k, v in rejects.items()} == {
        "binary.txt": "binary",
        "empty.txt": "empty",
        "garbage.txt": "invalid_encoding",
        "long.txt": "line_too_long",
        "empty.html": "no_content",
        "broken.html": "no_content",
        "records.jsonl.gz#L2": "malformed_json",
        "records.jsonl.gz#L3": "no_text",
        "records.jsonl.gz#L1": "duplicate_id",  # an older, different version of r1 (L5 is newer)
    }
    assert all(r["detail"] and r["run_id"] == m["run_id"] for r in rejects.values())
    docs = {d["source"].removeprefix("in/"): d for d in rows(out, "documents")}
    assert set(docs) == {"good.txt", "utf16.txt", "legacy.txt", "bom.txt", "nul.txt", "page.html",
                         "records.jsonl.gz#L5", "records.jsonl.gz#L4"}
    for name in ("utf16.txt", "legacy.txt", "bom.txt"):
        assert docs[name]["text"] == GOOD and docs[name]["decode_errors"] == 0, name
    # a stray NUL is dropped and counted, not a reason to lose the document
    assert docs["nul.txt"]["text"] == GOOD + " tail" and docs["nul.txt"]["decode_errors"] == 1
    # JSONL: id kept, outlet and published from the record; HTML: outlet from the URL, title extracted
    assert docs["records.jsonl.gz#L5"]["doc_id"] == "r1" and docs["records.jsonl.gz#L5"]["outlet"] == "abc.vn"
    assert docs["records.jsonl.gz#L5"]["published"].isoformat() == "2024-06-19T01:00:00+00:00"
    assert docs["records.jsonl.gz#L4"]["outlet"] == "xyz.vn" and docs["records.jsonl.gz#L4"]["title"] == "Bài 4"
    assert docs["page.html"]["title"] == "Bài 1" and "Đoạn thứ 7" in docs["page.html"]["text"]
    c = m["counts"]
    assert c["inputs_seen"] == 17 and c["processed"] == 8 and c["rejected"] == 9 and c["balanced"]
    assert c["files_ignored"] == 1  # notes.md is not an input: counted, never rejected


def test_size_cap_and_extraction_time_limit(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "big.txt").write_text((GOOD + "\n") * 20_000, encoding="utf-8")  # ~2 MB
    (inputs / "page.html").write_text(html_article(2), encoding="utf-8")
    (inputs / "ok.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    m = run([inputs], out, max_file_mb=1, extract_timeout=1e-6)
    reasons = {r["source"].removeprefix("in/"): r["reason"] for r in rows(out, "rejects")}
    assert reasons == {"big.txt": "too_large", "page.html": "extract_timeout"}
    assert m["counts"]["processed"] == 1 and m["counts"]["balanced"]


def test_record_files_without_records_get_one_empty_reject_each(tmp_path: Path) -> None:
    """An empty .jsonl, a 0-row .parquet, header-only and BOM-only .csv: one `empty` reject each."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tests.flows.cli_support import cli
    from tests.flows.helpers import manifests

    d, out = tmp_path / "in", tmp_path / "o"
    d.mkdir()
    (d / "good.jsonl").write_text(json.dumps({"id": "g1", "text": GOOD}) + "\n", encoding="utf-8")
    (d / "empty.jsonl").write_bytes(b"")
    (d / "blank.jsonl").write_bytes(b"\n\n")
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}), d / "none.parquet")
    (d / "header.csv").write_text("id,text\n", encoding="utf-8")
    (d / "bom.csv").write_bytes(codecs.BOM_UTF8)
    done = cli("run", str(d), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    got = {r["source"].rsplit("/", 1)[-1]: (r["reason"], r["detail"]) for r in rows(out, "rejects")}
    for name in ("empty.jsonl", "blank.jsonl", "none.parquet", "header.csv", "bom.csv"):
        assert got[name] == ("empty", "file has no records"), (name, got)
    counts = manifests(out)[-1]["counts"]
    assert counts["inputs_seen"] == 6 and counts["processed"] == 1 and counts["rejected"] == 5
    assert counts["files_seen"] == 6 and counts["balanced"]


def test_jsonl_and_csv_with_a_utf16_or_utf32_bom_are_read(tmp_path: Path) -> None:
    """Record files written by Windows tools in UTF-16/32 (with a BOM) are decoded as such."""
    from tests.flows.cli_support import cli
    from tests.flows.helpers import manifests

    d, out = tmp_path / "in", tmp_path / "o"
    d.mkdir()
    body = {"text": GOOD + "\nĐoạn thứ hai có dấu \u2028 và nhiều chữ hơn để thành bài."}
    for name, enc in (("le16", "utf-16-le"), ("be16", "utf-16-be"), ("le32", "utf-32-le")):
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}[enc]
        text = "".join(json.dumps({"id": f"{name}-{i}", **body}, ensure_ascii=False) + "\r\n" for i in range(2))
        (d / f"{name}.jsonl").write_bytes(bom + text.encode(enc))
    with gzip.open(d / "gz16.jsonl.gz", "wb") as fh:
        fh.write(codecs.BOM_UTF16_LE + (json.dumps({"id": "gz16-0", **body}, ensure_ascii=False) + "\n").encode("utf-16-le"))
    (d / "sheet.csv").write_bytes(codecs.BOM_UTF16_LE + f"id,text\ncsv16-0,\"{GOOD}\"\n".encode("utf-16-le"))
    done = cli("run", str(d), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert rows(out, "rejects") == []
    docs = {r["doc_id"]: r for r in rows(out, "documents")}
    assert set(docs) == {"le16-0", "le16-1", "be16-0", "be16-1", "le32-0", "le32-1", "gz16-0", "csv16-0"}
    assert all(GOOD in r["text"] for r in docs.values())
    assert manifests(out)[-1]["counts"]["balanced"]


def test_published_values_that_are_not_dates_are_counted_as_invalid(tmp_path: Path) -> None:
    """true, false, [], {} in `published` are left null and counted in published_invalid."""
    from tests.flows.cli_support import cli
    from tests.flows.helpers import manifests

    d, out = tmp_path / "in", tmp_path / "o"
    d.mkdir()
    values = [True, False, [], {}, ["2024-06-19"], "2024-06-19T08:00:00+07:00", None]
    (d / "p.jsonl").write_text("".join(json.dumps({"id": f"p{i}", "text": f"{GOOD} Bài {i}.", "published": v}) + "\n"
                                       for i, v in enumerate(values)), encoding="utf-8")
    done = cli("run", str(d), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    docs = {r["doc_id"]: r for r in rows(out, "documents")}
    assert [docs[f"p{i}"]["published"] is None for i in range(len(values))] == [True] * 5 + [False, True]
    assert manifests(out)[-1]["counts"]["published_invalid"] == 5


def test_parquet_published_values_of_no_date_type_are_counted_as_invalid(tmp_path: Path) -> None:
    """ATK12: a Parquet `published` column of durations or times of day was left null and counted nowhere;
    a null, NaN or empty value stays absent, not invalid."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    from tests.flows.cli_support import cli
    from tests.flows.helpers import manifests

    d, out = tmp_path / "in", tmp_path / "o"
    d.mkdir()
    texts = [f"{GOOD} Bài {i}." for i in range(6)]
    pq.write_table(pa.table({"id": [f"d{i}" for i in range(3)], "text": texts[:3],
                             "published": pa.array([dt.timedelta(days=1), dt.timedelta(seconds=5), None],
                                                   pa.duration("s"))}), d / "durations.parquet")
    pq.write_table(pa.table({"id": [f"t{i}" for i in range(3)], "text": texts[3:],
                             "published": pa.array([dt.time(8, 16), None, None], pa.time64("us"))}), d / "times.parquet")
    pq.write_table(pa.table({"id": ["n0", "n1"], "text": [f"{GOOD} Số {i}." for i in range(2)],
                             "published": pa.array([float("nan"), None], pa.float64())}), d / "nan.parquet")
    done = cli("run", str(d), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert all(r["published"] is None for r in rows(out, "documents")) and len(rows(out, "documents")) == 8
    assert manifests(out)[-1]["counts"]["published_invalid"] == 3


def test_a_text_that_is_not_a_string_is_no_text(tmp_path: Path) -> None:
    """Python's json reads NaN and Infinity: they became documents "nan" and "inf". Any text or
    html that is not a string (a number, NaN, true, an object) is `no_text`, naming what it was."""
    d = tmp_path / "in"
    d.mkdir()
    bodies = {"nan": "NaN", "inf": "Infinity", "int": "12345", "float": "1.5", "bool": "true",
              "obj": '{"vi": "Nội dung"}', "html-int": None}
    lines = [f'{{"id": "{k}", "text": {v}, "outlet": "a.vn"}}' for k, v in bodies.items() if v]
    lines += ['{"id": "html-int", "html": 7, "outlet": "a.vn"}', json.dumps({"id": "ok", "text": GOOD})]
    (d / "types.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    m = run([d], tmp_path / "out")
    assert [doc["doc_id"] for doc in rows(tmp_path / "out", "documents")] == ["ok"]
    rejects = {r["doc_id"]: r for r in rows(tmp_path / "out", "rejects")}
    assert {k: r["reason"] for k, r in rejects.items()} == {k: "no_text" for k in bodies}
    assert "`text` is NaN" in rejects["nan"]["detail"] and "`text` is 12345" in rejects["int"]["detail"]
    assert "`html` is 7" in rejects["html-int"]["detail"]
    assert m["counts"]["balanced"]


def test_a_page_that_is_only_navigation_is_no_content(tmp_path: Path) -> None:
    """A page (record or file) whose every line the rules remove as navigation was written as a
    document with text "" and `copied_from` null: it is a `no_content` reject naming its lines (a text
    record likewise is `empty`); every document has a `copied_from` list."""
    d = tmp_path / "in"
    d.mkdir()
    nav = "<html><body><nav>Trang chủ</nav></body></html>"
    (d / "nav.html").write_text(nav, encoding="utf-8")
    (d / "recs.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "page", "html": nav, "outlet": "h.vn"}, {"id": "menu", "text": "Trang chủ", "outlet": "h.vn"},
        {"id": "ok", "html": f"<p>{GOOD}</p>", "outlet": "h.vn"}]) + "\n", encoding="utf-8")
    m = run([d], tmp_path / "out")
    docs = rows(tmp_path / "out", "documents")
    assert [doc["doc_id"] for doc in docs] == ["ok"] and all(doc["copied_from"] == [] for doc in docs)
    rejects = {r["source"]: r for r in rows(tmp_path / "out", "rejects")}
    assert {s: r["reason"] for s, r in rejects.items()} == {
        "in/nav.html": "no_content", "in/recs.jsonl#L1": "no_content", "in/recs.jsonl#L2": "empty"}
    # named as navigation before extraction (ATK6 F9), or by the lines and rules that removed everything
    assert "'Trang chủ'" in rejects["in/nav.html"]["detail"]
    assert m["counts"]["balanced"]


def test_an_unclosed_csv_quote_does_not_swallow_the_next_records(tmp_path: Path) -> None:
    """The field of an unclosed quote ran on into the next line, up to that record's own quote:
    q2 was neither a document nor a reject. Every line is accounted for: the broken record is a
    `malformed_csv` reject naming the lines it took in, which are read again one by one."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "quoted.csv").write_text(
        f'id,text,outlet\nq1,"{GOOD} unclosed quote,f.vn\nq2,"{GOOD} Hai.",f.vn\nq3,"{GOOD} Ba.",f.vn\n'
        f'q4,"{GOOD} no end\nthe rest, of a line\nq5,{GOOD} Năm.,f.vn\n', encoding="utf-8")
    m = run([d], tmp_path / "out")
    assert sorted(doc["doc_id"] for doc in rows(tmp_path / "out", "documents")) == ["q2", "q3", "q5"]
    rejects = {r["source"]: r for r in rows(tmp_path / "out", "rejects")}
    assert {s: r["reason"] for s, r in rejects.items()} == {
        "in/quoted.csv#L2": "malformed_csv", "in/quoted.csv#L5": "malformed_csv", "in/quoted.csv#L6": "malformed_csv"}
    assert "line 3, which the broken field took in, read again" in rejects["in/quoted.csv#L2"]["detail"]
    assert "lines 6-7" in rejects["in/quoted.csv#L5"]["detail"]
    assert m["counts"]["balanced"] and m["counts"]["inputs_seen"] == 6


def test_an_empty_or_blank_text_is_named_as_such_not_as_a_missing_field(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.jsonl").write_text('{"id": "e", "text": ""}\n{"id": "b", "text": "  \\n "}\n{"id": "m", "title": "x"}\n',
                                    encoding="utf-8")
    run([inputs], tmp_path / "out")
    detail = {r["doc_id"]: r["detail"] for r in rows(tmp_path / "out", "rejects")}
    assert "`text` is empty or blank" in detail["e"] and "`text` is empty or blank" in detail["b"]
    assert "empty or blank" not in detail["m"] and "record has neither `text` nor `html`" in detail["m"]
