"""The page's lead put back when trafilatura leaves it out (tester T6 F11), once, in its place."""

from __future__ import annotations

from trafilatura.utils import load_html

from cleaners.extract import extract_html, lead_text, with_lead

LEAD = "Trò chuyện với một chuyên gia lâm nghiệp về bài toán giữ rừng đầu nguồn sau những trận lũ lớn."
BODY = "".join(f"<p>Đoạn {i}: chính quyền tỉnh cho biết kế hoạch trồng lại rừng sẽ được triển khai từng bước trong năm "
               f"tới, với sự tham gia của người dân và doanh nghiệp địa phương.</p>" for i in range(4))


def page(inner: str) -> str:
    return f"<html><head><title>T</title></head><body>{inner}</body></html>"


def test_a_lead_beside_the_body_container_is_put_back_first() -> None:
    html = page(f"<div id='main-detail'><h1>Làm sao giữ rừng?</h1><h2 class='sapo'>TTO - {LEAD}</h2>"
                f"<div class='content'>{BODY}</div></div>")
    lines = extract_html(html).text.split("\n")
    assert lines[0] == f"TTO - {LEAD}" and sum(LEAD in x for x in lines) == 1


def test_with_lead_goes_after_the_title_line_and_never_twice() -> None:
    assert with_lead("Tiêu đề\nĐoạn một.", LEAD, "Tiêu đề") == f"Tiêu đề\n{LEAD}\nĐoạn một."
    assert with_lead("Đoạn một.", LEAD, "Tiêu đề") == f"{LEAD}\nĐoạn một."
    kept = f"Tiêu đề\n{LEAD[:40]}\n{LEAD[40:]}\nĐoạn một."  # kept already, across a line break
    assert with_lead(kept, LEAD, "Tiêu đề") == kept
    assert with_lead("Đoạn một.", None, "Tiêu đề") == "Đoạn một."


def test_no_lead_without_a_title_below_the_body_or_in_a_link_box() -> None:
    assert lead_text(load_html(page(f"<div class='sapo'>{LEAD}</div>{BODY}"))) is None  # no h1
    assert lead_text(load_html(page(f"<h1>Tiêu đề</h1>{BODY}<div class='summary'>{LEAD}</div>"))) is None
    assert lead_text(load_html(page(f"<h1>Tiêu đề</h1><ul><li class='lead'>{LEAD}</li></ul>{BODY}"))) is None
    assert lead_text(load_html(page(f"<h1>Tiêu đề</h1><p class='lead'>Ngắn quá.</p>{BODY}"))) is None
    assert lead_text(load_html(page(f"<h1>Tiêu đề</h1><span>13/11/2024</span><p class='article__lead'>{LEAD}</p>{BODY}"))) \
        == LEAD
