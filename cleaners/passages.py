"""Passages (the paragraphs of a cleaned text) and their shingles."""

from __future__ import annotations

from dataclasses import dataclass

from cleaners.normalize import match_tokens


@dataclass(frozen=True)
class Passage:
    idx: int
    text: str
    tokens: tuple[str, ...]  # match form (see normalize.match_tokens)

    @property
    def n_words(self) -> int:
        return len(self.tokens)


def split_passages(lines: list[str]) -> list[Passage]:
    """One passage per kept paragraph, in order."""
    return [Passage(i, line, tuple(match_tokens(line))) for i, line in enumerate(lines)]


def shingles(tokens: tuple[str, ...] | list[str], n: int) -> list[str]:
    """Word n-grams joined by a space (the whole text when it has fewer than n words)."""
    if len(tokens) <= n:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
