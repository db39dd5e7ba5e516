"""The LSH index of earlier runs' passages: one interface, two backends.

`base.PassageIndex` is the interface every stage uses (lookup, add, sync, remove);
`embedded.EmbeddedIndex` keeps the band keys in memory-mapped Arrow parts under the output's
`state/index/` (`parts` holds the part format and its lookup); `redis_lsh.RedisIndex` keeps them
in Redis through datasketch's `MinHashLSH` and still writes the parts, so an output can move
between modes. The backends take plain settings (paths, connection keywords, thresholds), never
a run configuration: `flows/engines/index.py` builds the one a run needs. May import only the
standard library, third-party packages and other `cleaners` modules.

The part-level functions stay importable from here (`from cleaners import index as ix`).
"""

from cleaners.index.base import IndexChange, PassageIndex
from cleaners.index.embedded import EmbeddedIndex
from cleaners.index.parts import compact, index_parts, lookup, passage_key, read_part, write_part

__all__ = ["EmbeddedIndex", "IndexChange", "PassageIndex", "compact", "index_parts", "lookup", "passage_key",
           "read_part", "write_part"]
