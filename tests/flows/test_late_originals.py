"""Issue 13, parts 1 and 2: the canonical copy is the earliest published whatever the order in which
runs saw the articles (a late original takes over the cluster of its earlier-processed copies,
in `passages/` and `documents/`), and `documents/` says which article republishes which."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.corpus import _paragraphs
from tests.flows.engines_support import comparable, redis_server
from tests.flows.helpers import rows


def story() -> list[str]:
    return _paragraphs("000", 4)


def edited(paras: list[str], k: int) -> list[str]:
    """A copy with a few words changed in paragraph `k` (an outlet's light edit)."""
    words = paras[k].split()
    words[3:5] = ["SỬA", "ĐỔI", "MỚI"]
    return [*paras[:k], " ".join(words), *paras[k + 1:]]


def article(doc_id: str, outlet: str, published: str, paras: list[str]) -> dict:
    return {"id": doc_id, "outlet": outlet, "published": published, "text": "\n".join(paras)}


def run(inputs: Path, out: Path, *extra: str) -> None:
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", *extra)
    assert done.returncode == 0, done.stderr[-2000:]


def by_id(out: Path, table: str, key: str) -> dict[str, dict]:
    return {r[key]: r for r in rows(out, table)}


def test_a_late_original_becomes_canonical_in_passages_and_documents(tmp_path: Path) -> None:
    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "hour1.jsonl", [article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 1))])
    run(inputs, out)
    first = by_id(out, "passages", "passage_id")
    assert all(p["duplicate_of"] is None for p in first.values())
    # the original, published at 08:00, is crawled an hour later
    write_jsonl(inputs / "hour2.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras)])
    run(inputs, out)
    passages = by_id(out, "passages", "passage_id")
    copies = [p for p in passages.values() if p["doc_id"] == "tt-1" and p["n_words"] >= 25]
    assert len(copies) == 4
    for p in copies:
        original = passages[p["duplicate_of"]]
        assert original["doc_id"] == "vne-1" and original["duplicate_of"] is None
        assert p["cluster_id"] == original["passage_id"] == original["cluster_id"]
        assert p["similarity"] >= 0.5
    assert min(p["similarity"] for p in copies) < 1.0  # the edited paragraph, measured on the text
    docs = by_id(out, "documents", "doc_id")
    assert docs["tt-1"]["duplicate_of"] == "vne-1" and docs["tt-1"]["dup_share"] == 1.0
    assert docs["tt-1"]["copied_from"] == ["vnexpress.net"] and docs["tt-1"]["n_duplicate_passages"] == 4
    assert docs["vne-1"]["duplicate_of"] is None and docs["vne-1"]["dup_share"] == 0.0
    assert docs["vne-1"]["copied_from"] == [] and docs["vne-1"]["n_duplicate_passages"] == 0
    assert cli("verify", str(out)).returncode == 0
    # the run's report shows each cluster with the earlier copies re-pointed to the late original
    report = sorted((out / "reports").glob("*.md"))[-1].read_text(encoding="utf-8")
    clusters = report.split("## Largest duplicate clusters")[1].split("\n## ")[0]
    assert clusters.count("1 earlier copy re-pointed to it, 2 outlets") == 4, clusters
    assert clusters.count("| tuoitre.vn | 1 |") == 4
    assert "- **Copy** (tuoitre.vn, similarity" in clusters and "**SỬA** **ĐỔI** **MỚI**" in clusters


def three_runs(tmp_path: Path, name: str, *extra: str) -> Path:
    """Three outlets' versions of one story, processed latest-published first."""
    paras = story()
    inputs, out = tmp_path / name / "in", tmp_path / name / "out"
    order = [("c-1", "nld.com.vn", "2024-06-19T10:00:00+07:00", edited(paras, 2)),
             ("b-1", "tuoitre.vn", "2024-06-19T02:00:00Z", edited(paras, 1)),  # 09:00 in Hanoi
             ("a-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras)]
    expected_canonical = ["c-1", "b-1", "a-1"]
    for k, (doc_id, outlet, published, text) in enumerate(order):
        write_jsonl(inputs / f"hour{k}.jsonl", [article(doc_id, outlet, published, text)])
        run(inputs, out, *extra)
        passages = rows(out, "passages")
        long = [p for p in passages if p["n_words"] >= 25]
        canon = {p["doc_id"] for p in long if p["duplicate_of"] is None}
        assert canon == {expected_canonical[k]}, (k, canon)
        assert all(p["duplicate_of"].startswith(f"{expected_canonical[k]}#") for p in long
                   if p["doc_id"] != expected_canonical[k])
        docs = by_id(out, "documents", "doc_id")
        for d in docs.values():
            assert d["duplicate_of"] == (None if d["doc_id"] == expected_canonical[k] else expected_canonical[k])
    docs = by_id(out, "documents", "doc_id")
    assert docs["c-1"]["copied_from"] == docs["b-1"]["copied_from"] == ["vnexpress.net"]
    check_dedup_record(out)
    return out


def test_three_outlets_three_runs_the_earliest_wins_each_time(tmp_path: Path) -> None:
    out = three_runs(tmp_path, "embedded")
    assert cli("verify", str(out)).returncode == 0


def test_redis_and_embedded_agree_on_late_originals(tmp_path: Path) -> None:
    pytest.importorskip("redis", reason="the redis extra is not installed")
    embedded = three_runs(tmp_path, "embedded")
    with redis_server() as url:
        in_redis = three_runs(tmp_path, "redis", "--redis-url", url)
    assert comparable(in_redis) == comparable(embedded)


def test_forgetting_the_original_re_elects_in_passages_and_documents(tmp_path: Path) -> None:
    out = three_runs(tmp_path, "forget")
    done = cli("forget", str(out), "--doc-id", "a-1")
    assert done.returncode == 0, done.stderr[-2000:]
    docs = by_id(out, "documents", "doc_id")
    assert set(docs) == {"b-1", "c-1"}
    assert docs["b-1"]["duplicate_of"] is None and docs["b-1"]["dup_share"] == 0.0 and docs["b-1"]["copied_from"] == []
    assert docs["c-1"]["duplicate_of"] == "b-1" and docs["c-1"]["copied_from"] == ["tuoitre.vn"]
    long = [p for p in rows(out, "passages") if p["n_words"] >= 25]
    assert {p["doc_id"] for p in long if p["duplicate_of"] is None} == {"b-1"}
    assert not any((p["duplicate_of"] or "").startswith("a-1#") for p in long)
    assert cli("verify", str(out)).returncode == 0


def test_a_shared_quote_is_not_an_article_copy(tmp_path: Path) -> None:
    """Two articles sharing one paragraph of four: passage-level copy, no article-level copy."""
    paras, other = story(), _paragraphs("003", 3)
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("a-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras),
                                     article("q-1", "nld.com.vn", "2024-06-19T12:00:00+07:00", [*other, paras[2]])])
    run(inputs, out)
    docs = by_id(out, "documents", "doc_id")
    assert docs["q-1"]["n_duplicate_passages"] == 1 and docs["q-1"]["dup_share"] == 0.25
    assert docs["q-1"]["duplicate_of"] is None and docs["q-1"]["copied_from"] == ["vnexpress.net"]


def test_documents_written_by_an_older_version_get_the_new_columns(tmp_path: Path) -> None:
    """Shards of an older version lack the article-level columns; the next run brings them to the
    current schema (values computed from their passages), so a dataset reader sees them."""
    import json

    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from flows.storage import integrity, schemas

    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras),
                                     article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 1))])
    run(inputs, out)
    (shard,) = (out / "documents").glob("*.parquet")
    pq.write_table(pq.read_table(shard).drop_columns(list(schemas.DOC_LEVEL)), shard)  # as an older version wrote it
    for m_path in (out / "manifests").glob("*.json"):
        m = json.loads(m_path.read_text())
        rel = str(shard.relative_to(out))
        if rel in m.get("shards", {}):
            m["shards"][rel] = integrity.file_info(shard)
            m_path.write_text(json.dumps(m))
    assert "duplicate_of" not in pq.read_schema(shard).names
    write_jsonl(inputs / "b.jsonl", [article("x-1", "nld.com.vn", "2024-06-20T08:00:00+07:00", _paragraphs("003", 3))])
    run(inputs, out)
    assert all(pq.read_schema(p).names == schemas.DOCUMENTS.names for p in (out / "documents").glob("*.parquet"))
    docs = {r["doc_id"]: r for r in ds.dataset(out / "documents", format="parquet").to_table().to_pylist()}
    assert docs["tt-1"]["duplicate_of"] == "vne-1" and docs["tt-1"]["copied_from"] == ["vnexpress.net"]
    assert docs["vne-1"]["dup_share"] == 0.0 and docs["x-1"]["duplicate_of"] is None
    assert cli("verify", str(out)).returncode == 0


