"""The on-disk LSH index: parts, lookup, compaction, size."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cleaners.index import parts as ix

FORMATS = [".arrow", ".parquet"]


def _brute(parts: list[tuple[np.ndarray, np.ndarray]], keys: np.ndarray) -> list[tuple[int, int]]:
    out = set()
    for arch_keys, arch_pkeys in parts:
        for r, row in enumerate(keys):
            hit = np.isin(arch_keys, row).any(axis=1)
            out.update((r, int(p)) for p in arch_pkeys[hit])
    return sorted(out)


def _archive(tmp_path: Path, suffix: str, n_parts: int = 3, n: int = 200) -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(0)
    parts = []
    for i in range(n_parts):
        keys = rng.integers(0, 3000, (n, 14), dtype=np.uint32)
        pkeys = np.array([ix.passage_key(f"doc{i}-{k}#0") for k in range(n)], dtype=np.uint64)
        assert ix.write_part(tmp_path / f"run{i}{suffix}", keys, pkeys) == n * 14
        parts.append((keys, pkeys))
    return parts


@pytest.mark.parametrize("suffix", FORMATS)
def test_lookup_round_trip_across_parts(tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ix, "ROW_GROUP", 500)  # several Parquet row groups per part
    parts = _archive(tmp_path, suffix)
    assert [p.name for p in ix.index_parts(tmp_path)] == [f"run{i}{suffix}" for i in range(3)]
    rng = np.random.default_rng(1)
    new = rng.integers(0, 3000, (40, 14), dtype=np.uint32)
    new[5] = parts[1][0][17]  # an exact copy of an archived passage
    rows, pkeys = ix.lookup(tmp_path, new)
    assert rows.dtype == np.int64 and pkeys.dtype == np.uint64
    assert list(zip(rows.tolist(), pkeys.tolist(), strict=True)) == _brute(parts, new)
    assert (5, int(parts[1][1][17])) in set(zip(rows.tolist(), pkeys.tolist(), strict=True))


def test_a_part_written_in_sort_runs_answers_as_one_sorted_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17: a big run's `.arrow` part is several record batches, each sorted by key; lookups
    (hits, bucket sizes, shared bands) and compaction read it as one sorted part."""
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 2000, (300, 14), dtype=np.uint32)
    pkeys = np.arange(300, dtype=np.uint64) * np.uint64(7919)
    new = np.concatenate([keys[::7], rng.integers(0, 2000, (20, 14), dtype=np.uint32)])
    (tmp_path / "one").mkdir()
    (tmp_path / "runs").mkdir()
    ix.write_part(tmp_path / "one" / "a.arrow", keys, pkeys)
    monkeypatch.setattr(ix, "SORT_RUN", 14 * 40)  # 8 batches of 40 passages
    ix.write_part(tmp_path / "runs" / "a.arrow", keys, pkeys)
    import pyarrow as pa

    with pa.memory_map(str(tmp_path / "runs" / "a.arrow")) as src:
        assert pa.ipc.open_file(src).num_record_batches == 8
    for kw in ({}, {"max_bucket": 3}, {"min_bands": 2}):
        a, b = ix.lookup(tmp_path / "one", new, **kw), ix.lookup(tmp_path / "runs", new, **kw)
        assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]) and len(a[0])
    ix.compact(tmp_path / "runs", tmp_path / "merged.arrow")
    assert ix.read_part(tmp_path / "merged.arrow").equals(ix.read_part(tmp_path / "one" / "a.arrow"))


