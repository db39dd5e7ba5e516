"""Issue 12 through the command line and the Parquet output: each class of closing boilerplate
goes, each precision trap stays, legacy and damaged encodings are read like a browser reads them,
entities are decoded and lines are never glued. Fixtures are small synthetic texts written here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.flows.helpers import REPO, rows

BODY = [
    "Ủy ban nhân dân thành phố vừa công bố kế hoạch cải tạo hệ thống thoát nước tại các quận trung tâm.",
    "Theo kế hoạch, công trình sẽ được triển khai trong hai năm với tổng vốn đầu tư khoảng 500 tỷ đồng.",
    "Người dân trong khu vực được khuyến cáo theo dõi thông báo để chủ động sắp xếp việc đi lại.",
]

# record id -> (closing lines, {closing line: rule that must remove it}); unlisted lines must stay
TAILS: dict[str, tuple[list[str], dict[str, str]]] = {
    "byline-name": (["Khánh Vy"], {"Khánh Vy": "author_byline"}),
    "byline-two": (["Diệu Linh - Thu Trang"], {"Diệu Linh - Thu Trang": "author_byline"}),
    "byline-done-by": (["Hoàng Anh thực hiện"], {"Hoàng Anh thực hiện": "author_byline"}),
    "byline-translated": (["Minh Hà dịch"], {"Minh Hà dịch": "author_byline"}),
    "byline-theo": (["Thu Hà (theo Washington Post)"], {"Thu Hà (theo Washington Post)": "author_byline"}),
    "byline-caps": (["NGỌC SƠN"], {"NGỌC SƠN": "author_byline"}),
    "source-then-hashtags": (["Nguồn: TTXVN", "#iraq #ngoaigiao #khungbo"],
                             {"Nguồn: TTXVN": "source_credit", "#iraq #ngoaigiao #khungbo": "tags"}),
    "credit-above-unknown": (["(Theo Reuters)", "Một dòng lạ cuối trang"], {"(Theo Reuters)": "source_credit"}),
    "tag-list": (["Nguồn: Tuổi Trẻ", "Từ khóa: giáo dục, tuyển sinh"],
                 {"Nguồn: Tuổi Trẻ": "source_credit", "Từ khóa: giáo dục, tuyển sinh": "tags"}),
    "share-follow": (["Phương Linh", "Chia sẻ Facebook Zalo"],
                     {"Phương Linh": "author_byline", "Chia sẻ Facebook Zalo": "share_widget"}),
    "cont-plain": (["Còn tiếp"], {"Còn tiếp": "continuation"}),
    "cont-paren": (["Thanh Tâm", "(còn tiếp)"], {"Thanh Tâm": "author_byline", "(còn tiếp)": "continuation"}),
    "cont-next": (["Kỳ tới: Những bí ẩn dưới đáy biển"], {"Kỳ tới: Những bí ẩn dưới đáy biển": "continuation"}),
    "cont-parts": (["Phần I, II"], {"Phần I, II": "continuation"}),
    "advert": (
        ["CÔNG TY TNHH THƯƠNG MẠI HOÀNG LONG", "Địa chỉ: Số 12 Lý Thường Kiệt, Hà Nội",
         "ĐT: 024 3825 1234 - Fax: 024 3825 1235", "Email: lienhe@hoanglong.vn", "Website: www.hoanglong.com.vn"],
        dict.fromkeys(["CÔNG TY TNHH THƯƠNG MẠI HOÀNG LONG", "Địa chỉ: Số 12 Lý Thường Kiệt, Hà Nội",
                       "ĐT: 024 3825 1234 - Fax: 024 3825 1235", "Email: lienhe@hoanglong.vn",
                       "Website: www.hoanglong.com.vn"], "contact_block"),
    ),
    "contact-line": (["Mọi chi tiết xin liên hệ: 0912 345 678"], {"Mọi chi tiết xin liên hệ: 0912 345 678": "contact_block"}),
    # round 2: more wordings of the same classes
    "source-dash": (["— Theo Đài Phát thanh Quốc tế"], {"— Theo Đài Phát thanh Quốc tế": "source_credit"}),
    "source-news": (["Nguồn tin: Cổng thông tin điện tử tỉnh"], {"Nguồn tin: Cổng thông tin điện tử tỉnh": "source_credit"}),
    "byline-team": (["Nhóm phóng viên Thời sự"], {"Nhóm phóng viên Thời sự": "author_byline"}),
    "byline-agency": (["Thu Hà (TTXVN)", "Lượt xem: 1.250"],
                      {"Thu Hà (TTXVN)": "author_byline", "Lượt xem: 1.250": "share_widget"}),
    "byline-compiled": (["ThS. Minh Anh (t/h)"], {"ThS. Minh Anh (t/h)": "author_byline"}),
    "share-like": (["Nhấn like fanpage để nhận tin mới", "Chia sẻ bài viết:"],
                   {"Nhấn like fanpage để nhận tin mới": "share_widget", "Chia sẻ bài viết:": "share_widget"}),
    # a related block after the closing zone no longer shields the credit above it
    "related-at-end": (["Theo VOV", "Tin cùng chủ đề", "Giá lúa tăng mạnh ở đồng bằng (3/8)", "» Mưa lớn kéo dài ở miền Bắc"],
                       {"Theo VOV": "source_credit", "Tin cùng chủ đề": "related_links",
                        "Giá lúa tăng mạnh ở đồng bằng (3/8)": "related_links",
                        "» Mưa lớn kéo dài ở miền Bắc": "related_links"}),
    # a dated link right before the prose resumes is a link, not a sub-heading
    "related-dated-last": (["Bài cùng chuyên mục", "Giá lúa tăng mạnh ở đồng bằng - 03/08/2023",
                            "Mưa lớn kéo dài ở miền Bắc (4/8)",
                            "Người dân được khuyến cáo chủ động phòng tránh khi ra đường trong những ngày tới."],
                           dict.fromkeys(["Bài cùng chuyên mục", "Giá lúa tăng mạnh ở đồng bằng - 03/08/2023",
                                          "Mưa lớn kéo dài ở miền Bắc (4/8)"], "related_links")),
    # round 3: classes read by shape (bylines, sources, share/count bars, related blocks at the very end)
    "r3-byline-shapes": (["Bài, ảnh: Quốc Tuấn", "N.T.H - Th.Yến", "Hải Nam/VOV"],
                         {"Bài, ảnh: Quốc Tuấn": "author_byline", "N.T.H - Th.Yến": "author_byline",
                          "Hải Nam/VOV": "author_byline"}),
    "r3-byline-note": (["Minh Châu (Phóng viên thường trú tại Nhật Bản)", "Thích (34) · Chia sẻ"],
                       {"Minh Châu (Phóng viên thường trú tại Nhật Bản)": "author_byline",
                        "Thích (34) · Chia sẻ": "share_widget"}),
    "r3-source-url": (["Tổng hợp từ Báo Quảng Ninh, Reuters", "Nguồn: https://baoquangninh.vn/tin-tuc-12345.html"],
                      {"Tổng hợp từ Báo Quảng Ninh, Reuters": "source_credit",
                       "Nguồn: https://baoquangninh.vn/tin-tuc-12345.html": "source_credit"}),
    "r3-follow-app": (["Theo dõi Báo Quảng Ninh trên Google News", "Tải ứng dụng Báo Quảng Ninh để đọc tin nhanh hơn"],
                      {"Theo dõi Báo Quảng Ninh trên Google News": "share_widget",
                       "Tải ứng dụng Báo Quảng Ninh để đọc tin nhanh hơn": "share_widget"}),
    # an unknown related header and its headlines at the very end no longer shield the credit above
    "r3-related-unknown-header": (
        ["Lan Anh", "Chia sẻ", "Tiêu điểm", "Giá thép xây dựng tiếp tục điều chỉnh giảm lần thứ tư",
         "Hội An đón lượng khách kỷ lục dịp lễ - 3 giờ trước"],
        {"Lan Anh": "author_byline", "Chia sẻ": "share_widget", "Tiêu điểm": "related_links",
         "Giá thép xây dựng tiếp tục điều chỉnh giảm lần thứ tư": "related_links",
         "Hội An đón lượng khách kỷ lục dịp lễ - 3 giờ trước": "related_links"}),
    # headlines without a header, after the credits
    "r3-related-no-header": (
        ["(Theo Báo Giao thông)", "Nông dân miền Tây trúng mùa sầu riêng", "Tàu cá bị nạn được lai dắt vào bờ an toàn"],
        {"(Theo Báo Giao thông)": "source_credit", "Nông dân miền Tây trúng mùa sầu riêng": "related_links",
         "Tàu cá bị nạn được lai dắt vào bờ an toàn": "related_links"}),
    # round-3 precision traps: lists, poems, tables, captions and an unpunctuated last paragraph stay
    "trap-r3-list": (["Kết quả chung cuộc của giải như sau:", "Đội Hà Nội giành ba huy chương vàng",
                      "Trường THPT Chu Văn An xếp thứ hai", "Đội Đà Nẵng về thứ ba chung cuộc"], {}),
    "trap-r3-poem": (["GẠC MA ƠI", "Gạc Ma ơi trong nỗi đau nước Việt", "Có linh hồn xương thịt của Gạc Ma",
                      "Người ngã xuống để tươi xanh trỗi dậy", "Toả bóng chở che cho Tổ quốc ta"], {}),
    "trap-r3-table": (["Sông Thao tại Yên Bái", "28,37 m", "Hồ Hòa Bình (sông Đà)", "116,47 m"], {}),
    "trap-r3-captions": (["Bàn tiếp khách", "Một góc hiên nhà nhìn ra vịnh", "Sảnh trước cửa chính của toà nhà",
                          "Vườn hoa và thảm cỏ trước nhà"], {}),
    "trap-r3-results": (["- Michelle Bachelet: 45,8%", "- Sebastian Pinera: 25,7%"], {}),
    "trap-r3-unpunctuated": (["Người dân trong khu vực được khuyến cáo chủ động phòng tránh khi ra đường trong "
                              "những ngày mưa lớn sắp tới", "Nhóm PV"], {"Nhóm PV": "author_byline"}),
    # round 4: widget lines by the class of their words, whatever the wording (buttons, reading tools,
    # counters, reports), and an unknown short line between two closing widgets
    "r4-widget-words": (["Hồng Nhung", "Phóng to · Thu nhỏ", "Phản hồi · Báo lỗi", "1.204 lượt nghe"],
                        {"Hồng Nhung": "author_byline", "Phóng to · Thu nhỏ": "share_widget",
                         "Phản hồi · Báo lỗi": "share_widget", "1.204 lượt nghe": "share_widget"}),
    "r4-zone-fill": (["Theo Báo Đồng Nai", "Gợi ý cho bạn hôm nay", "Chia sẻ"],
                     {"Theo Báo Đồng Nai": "source_credit", "Gợi ý cho bạn hôm nay": "tail_widget",
                      "Chia sẻ": "share_widget"}),
    # a related header that names articles twice over may end with ":" (it shielded the credits above)
    "r4-header-colon": (["Quang Huy (sưu tầm)", "Bài viết cùng tác giả:", "Giá lúa tăng mạnh ở đồng bằng sông Cửu Long",
                         "Mưa lớn kéo dài ở miền Bắc trong tuần tới"],
                        {"Quang Huy (sưu tầm)": "author_byline", "Bài viết cùng tác giả:": "related_links",
                         "Giá lúa tăng mạnh ở đồng bằng sông Cửu Long": "related_links",
                         "Mưa lớn kéo dài ở miền Bắc trong tuần tới": "related_links"}),
    # a box in the body under a strong header, its headlines marked by the media they link to
    "r4-body-box": (["Độc giả quan tâm", "Giá lúa tăng mạnh ở đồng bằng (video)", "Mưa lớn kéo dài ở miền Bắc (ảnh)",
                     "Người dân được khuyến cáo chủ động phòng tránh khi ra đường trong những ngày tới."],
                    dict.fromkeys(["Độc giả quan tâm", "Giá lúa tăng mạnh ở đồng bằng (video)",
                                   "Mưa lớn kéo dài ở miền Bắc (ảnh)"], "related_links")),
    # headlines at the very end, most of them marked as links (a time and date, a date in brackets)
    "r4-marked-run": (["[12/05] Giá lúa tăng mạnh ở đồng bằng", "+ Mưa lớn kéo dài ở miền Bắc trong tuần tới",
                       "14:20 13/05 Hà Nội khởi công cầu mới qua sông Hồng"],
                      dict.fromkeys(["[12/05] Giá lúa tăng mạnh ở đồng bằng", "+ Mưa lớn kéo dài ở miền Bắc trong tuần tới",
                                     "14:20 13/05 Hà Nội khởi công cầu mới qua sông Hồng"], "related_links")),
    "r4-byline-reporter": (["Lê Hoa - Phóng viên Đài PT-TH Đồng Nai"],
                           {"Lê Hoa - Phóng viên Đài PT-TH Đồng Nai": "author_byline"}),
    "r4-source-posted": (["Đăng tải trên Tạp chí Tuyên giáo", "Nguồn: Trung tâm Dự báo KTTV quốc gia"],
                         {"Đăng tải trên Tạp chí Tuyên giáo": "source_credit",
                          "Nguồn: Trung tâm Dự báo KTTV quốc gia": "source_credit"}),
    "r4-credit-no-outlet": (["Tường thuật: Đức Minh", "(Sưu tầm)", "Bạn thấy bài viết này thế nào?"],
                            {"Tường thuật: Đức Minh": "author_byline", "(Sưu tầm)": "source_credit",
                             "Bạn thấy bài viết này thế nào?": "share_widget"}),
    "r4-dated-timed-run": (["Biên dịch từ Reuters", "Giá lúa tăng mạnh ở đồng bằng (12/3/2024 08:00)",
                            "Mưa lớn kéo dài ở miền Bắc (13/3/2024 09:15)"],
                           {"Biên dịch từ Reuters": "source_credit",
                            "Giá lúa tăng mạnh ở đồng bằng (12/3/2024 08:00)": "related_links",
                            "Mưa lớn kéo dài ở miền Bắc (13/3/2024 09:15)": "related_links"}),
    # an outlet whose name starts with a word that, lower-cased, opens a sentence ("người")
    "r4-source-capital-word": (["(Theo Người Lao Động)"], {"(Theo Người Lao Động)": "source_credit"}),
    "trap-r4-theo-people": (["Theo người dân địa phương"], {}),
    "r4-tags-notes-serial": (["Kỳ 2: Ai chịu trách nhiệm?", "* Bài viết thể hiện quan điểm riêng của tác giả",
                              "Thẻ: giáo dục, tuyển sinh"],
                             {"Kỳ 2: Ai chịu trách nhiệm?": "continuation",
                              "* Bài viết thể hiện quan điểm riêng của tác giả": "editor_note",
                              "Thẻ: giáo dục, tuyển sinh": "tags"}),
    # an article that ends with the outline of a law it announces stays whole
    "trap-r4-outline": (["Dự thảo luật gồm các nội dung chính sau:", "Phần I: Những quy định chung",
                         "Chương 1: Phạm vi điều chỉnh và đối tượng áp dụng", "Chương 2: Những nguyên tắc cơ bản",
                         "Phần II: Hợp đồng thương mại", "Chương 1: Các quy định chung về hợp đồng"], {}),
    # round-4 precision traps: a programme with times, a list the article announces under a header with
    # "mới", a short closing line under the prose, a sentence with widget words
    # a box in the body does not run on into the article's own dash list or an interview's question
    "trap-r4-list-after-box": (["Tin liên quan", "Giá lúa tăng mạnh ở đồng bằng sông Cửu Long",
                                "Mưa lớn kéo dài ở miền Bắc trong tuần tới", "- Học sinh lớp 9 trở lên", "- Học lực giỏi",
                                "- Điểm tiếng Anh từ 6.5 trở lên", "+ Đối với chương trình cao đẳng:",
                                "Học sinh cần nộp hồ sơ trước ngày 30 tháng 11 tại văn phòng của trường."],
                               {"Tin liên quan": "related_links",
                                "Giá lúa tăng mạnh ở đồng bằng sông Cửu Long": "related_links"}),
    "trap-r4-interview-after-box": (["Đừng bỏ lỡ", "Giá lúa tăng mạnh ở đồng bằng - 13/04",
                                     "Mưa lớn kéo dài ở miền Bắc - 08/07", "- Khi đó anh có nghĩ đến hậu quả?",
                                     "- Tôi biết sẽ có hậu quả nhưng vẫn muốn nói thật suy nghĩ của mình về chuyện này."],
                                    dict.fromkeys(["Đừng bỏ lỡ", "Giá lúa tăng mạnh ở đồng bằng - 13/04",
                                                   "Mưa lớn kéo dài ở miền Bắc - 08/07"], "related_links")),
    "trap-r4-schedule": (["Chương trình lễ hội như sau:", "8:30 Khai mạc và phát biểu của lãnh đạo tỉnh",
                          "9:45 Diễu hành qua các tuyến phố chính", "11:00 Bế mạc lễ hội"], {}),
    "trap-r4-new-list": (["Các điểm bán hàng mới:", "Trung tâm thương mại Vincom Đồng Khởi",
                          "Chợ đầu mối Bình Điền quận 8", "Siêu thị Co.op Mart Cống Quỳnh quận 1"], {}),
    "trap-r4-closing-place": (["Hà Nội, ngày 5/6/2024", "Theo TTXVN"], {"Theo TTXVN": "source_credit"}),
    "trap-r4-widget-words-sentence": (["Người dân có thể theo dõi và chia sẻ thông tin trên ứng dụng của tỉnh."], {}),
    "trap-r4-short-line-under-prose": (["Xem và nghe", "Theo VOV", "Chia sẻ"],
                                       {"Xem và nghe": "share_widget", "Theo VOV": "source_credit",
                                        "Chia sẻ": "share_widget"}),
    # precision traps: article text that looks like closing boilerplate stays
    "trap-subheading": (["Tin liên quan", "Giá lúa tăng mạnh ở đồng bằng", "Nỗi lo của người trồng lúa",
                         "Nhiều hộ dân cho biết giá phân bón tăng gấp đôi so với năm ngoái khiến lợi nhuận giảm."],
                        {"Tin liên quan": "related_links", "Giá lúa tăng mạnh ở đồng bằng": "related_links"}),
    "trap-theo-sentence": (["Theo ông Minh, người dân cần chủ động kiểm tra nhà cửa trước mùa mưa bão."], {}),
    "trap-name-sentence": (["Nguyễn Văn An cho biết đã gửi đơn lên cơ quan chức năng từ tháng trước."], {}),
    # found by the adversarial test: a closing sentence with an e-mail address, a closing sentence in capitals
    "trap-email-sentence": (["Mọi thắc mắc xin gửi về địa chỉ hotro@moh.gov.vn để được giải đáp."], {}),
    "trap-caps-sentence": (["ĐÂY LÀ LẦN ĐẦU TIÊN."], {}),
    "trap-quote": (["“Chúng tôi sẽ tiếp tục hỗ trợ người dân đến khi ổn định”, ông Nam nói."], {}),
    "trap-short-quote": (["\"Tôi yêu Hà Nội\""], {}),
    "trap-hotlines": (["Các số điện thoại đường dây nóng hỗ trợ người dân vùng lũ:", "Bệnh viện Bạch Mai: 024 3869 3731",
                       "Sở Y tế Hà Nội: 024 3998 5765", "Hotline: 1900 9095", "Tổng đài: 1900 1234"], {}),
    "trap-hospitals": (["Bệnh viện Chợ Rẫy: 028 3855 4137", "Bệnh viện Nhân dân 115: 028 3865 2368",
                        "Bệnh viện Thống Nhất: 028 3869 0277"], {}),
}

HOTLINE_INTRO = "Các số điện thoại đường dây nóng hỗ trợ người dân vùng lũ:"
WIN1252 = "Ça coûte très cher à côté de la forêt, dit l’élève « déçu » à Noël."


def _page(paragraphs: list[str], head: str = '<meta charset="utf-8">') -> str:
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head>{head}<title>Bài</title></head><body><article><h1>Bài</h1>{ps}</article></body></html>"


def _write_inputs(d: Path) -> None:
    d.mkdir()
    records = [{"id": rid, "outlet": f"{rid}.vn", "text": "\n".join(BODY + tail)} for rid, (tail, _) in TAILS.items()]
    # the same announced hotline list in six articles of one outlet: content, never learned
    for n in range(6):
        body = [f"Bão số {n + 3} đã gây mưa lớn ở nhiều tỉnh miền Trung trong đêm qua và sáng nay, tin số {n}."] + BODY
        records.append({"id": f"storm-{n}", "outlet": "baobao.vn",
                        "text": "\n".join(body + [HOTLINE_INTRO, f"Bệnh viện Bạch Mai: 024 3869 37{n}1",
                                                  f"Sở Y tế Hà Nội: 024 3998 57{n}5"])})
    records.append({"id": "entities", "outlet": "ent.vn",
                    "text": BODY[0] + "\nGiá vàng &bull; tỷ giá &amp;bull; chứng khoán &#8220;nóng&#8221; &nbsp;hôm nay"})
    records.append({"id": "controls", "outlet": "ent.vn",  # JSON escapes of C0 controls between words (ATK12)
                    "text": BODY[0] + "\nHà\u0000Nội\u0007mưa\u001flớn \u0000 kéo dài"})
    (d / "records.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                                     encoding="utf-8")
    fr = [WIN1252 + " Le marché de la ville a fermé ses portes très tôt ce matin." * 2] * 4
    (d / "cp1252.html").write_bytes(_page(fr, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
                                    .encode("cp1252"))
    vi = _page(BODY * 2).encode("utf-8")
    cut = vi.index(BODY[1].encode()) + 10
    (d / "stray.html").write_bytes(vi[:cut] + b"\xff" + vi[cut:].replace(b"</article>", b"\x92</article>"))
    glued = _page(BODY).replace("<p>" + BODY[1], "<div>Liên hệ tòa soạn tại Hà Nội<div>ĐT: 024 3825 0000</div></div>"
                                                  "<p>Giá &amp;bull; vé</p><p>" + BODY[1])
    (d / "glued.html").write_text(glued, encoding="utf-8")
    vt = [BODY[0], "Hà Nội\x0bĐT: 024 3825 0000 &amp; fax", BODY[1], BODY[2]]
    (d / "vt.txt").write_bytes("\n".join(vt).encode("utf-8"))


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("cleaning")
    _write_inputs(base / "in")
    out = base / "out"
    done = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(base / "in"), "--output", str(out),
                           "--workers", "1"], cwd=REPO, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    return out


def _docs(output: Path) -> dict[str, dict]:
    return {d["doc_id"] if d["source"].endswith(tuple(f"#L{i}" for i in range(1, 100))) else
            Path(d["source"]).name: d for d in rows(output, "documents")}


@pytest.mark.parametrize("rid", sorted(TAILS))
def test_closing_classes_go_and_traps_stay(output: Path, rid: str) -> None:
    doc = _docs(output)[rid]
    tail, expected = TAILS[rid]
    removed = {r["text"]: r["rule"] for r in doc["removed"]}
    assert removed == expected
    assert doc["text"].split("\n") == BODY + [x for x in tail if x not in expected]


def test_an_announced_hotline_list_is_never_learned(output: Path) -> None:
    docs = _docs(output)
    for n in range(6):
        d = docs[f"storm-{n}"]
        assert HOTLINE_INTRO in d["text"] and f"Bệnh viện Bạch Mai: 024 3869 37{n}1" in d["text"], d["removed"]
        assert d["removed"] == []


def test_entities_are_decoded_in_every_path(output: Path) -> None:
    docs = _docs(output)
    assert docs["entities"]["text"].endswith("Giá vàng • tỷ giá • chứng khoán “nóng” hôm nay")
    assert "Giá • vé" in docs["glued.html"]["text"]
    assert "\nĐT: 024 3825 0000 & fax\n" in docs["vt.txt"]["text"]
    assert not any("&" in d["text"] and ";" in d["text"].split("&", 1)[1][:8] for d in docs.values())


def test_lines_are_never_glued(output: Path) -> None:
    docs = _docs(output)
    assert "Liên hệ tòa soạn tại Hà Nội\nĐT: 024 3825 0000" in docs["glued.html"]["text"]
    assert "Hà Nội\nĐT: 024 3825 0000" in docs["vt.txt"]["text"]
    assert not any("NộiĐT" in d["text"] for d in docs.values())


def test_control_characters_never_glue_words(output: Path) -> None:
    assert _docs(output)["controls"]["text"].endswith("\nHà Nội mưa lớn kéo dài")


def test_a_windows_1252_page_with_a_meta_charset_is_read(output: Path) -> None:
    doc = _docs(output)["cp1252.html"]
    assert WIN1252 in doc["text"] and doc["decode_errors"] == 0


def test_a_utf8_page_with_stray_bytes_is_kept_with_the_count(output: Path) -> None:
    doc = _docs(output)["stray.html"]
    assert doc["decode_errors"] == 2
    assert BODY[0] in doc["text"] and BODY[2] in doc["text"] and "\ufffd" in doc["text"]
    assert not [r for r in rows(output, "rejects") if r["source"].endswith(".html")]


def test_text_records_have_no_decode_errors(output: Path) -> None:
    assert all(d["decode_errors"] == 0 for k, d in _docs(output).items() if not k.endswith((".html", ".txt")))
