"""newsclean's pure library: text in, records out. No Prefect, no `flows` import.

One concept per module: `normalize` (NFC, whitespace, tone-unified match keys), `decode` (bytes to
text), `extract` (trafilatura), `dateline`, `rules/` (boilerplate patterns as data, one TOML per
language; `name_heads.toml`: words heading a name, `formulae.toml`: newsroom stock phrases, both for `verify`), `boilerplate` (the rule engine),
`learned` (per-outlet boilerplate learned from the data), `passages` (splitting), `minhash`
(signatures), `lsh` (band keys), `index/` (the persisted LSH index: one interface, embedded and Redis
backends), `verify` (the text check of a candidate pair), `short_lines` (copied titles by exact
match), `clustering` (union-find and canonical copies). May import only the standard library and
third-party packages.
"""
