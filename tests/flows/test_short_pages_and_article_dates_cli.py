"""Tester ATK6's HTML findings, through the command line and the Parquet output.

F2: a news page of one or two short paragraphs (trafilatura's main extractor finds under 250 characters, its baseline
rescue took the `<article>` as one line) keeps one line per block: the title, each paragraph; its share bar and tags
come out as lines of their own, which the cleaners remove (a longer page's main extraction leaves them out).
F10: `published` is the article node's JSON-LD `datePublished`, not an older one of the `@graph`'s WebPage, WebSite or
Organization, or of another script; so the copy published first is still the canonical one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

TITLE = "Lễ hội Chùa Hương khai mạc"
P1 = ("Lễ hội Chùa Hương năm nay thu hút hàng vạn du khách thập phương về dự ngay trong ngày khai hội, ban tổ chức đã "
      "bố trí thêm nhiều bến đò.")
P2 = "Đoàn rước kiệu gồm hơn 30 khối với sự tham gia của các làng nghề, học sinh và các đoàn nghệ thuật truyền thống."
P3 = "Du khách được khuyến cáo không mua vé qua các đối tượng cò mồi trên đường vào chùa, ban quản lý cho biết thêm."
SHARE = "Chia sẻ Facebook Twitter Zalo"
TAGS = "Từ khóa: lễ hội, Chùa Hương"


def news_page(paragraphs: list[str]) -> str:
    """A news template: a menu, the article (h1, paragraphs, a share bar, tags), a related box, a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Lễ hội | Báo Sông Hồng</title></head>"
            "<body><header><nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/xa-hoi'>Xã hội</a></li></ul></nav>"
            f"</header><main><article><h1>{TITLE}</h1>{body}<div class='share'>{SHARE}</div>"
            "<div class='tags'>Từ khóa: <a href='/t/1'>lễ hội</a>, <a href='/t/2'>Chùa Hương</a></div></article>"
            "<aside class='related'><h3>Tin liên quan</h3><ul><li><a href='/a'>Hà Nội mưa lớn</a></li></ul></aside>"
            "</main><footer><p>© 2024 Báo Sông Hồng. Giấy phép số 123/GP-BTTTT.</p></footer></body></html>")


def test_short_articles_keep_a_line_per_paragraph_and_lose_share_bar_and_tags(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "one.html").write_text(news_page([P1]), encoding="utf-8")
    (inputs / "two.html").write_text(news_page([P1, P2]), encoding="utf-8")
    (inputs / "three.html").write_text(news_page([P1, P2, P3]), encoding="utf-8")
    write_jsonl(inputs / "feed.jsonl", [{"id": "rec", "outlet": "songhong.vn", "html": news_page([P3])}])
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    docs = {d["source"].removeprefix("in/"): d for d in rows(out, "documents")}
    expected = {"one.html": [TITLE, P1], "two.html": [TITLE, P1, P2], "three.html": [TITLE, P1, P2, P3],
                "feed.jsonl#L1": [TITLE, P3]}
    for name, lines in expected.items():
        assert docs[name]["text"].split("\n") == lines, (name, docs[name]["text"])
    for name in ("one.html", "feed.jsonl#L1"):  # trafilatura's rescue took the whole <article>: lines removed
        removed = [r["text"] for r in docs[name]["removed"]]
        assert SHARE in removed and TAGS in removed, (name, removed)


def jsonld(*scripts: str) -> str:
    return "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)


ARTICLE = '{"@type": "NewsArticle", "datePublished": "2024-11-10T08:00:00+07:00"}'
ARTICLE_AT = datetime(2024, 11, 10, 1, 0, tzinfo=UTC)
PAGES = {
    "graph_webpage_first": jsonld('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "datePublished": '
                                  f'"2020-01-01T09:00:00+07:00"}}, {ARTICLE}]}}'),
    "graph_website": jsonld(f'{{"@graph": [{{"@type": "WebSite", "datePublished": "2015-03-01"}}, {ARTICLE}]}}'),
    "graph_organization": jsonld('{"@graph": [{"@type": "Organization", "datePublished": "2010-01-01T00:00:00+07:00"}, '
                                 f'{ARTICLE}]}}'),
    "two_scripts": jsonld('{"@type": "WebPage", "datePublished": "2020-01-01T09:00:00+07:00"}', ARTICLE),
    "type_list": jsonld('{"@type": "WebPage", "datePublished": "2020-01-01T09:00:00+07:00"}',
                        '{"@type": ["ReportageNews", "Thing"], "datePublished": "2024-11-10T08:00:00+07:00"}'),
    "main_entity": jsonld('{"@type": "WebPage", "datePublished": "2020-01-01T09:00:00+07:00", "mainEntity": '
                          '{"@type": "BlogPosting", "datePublished": "2024-11-10T08:00:00+07:00"}}'),
}


def dated_page(i: int, head: str, story: str) -> str:
    body = "".join(f"<p>{story} {i}: đoạn {j} của bài viết kiểm tra ngày đăng, có đủ độ dài cần thiết để được giữ lại "
                   "trong văn bản đã làm sạch.</p>" for j in range(3))
    return f"<html><head><title>Bài {i}</title>{head}</head><body><article><h1>Tiêu đề {i}</h1>{body}</article></body></html>"


def test_published_is_the_article_nodes_date_and_the_first_published_copy_is_canonical(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    recs = [{"id": name, "outlet": f"{name.replace('_', '')}.vn", "html": dated_page(i, head, f"Bài riêng số {i}")}
            for i, (name, head) in enumerate(PAGES.items())]
    story = "Cây cầu mới bắc qua sông Hồng được khánh thành"
    # the same article twice: a copy whose graph's WebPage says 2020 (its article: 2024-11-10), and a copy of 2022
    recs.append({"id": "copy_graph", "outlet": "a.vn", "html": dated_page(99, PAGES["graph_webpage_first"], story)})
    recs.append({"id": "copy_2022", "outlet": "b.vn", "html": dated_page(
        99, jsonld('{"@type": "NewsArticle", "datePublished": "2022-05-01T08:00:00+07:00"}'), story)})
    done = cli("run", str(write_jsonl(inputs / "pages.jsonl", recs)), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    for name in PAGES:
        assert (docs[name]["published"], docs[name]["published_precision"]) == (ARTICLE_AT, "second"), name
    assert docs["copy_graph"]["published"] == ARTICLE_AT
    assert docs["copy_2022"]["duplicate_of"] is None
    assert docs["copy_graph"]["duplicate_of"] == "copy_2022"
