"""Tester ATK5 finding 3, through the CLI and the Parquet output: an article's closing sentence that opens with the
verb "Theo dõi" (to monitor) is no source credit, and one about a person's trade ("Chị Lan làm nghề biên dịch.") is
no translator's credit; the credits themselves ("Theo báo Lao Động", "Minh Anh biên dịch") still go."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

BODY = ["Bộ Y tế khuyến cáo người dân chủ động phòng bệnh trong mùa mưa, giữ vệ sinh nơi ở và ăn chín uống sôi để "
        "tránh các bệnh đường ruột thường gặp.",
        "Các chuyên gia cho biết trẻ nhỏ và người cao tuổi là nhóm dễ mắc bệnh nhất, cần được chăm sóc đặc biệt trong "
        "thời gian này."]
KEPT = ["Theo dõi sức khỏe định kỳ giúp phát hiện sớm bệnh tật.",
        "Theo dõi các thông báo chính thức của Bộ Y tế.",
        "Chị Lan làm nghề biên dịch."]
CREDITS = {"Theo báo Lao Động": "source_credit", "Theo chinhphu.vn": "source_credit", "(Theo Reuters)": "source_credit",
           "Minh Anh biên dịch": "translator_credit", "Hải Yến (theo Reuters) tổng hợp": "translator_credit",
           "Thu Trang và Minh Hà tổng hợp": "translator_credit"}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    base = tmp_path_factory.mktemp("closing")
    lasts = [*KEPT, *CREDITS]
    write_jsonl(base / "in" / "feed.jsonl", [{"id": f"d{k}", "outlet": f"o{k}.vn", "text": "\n".join([*BODY, last])}
                                             for k, last in enumerate(lasts)])
    done = cli("run", str(base / "in"), "--output", str(base / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    by_id = {d["doc_id"]: d for d in rows(base / "out", "documents")}
    return {last: by_id[f"d{k}"] for k, last in enumerate(lasts)}


@pytest.mark.parametrize("line", KEPT)
def test_a_closing_sentence_stays(docs: dict[str, dict], line: str) -> None:
    assert docs[line]["text"].splitlines() == [*BODY, line], docs[line]["removed"]


@pytest.mark.parametrize("line", list(CREDITS))
def test_a_credit_still_goes(docs: dict[str, dict], line: str) -> None:
    assert docs[line]["text"].splitlines() == BODY
    assert [(r["text"], r["rule"]) for r in docs[line]["removed"]] == [(line, CREDITS[line])]
