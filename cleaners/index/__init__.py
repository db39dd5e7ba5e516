"""The LSH index of earlier runs' passages: one interface, two backends.

`base.PassageIndex` is the interface every stage uses (lookup, add, sync, remove);
`embedded.EmbeddedIndex` keeps the band keys in memory-mapped Arrow parts under the output's
`state/index/` (`parts` holds the part format and its lookup); `redis_lsh.RedisIndex` keeps them
in Redis through datasketch's `MinHashLSH` and still writes the parts, so an output can move
between modes. The backends take plain settings (paths, connection keywords, thresholds), never
a run configuration: `flows/engines/index.py` builds the one a run needs. May import only the
standard library, third-party packages and other `cleaners` modules.

The part-level functions stay importable from here (`from cleaners import index as ix`).

A new backend: (1) `cleaners/index/<name>.py`, a `PassageIndex` subclass taking plain settings
(lookup with the same `max_bucket` rule, add returning the `IndexChange` the commit applies,
remove; check and sync when it has a server); write the Arrow parts too, through `EmbeddedIndex`,
so an output stays portable; (2) export it here; (3) its options as `RunConfig` fields
(`flows/config.py`) and, when it needs credentials, a `flows/engines/<name>.py` that builds it;
(4) choose it in `flows/engines/index.py:open_index`; (5) a test that compares its Parquet output
with the embedded mode's (as `tests/flows/test_redis.py`).
"""

from cleaners.index.base import IndexChange, PassageIndex
from cleaners.index.embedded import EmbeddedIndex
from cleaners.index.parts import compact, index_parts, lookup, passage_key, read_part, write_part

__all__ = ["EmbeddedIndex", "IndexChange", "PassageIndex", "compact", "index_parts", "lookup", "passage_key",
           "read_part", "write_part"]
