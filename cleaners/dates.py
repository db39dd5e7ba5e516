"""Publication times: record values and HTML metadata to an aware UTC time and its precision.

A value with an offset converts to UTC exactly; a local time without one is in the run language's
default zone (`zones.toml`: UTC+7 for Vietnamese); a bare date is the start of that local day.
Values that look like a date but cannot be one ("2024-02-30") raise `DateError`: the caller
leaves `published` null and counts them; nothing is ever shifted to another day.
"""

from __future__ import annotations

import email.utils
import json
import re
import tomllib
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from pathlib import Path

PRECISIONS = ("second", "minute", "day")
MAX_VALUE_CHARS = 120
MAX_JSONLD_CHARS = 1_000_000
MAX_JSONLD_DEPTH = 20

# HTML meta tags (property, name or itemprop, lower case) holding the publication time, most
# trusted first. Modification times (article:modified_time, dateModified, ...) are never used.
META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "published-date", "article.published", "article_date_original", "original-publish-date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
    "date", "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
    # further publication names htmldate knows (its DATE_ATTRIBUTES, without its loose "meta")
    "og:pubdate", "og:publish_date", "og:datepublished", "og:article:published", "article:post_date",
    "article:publicationdate", "article:published_date", "article.created", "date_published",
    "published_date", "publisheddate", "publication_date", "publish_time", "dc.date.publication",
    "dc:date", "dc.created", "dc:created", "dcsext.articlefirstpublished", "originalpublicationdate",
    "rnews:datepublished", "shareaholic:article_published_time", "vr:published_time", "bt:pubdate",
    "rbpubdate", "mediator_published_time", "cxenseparse:recs:publishtime", "twt-published-at",
    "analyticsattributes.articledate", "datecreated", "date_created", "content_create_date", "dateposted",
    "displaydate", "doc_date", "pdate", "ptime", "datetime",
)
_META_RANK = {k: i for i, k in enumerate(META_KEYS)}
_MODIFIED = re.compile(r"modif|updat|edited|lastmod", re.IGNORECASE)


class DateError(ValueError):
    """A published value that cannot be read or names an impossible date."""


@dataclass(frozen=True)
class Published:
    at: datetime  # aware, UTC
    precision: str  # second | minute | day

    def local_day(self, zone: tzinfo) -> date:
        return self.at.astimezone(zone).date()


@cache
def _zones_table() -> dict:
    return tomllib.loads(Path(__file__).with_name("zones.toml").read_text(encoding="utf-8"))


@cache
def _abbreviations() -> dict[str, timezone]:
    return {name: _zone(offset) for name, offset in _zones_table().get("abbreviations", {}).items()}


@cache
def default_zone(language: str) -> timezone:
    """The zone of local times without one, for a run language (`zones.toml`; UTC if absent)."""
    offset = _zones_table()["default_utc_offset"].get(language, "+00:00")
    zone = _zone(offset)
    if zone is None:
        raise ValueError(f"zones.toml: bad offset {offset!r} for {language!r}")
    return zone


# Vietnam's time named in words ("13/11/2024 08:16 (giờ Hà Nội)", "giờ Việt Nam"): UTC+7 in any run language.
_VN_TIME_WORDS = r"giờ\s+(?:hà\s+nội|việt\s+nam|vn|hn|sài\s+gòn|tp\.?\s*hcm)"
_ZONE = rf"(?P<zone>Z|UTC|GMT|(?:GMT|UTC)?\s*[+\-]\d{{1,2}}(?::?\d{{2}})?|{_VN_TIME_WORDS})"
# AM/PM, also in Vietnamese as a Vietnamese-locale CMS (Windows, Google) prints it: SA (sáng, AM), CH (chiều, PM)
_TIME = r"(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<frac>\d{1,9}))?)?" \
        r"(?:\s*(?P<ampm>[AaPp][Mm]|SA|CH|sa|ch)(?!\w))?"
