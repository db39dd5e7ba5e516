"""The text decision of `cleaners.verify.similarity` on real ViMs pairs (outlets' articles about one event):
reworded copies of a common text are kept, independent wordings of one fact are rejected."""

from __future__ import annotations

import pytest

from cleaners.normalize import match_tokens
from cleaners.verify import (
    LONG_STRETCH,
    MEDIUM_MIN_SIMILARITY,
    MEDIUM_TOKENS,
    MIN_STRETCHES,
    PLAIN_STRETCH_WORDS,
    SHORT_TOKENS,
    alignment,
    common_stretches,
    conflicting_names,
    conflicting_numbers,
    copy_evidence,
    form_tokens,
    name_substitutions,
    number_conflicts,
    passage_tokens,
    plain_stretch_words,
    similarity,
)

# Reworded copies (a quote translated twice; one outlet's paragraph reworded by another): 0.58-0.59
COPIES = {
    "quote": (
        'Phát biểu tại lễ trao giải hôm 1/6, Tổng thống Putin cho biết: "Những nỗ lực phát triển chăm sóc y tế, '
        'giáo dục, kinh tế và xã hội đã mang lại kết quả.',
        "Trong bài phát biểu tại buổi lễ trao thưởng cho 9 gia đình trên cả nước, Tổng thống Putin nói rằng: "
        "“Nỗ lực của chúng ta để phát triển các hoạt động chăm sóc y tế, giáo dục, kinh tế và xã hội đã mang lại kết quả.",
    ),
    "reworded": (
        'Trước đây nữ ca sĩ từng sáng tác cũng như viết lời Việt cho một số ca khúc, tuy nhiên, ca khúc "Lonely" '
        "lại có ý nghĩa đặc biệt vào đúng dịp cô tròn tuổi mới.",
        "Trước kia, nữ ca sĩ từng sáng tác hoặc viết lời Việt cho một số bài, nên đây không phải việc quá mới mẻ, "
        "song lần này nó lại có ý nghĩa vì đúng dịp cô tròn tuổi mới.",
    ),
}

# Independent wordings of one fact (time, vehicle, street, direction) by two outlets: 0.50-0.54
DISTINCT = {
    "route": (
        "Thời điểm trên, chiếc xe container chở thép cuộn lưu thông trên đường Huỳnh Tấn Phát, hướng từ quận 7 "
        "đi huyện Nhà Bè, TP HCM.",
        "Trưa 3.6, tài xế (khoảng 35 tuổi) điều khiển xe container chở theo cuộn thép nặng gần chục tấn lưu thông "
        "trên đường Huỳnh Tấn Phát hướng từ quận 7 về huyện Nhà Bè, TP.HCM.",
    ),
    "plate": (
        "Thông tin ban đầu khoảng 6g cùng ngày, chiếc xe Bentley biển số 51A - 503.08 đang chạy trên đường "
        "Nguyễn Văn Linh hướng về khu chế xuất Tân Thuận.",
        "Theo nhân chứng, khoảng 6h sáng nay 2/6, chiếc xe ô tô hiệu Bentley biển số 51A - 503.08 lưu thông "
        "trên đường Nguyễn Văn Linh hướng từ quốc lộ 1A đi khu chế xuất Tân Thuận, quận 7.",
    ),
    "crossing": (
        "Khi đến giao lộ Nguyễn Văn Linh - Nguyễn Đức Cảnh, tài xế cho xe dừng đèn đỏ thì bất ngờ bị chiếc xe "
        "container húc từ đằng sau tới khiến chiếc xế hộp văng về phía trước hơn chục mét.",
        "Khi đến giao lộ Nguyễn Văn Linh – Nguyễn Đức Cảnh (phường Tân Phong, quận 7) thì tài xế giảm tốc độ "
        "dừng đèn đỏ đúng lúc xe Container biển số TP.HCM từ phía sau lao tới tông phải.",
    ),
}


