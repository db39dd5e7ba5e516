"""The output folder and the inputs: `store` (layout, one-writer lock, staging, atomic commit,
crash recovery), `schemas` (the Arrow schemas of every table: the downstream contract) and
`sources` (finding input files and reading their records). May import `cleaners` only.
"""
