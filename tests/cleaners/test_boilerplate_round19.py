"""Issue 12, round 19: held-out 19 read as dev data. A related box without a header between two paragraphs whose
headlines are marked as links by the kind of media they lead to ("[Infographic] X", "[Video] X", "X (Video)"), and
one whose headlines a line rule took in part ("» X", "► X" between unmarked ones), goes whole; its unmarked last line
over the next paragraph, a see-more line's neighbour, and an announced list stay. Lines are invented here, not taken
from the benchmark."""

from __future__ import annotations

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.normalize import normalize_text
from cleaners.rules import load_rules

TITLE = "Tỉnh khởi công tuyến đường ven biển nối ba huyện phía nam"
PARAS = [
    "Sáng nay, tỉnh đã khởi công tuyến đường ven biển dài gần 40 km nối ba huyện phía nam, với tổng vốn đầu tư hơn "
    "3.200 tỷ đồng từ ngân sách trung ương và địa phương.",
    "Theo chủ đầu tư, tuyến đường có bốn làn xe, hai cầu lớn vượt cửa sông và dự kiến hoàn thành trong ba năm, giúp "
    "rút ngắn một nửa thời gian đi lại giữa các huyện.",
    "Lãnh đạo tỉnh yêu cầu các nhà thầu bảo đảm chất lượng, an toàn lao động và hoàn trả mặt bằng cho người dân đúng hẹn.",
]
TAIL = ["Chia sẻ: Facebook | Zalo", "Bình luận (3)", "Gửi bình luận", "© 2024 Báo Duyên Hải. Giữ toàn quyền."]
MEDIA_BOX = ["[Infographic] Vốn đầu tư công giải ngân đạt 60% kế hoạch", "[Video] Cầu vượt biển dài nhất miền Trung hợp long",
             "Mở rộng cảng cá phục vụ ngư dân (14/3)"]
SUFFIX_BOX = ["Cao tốc nối cảng biển thông xe kỹ thuật", "Lũ cuốn trôi cầu tạm ở xã vùng cao (Video)",
              "Người dân nhận tiền bồi thường giải phóng mặt bằng (Video)", "Sạt lở bờ biển uy hiếp khu dân cư"]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean(normalize_text("\n".join(lines)))
    return r.lines, {x.text: x.rule for x in r.removed}


