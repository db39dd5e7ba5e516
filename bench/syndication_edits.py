"""Edits a Vietnamese newsroom makes when it republishes a wire story, and the measured change rate.

change_rate(a, b) = 1 - LCS(words a, words b) / max(len), over NFC lower-case word tokens
(`words`). A copy is made for a target band by applying random edits of the kinds below until the
measured rate falls inside the band (restarting when it overshoots): the band is measured, never
assumed from the number of edits.

Edit kinds: punctuation, quote and number styles; synonym and transliteration swaps (SYNONYMS,
real pairs); function words added or dropped; clauses inserted (newsroom phrases, or a sentence of
another article) or deleted; sentences split, merged and moved; and whole-paragraph variants
applied on top: tone-mark placement changed (hoà/hòa) or the paragraph in NFD.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence

_WORDS = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """NFC lower-case word tokens (the unit of the change rate)."""
    return _WORDS.findall(unicodedata.normalize("NFC", text).lower())


def lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (bit-parallel, Allison-Dix / Hyyrö)."""
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for i, w in enumerate(b):
        masks[w] = masks.get(w, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for w in a:
        m = masks.get(w, 0)
        u = v & m
        v = ((v + u) | (v - u)) & full
    return len(b) - bin(v).count("1")


def change_rate(base: str, copy: str) -> float:
    a, b = words(base), words(copy)
    if not a and not b:
        return 0.0
    return 1.0 - lcs(a, b) / max(len(a), len(b))


# Real pairs used by Vietnamese outlets for the same thing: synonyms, set phrases, and the
# transliterations / names that differ between newsrooms. Either side replaces the other.
SYNONYMS = [
    ("Triều Tiên", "Bắc Hàn"), ("Hàn Quốc", "Nam Hàn"), ("Mỹ", "Hoa Kỳ"), ("Liên Hợp Quốc", "LHQ"),
    ("Liên minh châu Âu", "EU"), ("Mát-xcơ-va", "Moscow"), ("Oa-sinh-tơn", "Washington"), ("Pa-ri", "Paris"),
    ("Luân Đôn", "London"), ("I-rắc", "Iraq"), ("I-ran", "Iran"), ("Ix-ra-en", "Israel"),
    ("Pa-le-xtin", "Palestine"), ("Áp-ga-ni-xtan", "Afghanistan"), ("Pa-ki-xtan", "Pakistan"),
    ("Xin-ga-po", "Singapore"), ("In-đô-nê-xi-a", "Indonesia"), ("Ma-lai-xi-a", "Malaysia"),
    ("Thái Lan", "Xiêm"), ("Campuchia", "Cam-pu-chia"), ("Philippines", "Phi-líp-pin"), ("Đức", "CHLB Đức"),
    ("Tổng thống", "TT"), ("Thủ tướng", "TTg"), ("thành phố", "TP"), ("TP HCM", "TP Hồ Chí Minh"),
    ("cho biết", "cho hay"), ("tuy nhiên", "tuy vậy"), ("hiện nay", "hiện tại"), ("nhưng", "song"),
    ("rất", "hết sức"), ("người dân", "bà con"), ("bắt đầu", "khởi đầu"), ("nhanh chóng", "mau chóng"),
    ("giúp đỡ", "hỗ trợ"), ("xảy ra", "diễn ra"), ("nguyên nhân", "lý do"), ("khoảng", "chừng"),
    ("sau đó", "tiếp đó"), ("ngay lập tức", "lập tức"), ("điều tra", "xác minh"), ("tuyên bố", "khẳng định"),
    ("yêu cầu", "đề nghị"), ("vừa qua", "mới đây"), ("đồng thời", "cùng lúc"), ("phát hiện", "phát giác"),
    ("tử vong", "thiệt mạng"), ("cho rằng", "nhận định"), ("tại", "ở"), ("khi", "lúc"),
    ("nếu", "nếu như"), ("cơ quan chức năng", "lực lượng chức năng"), ("to lớn", "lớn lao"), ("bởi vì", "bởi"),
    ("vì vậy", "do đó"), ("nghiêm trọng", "trầm trọng"), ("thông báo", "công bố"), ("bắt giữ", "tạm giữ"),
    ("cảnh sát", "công an"), ("quân đội", "lực lượng vũ trang"), ("chính phủ", "nội các"),
    ("phóng viên", "PV"), ("hôm qua", "ngày hôm qua"), ("năm ngoái", "năm trước"), ("đề xuất", "kiến nghị"),
    ("sinh viên", "SV"), ("học sinh", "HS"), ("bệnh viện", "BV"), ("ủy ban nhân dân", "UBND"),
    ("hội đồng nhân dân", "HĐND"), ("công ty", "Cty"), ("trách nhiệm hữu hạn", "TNHH"),
    ("đô la", "USD"), ("triệu đồng", "triệu VND"), ("phụ nữ", "chị em"), ("trẻ em", "trẻ nhỏ"),
    ("gia đình", "nhà"), ("lập tức", "tức thì"), ("khẩn trương", "gấp rút"), ("tiếp tục", "tiếp tục"),
]
SYNONYMS = [(a, b) for a, b in SYNONYMS if a != b]
FUNCTION_WORDS = ["đã", "đang", "sẽ", "thì", "là", "mà", "những", "các", "rằng", "cũng", "vẫn", "được", "này",
                  "đó", "lại", "vừa", "hiện", "rất", "nữa", "chỉ"]
NEWSROOM = [
    "theo thông tin ban đầu", "theo nguồn tin riêng của phóng viên", "vào chiều cùng ngày", "trong ngày hôm qua",
    "như đã đưa tin", "một nguồn tin cho biết", "theo cơ quan chức năng", "cũng trong ngày",
    "trước sự chứng kiến của nhiều người dân", "theo các chuyên gia", "tính đến thời điểm này", "được biết",
    "theo hãng tin AFP", "theo Reuters", "theo phóng viên TTXVN tại đây", "trao đổi với báo chí",
]
_SYN = {a.lower(): b for a, b in SYNONYMS} | {b.lower(): a for a, b in SYNONYMS}
_SYN_RE = re.compile(
    "(?<!\\w)(" + "|".join(re.escape(s) for s in sorted(_SYN, key=len, reverse=True)) + ")(?!\\w)", re.IGNORECASE
)
_FW_RE = re.compile("(?<!\\w)(" + "|".join(FUNCTION_WORDS) + ")(?!\\w) ?", re.IGNORECASE)
_SENT = re.compile(r"(?<=[.!?…])\s+(?=\S)")
# Old-style ("hoà", "thuỷ") <-> new-style ("hòa", "thủy") tone placement in open syllables.
_NEW_OLD = {f"{t}{v}": f"{base}{tv}" for base, v, tones, vtones in
            [("o", "a", "òóỏõọ", "àáảãạ"), ("o", "e", "òóỏõọ", "èéẻẽẹ"), ("u", "y", "ùúủũụ", "ỳýỷỹỵ")]
            for t, tv in zip(tones, vtones, strict=True)}
_TONE_SWAP = _NEW_OLD | {old: new for new, old in _NEW_OLD.items()}
_TONE_RE = re.compile(f"(?<![qQ])({'|'.join(_TONE_SWAP)})(?!\\w)")
_NUM = re.compile(r"\b(\d{1,3})\.(\d{3})\b|\b(\d+)%|\b(\d+),(\d+)\b")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text) if s]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def punctuation(text: str, rng: random.Random, other: str) -> str | None:
    ops = [lambda t: t.replace(", ", " , ", 1) if ", " in t else None,
           lambda t: t.rstrip(".") if t.endswith(".") else t + ".",
           lambda t: t.replace(" - ", " – ") if " - " in t else t.replace(", ", " - ", 1) if ", " in t else None,
           lambda t: t.replace("(", "").replace(")", "") if "(" in t else None]
    return rng.choice(ops)(text)


