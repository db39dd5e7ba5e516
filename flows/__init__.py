"""newsclean's Prefect side: everything that runs, stores and schedules the `cleaners` library.

Folders by role (each may import the ones below it, never the ones above):

- `flows/` itself, the Prefect skin and the command line: `flow` (the `clean-and-dedup` flow, a task
  per stage), `deploy` (`newsclean serve`), `cli` (`newsclean`), `options` (CLI options from the
  config), `config` (the one `RunConfig`), `report` (summary and Markdown report), `prefect_env`.
- `flows/run/`: one run's stages over a `RunContext` (`stages`: plan, extract, learn, sign;
  `find_duplicates`; `publish`: write and commit), the per-batch work done in worker processes
  (`batch_work`), the process pool (`executor`) and `lifeline`. No Prefect import.
- `flows/storage/`: the output folder (`store`: lock, staging, atomic commit, recovery), the table
  schemas (`schemas`) and reading inputs (`sources`). No Prefect import; imports only `cleaners`.
- `flows/engines/`: optional scale-out engines, Dask (`dask_cluster`); the run's passage index
  (`index.open_index`: embedded Arrow parts or Redis, both in `cleaners/index/`) and the Redis
  URL, password and check that build the Redis backend (`redis_index`).

`cleaners/` (the pure library) imports nothing from here.
"""
