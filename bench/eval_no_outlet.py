"""ViMs + KTLab through the CLI without outlets: nothing may be learned, and every line removed in
a 300-document sample (and, as they are few, every removed line of all documents) is read by
hand (verdicts in `bench/no_outlet_verdicts.tsv`).

Both sets are clusters of articles about one event from many outlets; written as JSONL records
with neither `outlet` nor `url`, each file would once have been one "outlet" (the file name), and
sentences that many articles share were learned as boilerplate. Now documents without an outlet
teach nothing; the rules still act, and their removals are what the sample checks.

Run: `.venv/bin/python -m bench.eval_no_outlet [--workers 2] [--unjudged]`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import tempfile
from collections import Counter
from pathlib import Path

from bench.cli_run import run_cli

EVALDATA = Path(os.environ.get("NEWSCLEAN_EVALDATA", "/work/shared/evaldata"))
VIMS = EVALDATA / "vims_2017" / "vims_docs.jsonl.gz"
KTLAB = EVALDATA / "ktlab_vietnamese_mds" / "ktlab_docs.jsonl.gz"
VERDICTS = Path(__file__).with_name("no_outlet_verdicts.tsv")
SAMPLE, SEED = 300, 12


def _records() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"vims": [], "ktlab": []}
    with gzip.open(VIMS, "rt", encoding="utf-8") as fh:
        for row in fh:
            d = json.loads(row)
            out["vims"].append({"id": f"vims/{d['cluster']}/{d['doc_id']}", "title": d["title"],
                                "text": f"{d['title']}\n{d['text']}"})
    with gzip.open(KTLAB, "rt", encoding="utf-8") as fh:
        for row in fh:
            d = json.loads(row)
            out["ktlab"].append({"id": f"ktlab/{d['cluster']}/{d['doc_id']}", "text": d["body"]})
    return out


def load_verdicts() -> dict[tuple[str, str], str]:
    """(doc id, line) -> verdict (boilerplate | content)."""
    got = {}
    if VERDICTS.exists():
        for row in VERDICTS.read_text(encoding="utf-8").splitlines():
            if row.strip() and not row.startswith("#"):
                verdict, doc, _rule, line = row.split("\t", 3)
                got[doc, line] = verdict
    return got


def evaluate(workers: int = 2) -> dict:
    sets = _records()
    with tempfile.TemporaryDirectory(prefix="no-outlet-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for name, recs in sets.items():
            (folder / f"{name}.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n",
                                                  encoding="utf-8")
        out = run_cli(folder, workers=workers, output=Path(tmp) / "out")
        learned = Path(tmp) / "out" / "state" / "learned_patterns.parquet"
        import pyarrow.parquet as pq

        n_learned = pq.read_table(learned).num_rows if learned.exists() else 0
    docs = {d["doc_id"]: d for d in out.docs.values()}
    ids = sorted(docs)
    sample = sorted(random.Random(SEED).sample(ids, min(SAMPLE, len(ids))))
    removed = [(doc, r["rule"], r["text"]) for doc in sample for r in docs[doc]["removed"]]
    every = [(doc, r["rule"], r["text"]) for doc in ids for r in docs[doc]["removed"]]
    by_rule_all = Counter(rule for _, rule, _ in every)
    return {"docs": len(docs), "rejects": len(out.rejects), "learned_patterns": n_learned,
            "sample": sample, "removed": removed, "every": every, "by_rule_all": by_rule_all}


def markdown(res: dict, verdicts: dict[tuple[str, str], str]) -> str:
    judged = Counter(verdicts.get((doc, line), "?") for doc, _, line in res["removed"])
    lines = [
        f"ViMs + KTLab, no outlet, no URL: {res['docs']} documents, {res['rejects']} rejected, "
        f"**{res['learned_patterns']} learned patterns** (nothing learned without an outlet).",
        "",
        f"Lines removed in all documents, by rule: {dict(res['by_rule_all'].most_common())}",
        "",
        f"Sample of {len(res['sample'])} documents (seed {SEED}): {len(res['removed'])} removed lines, each read: "
        f"{dict(judged)} (`bench/no_outlet_verdicts.tsv`).",
    ]
    every = Counter(verdicts.get((doc, line), "?") for doc, _, line in res["every"])
    lines += ["", f"Every removed line of all documents ({len(res['every'])}), each read: {dict(every)}."]
    content = [(d, r, x) for d, r, x in res["every"] if verdicts.get((d, x)) == "content"]
    if content:
        lines += ["", "Removed lines judged content:"] + [f"- {d} [{r}] {x}" for d, r, x in content]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--unjudged", action="store_true", help="print removed sample lines with no verdict yet")
    args = parser.parse_args()
    res = evaluate(args.workers)
    verdicts = load_verdicts()
    print(markdown(res, verdicts))
    if args.unjudged:
        for doc, rule, line in res["every"]:
            if (doc, line) not in verdicts:
                print(f"?\t{doc}\t{rule}\t{line}")


if __name__ == "__main__":
    main()
