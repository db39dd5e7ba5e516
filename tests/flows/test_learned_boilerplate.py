"""Issue 7: an outlet's footer that no rule knows is learned from its pages and removed."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from cleaners.normalize import line_key
from tests.flows.helpers import SEEDS, rows, run

FOOTER = "Phòng Kinh doanh Báo Sông Hồng - Hotline quảng cáo 0912 345 678 - Tầng 5, số 12 phố Lý Thường Kiệt"
SHARED = "Hội nghị thượng đỉnh diễn ra trong bối cảnh căng thẳng khu vực tiếp tục leo thang mạnh mẽ"


TOPICS = ["giá lúa", "học phí", "đường sắt", "bão lũ", "xuất khẩu", "y tế", "điện mặt trời", "bóng đá",
          "nhà ở xã hội", "du lịch", "chứng khoán", "giáo dục nghề"]


def article(n: int, outlet: str) -> str:
    topic, other = TOPICS[n % len(TOPICS)], TOPICS[(n * 5 + 3) % len(TOPICS)]
    body = [f"Chuyện {topic} ở {outlet} được nhiều người quan tâm trong tuần này.",
            f"Các chuyên gia cho rằng vấn đề {topic} có liên quan tới {other} và cần thêm thời gian.",
            SHARED]
    return "\n".join(body)


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")


def test_footer_is_learned_and_a_line_shared_by_two_outlets_is_not(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    a = [{"id": f"a{n}", "outlet": "songhong.vn", "text": article(n, "A") + "\n" + FOOTER.replace("0912", f"09{n}2")}
         for n in range(6)]
    b = [{"id": f"b{n}", "outlet": "other.vn", "text": article(n + 6, "B")} for n in range(6)]
    write_jsonl(inputs / "batch1.jsonl", a + b)
    out = tmp_path / "out"
    m = run([inputs], out)
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    for n in range(6):
        d = docs[f"a{n}"]
        assert "Hotline quảng cáo" not in d["text"]
        assert [r["rule"] for r in d["removed"]] == ["learned_boilerplate"]
        assert SHARED in d["text"]
    assert all(SHARED in docs[f"b{n}"]["text"] and not docs[f"b{n}"]["removed"] for n in range(6))
    learned = pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist()
    assert [(p["outlet"], p["support"]) for p in learned] == [("songhong.vn", 6)]
    assert m["counts"]["learned_patterns"] == 1
    assert m["stages"]["learn"]["top"][0]["example"].startswith("Phòng Kinh doanh")

    # a single new article from the known outlet, in a later run, is cleaned with what it taught
    later = tmp_path / "later"
    later.mkdir()
    write_jsonl(later / "one.jsonl", [{"id": "a99", "outlet": "songhong.vn", "text": article(99, "A") + "\n" + FOOTER}])
    run([later], out)
    new = next(d for d in rows(out, "documents") if d["doc_id"] == "a99")
    assert "Hotline" not in new["text"] and new["removed"][0]["rule"] == "learned_boilerplate"


def test_lines_that_never_reach_the_support_are_forgotten_after_the_window(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    import pyarrow as pa

    from flows.run.learn_lines import LEARN_WINDOW_DAYS
    from flows.storage import schemas

    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    write_jsonl(inputs / "one.jsonl", [{"id": "x1", "outlet": "a.vn", "text": article(1, "A") + "\n" + FOOTER}])
    run([inputs], out)
    state = out / "state" / "learned.parquet"
    old = datetime.now(UTC) - timedelta(days=LEARN_WINDOW_DAYS + 1)
    extra = pa.Table.from_pylist([
        {"outlet": "a.vn", "key": "dong cu", "n_docs": 1, "example": "Dòng cũ", "last_seen": old},
        {"outlet": "a.vn", "key": "dong ho tro", "n_docs": 9, "example": "Dòng hỗ trợ", "last_seen": old},
    ], schema=schemas.LEARNED)
    pq.write_table(pa.concat_tables([pq.read_table(state), extra]), state)
    write_jsonl(inputs / "two.jsonl", [{"id": "x2", "outlet": "a.vn", "text": article(2, "A")}])
    run([inputs], out)
    keys = set(pq.read_table(state).column("key").to_pylist())
    assert "dong cu" not in keys and "dong ho tro" in keys  # stale and rare goes; well supported stays
    assert line_key(FOOTER) in keys  # this run's candidate lines are kept


WARNING = ("Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo cấp độ rủi ro thiên tai do bão "
           "là cấp 3, người dân cần theo dõi các bản tin tiếp theo.")


def test_records_without_outlet_teach_nothing_and_the_report_says_so(tmp_path: Path) -> None:
    """Issue 12: a file of records with no outlet and no URL is no site; its repeated lines stay."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    recs = [{"id": f"v{n}", "text": article(n, "V") + "\n" + WARNING + "\nHẹn gặp lại quý vị"} for n in range(8)]
    write_jsonl(inputs / "vims.jsonl", recs)
    m = run([inputs], out)
    assert m["counts"]["learned_patterns"] == 0 and m["counts"]["documents_without_outlet"] == 8
    assert "no site boilerplate was learned" in m["stages"]["learn"]["note"]
    assert not (out / "state" / "learned_patterns.parquet").exists() or \
        pq.read_table(out / "state" / "learned_patterns.parquet").num_rows == 0
    for d in rows(out, "documents"):
        assert WARNING in d["text"] and "Hẹn gặp lại quý vị" in d["text"]
        assert not any(r["rule"] == "learned_boilerplate" for r in d["removed"])
    from flows.report import markdown_report
    assert "not learned from (no outlet) | 8" in markdown_report(out, m)


