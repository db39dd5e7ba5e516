"""Precision on formula-heavy real news: VNTC's law section ("Phap luat", 7,656 articles of four outlets).

Crime and court reports share long official formulae (police units' names, "khởi tố vụ án, khởi tố bị can",
crimes' legal names, the penal code's clauses) while telling different cases, so they are the hardest real
negatives for the copy check (tester T6, finding F6: about 1 asserted pair in 10 was two different cases).
Articles hash by id into half A (tuning: read while choosing a method) and half B (held-out: drawn and
labelled by someone who did not choose the method, then only re-scored pair by pair). Each half goes
through `python -m flows.cli run` on its own, so every pair lies in one half; asserted pairs (member, its
`duplicate_of`) are sampled and labelled by the rule of `bench/hard_negatives.py` (`copy` / `distinct`).

    .venv/bin/python -m bench.hard_negatives_law sample --half A --n 200 --seed 11 --out /tmp/law_a.tsv
    .venv/bin/python -m bench.hard_negatives_law score --out bench/hard_negatives_law_heldout.tsv
    .venv/bin/python -m bench.hard_negatives_law rescore --out bench/hard_negatives_law_heldout.tsv

`rescore` decides the labelled pairs again with today's `cleaners.verify.similarity` (the code reads the
texts): valid for a rule that only rejects more pairs, which is how a held-out file drawn before a change
measures it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.hard_negatives import EVAL, merged_pairs, read_sample, rescore, score, write_sample

VNTC = EVAL / "vntc_subset" / "vntc_xh_pl_tg.jsonl.gz"


def half_of(article_id: str) -> str:
    """'A' (tuning) or 'B' (held-out) for a VNTC article id; deterministic."""
    return "AB"[hashlib.sha1(f"law-split:{article_id}".encode()).digest()[0] & 1]


def records(half: str) -> list[dict]:
    out = []
    with gzip.open(VNTC, "rt", encoding="utf-8") as f:
        for r in map(json.loads, f):
            if r["topic"] == "Phap luat" and half_of(r["id"]) == half:
                out.append({"id": r["id"], "outlet": r["outlet"], "text": r["text"], "event": r["id"]})
    return out


def sample(half: str, n: int, seed: int, out: Path, exclude: Sequence[str] = ()) -> None:
    """Run one half through the CLI, draw `n` random asserted cross-document pairs (none naming an excluded
    passage id), keep labels already in `out`, and write the file."""
    recs = records(half)
    with tempfile.TemporaryDirectory(prefix="hardneg-law-") as tmp:
        pairs, stats = merged_pairs("law", recs, Path(tmp))
    asserted = [p for p in pairs if p["asserted"] == "True"
                and not any(x in (p["passage_a"], p["passage_b"]) for x in exclude)]
    for p in asserted:
        p["half"] = half
    labels = {(r["passage_a"], r["passage_b"]): r["label"] for r in read_sample(out)}
    picked = random.Random(seed).sample(asserted, min(n, len(asserted)))
    for p in picked:
        p["label"] = labels.get((p["passage_a"], p["passage_b"]), "")
    write_sample(sorted(picked, key=lambda p: (p["passage_a"], p["passage_b"])), out)
    print({**stats, "articles": len(recs), "asserted_sampled_from": len(asserted)})
    print(f"sampled {len(picked)} of {len(asserted)} asserted pairs of half {half} -> {out}")


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("command", choices=["sample", "score", "rescore"])
    p.add_argument("--half", choices=["A", "B"], default="A")
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--out", type=Path, required=True, help="the sample file (TSV)")
    p.add_argument("--exclude", nargs="*", default=[], help="passage ids never drawn (pairs read elsewhere)")
    args = p.parse_args(argv)
    if args.command == "sample":
        sample(args.half, args.n, args.seed, args.out, args.exclude)
    elif args.command == "rescore":
        rescore(args.out, asserted=True)
    else:
        score(args.out, asserted=True)


if __name__ == "__main__":
    main()
