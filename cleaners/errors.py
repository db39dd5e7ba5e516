"""The one error kind of the library: an input that cannot be used, with a short reason code."""

from __future__ import annotations


class RejectError(ValueError):
    """`reason` is a short code (the rejects table's `reason`); `detail` says what was found."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
