"""Extraction quality on the public benchmarks, with each benchmark's upstream scoring protocol.

- trafilatura_eval (990 pages, `with`/`without` snippets; upstream `tests/eval_common.py`):
  corpus-level P/R/accuracy/F1 over snippet hits in the whitespace-normalised output.
- scrapinghub_aeb (181 pages, gold article bodies; upstream `evaluate.py`): per-page 4-gram
  shingle tp/fp/fn normalised to sum 1, P and R are means over pages, F1 their harmonic mean.

Each page is extracted once per option variant and scored in stages: `trafilatura` is
trafilatura alone (its own `decode_file`, `bare_extraction` with `TRAFILATURA_OPTIONS` updated by
the variant), `normalized` and `cleaned` the library path (`extract_html`, `normalize_text`,
`BoilerplateCleaner`). For our options, `cli` is the real user path: the pages written to disk as
`.html` files, `newsclean run` on the folder, the text read back from `documents/`; a page the run
rejected counts as an empty output, and the reject reasons are listed.

Run: `.venv/bin/python -m bench.eval_extraction [--variants] [--workers 2]`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EVALDATA = Path(os.environ.get("NEWSCLEAN_EVALDATA", "/work/shared/evaldata"))
TRAFILATURA_DIR = EVALDATA / "trafilatura_eval"
AEB_DIR = EVALDATA / "scrapinghub_aeb"

# Option variants compared against our TRAFILATURA_OPTIONS (each is an override of that dict).
VARIANTS: dict[str, dict[str, Any]] = {
    "ours": {},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "no_tables": {"include_tables": False},
    "fast": {"fast": True},
}
STAGES = ("trafilatura", "normalized", "cleaned")
CLI_STAGE = "cli"
PUBLISHED = {
    "trafilatura_eval": "trafilatura 2.2.0 standard: P 0.906 R 0.943 F1 0.924",
    "scrapinghub_aeb": "trafilatura 2.0.0: P 0.938 R 0.978 F1 0.958",
}


@dataclass(frozen=True)
class PageResult:
    """One page's extraction: text per stage (None when extraction failed) and what was removed."""

    key: str
    texts: dict[str, str | None]
    removed: tuple[tuple[str, str], ...] = ()  # (rule, line) removed by the cleaners
    error: str | None = None
    seconds: float = 0.0


@dataclass
class Score:
    """Scores of one (dataset, variant, stage)."""

    dataset: str
    variant: str
    stage: str
    precision: float
    recall: float
    f1: float
    accuracy: float | None = None
    f1_ci: float | None = None
    docs: int = 0
    failures: int = 0
    seconds: float = 0.0


@dataclass
class DatasetRun:
    """All pages of one dataset under one variant, with their scores."""

    dataset: str
    variant: str
    pages: list[PageResult]
    scores: list[Score] = field(default_factory=list)
    wall_seconds: float = 0.0
    cli_rejects: Counter[str] = field(default_factory=Counter)  # reason -> pages rejected by `newsclean run`
    cli_seconds: float = 0.0


# -- worker side ------------------------------------------------------------------------------


def _init_worker(overrides: dict[str, Any]) -> None:
    """Set this worker's TRAFILATURA_OPTIONS to ours updated by the variant's overrides."""
    from cleaners import extract

    extract.TRAFILATURA_OPTIONS = {**extract.TRAFILATURA_OPTIONS, **overrides}