def _tokens(pair: tuple[str, str]) -> tuple[list[str], list[str]]:
    return match_tokens(pair[0]), match_tokens(pair[1])


@pytest.mark.parametrize("name", COPIES)
def test_a_reworded_copy_of_two_sentences_is_kept(name: str) -> None:
    a, b = _tokens(COPIES[name])
    assert SHORT_TOKENS <= max(len(a), len(b)) < MEDIUM_TOKENS
    assert 0.5 <= alignment(a, b) < MEDIUM_MIN_SIMILARITY  # the band where the stretches decide
    found = common_stretches(a, b)
    assert len(found) >= MIN_STRETCHES or max(found) >= LONG_STRETCH
    assert similarity(a, b) == alignment(a, b)


@pytest.mark.parametrize("name", DISTINCT)
def test_an_independent_wording_of_one_fact_is_rejected(name: str) -> None:
    a, b = _tokens(DISTINCT[name])
    assert SHORT_TOKENS <= max(len(a), len(b)) < MEDIUM_TOKENS
    assert alignment(a, b) >= 0.5  # what alone merged them before
    found = common_stretches(a, b)
    assert len(found) < MIN_STRETCHES and max(found, default=0) < LONG_STRETCH
    assert similarity(a, b) == 0.0


def test_stretches_are_maximal_runs_covered_by_shared_6_grams() -> None:
    a = "một hai ba bốn năm sáu bảy x tám chín mười mười_một mười_hai mười_ba".split()
    b = "một hai ba bốn năm sáu bảy y tám chín mười mười_một mười_hai mười_ba z".split()
    assert common_stretches(a, b) == [7, 6]
    assert common_stretches(a, a) == [len(a)]
    assert common_stretches(a, "một hai ba bốn năm".split()) == []


def test_long_and_well_aligned_pairs_need_no_stretches() -> None:
    """The stretch rule only applies to pairs under MEDIUM_TOKENS aligned under MEDIUM_MIN_SIMILARITY."""
    a, b = _tokens(DISTINCT["route"])
    padded_a, padded_b = a + [f"w{i}" for i in range(30)], b + [f"w{i}" for i in range(30)]
    assert max(len(padded_a), len(padded_b)) >= MEDIUM_TOKENS
    assert similarity(padded_a, padded_b) == alignment(padded_a, padded_b) >= 0.5
    close = [*a[:-3], "x", "y", "z"]  # three words changed: aligned at 0.88, kept on the alignment alone
    assert similarity(a, close) == alignment(a, close) >= MEDIUM_MIN_SIMILARITY


# Independent reports (ViMs half A) whose verbatim stretches are names, titles, numbers and dates: a defendant's
# name, age and address; a date and an address; one named mixture in two rules of one regulation
NAMES = {
    "court": (
        "Ngày 2/6, tại phiên xử sơ thẩm lưu động, TAND tỉnh Thanh Hóa tuyên phạt Hoàng Ngọc Hùng (28 tuổi, trú "
        "phường Quảng Thành, TP Thanh Hóa) 20 năm tù về tội Giết người.",
        "Sáng 2/6, TAND tỉnh Thanh Hóa xét xử vụ án “Giết người” đối với bị cáo Hoàng Ngọc Hùng (28 tuổi, trú "
        "phường Quảng Thành, TP. Thanh Hóa).",
    ),
    "place": (
        "Theo thông tin trước đó, sự việc diễn ra vào khoảng chiều qua (31/5) trước cổng trụ sở Bộ Y tế (đường "
        "Giảng Võ, phường Kim Mã – Ba Đình – Hà Nội).",
        "Được biết, sự việc diễn ra vào chiều 31/5 trước cổng trụ sở Bộ Y tế, đường Giảng Võ, phường Kim Mã, "
        "quận Ba Đình, Hà Nội.",
    ),
    "mixture": (
        "+ Hỗn hợp Methylchlorothiazolinone và Methylisothiazolinone (MCT + MIT) theo tỷ lệ 3:1 chỉ được dùng "
        "trong các sản phẩm rửa sạch (rinse-off product) với nồng độ tối đa 0,0015%;",
        "+ Hỗn hợp Methylchlorothiazolinone và Methylisothiazolinone (MCT + MIT) theo tỷ lệ 3:1 không được dùng "
        "thêm thành phần Methylisothiazolinone (MIT) trong cùng một sản phẩm.",
    ),
}