def test_a_known_outlet_never_learns_a_repeated_body_sentence(tmp_path: Path) -> None:
    """The same warning sentence in many articles of one outlet is the dedup stage's business."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    recs = []
    for n in range(8):
        body = article(n, "K").split("\n")
        lines = [body[0], WARNING, body[1], WARNING if n % 2 else body[2], "Chuyên trang Nhịp sống phố núi của Báo K"]
        recs.append({"id": f"k{n}", "outlet": "k.vn", "text": "\n".join(lines)})
    write_jsonl(inputs / "k.jsonl", recs)
    run([inputs], out)
    learned = [p["example"] for p in pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist()]
    assert learned == ["Chuyên trang Nhịp sống phố núi của Báo K"]
    for d in rows(out, "documents"):
        assert WARNING in d["text"] and "Nhịp sống phố núi" not in d["text"]


def test_a_pinned_line_goes_anywhere_through_the_cli(tmp_path: Path) -> None:
    """T6, F17: the README's own `[[pin]]` example between two sentences, and a pinned name, were kept
    silently by `newsclean run --boilerplate-config`; a pin is "always remove" (not the title)."""
    from tests.flows.cli_support import cli

    pin, name = "Bấm vào đây để đăng ký nhận bản tin", "Nguyễn Văn Tư"
    cfg = tmp_path / "pins.toml"
    cfg.write_text(f'[[pin]]\noutlet = "*"\nline = "{pin}"\n\n[[pin]]\nline = "{name}"\n', encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    recs = [{"id": f"p{n}", "outlet": f"solo{n}.vn", "title": f"Bài số {n} về {TOPICS[n]}",
             "text": "\n".join([article(n, "P").split("\n")[0], pin if n % 2 else name, article(n, "P").split("\n")[1]])}
            for n in range(4)]
    write_jsonl(inputs / "p.jsonl", recs)
    done = cli("run", str(inputs), "--output", str(tmp_path / "out"), "--boilerplate-config", str(cfg))
    assert done.returncode == 0, done.stderr
    docs = {d["doc_id"]: d for d in rows(tmp_path / "out", "documents")}
    for n in range(4):
        d, gone = docs[f"p{n}"], pin if n % 2 else name
        assert gone not in d["text"] and article(n, "P").split("\n")[1] in d["text"]
        assert [(r["line"], r["text"], r["rule"]) for r in d["removed"]] == [(2, gone, "pinned_boilerplate")]


def test_a_pin_for_every_outlet_wins_over_the_outlets_own_learned_line(tmp_path: Path) -> None:
    """ATK6 F4: `[[pin]] outlet = "*"` (the README's example) kept a line the outlet had learned itself
    (its own unpinned row, not `anywhere`, shadowed the pin): the line stood between two sentences in all
    7 documents and stayed in all 7. A pin is "always remove", whoever else learned the line."""
    from tests.flows.cli_support import cli

    pin = "Bấm vào đây để đăng ký nhận bản tin"
    cfg = tmp_path / "pins.toml"
    cfg.write_text(f'[[pin]]\noutlet = "*"\nline = "{pin}"\n', encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    recs = []
    for n, (first, second) in enumerate(article(n, "P").split("\n")[:2] for n in range(7)):
        recs.append({"id": f"s{n}", "outlet": "baopin.vn", "title": f"Bản tin số {n} về {TOPICS[n]}",
                     "text": "\n".join([f"Bản tin số {n} về {TOPICS[n]}", first, pin, second])})
    write_jsonl(inputs / "p.jsonl", recs)
    out = tmp_path / "out"
    done = cli("run", str(inputs), "--output", str(out), "--boilerplate-config", str(cfg))
    assert done.returncode == 0, done.stderr
    learned = pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist()
    assert {(r["outlet"], r["pinned"]) for r in learned if r["example"] == pin} == {("baopin.vn", False)}
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert len(docs) == 7
    for n, rec in enumerate(recs):
        d = docs[f"s{n}"]
        assert pin not in d["text"] and rec["text"].split("\n")[3] in d["text"]
        assert [(r["line"], r["text"], r["rule"]) for r in d["removed"]] == [(3, pin, "pinned_boilerplate")]


def test_an_older_state_without_document_counts_takes_the_share_of_its_best_supported_line(tmp_path: Path) -> None:
    """Round 9: rows an older version stored carry counts without documents and no DOC_KEY row, so the outlet's
    document count is unknown; its best supported line (a footer in 100 of its pages) bounds it from below, and a short
    line in 6 of them is no template line "anywhere" (20 % of at least 100 pages is 20), only in the template zone."""
    from datetime import UTC, datetime

    import pyarrow as pa

    from flows.storage import schemas

    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    write_jsonl(inputs / "one.jsonl", [{"id": "x1", "outlet": "a.vn", "text": article(1, "A")}])
    run([inputs], out)
    state = out / "state" / "learned.parquet"
    now = datetime.now(UTC)
    legacy = pa.Table.from_pylist([  # as an older version wrote them: a count, no document
        {"outlet": "a.vn", "key": line_key(FOOTER), "n_docs": 100, "example": FOOTER, "last_seen": now},
        {"outlet": "a.vn", "key": line_key("Xem thêm tin nổi bật"), "n_docs": 6, "example": "Xem thêm tin nổi bật",
         "last_seen": now},
    ], schema=schemas.LEARNED)
    old = pq.read_table(state)
    pq.write_table(pa.concat_tables([old.filter(pa.compute.not_equal(old.column("key"), "")), legacy]), state)
    write_jsonl(inputs / "two.jsonl", [{"id": "x2", "outlet": "a.vn", "text": article(2, "A")}])
    run([inputs], out)
    learned = {p["example"]: p for p in pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist()}
    assert learned[FOOTER]["anywhere"] is False  # a long line is never "anywhere"
    assert learned["Xem thêm tin nổi bật"]["support"] == 6
    assert learned["Xem thêm tin nổi bật"]["anywhere"] is False


def test_sign_reads_the_learned_patterns_again_when_the_file_changes(tmp_path: Path) -> None:
    """Sign batches of one process share one reading of the run's learned patterns (issue 17), never a stale one."""
    import pyarrow as pa

    from flows.run.batch_work import load_learned

    def save(keys: list[str]) -> None:
        n = len(keys)
        pq.write_table(pa.table({"outlet": ["a"] * n, "key": keys, "support": [5] * n, "example": keys,
                                 "pinned": [False] * n, "anywhere": [False] * n, "zone_only": [False] * n}),
                       tmp_path / "learned.tmp")
        (tmp_path / "learned.tmp").replace(tmp_path / "learned.parquet")

    path = str(tmp_path / "learned.parquet")
    assert load_learned(path) == {}
    save(["x", "y"])
    first = load_learned(path)
    assert sorted(first["a"]) == ["x", "y"] and load_learned(path) is first
    save(["z z z"])
    assert sorted(load_learned(path)["a"]) == ["z z z"]


def test_sign_batch_applies_each_outlets_own_pins_in_a_mixed_batch(tmp_path: Path) -> None:
    """sign takes an outlet's patterns and pins once per batch (issue 17): documents of two outlets, interleaved
    in one batch, each lose only their own outlet's pinned line, and the pins of every outlet ("*") apply to both."""
    import pyarrow as pa

    from flows.config import RunConfig
    from flows.run import batch_work
    from flows.run.learn_lines import PATTERNS
    from flows.storage import schemas

    own_pin, everyone_pin = "Bấm vào đây để đăng ký nhận bản tin", "Mời bạn đọc gửi ý kiến về tòa soạn"
    prose = "Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo cấp độ rủi ro thiên tai do bão là cấp 3."
    patterns = [{"outlet": o, "key": line_key(line), "support": 0, "example": line, "pinned": True, "anywhere": True,
                 "zone_only": False} for o, line in (("a.vn", own_pin), ("*", everyone_pin))]
    pq.write_table(pa.Table.from_pylist(patterns, schema=PATTERNS), tmp_path / "learned_patterns.parquet")
    outlets = ["a.vn", "b.vn", "a.vn", "b.vn"]
    docs = [{"doc_id": f"d{k}", "source": f"s#{k}", "outlet": o, "url": None, "title": None, "published": None,
             "lines": [prose, own_pin, everyone_pin, prose], "line_numbers": [1, 2, 3, 4], "removed": [],
             "content_sha256": str(k), "published_precision": None, "decode_errors": 0}
            for k, o in enumerate(outlets)]
    base = tmp_path / "batch-00000"
    pq.write_table(pa.Table.from_pylist(docs, schema=schemas.EXTRACTED), f"{base}.docs.parquet")
    settings = RunConfig(inputs=[str(SEEDS)], output=str(tmp_path / "out")).model_dump()
    batch_work.sign_batch(f"{base}.docs.parquet", str(tmp_path / "learned_patterns.parquet"), settings)
    got = pq.read_table(f"{base}.clean.parquet").to_pylist()
    for outlet, doc in zip(outlets, got, strict=True):
        removed = {(r["text"], r["rule"]) for r in doc["removed"]}
        if outlet == "a.vn":
            assert doc["text"] == f"{prose}\n{prose}"
            assert removed == {(own_pin, "pinned_boilerplate"), (everyone_pin, "pinned_boilerplate")}
        else:
            assert doc["text"] == f"{prose}\n{own_pin}\n{prose}"
            assert removed == {(everyone_pin, "pinned_boilerplate")}
