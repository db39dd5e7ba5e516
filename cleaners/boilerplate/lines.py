"""What one line reads as under the rule set (`LineReading`), the questions every zone asks: prose
(`reads_as_text`), the first rule matching it (`_first`), a headline or a link, a related box's header (weak or
strong), a list's intro, an advert's head, a line naming articles."""

from __future__ import annotations

from cleaners.boilerplate.shapes import (
    _ADDRESS,
    _DATA_ITEM,
    _INFO_FIELD,
    _MENU_BREAK,
    _OPENING_LABEL,
    _QUESTION_MARK,
    _QUOTED,
    _SENTENCE_END,
    _STAMP,
    _STREET,
    QUOTE_BLOCK_WORDS,
)
from cleaners.rules import Rule


class LineReading:
    """Questions about one line that need the rule set (`self.rules`); mixed into `BoilerplateCleaner`."""

    def _intro(self, line: str) -> bool:
        """Does the line announce a list below it: it ends with ":", or (round 7) asks the reader in words to
        reach someone ("Người dân cần hỗ trợ xin liên hệ", `list_intro`)?"""
        intro = self.rules.list_intro
        return line.rstrip().endswith(":") or (intro is not None and intro.fullmatch(line) is not None)

    def _advert_head(self, line: str) -> bool:
        """An advertiser's name opening an advert block ("Công ty Cổ phần X"): a contact anchor, no colon,
        no digit."""
        anchor = self.rules.contact_anchor
        return anchor is not None and anchor.search(line) is not None and ":" not in line \
            and not any(ch.isdigit() for ch in line)

    def _names_articles(self, line: str) -> bool:
        """Does the line name a list of articles ("Các tin, bài khác:"): a noun of articles and a second
        header word, whatever its punctuation?"""
        return self._strong_header(_MENU_BREAK.sub(" ", line).strip())

    def _opens_block(self, line: str) -> bool:
        """Does the line open a related block with its own label, alone or before its first headline ("Xem thêm: …",
        "Tin liên quan", "(Đọc thêm >> …)"): the label a related block's header rule knows?"""
        label = _OPENING_LABEL.split(line.strip(), maxsplit=1)[0].strip(" ([*•►▶▸→+-–")
        n = len(label.split())
        return n > 0 and any(r.name == "related_links" and r.matches(label, n) for r in self._blocks)

    def _related_header(self, line: str, n_words: int) -> bool:
        """A short header with a word that names a list of articles; one ending with ":" must be a
        strong header (`_strong_header`): "Các điểm bán hàng mới:" announces the article's own list."""
        words = self.rules.related_header
        s = line.rstrip()
        if s.endswith(":"):
            return self._header_like(s[:-1], n_words) and self._strong_header(s[:-1])
        return self._header_like(line, n_words) and words is not None and words.search(line) is not None

    def _strong_header(self, line: str) -> bool:
        """A header that names articles twice over: a noun of articles ("tin", "bài viết", "bạn đọc")
        and a second header word ("khác", "quan tâm", "đã đăng", "mới"): "Tin tức khác", "Bạn đọc quan tâm"."""
        nouns, words = self.rules.related_noun, self.rules.related_header
        if nouns is None or words is None or not self._header_like(line, len(line.split())):
            return False
        spans = [m.span() for m in nouns.finditer(line)]
        return bool(spans) and any(not any(a <= m.start() < b for a, b in spans) for m in words.finditer(line))

    def _header_like(self, line: str, n_words: int) -> bool:
        return n_words <= self.rules.tail_header_max_words and not _MENU_BREAK.search(line)

    def _marked(self, line: str) -> bool:
        m, w = self.rules.tail_link_mark, self.rules.tail_link_weak_mark
        return (m is not None and m.search(line) is not None) or (w is not None and w.search(line) is not None)

    def _link_like(self, line: str, n_words: int) -> bool:
        """A headline: four words or more (fewer when marked as a link), mostly words, not numbers
        (a table's cells are not headlines), starting with a capital, a digit or a mark, no sentence end."""
        s = line.strip()
        if not (2 <= n_words <= self.rules.headline_max_words) or s.endswith(_SENTENCE_END) \
                or s[:1].islower() or _ADDRESS.search(s) or _STREET.search(s) \
                or (n_words > QUOTE_BLOCK_WORDS and _QUOTED.fullmatch(s)):  # (round 13: a quote block)
            return False
        if (n_words < 4 and not self._marked(s)) or _DATA_ITEM.search(_STAMP.sub("D", s)):
            return False
        return sum(any(ch.isdigit() for ch in w) for w in s.split()) * 3 <= n_words

    def reads_as_text(self, line: str, n_words: int) -> bool:
        """A line of article prose: long, or a sentence."""
        if n_words >= self.rules.prose_min_words:
            return True
        end = self.rules.sentence_end
        return n_words >= self.rules.sentence_min_words and end is not None and end.search(line) is not None

    def _headline_like(self, line: str, n_words: int) -> bool:
        """(round 20: nor a photo's caption with its credit, `_credited_caption`; round 7: a place with its street number is an item of a list, no headline; round 11: nor a reader's
        question under its mark, "Hỏi: …"; round 13: nor an event's or a place's practical field, "Địa điểm: …",
        "Thời gian: …" (`_INFO_FIELD`), the article's info box under a box inside it, nor a quotation whole of more
        than `QUOTE_BLOCK_WORDS` words, a quote block, not a quoted headline)"""
        return (self.rules.headline_min_words <= n_words <= self.rules.headline_max_words
                and not line.rstrip().endswith(_SENTENCE_END) and not _ADDRESS.search(line)
                and not _STREET.search(line) and not _QUESTION_MARK.match(line) and not _INFO_FIELD.match(line)
                and not (n_words > QUOTE_BLOCK_WORDS and _QUOTED.fullmatch(line))
                and not self._credited_caption(line))

    def _credited_caption(self, line: str) -> bool:
        """Round 20: a sentence with its photo's credit after its full stop ("… tại một khu chợ. Ảnh Reuters",
        `credited_caption`): a caption of the article's photos, never a related headline."""
        caption = self.rules.credited_caption
        return caption is not None and caption.fullmatch(line) is not None

    def _first(self, rules: tuple[Rule, ...], line: str, n_words: int) -> Rule | None:
        """The first of `rules` matching the line (`RuleSet.first`: rules the line cannot match are skipped)."""
        return self.rules.first(rules, line, n_words)