def quotes(text: str, rng: random.Random, other: str) -> str | None:
    for a, b in (("“", '"'), ("”", '"'), ('"', "“"), ("'", "‘")):
        if a in text:
            return text.replace(a, b)
    return None


def numbers(text: str, rng: random.Random, other: str) -> str | None:
    m = _NUM.search(text)
    if not m:
        return None
    if m.group(1):
        rep = f"{m.group(1)}{m.group(2)}" if rng.random() < 0.5 else f"{m.group(1)} nghìn {m.group(2)}"
    elif m.group(3):
        rep = f"{m.group(3)} phần trăm"
    else:
        rep = f"{m.group(4)}.{m.group(5)}"
    return text[: m.start()] + rep + text[m.end():]


def synonym(text: str, rng: random.Random, other: str) -> str | None:
    hits = list(_SYN_RE.finditer(text))
    if not hits:
        return None
    m = rng.choice(hits)
    rep = _SYN[m.group(1).lower()]
    if m.group(1)[:1].isupper():
        rep = _cap(rep)
    return text[: m.start()] + rep + text[m.end():]


def function_word(text: str, rng: random.Random, other: str) -> str | None:
    hits = list(_FW_RE.finditer(text))
    if hits and rng.random() < 0.5:  # drop one
        m = rng.choice(hits)
        return text[: m.start()] + text[m.end():]
    spaces = [m.end() for m in re.finditer(r" ", text)]
    if not spaces:
        return None
    at = rng.choice(spaces)
    return text[:at] + rng.choice(FUNCTION_WORDS) + " " + text[at:]


