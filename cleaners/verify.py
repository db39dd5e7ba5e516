"""Verified similarity: LSH proposes candidate pairs, the text decides.

`alignment(a, b)` = LCS(a, b) / max(len a, len b) over two passages' match tokens
(`normalize.match_tokens`: lower case, tone placement unified, punctuation dropped), i.e. one minus
the share of words a copy changed, inserted or deleted. Unlike a Jaccard estimate from MinHash it
is exact, keeps word order (independent reports of one event share names and numbers, not long
ordered runs of words), and is not fooled by a sentence split or re-punctuated.

The LCS runs bit-parallel (Allison-Dix / Hyyrö) in rapidfuzz's C++ over the tokens' vocabulary
numbers, so a pair of 100-word passages costs a few microseconds.

Short passages need more (`similarity`): when the longer of two passages has fewer than
`SHORT_TOKENS` match tokens, the pair must align at `SHORT_MIN_SIMILARITY`. A one-sentence
passage aligning at 0.5 shares ten-odd words, which newsroom formulae alone supply ("Nguyên nhân
vụ việc đang được công an ... điều tra, làm rõ", "Nhận được tin báo, công an ... đã có mặt"); two
such sentences of unrelated stories differ only in a name or two. Medium copies (<= 20 % change)
of short passages still pass; heavy rewrites of one sentence are given up (a few % of heavy
copies, measured on the syndication benchmark's tuning half).

Passages of two or three sentences (the longer under `MEDIUM_TOKENS` = 50 match tokens) need more
evidence too: alignment `MEDIUM_MIN_SIMILARITY` 0.7, or verbatim stretches (`common_stretches`: runs
of words covered by word 6-grams the other passage also has) that a copy keeps even when reworded:
one of `LONG_STRETCH` = 12 words, or `MIN_STRETCHES` = 3 separate ones. Independent reports of one
fact in 25-50 words align at 0.5-0.7 (date, place and route formulae, a name-and-title block, an
attribution plus another fact) and share names and formulae in one or two short stretches.
Measured on tuning data only (syndication tuning half; the tuning file of ViMs/KTLab pairs; 70
ViMs half-A pairs at alignment 0.5-0.72 read and labelled): 10 of the 11 independent pairs read and
the 3 of the tuning file in this length band are rejected, as are 13 of the 59 copies read (loose paraphrases and
translations); heavy (35-50 %) synthetic copies lose 3.5 % of their pairs, light and medium none.

Any pair of SHORT_TOKENS or more aligned under LOOSE_SIMILARITY 0.8 must also keep plain words in its
verbatim stretches: PLAIN_STRETCH_WORDS = 8 words of the shorter passage's stretches that are not names
(`plain_stretch_words`). `passage_tokens` gives the match tokens of a text with its names marked: words
written capitalised inside a sentence, in capitals or with a digit, and the titles and class nouns that
head them (`rules/name_heads.toml`: "ông", "bị cáo", "huyện", "quốc lộ", "công an", ...). Independent
reports of one event share a defendant's name, age and address, a date and an address, a road and a
direction, in order; a copy keeps ordinary words too. Every verification site reads `passage_tokens`
(a plain list counts every word as plain). Measured on tuning data only (200 asserted ViMs half-A
pairs read, `bench/hard_negatives_tune_a.tsv`): 5 of the 13 distinct pairs the stretch rule kept are
rejected, 2 of 187 copies; heavy synthetic pairs lose 1.3 %, light and medium none.

Newsroom formulae count like names: `passage_tokens` also marks the words of stock phrases every outlet
uses for a class of event (`rules/formulae.toml`: "cho biết", "có mặt tại hiện trường", "thụ lý giải
quyết theo thẩm quyền", "tuyên phạt", "lừa đảo chiếm đoạt tài sản", "tử vong", ...; hand-written classes,
no statistics of any data set) and every word of a web address, so a stretch made of a formula filled
with the same names is no evidence. A short pair (longer < SHORT_TOKENS) also needs SHORT_PLAIN_WORDS = 2
plain words of the shorter passage that the other has (`shared_plain_words`): a one-sentence formula two
outlets write identically is no copy. Measured on half A only (tuning file 2: 11 of the 13 distinct pairs
rejected, 4 of 187 copies; a fresh half-A sample of 300 pairs read afterwards: 299 copy, 1 distinct);
synthetic heavy pairs lose 0.7 %, light and medium none.

A pair that fills one frame with other numbers is no copy (`conflicting_numbers`, T6 F6: clauses of two
articles of the penal code, "thì bị phạt tù từ 7 đến 15 năm" / "từ 15 đến 20 năm", align at 0.8): in the
LCS alignment, CONFLICT_NUMBERS = 2 gaps or more where both sides hold different numbers, more than the
names and numbers aligned. It only rejects. With the legal vocabulary of `rules/formulae.toml` (units'
official names, case procedure, crimes' legal names, the penal code's clause formula), measured on tuning
data only (VNTC law half A, 200 asserted pairs read, `bench/hard_negatives_law_tune_a.tsv`): precision
0.900 -> 0.957, 12 of 20 distinct pairs rejected, no copy; ViMs tuning files: 3 copies of 510 more lost;
syndication tuning half: heavy 0.9252 -> 0.9228, light and medium 1.0. Numbers are taken whole
(`_number_units`, ATK4 F8): the tokenizer splits "10/11", "82,18" and "1.000", and the alignment matched one
date's month with the other's day, splitting a conflict into two one-sided gaps and counting the shared part as
an agreeing fact (two days' gold reports, every figure different, were a copy at 0.88); a number is its digits
("50m" / "50 m" agree) and one that is the other with more parts ("10" / "10-2005") agrees.

A pair that fills one frame with other names is no copy either (`conflicting_names`; tester: two cities'
notices of walking streets, "Ủy ban nhân dân thành phố Hà Nội ... Hàng Bông, Hàng Gai và Tràng Tiền" / "... Đà
Nẵng ... Bạch Đằng, Trần Phú và Lê Duẩn", aligned at 0.83; the class: a standard notice or report each province,
court, weather service or utility issues with its own names). In the LCS alignment, NAME_SUBSTITUTIONS = 2
distinct name substitutions or more (`name_substitutions`: gaps where both sides hold words written as names,
no number, no frame word, and the names differ other than in spelling, tone marks, a cut or one letter, are no
acronym or initial of the other side's words, and are not found elsewhere in the other passage), more than the
names the two agree on (aligned runs of names outside the frame: `name_heads` and `formulae` words such as
"Sở", "Ủy ban", "Quốc hội"). A rewrite a copy makes everywhere ("Mỹ" / "Hoa Kỳ") counts once. It only rejects.
Measured on tuning data only: 0 of the 724 labelled copies and 0 of the 12 distinct pairs still merged in the
four half-A files (`hard_negatives_tune_a.tsv`, `_tune_a3.tsv`, `_band_a.tsv`, `_law_tune_a.tsv`) change (none
of those distinct pairs is a template); invented pairs: 12 of 16 template reports rejected (4 kept: a name
partly aligned, "Bắc Giang" / "Bắc Ninh", or shared elsewhere), 0 of 14 copies that rewrite a name's form
(TP.HCM / TP Hồ Chí Minh, VN / Việt Nam, UBND / Ủy ban nhân dân, a full name or initials, Mỹ / Hoa Kỳ) lost;
syndication tuning half: light and medium 1.0, heavy 0.9228 -> 0.9211 (2 of 1,204 heavy paragraphs, whose
edits put another article's clause with its own names in place of the base's). Scored once afterwards, held-out
files unchanged pair by pair (ViMs held-out 1-3, law held-out) and syndication held-out unchanged (light and
medium 0.9992, heavy 0.9137); VNTC ×1: 9 of 7,279 duplicate passages and 2 of 1,019 article copies fewer, all 9
pairs read distinct (two storms' bulletins, two cases, two cities founded, two seminars; two are one outlet's
paragraph reused with another person and figure); the 180k corpus unchanged. Find-duplicates CPU on the 180k
corpus (`bench.profile_dedup`, 4 runs each under load): 11.2 -> 11.9 s.

Identical texts go through the same rules (`copy_evidence`): a text under SHORT_TOKENS tokens is a copy of
itself only with SHORT_PLAIN_WORDS plain words, so a stock sentence of formulae two outlets print is no
copy, within a run or across runs (T6 F7).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import compress
from pathlib import Path

from rapidfuzz.distance import LCSseq, Levenshtein

from cleaners.normalize import _WORD, match_tokens


class _Vocabulary(dict[str, int]):
    """token -> a small integer, given on first use (exact: two tokens share a number only when equal)."""

    def __missing__(self, token: str) -> int:
        n = self[token] = len(self)
        return n


_VOCAB = _Vocabulary()
_VOCAB_LIMIT = 1 << 18  # numbers given before the vocabulary starts again (a new generation): ~30 MB at most
# (VNTC's verified texts use 10k distinct tokens)
_vocab_generation = 0


def _ids(tokens: Sequence[str]) -> list[int]:
    """The tokens as vocabulary numbers; kept on a `Tokens` for the current vocabulary generation."""
    got = getattr(tokens, "_ids", None)
    if got is not None and got[0] == _vocab_generation:
        return got[1]
    ids = list(map(_VOCAB.__getitem__, tokens))
    if isinstance(tokens, Tokens):
        tokens._ids = (_vocab_generation, ids)
    return ids


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two token sequences.

    Computed by rapidfuzz's bit-parallel LCS (C++) over the tokens' vocabulary numbers (exact, unlike a
    hash of each token); the same length as the pure-Python bit-parallel LCS it replaced (issue 17: a
    fifth of the time)."""
    global _vocab_generation
    if not a or not b:
        return 0
    if len(_VOCAB) > _VOCAB_LIMIT:  # bounded memory: numbers are given afresh (both sides of a pair in one generation)
        _VOCAB.clear()
        _vocab_generation += 1
    return int(LCSseq.similarity(_ids(a), _ids(b)))


