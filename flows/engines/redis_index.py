"""The LSH index of earlier runs' passages kept in Redis (datasketch `MinHashLSH`, Redis storage).

Keys of one output folder share a prefix (datasketch's `basename`): `--redis-prefix`, default
`newsclean:<first 12 hex of sha1(resolved output path)>:`. Under it datasketch keeps
`<prefix>_keys` (hash: passage id -> its band list) and `<prefix>_bucket_<band>` bucket sets;
newsclean adds `<prefix>settings` (the dedup settings the index was built with) and
`<prefix>runs` (run ids whose passages are in the index). A run inserts its passages before its
commit; a committed run missing from `<prefix>runs` (Redis restarted without persistence, or an
output made in embedded mode) is re-inserted from its shards before the next lookup.

Signatures are our uint32 MinHash values, which are datasketch's own (scheme "affine32",
seed 1, `hashfunc=cleaners.minhash.shingle_hash`), so other datasketch clients can query the
same index. The Parquet index parts in state/index/ are still written, so an output can move
between embedded and Redis mode.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import numpy as np
import pyarrow.parquet as pq

from cleaners import index as lsh_index
from cleaners.lsh import lsh_params
from cleaners.minhash import MinHasher
from cleaners.normalize import match_tokens
from flows.config import RunConfig

PASSWORD_ENV = "NEWSCLEAN_REDIS_PASSWORD"
_CHUNK = 20_000  # passages per pipelined round trip


class RedisIndexError(RuntimeError):
    """Redis cannot be used for this run (one-line reason)."""


def mask_url(url: str | None) -> str | None:
    """The URL with any password replaced by `***` (for logs, manifests and messages)."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password percent-decoded, or None)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host)), unquote(parts.password)


def keep_password_private(config: RunConfig) -> RunConfig:
    """Move a password out of `redis_url` into this process's environment (`PASSWORD_ENV`), so
    that Prefect, which stores a flow run's parameters, never sees it."""
    if not config.redis_url:
        return config
    url, password = split_password(config.redis_url)
    if password is None:
        return config
    os.environ[PASSWORD_ENV] = password
    return config.model_copy(update={"redis_url": url})


def public_parameters(params: dict) -> dict:
    """Run parameters safe to store: the Redis URL masked."""
    return {**params, "redis_url": mask_url(params.get("redis_url"))} if params.get("redis_url") else params


