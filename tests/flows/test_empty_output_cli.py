"""An output whose only run read no input (README-only tester ATK5, finding 2): each table folder
still holds a shard, so the README's loading lines (`read_parquet('out/passages/*.parquet')` in
DuckDB and polars) give 0 rows with the documented columns instead of "No files found"; `verify`
passes; later runs and `compact` work on it, and a run that again reads nothing adds no file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyarrow.dataset as ds

from flows.storage import schemas
from tests.flows.cli_support import check_nothing_lost, cli, records, write_jsonl

SCHEMAS = {"documents": schemas.DOCUMENTS, "passages": schemas.PASSAGES, "rejects": schemas.REJECTS}


def _read_every_way(out: Path, table: str) -> list[tuple[str, int, list[str]]]:
    """(reader, rows, columns) of the table folder read by each reader the README names."""
    glob = str(out / table / "*.parquet")
    t = ds.dataset(out / table, format="parquet").to_table()
    got = [("pyarrow.dataset", t.num_rows, t.column_names)]
    if importlib.util.find_spec("duckdb"):
        import duckdb

        rel = duckdb.sql(f"select * from read_parquet('{glob}')")
        got.append(("duckdb", len(rel.fetchall()), rel.columns))
    if importlib.util.find_spec("polars"):
        import polars as pl

        frame = pl.read_parquet(glob)
        got.append(("polars", frame.height, frame.columns))
    return got


def test_a_first_run_without_input_leaves_every_table_readable(tmp_path: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 0, done.stderr
    for table, schema in SCHEMAS.items():
        for reader, n, columns in _read_every_way(out, table):
            assert (n, columns) == (0, schema.names), (table, reader)
    if importlib.util.find_spec("duckdb"):  # the README's own line
        import duckdb

        assert duckdb.sql(f"select outlet, count(*) from read_parquet('{out}/passages/*.parquet') "
                          "where duplicate_of is not null group by outlet").fetchall() == []
    assert cli("verify", str(out)).returncode == 0
    # nothing read again: no new file; then a run with input, and compaction, on top of the empty shards
    shards = sorted(p.name for t in SCHEMAS for p in (out / t).glob("*.parquet"))
    assert cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api).returncode == 0
    assert sorted(p.name for t in SCHEMAS for p in (out / t).glob("*.parquet")) == shards
    write_jsonl(inputs / "a.jsonl", records("a", range(3)))
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 0, done.stderr
    done = cli("compact", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    check_nothing_lost(out, {"a0", "a1", "a2"})
    assert cli("verify", str(out)).returncode == 0
    for table, schema in SCHEMAS.items():
        for reader, n, columns in _read_every_way(out, table):
            assert columns == schema.names, (table, reader)
            assert n == 3 if table == "documents" else n == 0 if table == "rejects" else n >= 3, (table, reader)