def test_mixed_formats_and_empty(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    keys = rng.integers(0, 100, (10, 14), dtype=np.uint32)
    ix.write_part(tmp_path / "a.parquet", keys[:5], np.arange(5, dtype=np.uint64))
    ix.write_part(tmp_path / "b.arrow", keys[5:], np.arange(5, 10, dtype=np.uint64))
    ix.write_part(tmp_path / "c.arrow", keys[:0], np.arange(0, dtype=np.uint64))
    rows, pkeys = ix.lookup(tmp_path, keys)
    found = set(zip(rows.tolist(), pkeys.tolist(), strict=True))
    assert {(i, i) for i in range(10)} <= found
    assert ix.lookup(tmp_path / "missing", keys)[0].shape == (0,)
    assert ix.lookup(tmp_path, rng.integers(10**6, 10**7, (3, 14), dtype=np.uint32))[0].shape == (0,)


@pytest.mark.parametrize("suffix", FORMATS)
def test_compact_drops_dead_pkeys(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "idx").mkdir()
    parts = _archive(tmp_path / "idx", suffix)
    live = np.concatenate([parts[0][1], parts[2][1][:50]])
    out = tmp_path / f"compacted{suffix}"
    assert ix.compact(tmp_path / "idx", out, live) == len(live) * 14
    (tmp_path / "idx2").mkdir()
    out.rename(tmp_path / "idx2" / out.name)
    query = np.concatenate([parts[0][0][:3], parts[1][0][:3], parts[2][0][:3], parts[2][0][60:63]])
    rows, pkeys = ix.lookup(tmp_path / "idx2", query)
    assert set(pkeys.tolist()) <= set(live.tolist())
    assert set(parts[1][1].tolist()).isdisjoint(pkeys.tolist())
    found = set(zip(rows.tolist(), pkeys.tolist(), strict=True))
    assert {(i, int(parts[0][1][i])) for i in range(3)} <= found
    assert {(6 + i, int(parts[2][1][i])) for i in range(3)} <= found
    assert ix.compact(tmp_path / "idx2", tmp_path / f"all{suffix}") == len(live) * 14


@pytest.mark.parametrize("suffix", FORMATS)
def test_disk_bytes_per_passage(tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture) -> None:
    n = 20_000
    keys = np.random.default_rng(3).integers(0, 2**32, (n, 14), dtype=np.uint32)
    path = tmp_path / f"part{suffix}"
    ix.write_part(path, keys, np.arange(n, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    per_passage = path.stat().st_size / n
    with capsys.disabled():
        print(f"\n  index {suffix}: {per_passage:.1f} bytes per passage on disk (14 bands)")
    assert per_passage <= 200


def test_archive_candidates_need_the_bands_they_share(tmp_path: Path) -> None:
    """min_bands counts distinct bands per (row, passage): a passage indexed in two parts counts once."""
    keys = np.array([[1, 2, 3], [4, 5, 6]], np.uint32)
    ix.write_part(tmp_path / "a.arrow", keys, np.array([10, 11], np.uint64))
    ix.write_part(tmp_path / "b.arrow", keys[:1], np.array([10], np.uint64))  # passage 10 again
    query = np.array([[1, 2, 7], [1, 5, 8], [4, 8, 8]], np.uint32)
    rows, pkeys = ix.lookup(tmp_path, query)
    assert list(zip(rows.tolist(), pkeys.tolist(), strict=True)) == [(0, 10), (1, 10), (1, 11), (2, 11)]
    rows, pkeys = ix.lookup(tmp_path, query, min_bands=2)
    assert rows.tolist() == [0] and pkeys.tolist() == [10]
    rows, pkeys = ix.lookup(tmp_path, query, max_bucket=1)  # keys 1 and 2 have 2 entries: "big" buckets
    assert rows.tolist() == [1, 2] and pkeys.tolist() == [11, 11]


def test_stable_key_order_is_a_stable_argsort() -> None:
    """The faster sort of index parts (issue 17) orders equal keys by position, as the stable argsort did."""
    from cleaners.index.parts import stable_key_order

    rng = np.random.default_rng(3)
    for n, high in ((0, 10), (1, 10), (1000, 5), (100_000, 2**32), (50_000, 300)):
        keys = rng.integers(0, high, n, dtype=np.uint64).astype(np.uint32)
        np.testing.assert_array_equal(stable_key_order(keys), np.argsort(keys, kind="stable"))
    signed = np.array([3, -1, 3, 0], dtype=np.int64)
    np.testing.assert_array_equal(stable_key_order(signed), np.argsort(signed, kind="stable"))
