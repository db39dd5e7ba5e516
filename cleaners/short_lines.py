"""Short passages (titles, sub-headings: fewer than `min_words` words) are too short for shingles
and LSH; a copied one is found by exact match of its normalised form (`normalize.match_tokens`
joined: case, punctuation and tone placement folded, every mark kept).

A group of equal short lines becomes a cluster only when it looks like a copy, not boilerplate:
it has at least `min_words` words and `min_chars` letters, appears in at least two outlets, and no
outlet has it in more than `max_per_outlet` documents (a line an outlet repeats across its own
articles is a template: "Xem thêm", a section name, a byline), and it holds the evidence an identical
long passage needs (`verify.copy_evidence`: two words that are not numbers or newsroom formulae; T6 F7:
"Hiện vụ việc đang được cơ quan chức năng điều tra làm rõ." closing two unrelated briefs is no copy). Canonical copy: the earliest
`published`, then the first processed, as for long passages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from cleaners.clustering import Assignment
from cleaners.verify import copy_evidence, form_tokens

MIN_WORDS, MIN_CHARS, MAX_PER_OUTLET = 5, 20, 2


@dataclass(frozen=True)
class ShortLine:
    passage_id: str
    doc_id: str
    outlet: str | None
    published: float | None  # POSIX seconds
    tokens: Sequence[str]


def short_clusters(lines: Sequence[ShortLine], min_words: int = MIN_WORDS, min_chars: int = MIN_CHARS,
                   max_per_outlet: int = MAX_PER_OUTLET) -> dict[int, Assignment]:
    """Assignments (by position in `lines`, processing order) of short lines that are copies."""
    groups: dict[str, list[int]] = defaultdict(list)
    for k, line in enumerate(lines):
        if len(line.tokens) >= min_words and sum(map(len, line.tokens)) >= min_chars:
            groups[" ".join(line.tokens)].append(k)
    out: dict[int, Assignment] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        docs_per_outlet: dict[str | None, set[str]] = defaultdict(set)
        for k in members:
            docs_per_outlet[lines[k].outlet].add(lines[k].doc_id)
        if len(docs_per_outlet) < 2 or max(map(len, docs_per_outlet.values())) > max_per_outlet:
            continue
        if not copy_evidence(form_tokens(lines[members[0]].tokens)):
            continue
        first_per_doc: dict[str, int] = {}
        for k in members:  # a document repeating its own line is no copy: its first one stands for it
            first_per_doc.setdefault(lines[k].doc_id, k)
        kept = list(first_per_doc.values())
        canon = min(kept, key=lambda k: (lines[k].published is None, lines[k].published or 0.0, k))
        canon_id = lines[canon].passage_id
        for k in kept:
            out[k] = Assignment(canon_id, None if k == canon else canon_id, None if k == canon else 1.0)
    return out
