"""Issue 12, round 8: site boilerplate learned by repetition and place in page, through the CLI and its
Parquet output. An outlet's template (a head block of six lines, a footer of eight) is learned whole, as
far as the outlet's repeated lines reach, not only in the first two and last three lines; a widget label
the outlet repeats in a large share of its pages goes even between two sentences. The precision traps
stay: a standard sentence in every article, a list the article announces, a quoted person's name and role,
a daily series' title, a table whose cells repeat in the page. Support accumulates across runs."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.normalize import normalize_text
from cleaners.rules import load_rules
from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

OUTLET = "phonui.vn"
HEAD = ["Báo điện tử Phố Núi - Tiếng nói của đồng bào các dân tộc Tây Nguyên",
        "Chuyên trang Nhịp sống phố núi cập nhật tin nông nghiệp cà phê hồ tiêu mỗi ngày",
        "Thời sự Kinh tế Nông nghiệp Buôn làng Văn hóa Du lịch Pháp luật Thể thao Ảnh",
        "Phiên bản dành cho đồng bào Ê Đê và Jrai cùng bản tin phát thanh tiếng dân tộc",
        "Tra cứu giá cà phê hồ tiêu cao su tại các vùng trồng chính của Tây Nguyên",
        "Nghe đọc bài viết bằng giọng đọc miền Trung miền Bắc miền Nam hoặc tải về máy"]
FOOT = ["Phố Núi gửi lời cảm ơn bạn đọc đã đồng hành cùng tờ báo trong suốt ba mươi năm qua",
        "Mùa cà phê năm nay Phố Núi mở chuyên mục hỏi đáp kỹ thuật canh tác cho bà con",
        "Bà con có thể gửi ảnh vườn cây về chuyên mục để được kỹ sư nông nghiệp tư vấn miễn phí",
        "Chương trình Nhà nông đua tài phát sóng tối thứ Bảy hằng tuần trên kênh PNTV",
        "Quỹ Vì người nghèo phố núi tiếp nhận ủng hộ tại trụ sở và các văn phòng đại diện",
        "Cuộc thi ảnh Sắc màu Tây Nguyên nhận tác phẩm đến hết tháng Mười Hai",
        "Đoàn thanh niên Phố Núi tổ chức ngày hội hiến máu vào chủ nhật đầu tiên mỗi tháng",
        "Bản tin nông vụ phát hành mỗi sáng thứ Hai kèm lịch thời vụ cho từng huyện"]
LABEL = "Bản đồ mùa vụ"  # a widget label standing alone between two of the article's sentences
WARNING = ("Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo cấp độ rủi ro thiên tai do mưa lớn là cấp 1, "
           "người dân cần theo dõi các bản tin tiếp theo.")
INTRO = "Các số điện thoại đường dây nóng phòng chống thiên tai của tỉnh:"
HOTLINES = ["Ban Chỉ huy phòng chống thiên tai tỉnh 0262 3852 111", "Cảnh sát phòng cháy chữa cháy 114"]
PERSON = ["Ông Y Khoa Niê", "Giám đốc Sở Nông nghiệp tỉnh Đắk Lắk"]  # quoted in six articles


def _table(n: int) -> list[str]:
    """An admission table: its header and some rows recur in the outlet's articles, its cells repeat in the page."""
    return ["Ngành", "Khối thi", "Điểm chuẩn", f"Khoa học {CROPS[n]}", "A", f"{15 + n},5", "Kinh tế nông nghiệp", "A",
            f"{16 + n}", "Ngôn ngữ Anh", "D1", f"{20 + n},5", "Sư phạm tiếng Anh", "D1", f"{21 + n}"]


SERIES = "Giá cà phê ngày {d}/11: {p}.500 đồng mỗi ký tại Đắk Lắk"
CROPS = ["cà phê", "hồ tiêu", "sầu riêng", "cao su", "mắc ca", "điều", "chè", "bơ", "lúa", "ngô", "sắn", "mía"]


def _sentence(n: int, j: int) -> str:
    crop, other = CROPS[(n + j) % len(CROPS)], CROPS[(3 * n + 5 * j + 1) % len(CROPS)]
    return (f"Đoạn {j} của bài {n}: nông dân trồng {crop} ở huyện số {n + 3} chuyển sang xen canh {other} "
            f"trên {10 * n + j} héc ta sau vụ mùa thứ {j + 2}.")