def alignment(a: Sequence[str], b: Sequence[str]) -> float:
    """LCS(a, b) / max(len a, len b): 1.0 for the same words in the same order."""
    if not a or not b:
        return float(not a and not b)
    return lcs_length(a, b) / max(len(a), len(b))


SHORT_TOKENS, SHORT_MIN_SIMILARITY = 25, 0.8
MEDIUM_TOKENS, MEDIUM_MIN_SIMILARITY = 50, 0.7
STRETCH_GRAM, LONG_STRETCH, MIN_STRETCHES = 6, 12, 3
LOOSE_SIMILARITY, PLAIN_STRETCH_WORDS = 0.8, 8
SHORT_PLAIN_WORDS = 2
CONFLICT_NUMBERS = 2
NAME_SUBSTITUTIONS = 2

_SENTENCE_END = ".!?:…"


class Tokens(list):
    """Match tokens of a passage (`normalize.match_tokens`, equal to them as a list) that also know which
    are names: `names` is a bit mask, bit i set when token i was written capitalised inside a sentence,
    in capitals (an acronym) or with a digit (a number, date, plate or code), belongs to a web address,
    heads such a word as a title or class noun (`name_heads`: "ông", "huyện", "quốc lộ", "công an", ...),
    or belongs to a newsroom formula (`formulae`), which is no more evidence of a copy than a name."""

    names: int = 0
    proper: int = 0  # bit i set for a word written as a name (capitalised, in capitals, with a digit)
    _ids: tuple[int, list[int]] | None = None  # (vocabulary generation, numbers), see `lcs_length`
    _grams: tuple[int, set[tuple[str, ...]]] | None = None  # (k, set of k-grams), see `_gram_set`
    _digits: int | None = None  # `_digit_words` (a `Tokens` is never changed once made)
    _numbers: tuple[list[str], list[tuple[str, ...] | None], int] | None = None  # `_number_units`


