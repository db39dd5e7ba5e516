"""Rule-based boilerplate removal, block-aware.

Three passes over a document's non-empty lines:
1. forward: blocks (a related-links header and the headlines, time stamps and teasers after it),
   widgets (a header plus its body), and lines matching a `line`/`head`/`caption` rule;
2. backward from the end: the closing zone, read bottom-up as a block of boilerplate classes
   (credits, sources, bylines by shape, tags, share widgets, continuation markers, advert and
   contact lines: `tail` and `line` rules). Up to `tail_unknown_max` unknown lines that do not
   read as article text are passed (and kept), so one unknown widget line does not shield the
   credit above it; the scan stops at the first line that reads as article text. A run of
   contact lines without an advert anchor (company, e-mail, web, "liên hệ") that the article
   announces ("Các số đường dây nóng:") or that is three lines or more is the article's own list
   and stays;
3. nothing else: every line no rule claims is kept, and every removed line records its rule.

Lines an outlet repeats across its own pages are removed afterwards by `learned.remove_learned`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from cleaners.line_shapes import subheading_like
from cleaners.normalize import word_counts
from cleaners.rules import Rule, RuleSet

WIDGET_HEADER_MAX_WORDS = 8
HEADLINE_WORDS = 6  # round 13: an unclaimed line under a sub-heading this long and headline-shaped makes both headlines
QUOTE_BLOCK_WORDS = 15  # round 13: a quotation whole longer than this is a quote block, never a related headline
CONTACT_BOX_MAX_LINES = 8  # F14: the most lines of a contact box under its intro (`_release_half_box`)
_SENTENCE_END = (".", "!", "…", ";", ",", ":")
_MENU_BREAK = re.compile(r"[.,;:!?…。、，！？]")  # a menu item is a label, never a phrase with punctuation
# A block item that is surely a link, never a sub-heading: a link marker before it, or its date after it.
_LINK_ITEM = re.compile(r"^\s*(?:[»›]|>>)\s*\S|(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|[^\d\s:]\s[-–|]\s*\d{1,2}/\d{1,2}/\d{2,4})\s*$")


# Closing-zone labels that are a line's shape only (a name, a date): a poem's title or a place name
# looks the same; a contact line is often the article's own event or address list: a headline run
# under one of them is not taken for a related block.
_SHAPE_ONLY = ("author_byline", "dateline", "contact_block")
# The classes that sign an article: an unknown line between the article and its signature is its own.
_SIGNATURE = ("author_byline", "source_credit", "translator_credit")
# Round 8: what closes an article for certain: its source's credit, a translator's, a continuation marker.
_SIGNATURE_MARK = ("source_credit", "translator_credit", "continuation")
# "Label: value" with a number in the value, short: an item of an address or phone list.
_LABEL_VALUE = re.compile(r"[^:]{2,60}:\s*\S[^:]{0,120}\d[^:]{0,120}")
# Round 7: an item of a list of places: a phone number (seven digits or more) or a street number ("số 101 đường X").
_CONTACT_ITEM = re.compile(r"\+?\(?(?=(?:[ .()\-–+]*\d){8})\d[\d .()\-–]{6,}\d|(?i:\bsố\s+\d+[a-z]?(?:/\d+)?\s+(?:đường|phố|ngõ|hẻm)\b)")
_STREET = re.compile(r"(?i:\bsố\s+\d+[a-z]?(?:/\d+)?\s+(?:đường|phố|ngõ|hẻm)\b)")
# The separators of a breadcrumb, a bar or a menu line ("Trang chủ > Thời sự", "Tin | Ảnh", "A · B").
_SEPARATED = re.compile(r"\s(?:[|>»›❯•·⋅~/\\→]|>>|::)\s")
# What the forward pass finds inside an article's list (a box of related links, an advert label, a caption).
_INNER_BOX = ("related_links", "widget_label", "photo_caption")
# "Label: number" (a result, a price, an address, a deadline) is a data line, never a headline; a
# headline's own time stamp with its date ("21:51 06/01 Headline", "Headline (12/3/2024 08:00)") is not
# such a label (a programme's bare times are: "8:30 Khai mạc").
_DATA_ITEM = re.compile(r":\s*\d")
# (round 8: so is a clip's length or air time closing a headline, in brackets or after a bar: "Thời sự tối | 11:18",
# "Bản tin thời tiết (02:18)")
_STAMP = re.compile(r"\d{1,2}:\d{2}\s*[-,|]?\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[-,|]?\s*\d{1,2}:\d{2}"
                    r"|(?:\s[(\[]|\s[|·•]\s*)\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*$")
# Round 8: a headline's clip length or air time in brackets at its end ("Video hot" over "Sạt lở uy hiếp 400 hộ dân (10:17)").
_CLIP_TIME = re.compile(r"\S\s+\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$")
# Round 8: a web address alone on its line (a credit at an article's end, an item of a list it announces).
_WEB_ADDRESS = re.compile(r"\s*(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.(?:com|vn|net|org|info|gov)(?:\.vn)?/?\S*\s*")
# A list item's leading bullet symbol ("• ", "→ "): items of one list share it. A dash or plus is no such
# bullet: it opens dialogue and the article's own lists.
_BULLET = re.compile(r"^\s*([^\w\s\"“”'‘’(\[\-+–—]{1,3})\s")
_WEAK_ITEM = re.compile(r"^\s*[\-+–—]\s+\S")
_OPENING_LABEL = re.compile(r"\s*(?::|>>|»|›)")  # where a see-more line's label ends ("Xem thêm: <headline>")
# A line with a web or e-mail address is never a related headline (a list of the article's links is).
_ADDRESS = re.compile(r"https?://|www\.|\S@\S")
# Tester T6 F10: a question addressed to someone, an interview's ("Thưa ông, …", "Kính thưa bà", "Xin ông cho biết", "Theo
# bà, …", "Ông đánh giá thế nào …"): a polite address, or a pronoun of address before a verb of the asking.
_ADDRESSES = regex.compile(r"(?i:(?<!\w)(?:kính\s+)?thưa\s+(?:ông|bà|anh|chị|cô|chú|bác|thầy|em|đồng chí|quý)(?!\w)"
                           r"|(?<!\w)(?:xin|theo|vậy|thế)\s+(?:ông|bà|anh|chị|cô|chú|bác|thầy)(?!\w)"
                           r"|(?<!\w)(?:ông|bà|anh|chị)\s+(?:có\s+thể\s+)?(?:đánh giá|nghĩ|thấy|nhìn nhận|cho rằng|chia sẻ"
                           r"|cho biết|có suy nghĩ|có ý kiến|lý giải|giải thích)(?!\w))")
# Round 12: a line of hashtags only ("#SongXanh #GioTraiDat"): a tag line, or the hashtags an article quotes.
_HASHTAG_LINE = regex.compile(r"\s*(?:#[\p{L}\p{N}_][\p{L}\p{N}_\-]{1,59}[\s,;·|]*){1,40}")
# Round 12: the most words of a contact box's label alone ("Thông tin liên hệ báo chí:").
# Round 13: a sentence quoting a post on a social network, ending with the quotation ("Trên trang cá nhân, anh viết: “…”.").
_QUOTES_POST = regex.compile(r"(?i:trang cá nhân|facebook|instagram|tiktok|twitter|threads|mạng xã hội|fanpage|bài đăng"
                             r"|dòng trạng thái|status|story)[^\"“«]{0,60}:\s*[\"“«][^\"”»]{4,400}[\"”»]\s*[.!]?$")
BOX_LABEL_MAX_WORDS = 6


def _box_label(line: str) -> bool:
    """Round 12: a box's label alone, a contact rule took ("Liên hệ truyền thông:"): it ends with ":", a few words,
    no digit and no address; it opens the issuer's box, it is no item of a list above it."""
    line = line.rstrip()
    return line.endswith(":") and len(line.split()) <= BOX_LABEL_MAX_WORDS and "@" not in line \
        and not any(ch.isdigit() for ch in line)


