"""Bytes to text: detect the encoding of a raw input, or say why it is not text."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from cleaners.errors import RejectError

# Characters typical of Vietnamese text decoded from Windows-1258 (combining tone marks, ơ/ư/đ).
_CP1258_MARKS = set("\u0300\u0301\u0303\u0309\u0323ơưđƠƯĐăâêôĂÂÊÔ")


class DecodeError(RejectError):
    """Bytes that are not usable text: `binary`, `empty`, `nul_bytes`, `invalid_encoding`."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with a BOM, or legacy Windows-1258.

    Anything else is rejected: binary data, NUL bytes in 8-bit text, or bytes that are neither
    valid UTF-8 nor plausible Vietnamese Windows-1258.
    """
    if not data.strip():
        raise DecodeError("empty", "no content")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as err:
                raise DecodeError("invalid_encoding", f"{encoding} BOM but undecodable: {err}") from err
    head = data[:65536]
    control = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127) / len(head)
    if control > 0.05:
        raise DecodeError("binary", f"binary data ({control:.0%} control bytes)")
    if b"\x00" in data:
        raise DecodeError("nul_bytes", f"{data.count(0)} NUL byte(s) in text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    marks = sum(1 for ch in text if ch in _CP1258_MARKS)
    if text and marks / max(1, len(text)) > 0.005:
        return Decoded(text, "cp1258")
    raise DecodeError("invalid_encoding", f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start})")
