"""The seeds, labelled line by line: what must go (with which rule) and what must stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.normalize import normalize_text
from cleaners.rules import load_rules

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Lines (1-based, in the file) that are boilerplate, with the rule class that must remove them.
# Captions are their own class: removed by `photo_caption` by default, kept with keep_captions.
BOILERPLATE = {
    "000": {},
    "001": {35: "source_credit", 36: "translator_credit", 37: "source_credit"},
    "002": {3: "dateline", 7: "photo_caption", 29: "translator_credit", 31: "comment_prompt", 33: "related_links",
            **{n: "related_links" for n in range(35, 94, 2)}, 95: "weather_widget", 96: "weather_widget",
            **{n: "related_links" for n in range(98, 121, 2)}},
    "003": {11: "source_credit", 12: "translator_credit", 13: "copyright"},
    "004": {4: "photo_caption", 8: "widget_label", 17: "photo_caption"},
}


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_lines_both_directions(prefix: str) -> None:
    text = normalize_text(_seed(prefix).read_text(encoding="utf-8"))
    result = BoilerplateCleaner(load_rules("vi")).clean(text)
    removed = {r.line: r.rule for r in result.removed}
    assert removed == BOILERPLATE[prefix]
    # every other non-empty line is article text and survives, in order
    article = [line for no, line in enumerate(text.split("\n"), 1) if line.strip() and no not in BOILERPLATE[prefix]]
    assert result.lines == article


def test_keep_captions_keeps_exactly_the_captions() -> None:
    text = normalize_text(_seed("004").read_text(encoding="utf-8"))
    kept = BoilerplateCleaner(load_rules("vi"), keep_captions=True).clean(text)
    assert [r.line for r in kept.removed] == [8]
    assert any(line.endswith("Ảnh: Yonhap/TTXVN") for line in kept.lines)


def test_seed_002_dateline_is_parsed() -> None:
    text = normalize_text(_seed("002").read_text(encoding="utf-8"))
    assert BoilerplateCleaner(load_rules("vi")).clean(text).dateline == "Thứ Tư, ngày 13/11/2024 | 08:16"