@cache
def name_heads() -> dict[int, frozenset[tuple[str, ...]]]:
    """Words that head a name (`rules/name_heads.toml`, every language), in match form, by length in words."""
    rules = tomllib.loads((Path(__file__).parent / "rules" / "name_heads.toml").read_text(encoding="utf-8"))
    heads = {tuple(match_tokens(h)) for lang in rules.values() for h in lang["heads"]}
    return {n: frozenset(h for h in heads if len(h) == n) for n in sorted({len(h) for h in heads})}


@cache
def formulae() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Newsroom formulae (`rules/formulae.toml`, every language) in match form, by first word, longest first."""
    rules = tomllib.loads((Path(__file__).parent / "rules" / "formulae.toml").read_text(encoding="utf-8"))
    out: dict[str, set[tuple[str, ...]]] = {}
    for lang in rules.values():
        for phrase in lang["phrases"]:
            words = tuple(match_tokens(phrase))
            if words:
                out.setdefault(words[0], set()).add(words)
    return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in out.items()}


@cache
def _formula_index() -> tuple[dict[tuple[str, str], tuple[tuple[str, ...], ...]], frozenset[str]]:
    """`formulae` by their first two words (longest first), and the one-word formulae."""
    two: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    one = set()
    for phrases in formulae().values():
        for p in phrases:  # longest first, kept per pair of first words
            if len(p) == 1:
                one.add(p[0])
            else:
                two.setdefault((p[0], p[1]), []).append(p)
    return {k: tuple(v) for k, v in two.items()}, frozenset(one)


def _mark_formulae(tokens: list[str], flags: list[bool]) -> None:
    """Mark in `flags` the words of newsroom formulae (`formulae`), longest match first, left to right
    (a word inside a formula just marked starts none)."""
    two, one = _formula_index()
    # only where a formula of two words or more, or of one word, can start (the rest never marks anything)
    starts = [i for i, pair in enumerate(zip(tokens, tokens[1:], strict=False)) if pair in two]
    singles = [i for i, w in enumerate(tokens) if w in one]
    if singles:
        starts = sorted(set(starts).union(singles))
    free = 0  # the first word not inside a formula marked already
    for i in starts:
        if i < free:
            continue
        for phrase in two.get((tokens[i], tokens[i + 1]), ()) if i + 1 < len(tokens) else ():
            k = len(phrase)
            if tuple(tokens[i:i + k]) == phrase:
                flags[i:i + k] = [True] * k
                free = i + k
                break
        else:  # no longer formula here: a one-word one, which is tried last (the shortest)
            if tokens[i] in one:
                flags[i] = True
                free = i + 1


@cache
def _head_last_words() -> frozenset[str]:
    """The last word of every name head (a head can end only there)."""
    return frozenset(h[-1] for words in name_heads().values() for h in words)


def _mark_heads(tokens: list[str], flags: list[bool]) -> None:
    """Mark in `flags` the words that head a name (`name_heads`), right to left so that chains of heads
    ("công an huyện …") are marked whole."""
    heads = name_heads()
    last = _head_last_words()
    n_tokens = len(tokens)
    # right to left over the words that can end a head (no other word ever marks anything)
    for i in [i for i, w in enumerate(tokens) if w in last][::-1]:
        if i + 1 < n_tokens and flags[i + 1] and not flags[i]:
            for n, words in heads.items():
                if i + 1 >= n and tuple(tokens[i + 1 - n:i + 1]) in words:
                    flags[i + 1 - n:i + 1] = [True] * n
                    break


_CHUNK_NAMES: dict[str, tuple[list[str], tuple[bool, ...], tuple[bool, ...], bool]] = {}


def _chunk_names(chunk: str) -> tuple[list[str], tuple[bool, ...], tuple[bool, ...], bool]:
    """A white-space chunk's match tokens, whether each is a name inside a sentence, the same at a sentence
    start (its first word a name only if it is one wherever it stands), and whether the chunk ends a sentence."""
    got = _CHUNK_NAMES.get(chunk)
    if got is None:
        keys = match_tokens(chunk)
        words = _WORD.findall(unicodedata.normalize("NFC", chunk))
        if len(words) != len(keys):  # casing changed the word count (rare): the chunk counts as ordinary words
            words = keys
        address = "://" in chunk or "www." in chunk.lower()  # a web address: every word of it is a name
        flags = tuple(address or w[:1].isupper() or _marked(w) for w in words)
        at_start = (address or _marked(words[0]), *flags[1:]) if words else flags
        got = (keys, flags, at_start, chunk.rstrip("\"'”’»)]").endswith(tuple(_SENTENCE_END)))
        if len(_CHUNK_NAMES) < 100_000:
            _CHUNK_NAMES[chunk] = got
    return got


def _marked(word: str) -> bool:
    """A word that is a name wherever it stands: an acronym or a word with a digit."""
    return (len(word) > 1 and word.isupper()) or any(c.isdigit() for c in word)


def passage_tokens(text: str) -> Tokens:
    """`match_tokens(text)` as `Tokens`, with the name mask read from the text as written."""
    out, flags, start = Tokens(), [], True
    get = _CHUNK_NAMES.get
    for chunk in text.split():  # the same chunks and words as match_tokens
        keys, names, at_start, ends = get(chunk) or _chunk_names(chunk)
        if keys:
            out += keys
            flags += at_start if start else names  # a word opening a sentence: its capital says nothing
            start = False
        if ends:
            start = True
    bits = bytes(flags[::-1]).translate(_BIT_CHARS)  # bit i set for a name at token i, in one C-level pass
    out.proper = int(bits, 2) if bits else 0
    _mark_heads(out, flags)
    _mark_formulae(out, flags)
    bits = bytes(flags[::-1]).translate(_BIT_CHARS)
    out.names = int(bits, 2) if bits else 0
    return out


_BIT_CHARS = bytes.maketrans(b"\x00\x01", b"01")


def form_tokens(tokens: Sequence[str]) -> Tokens:
    """Match tokens already folded (a short line's form: no casing left) as `Tokens` whose names are the
    words of newsroom formulae and numbers only."""
    out = Tokens(tokens)
    flags = [any(c.isdigit() for c in w) for w in out]
    _mark_formulae(out, flags)
    bits = bytes(flags[::-1]).translate(_BIT_CHARS)
    out.names = int(bits, 2) if bits else 0
    return out


def copy_evidence(tokens: Sequence[str]) -> bool:
    """Whether two identical passages of these tokens would be a copy (`similarity` of the text with
    itself above 0): always for SHORT_TOKENS tokens or more, else when SHORT_PLAIN_WORDS of its words are
    neither names nor formulae (T6 F7: "Hiện vụ việc đang được cơ quan chức năng điều tra làm rõ." printed
    by two outlets under two unrelated briefs is no copy)."""
    return similarity(tokens, tokens) > 0.0


_GRAMS_KEPT = 1024  # `Tokens` that keep their k-grams' set (about 7 KB for a 50-word passage: ~7 MB at most)
_with_grams: OrderedDict[int, Tokens] = OrderedDict()  # id -> the `Tokens`, least recently used first


def _gram_set(tokens: Sequence[str], k: int) -> set[tuple[str, ...]]:
    """The set of word k-grams of `tokens`, kept on the `_GRAMS_KEPT` `Tokens` used last (issue 17: a
    cluster's canonical copy, a regrouping's heads and a candidate's first row are compared with many
    passages; building their k-grams again was most of a pair's cost)."""
    got = tokens._grams if isinstance(tokens, Tokens) else None
    if got is not None and got[0] == k:
        _with_grams.move_to_end(id(tokens))
        return got[1]
    kept = set(zip(*[tokens[i:] for i in range(k)], strict=False))  # zip stops at the last whole k-gram
    if isinstance(tokens, Tokens):
        tokens._grams = (k, kept)
        _with_grams[id(tokens)] = tokens
        _with_grams.move_to_end(id(tokens))
        while len(_with_grams) > _GRAMS_KEPT:
            _with_grams.popitem(last=False)[1]._grams = None
    return kept


def drop_kept_grams() -> None:
    """Forget every kept k-gram set (at the end of a stage: the sets would keep their memory pages in use)."""
    while _with_grams:
        _with_grams.popitem()[1]._grams = None


def stretch_spans(a: Sequence[str], b: Sequence[str], k: int = STRETCH_GRAM) -> list[tuple[int, int]]:
    """(start, end) of the maximal runs of `a` covered by word k-grams `b` also has."""
    grams = _gram_set(b, k)  # every k-gram of b
    if not grams:
        return []
    out: list[tuple[int, int]] = []
    start = end = -1
    for i in [i for i, g in enumerate(zip(*[a[i:] for i in range(k)], strict=False)) if g in grams]:
        if i > end:  # a new stretch (the previous one, if any, ended before this k-gram)
            if end >= 0:
                out.append((start, end))
            start = i
        end = i + k
    if end >= 0:
        out.append((start, end))
    return out


def _shorter_first(a: Sequence[str], b: Sequence[str]) -> tuple[Sequence[str], Sequence[str]]:
    """The pair with the shorter passage first (a tie broken by the words, then by the names: the one
    with fewer first, so the order of the call does not matter; an ALL-CAPS copy, every word of it a
    name, is scored by the plain words of the passage it copies, whichever side it is on)."""
    if len(a) != len(b):
        return (b, a) if len(a) > len(b) else (a, b)
    # lists (`Tokens`) compare as they are; other sequences as lists (issue 17: no copies per pair)
    la, lb = (a, b) if isinstance(a, list) and isinstance(b, list) else (list(a), list(b))
    if la != lb:
        return (b, a) if la > lb else (a, b)
    return (b, a) if _names_order(a) > _names_order(b) else (a, b)


def _names_order(tokens: Sequence[str]) -> tuple[int, int]:
    names = getattr(tokens, "names", 0)
    return names.bit_count(), names


def common_stretches(a: Sequence[str], b: Sequence[str], k: int = STRETCH_GRAM) -> list[int]:
    """Lengths of the maximal runs of the shorter passage covered by word k-grams the other also has."""
    a, b = _shorter_first(a, b)
    return [end - start for start, end in stretch_spans(a, b, k)]


def keeps_stretches(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether a pair shares one verbatim stretch of LONG_STRETCH words or MIN_STRETCHES separate ones."""
    found = common_stretches(a, b)
    return len(found) >= MIN_STRETCHES or max(found, default=0) >= LONG_STRETCH


def plain_stretch_words(a: Sequence[str], b: Sequence[str]) -> int:
    """Words of the shorter passage's verbatim stretches (`stretch_spans`) that are not names (`Tokens.names`;
    every word counts for a plain list)."""
    a, b = _shorter_first(a, b)
    return _plain_words(a, stretch_spans(a, b))


def shared_plain_words(a: Sequence[str], b: Sequence[str]) -> int:
    """Words of `a` that are neither names nor formulae (`Tokens.names`) and that `b` has too, anywhere."""
    names, has = getattr(a, "names", 0), set(b)
    return sum(1 for i, w in enumerate(a) if not names >> i & 1 and w in has)


def _plain_words(a: Sequence[str], spans: list[tuple[int, int]]) -> int:
    names = getattr(a, "names", 0)
    return sum(1 for start, end in spans for i in range(start, end) if not names >> i & 1)


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """The verified score compared with `min_similarity`: `alignment`, or 0.0 when the pair lacks the
    evidence its length needs (`_evidence_score`) or, not being the same words, fills one frame with other
    numbers (`conflicting_numbers`) or other names (`conflicting_names`)."""
    return _checked(a, b, alignment(a, b))


def _checked(a: Sequence[str], b: Sequence[str], s: float) -> float:
    """`similarity` of a pair whose `alignment` is `s`."""
    s = _evidence_score(a, b, s)
    if 0.0 < s < 1.0:
        a, b = _shorter_first(a, b)
        if conflicting_numbers(a, b) or conflicting_names(a, b):
            return 0.0
    return s


def passing_similarity(a: Sequence[str], b: Sequence[str], threshold: float) -> float:
    """`similarity(a, b)` when it is `threshold` or more, else 0.0 (for deciding pairs, not scoring them).

    The score is never above the alignment, nor the alignment above the shorter length over the longer,
    so a pair whose lengths or alignment fall under `threshold` is decided without the evidence checks
    (issue 17: most pairs a cluster's regrouping compares are unrelated texts)."""
    if threshold > 0.0 and a and b:
        longer = max(len(a), len(b))
        if min(len(a), len(b)) / longer < threshold:
            return 0.0
        s = lcs_length(a, b) / longer  # `alignment`
        if s < threshold:
            return 0.0
        if longer >= SHORT_TOKENS and s < LOOSE_SIMILARITY - 1e-9 \
                and _gram_set(a, STRETCH_GRAM).isdisjoint(_gram_set(b, STRETCH_GRAM)):
            return 0.0  # no verbatim stretch (`_evidence_score`)
        s = _checked(a, b, s)
    else:
        s = similarity(a, b)
    return s if s >= threshold else 0.0


def _evidence_score(a: Sequence[str], b: Sequence[str], s: float) -> float:
    """The verified score compared with `min_similarity`: `alignment`, or 0.0 when the pair lacks the
    evidence its length needs: a short pair (longer < SHORT_TOKENS tokens) aligned under
    SHORT_MIN_SIMILARITY or sharing fewer than SHORT_PLAIN_WORDS plain words (`shared_plain_words`); a pair aligned under LOOSE_SIMILARITY whose verbatim stretches hold fewer than
    PLAIN_STRETCH_WORDS words that are not names (`plain_stretch_words`), or, if the longer has fewer
    than MEDIUM_TOKENS tokens and it aligns under MEDIUM_MIN_SIMILARITY, that keeps too few stretches
    (`keeps_stretches`). `s`: the pair's `alignment`."""
    longer = max(len(a), len(b))
    shorter, other = _shorter_first(a, b)
    if longer < SHORT_TOKENS:
        return s if s >= SHORT_MIN_SIMILARITY - 1e-9 and shared_plain_words(shorter, other) >= SHORT_PLAIN_WORDS \
            else 0.0
    if s >= LOOSE_SIMILARITY - 1e-9:
        return s
    spans = stretch_spans(shorter, other)
    if not spans:
        return 0.0
    if longer < MEDIUM_TOKENS and s < MEDIUM_MIN_SIMILARITY - 1e-9 and len(spans) < MIN_STRETCHES \
            and max(end - start for start, end in spans) < LONG_STRETCH:
        return 0.0
    return s if _plain_words(shorter, spans) >= PLAIN_STRETCH_WORDS else 0.0


def _gaps(a: Sequence[str], b: Sequence[str]) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int]]]:
    """The LCS alignment of two token sequences: its gaps, (a_start, a_end, b_start, b_end) between two
    aligned runs (or an end), and its aligned runs of `a`, (start, end)."""
    gaps, runs = [], []
    pa = pb = 0
    for op in LCSseq.opcodes(_ids(a), _ids(b)):
        if op.tag == "equal":
            if op.src_start > pa or op.dest_start > pb:
                gaps.append((pa, op.src_start, pb, op.dest_start))
            runs.append((op.src_start, op.src_end))
            pa, pb = op.src_end, op.dest_end
    if pa < len(a) or pb < len(b):
        gaps.append((pa, len(a), pb, len(b)))
    return gaps, runs


