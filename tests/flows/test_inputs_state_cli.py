"""Input reading and input state through the CLI and the Parquet output (README-only tester 5):
nothing read is lost (a broken CSV header, duplicate header names, a FIFO, a dangling link), an
older backfill does not replace a newer stored version, replacements are shown, garbage URLs give
no outlet, a timed-out record and other cleaning options are tried again, `forget` names the ids
that matched nothing, `verify` reports a pending commit journal (and only a note for a committed run's
leftover staging)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tests.flows.cli_support import check_nothing_lost, cli, records, write_jsonl
from tests.flows.helpers import manifests, rows

ART1 = ("Bài viết thứ nhất có đủ chữ để thành một đoạn văn dài hơn mười lăm từ cho việc kiểm tra trùng lặp "
        "giữa các trang báo.")
ART2 = "Bài viết thứ hai cũng có đủ chữ để thành một đoạn văn dài hơn mười lăm từ cho việc kiểm tra."


def run(api: str, *args: str) -> dict:
    done = cli("run", *args, "--workers", "1", api=api)
    assert done.returncode == 0, done.stderr
    return manifests(Path(args[args.index("--output") + 1]))[-1] | {"stdout": done.stdout}


def by_source(out: Path, table: str) -> dict[str, dict]:
    return {r["source"]: r for r in rows(out, table)}


def test_a_broken_csv_header_loses_no_line(tmp_path: Path, prefect_api: str) -> None:
    """F3: an unclosed quote in the header, a quoted `;` in it, duplicate names: every data line is a
    document or a reject (before, line 2 silently became the header)."""
    inputs = tmp_path / "csv"
    inputs.mkdir()
    (inputs / "brokenhead.csv").write_text(f'id,"text,outlet\nr1,{ART1},O\nr2,{ART2},O\nr3,Bài ba,O\n', encoding="utf-8")
    (inputs / "semihead.csv").write_text(f'id;"title;sub",text\nw1,{ART1},O\n', encoding="utf-8")
    (inputs / "quotedsemi.csv").write_text(f'id,"title;sub",text\nq1,Tiêu đề; phụ,{ART2}\n', encoding="utf-8")
    (inputs / "duphead.csv").write_text(f"id,text,text\nd1,{ART1},{ART2}\n", encoding="utf-8")
    out = tmp_path / "out"
    m = run(prefect_api, str(inputs), "--output", str(out))
    rejects = by_source(out, "rejects")
    assert rejects["csv/brokenhead.csv"]["reason"] == "malformed_csv"
    assert "header" in rejects["csv/brokenhead.csv"]["detail"] and "lines 1-4" in rejects["csv/brokenhead.csv"]["detail"]
    assert "`text` more than once" in rejects["csv/duphead.csv"]["detail"]
    # the quoted `;` no longer makes `;` the delimiter: the header stays one row of names, line 2 is judged
    assert rejects["csv/semihead.csv#L2"]["reason"] == "malformed_csv"
    docs = check_nothing_lost(out, {"q1"})
    assert docs[0]["text"] == ART2  # read with `,`: three columns
    assert set(rejects) == {"csv/brokenhead.csv", "csv/semihead.csv#L2", "csv/duphead.csv"}
    assert m["counts"]["inputs_seen"] == 4 and m["counts"]["balanced"]


def test_an_older_backfill_does_not_replace_the_newer_stored_version(tmp_path: Path, prefect_api: str) -> None:
    """F13: across runs as within one run, the version of the file modified last wins; the older one
    is a `duplicate_id` reject naming the stored one, unless --reprocess."""
    corrected = {"id": "X", "outlet": "tin.vn", "text": ART1 + "\nĐÍNH CHÍNH: bài đã sửa lại số liệu cho đúng."}
    new = write_jsonl(tmp_path / "new" / "feed.jsonl", [corrected])
    old = write_jsonl(tmp_path / "old" / "dump2020.jsonl", [{"id": "X", "outlet": "tin.vn", "text": ART1}])
    os.utime(old, (1577836800, 1577836800))  # 2020-01-01
    out = tmp_path / "out"
    run(prefect_api, str(new.parent), "--output", str(out))
    m = run(prefect_api, str(old.parent), "--output", str(out))
    (doc,) = check_nothing_lost(out, {"X"})
    assert "ĐÍNH CHÍNH" in doc["text"] and doc["source"] == "new/feed.jsonl#L1"
    reject = by_source(out, "rejects")["old/dump2020.jsonl#L1"]
    assert reject["reason"] == "duplicate_id" and "new/feed.jsonl#L1" in reject["detail"]
    assert m["counts"]["replaced_documents"] == 0 and m["counts"]["balanced"]
    # one run with both: the same answer
    both = tmp_path / "both"
    run(prefect_api, str(new.parent), str(old.parent), "--output", str(both))
    assert "ĐÍNH CHÍNH" in check_nothing_lost(both, {"X"})[0]["text"]
    # asked for: the older version replaces it
    run(prefect_api, str(old.parent), "--output", str(out), "--reprocess")
    assert "ĐÍNH CHÍNH" not in check_nothing_lost(out, {"X"})[0]["text"]


def test_a_replaced_version_read_again_from_a_rewritten_file_stays_replaced(tmp_path: Path, prefect_api: str) -> None:
    """Tester: a correction in a newer file was reverted when the feed holding the old version gained an
    unrelated line (the feed became the file modified last); and of two files with equal mtimes, the version
    kept depended on the order of the runs. A replaced version stays replaced; the feed's own edit still wins."""
    feed, fix, out = tmp_path / "in" / "feed.jsonl", tmp_path / "in" / "correction.jsonl", tmp_path / "out"
    old = {"id": "X", "outlet": "tin.vn", "text": ART1}
    write_jsonl(feed, [old])
    os.utime(feed, (1_700_000_000, 1_700_000_000))
    run(prefect_api, str(feed.parent), "--output", str(out))
    write_jsonl(fix, [{**old, "text": ART1 + "\nĐÍNH CHÍNH: bài đã sửa lại số liệu cho đúng."}])
    os.utime(fix, (1_700_000_100, 1_700_000_100))
    run(prefect_api, str(feed.parent), "--output", str(out))
    write_jsonl(feed, [old, {"id": "Y", "outlet": "tin.vn", "text": ART2}])  # the feed grows: modified last now
    m = run(prefect_api, str(feed.parent), "--output", str(out))
    docs = {d["doc_id"]: d for d in check_nothing_lost(out, {"X", "Y"})}
    assert "ĐÍNH CHÍNH" in docs["X"]["text"] and docs["X"]["source"] == "in/correction.jsonl#L1"
    reject = by_source(out, "rejects")["in/feed.jsonl#L1"]
    assert reject["reason"] == "duplicate_id" and "replaced it" in reject["detail"] and m["counts"]["balanced"]
    # the feed edits its own record: a new version, it replaces the correction
    write_jsonl(feed, [{**old, "text": ART1 + "\nCẬP NHẬT: tòa soạn bổ sung thông tin mới."},
                       {"id": "Y", "outlet": "tin.vn", "text": ART2}])
    run(prefect_api, str(feed.parent), "--output", str(out))
    assert "CẬP NHẬT" in {d["doc_id"]: d for d in check_nothing_lost(out, {"X", "Y"})}["X"]["text"]

    # equal mtimes: the file later in path order wins, whichever run read which file first
    a = write_jsonl(tmp_path / "eq" / "a.jsonl", [{"id": "K", "outlet": "tin.vn", "text": ART1}])
    b = write_jsonl(tmp_path / "eq" / "b.jsonl", [{"id": "K", "outlet": "tin.vn", "text": ART2}])
    for f in (a, b):
        os.utime(f, (1_700_000_000, 1_700_000_000))
    for order, name in (((a, b), "ab"), ((b, a), "ba")):
        for f in order:
            run(prefect_api, str(f), "--output", str(tmp_path / name))
        (doc,) = check_nothing_lost(tmp_path / name, {"K"})
        assert doc["text"] == ART2, name