_WEEKDAY = r"(?:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*[,\-–]?\s*)?"
# year-first: ISO 8601 and "2024/11/13 08:16", "2024.11.13"
_YEAR_FIRST = re.compile(
    rf"(?P<year>\d{{4}})(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})"
    rf"(?:(?:T|\s*[,|\-–]?\s*){_TIME})?\s*\(?{_ZONE}?\)?",
    re.IGNORECASE,
)
_YMD_COMPACT = re.compile(rf"(?P<year>\d{{4}})(?P<month>\d{{2}})(?P<day>\d{{2}})(?:T(?P<hour>\d{{2}})(?P<minute>\d{{2}})"
                          rf"(?P<second>\d{{2}})?)?{_ZONE}?")
# day-first (Vietnamese usage): "13/11/2024 08:16", "08:16 13/11/2024", "Thứ Tư, 13/11/2024, 08:16 (GMT+7)"
_DATE_DMY = r"(?:ngày\s+)?(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})"
_DAY_FIRST = re.compile(rf"{_WEEKDAY}{_DATE_DMY}(?:\s*[,|\-–]?\s*(?:lúc\s*)?{_TIME})?\s*\(?{_ZONE}?\)?", re.IGNORECASE)
_TIME_FIRST = re.compile(rf"{_TIME}\s*[,|\-–]?\s*{_WEEKDAY}{_DATE_DMY}\s*\(?{_ZONE}?\)?", re.IGNORECASE)
# Vietnamese long date: "13 tháng 11 năm 2024", "ngày 13 tháng 11, 2024", and the short month Google and
# Facebook print, "13 thg 11, 2024"; with an optional time either side
_VI_LONG = r"(?:ngày\s+)?(?P<day>\d{1,2})\s+(?:tháng|thg)\s+(?P<month>\d{1,2})\s*(?:,?\s*năm|,)?\s+(?P<year>\d{4})"
_VI_LONG_DATE = re.compile(rf"{_WEEKDAY}{_VI_LONG}(?:\s*[,|\-–]?\s*(?:lúc\s*)?{_TIME})?\s*\(?{_ZONE}?\)?", re.IGNORECASE)
_VI_LONG_TIME_FIRST = re.compile(rf"{_TIME}\s*[,|\-–]?\s*{_WEEKDAY}{_VI_LONG}\s*\(?{_ZONE}?\)?", re.IGNORECASE)
# ISO 8601 week date, a bare day: "2024-W46-3", "2024W463" (Wednesday of week 46)
_ISO_WEEK = re.compile(r"(?P<year>\d{4})-?W(?P<week>\d{2})-?(?P<weekday>[1-7])", re.IGNORECASE)
_EPOCH = re.compile(r"-?\d{9,13}(?:\.\d+)?")
# RFC 2822 with a numeric zone (named zones go to dateutil and zones.toml)
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
                      r"(?:\s*(?:[+\-]\d{4}|GMT|UTC?|Z))?")


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    t = text.strip().upper()
    if t in ("Z", "UTC", "GMT"):
        return UTC
    if re.fullmatch(_VN_TIME_WORDS, text.strip(), re.IGNORECASE):
        return timezone(timedelta(hours=7))
    m = re.fullmatch(r"(?:GMT|UTC)?\s*([+\-])(\d{1,2})(?::?(\d{2}))?", t)
    if m is None:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        raise DateError(f"impossible UTC offset {text!r}")
    return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))


def _from_parts(g: dict, zone: tzinfo, value: str) -> Published:
    hour = g.get("hour")
    try:
        if hour is None:
            local = datetime(int(g["year"]), int(g["month"]), int(g["day"]), tzinfo=zone)
            return Published(local.astimezone(UTC), "day")
        h = int(hour)
        ampm = (g.get("ampm") or "").lower()
        if ampm:
            if not 1 <= h <= 12:
                raise ValueError("hour out of range for am/pm")
            h = h % 12 + (12 if ampm in ("pm", "ch") else 0)  # 12 CH is noon, 12 SA midnight
        given = _zone(g.get("zone")) or zone
        micro = int((g.get("frac") or "0")[:6].ljust(6, "0"))
        minute, second = int(g["minute"]), int(g.get("second") or 0)
        # ISO 8601's end of a day, "2024-05-01T24:00:00": the next day's midnight (ATK12)
        end_of_day = h == 24 and not ampm and minute == second == micro == 0
        local = datetime(int(g["year"]), int(g["month"]), int(g["day"]), 0 if end_of_day else h, minute, second,
                         micro, tzinfo=given) + timedelta(days=end_of_day)
    except ValueError as err:
        raise DateError(f"impossible date {value!r}: {err}") from err
    return Published(local.astimezone(UTC), "second" if g.get("second") is not None else "minute")


