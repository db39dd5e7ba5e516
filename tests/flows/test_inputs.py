"""Reading the records people have, through the CLI and the Parquet output: field mapping,
CSV/TSV, the no-text hint, word-segmented copies (issue 16), hostile records isolated one by one
and files that are not inputs (issue 10)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.report import markdown_report
from tests.flows.helpers import REPO, manifests, rows
from tests.flows.test_cli import cli

VIETNEWS = [json.loads(line) for line in (REPO / "tests/fixtures/vietnews_few.jsonl").read_text().splitlines()]
GOOD = "Tổng thống Nga Vladimir Putin đã đến thủ đô của Bắc Hàn một ngày trước đó để hội đàm về hợp tác {n}."


def plain(segmented: str) -> str:
    """The same text written plainly: syllables separated by spaces, punctuation attached."""
    return re.sub(r" ([,.;:!?])", r"\1", segmented.replace("_", " "))


def make_mapped_inputs(d: Path) -> None:
    d.mkdir()
    (d / "vietnews.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in VIETNEWS), encoding="utf-8")
    pq.write_table(pa.table({
        "id": ["p1", "p2"],
        "title": ["Bài Parquet 1", "Bài Parquet 2"],
        "body": [GOOD.format(n="p1"), GOOD.format(n="p2")],
        "date": pa.array([datetime(2024, 11, 13, 1, 16, tzinfo=UTC), None], pa.timestamp("us", tz="UTC")),
        "link": ["https://www.pq.vn/a/1.html", "https://www.pq.vn/a/2.html"],
    }), d / "records.parquet")
    first = VIETNEWS[0]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "title", "body", "date", "link"])
    w.writerow(["c1", plain(first["title"]), plain(first["body"]), "13/11/2024 08:16", "https://csv.vn/c1"])  # lines 2-7
    w.writerow(["c2", "Hai dòng", GOOD.format(n="c2") + "\nDòng thứ hai, có dấu phẩy.",
                "Wed, 13 Nov 2024 08:16:00 +0700", ""])  # lines 8-9
    assert buf.getvalue().count("\n") == 9
    csv_text = buf.getvalue() + (
        'c3,Sai,"mở ngoặc "rồi" lỗi",2024-11-13,\n'  # line 10: malformed quoting
        "c4,Thiếu cột\n"  # line 11: 2 fields where the header has 5
        f"c5,Ngày sai,{GOOD.format(n='c5')},2024-02-30,\n"  # line 12: impossible date, null and counted
    )
    (d / "records.csv").write_text(csv_text, encoding="utf-8")
    (d / "records.tsv").write_text(f"id\ttitle\tbody\tdate\nt1\tTab\t{GOOD.format(n='t1')}\t2024/11/13 08:16\n",
                                   encoding="utf-8")


def test_mapped_jsonl_parquet_csv_through_the_cli(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    make_mapped_inputs(inputs)
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1",
               "--text-field", "body", "--published-field", "date", "--url-field", "link")
    assert done.returncode == 0, done.stderr
    m = manifests(out)[-1]
    c = m["counts"]
    docs = {d["source"].removeprefix("in/"): d for d in rows(out, "documents")}
    rejects = {r["source"].removeprefix("in/"): r for r in rows(out, "rejects")}
    # nothing lost: documents = inputs - rejects, per file
    assert c["inputs_seen"] == 3 + 2 + 5 + 1 and c["balanced"]
    assert len(docs) == c["processed"] == 3 + 2 + 3 + 1 and len(rejects) == c["rejected"] == 2
    per_file = {}
    for s in docs:
        per_file[s.split("#")[0]] = per_file.get(s.split("#")[0], 0) + 1
    assert per_file == {"vietnews.jsonl": 3, "records.parquet": 2, "records.csv": 3, "records.tsv": 1}
    assert {k: (v["reason"], v["detail"].split(":")[0]) for k, v in rejects.items()} == {
        "records.csv#L10": ("malformed_csv", "line 10"), "records.csv#L11": ("malformed_csv", "line 11")}
    # ids, titles and dates through the mapping
    assert {d["doc_id"] for d in docs.values()} >= {r["id"] for r in VIETNEWS} | {"p1", "p2", "c1", "c2", "c5", "t1"}
    assert all(d["title"] for d in docs.values())
    by_id = {d["doc_id"]: d for d in docs.values()}
    hanoi_0816 = datetime(2024, 11, 13, 1, 16, tzinfo=UTC)
    for doc_id in ("p1", "c1", "c2", "t1"):
        assert by_id[doc_id]["published"] == hanoi_0816, doc_id
    assert by_id["p1"]["published_precision"] == "second" and by_id["c1"]["published_precision"] == "minute"
    assert by_id["p2"]["published"] is None and by_id["c5"]["published"] is None  # 2024-02-30: null, not shifted
    assert c["published_invalid"] == 1 and "published values unreadable" in done.stdout
    assert by_id["p1"]["url"] == "https://www.pq.vn/a/1.html" and by_id["p1"]["outlet"] == "pq.vn"
    assert by_id["c2"]["text"].endswith("Dòng thứ hai, có dấu phẩy.")  # a quoted field over two lines
    # word-segmented VietNews text is kept as is, and matches its plain copy
    seg = by_id[VIETNEWS[0]["id"]]
    assert "triển_lãm" in seg["text"] and "triển lãm" in by_id["c1"]["text"]
    passages = rows(out, "passages")
    first = {p["doc_id"]: p for p in passages if p["idx"] == 0}
    assert first[seg["doc_id"]]["cluster_id"] is not None
    assert first[seg["doc_id"]]["cluster_id"] == first["c1"]["cluster_id"]


def test_unmapped_records_get_a_hint(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    make_mapped_inputs(inputs)
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert "hint: in/vietnews.jsonl: 3 of 3 records have no `text` or `html` field" in done.stdout
    assert "try --text-field body" in done.stdout
    hints = manifests(out)[-1]["hints"]
    assert {h.split(":")[0] for h in hints} == {"in/vietnews.jsonl", "in/records.parquet", "in/records.csv", "in/records.tsv"}
    assert all("try --text-field body" in h for h in hints)
    assert "try --text-field body" in markdown_report(out, manifests(out)[-1])  # the report artifact says it too
    # following the hint on the same output reads the (unchanged) files again with the mapping
    mapped = cli("run", str(inputs), "--output", str(out), "--workers", "1", "--text-field", "body")
    assert mapped.returncode == 0, mapped.stderr
    c = manifests(out)[-1]["counts"]
    assert c["skipped_unchanged"] == 0 and c["processed"] == 9 and "hint:" not in mapped.stdout
    assert len(rows(out, "documents")) == 9
    assert {r["reason"] for r in rows(out, "rejects")} == {"malformed_csv"}  # the no_text rows were replaced


def test_hostile_records_are_isolated_and_non_inputs_ignored(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    good = [json.dumps({"id": f"g{i}", "text": GOOD.format(n=i), "published": "2024/11/13 08:16"}) for i in range(20)]
    lines = good[:4] + [
        '{"id": "surrogate", "text": "Một bài báo kết thúc bằng \\ud83d"}',  # line 5: lone surrogate
        "[" * 100_000 + "]" * 100_000,  # line 6: nested 100,000 deep
        json.dumps({"id": "bomb", "text": "a" * 3_000_000}),  # line 7: 3 MB line, cap 1 MB
        '{"id": "cut", "text": ',  # line 8: not JSON
    ] + good[4:]
    with gzip.open(inputs / "feed.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    whole = gzip.compress("".join(json.dumps({"id": f"t{i}", "text": GOOD.format(n=f"t{i}")}) + "\n"
                                  for i in range(400)).encode())
    (inputs / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])  # damaged gzip: early lines kept
    (inputs / "rows.csv").write_bytes(b"id,text\nk1," + GOOD.format(n="k1").encode() + b"\nk2,caf\xe9 latin-1\n"
                                      + b"k3," + GOOD.format(n="k3").encode() + b"\n")
    (inputs / "keys.jsonl").write_text('{"\\ud83d": "' + GOOD.format(n="key") + '", "id": "k"}\n', encoding="utf-8")
    with open(bytes(inputs) + b"/caf\xe9.txt", "wb") as fh:  # a file name that is not UTF-8
        fh.write(GOOD.format(n="name").encode())
    (inputs / "README.md").write_text("# about this folder\n", encoding="utf-8")
    (inputs / "meta.json").write_text('{"source": "crawler"}', encoding="utf-8")
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", "--max-file-mb", "1")
    assert done.returncode == 0, done.stderr
    c = manifests(out)[-1]["counts"]
    docs = {d["source"].removeprefix("in/") for d in rows(out, "documents")}
    rejects = {r["source"].removeprefix("in/"): r for r in rows(out, "rejects")}
    assert {k: v["reason"] for k, v in rejects.items() if k.startswith(("feed", "rows"))} == {
        "feed.jsonl.gz#L5": "unencodable", "feed.jsonl.gz#L6": "malformed_json",
        "feed.jsonl.gz#L7": "too_large", "feed.jsonl.gz#L8": "malformed_json", "rows.csv#L3": "unencodable"}
    assert rejects["caf\\xe9.txt"]["reason"] == "bad_file_name"  # stored printable; the run goes on
    assert rejects["keys.jsonl#L1"]["reason"] == "no_text" and "try --text-field \\ud83d" in done.stdout
    assert all(v["detail"].startswith("line ") for k, v in rejects.items() if k.startswith(("feed", "rows", "trunc")))
    truncated = [k for k in rejects if k.startswith("truncated")]
    assert len(truncated) == 1 and rejects[truncated[0]]["reason"] == "unreadable"
    n_truncated = int(truncated[0].rsplit("#L", 1)[1]) - 1  # lines read before the damage
    assert n_truncated > 100
    # nothing lost: every good record is a document, per file
    assert sum(s.startswith("feed.jsonl.gz") for s in docs) == 20
    assert sum(s.startswith("truncated") for s in docs) == n_truncated
    assert {s for s in docs if s.startswith("rows")} == {"rows.csv#L2", "rows.csv#L4"}
    assert c["processed"] == len(docs) == c["inputs_seen"] - c["rejected"] and c["balanced"]
    # README.md and meta.json: not inputs, counted, never rejected
    assert c["files_ignored"] == 2 and not any(k.endswith((".md", ".json")) for k in rejects)
    assert "files ignored (not inputs)" in done.stdout
    published = {d["published"] for d in rows(out, "documents") if d["source"].startswith("in/feed")}
    assert published == {datetime(2024, 11, 13, 1, 16, tzinfo=UTC)}  # year-first, not 2013-11-24
    # a second run: the ignored files add no reject rows, and the file with a bad name, reported
    # once, counts as an unchanged input (its one reject row stays; no second row)
    again = cli("run", str(inputs), "--output", str(out), "--workers", "1", "--max-file-mb", "1")
    assert again.returncode == 0, again.stderr
    m2 = manifests(out)[-1]["counts"]
    assert m2["rejects_by_reason"] == {} and m2["rejected"] == 0 and m2["balanced"], m2
    assert [r["reason"] for r in rows(out, "rejects")].count("bad_file_name") == 1
