"""The run report (reports/RUN_ID.md and the Prefect artifact): what a data engineer reads first."""

from __future__ import annotations

import re
from pathlib import Path

from flows.report import failure_report, md
from tests.flows.corpus import write_syndicated
from tests.flows.helpers import run


def _report(out: Path, m: dict) -> str:
    return (out / m["report"]).read_text(encoding="utf-8")


def _tables(text: str) -> list[list[str]]:
    tables, current = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables + ([current] if current else [])


def test_report_shows_settings_clusters_with_outlets_and_rejects(tmp_path: Path) -> None:
    inputs, out = write_syndicated(tmp_path / "in"), tmp_path / "out"
    m = run([inputs], out, threshold=0.6)
    text = _report(out, m)
    assert m["report"] == f"reports/{m['run_id']}.md"
    # settings and duration
    assert "| Dedup threshold | 0.6 |" in text and f"| Inputs | `{inputs}` |" in text and "took **" in text
    # the largest cluster: size, outlets with counts (a record without an outlet counts too), first published
    first = text.split("### 1.")[1].split("### 2.")[0]
    assert "4 passages in this run, 3 outlets" in first
    assert "| tuoitre.vn | 2 |" in first and "| vnexpress.net | 1 |" in first
    assert "**First published**: vnexpress.net, 2024-06-19 01:00 UTC, document `vne-1`" in first
    # the edited copy beside its canonical, changed words marked
    assert "~~khi~~ ~~ông~~" in text and "**SỬA** **ĐỔI** **MỚI**" in text
    # a cluster of records that carry no outlet is shown too
    assert "### 5." in text and "anon-2" in text
    # rejects by reason, with an example each
    assert "| malformed\\_json | 1 |" in text and "| no\\_text | 1 |" in text
    assert re.search(r"\*\*malformed\\_json\*\*, e\.g\. `in/wire\.jsonl#L4`: line 4", text)
    assert re.search(r"\*\*no\\_text\*\*, e\.g\. `in/wire\.jsonl#L\d+`: record has neither", text)


def test_report_tables_fit_the_artifact_page(tmp_path: Path) -> None:
    inputs, out = write_syndicated(tmp_path / "in"), tmp_path / "out"
    text = _report(out, run([inputs], out))
    assert "<" not in text and ">" not in text  # the UI drops text in angle brackets
    for table in _tables(text):
        header = [c.strip() for c in table[0].strip("|").split("|")]
        assert all(header), f"empty header cell: {table[0]}"
        assert re.fullmatch(r"\|(-+:?\|)+", table[1].replace("---:", "--:").replace(" ", "")), table[1]
        for row in table[2:]:
            cells = re.split(r"(?<!\\)\|", row.strip("|"))
            assert len(cells) == len(header), row
            assert all(len(c.strip()) <= 90 for c in cells), f"wide cell: {row}"


def test_report_of_a_run_with_nothing_new_and_markdown_safety(tmp_path: Path) -> None:
    inputs, out = write_syndicated(tmp_path / "in"), tmp_path / "out"
    run([inputs], out)
    again = run([inputs], out)
    text = _report(out, again)
    assert "0 documents written, 8 skipped as unchanged" in text and "No near-duplicate passages" in text
    assert md("a|b <c> *d* Hà_Nội") == "a\\|b ‹c› \\*d\\* Hà\\_Nội"


def test_failure_report_names_the_reason_and_settings() -> None:
    text = failure_report("refused: bad parameters", "threshold: must be < 1", {"threshold": 1.7, "inputs": ["x"],
                                                                                  "redis_url": "redis://:pw@h:1/0"})
    assert "**refused: bad parameters**: threshold: must be ‹ 1" in text and "| Dedup threshold | 1.7 |" in text
    assert "pw" not in text


def test_counts_say_what_the_tables_hold_short_lines_apart(tmp_path: Path) -> None:
    """Every passage with `duplicate_of` is counted: checked passages in `duplicate_passages`, short
    lines (a copied title) in `short_line_duplicates`, and the report says both."""
    from tests.flows.cli_support import write_jsonl
    from tests.flows.corpus import _paragraphs
    from tests.flows.helpers import rows

    inputs, out = write_syndicated(tmp_path / "in"), tmp_path / "out"
    head = "Hà Nội công bố kế hoạch phân luồng giao thông dịp nghỉ lễ"  # a copied title: a short line
    paras = [_paragraphs("003", 1)[0], _paragraphs("004", 1)[0]]
    write_jsonl(inputs / "titles.jsonl", [{"id": f"t-{k}", "outlet": outlet, "text": f"{head}\n{para}"}
                                          for k, (outlet, para) in enumerate(zip(("a.vn", "b.vn"), paras, strict=True))])
    m = run([inputs], out, threshold=0.6)
    c, short = m["counts"], m["parameters"]["min_words"]
    passages = rows(out, "passages")
    assert c["duplicate_passages"] == sum(1 for p in passages if p["duplicate_of"] and p["n_words"] >= short) > 0
    assert c["short_line_duplicates"] == sum(1 for p in passages if p["duplicate_of"] and p["n_words"] < short) > 0
    assert f"{c['short_line_duplicates']:,} short lines" in _report(out, m)


