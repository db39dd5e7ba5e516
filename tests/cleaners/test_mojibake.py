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