def test_passage_tokens_are_the_match_tokens_with_names_marked() -> None:
    text = "Sáng 2/6, TAND tỉnh Thanh Hóa xét xử bị cáo Hoàng Ngọc Hùng. Tại tòa, Hùng khai nhận."
    got = passage_tokens(text)
    assert got == match_tokens(text)
    names = [w for i, w in enumerate(got) if got.names >> i & 1]
    # a capital opening a sentence ("Tại") is no name; numbers, acronyms and the titles or class nouns
    # heading a name ("tỉnh", "bị cáo": rules/name_heads.toml) are, and so are newsroom formulae ("Sáng",
    # "xét xử": rules/formulae.toml), which count like names
    assert names == match_tokens("Sáng 2 6 TAND tỉnh Thanh Hóa xét xử bị cáo Hoàng Ngọc Hùng Hùng")


def test_web_addresses_and_formulae_are_no_copy_evidence() -> None:
    """Every word of a web address counts as a name; a short passage (fewer than SHORT_TOKENS words: lines
    under `min_words` go to exact matching instead) made only of formulae is not a copy even when two
    reports write it identically."""
    url = passage_tokens("Nguồn: http://www.example.com/modules.php?name=News&file=article&sid=1482501")
    assert all(url.names >> i & 1 for i in range(1, len(url)))
    stock = "Hiện nguyên nhân vụ việc đang được cơ quan chức năng điều tra làm rõ theo quy định của pháp luật."
    a, b = passage_tokens(stock), passage_tokens(stock.replace("tra,", "tra").replace("tra làm", "tra, làm"))
    assert alignment(a, b) == 1.0
    assert similarity(a, b) == 0.0
    copied = "Hiện vụ việc đang được cơ quan chức năng điều tra làm rõ vì sao chiếc cần cẩu đổ sập xuống mái nhà."
    assert 15 <= len(a) < SHORT_TOKENS and 15 <= len(passage_tokens(copied)) < SHORT_TOKENS
    assert similarity(passage_tokens(copied), passage_tokens(copied)) == 1.0


@pytest.mark.parametrize("kind", sorted(NAMES))
def test_stretches_of_names_and_numbers_are_no_copy_evidence(kind: str) -> None:
    """Aligned at 0.5-0.8 with a verbatim stretch the plain tokens accept; without its names the stretch
    holds fewer than PLAIN_STRETCH_WORDS words, so the pair is rejected."""
    a, b = (passage_tokens(t) for t in NAMES[kind])
    assert 0.5 <= alignment(a, b) < 0.8
    plain_a, plain_b = match_tokens(NAMES[kind][0]), match_tokens(NAMES[kind][1])
    assert plain_stretch_words(plain_a, plain_b) >= PLAIN_STRETCH_WORDS  # every word counted: evidence enough
    assert plain_stretch_words(a, b) < PLAIN_STRETCH_WORDS
    assert similarity(a, b) == similarity(b, a) == 0.0


@pytest.mark.parametrize("kind", sorted(COPIES))
def test_reworded_copies_keep_plain_words_in_their_stretches(kind: str) -> None:
    a, b = (passage_tokens(t) for t in COPIES[kind])
    assert plain_stretch_words(a, b) >= PLAIN_STRETCH_WORDS
    assert similarity(a, b) == alignment(a, b) >= 0.5


