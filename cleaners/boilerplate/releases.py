"""The passes after the closing zone that give lines a shape rule took back to the article when the text around them
shows they are its own (`Releases`, precision first): an announced list and its items, a name the text mentions,
live-blog times, announced data, the article's tables, a list going on past a link or a box inside it, a
speaker's line under a quotation, a sign-off under a box, the closing zone's stranded fill, a match's scorers,
numbered items going on, a procedure's steps numbered in turn, a programme of timed items."""

from __future__ import annotations

import regex

from cleaners.boilerplate.shapes import (
    _BARE_DATE,
    _BARE_TIME,
    _DASHED_SPEAKER,
    _DATA_LABELS,
    _FIELD,
    _HEADLINE_STAMP,
    _LIST_ITEM_LABELS,
    _NAME_LINE,
    _NUMBERED,
    _PERSON,
    _QUOTE_SAID,
    _QUOTED,
    _ROLE,
    _SCORERS,
    _SENTENCE_END,
    _SIGNATURE,
    _SIGNOFF,
    _SPEAKER,
    _SURE_BYLINE,
    _TABLE_ROW,
    _TABLE_RULE,
    _TIME_OF_DAY,
    _TITLED_SPEAKER,
    _VERSE_TITLE,
    _WEAK_ITEM,
    _WEB_ADDRESS,
    HEADLINE_WORDS,
    _announces_in_words,
    _item_shape,
    announced_data,
)
from cleaners.line_shapes import programme_runs, step_runs, subheading_like

_STEP_TAKERS = ("related_links", "tail_widget", "widget_label")  # what takes a step's line for a box's (`_release_steps`)


