"""End-to-end runs of the pipeline (without Prefect's server; see test_flow_prefect for that)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from flows.config import RunConfig
from tests.flows.helpers import SEEDS as SEEDS_DIR
from tests.flows.helpers import copy_seeds, manifests, rows, run, table

SEED_002 = "seeds/002_93eb338a410df1dc.txt"


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "seeds")


def by_source(output: Path) -> dict[str, dict]:
    return {r["source"]: r for r in rows(output, "documents")}


def test_seeds_write_three_readable_tables(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    m = run([seeds], out)
    docs = by_source(out)
    assert len(docs) == 5 and m["counts"]["processed"] == 5 and m["counts"]["balanced"]
    # each seed is its own outlet (file name), doc ids are stable ids of the source
    assert len({d["outlet"] for d in docs.values()}) == 5
    d2 = docs[SEED_002]
    assert d2["published"].isoformat() == "2024-11-13T01:16:00+00:00"  # from its dateline, UTC
    assert {r["rule"] for r in d2["removed"]} >= {"dateline", "translator_credit", "comment_prompt", "related_links",
                                                   "weather_widget"}
    assert "Xem thêm" not in d2["text"] and "THÔNG TIN CẦN BIẾT" not in d2["text"]
    assert docs["seeds/000_cb755ea544f681c7.txt"]["removed"] == []
    # passages: one row per kept paragraph, matching the documents
    passages = rows(out, "passages")
    assert len(passages) == sum(d["n_passages"] for d in docs.values())
    assert all(p["passage_id"] == f"{p['doc_id']}#{p['idx']}" for p in passages)
    assert table(out, "rejects").num_rows == 0
    # the other loaders downstream users rely on
    n = duckdb.sql(f"select count(*) from read_parquet('{out}/documents/**/*.parquet')").fetchall()[0][0]
    assert n == 5
    import pandas as pd
    import polars as pl

    assert pl.read_parquet(f"{out}/passages/*.parquet").height == len(passages)
    assert len(pd.read_parquet(out / "rejects")) == 0 and len(pd.read_parquet(out / "documents")) == 5
    meta = pq.ParquetFile(next((out / "documents").glob("*.parquet"))).metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"


def test_second_run_skips_everything_and_changes_nothing(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([seeds], out)
    before = table(out, "documents").sort_by("doc_id")
    m2 = run([seeds], out)
    c = m2["counts"]
    assert (c["inputs_seen"], c["processed"], c["skipped_unchanged"], c["rejected"]) == (5, 0, 5, 0)
    assert table(out, "documents").sort_by("doc_id").equals(before)
    assert len(list((out / "documents").glob("*.parquet"))) == 1


def test_new_article_copying_a_paragraph_points_at_the_earlier_passage(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([seeds], out)
    seed_000 = (seeds / "000_cb755ea544f681c7.txt").read_text(encoding="utf-8").split("\n")
    copied = seed_000[1].replace("Hàn Quốc", "Hàn Quốc,")  # light edit
    new = tmp_path / "new"
    new.mkdir()
    (new / "wire.txt").write_text(
        "Một bài báo mới của một tòa soạn khác về cùng sự kiện ngoại giao trong khu vực hôm nay.\n" + copied + "\n",
        encoding="utf-8",
    )
    m = run([new], out)
    assert m["counts"]["processed"] == 1 and m["counts"]["duplicate_passages"] == 1
    assert m["counts"]["cross_outlet_duplicate_passages"] == 1
    earlier = {p["passage_id"]: p for p in rows(out, "passages") if p["outlet"] == "000_cb755ea544f681c7"}
    mine = [p for p in rows(out, "passages") if p["outlet"] == "wire"]
    dup = [p for p in mine if p["duplicate_of"]]
    assert len(dup) == 1 and dup[0]["duplicate_of"] in earlier
    assert earlier[dup[0]["duplicate_of"]]["text"] == seed_000[1]
    assert dup[0]["cluster_id"] == dup[0]["duplicate_of"] and dup[0]["similarity"] >= RunConfig.model_fields["threshold"].default
    doc = next(d for d in rows(out, "documents") if d["outlet"] == "wire")
    assert doc["n_duplicate_passages"] == 1


def test_reprocess_replaces_rows_without_self_duplicates(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([seeds], out)
    m = run([seeds], out, reprocess=True)
    assert m["counts"]["processed"] == 5 and m["counts"]["replaced_documents"] == 5
    docs, passages = rows(out, "documents"), rows(out, "passages")
    assert len(docs) == 5 and len({d["doc_id"] for d in docs}) == 5
    assert len(passages) == len({p["passage_id"] for p in passages})
    assert all(d["run_id"] == m["run_id"] for d in docs)
    assert not [p for p in passages if p["duplicate_of"]]
    # the new rows replaced the old ones inside the earlier shard files (one rename each), so a
    # reader never sees both versions; this run's own shards hold no replaced document
    first = manifests(out)[0]["run_id"]
    assert pq.read_table(out / "documents" / f"{first}.parquet").num_rows == 5
    assert pq.read_table(out / "passages" / f"{first}.parquet").num_rows == len(passages)
    assert pq.read_table(out / "documents" / f"{m['run_id']}.parquet").num_rows == 0


def test_changed_file_is_processed_again_and_replaces_its_rows(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([seeds], out)
    f = seeds / "000_cb755ea544f681c7.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\nMột đoạn mới được thêm vào bài báo sau khi xuất bản lần đầu tiên.",
                 encoding="utf-8")
    m = run([seeds], out)
    c = m["counts"]
    assert (c["processed"], c["skipped_unchanged"], c["replaced_documents"]) == (1, 4, 1)
    docs = rows(out, "documents")
    assert len(docs) == 5
    changed = next(d for d in docs if d["source"].endswith("000_cb755ea544f681c7.txt"))
    assert changed["text"].endswith("xuất bản lần đầu tiên.") and changed["run_id"] == m["run_id"]


def test_runs_are_listed_in_manifests(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([seeds], out)
    run([seeds], out)
    ms = manifests(out)
    assert [m["counts"]["processed"] for m in ms] == [5, 0]
    assert ms[0]["files"]["documents"] == [f"documents/{ms[0]['run_id']}.parquet"]
    assert ms[0]["parameters"]["threshold"] == RunConfig.model_fields["threshold"].default and "datasketch" in ms[0]["versions"]


def test_index_parts_are_merged_so_lookups_stay_bounded(tmp_path: Path) -> None:
    from flows.run.stages import MAX_INDEX_PARTS

    out = tmp_path / "out"
    base = (SEEDS_DIR / "000_cb755ea544f681c7.txt").read_text(encoding="utf-8").split("\n")
    for n in range(MAX_INDEX_PARTS + 2):
        d = tmp_path / f"in{n}"
        d.mkdir()
        (d / f"day{n}.txt").write_text(f"Bản tin số {n} của ngày hôm nay về nhiều vấn đề thời sự trong nước.\n"
                                      + base[n] + "\n", encoding="utf-8")
        m = run([d], out)
        assert len(list((out / "state" / "index").glob("*.arrow"))) <= MAX_INDEX_PARTS
    # the last run still finds a copy of the first run's passage through the merged index
    d = tmp_path / "again"
    d.mkdir()
    (d / "copy.txt").write_text(base[0] + "\n", encoding="utf-8")
    m = run([d], out)
    assert m["counts"]["duplicate_passages"] == 1


def test_a_fixed_input_replaces_its_reject_row(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "late.txt").write_bytes(b"")
    run([inputs], out)
    assert [r["reason"] for r in rows(out, "rejects")] == ["empty"]
    (inputs / "late.txt").write_text("Bài báo đã được gửi lại với đầy đủ nội dung sau khi tệp trống bị từ chối.",
                                     encoding="utf-8")
    m = run([inputs], out)
    assert m["counts"]["processed"] == 1 and rows(out, "rejects") == []
    assert [d["source"] for d in rows(out, "documents")] == ["in/late.txt"]
