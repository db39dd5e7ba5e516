"""The forward pass (pass 1 of `BoilerplateCleaner.clean`, `ForwardPass`): a related-links block and its items
(headlines, time stamps, teasers), a widget (a header and its body), a related box whose header no rule knows, and
lines a `line`/`head`/`top`/`caption` rule claims; and the last pass over its boxes, a box's last headline the page
repeats as a related headline elsewhere (`_repeated_headline`)."""

from __future__ import annotations

from cleaners.boilerplate.shapes import (
    _AD_CALL,
    _AD_LICENCE,
    _AD_PRODUCT,
    _ADDRESSES,
    _BOX_BULLET,
    _BULLET,
    _CLIP_TIME,
    _DONATE_ACCOUNT,
    _DONATE_LINE,
    _END_LINK_MARK,
    _LINK_ITEM,
    _LINK_LABEL,
    _NEWSPAPER_PAYEE,
    _NOT_MEDICINE,
    _SERIES_PART,
    _SIGNOFF,
    _TIME_OF_DAY,
    _WEAK_ITEM,
    WIDGET_HEADER_MAX_WORDS,
    _headline_key,
)
from cleaners.line_shapes import subheading_like


class ForwardPass:
    """The forward pass and related boxes; mixed into `BoilerplateCleaner`."""

    def _repeated_headline(self, items, words, labels) -> None:
        """Round 10: a box's last headline, kept as the sub-heading it may be (`_consume_block`), that the page shows
        again as a related headline elsewhere (a box at the page's end repeats it, maybe with a mark or a date:
        "► X", "X (3/1)") is the box's headline: sub-headings are not other related boxes' items."""
        removed: set[str] | None = None
        for j in range(2, len(items)):
            if labels[j] is not None or labels[j - 1] != "related_links" or not self._headline_like(items[j][1], words[j]) \
                    or (labels[j - 2] != "related_links" and not self._related_header(items[j - 1][1], words[j - 1])):
                continue  # (round 11: a box of one headline under its header too)
            if removed is None:
                removed = self._removed_headlines(items, labels)
            if _headline_key(items[j][1]) in removed:
                labels[j] = "related_links"
        # a run of two or three unmarked headlines between the article's paragraphs, each of them a related headline
        # of another box of the page (a box without its header: "Giá vàng miếng SJC quay đầu giảm" / "Luật Đất đai sửa
        # đổi: …", both listed again under "Tin cùng chủ đề"); a list or sub-headings of the article repeat nothing
        j = 1
        while j < len(items) - 1:
            if labels[j] is not None or labels[j - 1] is not None or not self._headline_like(items[j][1], words[j]):
                j += 1
                continue
            k = j
            while k < len(items) and k - j < 4 and labels[k] is None and self._headline_like(items[k][1], words[k]):
                k += 1
            if 2 <= k - j <= 3 and k < len(items) and labels[k] is None and self.reads_as_text(items[k][1], words[k]) \
                    and self.reads_as_text(items[j - 1][1], words[j - 1]):
                if removed is None:
                    removed = self._removed_headlines(items, labels)
                if all(_headline_key(items[x][1]) in removed for x in range(j, k)):
                    labels[j:k] = ["related_links"] * (k - j)
            j = k + 1

    @staticmethod
    def _removed_headlines(items, labels) -> set[str]:
        """The headlines of the page's related boxes and link lines (`_headline_key`); round 11: a link line's
        headline without its see-more label too (">> Xem thêm: X", "Đọc thêm » X" -> "x")."""
        out = set()
        for (_, line), label in zip(items, labels, strict=True):
            if label in ("related_links", "tail_widget"):
                out.add(_headline_key(line))
                if (m := _LINK_LABEL.match(line)) is not None:
                    out.add(_headline_key(line[m.end():]))
        return out

    def _supplement_adverts(self, items, words, labels) -> None:
        """Round 16: a health supplement's advert wherever it stands, by the disclaimer the law makes it print
        (`_NOT_MEDICINE`, opening a line of at most 30 words): that line, with the advert's lines right above it (a call or
        a phone, `_AD_CALL`, then the product, "Viên X - hỗ trợ Y", `_AD_PRODUCT`) and right under it (its licence number,
        "Số XNQC: …", and calls), at most two above and three under. A line ending with ":", a sentence or a list's item
        ("Label: value") stops it; an article quoting the disclaimer quotes it inside a sentence, not opening a line."""
        for j in range(len(items)):
            if words[j] > 30 or _NOT_MEDICINE.match(items[j][1]) is None:
                continue
            labels[j] = "widget_label"
            k = j - 1
            if k >= 0 and labels[k] is None and words[k] <= 14 and _AD_CALL.fullmatch(items[k][1]):
                labels[k] = "widget_label"
                k -= 1
            if k >= 0 and labels[k] is None and words[k] <= 14 and _AD_PRODUCT.fullmatch(items[k][1]):
                labels[k] = "widget_label"
            k = j + 1
            while k < len(items) and k - j <= 3 and labels[k] is None and words[k] <= 14 \
                    and (_AD_LICENCE.fullmatch(items[k][1]) or _AD_CALL.fullmatch(items[k][1])):
                labels[k] = "widget_label"
                k += 1

    def _headerless_boxes(self, items, words, labels) -> None:
        """Round 16: a related box without a header between two paragraphs of the article: a run of two to six
        headlines no rule took (`_link_like`, none ending with ":") right under a sentence of the article that
        announces nothing (no ":" at its end) and right over its next line of text, at least two of them and half marked
        as links at their end or by a chevron (`_END_LINK_MARK`: "(26/04)", "- 05/04/2022", "- 5 giờ trước", "» X"), or
        (round 19) by the kind of media they lead to (`media_link_mark`: "[Infographic] X", "[Video] X", "X (Video)"). An
        unmarked last line stays (a sub-heading over the next paragraph), and a question ends the run (an interview's).
        An article's list is announced, or has no such marks (a schedule's times open its lines).
        Round 19: a headline of the box a line rule took already under its bullet ("» X", "► X", between the others,
        `_BOX_BULLET`) goes on the run as one of its marked lines, so the box's other headlines around it go too; a
        see-more line (">> X", ">> Xem thêm: X": an inline link the article sets between its paragraphs) or a block a
        header opened is no such item and ends the run (the block's own reading stands: a sub-heading it left stays)."""
        end, media = self.rules.sentence_end, self.rules.media_link_mark
        if end is None:
            return

        def marked(k: int) -> bool:
            line = items[k][1]
            return labels[k] == "related_links" or _END_LINK_MARK.search(line) is not None \
                or (media is not None and media.search(line) is not None)

        j = 1
        while j < len(items) - 1:
            k, strong = j, 0
            while k < len(items) and k - j < 7 and not items[k][1].rstrip().endswith((":", "?")) and (
                    (labels[k] == "related_links" and _BOX_BULLET.match(items[k][1]) is not None
                     and _LINK_LABEL.match(items[k][1]) is None)
                    or (labels[k] is None and self._link_like(items[k][1], words[k]))):
                strong += marked(k)
                k += 1
            stop = k
            if k > j and not marked(k - 1):
                k -= 1  # (an unmarked last line right over the article's next paragraph may be its sub-heading)
            above = items[j - 1][1].rstrip()
            if 2 <= k - j <= 6 and strong >= 2 and 2 * strong >= k - j and stop < len(items) and labels[stop] is None \
                    and self.reads_as_text(items[stop][1], words[stop]) and labels[j - 1] is None \
                    and words[j - 1] >= self.rules.prose_min_words and end.search(above) is not None \
                    and not above.endswith(":"):
                labels[j:k] = ["related_links"] * (k - j)
            j = max(stop, j + 1)

    def _donation_boxes(self, items, words, labels) -> None:
        """Round 16: a newspaper's donation box wherever it stands: a run of lines each of a donation box's shape
        (`_DONATE_LINE`: its call "Mọi sự ủng hộ xin gửi về:", the fund, the account number, the bank, the transfer's
        note, "Hoặc gửi trực tiếp tại tòa soạn: …"; at most 16 words each) that holds an account number and names a
        newspaper or its newsroom as the payee ("Quỹ Nhân ái - Báo X"): the newspaper's appeal, the same on every page.
        A family's own account, or its address and phone for direct help, names no newspaper: the article's."""
        j = 0
        while j < len(items):
            k = j
            while k < len(items) and labels[k] in (None, "tail_widget", "contact_block") and words[k] <= 16 \
                    and _DONATE_LINE.fullmatch(items[k][1]):
                k += 1
            if k - j >= 2 and any(_DONATE_ACCOUNT.fullmatch(items[m][1]) for m in range(j, k)) \
                    and any(_NEWSPAPER_PAYEE.search(items[m][1]) for m in range(j, k)):
                labels[j:k] = ["contact_block"] * (k - j)
            j = max(k, j + 1)

    def _match_forward(self, items, words, i, labels) -> int:
        """Label the rule match starting at item i; return how many items it covers (0: none)."""
        line = items[i][1]
        rule = self._first(self._blocks, line, words[i])  # (issue 17: through the prefilter, not each in turn)
        if rule is not None:
            labels[i] = rule.name
            return 1 + self._consume_block(items, words, i + 1, labels, rule.name)
        span = self._match_widget(items, words, i, labels)
        if span:
            return span
        zone = (i < self._head_end, i < self._top_end, i == 0)
        rules = self._forward_rules.get(zone)
        if rules is None:  # one tuple per zone (issue 17: the rule engine remembers a tuple's rules)
            rules = self._anywhere + (self._head if zone[0] else ()) + (self._top if zone[1] else ())
            if zone[2]:  # a first line is a title: "Clip: ..." there is a headline, not a caption
                rules = tuple(r for r in rules if r.kind != "caption")
            self._forward_rules[zone] = rules
        rule = self._first(rules, line, words[i])
        if rule is not None and rule.kind == "top" and rule.name == "related_links" and self._interview_question(items, words, i):
            rule = None  # tester T6 F10: an interview opening with its first question, no bulleted headline
        after_prose = i > 0 and labels[i - 1] is None and self.reads_as_text(items[i - 1][1], words[i - 1])
        if (i >= self._head_end or after_prose) and (rule is None or rule.name == "widget_label"):
            # a header no block rule knows ("Tiêu điểm"), or a widget label ("Mới nhất") over headlines
            span = self._unnamed_block(items, words, i, labels)
            if span:
                return span
        if rule is not None:
            labels[i] = rule.name
            return 1
        return 0

    def _interview_question(self, items, words, i: int) -> bool:
        """Is line i an interview's question (tester T6 F10): a question to someone ("* Thưa ông, vì sao …?", "* Theo bà,
        …?", "* Xin ông cho biết …?"), or a question or an address with its answer right under it ("- Nguyên nhân chính
        là …", a dash before a sentence of prose)?"""
        line = items[i][1].rstrip()
        asked, addressed = line.endswith("?"), _ADDRESSES.search(line) is not None
        if asked and addressed:
            return True
        nxt = items[i + 1][1] if i + 1 < len(items) else ""
        answered = _WEAK_ITEM.match(nxt) is not None and words[i + 1] >= self.rules.prose_min_words \
            and self.reads_as_text(nxt, words[i + 1])
        return answered and (asked or addressed)

    def _unnamed_block(self, items, words, i, labels) -> int:
        """A related box whose header no rule knows: a short header line (not the title) over two or
        more headlines, one of them marked as a link by a date, a time or "»" (`link_mark`)."""
        mark = self.rules.link_mark
        if mark is None or i == 0 or not self._related_header(items[i][1], words[i]):
            return 0
        strong = self._strong_header(items[i][1].rstrip().removesuffix(":"))
        k, marked = i + 1, 0
        while k < len(items) and labels[k] is None and self._link_like(items[k][1], words[k]):
            rule = self._first(self._anywhere + self._tail, items[k][1], words[k])
            if rule is not None and rule.name != "related_links":
                break
            # (round 8: or with its clip's length or air time in brackets at its end: "Sạt lở uy hiếp 400 hộ dân (10:17)")
            marked += rule is not None or mark.search(items[k][1]) is not None or _CLIP_TIME.search(items[k][1]) is not None
            k += 1
        if labels[i - 1] is None and not self.reads_as_text(items[i - 1][1], words[i - 1]) \
                and not (strong and marked >= 2):
            return 0  # under a list intro or another short line: an item of the article's own list
        # a widget label ("Đọc nhiều", "Mới nhất") or a strong header ("Tin tức khác:", "Bạn đọc quan
        # tâm") is a related header already: no mark needed
        label = self._first(self._anywhere, items[i][1], words[i])
        if k - i - 1 < 2 or not (marked or (label is not None and label.name == "widget_label") or strong):
            return 0
        labels[i] = "related_links"
        return 1 + self._consume_block(items, words, i + 1, labels, "related_links")

    def _match_widget(self, items, words, i, labels) -> int:
        for rule in self._widgets:
            if words[i] > (rule.header_max_words or WIDGET_HEADER_MAX_WORDS) or not rule.pattern.fullmatch(items[i][1]):
                continue
            j = i + 1
            while j < len(items) and rule.matches_body(items[j][1], words[j]):
                j += 1
            if j > i + 1:
                for k in range(i, j):
                    labels[k] = rule.name
                return j - i
        return 0

    def _consume_block(self, items, words, j, labels, name) -> int:
        """Items after a block header: headlines, time stamps, the teaser after a time stamp,
        and any other boilerplate. Stops at the first line that is none of these."""
        start, last, taken_headline, saw_timestamp, link_after = j, "header", None, False, None
        while j < len(items):
            line = items[j][1]
            if self.rules.timestamp.fullmatch(line):
                labels[j], last, saw_timestamp = name, "timestamp", True
            elif (span := self._match_other(items, words, j, labels)) > 0:
                if last == "headline" and span == 1 and labels[j] == name:
                    link_after = j  # (round 16: a see-more line with its headline right under the last headline)
                j += span
                last = "other"
                continue
            elif last == "timestamp":
                labels[j], last = name, "teaser"
            elif self._headline_like(line, words[j]) and not self._dated_signoff(line, words[j]) \
                    and not self._asks_to_call(line, words[j]) and not (
                    _WEAK_ITEM.match(line) and taken_headline is not None and not _WEAK_ITEM.match(items[taken_headline][1])
                    and not self._link_item(line)
                    and (line.rstrip().endswith("?") or self._list_goes_on(items, words, labels, j))):
                # (a "- " line after headlines without one, not marked as a link, is the article's own: an
                # interview's question, or a list going on past the box)
                labels[j], last, taken_headline = name, "headline", j
            else:
                break
            j += 1
        # Precision: a short line right before the article resumes may be its sub-heading (unless
        # it is marked as a link: "» ...", or dated: "... (3/8)", "... - 11/09/2010").
        if j < len(items) and not saw_timestamp and last == "headline" and taken_headline is not None \
                and not self._link_item(items[taken_headline][1]) and not self._same_bullet(items, start, taken_headline):
            labels[taken_headline] = None
            j = taken_headline
        elif j < len(items) and not saw_timestamp and last == "other" and link_after == j - 1 \
                and taken_headline == j - 2 and (self._inline_link(items[j - 1][1], words[j - 1]) or items[j - 1][1].lstrip().startswith(">>")) \
                and not self._link_item(items[taken_headline][1]) and not self._same_bullet(items, start, taken_headline) \
                and subheading_like(items[taken_headline][1]) and self.reads_as_text(items[j][1], words[j]):
            # round 16: so is one right over an inline see-more line ("Xem thêm >> <headline>") over the article's
            # next paragraph: the section's heading, the link line the article's own
            labels[taken_headline] = None
        return j - start

    def _asks_to_call(self, line: str, n_words: int) -> bool:
        """Round 16: a line of the article that asks the reader to call and announces the numbers under it ("Người dân cần
        trình báo xin liên hệ các số sau", `list_intro` with no colon, six words or more, unmarked as a link): a related
        box above it ends there, never takes it for a headline."""
        intro = self.rules.list_intro
        return n_words >= 6 and not line.rstrip().endswith(":") and intro is not None and intro.fullmatch(line) is not None \
            and not self._link_item(line)

    @staticmethod
    def _dated_signoff(line: str, n_words: int) -> bool:
        """Round 10: a place-and-date sign-off with its date or year ("Hà Giang, đầu tháng 11/2024", "Huế, 1.11.2023"):
        the article's last line, never a related headline (a box inside the article may stand right above it)."""
        return n_words <= 10 and any(ch.isdigit() for ch in line) and _SIGNOFF.fullmatch(line.strip()) is not None \
            and not _TIME_OF_DAY.search(line)

    def _list_goes_on(self, items, words, labels, j) -> bool:
        """Do the unpunctuated lines from item j on run longer than a box's last items (more than
        three), or end on a line that is not prose ("+ Đối với chương trình B:")? Then they are a list."""
        k = j
        while k < len(items) and labels[k] is None and self._headline_like(items[k][1], words[k]) and k - j <= 3:
            k += 1
        return k - j > 3 or (k < len(items) and not self.reads_as_text(items[k][1], words[k]))

    @staticmethod
    def _same_bullet(items, start: int, k: int) -> bool:
        """Item k has the leading bullet of the block's item before it ("- A", "- B"): an item of the
        same list, not a sub-heading after it."""
        if k <= start:
            return False
        a, b = _BULLET.match(items[k][1]), _BULLET.match(items[k - 1][1])
        if a is not None and b is not None and a[1] == b[1]:
            return True
        # round 20: so is a dash item under one of the same dash ("- A", "- B" under "CÙNG VỤ VIỆC"): a heading never opens
        # with a list's dash (the box takes a "- " line after headlines without one only as its own, `_consume_block`)
        a, b = _WEAK_ITEM.match(items[k][1]), _WEAK_ITEM.match(items[k - 1][1])
        if a is not None and b is not None and items[k][1].lstrip()[0] == items[k - 1][1].lstrip()[0]:
            return True
        # round 10: a series' parts numbered in turn ("Kỳ 1: …", "Kỳ 2: …"): the next part, not a sub-heading
        a, b = _SERIES_PART.match(items[k][1]), _SERIES_PART.match(items[k - 1][1])
        return a is not None and b is not None and a[1].lower() == b[1].lower() and int(a[2]) == int(b[2]) + 1

    def _link_item(self, line: str) -> bool:
        mark = self.rules.tail_link_mark
        return _LINK_ITEM.search(line) is not None or (mark is not None and mark.search(line) is not None)

    def _match_other(self, items, words, j, labels) -> int:
        span = self._match_widget(items, words, j, labels)
        if span:
            return span
        rule = self._first(self._anywhere, items[j][1], words[j])
        if rule is not None:
            labels[j] = rule.name
            return 1
        return 0