def test_a_run_with_other_band_settings_is_refused_before_any_work(tmp_path: Path) -> None:
    """T5 F8: the embedded index with other band settings stops the run (it used to commit copies
    of earlier passages as originals, with a hint); a new output takes any settings."""
    import pytest

    from flows.engines.index import IndexSettingsError
    from tests.flows.cli_support import write_jsonl
    from tests.flows.corpus import _paragraphs

    out = tmp_path / "out"
    paras = _paragraphs("000", 3)
    write_jsonl(tmp_path / "a" / "a.jsonl", [{"id": "a-1", "outlet": "a.vn", "text": "\n".join(paras)}])
    write_jsonl(tmp_path / "b" / "b.jsonl", [{"id": "b-1", "outlet": "b.vn", "text": "\n".join(paras)}])
    assert not run([tmp_path / "a"], out)["hints"]
    with pytest.raises(IndexSettingsError, match=r"ngram=2 \(this run: 3\)"):
        run([tmp_path / "b"], out, ngram=3)
    same = run([tmp_path / "b"], tmp_path / "out2", ngram=3)
    assert not same["hints"]


def test_clusters_of_upserted_documents_are_shown(tmp_path: Path) -> None:
    """A run that only upserts two copies writes their passages into rewritten earlier shards: the
    clusters section still shows the clusters the headline counts (it said "No near-duplicate
    passages in this run" under "4 of 8 checked passages are near-duplicates")."""
    import shutil

    fixtures = Path(__file__).parents[1] / "fixtures/upsert_feed"
    feed, out = tmp_path / "in/feed.jsonl", tmp_path / "out"
    feed.parent.mkdir()
    shutil.copy(fixtures / "v1.jsonl", feed)
    run([feed.parent], out)
    shutil.copy(fixtures / "v2.jsonl", feed)
    m = run([feed.parent], out)
    assert m["counts"]["processed"] == 2 and m["counts"]["duplicate_passages"] == 4
    text = _report(out, m)
    assert "No near-duplicate passages" not in text
    assert "4 clusters have passages of this run" in text and "### 4. 2 passages in this run, 2 outlets" in text
    assert "**12.500**" in text or "~~12.500~~" in text  # the edited paragraph beside its copy


def test_first_published_is_the_canonical_copy_and_a_bare_date_stays_a_date(tmp_path: Path) -> None:
    """Three runs into one output: a bare date (A, "2024-11-13") counts as its day's end, so E, timed
    earlier that day and arriving last, is canonical; "First published" names E too, and A's bare
    date is shown as the date it gave (it said "a.vn, 2024-11-12 17:00 UTC, document A")."""
    import shutil

    fixtures, inputs, out = Path(__file__).parents[1] / "fixtures/canon_runs", tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    reports = []
    for n in (1, 2, 3):
        shutil.copy(fixtures / f"run{n}.jsonl", inputs)
        reports.append(_report(out, run([inputs], out)))
    assert "- **First published**: a.vn, 2024-11-13, document `A`" in reports[0]
    first = reports[2].split("### 1.")[1].split("### 2.")[0]
    assert "- **First published**: e.vn, 2024-11-13 12:00 UTC, document `E`" in first
    assert "- **Canonical** (e.vn" in first


def test_counts_add_up_and_an_upserted_copy_repoints_nothing(tmp_path: Path) -> None:
    """seen = written + skipped + rejected + merged, and the summary, the report and `newsclean
    runs` show the merged ones (seen 4 = written 2 + rejected 1 did not add up). Upserting copies
    of earlier canonicals re-points no earlier passage: those canonicals already read as unique
    (their copies' rows name the cluster), yet every one of them was counted as re-pointed."""
    import json
    import subprocess
    import sys

    from flows.report import summary_table
    from tests.flows.corpus import _paragraphs
    from tests.flows.helpers import REPO, rows

    story = _paragraphs("000", 3)
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()

    def write(name: str, records: list[dict]) -> None:
        (inputs / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    write("a.jsonl", [{"id": "orig", "outlet": "a.vn", "published": "2024-11-01T08:00:00+07:00", "text": "\n".join(story)}])
    run([inputs], out)
    copy = {"id": "copy", "outlet": "b.vn", "published": "2024-11-02T08:00:00+07:00", "text": "\n".join(story)}
    write("b.jsonl", [copy, copy, {"id": "x"}])  # the same record twice: one document
    m = run([inputs], out)
    c = m["counts"]
    assert (c["inputs_seen"], c["processed"], c["skipped_unchanged"], c["rejected"], c["same_id_merged"]) == (4, 1, 1, 1, 1)
    assert "identical copies of a record merged (same id)           1" in summary_table(m)
    assert "1 merged as identical copies of a record (same id)" in _report(out, m)
    listing = subprocess.run([sys.executable, "-m", "flows.cli", "runs", str(out)], cwd=REPO, capture_output=True,
                             text=True).stdout.splitlines()
    assert "merged" in listing[0].split() and listing[-1].split()[3:8] == ["4", "1", "1", "1", "1"]
    # the copy, corrected: upserted, pointing at the same canonicals; no earlier row changes
    write("b.jsonl", [{**copy, "text": "\n".join(story) + " Cập nhật."}])
    m = run([inputs], out)
    assert m["counts"]["replaced_documents"] == 1 and m["counts"]["duplicate_passages"] == 3
    assert m["counts"]["earlier_passages_repointed"] == 0 and m["counts"]["earlier_documents_updated"] == 0
    assert "re-pointed" not in summary_table(m)
    assert {p["duplicate_of"] for p in rows(out, "passages") if p["doc_id"] == "copy"} == {f"orig#{i}" for i in range(3)}
