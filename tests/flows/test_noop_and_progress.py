"""A run with nothing new answers before Prefect starts and writes nothing; anything new or
doubtful (a changed file or field mapping, a damaged output) still gets the full run. Progress:
log lines when stderr is not a terminal, a progress bar when it is (a pseudo-terminal)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
from pathlib import Path

from tests.flows.cli_support import NEWSCLEAN, cli
from tests.flows.helpers import REPO, copy_seeds, manifests, rows


def _snapshot(out: Path) -> dict[str, tuple[int, int]]:
    """Every file of the output folder (but the lock) with size and mtime."""
    return {str(p.relative_to(out)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in out.rglob("*") if p.is_file() and p.name != ".lock"}


def test_nothing_new_writes_nothing_but_changes_still_run_in_full(tmp_path: Path, prefect_api: str) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    first = cli("run", str(seeds), "--output", str(out), api=prefect_api)
    assert first.returncode == 0, first.stderr
    before = _snapshot(out)

    again = cli("run", str(seeds), "--output", str(out), api=prefect_api)
    assert again.returncode == 0, again.stderr
    assert "nothing new" in again.stdout and "starting" not in again.stderr
    skipped = next(line for line in again.stdout.splitlines() if "skipped (unchanged)" in line)
    assert skipped.split()[-1] == "5"
    assert _snapshot(out) == before and len(manifests(out)) == 1

    # another field mapping: the files are read again (state/inputs.parquet `read_with`)
    mapped = cli("run", str(seeds), "--output", str(out), "--title-field", "headline", api=prefect_api)
    assert mapped.returncode == 0, mapped.stderr
    # (the seeds are .txt files: no title field, so their documents come out the same and are
    # skipped one by one as unchanged, `documents.input_key`)
    c = manifests(out)[-1]["counts"]
    assert len(manifests(out)) == 2 and c["processed"] == 0 and c["skipped_unchanged"] == 5
    same_mapping = cli("run", str(seeds), "--output", str(out), "--title-field", "headline", api=prefect_api)
    assert "nothing new" in same_mapping.stdout and len(manifests(out)) == 2

    # a changed setting is not "nothing new" either: the run is recorded with it
    other = cli("run", str(seeds), "--output", str(out), "--title-field", "headline", "--min-similarity", "0.6",
                api=prefect_api)
    assert "nothing new" not in other.stdout and len(manifests(out)) == 3

    # a changed file is read again
    changed = sorted(seeds.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nMột đoạn mới được thêm vào bài viết này hôm nay "
                       "để kiểm tra rằng tệp đã thay đổi được đọc lại.\n", encoding="utf-8")
    reread = cli("run", str(seeds), "--output", str(out), "--title-field", "headline", "--min-similarity", "0.6",
                 api=prefect_api)
    assert reread.returncode == 0, reread.stderr
    assert len(manifests(out)) == 4 and manifests(out)[-1]["counts"]["processed"] == 1
    assert len(rows(out, "documents")) == 5

    # a damaged output is reported exactly as before (the start-of-run integrity check)
    for shard in (out / "documents").glob("*.parquet"):
        shard.unlink()
    damaged = cli("run", str(seeds), "--output", str(out), "--title-field", "headline", "--min-similarity", "0.6",
                  api=prefect_api)
    assert damaged.returncode == 1 and "damaged output folder" in damaged.stderr
    assert "nothing new" not in damaged.stdout


def test_progress_is_log_lines_off_a_terminal(tmp_path: Path, prefect_api: str) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    done = cli("run", str(seeds), "--output", str(out), "--batch-size", "2", api=prefect_api)
    assert done.returncode == 0, done.stderr
    lines = [line.strip() for line in done.stderr.splitlines() if "batches" in line]
    assert "extract: 3/3 batches (100%" in "\n".join(lines) and any(x.startswith("sign: 3/3") for x in lines)
    assert "\r" not in done.stderr and "\x1b[" not in done.stderr  # no terminal control codes in a log


def test_progress_is_a_bar_on_a_terminal(tmp_path: Path, prefect_api: str) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    main, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    proc = subprocess.Popen([*NEWSCLEAN, "run", str(seeds), "--output", str(out), "--batch-size", "2"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=child, stdin=subprocess.DEVNULL,
                            env={**env, "PYTHONPATH": str(REPO), "PREFECT_API_URL": prefect_api,
                                 "COLUMNS": "120", "TERM": "xterm"})
    os.close(child)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=300)
    os.close(main)
    text = seen.decode("utf-8", "replace")
    assert proc.returncode == 0, text
    assert "━" in text, text  # rich's bar
    assert "extract" in text and "3/3" in text and "batches" in text and "ETA" in text
    assert "extract: 3/3 batches (100%" not in text  # not the log lines


def test_a_file_rewritten_with_its_old_size_and_mtime_is_read_again(tmp_path: Path, prefect_api: str) -> None:
    """`touch -r` can set size and mtime back, not ctime: the content is hashed and read again."""
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    assert cli("run", str(seeds), "--output", str(out), api=prefect_api).returncode == 0
    f = sorted(seeds.glob("*.txt"))[0]
    hashes = {d["source"]: d["content_sha256"] for d in rows(out, "documents")}
    st = f.stat()
    text = f.read_text(encoding="utf-8")
    digit = next(c for c in text if c.isdigit())
    edited = text.replace(digit, str((int(digit) + 1) % 10), 1)
    assert edited != text and len(edited.encode()) == st.st_size
    f.write_text(edited, encoding="utf-8")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (f.stat().st_size, f.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    again = cli("run", str(seeds), "--output", str(out), api=prefect_api)
    assert again.returncode == 0, again.stderr
    assert "nothing new" not in again.stdout and manifests(out)[-1]["counts"]["processed"] == 1
    after = {d["source"]: d["content_sha256"] for d in rows(out, "documents")}
    assert [s for s in after if after[s] != hashes[s]] == [s for s in after if s.endswith(f.name)]
    # a chmod moves ctime too: the content is hashed, found unchanged and skipped; the new stat is kept
    os.chmod(f, 0o600)
    same = cli("run", str(seeds), "--output", str(out), api=prefect_api)
    assert same.returncode == 0, same.stderr
    assert manifests(out)[-1]["counts"]["processed"] == 0 or "nothing new" in same.stdout
    assert "nothing new" in cli("run", str(seeds), "--output", str(out), api=prefect_api).stdout


def test_raising_a_limit_reads_again_what_the_lower_one_rejected(tmp_path: Path, prefect_api: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    big = "\n".join(["Một đoạn văn bản đủ dài của bài báo để được giữ lại trong đầu ra của hệ thống."] * 20000)
    (inputs / "big.txt").write_text(big, encoding="utf-8")
    copy_seeds(inputs / "seeds")
    first = cli("run", str(inputs), "--output", str(out), "--max-file-mb", "1", api=prefect_api)
    assert first.returncode == 0, first.stderr
    assert [r["reason"] for r in rows(out, "rejects")] == ["too_large"]
    again = cli("run", str(inputs), "--output", str(out), api=prefect_api)  # the default cap, 64 MB
    assert again.returncode == 0, again.stderr
    assert "nothing new" not in again.stdout and not rows(out, "rejects")
    assert any(d["source"].endswith("big.txt") for d in rows(out, "documents"))
    assert manifests(out)[-1]["counts"]["processed"] == 1  # the seeds, unchanged, are skipped


def test_nothing_new_reports_the_stored_learned_patterns(tmp_path: Path, prefect_api: str) -> None:
    """The no-op summary counts the learned patterns the output holds, as the last run reported (was 0)."""
    from tests.flows.cli_support import write_jsonl
    from tests.flows.test_learned_boilerplate import FOOTER, article

    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", [{"id": f"a{n}", "outlet": "songhong.vn", "text": article(n, "A") + "\n" + FOOTER}
                                     for n in range(6)])
    first = cli("run", str(inputs), "--output", str(out), api=prefect_api)
    assert first.returncode == 0, first.stderr
    learned = manifests(out)[-1]["counts"]["learned_patterns"]
    assert learned > 0
    again = cli("run", str(inputs), "--output", str(out), api=prefect_api)
    assert "nothing new" in again.stdout
    line = next(t for t in again.stdout.splitlines() if "learned boilerplate patterns" in t)
    assert line.split()[-1] == str(learned)


def test_nothing_new_after_a_compaction_is_still_the_no_op(tmp_path: Path, prefect_api: str) -> None:
    """Tester ATK9: after `compact` (two runs' shards merged), a run with nothing new was a full run that wrote a
    manifest of 0 documents; a compaction changes no input and no setting, so it is the no-op (nothing written)."""
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    first = sorted(seeds.iterdir())
    for p in first[2:]:
        p.rename(tmp_path / p.name)
    assert cli("run", str(seeds), "--output", str(out), api=prefect_api).returncode == 0
    for p in first[2:]:
        (tmp_path / p.name).rename(p)
    assert cli("run", str(seeds), "--output", str(out), api=prefect_api).returncode == 0
    compacted = cli("compact", str(out))
    assert compacted.returncode == 0 and "compacted" in compacted.stdout, compacted.stdout + compacted.stderr
    before = _snapshot(out)
    again = cli("run", str(seeds), "--output", str(out), api=prefect_api)
    assert again.returncode == 0, again.stderr
    assert "nothing new" in again.stdout and "starting" not in again.stderr
    assert _snapshot(out) == before and len(manifests(out)) == 3
