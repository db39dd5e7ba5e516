"""Are two output folders the same data? Compares every table row by row, ignoring what differs
between runs by design (run ids, processing times, shard names).

    python -m bench.compare_outputs OUT_A OUT_B      # exit 0 when equal, 1 with a diff summary

Used to show that a refactor or a speed change alters no answer (same Parquet on the seeds and
VNTC before and after).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

VOLATILE = {"run_id", "processed_at"}
KEYS = {"documents": ["doc_id"], "passages": ["passage_id"], "rejects": ["source", "doc_id", "reason", "detail"]}


def table_rows(output: Path, table: str) -> pa.Table | None:
    folder = output / table
    files = sorted(folder.glob("*.parquet")) if folder.exists() else []
    if not files:
        return None
    t = ds.dataset([str(f) for f in files], format="parquet").to_table()
    t = t.select([c for c in t.column_names if c not in VOLATILE])
    keys = [k for k in KEYS.get(table, []) if k in t.column_names]
    return t.sort_by([(k, "ascending") for k in keys]) if keys else t


def digest(t: pa.Table) -> str:
    h = hashlib.sha256()
    for row in t.to_pylist():
        h.update(repr(sorted(row.items())).encode("utf-8"))
    return h.hexdigest()


def compare(a: Path, b: Path) -> list[str]:
    problems = []
    for table in KEYS:
        ta, tb = table_rows(a, table), table_rows(b, table)
        if ta is None and tb is None:
            continue
        if ta is None or tb is None:
            problems.append(f"{table}: present in only one output")
            continue
        if set(ta.column_names) != set(tb.column_names):
            problems.append(f"{table}: columns differ: {sorted(set(ta.column_names) ^ set(tb.column_names))}")
            common = [c for c in ta.column_names if c in tb.column_names]
            ta, tb = ta.select(common), tb.select(common)
        tb = tb.select(ta.column_names)
        if ta.num_rows != tb.num_rows:
            problems.append(f"{table}: {ta.num_rows} rows vs {tb.num_rows}")
            continue
        if digest(ta) != digest(tb):
            for col in ta.column_names:
                diff = sum(x != y for x, y in zip(ta.column(col).to_pylist(), tb.column(col).to_pylist(), strict=True))
                if diff:
                    problems.append(f"{table}.{col}: {diff} of {ta.num_rows} rows differ")
        else:
            print(f"{table}: {ta.num_rows:,} rows identical")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems = compare(Path(argv[0]), Path(argv[1]))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