def test_similarity_is_symmetric_for_an_all_caps_copy() -> None:
    """The same words, one side in ALL CAPS (every word of it a name): the short pair's plain-word evidence
    was read from whichever side came first, so `similarity(a, b)` was 1.0 and `similarity(b, a)` 0.0."""
    text = "Có quá nhiều vấn đề cần khắc phục trong công tác quản lý đất đai ở địa phương này."
    a, b = passage_tokens(text), passage_tokens(text.upper())
    assert list(a) == list(b) and a.names != b.names
    assert similarity(a, b) == similarity(b, a) == 1.0
    assert plain_stretch_words(a, b) == plain_stretch_words(b, a)


def test_one_frame_filled_with_other_numbers_is_no_copy() -> None:
    """Clauses of two articles of the penal code (VNTC law half A) align at 0.8: only the numbers differ."""
    a = passage_tokens("2. Phạm tội thuộc một trong những trường hợp sau đây, thì bị phạt tù từ 7 đến 15 năm.")
    b = passage_tokens("3. Phạm tội thuộc một trong các trường hợp sau đây, thì bị phạt tù từ 15 đến 20 năm")
    assert alignment(a, b) >= 0.8 and conflicting_numbers(a, b)
    assert similarity(a, b) == similarity(b, a) == 0.0
    # number styles agree: "1.000" / "1000", "3,6" / "3.6"
    c = passage_tokens("Năm 2005, lực lượng chức năng thu giữ 1.000 bao thuốc lá và 3,6 tấn đường cát nhập lậu từ Campuchia.")
    d = passage_tokens("Năm 2005, lực lượng chức năng thu giữ 1000 bao thuốc lá và 3.6 tấn đường cát nhập lậu từ Campuchia.")
    assert number_conflicts(c, d)[0] == 0 and not conflicting_numbers(c, d)


def test_a_copy_that_rounds_its_figures_keeps_its_names_and_stays_a_copy() -> None:
    a = passage_tokens("Trong tháng 10, các lực lượng chống buôn lậu của Tây Ninh đã bắt giữ được hơn 260 vụ vận chuyển "
                       "hàng lậu, lập biên bản tịch thu gần 24.000 gói thuốc lá, hơn 16.000 kg đường kính Thái Lan.")
    b = passage_tokens("Trong tháng 10-2005, các lực lượng chống buôn lậu của Tây Ninh đã bắt giữ được 262 vụ vận chuyển "
                       "hàng lậu, lập biên bản tịch thu 23.663 gói thuốc lá, 16.540 kg đường kính Thái Lan.")
    conflicts, agree = number_conflicts(a, b)
    assert conflicts >= 2 and agree > conflicts
    assert similarity(a, b) == alignment(a, b) >= 0.5


def test_identical_short_formulae_are_no_copy_evidence() -> None:
    stock = "Hiện vụ việc đang được cơ quan chức năng điều tra làm rõ."
    assert not copy_evidence(passage_tokens(stock)) and not copy_evidence(form_tokens(match_tokens(stock)))
    title = "Dùng hộ chiếu giả mở tài khoản rút tiền qua 4 ngân hàng"
    assert copy_evidence(passage_tokens(title)) and copy_evidence(form_tokens(match_tokens(title)))


