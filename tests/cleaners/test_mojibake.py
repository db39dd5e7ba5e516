"""Double-encoded UTF-8 is repaired line by line; correct text of any language is left alone."""

from __future__ import annotations

import pytest

from cleaners.mojibake import repair_mojibake

VI = "Hà Nội: người dân đổ xô đi mua vàng trong ngày vía Thần Tài, giá tăng mạnh so với hôm qua."


def _windows_1252(data: bytes) -> str:
    """Bytes as Windows reads them: cp1252, its five undefined bytes as Latin-1 control characters."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize("read_as", [lambda b: b.decode("latin-1"), _windows_1252])
def test_a_vietnamese_line_read_once_as_a_western_codec_is_repaired(read_as) -> None:
    broken = read_as(VI.encode("utf-8"))
    assert broken != VI
    fixed, n = repair_mojibake(f"{broken}\nDòng này vẫn đúng: Đà Nẵng, Huế.")
    assert n == 1 and fixed == f"{VI}\nDòng này vẫn đúng: Đà Nẵng, Huế."


@pytest.mark.parametrize("text", [
    VI,
    "NGÃ BA ĐỒNG LỘC, SÃO PAULO, ÂU LẠC, ÁO DÀI, ẢNH: Ã, Â, Ä, Å, Æ.",
    "Crème brûlée à Noël; São Paulo; Ångström; Æsir; «Âme»; café © 2024 – €5 ™.",
    "Giá vàng hôm nay: 85,5 triệu đồng/lượng (±0,5%), nhiệt độ 25°C–30°C.",
])
def test_correct_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == (text, 0)


def test_fingerprint_finds_what_the_standard_re_module_finds() -> None:
    """The fingerprint is compiled by `regex` for speed; on strings of lead bytes, continuation symbols,
    Vietnamese letters and spaces it finds exactly what `re` finds with the same pattern."""
    import random
    import re

    from cleaners.mojibake import _CONTINUATION, _FINGERPRINT

    plain = re.compile(_FINGERPRINT.pattern)
    alphabet = "ÂÃÄÅÆáâaàảãạ Hà Nội" + _CONTINUATION.replace("-", "")[:12] + "\u0080\u00bf\u00c0\u2013\u201c\u2122"
    rnd = random.Random(17)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert _FINGERPRINT.findall(text) == plain.findall(text), text
        assert (_FINGERPRINT.search(text) is None) == (plain.search(text) is None), text
        found += bool(plain.search(text))
    assert found > 1000
