"""The shapes of lines the passes test, one module-level object each: the sizes (`WIDGET_HEADER_MAX_WORDS`, ...),
the label groups (`_SIGNATURE`, `_DATA_LABELS`, ...), the regexes (a contact item, a byline, a sign-off, a table row,
a signature block, ...) and the pure helpers built on them that need no rule set (`_item_shape`, `announced_data`,
`signer_block`, `signature_rows`, `quoted_hashtags`, `_headline_key`). `cleaners.learned` uses some of them too."""

from __future__ import annotations

import re

import regex

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
# a date alone, "Ngày" before it at most ("Ngày 13/11/2024"): a timeline entry's heading when two or more head paragraphs
_BARE_DATE = re.compile(r"\s*(?i:ngày\s+)?\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?\s*")
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

# Round 20: a byline of two reporters or more, each a name of two or three capitalised syllables, joined by dashes ("Gia
# Phong - Đức Thắng"), taken under a page's title only with the page's dateline right above that title (`_around_title`;
# a subtitle holds a lower-case word, "Đà Lạt - Đêm Giáng sinh", or stands under an undated title, "Đà Lạt - Mùa Hoa Dã Quỳ").
_JOINT_BYLINE = regex.compile(r"\s*\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){1,2}(?:\s[-–]\s\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){1,2}){1,3}\s*")

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
# Round 17: a link line marked by an arrow before its headline ("► Bảo hộ công dân …", "» X", ">> X"), alone between
# two of the article's lines: the article goes on under it.
_ARROW_LINK = re.compile(r"\s*(?:[►▶▸→➤➜⇒»›]|>{2,})\s*\S")
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


def link_marked(line: str) -> bool:
    """Round 19: a headline marked as a link at its end or by a chevron (`_END_LINK_MARK`: "(26/04)", "- 05/04/2022", "» X")
    or by the kind of media it leads to (the Vietnamese rules' `media_link_mark`: "[Video] X", "X (Infographic)")."""
    from cleaners.rules import load_rules

    media = load_rules("vi").media_link_mark
    return _END_LINK_MARK.search(line) is not None or (media is not None and media.search(line) is not None)


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
# A related headline's date stamp at its end ("Hà Nội chủ động ứng phó bão số 3 (02/12)", "… (2/12/2024)"): a box's item, never
# an article's closing line (tester ATK8).
_HEADLINE_STAMP = re.compile(r"\(\s*\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*\)\s*$")
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
# Round 15: a dash may lead it ("- Chị Đỗ Hiền, thành viên hợp tác xã"), and a dash-led line needs no comma ("— Chuyên
# gia bảo mật Thu Linh"): an attribution's mark under a quote.
_SPEAKER = regex.compile(r"\s*(?:[-–—]\s*)?\p{Lu}[\w.]*(?:\s+\p{Lu}[\w.]*){1,5}\s*,\s*(?=[^.!?]*\s\p{Ll}|\p{Ll})[^.!?:]{3,100}"
                         r"|\s*[-–—]\s*\p{Lu}[^.!?:,]{3,80}")
# Round 16: a speaker's line that opens with a person's title or rank ("Ông", "Cụ", "Đại tá", "TS."), then a capitalised
# name and the speaker's role or place after a comma, a dash or in brackets, with a lower-case word in it ("Ông Phan Văn
# An - Phó Tổng giám đốc EVN", "Đại tá Trần Thị Vy, Phó Trưởng Công an huyện X", "Cụ Hoàng Văn Ba (thôn Thạnh Mỹ)"); no
# sentence end. Under a line that is only a quotation it is the quote's speaker (a writer's by-line has no title; a
# source in brackets, "Anh Ngọc (Theo SCMP)", makes the line a by-line).
_TITLED_SPEAKER = regex.compile(
    r"\s*(?:[-–—]\s*)?(?:(?i:ông|bà|anh|chị|cô|chú|bác|cụ|thầy|bác sĩ|luật sư|kỹ sư|nhà thơ|nhà văn|nhà báo|nghệ nhân"
    r"|nghệ sĩ|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|trung úy|thiếu úy|thiếu tướng|trung tướng"
    r"|thượng tướng|đại tướng)|(?:PGS|GS|TS|ThS|BS|KS|LS)\.?(?:\s?TS\.?)?)\s+\p{Lu}[\w]*(?:\s+\p{Lu}[\w]*){0,4}\s*"
    r"(?:[,–—-]\s*(?=[^.!?:]*\p{Ll})[^.!?:()]{3,100}|\((?!\s*(?i:theo|nguồn|ảnh|tin|bài)\b)\s*(?=[^()]*\p{Ll})[^()!?.:]{3,60}\))\s*")
# Round 20: a quotation's speaker on the line under it, dash-led, a title and a name, no role after it ("- Nhà văn X",
# "– PGS.TS Y"): the dash and the title say attribution; a headline never opens with a dash and a title.
_DASHED_SPEAKER = regex.compile(
    r"\s*[-–—]\s*(?:(?i:ông|bà|anh|chị|cô|chú|bác|cụ|thầy|bác sĩ|luật sư|kỹ sư|nhà thơ|nhà văn|nhà báo|nhà nghiên cứu"
    r"|nhà phê bình|dịch giả|nghệ nhân|nghệ sĩ|họa sĩ|hoạ sĩ|nhạc sĩ|đạo diễn|đại tá|thượng tá|trung tá|thiếu tá)"
    r"|(?:PGS|GS|TS|ThS|BS|KS|LS)\.?(?:\s?TS\.?)?)\s+\p{Lu}\w*(?:\s+\p{Lu}\w*){0,4}\s*")
