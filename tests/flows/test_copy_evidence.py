"""What is and is not a copy, through the real CLI and the Parquet output (tester T6's F7, F2 and F6).

- tests/fixtures/stock_lines.jsonl (T6's inputs): four unrelated briefs, two by two closing with one stock
  sentence of newsroom formulae (13 and 21 words: "Hiện nguyên nhân vụ việc đang được cơ quan chức năng
  điều tra làm rõ theo quy định của pháp luật."), and nine unrelated health articles of three outlets that
  all end with one 25-word disclaimer. Neither makes a passage copy (formulae only) nor an article copy
  (`documents.duplicate_of`), in one run or in two runs (the first outlets' briefs first).
- tests/fixtures/bridge_copies.jsonl (T6's F2): A; M, half A and half B (a copy of A); B and B2
  byte-identical. B and B2 reach A's cluster only through M and do not verify against A: they are decided
  again among themselves and make their own cluster.
- tests/fixtures/law_pairs.jsonl: real VNTC law-section pairs from the tuning half A
  (`bench/hard_negatives_law_tune_a.tsv`): five distinct pairs told with the same formulae (penal-code
  clauses of two articles, a police unit's official name, a crime's legal name, one unit's raid in two
  independent wordings) stay apart; two copies (one rounds its figures: 260 / 262 cases) still cluster.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.flows.helpers import REPO, rows
from tests.flows.test_cli import cli

FIXTURES = REPO / "tests" / "fixtures"
STOCK_BRIEFS = ["st-A", "st-B", "st-C", "st-D"]
LAW_APART = ["clause", "penalty", "unit", "crime", "arrest"]
LAW_COPIES = ["rounded", "smuggling"]


def _run(tmp: Path, name: str, records: list[dict], out: Path) -> None:
    src = tmp / name
    src.mkdir()
    (src / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                       encoding="utf-8")
    done = cli("run", str(src), "--output", str(out))
    assert done.returncode == 0, done.stderr


def _records(fixture: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / fixture).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def stock_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("stock")
    records = _records("stock_lines.jsonl")
    _run(tmp, "one", records, tmp / "one_run")
    first = {"st-B", "st-D"} | {f"dis{i}" for i in range(0, 9, 2)}
    _run(tmp, "early", [r for r in records if r["id"] in first], tmp / "two_runs")
    _run(tmp, "late", [r for r in records if r["id"] not in first], tmp / "two_runs")
    return {"one run": tmp / "one_run", "two runs": tmp / "two_runs"}


@pytest.mark.parametrize("mode", ["one run", "two runs"])
def test_a_stock_closing_sentence_makes_no_copy(stock_outputs: dict[str, Path], mode: str) -> None:
    out = stock_outputs[mode]
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert all(d["duplicate_of"] is None for d in docs.values()), \
        {k: d["duplicate_of"] for k, d in docs.items() if d["duplicate_of"]}
    passages = {p["passage_id"]: p for p in rows(out, "passages")}
    for doc in STOCK_BRIEFS:  # the stock line (13 or 21 words, formulae only) is no copy of the other outlet's
        assert passages[f"{doc}#2"]["cluster_id"] is None, passages[f"{doc}#2"]


def test_an_articles_closing_disclaimer_is_boilerplate_and_makes_no_article_copy(stock_outputs: dict[str, Path]
                                                                                 ) -> None:
    """T6 F7: nine unrelated health articles of three outlets end with one 25-word disclaimer. Cleaning round 9
    removes a closing disclaimer as boilerplate (kept with its rule); no article is a copy of another either way
    (the article-level rule for a copied last passage: tests/cleaners/test_doc_copies.py)."""
    docs = [d for d in rows(stock_outputs["one run"], "documents") if d["doc_id"].startswith("dis")]
    assert len(docs) == 9 and all(d["duplicate_of"] is None for d in docs)
    for d in docs:
        gone = [r for r in d["removed"] if r["text"].startswith("Thông tin trong bài viết")]
        assert len(gone) == 1 and "Thông tin trong bài viết" not in d["text"], d["removed"]


def test_identical_copies_reached_through_a_bridge_cluster_together(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(FIXTURES / "bridge_copies.jsonl", tmp_path / "in" / "c.jsonl")
    done = cli("run", str(tmp_path / "in"), "--output", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    p = {r["doc_id"]: r for r in rows(tmp_path / "out", "passages")}
    assert p["w-M"]["duplicate_of"] == "w-A#0"
    assert p["w-B"]["cluster_id"] == "w-B#0" and p["w-B"]["duplicate_of"] is None
    assert p["w-B2"]["cluster_id"] == "w-B#0" and p["w-B2"]["duplicate_of"] == "w-B#0"
    assert p["w-B2"]["similarity"] == pytest.approx(1.0)


@pytest.fixture(scope="module")
def law(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    tmp = tmp_path_factory.mktemp("law")
    records = [{k: v for k, v in r.items() if k != "source"} for r in _records("law_pairs.jsonl")]
    _run(tmp, "in", records, tmp / "out")
    return {p["doc_id"]: p for p in rows(tmp / "out", "passages")}


@pytest.mark.parametrize("case", LAW_APART)
def test_two_cases_told_with_the_same_legal_formulae_stay_apart(law: dict[str, dict], case: str) -> None:
    a, b = law[f"{case}-a"], law[f"{case}-b"]
    assert a["cluster_id"] is None or a["cluster_id"] != b["cluster_id"]


@pytest.mark.parametrize("case", LAW_COPIES)
def test_a_real_law_news_copy_still_clusters(law: dict[str, dict], case: str) -> None:
    a, b = law[f"{case}-a"], law[f"{case}-b"]
    assert a["cluster_id"] is not None and b["duplicate_of"] == a["passage_id"]


WALKING = {  # the tester's two cities' notices (one frame, other city, date and streets) and a light copy of the first
    "walk-hn": "Theo thông báo của Ủy ban nhân dân thành phố Hà Nội, từ ngày 1/12, các tuyến phố Hàng Bông, Hàng Gai "
               "và Tràng Tiền sẽ được tổ chức thành phố đi bộ vào các buổi tối cuối tuần, người dân và du khách có "
               "thể tham gia các hoạt động văn hóa, nghệ thuật đường phố.",
    "walk-dn": "Theo thông báo của Ủy ban nhân dân thành phố Đà Nẵng, từ ngày 5/12, các tuyến đường Bạch Đằng, Trần "
               "Phú và Lê Duẩn sẽ được tổ chức thành phố đi bộ vào các buổi tối cuối tuần, người dân và du khách có "
               "thể tham gia các hoạt động văn hóa, nghệ thuật đường phố.",
    "walk-copy": "Theo thông báo của UBND TP Hà Nội, từ ngày 1-12, các tuyến phố Hàng Bông, Hàng Gai, Tràng Tiền sẽ "
                 "được tổ chức thành phố đi bộ vào buổi tối cuối tuần, người dân và du khách có thể tham gia nhiều "
                 "hoạt động văn hóa, nghệ thuật đường phố.",
}


def test_two_cities_notices_in_one_frame_are_no_copies_and_a_light_copy_is(tmp_path: Path) -> None:
    """Tester: two cities' walking-street notices, one frame filled with another city, date and streets, were
    flagged as a passage copy and an article copy (similarity 0.83); `verify.conflicting_names` rejects them,
    while a copy of the first that writes "UBND TP" for "Ủy ban nhân dân thành phố" still is one."""
    records = [{"id": k, "outlet": f"bao{i}.vn", "text": t} for i, (k, t) in enumerate(WALKING.items())]
    _run(tmp_path, "in", records, tmp_path / "out")
    p = {r["doc_id"]: r for r in rows(tmp_path / "out", "passages")}
    d = {r["doc_id"]: r for r in rows(tmp_path / "out", "documents")}
    assert p["walk-dn"]["duplicate_of"] is None and p["walk-hn"]["duplicate_of"] is None
    assert p["walk-dn"]["cluster_id"] is None or p["walk-dn"]["cluster_id"] != p["walk-hn"]["cluster_id"]
    assert d["walk-dn"]["duplicate_of"] is None and d["walk-hn"]["duplicate_of"] is None
    assert p["walk-copy"]["duplicate_of"] == p["walk-hn"]["passage_id"]
    assert d["walk-copy"]["duplicate_of"] == "walk-hn"


GOLD = ("Sáng ngày {}, giá vàng miếng SJC được các doanh nghiệp niêm yết ở mức {} triệu đồng mỗi lượng, "
        "tăng {} nghìn đồng so với phiên giao dịch hôm qua.")


def test_two_days_reports_in_one_frame_are_no_copies_and_a_corrected_figure_is(tmp_path: Path) -> None:
    """ATK4 F8: one outlet's gold-price reports of 10/11 and 11/11, every figure different, were a passage copy
    (0.88): the tokenizer splits "10/11" and "82,18", and the alignment matched one date's month with the other's
    day. A republication of the first that corrects one figure is still a copy."""
    texts = {"gold0": GOLD.format("10/11", "82,18", "180"), "gold1": GOLD.format("11/11", "84,73", "730"),
             "gold0-fix": GOLD.format("10/11", "82,28", "180")}
    records = [{"id": k, "outlet": o, "text": t} for (k, t), o in zip(texts.items(), ("gold.vn", "gold.vn", "b.vn"),
                                                                         strict=True)]
    _run(tmp_path, "in", records, tmp_path / "out")
    p = {r["doc_id"]: r for r in rows(tmp_path / "out", "passages")}
    assert p["gold1"]["duplicate_of"] is None
    assert p["gold1"]["cluster_id"] is None or p["gold1"]["cluster_id"] != p["gold0"]["cluster_id"]
    assert p["gold0-fix"]["duplicate_of"] == p["gold0"]["passage_id"] and p["gold0-fix"]["similarity"] < 1.0