# A line that announces the article's own list below it in words (`_release_own_lines`; or it ends with ":").
_ANNOUNCES_IN_WORDS = re.compile(r"(?:\bnhư sau|\bsau đây|\bdưới đây)\s*:?\s*$", re.IGNORECASE)


def _announces_in_words(line: str) -> bool:
    """Does the line end by announcing what follows ("… như sau", "… dưới đây:")? (its last characters only)"""
    return _ANNOUNCES_IN_WORDS.search(line[-16:]) is not None


# Tester finding F13: a sentence of the article whose words announce data below it, whatever its ending ("Giá cụ thể
# như sau.", "Cụ thể, nhiệt độ tại các thành phố lớn hôm nay", "Bảng giá cập nhật lúc 9 giờ sáng nay"), and the
# data lines of one shape it announces ("Label: number …": "Hà Nội: 15-21°C", "Vàng SJC: 84,5 - 86,5 triệu đồng").
_DATA_WORDS = regex.compile(r"(?i)(?<!\w)(?:như sau|sau đây|dưới đây|cụ thể|bao gồm|lần lượt|cập nhật (?:lúc|vào|ngày)"
                            r"|(?:nhiệt độ|giá|tỷ giá|tỉ giá)\b[^.:;]{0,60}\b(?:các|một số|những)\s+(?:thành phố|tỉnh|địa phương"
                            r"|khu vực|vùng|nơi|loại|mặt hàng|thương hiệu|ngoại tệ|đồng tiền|cửa hàng))(?!\w)")
_DATA_ROW = regex.compile(r"\s*[-•+*]?\s*\p{L}[^:]{0,40}:\s*(?:từ\s+)?[-+]?\d[^:]{0,100}")
DATA_ROW_MAX_WORDS = 15


def announced_data(lines: list[str], j: int, max_rows: int = 15) -> int:
    """F13: how many data lines line j announces: j is a line of running prose (five to forty words, capitalised,
    its other words mostly in lower case, at most one number per two words, no ":" at its end, no bar or address:
    a sentence, never a widget's label such as "Giá vàng" or "Thời tiết") whose words announce data (`_DATA_WORDS`),
    right over two or more data lines of one shape (`_DATA_ROW`); 0 otherwise. The caller checks that the
    article's text stands above it (a ticker in the page head or data under a menu have none)."""
    k = j + 1  # the data lines first (the cheap test: most lines have none under them)
    while k < len(lines) and k - j <= max_rows and _DATA_ROW.fullmatch(lines[k]) is not None \
            and len(lines[k].split()) <= DATA_ROW_MAX_WORDS:
        k += 1
    if k - j - 1 < 2:
        return 0
    line = lines[j].strip()
    tokens = line.split()
    if not 5 <= len(tokens) <= 40 or line.endswith(":") or not line[:1].isupper() \
            or _SEPARATED.search(line) or _ADDRESS.search(line) or _DATA_WORDS.search(line) is None:
        return 0
    numbers = sum(any(ch.isdigit() for ch in t) for t in tokens)
    rest = [t for t in tokens[1:] if not any(ch.isdigit() for ch in t)]
    if 2 * numbers > len(tokens) - numbers or sum(t[:1].islower() for t in rest) < 0.7 * len(rest):
        return 0
    return k - j - 1


