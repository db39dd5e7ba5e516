"""Article-level copies (`cleaners.doc_copies.document_copy`): a shared closing line is no republication."""

from __future__ import annotations

from cleaners.doc_copies import document_copy


def outlet(doc: str) -> str:
    return doc.split("-")[0] + ".vn"


def test_a_copied_closing_disclaimer_makes_no_article_copy() -> None:
    """T6 F7: a brief of one 40-word paragraph whose last checked passage is a 25-word disclaimer printed by
    another outlet copies "half" its checked passages but few of its words, and only at its end."""
    got = document_copy([(40, None, None), (25, "a-1#3", "a-1#3")], min_words=15, outlet_of=outlet)
    assert got.duplicate_of is None and got.dup_share == 0.5 and got.copied_from == ["a.vn"]


def test_a_long_copied_paragraph_before_an_own_one_is_a_copy() -> None:
    """A cut copy that adds a long paragraph of its own keeps its copied paragraphs first: still a copy."""
    got = document_copy([(25, "a-1#0", "a-1#0"), (40, None, None)], min_words=15, outlet_of=outlet)
    assert got.duplicate_of == "a-1"


def test_copied_short_lines_alone_make_no_article_copy() -> None:
    """A copied title and sub-heading (under min_words, clustered by exact match) are no republication."""
    got = document_copy([(8, "a-1#0", "a-1#0"), (6, "a-1#2", "a-1#2"), (40, None, None)], min_words=15,
                        outlet_of=outlet)
    assert got.duplicate_of is None and got.dup_share > 0.5
