import random
import re
import sys
import unicodedata

from cleaners.normalize import line_key, match_tokens, normalize_text, same_match_tokens, unify_tones


def test_nfc_and_whitespace_keep_every_diacritic() -> None:
    nfd = unicodedata.normalize("NFD", "Hòa bình  \u200bở   Việt Nam\r\nđẹp\u00a0lắm ")
    assert normalize_text(nfd) == "Hòa bình ở Việt Nam\nđẹp lắm"


def test_tone_placement_variants_match() -> None:
    for old, new in [("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Hoá", "Hóa")]:
        assert unify_tones(old) == unify_tones(new)
        assert match_tokens(old) == match_tokens(new)
    assert match_tokens("hoà") != match_tokens("hoa")  # the tone itself is not lost


def test_match_tokens_drop_punctuation_and_case() -> None:
    assert match_tokens("“Xin chào,” ông NÓI.") == match_tokens("xin chào ông nói")


def test_line_key_masks_digits() -> None:
    assert line_key("Cập nhật 13/11/2024") == line_key("Cập nhật 1/2/2025")
    assert line_key("Hotline: 0909 123 456") == line_key("Hotline: 0912 000 111")


def test_word_segmented_text_has_the_match_form_of_plain_text() -> None:
    """VnCoreNLP/pyvi join syllables with `_`: the match form treats it as a space."""
    segmented, written = "Bản_án cho đối_tượng giả_danh công_an .", "Bản án cho đối tượng giả danh công an."
    assert match_tokens(segmented) == match_tokens(written)
    assert len(match_tokens(segmented)) == 9
    assert line_key(segmented) == line_key(written)


def test_entities_line_separators_and_glued_contact_labels() -> None:
    from cleaners.normalize import normalize_text

    assert normalize_text("Giá &bull; vàng &amp;quot;x&amp;quot; AT&T &notanentity; &#8220;y&#x201D;") == \
        'Giá • vàng "x" AT&T &notanentity; “y”'
    assert normalize_text("Hà Nội\x0bĐT: 024\x0cFax\u2028Email") == "Hà Nội\nĐT: 024\nFax\nEmail"
    assert normalize_text("Ba Đình, Hà NộiĐT: 04.726 1938") == "Ba Đình, Hà Nội\nĐT: 04.726 1938"
    assert normalize_text("HÀ NỘIĐT: 1 và Q.3ĐT: 2") == "HÀ NỘIĐT: 1 và Q.3ĐT: 2"  # no lower-case word before


def test_controls_separate_words_and_zero_width_characters_do_not() -> None:
    from cleaners.normalize import normalize_text

    assert normalize_text("Hà\x00Nội\x07mưa\x1flớn\x7f \x00 nhé\x00") == "Hà Nội mưa lớn nhé"
    assert normalize_text("Việt\u200bNam\u00adese\ufeff") == "ViệtNamese"


def _chunk_by_chunk(text: str) -> list[str]:
    """The match form as first defined: each white-space chunk on its own (NFC, lower case, words, tones)."""
    from cleaners.normalize import _WORD

    return [unify_tones(w) for chunk in text.split() for w in _WORD.findall(unicodedata.normalize("NFC", chunk).lower())]


def test_match_tokens_of_a_whole_text_equal_those_chunk_by_chunk() -> None:
    """match_tokens reads a whole text at once (issue 17): lower case (Greek final sigma), NFC (a mark
    after a space, singleton decompositions) and words must not look across white space."""
    pool = list("aăâđêôơưyAĐΣσİI_-'.,:0123 \t\n\u00a0\u3000\x1f") + ["\u0300", "\u0301", "\u0309", "\u0323", "\u0340", "\u0343"]
    rng = random.Random(17)
    texts = ["ΟΔΟΣ ΣΑΣ Σ", "hoa\u0300 \u0301a thu\u0309y", "İstanbul Đà_Nẵng", "x\u00a0y\u3000z\x1fw"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 25))) for _ in range(20_000)]
    for text in texts:
        assert match_tokens(text) == _chunk_by_chunk(text), repr(text)
        assert line_key(text) == " ".join(re.sub(r"\d+", "0", t) for t in _chunk_by_chunk(text))


def test_glued_labels_only_where_a_label_is() -> None:
    assert normalize_text("Liên hệ: Hà NộiĐT: 024") == "Liên hệ: Hà Nội\nĐT: 024"
    assert normalize_text("Tỉ số: 2:1, không có nhãn") == "Tỉ số: 2:1, không có nhãn"


def _normalize_reference(text: str) -> str:
    """normalize_text as first written (issue 17 made it rewrite only what needs it): the definition."""
    from cleaners import normalize as n

    text = unicodedata.normalize("NFC", n.unescape_entities(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = n._LINE_SEPS.sub("\n", text)
    if ":" in text:
        text = n._GLUED_LABEL.sub(lambda m: m.group(1) + "\n" if m.group(1).islower() else m.group(1), text)
    text = text.translate(n._DROP)
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_normalize_text_equals_its_definition_on_fuzzed_text() -> None:
    from cleaners.normalize import _DROP, _tidy_lines

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    pool = spaces + [chr(c) for c in _DROP] + list("aăĐđ:.,&;#x0123 \n\n  ") + ["ĐT:", "&amp;", "&#160;", "\u0301", "\r\n"]
    rng = random.Random(17)
    texts = ["", " ", "\n", " \n ", "a  b", "\ta\u3000b\xa0", "x \r\n y", "Hà NộiĐT: 04 \u2028 z"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(30_000)]
    for text in texts:
        assert normalize_text(text) == _normalize_reference(text), repr(text)
        assert _tidy_lines(text) == "\n".join(" ".join(line.split()) for line in text.split("\n")), repr(text)


def test_the_white_space_classes_are_those_of_str_split() -> None:
    from cleaners.normalize import _ANY_OTHER_SPACE

    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    others = {chr(c) for c in range(sys.maxunicode + 1) if _ANY_OTHER_SPACE.fullmatch(chr(c))}
    assert others == spaces - {" ", "\n"}


def test_same_match_tokens_is_comparing_match_tokens() -> None:
    rng = random.Random(5)
    words = ["Hòa", "hoà", "HOÀ", "bình", "đối_tượng", "đối tượng", "1,5", "-", "ΣΑΣ", "σας", "İ", "i̇", "Tin"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        other = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        for tokens in (match_tokens(text), match_tokens(other)):
            assert same_match_tokens(text, tokens) == (match_tokens(text) == tokens), (text, tokens)