def test_a_version_refused_as_older_stays_refused_when_its_file_moves(tmp_path: Path, prefect_api: str) -> None:
    """Tester ATK12: an old dump's version of X, refused as older than the stored correction, replaced the
    correction in a later run once the dump gained an unrelated line (its mtime became the newest) or was
    copied without its mtime. A version refused as older stays refused, and its reject row says so."""
    old = {"id": "X", "outlet": "tin.vn", "text": ART1}
    fixed = {**old, "text": ART1 + "\nĐÍNH CHÍNH: bài đã sửa lại số liệu cho đúng."}
    for how in ("append", "copy"):
        inputs, out = tmp_path / how / "in", tmp_path / how / "out"
        write_jsonl(inputs / "feed.jsonl", [fixed])
        run(prefect_api, str(inputs), "--output", str(out))
        dump = write_jsonl(inputs / "dump.jsonl", [old])
        os.utime(dump, (1577836800, 1577836800))  # 2020-01-01: older than the feed
        run(prefect_api, str(inputs), "--output", str(out))
        assert "is stored" in by_source(out, "rejects")["in/dump.jsonl#L1"]["detail"], how
        if how == "append":  # the dump gains an unrelated line: now the file modified last
            write_jsonl(dump, [old, {"id": "Y", "outlet": "tin.vn", "text": ART2}])
            wanted, refused = {"X", "Y"}, "in/dump.jsonl#L1"
        else:  # `cp` without -p: a new file with a new mtime
            (inputs / "dump_copy.jsonl").write_bytes(dump.read_bytes())
            wanted, refused = {"X"}, "in/dump_copy.jsonl#L1"
        m = run(prefect_api, str(inputs), "--output", str(out))
        docs = {d["doc_id"]: d for d in check_nothing_lost(out, wanted)}
        assert "ĐÍNH CHÍNH" in docs["X"]["text"] and docs["X"]["source"] == "in/feed.jsonl#L1", how
        rejects = by_source(out, "rejects")
        assert rejects[refused]["reason"] == "duplicate_id" and "older" in rejects[refused]["detail"], how
        assert m["counts"]["replaced_documents"] == 0 and m["counts"]["balanced"], how
        if how == "copy":  # the first reading's reject row stays, and still holds
            assert rejects["in/dump.jsonl#L1"]["reason"] == "duplicate_id"