class Releases:
    """Passes that give lines back to the article; mixed into `BoilerplateCleaner`."""

    def _release_own_lines(self, items, words, labels) -> None:
        """Lines a rule took by their shape only, that the article shows to be its own (precision first):
        - a list the article announces, kept text ending with ":" or "như sau" / "sau đây" / "dưới đây"
          ("Dự báo nhiệt độ thấp nhất như sau:"): its short lines below (a forecast, prices, a schedule
          with dates) are its items, not a widget, a byline or related headlines;
        - a name line taken for a byline whose name the kept text mentions (the article's subject, a
          poem's young author), not its writer;
        - bare times or dates over paragraphs, two or more (a live blog's entries, a timeline), not datelines."""
        for j, label in enumerate(labels):
            line = items[j][1]
            in_words = _announces_in_words(line)
            if words[j] < 3 or not (in_words or line.rstrip().endswith(":")) or self._names_articles(line):
                continue
            if label is not None and not (label in _LIST_ITEM_LABELS and in_words):
                continue
            labels[j] = None
            items_of = _LIST_ITEM_LABELS if in_words else _DATA_LABELS
            # (round 7, tester finding F11: bare names right under the intro, and its sub-intros "Giải nhì:", are
            # its list, prize winners or members, not bylines; a name after other items may be the writer's)
            k, names = j + 1, True
            # (round 8: a web address alone is an item of the list too, not the source's credit: "Tra cứu tại các trang:")
            # (issue 12: the list ends at the article's next paragraph, a kept sentence of prose with no label:
            # a related box under it is no item)
            # (round 15: a short unknown line the closing zone took, right under items of the list the text kept, is
            # the list's last item: "Các ứng dụng bị gỡ gồm:" over "Flash Light Plus", "Wallpaper HD Free")
            # (round 16: a related box's own header under the list's last item, "Đọc thêm", ends the list: its
            # headlines are no items)
            while k < len(items) and k - j <= self.rules.list_max_items and words[k] <= 15 \
                    and (labels[k] is None or labels[k] in items_of or (names and labels[k] == "author_byline")
                         or (labels[k] == "tail_widget" and k > j + 1 and words[k] <= 6 and labels[k - 1] is None
                             and not self.reads_as_text(items[k - 1][1], words[k - 1]))
                         or (labels[k] == "source_credit" and _WEB_ADDRESS.fullmatch(items[k][1]) is not None)
                         or self._quoted_heading(items, words, labels, j, k)) \
                    and not (labels[k] == "related_links" and self._opens_block(items[k][1])) \
                    and not (k > j + 1 and labels[k] is None and ":" not in items[k][1]
                             and self.reads_as_text(items[k][1], words[k]) and words[k] >= self.rules.prose_min_words):
                names = names and (_NAME_LINE.fullmatch(items[k][1].strip()) is not None
                                   or items[k][1].rstrip().endswith(":"))
                labels[k] = None
                k += 1
        self._release_tables(items, words, labels)
        body = "\n".join(items[j][1] for j, label in enumerate(labels) if label is None) \
            if "author_byline" in labels else ""  # (issue 17: only a byline reads it)
        for j, label in enumerate(labels):
            if label == "author_byline" and (name := _NAME_LINE.fullmatch(items[j][1].strip())) \
                    and len(name.group(1).split()) >= 2 and name.group(1) in body:  # (issue 17: the pattern
                # is compiled per name; it matches the name's text exactly, so a name the text lacks needs none)
                person = regex.compile(_PERSON + r"\s+(?:\p{Lu}\w*\s+){0,2}" + regex.escape(name.group(1)) + r"(?!\w)")
                if person.search(body):
                    labels[j] = None
            if labels[j] == "author_byline" and self._quoted_person(items, labels, j):
                labels[j] = None
        # (tester ATK4: bare dates too, "Ngày 13/11/2024" over each step of a court case's timeline; the entries
        # below the head zone, which no dateline rule reads, count as entries as well)
        times = [j for j, label in enumerate(labels) if label in ("dateline", None)
                 and (_BARE_TIME.fullmatch(items[j][1]) or _BARE_DATE.fullmatch(items[j][1]))]
        if len(times) >= 2 and all(j + 1 < len(items) and labels[j + 1] is None and words[j + 1] >= 8 for j in times):
            for j in times:
                labels[j] = None

    def _release_announced_data(self, items, words, labels) -> None:
        """Tester finding F13: data lines a sentence of the article announces in words, with any ending or none
        (`announced_data`: "Nhiệt độ tại một số thành phố lớn hôm nay như sau." over "Hà Nội: 15-21°C", …), right
        under the article's kept text, are the article's (a forecast, prices, rates), and so is that sentence,
        whatever a shape rule made of them (a widget's data lines, a tail widget). A widget's label ("Giá vàng")
        is no sentence, and a ticker in the page head or data under a menu have no article text above them."""
        lines = [line for _, line in items]
        for j in range(1, len(items)):
            if labels[j] not in (None, "tail_widget") or labels[j - 1] is not None \
                    or not self.reads_as_text(lines[j - 1], words[j - 1]):
                continue
            # (issue 17: the data lines first, their test is cheap and most lines have none under them; a line
            # naming articles is asked about only over data lines, with the same answer)
            rows = announced_data(lines, j, self.rules.list_max_items)
            if rows and not self._names_articles(lines[j]) \
                    and all(labels[k] in (None, "tail_widget", *_DATA_LABELS) for k in range(j + 1, j + 1 + rows)):
                for k in range(j, j + 1 + rows):
                    labels[k] = None

    @staticmethod
    def _quoted_heading(items, words, labels, j: int, k: int) -> bool:
        """Round 9: the heading of a document the article reprints, right under the line announcing it in words ("... đăng
        tải thông báo của UBND như sau:" over "THÔNG BÁO" over its text): a label of one to three words a rule took for a
        widget's ("Thông báo" is also a site's notification bell), with the article's text under it."""
        return k == j + 1 and _announces_in_words(items[j][1]) and labels[k] in ("share_widget", "widget_label") \
            and words[k] <= 3 and k + 1 < len(items) and labels[k + 1] is None

    @staticmethod
    def _quoted_person(items, labels, j: int) -> bool:
        """Round 7 (F11): a name taken for a byline right under a kept line that ends by attributing a quote
        ('"...", ông nói.'), with a line of their role under it ("Bác sĩ Trần Văn Minh" or "Trần Văn Minh" over
        "Giám đốc Sở Y tế Hà Nội"), is the person quoted, not the writer (a writer's name, with a title or not,
        stays a byline: "ThS. BS Thảo Anh", "Đại úy X (Công an tỉnh Y)")."""
        if j == 0 or labels[j - 1] is not None or _QUOTE_SAID.search(items[j - 1][1]) is None:
            return False
        return j + 1 < len(items) and _ROLE.match(items[j + 1][1]) is not None

    @staticmethod
    def _table_at(items, k: int) -> range | None:
        """The rows of the table (as the extractor writes it: "| a | b |") that item k is a row of."""
        if _TABLE_ROW.fullmatch(items[k][1]) is None:
            return None
        a, b = k, k + 1
        while a > 0 and _TABLE_ROW.fullmatch(items[a - 1][1]):
            a -= 1
        while b < len(items) and _TABLE_ROW.fullmatch(items[b][1]):
            b += 1
        return range(a, b)

    def _own_table(self, items, labels, rows: range) -> bool:
        """Round 7 (tester finding F5): is this table the article's data, never related links: most of its rows
        (below the header) carry a number, and it has a header row (the rule "|---|" under its first row) or the
        kept line above announces it ("Bảng xếp hạng sau vòng cuối:", "... như sau")?"""
        a = rows.start
        header = len(rows) > 1 and _TABLE_RULE.fullmatch(items[a + 1][1]) is not None
        data = [k for k in rows if _TABLE_RULE.fullmatch(items[k][1]) is None][1 if header else 0:]
        if not data or 2 * sum(self._data_row(items[k][1]) for k in data) < len(data):
            return False
        if header:
            return True
        above = items[a - 1][1] if a > 0 else ""
        return a > 0 and labels[a - 1] is None and (above.rstrip().endswith(":") or _announces_in_words(above)) \
            and not self._names_articles(above)

    @staticmethod
    def _data_row(line: str) -> bool:
        """A row of data: more than half of its cells carry a number, or half of them do and no cell is a
        headline's length ("| Hà Nội | 28 điểm |"; never "| Giá xăng giảm lần thứ ba | 11/3 |")."""
        cells = [c.split() for c in line.strip().strip("|").split("|") if c.strip()]
        numbers = 2 * sum(any(ch.isdigit() for ch in "".join(c)) for c in cells)
        return numbers > len(cells) or (numbers == len(cells) and all(len(c) <= 4 for c in cells))

    def _release_tables(self, items, words, labels) -> None:
        """Round 7 (F5): the article's own tables right under its text (or under a short title line the tail
        scan took: "Bảng xếp hạng sau vòng 10") are its content, whatever the tail scan made of their rows."""
        k = 0
        while k < len(items):
            rows = self._table_at(items, k)
            if rows is None:
                k += 1
                continue
            k = rows.stop
            if not self._own_table(items, labels, rows):
                continue
            top = rows.start - 1
            title = top >= 0 and labels[top] == "tail_widget" and words[top] <= self.rules.title_max_words \
                and not items[top][1].rstrip().endswith(_SENTENCE_END)
            if not (top - title >= 0 and labels[top - title] is None):
                continue  # under page furniture: a widget's table
            for x in (*rows, *([top] if title else [])):
                if labels[x] in ("tail_widget", *_LIST_ITEM_LABELS):
                    labels[x] = None

    def _release_list_past_link(self, items, words, labels) -> None:
        """Round 10: a list of data lines the article keeps (two or more of one data shape: results, prices) goes on
        past a link line inside it ("SLNA 1-0 Hoàng Anh Gia Lai", "Hà Tĩnh 3-1 Hà Nội FC", "ĐỌC THÊM: <headline>",
        "Thanh Hóa 0-0 Công an Hà Nội", …): the lines under the link of the same shape are its items, not the link's
        related headlines."""
        data = self.rules.subset(None, _DATA_LABELS)
        for j in range(2, len(items) - 1):
            if labels[j] != "related_links" or labels[j - 1] is not None or labels[j - 2] is not None:
                continue
            mark = items[j - 1][1].lstrip()[:1]
            if _WEAK_ITEM.match(items[j - 1][1]) and _WEAK_ITEM.match(items[j - 2][1]) \
                    and items[j - 2][1].lstrip()[:1] == mark:
                # a bulleted list ("- Dự bị đại học", "- Dự bị thạc sỹ") goes on under a box inside it: the box's own
                # lines have no bullet, the list's next items have its bullet ("- Thạc sỹ Marketing …" under "Kỳ 2: …";
                # a box's "+ <headline>" under an interview's "- " questions is the box's)
                m = j
                while m < len(items) and labels[m] == "related_links" and not _WEAK_ITEM.match(items[m][1]):
                    m += 1
                while m > j and m < len(items) and labels[m] == "related_links" and _WEAK_ITEM.match(items[m][1]) \
                        and items[m][1].lstrip()[:1] == mark and words[m] <= self.rules.headline_max_words:
                    labels[m] = None
                    m += 1
                continue
            shape = next((r for r in data if r.matches(items[j - 1][1], words[j - 1])
                          and r.matches(items[j - 2][1], words[j - 2])), None)
            if shape is None:
                continue
            m = j + 1
            while m < len(items) and labels[m] in ("related_links", "tail_widget", *_DATA_LABELS) \
                    and shape.matches(items[m][1], words[m]):
                labels[m] = None
                m += 1

    def _release_list_past_box(self, items, words, labels) -> None:
        """Round 13: a list the article announces ("Người dân có thể nộp hồ sơ tại:", "Các số điện thoại bảo hộ công
        dân:", a speaker's line "Chị Lan, giáo viên:") goes on past a box the page put inside it (a related box, an
        advert label): the lines after the box with the shape of the list's items above it (`_item_shape`: "Label:
        value" with a number, the same first two words), or a quotation under a speaker's line with no item above
        the box, are the list's next items, not the box's headlines."""
        box = ("related_links", "widget_label")
        for b in range(1, len(items)):
            if labels[b] not in box or labels[b - 1] is not None:
                continue
            k = b - 1  # walk up over the list's items (short lines, no sentence end) to its intro
            while k >= 0 and labels[k] is None and b - k <= self.rules.list_max_items and words[k] <= 16 \
                    and not items[k][1].rstrip().endswith((*_SENTENCE_END, "?")):
                k -= 1
            if k < 0 or labels[k] is not None or not items[k][1].rstrip().endswith(":") or words[k] < 3:
                continue
            shapes = {_item_shape(items[n][1]) for n in range(k + 1, b)} - {None}
            if k + 1 < b and not shapes:
                continue
            m = b  # past the box's own lines (at most `list_max_items`, all of the box) to the list's next item
            while m < len(items) and m - b <= self.rules.list_max_items and labels[m] in box \
                    and not self._goes_on(items[m][1], shapes, k + 1 == b):
                m += 1
            if m == b or m - b > self.rules.list_max_items:
                continue
            while m < len(items) and labels[m] in (*box, "tail_widget", "contact_block", *_DATA_LABELS) \
                    and self._goes_on(items[m][1], shapes, k + 1 == b):
                labels[m] = None
                m += 1

    def _goes_on(self, line: str, shapes: set[str], bare: bool) -> bool:
        """Is the line an item of the list (`_release_list_past_box`): of one of its items' shapes, or, under a
        list intro with no item above the box (`bare`), a quotation (a speaker's words)? A line that opens a
        related block with its label ("Đọc thêm: …") is none."""
        shape = _item_shape(line)
        if shape is None or self._opens_block(line):
            return False
        return shape == "quote" if bare else shape in shapes

    @staticmethod
    def _release_steps(items, labels) -> None:
        """Round 17: a procedure's steps numbered in turn ("Bước 1: Tải ứng dụng …" / "Bước 2: Chọn mục …", two or more,
        `step_runs`) are the article's how-to wherever they stand: a related box above them took them for its headlines,
        or the closing zone for its fill. No box numbers its headlines as steps."""
        if not any(label in _STEP_TAKERS for label in labels):
            return
        for j, run in enumerate(step_runs([line for _, line in items])):
            if run and labels[j] in _STEP_TAKERS:
                labels[j] = None

    @staticmethod
    def _release_programme(items, labels) -> None:
        """Round 18: a programme or timeline of timed items ("8h00 - 9h30: Quốc hội biểu quyết …" / "14h00: Họp tổ",
        two or more, with the parts of the day between them and the heading above: `programme_runs`) is the article's
        schedule wherever it stands: a related box above it took it for its headlines, or a page's tail for its fill.
        No box writes its headlines as a time and a colon."""
        if not any(label in _STEP_TAKERS for label in labels):
            return
        for j, run in enumerate(programme_runs([line for _, line in items])):
            if run and labels[j] in _STEP_TAKERS:
                labels[j] = None

    def _release_speaker(self, items, words, labels) -> None:
        """Round 13: the speaker's line under a quotation the article keeps (a quote block, “…”, over "Anh Lê Văn Nam,
        lao động tại Nhật Bản" or "PGS.TS Trần Minh, Viện Hóa học"): a name, a comma and the speaker's role or place
        (`_SPEAKER`), the article's text wherever it stands. A by-line of two writers ("Thu Hà, Minh Anh") has no
        lower-case word after its comma."""
        for j in range(1, len(items)):
            if labels[j] in ("tail_widget", "author_byline", "related_links") and labels[j - 1] is None and words[j] <= 15 \
                    and _QUOTED.fullmatch(items[j - 1][1]) is not None and _SPEAKER.fullmatch(items[j][1]) is not None:
                labels[j] = None
                self._line_under_speaker(items, words, labels, j + 1)

    def _line_under_speaker(self, items, words, labels, j: int) -> None:
        """Round 17: the article's last line, prose without its full stop (`_closing_prose`: "Hai bên nhất trí tổ chức
        kỳ họp tiếp theo vào năm sau"), right under the speaker's line of a closing quotation given back and right over
        a line of the page's furniture a rule claims: the closing zone took it for its fill (`_own_last_line` reads the
        line under a sentence only)."""
        if j + 1 < len(items) and labels[j] == "tail_widget" and labels[j + 1] not in (None, "tail_widget") \
                and self._closing_prose(items[j][1].strip(), words[j]):
            labels[j] = None

    def _release_verse_title(self, items, words, labels) -> None:
        """Round 20: a bracketed phrase in sentence case, three words or more ("(Khói bếp chiều quê)", `_VERSE_TITLE`),
        right under two verse lines or more (kept, short, no sentence end) is the poem's title the article quotes it
        under, not a source in brackets: the closing zone took it for a credit. A credit's name is capitalised or
        under "Theo"; one that reads as a sentence-case phrase under a poem stays (a boilerplate line kept)."""
        end = self.rules.sentence_end
        for j in range(2, len(items)):
            if labels[j] != "source_credit" or end is None or _VERSE_TITLE.fullmatch(items[j][1]) is None:
                continue
            verse = 0
            while verse < j and labels[j - 1 - verse] is None and 3 <= words[j - 1 - verse] <= 12 \
                    and end.search(items[j - 1 - verse][1]) is None and not items[j - 1 - verse][1].rstrip().endswith(":"):
                verse += 1
            if verse >= 2:
                labels[j] = None

    def _release_quote_speaker(self, items, words, labels) -> None:
        """Round 16: a line that is only a quotation (“…”, at most 40 words) right over its speaker's line that opens with a
        title or a rank (`_TITLED_SPEAKER`: "Ông X - Phó Tổng giám đốc EVN", "Đại tá X, Trưởng Công an huyện Y", "Cụ X
        (thôn Y)") is the article's quote and its speaker wherever they stand: a related box above them took the quote for
        its last headline, or the closing zone took both for its fill or a by-line. Both stay.
        Round 20: the speaker's line may be a dash, a title and a name only ("- Nhà văn X", `_DASHED_SPEAKER`).
        Round 17: so does a titled speaker's line right over the quotation it introduces ("Ông X, Thứ trưởng Bộ Y" over
        “…”), which a related box above took for its last headline."""
        taken = (None, "tail_widget", "author_byline", "related_links")
        for j in range(1, len(items)):
            if (labels[j] is None and labels[j - 1] is None) or labels[j] not in taken or labels[j - 1] not in taken:
                continue
            if words[j] <= 20 and words[j - 1] <= 40 and _QUOTED.fullmatch(items[j - 1][1]) is not None \
                    and (_TITLED_SPEAKER.fullmatch(items[j][1]) is not None or _DASHED_SPEAKER.fullmatch(items[j][1]) is not None):
                labels[j - 1] = labels[j] = None
                self._line_under_speaker(items, words, labels, j + 1)
            elif words[j - 1] <= 20 and words[j] <= 40 and _TITLED_SPEAKER.fullmatch(items[j - 1][1]) is not None \
                    and _QUOTED.fullmatch(items[j][1]) is not None:
                labels[j - 1] = labels[j] = None

    def _release_signoff(self, items, words, labels) -> None:
        """Round 10: an essay's place-and-date sign-off ("Hà Giang, đầu tháng 11/2024") right over its signature (a
        byline, a credit), under a box inside the article (a series' or related links, at most five lines, their header
        maybe kept) that stands under a kept sentence of the article: the article's last line, though a box parts it
        from the text (`_own_last_line` takes only one right under the text).
        Round 14: so is the article's closing line of a heading's shape (`subheading_like`, three words or more: "Chúc
        các bạn thành công với món ăn này", "Vững vàng nơi biên cương") right over its signature or its continuation
        mark, under such a box (a caption in it too): taken for the box's last headline before. A related box's last
        headline right over the byline stays with it (a boilerplate line kept, never an article line lost).
        Round 15: so is a closing line of text's length without its full stop (`_closing_shape`), over a credit with
        the photographer's name too ("Bài: X - Ảnh: Y"), under a box of offers or contacts as well.
        Round 17: and over a signature the box took for its next headline (`_signature_line`). A box's line that ends in a
        headline's date stamp ("… (02/12)") stays in the box (tester ATK8: a lone related headline over "Nguồn: X")."""
        end = self.rules.sentence_end
        for j in range(2, len(items) - 1):
            line = items[j][1].strip()
            stamped = _TIME_OF_DAY.search(line) or (labels[j] == "related_links" and _HEADLINE_STAMP.search(line))
            if labels[j] not in ("tail_widget", "dateline", "related_links") or end is None or stamped:
                continue  # a line stamped like a link (a time, a headline's "(02/12)") is a box's, never the closing line
            signoff = labels[j] != "related_links" and labels[j + 1] in _SIGNATURE and words[j] <= 10 \
                and _SIGNOFF.fullmatch(line) is not None
            signature = labels[j + 1] in _SIGNATURE or labels[j + 1] == "continuation" or (
                labels[j + 1] == "photo_caption" and _SURE_BYLINE.match(items[j + 1][1]) is not None) or (  # "Bài: X - Ảnh: Y"
                labels[j] == labels[j + 1] == "related_links" and self._signature_line(items[j + 1][1], words[j + 1]))
            closing = signature and words[j] >= 3 and (subheading_like(line) or self._closing_shape(line, words[j]))
            if not (signoff or closing):
                continue
            k, boxed = j - 1, 0
            while k >= 0 and j - k <= 6 and (labels[k] in ("related_links", "continuation", "widget_label", "photo_caption",
                                                           "price_widget", "contact_block")
                                             or (labels[k] in (None, "tail_widget") and words[k] <= 4)
                                             or (labels[k] == "tail_widget" and words[k] <= 8 and _FIELD.fullmatch(items[k][1]))):
                boxed += labels[k] is not None
                k -= 1
            if boxed and k >= 0 and labels[k] is None and (words[k] >= self.rules.prose_min_words or (
                    words[k] >= self.rules.sentence_min_words and end.search(items[k][1]) is not None)):
                labels[j] = None
                # round 20: over a closing paragraph without its full stop, a short line of a sub-heading's shape the box
                # took last (fewer than `HEADLINE_WORDS` words, unmarked: "Cử tri mong gì") is its heading
                h = j - 1
                if words[j] >= self.rules.prose_min_words and h > k + 1 and labels[h] == "related_links" \
                        and words[h] < HEADLINE_WORDS and subheading_like(items[h][1]) and not self._link_item(items[h][1]):
                    labels[h] = None

    def _signature_line(self, line: str, n_words: int) -> bool:
        """Round 17: a line a by-line's or a credit's tail rule claims ("ThS. Phạm Minh", "Nguồn: Cổng thông tin X") that a
        related box above it took for a headline of its own (`_release_signoff`): the article's signature all the same."""
        rule = self._first(self._tail, line, n_words)  # (not a line in capitals: a box's header reads as a name too)
        return rule is not None and rule.name in _SIGNATURE and not line.isupper()

    def _closing_shape(self, line: str, n_words: int) -> bool:
        """Round 15: an article's closing line without its full stop, longer than a sub-heading ("Dự kiến dự án sẽ bàn
        giao nhà cho cư dân vào cuối năm sau"): capitalised, of text's length, no sentence end, no label's colon, and no
        rule claims it wherever it stands (a link's mark: "Xem thêm >>> <headline>")."""
        end = self.rules.sentence_end
        return line[:1].isupper() and n_words <= self.rules.headline_max_words and ":" not in line \
            and self.reads_as_text(line, n_words) and not (end is not None and end.search(line)) \
            and self._first(self._anywhere, line, n_words) is None

    def _release_stranded_fill(self, words, labels) -> None:
        """Round 10: the closing zone's lines that turn out to stand above more of the article's text. `tail_widget`
        lines are unknown lines the closing scan passed between boilerplate lines, or below the article; when the lines
        it passed on both sides are given back to the article (an announced list under them, "Đường dây nóng …:" over
        its hospitals), a run of them standing between two kept lines is the article's too (a doctor's name and
        hospital under the answer, "TS.BS X" / "Bệnh viện Y"). A contact line (one or two) between two kept lines of
        running text (`prose_min_words`) is the article's own ("Để biết thêm chi tiết và đăng ký thi, liên hệ: Văn
        phòng X: Số 1/33B …" with more of the article under it): the tail rules act only below the article."""
        prose = self.rules.prose_min_words
        j = 1
        while j < len(labels) - 1:
            if labels[j] not in ("tail_widget", "contact_block") or labels[j - 1] is not None:
                j += 1
                continue
            kind = labels[j]
            k = j
            while k < len(labels) and labels[k] == kind:
                k += 1
            if k < len(labels) and labels[k] is None and (
                    kind == "tail_widget" or (k - j <= 2 and min(words[j - 1], words[k]) >= prose)):
                labels[j:k] = [None] * (k - j)
            j = k

    def _release_scorers(self, items, words, labels) -> None:
        """Round 10: a match's result with its scorers under it ("Quảng Nam 2 - 3 Hà Nội FC" over "Ghi bàn: Công Việt
        (14'), Minh Lộc (53')") is the article's box about the match it reports, wherever it stands; a live-score
        ticker or a related headline names no scorers with their minutes."""
        scores = self.rules.subset(None, ("score_widget",))
        for j in range(1, len(items)):
            if _SCORERS.fullmatch(items[j][1]) is None or labels[j] is None and labels[j - 1] is None:
                continue
            if any(r.matches(items[j - 1][1], words[j - 1]) for r in scores):
                labels[j - 1] = labels[j] = None

    @staticmethod
    def _release_numbered(items, labels) -> None:
        """Items that go on numbering a list the article's kept lines began, in the same marks and close below
        ("#1 …", "#2 …" kept: "#3 …" is the third item, not a related headline)."""
        last, at, style = 0, -9, None  # the last numbered item kept: its number, line and marks
        for j, (_, line) in enumerate(items):
            m = _NUMBERED.match(line)
            if m is None or not (m.group(1) or m.group(3)):
                continue  # a bare number opens a headline too ("3 doanh nghiệp …"): marks are needed
            number, marks = int(m.group(2)), (m.group(1), (m.group(3) or "").strip())
            if labels[j] is None:
                last, at, style = number, j, marks
            elif number == last + 1 and marks == style and j - at <= 3 and labels[j] in ("related_links", "tail_widget"):
                labels[j] = None
                last, at = number, j