# F14: the name of a company after its kind ("Công ty IDP Education Australia: …" -> "IDP Education Australia"), to
# look for in the article's text.
_COMPANY_NAME = regex.compile(r"(?i:công ty|tập đoàn|cty)\s+(?:(?i:tnhh|cổ phần|cp|jsc|mtv|một thành viên)\s+)*"
                              r"(\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]*){0,3})")
_DOMAIN = regex.compile(r"(?:@|https?://|www\.)([\w-]+(?:\.[\w-]+)+)")
_ACADEMIC = regex.compile(r"(?i)\.(?:edu|ac)(?:\.[a-z]{2})?$|(?:^|\.)(?:uni-|univ)")
_MAIL_HOSTS = {"gmail", "yahoo", "hotmail", "outlook", "mail", "email", "info", "contact", "lienhe", "hotro"}
# Labels a line gets by its shape alone, that an announced list's items may have: data lines under any
# intro ("...:"), also dated titles under "... như sau" (a schedule). Contacts have their own rule
# (`_release_lists`), and a credit never belongs to a list.
_DATA_LABELS = ("weather_widget", "price_widget", "dateline", "score_widget")
_LIST_ITEM_LABELS = (*_DATA_LABELS, "related_links", "tail_widget")
# The word for a person before a name the article mentions ("bác sĩ Trần Văn Hùng", "em Nguyễn Minh Anh").
_PERSON = (r"(?<!\w)(?i:ông|bà|anh|chị|em|cô|chú|bác|cháu|bé|cụ|thầy|bác sĩ|nhà thơ|nhà văn|nghệ sĩ|tác giả"
           r"|học sinh|sinh viên|giáo viên|cô giáo|thầy giáo|bệnh nhân|nạn nhân)")
# A byline that is only a name (with an optional title): "Bác sĩ Trần Văn Hùng", "Minh Anh".
_NAME_LINE = re.compile(r"(?:(?:bác sĩ|bs\.?|nhà thơ|nhà văn|nhà báo|ths\.?|ts\.?|ông|bà|em|cháu)\s+)?"
                        r"((?:[^\W\d_][\w]*)(?:\s+[^\W\d_][\w]*){0,4})", re.IGNORECASE)
_BARE_TIME = re.compile(r"\s*\d{1,2}[:h]\d{2}\s*")
# Round 9: a quoted word ("Đi 'chợ rác'", 'Sống "xanh"'): a headline's, never a menu label's.
_QUOTED_WORD = re.compile(r"(?:^|\s)[\"'“‘«]\w|\w[\"'”’»](?:\s|$)")
# Round 7 (F11): a line that ends by attributing a quote to someone ('"...", ông nói.', 'Bà Lan cho biết: "..."').
_SAID = r"(?i:nói|cho biết|cho hay|chia sẻ|khẳng định|nhấn mạnh|bày tỏ|nhận định|nhận xét|phát biểu|kể|giải thích|nêu rõ" \
        r"|trả lời|thừa nhận|tâm sự|bộc bạch|khuyến cáo|cảnh báo|tiết lộ|đề nghị|lưu ý|quả quyết)"
_QUOTE_SAID = regex.compile(r"[\"”»]\s*[,.!?…]?\s*[-–—]?\s*(?:[^\"“”.!?]{0,60}?\s)?" + _SAID + r"\s*[.!]?\s*$"
                            r"|(?<!\w)" + _SAID + r"\s*:\s*[\"“«][^\"“”]+[\"”»]\s*[.!]?\s*$")
# A title or a function before a person's name, or heading the line of their role ("Bác sĩ Trần Văn Minh", "TS. Lê
# Hà", "Giám đốc Sở Y tế"); a writer's (nhà báo, phóng viên) is none.
_ROLE = regex.compile(r"\s*(?i:(?:phó\s+|tổng\s+)?(?:giám đốc|chủ tịch|bộ trưởng|thứ trưởng|chủ nhiệm|bí thư|hiệu trưởng"
                      r"|viện trưởng|cục trưởng|vụ trưởng|chánh\s+\w+|trưởng\s+\w+|chuyên gia|bác sĩ|bs|ts|ths|pgs\.?\s?ts"
                      r"|gs\.?\s?ts|gs|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư|luật sư|kỹ sư|kiến trúc sư|đại tá|thượng tá|trung tá"
                      r"|thiếu tá|đại úy|thượng úy|trung úy|thiếu úy|thiếu tướng|trung tướng|thượng tướng|đại tướng))\.?\s+\p{Lu}")
_ROLE_LINE = regex.compile(_ROLE.pattern.replace(r"\.?\s+\p{Lu}", r"(?!\w)"))  # the role heading a line, no name
# A table's row as the extractor writes it ("| 1 | Hà Nội | 28 điểm |"), and the rule under its header row ("|---|---|").
_TABLE_ROW = re.compile(r"\s*\|(?:[^|]*\|){2,}\s*")
_TABLE_RULE = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
# The root of a site's navigation ("Trang chủ", "Home"), and the marks a breadcrumb's items end with.
_NAV_ROOT = re.compile(r"\s*(?:trang chủ|trang nhất|home)\s*[>»›/|]?\s*", re.IGNORECASE)
_CRUMB_MARK = re.compile(r"\s*(?:[>»›❯→/|]|>>)\s*$")
# Round 7: a byline no subtitle reads like: a role before the name ("Tác giả: X", "Bài: X"), or initials ("N.PHÁT").
_SURE_BYLINE = regex.compile(r"\s*(?:(?i:tác giả|bài|tin|bài và ảnh|bài, ảnh|tin, ảnh|pv|phóng viên|ctv|biên dịch|lược dịch"
                             r"|người dịch|dịch giả|thực hiện|nội dung|by)\s*:?\s+\S|(?:\p{Lu}\.\s?){1,3}\p{Lu})")

