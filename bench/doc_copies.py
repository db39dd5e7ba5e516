"""Article-level copies (`documents.duplicate_of`): precision and recall of "which article
republishes which", and the choice of `cleaners.doc_copies.DOC_SHARE`.

The corpus is the syndication benchmark's (`bench/syndication.py`: real VNTC bases, light /
medium / heavy edited copies in other outlets, distinct distractors) plus two harder kinds:

- **cut copies** (positives): another outlet republishes only the first 50-70 % of a base's
  paragraphs, medium-edited, and adds one paragraph of its own;
- **quoting articles** (negatives): an article of its own (a distractor's text, that distractor
  then left out of the corpus) that takes one or two paragraphs of a base (a quote, a shared
  statement) and keeps at least three of its own.

Arrival order is the hard part of issue 13: the records are split into three runs in random order,
so copies are often processed runs before their original (late originals). The truth pairs are
(copy, base); a predicted pair is (document, its `duplicate_of`). Every `min_share` of the sweep
is scored from the same output (the share is recomputed from `passages/` with
`cleaners.doc_copies.document_copy`), and the output's own column is scored at the default.

Split as in the syndication benchmark: the default was chosen on the tuning half (seed 11); the
held-out half (seed 23) is reported as is.

    .venv/bin/python -m bench.doc_copies [--half tune|heldout|both] [--bases 150] [--distractors 450]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pyarrow.dataset as ds

from bench.syndication import BANDS, COPY_OUTLETS, HALVES, build
from bench.syndication_edits import make_copy
from cleaners.doc_copies import DOC_SHARE, document_copy
from flows.config import RunConfig

SHARES = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MIN_WORDS = RunConfig.model_fields["min_words"].default  # the run default (15)


def harder(records: list[dict], truth: dict, seed: int) -> tuple[list[dict], dict[str, str], set[str]]:
    """Cut copies and quoting articles added to the syndication records; (records, positive
    pairs copy -> base, negative documents that quote)."""
    rng = random.Random(seed * 7 + 1)
    by_id = {r["id"]: r for r in records}
    bases = sorted(d for d, t in truth.items() if t["role"] == "base")
    distractors = sorted(d for d, t in truth.items() if t["role"] == "distractor")
    positives = {d: t["base"] for d, t in truth.items() if t["role"] == "copy"}
    quoting: set[str] = set()
    extra, used = [], set()
    for k, base in enumerate(bases):
        paras = by_id[base]["text"].split("\n")
        when = datetime.fromisoformat(by_id[base]["published"].replace("Z", "+00:00"))
        own_doc = distractors[k % len(distractors)]
        own = by_id[own_doc]["text"].split("\n")
        used.add(own_doc)  # its text becomes this article's own: the distractor itself leaves the corpus
        if k % 2 == 0 and len(paras) >= 4:  # a cut copy
            keep = max(2, round(len(paras) * rng.uniform(0.5, 0.7)))
            out = [paras[0]]
            for p in paras[1:keep]:
                made = make_copy(p, BANDS["medium"], rng, " ".join(own))
                out.append(made[0] if made else p)
            out.append(own[-1])
            doc = f"k{k:05d}"
            positives[doc] = base
        else:  # an article of its own quoting one or two paragraphs of the base
            if len(own) < 4 or len(paras) < 3:
                continue
            quoted = rng.sample(paras[1:], min(len(paras) - 1, rng.choice([1, 2])))
            out = own[:2] + quoted + own[2:]
            doc = f"q{k:05d}"
            quoting.add(doc)
        pub = when + timedelta(minutes=rng.randint(60, 24 * 60))
        extra.append({"id": doc, "outlet": rng.choice(COPY_OUTLETS), "published": pub.isoformat(), "text": "\n".join(out)})
    records = [r for r in records if r["id"] not in used] + extra
    rng.shuffle(records)
    return records, positives, quoting


def predicted(out: Path, min_share: float) -> dict[str, str]:
    """(document -> duplicate_of) recomputed from passages/ at `min_share`."""
    t = ds.dataset(str(out / "passages"), format="parquet").to_table(
        columns=["doc_id", "n_words", "cluster_id", "duplicate_of"])
    per_doc: dict[str, list] = defaultdict(list)
    for d, n, c, dup in zip(*(t.column(x).to_pylist() for x in t.column_names), strict=True):
        per_doc[d].append((n, c, dup))
    found = {d: document_copy(ps, MIN_WORDS, lambda _: None, min_share).duplicate_of for d, ps in per_doc.items()}
    return {d: dup for d, dup in found.items() if dup}


def scores(pred: dict[str, str], positives: dict[str, str], quoting: set[str]) -> dict:
    hit = sum(1 for d, dup in pred.items() if positives.get(d) == dup)
    return {"precision": hit / len(pred) if pred else float("nan"), "recall": hit / len(positives),
            "predicted": len(pred), "correct": hit, "truth": len(positives),
            "quoting_flagged": sum(1 for d in pred if d in quoting), "quoting": len(quoting),
            "recall_by_kind": {kind: (sum(1 for d, b in positives.items() if d[0] == kind[0] and pred.get(d) == b),
                                      sum(1 for d in positives if d[0] == kind[0])) for kind in ("copy", "kut")}}


def run_into(records: list[dict], work: Path, name: str) -> float:
    """One `newsclean run` over `work/in` (a new file `name`.jsonl beside the earlier ones) into `work/out`."""
    inp = work / "in" / f"{name}.jsonl"
    inp.parent.mkdir(parents=True, exist_ok=True)
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect")}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inp.parent), "--output", str(work / "out")],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def run_half(half: str, n_bases: int, n_distractors: int, runs: int = 3, keep: Path | None = None,
             rescore: Path | None = None) -> dict:
    """Build one half, run it through the CLI in `runs` runs (or score the kept output `rescore`)."""
    records, truth = build(half, n_bases, n_distractors)
    records, positives, quoting = harder(records, truth, HALVES[half][1])
    seconds = 0.0
    with tempfile.TemporaryDirectory(prefix=f"doccopies-{half}-") as tmp:
        work = Path(tmp)
        if rescore is None:
            for k in range(runs):  # one output, `runs` runs in arrival order: copies often first
                seconds += run_into(records[k::runs], work, f"run{k}")
        out = rescore / half if rescore is not None else work / "out"
        if keep and rescore is None:
            shutil.copytree(out, keep / half, dirs_exist_ok=True)
        sweep = {share: scores(predicted(out, share), positives, quoting) for share in SHARES}
        cols = ds.dataset(str(out / "documents"), format="parquet").to_table(columns=["doc_id", "duplicate_of"])
        column = {d: dup for d, dup in zip(*(cols.column(c).to_pylist() for c in cols.column_names), strict=True) if dup}
        recomputed = predicted(out, DOC_SHARE)
        stale = sorted(d for d in set(recomputed) | set(column) if recomputed.get(d) != column.get(d))
    run_of = {r["id"]: k % runs for k, r in enumerate(records)}
    late = sum(1 for d, b in positives.items() if run_of[d] < run_of[b])
    return {"half": half, "documents": len(records), "column_differs_from_passages": stale,
            "positives": len(positives), "quoting": len(quoting),
            "copies_in_an_earlier_run_than_their_base": late, "seconds": round(seconds, 1),
            "sweep": {str(k): v for k, v in sweep.items()}, "output_column": scores(column, positives, quoting)}


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=["tune", "heldout", "both"], default="both")
    p.add_argument("--bases", type=int, default=150)
    p.add_argument("--distractors", type=int, default=450)
    p.add_argument("--out", type=Path, default=Path("bench/results/doc_copies.json"))
    p.add_argument("--keep", type=Path, help="copy each half's output folder here")
    p.add_argument("--rescore", type=Path, help="score the outputs kept with --keep instead of running")
    args = p.parse_args(argv)
    halves = ["tune", "heldout"] if args.half == "both" else [args.half]
    results = [run_half(h, args.bases, args.distractors, keep=args.keep, rescore=args.rescore) for h in halves]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    for r in results:
        print(f"## {r['half']}: {r['documents']} documents, {r['positives']} copies, {r['quoting']} quoting articles, "
              f"{r['copies_in_an_earlier_run_than_their_base']} copies processed in a run before their base")
        print("| min_share | precision | recall | quoting flagged |")
        for share, s in r["sweep"].items():
            mark = " (default)" if float(share) == DOC_SHARE else ""
            print(f"| {share}{mark} | {s['precision']:.4f} ({s['correct']}/{s['predicted']}) | {s['recall']:.4f} "
                  f"({s['correct']}/{s['truth']}) | {s['quoting_flagged']}/{s['quoting']} |")
        o = r["output_column"]
        print(f"documents.duplicate_of as written: precision {o['precision']:.4f}, recall {o['recall']:.4f}, "
              f"{o['recall_by_kind']}")


if __name__ == "__main__":
    main()