def test_replacements_are_shown_and_another_outlets_flagged(tmp_path: Path, prefect_api: str) -> None:
    """F1: the summary and the report print replaced documents; a replacement by a record of
    another outlet is a warning with a count and an example."""
    a = write_jsonl(tmp_path / "a" / "feed.jsonl", [{"id": "1", "outlet": "baoa.vn", "text": ART1},
                                                    {"id": "2", "outlet": "baoa.vn", "text": ART2}])
    b = write_jsonl(tmp_path / "b" / "feed.jsonl", [{"id": "1", "outlet": "baob.vn", "text": ART2 + " Bản B."},
                                                    {"id": "2", "outlet": "baoa.vn", "text": ART2 + " Sửa."}])
    out = tmp_path / "out"
    run(prefect_api, str(a.parent), "--output", str(out))
    m = run(prefect_api, str(b.parent), "--output", str(out))
    assert m["counts"]["replaced_documents"] == 2 and m["counts"]["replaced_other_outlet"] == 1
    assert "stored documents replaced (same id)" in m["stdout"]
    warning = next(line for line in m["stdout"].splitlines() if "WARNING" in line)
    assert "1 stored document(s) replaced by a record of another outlet" in warning and "baoa.vn -> baob.vn" in warning
    report = (out / "reports" / f"{m['run_id']}.md").read_text(encoding="utf-8")
    assert "## Warnings" in report and "stored documents replaced" in report


def test_empty_output_is_a_usage_error(tmp_path: Path) -> None:
    """F9: `--output ''` is refused like `--text-field ''`, not taken as the current folder."""
    inputs = write_jsonl(tmp_path / "in" / "a.jsonl", records("e", range(1)))
    for value in ("", "  "):
        done = cli("run", str(inputs), "--output", value, cwd=tmp_path)
        assert done.returncode == 2 and "output" in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_garbage_urls_give_no_outlet_and_mobile_hosts_are_the_site(tmp_path: Path, prefect_api: str) -> None:
    """F10a: a `url` without scheme and host gives no outlet (counted); m./amp. hosts are the site's.
    F10h: a NaN id is an `invalid_id` reject (see test_reject_details_cli); 1.0 is the id "1"."""
    recs = [{"id": "j1", "url": "not a url at all", "text": ART1}, {"id": "j2", "url": "javascript:alert(1)", "text": ART2},
            {"id": "j3", "url": 123, "text": ART1 + " Ba."}, {"id": "j4", "url": "https://m.tuoitre.vn/x", "text": ART2 + " Tư."},
            {"id": "j5", "url": "https://amp.tuoitre.vn/y", "text": ART1 + " Năm."}]
    inputs = write_jsonl(tmp_path / "in" / "mixed.jsonl", recs)
    pq.write_table(pa.table({"id": pa.array([1.0, float("nan"), float("nan")]),
                             "text": [ART2 + " Sáu.", ART2 + " Bảy.", ART1 + " Tám."]}), inputs.parent / "floats.parquet")
    out = tmp_path / "out"
    m = run(prefect_api, str(inputs.parent), "--output", str(out))
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert {d: docs[d]["outlet"] for d in ("j1", "j2", "j3", "j4", "j5")} == {
        "j1": "mixed", "j2": "mixed", "j3": "mixed", "j4": "tuoitre.vn", "j5": "tuoitre.vn"}
    assert m["counts"]["url_invalid"] == 3
    assert "nan" not in docs and "1" in docs and len(docs) == 6
    assert m["counts"]["rejected"] == 2 and m["counts"]["rejects_by_reason"] == {"invalid_id": 2}


