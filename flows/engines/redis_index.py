"""Redis for a run: the Prefect-side half of the Redis index backend.

The backend itself (datasketch `MinHashLSH` on Redis storage, key layout, sync from the shards)
is `cleaners/index/redis_lsh.py`. Here: the URL and its password (kept out of Prefect: masked in
stored parameters, moved to `NEWSCLEAN_REDIS_PASSWORD`, or read from a Prefect Secret block),
the key prefix of an output folder (`--redis-prefix`, default
`newsclean:<first 12 hex of sha1(resolved output path)>:`), the fail-fast check before a run, and
`backend`, which builds the `RedisIndex` from a `RunConfig`.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from cleaners.index.redis_lsh import PassageTexts, RedisIndex, RedisSettings
from flows.config import RunConfig

PASSWORD_ENV = "NEWSCLEAN_REDIS_PASSWORD"


class RedisIndexError(RuntimeError):
    """Redis cannot be used for this run (one-line reason)."""


class RedisSettingsError(RedisIndexError):
    """The Redis index under this prefix was built with other dedup settings (a usage error, exit 2)."""


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


def settings(config: RunConfig) -> RedisSettings:
    """The backend's plain settings for this run (connection with the password, prefix, thresholds)."""
    return RedisSettings(_connection(config), prefix(config), config.threshold, config.num_perm, config.ngram,
                         config.dedup_settings)


def _settings(config: RunConfig) -> dict[str, str]:
    return settings(config).stored_settings


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
        flags = " ".join(f"--{k.replace('_', '-')} {stored[k]}" for k in ("threshold", "ngram", "num_perm") if k in stored)
        raise RedisSettingsError(f"the Redis index {key!r} was built with other dedup settings: {diff}; earlier "
                                 f"passages could not be matched with these. Run with the stored settings ({flags}), "
                                 "or use another --redis-prefix with a new --output")


class _CheckedRedisIndex(RedisIndex):
    """The backend with this run's fail-fast check (one-line errors, no password)."""

    def __init__(self, config: RunConfig, index_dir: Path, passage_texts: PassageTexts) -> None:
        super().__init__(settings(config), index_dir, passage_texts)
        self.config = config

    def check(self) -> None:
        check(self.config)


def backend(config: RunConfig, index_dir: Path, passage_texts: PassageTexts) -> RedisIndex:
    """The Redis index backend of this run (see `cleaners.index.redis_lsh`)."""
    return _CheckedRedisIndex(config, index_dir, passage_texts)