def _day_first(m: re.Match, zone: tzinfo, value: str) -> Published:
    """Day-first dates; an unambiguous month-first one ("11/13/2024") is read as such."""
    g = m.groupdict()
    if int(g["month"]) > 12 >= int(g["day"]):
        g = dict(g, day=g["month"], month=g["day"])
    return _from_parts(g, zone, value)


# A CMS's unset value is no publication time (T5 F6): the Unix epoch (1970-01-01 in any zone),
# 1900-01-01 and anything before it (0001-01-01, 1899-12-31: "zero" dates of databases and
# spreadsheets), and a time more than `FUTURE_SLACK` after now.
EARLIEST = datetime(1900, 1, 2, tzinfo=UTC)  # 1900-01-01 in any zone falls before
EPOCH_DAY = timedelta(hours=14)  # the widest UTC offset: 1970-01-01 anywhere lies within this of epoch 0
FUTURE_SLACK = timedelta(days=2)  # zones, a scheduled article's clock skew: later is a placeholder too


def placeholder(p: Published, now: datetime | None = None) -> str | None:
    """Why `p` is a placeholder rather than a publication time, or None when it is plausible."""
    if p.at < EARLIEST + EPOCH_DAY:
        return "before 1900-01-02"
    if abs(p.at - datetime(1970, 1, 1, tzinfo=UTC)) <= EPOCH_DAY:
        return "the Unix epoch (1970-01-01)"
    if p.at > (now or datetime.now(UTC)) + FUTURE_SLACK:
        return f"more than {FUTURE_SLACK.days} days in the future"
    return None


def parse_published(value: object, zone: tzinfo = UTC) -> Published | None:
    """One published value (string, epoch seconds/ms, datetime or date) as UTC and precision.

    None for an empty value; `DateError` for one that cannot be read, is impossible, or is a
    placeholder (`placeholder`: the epoch, 1900-01-01 and earlier, the future)."""
    try:
        found = _parse(value, zone)
    except OverflowError as err:  # e.g. 0001-01-01 in UTC+7 is before year 1 in UTC
        raise DateError(f"date out of range: {str(value)[:MAX_VALUE_CHARS]!r}") from err
    if found is not None and (why := placeholder(found)):
        raise DateError(f"placeholder date {str(value)[:MAX_VALUE_CHARS]!r}: {why}, no publication time")
    return found


# RFC 9557 (Temporal, java.time): an ISO time followed by its zone's name and other tags in brackets,
# "2024-11-13T08:16:00+07:00[Asia/Ho_Chi_Minh]", "…[!Europe/Paris][u-ca=gregory]"
_RFC9557 = re.compile(r"(?P<time>[^\[\]]+?)\s*(?P<tags>(?:\[!?[A-Za-z0-9_+\-/=:.]+\])+)")


def _rfc9557(text: str, zone: tzinfo) -> Published | None:
    """An ISO time with RFC 9557 bracketed tags: its own offset decides; without one, the bracketed
    IANA zone (a tag with `=` is no zone); None when the text has no such tags."""
    m = _RFC9557.fullmatch(text)
    if m is None or not _YEAR_FIRST.fullmatch(m["time"]):
        return None
    names = [t.lstrip("!") for t in re.findall(r"\[([^\]]+)\]", m["tags"]) if "=" not in t]
    if names:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            zone = _zone(names[0]) or ZoneInfo(names[0])
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise DateError(f"unknown time zone {names[0]!r} in {text!r}") from err
    return _from_parts(_YEAR_FIRST.fullmatch(m["time"]).groupdict(), zone, text)