# Template reports (invented): one standard notice each city, court or province issues with its own names
TEMPLATES = {
    "walking streets": (  # the tester's pair
        "Theo thông báo của Ủy ban nhân dân thành phố Hà Nội, từ ngày 1/12, các tuyến phố Hàng Bông, Hàng Gai và "
        "Tràng Tiền sẽ được tổ chức thành phố đi bộ vào các buổi tối cuối tuần, người dân và du khách có thể tham "
        "gia các hoạt động văn hóa, nghệ thuật đường phố.",
        "Theo thông báo của Ủy ban nhân dân thành phố Đà Nẵng, từ ngày 5/12, các tuyến đường Bạch Đằng, Trần Phú và "
        "Lê Duẩn sẽ được tổ chức thành phố đi bộ vào các buổi tối cuối tuần, người dân và du khách có thể tham gia "
        "các hoạt động văn hóa, nghệ thuật đường phố.",
    ),
    "verdict": (
        "Tòa án nhân dân tỉnh Quảng Nam đã mở phiên tòa sơ thẩm xét xử bị cáo Nguyễn Văn Hùng, trú tại huyện Núi "
        "Thành, về tội Lừa đảo chiếm đoạt tài sản, Hội đồng xét xử tuyên phạt bị cáo 12 năm tù, buộc bồi thường "
        "cho các bị hại số tiền đã chiếm đoạt.",
        "Tòa án nhân dân tỉnh Bình Định đã mở phiên tòa sơ thẩm xét xử bị cáo Trần Thị Lan, trú tại huyện Tuy "
        "Phước, về tội Lừa đảo chiếm đoạt tài sản, Hội đồng xét xử tuyên phạt bị cáo 12 năm tù, buộc bồi thường "
        "cho các bị hại số tiền đã chiếm đoạt.",
    ),
    "cold spell": (
        "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết, do ảnh hưởng của không khí lạnh, từ đêm 12/11 ở "
        "khu vực Lạng Sơn, Cao Bằng và Hà Giang có mưa vừa, mưa to, nhiệt độ thấp nhất phổ biến 12-15 độ C, vùng "
        "núi cao có nơi dưới 10 độ C.",
        "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết, do ảnh hưởng của không khí lạnh, từ đêm 12/11 ở "
        "khu vực Sơn La, Lai Châu và Điện Biên có mưa vừa, mưa to, nhiệt độ thấp nhất phổ biến 12-15 độ C, vùng "
        "núi cao có nơi dưới 10 độ C.",
    ),
    "wanted": (
        "Cơ quan Cảnh sát điều tra Công an tỉnh Đắk Lắk đã ra quyết định truy nã đối với Lê Văn Sang, sinh năm "
        "1985, trú tại xã Ea Tu, thành phố Buôn Ma Thuột, về tội Trộm cắp tài sản. Ai phát hiện đối tượng đề nghị "
        "báo ngay cho cơ quan công an gần nhất.",
        "Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai đã ra quyết định truy nã đối với Phạm Đức Thịnh, sinh năm "
        "1985, trú tại xã Ia Kênh, thành phố Pleiku, về tội Trộm cắp tài sản. Ai phát hiện đối tượng đề nghị báo "
        "ngay cho cơ quan công an gần nhất.",
    ),
    "power cut": (
        "Công ty Điện lực Bắc Ninh thông báo tạm ngừng cung cấp điện từ 7h đến 17h ngày 10/6 tại các xã Phù Chẩn, "
        "Đình Bảng và Tân Hồng để bảo dưỡng, sửa chữa lưới điện, mong quý khách hàng thông cảm và chủ động bố trí "
        "công việc.",
        "Công ty Điện lực Hưng Yên thông báo tạm ngừng cung cấp điện từ 7h đến 17h ngày 10/6 tại các xã Như Quỳnh, "
        "Lạc Đạo và Trưng Trắc để bảo dưỡng, sửa chữa lưới điện, mong quý khách hàng thông cảm và chủ động bố trí "
        "công việc.",
    ),
}

