import codecs

import pytest

from cleaners.decode import DecodeError, decode_bytes

VI = "Tổng thống Nga Vladimir Putin đã đến thủ đô của Bắc Hàn một ngày trước đó."


def test_utf8_and_utf8_bom() -> None:
    assert decode_bytes(VI.encode()).text == VI
    assert decode_bytes(codecs.BOM_UTF8 + VI.encode()).text == VI


def test_utf16_with_bom_like_vntc() -> None:
    d = decode_bytes(VI.encode("utf-16"))
    assert d.text == VI and d.encoding == "utf-16"


def test_windows_1258_vietnamese() -> None:
    d = decode_bytes(_cp1258(VI))
    assert d.encoding == "cp1258"
    import unicodedata

    assert unicodedata.normalize("NFC", d.text) == VI


def _cp1258(text: str) -> bytes:
    """Legacy encoding: base letters (â, ơ, ư...) precomposed, tone marks as combining characters."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, "binary"),
        (b"mot dong van ban\x00 va mot NUL", "nul_bytes"),
        (b"\xfd\xfc plain \x81\x8d\x8f\x90 bytes that are not utf-8 nor vietnamese", "invalid_encoding"),
    ],
)
def test_bad_bytes_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert err.value.reason == reason
