"""Tester ATK6 finding F8, through the CLI and the Parquet output: tail lines the README lists as boilerplate that
stayed: a bare "Ảnh minh họa" label, an invitation to the site's videos ending in a colon, "Xem video:" over a
video's headline, and a prompt sending readers' articles to the newsroom's e-mail (also under a disclaimer)."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

BODY = ["Hội nghị tổng kết năm học của ngành giáo dục tỉnh diễn ra sáng nay với sự tham gia của hơn năm trăm cán bộ "
        "quản lý và giáo viên.",
        "Nhiều ý kiến đề xuất cần tăng cường đầu tư cơ sở vật chất cho các trường vùng sâu, vùng xa, nơi học sinh vẫn "
        "phải học trong các phòng học tạm."]
TAILS = {"label": (["Ảnh minh họa"], ["photo_caption"]),
         "label_brackets": (["(Ảnh: minh hoạ)"], ["photo_caption"]),
         "videos": (["Mời quý độc giả xem thêm video:"], ["share_widget"]),
         "video_box": (["Xem video:", "Toàn cảnh hội nghị tổng kết năm học"], ["related_links", "related_links"]),
         "mailbox": (["Bạn đọc có thể gửi bài viết về email: bandoc@baotinh.vn"], ["comment_prompt"]),
         "disclaimer_mailbox": (["*Bài viết thể hiện quan điểm riêng của tác giả",
                                 "Bạn đọc có thể gửi bài viết về email: bandoc@baotinh.vn"],
                                ["editor_note", "comment_prompt"])}
# an article's own line of the same words stays: a public service's address for questions is the story's information
KEPT = "Người dân có thể gửi câu hỏi về email: hoidap@sotuphap.gov.vn để được Sở Tư pháp giải đáp miễn phí."


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    base = tmp_path_factory.mktemp("prompts")
    recs = [{"id": key, "outlet": f"{key}.vn", "text": "\n".join([*BODY, *tail])} for key, (tail, _) in TAILS.items()]
    recs.append({"id": "kept", "outlet": "kept.vn", "text": "\n".join([*BODY, KEPT])})
    write_jsonl(base / "in" / "feed.jsonl", recs)
    done = cli("run", str(base / "in"), "--output", str(base / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    return {d["doc_id"]: d for d in rows(base / "out", "documents")}


@pytest.mark.parametrize("key", TAILS)
def test_the_tail_prompt_goes(docs: dict[str, dict], key: str) -> None:
    tail, rules = TAILS[key]
    assert docs[key]["text"].splitlines() == BODY, docs[key]["removed"]
    assert [(r["text"], r["rule"]) for r in docs[key]["removed"]] == list(zip(tail, rules, strict=True))


def test_a_public_services_address_stays(docs: dict[str, dict]) -> None:
    assert docs["kept"]["text"].splitlines() == [*BODY, KEPT] and docs["kept"]["removed"] == []