def insert_clause(text: str, rng: random.Random, other: str) -> str | None:
    sents = _sentences(text)
    k = rng.randrange(len(sents))
    if rng.random() < 0.5 or not other:
        phrase = rng.choice(NEWSROOM)
        sents[k] = _cap(phrase) + ", " + sents[k][:1].lower() + sents[k][1:]
    else:  # text from another article
        clause = " ".join(rng.choice(_sentences(other)).split()[:12]).rstrip(".,;") + "."
        sents.insert(k + 1, _cap(clause))
    return " ".join(sents)


def delete_clause(text: str, rng: random.Random, other: str) -> str | None:
    sents = _sentences(text)
    k = rng.randrange(len(sents))
    parts = sents[k].split(", ")
    if len(parts) > 1:
        del parts[rng.randrange(1, len(parts))]
        sents[k] = ", ".join(parts)
        if not sents[k].endswith((".", "!", "?")):
            sents[k] += "."
    elif len(sents) > 2:
        del sents[k]
    else:
        return None
    return " ".join(sents)


def split_sentence(text: str, rng: random.Random, other: str) -> str | None:
    sents = _sentences(text)
    cands = [i for i, s in enumerate(sents) if ", " in s]
    if not cands:
        return None
    k = rng.choice(cands)
    a, b = sents[k].split(", ", 1)
    sents[k] = a + ". " + _cap(b)
    return " ".join(sents)


def merge_sentences(text: str, rng: random.Random, other: str) -> str | None:
    sents = _sentences(text)
    if len(sents) < 2:
        return None
    k = rng.randrange(len(sents) - 1)
    a, b = sents[k].rstrip(".!?… "), sents[k + 1]
    sents[k : k + 2] = [a + rng.choice([", và ", ", ", "; "]) + b[:1].lower() + b[1:]]
    return " ".join(sents)


def move_sentence(text: str, rng: random.Random, other: str) -> str | None:
    sents = _sentences(text)
    if len(sents) < 3:
        return None
    s = sents.pop(rng.randrange(len(sents)))
    sents.insert(rng.randrange(len(sents) + 1), s)
    return " ".join(sents)


STYLE = [punctuation, quotes, numbers]
WORD_EDITS = [synonym, synonym, function_word, function_word, insert_clause, delete_clause, split_sentence,
              merge_sentences, move_sentence, numbers]


def tone_variant(text: str) -> str:
    """The whole paragraph with the other tone-mark placement (hoà <-> hòa)."""
    return _TONE_RE.sub(lambda m: _TONE_SWAP[m.group(1)], text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def make_copy(base: str, band: tuple[float, float], rng: random.Random, other: str,
              tries: int = 30) -> tuple[str, float, list[str]] | None:
    """A copy of `base` whose measured change rate is inside `band`, with the edit kinds used;
    None when no attempt lands in the band."""
    lo, hi = band
    for _ in range(tries):
        text, kinds = base, []
        for op in rng.sample(STYLE, rng.randint(1, 2)):
            out = op(text, rng, other)
            if out:
                text, kinds = out, [*kinds, op.__name__]
        rate = change_rate(base, text)
        for _ in range(200):
            if rate >= lo:
                break
            op = rng.choice(WORD_EDITS)
            out = op(text, rng, other)
            if not out or out == text:
                continue
            new = change_rate(base, out)
            if new > hi:
                continue
            text, rate, kinds = out, new, [*kinds, op.__name__]
        if rng.random() < 0.15:  # a whole paragraph retyped with the other tone-mark placement
            out = tone_variant(text)
            if out != text and change_rate(base, out) <= hi:
                text, kinds = out, [*kinds, "tone_marks"]
        rate = change_rate(base, text)
        if lo <= rate <= hi:
            if rng.random() < 0.15:
                text, kinds = nfd(text), [*kinds, "nfd"]
            return text, rate, kinds
    return None
