"""Text normalisation: display form (NFC, tidy whitespace) and match keys (for dedup and learning).

Diacritics are never stripped. Match keys fold case, punctuation and Vietnamese tone-mark
placement ("hoà" and "hòa" give the same key), but keep every mark.
"""

from __future__ import annotations

import re
import unicodedata

# Tone marks (combining): grave, acute, tilde, hook above, dot below.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONE_TO_END = re.compile(f"([{_TONES}])([^\\s{_TONES}]*)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Anything that is not a letter, digit, combining mark or space becomes a space.
_NON_WORD = re.compile(r"[^\w\s\u0300-\u036f]|_")
_DIGITS = re.compile(r"\d+")


def normalize_text(text: str) -> str:
    """NFC, unified line breaks, no control or zero-width characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def unify_tones(text: str) -> str:
    """Move each syllable's tone mark to the syllable's end (NFD), so that old-style ("hoà")
    and new-style ("hòa") placements compare equal. The result is a key, not display text."""
    return _TONE_TO_END.sub(r"\2\1", unicodedata.normalize("NFD", text))


def match_tokens(text: str) -> list[str]:
    """Words of the match form: lower case, tone placement unified, punctuation removed."""
    spaced = _NON_WORD.sub(" ", unicodedata.normalize("NFD", text.lower()))  # punctuation first
    return _TONE_TO_END.sub(r"\2\1", spaced).split()


def line_key(line: str) -> str:
    """Key for recognising a repeated line: match form with digits masked (dates, counts)."""
    return " ".join(_DIGITS.sub("0", token) for token in match_tokens(line))
