"""Issue 12, round 17, through the command line and the Parquet output, with what held-out 18 showed. Six pages of a
transport paper carry the same how-to ("Bước 1: …", "Bước 2: …", "Bước 3: …") under a related box, inside the article
or closing it over its source, and the same diversion list, its last item longer than the others: the steps and the
whole list stay on every page, the box goes, though the outlet repeats them all (the learner sees them on six pages; the
closing steps, and the list closing three of the pages, stand in the page's tail zone). A diplomacy magazine's pages: a titled speaker
over the quote it introduces under a related box, the last line under a closing quote's speaker, an event's
registration line under a lone "► X" link; a Q&A page's closing wish over a by-line a related box took for its next
headline; a correspondent's by-line ("Phóng viên TTXVN tại Hàn Quốc") by the dateline and at the end, a serial's mark
with the next part's title ("(Còn nữa) Kỳ sau: X") go; a closing line of the article five of a magazine's thirty pages
share stays on them (the learner takes it for no tagline), the footer all thirty share goes. Lines are invented here."""

from __future__ import annotations

import pytest

from tests.cleaners.test_boilerplate_round17 import PARAS  # the same article paragraphs as the unit tests
from tests.flows.cli_support import assert_page_cleaned, clean_records

TITLES = ["Hướng dẫn nộp lệ phí trước bạ trực tuyến cho xe máy mới", "Cấm xe tải nặng qua cầu Bình Lợi trong ba tháng",
          "Thành phố mở thêm hai tuyến buýt nối sân bay", "Phân luồng giao thông phục vụ thi công nút giao phía bắc",
          "Đề xuất thu phí xe vào trung tâm giờ cao điểm", "Sửa chữa mặt cầu vượt sông Sài Gòn từ cuối tuần"]
MENU = ["Trang chủ", "Thời sự", "Đường sắt", "Hàng không", "Logistics"]
BOX = ["Tin liên quan", "Phạt nặng xe chở quá tải trên cao tốc (12/03)", "Mở thêm làn cho xe máy qua cầu (02/04)",
       "Đổi giấy phép lái xe trên cổng dịch vụ công (05/04)"]
STEPS = ["Bước 1: Đăng nhập cổng dịch vụ công bằng tài khoản định danh điện tử mức hai",
         "Bước 2: Chọn thủ tục khai lệ phí trước bạ, nhập số khung và số máy của xe",
         "Bước 3: Thanh toán qua ngân hàng liên kết rồi tải biên lai về điện thoại"]
