"""The Redis backend: datasketch `MinHashLSH` on Redis storage, next to the embedded parts.

Keys of one output folder share a prefix (datasketch's `basename`). Under it datasketch keeps
`<prefix>_keys` (hash: passage id -> its band list) and `<prefix>_bucket_<band>` bucket sets;
newsclean adds `<prefix>settings` (the dedup settings the index was built with) and
`<prefix>runs` (run ids whose passages are in the index). A run inserts its passages before its
commit; a committed run missing from `<prefix>runs` (Redis restarted without persistence, or an
output made in embedded mode) is re-inserted from its shards before the next lookup.

Signatures are our uint32 MinHash values, which are datasketch's own (scheme "affine32",
seed 1, `hashfunc=cleaners.minhash.shingle_hash`), so other datasketch clients can query the
same index. The Arrow index parts are still written (through `EmbeddedIndex`), so an output can
move between embedded and Redis mode.

Plain settings only (`RedisSettings`: connection keywords, key prefix, thresholds); checking
credentials and building the settings from a run's configuration is `flows/engines/redis_index`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from cleaners.index import parts
from cleaners.index.base import MAX_BUCKET, MIN_BANDS, IndexChange, PassageIndex
from cleaners.index.embedded import EmbeddedIndex
from cleaners.lsh import lsh_params
from cleaners.minhash import MinHasher
from cleaners.normalize import match_tokens

CHUNK = 20_000  # passages per pipelined round trip

# (passage ids, texts) of committed passages, one batch at a time (e.g. one shard)
PassageTexts = Callable[[], Iterable[tuple[list[str], list[str]]]]


@dataclass(frozen=True)
class RedisSettings:
    connection: dict  # redis.Redis keyword arguments (host, port, db, password, ...)
    prefix: str
    threshold: float
    num_perm: int
    ngram: int
    dedup_settings: dict = field(default_factory=dict)  # stored under <prefix>settings

    @property
    def stored_settings(self) -> dict[str, str]:
        """What `<prefix>settings` holds for an index built with these settings."""
        bands, rows = lsh_params(self.threshold, self.num_perm)
        return {k: str(v) for k, v in {**self.dedup_settings, "bands": bands, "rows": rows, "scheme": "affine32"}.items()}


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, scheme="affine32").permutations


def minhash(sig: np.ndarray, num_perm: int):
    """A datasketch MinHash holding one of our uint32 signatures."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, scheme="affine32", hashvalues=sig, permutations=_permutations(num_perm))


def _band_hashes(lsh, sig: np.ndarray) -> list[bytes]:
    return [lsh._H(sig[start:end]) for start, end in lsh.hashranges]