def check_dedup_record(out: Path) -> None:
    """What a downstream user relies on: every `duplicate_of` points at an existing canonical
    passage of another document (itself not a copy) and shares its `cluster_id`; no canonical is
    published after one of its copies; documents' counts and `duplicate_of` agree with passages."""
    passages = by_id(out, "passages", "passage_id")
    docs = by_id(out, "documents", "doc_id")
    for p in passages.values():
        if p["duplicate_of"] is None:
            continue
        canon = passages.get(p["duplicate_of"])
        assert canon is not None, f"{p['passage_id']} points at a missing passage {p['duplicate_of']}"
        assert canon["duplicate_of"] is None, f"chain: {p['passage_id']} -> {canon['passage_id']} -> {canon['duplicate_of']}"
        assert canon["doc_id"] != p["doc_id"], f"{p['passage_id']} is a copy of its own document"
        assert p["cluster_id"] == canon["passage_id"]
        if p["published"] is not None and canon["published"] is not None:
            assert canon["published"] <= p["published"], f"canonical {canon['passage_id']} published after its copy"
    for d in docs.values():
        mine = [p for p in passages.values() if p["doc_id"] == d["doc_id"]]
        assert d["n_duplicate_passages"] == sum(p["duplicate_of"] is not None for p in mine)
        assert d["duplicate_of"] is None or d["duplicate_of"] in docs


