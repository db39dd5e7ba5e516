import codecs
import random

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
        (bytes(random.Random(1).randrange(128, 256) for _ in range(300)), "invalid_encoding"),
    ],
)
def test_bad_bytes_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert err.value.reason == reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_as_utf16(codec: str) -> None:
    """Notepad/PowerShell may write UTF-16 with no BOM: it was `binary (52% control bytes)`."""
    text = f"{VI}\nDòng thứ hai của bài viết, với số 2024 và dấu câu."
    got = decode_bytes(text.encode(codec))
    assert got.text == text and got.errors == 0


FR = "Ça coûte très cher à côté de la forêt, dit l’élève « déçu »."


@pytest.mark.parametrize(
    "head",
    [
        b'<meta charset="windows-1252">',
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',  # WHATWG: cp1252
        b"<META HTTP-EQUIV=content-type CONTENT='text/html;charset=iso-8859-1'>",
    ],
)
def test_html_declared_legacy_charset_is_used(head: bytes) -> None:
    page = b"<html><head>" + head + b"</head><body><p>" + FR.encode("cp1252") + b"</p></body></html>"
    d = decode_bytes(page, html=True)
    assert FR in d.text and d.encoding == "cp1252" and d.errors == 0


def test_xml_declaration_charset() -> None:
    page = b'<?xml version="1.0" encoding="iso-8859-15"?><html><body><p>' + FR.replace("’", "'").encode("iso-8859-15")
    d = decode_bytes(page, html=True)
    assert FR.replace("’", "'") in d.text and d.encoding == "iso8859-15"


def test_utf8_with_stray_bytes_is_kept_and_counted() -> None:
    data = VI.encode() + b" \xff chen " + VI.encode() + b"\x92"
    for html in (False, True):
        d = decode_bytes(data, html=html)
        assert d.encoding == "utf-8" and d.errors == 2 and d.text.startswith(VI) and d.text.count("\ufffd") == 2


def test_declared_utf8_with_stray_bytes() -> None:
    page = b'<html><head><meta charset="utf-8"></head><body>' + VI.encode() + b"\xa0x</body></html>"
    d = decode_bytes(page, html=True)
    assert VI in d.text and d.encoding == "utf-8" and d.errors == 1


RU = "Президент России прибыл в столицу Северной Кореи накануне вечером, сообщили агентства."


def test_undeclared_legacy_page_is_detected() -> None:
    d = decode_bytes(("<html><body><p>" + " ".join([RU] * 5) + "</p></body></html>").encode("cp1251"), html=True)
    assert RU in d.text and d.errors == 0


def test_nul_bytes_are_dropped_and_counted() -> None:
    d = decode_bytes(VI.encode() + b"\x00 cuoi")
    assert d.text == VI + " cuoi" and d.errors == 1
