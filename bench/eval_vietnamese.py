"""Boilerplate removal on Vietnamese news text: how much is removed, how much content is lost.

- vietnews_vnds_test (22,644 articles, word-segmented; "_" is turned back into spaces): each
  document is title, sapo, body lines, then the upstream caption block (the gold captions).
  Caption recall = caption lines removed; content loss = title/sapo/body lines removed (an upper
  bound: the body's own closing bylines and "Xem thêm" links are boilerplate too).
- vntc_subset (30,056 articles, 2005-2007, with real footers): lines removed per rule, and for
  a few footer classes found by loose, rule-independent markers, how many of them were removed.

Content loss is estimated from the hand-checked sample: every rule's removed lines are sampled
(seeded), each sampled line has a verdict in `bench/vi_verdicts.tsv` (boilerplate / content /
mixed), and a rule's removals count as content at the share of content+mixed verdicts.

Run: `.venv/bin/python -m bench.eval_vietnamese [--workers 2] [--unjudged]`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import regex

EVALDATA = Path(os.environ.get("NEWSCLEAN_EVALDATA", "/work/shared/evaldata"))
VIETNEWS = EVALDATA / "vietnews_vnds_test" / "vietnews_test.jsonl.gz"
VNTC = EVALDATA / "vntc_subset" / "vntc_xh_pl_tg.jsonl.gz"
VERDICTS = Path(__file__).with_name("vi_verdicts.tsv")
SAMPLE_PER_RULE = 20
CONTENT_VERDICTS = ("content", "mixed")

# A caption with a credit ("... - Ảnh : CTV", "Nguồn: AFP", "Đồ hoạ: T.ĐẠT"): loose marker, not a rule.
CREDITED = regex.compile(r"(?i)(?:^|[\s(\-–])(?:ảnh|photo|đồ họa|đồ hoạ|nguồn|video|clip)\s*:")
# Footer classes in VNTC, found by loose markers independent of the rules (not gold).
FOOTER_MARKERS = {
    "credit (Theo X)": regex.compile(r"(?i)[(\[]?\s*theo\s+[\p{L}\d .,&/\-]{2,40}[)\]]?\s*\.?"),
    "byline (Name (theo X))": regex.compile(r"(?i)[\p{L} .]{2,40}\(\s*(?:theo|tổng hợp|dịch)\b[^)]{0,60}\)"),
    "dated headline (…(dd/mm/yyyy))": regex.compile(r".{10,200}\(\d{1,2}/\d{1,2}/\d{4}\)"),
    "comment prompt (Ý kiến …)": regex.compile(r"(?i)(?:ý kiến (?:của bạn|bạn đọc)|gửi ý kiến|bình luận).{0,60}"),
}


@dataclass
class DocResult:
    """Removed lines of one document: (part, rule, line) with part = title/sapo/body/caption/line."""

    doc_id: str
    parts: Counter[str]
    removed: list[tuple[str, str, str]]
    last_line: str = ""
    last_removed: bool = False
    credited: tuple[int, int] = (0, 0)  # caption lines with a credit marker: (removed, total)


@dataclass
class SetResult:
    """Aggregates of one data set."""

    name: str
    docs: int = 0
    lines: Counter[str] = field(default_factory=Counter)  # part -> lines
    removed: Counter[tuple[str, str]] = field(default_factory=Counter)  # (part, rule) -> lines
    examples: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))  # rule -> (id, line)
    markers: Counter[tuple[str, bool]] = field(default_factory=Counter)  # (marker, removed) -> lines
    credited: list[int] = field(default_factory=lambda: [0, 0])  # captions with a credit: removed, total
    seconds: float = 0.0


def _vietnews_lines(doc: dict) -> list[tuple[str, str]]:
    from cleaners.normalize import normalize_text

    out = []
    for key, part in (("title", "title"), ("abstract", "sapo"), ("body", "body"), ("tail", "caption")):
        for line in normalize_text((doc.get(key) or "").replace("_", " ")).split("\n"):
            if line.strip():
                out.append((part, line))
    return out


def _vntc_lines(doc: dict) -> list[tuple[str, str]]:
    from cleaners.normalize import normalize_text

    return [("line", line) for line in normalize_text(doc["text"]).split("\n") if line.strip()]


def _clean_chunk(job: tuple[str, list[dict]]) -> list[DocResult]:
    """Clean a chunk of documents; report which lines (of which part) each rule removed."""
    from cleaners.boilerplate import BoilerplateCleaner
    from cleaners.rules import load_rules

    dataset, docs = job
    cleaner = BoilerplateCleaner(load_rules("vi"))
    split = _vietnews_lines if dataset == "vietnews" else _vntc_lines
    results = []
    for doc in docs:
        lines = split(doc)
        cleaned = cleaner.clean("\n".join(line for _, line in lines))
        removed = [(lines[r.line - 1][0], r.rule, r.text) for r in cleaned.removed]
        removed_nos = {r.line for r in cleaned.removed}
        credited = [no for no, (part, line) in enumerate(lines, 1) if part == "caption" and CREDITED.search(line)]
        results.append(DocResult(str(doc["id"]), Counter(p for p, _ in lines), removed,
                                 lines[-1][1] if lines else "", len(lines) in removed_nos,
                                 (sum(no in removed_nos for no in credited), len(credited))))
    return results


def _read_jsonl(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _chunks(dataset: str, docs: Iterator[dict], size: int = 500) -> Iterator[tuple[str, list[dict]]]:
    chunk: list[dict] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == size:
            yield dataset, chunk
            chunk = []
    if chunk:
        yield dataset, chunk


def run_set(dataset: str, workers: int = 2, limit: int | None = None) -> SetResult:
    """Clean every document of `vietnews` or `vntc` and aggregate the removals."""
    path = VIETNEWS if dataset == "vietnews" else VNTC
    docs = _read_jsonl(path)
    if limit:
        docs = (d for i, d in enumerate(docs) if i < limit)
    res = SetResult(dataset)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in pool.map(_clean_chunk, _chunks(dataset, docs)):
            for doc in chunk:
                res.docs += 1
                res.lines.update(doc.parts)
                for part, rule, line in doc.removed:
                    res.removed[part, rule] += 1
                    if part in ("body", "line"):  # captions are gold boilerplate, titles/sapos content
                        res.examples[rule].append((doc.doc_id, line))
                res.credited[0] += doc.credited[0]
                res.credited[1] += doc.credited[1]
                if dataset == "vntc":
                    _count_markers(res, doc)
    res.seconds = time.perf_counter() - start
    return res


def _count_markers(res: SetResult, doc: DocResult) -> None:
    """VNTC footers by loose marker on each document's last line (credits, bylines, headlines)."""
    n_words = len(doc.last_line.split())
    for name, marker in FOOTER_MARKERS.items():
        short = name.startswith(("credit", "byline"))
        if n_words <= (12 if short else 40) and marker.fullmatch(doc.last_line):
            res.markers[name, doc.last_removed] += 1
            break


