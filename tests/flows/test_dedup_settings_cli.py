"""T5 F8: other `--threshold`/`--ngram`/`--num-perm` on an output whose embedded index was built
with others stop the run before any work (exit 2, naming the stored settings), through the CLI
and as a Prefect flow run (a deployment's changed parameter); the stored settings still work."""

from __future__ import annotations

from pathlib import Path

from flows.config import RunConfig
from tests.flows.cli_support import cli, write_jsonl
from tests.flows.corpus import _paragraphs
from tests.flows.helpers import manifests, rows


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    paras = _paragraphs("000", 3)
    a = write_jsonl(tmp_path / "a" / "a.jsonl", [{"id": "a-1", "outlet": "a.vn", "text": "\n".join(paras),
                                                  "published": "2024-11-13T08:00:00+07:00"}]).parent
    b = write_jsonl(tmp_path / "b" / "b.jsonl", [{"id": "b-1", "outlet": "b.vn", "text": "\n".join(paras) + " .",
                                                  "published": "2024-11-14T08:00:00+07:00"}]).parent
    return a, b


def test_other_band_settings_stop_the_run_before_any_work(tmp_path: Path, prefect_api: str) -> None:
    a, b = _inputs(tmp_path)
    out = tmp_path / "out"
    assert cli("run", str(a), "--output", str(out), "--workers", "1", api=prefect_api).returncode == 0
    for option, value, stored in (("--threshold", "0.5", "threshold=0.25"), ("--ngram", "3", "ngram=2"),
                                  ("--num-perm", "128", "num_perm=64")):
        done = cli("run", str(b), "--output", str(out), option, value, api=prefect_api)
        assert done.returncode == 2, done.stderr[-2000:]
        assert f"{stored} (this run: {value})" in done.stderr
        assert "--threshold 0.25 --ngram 2 --num-perm 64" in done.stderr and "new --output" in done.stderr
        assert len(manifests(out)) == 1 and {d["doc_id"] for d in rows(out, "documents")} == {"a-1"}
    # the stored settings (the defaults here) find the copy against the earlier run
    done = cli("run", str(b), "--output", str(out), "--workers", "1", api=prefect_api)
    assert done.returncode == 0, done.stderr[-2000:]
    assert {d["doc_id"]: d["duplicate_of"] for d in rows(out, "documents")} == {"a-1": None, "b-1": "a-1"}


def test_a_flow_run_with_other_band_settings_fails(prefect_harness, tmp_path: Path) -> None:
    """A deployment whose parameters were changed in the Prefect form: the flow run fails, saying why."""
    from flows.flow import clean_and_dedup

    a, b = _inputs(tmp_path)
    out = tmp_path / "out"
    assert clean_and_dedup(**RunConfig(inputs=[str(a)], output=str(out), workers=1).model_dump(),
                           return_state=True).is_completed()
    state = clean_and_dedup(**RunConfig(inputs=[str(b)], output=str(out), workers=1, threshold=0.5).model_dump(),
                            return_state=True)
    assert state.is_failed()
    assert "other dedup settings: threshold=0.25 (this run: 0.5)" in str(state.message) + repr(state.result(
        raise_on_failure=False))
    assert len(manifests(out)) == 1 and {d["doc_id"] for d in rows(out, "documents")} == {"a-1"}
