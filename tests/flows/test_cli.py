"""The `newsclean` command as a user runs it: help, exit codes, the summary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.flows.helpers import REPO, copy_seeds, rows

NEWSCLEAN = [sys.executable, "-m", "flows.cli"]


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSCLEAN, *args], cwd=REPO, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def test_help_explains_every_option() -> None:
    top = cli("--help")
    assert top.returncode == 0 and "run" in top.stdout and "runs" in top.stdout
    run_help = cli("run", "--help").stdout
    for option in ("--output", "--threshold", "--num-perm", "--ngram", "--min-words", "--reprocess",
                   "--batch-size", "--workers", "--keep-captions", "--learn-min-docs", "--wait-lock"):
        assert option in run_help, option
    assert "(default: 0.5)" in run_help


def test_usage_errors_exit_2_with_a_clear_message(tmp_path: Path) -> None:
    missing = cli("run", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert missing.returncode == 2 and "input path does not exist" in missing.stderr
    bad = cli("run", "seeds", "--threshold", "1.7", "--output", str(tmp_path / "out"))
    assert bad.returncode == 2 and "threshold" in bad.stderr
    for args in (("run", "seeds", "--threshold", "abc", "--output", str(tmp_path / "out")), ("run",), ("bogus",),
                 ("compact", str(tmp_path / "out"), "--nope")):  # argparse's own errors: one line too
        done = cli(*args)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "error: " in done.stderr and "--help)" in done.stderr and "usage:" not in done.stderr
    for option, value in (("--max-file-mb", "inf"), ("--max-file-mb", "1e300"), ("--max-file-mb", "1e-300"),
                          ("--extract-timeout", "nan"),
                          ("--threshold", "nan"), ("--min-similarity", "nan")):  # (ATK10: nan was "less than 1")
        huge = cli("run", "seeds", option, value, "--output", str(tmp_path / "out"))  # tester: an OverflowError crash
        assert huge.returncode == 2 and option[2:].replace("-", "_") in huge.stderr, huge.stderr
        assert value != "nan" or "finite" in huge.stderr, huge.stderr
        assert "Traceback" not in huge.stderr and not (tmp_path / "out").exists()
    for language in ("xx", "name_heads", "../rules/vi"):  # name_heads.toml is a table of verify, no language
        wrong = cli("run", "seeds", "--language", language, "--output", str(tmp_path / "out"))
        assert wrong.returncode == 2 and "Traceback" not in wrong.stderr, wrong.stderr
        assert wrong.stderr.strip().splitlines() == [
            f"newsclean: error: language: no boilerplate rules for language {language!r} (have: vi)"]
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.geteuid() != 0:  # root can write anywhere; use a file in the way instead
            out = cli("run", "seeds", "--output", str(locked / "out"))
        else:
            (tmp_path / "file").write_text("x")
            out = cli("run", "seeds", "--output", str(tmp_path / "file" / "out"))
        assert out.returncode == 2 and "not writable" in out.stderr
    finally:
        locked.chmod(0o700)
    assert not list(tmp_path.glob("out*"))


def test_two_field_options_naming_one_field_are_a_usage_error(tmp_path: Path) -> None:
    """`--text-field id` took each record's id for its text (a document "1" of one word); two field
    options naming the same record field are refused before anything is written."""
    for args in (("--text-field", "id"), ("--id-field", "url"), ("--html-field", "body", "--text-field", "body")):
        done = cli("run", "seeds", "--output", str(tmp_path / "out"), *args)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        (line,) = done.stderr.strip().splitlines()
        assert "both name the record field" in line and f"'{args[-1]}'" in line, line
    assert not (tmp_path / "out").exists()


def test_a_bad_boilerplate_config_is_a_usage_error(tmp_path: Path) -> None:
    """A TOML error, a typo'd key or a [[pin]] without `line` started Prefect and failed with
    exit 1 and a KeyError: it is exit 2 and one line naming the problem, like a missing file."""
    cases = {"[[deny]\n": "Expected ']]'", '[[pin]]\noutlett = "x"\n': "unknown key `outlett`",
             '[[pin]]\noutlet = "*"\n': "[[pin]] #1 has no `line`", '[[pim]]\nline = "x"\n': "`pim` is not"}
    for n, (text, message) in enumerate(cases.items()):
        cfg = tmp_path / f"bp{n}.toml"
        cfg.write_text(text, encoding="utf-8")
        done = cli("run", "seeds", "--output", str(tmp_path / "out"), "--boilerplate-config", str(cfg))
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


def test_negative_waits_and_sizes_are_usage_errors(tmp_path: Path) -> None:
    """`run --wait-lock -5` was accepted, `compact --target-mb 0` merged shards and `--target-mb -3`
    exited 0: a wait below 0 or a size of 0 or less is a usage error naming the option."""
    out = str(tmp_path / "out")
    for args, option in ((("run", "seeds", "--output", out, "--wait-lock", "-5"), "--wait-lock"),
                         (("compact", out, "--target-mb", "0"), "--target-mb"),
                         (("compact", out, "--target-mb", "-3"), "--target-mb"),
                         (("compact", out, "--target-mb", "nan"), "--target-mb"),
                         (("forget", out, "--doc-id", "x", "--wait-lock", "-1"), "--wait-lock"),
                         (("serve", "seeds", "--output", out, "--wait-lock", "-1"), "--wait-lock")):
        done = cli(*args)
        assert done.returncode == 2 and f"argument {option}: " in done.stderr, (args, done.stderr)
        assert "must be" in done.stderr or "not a finite number" in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


def test_run_prints_the_summary_and_writes_the_tables(tmp_path: Path) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    done = cli("run", str(seeds), "--output", str(out))
    assert done.returncode == 0, done.stderr
    for line in ("inputs seen", "documents written", "rejected", "removed: related_links", "passages",
                 "duplicate clusters", "cross-outlet duplicate passages"):
        assert line in done.stdout, line
    assert len(rows(out, "documents")) == 5
    listed = cli("runs", str(out))
    assert listed.returncode == 0 and listed.stdout.count("\n") == 2
    for command in ("runs", "verify"):  # `newsclean verify OUT | head -3`: a reader that stops early (F9)
        stopped = _into_a_closed_pipe(command, str(out))
        assert (stopped.returncode, stopped.stderr) == (141, ""), command


def _into_a_closed_pipe(*args: str) -> subprocess.CompletedProcess:
    """The command with its standard output a pipe whose reader is already gone."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run([*NEWSCLEAN, *args], cwd=REPO, stdout=write, stderr=subprocess.PIPE, text=True,
                              timeout=300, env={**os.environ, "PYTHONPATH": str(REPO)})
    finally:
        os.close(write)
