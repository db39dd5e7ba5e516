"""Learned site boilerplate never eats content (README-only tester, findings 1 and 2), through the CLI:
a series of headlines differing only in digits is no widget, a document's title is never learned nor
removed (also in a later run, by the saved patterns), and a short line that ends a sentence
("Xin cảm ơn ông.", "Chúc mọi người bình an!") is not learned; widget lines with changing digits and
verbatim taglines still are."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

STORM_TITLE = "Bão số {n} đổ bộ vào miền Trung"
STORM_LINK = "Diễn biến mới nhất của cơn bão số {n}"
HOTLINE = "Phòng Kinh doanh Báo Bão - Hotline quảng cáo 09{n}2 345 678 - Tầng 5, số 12 phố Huế"
GOLD_TITLE = "Giá vàng hôm nay {d}/11/2024"
TAGLINE = "Chuyên trang Giá cả thị trường của Báo Vàng"
THANKS, WISH = "Xin cảm ơn ông.", "Chúc mọi người bình an!"
FIELDS = ["giáo dục đại học", "nông nghiệp", "y tế cơ sở", "giao thông đô thị", "du lịch biển", "năng lượng sạch"]


def _storm(n: int) -> dict:
    lines = [STORM_TITLE.format(n=n),
             f"Chiều nay, bão số {n} với sức gió mạnh cấp {n + 6} đã đổ bộ vào ven biển các tỉnh miền Trung, "
             f"gây mưa lớn trên diện rộng và làm {n * 100} cây xanh bị gãy đổ.",
             f"Ban chỉ đạo phòng chống thiên tai tỉnh đã sơ tán hơn {n * 1000} hộ dân khỏi vùng nguy hiểm.",
             STORM_LINK.format(n=n), WISH, HOTLINE.format(n=n)]
    return {"id": f"st{n}", "outlet": "storm.vn", "text": "\n".join(lines)}


def _gold(d: int) -> dict:
    title = GOLD_TITLE.format(d=d)
    lines = [title, f"Giá vàng miếng SJC sáng ngày {d} tháng 11 biến động {d * 50}.000 đồng mỗi lượng so với "
                    "phiên hôm qua do nhu cầu mua tích trữ thay đổi.", TAGLINE]
    return {"id": f"gold{d}", "outlet": "vang.vn", "title": title, "text": "\n".join(lines)}


def _interview(n: int) -> dict:
    f = FIELDS[n]
    lines = [f"Phỏng vấn chuyên gia về {f}: cần đột phá về thể chế",
             f"Thưa ông, đâu là điểm nghẽn lớn nhất của ngành {f} hiện nay?",
             f"- Theo tôi, điểm nghẽn lớn nhất của ngành {f} là thể chế và việc hướng dẫn thực hiện còn chậm.",
             THANKS]
    return {"id": f"iv{n}", "outlet": "tt.vn", "text": "\n".join(lines)}


FUEL_ITEMS = ("Xăng E5 RON 92 {a}.{b:03d} đồng/lít", "Xăng RON 95-III {c}.{b:03d} đồng/lít", "Dầu diesel {d}.{e:03d} đồng/lít")
EXPERT = ("Ông Lâm Quốc Bảo", "Chuyên gia năng lượng")
FUEL_WIDGET = "Cập nhật lúc 1{k}:{k}5 - Lượt xem: {k}2{k}"


def _fuel(k: int) -> dict:
    """A weekly price article: "Cụ thể:" after a sentence announces this week's prices (their shape
    repeats every week, their digits don't); a quoted expert's name and role stand between two
    sentences; a tail widget whose digits change is the site's."""
    prices = [x.format(a=20 + k % 2, b=100 + 37 * k, c=21 + k % 3, d=18 + k % 2, e=400 + 11 * k) for x in FUEL_ITEMS]
    lines = [f"Giá xăng dầu kỳ điều hành thứ {k} trong năm",
             f"Chiều nay, liên Bộ Công Thương - Tài chính công bố kỳ điều hành giá xăng dầu thứ {k}, giá xăng biến động nhẹ.",
             "Cụ thể:", *prices,
             "Theo liên bộ, kỳ này tiếp tục không trích lập Quỹ bình ổn giá xăng dầu để giá sát với thế giới.",
             *EXPERT,
             f"Nhận định của chuyên gia cho thấy giá có thể tiếp tục biến động trong {k + 2} tuần tới.",
             FUEL_WIDGET.format(k=k)]
    return {"id": f"fuel{k}", "outlet": "xangdau.vn", "text": "\n".join(lines)}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("learned_content")
    first = [_storm(n) for n in range(2, 8)] + [_gold(d) for d in range(10, 15)] + [_interview(n) for n in range(6)]
    first += [_fuel(k) for k in range(1, 7)]
    later = [_storm(9), _gold(15)]
    for name, recs in (("first", first), ("later", later)):
        done = cli("run", str(write_jsonl(base / f"{name}.jsonl", recs)), "--output", str(base / "out"),
                   "--workers", "1")
        assert done.returncode == 0, done.stderr
    return base / "out"


def _docs(out: Path) -> dict[str, dict]:
    return {d["doc_id"]: d for d in rows(out, "documents")}


def test_titles_of_a_series_are_never_learned_nor_removed(out: Path) -> None:
    docs = _docs(out)
    for n in (*range(2, 8), 9):
        d = docs[f"st{n}"]
        assert d["text"].split("\n")[0] == STORM_TITLE.format(n=n), d["removed"]
        assert STORM_LINK.format(n=n) in d["text"]  # reads as text: its digits are no widget's
    for day in range(10, 16):  # the later run's article too: no saved pattern removes its title
        d = docs[f"gold{day}"]
        assert d["text"].split("\n")[0] == GOLD_TITLE.format(d=day), d["removed"]
    keys = {p["example"] for p in pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist()}
    assert not any(k.startswith(("Bão số", "Giá vàng hôm nay", "Diễn biến")) for k in keys), keys


def test_short_lines_ending_a_sentence_are_not_learned(out: Path) -> None:
    docs = _docs(out)
    for n in range(6):
        assert docs[f"iv{n}"]["text"].endswith(THANKS) and not docs[f"iv{n}"]["removed"]
    for n in (*range(2, 8), 9):
        assert WISH in docs[f"st{n}"]["text"]


def test_widget_lines_and_verbatim_taglines_are_still_learned(out: Path) -> None:
    docs = _docs(out)
    for n in (*range(2, 8), 9):
        removed = [(r["text"], r["rule"]) for r in docs[f"st{n}"]["removed"]]
        assert removed == [(HOTLINE.format(n=n), "learned_boilerplate")]
    for day in range(10, 16):
        assert [(r["text"], r["rule"]) for r in docs[f"gold{day}"]["removed"]] == [(TAGLINE, "learned_boilerplate")]


def test_an_announced_price_list_and_a_quoted_expert_are_not_learned(out: Path) -> None:
    """Tester T4: digit-masked learning removed every week's prices, "Cụ thể:" and the expert's lines."""
    docs = _docs(out)
    for k in range(1, 7):
        d = docs[f"fuel{k}"]
        assert [(r["text"], r["rule"]) for r in d["removed"]] == [(FUEL_WIDGET.format(k=k), "learned_boilerplate")]
        for line in ("Cụ thể:", *EXPERT):
            assert line in d["text"].split("\n")