def test_a_fifo_and_a_dangling_link_are_accounted_for(tmp_path: Path, prefect_api: str) -> None:
    """F10l: in a folder each is a reject row with its reason; a FIFO named is never opened."""
    inputs = tmp_path / "in"
    write_jsonl(inputs / "ok.jsonl", records("f", range(1)))
    (inputs / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(inputs / "pipe.txt")
    out = tmp_path / "out"
    m = run(prefect_api, str(inputs), "--output", str(out))
    rejects = by_source(out, "rejects")
    assert rejects["in/dangling.txt"]["reason"] == "unreadable" and "does not exist" in rejects["in/dangling.txt"]["detail"]
    assert rejects["in/pipe.txt"]["reason"] == "unsupported_type" and "FIFO" in rejects["in/pipe.txt"]["detail"]
    assert m["counts"]["inputs_seen"] == 3 and m["counts"]["balanced"]
    m = run(prefect_api, str(inputs / "pipe.txt"), "--output", str(tmp_path / "out2"))  # no hang: not opened
    assert m["counts"]["rejects_by_reason"] == {"unsupported_type": 1} and m["counts"]["inputs_seen"] == 1


def test_a_timed_out_record_and_other_cleaning_options_are_processed_again(tmp_path: Path, prefect_api: str) -> None:
    """F10c: `extract_timeout` is transient: the next run tries the file again. F10m: unchanged
    inputs under another `--keep-captions` are cleaned again, not skipped."""
    inputs = tmp_path / "in"
    paras = "".join(f"<p>{ART1} Đoạn {i}.</p>" for i in range(300))
    (inputs / "page.html").parent.mkdir(parents=True)
    (inputs / "page.html").write_text(f"<html><body><article>{paras}</article></body></html>", encoding="utf-8")
    caption = "Người dân xếp hàng chờ mua vé tại ga Hà Nội sáng nay. Ảnh: Reuters"
    write_jsonl(inputs / "cap.jsonl", [{"id": "c1", "outlet": "tin.vn", "text": f"{ART1}\n{caption}\n{ART2}"}])
    out = tmp_path / "out"
    m = run(prefect_api, str(inputs), "--output", str(out), "--extract-timeout", "0.000001")
    assert m["counts"]["rejects_by_reason"] == {"extract_timeout": 1}
    m = run(prefect_api, str(inputs), "--output", str(out), "--extract-timeout", "0.000001")
    assert m["counts"]["rejects_by_reason"] == {"extract_timeout": 1}  # tried again, not skipped as unchanged
    assert m["counts"]["skipped_unchanged"] == 1  # cap.jsonl
    # with the default time limit the page is read (and the caption is removed), then kept with --keep-captions
    run(prefect_api, str(inputs), "--output", str(out))
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert caption not in docs["c1"]["text"] and len(docs) == 2
    m = run(prefect_api, str(inputs), "--output", str(out), "--keep-captions")
    assert m["counts"]["processed"] == 2 and m["counts"]["skipped_unchanged"] == 0
    assert caption in {d["doc_id"]: d for d in rows(out, "documents")}["c1"]["text"]
    assert rows(out, "rejects") == []  # the timed-out page's reject rows were replaced when it was read


def test_forget_names_ids_that_matched_nothing(tmp_path: Path, prefect_api: str) -> None:
    """F10i: a mistyped takedown id is named; only unmatched ids exit 1."""
    inputs = write_jsonl(tmp_path / "in" / "a.jsonl", records("g", range(2)))
    out = tmp_path / "out"
    run(prefect_api, str(inputs), "--output", str(out))
    done = cli("forget", str(out), "--doc-id", "g0", "--doc-id", "g-typo")
    assert done.returncode == 0 and "'g-typo'" in done.stdout and "'g0'" not in done.stdout.split("no rows of")[1]
    assert json.loads(sorted((out / "manifests").glob("*.json"))[-1].read_text())["forgot"]["unmatched"] == ["g-typo"]
    done = cli("forget", str(out), "--doc-id", "g0")  # already gone
    assert done.returncode == 1 and "'g0'" in done.stderr
    assert {d["doc_id"] for d in rows(out, "documents")} == {"g1"}


def test_verify_reports_a_pending_commit_journal(tmp_path: Path, prefect_api: str) -> None:
    """F10b: a run killed during its commit leaves a journal; verify says so (exit 1), not "ok"."""
    inputs = write_jsonl(tmp_path / "in" / "a.jsonl", records("v", range(3)))
    out = tmp_path / "out"
    run(prefect_api, str(inputs), "--output", str(out))
    write_jsonl(tmp_path / "in" / "b.jsonl", records("w", range(3)))
    killed = cli("run", str(inputs.parent), "--output", str(out), "--workers", "1", api=prefect_api,
                 env={"NEWSCLEAN_FAILPOINT": "mid-commit"})
    assert killed.returncode != 0
    journals = list((out / "_staging").glob("*/COMMIT.json"))
    assert len(journals) == 1
    done = cli("verify", str(out))
    assert done.returncode == 1 and "pending commit journal" in done.stdout, done.stdout
    assert cli("repair", str(out)).returncode == 0
    assert cli("verify", str(out)).returncode == 0
    check_nothing_lost(out, {f"v{i}" for i in range(3)} | {f"w{i}" for i in range(3)})



def test_verify_accepts_a_committed_runs_leftover_staging(tmp_path: Path, prefect_api: str) -> None:
    """ATK6 F10: a run killed after its commit, while removing `_staging/.done-<run>`, is complete:
    verify notes the leftover (exit 0, not a pending journal of a run named ".done-…"), repair says it
    removed it, and the next run does too."""
    inputs = write_jsonl(tmp_path / "in" / "a.jsonl", records("k", range(3)))
    out = tmp_path / "out"
    killed = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api,
                 env={"NEWSCLEAN_FAILPOINT": "before-staging-removal"})
    assert killed.returncode != 0
    run_id = manifests(out)[-1]["run_id"]
    assert [p.name for p in (out / "_staging").iterdir()] == [f".done-{run_id}"]
    assert (out / "_staging" / f".done-{run_id}" / "COMMIT.json").exists()
    done = cli("verify", str(out))
    assert done.returncode == 0, done.stdout
    assert "pending commit journal" not in done.stdout and f"of run {run_id}, which committed" in done.stdout
    repaired = cli("repair", str(out))
    assert repaired.returncode == 0
    assert f"removed the leftover staging folder _staging/.done-{run_id}" in repaired.stdout, repaired.stdout
    assert "nothing to repair" not in repaired.stdout and not list((out / "_staging").iterdir())
    assert cli("verify", str(out)).returncode == 0
    check_nothing_lost(out, {f"k{i}" for i in range(3)})


