"""Parse the date and time of a dateline ("Thứ Tư, ngày 13/11/2024 | 08:16") into UTC.

Only for datelines found in article text (day-first, Vietnamese style); record fields and HTML
metadata go through `cleaners.dates`."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

_DATE = re.compile(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4}|\d{2})\b")
_TIME = re.compile(r"\b(\d{1,2})[:h](\d{2})\b")
_GMT = re.compile(r"gmt\s*([+\-])\s*(\d{1,2})", re.IGNORECASE)


def parse_dateline_precise(text: str, default_utc_offset_hours: float = 7) -> tuple[datetime, str] | None:
    """Day-first date (and optional time) in `text` as (aware UTC datetime, "minute" | "day");
    None if absent or impossible. A date alone is the start of that local day.

    Vietnamese outlets print local time (UTC+7) unless a GMT offset is given.
    """
    date = _DATE.search(text)
    if date is None:
        return None
    day, month, year = (int(g) for g in date.groups())
    if year < 100:
        year += 2000
    hour = minute = 0
    time = _TIME.search(text[: date.start()] + " " + text[date.end() :])
    if time is not None:
        hour, minute = int(time.group(1)), int(time.group(2))
    offset = float(default_utc_offset_hours)
    if gmt := _GMT.search(text):
        offset = int(gmt.group(2)) * (1 if gmt.group(1) == "+" else -1)
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=offset)))
    except ValueError:
        return None
    return local.astimezone(UTC), ("minute" if time is not None else "day")


def parse_dateline(text: str, default_utc_offset_hours: float = 7) -> datetime | None:
    """Day-first date (and optional time) in `text`, as an aware UTC datetime; None if absent."""
    found = parse_dateline_precise(text, default_utc_offset_hours)
    return found[0] if found else None
