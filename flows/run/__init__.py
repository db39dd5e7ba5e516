"""One run, as plain functions over a `RunContext` (no Prefect import).

`stages` holds the stages in order (plan -> extract -> learn -> sign -> find duplicates -> write ->
commit); `learn_lines`, `find_duplicates` and `publish` hold the later ones (`run_passages`, `within_run` and
`cluster_chunks` are find-duplicates' parts that keep its memory to a batch's worth). `batch_work` is what a worker process
does to one batch file; `executor` runs it on a process pool (or Dask); `lifeline` makes workers
die with their parent. May import `cleaners`, `flows.config`, `flows.storage`, `flows.engines` and
`flows.report` (plain Markdown rendering, no Prefect).
"""
