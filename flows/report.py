"""What a person reads after a run: the terminal summary and the Markdown report (written as
`reports/<run_id>.md` by the commit and shown as the run's `newsclean-report` artifact).

The report is meant for the Prefect UI's artifact page as much as for a text editor: tables are
narrow (long text goes in lists or is cut to an excerpt), no table has an empty header row, and
text from the data is escaped so Markdown cannot eat it (angle brackets become ‹ ›, which the UI
would otherwise drop as HTML tags).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from itertools import chain
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners.dates import default_zone, rank_seconds
from flows.config import RunConfig
from flows.storage import schemas

EXCERPT = 110
TOP_CLUSTERS = 5
DIFF_WORDS = 60  # words of canonical / copy shown around the first change
KEY_SETTINGS = ("inputs", "output", "reprocess", "threshold", "min_words", "ngram", "num_perm", "language")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(text: object) -> str:
    """Data text made safe inside Markdown (tables included): one line, specials escaped."""
    text = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", text.replace("<", "‹").replace(">", "›"))


def code(text: object) -> str:
    """Data text as inline code (no escapes work inside code spans: backticks and pipes replaced)."""
    text = " ".join(str(text).split()).replace("`", "'").replace("|", "/")
    return f"`{text.replace('<', '‹').replace('>', '›')}`"


def _excerpt(text: str, n: int = EXCERPT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _outlet(outlet: str | None) -> str:
    return md(outlet) if outlet else "_no outlet_"


def summary_rows(m: dict) -> list[tuple[str, str]]:
    c = m["counts"]
    rows = [
        ("inputs seen", f"{c['inputs_seen']:,}"),
        ("documents written", f"{c['processed']:,}"),
        ("skipped (unchanged)", f"{c['skipped_unchanged']:,}"),
        ("rejected", f"{c['rejected']:,}"),
    ]
    rows += [(f"  rejected: {reason}", f"{n:,}") for reason, n in c["rejects_by_reason"].items()]
    if c.get("same_id_merged"):  # identical copies of a record: seen = written + skipped + rejected + merged
        rows.append(("identical copies of a record merged (same id)", f"{c['same_id_merged']:,}"))
    if c.get("replaced_documents"):  # upserts: stored documents of an id read again, replaced
        rows.append(("stored documents replaced (same id)", f"{c['replaced_documents']:,}"))
    if c.get("replaced_other_outlet"):
        rows.append(("  replaced by another outlet's record", f"{c['replaced_other_outlet']:,}"))
    rows.append(("lines removed", f"{sum(c['lines_removed_by_rule'].values()):,}"))
    rows += [(f"  removed: {rule}", f"{n:,}") for rule, n in c["lines_removed_by_rule"].items()]
    rows += [
        ("passages", f"{c['passages']:,}"),
        ("passages checked for duplicates", f"{c['indexed_passages']:,}"),
        ("duplicate clusters", f"{c['duplicate_clusters']:,}"),
        ("duplicate passages", f"{c['duplicate_passages']:,}"),
        ("cross-outlet duplicate passages", f"{c['cross_outlet_duplicate_passages']:,}"),
        ("short lines copied (titles, sub-headings)", f"{c.get('short_line_duplicates', 0):,}"),
        ("article copies (documents.duplicate_of)", f"{c.get('article_copies', 0):,}"),  # issue 13
    ]
    if c.get("earlier_passages_repointed"):
        rows.append(("earlier passages re-pointed (late original, upsert)", f"{c['earlier_passages_repointed']:,}"))
    rows += [
        ("learned boilerplate patterns", f"{c['learned_patterns']:,}"),
        ("  not learned from (no outlet)", f"{c.get('documents_without_outlet', 0):,}"),  # issue 12
    ]
    if c.get("files_ignored"):
        rows.append(("files ignored (not inputs)", f"{c['files_ignored']:,}"))
    if c.get("mojibake_lines_repaired"):
        rows.append(("lines of double-encoded UTF-8 repaired", f"{c['mojibake_lines_repaired']:,}"))
    if c.get("published_invalid"):
        rows.append(("published values unreadable (ignored)", f"{c['published_invalid']:,}"))
    if c.get("url_invalid"):
        rows.append(("url values that are no URL (no outlet from them)", f"{c['url_invalid']:,}"))
    return rows


def summary_table(m: dict, seconds: float | None = None) -> str:
    """The summary `newsclean run` prints. `seconds` is the command's own time (starting Prefect, the run,
    the commit); the run's, from locking the output to the commit, is the one the report gives."""
    rows = summary_rows(m)
    width = max(len(k) for k, _ in rows)
    run = duration_seconds(m)
    took = "" if seconds is None else f" (command {seconds:.1f} s" + (
        f", run {run:.1f} s of it)" if run is not None else ")")
    lines = [f"newsclean run {m['run_id']}{took}"]
    lines += [f"  {k:<{width}}  {v:>10}" for k, v in rows]
    if not m["counts"]["balanced"]:
        lines.append("  WARNING: inputs seen != written + skipped + rejected + merged")
    lines += [f"  WARNING: {w}" for w in m.get("warnings", [])]
    lines += [f"  hint: {h}" for h in m.get("hints", [])]
    return "\n".join(lines)