DETOUR = ["Sở Giao thông hướng dẫn các phương tiện đi như sau:", "Xe tải trên 10 tấn: đi theo vành đai, không vào nội đô",
          "Xe cứu thương, xe cứu hỏa: được ưu tiên qua khu vực thi công",
          "Xe từ cảng đi khu công nghiệp: rẽ trái vào đường gom, qua cầu Bình Lợi rồi nhập quốc lộ 13 về hướng bắc"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Bình luận (3)", "Gửi bình luận", "© 2024 Báo Giao thông Vận tải. Giữ toàn quyền."]


def transport(title: str, k: int) -> tuple[list[str], list[str]]:
    """Under a related box inside the article, or closing it over its source (the page's tail zone, for the learner)."""
    if k % 2:
        lines = [*MENU, title, *PARAS, *DETOUR, *BOX, *STEPS, "Nguồn: Cục Đường bộ Việt Nam", *TAIL]
        return lines, [title, *PARAS, *DETOUR, *STEPS]
    lines = [*MENU, title, PARAS[0], *BOX, *STEPS, PARAS[1], PARAS[2], *DETOUR, "Nhóm PV Giao thông", *TAIL]
    return lines, [title, PARAS[0], *STEPS, PARAS[1], PARAS[2], *DETOUR]


QUOTE = "“Hai nước sẽ tiếp tục phối hợp chặt chẽ tại các diễn đàn khu vực.”"
SPEAKER = "Ông Trần Văn Bình, Thứ trưởng Bộ Ngoại giao"
LINKED = ["Bài cùng sự kiện", "Trao quốc thư cho đại sứ mới", "Hội nghị ngoại vụ lần thứ 32 khai mạc",
          "» Cộng đồng người Việt ở Séc đón Tết"]
DIPLO_TITLE = "Việt Nam và Séc nâng cấp quan hệ đối tác"
DIPLO_TAIL = ["Chủ đề: ngoại giao, hợp tác", "Chia sẻ: Facebook Twitter", "© 2024 Tạp chí Đối ngoại. Giữ toàn quyền."]
SPOKE = [DIPLO_TITLE, PARAS[0], *LINKED, SPEAKER, QUOTE, PARAS[1], PARAS[2], *DIPLO_TAIL]
CLOSING = "Hai bộ trưởng hẹn gặp lại tại hội nghị thường niên ở Hà Nội"
CLOSED = [DIPLO_TITLE, *PARAS, QUOTE, "— Trần Văn Bình, Thứ trưởng Bộ Ngoại giao", CLOSING, *DIPLO_TAIL]
LINK = "► Bảo hộ công dân tại vùng có xung đột"
SIGN_UP = ("Đăng ký dự hội thảo tại Trung tâm Hợp tác Quốc tế, 25 Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội, điện thoại "
           "024 3826 1234 hoặc email hoithao@hoptac.vn")
AGENDA = ["Chương trình hội thảo dự kiến:", "Sáng 12/6: khai mạc và báo cáo đề dẫn", "Chiều 12/6: thảo luận theo nhóm"]
EVENT = [DIPLO_TITLE, *PARAS, LINK, SIGN_UP, *BOX, *AGENDA, "Ngọc Tuấn (tổng hợp)", *DIPLO_TAIL]
WISH = "Chúc bạn hoàn tất hồ sơ thuận lợi"
QA_BOX = ["Bài liên quan", "Phạt nặng xe chở quá tải trên cao tốc", "Mở thêm làn cho xe máy qua cầu | 03/10",
          "Đổi giấy phép lái xe trên cổng dịch vụ công"]
ANSWER = [DIPLO_TITLE, *PARAS, *QA_BOX, WISH, "ThS. Lê Minh Châu", "Nguồn: Cổng thông tin Bộ Tài chính", *DIPLO_TAIL]

CORRESPONDENT = "Phóng viên TTXVN tại Hàn Quốc"
POSTED = [DIPLO_TITLE, "12/03/2024 08:15 (GMT+07:00)", CORRESPONDENT, *PARAS, *DIPLO_TAIL]
SIGNED = [DIPLO_TITLE, *PARAS, "Lễ đón chính thức diễn ra trong không khí trang trọng", CORRESPONDENT, *DIPLO_TAIL]
NEXT = "(Còn nữa) Kỳ sau: Những điều cần biết khi đóng bảo hiểm tự nguyện"
SERIAL = [DIPLO_TITLE, *PARAS, "ThS. Lê Minh Châu", NEXT, *TAIL]

AGREED = "Hai bên nhất trí tổ chức phiên họp thường niên tiếp theo tại Hà Nội"


def session(k: int) -> tuple[list[str], list[str]]:
    """One of thirty pages of the magazine: five close on the same line of the article (no full stop; two of them under
    a quotation and its speaker), all carry the same footer."""
    title = f"Ủy ban liên chính phủ họp phiên thứ {k + 10} tại thủ đô"
    closing = [QUOTE, "— Trần Văn Bình, Thứ trưởng Bộ Ngoại giao", AGREED] if k < 2 else [AGREED]  # (two under a quote)
    body = [title, *PARAS, *closing] if k < 5 else [title, *PARAS]
    return [*body, "Ngọc Tuấn (tổng hợp)", *DIPLO_TAIL], body


RECORDS = {f"transport{k}": transport(title, k) for k, title in enumerate(TITLES)}
RECORDS |= {f"session{k:02d}": session(k) for k in range(30)}
RECORDS |= {"spoke": (SPOKE, [DIPLO_TITLE, PARAS[0], SPEAKER, QUOTE, PARAS[1], PARAS[2]]),
            "closed": (CLOSED, CLOSED[:-len(DIPLO_TAIL)]),
            "event": (EVENT, [DIPLO_TITLE, *PARAS, SIGN_UP, *AGENDA]),
            "answer": (ANSWER, [DIPLO_TITLE, *PARAS, WISH]),
            "posted": (POSTED, [DIPLO_TITLE, *PARAS]), "signed": (SIGNED, SIGNED[:len(PARAS) + 2]),
            "serial": (SERIAL, [DIPLO_TITLE, *PARAS])}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    outlet = {"transport": "gtvt.vn", "session": "doingoai.vn"}
    recs = [{"id": k, "outlet": outlet.get(k.rstrip("0123456789"), f"{k}.vn"), "text": "\n".join(lines)}
            for k, (lines, _) in RECORDS.items()]
    return clean_records(tmp_path_factory.mktemp("round17"), recs)


@pytest.mark.parametrize("rid", sorted(RECORDS))
def test_round17_records_keep_the_article_and_drop_the_rest(docs: dict[str, dict], rid: str) -> None:
    lines, kept = RECORDS[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_the_outlets_repeated_furniture_is_still_learned(docs: dict[str, dict]) -> None:
    """The related box of the six transport pages still goes; the steps and the list they share are never taken."""
    removed = {(r["text"], r["rule"]) for k in RECORDS if k.startswith("transport") for r in docs[k]["removed"]}
    assert ("Tin liên quan", "related_links") in removed
    assert not any(text in STEPS or text in DETOUR for text, _ in removed), removed


def test_the_new_shapes_are_named_by_their_rule(docs: dict[str, dict]) -> None:
    """The correspondent's by-line and the serial's mark go as what they are (the mark was the closing zone's fill)."""
    rules = {r["text"]: r["rule"] for k in ("posted", "signed", "serial") for r in docs[k]["removed"]}
    assert rules[CORRESPONDENT] == "author_byline" and rules[NEXT] == "continuation", rules


def test_a_closing_line_five_pages_share_is_learned_but_stays(docs: dict[str, dict]) -> None:
    """The closing line stays on each of the five pages that share it (the learner learns it: five pages)."""
    assert all(AGREED in docs[f"session{k:02d}"]["text"].split("\n") for k in range(5))