# -- hand-checked sample ------------------------------------------------------------------------


def load_verdicts(path: Path = VERDICTS) -> dict[tuple[str, str], str]:
    """(dataset, line) -> verdict, from the TSV `verdict<TAB>dataset<TAB>rule<TAB>line`."""
    verdicts: dict[tuple[str, str], str] = {}
    if path.exists():
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip() and not row.startswith("#"):
                verdict, dataset, _rule, line = row.split("\t", 3)
                verdicts[dataset, line] = verdict
    return verdicts


def sample(res: SetResult, per_rule: int = SAMPLE_PER_RULE, seed: int = 0) -> dict[str, list[tuple[str, str]]]:
    """Seeded sample of removed (non-caption) lines per rule: rule -> [(doc id, line)]."""
    out = {}
    for rule, examples in sorted(res.examples.items()):
        unique = sorted(set(examples))
        out[rule] = random.Random(f"{seed}:{res.name}:{rule}").sample(unique, min(per_rule, len(unique)))
    return out


@dataclass
class Loss:
    """Content loss of one set: removed non-caption lines and the estimate from the verdicts."""

    content_lines: int
    removed: int
    estimated_content: float
    judged: int
    judged_content: int
    unjudged: int


def content_loss(res: SetResult, verdicts: dict[tuple[str, str], str]) -> Loss:
    """Upper bound (every removed non-caption line) and the verdict-weighted estimate."""
    content_lines = sum(n for part, n in res.lines.items() if part != "caption")
    by_rule: Counter[str] = Counter()
    known_content = 0  # a VietNews title or sapo is never boilerplate
    for (part, rule), n in res.removed.items():
        if part in ("title", "sapo"):
            known_content += n
        elif part != "caption":
            by_rule[rule] += n
    estimated, judged, judged_content, unjudged = float(known_content), 0, 0, 0
    for rule, picks in sample(res).items():
        got = [verdicts.get((res.name, line)) for _, line in picks]
        known = [v for v in got if v is not None]
        unjudged += len(got) - len(known)
        bad = sum(v in CONTENT_VERDICTS for v in known)
        judged, judged_content = judged + len(known), judged_content + bad
        share = bad / len(known) if known else 1.0  # unjudged rules count as all content
        estimated += by_rule[rule] * share
    return Loss(content_lines, sum(by_rule.values()) + known_content, estimated, judged, judged_content, unjudged)


