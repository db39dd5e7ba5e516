"""newsclean's Prefect side: everything that runs, stores and schedules the `cleaners` library.

Folders by role (each may import the ones below it, never the ones above):

- `flows/` itself, the Prefect skin and the command line: `flow` (the `clean-and-dedup` flow, a task
  per stage), `compaction` (the `compact-output` flow), `deploy` and `serving` (`newsclean serve`
  and stopping it cleanly), `form` (the flow's parameters and UI form), `cli` (`newsclean`),
  `options` (CLI options from the config), `progress` (terminal progress), `config` (the one
  `RunConfig`), `report` (summary and Markdown report), `embedded_server` (the run's temporary
  Prefect API server, which dies with it), `prefect_env`.
- `flows/run/`: one run's stages over a `RunContext` (`stages`: plan, extract, learn, sign;
  `find_duplicates`; `publish`: write and commit), the per-batch work done in worker processes
  (`batch_work`), the process pool (`executor`), `lifeline`, and `noop` (the "nothing new" check
  made before Prefect starts). No Prefect import.
- `flows/storage/`: the output folder (`store`: lock, staging, atomic commit, recovery; `shards`: writing shards;
  `integrity`: start-of-run check, verify, repair; `compact`, `forget`), the table schemas
  (`schemas`) and reading inputs (`sources`). No Prefect import.
- `flows/engines/`: the run's passage index (`index.open_index`, the one factory), the Redis
  settings and credentials (`redis_index`) and Dask (`dask_cluster`).

`cleaners/` (the pure library) imports nothing from here.
"""