_DIGIT, _DIGIT_RUNS, _NOT_DIGIT = re.compile(r"\d"), re.compile(r"\d+"), re.compile(r"\D+")


def _digit_words(tokens: Sequence[str]) -> int:
    """At least the number of tokens that hold a digit (runs of digits, counted in C over the joined text);
    kept on a `Tokens` (issue 17: a passage compared with many was joined and searched again for each pair)."""
    got = getattr(tokens, "_digits", None)
    if got is None:
        got = len(_DIGIT_RUNS.findall(" ".join(tokens)))
        if isinstance(tokens, Tokens):
            tokens._digits = got
    return got


def _number_units(tokens: Sequence[str]) -> tuple[list[str], list[tuple[str, ...] | None], int]:
    """The tokens with each run of consecutive tokens holding a digit made one unit: a number the tokenizer
    split at its punctuation ("10/11" -> "10" "11", "82,18" -> "82" "18", "1.000" -> "1" "000") is one number.
    Returns (units: a number as its digits joined, so "1.000" / "1000", "3,6" / "3.6" and "50m" / "50" are equal;
    each unit's tokens' digits, None for a word; bit i set when unit i is a number or a word written as a name). Kept
    on a `Tokens`."""
    got = getattr(tokens, "_numbers", None)
    if got is not None:
        return got
    proper = getattr(tokens, "proper", 0)
    units: list[str] = []
    parts: list[tuple[str, ...] | None] = []
    bits, run = 0, []
    for i, w in enumerate(tokens):
        if _DIGIT.search(w):
            run.append(_NOT_DIGIT.sub("", w))  # its digits: "50m" / "50 m", "500đ" / "500 đồng" agree
            continue
        if run:
            bits |= 1 << len(units)
            units.append("".join(run))
            parts.append(tuple(run))
            run = []
        if proper >> i & 1:
            bits |= 1 << len(units)
        units.append(w)
        parts.append(None)
    if run:
        bits |= 1 << len(units)
        units.append("".join(run))
        parts.append(tuple(run))
    got = (units, parts, bits)
    if isinstance(tokens, Tokens):
        tokens._numbers = got
    return got


