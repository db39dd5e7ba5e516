"""A newer version of an id that is rejected keeps the older good one, within one run as across two
(README-only tester 6, F1: in one run the older versions became `duplicate_id` rejects naming a kept
version that extraction then rejected, and nothing was kept; the next run said "nothing new")."""

from __future__ import annotations

import os
from pathlib import Path

from tests.flows.cli_support import check_nothing_lost, cli, records, write_jsonl
from tests.flows.helpers import manifests, rows

JS_ONLY = ('<html><head><script src="/app.js"></script></head><body><noscript>Bạn cần bật JavaScript để xem '
           'nội dung này</noscript><div id="app"></div></body></html>')
NAV_ONLY = "<html><body><nav><a>Trang chủ</a><a>Thời sự</a></nav></body></html>"
NEWER_BAD = {  # id -> (the newer version's fields, the reason it is rejected)
    "v0": ({"text": "\u0000\u0001"}, "empty"),
    "v1": ({"text": "Xem thêm: Tin liên quan"}, "empty"),  # every line is boilerplate
    "v2": ({"text": "chữ " * 400}, "line_too_long"),  # with --max-line-chars 1000
    "v3": ({"html": JS_ONLY}, "no_content"),
    "v4": ({"html": NAV_ONLY}, "no_content"),  # F9: a menu only, was a document "Thời sự"
}


def run(*args: str, api: str) -> dict:
    done = cli("run", *args, "--workers", "2", "--batch-size", "2", "--max-line-chars", "1000", api=api)
    assert done.returncode == 0, done.stderr[-2000:]
    return {"stdout": done.stdout}


def texts(out: Path) -> dict[str, str]:
    return {d["doc_id"]: d["text"] for d in rows(out, "documents")}


def same_words(a: str, b: str) -> bool:
    return a.split() == b.split()


def rejects(out: Path) -> dict[str, dict]:
    return {r["source"]: r for r in rows(out, "rejects")}


def test_a_rejected_newer_version_keeps_the_older_one_in_one_run(tmp_path: Path, prefect_api: str) -> None:
    good = records("v", range(6))  # v0..v4 get a bad newer version, v5 a good one (it replaces)
    old = write_jsonl(tmp_path / "in" / "old.jsonl", good)
    newer = [{"id": i, "outlet": "tin.vn", **fields} for i, (fields, _) in NEWER_BAD.items()]
    newer.append({**records("v", range(5, 6), variant="mới")[0]})
    new = write_jsonl(tmp_path / "in" / "new.jsonl", newer)
    # a later line of the same file, rejected (boilerplate only): the earlier line stays
    same = write_jsonl(tmp_path / "in" / "same.jsonl", [*records("s", range(1)),
                                                        {"id": "s0", "outlet": "tin.vn", "text": "Xem thêm: Tin liên quan"}])
    os.utime(old, (1_700_000_000, 1_700_000_000))
    os.utime(new, (1_700_003_600, 1_700_003_600))

    one = tmp_path / "one"
    run(str(old), str(new), str(same), "--output", str(one), api=prefect_api)
    check_nothing_lost(one, {"v0", "v1", "v2", "v3", "v4", "v5", "s0"})
    got = texts(one)
    assert all(same_words(got[f"v{i}"], good[i]["text"]) for i in range(5)), "an older good version was lost"
    assert "mới" in got["v5"]  # a good newer version still replaces
    assert same_words(got["s0"], records("s", range(1))[0]["text"])
    rej = rejects(one)
    for i, (_, reason) in enumerate(NEWER_BAD.values()):
        assert rej[f"new.jsonl#L{i + 1}"]["reason"] == reason, rej
    assert rej["same.jsonl#L2"]["reason"] == "empty"
    assert rej["old.jsonl#L6"]["reason"] == "duplicate_id" and "new.jsonl#L6" in rej["old.jsonl#L6"]["detail"]
    # no row claims a version was kept that was not: the older good versions have no reject row
    assert not any(src.startswith("old.jsonl#L") and src != "old.jsonl#L6" for src in rej), rej
    assert "same.jsonl#L1" not in rej

    # the same as two runs, the older file first
    two = tmp_path / "two"
    run(str(old), str(same), "--output", str(two), api=prefect_api)
    run(str(new), "--output", str(two), api=prefect_api)
    assert texts(two) == got
    assert {s: r["reason"] for s, r in rejects(two).items() if "new.jsonl" in s} == \
        {s: r["reason"] for s, r in rej.items() if "new.jsonl" in s}

    # a rerun is a no-op that keeps them
    n = len(manifests(one))
    again = run(str(old), str(new), str(same), "--output", str(one), api=prefect_api)
    assert "unchanged" in again["stdout"] and len(manifests(one)) == n
    assert texts(one) == got and rejects(one) == rej


def test_a_rejected_newest_version_falls_back_past_the_stored_one(tmp_path: Path, prefect_api: str) -> None:
    """A stored version, then one run with a newer good version and a newest bad one: the newer good one
    replaces the stored one (as in three runs); an older version equal to the stored one keeps it."""
    first = records("k", range(2))
    base = write_jsonl(tmp_path / "in" / "base.jsonl", first)
    os.utime(base, (1_700_000_000, 1_700_000_000))
    out = tmp_path / "out"
    run(str(base), "--output", str(out), api=prefect_api)
    mid = write_jsonl(tmp_path / "in" / "mid.jsonl", records("k", range(1), variant="sửa"))  # k0 corrected
    late = write_jsonl(tmp_path / "in" / "late.jsonl", [{"id": f"k{i}", "outlet": "tin.vn", "text": ""} for i in range(2)]
                       + [{"id": f"k{i}", "outlet": "tin.vn", "html": JS_ONLY} for i in range(2)])
    os.utime(mid, (1_700_000_100, 1_700_000_100))
    os.utime(late, (1_700_000_200, 1_700_000_200))
    write_jsonl(base, [*first, *records("k", range(2, 3))])  # base gains a line: read again (k0, k1 unchanged)
    os.utime(base, (1_700_000_000, 1_700_000_000))
    run(str(base), str(mid), str(late), "--output", str(out), api=prefect_api)
    check_nothing_lost(out, {"k0", "k1", "k2"})
    got = texts(out)
    assert "sửa" in got["k0"] and same_words(got["k1"], first[1]["text"])
    rej = rejects(out)
    assert rej["late.jsonl#L3"]["reason"] == "no_content" and rej["late.jsonl#L4"]["reason"] == "no_content"
    assert not any(s.startswith(("mid.jsonl", "base.jsonl#L2")) for s in rej), rej
    assert "kept mid.jsonl#L1" in rej["base.jsonl#L1"]["detail"]
