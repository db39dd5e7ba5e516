"""Text normalisation: display form (NFC, tidy whitespace) and match keys (for dedup and learning).

Diacritics are never stripped. Match keys fold case, punctuation and Vietnamese tone-mark
placement ("hoà" and "hòa" give the same key), but keep every mark.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata

# Tone marks (combining): grave, acute, tilde, hook above, dot below.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONE_TO_END = re.compile(f"([{_TONES}])([^\\s{_TONES}]*)")
# Zero-width characters and soft hyphens are dropped (they sit inside words by design); C0 controls (but
# tab/newline) and DEL become a space, so a NUL or BEL between two words never glues them ("Hà\0Nội").
_DROP: dict[int, str | None] = {**dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F], " "),
                                **dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD])}
_DROP_RE = re.compile("[" + "".join(map(chr, _DROP)) + "]")
# Line separators other than CR/LF (vertical tab: a word processor's manual line break, form feed,
# file/group/record separators, NEL): each becomes a line break, so no two lines are glued.
_LINE_SEPS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# An HTML character reference left in text ("&bull;", "&#8220;", "&amp;quot;"); a semicolon is required.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A contact label glued to the word before it by a lost line break ("Hà NộiĐT: 04…"): the label
# starts a new line. Only these labels, only after a lower-case letter, only before ":"; and only after a word of two
# letters or more (round 15: "iTel: 0236 …", a carrier's name, is one word, not "i" glued to "Tel:").
_LABELS = r"(?:ĐT|Tel|Fax|E-?mail|Website|Hotline|Điện thoại|Địa chỉ)\s*:"
_GLUED_LABEL = re.compile(rf"(?<=[^\W\d_])([^\W\d_])(?={_LABELS})")
_ANY_LABEL = re.compile(_LABELS)  # a cheap test first: most texts have no label, glued or not
# letters and digits of NFC text; everything else separates words, including the `_` that joins
# the syllables of word-segmented text (VnCoreNLP, pyvi): "đối_tượng" matches "đối tượng"
_WORD = re.compile(r"[^\W_]+")
# The white space of `str.split` / `str.isspace` other than the plain space and the line break (pinned by
# tests/cleaners/test_normalize.py against every code point).
_OTHER_SPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# What a line's white space needs rewritten: a run of two or more, or one character other than a space.
_ODD_SPACE = re.compile(f"[ {_OTHER_SPACE}]{{2,}}|[{_OTHER_SPACE}]")
_ANY_OTHER_SPACE = re.compile(f"[{_OTHER_SPACE}]")  # a cheap test first (with `"  " in text`)
# Line separators, dropped characters and white space other than " " and "\n": most texts hold none.
_RARE = re.compile("[" + "".join(map(chr, _DROP)) + "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" + _OTHER_SPACE + "]")
_DIGITS = re.compile(r"\d+")
# word (letters and digits, lower case) -> its match form (Vietnamese has few distinct syllables)
_CACHE_MAX = 2_000_000


class _WordKeys(dict[str, str]):
    """word -> `unify_tones(word)`, computed on first use (kept while the cache is not full)."""

    def __missing__(self, word: str) -> str:
        key = unify_tones(word)
        if len(self) < _CACHE_MAX:
            self[word] = key
        return key


_WORD_KEYS = _WordKeys()


def _entity(m: re.Match) -> str:
    ref = m.group(0)
    if ref[1] == "#":
        return html.unescape(ref)
    return html.entities.html5.get(ref[1:], ref)  # only a whole known name: "&notin;", never "&not"+"in;"


def unescape_entities(text: str) -> str:
    """Decode HTML character references left in text, also double-escaped ones ("&amp;bull;")."""
    for _ in range(2):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = _ENTITY.sub(_entity, text)
    return text


def normalize_text(text: str) -> str:
    """Entities decoded, NFC, unified line breaks, controls as spaces, no zero-width characters, single spaces."""
    text = unicodedata.normalize("NFC", unescape_entities(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rare = _RARE.search(text) is not None  # one scan for the three kinds of rare characters below
    if rare and _LINE_SEPS.search(text):
        text = _LINE_SEPS.sub("\n", text)
    if ":" in text and _ANY_LABEL.search(text):
        text = _GLUED_LABEL.sub(lambda m: m.group(1) + "\n" if m.group(1).islower() else m.group(1), text)
    if rare and _DROP_RE.search(text):
        text = text.translate(_DROP)
    return _tidy_lines(text, odd_spaces=rare)


def _tidy_lines(text: str, odd_spaces: bool = True) -> str:
    """Each line's words joined by single spaces: `"\\n".join(" ".join(l.split()) for l in text.split("\\n"))`,
    rewriting only the spots that need it (issue 17: the per-line split and join was a third of normalising).
    `odd_spaces=False`: the caller knows the text holds no white space other than spaces and line breaks."""
    if "  " in text or (odd_spaces and _ANY_OTHER_SPACE.search(text)):
        text = _ODD_SPACE.sub(" ", text)
    # now every run of white space in a line is one space: drop those that open or close a line
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    return text.strip(" ")


def unify_tones(text: str) -> str:
    """Move each syllable's tone mark to the syllable's end (NFD), so that old-style ("hoà")
    and new-style ("hòa") placements compare equal. The result is a key, not display text."""
    return _TONE_TO_END.sub(r"\2\1", unicodedata.normalize("NFD", text))


def match_tokens(text: str) -> list[str]:
    """Words of the match form: lower case, tone placement unified, punctuation removed."""
    # Whole text at once, no Python loop per word (issue 17). The same words as chunk by chunk: no word
    # spans white space, a tone mark never moves across it, and NFC and lower() do not look across it.
    return list(map(_WORD_KEYS.__getitem__, _WORD.findall(unicodedata.normalize("NFC", text).lower())))


def same_match_tokens(text: str, tokens: list[str]) -> bool:
    """`match_tokens(text) == tokens`, reading the text's words only until one differs (issue 17: a title is
    compared with every paragraph of its document)."""
    n = 0
    for m in _WORD.finditer(unicodedata.normalize("NFC", text).lower()):
        if n >= len(tokens) or _WORD_KEYS[m.group()] != tokens[n]:
            return False
        n += 1
    return n == len(tokens)


def line_key(line: str) -> str:
    """Key for recognising a repeated line: match form with digits masked (dates, counts)."""
    # match tokens hold no white space, so a run of digits never spans two of them
    return _DIGITS.sub("0", " ".join(match_tokens(line)))


def word_counts(lines: list[str]) -> list[int]:
    """`[len(line.split()) for line in lines]` without building the words (issue 17): a line whose only
    white space is single spaces between its words (what `normalize_text` leaves; no other white space is
    printable) has one word more than spaces; any other line is split."""
    return [line.count(" ") + 1 if line and line.isprintable() and "  " not in line and line[0] != " "
            and line[-1] != " " else len(line.split()) for line in lines]
