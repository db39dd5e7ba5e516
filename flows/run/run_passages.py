"""This run's indexed passages as the find-duplicates stage reads them: small per-row arrays in memory,
signatures, band keys and texts on disk (issue 17: memory grows with the batch, not the run).

Rows are the indexed passages in batch order (the order of `sign`'s `<batch>.sig.npy` files). In
memory per row: words, a document number and a content number (equal texts, by a 128-bit hash of
the text, share one): about 16 bytes. Signatures and band keys are copied once into two staging
files and memory-mapped a chunk at a time; texts, ids and the other columns are read batch by batch,
only for the rows asked for, and texts are kept once per content.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners.verify import Tokens, passage_tokens

SIGS, KEYS_T = "run.sigs.npy", "run.keys_t.npy"  # (n, num_perm) signatures; (bands, n) band keys


def _write_npy(path: Path, dtype: np.dtype, shape: tuple[int, ...]) -> tuple[object, int]:
    """An open `.npy` file of `shape` with its header written; (file, header bytes)."""
    fh = open(path, "w+b")  # noqa: SIM115 - closed by the caller
    np.lib.format.write_array_header_2_0(fh, {"descr": np.dtype(dtype).str, "fortran_order": False, "shape": shape})
    return fh, fh.tell()


class RunPassages:
    """The indexed passages of a run's staging folder (see the module docstring)."""

    def __init__(self, staging: Path, bases: list[str], num_perm: int, bands: int) -> None:
        self.staging, self.bases = staging, bases
        sizes = [np.load(f"{b}.sig.npy", mmap_mode="r").shape[0] for b in bases]
        self.starts = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
        self.n = n = int(self.starts[-1])
        self.num_perm, self.bands = num_perm, bands
        words, docs, hashes = [], [], []
        doc_base = 0
        sig_fh, _ = _write_npy(staging / SIGS, np.uint32, (n, num_perm))
        key_fh, key_at = _write_npy(staging / KEYS_T, np.uint32, (bands, n))
        with sig_fh, key_fh:
            for k, base in enumerate(bases):
                t = pq.read_table(f"{base}.passages.parquet", columns=["doc_id", "n_words", "indexed"])
                t = t.filter(pc.field("indexed"))
                m = t.num_rows
                assert m == sizes[k], "signatures and passages out of step"
                words.append(t.column("n_words").to_numpy().astype(np.int32))
                # a number per document (rows of one document are consecutive, documents never span batches),
                # compared in Arrow (issue 17: no Python string per row)
                doc = t.column("doc_id").combine_chunks()
                change = pc.not_equal(doc.slice(1), doc.slice(0, m - 1)).to_numpy(zero_copy_only=False) if m > 1 \
                    else np.empty(0, bool)
                local = np.concatenate(([0], np.cumsum(change))) if m else np.empty(0, np.int64)
                docs.append((local + doc_base).astype(np.int64))
                doc_base += int(local[-1]) + 1 if len(local) else 0
                hashes.append(np.load(f"{base}.texthash.npy"))
                sig_fh.write(np.ascontiguousarray(np.load(f"{base}.sig.npy"), dtype=np.uint32).tobytes())
                keys = np.load(f"{base}.keys.npy")
                for b in range(bands):
                    key_fh.seek(key_at + (b * n + int(self.starts[k])) * 4)
                    key_fh.write(np.ascontiguousarray(keys[:, b], dtype=np.uint32).tobytes())
        self.n_words = np.concatenate(words) if words else np.empty(0, np.int32)
        self.doc_of = np.concatenate(docs) if docs else np.empty(0, np.int64)
        h = np.concatenate(hashes) if hashes else np.empty((0, 2), np.uint64)
        # content number: rows of equal text share one (their match tokens, scores and signatures are equal)
        self.content = (np.unique(np.ascontiguousarray(h).view(np.dtype((np.void, 16))).ravel(), return_inverse=True)[1]
                        .astype(np.int64).ravel() if len(h) else np.empty(0, np.int64))
        self._texts: dict[int, str] = {}  # content -> text, for the contents asked for
        self._tokens: OrderedDict[int, list[str]] = OrderedDict()  # a bounded cache of match tokens

    def __len__(self) -> int:
        return self.n

    # -- on disk ----------------------------------------------------------------------------------

    def sigs(self) -> np.ndarray:
        """All signatures, memory-mapped (drop the reference to unmap: its pages then leave the process)."""
        return np.load(self.staging / SIGS, mmap_mode="r")

    def sig_rows(self, rows: np.ndarray) -> np.ndarray:
        """Signatures of `rows` (a copy)."""
        mm = self.sigs()
        try:
            return np.asarray(mm[np.asarray(rows, dtype=np.int64)])
        finally:
            del mm

    def band(self, b: int) -> np.ndarray:
        """Band `b`'s keys of every row (a copy)."""
        mm = np.load(self.staging / KEYS_T, mmap_mode="r")
        try:
            return np.array(mm[b])
        finally:
            del mm

    def key_rows(self, start: int, stop: int) -> np.ndarray:
        """(stop - start, bands) keys of a range of rows."""
        mm = np.load(self.staging / KEYS_T, mmap_mode="r")
        try:
            return np.ascontiguousarray(mm[:, start:stop].T)
        finally:
            del mm

    def batch_rows(self, rows: np.ndarray) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
        """(batch number, rows in it, their positions among the batch's indexed passages) of sorted `rows`."""
        rows = np.asarray(rows, dtype=np.int64)
        at = np.searchsorted(self.starts, rows, side="right") - 1
        for k in np.unique(at):
            mine = rows[at == k]
            yield int(k), mine, mine - self.starts[k]

    def table(self, rows: np.ndarray, names: list[str]) -> pa.Table:
        """Columns `names` of sorted unique `rows`, in row order (Arrow: no Python object per value)."""
        parts = []
        for k, _, pos in self.batch_rows(rows):
            t = pq.read_table(f"{self.bases[k]}.passages.parquet", columns=[*names, "indexed"])
            parts.append(t.filter(pc.field("indexed")).take(pa.array(pos)).select(names))
        if not parts:
            return pq.read_schema(f"{self.bases[0]}.passages.parquet").empty_table().select(names) if self.bases \
                else pa.table({c: pa.array([], pa.string()) for c in names})
        return pa.concat_tables(parts).combine_chunks()

    def columns(self, rows: np.ndarray, names: list[str]) -> dict[str, list]:
        """Columns `names` of sorted unique `rows`, as Python lists in row order."""
        t = self.table(rows, names)
        return {c: t.column(c).to_pylist() for c in names}

    # -- texts ------------------------------------------------------------------------------------

    def load_texts(self, rows: np.ndarray) -> None:
        """Keep the text of each content of `rows` (once per content)."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(rows):
            return
        contents, first = np.unique(self.content[rows], return_index=True)
        missing = np.array([c not in self._texts for c in contents.tolist()], dtype=bool)
        want = np.sort(rows[first[missing]]) if missing.any() else np.empty(0, np.int64)
        if not len(want):
            return
        got = self.columns(want, ["text"])["text"]
        for row, text in zip(want.tolist(), got, strict=True):
            self._texts[int(self.content[row])] = text

    def tokens(self, row: int) -> list[str]:
        """Match tokens of a row (its text must have been loaded)."""
        c = self.content.item(row)  # a Python int without a NumPy scalar (read once per pair compared)
        got = self._tokens.get(c)
        if got is None:
            text = self._texts.get(c)
            if text is None:  # not asked for in advance: read it now
                self.load_texts(np.array([row]))
                text = self._texts[c]
            got = self._tokens[c] = passage_tokens(text)  # match tokens that know their names
            if len(self._tokens) > TOKEN_CACHE:
                self._tokens.popitem(last=False)
        else:
            self._tokens.move_to_end(c)
        return got

    def __getitem__(self, row: int) -> list[str]:
        return self.tokens(row)

    def kept_tokens(self, since: set[int]) -> list[tuple[int, list[str], int, int]]:
        """The kept match tokens of contents not in `since` (content, tokens, names, proper): what a forked
        copy tokenised, to send back (issue 17: a tenth of tokenising them again)."""
        return [(c, list(t), t.names, t.proper) for c, t in self._tokens.items() if c not in since]

    def keep_tokens(self, kept: list[tuple[int, list[str], int, int]]) -> None:
        """Keep match tokens another process computed (`kept_tokens`)."""
        for c, words, names, proper in kept:
            if c not in self._tokens:
                t = self._tokens[c] = Tokens(words)
                t.names, t.proper = names, proper
        while len(self._tokens) > TOKEN_CACHE:
            self._tokens.popitem(last=False)


# contents whose match tokens are kept (least recently used dropped): about 0.7 KB each, so at most
# ~46 MB. 8192 made the 180k corpus tokenise 90k texts for the 40k it verifies; 32768 still 62k (the
# cluster pass asked again for 18k texts the verification had dropped); 65536: 40k, each once (issue 17)
TOKEN_CACHE = 1 << 16


class ParquetRows:
    """A Parquet file read front to back a few rows at a time (`next_rows`), or one column as a lazy
    sequence (`passage_ids`): the whole file is never held."""

    def __init__(self, path: Path, chunk: int = 1 << 16) -> None:
        self.path, self.chunk = path, chunk
        self._batches: Iterator | None = None
        self._buffer: list = []
        self._buffered = 0

    def next_rows(self, n: int) -> pa.Table:
        if self._batches is None:
            self._batches = pq.ParquetFile(self.path).iter_batches(batch_size=self.chunk)
        while self._buffered < n:
            batch = next(self._batches)
            self._buffer.append(batch)
            self._buffered += batch.num_rows
        t = pa.Table.from_batches(self._buffer, schema=pq.read_schema(self.path)) if self._buffer else None
        if t is None:
            return pq.read_schema(self.path).empty_table()
        rest = t.slice(n)
        self._buffer, self._buffered = rest.to_batches(), rest.num_rows
        return t.slice(0, n)

    def passage_ids(self) -> PassageIds:
        return PassageIds(self.path)


class PassageIds(Sequence[str]):
    """The `passage_id` column of a Parquet file as a sequence read a row group at a time."""

    def __init__(self, path: Path) -> None:
        self.path, self.n = path, pq.read_metadata(path).num_rows

    def __len__(self) -> int:
        return self.n

    def __iter__(self) -> Iterator[str]:
        pf = pq.ParquetFile(self.path)
        for rg in range(pf.num_row_groups):
            yield from pf.read_row_group(rg, columns=["passage_id"]).column(0).to_pylist()

    def __getitem__(self, i):  # noqa: ANN001 - a sequence's index or slice
        return list(self)[i]
