"""The closing zone (pass 2 of `BoilerplateCleaner.clean`, `TailZone`): the bottom-up scan of the article's end
(`_close`, `_claim_tail_line`, `_zone_fill`), a page's tail below the article (`_page_tail`: below the page's end,
under the signature, the article's end, link lines, an announced list, contact lines going on), a related box's
links in the tail (`_tail_links`), the contact runs that are the article's own list (`_release_lists`) and a
widget's tab labels over a related header (`_tab_labels`)."""

from __future__ import annotations

import re

import regex

from cleaners.boilerplate.shapes import (
    _ARROW_LINK,
    _CLIP_TIME,
    _CONTACT_ITEM,
    _DATA_LABELS,
    _EVENT_DETAIL,
    _HOUR,
    _INFO_FIELD,
    _INLINE_LINK,
    _INNER_BOX,
    _LABEL_VALUE,
    _LINK_ITEM,
    _QUOTED,
    _SENTENCE_END,
    _SHAPE_ONLY,
    _SIGNATURE,
    _SIGNATURE_MARK,
    _TITLED_SPEAKER,
    _WEAK_ITEM,
    _WEB_ADDRESS,
    HEADLINE_WORDS,
    _box_label,
)
from cleaners.line_shapes import subheading_like

_NUMBERED = re.compile(r"\s*(\d{1,2})\s*[.)]\s+[^\W\d_]")  # "1. Mua bán …", "2) So sánh …"


def _numbered_under_heading(lines: list[str]) -> bool:
    """Round 20: a short heading that is not numbered ("Nghiêm cấm các hành vi sau", "Người dân nên làm gì?") over two
    items or more numbered in turn from 1 ("1. …", "2. …" or "1) …", "2) …"), down to the run's end: the article's own
    list under its heading, not related headlines (a most-read box numbers its headlines under a header that names a
    list of articles, which the caller checks, and its first line is numbered too)."""
    if len(lines) < 3 or _NUMBERED.match(lines[0]) or len(lines[0].split()) > 10:
        return False
    numbers = [m.group(1) if (m := _NUMBERED.match(x)) else None for x in lines[1:]]
    return numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _numbered_lists(items, among: set[int]) -> set[int]:
    """Round 20: the lines of `among` (item numbers) that make a heading and its numbered list (`_numbered_under_heading`),
    each block of consecutive ones read from its first line down to its last numbered item."""
    out: set[int] = set()
    for k in sorted(among):
        if k in out or k - 1 in among or k + 2 not in among:
            continue
        m = k + 1
        while m in among and _NUMBERED.match(items[m][1]):
            m += 1
        if _numbered_under_heading([items[x][1] for x in range(k, m)]):
            out.update(range(k, m))
    return out


# Round 20: an e-mail or a web address in a line, the token whole (`TailZone._office_list`)
_ADDRESS_TOKEN = regex.compile(r"\S+@\S+|(?:https?://|www\.)\S+|[\w\-]+(?:\.[\w\-]+)*\.(?:com|vn|net|org|info|gov)(?:\.vn)?(?:/\S*)?")


