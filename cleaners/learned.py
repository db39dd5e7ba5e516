"""Site boilerplate learned from the data: lines an outlet repeats across its own pages, and where.

A line is learned as boilerplate for an outlet when its key (NFC, lower case, digits masked, see
`normalize.line_key`) occurs in at least `min_docs` distinct documents of that outlet and, unless it is a
short widget-like line (menus such as "Thời sự" are shared by many sites), in no other outlet: a sentence
shared by different outlets is syndicated content, which is dedup's job. The lines the rules removed count
too (`whole_lines`): they are the outlet's template, which shows where its other lines stand. Users can pin
(always remove) or deny (never learn) lines in a small TOML file.

What may be learned (`learnable`): any line but the document's title, a sentence (a line ending like
one, a short one included: "Xin cảm ơn ông.", so a standard storm warning repeated in many articles is
never learned) or a line of more than `MAX_WORDS` words. Where a learned line is removed is its place in
the page (`remove_learned`), decided once the outlet's repeated lines are known:
- the template zone (`template_zone`): the first `HEAD_ZONE` and last `TAIL_ZONE` lines, grown through
  consecutive lines the outlet repeats (the lines the rules removed are already gone): an eight-line
  footer or a six-line menu block goes whole. A sentence ends the zone, and so does a line of the
  article's own: an item of a list it announces ("Các số đường dây nóng:", "Cụ thể:"), a table (cells
  whose keys repeat within the page, "D1", "Khối A", and the header above them), a procedure's steps numbered
  in turn ("Bước 1: …", "Bước 2: …", round 17: a how-to the outlet's writers reuse). Inside the zone a short
  line needs only `zone_support` (3 of the default 5 documents);
- elsewhere a short widget-like line (at most `WIDGET_WORDS` words), but not one or two short lines
  standing between two of the article's sentences (a quoted person's name and role), unless the outlet
  repeats the line in `ANYWHERE_SHARE` of its pages, it stands alone and is no name (a widget label,
  "Video hot"); a longer run of short lines between two sentences matches by verbatim keys only (this
  week's price list repeats its shape, not its numbers) and, when one of its lines has full support (an
  advert box), its other lines with the zone's support; a longer line outside the zone always stays.
Documents without a known outlet teach nothing (the caller leaves them out).

A document's own title (the line equal to its `title` field, or without one a first line that reads as a
headline) is never learned nor removed: a daily or numbered series ("Giá vàng hôm nay 10/11/2024", "Bão
số 3 đổ bộ ...") repeats its headline's shape, not a widget. Digits are masked only in widget-like lines
(timestamps, counters, contact lines, short labels, price rows); a line that reads as text (four or more
words of letters) keeps its digits in the key, so it is learned only when it repeats verbatim (a site
tagline, a fixed credit), never because its digit-masked form repeats.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cleaners import line_shapes
from cleaners.line_shapes import (
    BODY_HEADING_WORDS,
    HEADLINE_WORDS,
    closing_prose,
    programme_runs,
    reads_as_text,
    step_runs,
    subheading_like,
)
from cleaners.normalize import line_key, match_tokens, same_match_tokens

_SENTENCE_END, _WIDGET_MARK, _name_like = line_shapes.SENTENCE_END, line_shapes.WIDGET_MARK, line_shapes.name_like

if TYPE_CHECKING:
    from cleaners.boilerplate import RemovedLine

LEARNED_RULE = "learned_boilerplate"
PINNED_RULE = "pinned_boilerplate"
MAX_WORDS = 40  # longer lines are article prose even when repeated
WIDGET_WORDS = 8  # a line this short is widget-like: learnable anywhere unless it ends a sentence
HEAD_ZONE, TAIL_ZONE = 2, 3  # always the page's template zone; it grows through the outlet's learned lines
ZONE_GAP = 1  # lines that are not learned the template zone may cross when a learned line follows
ANYWHERE_SHARE = 0.2  # a short line in this share of an outlet's documents is its template wherever it stands
FLOW_RUN_MAX = 2  # a run of this many short lines between two sentences is part of the article


def _letter_word(token: str) -> bool:
    """A token with a letter and no digit (issue 17: a word all of letters, most tokens, answers at once;
    no character is both a letter and a digit)."""
    return token.isalpha() or (any(c.isalpha() for c in token) and not any(c.isdigit() for c in token))


def _has_letter_words(line: str, n: int) -> bool:
    """At least n tokens with a letter and no digit, reading the line only up to its n-th such word (issue 17: a long first line)."""
    if n <= 0:
        return True
    for t in line.split():
        if _letter_word(t):
            n -= 1
            if not n:
                return True
    return False


def pattern_key(line: str) -> str:
    """Key of a line for learning: `line_key` (digits masked) for widget-like lines; a line that
    reads as text keeps its digits, so only its verbatim repeats count."""
    if any(map(str.isdigit, line)) and reads_as_text(line):
        return " ".join(match_tokens(line))
    return line_key(line)


def _title_index(lines: list[str], title: str | None) -> set[int]:
    """Lines that are the document's own title: those equal to its `title` field (match form,
    digits kept), or without a title field the first line when it reads as a headline (four or more
    words, two of them of letters only, no widget mark such as a time of day: "Giá vàng 10/11: 81,5
    triệu" is a headline, "VN-Index: 1.214,76 -13,47 / -1,11%" or "SHTV1 SHTV2 SHTV3 SHTV4" no)."""
    if title and title.strip():
        want = match_tokens(title)
        return {i for i, line in enumerate(lines) if same_match_tokens(line, want)} if want else set()
    return {0} if lines and _headline_first(lines[0]) else set()


def _headline_first(first: str) -> bool:
    """Without a title field: a first line that reads as a headline (see `_title_index`)."""
    return (len(first.split()) >= HEADLINE_WORDS and not first.rstrip().endswith(":") and not _WIDGET_MARK.search(first)
            and _has_letter_words(first, 2))


def _announces(lines: list[str], i: int) -> bool:
    """Line i introduces a list: it ends with ":" and has three words or follows a sentence ("Cụ thể:")."""
    line = lines[i]
    return line.rstrip().endswith(":") and (len(line.split()) >= 3 or (i > 0 and _is_prose(lines[i - 1])))


def _is_prose(line: str) -> bool:
    """A sentence of the article: four or more words ending like a sentence."""
    return len(line.split()) >= HEADLINE_WORDS and line.rstrip().endswith(_SENTENCE_END)


_OPEN_QUOTES, _CLOSE_QUOTES = ("“", "\"", "«", "„"), ("”", "\"", "»")


def _quotation(end: str) -> bool:
    """Round 13: a line that is a quotation whole (“Tôi chưa từng nghĩ sẽ …”), its closing mark without a full
    stop: a person's words the article quotes (a quote block under or over its speaker's name), never learned as a
    widget however often an outlet quotes the same words. (`end`: the line without trailing space.)"""
    return end.endswith(_CLOSE_QUOTES) and end.lstrip().startswith(_OPEN_QUOTES) and len(end.strip()) > 2




def _kept_subheadings(lines: list[str], line_numbers: list[int], read: _Lines) -> list[bool]:
    """Round 13: one or two sub-headings (`subheading_like`, of `BODY_HEADING_WORDS` words or more) right between two
    paragraphs of the article (a sentence that is no question, a headline's "…?" in a related box is none, or a line
    of more than 16 words): the article's own sections, kept however often the outlet's writers reuse a heading
    ("Những khó khăn còn lại"). Right means next in the input (`line_numbers`): an advert's teaser over the button the
    rules took ("Mua ngay") has a gap below it. A widget label between two paragraphs is shorter ("Video hot",
    "Bản đồ mùa vụ"); a line under the article's last paragraph may be the site's tagline, and stays learnable."""
    n = len(lines)
    out = [False] * n
    text = [(p and not e.endswith(("?", "?\"", "?”"))) or w > 2 * WIDGET_WORDS
            for p, w, e in zip(read.prose, read.words, read.ends, strict=True)]
    heads = [not t and w >= BODY_HEADING_WORDS and subheading_like(line)
             for t, w, line in zip(text, read.words, lines, strict=True)]
    for i, j in _runs(heads):
        if (0 < i and j < n and j - i <= FLOW_RUN_MAX and text[i - 1] and text[j]
                and all(line_numbers[k] == line_numbers[k - 1] + 1 for k in range(i, j + 1))):
            out[i:j] = [True] * (j - i)
    return out


def _closing_lines(lines: list[str], read: _Lines, found: list[LearnedPattern | None],
                   patterns: dict[str, LearnedPattern] | None = None) -> list[bool]:
    """Round 14: a short line of a heading's shape (`subheading_like`, 3 to `WIDGET_WORDS` words) right under a paragraph of the
    article (a sentence that is no question, or a line of more than 16 words) that the outlet repeats in fewer than
    `ANYWHERE_SHARE` of its documents: the article's closing line or sub-heading, a formula its writers reuse in some
    articles ("Mong mọi phụ nữ đều được yêu thương", "Vì nhân dân quên mình"), never the template. A site's tagline
    under the last paragraph is on (nearly) every page of the outlet and still goes. A comma may part its halves ("Chủ
    động phòng tránh, không chủ quan").
    Round 17: so is a longer closing line of running text without its full stop (`closing_prose`, up to 15 words: "Hai
    bên nhất trí tổ chức kỳ họp tiếp theo vào năm sau"; under a paragraph, or under a closing quotation's speaker line)
    that the outlet repeats in fewer than `ANYWHERE_SHARE` of the
    documents its most repeated line is on (`patterns`: the outlet's; its menu or footer is on every page it taught): a
    site's tagline under the last paragraph is on (nearly) every page and still goes."""
    out = [False] * len(lines)
    common: float | None = None
    for i in range(1, len(lines)):
        p = found[i]
        if p is None or p.anywhere or not 3 <= read.words[i] <= 15:
            continue  # (`anywhere` is a short line's share)
        above = (read.prose[i - 1] and not read.ends[i - 1].endswith(("?", "?\"", "?”"))) or read.words[i - 1] > 2 * WIDGET_WORDS
        if read.words[i] > WIDGET_WORDS and i >= 2 and read.words[i - 1] <= 15 and _quotation(read.ends[i - 2]):
            above = True  # (round 17: under a closing quotation's speaker line, "— Trần Văn Bình, Thứ trưởng Bộ Ngoại giao")
        if read.words[i] <= WIDGET_WORDS:
            out[i] = above and subheading_like(lines[i].replace(", ", " "))  # a comma between its two halves too
        elif above and patterns and closing_prose(read.ends[i], read.words[i]):
            if common is None:  # (once a document, and only when such a line is learned: most never are)
                common = ANYWHERE_SHARE * max(q.support for q in patterns.values())
            out[i] = p.support < common
    return out


# Round 16: a Q&A column's marks: the answer's ("Trả lời", "Đáp:") alone on its line, and the question's ("Hỏi:").
_QA_ANSWER = re.compile(r"\s*(?:trả lời|đáp)\s*:?\s*", re.IGNORECASE)
_QA_QUESTION = re.compile(r"\s*(?:hỏi|câu hỏi|bạn đọc hỏi)\s*:", re.IGNORECASE)


def _answer_marks(lines: list[str], read: _Lines) -> list[bool]:
    """Round 16: a Q&A column's answer mark alone on its line ("Trả lời") right over a sentence of the answer, with the
    reader's question marked "Hỏi:" at most four lines above (its first line without a full stop: a paragraph's length): the article's, though the outlet's Q&A pages repeat it
    (a comment's reply button has no question mark above it)."""
    out = [False] * len(lines)
    for i in range(1, len(lines) - 1):
        if read.words[i] <= 2 and _QA_ANSWER.fullmatch(lines[i]) \
                and (read.prose[i + 1] or read.words[i + 1] > 2 * WIDGET_WORDS) \
                and any(_QA_QUESTION.match(lines[k]) for k in range(max(0, i - 4), i)):
            out[i] = True
    return out


# words are compared with limits up to `_CAP` only: counting stops past it (issue 17: long paragraphs)
_CAP = max(MAX_WORDS, WIDGET_WORDS * 2, HEADLINE_WORDS, 3) + 1


class _Lines:
    """What `learnable` asks of each line, read once (issue 17: each line was split and stripped three times):
    its words up to `_CAP` + 1, its text without trailing white space, whether it is prose (`_is_prose`)."""

    def __init__(self, lines: list[str]) -> None:
        self.words = [len(line.split(None, _CAP)) for line in lines]  # min(words, _CAP + 1)
        self.ends = [line.rstrip() for line in lines]
        self.prose = [w >= HEADLINE_WORDS and e.endswith(_SENTENCE_END) for w, e in zip(self.words, self.ends, strict=True)]

    def announces(self, i: int) -> bool:
        """`_announces(lines, i)`."""
        return self.ends[i].endswith(":") and (self.words[i] >= 3 or (i > 0 and self.prose[i - 1]))


# an item of the article's own list between two of its sentences ("- Kế toán", "+ Cơ khí", "a. Thủ tục")
_BULLET = re.compile(r"\s*(?:[-+*•·]|[a-zđ0-9]{1,2}[.)]\s)(?=.*[^\W\d_])")  # with words ("• 17:57 24/04" is a date)


def _between_sentences(lines: list[str], prose: list[bool] | None = None) -> list[int]:
    """For each line, the length of the run of non-sentence lines it stands in when that run has one
    of the article's sentences right above and right below it; 0 otherwise. (`prose`: `_is_prose` of each.)"""
    prose = [_is_prose(line) for line in lines] if prose is None else prose
    out = [0] * len(lines)
    for i, j in _runs([not p for p in prose]):
        if 0 < i and j < len(lines):
            out[i:j] = [j - i] * (j - i)
    return out


def _runs(flags: list[bool]) -> Iterator[tuple[int, int]]:
    """The (start, end) of each maximal run of true flags, in order (`end` exclusive)."""
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        yield i, j
        i = j


def learnable(lines: list[str], title: str | None = None, read: _Lines | None = None) -> list[bool]:
    """Which lines of a document may ever be learned as (or removed as) site boilerplate, wherever they
    stand: not its title, not a sentence (a short line ending like one included: "Xin cảm ơn ông."), at
    most `MAX_WORDS` words, not an item of a list the article announces. Where in the page a candidate
    may be removed is decided by `remove_learned`, once the outlet's repeated lines are known."""
    titles = _title_index(lines, title)
    read = _Lines(lines) if read is None else read
    return [not (end.endswith(_SENTENCE_END) or words > MAX_WORDS or i in titles or words == 0
                 or (words >= HEADLINE_WORDS and _quotation(end)))
            for i, (words, end) in enumerate(zip(read.words, read.ends, strict=True))]


# an item of a list by its label ("Xe khách trên 30 chỗ: đi theo …"): up to eight words, ":" and its value (`_listed`)
_LIST_LABEL = re.compile(r"\s*[-•+*]?\s*[^\W\d_][\w/&.,]*(?:\s+[\w/&.,]+){0,7}\s*:\s*\S")  # ("Xe cứu thương, xe cứu hỏa:")


def _listed(read: _Lines, found: list[LearnedPattern | None]) -> list[bool]:
    """Items of a list the article announces ("Các số đường dây nóng:", "Cụ thể:" after a sentence): the
    lines after the announcing line, up to one of more than 16 words (round 17: but an item of the "label: value" shape
    under one of that shape, up to `MAX_WORDS`, after which only such items go on) or ending in ":", or up to the first
    line the outlet repeats in `ANYWHERE_SHARE` of its pages and in more than twice as many pages as the
    announcing line (items repeat with the line that announces them; the outlet's template starts there).
    An announcing line the outlet does not repeat gives no such end: its list runs to the first long line."""
    out = [False] * len(found)
    listed, intro, labelled = False, 0, False
    for i, (words, end) in enumerate(zip(read.words, read.ends, strict=True)):
        p = found[i]
        # (round 17: an item longer than the others, of their "label: value" shape, goes on with them: "Xe từ Hà Nội đi
        # Hải Phòng: rẽ phải vào đường gom, …" under "Xe khách trên 30 chỗ: đi theo …"; past it, only items of that
        # shape do: a caption under it is no item)
        label = _LIST_LABEL.match(end) is not None if listed else False
        if listed and WIDGET_WORDS * 2 < words <= MAX_WORDS and out[i - 1] and not end.endswith(":") and label \
                and _LIST_LABEL.match(read.ends[i - 1]) is not None:
            out[i], labelled = True, True
            continue
        if listed and words <= WIDGET_WORDS * 2 and not end.endswith(":") and (label or not labelled):
            if p is not None and p.anywhere and intro and p.support > 2 * intro and not _list_meets_text(read, i):
                listed = False
            else:
                out[i] = True
                continue
        listed, labelled = read.announces(i), False
        intro = p.support if listed and p is not None else 0
        out[i] = listed and words > WIDGET_WORDS  # a long announcing line reads as the article's own
    return out


def _list_meets_text(read: _Lines, i: int) -> bool:
    """Round 15: line i is the list's last line, right over a sentence of the article (the next paragraph): it ends
    the article's list (a spec list whose "Hệ điều hành: Android 14" the outlet's spec box prints on many pages), no
    template starts there. A box of the outlet's under the list (a header, its items) has lines of its own below its
    first one."""
    return i + 1 < len(read.words) and read.prose[i + 1] and read.words[i + 1] > WIDGET_WORDS * 2


def _announced_rows(lines: list[str], read: _Lines) -> list[bool]:
    """Tester finding F13: data lines a sentence of the article announces in words with any ending, and that
    sentence (`boilerplate.announced_data`: "… nhiệt độ các thành phố lớn như sau" over "Hà Nội: 18-24°C", …), under
    the article's text: the article's own, as the rules keep them, never a part of them learned away because this
    week's forecast repeats the shape of last week's."""
    # (issue 17: the rule engine is loaded where documents are cleaned, not by every importer of this module)
    from cleaners.boilerplate import announced_data

    out = [False] * len(lines)
    for j in range(1, len(lines)):
        if (read.prose[j - 1] or read.words[j - 1] > 2 * WIDGET_WORDS) and (rows := announced_data(lines, j)):
            out[j:j + 1 + rows] = [True] * (1 + rows)
    return out


# a field of a fact box: a short label, ":" and its value ("Giờ mở cửa: 6h30 - 19h", "Điện thoại ban quản lý: 0270 …")
_FACT_FIELD = re.compile(r"\s*[-•+*]?\s*[^\W\d_]\w*(?:\s+[\w/&.]+){0,4}\s*:\s*\S")


_ADVERT_ANCHOR = re.compile(r"(?i)công ty|\bcty\b|tập đoàn|\btnhh\b|cổ phần|liên hệ|e-?mail|@|www\.|https?://"
                            r"|\.(?:com|vn|net|org)\b|website|\bweb\b|\bfax\b|showroom|cửa hàng|đại lý")


def _fact_box(lines: list[str], read: _Lines, found: list[LearnedPattern | None]) -> list[bool]:
    """Round 10: the article's fact box ("Giá vé tham quan: … đồng/người lớn.", "Giờ mở cửa: 6h30 - 19h hằng ngày.",
    "Điện thoại ban quản lý: 0270 …" under a travel story): a field line right under a field line of the article
    that ends like a sentence and that the outlet does not repeat, and the field lines that follow it. Its last
    field's shape repeats from one story to the next (the digits are masked) but it is the article's; a footer's
    fields ("Tòa soạn: …", "Điện thoại: …") are the outlet's lines, all of them repeated, and an advertiser's contact
    box names its company, e-mail or web address."""
    out = [False] * len(lines)
    fields = [_FACT_FIELD.match(line) is not None for line in lines]
    for i, j in _runs(fields):
        # an advertiser's contact box is no fact box: no line of the run, nor the one over it, names a company, a
        # contact, an e-mail or a web address ("Liên hệ: Công ty X" over "Hà Nội: 96 Lò Đúc, ĐT: …, Email: …")
        if not any(_ADVERT_ANCHOR.search(lines[k]) for k in range(max(i - 1, 0), j)):
            for k in range(max(i, 1), j):
                out[k] = out[k - 1] or (fields[k - 1] and found[k - 1] is None and read.prose[k - 1])
    return out


@dataclass(frozen=True)
class LineStat:
    outlet: str
    key: str
    n_docs: int
    example: str


@dataclass(frozen=True)
class LearnedPattern:
    outlet: str
    key: str
    support: int  # distinct documents of the outlet carrying the line
    example: str
    pinned: bool = False
    anywhere: bool = False  # in `ANYWHERE_SHARE` of the outlet's documents: a template line even between sentences
    zone_only: bool = False  # support under `min_docs` (at least `zone_support`): removed only in the template zone


@dataclass
class PatternConfig:
    """Pins and denies: {outlet or "*": set of line keys}."""

    pin: dict[str, set[str]] = field(default_factory=dict)
    deny: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> PatternConfig:
        """Read `[[pin]]` / `[[deny]]` tables with `outlet` (default "*") and `line`."""
        cfg = cls()
        if path is None:
            return cfg
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        for kind in ("pin", "deny"):
            for entry in data.get(kind, []):
                getattr(cfg, kind).setdefault(entry.get("outlet", "*"), set()).add(pattern_key(entry["line"]))
        return cfg

    def pinned(self, outlet: str) -> set[str]:
        return self.pin.get("*", set()) | self.pin.get(outlet, set())

    def denied(self, outlet: str, key: str) -> bool:
        return key in self.deny.get("*", ()) or key in self.deny.get(outlet, ())


_KEYS: dict[str, str] = {}  # `pattern_key` of lines seen lately (issue 17: a document's kept lines are keyed twice)
_KEYS_MAX = 65536


def _pattern_key_cached(line: str) -> str:
    key = _KEYS.get(line)
    if key is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        key = _KEYS[line] = pattern_key(line)
    return key


def line_keys(lines: list[str], title: str | None = None) -> list[str | None]:
    """Each line's learning key (`pattern_key`), None where nothing may be learned (`learnable`)."""
    return [(_pattern_key_cached(line) or None) if ok else None
            for line, ok in zip(lines, learnable(lines, title), strict=True)]


def _verbatim(line: str) -> str:
    return " ".join(match_tokens(line))


def doc_line_keys(lines: list[str], title: str | None = None, keys: list[str | None] | None = None) -> dict[str, str]:
    """Distinct keys a document teaches, each with one example line (`keys`: the document's `line_keys`,
    when the caller has them already). A line whose digits its key masks also teaches its verbatim key:
    between two of the article's sentences only a verbatim repeat counts (a widget), while the
    article's own list (prices of the week, results) repeats only its digit-masked shape.
    `lines` should be the whole document, the lines the rules removed included: they are the outlet's
    template too, and count towards the support of its lines wherever the rules did not catch them."""
    out: dict[str, str] = {}
    for line, key in zip(lines, line_keys(lines, title) if keys is None else keys, strict=True):
        if key and key not in out:
            out[key] = line
            if any(map(str.isdigit, line)) and (word := _verbatim(line)) != key:
                out.setdefault(word, line)
    return out


def document_keys(kept: list[str], kept_numbers: list[int], removed: Iterable[tuple[int, str]],
                  title: str | None = None) -> tuple[list[str | None], dict[str, str]]:
    """`line_keys(kept, title)` and `doc_line_keys(whole_lines(kept, kept_numbers, removed), title)`, each line
    read once (issue 17: the kept lines were read, and compared with the title, in both lists). A line's
    learnability is its own but for the title: the lines equal to a `title` field in both lists, without one
    the first line of each list."""
    pairs = sorted([*zip(kept_numbers, kept, strict=True), *removed])  # `whole_lines`' order
    whole = [text for _, text in pairs]
    read = _Lines(whole)
    own = [not (end.endswith(_SENTENCE_END) or words > MAX_WORDS or words == 0
                or (words >= HEADLINE_WORDS and _quotation(end)))
           for words, end in zip(read.words, read.ends, strict=True)]
    in_kept = set(kept_numbers)
    if title and title.strip():
        want = match_tokens(title)
        titled = [bool(want) and ok and same_match_tokens(line, want) for line, ok in zip(whole, own, strict=True)]
        kept_titled = [t for t, (no, _) in zip(titled, pairs, strict=True) if no in in_kept]
    else:  # (a title is only ever taken from a line that is no sentence and short: `own` decides the rest)
        titled = [i == 0 and ok and _headline_first(line) for i, (line, ok) in enumerate(zip(whole, own, strict=True))]
        kept_titled = [False] * len(kept)
        if kept and kept_numbers[0] == pairs[0][0]:
            kept_titled[0] = titled[0]
        elif kept:
            kept_titled[0] = _headline_first(kept[0])
    whole_keys: list[str | None] = []
    kept_keys: list[str | None] = []
    for (no, line), ok, title_line in zip(pairs, own, titled, strict=True):
        key = (_pattern_key_cached(line) or None) if ok else None
        whole_keys.append(None if title_line else key)
        if no in in_kept:
            kept_keys.append(None if kept_titled[len(kept_keys)] else key)
    return kept_keys, doc_line_keys(whole, title, whole_keys)


DOC_KEY = ""  # the key of one row per document an outlet taught: its document count (no line has an empty key)


def whole_lines(kept: list[str], kept_numbers: list[int], removed: Iterable[tuple[int, str]]) -> list[str]:
    """A document's lines in input order, those the rules removed ((line number, text)) included."""
    return [text for _, text in sorted([*zip(kept_numbers, kept, strict=True), *removed])]


def anywhere_support(outlet_docs: int, min_docs: int) -> int:
    """Support that makes a line a template line wherever it stands: `ANYWHERE_SHARE` of the outlet's
    documents, and never less than `min_docs`."""
    return max(min_docs, math.ceil(ANYWHERE_SHARE * outlet_docs))


def zone_support(min_docs: int) -> int:
    """Support enough for a line inside the template zone, where the outlet's repeated lines surround it:
    three fifths of `min_docs` (3 of the default 5), at least 3 (never more than `min_docs`). Only short
    widget-like lines (at most `WIDGET_WORDS` words) are learned with it: a longer line needs `min_docs`."""
    return min(min_docs, max(3, math.ceil(min_docs * 3 / 5)))


def learn_patterns(stats: Iterable[LineStat], min_docs: int, config: PatternConfig | None = None,
                   outlet_docs: dict[str, int] | None = None) -> dict[str, dict[str, LearnedPattern]]:
    """Learned patterns by outlet from cumulative per-outlet line statistics (`outlet_docs`: documents
    each outlet taught; a short line in `ANYWHERE_SHARE` of them is marked `anywhere`)."""
    config = config or PatternConfig()
    outlet_docs = outlet_docs or {}
    by_key: dict[str, list[LineStat]] = {}
    for s in stats:
        by_key.setdefault(s.key, []).append(s)
    out: dict[str, dict[str, LearnedPattern]] = {}
    for key, rows in by_key.items():
        if len({r.outlet for r in rows}) > 1 and len(key.split()) > WIDGET_WORDS:
            continue  # a sentence shared by several outlets: syndicated text, not an outlet's boilerplate
        by_outlet: dict[str, list[LineStat]] = {}
        for r in rows:
            by_outlet.setdefault(r.outlet, []).append(r)
        for outlet, own in by_outlet.items():
            row = max(own, key=lambda r: r.n_docs)
            support = sum(r.n_docs for r in own)
            short = len(key.split()) <= WIDGET_WORDS
            if support >= (zone_support(min_docs) if short else min_docs) and not config.denied(outlet, key):
                anywhere = (short and support >= anywhere_support(outlet_docs.get(outlet, 0), min_docs))
                out.setdefault(outlet, {})[key] = LearnedPattern(outlet, key, support, row.example, anywhere=anywhere,
                                                                 zone_only=support < min_docs)
    for outlet, keys in config.pin.items():
        for key in keys:
            out.setdefault(outlet, {})[key] = LearnedPattern(outlet, key, 0, key, pinned=True, anywhere=True)
    return out


def patterns_for(learned: dict[str, dict[str, LearnedPattern]], outlet: str) -> dict[str, LearnedPattern]:
    """The patterns that apply to one outlet: its own plus those pinned for every outlet (`"*"`); a pin wins
    over the outlet's own learned row of the same key (which, unpinned, applies only where learned lines go)."""
    own, everyone = learned.get(outlet, {}), learned.get("*", {})
    if not everyone:
        return own
    merged = {**everyone, **own}
    for key, pattern in everyone.items():
        if pattern.pinned and not merged[key].pinned:
            merged[key] = pattern
    return merged


def template_zone(found: list[bool], read: _Lines, own: list[bool] | None = None) -> list[bool]:
    """The head and tail of a page that are the outlet's template: the first `HEAD_ZONE` and last
    `TAIL_ZONE` lines, grown through consecutive lines that are the outlet's learned lines (the lines the
    rules removed are already gone, so the zone runs through them), across at most `ZONE_GAP` other
    lines that are no sentence when a learned line follows. A sentence of the article ends it, and so does
    a line of its own (`own`: an announced list's item, a table's cell)."""
    n = len(found)
    zone = [False] * n

    def grow(order: range, fixed: int) -> None:
        gap, learned = 0, False  # the zone grows past its fixed lines only from a learned line among them
        for step, i in enumerate(order):
            if read.prose[i] or (own is not None and own[i]) or (step >= fixed and not learned):
                return
            learned = learned or found[i]
            if found[i] or step < fixed:
                zone[i], gap = True, 0
                for j in pending:
                    zone[j] = True
                pending.clear()
            elif gap < ZONE_GAP:
                gap += 1
                pending.append(i)
            else:
                return

    pending: list[int] = []
    grow(range(n), HEAD_ZONE)
    pending.clear()
    grow(range(n - 1, -1, -1), TAIL_ZONE)
    return zone


ZONE_BLOCK = 3  # learned lines of two words or more around a lone word in the zone that make it the template's


def _zone_blocks(zone: list[bool], found: list[LearnedPattern | None], read: _Lines) -> list[int]:
    """For each line of the template zone, the learned lines of two words or more in its contiguous part."""
    out = [0] * len(zone)
    for i, j in _runs(zone):
        n = sum(1 for k in range(i, j) if found[k] is not None and read.words[k] >= 2)
        out[i:j] = [n] * (j - i)
    return out


TABLE_CELLS = 2  # lines of a run whose keys repeat within it that make the run a table ("D1", "A18", ...)


def _tables(read: _Lines, keys: list[str | None]) -> list[bool]:
    """The article's tables: in each run of lines that are no sentence, the lines whose key repeats within
    the page (a table's cells: "D1", "Khối A"), and when `TABLE_CELLS` of them make the run a table, the
    run from its start (the header row: "Trường", "Ngành", "Điểm") down to the last repeated cell."""
    seen = Counter(keys)
    out = [key is not None and seen[key] > 1 for key in keys]
    for i, j in _runs([not p for p in read.prose]):
        run = Counter(k for k in keys[i:j] if k is not None)
        cells = [n for n in range(i, j) if keys[n] is not None and run[keys[n]] > 1]
        if len(cells) >= TABLE_CELLS:
            out[i:cells[-1] + 1] = [True] * (cells[-1] + 1 - i)
    return out


def _anchored_runs(body: list[LearnedPattern | None], between: list[int]) -> list[bool]:
    """For each line, whether it stands in a run of more than `FLOW_RUN_MAX` short lines between two
    sentences that holds two lines learned with full support (an advert box, a widget block): only there
    a repeated line goes (a flower "Cát tường" in the article's list stays though an advertiser's name
    repeats it), its zone-support lines too."""
    out = [False] * len(body)
    i = 0
    while i < len(body):
        if between[i] <= FLOW_RUN_MAX:
            i += 1
            continue
        j = i + between[i]
        if sum(1 for p in body[i:j] if p is not None and not p.zone_only) >= 2:
            out[i:j] = [True] * (j - i)
        i = j
    return out


def _lead(line: str) -> str:
    """A line's first word with its digits masked ("Năm", "0h0:"): two items of one data block lead alike."""
    first = line.split(None, 1)
    return re.sub(r"\d+", "0", first[0].lower()) if first else ""


def _data_runs(lines: list[str], found: list[LearnedPattern | None], between: list[int], prose: list[bool]
               ) -> list[bool]:
    """Round 20: a run of short lines between two of the article's sentences that holds an item of this page's own
    data: a line no pattern took (the outlet never repeats it), of `HEADLINE_WORDS` words of letters to twice
    `WIDGET_WORDS` words, with a number
    (a year, a time of day, a dose: "Năm 1833: Tài liệu được lập …", "9h15: Tổ tuần tra xuất phát …"), and no link
    mark of a related headline, two such items in a row leading alike (`_lead`: "Năm …" over "Năm …", "9h15: …" over
    "10h00: …"; a lone dated headline left of a related box, an appeal's account lines lead each their own way). The run is the article's data block under its sub-heading ("Niên biểu", "Các mốc
    chính"), however often the outlet's writers reuse that heading or a fixed line of the block; so is the page's last run
    of such lines under a sentence (the article's last block, the tail's chrome below it taken by the rules), in the
    template zone too. The block runs from the run's first line, or from the line announcing a list ("…:") above its
    first item, down to its last item: a widget over the list's announcing line ("Chia sẻ ngay"), an outlet's box under
    its last item ("So sánh nhanh"), a credit under the last block ("Ban biên tập") are no part of it. A widget or advert
    box between two paragraphs is the outlet's whole, all of its lines repeated, and an advertiser's box names its company,
    hotline or web address (`_ADVERT_ANCHOR`). Its lines stay."""
    from cleaners.boilerplate import link_marked  # the rule engine loads where it cleans

    n = len(lines)
    out = [False] * n
    runs = [(i, i + between[i]) for i in range(n) if between[i] and (i == 0 or not between[i - 1])]
    if n and not prose[-1]:  # (the page's last run, under a sentence: the article's last block, the tail's chrome gone)
        i = n - 1
        while i > 0 and not prose[i - 1]:
            i -= 1
        if i > 0 and not between[i]:
            runs.append((i, n))
    for i, j in runs:
        items = [k for k in range(i, j) if found[k] is None and len(lines[k].split()) <= 2 * WIDGET_WORDS
                 and any(map(str.isdigit, lines[k])) and _has_letter_words(lines[k], HEADLINE_WORDS)
                 and not link_marked(lines[k])]
        if any(b == a + 1 and _lead(lines[a]) == _lead(lines[b]) for a, b in zip(items, items[1:], strict=False)) \
                and not any(_ADVERT_ANCHOR.search(lines[k]) for k in range(i, j)):  # (an advert names its seller)
            # the block: from the line announcing it (a list's "…:" line) or the run's first line, down to its last item
            start = next((k for k in range(items[0] - 1, i - 1, -1) if lines[k].rstrip().endswith(":")), i)
            out[start:items[-1] + 1] = [True] * (items[-1] + 1 - start)
    return out


def _boxes_under_header(lines: list[str], read: _Lines, found: list[LearnedPattern | None], zone: list[bool],
                        between: list[int]) -> list[tuple[int, int]]:
    """Round 19: a related box whose header is the outlet's own, between two of the article's sentences: a short
    learned line being removed ("Toàn cảnh Kỳ họp thứ Bảy", no ":" at its end) right under a sentence, over two to six
    headlines no pattern took (three words or more, a capital first, no sentence end, no list's bullet) running down to
    the article's next sentence, one of them at least marked as a link (a date in brackets or after a dash, a chevron,
    the kind of media it leads to: `link_marked`). The (start, end) of each box's headlines. An article's list under
    a repeated sub-heading has no such marks, and a list the article announces ends with ":" above it."""
    from cleaners.boilerplate import link_marked  # the rule engine loads where it cleans

    out = []
    for i in range(1, len(lines) - 2):
        p = found[i]
        if p is None or p.pinned or zone[i] or not between[i] or not read.prose[i - 1] or read.words[i] > 6 \
                or read.ends[i].endswith(":"):
            continue
        j = i + between[i]  # the article's next sentence
        items = range(i + 1, j)
        if 2 <= len(items) <= 6 and all(
                found[x] is None and 3 <= read.words[x] <= 25 and lines[x].lstrip()[:1].isupper()
                and not read.ends[x].endswith((":", "?", ";", ",")) and not _BULLET.match(lines[x]) for x in items) \
                and any(link_marked(lines[x]) for x in items):
            out.append((i + 1, j))
    return out


def remove_learned(lines: list[str], line_numbers: list[int], patterns: dict[str, LearnedPattern],
                   title: str | None = None, keys: list[str | None] | None = None,
                   pinned: dict[str, LearnedPattern] | None = None,
                   ) -> tuple[list[str], list[int], list[RemovedLine]]:
    """Drop lines whose key is a learned (or pinned) pattern where the page's template lives; return kept
    lines, their numbers, and the removed lines with their rule. The document's title always stays.
    `keys`: the lines' `line_keys(lines, title)` when the caller has them already (issue 17: extract
    computes them).

    Where: in the template zone (`template_zone`) any learned line; elsewhere a short widget-like line
    (at most `WIDGET_WORDS` words), except one or two short lines standing between two of the article's
    sentences (a quoted person's name and role), which go only when the outlet repeats them in
    `ANYWHERE_SHARE` of its documents (`LearnedPattern.anywhere`: a widget label, a comment prompt); a
    longer run of short lines between two sentences matches by its verbatim key only (this week's
    price list repeats its shape, not its numbers). A longer line outside the zone always stays.
    A pinned line (`[[pin]]`) goes wherever it stands, whatever its length or shape: only the title stays.
    `pinned`: `pinned_patterns(patterns)` when the caller has it (issue 17: a batch's documents share their
    outlet's patterns; picking the pins out of them again for every document was a fifth of sign)."""
    if not patterns:
        return lines, line_numbers, []
    keys = line_keys(lines, title) if keys is None else keys
    found = [patterns.get(key) if key else None for key in keys]
    pins = _pinned_lines(lines, pinned_patterns(patterns) if pinned is None else pinned, title)
    if not any(found):  # most documents: nothing to remove (issue 17: no copy of their lines)
        if not any(pins):
            return lines, line_numbers, []
        return _drop(lines, line_numbers, pins)
    from cleaners.boilerplate import quoted_hashtags, signature_rows  # the rule engine loads where it cleans

    read = _Lines(lines)
    # the article's own: the items of a list it announces, a table (its cells repeat in the page)
    # (round 10: a reprinted document's signature block, a fact box's fields)
    own = [listed or table or data or signed or fact for listed, table, data, signed, fact
           in zip(_listed(read, found), _tables(read, keys), _announced_rows(lines, read), signature_rows(lines),
                  _fact_box(lines, read, found), strict=True)]
    own = [mine or head or closing or answer or step or timed for mine, head, closing, answer, step, timed
           in zip(own, _kept_subheadings(lines, line_numbers, read), _closing_lines(lines, read, found, patterns),
                  _answer_marks(lines, read), step_runs(lines), programme_runs(lines), strict=True)]
    # (round 17: a how-to's steps; round 18: a programme of timed items and its heading)
    if "#" in "".join(lines):  # (round 13: the hashtags the article quotes under its sentence)
        for j in quoted_hashtags(lines):
            own[j] = True
    found = [None if mine else p for p, mine in zip(found, own, strict=True)]
    listing = [bool(_BULLET.match(line)) for line in lines]
    listing = [b or (i + 1 < len(lines) and listing[i + 1]) for i, b in enumerate(listing)]  # items and their header
    # a bulleted list ends the zone too ("- Cử nhân quản trị kinh doanh" above "Chi phí:")
    zone = template_zone([p is not None for p in found], read, [a or b for a, b in zip(own, listing, strict=True)])
    between = _between_sentences(lines, read.prose)
    body = [None if p is None or zone[i] or not between[i] or read.words[i] > WIDGET_WORDS
            else patterns.get(_verbatim(lines[i])) if any(map(str.isdigit, lines[i])) else p
            for i, p in enumerate(found)]  # a short line between two sentences: by its verbatim key if it has digits
    anchored = _anchored_runs(body, between)
    dated = _data_runs(lines, found, between, read.prose)
    blocks = _zone_blocks(zone, found, read)
    for i, pattern in enumerate(found):
        if pattern is None:
            continue
        if dated[i]:  # (round 20: the article's data block and its heading, see `_data_runs`)
            found[i] = None
            continue
        if zone[i]:  # a lone word or number ("Anh", "1.200.000") goes only inside a block of the template
            if read.words[i] < 2 and blocks[i] < ZONE_BLOCK:
                found[i] = None
            continue
        if listing[i] or read.words[i] < 2:  # the article's list ("- Kế toán"), a heading word
            found[i] = None
        elif not between[i]:
            if read.words[i] > WIDGET_WORDS or pattern.zone_only or not pattern.anywhere:
                found[i] = None
        else:
            pattern = body[i]
            if pattern is None or (between[i] > FLOW_RUN_MAX and not anchored[i] and not pattern.anywhere) or (
                    pattern.zone_only and not anchored[i]) or (between[i] <= FLOW_RUN_MAX and not (
                    pattern.anywhere and between[i] == 1 and not _name_like(lines[i]))):
                found[i] = None
            else:
                found[i] = pattern
    for i, j in _boxes_under_header(lines, read, found, zone, between):
        found[i:j] = [found[i - 1]] * (j - i)
    for i in range(len(lines) - 2, -1, -1):  # a line announcing what follows ("Các số đường dây nóng:", "Trả lời:")
        if found[i] is not None and read.ends[i].endswith(":") and found[i + 1] is None:  # goes only with it
            found[i] = None
    return _drop(lines, line_numbers, [pin or p for pin, p in zip(pins, found, strict=True)])


def pinned_patterns(patterns: dict[str, LearnedPattern]) -> dict[str, LearnedPattern]:
    """The pinned ones (a user's `[[pin]]`) of an outlet's patterns, by key."""
    return {key: p for key, p in patterns.items() if p.pinned}


def _pinned_lines(lines: list[str], pinned: dict[str, LearnedPattern], title: str | None
                  ) -> list[LearnedPattern | None]:
    """Each line's pin (`pinned`: `pinned_patterns`, matched by `pattern_key` on every line but the title), else None."""
    if not pinned:
        return [None] * len(lines)
    titles = _title_index(lines, title)
    return [None if i in titles else pinned.get(pattern_key(line)) for i, line in enumerate(lines)]


def _drop(lines: list[str], line_numbers: list[int], found: list[LearnedPattern | None]
          ) -> tuple[list[str], list[int], list[RemovedLine]]:
    """Split lines into kept ones (no pattern) and removed ones with their rule."""
    from cleaners.boilerplate import RemovedLine

    kept, kept_no, removed = [], [], []
    for line, no, pattern in zip(lines, line_numbers, found, strict=True):
        if pattern is None:
            kept.append(line)
            kept_no.append(no)
        else:
            removed.append(RemovedLine(no, line, PINNED_RULE if pattern.pinned else LEARNED_RULE))
    return kept, kept_no, removed
