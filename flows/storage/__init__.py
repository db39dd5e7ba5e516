"""The output folder and the inputs: `store` (layout, one-writer lock, staging, atomic commit,
crash recovery), `integrity` (the start-of-run check, `newsclean verify` and `repair`), `compact`
(merging small shards) and `forget` (takedowns), `schemas` (the Arrow schemas of every table: the
downstream contract), `folders` (walking an input folder, through symlinked folders) and `sources`
(finding input files and reading their records). No Prefect
import; may import `cleaners`, `flows.config` and the index factory in `flows.engines`.
"""
