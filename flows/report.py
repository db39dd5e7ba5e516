"""What a person reads after a run: the terminal summary and the Markdown report artifact."""

from __future__ import annotations

from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

EXCERPT = 110


def _excerpt(text: str, n: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def summary_rows(m: dict) -> list[tuple[str, str]]:
    c = m["counts"]
    rows = [
        ("inputs seen", f"{c['inputs_seen']:,}"),
        ("documents written", f"{c['processed']:,}"),
        ("skipped (unchanged)", f"{c['skipped_unchanged']:,}"),
        ("rejected", f"{c['rejected']:,}"),
    ]
    rows += [(f"  rejected: {reason}", f"{n:,}") for reason, n in c["rejects_by_reason"].items()]
    rows.append(("lines removed", f"{sum(c['lines_removed_by_rule'].values()):,}"))
    rows += [(f"  removed: {rule}", f"{n:,}") for rule, n in c["lines_removed_by_rule"].items()]
    rows += [
        ("passages", f"{c['passages']:,}"),
        ("passages checked for duplicates", f"{c['indexed_passages']:,}"),
        ("duplicate clusters", f"{c['duplicate_clusters']:,}"),
        ("duplicate passages", f"{c['duplicate_passages']:,}"),
        ("cross-outlet duplicate passages", f"{c['cross_outlet_duplicate_passages']:,}"),
        ("learned boilerplate patterns", f"{c['learned_patterns']:,}"),
        ("  not learned from (no outlet)", f"{c.get('documents_without_outlet', 0):,}"),  # issue 12
    ]
    return rows


def summary_table(m: dict, seconds: float | None = None) -> str:
    rows = summary_rows(m)
    width = max(len(k) for k, _ in rows)
    lines = [f"newsclean run {m['run_id']}" + (f" ({seconds:.1f} s)" if seconds is not None else "")]
    lines += [f"  {k:<{width}}  {v:>10}" for k, v in rows]
    if not m["counts"]["balanced"]:
        lines.append("  WARNING: inputs seen != written + skipped + rejected")
    return "\n".join(lines)


def largest_cross_outlet_clusters(output: Path, m: dict, top: int = 5, members: int = 4) -> list[list[dict]]:
    """Members (outlet, excerpt) of this run's largest clusters that span several outlets."""
    shard = output / "passages" / f"{m['run_id']}.parquet"
    if not shard.exists():
        return []
    t = pq.read_table(shard, columns=["cluster_id", "outlet", "text", "duplicate_of", "passage_id"])
    t = t.filter(pc.is_valid(t.column("cluster_id")))
    groups: dict[str, list[dict]] = {}
    for row in t.to_pylist():
        groups.setdefault(row["cluster_id"], []).append(row)
    multi = [g for g in groups.values() if len({r["outlet"] for r in g}) > 1]
    multi.sort(key=lambda g: -len(g))
    return [g[:members] for g in multi[:top]]


def markdown_report(output: Path, m: dict) -> str:
    c = m["counts"]
    out = [f"# newsclean run `{m['run_id']}`", ""]
    out += ["| | |", "|---|---:|"] + [f"| {k.strip()} | {v} |" for k, v in summary_rows(m)]
    examples = m.get("rule_examples", {})
    if c["lines_removed_by_rule"]:
        out += ["", "## Lines removed, by rule", "", "| rule | lines | example |", "|---|---:|---|"]
        for rule, n in c["lines_removed_by_rule"].items():
            out.append(f"| {rule} | {n:,} | {_excerpt(examples.get(rule, ''), 90).replace('|', '/')} |")
    learned = m.get("stages", {}).get("learn", {}).get("top", [])
    if m.get("stages", {}).get("learn", {}).get("note"):  # issue 12: documents with no outlet teach nothing
        out += ["", f"Learned site boilerplate: {m['stages']['learn']['note']}."]
    if learned:
        out += ["", "## Learned site boilerplate (top)", "", "| outlet | documents | line |", "|---|---:|---|"]
        out += [f"| {p['outlet']} | {p['support']:,} | {_excerpt(p['example'], 90).replace('|', '/')} |" for p in learned]
    clusters = largest_cross_outlet_clusters(output, m)
    if clusters:
        out += ["", "## Largest cross-outlet clusters (this run)", ""]
        for k, members in enumerate(clusters, 1):
            out.append(f"{k}. cluster `{members[0]['cluster_id']}`")
            out += [f"   - **{r['outlet']}**: {_excerpt(r['text'])}" for r in members]
    stages = {k: v for k, v in m.get("stages", {}).items() if isinstance(v, dict) and "seconds" in v}
    if stages:
        out += ["", "## Stages", "", "| stage | seconds | counts |", "|---|---:|---|"]
        for name, st in stages.items():
            small = ", ".join(f"{k} {v:,}" for k, v in st.items() if isinstance(v, int) and k != "seconds")
            out.append(f"| {name} | {st['seconds']:.1f} | {small} |")
    out += ["", "## Files", ""]
    out += [f"- `{output / f}`" for fs in m["files"].values() for f in fs]
    out.append(f"- manifest: `{output / 'manifests' / (m['run_id'] + '.json')}`")
    return "\n".join(out) + "\n"