def _same_number(a: Sequence[tuple[str, ...] | None], b: Sequence[tuple[str, ...] | None]) -> bool:
    """Whether the numbers of two gaps agree: the same digits, or one number that is the other with more
    parts after it (a date given with its year, "10" / "10-2005"; a figure with its decimals, "82" / "82,18")."""
    na, nb = [p for p in a if p], [p for p in b if p]
    if "".join(map("".join, na)) == "".join(map("".join, nb)):
        return True
    if len(na) == 1 and len(nb) == 1:
        short, long_ = sorted((na[0], nb[0]), key=len)
        return long_[:len(short)] == short
    return False


def number_conflicts(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """(number conflicts, agreeing facts) of the LCS alignment of two passages, numbers taken whole
    (`_number_units`: "10/11" is one number, not "10" and "11", so the alignment cannot match the month of
    one date with the day of the other and split the conflict into two one-sided gaps). A number conflict is
    a gap of the alignment where both sides hold a number and the numbers differ (`_same_number`: "1.000" /
    "1000", "3,6" / "3.6", "10" / "10-2005" agree); agreeing facts are the aligned numbers (each once) and
    words written as names (`Tokens.proper`: capitalised words, acronyms)."""
    ua, pa, bits = _number_units(a)
    ub, pb, _ = _number_units(b)
    gaps, runs = _gaps(ua, ub)
    conflicts = 0
    for a0, a1, b0, b1 in gaps:
        if any(pa[a0:a1]) and any(pb[b0:b1]) and not _same_number(pa[a0:a1], pb[b0:b1]):
            conflicts += 1
    aligned = sum(((1 << (end - start)) - 1) << start for start, end in runs)
    if not getattr(a, "proper", 0):  # a plain list: only its numbers count as facts
        bits = sum(1 << i for i, p in enumerate(pa) if p)
    return conflicts, (aligned & bits).bit_count()


def conflicting_numbers(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether a pair fills a shared frame with other numbers (T6 F6: "2. Phạm tội ... thì bị phạt tù từ 7
    đến 15 năm" / "3. ... từ 15 đến 20 năm", clauses of two articles of the penal code): CONFLICT_NUMBERS
    gaps or more of their alignment hold different numbers on both sides, more than the numbers and
    names they agree on. A copy that rounds a figure or updates a toll keeps most names and numbers."""
    if _digit_words(a) < CONFLICT_NUMBERS or _digit_words(b) < CONFLICT_NUMBERS:  # too few numbers to conflict
        return False
    conflicts, agree = number_conflicts(a, b)
    return conflicts >= CONFLICT_NUMBERS and conflicts > agree


def _fold(word: str) -> str:
    """A match token without its tone and vowel marks, "đ" as "d" (a name's spelling variants agree)."""
    got = _FOLDED.get(word)
    if got is None:
        got = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).replace("đ", "d")
        if len(_FOLDED) < 100_000:
            _FOLDED[word] = got
    return got


_FOLDED: dict[str, str] = {}


def _abbreviates(short: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the letters of `short` (name words) are initials of `words` in order, the first one first: an
    acronym or an initial of the other side ("HCM" / "Hồ Chí Minh", "GD&ĐT" / "Giáo dục và Đào tạo", "VN" /
    "Việt Nam", "anh T." / "anh Tâm", "N.V.T." / "Nguyễn Văn Tâm")."""
    letters = "".join(map(_fold, short))
    initials = "".join(_fold(w)[:1] for w in words)
    if not letters or not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials)
    return all(c in rest for c in letters)


def _frame_word(tokens: Sequence[str], i: int) -> bool:
    """Whether token i lies inside a name head (`name_heads`: "Sở", "Công ty", "Ủy ban", a title) or a newsroom
    formula (`formulae`): a frame's word, which two template reports share whoever they name."""
    for n, words in name_heads().items():
        for start in range(max(0, i + 1 - n), i + 1):
            if tuple(tokens[start:start + n]) in words:
                return True
    two, one = _formula_index()
    if tokens[i] in one:
        return True
    for start in range(max(0, i + 1 - _longest_formula()), i + 1):
        for phrase in two.get(tuple(tokens[start:start + 2]), ()):  # type: ignore[call-overload]
            if start + len(phrase) > i and tuple(tokens[start:start + len(phrase)]) == phrase:
                return True
    return False


@cache
def _longest_formula() -> int:
    return max((len(p) for ps in formulae().values() for p in ps), default=1)


def name_substitutions(a: Sequence[str], b: Sequence[str]) -> tuple[set[tuple[str, str]], int]:
    """(name substitutions, agreeing names) of the LCS alignment of two passages. A name substitution is a gap
    of the alignment where both sides hold words written as names (`Tokens.proper`, no digit: numbers are
    `number_conflicts`) and the names differ: not in spelling or tone marks only (folded, one letter apart at
    most, or one the start of the other), not one an acronym or initial of the other (`_abbreviates`), and not names the other passage holds
    elsewhere (moved); kept as the distinct (a names, b names) pairs, so a name a copy rewrites the same way
    everywhere ("Mỹ" / "Hoa Kỳ") counts once. Agreeing names are the aligned runs of words written as names
    in `a`, not numbers nor frame words (`_frame_word`)."""
    pa, pb = getattr(a, "proper", 0), getattr(b, "proper", 0)
    if not pa or not pb:
        return set(), 0
    in_a, in_b = set(a), set(b)
    if _name_words(a, pa) <= in_b or _name_words(b, pb) <= in_a:
        return set(), 0  # every name of one side is in the other: nothing replaced (most copies)
    gaps, runs = _gaps(a, b)
    subs: set[tuple[str, str]] = set()
    for a0, a1, b0, b1 in gaps:
        na = [i for i in range(a0, a1) if pa >> i & 1]
        nb = [i for i in range(b0, b1) if pb >> i & 1]
        if not na or not nb:
            continue
        na = [a[i] for i in na if not _DIGIT.search(a[i]) and not _frame_word(a, i)]
        nb = [b[i] for i in nb if not _DIGIT.search(b[i]) and not _frame_word(b, i)]
        if not na or not nb or in_b.issuperset(na) or in_a.issuperset(nb):
            continue  # no name on a side, or names moved, not replaced
        fa, fb = " ".join(map(_fold, na)), " ".join(map(_fold, nb))
        ja, jb = fa.replace(" ", ""), fb.replace(" ", "")
        if ja.startswith(jb) or jb.startswith(ja) \
                or (min(len(ja), len(jb)) >= 4 and Levenshtein.distance(ja, jb, score_cutoff=1) <= 1):
            continue  # the same name spelt, toned, run together or cut otherwise ("Pa-le-xtin" / "Palestine"), a typo
        if _abbreviates(na, b[b0:b1]) or _abbreviates(nb, a[a0:a1]):
            continue
        subs.add((fa, fb))
    if len(subs) < NAME_SUBSTITUTIONS:
        return subs, 0
    aligned = sum(((1 << (end - start)) - 1) << start for start, end in runs) & pa
    agree, last = 0, -2
    for i in [i for i in range(len(a)) if aligned >> i & 1]:
        if not _DIGIT.search(a[i]) and not _frame_word(a, i):
            agree += i != last + 1  # a new run of agreeing names
            last = i
    return subs, agree


_ZERO_ONE = bytes.maketrans(b"01", b"\x00\x01")


def _name_words(a: Sequence[str], proper: int) -> set[str]:
    """The words written as names in `a` (bits of `proper`), picked in C."""
    return set(compress(a, bin(proper)[:1:-1].encode().translate(_ZERO_ONE)))


def conflicting_names(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether a pair fills a shared frame with other names (tester: two cities' notices of walking streets,
    "Ủy ban nhân dân thành phố Hà Nội ... các tuyến phố Hàng Bông, Hàng Gai và Tràng Tiền" / "... Đà Nẵng ...
    Bạch Đằng, Trần Phú và Lê Duẩn"; a court's, a province's, a weather service's standard report):
    NAME_SUBSTITUTIONS distinct name substitutions or more (`name_substitutions`), more than the names the
    two agree on. A copy that rewrites a name's form (an acronym spelled out, a full name or a title added, a
    foreign name transliterated) keeps the story's other names in order."""
    subs, agree = name_substitutions(a, b)
    return len(subs) >= NAME_SUBSTITUTIONS and len(subs) > agree


def could_reach(len_a: int, len_b: int, threshold: float) -> bool:
    """Whether two passages of these lengths can align at `threshold` (LCS <= the shorter)."""
    return min(len_a, len_b) >= threshold * max(len_a, len_b)


def verified_edges(pairs: Iterable[tuple[int, int]], n: int, score: Callable[[int, int], float],
                   threshold: float) -> tuple[list[tuple[int, int]], dict[tuple[int, int], float]]:
    """Candidate pairs of `n` rows decided on the text: (pairs scored >= threshold, every score
    computed). A pair whose rows are already joined through verified pairs is not scored: one
    verified match joins a cluster, so the work stays linear in cluster size."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges, scores = [], {}
    for i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        s = scores[i, j] = score(i, j)
        if s >= threshold:
            parent[max(ri, rj)] = min(ri, rj)
            edges.append((i, j))
    return edges, scores
