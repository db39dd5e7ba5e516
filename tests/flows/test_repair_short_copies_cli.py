"""ATK5 finding 3: after `repair` of a lost or damaged documents shard, the run that reads the inputs
again clusters their copied short lines (titles, sub-headings) as the first run did. The passages/
rows of the documents read again were taken for earlier copies of their own lines and stood first,
so every copied title was written unique (and a two-run history kept canonical rows with a
cluster_id no copy pointed at), while `verify` said ok."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.compare_outputs import compare
from tests.flows.cli_support import cli, write_jsonl
from tests.flows.corpus import _paragraphs
from tests.flows.helpers import manifests, rows

TITLES = ["Nga và Triều Tiên ký hiệp ước hỗ trợ quân sự toàn diện",
          "Giá xăng dầu đồng loạt giảm mạnh từ chiều nay",
          "Hà Nội công bố kế hoạch cải tạo chung cư cũ năm tới"]


def _article(doc_id: str, outlet: str, published: str, title: str, paras: list[str]) -> dict:
    return {"id": doc_id, "outlet": outlet, "published": published, "text": "\n".join([title, *paras])}


def _stories() -> list[tuple[str, list[str]]]:
    return [(title, _paragraphs(seed, 2)) for title, seed in zip(TITLES, ("000", "001", "002"), strict=True)]


def _own(seed: str, k: int) -> list[str]:
    """One paragraph of another seed: an article body unrelated to the others."""
    return _paragraphs(seed, k + 1)[k:]


def _run(out: Path, *inputs: Path) -> None:
    done = cli("run", *map(str, inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]


def _short_copies(out: Path) -> dict[str, str]:
    titles = {f"{d['doc_id']}#0" for d in rows(out, "documents")}
    return {p["passage_id"]: p["duplicate_of"] for p in rows(out, "passages")
            if p["passage_id"] in titles and p["duplicate_of"]}


def test_a_lost_documents_shard_repaired_and_read_again_gives_the_same_output(tmp_path: Path) -> None:
    inputs, ref, dmg = tmp_path / "in", tmp_path / "ref", tmp_path / "dmg"
    # each title copied by a second outlet an hour later, over its own (unrelated) paragraphs
    records = []
    for k, (title, paras) in enumerate(_stories()):
        records.append(_article(f"a-{k}", "a.vn", f"2024-06-1{k}T08:00:00+07:00", title, paras))
        records.append(_article(f"b-{k}", "b.vn", f"2024-06-1{k}T09:00:00+07:00", title, _own("003", k)))
    write_jsonl(inputs / "a.jsonl", records)
    _run(ref, inputs)
    assert _short_copies(ref) == {f"b-{k}#0": f"a-{k}#0" for k in range(3)}
    shutil.copytree(ref, dmg)
    for shard in (dmg / "documents").glob("*.parquet"):
        shard.unlink()
    assert cli("repair", str(dmg)).returncode == 0
    _run(dmg, inputs)
    check = cli("verify", str(dmg))
    assert check.returncode == 0, check.stdout + check.stderr
    assert _short_copies(dmg) == _short_copies(ref)
    assert compare(ref, dmg) == []


def test_a_damaged_documents_shard_of_a_two_run_history_repaired_and_read_again(tmp_path: Path) -> None:
    """Run 1 holds the copies; run 2 brings the late originals (published earlier), which take the
    copied titles over. After run 1's documents shard is damaged, repaired and read again, the
    titles are copies as in a fresh run over both inputs, and `verify` holds (no canonical row keeps
    a cluster_id with no copy pointing at it)."""
    first, second, ref, dmg, fresh = (tmp_path / n for n in ("r1", "r2", "ref", "dmg", "fresh"))
    copies, originals = [], []
    for k, (title, paras) in enumerate(_stories()):
        copies.append(_article(f"b-{k}", "b.vn", f"2024-06-1{k}T09:00:00+07:00", title, _own("003", k)))
        copies.append(_article(f"c-{k}", "c.vn", f"2024-06-1{k}T10:00:00+07:00", title, paras))
        originals.append(_article(f"a-{k}", "a.vn", f"2024-06-1{k}T08:00:00+07:00", title, _own("004", k)))
    write_jsonl(first / "copies.jsonl", copies)
    write_jsonl(second / "originals.jsonl", originals)
    _run(ref, first)
    _run(ref, first, second)
    expected = {f"{o}-{k}#0": f"a-{k}#0" for k in range(3) for o in "bc"}
    assert _short_copies(ref) == expected
    shutil.copytree(ref, dmg)
    (dmg / "documents" / f"{manifests(dmg)[0]['run_id']}.parquet").write_text("garbage")
    assert cli("repair", str(dmg)).returncode == 0
    _run(dmg, first, second)
    check = cli("verify", str(dmg))
    assert check.returncode == 0, check.stdout + check.stderr
    assert _short_copies(dmg) == expected
    _run(fresh, first, second)
    assert compare(fresh, dmg) == []
