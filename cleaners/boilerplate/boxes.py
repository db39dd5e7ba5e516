"""Issue 12, article text shaped like boilerplate, boxes first (`Boxes`, `_release_boxes` and what it calls): an info
or contact box under the article's text (`_own_box`), data lines under a kept heading, the article's last line
(`_own_last_line`), a reprinted notice's signature block, items numbering a kept list, a quotation's author, a
person presented by a role line, a letter's signature; half a contact box (`_release_half_box`, `_advertised`) and
the article's own contact items (`_release_own_contact`)."""

from __future__ import annotations

import regex

from cleaners.boilerplate.shapes import (
    _ACADEMIC,
    _ADDRESS,
    _ANSWER_MARK,
    _BARE_VALUE,
    _CAPS_TITLE,
    _COMPANY_NAME,
    _CONTACT_ITEM,
    _DOMAIN,
    _ENDS_NUMBER,
    _FIELD,
    _HOUSE_ADDRESS,
    _INFO_FIELD,
    _LETTER_CLOSE,
    _MAIL_HOSTS,
    _NAME_LINE,
    _ON_BEHALF,
    _QUOTE_AUTHOR,
    _QUOTED,
    _ROLE,
    _ROLE_LINE,
    _SALUTATION,
    _SENTENCE_END,
    _SIGNED,
    _SIGNOFF,
    _TIME_OF_DAY,
    CONTACT_BOX_MAX_LINES,
    _box_label,
    signer_block,
)
from cleaners.line_shapes import closing_prose