class TailZone:
    """The closing zone's passes; mixed into `BoilerplateCleaner`."""

    def _tab_labels(self, items, words, labels) -> None:
        """Tester T6 F4: a widget's tab labels over a related block's header below the article ("Lịch thi đấu" /
        "Bảng xếp hạng" over "Tin khác"): two to four labels of at most four words (no punctuation, no digit), right
        under a kept sentence of the article (no list's intro) and over the header, all below it the page's."""
        for j in range(2, len(items)):
            if labels[j] != "related_links" or labels[j - 1] is not None or any(x is None for x in labels[j:]) \
                    or not (self._related_header(items[j][1], words[j]) or self._opens_block(items[j][1])):
                continue
            k = j - 1
            while k >= 0 and j - k <= 4 and labels[k] is None and words[k] <= 4 and self._menu_like(items[k][1]) \
                    and not any(ch.isdigit() for ch in items[k][1]):
                k -= 1
            above = items[k][1].rstrip() if k >= 0 else ""
            if k >= 0 and 2 <= j - 1 - k <= 4 and labels[k] is None and self.reads_as_text(above, words[k]) \
                    and above.endswith(_SENTENCE_END) and not above.endswith((":", ",", ";")):
                for x in range(k + 1, j):
                    labels[x] = "widget_label"
            return

    def _close(self, items, words, labels) -> None:
        """Label the closing zone bottom-up; then release contact runs that are the article's list.

        Unknown lines the scan passes are kept, unless they lie between two boilerplate lines of the
        zone, one of them of a class recognised by more than its shape (a credit, a share bar, tags,
        a related block: not only a name-shaped byline, a date or a contact line): a short line of no
        sentence there is a widget of the zone whatever its wording (`tail_widget`)."""
        rules, unknown, contact = self._tail + self._anywhere, 0, set()
        pending: list[int] = []  # unknown lines passed since the last boilerplate line below
        below: str | None = None  # the class of the boilerplate line under `pending`
        j = len(items)
        while j > 0:
            j -= 1
            if labels[j] is None:
                line = items[j][1]
                if j in self._quoted_tags:
                    break  # (round 12: hashtags the article quotes under its sentence are its text)
                if (top := self._claim_tail_line(items, words, labels, j, rules, contact)) is not None:
                    j = top
                else:
                    if self.reads_as_text(line, words[j]) or unknown >= self.rules.tail_unknown_max:
                        break
                    unknown += 1
                    pending.append(j)
                    continue
            # (round 8: not under a line a rule took by its shape alone that an announced list may hold: a time, a web address)
            if pending and below is not None and not self._list_item(items[j][1], labels[j]) \
                    and self._zone_fill(labels[j], below, [items[k][1] for k in pending]) \
                    and not _numbered_under_heading([items[k][1] for k in reversed(pending)]):  # (round 20)
                for k in pending:
                    labels[k] = "tail_widget"
            pending, below = [], labels[j]
        if contact:
            self._release_lists(items, labels, contact)

    def _claim_tail_line(self, items, words, labels, j, rules, contact: set[int]) -> int | None:
        """Label line `j` of a bottom-up tail scan by the first of `rules` (noting contact lines in
        `contact`), or as the bottom of a related run; returns where the scan goes on (`j`, or the
        run's top line), or None when nothing claims the line."""
        rule = self._first(rules, items[j][1], words[j])
        if rule is not None:
            labels[j] = rule.name
            if rule.group == "contact":
                contact.add(j)
            return j
        return self._tail_links(items, words, labels, j)

    def _page_tail(self, items, words, labels, forward) -> None:
        """A page's tail after the article (round 5): everything below the article's last line, when
        the zone holds page furniture (`tail_furniture`: a share bar, a comment form, a related
        block, a menu, a copyright line...), is boilerplate, whatever its wording.

        Read bottom-up from the end, passing every line that is not article text; the article ends at
        the first line that is (`_article_end`). Below it, lines a rule claims are labelled with their
        rule, related runs as related blocks, and every other line `tail_widget`, unless it is the
        article's own: a list the article announces (`_announced`), contact lines going on from an
        article that ends with one (`_continued_contacts`), or any line above the article's signature
        when the first line a rule claims below the article is a byline or a credit. Without
        `tail_furniture_min` furniture lines in the zone (a text that is only an article, with its
        credits) nothing changes: the closing scan above decided it."""
        furniture = self.rules.tail_furniture
        if not furniture:
            return
        trial = list(labels)
        rules = self._tail + self._anywhere
        unknown: list[int] = []
        contact: set[int] = set()
        signed: int | None = None  # round 8: the article's signature a page's sentence below it was read under
        j, end = len(items), None
        while j > 0:
            j -= 1
            if trial[j] is not None:
                continue
            if j in self._quoted_tags:  # (round 12: the hashtags the article quotes end it)
                end = j
                break
            if (top := self._claim_tail_line(items, words, trial, j, rules, contact)) is not None:
                j = top
            elif signed is not None and j > signed:
                unknown.append(j)  # between the signature and the page's sentence: no paragraph, at most two sentences
            elif self._article_end(items, words, trial, j) and not self._below_page_end(items, words, trial, j):
                if signed is None and (signed := self._under_signature(items, words, trial, j)) is not None:
                    unknown.append(j)
                    continue
                end = j
                break
            else:
                unknown.append(j)
        if end is None:
            if signed is None:
                return  # no article line at all: not a page's tail
            # round 8: an aggregator's page, its article only a title over its source's credit
            end = signed
            unknown = [k for k in unknown if k > end]
            trial[:end] = labels[:end]  # the signature keeps the credit's label the scan gave it
        if sum(trial[k] in furniture for k in range(end + 1, len(items))) < self.rules.tail_furniture_min:
            return
        listed = self._announced(items, words, forward, labels, trial, end) | self._continued_contacts(items, trial, end) \
            | self._event_details(items, trial, end)
        # the article's signature (its first claimed line below it is a byline or a credit) closes it:
        # an unknown line above the signature is the article's own (a table's last row, a list)
        first = next((k for k in range(end + 1, len(items)) if trial[k] is not None and k not in unknown), None)
        if first is not None and trial[first] in _SIGNATURE:
            listed.update(k for k in unknown if k < first)
        # round 13: a sub-heading right under the article's last paragraph (a heading's shape, three words or more:
        # `subheading_like`) is the article's, the first line of a section the page's tail follows; not over a line of
        # a headline's length and shape no rule claims either (`HEADLINE_WORDS`): a related list without its header
        under = end + 2 in unknown and words[end + 2] >= HEADLINE_WORDS and subheading_like(items[end + 2][1])
        if end + 1 in unknown and not under and words[end + 1] >= 3 and subheading_like(items[end + 1][1]):
            listed.add(end + 1)
        listed.update(_numbered_lists(items, set(unknown)))  # (round 20: the article's numbered list under its heading)
        for k in unknown:
            if k not in listed:
                trial[k] = "tail_widget"
        for k in listed:
            trial[k] = None
        labels[:] = trial
        if contact - listed:
            self._release_lists(items, labels, contact - listed)

    def _below_page_end(self, items, words, labels, j) -> bool:
        """Round 6: is text line j, read from below, one of at most `tail_island_max` text lines (each shorter
        than an article paragraph) with page-end furniture above them (`page_end`: a share bar, a comment form,
        tags, a licence line, a menu) before any more article text? Then it is the page's footer or a widget's
        sentence, and the page's tail goes on above it. A box inside the article (related links, an advert
        label, a caption) is no such furniture: the article's short last paragraph under it stays its own."""
        page_end = self.rules.page_end
        if not page_end or words[j] >= self.rules.article_min_words:
            return False
        rules, text = self._tail + self._anywhere, 1
        for k in range(j - 1, -1, -1):
            if k in self._quoted_tags:  # (round 12: hashtags the article quotes under its sentence: text above)
                return False
            label = labels[k]
            if label is None and (rule := self._first(rules, items[k][1], words[k])) is not None:
                label = rule.name
            if label in page_end:
                return True
            if label is None and self.reads_as_text(items[k][1], words[k]):
                text += 1
                if text > self.rules.tail_island_max or words[k] >= self.rules.article_min_words:
                    return False
        return False

    def _under_signature(self, items, words, labels, j) -> int | None:
        """Round 8: is text line j, read from below, under the article's signature with a related block between:
        above it, before any article paragraph (`article_min_words`) and with at most `tail_island_max` sentences
        (j included), a line the closing rules take for a credit or a continuation marker ("Theo X", "Nguồn: X",
        "Đọc tiếp bài"), or a byline right under the article's last paragraph (`_signs_paragraph`), and between
        them two headlines or more (other articles' titles), one of them known for a link (a related block's, a
        mark: a date, a clip's time, a bullet) or under a related header? Then the article ended at that signature
        and line j is the page's (a footer's disclaimer: "X không sản xuất tin tức. Nội dung thuộc bản quyền ...",
        a question headline). Returns the signature's index. A poem under its title has no such link; a box inside
        the article has no signature above it."""
        rules, text, headlines, linked = self._tail + self._anywhere, 1, 0, False
        if words[j] >= self.rules.article_min_words:
            return None
        for k in range(j - 1, max(-1, j - 60), -1):
            if words[k] >= self.rules.article_min_words:
                return None
            label = labels[k]
            if label is None and (rule := self._first(rules, items[k][1], words[k])) is not None:
                label = rule.name
            if label in _SIGNATURE_MARK or (label == "author_byline" and self._signs_paragraph(items, words, labels, k)):
                return k if headlines >= 2 and linked else None
            if label == "related_links":
                headlines, linked = headlines + 1, True
                continue
            if label is not None:
                continue
            line = items[k][1]
            if self.reads_as_text(line, words[k]) and line.rstrip().endswith(_SENTENCE_END):
                text += 1
                if text > self.rules.tail_island_max:
                    return None
            elif self._related_header(line, words[k]):
                linked = True
            elif self._link_like(line, words[k]):
                headlines += 1
                linked = linked or self._marked(line) or _CLIP_TIME.search(line) is not None
        return None

    def _signs_paragraph(self, items, words, labels, k: int) -> bool:
        """Round 8: is the byline at k right under an article paragraph ending with a sentence end (`article_min_words`)?
        Then it signs the article (a poem's title under an intro stands under a line ending with ":")."""
        end = self.rules.sentence_end
        return k > 0 and labels[k - 1] is None and words[k - 1] >= self.rules.article_min_words \
            and end is not None and end.search(items[k - 1][1]) is not None

    def _article_end(self, items, words, labels, j) -> bool:
        """Is item j (no rule claims it) a line of the article, read from below? A sentence (three
        words or more ending with a sentence end), or a long line (`prose_min_words`) that continues
        the article above it (a sentence or a paragraph right above, unlabelled) or is a paragraph's length
        (`article_min_words`): the last paragraph without its full stop. A long line under boilerplate
        (a footer's line, a long related headline) is not."""
        line, n = items[j][1], words[j]
        end = self.rules.sentence_end
        if n >= 3 and end is not None and end.search(line) is not None:
            return True
        if n < 3 and end is not None and end.search(line) is not None and line.rstrip()[-1:] in ".!" and j > 0:
            # round 10: a short sentence closing the article ("Hết.", "Xin cảm ơn!"), right under its last sentence or
            # under a link line inside it
            k = j - 1
            if k > 0 and labels[k] == "related_links" and labels[k - 1] is None and (
                    self._inline_link(items[k][1], words[k]) or _LINK_ITEM.match(items[k][1]) is not None):
                k -= 1
            return labels[k] is None and words[k] >= self.rules.sentence_min_words and end.search(items[k][1]) is not None
        if n < self.rules.prose_min_words:
            return False
        if n >= self.rules.article_min_words:
            return True
        k = j - 1
        if k > 0 and labels[k] == "related_links" and labels[k - 1] is None and (
                self._inline_link(items[k][1], words[k]) or _ARROW_LINK.match(items[k][1]) is not None):
            k -= 1  # round 9: the article goes on under a link line inside it ("Xem thêm >> <headline>"; round 17: "► X")
        if j == 0 or labels[k] is not None:
            return False
        above, n_above = items[k][1], words[k]
        if k > 0 and labels[k - 1] is None and _TITLED_SPEAKER.fullmatch(above) and _QUOTED.fullmatch(items[k - 1][1]):
            return True  # round 16: the article goes on under a quote and its speaker's line ("Ông X - Giám đốc Y")
        return n_above >= self.rules.article_min_words or (
            n_above >= self.rules.sentence_min_words and end is not None and end.search(above) is not None)

    @staticmethod
    def _event_details(items, trial, end: int) -> set[int]:
        """Round 9: the practical details of an event closing the article, right under its last line ("Lễ truy điệu lúc
        13 giờ 30 cùng ngày", "An táng tại nghĩa trang X", "Địa điểm: Nhà tang lễ Y"): a run of two lines or more, each
        a rite or a place with its time or place (`_EVENT_DETAIL`) or an event's field (`_INFO_FIELD`), one of them with
        a time of day. Related headlines name no hour."""
        run, k = [], end + 1
        while k < len(items) and trial[k] is None and (_EVENT_DETAIL.fullmatch(items[k][1]) or _INFO_FIELD.match(items[k][1])):
            run.append(k)
            k += 1
        timed = any(_HOUR.search(items[x][1]) for x in (end, *run))
        return set(run) if len(run) >= 2 and timed else set()

    def _inline_link(self, line: str, n_words: int) -> bool:
        """Round 9: a link line standing inside an article, its headline on the same line after a marker ("Xem thêm
        >> X", "XEM THÊM: X", "Đọc thêm: X"), never a related header alone."""
        return _INLINE_LINK.match(line) is not None and n_words >= 4 and not self._related_header(line, n_words)

    def _announced(self, items, words, forward, before, trial, end: int) -> set[int]:
        """Lines of the tail zone that a list intro announces ("Các số điện thoại đường dây nóng:": a line
        of three words or more ending with ":" that names no articles), from the intro down: unknown and
        contact lines, up to `list_max_items` of them, passing the boxes inside (a box the forward pass
        found, an advert label; a related run, whose last line before the list resumes may be the list's
        own heading); the list ends at a line a rule claims other than a contact line (a byline, a credit,
        a widget). The intro may be the article's last line, or above it when the article's last line is
        an item of the list."""
        out: set[int] = set()
        k = end
        while k > 0 and not self._intro(items[k][1]) and words[k] < self.rules.article_min_words \
                and before[k - 1] is None and end - k < 12:
            k -= 1
        if not self._intro(items[k][1]):
            k = end
        while k < len(items):
            line = items[k][1].rstrip()
            # (round 10: a shorter intro over a bulleted item, "Yêu cầu:" over "- Trình độ tiếng Anh khá")
            short = k + 1 < len(items) and _WEAK_ITEM.match(items[k + 1][1]) is not None
            if self._intro(line) and (words[k] >= 3 or short) and before[k] is None and not self._names_articles(line) \
                    and (k <= end or trial[k] is None):
                m, taken = k + 1, 0
                while m < len(items) and taken < self.rules.list_max_items:
                    # (round 8: a time, a price, a web address alone is an item the list goes on past)
                    item = self._list_item(items[m][1], trial[m] if trial[m] is not None else before[m])
                    if forward[m] not in (None, *_INNER_BOX) or (
                            forward[m] is None and before[m] not in (None, "related_links", "tail_widget", "contact_block")
                            and not item):
                        break  # a byline, a credit, a widget below the article
                    if before[m] is None and trial[m] not in (None, "related_links", "contact_block") and not item:
                        break  # a line a rule claims below the article
                    if trial[m] == "contact_block" and (self._advert_head(items[m][1]) or _box_label(items[m][1])):
                        break  # an advert's name or (round 12) a contact box's label: the box below is no item of the list
                    if (before[m] in (None, "contact_block") or item) and trial[m] != "related_links":
                        if m - 1 > k and trial[m - 1] == "related_links" and before[m - 1] is None \
                                and trial[m - 2] == "related_links":
                            out.add(m - 1)  # the related run ends where the list resumes
                        out.add(m)
                        taken += 1
                    m += 1
                if k > end:
                    out.add(k)
                k = m
            else:
                k += 1
        return {k for k in out if k > end}

    @staticmethod
    def _list_item(line: str, label: str | None) -> bool:
        """Round 8: a line a rule took by its shape alone that a list the article announces may hold (a time, a price, a
        score, a web address alone): the list goes on past it (`_release_own_lines` gives it back)."""
        return label in _DATA_LABELS or (label == "source_credit" and _WEB_ADDRESS.fullmatch(line) is not None)

    def _continued_contacts(self, items, trial, end: int) -> set[int]:
        """Contact lines right below an article that ends with one ("Trụ sở HN: 93 Đội Cấn, Ba Đình."): the
        article's own list going on, unless one of them carries an advert anchor (company, e-mail, web). Round 7:
        also items of a place with its phone or street number ("Bệnh viện Đa khoa tỉnh, điện thoại 031.023.3673",
        "Tại Pháp: 5 Rue de Musset 75016 Paris. Tel: ...") when one of the article's last three lines is one."""
        def item(k: int) -> bool:
            line = items[k][1]
            return _LABEL_VALUE.fullmatch(line) is not None or (
                len(line.split()) <= 30 and _CONTACT_ITEM.search(line) is not None)

        if not _LABEL_VALUE.fullmatch(items[end][1]) \
                and not any(trial[k] is None and item(k) for k in range(max(0, end - 2), end + 1)):
            return set()
        run, k = [], end + 1
        while k < len(items) and trial[k] in (None, "contact_block", "tail_widget") and item(k):
            run.append(k)
            k += 1
        anchor = self.rules.contact_anchor
        if anchor is not None and any(anchor.search(items[k][1]) for k in run):
            return set()
        return set(run)

    def _zone_fill(self, above: str | None, below: str, lines: list[str]) -> bool:
        """Are these unknown lines, between boilerplate of classes `above` and `below`, widgets of the zone?"""
        weak = (*_SHAPE_ONLY, "photo_caption")
        if above is None or above in ("photo_caption", "contact_block") or below in ("photo_caption", "contact_block") \
                or (above in weak and below in weak):
            return False
        return all(len(x.split()) <= self.rules.tail_fill_max_words and not x.rstrip().endswith(_SENTENCE_END)
                   for x in lines)

    def _tail_links(self, items, words, labels, j) -> int | None:
        """A list of related headlines ending at item j, read by shape; label it and return its first
        item (its header's, if it has one), or None when the lines there are not such a list.

        The run: consecutive headline-like lines (no sentence end) that no closing rule claims, at most
        `tail_run_max` of them (a poem, an itinerary, a table is longer). It is a related block when
        all its lines are marked as links, or when it has two lines or more and stands under a related
        header (short, a word that names a list of articles: `related_header`), under a credit, a share
        bar or other boilerplate (not under a line that is only name-shaped: a poem's title, a place),
        or anywhere with two lines or more all marked as links; a single line needs such an anchor. A
        line ending with ":" above it announces the article's own list: never a related block."""
        mark = self.rules.tail_link_mark
        if mark is None:
            return None
        rules = self._tail + self._anywhere
        if (rows := self._table_at(items, j)) is not None and self._own_table(items, labels, rows):
            return None  # round 7 (F5): the article's own table ("| 1 | Hà Nội | 28 điểm |" rows)
        if j + 1 < len(items) and labels[j + 1] == "related_links" and self._related_header(items[j][1], words[j]):
            labels[j] = "related_links"  # the header of the related block below it
            return j
        i = j
        # the run stops at a strong related header ("Các bài đã đăng" is headline-shaped too)
        while i >= 0 and labels[i] is None and self._link_like(items[i][1], words[i]) \
                and (i == j or self._first(rules, items[i][1], words[i]) is None) \
                and not (i < j and self._strong_header(items[i][1])) and not self._asks_to_call(items[i][1], words[i]):
            i -= 1  # (round 16: nor is a line asking the reader to call the numbers under it a headline)

        def anchor_of(k: int) -> str | None:
            if k < 0:
                return None
            if labels[k] is not None:
                return labels[k]
            rule = self._first(rules, items[k][1], words[k])
            return rule.name if rule is not None else None

        anchor = anchor_of(i)
        if anchor is None and i >= 0 and not self._related_header(items[i][1], words[i]):
            # no header and no boilerplate above: the run's top lines that are long and unmarked may be
            # the article's last paragraphs without their full stop
            while i < j and words[i + 1] >= self.rules.prose_min_words and not self._marked(items[i + 1][1]):
                i += 1
            anchor = anchor_of(i)
        run = range(i + 1, j + 1)
        if not run:
            return None
        strong = sum(mark.search(items[k][1]) is not None for k in run)
        if strong < len(run) and len(run) > self.rules.tail_run_max:
            return None
        above = items[i][1] if i >= 0 else ""
        if anchor is None and above.rstrip().endswith(":") and not (i >= 0 and self._related_header(above, words[i])):
            return None  # "Kết quả như sau:" announces the article's own list
        if anchor == "widget_label" and strong == 0 and self._list_across(items, words, labels, i):
            return None  # round 7: the article's list goes on under an advert label inside it
        below = j + 1
        while below < len(items) and labels[below] is None and _NUMBERED.match(items[below][1]):
            below += 1  # (the list's items under the run, the scan going up: "2. …" under "1. …")
        if not (i >= 0 and self._related_header(above, words[i])) \
                and _numbered_under_heading([items[k][1] for k in range(i + 1, below)]):
            return None  # round 20: the article's numbered list under its own heading ("Nghiêm cấm các hành vi sau")
        after_credit = anchor is not None and anchor not in _SHAPE_ONLY
        header = anchor is None and i >= 0 and self._related_header(above, words[i])
        under_block = anchor == "related_links" and (self._header_like(above, words[i]) or self._marked(above))
        # (tester T6 F9: not over a line that opens its own block, "Xem thêm: <headline>", "Tin liên quan:": the line above
        # it is none of its headlines, the article's last line without a full stop maybe)
        over_block = j + 1 < len(items) and labels[j + 1] == "related_links" and (after_credit or header) \
            and not self._opens_block(items[j + 1][1])
        anchored = after_credit or header or under_block or over_block
        # unanchored: every line marked as a link, or (round 4) most of them, two or more strongly
        is_list = (anchored and (len(run) >= 2 or strong == len(run) or under_block or over_block)) \
            or (len(run) >= 2 and strong == len(run)) or (strong >= 2 and 2 * strong >= len(run))
        if not is_list:
            return None
        for k in run:
            labels[k] = "related_links"
        if header:
            labels[i] = "related_links"
            return i
        return i + 1

    def _list_across(self, items, words, labels, i: int) -> bool:
        """Round 7: is the label at item i inside a list the article announces: above it, a few short unlabelled
        items (at most 15 words, no sentence end), then a line ending with ":" ("Danh sách các cá nhân được khen
        thưởng:")?"""
        k = i - 1
        while k >= 0 and i - k <= self.rules.list_max_items and labels[k] is None \
                and words[k] <= 15 and not items[k][1].rstrip().endswith(_SENTENCE_END):
            k -= 1
        return k >= 0 and k < i - 1 and labels[k] is None and items[k][1].rstrip().endswith(":") \
            and not self._names_articles(items[k][1])

    def _office_list(self, items, above: int, run: list[int]) -> bool:
        """Round 20: contact lines the article announces in a sentence of its own ("Ý kiến, kiến nghị của cử tri gửi về
        Văn phòng Đoàn ĐBQH tỉnh X:", eight words or more, ending with ":", no contact anchor in it), whose only anchors
        are an e-mail or a web address ("Email: vpdoan@x.gov.vn"): an office's address the article gives, no advert's
        (a company, a shop, "liên hệ" say that). It stays."""
        anchor, intro = self.rules.contact_anchor, items[above][1]
        if anchor is None or len(intro.split()) < 8 or not intro.rstrip().endswith(":") or anchor.search(intro):
            return False
        return not any(anchor.search(_ADDRESS_TOKEN.sub(" ", items[k][1])) for k in run)

    def _release_lists(self, items, labels, contact: set[int]) -> None:
        """Unlabel runs of contact lines that are the article's own list."""
        runs: list[list[int]] = []
        for j in sorted(contact):
            if runs and runs[-1][-1] == j - 1:
                runs[-1].append(j)
            else:
                runs.append([j])
        anchor, intro = self.rules.contact_anchor, self.rules.list_intro
        for run in runs:
            # walk up over the list's other items (short lines, not sentences) to what introduces it
            k = run[0] - 1
            # (round 7: an item with a phone number is passed however long: "Ban chỉ huy ... tỉnh 0232 3822 111")
            while k >= 0 and labels[k] is None and (n := len(items[k][1].split())) <= 12 \
                    and not self._intro(items[k][1]) and (not self.reads_as_text(items[k][1], n)
                                                          or _CONTACT_ITEM.search(items[k][1]) is not None):
                k -= 1
            above = k if k >= 0 and labels[k] is None else None
            # (an intro right under an advert's contact line is the advert's own: "Mọi chi tiết xin liên hệ")
            announced = above is not None and intro is not None and intro.fullmatch(items[above][1]) is not None \
                and not (above > 0 and labels[above - 1] == "contact_block")
            anchored = anchor is None or any(anchor.search(items[k][1]) for k in run)
            if anchored and announced and anchor is not None and self._office_list(items, above, run):
                anchored = False
            if not anchored and (announced or len(run) >= 3):
                for k in run:
                    labels[k] = None