# -- report -------------------------------------------------------------------------------------


def _pct(a: float, b: float) -> str:
    return f"{100 * a / b:.2f}%" if b else "–"


def markdown(results: dict[str, SetResult], verdicts: dict[tuple[str, str], str]) -> str:
    """Removal and loss tables, the per-rule counts and the hand-checked sample."""
    out = ["| set | docs | content lines | removed (upper bound of loss) | est. content lost | "
           "sample judged (content) | boilerplate removed |", "|---|---|---|---|---|---|---|"]
    for name, res in results.items():
        loss = content_loss(res, verdicts)
        if name == "vietnews":
            caps = res.lines["caption"]
            cap_all = sum(n for (p, _), n in res.removed.items() if p == "caption")
            cap_rule = res.removed["caption", "photo_caption"]
            boiler = (f"captions: {cap_rule}/{caps} = {_pct(cap_rule, caps)} by photo_caption "
                      f"({_pct(cap_all, caps)} by any rule)")
        else:
            boiler = f"{loss.removed} lines in {res.docs} docs"
        out.append(f"| {name} | {res.docs} | {loss.content_lines} | {loss.removed} = "
                   f"{_pct(loss.removed, loss.content_lines)} | {loss.estimated_content:.0f} = "
                   f"{_pct(loss.estimated_content, loss.content_lines)} | {loss.judged} ({loss.judged_content})"
                   f"{f', {loss.unjudged} unjudged' if loss.unjudged else ''} | {boiler} |")
    out += ["", "| set | part | rule | lines removed |", "|---|---|---|---|"]
    for name, res in results.items():
        for (part, rule), n in sorted(res.removed.items(), key=lambda x: (x[0][0], -x[1])):
            out.append(f"| {name} | {part} | {rule} | {n} |")
    if "vietnews" in results:
        out += ["", f"VietNews captions with a credit marker (\"Ảnh :\", \"Nguồn :\", …): "
                f"{credited_recall(results['vietnews'])}"]
    if "vntc" in results and results["vntc"].markers:
        res = results["vntc"]
        out += ["", "| VNTC last line, loose marker (not gold) | lines | removed |", "|---|---|---|"]
        for name in FOOTER_MARKERS:
            hit, miss = res.markers[name, True], res.markers[name, False]
            if hit + miss:
                out.append(f"| {name} | {hit + miss} | {hit} = {_pct(hit, hit + miss)} |")
    out += ["", "Hand-checked sample (seeded, up to 20 removed non-caption lines per rule):", "",
            "| set | rule | verdict | line |", "|---|---|---|---|"]
    for name, res in results.items():
        for rule, picks in sample(res).items():
            for _, line in picks:
                verdict = verdicts.get((name, line), "?")
                text = line if len(line) <= 160 else line[:157] + "…"
                out.append(f"| {name} | {rule} | {verdict} | {text.replace('|', '/')} |")
    return "\n".join(out)


def credited_recall(res: SetResult) -> str:
    """Share of caption lines with a credit marker that the rules removed."""
    hit, total = res.credited
    return f"{hit}/{total} = {_pct(hit, total)} removed" if total else "not measured"


def evaluate(workers: int = 2, limit: int | None = None) -> dict[str, SetResult]:
    """Run both Vietnamese sets."""
    results = {}
    for name in ("vietnews", "vntc"):
        results[name] = run_set(name, workers=workers, limit=limit)
        print(f"  {name}: {results[name].docs} docs, {results[name].seconds:.0f}s", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="first N documents per set (smoke test)")
    parser.add_argument("--unjudged", action="store_true", help="print sampled lines that have no verdict yet")
    args = parser.parse_args()
    results = evaluate(workers=args.workers, limit=args.limit)
    verdicts = load_verdicts()
    print(markdown(results, verdicts))
    if args.unjudged:
        for name, res in results.items():
            for rule, picks in sample(res).items():
                for _, line in picks:
                    if (name, line) not in verdicts:
                        print(f"?\t{name}\t{rule}\t{line}")


if __name__ == "__main__":
    main()