# -- run settings ---------------------------------------------------------------------------------


def duration_seconds(m: dict) -> float | None:
    """The run's time: from locking the output (`started_at`) to the commit (`finished_at`)."""
    try:
        return (datetime.fromisoformat(m["finished_at"]) - datetime.fromisoformat(m["started_at"])).total_seconds()
    except (KeyError, TypeError, ValueError):
        return None


def _value(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(f"{code(v)}" for v in value) or "none"
    if value == "" or value is None:
        return "off"
    return f"{code(value)}" if isinstance(value, str) else md(value)


def _settings(params: dict) -> list[str]:
    defaults = {name: f.get_default(call_default_factory=True) for name, f in RunConfig.model_fields.items()}
    titles = {name: f.title or name for name, f in RunConfig.model_fields.items()}
    shown = [k for k in KEY_SETTINGS if k in params]
    shown += [k for k in params if k not in shown and k in defaults and params[k] != defaults[k]]
    out = ["| setting | value |", "|---|---|"]
    out += [f"| {md(titles.get(k, k))} | {_value(params[k])} |" for k in shown]
    return out


# -- clusters -------------------------------------------------------------------------------------


def _word_diff(canonical: str, copy: str, limit: int = DIFF_WORDS) -> tuple[str, str]:
    """Both texts as Markdown around their first difference: words only in the canonical struck
    through, words only in the copy in bold."""
    a, b = canonical.split(), copy.split()
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    first = next((op for op in ops if op[0] != "equal"), None)
    start_a = max(0, (first[1] if first else 0) - 10)
    start_b = max(0, (first[3] if first else 0) - 10)
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in ops:
        for k in range(max(i1, start_a), i2):
            left.append(md(a[k]) if tag == "equal" else f"~~{md(a[k])}~~")
        for k in range(max(j1, start_b), j2):
            right.append(md(b[k]) if tag == "equal" else f"**{md(b[k])}**")
    return _cut(left, start_a, limit), _cut(right, start_b, limit)


def _cut(words: list[str], start: int, limit: int) -> str:
    return ("… " if start else "") + " ".join(words[:limit]) + (" …" if len(words) > limit else "")


def _published(value: datetime | None, precision: str | None = None, language: str = "vi") -> str:
    """A time as `YYYY-MM-DD HH:MM UTC`; a bare date (precision `day`, stored as its local day's
    start) as that local date, not as a time it never gave."""
    if value is None:
        return "no date"
    if precision == "day":
        return f"{value.astimezone(default_zone(language)):%Y-%m-%d}"
    return f"{value:%Y-%m-%d %H:%M} UTC"


def _read(shard: Path, cols: list[str]) -> pa.Table:
    """`cols` of a shard; a column older shards lack (published_precision) comes back null."""
    names = pq.read_schema(shard).names
    t = pq.read_table(shard, columns=[c for c in cols if c in names])
    for c in cols:
        if c not in names:
            t = t.append_column(c, pa.nulls(t.num_rows, schemas.PASSAGES.field(c).type))
    return t.select(cols)


def _canonical_rows(output: Path, ids: set[str], exclude: Path) -> dict[str, dict]:
    """Canonical passages that live in earlier runs' shards, by passage id."""
    found: dict[str, dict] = {}
    if not ids:
        return found
    folder = output / "passages"
    for shard in sorted(folder.glob("*.parquet")) if folder.exists() else []:
        if shard.resolve() == exclude.resolve():
            continue
        t = _read(shard, ["passage_id", "doc_id", "outlet", "published", "published_precision", "text"])
        t = t.filter(pc.is_in(t.column("passage_id"), value_set=pa.array(sorted(ids))))
        found.update((r["passage_id"], r) for r in t.to_pylist())
        if len(found) == len(ids):
            break
    return found


def _upserted_passages(restaged: dict[Path, Path], run_id: str | None, cols: list[str]) -> pa.Table:
    """Passages of the documents this run wrote into rewritten copies of earlier shards (upserts)."""
    empty = pa.schema([schemas.PASSAGES.field(c) for c in cols]).empty_table()
    staged = list(restaged.values())
    docs = [p for p in staged if p.parent.name != "passages" and "run_id" in pq.read_schema(p).names
            and "n_passages" in pq.read_schema(p).names]
    ids = set()
    for p in docs:
        t = pq.read_table(p, columns=["doc_id", "run_id"])
        ids.update(t.filter(pc.equal(t.column("run_id"), run_id)).column("doc_id").to_pylist())
    if not ids or run_id is None:
        return empty
    tables = [empty]
    for p in staged:
        names = pq.read_schema(p).names
        if "passage_id" in names and "idx" in names:
            t = _read(p, cols)
            tables.append(t.filter(pc.is_in(t.column("doc_id"), value_set=pa.array(sorted(ids), pa.string()))))
    return pa.concat_tables(tables, promote_options="permissive")


def _cluster_sizes(shard: pq.ParquetFile | None, more: pa.ChunkedArray) -> pa.Table:
    """(values, counts): members per cluster id among a shard's rows and `more`, in order of first appearance
    (as a Counter's ties). Counted a row group at a time, the partial counts then summed."""
    parts = [pc.value_counts(shard.read_row_group(k, columns=["cluster_id"]).column("cluster_id").drop_null())
             for k in range(shard.num_row_groups)] if shard is not None else []
    parts.append(pc.value_counts(more.drop_null()))
    counted = pa.concat_tables([pa.table({"values": pa.array(p.field("values"), pa.string()), "counts": p.field("counts")})
                                for p in parts])
    # one thread keeps the groups in order of first appearance
    out = counted.group_by("values", use_threads=False).aggregate([("counts", "sum")])
    return out.rename_columns(["values", "counts"])


def _rows_in_clusters(shard: pq.ParquetFile | None, cols: list[str], clusters: pa.Array) -> Iterator[pa.Table]:
    """The row groups of a shard that hold members of `clusters`, one at a time (their `cols`; the cluster ids
    are read first, the other columns only of the row groups that hold a member)."""
    if shard is None:
        return
    have = [c for c in cols if c in shard.schema_arrow.names]
    for k in range(shard.num_row_groups):
        ids = shard.read_row_group(k, columns=["cluster_id"]).column("cluster_id")
        if pc.any(pc.fill_null(pc.is_in(ids, value_set=clusters), False)).as_py():
            yield shard.read_row_group(k, columns=have)


def largest_clusters(passages: Path, output: Path, top: int = TOP_CLUSTERS,
                     restaged: dict[Path, Path] | None = None, run_id: str | None = None,
                     ) -> tuple[int, list[list[dict]]]:
    """(number of clusters, members of the largest ones) among this run's passages, whatever their outlets.
    `restaged`: earlier shards this run rewrote (committed path -> staged copy), read in their new form."""
    cols = ["passage_id", "doc_id", "cluster_id", "outlet", "published", "text", "duplicate_of", "similarity",
            "published_precision"]
    # an upserted document's passages go into the rewritten copy of the earlier shard that held its
    # old ones, not into this run's shard: they are this run's passages too
    upserted = _upserted_passages(restaged or {}, run_id, cols)
    shard = pq.ParquetFile(passages) if passages.exists() else None
    # cluster sizes from one column, a row group at a time, then only the chosen clusters' rows (issue 17:
    # not every text of the run, and one row group of it in memory at a time)
    sizes = _cluster_sizes(shard, upserted.column("cluster_id"))
    if sizes.num_rows == 0:
        return 0, []
    # ranked by the whole cluster's size, its members in earlier runs counted too (tester T6 F5: a late original is
    # alone in its run, but the cluster it took over holds the earlier runs' copies re-pointed to it)
    here_ids = sizes.column("values").combine_chunks()
    earlier_sizes = _earlier_sizes(here_ids, passages, restaged or {}, upserted.column("passage_id"))
    totals = sizes.column("counts").to_numpy()
    if earlier_sizes:
        totals = totals + np.array([earlier_sizes.get(c, 0) for c in here_ids.to_pylist()], dtype=np.int64)
    order = np.argsort(-totals, kind="stable")[:top]
    chosen = here_ids.take(pa.array(order)).to_pylist()
    total_of = dict(zip(chosen, totals[order].tolist(), strict=True))
    wanted_ids = pa.array(chosen, pa.string())
    members = []
    for rows in chain(_rows_in_clusters(shard, cols, wanted_ids), [upserted]):
        hit = pc.fill_null(pc.is_in(rows.column("cluster_id"), value_set=wanted_ids), False)
        members += [{"published_precision": None, **r} for r in rows.filter(hit).to_pylist()]
    groups: dict[str, list[dict]] = {c: [] for c in chosen}
    for row in members:
        groups[row["cluster_id"]].append(row)
    # the canonical copy of a cluster may be a passage of an earlier run
    here = {r["passage_id"] for r in members}
    wanted = {r["duplicate_of"] for r in members if r["duplicate_of"] and r["duplicate_of"] not in here}
    earlier = _canonical_rows(output, wanted, passages)
    for rows in groups.values():
        canon_id = next((r["duplicate_of"] for r in rows if r["duplicate_of"]), None)
        for r in rows:
            r["is_canonical"] = r["passage_id"] == canon_id
        if canon_id and canon_id not in here and canon_id in earlier:
            rows.insert(0, {**earlier[canon_id], "is_canonical": True, "earlier_run": True, "duplicate_of": None,
                            "similarity": None, "cluster_id": rows[0]["cluster_id"]})
    # a late original arrives alone: its copies are passages of earlier runs, re-pointed to it
    alone = {c for c, rows in groups.items() if len(rows) == 1 and rows[0]["duplicate_of"] is None}
    for row in _earlier_members(output, alone, passages, cols, restaged or {}):
        groups[row["cluster_id"]][0]["is_canonical"] = True
        groups[row["cluster_id"]].append({**row, "is_canonical": False, "earlier_run": True})
    for c, rows in groups.items():
        for r in rows:
            r["cluster_size"] = total_of[c]
    return len(sizes), [groups[c] for c in chosen]


def _earlier_sizes(clusters: pa.Array, exclude: Path, restaged: dict[Path, Path],
                   upserted_ids: pa.ChunkedArray) -> dict[str, int]:
    """How many members the given clusters have in the earlier shards this run rewrote (`restaged`: a late original
    re-points the earlier copies there), this run's upserted passages not counted twice. A canonical passage of an
    earlier run whose own cluster_id stayed null (its copies came later) counts as a member (cluster ids are
    canonical passage ids). Only rewritten shards are read, so a run's report costs nothing per archived shard."""
    if len(clusters) == 0 or not restaged:
        return {}
    counts: Counter[str] = Counter()
    for shard in sorted(restaged.values()):
        if shard.resolve() == exclude.resolve() or "cluster_id" not in pq.read_schema(shard).names:
            continue
        t = pq.read_table(shard, columns=["passage_id", "cluster_id"])
        cid, pid = t.column("cluster_id"), t.column("passage_id")
        mask = pc.or_(pc.fill_null(pc.is_in(cid, value_set=clusters), False),
                      pc.and_(pc.is_null(cid), pc.is_in(pid, value_set=clusters)))
        if len(upserted_ids):
            mask = pc.and_(mask, pc.invert(pc.is_in(pid, value_set=upserted_ids.combine_chunks())))
        t = t.filter(mask)
        counts.update(c if c is not None else p for c, p in zip(t.column("cluster_id").to_pylist(),
                                                                 t.column("passage_id").to_pylist(), strict=True))
    return dict(counts)


def _earlier_members(output: Path, clusters: set[str], exclude: Path, cols: list[str],
                     restaged: dict[Path, Path], per_cluster: int = 50) -> list[dict]:
    """Members of the given clusters that live in earlier runs' shards (at most `per_cluster` each)."""
    found: list[dict] = []
    folder = output / "passages"
    if not clusters or not folder.exists():
        return found
    counts: Counter[str] = Counter()
    for committed in sorted(folder.glob("*.parquet")):
        shard = restaged.get(committed.resolve(), committed)  # the late original re-pointed its copies there
        if shard.resolve() == exclude.resolve() or "cluster_id" not in pq.read_schema(shard).names:
            continue
        t = _read(shard, cols)
        t = t.filter(pc.fill_null(pc.is_in(t.column("cluster_id"), value_set=pa.array(sorted(clusters))), False))
        for r in t.to_pylist():
            if r["duplicate_of"] is not None and counts[r["cluster_id"]] < per_cluster:
                counts[r["cluster_id"]] += 1
                found.append(r)
    return found


def _cluster_section(k: int, rows: list[dict], language: str = "vi") -> list[str]:
    copies = [r for r in rows if not r.get("earlier_run")]
    earlier = sum(1 for r in rows if r.get("earlier_run") and not r.get("is_canonical"))
    outlets = Counter(r["outlet"] for r in rows)
    late = f", {earlier:,} earlier cop{'ies' if earlier != 1 else 'y'} re-pointed to it" if earlier else ""
    size = rows[0].get("cluster_size", len(copies))
    whole = f" ({size:,} in the cluster)" if size > len(rows) else ""  # members of earlier runs not shown
    out = [f"### {k}. {len(copies):,} passages in this run{late}{whole}, {len(outlets)} outlet{'s' * (len(outlets) != 1)}",
           "", f"cluster `{rows[0]['cluster_id']}`", "", "| outlet | passages |", "|---|---:|"]
    out += [f"| {_outlet(o)} | {n:,} |" for o, n in outlets.most_common(8)]
    if len(outlets) > 8:
        out.append(f"| {len(outlets) - 8} more outlets | {sum(n for _, n in outlets.most_common()[8:]):,} |")
    # the canonical copy, chosen as the earliest published by rank_seconds (a bare date counts as
    # its day's end, so it never beats a timed copy of that day); without one, the same rule here
    canon = next((r for r in rows if r.get("is_canonical")), None)
    dated = [r for r in rows if r["published"] is not None]
    first = canon or (min(dated, key=lambda r: rank_seconds(r["published"], r.get("published_precision")))
                      if dated else rows[0])
    out += ["", f"- **First published**: {_outlet(first['outlet'])}, "
            f"{_published(first['published'], first.get('published_precision'), language)}, "
            f"document {code(first['doc_id'])}"]
    others = [r for r in rows if r is not canon and canon is not None and r["text"] != canon["text"]]
    if canon is not None:
        where = " (an earlier run)" if canon.get("earlier_run") else ""
        if others:  # the copy that differs most: the one a reader needs to see
            copy = min(others, key=lambda r: r["similarity"] if r["similarity"] is not None else 1.0)
            left, right = _word_diff(canon["text"], copy["text"])
            sim = f", similarity {copy['similarity']:.2f}" if copy["similarity"] is not None else ""
            out += [f"- **Canonical** ({_outlet(canon['outlet'])}{where}): {left}",
                    f"- **Copy** ({_outlet(copy['outlet'])}{sim}): {right}"]
        else:
            out.append(f"- **Canonical** ({_outlet(canon['outlet'])}{where}), every copy word for word: "
                       f"{md(_excerpt(canon['text'], 300))}")
    return out + [""]


# -- rejects --------------------------------------------------------------------------------------


def _rejects(rejects: Path, by_reason: dict[str, int]) -> list[str]:
    examples: dict[str, dict] = {}
    if rejects.exists():
        for r in pq.read_table(rejects, columns=["source", "reason", "detail"]).to_pylist():
            examples.setdefault(r["reason"], r)
    out = ["| reason | count |", "|---|---:|"] + [f"| {md(reason)} | {n:,} |" for reason, n in by_reason.items()]
    out.append("")
    for reason in by_reason:
        ex = examples.get(reason)
        if ex:
            out.append(f"- **{md(reason)}**, e.g. {code(_excerpt(ex['source'], 70))}: {md(_excerpt(ex['detail'] or '', 140))}")
    return out


# -- the report -----------------------------------------------------------------------------------


def markdown_report(output: Path, m: dict, passages: Path | None = None, rejects: Path | None = None,
                    restaged: dict[Path, Path] | None = None) -> str:
    """The run's report. `passages` / `rejects` default to the committed shards of the run (the
    commit passes the staged ones, as it writes the report before they move into place, and the
    staged rewrites of earlier shards in `restaged`: committed path -> staged copy)."""
    run = m["run_id"]
    passages = passages or output / "passages" / f"{run}.parquet"
    rejects = rejects or output / "rejects" / f"{run}.parquet"
    c = m["counts"]
    seconds = duration_seconds(m)
    took = f"{seconds:,.1f} s" if seconds is not None else "unknown"
    out = [f"# newsclean run {run}", "",
           f"Started {m.get('started_at', '?')[:19].replace('T', ' ')} UTC, took **{took}** from locking the output "
           "to the commit (the command's time that `newsclean run` prints also counts starting Prefect): "
           f"{c['processed']:,} documents written, {c['skipped_unchanged']:,} skipped as unchanged, "
           f"{c['rejected']:,} rejected"
           + (f", {c['same_id_merged']:,} merged as identical copies of a record (same id)" if c.get("same_id_merged") else "")
           + f"; {c['duplicate_passages']:,} of {c['indexed_passages']:,} checked passages "
           f"are near-duplicates ({c['duplicate_clusters']:,} clusters); {c.get('short_line_duplicates', 0):,} "
           "short lines (titles, sub-headings, not checked passages) are exact copies.", ""]
    if not c.get("balanced", True):
        out += ["**Warning**: inputs seen differ from written + skipped + rejected + merged.", ""]
    if m.get("warnings"):  # e.g. stored documents replaced by another outlet's record of the same id
        out += ["## Warnings", ""] + [f"- {md(w)}" for w in m["warnings"]] + [""]
    if m.get("hints"):  # e.g. records whose text is in a field the mapping does not name
        out += ["## Hints", ""] + [f"- {md(h)}" for h in m["hints"]] + [""]
    out += ["## Settings", ""] + _settings(m.get("parameters", {}))
    out += ["", "## Counts", "", "| count | number |", "|---|---:|"]
    out += [f"| {md(k.strip())} | {v} |" for k, v in summary_rows(m) if not k.startswith("  removed:")]

    n_clusters, clusters = largest_clusters(passages, output, restaged=restaged, run_id=run)
    out += ["", "## Largest duplicate clusters", ""]
    if clusters:
        out += [f"{n_clusters:,} clusters have passages of this run; the {len(clusters)} largest (earlier passages this "
                "run re-pointed counted), with the "
                "canonical passage beside the copy that differs most (~~struck~~: only in the canonical, "
                "**bold**: only in the copy).", ""]
        for k, rows in enumerate(clusters, 1):
            out += _cluster_section(k, rows, m.get("parameters", {}).get("language") or "vi")
    else:
        out += ["No near-duplicate passages in this run.", ""]

    learned = m.get("stages", {}).get("learn", {}).get("top", [])
    out += ["## Learned site boilerplate", ""]
    if learned:
        used = c["lines_removed_by_rule"].get("learned_boilerplate", 0)  # cleaners.learned.LEARNED_RULE (not imported: 37 ms)
        effect = (f"they removed {used:,} lines of this run's documents" if used else
                  "they removed no line of this run's documents")
        out += [f"{c['learned_patterns']:,} patterns (lines repeated across at least `--learn-min-docs` of one "
                f"outlet's documents); {effect}; the most frequent:", "", "| outlet | documents | line |", "|---|---:|---|"]
        out += [f"| {_outlet(p['outlet'])} | {p['support']:,} | {md(_excerpt(p['example'], 70))} |" for p in learned[:10]]
    else:
        out.append("No learned patterns yet.")
    if m.get("stages", {}).get("learn", {}).get("note"):  # documents with no outlet teach nothing
        out += ["", f"Not learned from: {md(m['stages']['learn']['note'])}."]

    examples = m.get("rule_examples", {})
    if c["lines_removed_by_rule"]:
        out += ["", "## Lines removed, by rule", "", "| rule | lines |", "|---|---:|"]
        out += [f"| {md(rule)} | {n:,} |" for rule, n in c["lines_removed_by_rule"].items()]
        out.append("")
        out += [f"- **{md(rule)}**: {md(_excerpt(examples[rule], 100))}" for rule in c["lines_removed_by_rule"]
                if examples.get(rule)]

    out += ["", "## Rejects", ""]
    out += _rejects(rejects, c["rejects_by_reason"]) if c["rejects_by_reason"] else ["No rejects."]

    stages = {k: v for k, v in m.get("stages", {}).items() if isinstance(v, dict) and "seconds" in v}
    if stages:
        out += ["", "## Stages", "", "| stage | seconds |", "|---|---:|"]
        out += [f"| {md(name)} | {st['seconds']:.1f} |" for name, st in stages.items()]
    out += ["", "## Files", ""]
    out += [f"- {code(f)}" for fs in m["files"].values() for f in fs]
    if m.get("report"):
        out.append(f"- this report: {code(m['report'])}")
    out.append(f"- manifest: {code(f'manifests/{run}.json')} (all counts and settings), in {code(output)}")
    return "\n".join(out) + "\n"


def failure_report(what: str, reason: str, parameters: dict, run_id: str | None = None) -> str:
    """A short report for a run that failed or was refused."""
    out = [f"# newsclean run failed{f' ({md(run_id)})' if run_id else ''}", "",
           f"**{md(what)}**: {md(reason)}", "",
           "Nothing of this run was committed: the output folder is as before (its staging is discarded "
           "by the next run). The full error is in this run's logs.", "", "## Settings", ""]
    params = {k: v for k, v in parameters.items() if k in RunConfig.model_fields}
    if params.get("redis_url"):
        from flows.engines.redis_index import public_parameters

        params = public_parameters(params)
    return "\n".join(out + _settings(params)) + "\n"