def test_a_recrawled_canonical_keeps_its_copies_pointing_at_its_new_passages(tmp_path: Path) -> None:
    """The original is processed again with a paragraph inserted at the top: its copies point at
    the passages that now hold their text (not at the old numbers), and later copies are found."""
    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras)])
    write_jsonl(inputs / "b.jsonl", [article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 1))])
    run(inputs, out)
    lead = _paragraphs("003", 1)[0]
    write_jsonl(inputs / "a.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", [lead, *paras])])
    run(inputs, out)
    check_dedup_record(out)
    passages = by_id(out, "passages", "passage_id")
    for p in (p for p in passages.values() if p["doc_id"] == "tt-1" and p["n_words"] >= 25):
        assert p["duplicate_of"] and p["duplicate_of"].startswith("vne-1#")
        assert passages[p["duplicate_of"]]["text"].split()[:3] == p["text"].split()[:3] or p["similarity"] < 1.0
    assert by_id(out, "documents", "doc_id")["tt-1"]["duplicate_of"] == "vne-1"
    write_jsonl(inputs / "c.jsonl", [article("nld-1", "nld.com.vn", "2024-06-19T11:00:00+07:00", paras)])
    run(inputs, out)
    check_dedup_record(out)
    docs = by_id(out, "documents", "doc_id")
    assert docs["nld-1"]["duplicate_of"] == "vne-1" and docs["nld-1"]["dup_share"] == 1.0


def test_a_canonical_republished_later_hands_the_cluster_to_the_earliest_copy(tmp_path: Path) -> None:
    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras)])
    write_jsonl(inputs / "b.jsonl", [article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 1)),
                                     article("nld-1", "nld.com.vn", "2024-06-19T10:00:00+07:00", edited(paras, 2))])
    run(inputs, out)
    write_jsonl(inputs / "a.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T12:00:00+07:00", paras)])
    run(inputs, out)
    check_dedup_record(out)
    docs = by_id(out, "documents", "doc_id")
    assert docs["tt-1"]["duplicate_of"] is None
    assert docs["vne-1"]["duplicate_of"] == docs["nld-1"]["duplicate_of"] == "tt-1"


