"""HTML pages keep their publication time to the minute with its zone, and the canonical copy is
the earliest published (issue 15); through the CLI and the Parquet output."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from tests.flows.cli_support import write_jsonl
from tests.flows.helpers import manifests, rows
from tests.flows.test_cli import cli


def page(n: int, head: str = "", lead: str = "", story: str | None = None, site: str = "tin.vn") -> str:
    """An article page; `story` makes copies of one story (otherwise each page has its own text)."""
    topic = story or f"bài số {n}"
    if story:
        paras = "".join(f"<p>{p}</p>" for p in (
            f"Sáng nay {story} chính thức được khánh thành sau ba năm thi công liên tục của hàng trăm kỹ sư.",
            "Theo ban quản lý dự án, công trình giúp hàng nghìn người đi lại thuận tiện hơn giữa hai bờ mỗi ngày.",
            "Tổng vốn đầu tư hơn tám nghìn tỷ đồng, trong đó phần lớn đến từ ngân sách thành phố và trái phiếu.",
            "Người dân hai quận lân cận bày tỏ vui mừng vì quãng đường đến trung tâm rút ngắn gần một nửa.",
        ))
    else:
        paras = "".join(f"<p>Đoạn {i} về {topic}: chính quyền thành phố cho biết kế hoạch sẽ được triển khai từng "
                        f"bước trong năm tới, với sự tham gia của người dân và doanh nghiệp địa phương {i * 7}.</p>"
                        for i in range(6))
    lead_p = f"<p>{lead}</p>" if lead else ""
    return (f'<html><head><title>Tiêu đề {topic}</title><link rel="canonical" href="https://{site}/a/{n}.html">{head}'
            f"</head><body><article><h1>Tiêu đề {topic}</h1>{lead_p}{paras}</article></body></html>")


def meta(prop: str, value: str, attr: str = "property") -> str:
    return f'<meta {attr}="{prop}" content="{value}">'


HANOI_0816 = datetime(2024, 11, 13, 1, 16, tzinfo=UTC)
PAGES = {
    # (page, expected published, expected precision)
    "meta_zone.html": (page(1, meta("article:published_time", "2024-11-13T08:16:00+07:00")), HANOI_0816, "second"),
    "meta_no_zone.html": (page(2, meta("pubdate", "2024-11-13 08:16", "name")), HANOI_0816, "minute"),
    "jsonld.html": (page(3, '<script type="application/ld+json">{"@type": "NewsArticle", '
                            '"datePublished": "2024-11-13T01:16:00Z", "dateModified": "2024-11-20T00:00:00Z"}</script>'),
                    HANOI_0816, "second"),
    "jsonld_no_zone.html": (page(12, '<script type="application/ld+json">[{"@type": "WebPage"}, {"@type": "NewsArticle", '
                                    '"datePublished": "2024-11-13 08:16"}]</script>'), HANOI_0816, "minute"),
    "time_no_zone.html": (page(13, lead='<time datetime="2024-11-13T08:16">13/11</time> Tin mới'), HANOI_0816, "minute"),
    "time.html": (page(4, lead='<time datetime="2024-11-13T08:16+07:00">13/11</time> Tin mới'), HANOI_0816, "minute"),
    "trafilatura_zone.html": (page(5, meta("og:pubdate", "2024-11-13T08:16:00+07:00")), HANOI_0816, "second"),
    "trafilatura_no_zone.html": (page(6, meta("datetime", "2024-11-13 08:16:00", "name")), HANOI_0816, "second"),
    "dateline.html": (page(7, lead="Thứ Tư, 13/11/2024 | 08:16"), HANOI_0816, "minute"),
    "hanoi_0600.html": (page(8, meta("article:published_time", "2024-11-13T06:00:00+07:00")),
                        datetime(2024, 11, 12, 23, 0, tzinfo=UTC), "second"),
    "date_only.html": (page(9, meta("date", "2024-11-13", "name")), datetime(2024, 11, 12, 17, 0, tzinfo=UTC), "day"),
    "conflict.html": (page(10, meta("article:published_time", "2024-11-13T08:16:00+07:00"),
                           lead="Thứ Tư, 14/11/2024 | 10:30"), HANOI_0816, "second"),
    "vi_long_date.html": (page(14, meta("pubdate", "13 tháng 11 năm 2024", "name")),
                          datetime(2024, 11, 12, 17, 0, tzinfo=UTC), "day"),
    "no_date.html": (page(11), None, None),
}


def test_html_publication_times_and_the_earliest_copy_is_canonical(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for name, (html, _, _) in PAGES.items():
        (inputs / name).write_text(html, encoding="utf-8")
    story = "cây cầu mới bắc qua sông Hồng"
    # processed in file-name order: the later copy first, then a day-only copy, the earlier copy last
    (inputs / "story_1_later.html").write_text(
        page(20, meta("article:published_time", "2024-11-13T09:00:00+07:00"), story=story, site="a.vn"), encoding="utf-8")
    (inputs / "story_2_day_only.html").write_text(
        page(21, meta("date", "2024-11-13", "name"), story=story, site="b.vn"), encoding="utf-8")
    (inputs / "story_3_earlier.html").write_text(
        page(22, meta("article:published_time", "2024-11-13T08:20:00+07:00"), story=story, site="c.vn"), encoding="utf-8")
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    docs = {d["source"].removeprefix("in/"): d for d in rows(out, "documents")}
    assert len(docs) == len(PAGES) + 3
    for name, (_, published, precision) in PAGES.items():
        assert (docs[name]["published"], docs[name]["published_precision"]) == (published, precision), name
    earlier, later, day_only = (docs[f"story_{k}.html"] for k in ("3_earlier", "1_later", "2_day_only"))
    assert earlier["outlet"] != later["outlet"]
    assert later["published"] - earlier["published"] == (datetime(2024, 1, 1, 9) - datetime(2024, 1, 1, 8, 20))
    assert day_only["published"] < earlier["published"] and day_only["published_precision"] == "day"
    passages = [p for p in rows(out, "passages") if p["doc_id"] in {earlier["doc_id"], later["doc_id"], day_only["doc_id"]}
                and p["cluster_id"] is not None]
    canonical = {p["passage_id"] for p in passages if p["duplicate_of"] is None}
    assert canonical and all(pid.startswith(earlier["doc_id"] + "#") for pid in canonical)
    dups = [p for p in passages if p["duplicate_of"] is not None]
    assert {p["doc_id"] for p in dups} == {later["doc_id"], day_only["doc_id"]}
    assert all(p["duplicate_of"].startswith(earlier["doc_id"] + "#") for p in dups)


BODY_ONLY = {
    # pages without date markup: years, URLs and spans in the body are no publication time
    "year_in_body.html": page(30, lead="Công ty được thành lập vào năm 1998 tại Hà Nội và nay có hơn năm trăm nhân viên."),
    "url_in_body.html": page(31, lead="Xem thêm bài gốc tại https://example.vn/2019/05/07/bai-viet.html để biết chi tiết."),
    "span_in_body.html": page(32, lead="Kế hoạch cho giai đoạn 2025 đến 2030 được hội đồng nhân dân thành phố thông qua."),
    "iso_in_body.html": page(33, lead="Theo số liệu cập nhật 2023-04-05 của tổng cục, sản lượng tăng đều qua các quý."),
    # a modification time alone is no publication time, in a meta tag, itemprop, JSON-LD or <time>
    "modified_only.html": page(34, meta("article:modified_time", "2024-11-20T08:16:00+07:00")),
    "modified_itemprop.html": page(35, meta("dateModified", "2024-11-20T08:16:00+07:00", "itemprop")
                                   + meta("og:updated_time", "2024-11-20T08:16:00+07:00")
                                   + '<script type="application/ld+json">{"dateModified": "2024-11-20T08:16:00+07:00"}</script>',
                                   lead='<time class="updated" datetime="2024-11-20T08:16:00+07:00">20/11</time> Tin'),
}


def test_no_publication_time_from_body_text_or_modification_times(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for name, html in BODY_ONLY.items():
        (inputs / name).write_text(html, encoding="utf-8")
    # published and modified: published wins; ISO fractional seconds are kept
    (inputs / "both.html").write_text(page(36, meta("article:modified_time", "2024-11-20T08:16:00+07:00")
                                           + meta("article:published_time", "2024-11-13T08:16:30.123456+05:30")),
                                      encoding="utf-8")
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    docs = {d["source"].removeprefix("in/"): d for d in rows(out, "documents")}
    assert set(docs) == {*BODY_ONLY, "both.html"}
    for name in BODY_ONLY:
        assert (docs[name]["published"], docs[name]["published_precision"]) == (None, None), name
    both = docs["both.html"]
    assert (both["published"], both["published_precision"]) == (
        datetime(2024, 11, 13, 2, 46, 30, 123456, tzinfo=UTC), "second")


def test_record_url_date_and_fractional_epoch(tmp_path: Path) -> None:
    """The day in the record's own URL is a bare date; the same URL in the body is not; epoch and
    ISO record values keep their fractional seconds."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    recs = [
        {"id": "url", "url": "https://example.vn/2019/05/07/bai-viet.html", "html": page(40)},
        {"id": "body", "url": "https://example.vn/bai-viet-41.html",
         "html": page(41, lead="Bài gốc: https://example.vn/2019/05/07/bai-viet.html, theo phóng viên.")},
        {"id": "epoch", "text": "Bài viết về giao thông đô thị.\nThành phố mở thêm tuyến xe buýt mới.",
         "published": "1731460560.5"},
        {"id": "iso", "text": "Bài viết về giáo dục.\nTrường học mở thêm lớp buổi tối cho người lớn.",
         "published": "2024-11-13T08:16:30.123456+05:30"},
    ]
    (inputs / "recs.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    got = {k: (docs[k]["published"], docs[k]["published_precision"]) for k in docs}
    assert got == {
        "url": (datetime(2019, 5, 6, 17, tzinfo=UTC), "day"),
        "body": (None, None),
        "epoch": (datetime(2024, 11, 13, 1, 16, 0, 500000, tzinfo=UTC), "second"),
        "iso": (datetime(2024, 11, 13, 2, 46, 30, 123456, tzinfo=UTC), "second"),
    }


def test_vietnamese_am_pm_vietnam_time_in_words_and_iso_week(tmp_path: Path) -> None:
    """Tester T6 F8: what a Vietnamese-locale CMS prints ("8:16 SA", "8:16 CH": sáng/chiều), Vietnam's time named in
    words ("(giờ Hà Nội)") and an ISO week date are read, not left null and counted unreadable."""
    spellings = {"sa": "8:16 SA 13/11/2024", "ch": "8:16 CH 13/11/2024", "noon": "12:16 CH 13/11/2024",
                 "hanoi": "13/11/2024 08:16 (giờ Hà Nội)", "week": "2024-W46-3"}
    recs = [{"id": k, "outlet": f"{k}.vn", "published": v,
             "text": f"Bài {k}: thành phố mở thêm tuyến xe buýt mới nối hai quận trung tâm với sân bay."}
            for k, v in spellings.items()]
    out = tmp_path / "out"
    done = cli("run", str(write_jsonl(tmp_path / "in" / "d.jsonl", recs)), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    got = {d["doc_id"]: (d["published"], d["published_precision"]) for d in rows(out, "documents")}
    assert got == {
        "sa": (datetime(2024, 11, 13, 1, 16, tzinfo=UTC), "minute"),
        "ch": (datetime(2024, 11, 13, 13, 16, tzinfo=UTC), "minute"),
        "noon": (datetime(2024, 11, 13, 5, 16, tzinfo=UTC), "minute"),
        "hanoi": (datetime(2024, 11, 13, 1, 16, tzinfo=UTC), "minute"),
        "week": (datetime(2024, 11, 12, 17, tzinfo=UTC), "day"),
    }
    assert manifests(out)[-1]["counts"]["published_invalid"] == 0