# Issue 12 precision guards (`_release_boxes`). A field of an article's info box ("Label: value", a short label
# with no digit): an event's or a place's practical data ("Giờ mở cửa: 8h00 - 17h00", "Địa chỉ: ấp 9, xã X").
_FIELD = regex.compile(r"\s*[-•+*]?\s*(?:[^\W\d_][\w&./]*)(?:\s+[\w&./]+){0,3}\s*:\s*\S.{0,160}")
# Labels of an event's or a place's practical data, never of a site's contact card or credits.
_INFO_FIELD = regex.compile(r"\s*[-•+*]?\s*(?i:thời gian|địa điểm|giá vé|vé vào cửa|giờ (?:mở cửa|làm việc|hoạt động|đón khách)"
                            r"|lịch (?:trình|thi đấu|diễn)|đối tượng|hạn (?:chót|nộp)|học phí|lệ phí|phí tham (?:gia|quan))\b[^:]{0,20}:")
# An essay's or a letter's place-and-date sign-off ("Huế, 1.11.2023", "(Đà Lạt, mùa mưa 2022)", "Hội An - đêm
# 19/1"): a capitalised place, then a date or a time in words; no time of day (a byline's date bar has one).
_SIGNOFF = regex.compile(r"\s*\(?\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*(?:,\s*(?:ngày\s+)?\d{1,2}[./]\d{1,2}"
                         r"(?:[./]\d{2,4})?|(?:,|\s[-–])\s*(?i:ngày|đêm|sáng|chiều|tối|tháng|mùa|xuân|hè|hạ|thu|đông|cuối|đầu"
                         r"|những|giữa|tết)\b[^:|()\d]{0,40}(?:\d{4}|\d{1,2}(?:[./]\d{1,2})?(?:[./]\d{2,4})?)?)\s*\)?\s*\.?\s*")
# Round 9: an event's detail: a rite or an act in a few words, then its time or its place ("Lễ truy điệu lúc 13 giờ 30
# cùng ngày", "An táng tại nghĩa trang Văn Điển", "Lễ viếng bắt đầu từ 8 giờ sáng ngày 27/6"); a time of day in it.
_EVENT_DETAIL = regex.compile(r"\s*[-•+*]?\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,4}\s+(?:bắt đầu\s+)?(?:lúc|từ|vào|tại)\s+\S.{0,80}")
# Round 9: a link line inside an article: a short marker, then ">>", "»" or ":" and its headline ("Xem thêm >> X").
_INLINE_LINK = re.compile(r"\s*[\w ]{2,20}?\s*(?:>>|»|:)\s*\S")
_HOUR = regex.compile(r"(?i)\b\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?\b|\b\d{1,2}:\d{2}\b")
_ENDS_NUMBER = re.compile(r"\s[-–:]\s*\d[\d .]{3,}\d\s*$")  # an item ending in a phone number ("Công an tỉnh - 3852123")
# An administrative document's signature block (a notice the article reprints): "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
# a title in capitals, "(Đã ký)", the signer's name.
_SIGNED = regex.compile(r"\s*[(\[]?\s*(?i:đã ký)(?:\s+(?i:và đóng dấu))?\s*[)\]]?\s*\.?\s*")
_ON_BEHALF = regex.compile(r"\s*(?:(?:TM|KT|TL|TUQ|Q)\.|T/M\.?)\s*\p{Lu}[\p{Lu}\s.&-]*")  # "T/M BAN THƯỜNG VỤ" too
_CAPS_TITLE = regex.compile(r"\s*[\p{Lu}][\p{Lu}\s.&-]{1,60}")
# Round 11: with no "(Đã ký)", the signer's office in capitals ("CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TƯ LỆNH",
# "CHỦ NHIỆM ỦY BAN", "CHỈ HUY TRƯỞNG") over the signer's name, maybe with a rank ("Thiếu tướng Đỗ Văn Lực", "HÀ THỊ
# HUỆ"): a letter, a decision or a greeting the article reprints ends so; a reporter's byline never names an office.
_SIGNER_OFFICE = regex.compile(r"\s*(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?(?:PHÓ\s+|TỔNG\s+)?(?:CHỦ TỊCH|TƯ LỆNH|BÍ THƯ|GIÁM ĐỐC"
                               r"|CHỦ NHIỆM|CHỈ HUY TRƯỞNG|CHÍNH ỦY|CHÍNH UỶ|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|HIỆU TRƯỞNG"
                               r"|CỤC TRƯỞNG|VIỆN TRƯỞNG|VỤ TRƯỞNG|TRƯỞNG BAN|CHÁNH ÁN|CHÁNH VĂN PHÒNG|GIÁM ĐỐC SỞ)"
                               r"(?:\s+[\p{Lu}\p{M}.&\-]+){0,5}\s*")
_SIGNER_NAME = regex.compile(r"\s*(?:(?i:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|đại tướng)\s+)?"
                             r"\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}\s*\.?\s*")
# Round 10: a series' part in a box of its parts ("Kỳ 2: <headline>", "Bài 3 - <headline>")
_SERIES_PART = regex.compile(r"\s*(?i:(kỳ|kì|bài|phần|tập))\s+(\d{1,2})\s*[:.\-–]\s*\S")
# Round 10: a match's scorers with their minutes ("Ghi bàn: Công Việt (14'), Minh Lộc (53')")
_SCORERS = regex.compile(r"\s*(?i:ghi bàn|bàn thắng|người ghi bàn|lập công|scorers?|goals?)\s*:\s*[^:]{1,200}?\d{1,3}\s*(?:\+\s*\d{1,2}\s*)?['’′].{0,200}")


