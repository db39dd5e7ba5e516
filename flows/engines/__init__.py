"""Optional engines a run can scale out on: `dask_cluster` (a Dask client or local cluster for
the per-batch work), `index` (`open_index`: the run's passage index, embedded or Redis, behind
`cleaners.index.PassageIndex`) and `redis_index` (the Redis URL, password, prefix and check that
build the Redis backend). May import `cleaners`, `flows.config` and `flows.storage`.
"""
