"""Article-level copies: which earlier document a document republishes, from its passages' clusters.

A document's *checked* passages are those the duplicate finder judged: long enough to be indexed
(`n_words >= min_words`) or clustered as an exact short copy. `dup_share` is the share of them
that copy a passage of another document (`duplicate_of` set). The document is a copy
(`duplicate_of`) of the one document whose canonical passages it copies most, when those copies
are at least `min_share` of its checked passages (`DOC_SHARE`, chosen on the syndication
benchmark's tuning half: `bench/doc_copies.py`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

DOC_SHARE = 0.5


def doc_of(passage_id: str) -> str:
    """The document of a passage id `<doc_id>#<idx>`."""
    return passage_id.rsplit("#", 1)[0]


@dataclass(frozen=True)
class DocCopy:
    duplicate_of: str | None  # the canonical document this one republishes, if any
    dup_share: float | None  # null when the document has no checked passage
    copied_from: list[str]  # outlets of the documents holding the canonical copies it repeats


def document_copy(passages: Iterable[tuple[int, str | None, str | None]], min_words: int,
                  outlet_of: Callable[[str], str | None], min_share: float = DOC_SHARE) -> DocCopy:
    """`passages`: (n_words, cluster_id, duplicate_of) of one document's passages."""
    checked = 0
    sources: Counter[str] = Counter()
    for n_words, cluster_id, duplicate_of in passages:
        if n_words >= min_words or cluster_id is not None:
            checked += 1
            if duplicate_of is not None:
                sources[doc_of(duplicate_of)] += 1
    if not checked:
        return DocCopy(None, None, [])
    copies = sum(sources.values())
    top = min(sources.items(), key=lambda kv: (-kv[1], kv[0])) if sources else None
    duplicate_of = top[0] if top and top[1] >= min_share * checked else None
    outlets = sorted({o for d in sources if (o := outlet_of(d)) is not None})
    return DocCopy(duplicate_of, round(copies / checked, 4), outlets)
