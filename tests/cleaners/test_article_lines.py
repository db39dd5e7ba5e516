"""An `<article>` trafilatura's baseline rescue gave as one line is split back into its blocks (tester ATK6 F2): the same
words in the same order, one block a line; any other line is left alone."""

from __future__ import annotations

from trafilatura.utils import load_html

from cleaners.article_lines import split_flattened
from cleaners.extract import extract_html

P1 = ("Sáng nay, hàng nghìn người dân đã đổ về trung tâm thành phố để theo dõi lễ diễu hành mừng ngày giải phóng "
      "của thành phố.")
P2 = "Đoàn diễu hành gồm hơn 30 khối với sự tham gia của lực lượng vũ trang, học sinh và các đoàn nghệ thuật."


def page(article: str) -> str:
    return f"<html><head><title>T</title></head><body><article>{article}</article><footer><p>© 2024 Báo X</p></footer></body></html>"


def test_a_short_article_keeps_its_lines_and_its_share_bar_is_a_line_of_its_own() -> None:
    html = page(f"<h1>Lễ diễu hành</h1><p>{P1}</p><p>{P2}</p><div class='share'>Chia sẻ Facebook Zalo</div>")
    assert extract_html(html).text.split("\n") == ["Lễ diễu hành", P1, P2, "Chia sẻ Facebook Zalo"]


def test_only_a_line_made_of_the_articles_blocks_is_split() -> None:
    tree = load_html(page(f"<h1>Lễ diễu hành</h1><p>{P1}</p><script>var x = 1;</script><p>{P2} <b>Ảnh</b>\nđẹp</p>"))
    flat = f"Lễ diễu hành {P1} {P2} Ảnh đẹp"
    assert split_flattened(flat, tree).split("\n") == ["Lễ diễu hành", P1, f"{P2} Ảnh đẹp"]
    assert split_flattened(f"Mở đầu\n{flat}", tree).split("\n") == ["Mở đầu", "Lễ diễu hành", P1, f"{P2} Ảnh đẹp"]
    for other in (f"{P1} {P2} thêm", f"{P1}{P2}", P1, f"{P2} {P1}"):  # not the blocks, or one block: unchanged
        assert split_flattened(other, tree) == other
    no_article = load_html(f"<html><body><div><p>{P1}</p><p>{P2}</p></div></body></html>")
    assert split_flattened(f"{P1} {P2}", no_article) == f"{P1} {P2}"
