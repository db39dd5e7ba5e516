import random
from pathlib import Path

from cleaners import learned
from cleaners.learned import LineStat, PatternConfig, learn_patterns, patterns_for, remove_learned
from cleaners.normalize import line_key

FOOTER = "Đường dây nóng: 0909 123 456 - Email: toasoan@baoabc.vn"


def stats(outlet: str, line: str, n: int) -> LineStat:
    return LineStat(outlet, line_key(line), n, line)


def test_learns_lines_repeated_within_one_outlet_only() -> None:
    learned = learn_patterns([stats("abc.vn", FOOTER, 5), stats("abc.vn", "Dòng hiếm", 2)], min_docs=5)
    assert set(learned["abc.vn"]) == {line_key(FOOTER)}
    assert learned["abc.vn"][line_key(FOOTER)].support == 5


def test_a_line_shared_by_two_outlets_is_not_learned() -> None:
    learned = learn_patterns([stats("abc.vn", FOOTER, 9), stats("xyz.vn", FOOTER, 1)], min_docs=5)
    assert learned == {}


def test_pins_and_denies(tmp_path: Path) -> None:
    cfg_path = tmp_path / "boilerplate.toml"
    cfg_path.write_text(
        f'[[deny]]\noutlet = "abc.vn"\nline = "{FOOTER}"\n\n[[pin]]\nline = "Bấm vào đây để đăng ký"\n', encoding="utf-8"
    )
    cfg = PatternConfig.load(cfg_path)
    learned = learn_patterns([stats("abc.vn", FOOTER, 50)], min_docs=5, config=cfg)
    pats = patterns_for(learned, "abc.vn")
    assert line_key(FOOTER) not in pats
    kept, numbers, removed = remove_learned(["Nội dung bài", "Bấm vào đây để đăng ký"], [1, 2], pats)
    assert kept == ["Nội dung bài"] and numbers == [1]
    assert [(r.line, r.rule) for r in removed] == [(2, "pinned_boilerplate")]


def test_a_pin_goes_wherever_it_stands_whatever_its_shape(tmp_path: Path) -> None:
    """`[[pin]]` is "always remove": between two sentences, longer than a widget label, a name, a
    sentence; only the document's title stays (tester T6, F17: these were silently kept)."""
    pins = ["Bấm vào đây để đăng ký nhận bản tin", "Nguyễn Văn Tư", "Mời bạn đọc gửi ý kiến về tòa soạn."]
    cfg_path = tmp_path / "pins.toml"
    cfg_path.write_text("".join(f'[[pin]]\nline = "{line}"\n\n' for line in pins), encoding="utf-8")
    pats = patterns_for(learn_patterns([], min_docs=5, config=PatternConfig.load(cfg_path)), "abc.vn")
    prose = "Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo cấp độ rủi ro thiên tai do bão là cấp 3."
    for pin in pins:
        lines = ["Bão số 3 đổ bộ vào miền Trung hôm nay", prose, pin, prose]
        kept, _, removed = remove_learned(lines, [1, 2, 3, 4], pats)
        assert kept == [lines[0], prose, prose]
        assert [(r.line, r.text, r.rule) for r in removed] == [(3, pin, "pinned_boilerplate")]
    kept, _, removed = remove_learned([pins[0], prose], [1, 2], pats, title=pins[0])
    assert kept == [pins[0], prose] and removed == []  # the title stays


def test_digits_are_masked_so_dated_footers_match() -> None:
    learned = learn_patterns([stats("abc.vn", "Cập nhật lúc 10:00 ngày 1/1/2024", 7)], min_docs=5)
    kept, _, removed = remove_learned(["Cập nhật lúc 23:59 ngày 9/9/2025"], [4], patterns_for(learned, "abc.vn"))
    assert kept == [] and removed[0].rule == "learned_boilerplate"


def test_only_zone_and_widget_lines_are_removed() -> None:
    """Any line but a sentence may be learned; where it may go is its place in the page: the template
    zone (head, tail), short widget lines elsewhere, but not two short lines between sentences nor the
    items of a list the article announces nor a longer line in the body."""
    from cleaners.learned import learnable

    prose = "Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo cấp độ rủi ro thiên tai do bão là cấp 3."
    lines = ["Thời sự", prose, "Một câu ngắn kết thúc.", prose, "Chia sẻ ngay",
             "Các số điện thoại đường dây nóng hỗ trợ người dân:", "Bệnh viện Bạch Mai: 024 3869 3731", prose,
             "Phòng Kinh doanh Báo Sông Hồng - Hotline quảng cáo 0912 345 678 - Tầng 5"]
    assert learnable(lines) == [True, False, False, False, True, True, True, False, True]
    every = learn_patterns([stats("abc.vn", line, 6) for line in lines], min_docs=5)
    kept, _, removed = remove_learned(lines, list(range(1, 10)), patterns_for(every, "abc.vn"))
    assert [r.text for r in removed] == ["Thời sự", "Chia sẻ ngay", lines[-1]]