def prefix(config: RunConfig) -> str:
    if config.redis_prefix:
        return config.redis_prefix
    digest = hashlib.sha1(str(Path(config.output).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"newsclean:{digest}:"


def _password(config: RunConfig) -> str | None:
    if config.redis_password_block:
        from prefect.blocks.system import Secret

        try:
            return str(Secret.load(config.redis_password_block).get())
        except ValueError as err:
            raise RedisIndexError(f"cannot load Prefect Secret block {config.redis_password_block!r}: {err}") from None
    return os.environ.get(PASSWORD_ENV)


def _connection(config: RunConfig) -> dict:
    """redis.Redis keyword arguments from the URL (a password in the URL wins)."""
    from redis.connection import parse_url

    kw = parse_url(config.redis_url)
    kw.pop("connection_class", None)  # rediss:// sets ssl=True instead, which redis.Redis accepts
    if kw.get("password") is None:
        kw["password"] = _password(config)
    return {**kw, "socket_connect_timeout": 5, "socket_timeout": 60}


def _settings(config: RunConfig) -> dict[str, str]:
    bands, rows = lsh_params(config.threshold, config.num_perm)
    return {k: str(v) for k, v in {**config.dedup_settings, "bands": bands, "rows": rows, "scheme": "affine32"}.items()}


def _client(config: RunConfig, **extra):
    try:
        import redis
    except ImportError as err:
        raise RedisIndexError("the redis package is not installed: pip install 'newsclean[redis]'") from err
    return redis.Redis(**_connection(config), **extra)


def check(config: RunConfig) -> None:
    """Fail fast (RedisIndexError, one line, no password) if Redis is unreachable, refuses our
    credentials, or holds an index under this prefix built with other dedup settings."""
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    where, key = mask_url(config.redis_url), prefix(config)
    try:
        conn = _connection(config)
        r = _client(config, retry=Retry(NoBackoff(), 0))
        r.ping()
        stored = {k.decode(): v.decode() for k, v in r.hgetall(f"{key}settings").items()}
    except (redis.AuthenticationError, redis.ResponseError) as err:  # wrong password, or NOAUTH
        if conn.get("password") is None:
            raise RedisIndexError(f"Redis at {where} needs a password (in the URL, ${PASSWORD_ENV} or "
                                  "--redis-password-block)") from None
        raise RedisIndexError(f"Redis at {where} refused the password: {err}") from None
    except redis.RedisError as err:
        raise RedisIndexError(f"Redis at {where} is unreachable: {err}") from None
    want = _settings(config)
    if stored and stored != want:
        diff = ", ".join(f"{k}={stored.get(k)} (this run: {v})" for k, v in want.items() if stored.get(k) != v)
        raise RedisIndexError(f"the Redis index {key!r} was built with other dedup settings: {diff}")


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, scheme="affine32").permutations


def open_lsh(config: RunConfig):
    """A datasketch MinHashLSH on this output's Redis keys (built per call: never pass it around)."""
    from datasketch import MinHashLSH

    return MinHashLSH(
        threshold=config.threshold,
        num_perm=config.num_perm,
        params=lsh_params(config.threshold, config.num_perm),
        storage_config={"type": "redis", "basename": prefix(config).encode("utf-8"), "redis": _connection(config),
                        # plain pipelining: a half-done insert only leaves entries the next insert replaces
                        "redis_buffer": {"transaction": False}},
        prepickle=False,
    )


def minhash(sig: np.ndarray, num_perm: int):
    """A datasketch MinHash holding one of our uint32 signatures."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, scheme="affine32", hashvalues=sig, permutations=_permutations(num_perm))


def _band_hashes(lsh, sig: np.ndarray) -> list[bytes]:
    return [lsh._H(sig[start:end]) for start, end in lsh.hashranges]


def query_many(config: RunConfig, sigs: np.ndarray) -> list[set[str]]:
    """For each signature, the ids of indexed passages sharing a band: `MinHashLSH.query`, but
    pipelined, one SUNION per signature (instead of a round trip per band and signature)."""
    lsh = open_lsh(config)
    r = lsh.keys._redis
    out: list[set[str]] = []
    for start in range(0, len(sigs), _CHUNK):
        pipe = r.pipeline(transaction=False)
        chunk = sigs[start : start + _CHUNK].astype(np.uint32)
        for sig in chunk:  # one SUNION of the signature's band buckets
            pipe.sunion([table.redis_key(h) for table, h in zip(lsh.hashtables, _band_hashes(lsh, sig), strict=True)])
        out += [{k.decode("utf-8") for k in members} for members in pipe.execute()]
    return out


def lookup(config: RunConfig, store, sigs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indexed passages sharing a band with new rows: (new row indices, passage keys), the shape
    and order of `cleaners.index.lookup`. Committed runs missing from Redis are inserted first."""
    sync(config, store)
    pairs = [(row, lsh_index.passage_key(pid)) for row, found in enumerate(query_many(config, sigs)) for pid in found]
    if not pairs:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
    arr = np.unique(np.array(pairs, dtype=np.uint64), axis=0)
    return arr[:, 0].astype(np.int64), arr[:, 1]


def insert(config: RunConfig, run_id: str, passage_ids: list[str], sigs: np.ndarray) -> int:
    """Add a run's passages (batched through an insertion session), replacing entries of the same
    ids (a reprocessed document, or a run that crashed after its insert); then record the run."""
    lsh = open_lsh(config)
    r, key = lsh.keys._redis, prefix(config)
    r.hset(f"{key}settings", mapping=_settings(config))
    keys = [pid.encode("utf-8") for pid in passage_ids]
    existing: list[bytes] = []
    for start in range(0, len(keys), _CHUNK):
        pipe = r.pipeline(transaction=False)
        for k in keys[start : start + _CHUNK]:
            pipe.hexists(lsh.keys._name, k)
        existing += [k for k, hit in zip(keys[start : start + _CHUNK], pipe.execute(), strict=True) if hit]
    if existing:
        with lsh.deletion_session(buffer_size=_CHUNK) as session:
            for k in existing:
                session.remove(k)
    with lsh.insertion_session(buffer_size=_CHUNK) as session:
        for k, sig in zip(keys, sigs, strict=True):
            session.insert(k, minhash(sig, config.num_perm), check_duplication=False)
    r.sadd(f"{key}runs", run_id)
    return len(keys)


def sync(config: RunConfig, store) -> int:
    """Insert committed runs missing from Redis (from their index parts and passage shards);
    returns the passages inserted."""
    have = {m.decode() for m in _client(config).smembers(f"{prefix(config)}runs")}
    owner: dict[int, str] = {}  # passage key -> the latest missing run that indexed it
    for part in lsh_index.index_parts(store.index_dir):
        if part.stem not in have:
            pkeys = lsh_index.read_part(part).column("pkey").to_numpy()
            owner.update(dict.fromkeys(np.unique(pkeys).tolist(), part.stem))
    if not owner:
        return 0
    found: dict[str, tuple[list[str], list[str]]] = {run: ([], []) for run in set(owner.values())}
    for shard in store.shards("passages"):
        t = pq.read_table(shard, columns=["passage_id", "text"])
        for pid, text in zip(t.column("passage_id").to_pylist(), t.column("text").to_pylist(), strict=True):
            run = owner.get(lsh_index.passage_key(pid))
            if run is not None:
                found[run][0].append(pid)
                found[run][1].append(text)
    hasher = MinHasher(config.num_perm, config.ngram)
    total = 0
    for run, (ids, texts) in sorted(found.items()):
        total += insert(config, run, ids, hasher.signatures([match_tokens(t) or ["\u2205"] for t in texts]))
    return total