def _article(n: int) -> dict:
    """Article n of the outlet: the template around a body that carries the traps."""
    body = [_sentence(n, 0), WARNING, _sentence(n, 1), LABEL, _sentence(n, 2)]
    if n % 5 < 3:  # six of ten articles quote the same official, his name and role between two sentences
        body += PERSON + [_sentence(n, 3)]
    if n % 2 == 0:  # five announce a list of hotlines, then go on
        body += [INTRO, *HOTLINES, _sentence(n, 4)]
    if n % 2 == 1:  # five end with a table whose cells repeat within the page ("Khối A"), right above the footer
        body += [_sentence(n, 5), *_table(n)]
    lines = HEAD + [SERIES.format(d=n + 1, p=40 + n)] + body + FOOT
    return {"id": f"p{n}", "outlet": OUTLET, "title": SERIES.format(d=n + 1, p=40 + n), "text": "\n".join(lines)}


def _run(inputs: Path, out: Path) -> None:
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("learned_place")
    _run(write_jsonl(base / "in" / "pages.jsonl", [_article(n) for n in range(10)]), base / "out")
    return base / "out"


def _docs(out: Path) -> dict[str, dict]:
    return {d["doc_id"]: d for d in rows(out, "documents")}


def _rules_keep(text: str) -> set[str]:
    """The lines the boilerplate rules alone leave in a text (what learning has to find)."""
    return set(BoilerplateCleaner(load_rules("vi")).clean(normalize_text(text)).lines)


def test_a_template_head_block_and_footer_are_learned_whole(out: Path) -> None:
    left = _rules_keep(_article(1)["text"]) & set(HEAD + FOOT)
    assert len(left & set(FOOT[:5])) >= 4 and len(left & set(HEAD[2:])) >= 3  # beyond the fixed 2 + 3 lines
    for doc_id, d in _docs(out).items():
        kept = d["text"].split("\n")
        assert not set(HEAD + FOOT) & set(kept), doc_id
        learned = {r["text"] for r in d["removed"] if r["rule"] == "learned_boilerplate"}
        assert left <= learned, (doc_id, d["removed"])


def test_a_widget_label_between_two_sentences_is_learned(out: Path) -> None:
    for doc_id, d in _docs(out).items():
        assert LABEL not in d["text"].split("\n"), doc_id
        assert (LABEL, "learned_boilerplate") in [(r["text"], r["rule"]) for r in d["removed"]]
    patterns = {p["example"]: p for p in pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist()}
    assert patterns[LABEL]["anywhere"] and patterns[LABEL]["support"] == 10


def test_the_precision_traps_stay(out: Path) -> None:
    for n in range(10):
        d = _docs(out)[f"p{n}"]
        kept = d["text"].split("\n")
        assert kept[0] == SERIES.format(d=n + 1, p=40 + n)  # a daily series' title
        assert WARNING in kept  # a standard sentence every article repeats
        assert all(_sentence(n, j) in kept for j in range(3))
        if n % 5 < 3:
            assert PERSON[0] in kept and PERSON[1] in kept, d["removed"]  # a quoted person's name and role
        if n % 2 == 0:
            assert INTRO in kept and all(h in kept for h in HOTLINES), d["removed"]  # an announced list
        else:
            assert kept[-len(_table(n)):] == _table(n), d["removed"]  # a table above the footer keeps every cell


def test_learning_accumulates_across_two_incremental_runs(tmp_path: Path) -> None:
    """Three pages teach too little (support 3 < 5: the footer's long lines stay); three more pages in a
    later run bring the support to 6, and the new pages are cleaned with it; the state counts six pages."""
    out = tmp_path / "out"
    _run(write_jsonl(tmp_path / "in1" / "a.jsonl", [_article(n) for n in range(3)]), out)
    first = _docs(out)
    assert all(FOOT[1] in d["text"].split("\n") for d in first.values())
    _run(write_jsonl(tmp_path / "in2" / "b.jsonl", [_article(n) for n in range(3, 6)]), out)
    later = {k: d for k, d in _docs(out).items() if k in {"p3", "p4", "p5"}}
    assert len(later) == 3
    for d in later.values():
        kept = d["text"].split("\n")
        assert not set(FOOT) & set(kept) and LABEL not in kept, d["removed"]
        assert WARNING in kept
    state = pq.read_table(out / "state" / "learned.parquet").to_pylist()
    assert len({r["doc_id"] for r in state if r["outlet"] == OUTLET and r["key"] == ""}) == 6
    patterns = {p["example"]: p for p in pq.read_table(out / "state" / "learned_patterns.parquet").to_pylist()}
    assert patterns[FOOT[1]]["support"] == 6 and not patterns[FOOT[1]]["zone_only"]