def test_a_short_menu_line_shared_by_outlets_is_learned_for_each() -> None:
    from cleaners.learned import LineStat, learn_patterns

    stats = [LineStat("a.vn", "thoi su", 6, "Thời sự"), LineStat("b.vn", "thoi su", 5, "Thời sự"),
             LineStat("a.vn", "mot cau dai dung chung giua hai bao ve cung mot su kien lon", 6, "x"),
             LineStat("b.vn", "mot cau dai dung chung giua hai bao ve cung mot su kien lon", 6, "x")]
    learned = learn_patterns(stats, min_docs=5)
    assert set(learned) == {"a.vn", "b.vn"}
    assert all(set(p) == {"thoi su"} for p in learned.values())


def test_a_learned_line_announcing_kept_content_stays() -> None:
    """An outlet repeats "Các số điện thoại đường dây nóng:" above each article's own hotlines: the
    announcing line goes only with what it announces (here the hotlines differ, so both stay)."""
    intro, menu = "Các số điện thoại đường dây nóng:", "Xem thêm các tin khác:"
    learned = learn_patterns([stats("abc.vn", intro, 6), stats("abc.vn", menu, 6)], min_docs=5)
    patterns = patterns_for(learned, "abc.vn")
    lines = ["Bão số 3 đổ bộ vào Quảng Ninh", intro, "Ban Chỉ huy phòng chống thiên tai tỉnh: 0203 3835 559"]
    kept, _, removed = remove_learned(lines, [1, 2, 3], patterns)
    assert kept == lines and not removed
    closing = ["Bão số 3 đổ bộ vào Quảng Ninh", "Một đoạn văn của bài báo.", menu]  # announces nothing: goes
    kept, _, removed = remove_learned(closing, [1, 2, 3], patterns)
    assert kept == closing[:2] and [r.text for r in removed] == [menu]


def _learnable_reference(lines: list[str], title: str | None = None) -> list[bool]:
    """learnable as defined (issue 17 stops counting words past the largest limit)."""
    titles = learned._title_index(lines, title)
    return [0 < len(line.split()) <= learned.MAX_WORDS and i not in titles
            and not line.rstrip().endswith(learned._SENTENCE_END) for i, line in enumerate(lines)]


def test_learnable_and_keys_equal_their_definition_at_every_length() -> None:
    rng = random.Random(17)
    words = ["Tin", "bài", "12", "3/4", "ĐT:", "giá", "²", "٣", "x", "Hà", "Nội"]
    ends = ["", ".", ":", " :", "!", "?”", " ", "\t"]
    for _ in range(3000):
        lines = []
        for _ in range(rng.randint(1, 8)):
            n = rng.choice([0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 39, 40, 41, 42, 43, 60, rng.randint(0, 90)])
            sep = rng.choice([" ", " ", "  ", "\u00a0"])
            lines.append(sep.join(rng.choice(words) for _ in range(n)) + rng.choice(ends))
        title = rng.choice([None, lines[0]])
        assert learned.learnable(lines, title) == _learnable_reference(lines, title), lines
        for line in lines:
            digits = any(c.isdigit() for c in line)
            want = " ".join(learned.match_tokens(line)) if digits and learned.reads_as_text(line) else line_key(line)
            assert learned.pattern_key(line) == want


def _sentence(n: int) -> str:
    return f"Câu thứ {n} của bài báo kể lại diễn biến của sự việc một cách đầy đủ và rõ ràng cho bạn đọc."


