"""A small syndicated corpus made from the seed articles: one story copied by another outlet (a few
words changed) and by a record without an outlet, a second story copied only between records that
carry no outlet, and two bad records (rejects). Used by the report and browser tests."""

from __future__ import annotations

import json
from pathlib import Path

from tests.flows.helpers import SEEDS


def _paragraphs(name_prefix: str, n: int) -> list[str]:
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 200][:n]


def write_syndicated(folder: Path) -> Path:
    """Write `folder/wire.jsonl`; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    story = _paragraphs("000", 4)
    other = _paragraphs("003", 3)
    changed = story[1].split()
    changed[3:5] = ["SỬA", "ĐỔI", "MỚI"]  # the copy's edit: two words replaced by three
    records = [
        {"id": "vne-1", "outlet": "vnexpress.net", "published": "2024-06-19T08:00:00+07:00", "text": "\n".join(story)},
        {"id": "tt-1", "outlet": "tuoitre.vn", "published": "2024-06-19T09:30:00+07:00",
         "text": "\n".join([story[0], " ".join(changed), *story[2:]])},
        {"id": "tt-2", "outlet": "tuoitre.vn", "published": "2024-06-19T10:00:00+07:00", "text": "\n".join(story[:3])},
        {"id": "anon-1", "text": "\n".join(story[:2])},
        {"id": "anon-2", "text": "\n".join(other)},
        {"id": "anon-3", "text": "\n".join(other)},
        {"id": "empty-1", "outlet": "tuoitre.vn", "text": ""},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(3, "{not json")
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