def _parse(value: object, zone: tzinfo) -> Published | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        at = value.replace(tzinfo=zone) if value.tzinfo is None else value
        return Published(at.astimezone(UTC), "second")
    if isinstance(value, date):
        return Published(datetime(value.year, value.month, value.day, tzinfo=zone).astimezone(UTC), "day")
    if isinstance(value, bool):
        raise DateError(f"not a date: {value!r}")
    if isinstance(value, int | float):
        value = repr(value)
    text = unicodedata.normalize("NFC", str(value)).strip()
    if not text:
        return None
    if len(text) > MAX_VALUE_CHARS:
        raise DateError(f"not a date (a value of {len(text):,} characters)")
    if _EPOCH.fullmatch(text):
        seconds = float(text)
        if abs(seconds) >= 1e11:  # milliseconds
            seconds /= 1000
        try:
            return Published(datetime.fromtimestamp(seconds, UTC), "second")
        except (OverflowError, OSError, ValueError) as err:
            raise DateError(f"impossible epoch time {text!r}") from err
    if m := _YEAR_FIRST.fullmatch(text):
        return _from_parts(m.groupdict(), zone, text)
    if "[" in text and (found := _rfc9557(text, zone)) is not None:
        return found
    if m := _ISO_WEEK.fullmatch(text):
        try:
            day = date.fromisocalendar(int(m["year"]), int(m["week"]), int(m["weekday"]))
        except ValueError as err:
            raise DateError(f"impossible date {text!r}: {err}") from err
        return Published(datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC), "day")
    if m := _YMD_COMPACT.fullmatch(text):
        return _from_parts(m.groupdict(), zone, text)
    if m := _DAY_FIRST.fullmatch(text):
        return _day_first(m, zone, text)
    if m := _TIME_FIRST.fullmatch(text):
        return _day_first(m, zone, text)
    if m := _VI_LONG_DATE.fullmatch(text) or _VI_LONG_TIME_FIRST.fullmatch(text):
        return _from_parts(m.groupdict(), zone, text)
    if _RFC2822.fullmatch(text):
        try:
            at = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError) as err:
            raise DateError(f"impossible date {text!r}: {err}") from err
        at = at.replace(tzinfo=zone) if at.tzinfo is None else at
        return Published(at.astimezone(UTC), "second" if re.search(r"\d:\d{2}:\d{2}", text) else "minute")
    return _dateutil(text, zone)


def _dateutil(text: str, zone: tzinfo) -> Published:
    """Other common spellings ("Nov 13, 2024 8:16 AM", "13 November 2024") via dateutil. A value
    missing its year, month or day is not a date: parsing with two different defaults tells."""
    from dateutil import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", parser.UnknownTimezoneWarning)
            a = parser.parse(text, default=datetime(2000, 1, 1, 0, 0, 0), tzinfos=_abbreviations())
            b = parser.parse(text, default=datetime(2001, 2, 2, 1, 1, 1), tzinfos=_abbreviations())
    except parser.UnknownTimezoneWarning as err:  # a zone we cannot place: never guess the day
        raise DateError(f"unknown time zone in {text!r} (add it to cleaners/zones.toml)") from err
    except (ValueError, OverflowError) as err:
        raise DateError(f"not a date: {text!r}") from err
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        raise DateError(f"not a full date: {text!r}")
    if (a.hour, a.minute) != (b.hour, b.minute):
        precision = "day"
    else:
        precision = "second" if a.second == b.second else "minute"
    if precision == "day":
        a = a.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    at = a.replace(tzinfo=zone) if a.tzinfo is None or precision == "day" else a
    return Published(at.astimezone(UTC), precision)


_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})[/\-]?(?P<month>\d{2})[/\-]?(?P<day>\d{2})(?=[/\-_.]|$)")


