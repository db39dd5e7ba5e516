"""Issue 12, round 13: held-out 14 read as dev data. Precision first, by shape and place: a quotation whole is never
learned; a sub-heading right under a paragraph is the article's (for the learner, and for the page's tail); a list the
article announces goes on past a box the page put inside it; an event's info field is no related headline; a quoted
speaker's line under the quotation stays; a quote block is no related headline; hashtags under a sentence quoting a
social-network post are the post's. Lines are invented here, not taken from the benchmark."""

from __future__ import annotations

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.learned import LineStat, learn_patterns, learnable, patterns_for, remove_learned
from cleaners.normalize import line_key
from cleaners.rules import load_rules

TITLE = "Hợp tác xã trẻ đưa nông sản vùng cao lên sàn thương mại điện tử"
BODY = [
    "Sau hai năm thành lập, hợp tác xã của nhóm thanh niên đã bán hơn 40 tấn măng khô và mật ong qua mạng.",
    "Theo chủ nhiệm hợp tác xã, mỗi tháng đơn vị nhận khoảng 600 đơn hàng từ khách ở các thành phố lớn.",
    "Năm tới, nhóm dự kiến mở thêm một xưởng sơ chế để giữ chất lượng sản phẩm trong mùa mưa kéo dài.",
]
TAIL = ["Chia sẻ: Facebook | Zalo", "Tin cùng chuyên mục", "Làng nghề dệt thổ cẩm nhận đơn hàng xuất khẩu",
        "Thanh niên tình nguyện sửa nhà cho hộ nghèo", "© 2024 Báo Tuổi Trẻ Nông Thôn. Giữ toàn quyền."]
RELATED = ["Tin liên quan", "Làng nghề dệt thổ cẩm nhận đơn hàng xuất khẩu",
           "Thanh niên tình nguyện sửa nhà cho hộ nghèo", "» Chợ phiên vùng cao đông khách dịp cuối tuần"]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean("\n".join(lines))
    return r.lines, {x.text: x.rule for x in r.removed}


# -- learning: quotations and sub-headings are the article's -------------------------------------------------------

QUOTE = "“Chúng tôi chỉ muốn bà con trên bản bán được hàng mà không phải qua thương lái ép giá”"
HEAD = "Những chuyến hàng đầu tiên"


def _patterns(*lines: str, support: int = 9, docs: int = 20) -> dict:
    stats = [LineStat("nongsan.vn", line_key(x), support, x) for x in lines]
    return patterns_for(learn_patterns(stats, min_docs=5, outlet_docs={"nongsan.vn": docs}), "nongsan.vn")


def test_a_quotation_whole_is_never_learnable() -> None:
    lines = [TITLE, BODY[0], QUOTE, "Ông Lò Văn Sáng, chủ nhiệm hợp tác xã", BODY[1]]
    assert learnable(lines) == [False, False, False, True, False]


def test_a_sub_heading_the_outlet_repeats_stays_between_two_paragraphs() -> None:
    """A heading of five words or more right between two paragraphs stays however often the outlet's writers reuse
    it; a shorter widget label between two paragraphs still goes."""
    pats = _patterns(HEAD, "Video nổi bật")
    lines = [TITLE, BODY[0], HEAD, BODY[1]]
    kept, _, removed = remove_learned(lines, [1, 2, 3, 4], pats)
    assert kept == lines, removed
    lines = [TITLE, BODY[0], "Video nổi bật", BODY[1]]
    kept, _, removed = remove_learned(lines, [1, 2, 3, 4], pats)
    assert kept == [TITLE, BODY[0], BODY[1]] and [r.text for r in removed] == ["Video nổi bật"]
    # an advert's teaser over the button the rules took (a gap in the line numbers under it) is no sub-heading
    pats = _patterns(HEAD, "Đặt mua măng khô giá ưu đãi")
    lines = [TITLE, BODY[0], "Đặt mua măng khô giá ưu đãi", BODY[1]]
    kept, _, removed = remove_learned(lines, [1, 2, 3, 5], pats)
    assert kept == [TITLE, BODY[0], BODY[1]], removed


# -- rules ---------------------------------------------------------------------------------------------------------

LIST_INTRO = "Bà con có thể gửi sản phẩm tới các điểm thu mua sau:"
POINTS = ["Điểm thu mua Mường Lay: 0214 388 1020", "Điểm thu mua Sìn Hồ: 0214 388 2030",
          "Điểm thu mua Tủa Chùa: 0214 388 3040"]