def _process_page(job: tuple[str, str]) -> PageResult:
    """Extract one gzipped HTML page with trafilatura alone, and with the newsclean library path."""
    import trafilatura
    from trafilatura.utils import decode_file

    from cleaners import extract
    from cleaners.boilerplate import BoilerplateCleaner
    from cleaners.extract import ExtractError, extract_html
    from cleaners.normalize import normalize_text
    from cleaners.rules import load_rules

    key, path = job
    start = time.perf_counter()
    html = decode_file(gzip.decompress(Path(path).read_bytes()))
    try:
        alone = trafilatura.bare_extraction(html, **extract.TRAFILATURA_OPTIONS)
        alone_text = (getattr(alone, "text", None) or None) if alone is not None else None
    except Exception:  # noqa: BLE001 -- trafilatura alone failing is a failed page, as upstream counts it
        alone_text = None
    try:
        text: str | None = extract_html(html).text
        error = None
    except ExtractError as err:
        text, error = None, err.reason
    if text is None:
        texts: dict[str, str | None] = {**dict.fromkeys(STAGES), "trafilatura": alone_text}
        return PageResult(key, texts, (), error, time.perf_counter() - start)
    normalized = normalize_text(text)
    cleaned = BoilerplateCleaner(load_rules("vi")).clean(normalized)
    removed = tuple((r.rule, r.text) for r in cleaned.removed)
    texts = {"trafilatura": alone_text, "normalized": normalized, "cleaned": cleaned.text}
    return PageResult(key, texts, removed, None, time.perf_counter() - start)


def _cli_texts(jobs: list[tuple[str, str]], workers: int) -> tuple[dict[str, str | None], Counter[str], float]:
    """The pages as `.html` files in a temporary folder, through `newsclean run`: text per key
    (None when rejected), the reject reasons, and the run's seconds."""
    import tempfile

    from bench.cli_run import run_cli

    with tempfile.TemporaryDirectory(prefix="newsclean-eval-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        names = {}
        for n, (key, path) in enumerate(jobs):
            name = f"{n:05d}.html"
            names[name] = key
            (folder / name).write_bytes(gzip.decompress(Path(path).read_bytes()))
        out = run_cli(folder, workers=workers, output=Path(tmp) / "out")
    texts = {key: (out.docs[name]["text"] if name in out.docs else None) for name, key in names.items()}
    return texts, Counter(r["reason"] for r in out.rejects.values()), out.seconds


def _add_cli(run: DatasetRun, jobs: list[tuple[str, str]], workers: int) -> None:
    texts, rejects, seconds = _cli_texts(jobs, workers)
    for pg in run.pages:
        pg.texts[CLI_STAGE] = texts.get(pg.key)
    run.cli_rejects, run.cli_seconds = rejects, seconds


def _run_pages(jobs: list[tuple[str, str]], overrides: dict[str, Any], workers: int) -> list[PageResult]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(overrides,)) as pool:
        return list(pool.map(_process_page, jobs, chunksize=4))


# -- trafilatura_eval protocol ------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def snippet_counts(item: Mapping[str, Any], result: str | None) -> tuple[int, int, int, int]:
    """Upstream `count_item`: (tp, fp, fn, tn) by whitespace-normalised substring matching."""
    tp = fp = 0
    if isinstance(result, str):
        res = _norm(result)
        tp = sum(1 for w in item["with"] if _norm(w) in res)
        fp = sum(1 for w in item["without"] if _norm(w) in res)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def snippet_scores(counts: Iterable[tuple[int, int, int, int]]) -> tuple[float, float, float, float]:
    """Corpus-level precision, recall, accuracy, F1 from summed (tp, fp, fn, tn)."""
    tp = fp = fn = tn = 0
    for a, b, c, d in counts:
        tp, fp, fn, tn = tp + a, fp + b, fn + c, tn + d
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    total = tp + fp + fn + tn
    accuracy = (tp + tn) / total if total else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return precision, recall, accuracy, f1


def _trafilatura_items() -> dict[str, dict[str, Any]]:
    return json.loads((TRAFILATURA_DIR / "evaldata.json").read_text(encoding="utf-8"))