# Copies (invented) that rewrite a name's form: spelt out, an acronym, a full name or title added, an initial
NAME_FORMS = {
    "TP.HCM spelt out": (
        "Chiều 12/3, Sở Y tế TP.HCM cho biết đã ghi nhận 35 ca sốt xuất huyết mới tại quận Bình Thạnh và quận Gò "
        "Vấp. Sở Y tế TP.HCM đề nghị người dân chủ động diệt lăng quăng, phát quang bụi rậm quanh nhà và đến cơ sở "
        "y tế khi có dấu hiệu sốt cao.",
        "Chiều 12/3, Sở Y tế TP Hồ Chí Minh cho biết đã ghi nhận 35 ca sốt xuất huyết mới tại quận Bình Thạnh và "
        "quận Gò Vấp. Sở Y tế TP Hồ Chí Minh đề nghị người dân chủ động diệt lăng quăng, phát quang bụi rậm quanh "
        "nhà và đến cơ sở y tế khi có dấu hiệu sốt cao.",
    ),
    "full name added": (
        "Ông Hùng cho biết, UBND huyện đã thành lập tổ công tác đến từng hộ dân ở xã Tam Kỳ để vận động di dời, hỗ "
        "trợ mỗi hộ 10 triệu đồng tiền thuê nhà, ông Hùng khẳng định việc giải phóng mặt bằng sẽ hoàn thành trước "
        "ngày 30/6.",
        "Ông Nguyễn Văn Hùng, Chủ tịch UBND huyện Tam Nông cho biết, Ủy ban nhân dân huyện đã thành lập tổ công tác "
        "đến từng hộ dân ở xã Tam Kỳ để vận động di dời, hỗ trợ mỗi hộ 10 triệu đồng tiền thuê nhà, ông Hùng khẳng "
        "định việc giải phóng mặt bằng sẽ hoàn thành trước ngày 30/6.",
    ),
    "initials": (
        "Biết sự việc chẳng lành, hàng xóm chạy đến căn nhà anh Nguyễn Văn Tâm thuê trọ ở phường Hiệp Phú thì phát "
        "hiện cửa khóa trái. Phá cửa vào bên trong, mọi người thấy anh Tâm nằm bất động, Công an quận 9 đã có mặt "
        "phong tỏa hiện trường.",
        "Biết sự việc chẳng lành, hàng xóm chạy đến căn nhà anh N.V.T. thuê trọ ở phường Hiệp Phú thì phát hiện cửa "
        "khóa trái. Phá cửa vào bên trong, mọi người thấy anh T. nằm bất động, Công an quận 9 đã có mặt phong tỏa "
        "hiện trường.",
    ),
    "acronyms": (
        "Đại sứ quán VN tại Hàn Quốc khuyến cáo công dân VN không tham gia các đường dây môi giới lao động bất hợp "
        "pháp, lao động VN gặp khó khăn có thể liên hệ đường dây nóng của Đại sứ quán để được hỗ trợ kịp thời.",
        "Đại sứ quán Việt Nam tại Hàn Quốc khuyến cáo công dân Việt Nam không tham gia các đường dây môi giới lao "
        "động bất hợp pháp, lao động Việt Nam gặp khó khăn có thể liên hệ đường dây nóng của Đại sứ quán để được "
        "hỗ trợ kịp thời.",
    ),
    "another name everywhere": (
        "Bộ Ngoại giao Mỹ hôm qua ra tuyên bố hoan nghênh thỏa thuận ngừng bắn, đồng thời kêu gọi các bên kiềm chế. "
        "Người phát ngôn cho biết Tổng thống Mỹ sẽ cử đặc phái viên tới khu vực trong tuần tới để thúc đẩy đối "
        "thoại giữa các bên.",
        "Bộ Ngoại giao Hoa Kỳ hôm qua ra tuyên bố hoan nghênh thỏa thuận ngừng bắn, đồng thời kêu gọi các bên kiềm "
        "chế. Người phát ngôn cho biết Tổng thống Hoa Kỳ sẽ cử đặc phái viên tới khu vực trong tuần tới để thúc đẩy "
        "đối thoại giữa các bên.",
    ),
}


@pytest.mark.parametrize("name", TEMPLATES)
def test_one_frame_filled_with_other_names_is_no_copy(name: str) -> None:
    a, b = (passage_tokens(t) for t in TEMPLATES[name])
    assert alignment(a, b) >= 0.8  # the words of the frame align: only the names tell them apart
    assert conflicting_names(a, b) and conflicting_names(b, a)
    assert similarity(a, b) == similarity(b, a) == 0.0