def test_a_late_original_with_a_recrawl_of_the_old_canonical_in_one_run(tmp_path: Path) -> None:
    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 1)),
                                     article("nld-1", "nld.com.vn", "2024-06-19T10:00:00+07:00", edited(paras, 2))])
    run(inputs, out)
    write_jsonl(inputs / "a.jsonl", [article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 3)),
                                     article("nld-1", "nld.com.vn", "2024-06-19T10:00:00+07:00", edited(paras, 2))])
    write_jsonl(inputs / "b.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras)])
    run(inputs, out)
    check_dedup_record(out)
    docs = by_id(out, "documents", "doc_id")
    assert docs["tt-1"]["duplicate_of"] == docs["nld-1"]["duplicate_of"] == "vne-1"
    assert docs["tt-1"]["copied_from"] == ["vnexpress.net"]


def test_a_late_original_repeating_a_paragraph_is_no_copy_of_itself(tmp_path: Path) -> None:
    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", paras)])
    run(inputs, out)
    write_jsonl(inputs / "b.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00",
                                             [paras[0], paras[0], *paras[1:]])])
    run(inputs, out)
    check_dedup_record(out)
    docs = by_id(out, "documents", "doc_id")
    assert docs["vne-1"]["duplicate_of"] is None and docs["vne-1"]["copied_from"] == []
    assert docs["tt-1"]["duplicate_of"] == "vne-1"


def test_verify_reports_a_broken_dedup_record(tmp_path: Path) -> None:
    """`newsclean verify` checks the dedup pointers, not only the files."""
    import json

    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from flows.storage import integrity

    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras),
                                     article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 1))])
    run(inputs, out)
    assert cli("verify", str(out)).returncode == 0
    (shard,) = (out / "passages").glob("*.parquet")
    t = pq.read_table(shard)
    k = t.column_names.index("duplicate_of")
    bad = pc.if_else(pc.is_valid(t.column("duplicate_of")), pa.scalar("vne-1#9"), t.column("duplicate_of"))
    t = t.set_column(k, "duplicate_of", bad)
    low = pc.if_else(pc.is_valid(bad), pa.scalar(0.1, t.schema.field("similarity").type), t.column("similarity"))
    t = t.set_column(t.column_names.index("similarity"), "similarity", low)
    pq.write_table(t, shard)  # as a buggy writer would leave it
    for m_path in (out / "manifests").glob("*.json"):  # the file itself is intact as far as the manifest knows
        m = json.loads(m_path.read_text())
        rel = str(shard.relative_to(out))
        if rel in m.get("shards", {}):
            m["shards"][rel] = integrity.file_info(shard)
            m_path.write_text(json.dumps(m))
    done = cli("verify", str(out))
    assert done.returncode != 0 and "dedup: 4 rows point at a missing passage" in done.stdout + done.stderr
    assert "4 rows are copies with a similarity under min_similarity (0.5)" in done.stdout + done.stderr


def test_forgetting_the_last_copy_leaves_the_canonical_unique(tmp_path: Path) -> None:
    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", paras),
                                     article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", edited(paras, 1))])
    run(inputs, out)
    assert any(p["cluster_id"] for p in rows(out, "passages") if p["doc_id"] == "vne-1")
    assert cli("forget", str(out), "--doc-id", "tt-1").returncode == 0
    assert all(p["cluster_id"] is None and p["duplicate_of"] is None for p in rows(out, "passages"))
    assert by_id(out, "documents", "doc_id")["vne-1"]["dup_share"] == 0.0
    check_dedup_record(out)


def test_forget_re_elects_only_members_that_verify_against_the_new_canonical(tmp_path: Path) -> None:
    """B keeps the first part of A's paragraph, C the last part: both copy A, but not each other.
    With A forgotten, C is no copy of B (a run without A would not say so either)."""
    words = (story()[0] + " " + story()[1]).split()  # one long paragraph of A
    n = len(words)
    a, b, c = words, words[: int(n * 0.6)], words[int(n * 0.4):]
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [
        article("a-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", [" ".join(a)]),
        article("b-1", "tuoitre.vn", "2024-06-19T09:00:00+07:00", [" ".join(b)]),
        article("c-1", "thanhnien.vn", "2024-06-19T10:00:00+07:00", [" ".join(c)])])
    run(inputs, out)
    before = {p["doc_id"]: p for p in rows(out, "passages")}
    assert before["b-1"]["duplicate_of"] == before["c-1"]["duplicate_of"] == before["a-1"]["passage_id"]
    assert cli("forget", str(out), "--doc-id", "a-1").returncode == 0
    after = {p["doc_id"]: p for p in rows(out, "passages")}
    assert after["c-1"]["duplicate_of"] is None and after["b-1"]["duplicate_of"] is None
    assert after["b-1"]["cluster_id"] is None and after["c-1"]["similarity"] is None
    without_a = tmp_path / "in2"
    write_jsonl(without_a / "a.jsonl", [
        article("b-1", "tuoitre.vn", "2024-06-19T09:00:00+07:00", [" ".join(b)]),
        article("c-1", "thanhnien.vn", "2024-06-19T10:00:00+07:00", [" ".join(c)])])
    run(without_a, tmp_path / "out2")
    assert all(p["duplicate_of"] is None for p in rows(tmp_path / "out2", "passages"))
    assert cli("verify", str(out)).returncode == 0