# Round 11: a link line's see-more label, up to its headline ("» Xem thêm: ", ">> Đọc thêm >> ", "Tin liên quan: ").
_LINK_LABEL = regex.compile(r"[^\p{L}\p{N}]*(?i:xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|tin cùng chủ đề)\s*(?::|>>|»|›|-)\s*")
_HEADLINE_MARKS = regex.compile(r"^[^\p{L}\p{N}]+|\s*[(\[]\d{1,2}/\d{1,2}(?:/\d{2,4})?[)\]]\s*$|\s*\(\d{1,4}\)\s*$")


# Round 13: the shapes of an article's list items (`_item_shape`): "Label: value" whose value starts with a number, a
# quotation whole (a leading bullet, which an HTML list gives every item, a box's links too, is passed).
_ITEM_BULLET = re.compile(r"\s*[-+•*–]\s+")
_ITEM_FIELD = re.compile(r"[^\W\d_][^:]{0,60}:\s*[+(]?\d")
_ITEM_QUOTE = re.compile(r"[“\"«].{10,400}[”\"»]\s*[.!]?\s*")


def _item_shape(line: str) -> str | None:
    """The shape of a line as an item of the article's list: "field#" (a label, ":" and a value that starts with a
    number: "Hà Nội: 39,6°C", "Đại sứ quán …: +81 …"), "quote", or "lead <first two words>" for a line of four words
    or more ("Trung tâm Dịch vụ việc làm Vinh, số 8 Láng Hạ"); None for a shorter line."""
    s = line.strip()
    if m := _ITEM_BULLET.match(s):
        s = s[m.end():]
    if _ITEM_QUOTE.fullmatch(s):
        return "quote"
    if _ITEM_FIELD.match(s):
        return "field#"
    w = s.split()
    return "lead " + " ".join(w[:2]).lower() if len(w) >= 4 else None


def quoted_hashtags(lines: list[str], words: list[int] | None = None, prose_min_words: int = 10) -> set[int]:
    """Round 12: hashtag lines right under a sentence of the article that ends with ":" ("Chiến dịch lan tỏa trên mạng
    xã hội với các hashtag:"): what the article quotes, not the page's tags (a tag box has a label of a word or two,
    "Tags:", or none, never a sentence of prose over it). Article text wherever they stand: no rule takes them, the
    page's tail never starts at them, and they are never learned away. Round 13: so are those under a sentence that
    quotes a post on a social network and ends with the quotation (`_QUOTES_POST`: "Trên Instagram, cô viết: “…”."):
    the post's own. (`words`: each line's word count, when the caller has them.)"""
    out = set()
    for j in range(1, len(lines)):
        if not lines[j].lstrip().startswith("#"):
            continue
        above = lines[j - 1].rstrip()
        n = words[j - 1] if words is not None else len(above.split())
        if (above.endswith(":") or _QUOTES_POST.search(above)) and n >= prose_min_words and above[:1].isupper() \
                and "#" not in above and _HASHTAG_LINE.fullmatch(lines[j]) is not None:
            out.add(j)
    return out


def _headline_key(line: str) -> str:
    """A headline without its link mark, its date or its comment count ("► X", "X (3/1)", "X (28)" -> "x")."""
    return " ".join(_HEADLINE_MARKS.sub("", line).split()).lower()


def signer_block(lines: list[str], j: int) -> range | None:
    """Round 11: the signature block with no "(Đã ký)" whose office line is `lines[j]` (`_SIGNER_OFFICE`): from a
    "TM. …"/"KT. …" line or another office in capitals right above it (at most two) down to the signer's name right
    under it (`_SIGNER_NAME`), right under a sentence of the article (four words or more, ending like one)."""
    if j + 1 >= len(lines) or not _SIGNER_OFFICE.fullmatch(lines[j]) or len(lines[j].split()) > 7 \
            or not _SIGNER_NAME.fullmatch(lines[j + 1]) or _SIGNER_OFFICE.fullmatch(lines[j + 1]):
        return None
    a = j
    while a > 0 and j - a < 2 and (_ON_BEHALF.fullmatch(lines[a - 1]) or _SIGNER_OFFICE.fullmatch(lines[a - 1])) \
            and len(lines[a - 1].split()) <= 7:
        a -= 1
    above = lines[a - 1].rstrip() if a > 0 else ""
    if len(above.split()) < 4 or not above.endswith((".", "!", ")", "…", ":")):
        return None
    return range(a, j + 2)


def signature_rows(lines: list[str]) -> list[bool]:
    """Round 10: the signature block of a document the article reprints, right under a sentence of its text: a
    "TM. …"/"KT. …"/"T/M …" line, or titles in capitals (at most three) over "(Đã ký)", with the titles and the
    "(Đã ký)" under it and the signer's name (at most five words) closing it. Its lines repeat from one reprinted
    directive to the next ("TM. BAN THƯỜNG VỤ TỈNH ỦY", "(Đã ký)") but are the article's, never a site's template."""
    out = [False] * len(lines)
    for j in range(1, len(lines)):
        line = lines[j]
        block = signer_block(lines, j)
        if block is not None:
            out[block.start:block.stop] = [True] * len(block)
            continue
        if _ON_BEHALF.fullmatch(line):
            a = j
        elif _SIGNED.fullmatch(line):
            a = j
            while a > 1 and j - a < 3 and _CAPS_TITLE.fullmatch(lines[a - 1]) and len(lines[a - 1].split()) <= 8:
                a -= 1
            if a == j:
                continue
        else:
            continue
        above = lines[a - 1].rstrip()
        if len(above.split()) < 4 or not above.endswith((".", "!", ")", "…", ":")):
            continue
        k = j + 1
        while k < len(lines) and k - j <= 3 and (_SIGNED.fullmatch(lines[k]) or (
                _CAPS_TITLE.fullmatch(lines[k]) and len(lines[k].split()) <= 8 and not _SIGNED.fullmatch(lines[k - 1]))):
            k += 1
        if k < len(lines) and len(lines[k].split()) <= 5 and _NAME_LINE.fullmatch(lines[k].strip()) \
                and all(w[:1].isupper() for w in lines[k].split()):
            k += 1
        out[a:k] = [True] * (k - a)
    return out
