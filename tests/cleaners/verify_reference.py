"""The pure-Python text verification that `cleaners.verify` replaced for speed (issue 17), kept as the
reference its faster pieces must equal (`test_verify_speedups.py`): big-integer LCS, token-by-token name
and formula marks, k-gram slices."""

from __future__ import annotations

from collections.abc import Sequence

from cleaners import verify as V


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    masks: dict[str, int] = {}
    for i, w in enumerate(b):
        masks[w] = masks.get(w, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for w in a:
        m = masks.get(w)
        if m is not None:
            u = v & m
            v = ((v + u) | (v - u)) & full
    return len(b) - v.bit_count()


def _mark_formulae(tokens: list[str], flags: list[bool]) -> None:
    table = V.formulae()
    i, n = 0, len(tokens)
    while i < n:
        for phrase in table.get(tokens[i], ()):
            k = len(phrase)
            if tuple(tokens[i:i + k]) == phrase:
                flags[i:i + k] = [True] * k
                i += k
                break
        else:
            i += 1


def _mark_heads(tokens: list[str], flags: list[bool]) -> None:
    heads = V.name_heads()
    for i in range(len(tokens) - 2, -1, -1):
        if flags[i + 1] and not flags[i]:
            for n, words in heads.items():
                if i + 1 >= n and tuple(tokens[i + 1 - n:i + 1]) in words:
                    flags[i + 1 - n:i + 1] = [True] * n
                    break


def passage_tokens(text: str) -> V.Tokens:
    out, flags, start = V.Tokens(), [], True
    for chunk in text.split():
        keys, names, _, ends = V._chunk_names(chunk)
        words = V._WORD.findall(V.unicodedata.normalize("NFC", chunk))
        if len(words) != len(keys):
            words = keys
        address = "://" in chunk or "www." in chunk.lower()
        first = bool(words) and (address or V._marked(words[0]))
        if keys:
            out += keys
            flags += names
            if start:
                flags[len(flags) - len(names)] = first
            start = False
        if ends:
            start = True
    _mark_heads(out, flags)
    _mark_formulae(out, flags)
    out.names = sum(1 << i for i, f in enumerate(flags) if f)
    return out


def stretch_spans(a: Sequence[str], b: Sequence[str], k: int = V.STRETCH_GRAM) -> list[tuple[int, int]]:
    grams = {tuple(b[i:i + k]) for i in range(len(b) - k + 1)}
    out: list[tuple[int, int]] = []
    start = end = -1
    for i in range(len(a) - k + 1):
        if tuple(a[i:i + k]) in grams:
            if i > end:
                if end >= 0:
                    out.append((start, end))
                start = i
            end = i + k
    if end >= 0:
        out.append((start, end))
    return out


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """`cleaners.verify.similarity` over the reference pieces above."""
    s = lcs_length(a, b) / max(len(a), len(b)) if a and b else float(not a and not b)
    longer = max(len(a), len(b))
    shorter, other = V._shorter_first(a, b)
    if longer < V.SHORT_TOKENS:
        return s if s >= V.SHORT_MIN_SIMILARITY - 1e-9 and V.shared_plain_words(shorter, other) >= V.SHORT_PLAIN_WORDS \
            else 0.0
    if s >= V.LOOSE_SIMILARITY - 1e-9:
        return s
    spans = stretch_spans(shorter, other)
    if not spans:
        return 0.0
    if longer < V.MEDIUM_TOKENS and s < V.MEDIUM_MIN_SIMILARITY - 1e-9 and len(spans) < V.MIN_STRETCHES \
            and max(end - start for start, end in spans) < V.LONG_STRETCH:
        return 0.0
    names = getattr(shorter, "names", 0)
    plain = sum(1 for start, end in spans for i in range(start, end) if not names >> i & 1)
    return s if plain >= V.PLAIN_STRETCH_WORDS else 0.0
