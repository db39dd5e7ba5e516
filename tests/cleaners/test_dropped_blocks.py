"""A quote's speaker line held inside the `<blockquote>` itself, in an element trafilatura discards by name (tester
ATK6): put back under the quote whatever its shape, since inside the quote it can only be the speaker. Lines are
invented here."""

from __future__ import annotations

import pytest

from cleaners.extract import extract_html

PARAS = [
    "Sáng nay, tại phiên chất vấn, Bộ trưởng đã trả lời nhiều câu hỏi của đại biểu về kế hoạch cung ứng điện mùa khô.",
    "Theo Bộ trưởng, ngành điện đã chuẩn bị nhiều phương án dự phòng, trong đó có huy động thêm nguồn điện tái tạo.",
    "Nhiều đại biểu cho rằng cần minh bạch hơn nữa cơ cấu giá điện để người dân hiểu và đồng thuận khi điều chỉnh.",
]
QUOTE = "Chúng tôi sẽ bảo đảm đủ điện cho sản xuất và sinh hoạt của người dân trong mọi tình huống, kể cả khi nắng nóng."


def page(inside: str, quote_links: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>Giá điện</title></head><body><article><h1>Bộ trưởng nói về giá điện"
            f"</h1><p>{PARAS[0]}</p><blockquote><p>{QUOTE}{quote_links}</p>{inside}</blockquote><p>{PARAS[1]}</p>"
            f"<p>{PARAS[2]}</p></article><footer>© 2024 Báo Điện</footer></body></html>")


@pytest.mark.parametrize(("inside", "speaker"), [
    ("<p class='quote-author'>Bộ trưởng Nguyễn Văn An</p>", ["Bộ trưởng Nguyễn Văn An"]),
    ("<footer>— <cite>Bộ trưởng Nguyễn Văn An</cite></footer>", ["— Bộ trưởng Nguyễn Văn An"]),
    ("<p class='author'><strong>Ông Nguyễn Văn An</strong></p>", ["Ông Nguyễn Văn An"]),
    ("<div class='author-box'><p>Ông Nguyễn Văn An</p><p>Bộ trưởng Bộ Công Thương</p></div>",
     ["Ông Nguyễn Văn An", "Bộ trưởng Bộ Công Thương"]),
])
def test_a_speaker_inside_the_quote_is_put_back_under_it(inside: str, speaker: list[str]) -> None:
    lines = extract_html(page(inside)).text.split("\n")
    at = lines.index(QUOTE)
    assert lines[at + 1:at + 1 + len(speaker)] == speaker, lines
    assert lines[at + 1 + len(speaker)] == PARAS[1], lines


def test_a_sentence_or_a_linked_quote_is_left_as_trafilatura_chose() -> None:
    """A full sentence in a footer of the quote, and a quote with links (an embedded post), are not speakers."""
    sentence = "Bài phát biểu được ghi lại tại hội trường Diên Hồng vào sáng thứ Hai."
    assert sentence not in extract_html(page(f"<footer>{sentence}</footer>")).text
    linked = page("<footer>— Nguyễn Văn An (@an)</footer>", quote_links=" <a href='https://x.example/1'>link</a>")
    assert "— Nguyễn Văn An (@an)" not in extract_html(linked).text.split("\n")
