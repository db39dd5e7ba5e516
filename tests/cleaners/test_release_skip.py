"""`BoilerplateCleaner.clean` skips the release passes (`_releases`) for a document none of whose lines is
labelled: safe because those passes only ever give lines back (clear a label), never label one. Checked on the
seeds' and fixtures' documents, under their own labels and under labels of every removal class put on each line."""

from __future__ import annotations

import json
import random
from pathlib import Path

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.normalize import normalize_text, word_counts
from cleaners.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
# labels the passes before the releases give (rule names and the engine's own classes)
LABELS = ("related_links", "tail_widget", "dateline", "author_byline", "source_credit", "photo_caption",
          "contact_block", "continuation", "widget_label", "menu", "head_widget", "share_widget", "comment_prompt")


def _documents() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line).get("text") or "")
    return [normalize_text(t) for t in texts if t.strip()]


def _release(cleaner: BoilerplateCleaner, text: str, labels: list[str | None]) -> list[str | None]:
    items = [(no, line) for no, line in enumerate(text.split("\n"), 1) if line and not line.isspace()]
    out = list(labels)
    cleaner._releases(items, word_counts([line for _, line in items]), out)  # noqa: SLF001
    return out


def test_release_passes_only_clear_labels() -> None:
    cleaner = BoilerplateCleaner(load_rules("vi"))
    rng = random.Random(7)
    docs = _documents()
    assert len(docs) >= 10
    for text in docs:
        cleaned = cleaner.clean(text)  # (sets the document's head and top ends the passes read)
        n = len(cleaned.lines) + len(cleaned.removed)
        removed = {r.line for r in cleaned.removed}
        numbers = [no for no, line in enumerate(text.split("\n"), 1) if line and not line.isspace()]
        own = [next((r.rule for r in cleaned.removed if r.line == no), None) if no in removed else None
               for no in numbers]
        trials = [own, [None] * n] + [[rng.choice((None, None, *LABELS)) for _ in range(n)] for _ in range(30)]
        for labels in trials:
            after = _release(cleaner, text, labels)
            assert all(a == b or a is None for a, b in zip(after, labels, strict=True)), (text[:80], labels, after)
        assert _release(cleaner, text, [None] * n) == [None] * n
