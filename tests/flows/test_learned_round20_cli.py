"""Round 20, through the command line and the Parquet output: an outlet's writers reuse a sub-heading over a data block
of the article ("Dấu mốc lịch sử" over "Năm 1921: …" items, a fixed line among its items) between two paragraphs,
or under the last paragraph, on most of its pages, so the learner learns the heading and the fixed line; the block is
the article's own (its dated items are this page's, repeated nowhere) and stays whole. The outlet's widget box between two paragraphs, all of its
lines repeated on every page, still goes as learned boilerplate, and so does its credit line under the article's last
block. Lines are invented here."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import clean_records

OUTLET = "langnghe-xua.vn"
HEADING, FIXED = "Dấu mốc lịch sử", "Khách tham quan vào cửa tự do"
CREDIT = "Nhóm phóng viên chuyên mục Làng nghề"  # the outlet's credit at the foot of every page
WIDGET = ["Góc thư giãn", "Truyện cười mỗi ngày", "Đố vui có thưởng", "Câu đố cuối tuần"]
PLACES = ["Bát Tràng", "Vạn Phúc", "Đông Hồ", "Phù Lãng", "Kim Bồng", "Thanh Hà", "Chu Đậu", "Ninh Hải", "Đồng Kỵ",
          "Bàu Trúc"]
CRAFTS = ["gốm men lam", "lụa tơ tằm", "tranh dân gian", "gốm sành nâu", "mộc chạm khắc", "gốm đất nung", "gốm hoa lam",
          "đá mỹ nghệ", "đồ gỗ khảm", "gốm nặn tay"]
TOPICS = ["mùa lễ hội đầu xuân", "đơn hàng xuất khẩu sang châu Âu", "lớp truyền nghề cho thiếu nhi",
          "con đường gạch đỏ mới lát", "bảo tàng tư nhân của một nghệ nhân", "dòng sông bồi lắng phù sa",
          "chợ phiên họp vào ngày rằm", "xưởng nung bằng lò củi cổ", "hợp tác xã của những người trẻ",
          "khu trưng bày sản phẩm cũ"]


def _record(k: int) -> tuple[list[str], list[str], list[str]]:
    """(lines, article's lines, the widget's lines) of page k."""
    place, craft, topic = PLACES[k], CRAFTS[k], TOPICS[k]
    title = f"Làng {place} giữ nghề {craft}"
    p1 = f"Người dân {place} kể rằng nghề {craft} đã nuôi sống bao thế hệ trong làng."
    p2 = f"Năm nay {topic} khiến cả làng {place} tất bật suốt nhiều tuần liền."
    p3 = f"Chính quyền xã hứa sẽ hỗ trợ thêm vốn để các hộ làm {craft} mở rộng xưởng."
    dated = [f"Năm {1801 + 13 * k}: Các cụ tổ {place} lập phường {craft} bên bờ sông",
             f"Năm {1902 + 7 * k}: Sản phẩm của làng {place} được bày bán ở kinh thành",
             f"Năm {1990 + k}: Làng {place} được công nhận là làng nghề truyền thống"]
    block = [HEADING, *dated[:2], FIXED, dated[2]]  # (the fixed line inside the block, between two of its items)
    if k < 6:
        article = [title, p1, *block, p2, p3]
        lines = [*article[:-1], *WIDGET, article[-1]]
    else:  # the block ends the article (two dated items under the heading: the tail's last lines)
        article = [title, p1, p2, p3, HEADING, *dated[:2]] if k < 9 else [title, p1, p2, p3]
        lines = [title, p1, p2, *WIDGET, *article[3:]]
    return [*lines, CREDIT], article, WIDGET


PAGES = {f"lang{k}": _record(k) for k in range(10)}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    recs = [{"id": rid, "outlet": OUTLET, "text": "\n".join(lines)} for rid, (lines, _, _) in PAGES.items()]
    return clean_records(tmp_path_factory.mktemp("round20"), recs)


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_the_article_data_block_under_a_reused_heading_stays(docs: dict[str, dict], rid: str) -> None:
    _, article, _ = PAGES[rid]
    assert docs[rid]["text"].split("\n") == article, docs[rid]["removed"]


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_the_outlet_widget_box_between_paragraphs_still_goes(docs: dict[str, dict], rid: str) -> None:
    removed = {r["text"]: r["rule"] for r in docs[rid]["removed"]}
    assert all(removed.get(x) == "learned_boilerplate" for x in [*WIDGET, CREDIT]), removed


# Round 20: an article's numbered footnotes at its end ("[1] Đại Việt sử ký …, tập 2") are the article's; a health
# article's reference list under its header, items of the "Author. Title" shape, is still its source credit.
NOTE_TITLE = "Mở kho tư liệu về các đời tri phủ xứ Đông"
NOTE_PARAS = ["Các nhà nghiên cứu vừa công bố bản dịch trọn vẹn bộ văn bản hành chính thời Lê Trung hưng.",
              "Theo nhóm biên soạn, nhiều chi tiết về việc đắp đê và thu thuế được ghi rất tỉ mỉ[1].",
              "Bộ sách sẽ được trao tặng cho các thư viện tỉnh trong quý tới[2]."]
FOOTNOTES = ["[1] Đại Việt sử ký toàn thư, NXB Khoa học xã hội, 1998, tập 2", "[2] Phủ biên tạp lục, quyển 4, tr. 112"]
REFS = ["Tài liệu tham khảo:", "[1] Viện Dinh dưỡng. Nhu cầu vi chất của trẻ dưới năm tuổi",
        "[2] UNICEF. Thiếu máu ở trẻ em và phụ nữ mang thai"]


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    recs = [{"id": "notes", "outlet": "sukien-xua.vn", "text": "\n".join([NOTE_TITLE, *NOTE_PARAS, *FOOTNOTES])},
            {"id": "refs", "outlet": "suckhoe-tre.vn", "text": "\n".join([NOTE_TITLE, *NOTE_PARAS, *REFS])}]
    return clean_records(tmp_path_factory.mktemp("round20notes"), recs)


def test_the_article_footnotes_stay(notes: dict[str, dict]) -> None:
    assert notes["notes"]["text"].split("\n") == [NOTE_TITLE, *NOTE_PARAS, *FOOTNOTES], notes["notes"]["removed"]


def test_a_reference_list_still_goes_as_its_source(notes: dict[str, dict]) -> None:
    assert notes["refs"]["text"].split("\n") == [NOTE_TITLE, *NOTE_PARAS]
    assert {r["text"]: r["rule"] for r in notes["refs"]["removed"]} == {x: "source_credit" for x in REFS}


# Round 20: under a see-more link at the article's end, the article's numbered list under its own heading ("1. …",
# "2. …" or "1) …") is the article's, not the link's related box; a most-read box of numbered headlines under its
# header still goes as related links.
FOREST_TITLE = "Rừng phòng hộ ven biển bước vào mùa khô"
FOREST = ["Ban quản lý rừng phòng hộ cho biết đã có ba vụ cháy nhỏ xảy ra trong tuần qua ở khu vực giáp ranh.",
          "Lực lượng kiểm lâm đã lập thêm bốn chốt canh lửa và tổ chức tuần tra liên tục cả ngày lẫn đêm."]
SEE_LINK = ">> Xem thêm: Trồng lại rừng phi lao sau bão"
AVOID = ["Những việc cần tránh khi vào rừng", "1. Đốt lửa trại gần thảm cỏ khô", "2. Vứt tàn thuốc ven đường mòn",
         "3. Đốt rác, đốt thực bì không xin phép"]
ASK = ["Du khách cần làm gì?", "1) Khai báo với trạm kiểm lâm trước khi vào rừng",
       "2) Mang theo bình nước và điện thoại đã sạc đầy"]
SIGN = ["Phạm Thu Hà", "Chia sẻ  Facebook  Zalo"]
MOST_READ = ["Đọc nhiều nhất", "1. Phát hiện đàn voọc quý trong rừng đặc dụng", "2. Khởi tố vụ phá rừng phòng hộ đầu nguồn",
             "3. Thả rùa biển về tự nhiên"]
LISTS = {"avoid": ([FOREST_TITLE, *FOREST, SEE_LINK, *AVOID, *SIGN, *MOST_READ], [FOREST_TITLE, *FOREST, *AVOID]),
         "ask": ([FOREST_TITLE, *FOREST, SEE_LINK, *ASK, *SIGN], [FOREST_TITLE, *FOREST, *ASK])}


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    recs = [{"id": rid, "outlet": f"{rid}-kiemlam.vn", "text": "\n".join(lines)} for rid, (lines, _) in LISTS.items()]
    return clean_records(tmp_path_factory.mktemp("round20lists"), recs)


@pytest.mark.parametrize("rid", sorted(LISTS))
def test_a_numbered_list_under_its_heading_stays_under_a_see_more_link(lists: dict[str, dict], rid: str) -> None:
    lines, kept = LISTS[rid]
    assert lists[rid]["text"].split("\n") == kept, lists[rid]["removed"]
    rules = {r["text"]: r["rule"] for r in lists[rid]["removed"]}
    assert rules[SEE_LINK] == "related_links" and len(rules) == len(lines) - len(kept), rules


def test_a_numbered_most_read_box_still_goes(lists: dict[str, dict]) -> None:
    rules = {r["text"]: r["rule"] for r in lists["avoid"]["removed"]}
    assert all(rules.get(x) == "related_links" for x in MOST_READ), rules