# A numbered item ("#3 Bãi Nồm", "3. Bãi Nồm", "3/ Bãi Nồm"): its number.
_NUMBERED = regex.compile(r"\s*(#|(?i:số|top)\s*)?(\d{1,2})([./):]|\s*[-–])?\s+\S")
_BARE_VALUE = re.compile(r":\s*[\d.,]+\s*$")  # a counter's value ("Hôm nay: 13.235")
_TIME_OF_DAY = re.compile(r"\d{1,2}[:h]\d{2}")
# A letter's greeting at its top ("Kính gửi Ban biên tập,", "Thưa quý báo") and its closing formula
# ("Trân trọng.", "Xin trân trọng cảm ơn!"): the name under the closing is the letter's signature.
_SALUTATION = regex.compile(r"\s*(?i:kính gửi|kính thưa|thưa)\b.{0,80}")
# (tester T6 F3: with a comma too, "Trân trọng," as Vietnamese letters mostly write it)
_LETTER_CLOSE = regex.compile(r"\s*(?i:(?:xin\s+)?(?:trân trọng|chân thành|kính thư|thân ái|kính chào)(?:\s+cảm ơn)?"
                              r"|xin\s+(?:trân trọng\s+|chân thành\s+)?cảm ơn(?:\s+\S+){0,2})\s*[.!,]?\s*")
# A line that is a quotation and nothing else ("“Học đi đôi với hành”"), and its author in brackets under it: two to five
# capitalised words, none in capitals ("(Khổng Tử)", "(Tố Hữu)"; not an acronym's credit, "(TTXVN)"), no credit's word.
_QUOTED = regex.compile(r"\s*[\"“„«].{4,300}[\"”»]\s*[.!]?\s*")
_QUOTE_AUTHOR = regex.compile(r"\s*\(\s*(?!(?i:theo|nguồn|ảnh|tin|bài|video|clip)\b)\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}"
                              r"\s*\)\s*\.?\s*")
# Round 13: a quoted speaker's line: capitalised words (a title, a name: "Anh Lê Văn Nam", "PGS.TS Trần Minh"), a comma,
# then a role or a place with a lower-case word ("lao động tại Nhật Bản", "Viện Hóa học"), no sentence end.
_SPEAKER = regex.compile(r"\s*\p{Lu}[\w.]*(?:\s+\p{Lu}[\w.]*){1,5}\s*,\s*(?=[^.!?]*\s\p{Ll}|\p{Ll})[^.!?:]{3,100}")
# Round 11: what marks a short line as a byline wherever it stands: "X thực hiện", "X (theo VTV)".
_BY_MARK = regex.compile(r"\s(?i:thực hiện)\s*\.?\s*$|\((?i:theo)\s+[^()]{2,30}\)\s*\.?\s*$")
# Round 11: a house number and its street ("96 Lò Đúc", "27/3 Trần Phú"): a place the article's text may name.
_HOUSE_ADDRESS = regex.compile(r"(?<![\w/.,])\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}")
# Round 11: a Q&A column's mark of a reader's question ("Hỏi: Tôi đang mang thai …?"): the article's, never a headline.
_QUESTION_MARK = regex.compile(r"\s*(?i:hỏi|câu hỏi|bạn đọc hỏi)\s*:\s*\S")
# A Q&A column's mark of its answer ("Trả lời:", "Luật sư tư vấn:", "Đáp:").
_ANSWER_MARK = regex.compile(r"\s*(?i:trả lời|đáp|(?:luật sư|bác sĩ|chuyên gia)\s+(?:tư vấn|trả lời)|ý kiến tư vấn)\s*:")


@dataclass(frozen=True)
class RemovedLine:
    line: int  # 1-based line number in the normalised input text
    text: str
    rule: str