def test_a_boilerplate_config_counts_by_its_pins_and_denies_not_its_bytes(tmp_path: Path, prefect_api: str) -> None:
    """A `--boilerplate-config` holding only comments pins and denies nothing: its inputs are
    unchanged, as without it; a comment or a reordering added later changes nothing either, and
    only a new pin or deny makes the documents be cleaned again (a new `documents/` shard)."""
    inputs = write_jsonl(tmp_path / "in" / "a.jsonl", records("b", range(3)))
    out, cfg = tmp_path / "out", tmp_path / "patterns.toml"

    def shards() -> int:
        return len(list((out / "documents").glob("*.parquet")))

    run(prefect_api, str(inputs), "--output", str(out))
    assert shards() == 1
    cfg.write_text("# pins and denies go here\n", encoding="utf-8")
    m = run(prefect_api, str(inputs), "--output", str(out), "--boilerplate-config", str(cfg))
    assert shards() == 1 and "unchanged" in m["stdout"], m["stdout"]
    deny = '[[deny]]\noutlet = "tin.vn"\nline = "Xem thêm tin khác"\n'
    pin = '[[pin]]\nline = "Theo dõi chúng tôi trên Facebook"\n'
    cfg.write_text(deny + pin, encoding="utf-8")
    run(prefect_api, str(inputs), "--output", str(out), "--boilerplate-config", str(cfg))
    assert shards() == 2  # a real change: cleaned again
    cfg.write_text("# reordered, with a comment\n" + pin + "\n" + deny, encoding="utf-8")
    m = run(prefect_api, str(inputs), "--output", str(out), "--boilerplate-config", str(cfg))
    assert shards() == 2 and "unchanged" in m["stdout"], m["stdout"]