def test_the_same_article_read_again_from_another_file_changes_nothing(tmp_path: Path) -> None:
    """Re-ingesting an unchanged document is a no-op: its title and passage clusters stay where the
    earliest copy put them (it was upserted before, and its title cluster moved to a later copy)."""
    paras = story()
    title = "Nga và Triều Tiên ký hiệp ước hỗ trợ quân sự"
    a = article("vne-1", "vnexpress.net", "2024-06-19T08:00:00+07:00", [title, *paras])
    b = article("tt-1", "tuoitre.vn", "2024-06-19T09:30:00+07:00", [title, *edited(paras, 1)])
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [a, b])
    run(inputs, out)
    before = by_id(out, "passages", "passage_id")
    assert before["tt-1#0"]["duplicate_of"] == "vne-1#0"  # the copied title, a short line
    write_jsonl(inputs / "again.jsonl", [a])  # the same article in a new dump file
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    counts = json.loads(sorted((out / "manifests").glob("*.json"))[-1].read_text())["counts"]
    assert counts["processed"] == 0 and counts["skipped_unchanged"] == 3 and counts["balanced"]
    after = by_id(out, "passages", "passage_id")
    strip = ("run_id", "processed_at")
    assert {k: {c: v for c, v in r.items() if c not in strip} for k, r in after.items()} == \
        {k: {c: v for c, v in r.items() if c not in strip} for k, r in before.items()}
    # a changed version is still an upsert
    write_jsonl(inputs / "again.jsonl", [{**a, "title": "Tựa mới"}])
    run(inputs, out)
    counts = json.loads(sorted((out / "manifests").glob("*.json"))[-1].read_text())["counts"]
    assert counts["processed"] == 1 and by_id(out, "documents", "doc_id")["vne-1"]["title"] == "Tựa mới"


def test_a_late_original_keeps_only_the_members_that_verify_against_it(tmp_path: Path) -> None:
    """K's paragraph is copied in part by M1 (its first 60 %) and M2 (its last 60 %); a late original
    holding only the last 54 % takes the cluster over: M2 follows it, M1 (which shares a fifth of
    its words with it) leaves the cluster instead of pointing at it with a failing score."""
    words = (story()[0] + " " + story()[1] + " " + story()[2]).split()
    n = len(words)
    para = {"k": words, "m1": words[: int(n * 0.6)], "m2": words[n - int(n * 0.6):], "late": words[n - int(n * 0.54):]}
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [
        article("k-1", "k.vn", "2024-06-19T08:00:00+07:00", [" ".join(para["k"])]),
        article("m1-1", "m1.vn", "2024-06-19T09:00:00+07:00", [" ".join(para["m1"])]),
        article("m2-1", "m2.vn", "2024-06-19T10:00:00+07:00", [" ".join(para["m2"])])])
    run(inputs, out)
    first = {p["doc_id"]: p for p in rows(out, "passages")}
    assert first["m1-1"]["duplicate_of"] == first["m2-1"]["duplicate_of"] == first["k-1"]["passage_id"]
    write_jsonl(inputs / "b.jsonl", [article("late-1", "late.vn", "2024-06-19T07:00:00+07:00", [" ".join(para["late"])])])
    run(inputs, out)
    after = {p["doc_id"]: p for p in rows(out, "passages")}
    late = after["late-1"]["passage_id"]
    assert after["k-1"]["duplicate_of"] == after["m2-1"]["duplicate_of"] == late
    assert after["m1-1"]["duplicate_of"] is None and after["m1-1"]["cluster_id"] is None
    assert all(p["similarity"] >= 0.5 for p in after.values() if p["duplicate_of"])
    docs = by_id(out, "documents", "doc_id")
    assert docs["m1-1"]["duplicate_of"] is None and docs["m1-1"]["copied_from"] == []
    assert cli("verify", str(out)).returncode == 0


