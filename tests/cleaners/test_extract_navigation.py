"""A page whose only text is its navigation menu is `no_content` (tester 6, F9); a short article is kept."""

from __future__ import annotations

import pytest

from cleaners.extract import ExtractError, extract_html

MENU = '<nav><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/kh">Khoa học - Công nghệ</a></nav>'


@pytest.mark.parametrize("page", [
    f"<html><body>{MENU}</body></html>",
    '<html><body><ul role="menu"><li>Trang chủ</li><li>Thời sự</li></ul><script>var x = "Tin mới";</script></body></html>',
])
def test_a_menu_only_page_is_no_content(page: str) -> None:
    with pytest.raises(ExtractError) as err:
        extract_html(page)
    assert err.value.reason == "no_content" and "navigation menu" in err.value.detail and "Thời sự" in err.value.detail


@pytest.mark.parametrize(("page", "kept"), [
    ("<html><body><p>Thời sự</p></body></html>", "Thời sự"),  # a two-word text outside any menu
    (f"<html><body>{MENU}<p>Mưa lớn gây ngập phố.</p></body></html>", "Mưa lớn gây ngập phố."),
    # an unclosed <nav> swallows the article: its sentences are no menu labels
    ("<html><body><nav><a>Trang chủ</a><p>Bão số 3 đổ bộ vào các tỉnh ven biển miền Bắc chiều nay, gây mưa rất to "
     "trên diện rộng.</p></body></html>", "Bão số 3 đổ bộ"),
])
def test_a_short_article_outside_the_menu_is_kept(page: str, kept: str) -> None:
    assert kept in extract_html(page).text
