from datetime import UTC, datetime

from cleaners.dateline import parse_dateline


def test_vietnamese_local_time_to_utc() -> None:
    assert parse_dateline("Thứ Tư, ngày 13/11/2024 | 08:16") == datetime(2024, 11, 13, 1, 16, tzinfo=UTC)


def test_explicit_gmt_offset_and_date_only() -> None:
    assert parse_dateline("19/6/2024, 08:30 (GMT+7)") == datetime(2024, 6, 19, 1, 30, tzinfo=UTC)
    assert parse_dateline("08:32 14/11/2024") == datetime(2024, 11, 14, 1, 32, tzinfo=UTC)
    assert parse_dateline("Cập nhật 1-2-2025") == datetime(2025, 1, 31, 17, 0, tzinfo=UTC)


def test_no_or_impossible_date() -> None:
    assert parse_dateline("Thứ Tư") is None
    assert parse_dateline("31/02/2024") is None
