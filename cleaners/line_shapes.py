"""Shapes of a line that the rules and the learner both read: a sentence's end, a headline or sentence with
content words (`reads_as_text`), a person's name (`name_like`), one of the article's sub-headings
(`subheading_like`). One module so that `boilerplate` and `learned` share them without importing each other."""

from __future__ import annotations

import re

import regex

SENTENCE_END = (".", "!", "?", "…", ".\"", ".”", "!\"", "!”", "?\"", "?”", "…\"", "…”", ".»", "!»", "?»")
HEADLINE_WORDS = 4  # a first line of at least this many words (and no ":" at its end) is a title
# Marks of a widget line whose digits change from page to page: a time of day, a contact label,
# an address or a separator bar.
WIDGET_MARK = re.compile(r"\d{1,2}[:h]\d{2}\b|@|\||•|»|\b(?:hotline|đường dây nóng|điện thoại|đt|tel|fax|"
                         r"e-?mail|website)\b", re.IGNORECASE)


def reads_as_text(line: str) -> bool:
    """A headline or sentence with content words, not a widget label: at least four words of
    letters, at most one token with digits per two such words, no widget marks."""
    words = numbers = 0
    for t in line.split():  # (issue 17: one pass over the tokens, a word of letters only answered at once)
        if t.isalpha():
            words += 1
        elif any(c.isdigit() for c in t):
            numbers += 1
        elif any(c.isalpha() for c in t):
            words += 1
    return (words >= HEADLINE_WORDS and numbers * 2 <= words and not line.rstrip().endswith(":")
            and not WIDGET_MARK.search(line))


def name_like(line: str) -> bool:
    """A person's name, or a title of words all capitalised ("Ông Lâm Quốc Bảo", "TS. Nguyễn Văn A"):
    between two sentences it is a quoted person's, however often the outlet quotes them."""
    words = line.split()
    return all(w[0].isupper() for w in words) and not line.isupper()


# Round 13: a sub-heading of the article ("Những mùa hè không nghỉ"): a headline's shape (`reads_as_text`), a capital
# first letter, not every word capitalised (a name, a by-line) nor in capitals (an advert's call), no closing
# punctuation, none of a label's or a list's marks (`NOT_HEADING`: "Tài liệu tham khảo: …", "Tag A, B, C", "Bài 2: …").
SUBHEADING_MAX_WORDS = 12
BODY_HEADING_WORDS = 5  # the fewest words of a sub-heading the learner keeps between two paragraphs
NOT_HEADING = re.compile(r"[:,;|/»›>•·]|\s[-–]\s")
# Round 14: an editorial team's by-line ("Nhóm phóng viên Ban Dân tộc", "Ban biên tập Báo X") is no sub-heading either.
TEAM_BYLINE = re.compile(r"\s*(?:nhóm (?:phóng viên|pv|ctv|tác giả|thực hiện)|ban biên tập)\b", re.IGNORECASE)


def subheading_like(line: str) -> bool:
    """A line shaped as one of the article's sub-headings (see `SUBHEADING_MAX_WORDS`)."""
    text = line.strip()
    return (bool(text) and text[0].isupper() and len(text.split()) <= SUBHEADING_MAX_WORDS and not name_like(text)
            and not text.isupper() and not text.endswith((*SENTENCE_END, ")")) and not NOT_HEADING.search(text)
            and not TEAM_BYLINE.match(text) and reads_as_text(text))


# Round 17: a procedure's step, numbered ("Bước 1: Tải ứng dụng …", "Bước 2. Chọn mục …"): its number.
STEP_ITEM = re.compile(r"\s*[-+•*]?\s*bước\s+(\d{1,2})\s*[:.)\-–]\s*\S", re.IGNORECASE)