class Boxes:
    """Passes that give boxes back to the article; mixed into `BoilerplateCleaner`."""

    def _release_boxes(self, items, words, labels) -> None:
        """Issue 12 (precision traps): lines a shape rule took that the article's text around them shows to be
        its own (a last pass, after `_release_own_lines`):
        - an info or contact box right under the article's text (`_own_box`);
        - data lines (a forecast, prices, results) under a kept heading of the article and over its next
          paragraph ("Dự báo nhiệt độ thấp nhất đêm nay" / "Sa Pa: 3-5°C" / "Mẫu Sơn: 1-3°C" / a paragraph);
        - the article's last line under its last sentence: a short line of prose without a full stop, or an
          essay's place-and-date sign-off (`_own_last_line`);
        - a reprinted notice's signature block (`_release_signed`) and items going on numbering a kept list
          (`_release_numbered`);
        - a quotation's author between two of the article's lines ("“Học đi đôi với hành”" / "(Khổng Tử)");
        - a name over the line of its role, between lines of the article (the person it presents);
        - a letter's signature under its closing formula ("Trân trọng."), in a text opening with a greeting."""
        n, j = len(items), 0
        while j < n:
            j = self._own_box(items, words, labels, j)
        k = 0
        while k < n:
            if labels[k] not in ("weather_widget", "price_widget", "score_widget"):
                k += 1
                continue
            a = k
            while k < n and labels[k] in ("weather_widget", "price_widget", "score_widget"):
                k += 1
            # (only data lines, under a kept heading: a widget's own header is no datum, and a box in the body
            # the forward pass found, "THỜI TIẾT X" over its forecast, stays a widget)
            heading = a >= 2 and labels[a - 1] is None and labels[a - 2] is None and words[a - 1] <= 12 \
                and not items[a - 1][1].rstrip().endswith(_SENTENCE_END[:4])
            if heading and k < n and k - a <= self.rules.list_max_items and labels[k] is None \
                    and self.reads_as_text(items[k][1], words[k]) \
                    and all(any(ch.isdigit() for ch in items[x][1]) for x in range(a, k)):
                for x in range(a, k):
                    labels[x] = None
        self._release_signed(items, labels)
        self._release_numbered(items, labels)
        self._release_own_contact(items, words, labels)
        role_line = _ROLE_LINE
        greeted = any(labels[x] is None and _SALUTATION.fullmatch(items[x][1]) for x in range(min(n, 6)))
        for j in range(1, n):
            line, above = items[j][1], items[j - 1][1]
            if labels[j] in ("tail_widget", "dateline") and self._own_last_line(items, words, labels, j):
                labels[j] = None
            elif labels[j] in ("author_byline", "source_credit") and labels[j - 1] is None and j + 1 < n \
                    and labels[j + 1] is None and self.reads_as_text(items[j + 1][1], words[j + 1]) \
                    and _QUOTED.fullmatch(above) and words[j] <= 6:
                labels[j] = None  # a quotation's author between two of the article's lines (an epigraph)
            elif labels[j] in ("author_byline", "source_credit") and self._quotation_author(items, words, labels, j):
                labels[j] = None  # tester T6 F3: at the article's end too, "(Khổng Tử)" under "“Học đi đôi với hành”"
            elif labels[j] == "author_byline" and labels[j - 1] is None \
                    and _NAME_LINE.fullmatch(regex.sub(r"\s*\([^()]{1,40}\)\s*$", "", line).strip()):
                if greeted and _LETTER_CLOSE.fullmatch(above):
                    labels[j] = None
                elif self._answers_question(items, words, labels, j):
                    labels[j] = labels[j + 1] = None
                elif j + 2 < n and labels[j + 1] is None and labels[j + 2] is None and words[j + 1] <= 15 \
                        and role_line.match(items[j + 1][1]) and not items[j + 1][1].rstrip().endswith(_SENTENCE_END) \
                        and self.reads_as_text(above, words[j - 1]) and self.reads_as_text(items[j + 2][1], words[j + 2]):
                    labels[j] = None

    def _release_half_box(self, items, words, labels) -> None:
        """Tester finding F14: a contact box is the article's or an advert's, never half. Contact lines the tail
        scan took (a phone line) in a box whose other lines the rules kept (a name and address, an account, a
        contact with its own phone), all under a kept line of the article that asks readers to reach someone ("Bạn
        đọc muốn giúp đỡ gia đình em Nam xin liên hệ", "…, vui lòng liên hệ:"), are the article's too; unless the box
        is an advert's (`_advertised`)."""
        n, j = len(items), 0
        while j < n:
            if labels[j] != "contact_block" or _box_label(items[j][1]):  # (round 12: a box's label opens its own box)
                j += 1
                continue
            t, b = j - 1, j
            while t > 0 and j - t <= CONTACT_BOX_MAX_LINES and labels[t] in (None, "contact_block") \
                    and self._box_line(items[t][1], words[t]) and not self._intro(items[t][1]):
                t -= 1
            while b + 1 < n and b + 1 - t <= CONTACT_BOX_MAX_LINES and labels[b + 1] in (None, "contact_block") \
                    and self._box_line(items[b + 1][1], words[b + 1]) \
                    and not (labels[b + 1] == "contact_block" and _box_label(items[b + 1][1])):
                b += 1
            box = range(t + 1, b + 1)
            if t >= 1 and labels[t] is None and labels[t - 1] is None and words[t] >= 4 and self._intro(items[t][1]) \
                    and not self._names_articles(items[t][1]) and any(labels[k] is None for k in box) \
                    and not self._advertised(items, labels, t, box):
                for k in box:
                    labels[k] = None
            j = b + 1

    @staticmethod
    def _box_line(line: str, n_words: int) -> bool:
        """A line of a contact box: a name, an address, a field, a phone (at most 30 words, no sentence's end)."""
        return n_words <= 30 and not line.rstrip().endswith((".", "!", "?", "…")) \
            and (n_words <= 8 or "," in line or ":" in line or any(ch.isdigit() for ch in line))

    def _advertised(self, items, labels, t: int, box: range) -> bool:
        """Is the contact box under intro t an advert's: the intro names an advertiser (a contact anchor besides
        "liên hệ"), a line of it is an advertiser's name line, or it carries an anchor (a company, a web or e-mail
        address) and names no organisation the article's text above names, by name or by its address's domain
        ("Công ty IDP …" under an article about IDP's seminar is the article's), nor is a university's address?"""
        anchor = self.rules.contact_anchor
        if anchor is None:
            return False
        if anchor.search(regex.sub(r"(?i)liên (?:hệ|lạc)", " ", items[t][1])) is not None \
                or any(self._advert_head(items[k][1]) for k in box):
            return True
        body = "\n".join(items[k][1] for k in range(t + 1) if labels[k] is None)  # the intro too: "Liên hệ với VISCO:"
        for k in box:
            line = items[k][1]
            if anchor.search(regex.sub(r"(?i)liên (?:hệ|lạc)", " ", line)) is None:
                continue
            domains = [m.group(1) for m in _DOMAIN.finditer(line)]
            if domains and all(_ACADEMIC.search(x) for x in domains) and _COMPANY_NAME.search(line) is None:
                continue  # a university's address ("…@eng.ox.ac.uk", "…@phc.uni-kiel.de"): a scholarship's contact
            name = _COMPANY_NAME.search(line)
            names = [name.group(1)] if name is not None and len(name.group(1)) >= 3 else []
            # (an e-mail or web address by its own name: "…@sbs.bangor.ac.uk" under contacts "…@bangor.ac.uk")
            names += [x for m in _DOMAIN.finditer(line) for x in m.group(1).split(".")
                      if len(x) >= 4 and x.lower() not in _MAIL_HOSTS]
            if not any(regex.search(r"(?<![\w.@])" + regex.escape(x) + r"(?!\w)|(?<=[@.])" + regex.escape(x) + r"\.",
                                    body, regex.IGNORECASE) for x in names):
                return True
        return False

    @staticmethod
    def _quotation_author(items, words, labels, j: int) -> bool:
        """Tester T6 F3: is line j a quotation's author right under it, a name in brackets (two to five words, each
        capitalised, none in capitals: "(Khổng Tử)", "(Tố Hữu)"; never a credit's acronym, "(TTXVN)") under a kept line
        that is a short quotation and nothing else ("“Học đi đôi với hành”", at most 25 words), whatever follows it?"""
        return j > 0 and labels[j - 1] is None and words[j - 1] <= 25 and _QUOTED.fullmatch(items[j - 1][1]) is not None \
            and _QUOTE_AUTHOR.fullmatch(items[j][1]) is not None

    def _answers_question(self, items, words, labels, j: int) -> bool:
        """Tester T6 F3: is the name at line j a Q&A column's answerer: a titled name ("Luật sư Lê Văn Bình", `_ROLE`) over
        the line of their organisation (short, capitalised, no sentence: "Đoàn Luật sư TP Hà Nội"; kept, or taken as a
        widget of the page's tail only), under an answer the text marks as one ("Trả lời:", "Luật sư tư vấn:" kept above)?"""
        if j + 1 >= len(items) or labels[j + 1] not in (None, "tail_widget") or _ROLE.match(items[j][1]) is None:
            return False
        org = items[j + 1][1].strip()
        if words[j + 1] > 12 or not org[:1].isupper() or org.endswith(_SENTENCE_END) or org.endswith(("?", "!")) \
                or self.reads_as_text(org, words[j + 1]):
            return False
        return any(labels[k] is None and _ANSWER_MARK.match(items[k][1]) for k in range(j))

    def _release_own_contact(self, items, words, labels) -> None:
        """Round 11: a contact line in the closing zone whose house number and street a paragraph of the article names
        ("… phỏng vấn tại văn phòng Công ty Đức Anh, 96 Lò Đúc, Hà Nội …" over "Chi tiết liên hệ: Công ty … Đức Anh 96
        Lò Đúc, Hà Nội. ĐT: …"): the contact of the event the article announces, not an advertiser's box; with the
        contact lines right under it (a phone, an e-mail, another address of the same box)."""
        prose = [j for j in range(len(items)) if labels[j] is None and words[j] >= self.rules.prose_min_words]
        if not prose:
            return
        for j in range(prose[0] + 1, len(items)):
            if labels[j] not in ("tail_widget", "contact_block"):
                continue
            places = [m.group() for m in _HOUSE_ADDRESS.finditer(items[j][1])]
            if places and any(p in items[k][1] for p in places for k in prose if k < j):
                # the box's other contact lines under it go with it (a contact box is never half the article's)
                k = j
                while k < len(items) and k - j < CONTACT_BOX_MAX_LINES and labels[k] in (None, "tail_widget", "contact_block") \
                        and (k == j or _CONTACT_ITEM.search(items[k][1]) or _ADDRESS.search(items[k][1])
                             or _HOUSE_ADDRESS.search(items[k][1]) or _FIELD.fullmatch(items[k][1])):
                    labels[k] = None  # (a field between them, "Tại TP HCM: 502/472, …", is the box's too)
                    k += 1

    @staticmethod
    def _release_signed(items, labels) -> None:
        """A signature block of an administrative document the article reprints, under its kept text: from a
        "(Đã ký)" line up over "TM. …"/"KT. …" lines and titles in capitals (at most three), and down to the
        signer's name right under it; round 11: with no "(Đã ký)", an office in capitals over a name (`signer_block`)."""
        texts = [line for _, line in items]
        for j, (_, line) in enumerate(items):
            block = signer_block(texts, j)
            if block is not None and labels[block.start - 1] is None:
                for k in block:
                    labels[k] = None
                continue
            if not _SIGNED.fullmatch(line):
                continue
            a = j
            while a > 0 and j - a < 3 and (_ON_BEHALF.fullmatch(items[a - 1][1]) or _CAPS_TITLE.fullmatch(items[a - 1][1])):
                a -= 1
            if a == j or a == 0 or labels[a - 1] is not None or not any(_ON_BEHALF.fullmatch(items[k][1])
                                                                          or len(items[k][1].split()) <= 4 for k in range(a, j)):
                continue
            end = j + 1 if j + 1 < len(items) and _NAME_LINE.fullmatch(items[j + 1][1].strip()) \
                and len(items[j + 1][1].split()) <= 5 else j
            for k in range(a, end + 1):
                labels[k] = None

    def _own_last_line(self, items, words, labels, j: int) -> bool:
        """Is line j, right under a kept sentence and the last line before the page's furniture, the article's
        last line: prose without its full stop (five to fifteen words of running text, no digit, no mark of a
        widget: "Hy vọng mùa màng năm tới sẽ bội thu") or a place-and-date sign-off ("Huế, 1.11.2023")?"""
        line, n = items[j][1].strip(), words[j]
        end = self.rules.sentence_end
        # (tester T6 F3: a sign-off may stand under an epigraph closing the article, its author in brackets kept above)
        signs_epigraph = n <= 10 and _SIGNOFF.fullmatch(line) is not None and self._quotation_author(items, words, labels, j - 1)
        if labels[j - 1] is not None or end is None or (not signs_epigraph and (words[j - 1] < self.rules.sentence_min_words
                                                                                or end.search(items[j - 1][1]) is None)) \
                or (j + 1 < len(items) and (labels[j + 1] in (None, "tail_widget") or (
                    labels[j + 1] == "related_links" and not self._related_header(items[j + 1][1], words[j + 1])))):
            return False  # (right over a related box's headlines or an unknown line it may be their header, a widget)
        if n <= 10 and _SIGNOFF.fullmatch(line) and not _TIME_OF_DAY.search(line):
            return True
        return self._closing_prose(line, n)

    @staticmethod
    def _closing_prose(line: str, n: int) -> bool:
        """Prose without its full stop (`_own_last_line`; `line_shapes.closing_prose`, which the learner reads too)."""
        return closing_prose(line, n)

    def _own_box(self, items, words, labels, j: int) -> int:
        """An info or contact box right under the article's text, which a tail rule took (as contact lines, a
        widget, a byline for its heading): its field lines ("Giờ mở cửa: 8h00 - 17h00", "Địa chỉ: …",
        "Điện thoại: …"), under an optional short heading ("PHÒNG TUYỂN SINH"), stay when the article line
        above asks the reader to reach someone ("… có thể liên hệ HTX X.", "… liên hệ trực tiếp:"), when two of
        its fields are an event's or a place's practical data (`_INFO_FIELD`: time, place, tickets, opening
        hours) under the article's prose, or when three of its items are already kept (a hotline list: an item
        naming a company stays too). An advertiser's name line in it, or an intro naming a company, makes it an
        advert. Returns where to look next."""
        n = len(items)

        def item(k: int) -> bool:
            line = items[k][1]
            if labels[k] == "author_byline":  # a field a byline rule took ("Tác giả: X" over "Nhà xuất bản: Y")
                return words[k] <= 12 and _FIELD.fullmatch(line) is not None
            return labels[k] in (None, "tail_widget", "contact_block") and words[k] <= 30 and (
                _FIELD.fullmatch(line) is not None or _CONTACT_ITEM.search(line) is not None
                or _ENDS_NUMBER.search(line) is not None)

        if labels[j] not in ("tail_widget", "contact_block") or not item(j):
            return j + 1
        a, b = j, j
        while a > 0 and item(a - 1):
            a -= 1
        while b + 1 < n and item(b + 1):
            b += 1
        top, header = a - 1, None
        if top >= 1 and words[top] <= 8 and labels[top] in (None, "tail_widget", "author_byline") \
                and not items[top][1].rstrip().endswith(_SENTENCE_END) and not self._intro(items[top][1]) \
                and not (labels[top] is None and self.reads_as_text(items[top][1], words[top])):
            header, top = top, top - 1
        if top < 0 or labels[top] is not None or (top > 0 and labels[top - 1] == "contact_block"):
            return b + 1
        box = [*([header] if header is not None else []), *range(a, b + 1)]
        anchor, intro = self.rules.contact_anchor, self.rules.list_intro
        if any(self._advert_head(items[k][1]) for k in box):
            return b + 1
        text = items[top][1].strip()
        bare = regex.sub(r"(?i)liên (?:hệ|lạc)", " ", text)
        # (a request in words, "Thí sinh cần tư vấn có thể liên hệ:", "… xin liên hệ HTX X.": a bare "Liên hệ:" or
        # "Thông tin chi tiết … liên hệ:" opens an advertiser's box)
        asks = intro is not None and intro.fullmatch(text.rstrip(" .!:")) is not None \
            and (anchor is None or anchor.search(bare) is None)
        run = range(a, b + 1)
        # an event's data, or (batch 2 of the traps) a box of fields no rule knows (a phone's specs, a book's
        # publisher and pages, travel tips): two or more, every line of the box a field, under a heading or prose
        # (counters are no such box: "Đang truy cập: 727", "Hôm nay: 13.235" — values that are bare numbers)
        counters = 2 * sum(_BARE_VALUE.search(items[k][1]) is not None for k in run) >= len(run)
        unknown = sum(labels[k] == "tail_widget" for k in run) >= 2 and not counters \
            and all(_FIELD.fullmatch(items[k][1]) for k in run)
        info = (sum(_INFO_FIELD.match(items[k][1]) is not None for k in run) >= 2 or unknown) \
            and (header is not None or self.reads_as_text(text, words[top]))
        kept = sum(labels[k] is None for k in run) >= 3
        if asks or info:
            for k in box:
                if labels[k] in ("tail_widget", "contact_block", "author_byline"):
                    labels[k] = None
        elif kept:  # only an item of the kept items' shape: a name with its number, no "Tel:"/"Email:" field, no address
            for k in run:
                if labels[k] == "contact_block" and not _FIELD.fullmatch(items[k][1]) and not _ADDRESS.search(items[k][1]):
                    labels[k] = None
        return b + 1