@pytest.mark.parametrize("name", NAME_FORMS)
def test_a_copy_that_rewrites_a_names_form_stays_a_copy(name: str) -> None:
    a, b = (passage_tokens(t) for t in NAME_FORMS[name])
    assert not conflicting_names(a, b) and not conflicting_names(b, a)
    assert similarity(a, b) == similarity(b, a) == alignment(a, b) >= 0.8


def test_name_substitutions_count_each_rewrite_once_and_agreeing_names_outside_the_frame() -> None:
    a, b = (passage_tokens(t) for t in NAME_FORMS["another name everywhere"])
    assert name_substitutions(a, b)[0] == {("my", "hoa ky")}  # written twice, one substitution
    a, b = (passage_tokens(t) for t in TEMPLATES["walking streets"])
    subs, agree = name_substitutions(a, b)
    assert subs == {("ha noi", "da nang"), ("hang bong hang gai", "bach dang tran phu"), ("trang tien", "le duan")}
    assert agree == 0  # "Ủy ban" heads a name, a frame word: no agreement


def test_a_daily_report_with_every_figure_different_is_no_copy() -> None:
    """ATK4 F8: two days' gold-price reports of one outlet, one frame. The tokenizer splits "10/11" and "82,18";
    the alignment matched one date's month with the other's day, split the conflict into two one-sided gaps and
    counted the month as an agreeing fact (2 conflicts, 2 agreeing: kept as a copy at 0.88)."""
    frame = ("Sáng ngày {}, giá vàng miếng SJC được các doanh nghiệp niêm yết ở mức {} triệu đồng mỗi lượng, "
             "tăng {} nghìn đồng so với phiên giao dịch hôm qua.")
    a = passage_tokens(frame.format("10/11", "82,18", "180"))
    b = passage_tokens(frame.format("11/11", "84,73", "730"))
    assert alignment(a, b) >= 0.85
    assert number_conflicts(a, b) == (3, 1)  # the date, the price, the change; SJC agrees
    assert conflicting_numbers(a, b) and similarity(a, b) == similarity(b, a) == 0.0


def test_a_republication_that_corrects_one_figure_stays_a_copy() -> None:
    text = ("Sáng ngày 10/11, giá vàng miếng SJC được các doanh nghiệp niêm yết ở mức 82,18 triệu đồng mỗi lượng, "
            "tăng 180 nghìn đồng so với phiên giao dịch hôm qua.")
    for changed in (text.replace("82,18", "82,28"), text.replace("10/11", "11/11"),
                    text.replace("10/11", "10/11/2024"), text.replace("180 nghìn", "180.000")):
        a, b = passage_tokens(text), passage_tokens(changed)
        assert not conflicting_numbers(a, b), changed
        assert similarity(a, b) == alignment(a, b) >= 0.85, changed


def test_a_copy_that_writes_its_units_apart_is_a_copy() -> None:
    """VNTC ×1 (XH_TT_ 3556 / XH_VNE_T_ 1062): "300-400m", "25m", "5m" / "300-400 m", "25 m", "5 m" were three
    number conflicts ("25m" / "25"), so a copy was no copy; a number is its digits."""
    a = passage_tokens("Được biết, vị trí cá ông tấp vào bờ lần này chỉ cách vị trí lần trước 300-400m. Thân cá ông dài "
                       "25m (hơn cá trước 5m), ước lượng nặng hơn cá trước gấp nhiều lần (cá trước trên 56 tấn).")
    b = passage_tokens("Vị trí cá chết dạt vào lần này chỉ cách vị trí lần trước 300-400 m. Thân cá ông dài 25 m (hơn cá "
                       "trước 5 m), ước lượng nặng hơn cá trước gấp nhiều lần (cá trước trên 56 tấn).")
    assert number_conflicts(a, b)[0] == 0 and similarity(a, b) == alignment(a, b) >= 0.75
