"""Tester ATK6 finding F3, through the CLI and the Parquet output: an article sentence that holds "Ảnh: X" or
"Video: X" inside it (a quoted exhibition title, a programme's name after a plain word) is no photo caption and
stays; the captions themselves (a credit after a sentence end, a dash, a bracket or a plain word, a related video
after list marks) still go."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

HEAD = "Nhiều điểm tham quan ở thủ đô mở cửa miễn phí dịp cuối tuần"
BODY = ["Sở Văn hóa cho biết nhiều bảo tàng sẽ mở cửa miễn phí cho người dân và du khách trong hai ngày cuối tuần "
        "này, kèm theo nhiều hoạt động trải nghiệm.",
        "Ban tổ chức dự kiến đón khoảng mười nghìn lượt khách trong hai ngày và đã bố trí thêm lực lượng hướng dẫn."]
KEPT = ['Tại bảo tàng thành phố, triển lãm "Ảnh: Ký ức phố cổ" trưng bày hơn 200 bức ảnh tư liệu quý về phố cổ.',
        'Triển lãm mang tên "Video: Hà Nội những mùa thu" vừa khai mạc tại nhà văn hóa quận với nhiều tư liệu quý.',
        "Khách tham quan có thể xem chuyên đề Video: Phố cổ mùa thu được chiếu liên tục tại sảnh chính của bảo tàng.",
        "Bức ảnh nổi tiếng nhất chụp cảnh phố Hàng Đào năm 1950, theo chú thích Ảnh: Tư liệu của gia đình ông "
        "Nguyễn Văn Minh ở phố Hàng Bạc."]
CAPTIONS = ["Du khách xếp hàng vào tham quan bảo tàng sáng nay. Ảnh: Quang Định",
            "Du khách xếp hàng vào tham quan bảo tàng sáng nay Ảnh: Reuters",
            "Khu trưng bày hiện vật của bảo tàng - Ảnh: Minh Hà",
            "Khu trưng bày hiện vật của bảo tàng (Ảnh: Trung tâm Lưu trữ Quốc gia)",
            "> > Video : Du khách xếp hàng dài chờ vào bảo tàng ngày cuối tuần"]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    base = tmp_path_factory.mktemp("captions")
    middles = [*KEPT, *CAPTIONS]
    write_jsonl(base / "in" / "feed.jsonl", [{"id": f"d{k}", "outlet": f"o{k}.vn",
                                              "text": "\n".join([HEAD, BODY[0], middle, BODY[1]])}
                                             for k, middle in enumerate(middles)])
    done = cli("run", str(base / "in"), "--output", str(base / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    by_id = {d["doc_id"]: d for d in rows(base / "out", "documents")}
    return {middle: by_id[f"d{k}"] for k, middle in enumerate(middles)}


@pytest.mark.parametrize("line", KEPT)
def test_a_sentence_naming_a_photo_or_video_title_stays(docs: dict[str, dict], line: str) -> None:
    assert line in docs[line]["text"].splitlines(), docs[line]["removed"]
    assert docs[line]["removed"] == []


@pytest.mark.parametrize("line", CAPTIONS)
def test_a_caption_still_goes(docs: dict[str, dict], line: str) -> None:
    assert line not in docs[line]["text"].splitlines()
    assert [(r["text"], r["rule"]) for r in docs[line]["removed"]] == [(line, "photo_caption")]
