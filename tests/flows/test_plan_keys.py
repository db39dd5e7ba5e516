"""A record's two keys in plan (`input_key`, `_content_key`) hash the body once (issue 17): the same digests
as joining and encoding every field, for text, HTML and file records, empty and missing fields, lone
surrogates and NUL characters, with and without cleaning options; and a record's row holds its fields."""

from __future__ import annotations

import itertools

import xxhash

from flows.run.stages import _content_key, input_key
from flows.storage.sources import RawRecord


def _input_key_plain(rec: RawRecord, sha: str, cleaning: str | None) -> str:
    body = sha if rec.path is not None else (rec.text or rec.html or "")
    parts = (rec.kind, body, rec.title or "", rec.url or "", rec.outlet or "", rec.published or "")
    if cleaning is not None:
        parts = (*parts, cleaning)
    return xxhash.xxh3_128_hexdigest("\x00".join(parts).encode("utf-8", "surrogatepass"))


def _content_key_plain(rec: RawRecord) -> int:
    parts = (rec.kind, rec.text or rec.html or rec.path or "", rec.title or "", rec.url or "", rec.published or "")
    return xxhash.xxh3_128_intdigest("\x00".join(parts).encode("utf-8", "surrogatepass"))


def test_keys_are_the_joined_fields_digests() -> None:
    seen = set()
    for text, html, path, title, url, published, outlet, cleaning in itertools.product(
            [None, "", "Bài báo hôm nay\udc80 x", "a\x00b"], [None, "<p>Tin</p>"], [None, "/in/a.txt"], [None, "Tiêu đề"],
            [None, "https://a.vn/x"], [None, "2024-01-01"], [None, "Tuổi Trẻ"], [None, '{"min_docs": 3}']):
        rec = RawRecord("s", "d", 0, "html" if html else "text", text=text, html=html, path=path, title=title, url=url,
                        published=published, outlet=outlet)
        for sha in ("0" * 64, "f" * 64):
            key = input_key(rec, sha, cleaning)
            assert key == _input_key_plain(rec, sha, cleaning)
            seen.add(key)
        assert _content_key(rec) == _content_key_plain(rec)
        assert _content_key(rec) == _content_key_plain(rec)  # asked again: the remembered body's bytes
    assert len(seen) > 300  # every field counts (None and "" are one value)


def test_row_of_a_record() -> None:
    rec = RawRecord("s", "d", 3, "text", text="x", url="u", line_id="s#L3")
    row = rec.to_row()
    assert row == {"source": "s", "doc_id": "d", "order": 3, "kind": "text", "text": "x", "html": None, "url": "u",
                   "outlet": None, "title": None, "published": None, "path": None}