@dataclass
class CleanedText:
    lines: list[str] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)  # input line number of each kept line
    removed: list[RemovedLine] = field(default_factory=list)
    dateline: str | None = None  # first dateline found in the head of the text

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class BoilerplateCleaner:
    """Applies a `RuleSet` to a document's lines."""

    def __init__(self, rules: RuleSet, keep_captions: bool = False) -> None:
        self.rules = rules
        self.keep_captions = keep_captions
        self._anywhere = rules.of_kind("line", "caption")
        self._head = rules.of_kind("head")
        self._top = rules.of_kind("top")
        self._tail = rules.of_kind("tail")
        self._blocks = rules.of_kind("block")
        self._widgets = rules.of_kind("widget")
        self._forward_rules: dict[tuple[bool, bool, bool], tuple[Rule, ...]] = {}
        self._quoted_tags: set[int] = set()  # the document's hashtag lines the article quotes (round 12)

    def clean(self, text: str) -> CleanedText:
        items = [(no, line) for no, line in enumerate(text.split("\n"), 1) if line and not line.isspace()]
        words = word_counts([line for _, line in items])  # len(line.split()) of each (issue 17: no word lists)
        labels: list[str | None] = [None] * len(items)

        first = self._first_article(items, words)
        self._quoted_tags = (quoted_hashtags([line for _, line in items], words, self.rules.prose_min_words)
                             if "#" in text else set())  # round 12: hashtag lines the article quotes
        self._head_end = max(self._menu(items, words, labels) + self.rules.head_lines, first or 0)
        self._top_end = first or 0
        i = 0
        while i < len(items):
            span = self._match_forward(items, words, i, labels)
            i += span if span else 1
        if first is not None:
            self._page_head(items, words, labels, first)
            self._byline_under_lead(items, words, labels, first)

        for j in self._quoted_tags:  # (round 12: before the tail, which a tag line would open)
            labels[j] = None
        forward = list(labels)  # what the forward pass found (boxes inside the article, the head)
        self._close(items, words, labels)
        self._page_tail(items, words, labels, forward)
        self._tab_labels(items, words, labels)
        self._release_own_lines(items, words, labels)
        self._release_announced_data(items, words, labels)
        self._release_boxes(items, words, labels)
        self._release_half_box(items, words, labels)
        self._release_scorers(items, words, labels)
        self._release_stranded_fill(words, labels)
        self._release_signoff(items, words, labels)
        self._release_list_past_link(items, words, labels)
        self._release_list_past_box(items, words, labels)
        self._release_speaker(items, words, labels)
        self._repeated_headline(items, words, labels)

        out = CleanedText()
        for (no, line), label in zip(items, labels, strict=True):
            if label is None or (label == "photo_caption" and self.keep_captions):
                out.lines.append(line)
                out.line_numbers.append(no)
            else:
                out.removed.append(RemovedLine(no, line, label))
                if label == "dateline" and out.dateline is None and no <= self.rules.head_lines * 2:
                    out.dateline = line
        return out

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

    def _release_own_lines(self, items, words, labels) -> None:
        """Lines a rule took by their shape only, that the article shows to be its own (precision first):
        - a list the article announces, kept text ending with ":" or "như sau" / "sau đây" / "dưới đây"
          ("Dự báo nhiệt độ thấp nhất như sau:"): its short lines below (a forecast, prices, a schedule
          with dates) are its items, not a widget, a byline or related headlines;
        - a name line taken for a byline whose name the kept text mentions (the article's subject, a
          poem's young author), not its writer;
        - bare times over paragraphs, two or more (a live blog's entries), not datelines."""
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
            while k < len(items) and k - j <= self.rules.list_max_items and words[k] <= 15 \
                    and (labels[k] is None or labels[k] in items_of or (names and labels[k] == "author_byline")
                         or (labels[k] == "source_credit" and _WEB_ADDRESS.fullmatch(items[k][1]) is not None)
                         or self._quoted_heading(items, words, labels, j, k)) \
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
        times = [j for j, label in enumerate(labels) if label == "dateline" and _BARE_TIME.fullmatch(items[j][1])]
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
                    or not self.reads_as_text(lines[j - 1], words[j - 1]) or self._names_articles(lines[j]):
                continue
            rows = announced_data(lines, j, self.rules.list_max_items)
            if rows and all(labels[k] in (None, "tail_widget", *_DATA_LABELS) for k in range(j + 1, j + 1 + rows)):
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

    # -- issue 12: article text shaped like boilerplate -----------------------------------------

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

    def _release_list_past_link(self, items, words, labels) -> None:
        """Round 10: a list of data lines the article keeps (two or more of one data shape: results, prices) goes on
        past a link line inside it ("SLNA 1-0 Hoàng Anh Gia Lai", "Hà Tĩnh 3-1 Hà Nội FC", "ĐỌC THÊM: <headline>",
        "Thanh Hóa 0-0 Công an Hà Nội", …): the lines under the link of the same shape are its items, not the link's
        related headlines."""
        data = tuple(r for r in self.rules.rules if r.name in _DATA_LABELS)
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
    def _release_speaker(items, words, labels) -> None:
        """Round 13: the speaker's line under a quotation the article keeps (a quote block, “…”, over "Anh Lê Văn Nam,
        lao động tại Nhật Bản" or "PGS.TS Trần Minh, Viện Hóa học"): a name, a comma and the speaker's role or place
        (`_SPEAKER`), the article's text wherever it stands. A by-line of two writers ("Thu Hà, Minh Anh") has no
        lower-case word after its comma."""
        for j in range(1, len(items)):
            if labels[j] in ("tail_widget", "author_byline", "related_links") and labels[j - 1] is None and words[j] <= 15 \
                    and _QUOTED.fullmatch(items[j - 1][1]) is not None and _SPEAKER.fullmatch(items[j][1]) is not None:
                labels[j] = None

    def _release_signoff(self, items, words, labels) -> None:
        """Round 10: an essay's place-and-date sign-off ("Hà Giang, đầu tháng 11/2024") right over its signature (a
        byline, a credit), under a box inside the article (a series' or related links, at most five lines, their header
        maybe kept) that stands under a kept sentence of the article: the article's last line, though a box parts it
        from the text (`_own_last_line` takes only one right under the text).
        Round 14: so is the article's closing line of a heading's shape (`subheading_like`, three words or more: "Chúc
        các bạn thành công với món ăn này", "Vững vàng nơi biên cương") right over its signature or its continuation
        mark, under such a box (a caption in it too): taken for the box's last headline before. A related box's last
        headline right over the byline stays with it (a boilerplate line kept, never an article line lost)."""
        end = self.rules.sentence_end
        for j in range(2, len(items) - 1):
            line = items[j][1].strip()
            if labels[j] not in ("tail_widget", "dateline", "related_links") or end is None or _TIME_OF_DAY.search(line):
                continue
            signoff = labels[j] != "related_links" and labels[j + 1] in _SIGNATURE and words[j] <= 10 \
                and _SIGNOFF.fullmatch(line) is not None
            closing = (labels[j + 1] in _SIGNATURE or labels[j + 1] == "continuation") and words[j] >= 3 \
                and subheading_like(line)  # round 14
            if not (signoff or closing):
                continue
            k, boxed = j - 1, 0
            while k >= 0 and j - k <= 6 and (labels[k] in ("related_links", "continuation", "widget_label", "photo_caption")
                                             or (labels[k] in (None, "tail_widget") and words[k] <= 4)):
                boxed += labels[k] is not None
                k -= 1
            if boxed and k >= 0 and labels[k] is None and (words[k] >= self.rules.prose_min_words or (
                    words[k] >= self.rules.sentence_min_words and end.search(items[k][1]) is not None)):
                labels[j] = None

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
        scores = tuple(r for r in self.rules.rules if r.name == "score_widget")
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
        rest = line.split()[1:]
        return 5 <= n <= 15 and line[:1].isupper() and not any(ch.isdigit() for ch in line) \
            and regex.search(r"[^\p{L}\s,]", line.rstrip(".!?…")) is None \
            and sum(w[:1].islower() for w in rest) >= 0.8 * len(rest)

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

    # -- the head of a page (round 5) ----------------------------------------------------------

    def _first_article(self, items, words) -> int | None:
        """The article's first line: the first line no line/head rule claims that is a sentence
        (`sentence_min_words` ending with a sentence end) or a paragraph (`article_min_words`). The head
        zone (head rules: datelines, breadcrumbs) reaches at least down to it."""
        end, rules = self.rules.sentence_end, self._anywhere + self._head + self._top
        # round 7: a title ending like a sentence ("Vì sao ... không nổ?", "... 'Tôi rất buồn...'") with its
        # dateline or byline right under it is the title, not the article's first line
        under = self._head + self._top + tuple(r for r in self._tail if r.name in _SIGNATURE)
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
        title = next((x for x in range(nav[0], first) if labels[x] is None and words[x] >= 3
                      and not _SEPARATED.search(items[x][1]) and not self._menu_like(items[x][1])), first)
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
        rule = self._first(tuple(r for r in self._tail if r.name == "author_byline"), line, words[j])
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
        credits = tuple(r for r in self._tail if r.name in _SIGNATURE)
        title = next((x for x in range(first - 1, -1, -1) if labels[x] is None and words[x] >= 4
                      and self._first(credits, items[x][1], words[x]) is None), None)
        if title is None:
            return
        for x in range(title + 1, first):
            rule = self._first(credits, items[x][1], words[x]) if labels[x] is None else None
            # a name alone may be a subtitle ("Đà Lạt - Đêm Giáng sinh"): a byline there stands by the dateline or
            # (round 7) by a tool bar ("In | Email | Facebook"), or has a role before it or initials ("Tác giả: X",
            # "N.PHÁT"), which no subtitle has
            if rule is not None and (rule.name != "author_byline" or _SURE_BYLINE.match(items[x][1]) is not None
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

    # -- the closing zone -----------------------------------------------------------------------

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
                    and self._zone_fill(labels[j], below, [items[k][1] for k in pending]):
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
        if k > 0 and labels[k] == "related_links" and labels[k - 1] is None and self._inline_link(items[k][1], words[k]):
            k -= 1  # round 9: the article goes on under a link line inside it ("Xem thêm >> <headline>")
        if j == 0 or labels[k] is not None:
            return False
        above, n_above = items[k][1], words[k]
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

    def _names_articles(self, line: str) -> bool:
        """Does the line name a list of articles ("Các tin, bài khác:"): a noun of articles and a second
        header word, whatever its punctuation?"""
        return self._strong_header(_MENU_BREAK.sub(" ", line).strip())

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
                and not (i < j and self._strong_header(items[i][1])):
            i -= 1

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

    def _opens_block(self, line: str) -> bool:
        """Does the line open a related block with its own label, alone or before its first headline ("Xem thêm: …",
        "Tin liên quan", "(Đọc thêm >> …)"): the label a related block's header rule knows?"""
        label = _OPENING_LABEL.split(line.strip(), maxsplit=1)[0].strip(" ([*•►▶▸→+-–")
        n = len(label.split())
        return n > 0 and any(r.name == "related_links" and r.matches(label, n) for r in self._blocks)

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
            if not anchored and (announced or len(run) >= 3):
                for k in run:
                    labels[k] = None

    # -- forward pass -------------------------------------------------------------------------

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
        start, last, taken_headline, saw_timestamp = j, "header", None, False
        while j < len(items):
            line = items[j][1]
            if self.rules.timestamp.fullmatch(line):
                labels[j], last, saw_timestamp = name, "timestamp", True
            elif (span := self._match_other(items, words, j, labels)) > 0:
                j += span
                last = "other"
                continue
            elif last == "timestamp":
                labels[j], last = name, "teaser"
            elif self._headline_like(line, words[j]) and not self._dated_signoff(line, words[j]) and not (
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
        return j - start

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

    def _headline_like(self, line: str, n_words: int) -> bool:
        """(round 7: a place with its street number is an item of a list, no headline; round 11: nor a reader's
        question under its mark, "Hỏi: …"; round 13: nor an event's or a place's practical field, "Địa điểm: …",
        "Thời gian: …" (`_INFO_FIELD`), the article's info box under a box inside it, nor a quotation whole of more
        than `QUOTE_BLOCK_WORDS` words, a quote block, not a quoted headline)"""
        return (self.rules.headline_min_words <= n_words <= self.rules.headline_max_words
                and not line.rstrip().endswith(_SENTENCE_END) and not _ADDRESS.search(line)
                and not _STREET.search(line) and not _QUESTION_MARK.match(line) and not _INFO_FIELD.match(line)
                and not (n_words > QUOTE_BLOCK_WORDS and _QUOTED.fullmatch(line)))

    def _first(self, rules: tuple[Rule, ...], line: str, n_words: int) -> Rule | None:
        """The first of `rules` matching the line (`RuleSet.first`: rules the line cannot match are skipped)."""
        return self.rules.first(rules, line, n_words)