def test_a_box_without_a_header_marked_by_its_media_goes() -> None:
    kept, removed = clean([TITLE, PARAS[0], *MEDIA_BOX, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, *PARAS], removed
    assert all(removed[x] == "related_links" for x in MEDIA_BOX)


def test_a_box_marked_by_its_media_at_the_end_goes_but_its_unmarked_last_line_stays() -> None:
    """The unmarked last line right over the next paragraph may be its sub-heading: it stays, as in round 16."""
    kept, removed = clean([TITLE, PARAS[0], *SUFFIX_BOX, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], SUFFIX_BOX[-1], PARAS[1], PARAS[2]], removed
    assert all(removed[x] == "related_links" for x in SUFFIX_BOX[:-1])


def test_the_headlines_around_a_link_a_rule_took_go_with_it() -> None:
    """A box of two unmarked headlines and two taken ("» X", "► X"): the whole box goes."""
    box = ["Cao tốc nối cảng biển thông xe kỹ thuật", "» Mở rộng cảng cá phục vụ ngư dân",
           "Sạt lở bờ biển uy hiếp khu dân cư", "► Cầu vượt biển dài nhất miền Trung hợp long"]
    kept, removed = clean([TITLE, PARAS[0], *box, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, *PARAS], removed


def test_a_line_of_the_article_over_a_see_more_line_stays() -> None:
    """Trap: a see-more line (">> Xem thêm: X") is the article's own link between its paragraphs, no box's item: the
    article's unpunctuated line above it stays, though a marked box stands right over it."""
    own = "Tuy nhiên, nhiều hộ dân ở xã ven biển vẫn chưa nhận được tiền bồi thường và phải sống tạm trong lều bạt"
    see_more = ">> Xem thêm: Cầu vượt biển dài nhất miền Trung hợp long"
    box = ["» Mở rộng cảng cá phục vụ ngư dân", "Cao tốc nối cảng biển thông xe kỹ thuật (26/5)"]
    kept, removed = clean([TITLE, PARAS[0], *box, own, see_more, "Điều 12. Bồi thường về đất",
                           PARAS[1], PARAS[2], *TAIL])
    assert own in kept and "Điều 12. Bồi thường về đất" in kept, removed


def test_media_words_in_the_articles_own_lines_stay() -> None:
    """Traps: an announced list of clips the article describes, and sub-headings naming a video without brackets."""
    clips = ["Ban tổ chức công bố các tác phẩm đoạt giải như sau:", "[Video] Mùa gặt trên cánh đồng ven biển",
             "[Ảnh] Đêm hội làng chài"]
    kept, removed = clean([TITLE, PARAS[0], *clips, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *clips, PARAS[1], PARAS[2]], removed
    heads = ["Video ghi lại cảnh nước tràn qua đê", "Clip người dân dùng thuyền chở trẻ đến trường"]
    kept, removed = clean([TITLE, PARAS[0], *heads, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *heads, PARAS[1], PARAS[2]], removed


# -- a live-coverage link above the page's last navigation line -------------------------------------------------------

MENU = ["Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới"]
CRUMB = "Trang chủ › Thời sự › Chính trị"
DATED = "Cập nhật: 18:45 | 16/11/2024"


def test_a_live_coverage_link_over_the_breadcrumb_is_no_title() -> None:
    for live in ("Trực tiếp: Phiên chất vấn Bộ trưởng Bộ Công Thương", "Xem trực tiếp phiên họp chiều nay",
                 "TRỰC TIẾP: Quốc hội biểu quyết thông qua các luật"):
        kept, removed = clean(["Thứ Ba, ngày 11/11/2024", *MENU, live, CRUMB, TITLE, DATED, *PARAS, *TAIL])
        assert kept == [TITLE, *PARAS], removed
        assert removed[live] == "head_widget"


def test_a_live_pages_own_title_stays() -> None:
    """Traps: a live page's title under the navigation, over its dateline; and over a breadcrumb with no headline
    under it (round 9's layout)."""
    title = "Trực tiếp: Lễ khai mạc kỳ họp thứ tám của Quốc hội"
    kept, removed = clean(["Thứ Ba, ngày 11/11/2024", *MENU, CRUMB, title, DATED, *PARAS, *TAIL])
    assert kept == [title, *PARAS], removed
    kept, removed = clean(["Thứ Ba, ngày 11/11/2024", *MENU, title, CRUMB, DATED, *PARAS, *TAIL])
    assert kept == [title, *PARAS], removed


def test_a_storys_event_stream_label_goes_like_its_event_label() -> None:
    for label in ("Dòng sự kiện: Tiếp xúc cử tri", "Chuỗi sự kiện: Bão số 3"):
        kept, removed = clean([TITLE, *PARAS, label, *TAIL])
        assert kept == [TITLE, *PARAS] and removed[label] == "tags", removed


def test_an_article_line_naming_an_event_stream_stays() -> None:
    """Trap: a sentence of the article about a stream of events, no label's colon after the words."""
    own = "Dòng sự kiện dồn dập trong tuần qua khiến thị trường biến động mạnh."
    kept, removed = clean([TITLE, PARAS[0], own, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], own, PARAS[1], PARAS[2]], removed


# -- a related box under a header the outlet repeats (the learner's) --------------------------------------------------

HUB = "Toàn cảnh kỳ họp thứ tám"
HUB_BOX = ["Bộ trưởng trả lời chất vấn về quản lý thị trường vàng (16/1)", "Cử tri kiến nghị sớm giải quyết tồn đọng đất đai",
           "Quốc hội thảo luận về dự án Luật Đường bộ"]


def _learned(lines: list[str], *learned: str, anywhere: bool = True) -> tuple[list[str], list]:
    from cleaners.learned import LearnedPattern, pattern_key, remove_learned

    patterns = {pattern_key(x): LearnedPattern("daibieu.vn", pattern_key(x), 30, x, anywhere=anywhere) for x in learned}
    kept, _, removed = remove_learned(lines, list(range(1, len(lines) + 1)), patterns)
    return kept, removed


def test_the_headlines_under_a_learned_header_go_with_it() -> None:
    lines = [TITLE, PARAS[0], HUB, *HUB_BOX, PARAS[1], PARAS[2]]
    kept, removed = _learned(lines, HUB)
    assert kept == [TITLE, *PARAS], removed
    assert {r.text for r in removed} == {HUB, *HUB_BOX}


def test_the_articles_list_under_a_learned_subheading_stays() -> None:
    """Traps: a list of the article's under a sub-heading the outlet repeats, none of its items marked as a link; an
    announced list (the learned line ends with ":"); a list with its bullets."""
    names = ["Đại biểu Trần Kim Trí - Long An", "Đại biểu Vi Thúy Vân - Bình Định", "Đại biểu Lương Công Hùng - Lào Cai"]
    for head, items in (("Ý kiến đại biểu", names), ("Các đại biểu phát biểu:", [*names[:2], "Kỳ họp bế mạc (16/1)"]),
                        ("Cùng vụ việc", ["- Kỷ luật cảnh cáo nguyên chủ tịch xã (16/1)", "- Dự án treo hàng chục năm"])):
        lines = [TITLE, PARAS[0], head, *items, PARAS[1], PARAS[2]]
        kept, removed = _learned(lines, head)
        assert all(x in kept for x in items), removed


# -- an author's box ------------------------------------------------------------------------------------------------

AUTHOR_BOX = ["Cùng tác giả", "• Đọc lại một tiểu thuyết về làng quê", "Dịch văn học ra thế giới: đường còn dài",
              "• Phê bình văn học cần thẳng thắn hơn"]


def test_an_authors_box_goes() -> None:
    kept, removed = clean([TITLE, PARAS[0], *AUTHOR_BOX, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, *PARAS], removed
    assert all(removed[x] == "related_links" for x in AUTHOR_BOX)


def test_the_articles_sentence_about_the_same_author_stays() -> None:
    own = "Cùng tác giả, nhà xuất bản còn phát hành hai tập thơ viết về biển đảo."
    kept, removed = clean([TITLE, PARAS[0], own, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], own, PARAS[1], PARAS[2]], removed
