"""Tail credits in wordings the rules missed (tester ATK8): a reporting crew named by its desk ("Nhóm phóng viên Ban
Kinh tế"), a first-publication credit ("Bài viết được đăng tải lần đầu trên báo X") and an invitation to the next
instalment ("(Mời bạn đọc đón xem phần tiếp theo)"). Each is a class of shapes; the guards keep sentences that
start the same way. Lines invented here."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.rules import load_rules

BODY = [
    "Sáng nay, Ủy ban nhân dân thành phố công bố kế hoạch cải tạo mười hai tuyến kênh nội đô trong giai đoạn ba năm "
    "tới, với tổng vốn dự kiến gần bốn nghìn tỷ đồng.",
    "Theo đại diện Sở Xây dựng, các hộ dân ven kênh sẽ được lấy ý kiến trước khi phương án bồi thường được phê "
    "duyệt vào quý hai năm sau.",
]


def _clean(tail: list[str]):
    return BoilerplateCleaner(load_rules("vi")).clean("\n".join(BODY + tail))


@pytest.mark.parametrize(("line", "rule"), [
    ("Nhóm phóng viên Ban Kinh tế", "author_byline"),
    ("Nhóm PV Ban Thời sự", "author_byline"),
    ("Nhóm phóng viên Ban Văn hóa Xã hội", "author_byline"),
    ("Bài viết được đăng tải lần đầu trên báo Đời Sống", "source_credit"),
    ("Bài viết được đăng lần đầu trên Tạp chí Kiến Trúc.", "source_credit"),
    ("Bài viết lần đầu được đăng trên trang Nhịp Sống Số", "source_credit"),
    ("(Mời bạn đọc đón xem phần tiếp theo)", "continuation"),
    ("(Mời độc giả đón đọc kỳ tiếp theo)", "continuation"),
    ("Mời quý độc giả theo dõi bài tiếp theo.", "continuation"),
])
def test_tail_credit_wordings_are_removed_with_their_rule(line: str, rule: str) -> None:
    r = _clean([line])
    assert r.lines == BODY, r.lines
    assert [(x.text, x.rule) for x in r.removed] == [(line, rule)]


@pytest.mark.parametrize("line", [
    "Nhóm phóng viên Ban Kinh tế đã có mặt tại hiện trường từ sáng sớm để ghi nhận tình hình ngập úng.",
    "Bài viết được đăng tải lần đầu trên báo Đời Sống đã thu hút hàng nghìn lượt chia sẻ chỉ trong một ngày.",
    "Khán giả có thể đón xem phần tiếp theo của bộ phim vào tối thứ Bảy, khi đoàn làm phim trở lại vùng lũ.",
    "Nhóm thực hiện Dự án Nước Sạch cho biết sẽ khoan thêm bốn giếng trước mùa khô.",
])
def test_sentences_that_start_like_a_credit_stay(line: str) -> None:
    r = _clean([line])
    assert r.lines == [*BODY, line], [(x.text, x.rule) for x in r.removed]