def step_runs(lines: list[str]) -> list[bool]:
    """Round 17: the lines of a run of two or more steps numbered in turn ("Bước 1: …" / "Bước 2: …" / "Bước 3: …"):
    the article's how-to, never a related box's headlines (no headline numbers a procedure's steps one after another)
    nor a template the outlet repeats (a how-to its writers reuse is still its article's text)."""
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        m = STEP_ITEM.match(lines[i])  # (anchored: most lines fail at their first letter)
        if m is None:
            i += 1
            continue
        j, number = i + 1, int(m[1])
        while j < len(lines) and (n := STEP_ITEM.match(lines[j])) is not None and int(n[1]) == number + (j - i):
            j += 1
        if j - i >= 2:
            out[i:j] = [True] * (j - i)
        i = j
    return out


# Round 18: an item of a programme or timeline: a time of day, or a span of two, then a colon and what happens then
# ("8h00 - 9h30: Quốc hội biểu quyết …", "14h00: Họp tổ", "4h06: Tổng đài 114 nhận tin báo"), or a part of the day
# with a colon ("Buổi chiều: Họp Đoàn"). A headline's time stamp has no colon after it ("08:30 Bão số 3 …"), a
# broadcaster's guide a dash ("07:25 - Bản tin tài chính").
_CLOCK = r"\d{1,2}\s*(?:h|giờ|:)\s*(?:\d{2})?"
PROGRAMME_TIME = regex.compile(r"\s*[-+•*]?\s*" + _CLOCK + r"(?:\s*(?:[-–]|đến)\s*" + _CLOCK + r")?\s*:\s*\S",
                               regex.IGNORECASE)
PROGRAMME_PART = regex.compile(r"\s*[-+•*]?\s*(?:buổi\s+)?(?:sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay|mai|cùng ngày))?\s*:\s*\S",
                               regex.IGNORECASE)
# The heading of such a run, right above it: a short line that names a programme, an agenda or a sequence of events
# ("Chương trình đêm thơ", "Lịch làm việc ngày 23/11", "Diễn biến vụ cháy"), or a day alone ("Ngày 23/11").
PROGRAMME_HEAD = regex.compile(r"\s*(?:(?:chương trình|lịch|lịch trình|nghị trình|diễn biến|trình tự|thời gian biểu"
                               r"|kịch bản|timeline)(?!\w)[^.!?:;]{0,60}|(?:thứ\s+\w+,?\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}"
                               r"(?:/\d{2,4})?)\s*:?\s*", regex.IGNORECASE)
PROGRAMME_HEAD_MAX_WORDS = 8


def programme_runs(lines: list[str]) -> list[bool]:
    """Round 18: the lines of a programme or timeline (the items of `PROGRAMME_TIME`, two or more of them timed, with
    the parts of the day between them, and the heading right above, `PROGRAMME_HEAD`): the article's schedule wherever
    it stands, never a related box's headlines nor a template the outlet repeats (its items are the article's)."""
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        j, timed = i, 0
        while j < len(lines) and (PROGRAMME_TIME.match(lines[j]) or (j > i and PROGRAMME_PART.match(lines[j]))):
            timed += PROGRAMME_TIME.match(lines[j]) is not None
            j += 1
        if timed >= 2:
            out[i:j] = [True] * (j - i)
            if i > 0 and len(lines[i - 1].split()) <= PROGRAMME_HEAD_MAX_WORDS \
                    and PROGRAMME_HEAD.fullmatch(lines[i - 1]) is not None:
                out[i - 1] = True
        i = max(j, i + 1)
    return out


_NOT_RUNNING = regex.compile(r"[^\p{L}\s,]")  # a mark that is no letter, space or comma: a digit, a label's colon, a bar


def closing_prose(line: str, n_words: int) -> bool:
    """A line of running text without its full stop, an article's closing line ("Hai bên hẹn gặp lại tại hội nghị năm
    sau"): five to fifteen words, a capital first, most words after it in lower case, no digit nor any mark but a comma."""
    rest = line.split()[1:]
    return 5 <= n_words <= 15 and line[:1].isupper() and _NOT_RUNNING.search(line.rstrip(".!?…")) is None \
        and sum(w[:1].islower() for w in rest) >= 0.8 * len(rest)