class RedisIndex(PassageIndex):
    """Lookups and inserts through Redis; the Arrow parts of `directory` are written too, and are
    where `sync` learns which committed runs Redis is missing (texts come from `passage_texts`)."""

    def __init__(self, settings: RedisSettings, directory: Path, passage_texts: PassageTexts) -> None:
        self.settings = settings
        self.parts = EmbeddedIndex(directory)
        self.passage_texts = passage_texts

    def client(self, **extra):
        import redis

        return redis.Redis(**self.settings.connection, **extra)

    def open_lsh(self):
        """A datasketch MinHashLSH on this index's Redis keys (built per call: never pass it around)."""
        from datasketch import MinHashLSH

        s = self.settings
        return MinHashLSH(
            threshold=s.threshold,
            num_perm=s.num_perm,
            params=lsh_params(s.threshold, s.num_perm),
            storage_config={"type": "redis", "basename": s.prefix.encode("utf-8"), "redis": s.connection,
                            # plain pipelining: a half-done insert only leaves entries the next insert replaces
                            "redis_buffer": {"transaction": False}},
            prepickle=False,
        )

    def query_many(self, sigs: np.ndarray, max_bucket: int | None = None, min_bands: int = 1) -> list[set[str]]:
        """For each signature, the ids of indexed passages sharing a band: `MinHashLSH.query`, but
        pipelined, one SUNION per signature (instead of a round trip per band and signature).
        Buckets of more than `max_bucket` members are left out (their sizes asked first); with
        `min_bands` > 1 the buckets are read one by one and only ids in that many are kept."""
        lsh = self.open_lsh()
        r = lsh.keys._redis
        out: list[set[str]] = []
        for start in range(0, len(sigs), CHUNK):
            chunk = sigs[start : start + CHUNK].astype(np.uint32)
            buckets = [[table.redis_key(h) for table, h in zip(lsh.hashtables, _band_hashes(lsh, sig), strict=True)]
                       for sig in chunk]
            if max_bucket is not None:
                pipe = r.pipeline(transaction=False)
                for keys in buckets:
                    for key in keys:
                        pipe.scard(key)
                sizes = iter(pipe.execute())
                buckets = [[key for key in keys if next(sizes) <= max_bucket] for keys in buckets]
            pipe = r.pipeline(transaction=False)
            if min_bands > 1:
                for keys in buckets:
                    for key in keys:
                        pipe.smembers(key)
                members = iter(pipe.execute())
                for keys in buckets:
                    shared = Counter(m for _ in keys for m in next(members))
                    out.append({k.decode("utf-8") for k, c in shared.items() if c >= min_bands})
                continue
            for keys in buckets:  # one SUNION of the signature's band buckets
                if keys:
                    pipe.sunion(keys)
            found = iter(pipe.execute())
            out += [{k.decode("utf-8") for k in next(found)} if keys else set() for keys in buckets]
        return out

    def lookup(self, keys: np.ndarray, sigs: np.ndarray, max_bucket: int | None = MAX_BUCKET,
               min_bands: int = MIN_BANDS) -> tuple[np.ndarray, np.ndarray]:
        """Committed runs missing from Redis are inserted first."""
        self.sync()
        found_ids = self.query_many(sigs, max_bucket, min_bands)
        pairs = [(row, parts.passage_key(pid)) for row, found in enumerate(found_ids) for pid in found]
        if not pairs:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
        arr = np.unique(np.array(pairs, dtype=np.uint64), axis=0)
        return arr[:, 0].astype(np.int64), arr[:, 1]

    def _delete(self, lsh, keys: list[bytes]) -> None:
        r = lsh.keys._redis
        existing: list[bytes] = []
        for start in range(0, len(keys), CHUNK):
            pipe = r.pipeline(transaction=False)
            for k in keys[start : start + CHUNK]:
                pipe.hexists(lsh.keys._name, k)
            existing += [k for k, hit in zip(keys[start : start + CHUNK], pipe.execute(), strict=True) if hit]
        if existing:
            with lsh.deletion_session(buffer_size=CHUNK) as session:
                for k in existing:
                    session.remove(k)

    def insert(self, run_id: str, passage_ids: list[str], sigs: np.ndarray) -> int:
        """Add a run's passages (batched through an insertion session), replacing entries of the
        same ids (a reprocessed document, or a run that crashed after its insert); then record the run."""
        lsh = self.open_lsh()
        r, key = lsh.keys._redis, self.settings.prefix
        r.hset(f"{key}settings", mapping=self.settings.stored_settings)
        keys = [pid.encode("utf-8") for pid in passage_ids]
        self._delete(lsh, keys)
        with lsh.insertion_session(buffer_size=CHUNK) as session:
            for k, sig in zip(keys, sigs, strict=True):
                session.insert(k, minhash(sig, self.settings.num_perm), check_duplication=False)
        r.sadd(f"{key}runs", run_id)
        return len(keys)

    def add(self, staging: Path, run_id: str, passage_ids: list[str], keys: np.ndarray,
            sigs: np.ndarray) -> IndexChange:
        change = self.parts.add(staging, run_id, passage_ids, keys, sigs)  # kept in Redis mode too
        if len(passage_ids):  # before the commit; a crash after it leaves only harmless extra entries
            self.insert(run_id, passage_ids, sigs)
        return change

    def remove(self, staging: Path, pkeys: np.ndarray) -> IndexChange:
        """Drops the passages from the parts; from Redis too, where their ids are found in the
        committed texts."""
        drop = set(np.asarray(pkeys, dtype=np.uint64).tolist())
        ids = [pid for batch, _ in self.passage_texts() for pid in batch if parts.passage_key(pid) in drop]
        self._delete(self.open_lsh(), [pid.encode("utf-8") for pid in ids])
        return self.parts.remove(staging, pkeys)

    def sync(self) -> int:
        """Insert committed runs missing from Redis (from their index parts and passage texts);
        returns the passages inserted."""
        have = {m.decode() for m in self.client().smembers(f"{self.settings.prefix}runs")}
        owner: dict[int, str] = {}  # passage key -> the latest missing run that indexed it
        for part in parts.index_parts(self.parts.directory):
            if part.stem not in have:
                pkeys = parts.read_part(part).column("pkey").to_numpy()
                owner.update(dict.fromkeys(np.unique(pkeys).tolist(), part.stem))
        if not owner:
            return 0
        found: dict[str, tuple[list[str], list[str]]] = {run: ([], []) for run in set(owner.values())}
        for ids, texts in self.passage_texts():
            for pid, text in zip(ids, texts, strict=True):
                run = owner.get(parts.passage_key(pid))
                if run is not None:
                    found[run][0].append(pid)
                    found[run][1].append(text)
        hasher = MinHasher(self.settings.num_perm, self.settings.ngram)
        total = 0
        for run, (ids, texts) in sorted(found.items()):
            total += self.insert(run, ids, hasher.signatures([match_tokens(t) or ["\u2205"] for t in texts]))
        return total
