"""Bytes to text like a browser: BOM, then the declared charset, then detection; stray bytes are
replaced (U+FFFD) and counted, and only binary or mostly undecodable data is rejected.

Order (HTML and `.txt` alike, step 2 only for HTML):
1. a byte-order mark (UTF-8, UTF-16, UTF-32), or UTF-16 without one by its NUL bytes;
2. the charset the page declares (`<meta charset>`, `<meta http-equiv=Content-Type>`, an XML
   declaration), with the WHATWG label mapping (ISO-8859-1 and ASCII are Windows-1252);
3. UTF-8, also when a few bytes are stray (valid multi-byte sequences outnumber the bad ones);
4. for a `.txt`, legacy Vietnamese Windows-1258 when the text reads as Vietnamese in it (tone
   marks after vowels, ơ, ư, đ, ă, â, ê, ô); then Windows-1252 (a browser's own fallback) when the
   text reads as Western European in it; then charset-normalizer's detection;
5. otherwise UTF-8 with replacement, unless most of the text would be replacement characters.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from cleaners.errors import RejectError

# Characters typical of Vietnamese text decoded from Windows-1258 (combining tone marks, ơ/ư/đ).
_CP1258_MARKS = set("\u0300\u0301\u0303\u0309\u0323ơưđƠƯĐăâêôĂÂÊÔ")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""",
    re.IGNORECASE,
)
# WHATWG Encoding Standard: labels browsers decode with a superset codec.
_WHATWG = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "ascii": "cp1252", "us-ascii": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874",
    "iso-8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949", "shift_jis": "cp932", "x-sjis": "cp932", "sjis": "cp932", "big5": "big5hkscs",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",  # a <meta> cannot declare UTF-16
}
MOSTLY_UNDECODABLE = 0.2  # reject when more than this share of the non-space characters are U+FFFD
_DETECT_SAMPLE = 20_000