def test_the_template_zone_grows_through_the_outlets_repeated_lines() -> None:
    """A footer of six lines of 9+ words: the fixed tail zone (3) would leave three; the zone grows."""
    foot = [f"Dòng chân trang số {w} của tòa soạn báo Phố Núi đặt tại thành phố Buôn Ma Thuột" for w in
            ("một", "hai", "ba", "bốn", "năm", "sáu")]
    every = learn_patterns([stats("a.vn", line, 6) for line in foot], min_docs=5)
    lines = [_sentence(1), _sentence(2), *foot]
    kept, _, removed = remove_learned(lines, list(range(1, 9)), patterns_for(every, "a.vn"))
    assert kept == lines[:2] and [r.text for r in removed] == foot
    # a sentence ends the zone: the same lines above the article's last sentence stay
    lines = [_sentence(1), *foot[:3], _sentence(2), *foot[3:]]
    kept, _, _ = remove_learned(lines, list(range(1, 9)), patterns_for(every, "a.vn"))
    assert kept == lines[:5]


def test_a_table_and_a_bulleted_list_are_the_articles_own() -> None:
    table = ["Ngành", "Khối", "Kế toán", "D1", "Ngôn ngữ Anh", "D1"]
    items = ["Các chương trình đào tạo", "- Anh ngữ", "- Cử nhân kinh doanh"]
    every = learn_patterns([stats("a.vn", line, 50) for line in table + items + ["Liên hệ quảng cáo"]], min_docs=5,
                           outlet_docs={"a.vn": 100})
    lines = [_sentence(1), *items, _sentence(2), *table, "Liên hệ quảng cáo"]
    kept, _, removed = remove_learned(lines, list(range(1, len(lines) + 1)), patterns_for(every, "a.vn"))
    assert [r.text for r in removed] == ["Liên hệ quảng cáo"]


def test_a_label_in_a_fifth_of_the_pages_goes_between_sentences_but_not_a_name() -> None:
    lines = [_sentence(1), "Video nổi bật", _sentence(2), "Ông Lâm Quốc Bảo", _sentence(3)]
    st = [stats("a.vn", "Video nổi bật", 20), stats("a.vn", "Ông Lâm Quốc Bảo", 20)]
    few = learn_patterns(st, min_docs=5, outlet_docs={"a.vn": 101})  # under 20 % of the pages
    assert remove_learned(lines, [1, 2, 3, 4, 5], patterns_for(few, "a.vn"))[0] == lines
    share = learn_patterns(st, min_docs=5, outlet_docs={"a.vn": 100})
    kept, _, removed = remove_learned(lines, [1, 2, 3, 4, 5], patterns_for(share, "a.vn"))
    assert [r.text for r in removed] == ["Video nổi bật"] and "Ông Lâm Quốc Bảo" in kept


def test_zone_support_is_three_fifths_of_min_docs_for_short_lines_only() -> None:
    assert [learned.zone_support(k) for k in (2, 3, 5, 10)] == [2, 3, 3, 6]
    short, long = "Kênh AM 607 kHz", "Chuyên trang Nhịp sống phố núi của Báo Phố Núi cập nhật hằng ngày"
    got = learn_patterns([stats("a.vn", short, 3), stats("a.vn", long, 3)], min_docs=5)["a.vn"]
    assert set(got) == {learned.pattern_key(short)} and got[learned.pattern_key(short)].zone_only


def test_document_keys_are_line_keys_of_the_kept_and_doc_line_keys_of_the_whole() -> None:
    """Extract's one reading of a document's lines gives what the two definitions give: kept lines and the
    lines the rules removed interleaved, with or without a title field (equal to a kept or a removed line),
    the first line kept or removed."""
    rng = random.Random(23)
    words = ["Tin", "bài", "12", "3/4", "ĐT:", "giá", "Hà", "Nội", "hòa", "hoà", "|", "Giá vàng 10/11: 81,5"]
    ends = ["", ".", ":", "!", "?”"]
    titles = 0
    for _ in range(3000):
        lines = []
        for _ in range(rng.randint(1, 9)):
            n = rng.choice([1, 2, 3, 4, 5, 8, 9, 40, 41, rng.randint(1, 60)])
            lines.append(" ".join(rng.choice(words) for _ in range(n)) + rng.choice(ends))
        removed_at = {i for i in range(len(lines)) if rng.random() < 0.35}
        kept = [line for i, line in enumerate(lines) if i not in removed_at]
        numbers = [i + 1 for i in range(len(lines)) if i not in removed_at]
        removed = [(i + 1, lines[i]) for i in sorted(removed_at)]
        title = rng.choice([None, "", rng.choice(lines), rng.choice(lines).upper(), "Tin khác"])
        titles += title in lines
        want = (learned.line_keys(kept, title),
                learned.doc_line_keys(learned.whole_lines(kept, numbers, removed), title))
        assert learned.document_keys(kept, numbers, removed, title) == want, (lines, removed_at, title)
    assert titles > 500
