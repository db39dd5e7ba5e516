"""Tester findings F5 and F11 through the command line and the Parquet output: what an article announces at its
very end is its content, not the closing zone's boilerplate. F5: a data table ending an HTML page (rows of ranks
and points under an intro ending with ":", or under a header row) was removed as related links; F11: names under
an intro ("... như sau:", "Giải nhất thuộc về:") and a quoted person with a role line under the name, right under the quote,
were removed as bylines. Controls: a writer's byline after a closing paragraph, after a quote, and after the items
of an announced list still goes. Lines are invented here; each record is its own outlet, so nothing is learned."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

PARAS = [
    "Giải bơi lội các câu lạc bộ mạnh toàn quốc năm nay diễn ra trong năm ngày tại bể bơi Mỹ Đình với sự tham gia "
    "của gần bốn trăm vận động viên đến từ ba mươi đơn vị, con số cao nhất kể từ khi giải được tổ chức lần đầu.",
    "Ban tổ chức cho biết chất lượng chuyên môn của giải được nâng lên rõ rệt khi có tới mười một kỷ lục quốc gia "
    "bị phá, trong đó nhiều kỷ lục thuộc về các vận động viên trẻ mới mười lăm, mười sáu tuổi.",
    "Ngoài các nội dung thi đấu chính, giải còn có chương trình giao lưu giữa các vận động viên với học sinh Thủ đô "
    "nhằm lan tỏa phong trào học bơi, phòng chống đuối nước cho trẻ em trong dịp hè sắp tới.",
]
HEADER = ["Thứ hạng", "Câu lạc bộ", "Tổng điểm", "Huy chương"]
TABLE = [["1", "Quảng Ninh", "41 điểm", "19 huy chương vàng"], ["2", "Khánh Hòa", "37 điểm", "16 huy chương vàng"],
         ["3", "Thanh Hóa", "30 điểm", "12 huy chương vàng"], ["4", "Bình Dương", "26 điểm", "10 huy chương vàng"],
         ["5", "An Giang", "19 điểm", "7 huy chương vàng"]]
TABLE_INTRO = "Bảng tổng sắp các câu lạc bộ khi giải khép lại:"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _page(title: str, paras: list[str], table: bool, intro: str | None) -> str:
    ps = "".join(f"<p>{html.escape(p)}</p>" for p in [*paras, *([intro] if intro else [])])
    cells = ("<tr>" + "".join(f"<th>{c}</th>" for c in HEADER) + "</tr>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in TABLE)) if table else ""
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{ps}"
            f"{f'<table>{cells}</table>' if table else ''}</article></body></html>")


# file name -> (page, the lines its text must end with)
TABLE_ROWS = [_row(r) for r in TABLE]
HTML_PAGES: dict[str, tuple[str, list[str]]] = {
    "table-announced.html": (_page("Quảng Ninh dẫn đầu giải bơi", PARAS, True, TABLE_INTRO),
                             [TABLE_INTRO, _row(HEADER), "|---|---|---|---|", *TABLE_ROWS]),
    "table-header-only.html": (_page("Quảng Ninh dẫn đầu giải bơi", PARAS, True, None),
                               [PARAS[-1], _row(HEADER), "|---|---|---|---|", *TABLE_ROWS]),
}

BODY = [
    "Tối qua, Hội Nhà văn tỉnh tổng kết cuộc thi viết truyện ngắn về quê hương với hơn sáu trăm tác phẩm dự thi.",
    "Theo ban giám khảo, nhiều bài viết đã khắc họa chân thực cuộc sống của người dân vùng biển sau mùa bão.",
]
QUOTE = ['"Chúng tôi sẽ mở thêm ba điểm tiêm chủng lưu động để không em nhỏ nào bị bỏ sót", bà nhấn mạnh.']
SHARE = ["Chia sẻ: Facebook | Zalo", "Gửi bình luận", "Tags: văn học, cuộc thi"]
LINKS_TABLE = ["| Bài liên quan | |", "|---|---|", "| Thành phố mở thêm ba tuyến buýt điện | 12/3 |",
               "| Giá cà phê lập đỉnh mới sau Tết | 11/3 |"]
# record id -> (closing lines, the closing lines that must go with their rule; every other line stays)
TAILS: dict[str, tuple[list[str], dict[str, str]]] = {
    # F11: names under an intro in words, under "...:" with a sub-intro, one name under "...:"
    "names-in-words": (["Những người nhận giải đặc biệt lần này như sau:", "Đỗ Thị Hạnh", "Vương Đình Khải",
                        "Tạ Quang Lộc"], {}),
    "names-sub-intros": (["Giải A của cuộc thi được trao cho:", "Hà Mỹ Duyên", "Giải B:", "Lò Văn Sinh", "Mai Đức Trọng"],
                         {}),
    "one-name": (["Tác phẩm xuất sắc nhất là của tác giả:", "Kiều Thanh Nhàn"], {}),
    # F11: the person quoted, with a title before the name, or a role line under it
    "quoted-title": (QUOTE + ["TS. Lương Ngọc Bích", "Phó giám đốc CDC Gia Lai"], {}),
    "quoted-role-below": (QUOTE + ["Lương Ngọc Bích", "Phó giám đốc CDC Gia Lai"], {}),
    # controls: a writer's byline after a paragraph, after a quote (no title, no role), after a list's items
    "byline-after-paragraph": (["Hữu Phước"], {"Hữu Phước": "author_byline"}),
    "byline-after-quote": (QUOTE + ["Hữu Phước"], {"Hữu Phước": "author_byline"}),
    "titled-byline-after-quote": (QUOTE + ["BS. Hữu Phước"], {"BS. Hữu Phước": "author_byline"}),
    "byline-after-items": (["Cuộc thi có hai hạng mục:", "- Truyện ngắn", "- Bút ký", "Hữu Phước"],
                           {"Hữu Phước": "author_byline"}),
    # F5 in a text record: a table the article announces, without a header row
    "table-in-text": ([TABLE_INTRO, *TABLE_ROWS], {}),
    # controls: a table of related headlines with their dates, and a standings widget under the page's share bar,
    # go (any rule: "" below)
    "links-table": (SHARE[:1] + LINKS_TABLE, {x: "" for x in SHARE[:1] + LINKS_TABLE}),
    "widget-table": (SHARE[:1] + ["Bảng xếp hạng giải bóng chuyền nữ", _row(HEADER), "|---|---|---|---|", *TABLE_ROWS]
                     + SHARE[1:], {x: "" for x in SHARE[:1] + ["Bảng xếp hạng giải bóng chuyền nữ", _row(HEADER),
                                                               "|---|---|---|---|", *TABLE_ROWS] + SHARE[1:]}),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    base = tmp_path_factory.mktemp("tailnames")
    inp = base / "in"
    write_jsonl(inp / "tails.jsonl", [{"id": rid, "outlet": f"{rid}.vn", "text": "\n".join(BODY + lines)}
                                      for rid, (lines, _) in TAILS.items()])
    for name, (page, _) in HTML_PAGES.items():
        (inp / name).write_text(page, encoding="utf-8")
    out = base / "out"
    done = cli("run", str(inp), "--output", str(out), "--workers", "1", timeout=600)
    assert done.returncode == 0, done.stderr
    return {Path(d["source"]).name if d["source"].endswith(".html") else d["doc_id"]: d for d in rows(out, "documents")}


@pytest.mark.parametrize("name", sorted(HTML_PAGES))
def test_a_table_ending_a_page_stays(docs: dict[str, dict], name: str) -> None:
    doc = docs[name]
    end = HTML_PAGES[name][1]
    assert doc["text"].split("\n")[-len(end):] == end, doc["removed"]
    assert not [r for r in doc["removed"] if r["text"].startswith("|")]


@pytest.mark.parametrize("rid", sorted(TAILS))
def test_announced_names_and_quoted_people_stay_bylines_go(docs: dict[str, dict], rid: str) -> None:
    lines, gone = TAILS[rid]
    doc = docs[rid]
    assert doc["text"].split("\n") == BODY + [x for x in lines if x not in gone], doc["removed"]
    assert {r["text"]: r["rule"] if gone.get(r["text"]) else "" for r in doc["removed"]} == gone