def url_date(url: str | None, zone: tzinfo) -> Published | None:
    """The day a page's own URL names in its path (`/2019/05/07/`, `/20190507-`), as a bare date;
    None when it names none or an impossible one (a year or a year and month alone is no date)."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.\-]*://[^/]*", "", url.strip(), flags=re.IGNORECASE).split("?")[0].split("#")[0]
    m = _URL_DATE.search(path)
    if m is None:
        return None
    try:
        found = _from_parts(m.groupdict(), zone, url)
    except DateError:
        return None
    return None if placeholder(found) else found


def best_published(candidates: Iterable[Published | None], zone: tzinfo) -> Published | None:
    """The most trusted timed value; a bare date only when nothing better exists. A less trusted
    timed value refines a more trusted bare date only when it falls on that same local day."""
    day_only: Published | None = None
    for c in candidates:
        if c is None:
            continue
        if c.precision != "day":
            if day_only is None or c.local_day(zone) == day_only.local_day(zone):
                return c
            continue
        if day_only is None:
            day_only = c
    return day_only


# -- HTML ---------------------------------------------------------------------------------------


def html_date_values(html: str) -> list[tuple[str, str]]:
    """(where, value) publication dates a page declares, most trusted first: meta tags, JSON-LD
    `datePublished`, other `itemprop=datePublished` elements, `<time datetime>`."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    metas: list[tuple[int, str, str]] = []
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key in _META_RANK and content:
            metas.append((_META_RANK[key], f"meta {key}", content))
    out = [(where, v) for _, where, v in sorted(metas, key=lambda x: x[0])]
    ld: list[tuple[bool, str]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if len(text) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        ld += _jsonld_dates(data, 0, True)
    # ATK6 F10: the article's own node first (an `@graph`'s WebPage/WebSite/Organization, or a second script, may
    # carry an older date of the page or the site), then every other node in page order, as before
    out += [("json-ld datePublished", v) for first in (True, False) for article, v in ld if article is first]
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag == "meta" or el.get("itemprop") != "datePublished":
            continue
        v = el.get("datetime") or el.get("content") or (el.text_content() or "").strip()
        if v:
            out.append(("itemprop datePublished", v))
    times = [t for t in tree.iter("time") if (t.get("datetime") or "").strip() and not _MODIFIED.search(
        " ".join(t.get(a) or "" for a in ("class", "itemprop", "id", "name")))]
    times.sort(key=lambda t: not (t.get("pubdate") is not None or "publish" in (t.get("class") or "").lower()))
    out += [("time datetime", t.get("datetime").strip()) for t in times[:3]]
    return out


# schema.org types of an article (`NewsArticle`, `ReportageNews`, `BlogPosting`, `LiveBlogPosting`, `TechArticle`, …),
# also written "schema:NewsArticle" or "https://schema.org/NewsArticle".
_ARTICLE_TYPE = re.compile(r"(?:\w*Article|\w*Posting|ReportageNews|Report|APIReference)")
# Keys under which a node is still the page's own article: a graph's members and the page's main entity (not a related
# box's `itemListElement`, a `citation`, a `hasPart`, a `mentions`, …).
_OWN_KEYS = frozenset(("@graph", "mainEntity", "mainEntityOfPage"))


def _article_node(node: dict) -> bool:
    types = node.get("@type")
    for t in types if isinstance(types, list) else [types]:
        if isinstance(t, str) and _ARTICLE_TYPE.fullmatch(t.strip().rsplit("/", 1)[-1].rsplit(":", 1)[-1]):
            return True
    return False


def _jsonld_dates(data: object, depth: int, own: bool) -> Iterator[tuple[bool, str]]:
    """(from the page's own article node, value) of every `datePublished`, in document order; `own` is whether `data`
    sits where the page's own nodes sit (the top, a list there, `@graph`, `mainEntity`)."""
    if depth > MAX_JSONLD_DEPTH:
        return
    if isinstance(data, dict):
        v = data.get("datePublished")
        if isinstance(v, str) and v.strip():
            yield own and _article_node(data), v.strip()
        for key, child in data.items():
            if key != "datePublished" and isinstance(child, dict | list):
                yield from _jsonld_dates(child, depth + 1, own and key in _OWN_KEYS)
    elif isinstance(data, list):
        for child in data:
            yield from _jsonld_dates(child, depth + 1, own)


def rank_seconds(at: datetime | None, precision: str | None) -> float | None:
    """POSIX seconds by which "earliest published" is decided: a bare date counts as the last
    moment of its local day, so it never beats a timed copy of the same day (and still beats
    every copy of a later day)."""
    if at is None:
        return None
    return at.timestamp() + (DAY_SECONDS - 0.001 if precision == "day" else 0.0)


DAY_SECONDS = 86_400