# -- scrapinghub_aeb protocol -------------------------------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """Upstream `string_shingle_matching`: 4-gram shingle tp/fp/fn, normalised to sum 1."""
    gold, got = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in gold.keys() | got.keys():
        t, p = gold.get(key, 0), got.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total > 0 else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def shingle_scores(tp_fp_fns: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Upstream `metrics_from_tp_fp_fns`: mean P, mean R (over pages where defined), their F1."""
    precision = statistics.mean(_precision(*x) for x in tp_fp_fns if x[0] + x[1] > 0)
    recall = statistics.mean(_recall(*x) for x in tp_fp_fns if x[0] + x[2] > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


def bootstrap_f1_ci(tp_fp_fns: list[tuple[float, float, float]], n: int = 1000, seed: int = 0) -> float:
    """Upstream's ± for F1: 1.96 × std of F1 over bootstrap resamples of pages (seeded here)."""
    rnd = random.Random(seed)
    values = []
    for _ in range(n):
        sample = [tp_fp_fns[rnd.randrange(len(tp_fp_fns))] for _ in tp_fp_fns]
        values.append(shingle_scores(sample)[2])
    return 1.96 * statistics.stdev(values)


def _aeb_gold() -> dict[str, dict[str, Any]]:
    return json.loads((AEB_DIR / "ground-truth.json").read_text(encoding="utf-8"))


# -- runs ---------------------------------------------------------------------------------------


def run_trafilatura_eval(variant: str, workers: int = 2, limit: int | None = None) -> DatasetRun:
    """Extract and score the trafilatura benchmark under one option variant."""
    items = _trafilatura_items()
    keys = sorted(items)[:limit] if limit else sorted(items)
    jobs = [(k, str(TRAFILATURA_DIR / "html" / f"{items[k]['file']}.gz")) for k in keys]
    start = time.perf_counter()
    pages = _run_pages(jobs, VARIANTS[variant], workers)
    run = DatasetRun("trafilatura_eval", variant, pages, wall_seconds=time.perf_counter() - start)
    if variant == "ours":
        _add_cli(run, jobs, workers)
    for stage in _stages(run):
        p, r, acc, f1 = snippet_scores(snippet_counts(items[pg.key], pg.texts[stage]) for pg in pages)
        run.scores.append(Score(run.dataset, variant, stage, p, r, f1, accuracy=acc, docs=len(pages),
                                failures=_failures(run, stage), seconds=_seconds(run, stage)))
    return run


def run_aeb(variant: str, workers: int = 2, limit: int | None = None, ci: bool = True) -> DatasetRun:
    """Extract and score the Scrapinghub article extraction benchmark under one option variant."""
    gold = _aeb_gold()
    keys = sorted(gold)[:limit] if limit else sorted(gold)
    jobs = [(k, str(AEB_DIR / "html" / f"{k}.html.gz")) for k in keys]
    start = time.perf_counter()
    pages = _run_pages(jobs, VARIANTS[variant], workers)
    run = DatasetRun("scrapinghub_aeb", variant, pages, wall_seconds=time.perf_counter() - start)
    if variant == "ours":
        _add_cli(run, jobs, workers)
    for stage in _stages(run):
        tfn = [shingle_tp_fp_fn(gold[pg.key].get("articleBody", ""), pg.texts[stage] or "") for pg in pages]
        p, r, f1 = shingle_scores(tfn)
        run.scores.append(Score(run.dataset, variant, stage, p, r, f1, f1_ci=bootstrap_f1_ci(tfn) if ci else None,
                                docs=len(pages), failures=_failures(run, stage), seconds=_seconds(run, stage)))
    return run


def _stages(run: DatasetRun) -> tuple[str, ...]:
    return (*STAGES, CLI_STAGE) if run.variant == "ours" else STAGES


def _failures(run: DatasetRun, stage: str) -> int:
    if stage == CLI_STAGE:
        return sum(run.cli_rejects.values())
    if stage == "trafilatura":
        return sum(pg.texts["trafilatura"] is None for pg in run.pages)
    return sum(pg.error is not None for pg in run.pages)


def _seconds(run: DatasetRun, stage: str) -> float:
    return run.cli_seconds if stage == CLI_STAGE else run.wall_seconds


RUNNERS: dict[str, Callable[..., DatasetRun]] = {"trafilatura_eval": run_trafilatura_eval, "scrapinghub_aeb": run_aeb}


def cleaner_changes(run: DatasetRun) -> list[str]:
    """Pages whose snippet/shingle score differs between `normalized` and `cleaned`, with the
    removed lines: the evidence for "the cleaners do not lower F1" (or against it)."""
    notes = []
    if run.dataset == "trafilatura_eval":
        items = _trafilatura_items()
        for pg in run.pages:
            before = snippet_counts(items[pg.key], pg.texts["normalized"])
            after = snippet_counts(items[pg.key], pg.texts["cleaned"])
            if before != after:
                notes.append(f"{pg.key} tp/fp {before[:2]} -> {after[:2]}; removed {list(pg.removed)[:6]}")
    else:
        gold = _aeb_gold()
        for pg in run.pages:
            body = gold[pg.key].get("articleBody", "")
            before = shingle_tp_fp_fn(body, pg.texts["normalized"] or "")
            after = shingle_tp_fp_fn(body, pg.texts["cleaned"] or "")
            if before != after:
                notes.append(f"{pg.key[:16]} P {_precision(*before):.3f}->{_precision(*after):.3f} "
                             f"R {_recall(*before):.3f}->{_recall(*after):.3f}; removed {list(pg.removed)[:6]}")
    return notes


def removed_by_rule(run: DatasetRun) -> Counter[str]:
    """How many lines each cleaner rule removed on this run's pages."""
    return Counter(rule for pg in run.pages for rule, _ in pg.removed)


def evaluate(variants: Iterable[str] = ("ours",), workers: int = 2, limit: int | None = None) -> list[DatasetRun]:
    """Run both benchmarks under each variant (the variant `ours` first)."""
    runs = []
    for variant in variants:
        for dataset, runner in RUNNERS.items():
            runs.append(runner(variant, workers=workers, limit=limit))
            print(f"  {dataset} / {variant}: {runs[-1].wall_seconds:.0f}s", flush=True)
    return runs


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def markdown(runs: list[DatasetRun]) -> str:
    """Tables: our options before/after the cleaners, then the option-variant comparison."""
    lines = ["| set | stage | P | R | F1 | acc | docs (failed) | published |", "|---|---|---|---|---|---|---|---|"]
    for run in (r for r in runs if r.variant == "ours"):
        for s in run.scores:
            f1 = _fmt(s.f1) + (f" ± {s.f1_ci:.3f}" if s.f1_ci is not None else "")
            lines.append(f"| {s.dataset} | {s.stage} | {_fmt(s.precision)} | {_fmt(s.recall)} | {f1} | "
                         f"{_fmt(s.accuracy)} | {s.docs} ({s.failures}) | {PUBLISHED[s.dataset]} |")
    if any(r.variant != "ours" for r in runs):
        lines += ["", "| variant | set | P | R | F1 | F1 after cleaners | time (s) |", "|---|---|---|---|---|---|---|"]
        for run in runs:
            by = {s.stage: s for s in run.scores}
            raw, clean = by["trafilatura"], by["cleaned"]
            lines.append(f"| {run.variant} | {run.dataset} | {_fmt(raw.precision)} | {_fmt(raw.recall)} | "
                         f"{_fmt(raw.f1)} | {_fmt(clean.f1)} | {run.wall_seconds:.0f} |")
    rejected = [f"{r.dataset}: {dict(r.cli_rejects) or 'none'}" for r in runs if r.variant == "ours"]
    lines += ["", "Pages rejected by `newsclean run` (counted as empty output in `cli`): " + "; ".join(rejected)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", action="store_true", help="also compare the option variants")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="first N pages per set (smoke test)")
    parser.add_argument("--changes", action="store_true", help="print pages the cleaners changed")
    args = parser.parse_args()
    runs = evaluate(list(VARIANTS) if args.variants else ["ours"], workers=args.workers, limit=args.limit)
    print(markdown(runs))
    if args.changes:
        for run in (r for r in runs if r.variant == "ours"):
            print(f"\n{run.dataset}: removed by rule {dict(removed_by_rule(run))}")
            print("\n".join(cleaner_changes(run)))


if __name__ == "__main__":
    main()
