"""Tester finding F13, through the command line and the Parquet output: the data a weather or gold/FX-price article
is about (a forecast's "Hà Nội: 15-21°C" lines, "Vàng SJC: 84,5 - 86,5 triệu đồng/lượng", "USD: 25.150 - 25.480
đồng") stays under the sentence that announces it, whether that sentence ends with ":", with a full stop ("… như
sau.") or with no mark ("Cụ thể, nhiệt độ tại các thành phố lớn hôm nay", "Bảng giá cập nhật lúc 9 giờ sáng nay"),
and the learner never takes part of such a run away in an outlet whose daily forecasts repeat its shape; while a
site's price or weather widget (a short label over data lines under the article, a ticker in the page head, data
under a menu) still goes. Lines are invented here."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, clean_pages, cli, rows, write_jsonl

TITLE = "Giá vàng và tỷ giá hôm nay biến động mạnh"
BODY = ["Sáng nay, giá vàng trong nước tiếp tục tăng mạnh theo đà tăng của giá vàng thế giới, nhiều người dân xếp "
        "hàng chờ mua tại các cửa hàng lớn ở Hà Nội và TP.HCM."]
GOLD = ["Vàng SJC: 84,5 - 86,5 triệu đồng/lượng", "Vàng nhẫn 9999: 83,2 - 84,7 triệu đồng/lượng",
        "Vàng PNJ: 83,0 - 84,5 triệu đồng/lượng"]
FX = ["USD: 25.150 - 25.480 đồng", "EUR: 26.420 - 27.870 đồng", "JPY: 161,5 - 170,9 đồng"]
WX_TITLE = "Thời tiết ngày 11/11: Miền Bắc rét đậm"
WX_BODY = ["Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, ngày 11/11 không khí lạnh tiếp tục ảnh hưởng tới các "
           "tỉnh miền Bắc, trời rét đậm ở vùng núi, có nơi dưới 9 độ C."]
WX = ["Hà Nội: 16-22°C, trời rét", "Hải Phòng: 17-23°C", "Đà Nẵng: 22-27°C, mưa rào", "TP.HCM: 25-33°C, nắng"]
SHARE = ["Chia sẻ: Facebook | Zalo", "Gửi bình luận"]
MENU = "Trang chủ | Thời sự | Kinh tế | Thể thao"

# the announcing sentence, with a colon, a full stop, or no mark
INTROS = {
    "colon": "Dự báo nhiệt độ tại một số thành phố lớn trong ngày như sau:",
    "period": "Nhiệt độ tại một số thành phố lớn trong ngày hôm nay như sau.",
    "none": "Cụ thể, nhiệt độ tại các thành phố lớn hôm nay",
    "none-as-follows": "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, nhiệt độ các thành phố lớn như sau",
}
PRICE_INTROS = {"colon": "Giá cụ thể như sau:", "period": "Giá cụ thể như sau.",
                "none": "Bảng giá cập nhật lúc 9 giờ sáng nay"}

# record id -> (lines, the lines that must stay, in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    **{f"weather-{k}": ([WX_TITLE, *WX_BODY, intro, *WX], [WX_TITLE, *WX_BODY, intro, *WX])
       for k, intro in INTROS.items()},
    **{f"gold-{k}": ([TITLE, *BODY, intro, *GOLD, *SHARE], [TITLE, *BODY, intro, *GOLD])
       for k, intro in PRICE_INTROS.items()},
    **{f"fx-{k}": ([TITLE, *BODY, intro, *FX], [TITLE, *BODY, intro, *FX]) for k, intro in PRICE_INTROS.items()},
    # precision: a site's widgets of the same data lines still go
    "gold-widget": ([TITLE, *BODY, "Giá vàng", *GOLD, *SHARE], [TITLE, *BODY]),
    "fx-widget": ([TITLE, *BODY, "Tỷ giá", *FX, *SHARE], [TITLE, *BODY]),
    "weather-widget": ([TITLE, *BODY, "Thời tiết", *WX, *SHARE], [TITLE, *BODY]),
    "ticker-in-head": (["Tỷ giá", *FX, TITLE, *BODY], [TITLE, *BODY]),
    "data-under-menu": ([TITLE, *BODY, MENU, *GOLD], [TITLE, *BODY]),
}
WIDGETS = ("gold-widget", "fx-widget", "weather-widget", "ticker-in-head", "data-under-menu")


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("announced-data"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(set(PAGES) - set(WIDGETS)))
def test_announced_data_stays_whatever_the_intro_ends_with(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


@pytest.mark.parametrize("rid", WIDGETS)
def test_a_sites_data_widget_still_goes(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)
    rules = {r["text"]: r["rule"] for r in docs[rid]["removed"]}
    assert all(rules[x] in ("price_widget", "weather_widget", "tail_widget")
               for x in lines if x in (*GOLD, *FX, *WX)), rules


def test_learner_never_splits_an_announced_forecast(tmp_path) -> None:
    """Seven daily forecasts of one outlet, their intros in the four spellings: every city of every day stays
    (the rules keep them, and the learner, which sees the forecast's shape repeat, takes none of them)."""
    spellings = list(INTROS.values())
    records = []
    for day in range(7):
        wx = [f"{city}: {15 + day}-{21 + day}°C{rest}" for city, rest in
              (("Hà Nội", ", trời rét"), ("Hải Phòng", ""), ("Đà Nẵng", ", mưa rào"), ("TP.HCM", ", nắng"))]
        body = [f"Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, ngày {10 + day}/11 không khí lạnh tiếp tục ảnh "
                f"hưởng tới các tỉnh miền Bắc, trời rét đậm ở vùng núi, có nơi dưới {8 + day} độ C."]
        lines = [f"Thời tiết ngày {10 + day}/11: Miền Bắc rét đậm", *body, spellings[day % 4], *wx]
        records.append({"id": f"w{day}", "outlet": "thoitiet-test.vn", "text": "\n".join(lines)})
    out = tmp_path / "out"
    done = cli("run", str(write_jsonl(tmp_path / "in" / "w.jsonl", records)), "--output", str(out), "--workers", "1",
               timeout=600)
    assert done.returncode == 0, done.stderr
    got = {d["doc_id"]: d for d in rows(out, "documents")}
    for r in records:
        assert got[r["id"]]["text"].split("\n") == r["text"].split("\n"), got[r["id"]]["removed"]
