"""Optional engines a run can scale out on: `dask_cluster` (a Dask client or local cluster for
the per-batch work) and `redis_index` (the LSH index of earlier runs kept in Redis). May import
`cleaners` and `flows.config`.
"""
