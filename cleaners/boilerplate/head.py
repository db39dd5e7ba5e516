"""The head of a page, above and around the article's first line (`HeadZone`): the leading menu, the article's first
line, menus and page furniture above the title (`head_widget`), the lines around the title (a breadcrumb split into
lines, a credit or a byline by the dateline) and a byline under the lead (rounds 5-11)."""

from __future__ import annotations

import re

from cleaners.boilerplate.shapes import (
    _BY_MARK,
    _CRUMB_MARK,
    _JOINT_BYLINE,
    _MENU_BREAK,
    _NAV_ROOT,
    _QUOTED_WORD,
    _SEPARATED,
    _SIGNATURE,
    _SURE_BYLINE,
)


class HeadZone:
    """The head zone's passes; mixed into `BoilerplateCleaner`."""

    def _menu(self, items, words, labels) -> int:
        """A leading run of at least `menu_min_items` very short lines is a site menu; returns its length."""
        n, limit = 0, self.rules.menu_max_words
        while n < len(items) and words[n] <= limit and len(items[n][1]) <= self.rules.menu_max_chars \
                and not _MENU_BREAK.search(items[n][1]):
            n += 1
        if self.rules.menu_min_items and n >= self.rules.menu_min_items:
            for k in range(n):
                labels[k] = "menu"
            return n
        return 0

    def _first_article(self, items, words) -> int | None:
        """The article's first line: the first line no line/head rule claims that is a sentence
        (`sentence_min_words` ending with a sentence end) or a paragraph (`article_min_words`). The head
        zone (head rules: datelines, breadcrumbs) reaches at least down to it."""
        end, rules = self.rules.sentence_end, self._anywhere + self._head + self._top
        # round 7: a title ending like a sentence ("Vì sao ... không nổ?", "... 'Tôi rất buồn...'") with its
        # dateline or byline right under it is the title, not the article's first line
        under = self._head + self._top + self.rules.subset(("tail",), _SIGNATURE)
        for i, (_, line) in enumerate(items):
            n = words[i]
            if (n >= self.rules.article_min_words or (n >= self.rules.sentence_min_words and end is not None
                                                        and end.search(line) is not None)) \
                    and self._first(rules, line, n) is None:
                if n < self.rules.title_max_words and i + 1 < len(items) \
                        and (nxt := self._first(under, items[i + 1][1], words[i + 1])) is not None \
                        and nxt.name in ("dateline", *_SIGNATURE):
                    continue
                return i
        return None

    def _menu_like(self, line: str) -> bool:
        """A menu item: a label of at most `head_menu_max_words` words, or two joined by a dash or "&" ("Văn
        hóa - Văn nghệ"), no punctuation."""
        parts = [p.split() for p in re.split(r"\s[-–&]\s", line)]
        return len(parts) <= 2 and all(1 <= len(p) <= self.rules.head_menu_max_words for p in parts) \
            and len(line) <= self.rules.menu_max_chars + 10 and not _MENU_BREAK.search(line) \
            and not _QUOTED_WORD.search(line)

    def _page_head(self, items, words, labels, first: int) -> None:
        """A page's head above the article (round 5): before the article's first line, a run of
        `menu_min_items` or more menu items anywhere is a menu; and when the head holds
        `head_furniture_min` lines of page furniture (menus, a breadcrumb, a widget label, a share or
        listen bar), every line above the title (the last headline-like line above the article, no rule
        claiming it) is page furniture too (`head_widget`): a site's name, a date bar, "Đặt mua báo in",
        "Tìm kiếm". Lines between the title and the article stay unless a rule claims them (a subtitle
        or a short sapo is the article's)."""
        # the title is never furniture: the last unlabelled line above the article, and the last such
        # line of a headline's shape (a tool line may stand between the title and the article)
        guard = {x for x in (self._last_unlabelled(labels, first, lambda x: True),
                             self._last_unlabelled(labels, first, lambda x: words[x] >= 3)) if x is not None}
        k = 0
        while k < first:
            m = k
            while m < first and m not in guard and labels[m] in (None, "widget_label", "menu", "share_widget") \
                    and self._menu_like(items[m][1]):
                m += 1
            # a menu is navigation: a breadcrumb, a dateline or a tool bar follows it before the article
            # (table cells after a title and its intro have none below them); or (round 7) it runs down to the
            # title with such furniture above it, from the page's top ("Hôm nay: thứ bảy, 25-06-2019" over the items)
            nav_bar = (*self.rules.tail_furniture, "dateline")
            # round 10: the run's last line over the page's dateline, with no other headline below it, is the title
            # ("VĂN HÓA" … "ẢNH" over "Cuộc chiến giành Berlin" over "Thứ bảy, 29 tháng 7, 2023 - 08:11")
            if m - k > max(self.rules.menu_min_items, 1) and m < first and labels[m] == "dateline" and words[m - 1] >= 3 \
                    and not any(labels[x] is None and words[x] >= 3 and ":" not in items[x][1] for x in range(m + 1, first)):
                m -= 1
            if m - k >= max(self.rules.menu_min_items, 1) \
                    and (any(labels[x] in nav_bar for x in range(m, first))
                         or (m in guard and k > 0 and all(labels[x] in nav_bar for x in range(k)))):
                for x in range(k, m):
                    labels[x] = "menu"
            k = max(m, k + 1)
        chunks = self.rules.menu_chunks
        if chunks is not None:  # a menu joined by spaces, next to other navigation (round 6)
            nav = ("menu", "breadcrumb", "dateline", "share_widget", "widget_label")
            for x in range(first):
                # (the text's first line over a dateline is its title: "Một nữ lao động Việt Nam tại Đài Loan ...")
                near = nav if x > 0 else ("menu", "breadcrumb")
                # (round 9: the first line under a menu, one item a line or items split by a separator, is the title's
                # place: "Thi thể Nguyễn Tường Vân về tới Australia" reads as chunks too; a second menu does not stand there)
                # (round 10: so is the first line under a breadcrumb, "Trang chủ › Thời sự giáo dục › Sự kiện" over
                # "Nguyên chánh thanh tra Sở Địa chính Tây Ninh lừa tiền")
                under_items = x > 0 and (labels[x - 1] == "breadcrumb" or labels[x - 1] == "menu" and (
                    self._menu_like(items[x - 1][1]) or _SEPARATED.search(items[x - 1][1]) is not None))
                if labels[x] is None and x not in guard and words[x] >= 5 and chunks.fullmatch(items[x][1]) \
                        and not under_items and any(0 <= y < first and labels[y] in near for y in (x - 1, x + 1)):
                    labels[x] = "menu"
        self._around_title(items, words, labels, first)
        furniture = self.rules.tail_furniture
        if sum(labels[x] in furniture for x in range(first)) < self.rules.head_furniture_min:
            return
        # navigation (menus, a breadcrumb) comes before the title: the title is the first line after the
        # navigation begins that reads as a headline; what lies above the navigation's last line before it
        # is the page's
        nav = [x for x in range(first) if labels[x] in ("menu", "breadcrumb")]
        if not nav:
            return
        heads = [x for x in range(nav[0], first) if labels[x] is None and words[x] >= 3
                 and not _SEPARATED.search(items[x][1]) and not self._menu_like(items[x][1])]
        title = heads[0] if heads else first
        live = self.rules.live_link
        if live is not None and len(heads) > 1 and live.fullmatch(items[title][1]) \
                and any(labels[x] in ("menu", "breadcrumb") for x in range(title + 1, heads[1])):
            # round 19: a live-coverage link ("Trực tiếp: X") over the page's last navigation line, a headline under
            # that line: the headline is the title, the link the page's teaser
            title = heads[1]
        last = max(x for x in nav if x < title) if nav[0] < title else 0
        if title == first:
            # round 9: no title under the navigation: a headline right over a breadcrumb is the title ("Ông chủ Kinh
            # Bắc Group bị khởi tố" over "Hồ sơ vụ án » Hình sự"), in pages whose breadcrumb stands under it
            guard |= {x for x in range(1, last) if labels[x] is None and labels[x + 1] == "breadcrumb"
                      and words[x] >= 3 and not _SEPARATED.search(items[x][1]) and not self._menu_like(items[x][1])}
        for x in range(1, last):  # the first line may be the record's title put first: never taken by position
            if labels[x] is None and x not in guard:
                labels[x] = "head_widget"

    def _byline_under_lead(self, items, words, labels, first: int) -> None:
        """Round 11: a page's byline between the article's first paragraph (its lead) and the next one, where a page
        puts its author box under the lead ("Phóng viên Lê Kim Quân", "Ngô Thanh Hiếu - Quang Hà thực hiện", "Tạ
        Thanh Hà (theo VTV)"): a credit the closing zone would take, with a role, "thực hiện" or "(theo X)" in it (a
        name alone there may be a sub-heading)."""
        j = first + 1
        if j + 1 >= len(items) or labels[j] is not None or labels[first] is not None or words[j] > 10 \
                or not self.reads_as_text(items[first][1], words[first]) \
                or not self.reads_as_text(items[j + 1][1], words[j + 1]):
            return
        line = items[j][1]
        rule = self._first(self.rules.subset(("tail",), ("author_byline",)), line, words[j])
        if rule is not None and (_SURE_BYLINE.match(line) or _BY_MARK.search(line)):
            labels[j] = rule.name

    def _around_title(self, items, words, labels, first: int) -> None:
        """Round 6: the lines around a page's title, above the article's first sentence. The title is the
        last line above the article of four words or more that no rule claims and that is no credit. Below
        it, a credit ("Theo VnExpress") is the page's, as at the article's end, and so is a byline next to the
        dateline ("Trung úy Trần Bảo Mai" above "08:09 | 23/10/2016"; a name alone under the title may be its
        subtitle). Above it, under the navigation (a menu, a breadcrumb, a "Trang chủ" link), the short
        labels down to the title are a breadcrumb split into lines or a section's badge ("Phóng sự",
        "Tin trong tỉnh »", "Báo Tiền Phong"). Without such a title nothing is taken."""
        credits = self.rules.subset(("tail",), _SIGNATURE)
        title = next((x for x in range(first - 1, -1, -1) if labels[x] is None and words[x] >= 4
                      and self._first(credits, items[x][1], words[x]) is None), None)
        if title is None:
            return
        for x in range(title + 1, first):
            rule = self._first(credits, items[x][1], words[x]) if labels[x] is None else None
            # a name alone may be a subtitle ("Đà Lạt - Đêm Giáng sinh"): a byline there stands by the dateline or
            # (round 7) by a tool bar ("In | Email | Facebook"), or has a role before it or initials ("Tác giả: X",
            # "N.PHÁT"), which no subtitle has
            # (round 20: or names two reporters or more by their names alone, `_JOINT_BYLINE`: "Gia Phong - Đức Thắng",
            # under a title with the page's dateline right above it: no subtitle of a page's head so dated)
            if rule is not None and (rule.name != "author_byline" or _SURE_BYLINE.match(items[x][1]) is not None
                                     or (title > 0 and labels[title - 1] == "dateline"
                                         and _JOINT_BYLINE.fullmatch(items[x][1]) is not None)
                                     or any(y in ("dateline", "share_widget") for y in (labels[x - 1], labels[x + 1]))):
                labels[x] = rule.name
        nav = [x for x in range(title) if labels[x] in ("menu", "breadcrumb")
               or (labels[x] is not None and _NAV_ROOT.fullmatch(items[x][1]))]
        if not nav:
            return
        for x in range(nav[-1] + 1, title):
            if words[x] >= 3 and labels[x] is None and labels[x + 1] == "dateline" and not _CRUMB_MARK.search(items[x][1]) \
                    and self._first(credits, items[x][1], words[x]) is None:
                continue  # round 9: a headline over its date is the page's title ("Chợ đầu non Simacai" / "28/03/2021 - 10h19")
            if labels[x] is None and self._menu_like(_CRUMB_MARK.sub("", items[x][1])):
                rule = self._first(credits, items[x][1], words[x])
                labels[x] = rule.name if rule is not None else "breadcrumb"
            elif labels[x] is None and (rule := self._first(credits, items[x][1], words[x])) is not None \
                    and rule.name != "author_byline":
                labels[x] = rule.name  # round 7: a credit above the title ("Nhật báo X tổng hợp")

    @staticmethod
    def _last_unlabelled(labels, first: int, ok) -> int | None:
        return next((x for x in range(first - 1, -1, -1) if labels[x] is None and ok(x)), None)
