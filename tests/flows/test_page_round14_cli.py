"""Issue 12, round 14, through the command line and the Parquet output, with what held-out 15 showed. A page whose
article container trafilatura does not know (a cooking magazine's `div.cong-thuc`): its sub-headings and the link-free
list of its programme are in the text, over the paragraphs they head, and its related box is not. Text records of a
military paper and a cooking magazine: the article's closing line under a box inside it, over its signature or its
continuation mark, stays; the newsroom's box for readers' tips goes with the page's tail; a closing formula an outlet's writers reuse in some articles is never learned away, while
the tagline on every page is. Lines are invented here."""

from __future__ import annotations

import random

import pytest

from tests.flows.cli_support import WORDS, assert_page_cleaned, clean_records

PARAS = [
    "Món canh chua cá lóc là món ăn quen thuộc trong bữa cơm của người miền Tây, nấu nhanh mà lại dễ ăn vào ngày nóng.",
    "Cá lóc làm sạch, cắt khúc vừa ăn rồi ướp với chút muối, tiêu và hành tím băm trong khoảng mười lăm phút.",
    "Khi nồi nước dùng sôi, cho me vào dầm lấy nước chua, nêm thêm đường và nước mắm cho vừa khẩu vị gia đình.",
    "Cuối cùng cho bạc hà, cà chua và giá vào, tắt bếp ngay để rau giữ được màu xanh và độ giòn tự nhiên.",
]
HEADS = ["Sơ chế cá không tanh", "Nấu nước dùng trong"]
INTRO, PROGRAMME = "Chương trình buổi dạy nấu ăn:", ["8h00: Giới thiệu nguyên liệu", "9h30: Thực hành nấu canh chua"]
RELATED = ["Cách làm cá kho tộ đậm đà đưa cơm", "Bí quyết làm gỏi cuốn tôm thịt"]
PAGE = ("<html><head><meta charset='utf-8'><title>Canh chua cá lóc</title></head><body><div class='khung'>"
        "<div class='cong-thuc'><h1>Cách nấu canh chua cá lóc chuẩn vị miền Tây</h1>"
        f"<p>{PARAS[0]}</p><h3>Món ngon khác</h3><ul>"
        + "".join(f"<li><a href='/m{i}.html'>{x}</a></li>" for i, x in enumerate(RELATED))
        + f"</ul><h3>{HEADS[0]}</h3><p>{PARAS[1]}</p><p>{INTRO}</p><ul>"
        + "".join(f"<li>{x}</li>" for x in PROGRAMME)
        + f"</ul><p>{PARAS[2]}</p><h2>{HEADS[1]}</h2><p>{PARAS[3]}</p></div></div></body></html>")

