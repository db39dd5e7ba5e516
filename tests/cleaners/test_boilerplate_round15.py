"""Issue 12, round 15: held-out 16 read as dev data. Precision first, by shape and place: a quotation's speaker line that
trafilatura discards (its class names an author) is put back under the quote; the last item of an article's list right
over its next paragraph is never learned away because the outlet's spec box prints the same line. Lines are invented
here, not taken from the benchmark."""

from __future__ import annotations

from cleaners.extract import extract_html
from cleaners.learned import LineStat, doc_line_keys, learn_patterns, patterns_for, remove_learned

PARAS = [
    "Sau hai năm thành lập, hợp tác xã của nhóm thanh niên đã bán hơn 40 tấn măng khô và mật ong qua mạng, "
    "phần lớn cho khách ở các thành phố lớn phía Nam.",
    "Theo chủ nhiệm hợp tác xã, mỗi tháng đơn vị nhận khoảng 600 đơn hàng, nhiều gấp ba lần so với cùng kỳ năm "
    "ngoái nhờ bán hàng trực tuyến.",
    "Năm tới, nhóm dự kiến mở thêm một xưởng sơ chế để giữ chất lượng sản phẩm trong mùa mưa kéo dài ở vùng cao.",
]
QUOTE = "“Bán hàng qua mạng giúp bà con không còn bị thương lái ép giá như trước”"
SPEAKERS = ["— Chị Lò Thị Hoa, thành viên hợp tác xã", "TS. Vũ Minh Tâm, chuyên gia kinh tế nông nghiệp",
            "- Kỹ sư nông nghiệp Hà Văn Nam"]


def _quote_page(speaker: str, cls: str = "quote-author") -> str:
    return ("<html><head><meta charset='utf-8'><title>Hợp tác xã trẻ</title></head><body><main><article>"
            f"<h1>Hợp tác xã trẻ đưa nông sản lên mạng</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
            f"<blockquote class='quote'><p>{QUOTE}</p></blockquote><p class='{cls}' style='text-align:right'>"
            f"<em>{speaker}</em></p><p>{PARAS[2]}</p></article></main></body></html>")


def test_a_quotes_speaker_line_trafilatura_discards_is_put_back_under_the_quote() -> None:
    for speaker in SPEAKERS:
        lines = extract_html(_quote_page(speaker)).text.split("\n")
        assert QUOTE in lines, lines
        assert lines[lines.index(QUOTE) + 1] == speaker, lines


def test_a_bare_name_or_a_sentence_under_a_quote_is_not_put_back() -> None:
    """A writer's by-line (a bare name) in an author-classed element under a quote, and a sentence there, are left as
    trafilatura chose: only an attribution's shape goes back."""
    for line in ("Hoàng Minh Tuấn", "Ông Nam nói: mọi việc đã xong."):
        lines = extract_html(_quote_page(line, cls="author")).text.split("\n")
        assert line not in lines, lines


# -- learning: the last item of the article's list, over its next paragraph --------------------------------------

TITLE = "Đánh giá nhanh điện thoại gập mới ra mắt tại Việt Nam"
INTRO = "Một số thông số đáng chú ý:"
SPECS = ["Màn hình: 6,7 inch AMOLED, 120 Hz", "Hệ điều hành: Android 14"]
BOX = ["So sánh nhanh", "Orion S3 vs Lumo 12 Ultra", "Orion S3 vs Nova X5 Pro"]


def _patterns(*lines_support: tuple[str, int], docs: int = 40) -> dict:
    """What the outlet's pages teach: each line's key and its verbatim key (`doc_line_keys`)."""
    stats = [LineStat("chipvasong.vn", key, n, line) for x, n in lines_support
             for key, line in doc_line_keys([TITLE, x]).items() if line == x]
    return patterns_for(learn_patterns(stats, min_docs=3, outlet_docs={"chipvasong.vn": docs}), "chipvasong.vn")


def test_the_last_item_of_an_articles_list_is_not_learned_away() -> None:
    """The outlet's spec box prints "Hệ điều hành: Android 14" on 30 of its 40 pages and some of its reviews announce
    their specs with the same line (4 pages): in the article, between that line and the next paragraph, it stays."""
    pats = _patterns((INTRO, 4), (SPECS[1], 30), *((x, 30) for x in BOX))
    lines = [TITLE, PARAS[0], INTRO, *SPECS, PARAS[1], PARAS[2]]
    kept, _, removed = remove_learned(lines, list(range(1, len(lines) + 1)), pats)
    assert kept == lines, removed
    # the outlet's box under the article's list: its header still goes
    lines = [TITLE, PARAS[0], INTRO, *SPECS[:1], *BOX, PARAS[1], PARAS[2]]
    kept, _, removed = remove_learned(lines, list(range(1, len(lines) + 1)), pats)
    assert BOX[0] in [r.text for r in removed], kept
