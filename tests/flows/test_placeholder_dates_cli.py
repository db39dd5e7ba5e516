"""T5 F6: placeholder dates (the Unix epoch, 1900-01-01, year 1, the far future) are no publication
time: `published` stays null, they are counted, and they never win "earliest published"."""

from __future__ import annotations

from pathlib import Path

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.corpus import _paragraphs
from tests.flows.helpers import manifests, rows


def test_placeholder_dates_are_null_counted_and_never_canonical(tmp_path: Path) -> None:
    paras = _paragraphs("000", 3)
    text = "\n".join(paras)
    inputs, out = tmp_path / "in", tmp_path / "out"
    copies = [("epoch", "1970-01-01T00:00:00Z"), ("y1900", "1900-01-01"), ("y1", "0001-01-01T00:00:00Z"),
              ("future", "2999-05-01T08:00:00+07:00")]
    recs = [{"id": name, "outlet": f"{name}.vn", "published": value, "text": text} for name, value in copies]
    recs.append({"id": "orig", "outlet": "orig.vn", "published": "2024-11-13T08:00:00+07:00", "text": text})
    write_jsonl(inputs / "feed.jsonl", recs)
    jsonld = '<script type="application/ld+json">{"datePublished": "1970-01-01T01:00:00+01:00"}</script>'
    body = "".join(f"<p>{p}</p>" for p in _paragraphs("003", 2))
    (inputs / "page.html").write_text(
        f'<html><head>{jsonld}</head>'
        f"<body><article>{body}</article></body></html>", encoding="utf-8")
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    for name, _ in copies:
        assert docs[name]["published"] is None, name
        assert docs[name]["duplicate_of"] == "orig", name  # the dated original wins, not the placeholder
    assert docs["orig"]["duplicate_of"] is None
    page = next(d for d in docs.values() if d["source"].endswith("page.html"))
    assert page["published"] is None  # its JSON-LD's epoch is no date
    assert manifests(out)[-1]["counts"]["published_invalid"] == len(copies) + 1
    assert "published values unreadable" in done.stdout