MENU = ["Thời sự", "Quốc phòng", "Hậu phương", "Biển đảo", "Multimedia"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Ý kiến bạn đọc", "Gửi ý kiến", "© 2024 Báo Quân Khu Ba. Giữ toàn quyền."]
BODY = [
    "Những ngày cuối năm, cán bộ, chiến sĩ đồn biên phòng vẫn bám địa bàn, cùng bà con sửa nhà, dựng lại chuồng trại.",
    "Đồn đã huy động hơn 300 ngày công giúp các hộ khó khăn, tặng quà cho học sinh nghèo vượt khó ở bản xa.",
    "Theo chỉ huy đồn, việc giúp dân được duy trì thường xuyên chứ không chỉ trong những dịp lễ, Tết.",
]
CLOSING1 = "Vững vàng nơi biên cương"
MILITARY = [*MENU, "Trang chủ / Biên phòng", "Bộ đội biên phòng giúp dân bản đón Tết", "Cập nhật 08:15 ngày 20/1/2025",
            *BODY, "Tin liên quan", "Tuyển quân năm nay có gì mới", "Hội thao quân sự mùa xuân sôi nổi", CLOSING1,
            "Trần Minh", *TAIL]
CLOSING2 = "Chúc các bạn thành công với món ăn này"
COOKING = [*MENU, "Trang chủ / Món canh", "Cách nấu canh chua cá lóc", "Đăng ngày 02/10/2024", *PARAS,
           "Xem thêm: Cách làm cá kho tộ đậm đà đưa cơm", "Ảnh: Minh họa", CLOSING2, "Còn tiếp", "Theo Bếp Nhà", *TAIL]

# a disaster-warning portal: the newsroom's box for readers' tips in the page's tail, over a weather widget
TIPS = ["Mọi thông tin phản ánh xin gửi về:", "Email: toasoan@canhbao.vn", "Hotline/Zalo: 0988 123 456"]
PORTAL = [*MENU, "Trang chủ > Tin bão", "Mưa lớn kéo dài ở miền Trung", "Cập nhật 06:38 ngày 9/10/2025", *BODY[:2],
          "Nguồn: Trung tâm Dự báo KTTV quốc gia", "Chia sẻ Facebook Zalo", *TIPS, "Thời tiết hôm nay",
          "Huế 21°C - 27°C", "Đà Nẵng 22°C - 28°C", TAIL[3]]

RECORDS = {"military": (MILITARY, ["Bộ đội biên phòng giúp dân bản đón Tết", *BODY, CLOSING1]),
           "cooking": (COOKING, ["Cách nấu canh chua cá lóc", *PARAS, CLOSING2]),
           "portal": (PORTAL, ["Mưa lớn kéo dài ở miền Trung", *BODY[:2]])}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    recs = [{"id": k, "outlet": f"{k}.vn", "text": "\n".join(lines)} for k, (lines, _) in RECORDS.items()]
    return clean_records(tmp_path_factory.mktemp("round14"), [*recs, {"id": "page", "outlet": "bepnha.vn", "html": PAGE}])


def test_a_page_trafilatura_reads_by_its_paragraphs_keeps_its_headings_and_programme(docs: dict[str, dict]) -> None:
    lines = docs["page"]["text"].split("\n")
    assert lines[lines.index(PARAS[1]) - 1] == HEADS[0], lines
    assert lines[lines.index(PARAS[3]) - 1] == HEADS[1], lines
    assert lines[lines.index(INTRO) + 1:lines.index(PARAS[2])] == PROGRAMME, lines
    assert not {"Món ngon khác", *RELATED} & set(lines), lines


@pytest.mark.parametrize("rid", sorted(RECORDS))
def test_round14_records_keep_the_article_and_drop_the_rest(docs: dict[str, dict], rid: str) -> None:
    lines, kept = RECORDS[rid]
    assert_page_cleaned(docs[rid], lines, kept)


# -- learning: one outlet's closing formula in some of its articles, its tagline in all ------------------------------

SLOGAN = "Vì bình yên của nhân dân"
TAGLINE = "Chuyên trang Quốc phòng của Báo Biên Cương"


def _paragraph(i: int, j: int) -> str:
    rng = random.Random(f"r14-{i}-{j}")
    return f"Bài {i} đoạn {j}: " + " ".join(rng.choice(WORDS) for _ in range(25)) + "."


def _article(i: int) -> dict:
    lines = [f"Đồn biên phòng số {i} giúp dân bản {i} đón Tết", _paragraph(i, 1), _paragraph(i, 2),
             *([SLOGAN] if i % 6 == 0 else []), TAGLINE]
    return {"id": f"bc{i}", "outlet": "biencuong.vn", "text": "\n".join(lines)}


@pytest.fixture(scope="module")
def learned_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_records(tmp_path_factory.mktemp("learned14"), [_article(i) for i in range(30)])


def test_a_closing_formula_of_some_articles_is_never_learned_away(learned_docs: dict[str, dict]) -> None:
    """Thirty articles of one outlet: the slogan closing five of them (under a fifth of the outlet's pages) stays under
    the last paragraph; the tagline every page carries is learned and removed."""
    assert len(learned_docs) == 30
    for i, doc in enumerate(learned_docs[f"bc{i}"] for i in range(30)):
        text = doc["text"].split("\n")
        assert (text[-1] == SLOGAN) == (i % 6 == 0), doc["removed"]
        assert [(r["text"], r["rule"]) for r in doc["removed"]] == [(TAGLINE, "learned_boilerplate")]
