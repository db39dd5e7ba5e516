"""Article-level copies: which earlier document a document republishes, from its passages' clusters.

A document's *checked* passages are those the duplicate finder judged: long enough to be indexed
(`n_words >= min_words`) or clustered as an exact short copy. `dup_share` is the share of them
that copy a passage of another document (`duplicate_of` set). The document is a copy
(`duplicate_of`) of the one document whose canonical passages it copies most, when those copies
are at least `min_share` of its checked passages (`DOC_SHARE`, chosen on the syndication
benchmark's tuning half: `bench/doc_copies.py`), one of them is a long passage (`n_words >= min_words`),
and either they hold at least `min_share` of its checked words or a long one is not its last checked
passage. T6 F7: a brief of one paragraph whose closing line is a 25-word site disclaimer that three
outlets print under every article copies "half" its checked passages from an unrelated article, but few
of its words and only at its end; copied short lines alone (a title, a sub-heading) never make an
article a republication. A cut copy that adds a long paragraph of its own keeps its copied paragraphs
first.
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
    """`passages`: (n_words, cluster_id, duplicate_of) of one document's passages, in its order."""
    checked = checked_words = 0
    sources: Counter[str] = Counter()
    words: Counter[str] = Counter()  # checked words copied from each source document
    long_at: dict[str, list[int]] = {}  # positions (among checked passages) of the long copies of each source
    for n_words, cluster_id, duplicate_of in passages:
        if n_words >= min_words or cluster_id is not None:
            if duplicate_of is not None:
                source = doc_of(duplicate_of)
                sources[source] += 1
                words[source] += n_words
                if n_words >= min_words:
                    long_at.setdefault(source, []).append(checked)
            checked += 1
            checked_words += n_words
    if not checked:
        return DocCopy(None, None, [])
    copies = sum(sources.values())
    top = min(sources.items(), key=lambda kv: (-kv[1], kv[0])) if sources else None
    duplicate_of = None
    if top and top[1] >= min_share * checked and top[0] in long_at:
        at = long_at[top[0]]
        if words[top[0]] >= min_share * checked_words or min(at) < checked - 1:
            duplicate_of = top[0]
    outlets = sorted({o for d in sources if (o := outlet_of(d)) is not None})
    return DocCopy(duplicate_of, round(copies / checked, 4), outlets)
