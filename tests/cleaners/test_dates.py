from datetime import UTC, datetime

import pytest

from cleaners.dates import (
    DateError,
    Published,
    best_published,
    default_zone,
    html_date_values,
    parse_published,
    rank_seconds,
    url_date,
)

VN = default_zone("vi")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(("value", "at", "precision"), [
    ("2024-11-13T08:16:00+07:00", utc(2024, 11, 13, 1, 16), "second"),
    ("2024-11-13T01:16Z", utc(2024, 11, 13, 1, 16), "minute"),
    ("2024-11-13 08:16", utc(2024, 11, 13, 1, 16), "minute"),  # no zone: UTC+7 for Vietnamese
    ("2024/11/13 08:16", utc(2024, 11, 13, 1, 16), "minute"),  # year-first, not 2013-11-24
    ("2024.11.13", utc(2024, 11, 12, 17), "day"),  # a bare date: the local day's start
    ("13/11/2024 08:16", utc(2024, 11, 13, 1, 16), "minute"),
    ("Thứ Tư, 13/11/2024, 08:16 (GMT+7)", utc(2024, 11, 13, 1, 16), "minute"),
    ("Wed, 13 Nov 2024 08:16:00 +0700", utc(2024, 11, 13, 1, 16), "second"),  # RFC 2822
    ("1731460560", utc(2024, 11, 13, 1, 16), "second"),  # epoch seconds
    ("1731460560000", utc(2024, 11, 13, 1, 16), "second"),  # epoch milliseconds
    (1731460560, utc(2024, 11, 13, 1, 16), "second"),
    ("Nov 13, 2024 8:16 AM", utc(2024, 11, 13, 1, 16), "minute"),
    ("2024-11-13 06:00:00", utc(2024, 11, 12, 23), "second"),
    ("13 tháng 11 năm 2024", utc(2024, 11, 12, 17), "day"),  # Vietnamese long date
    ("Thứ Tư, ngày 13 Tháng 11, 2024 08:16", utc(2024, 11, 13, 1, 16), "minute"),
    ("08:16 ngày 13 tháng 11 năm 2024 (GMT+7)", utc(2024, 11, 13, 1, 16), "minute"),  # 06:00 in Hà Nội is the day before in UTC
    # tester T6 F8: a Vietnamese-locale CMS's AM/PM (SA = sáng, CH = chiều; 12 CH is noon, 12 SA midnight), Vietnam's
    # time named in words (UTC+7 whatever the run's language), an ISO week date
    ("8:16 SA 13/11/2024", utc(2024, 11, 13, 1, 16), "minute"),
    ("8:16 CH 13/11/2024", utc(2024, 11, 13, 13, 16), "minute"),
    ("12:05 CH 13/11/2024", utc(2024, 11, 13, 5, 5), "minute"),
    ("12:05 SA 13/11/2024", utc(2024, 11, 12, 17, 5), "minute"),
    ("13/11/2024 8:16 ch", utc(2024, 11, 13, 13, 16), "minute"),
    ("13/11/2024 08:16 (giờ Hà Nội)", utc(2024, 11, 13, 1, 16), "minute"),
    ("2024-11-13 08:16 giờ Việt Nam", utc(2024, 11, 13, 1, 16), "minute"),
    ("2024-W46-3", utc(2024, 11, 12, 17), "day"),
    # ATK12: ISO 8601's end of a day is the next day's midnight, also at a month's and a year's end
    ("2024-11-13T24:00:00+07:00", utc(2024, 11, 13, 17), "second"),
    ("2024-12-31 24:00", utc(2024, 12, 31, 17), "minute"),
])
def test_record_values(value: object, at: datetime, precision: str) -> None:
    assert parse_published(value, VN) == Published(at, precision)


@pytest.mark.parametrize("value", ["2024-02-30", "31/02/2024 08:00", "2024-13-01", "yesterday", "13", "2024-W54-1",
                                   "13:16 CH 13/11/2024", "2024-11-13T24:01", "2024-11-13T24:00:01", "2024-11-13 25:00"])
def test_impossible_or_unreadable_dates_raise_never_shift(value: str) -> None:
    with pytest.raises(DateError):
        parse_published(value, VN)


def test_a_bare_date_never_beats_a_timed_one_of_the_same_day() -> None:
    day = parse_published("2024-11-13", VN)
    timed = parse_published("2024-11-13 23:50", VN)
    assert day.at < timed.at  # stored as the local day's start ...
    assert rank_seconds(timed.at, timed.precision) < rank_seconds(day.at, day.precision)  # ... ranked as its end
    before = parse_published("2024-11-12 23:50", VN)
    assert rank_seconds(day.at, day.precision) > rank_seconds(before.at, before.precision)
    after = parse_published("2024-11-14 00:05", VN)
    assert rank_seconds(day.at, day.precision) < rank_seconds(after.at, after.precision)


def test_trust_order_and_same_day_refinement() -> None:
    meta = parse_published("2024-11-13T08:16:00+07:00", VN)
    dateline = parse_published("13/11/2024 09:00", VN)
    assert best_published([meta, dateline], VN) == meta
    day = parse_published("2024-11-13", VN)
    assert best_published([day, dateline], VN) == dateline  # same local day: the time refines it
    other = parse_published("20/11/2024 09:00", VN)
    assert best_published([day, other], VN) == day  # another day: the more trusted date stands


