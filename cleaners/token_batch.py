"""Match tokens of many texts at once, with NumPy instead of a Python string per word (issue 17).

`tokenize(texts)` gives the same tokens as `[normalize.match_tokens(t) for t in texts]`, as numbers: each
text's token count, and for every token (texts concatenated) an index into the batch's distinct match forms.
How: the batch is joined by line breaks, NFC'd and lower-cased in one call each (neither looks across a line
break, see `match_tokens`), and read as code points; a table built from `normalize._WORD` itself (every code
point tried once) says which code points are word characters, so a word is a maximal run of them, exactly
as `_WORD.findall` finds it. A word of at most 8 characters is packed, its characters numbered by a
per-process alphabet of at most 255 word characters, into one 64-bit integer (an exact key, no hash), and
only distinct keys meet Python (their word is cut out of the text once per process and given its match form
by `normalize`'s own cache); longer words are read in Python. A text holding a line break, or a batch that
would take the alphabet past 255 characters, goes through `match_tokens` itself.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleaners import normalize

_PACK = 8  # characters packed into one key (8 bits each)
_MAX_CODES = 255  # word characters one process numbers (code 0: not numbered yet)
_CACHE_MAX = 2_000_000  # packed keys remembered with their match form


@dataclass(frozen=True)
class TokenBatch:
    """The match tokens of a batch of texts: `lengths[i]` tokens for text i; `ids` holds every token of the
    batch (texts in order) as an index into `forms`, the batch's distinct match forms (a form may occur
    twice: "hoà" and "hòa" are two words of one form)."""

    lengths: np.ndarray  # int64, one per text
    ids: np.ndarray  # int64, one per token
    forms: list[str]

    def offsets(self) -> np.ndarray:
        """Where each text's tokens start in `ids` (one more entry: the end)."""
        out = np.zeros(len(self.lengths) + 1, dtype=np.int64)
        np.cumsum(self.lengths, out=out[1:])
        return out

    def tokens(self, i: int, offsets: np.ndarray | None = None) -> list[str]:
        """Text i's match tokens (`normalize.match_tokens` of it)."""
        off = self.offsets() if offsets is None else offsets
        forms = self.forms
        return [forms[k] for k in self.ids[off[i] : off[i + 1]].tolist()]


class _State:
    """Per process: which code points are word characters and their numbers; packed key -> match form."""

    def __init__(self) -> None:
        self.table: np.ndarray | None = None  # int16 per code point: -1 no word character, 0 not numbered, else code
        self.codes = 0
        self.forms: dict[int, str] = {}

    def word_table(self) -> np.ndarray:
        if self.table is None:
            table = np.full(0x110000, -1, dtype=np.int16)
            every = "".join(map(chr, range(0x110000)))
            for m in normalize._WORD.finditer(every):  # noqa: SLF001 - the very class match_tokens uses
                table[m.start() : m.end()] = 0
            self.table = table
        return self.table


_STATE = _State()


def warm() -> None:
    """Build the word-character table now (a process that forks workers builds it once for all of them)."""
    _STATE.word_table()


def _python(texts: list[str]) -> TokenBatch:
    """The reference path: `match_tokens` per text, distinct words numbered in Python."""
    ids: list[int] = []
    lengths = np.zeros(len(texts), dtype=np.int64)
    index: dict[str, int] = {}
    for i, text in enumerate(texts):
        toks = normalize.match_tokens(text)
        lengths[i] = len(toks)
        ids += [index.setdefault(t, len(index)) for t in toks]
    return TokenBatch(lengths, np.array(ids, dtype=np.int64), list(index))


def tokenize(texts: list[str]) -> TokenBatch:
    """`[match_tokens(t) for t in texts]` as a `TokenBatch` (see the module's docstring)."""
    n = len(texts)
    if n == 0:
        return TokenBatch(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), [])
    joined = unicodedata.normalize("NFC", "\n".join(texts)).lower()
    if joined.count("\n") != n - 1:  # a text with a line break of its own: its words are found the slow way
        return _python(texts)
    cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    state = _STATE
    table = state.word_table()
    code = table[cps]
    unnumbered = code == 0
    if unnumbered.any():
        new = np.unique(cps[unnumbered])
        if state.codes + len(new) > _MAX_CODES:
            return _python(texts)
        table[new] = np.arange(state.codes + 1, state.codes + 1 + len(new), dtype=np.int16)
        state.codes += len(new)
        code = table[cps]
    pos = np.flatnonzero(code > 0)  # every word character, in text order
    if len(pos) == 0:
        return TokenBatch(np.zeros(n, dtype=np.int64), np.zeros(0, dtype=np.int64), [])
    starts = np.empty(len(pos), dtype=bool)
    starts[0] = True
    np.not_equal(pos[1:], pos[:-1] + 1, out=starts[1:])
    wstart = np.flatnonzero(starts)  # each word's first character (index into pos)
    wlen = np.diff(np.append(wstart, len(pos)))
    # each word's first `_PACK` character codes (zero past its end) as the bytes of one integer
    chars = np.zeros(len(pos) + _PACK, dtype=np.uint8)
    chars[: len(pos)] = code[pos]
    window = np.lib.stride_tricks.sliding_window_view(chars, _PACK)[wstart]
    window *= np.arange(_PACK) < wlen[:, None]
    keys = window.view(np.uint64).ravel()
    first_char = pos[wstart]  # in `joined`
    ends = np.concatenate(([0], np.flatnonzero(cps == 10), [len(cps)]))
    lengths = np.diff(np.searchsorted(first_char, ends)).astype(np.int64)

    ids = np.empty(len(wstart), dtype=np.int64)
    short = wlen <= _PACK
    enc = pc.dictionary_encode(pa.array(keys[short]))
    distinct = enc.dictionary.to_numpy(zero_copy_only=False)
    inv = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    ids[short] = inv
    known = state.forms
    if len(known) > _CACHE_MAX:
        known.clear()
    forms: list[str] = []
    missing: list[int] = []
    for j, key in enumerate(distinct.tolist()):
        form = known.get(key)
        if form is None:
            missing.append(j)
            form = ""
        forms.append(form)
    if missing:
        # first occurrence of each distinct key: where the dictionary's index exceeds every one before it
        firsts = np.flatnonzero(np.concatenate(([True], inv[1:] > np.maximum.accumulate(inv)[:-1])))
        short_first = first_char[short]
        short_len = wlen[short]
        for j in missing:
            k = firsts[j]
            a = int(short_first[k])
            form = normalize._WORD_KEYS[joined[a : a + int(short_len[k])]]  # noqa: SLF001 - one cache of forms
            forms[j] = known[int(distinct[j])] = form
    if not short.all():
        longs: dict[str, int] = {}
        long_idx = np.flatnonzero(~short)
        out = []
        for a, m in zip(first_char[long_idx].tolist(), wlen[long_idx].tolist(), strict=True):
            word = joined[a : a + m]
            k = longs.get(word)
            if k is None:
                k = longs[word] = len(forms)
                forms.append(normalize._WORD_KEYS[word])  # noqa: SLF001
            out.append(k)
        ids[long_idx] = out
    return TokenBatch(lengths, ids, forms)