# Round 20: a poem's title in brackets under its verse: sentence case, a capital then lower-case words only, three or
# more ("(Khói bếp chiều quê)"); a source's name in brackets is capitalised ("(Văn Nghệ)", "(TTXVN)").
_VERSE_TITLE = regex.compile(r"\s*[(\[]\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){2,7}\s*[)\]]\s*")
# Round 16: the disclaimer Vietnamese law makes a health supplement's advert print ("*Sản phẩm này không phải là thuốc,
# không có tác dụng thay thế thuốc chữa bệnh."), opening its line; the advert's licence number ("Số XNQC: 976/2021/
# XNQC-ATTP"); and the advert's other lines around them: a call or a phone ("Tư vấn miễn phí: 1800 6690", "Mua hàng tại
# các nhà thuốc trên toàn quốc", "Đặt mua qua bưu điện hoặc gọi 0256 …"), the product over them ("Viên X - hỗ trợ Y").
_NOT_MEDICINE = regex.compile(r"\s*(?:\(?\*\)?\s*)?(?i:sản phẩm|thực phẩm(?: này)?|tpcn)(?:\s+này)?\s+(?i:không phải là thuốc)")
_AD_LICENCE = regex.compile(r"\s*(?i:số\s+)?(?i:xnqc|giấy xác nhận nội dung quảng cáo)\b\s*(?:số)?\s*:?\s*\S{0,30}\s*")
_AD_CALL = regex.compile(r"\s*(?i:tư vấn(?: miễn phí)?|hotline|tổng đài|mua hàng|đặt mua|đặt hàng|liên hệ mua|có bán tại)\b[^.!?]{0,80}")
_AD_PRODUCT = regex.compile(r"\s*\p{Lu}[^:.!?]{2,60}\s[-–]\s\p{Ll}[^:.!?]{2,60}")
# Round 16: a newspaper's donation box (its charity fund's bank account, "Mọi sự ủng hộ xin gửi về:" / "Quỹ Nhân ái -
# Báo X" / "Số tài khoản: 0123456789" / "Tại Ngân hàng X chi nhánh Y" / "Nội dung: Ủng hộ MS 24.123" / "Hoặc gửi trực
# tiếp tại tòa soạn: …"): each line's shape, the account's, and the newspaper as the payee.
_ACCOUNT = r"(?:số\s+)?(?:tài khoản|stk|tk)\s*(?:số)?\s*:\s*[\d .\-]{6,24}"  # "Số tài khoản: 0123 456 789"
_DONATE_LINE = regex.compile(
    r"\s*(?i:(?:mọi sự |bạn đọc )?(?:ủng hộ|giúp đỡ|quyên góp|đóng góp)[^.!?:]{0,40}(?:gửi về|qua tài khoản|chuyển về)\s*:?"
    r"|quỹ\s+\p{Lu}[^.!?:]{1,60}|(?:chủ tài khoản|đơn vị nhận)\s*:[^.!?]{2,60}|" + _ACCOUNT +
    r"|(?:tại\s+)?ngân hàng\s+[^.!?:]{2,60}|nội dung(?: chuyển khoản| ghi)?\s*:(?:[^.!?]|\.(?=\d)){2,60}"
    r"|hoặc (?:gửi|ủng hộ) trực tiếp[^.!?]{2,100})\s*")
_DONATE_ACCOUNT = regex.compile(r"\s*(?i:" + _ACCOUNT + ")")
_NEWSPAPER_PAYEE = regex.compile(r"(?<!\w)(?:(?i:báo|tạp chí)\s+\p{Lu}|(?i:tòa soạn|toà soạn)(?!\w))")
# Round 16: a headline's mark as a link at its end (its date in brackets or after a dash, its age: "(26/04)", "- 05/04/2022",
# "- 5 giờ trước") or a chevron before it ("» X", "› X"); a time of day opening a line marks a schedule's items as well.
# Round 19: a related box's item under a single chevron or bullet ("» X", "► X", "• X"; not ">> X", a see-more link).
_BOX_BULLET = regex.compile(r"\s*[»›►▶▸•](?![>»›])\s*\S")
_END_LINK_MARK = regex.compile(r"(?:\s[(\[]\d{1,2}/\d{1,2}(?:/\d{2,4})?[)\]]|\s[-–|]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?"
                               r"|\s[-–|(]?\s*\d{1,3}\s+(?i:giây|phút|giờ|tiếng|ngày|tuần|tháng)\s+(?i:trước)\)?)\s*$|^\s*[»›]\s*\S")
# Round 11: what marks a short line as a byline wherever it stands: "X thực hiện", "X (theo VTV)".
_BY_MARK = regex.compile(r"\s(?i:thực hiện)\s*\.?\s*$|\((?i:theo)\s+[^()]{2,30}\)\s*\.?\s*$")
# Round 11: a house number and its street ("96 Lò Đúc", "27/3 Trần Phú"): a place the article's text may name.
_HOUSE_ADDRESS = regex.compile(r"(?<![\w/.,])\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}")
# Round 11: a Q&A column's mark of a reader's question ("Hỏi: Tôi đang mang thai …?"): the article's, never a headline.
_QUESTION_MARK = regex.compile(r"\s*(?i:hỏi|câu hỏi|bạn đọc hỏi)\s*:\s*\S")
# A Q&A column's mark of its answer ("Trả lời:", "Luật sư tư vấn:", "Đáp:").
_ANSWER_MARK = regex.compile(r"\s*(?i:trả lời|đáp|(?:luật sư|bác sĩ|chuyên gia)\s+(?:tư vấn|trả lời)|ý kiến tư vấn)\s*:")
