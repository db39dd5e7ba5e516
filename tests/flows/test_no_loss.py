"""Never lose a document (issue 10): identity is the doc_id, a new or changed file upserts its
records, nothing is deleted because a file changed, moved or shares a name with another; the
output cannot sit inside an input. Every test runs `newsclean` and reads the Parquet back."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.flows.cli_support import check_nothing_lost, cli, records, write_jsonl
from tests.flows.helpers import REPO, SEEDS, manifests, rows
from tests.flows.helpers import run as run_inproc


def run_ok(api: str, *args: str, cwd: Path = REPO) -> dict:
    """`newsclean run ARGS` must succeed; returns its manifest."""
    done = cli("run", *args, "--workers", "1", api=api, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return manifests(cwd / args[args.index("--output") + 1])[-1]


def ids(prefix: str, n: range) -> set[str]:
    return {f"{prefix}{i}" for i in n}


def test_same_named_inputs_in_different_folders_keep_each_others_documents(tmp_path: Path, prefect_api: str) -> None:
    d1 = write_jsonl(tmp_path / "d1/feed/articles.jsonl", records("a", range(30)))
    d2 = write_jsonl(tmp_path / "d2/feed/articles.jsonl", records("b", range(10)))
    out = tmp_path / "o"
    run_ok(prefect_api, str(d1.parent), "--output", str(out))
    m = run_ok(prefect_api, str(d2.parent), "--output", str(out))
    assert m["counts"]["replaced_documents"] == 0 and m["counts"]["processed"] == 10
    check_nothing_lost(out, ids("a", range(30)) | ids("b", range(10)), {"feed/articles.jsonl": 40})
    # the same files given directly, and both folders in one run (their names are told apart)
    out2 = tmp_path / "o2"
    run_inproc([d1], out2)  # (preparation in-process; the CLI run is the one under test)
    run_ok(prefect_api, str(d2), "--output", str(out2))
    check_nothing_lost(out2, ids("a", range(30)) | ids("b", range(10)))
    out3 = tmp_path / "o3"
    run_ok(prefect_api, str(d1.parent), str(d2.parent), "--output", str(out3))
    check_nothing_lost(out3, ids("a", range(30)) | ids("b", range(10)),
                       {"d1/feed/articles.jsonl": 30, "d2/feed/articles.jsonl": 10})


def test_a_file_rewritten_every_hour_adds_to_the_output(tmp_path: Path, prefect_api: str) -> None:
    feed, out = tmp_path / "incoming/vnexpress.jsonl", tmp_path / "o"
    for hour in range(3):  # a crawler rewrites the same file with the hour's new articles
        write_jsonl(feed, records(f"h{hour}-", range(8)))
        m = run_ok(prefect_api, str(feed.parent), "--output", str(out)) if hour else run_inproc([feed.parent], out)
        assert m["counts"]["processed"] == 8 and m["counts"]["replaced_documents"] == 0
    check_nothing_lost(out, {f"h{h}-{i}" for h in range(3) for i in range(8)})
    # one of them comes again, corrected: it replaces its row (upsert), the others stay
    fixed = records("h1-", range(3, 4), variant="sửa")
    write_jsonl(feed, fixed)
    m = run_ok(prefect_api, str(feed.parent), "--output", str(out))
    assert m["counts"]["replaced_documents"] == 1
    docs = check_nothing_lost(out, {f"h{h}-{i}" for h in range(3) for i in range(8)})
    assert "sửa" in next(d["text"] for d in docs if d["doc_id"] == "h1-3")


def test_another_spelling_of_a_path_gives_no_duplicates(tmp_path: Path, prefect_api: str) -> None:
    outer = tmp_path / "sp/outer"
    write_jsonl(outer / "inner/feed.jsonl", records("r", range(20)))
    shutil.copy(next(SEEDS.glob("*.txt")), outer / "inner/article.txt")
    shutil.copy(sorted(SEEDS.glob("*.txt"))[1], outer / "top.txt")
    out = tmp_path / "o"
    run_ok(prefect_api, str(outer), "--output", str(out))
    first = {d["doc_id"] for d in rows(out, "documents")}
    assert len(first) == 22
    m = run_ok(prefect_api, str(outer / "inner"), "--output", str(out), "--reprocess")
    assert m["counts"]["rejected"] == 0 and m["counts"]["replaced_documents"] == 21
    check_nothing_lost(out, first)
    # relative and roundabout spellings, from another working directory
    m = run_ok(prefect_api, "outer/../outer/inner/", "--output", "../o", "--reprocess", cwd=tmp_path / "sp")
    assert m["counts"]["rejected"] == 0
    check_nothing_lost(out, first)
    assert not rows(out, "rejects")


def test_records_moving_between_files_lose_nothing(tmp_path: Path, prefect_api: str) -> None:
    dump, out = tmp_path / "dump", tmp_path / "o"
    every = records("d", range(200))
    write_jsonl(dump / "a.jsonl", every[:100])
    write_jsonl(dump / "b.jsonl", every[100:])
    run_inproc([dump], out)
    write_jsonl(dump / "a.jsonl", every[:150])  # re-split: 0-149 / 150-199
    write_jsonl(dump / "b.jsonl", every[150:])
    m = run_ok(prefect_api, str(dump), "--output", str(out))
    # the records are unchanged: none is processed again, only their `source` follows them
    assert m["counts"]["rejected"] == 0 and m["counts"]["processed"] == 0 and m["counts"]["skipped_unchanged"] == 200
    check_nothing_lost(out, ids("d", range(200)), {"dump/a.jsonl": 150, "dump/b.jsonl": 50})
    # a file that shrinks deletes nothing (records leave only when asked)
    write_jsonl(dump / "b.jsonl", every[150:160])
    run_inproc([dump], out)
    check_nothing_lost(out, ids("d", range(200)))


def test_one_id_in_two_files_of_a_run_is_one_document_the_newer_wins(tmp_path: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "o"
    old = write_jsonl(inputs / "z_old.jsonl", records("s", range(5)) + records("c", range(2), variant="cũ"))
    write_jsonl(inputs / "a_new.jsonl", records("s", range(5)) + records("c", range(2), variant="mới"))
    os.utime(old, (1_700_000_000, 1_700_000_000))  # older, though read last (names sort after)
    m = run_ok(prefect_api, str(inputs), "--output", str(out))
    # identical copies merge silently; conflicting ones keep the newer file's version, one reject each
    assert m["counts"]["same_id_merged"] == 5 and m["counts"]["rejected"] == 2 and m["counts"]["balanced"]
    rejects = rows(out, "rejects")
    assert {(r["doc_id"], r["reason"], r["source"].split("#")[0]) for r in rejects} == {
        ("c0", "duplicate_id", "in/z_old.jsonl"), ("c1", "duplicate_id", "in/z_old.jsonl")}
    docs = check_nothing_lost(out, ids("s", range(5)) | ids("c", range(2)))
    assert all("mới" in d["text"] for d in docs if d["doc_id"].startswith("c"))
    assert all(d["source"].startswith("in/a_new.jsonl") for d in docs if d["doc_id"].startswith("c"))


def test_one_id_in_three_files_each_older_copy_is_judged_against_the_kept_one(tmp_path: Path,
                                                                              prefect_api: str) -> None:
    """v1 (oldest), v2, then a copy of v1 (newest): the kept version is the copy; the old v1 is
    identical to it (merged, no reject) and v2 differs (one reject naming the copy, not v2)."""
    inputs, out = tmp_path / "in", tmp_path / "o"
    v1 = write_jsonl(inputs / "d1.jsonl", records("c", range(1), variant="cũ"))
    v2 = write_jsonl(inputs / "d2.jsonl", records("c", range(1), variant="mới"))
    v3 = write_jsonl(inputs / "d3.jsonl", records("c", range(1), variant="cũ"))
    for k, f in enumerate((v1, v2, v3)):
        os.utime(f, (1_700_000_000 + k, 1_700_000_000 + k))
    m = run_ok(prefect_api, str(inputs), "--output", str(out))
    assert m["counts"]["same_id_merged"] == 1 and m["counts"]["rejected"] == 1 and m["counts"]["balanced"]
    (reject,) = rows(out, "rejects")
    assert reject["source"].startswith("in/d2.jsonl") and "kept in/d3.jsonl" in reject["detail"]
    (doc,) = check_nothing_lost(out, ids("c", range(1)))
    assert doc["source"].startswith("in/d3.jsonl") and "cũ" in doc["text"]


def test_reprocess_never_duplicates_rows(tmp_path: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "o"
    write_jsonl(inputs / "a.jsonl", records("p", range(30)))
    shutil.copytree(SEEDS, inputs / "seeds")
    run_inproc([inputs], out)
    expected = {d["doc_id"] for d in rows(out, "documents")}
    run_inproc([inputs], out, reprocess=True)
    check_nothing_lost(out, expected)
    run_ok(prefect_api, str(inputs), "--output", str(out), "--reprocess")
    check_nothing_lost(out, expected)
    # a subset, by another spelling, then everything again
    run_ok(prefect_api, str(inputs / "seeds"), "--output", str(out), "--reprocess")
    run_ok(prefect_api, str(inputs / "a.jsonl"), str(inputs), "--output", str(out), "--reprocess")
    check_nothing_lost(out, expected)


def test_a_fixed_record_replaces_its_reject_row_and_a_reject_never_deletes(tmp_path: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "o"
    good = records("f", range(4))
    write_jsonl(inputs / "a.jsonl", [*good[:3], {"id": "f3", "title": "no body yet"}])
    run_inproc([inputs], out)
    assert [r["doc_id"] for r in rows(out, "rejects")] == ["f3"]
    write_jsonl(inputs / "a.jsonl", good)  # fixed: the reject row goes, the document arrives
    run_ok(prefect_api, str(inputs), "--output", str(out))
    assert not rows(out, "rejects")
    check_nothing_lost(out, ids("f", range(4)))
    write_jsonl(inputs / "a.jsonl", [*good[:3], {"id": "f3", "title": "broken again"}])
    run_ok(prefect_api, str(inputs), "--output", str(out))  # a bad new version keeps the last good one
    assert [r["doc_id"] for r in rows(out, "rejects")] == ["f3"]
    check_nothing_lost(out, ids("f", range(4)))


def test_output_inside_an_input_is_a_usage_error(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_jsonl(inputs / "a.jsonl", records("g", range(3)))
    for output in (inputs / "out", inputs, tmp_path):  # inside, equal, input inside output
        done = cli("run", str(inputs), "--output", str(output))
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "outside the inputs" in done.stderr
    assert not (inputs / "out").exists() and not (inputs / "documents").exists()


def test_ids_given_by_earlier_versions_are_recognised(tmp_path: Path) -> None:
    """Before issue 10 a record without `id` got a hash of its `source` name as spelled then; read
    again, its row is replaced by the one under the path-based id (checked by hand against an
    output of commit f1cd3b8: 8 documents stay 8 after `--reprocess`)."""
    from flows.run.stages import _legacy_ids
    from flows.storage.sources import InputFile, RawRecord, stable_id

    path = str(tmp_path / "outer/inner/a.jsonl")
    f = InputFile(path, "inner/a.jsonl", "jsonl", 10, 1)
    no_id = RawRecord("inner/a.jsonl#L3", "content-id", 3, "text", text="x", line_id=stable_id(f"{path}#L3"))
    assert _legacy_ids(no_id, f, {"source": "outer/inner/a.jsonl"}) == [
        (stable_id(f"{path}#L3"), True), (stable_id("outer/inner/a.jsonl#L3"), True)]
    assert _legacy_ids(RawRecord("inner/a.jsonl#L3", "own-id", 3, "text", text="x"), f, {"source": "x"}) == []
    assert _legacy_ids(no_id, f, None) == [(stable_id(f"{path}#L3"), True)]
    txt = InputFile(str(tmp_path / "b.txt"), "t/b.txt", "text", 10, 1)
    rec = RawRecord("t/b.txt", stable_id(txt.path), 0, "text", path=txt.path)
    assert _legacy_ids(rec, txt, {"source": "old/t/b.txt"}) == [(stable_id("old/t/b.txt"), False)]


def test_records_without_id_keep_their_identity_when_a_feed_shifts(tmp_path: Path, prefect_api: str) -> None:
    """A record without `id` is its `url`, else its file and text, never its line: a rolling feed
    that drops its first line, then gains one at the top, keeps every article exactly once (with
    line-based ids, article A was overwritten by B's row and a stale copy stayed)."""
    a, b, c, n = (records(p, range(1))[0]["text"].replace("  ", " ") for p in ("A", "B", "C", "N"))
    feed, urls, out = tmp_path / "in/feed.jsonl", tmp_path / "in/urls.jsonl", tmp_path / "o"

    def noid(*texts: str) -> list[dict]:
        return [{"outlet": "noid.vn", "text": t} for t in texts]

    def texts() -> list[str]:
        return sorted(d["text"] for d in rows(out, "documents"))

    write_jsonl(feed, noid(a, b, c))
    write_jsonl(urls, [{"url": "https://tin.vn/u1", "text": c.replace("Bài C0", "Bài U0")}])
    run_inproc([feed.parent], out)
    write_jsonl(feed, noid(b, c))  # the first line dropped
    m = run_ok(prefect_api, str(feed.parent), "--output", str(out))
    assert m["counts"]["replaced_documents"] == 0
    assert texts() == sorted([a, b, c, c.replace("Bài C0", "Bài U0")])
    write_jsonl(feed, noid(n, a, b, c))  # a line gained at the top
    edited = c.replace("Bài C0", "Bài U0 (cập nhật)")
    write_jsonl(urls, [{"outlet": "x.vn", "text": n.replace("Bài N0", "Bài X0")},
                       {"url": "https://tin.vn/u1", "text": edited}])  # the url record moved and was corrected
    m = run_ok(prefect_api, str(feed.parent), "--output", str(out))
    assert m["counts"]["replaced_documents"] == 1  # the url record, upserted
    docs = check_nothing_lost(out, {d["doc_id"] for d in rows(out, "documents")})
    assert texts() == sorted([a, b, c, n, edited, n.replace("Bài N0", "Bài X0")])
    by_text = {d["text"]: d for d in docs}
    assert by_text[edited]["doc_id"] == "https://tin.vn/u1" and by_text[edited]["source"] == "in/urls.jsonl#L2"
    assert by_text[a]["source"] == "in/feed.jsonl#L2"  # `source` still locates the record


def test_a_symlinked_file_in_a_folder_is_its_target(tmp_path: Path, prefect_api: str) -> None:
    """README: a .txt/.html file's id is a hash of its resolved path. Two links to one file found
    while walking a folder, and the file named directly, are one document."""
    target = tmp_path / "elsewhere/target.txt"
    target.parent.mkdir()
    target.write_text(records("S", range(1))[0]["text"], encoding="utf-8")
    folder, out = tmp_path / "in", tmp_path / "o"
    folder.mkdir()
    (folder / "link.txt").symlink_to(target)
    (folder / "sub").mkdir()
    (folder / "sub/link2.txt").symlink_to(target)
    m = run_ok(prefect_api, str(folder), "--output", str(out))
    assert m["counts"]["processed"] == 1
    (doc,) = rows(out, "documents")
    done = cli("run", str(target), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 0 and "nothing new" in done.stdout, done.stdout + done.stderr
    assert [d["doc_id"] for d in rows(out, "documents")] == [doc["doc_id"]]