class DecodeError(RejectError):
    """Bytes that are not usable text: `binary`, `empty`, `invalid_encoding`."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    errors: int = 0  # bytes (or byte sequences) replaced by U+FFFD, NUL bytes included


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" / "utf-16-be" when the first bytes read as UTF-16 with no BOM (what Notepad or
    PowerShell may write): a NUL in most high bytes and none in the low ones, which neither UTF-8
    text nor binary data shows. Vietnamese letters (U+1EA0-) have a high byte of their own, so
    half of the high bytes being NUL is enough."""
    head = head[: len(head) // 2 * 2][:512]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for low, high, name in ((even, odd, "utf-16-le"), (odd, even, "utf-16-be")):
        if high.count(0) >= 0.5 * len(high) and low.count(0) <= 0.02 * len(low):
            return name
    return None


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset an HTML page declares in its first 4 KB, if known."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _replaced(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with replacement; the number of replacements (U+FFFD the bytes already held excluded)."""
    text = data.decode(encoding, errors="replace")
    genuine = data.count("\ufffd".encode(encoding)) if encoding.startswith("utf") else 0
    return text, text.count("\ufffd") - genuine


def _multibyte_utf8(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported lazily: only legacy pages need it

    sample = data if len(data) <= _DETECT_SAMPLE else data[: _DETECT_SAMPLE // 2] + data[-_DETECT_SAMPLE // 2 :]
    best = from_bytes(sample).best() or (from_bytes(data).best() if sample is not data else None)
    return best.encoding if best is not None else None


def decode_bytes(data: bytes, html: bool = False) -> Decoded:
    """Decode the bytes of a `.txt` (or, with `html`, an `.html`) file; see the module docstring."""
    if not data.strip():
        raise DecodeError("empty", "no content")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, errors = _replaced(data, encoding)
            return _checked(text, encoding, errors)
    wide = utf16_without_bom(data)
    if wide is not None:
        text, errors = _replaced(data, wide)
        return _checked(text, wide, errors)
    head = data[:65536]
    control = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127) / len(head)
    if control > 0.05:
        raise DecodeError("binary", f"binary data ({control:.0%} control bytes)")
    nuls = data.count(0)
    if nuls:  # stray NUL bytes are dropped and counted as decoding errors
        data = data.replace(b"\x00", b"")
    declared = declared_charset(data) if html else None
    if declared is not None:
        text, errors = _replaced(data, declared)
        if errors == 0:
            return Decoded(text, declared, nuls)
    text, errors = _replaced(data, "utf-8")
    if errors == 0 or _multibyte_utf8(text) >= 2 * errors:
        return _checked(text, "utf-8", errors + nuls)
    if not html:
        legacy = data.decode("cp1258", errors="replace")
        marks = sum(1 for ch in legacy if ch in _CP1258_MARKS)
        high = [ch for ch in legacy if ord(ch) > 127]
        lettered = sum(1 for ch in high if ch.isalpha() or unicodedata.combining(ch))
        if marks / max(1, len(legacy)) > 0.005 and lettered >= 0.95 * len(high) and _toned(legacy):
            return _checked(legacy, "cp1258", legacy.count("\ufffd") + nuls)
        western = _western(data)
        if western is not None:
            return Decoded(western, "cp1252", nuls)
    if declared is not None and declared != "utf-8":
        declared_text, declared_errors = _replaced(data, declared)
        if declared_errors * 100 <= len(data):
            return Decoded(declared_text, declared, declared_errors + nuls)
    detected = _detect(data)
    if detected is not None:
        try:
            detected_text, detected_errors = _replaced(data, detected)
        except LookupError:
            pass
        else:
            if _plausible(detected_text):
                return _checked(detected_text, detected, detected_errors + nuls)
    return _checked(text, "utf-8", errors + nuls)


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = set("aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ")
_TYPOGRAPHIC = set("\u00a0‘’‚“”„–—…«»·•€°§©®™¿¡")


def _toned(text: str) -> bool:
    """Vietnamese in Windows-1258 carries combining tone marks, each right after a vowel (the hook
    and dot below have no precomposed byte); Portuguese or Cyrillic bytes read as Windows-1258 give
    none ("Năo", "eleiçơes") or marks after other characters."""
    after = [text[i - 1] if i else " " for i, ch in enumerate(text) if ch in _TONES]
    return bool(after) and sum(1 for ch in after if ch in _VOWELS) >= 0.9 * len(after)


def _western(data: bytes) -> str | None:
    """The text as Windows-1252 (a browser's fallback for unlabelled text, and what ISO-8859-1 means)
    when it reads as Western European there: every byte defined, every non-ASCII character a letter
    or typographic punctuation, and accented letters a minority (Cyrillic or Greek bytes would make
    nearly every letter one). Otherwise None: the detector decides."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = accented = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            accented += ord(ch) > 127
        elif ord(ch) > 127 and ch not in _TYPOGRAPHIC:
            return None
    return text if accented and accented <= 0.3 * letters else None


def _plausible(text: str) -> bool:
    """A detector's guess whose non-ASCII characters are mostly letters and punctuation, not
    symbols or controls (as garbage bytes decoded by a wide codec are)."""
    high = [ch for ch in text[:50_000] if ord(ch) > 127]
    odd = sum(1 for ch in high if unicodedata.category(ch)[0] in "SC" and not ch.isspace())
    return odd <= 0.2 * max(1, len(high))


def _checked(text: str, encoding: str, errors: int) -> Decoded:
    """Reject text that is mostly replacement characters."""
    if errors:
        visible = sum(1 for ch in text if not ch.isspace())
        bad = text.count("\ufffd")
        if bad > MOSTLY_UNDECODABLE * max(1, visible):
            raise DecodeError("invalid_encoding",
                              f"mostly undecodable as {encoding}: {bad:,} of {visible:,} characters replaced")
    return Decoded(text, encoding, errors)