def test_the_report_ranks_clusters_a_late_original_took_over_by_their_whole_size(tmp_path: Path) -> None:
    """Tester T6 F5: in a run of late originals, each original is alone in its run, but the cluster it took over holds
    the earlier runs' copies: the report's largest clusters are ranked by the whole cluster (4 members here), not by
    passages in this run (where six pairs of copies among new articles, 2 passages each, would hide them)."""
    paras = story()
    inputs, out = tmp_path / "in", tmp_path / "out"
    copies = [article(f"copy-{k}", f"copy{k}.vn", f"2024-06-19T{9 + k:02d}:00:00+07:00", edited(paras, k)) for k in range(3)]
    write_jsonl(inputs / "hour1.jsonl", copies)
    run(inputs, out)
    pairs = [p for seed in ("001", "002", "003") for p in _paragraphs(seed, 2)]
    assert len(pairs) == 6
    news = [article(f"pair-{k}-{side}", f"{side}{k}.vn", "2024-06-19T12:00:00+07:00", [p])
            for k, p in enumerate(pairs) for side in ("a", "b")]
    write_jsonl(inputs / "hour2.jsonl", [article("orig", "goc.vn", "2024-06-19T08:00:00+07:00", paras), *news])
    run(inputs, out)
    report = sorted((out / "reports").glob("*.md"))[-1].read_text(encoding="utf-8")
    clusters = report.split("## Largest duplicate clusters")[1].split("\n## ")[0]
    heads = [line for line in clusters.splitlines() if line.startswith("### ")]
    assert len(heads) == 5
    assert all("1 passages in this run, 3 earlier copies re-pointed to it, 4 outlets" in h for h in heads[:4]), heads
    assert "2 passages in this run, 2 outlets" in heads[4]


def test_a_member_a_late_original_leaves_out_joins_a_new_passage_as_in_one_run(tmp_path: Path) -> None:
    """ATK3: windows of one text, each overlapping the next by 29 of 40 words (L, N new; O, M earlier).
    L (day 1) takes O's cluster over; M (O's member) and N do not verify against L but do against each
    other: both runs' left-out passages are decided together in time order, as one run over all four
    decides (N heads, M joins it), not each run's apart (both left alone)."""
    words = " ".join(_paragraphs("000", 6)).split()
    assert len(words) >= 73
    text = {name: " ".join(words[at : at + 40]) for name, at in (("l", 0), ("o", 11), ("m", 22), ("n", 33))}
    day = {"l": 1, "o": 3, "n": 4, "m": 5}
    rec = {k: article(k, f"{k}.vn", f"2024-11-0{day[k]}T08:00:00+07:00", [text[k]]) for k in text}
    write_jsonl(tmp_path / "first" / "a.jsonl", [rec["o"], rec["m"]])
    write_jsonl(tmp_path / "second" / "b.jsonl", [rec["l"], rec["n"]])
    write_jsonl(tmp_path / "one" / "all.jsonl", [rec[k] for k in ("o", "m", "l", "n")])
    run(tmp_path / "first", tmp_path / "two")
    run(tmp_path / "second", tmp_path / "two")
    run(tmp_path / "one", tmp_path / "single")
    single = {p["passage_id"]: (p["cluster_id"], p["duplicate_of"]) for p in rows(tmp_path / "single", "passages")}
    assert single == {"l#0": ("l#0", None), "o#0": ("l#0", "l#0"), "n#0": ("n#0", None), "m#0": ("n#0", "n#0")}
    two = {p["passage_id"]: (p["cluster_id"], p["duplicate_of"]) for p in rows(tmp_path / "two", "passages")}
    assert two == single