def test_an_announced_list_goes_on_past_a_box_inside_it() -> None:
    body = [BODY[0], LIST_INTRO, POINTS[0], *RELATED, *POINTS[1:], BODY[1]]
    kept, removed = clean([TITLE, *body, *TAIL])
    assert kept == [TITLE, BODY[0], LIST_INTRO, *POINTS, BODY[1]], removed
    assert all(removed[x] == "related_links" for x in RELATED)
    # a box's line that opens with its own label ("Đọc thêm: …") is none of the list's items, whatever its shape
    body = [BODY[0], LIST_INTRO, *POINTS[:2], "Quảng cáo", "Đọc thêm: Mùa mận hậu năm nay được giá 2 lần", BODY[1]]
    kept, removed = clean([TITLE, *body, *TAIL])
    assert "Đọc thêm: Mùa mận hậu năm nay được giá 2 lần" in removed, kept


def test_items_named_alike_go_on_past_the_box_at_the_articles_end() -> None:
    items = ["Trung tâm Khuyến nông huyện Phong Thổ, bản Vàng Pheo", "Trung tâm Khuyến nông huyện Than Uyên, khu 4"]
    kept, removed = clean([TITLE, *BODY, LIST_INTRO, items[0], *RELATED, items[1], *TAIL])
    assert kept == [TITLE, *BODY, LIST_INTRO, *items], removed


def test_a_quotation_under_a_speakers_line_goes_on_past_a_box() -> None:
    speaker = "Chị Giàng Thị Mai, thành viên hợp tác xã:"
    kept, removed = clean([TITLE, *BODY, speaker, *RELATED, QUOTE, *TAIL])
    assert kept == [TITLE, *BODY, speaker, QUOTE], removed


def test_an_events_info_fields_are_no_related_headlines() -> None:
    info = ["Địa điểm: Nhà văn hóa xã Tả Phìn, huyện Sa Pa", "Thời gian: 8h sáng thứ bảy, ngày 14/9"]
    body = [BODY[0], *RELATED, *info, BODY[1]]
    kept, removed = clean([TITLE, *body, *TAIL])
    assert kept == [TITLE, BODY[0], *info, BODY[1]], removed


def test_a_sub_heading_right_under_the_last_paragraph_stays_over_the_pages_tail() -> None:
    kept, removed = clean([TITLE, *BODY, HEAD, "Lưu vào mục đã đọc", "Chia sẻ: Facebook | Zalo", "Tải ứng dụng Nông Thôn Mới", *TAIL])
    assert kept == [TITLE, *BODY, HEAD], removed


def test_a_quoted_speakers_line_under_the_quotation_stays() -> None:
    speaker = "Ông Lò Văn Sáng, chủ nhiệm hợp tác xã Nậm Cang"
    kept, removed = clean([TITLE, *BODY, QUOTE, speaker, "Bình luận (12)", "Gửi bình luận", *TAIL])
    assert kept == [TITLE, *BODY, QUOTE, speaker], removed


def test_a_quote_block_under_a_related_header_is_no_headline() -> None:
    """A header whose links the page's extraction dropped, over the article's quote block: the block stops there."""
    speaker = "Ông Lò Văn Sáng, chủ nhiệm hợp tác xã Nậm Cang"
    kept, removed = clean([TITLE, BODY[0], "Tin liên quan", QUOTE, speaker, BODY[1], BODY[2], *TAIL])
    assert kept == [TITLE, BODY[0], QUOTE, speaker, BODY[1], BODY[2]], removed


POST = "Trên Facebook, chủ nhiệm hợp tác xã viết: “Cảm ơn khách hàng khắp nơi đã tin dùng nông sản của bản”."
SAID = "Chủ nhiệm hợp tác xã nói: “Cảm ơn khách hàng khắp nơi đã tin dùng nông sản của bản”."


def test_hashtags_under_a_sentence_quoting_a_post_are_the_posts() -> None:
    tags = "#nôngsảnsạch #vùngcao"
    kept, removed = clean([TITLE, *BODY, POST, tags, *TAIL])
    assert kept == [TITLE, *BODY, POST, tags], removed
    # under a quote that is no post, a hashtag line is the page's tags
    kept, removed = clean([TITLE, *BODY, SAID, tags, *TAIL])
    assert removed.get(tags) == "tags", kept
