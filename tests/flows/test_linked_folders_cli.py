"""Symlinked folders found inside an input folder, through the CLI and the Parquet output (README-only
tester ATK5, finding 1): a linked folder is its target and is read (before, its files were silently
not read), a loop of links ends with each real file read once, and an output reached through a
linked folder is refused as one inside the input is."""

from __future__ import annotations

import os
from pathlib import Path

from flows.storage.sources import stable_id
from tests.flows.cli_support import check_nothing_lost, cli, records, write_jsonl
from tests.flows.helpers import manifests, rows

ART = ("Bài viết có đủ chữ để thành một đoạn văn dài hơn mười lăm từ cho việc kiểm tra trùng lặp giữa các "
       "trang báo điện tử trong nước.")


def run(api: str, *args: str) -> dict:
    done = cli("run", *args, "--workers", "1", api=api)
    assert done.returncode == 0, done.stderr
    return manifests(Path(args[args.index("--output") + 1]))[-1]


def test_absolute_and_relative_symlinked_folders_are_read(tmp_path: Path, prefect_api: str) -> None:
    """`in/abs -> <abs path>/t1` and `in/rel -> ../t2`: their files are inputs, under the link's name;
    a second link to t1 adds nothing (one file, one document); the .txt file's id is that of its
    target, as when t1 is named directly. A folder holding only a link is read too (before: 0 inputs)."""
    inputs, t1, t2 = tmp_path / "in", tmp_path / "t1", tmp_path / "t2"
    write_jsonl(inputs / "own.jsonl", records("own", range(2)))
    write_jsonl(t1 / "a.jsonl", records("a", range(3)))
    t1.joinpath("page.txt").write_text(f"{ART}\n{ART} Đoạn hai của bài.\n", encoding="utf-8")
    write_jsonl(t2 / "deep" / "b.jsonl", records("b", range(2)))
    (inputs / "abs").symlink_to(t1.resolve())
    (inputs / "rel").symlink_to(Path("..") / "t2")
    (inputs / "rel_again").symlink_to(Path("..") / "t1")
    out = tmp_path / "out"
    m = run(prefect_api, str(inputs), "--output", str(out))
    page_id = stable_id(str((t1 / "page.txt").resolve()))
    expected = {f"own{i}" for i in range(2)} | {f"a{i}" for i in range(3)} | {f"b{i}" for i in range(2)} | {page_id}
    docs = check_nothing_lost(out, expected, per_file={"in/own.jsonl": 2, "in/abs/a.jsonl": 3,
                                                       "in/abs/page.txt": 1, "in/rel/deep/b.jsonl": 2})
    assert m["counts"]["inputs_seen"] == 8 and m["counts"].get("files_ignored", 0) == 0
    assert rows(out, "rejects") == []
    assert {d["doc_id"] for d in docs if d["source"].endswith("page.txt")} == {page_id}
    # a folder holding only a link
    only = tmp_path / "only"
    only.mkdir()
    (only / "link").symlink_to(Path("..") / "t2")
    m = run(prefect_api, str(only), "--output", str(tmp_path / "out_only"))
    assert m["counts"]["inputs_seen"] == 2
    check_nothing_lost(tmp_path / "out_only", {"b0", "b1"}, per_file={"only/link/deep/b.jsonl": 2})


def test_a_loop_of_symlinked_folders_ends_with_every_file_read_once(tmp_path: Path, prefect_api: str) -> None:
    """`in/sub/up -> ..` (a link to its own parent), `in/ext -> ../ext` whose `back -> ../in` leads into the
    input again, and `in/a/x -> ../b` with `in/b/y -> ../a`: the run ends, each real file is one document
    read once (ext's only through the link), and each link to a folder holding it is named in a warning."""
    inputs, ext = tmp_path / "in", tmp_path / "ext"
    write_jsonl(inputs / "top.jsonl", records("top", range(2)))
    write_jsonl(inputs / "sub" / "s.jsonl", records("s", range(1)))
    write_jsonl(inputs / "a" / "a.jsonl", records("a", range(1)))
    write_jsonl(inputs / "b" / "b.jsonl", records("b", range(1)))
    write_jsonl(ext / "e.jsonl", records("e", range(2)))
    (inputs / "sub" / "up").symlink_to("..")
    (inputs / "ext").symlink_to(Path("..") / "ext")
    (ext / "back").symlink_to(Path("..") / "in")
    (inputs / "a" / "x").symlink_to(Path("..") / "b")
    (inputs / "b" / "y").symlink_to(Path("..") / "a")
    out = tmp_path / "out"
    m = run(prefect_api, str(inputs), "--output", str(out))
    check_nothing_lost(out, {"top0", "top1", "s0", "a0", "b0", "e0", "e1"},
                       per_file={"in/top.jsonl": 2, "in/sub/s.jsonl": 1, "in/a/a.jsonl": 1, "in/b/b.jsonl": 1,
                                 "in/ext/e.jsonl": 2})
    assert m["counts"]["inputs_seen"] == 7 and rows(out, "rejects") == []
    loops = [w for w in m["warnings"] if "a loop" in w]
    assert sorted(w.split(":")[0] for w in loops) == ["in/ext/back", "in/sub/up"], m["warnings"]
    # the next run finds the same files through the same links: nothing new, nothing written
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 0 and "nothing new" in done.stdout, done.stdout + done.stderr
    assert len(manifests(out)) == 1


def test_an_output_reached_through_a_linked_folder_is_refused(tmp_path: Path, prefect_api: str) -> None:
    """`--output in/linked/out` with `in/linked -> ../target`, and an input folder holding a link to
    the output: exit 2, nothing written (before, the run went on and would read its own shards)."""
    inputs, target = tmp_path / "in", tmp_path / "target"
    write_jsonl(inputs / "own.jsonl", records("own", range(1)))
    target.mkdir()
    (inputs / "linked").symlink_to(Path("..") / "target")
    done = cli("run", str(inputs), "--output", str(inputs / "linked" / "out"), "--workers", "1", api=prefect_api)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "in/linked" in done.stderr and "own shards" in done.stderr
    assert not (target / "out").exists()
    done = cli("run", str(inputs), "--output", str(target), "--workers", "1", api=prefect_api)
    assert done.returncode == 2 and not os.listdir(target), done.stderr
    out = tmp_path / "out"  # a link in the input to the output folder itself, or into it
    run(prefect_api, str(inputs / "own.jsonl"), "--output", str(out))
    (inputs / "linked").unlink()
    (inputs / "to_out").symlink_to(Path("..") / "out" / "documents")
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 2 and "to_out" in done.stderr, done.stderr
    assert len(manifests(out)) == 1


def test_an_input_whose_own_name_is_hidden_is_read(tmp_path: Path, prefect_api: str) -> None:
    """FX3's note: `run .cache/news` (a folder whose own name starts with ".") and `run .feed.jsonl` (a file named
    so) read what they name; hidden names below the input folder are still left out. Before, every file was
    skipped unseen: no document, no reject, no count."""
    folder, named = tmp_path / ".cache", tmp_path / ".feed.jsonl"
    write_jsonl(folder / "a.jsonl", records("dot", range(2)))
    write_jsonl(folder / ".skip" / "b.jsonl", records("hid", range(1)))
    write_jsonl(named, records("named", range(1)))
    m = run(prefect_api, str(folder), str(named), "--output", str(tmp_path / "out"))
    assert m["counts"]["inputs_seen"] == 3 and m["counts"]["rejected"] == 0, m["counts"]
    assert {d["doc_id"] for d in rows(tmp_path / "out", "documents")} == {"dot0", "dot1", "named0"}