def test_a_new_passage_joining_two_earlier_clusters_is_decided_as_in_one_run(tmp_path: Path) -> None:
    """ATK3 (several earlier clusters): windows of one text, each overlapping the next by 29 of 40 words.
    The first run makes two clusters, X (x0, day 1; x1, day 2) and Y (y0, day 5; y1, day 6, a window
    further on). The second run brings L (day 3), between x1 and y0: it joins both clusters into one
    group but verifies against neither X's canonical copy x0 nor y1. One run over all five: x0 stays
    canonical of x1; L (published before y0) heads a cluster of y0; y1, unlike L, is left unique. Two
    runs must say the same, not keep Y under y0 and L alone."""
    words = " ".join(_paragraphs("000", 9)).split()
    assert len(words) >= 84
    at = {"x0": 0, "x1": 11, "l": 22, "y0": 33, "y1": 44}
    day = {"x0": 1, "x1": 2, "l": 3, "y0": 5, "y1": 6}
    rec = {k: article(k, f"{k}.vn", f"2024-11-0{day[k]}T08:00:00+07:00", [" ".join(words[a : a + 40])])
           for k, a in at.items()}
    write_jsonl(tmp_path / "first" / "a.jsonl", [rec[k] for k in ("x0", "x1", "y0", "y1")])
    write_jsonl(tmp_path / "second" / "b.jsonl", [rec["l"]])
    write_jsonl(tmp_path / "one" / "all.jsonl", [rec[k] for k in ("x0", "x1", "y0", "y1", "l")])
    run(tmp_path / "first", tmp_path / "two")
    first = {p["passage_id"]: (p["cluster_id"], p["duplicate_of"]) for p in rows(tmp_path / "two", "passages")}
    assert first == {"x0#0": ("x0#0", None), "x1#0": ("x0#0", "x0#0"), "y0#0": ("y0#0", None),
                     "y1#0": ("y0#0", "y0#0")}
    run(tmp_path / "second", tmp_path / "two")
    run(tmp_path / "one", tmp_path / "single")

    def answer(out: Path) -> dict[str, tuple]:
        return {p["passage_id"]: (p["cluster_id"], p["duplicate_of"], p["similarity"]) for p in rows(out, "passages")}

    single = answer(tmp_path / "single")
    assert {k: v[:2] for k, v in single.items()} == {
        "x0#0": ("x0#0", None), "x1#0": ("x0#0", "x0#0"), "l#0": ("l#0", None), "y0#0": ("l#0", "l#0"),
        "y1#0": (None, None)}
    assert answer(tmp_path / "two") == single
    two_docs, one_docs = by_id(tmp_path / "two", "documents", "doc_id"), by_id(tmp_path / "single", "documents", "doc_id")
    assert {k: (d["duplicate_of"], d["copied_from"]) for k, d in two_docs.items()} == \
        {k: (d["duplicate_of"], d["copied_from"]) for k, d in one_docs.items()}
    check_dedup_record(tmp_path / "two")
    assert cli("verify", str(tmp_path / "two")).returncode == 0


def test_a_reprocessed_undated_original_stays_canonical(tmp_path: Path) -> None:
    """Tester ATK12: between undated copies the first written is canonical, and `--reprocess` keeps the dedup
    history. A (run 1) is canonical and B (run 2, another outlet, same text, no date) its copy; after
    `--reprocess` of both files (B's sorts first), or of A's file alone, A was made a copy of B."""
    paras = story()
    for scope in ("all", "original"):
        inputs, out = tmp_path / scope / "in", tmp_path / scope / "out"
        write_jsonl(inputs / "z_first.jsonl", [{"id": "A", "outlet": "baoa.vn", "text": "\n".join(paras)}])
        run(inputs, out)
        write_jsonl(inputs / "a_copy.jsonl", [{"id": "B", "outlet": "baob.vn", "text": "\n".join(paras)}])
        run(inputs, out)
        docs = by_id(out, "documents", "doc_id")
        assert (docs["A"]["duplicate_of"], docs["B"]["duplicate_of"]) == (None, "A"), scope
        run(inputs if scope == "all" else inputs / "z_first.jsonl", out, "--reprocess")
        check_dedup_record(out)
        docs = by_id(out, "documents", "doc_id")
        assert (docs["A"]["duplicate_of"], docs["B"]["duplicate_of"]) == (None, "A"), scope
        assert all(p["duplicate_of"] is None for p in rows(out, "passages") if p["doc_id"] == "A"), scope