def test_html_sources_in_trust_order() -> None:
    html = """<html><head><meta name="date" content="2024-11-12">
    <meta property="article:published_time" content="2024-11-13T08:16:00+07:00">
    <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-11-13T08:20:00+07:00"}]}</script>
    </head><body><time datetime="2024-11-13T09:00+07:00">x</time></body></html>"""
    assert html_date_values(html) == [
        ("meta article:published_time", "2024-11-13T08:16:00+07:00"),
        ("meta date", "2024-11-12"),
        ("json-ld datePublished", "2024-11-13T08:20:00+07:00"),
        ("time datetime", "2024-11-13T09:00+07:00"),
    ]


def test_out_of_range_dates_are_date_errors() -> None:
    for value in ("0001-01-01", "9999-12-31T23:00-07:00", "99999999999999"):
        with pytest.raises(DateError):
            parse_published(value, VN)


def test_vietnam_time_in_words_is_utc_plus_7_in_any_run_language() -> None:
    assert parse_published("13/11/2024 08:16 (giờ Hà Nội)", UTC) == Published(utc(2024, 11, 13, 1, 16), "minute")
    assert parse_published("13/11/2024 08:16", UTC) == Published(utc(2024, 11, 13, 8, 16), "minute")


def test_named_zones_come_from_the_table_and_unknown_ones_are_not_guessed() -> None:
    assert parse_published("Nov 13, 2024 8:16 PM EST", VN).at == utc(2024, 11, 14, 1, 16)
    assert parse_published("13 Nov 2024 08:16 ICT", VN).at == utc(2024, 11, 13, 1, 16)
    with pytest.raises(DateError):
        parse_published("Nov 13, 2024 8:16 AM XYZT", VN)


def test_fractional_seconds_are_kept() -> None:
    assert parse_published("2024-11-13T08:16:30.123456+05:30", VN) == Published(utc(2024, 11, 13, 2, 46, 30, 123456), "second")
    assert parse_published("2024-11-13T01:16:30.5Z", VN) == Published(utc(2024, 11, 13, 1, 16, 30, 500000), "second")
    assert parse_published("1731460560.5", VN) == Published(utc(2024, 11, 13, 1, 16, 0, 500000), "second")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.vn/2019/05/07/bai-viet.html", utc(2019, 5, 6, 17)),
    ("https://example.vn/thoi-su/20190507-bai-viet.html", utc(2019, 5, 6, 17)),
    ("https://example.vn/2019/05/bai-viet.html", None),  # a year and month is no day
    ("https://example.vn/1998/", None),
    ("https://example.vn/2019/02/30/x.html", None),  # impossible: nothing
    ("https://2019.vn/a?d=/2019/05/07/", None),  # the host and the query are not the path
    (None, None),
])
def test_url_date(url: str | None, expected: datetime | None) -> None:
    found = url_date(url, VN)
    assert (found.at if found else None) == expected
    assert found is None or found.precision == "day"


def test_modification_times_are_not_collected() -> None:
    html = ('<html><head><meta property="article:modified_time" content="2024-11-20T08:16:00+07:00">'
            '<meta itemprop="dateModified" content="2024-11-20"><script type="application/ld+json">'
            '{"dateModified": "2024-11-20"}</script></head><body><time class="updated" datetime="2024-11-20">x</time>'
            '<time datetime="2024-11-13">y</time></body></html>')
    assert html_date_values(html) == [("time datetime", "2024-11-13")]


def test_placeholder_dates_are_date_errors() -> None:
    """T5 F6: a CMS's unset value is no publication time (the caller leaves it null and counts it)."""
    for value in ("1970-01-01T01:00:00+01:00", "1970-01-01T00:00:00Z", "1970-01-01", "01/01/1970",
                  "1900-01-01", "1900-01-01T00:00:00-05:00", "1899-12-30", "0001-01-01T00:00:00Z", "2999-01-01"):
        with pytest.raises(DateError, match="placeholder|out of range"):
            parse_published(value, VN)
    assert parse_published("1970-01-03", VN) is not None and parse_published("1975-04-30", VN) is not None
    assert parse_published("1900-01-03", VN) is not None  # an old date that is no placeholder
    assert url_date("https://tin.vn/1970/01/01/bai.html", VN) is None


def test_json_ld_prefers_the_article_nodes_date() -> None:
    """ATK6 F10: a graph's WebPage/WebSite/Organization or another script's node comes after the article's node; a
    related box's article (not the page's own) keeps its place in page order."""
    article = '{"@type": ["ReportageNews", "Thing"], "datePublished": "2024-11-10T08:00:00+07:00"}'
    scripts = ('{"@graph": [{"@type": "WebPage", "datePublished": "2020-01-01"}, '
               '{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", "datePublished": "2019-05-05"}]}, '
               f'{article}]}}', '{"@type": "Organization", "datePublished": "2010-01-01"}')
    html = "<html><head>" + "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts) + "</head></html>"
    assert [v for _, v in html_date_values(html)] == ["2024-11-10T08:00:00+07:00", "2020-01-01", "2019-05-05",
                                                      "2010-01-01"]
    main = ('{"@type": "WebPage", "datePublished": "2020-01-01", "mainEntity": {"@type": "schema:BlogPosting", '
            '"datePublished": "2024-11-10"}}')
    assert [v for _, v in html_date_values(f'<script type="application/ld+json">{main}</script>')] == [
        "2024-11-10", "2020-01-01"]
