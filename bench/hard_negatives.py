"""Precision on real hard negatives: ViMs (300 clusters) and KTLab (199 clusters) are different
outlets' own articles about one event. Both go through `python -m flows.cli run`; every
cross-document passage pair that ends in one cluster is counted, and a random sample (plus every pair of a data set with few) is written to
`bench/hard_negatives_pairs.tsv` for labelling by reading (`copy`: the same text, copied or quoted,
possibly edited; `distinct`: independent reporting that shares names, numbers or phrases).

    .venv/bin/python -m bench.hard_negatives sample [--n 240]   # run, count, write the sample (keeps labels)
    .venv/bin/python -m bench.hard_negatives score               # precision + Wilson 95 % interval
    .venv/bin/python -m bench.hard_negatives sample --half B --asserted --n 200 --out bench/hard_negatives_heldout.tsv
    .venv/bin/python -m bench.hard_negatives score --out bench/hard_negatives_heldout.tsv
    .venv/bin/python -m bench.hard_negatives rescore --asserted --out bench/hard_negatives_heldout.tsv  # pair by pair, today's rule
    .venv/bin/python -m bench.hard_negatives sample --half B --asserted --n 200 --seed 1129 --fresh \
        --labels-from bench/hard_negatives_heldout.tsv --out bench/hard_negatives_heldout2.tsv

The sample file keeps any label already given to a pair (pairs are keyed by their two passage ids).

Labelling rule (written before reading the second held-out sample): `copy` when one passage is derived
from the other or both from a common text (press release, police or court report, official letter,
quote, wire story, also translated independently), however heavily edited: the clauses follow one
text in order and share wording beyond names, numbers and stock formulae (verbs, modifiers, an
unusual phrase), with the same details chosen. `distinct` when the two are independent wordings of
the same facts: what they share is names, titles, numbers, places and formulae (date, place and
route, "cho biết", a court sentence), the clauses are built differently or carry different details
(other times, numbers, sources, another fact in the same frame). A pair derived from one text with
one side adding facts is `copy`; a shared frame filled with a different fact is `distinct`.

Which pairs the output claims. `duplicate_of` says "this passage is a copy of that canonical one":
an `asserted` pair is (member, its duplicate_of). Two members of one cluster share the canonical
copy they were each verified against, not necessarily each other's text (A ~ C and B ~ C with A
and B keeping different halves of C); every pair sharing a cluster is also counted and reported.

Split: ViMs events hash (`half_of`) into half A, whose pairs were read while choosing the method
(`bench/hard_negatives_pairs.tsv`, tuning data), and half B, sampled fresh for
`bench/hard_negatives_heldout.tsv` only after the method was final. Tuning file 2 (`bench/hard_negatives_tune_a.tsv`,
200 asserted half-A pairs at main fb776cc, read while choosing the plain-words rule) is half A only.
Tuning file 3 (`bench/hard_negatives_tune_a3.tsv`, `sample --half A --asserted --n 300 --seed 5151 --fresh`, 300
random half-A pairs at 59dbccc, read while checking the formulae rule) is half A only. Held-out 3
(`bench/hard_negatives_heldout3.tsv`, `sample --half B --asserted --n 200 --seed 3011 --fresh --labels-from
bench/hard_negatives_heldout.tsv bench/hard_negatives_heldout2.tsv`) was drawn at d567042 after the formulae rule was
committed, read pair by pair and scored once; held-out 2 had been read as development data before.
`rescore` decides a labelled file's pairs again, one by one, with today's verifier, without showing texts. KTLab (11 merges) goes whole
into both files.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import pyarrow.dataset as ds

EVAL = Path("/work/shared/evaldata")
SAMPLE = Path("bench/hard_negatives_pairs.tsv")
SMALL = 50  # a data set with at most this many merged pairs is labelled whole
FIELDS = ["dataset", "kind", "similarity", "passage_a", "passage_b", "same_event", "label", "text_a", "text_b",
          "asserted", "half"]


def half_of(event: str) -> str:
    """'A' (tuning) or 'B' (held-out) for a ViMs event id; deterministic."""
    return "AB"[hashlib.sha1(f"hardneg-split:{event}".encode()).digest()[0] & 1]


def records() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"vims": [], "ktlab": []}
    with gzip.open(EVAL / "vims_2017" / "vims_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for r in map(json.loads, f):  # the outlet is not recorded: every article its own (pessimistic)
            doc = f"vims-{r['cluster']}-{r['doc_id']}"
            out["vims"].append({"id": doc, "outlet": doc, "text": f"{r['title']}\n{r['text']}", "event": r["cluster"]})
    with gzip.open(EVAL / "ktlab_vietnamese_mds" / "ktlab_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for r in map(json.loads, f):
            doc = f"ktlab-{r['cluster']}-{r['doc_id']}"
            title = r["title_tok"].replace("_", " ")
            out["ktlab"].append({"id": doc, "outlet": r.get("outlet") or doc, "text": f"{title}\n{r['body']}",
                                 "event": r["cluster"]})
    return out


def merged_pairs(dataset: str, recs: list[dict], work: Path) -> tuple[list[dict], dict]:
    inp = work / dataset / "in" / "docs.jsonl"
    inp.parent.mkdir(parents=True)
    with open(inp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({k: r[k] for k in ("id", "outlet", "text")}, ensure_ascii=False) + "\n")
    out = work / dataset / "out"
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect")}
    subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inp.parent), "--output", str(out)], check=True,
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cols = ["passage_id", "doc_id", "text", "n_words", "cluster_id", "duplicate_of", "similarity"]
    passages = ds.dataset(str(out / "passages"), format="parquet").to_table(columns=cols).to_pylist()
    event = {r["id"]: r["event"] for r in recs}
    clusters: dict[str, list[dict]] = defaultdict(list)
    for p in passages:
        if p["cluster_id"]:
            clusters[p["cluster_id"]].append(p)
    pairs = []
    for members in clusters.values():
        canon = next((m for m in members if m["duplicate_of"] is None), members[0])
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a["doc_id"] == b["doc_id"]:
                    continue
                sim = b["similarity"] if a is canon else a["similarity"] if b is canon else None
                asserted = a["duplicate_of"] == b["passage_id"] or b["duplicate_of"] == a["passage_id"]
                pairs.append({"dataset": dataset, "kind": "long" if min(a["n_words"], b["n_words"]) >= 15 else "short",
                              "similarity": "" if sim is None else f"{sim:.3f}", "passage_a": a["passage_id"],
                              "passage_b": b["passage_id"], "same_event": str(event[a["doc_id"]] == event[b["doc_id"]]),
                              "label": "", "text_a": a["text"], "text_b": b["text"],
                              "asserted": str(asserted), "half": half_of(event[a["doc_id"]])})
    stats = {"documents": len(recs), "passages": len(passages), "clusters": len(clusters), "merged_pairs": len(pairs),
             "short_pairs": sum(p["kind"] == "short" for p in pairs),
             "cross_event_pairs": sum(p["same_event"] == "False" for p in pairs),
             "asserted_pairs": sum(p["asserted"] == "True" for p in pairs)}
    return pairs, stats


def read_sample(path: Path = SAMPLE) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def write_sample(rows: list[dict], path: Path = SAMPLE) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: str(r.get(k, "")).replace("\t", " ").replace("\n", " ") for k in FIELDS})


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def sample(n: int, seed: int, out: Path = SAMPLE, half: str | None = None, asserted: bool = False,
           labels_from: Sequence[Path] = (), fresh: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="hardneg-") as tmp:
        found = {ds_: merged_pairs(ds_, recs, Path(tmp)) for ds_, recs in records().items()}
    labels = {(r["passage_a"], r["passage_b"]): r["label"] for f in (*labels_from, out) for r in read_sample(f)}
    for ds_, (pairs, stats) in found.items():
        kept = [p for p in pairs if (not asserted or p["asserted"] == "True")
                and (half is None or ds_ != "vims" or p["half"] == half)]
        found[ds_] = (kept, {**stats, "kept_for_sampling": len(kept)})
    everything = [p for pairs, _ in found.values() for p in pairs if p["dataset"] == "vims"]
    rng = random.Random(seed)
    if out == SAMPLE:
        picked = rng.sample(everything, min(n, len(everything)))
    else:  # a held-out file: only ViMs pairs never read for the tuning file; kept rows stay, topped up to n
        seen = {(r["passage_a"], r["passage_b"]) for r in read_sample(SAMPLE)}
        unseen = [p for p in everything if (p["passage_a"], p["passage_b"]) not in seen]
        if fresh:  # a new random draw; a drawn pair labelled before (--labels-from) keeps its label
            picked = rng.sample(unseen, min(n, len(unseen)))
        else:
            kept = [p for p in unseen if (p["passage_a"], p["passage_b"]) in labels]
            pool = [p for p in unseen if (p["passage_a"], p["passage_b"]) not in labels]
            picked = kept + rng.sample(pool, max(0, min(n - len(kept), len(pool))))
    chosen = {(p["passage_a"], p["passage_b"]) for p in picked}
    for pairs, _ in found.values():  # a data set with few merges: all of them (else none may be drawn)
        if len(pairs) <= SMALL:
            picked += [p for p in pairs if (p["passage_a"], p["passage_b"]) not in chosen]
    for p in picked:
        p["label"] = labels.get((p["passage_a"], p["passage_b"]), "")
    write_sample(sorted(picked, key=lambda p: (p["dataset"], p["passage_a"], p["passage_b"])), out)
    for ds_, (_, stats) in found.items():
        print(ds_, stats)
    print(f"sampled {len(picked)} of {len(everything)} merged pairs -> {out}")


def score(path: Path = SAMPLE, asserted: bool = False) -> None:
    rows = [r for r in read_sample(path) if r["label"] and (not asserted or (r.get("asserted") or str(bool(r["similarity"]))) == "True")]
    for name, sel in (("all", rows), *((d, [r for r in rows if r["dataset"] == d]) for d in ("vims", "ktlab"))):
        k, n = sum(r["label"] == "copy" for r in sel), len(sel)
        lo, hi = wilson(k, n)
        print(f"{name}: precision {k}/{n} = {k / n if n else float('nan'):.4f}, Wilson 95 % [{lo:.4f}, {hi:.4f}]")


def rescore(path: Path, asserted: bool = True, min_similarity: float = 0.5) -> None:
    """A labelled file's pairs decided again, one by one, by the current `cleaners.verify.similarity` (texts are
    read by the code, not shown): precision over the pairs still merged, and how many of each label drop out."""
    from cleaners.verify import passage_tokens, similarity

    rows = [r for r in read_sample(path) if r["label"] and (not asserted or (r.get("asserted") or str(bool(r["similarity"]))) == "True")]
    for name, sel in (("all", rows), *((d, [r for r in rows if r["dataset"] == d]) for d in ("vims", "ktlab"))):
        kept = [r for r in sel if similarity(passage_tokens(r["text_a"]), passage_tokens(r["text_b"])) >= min_similarity]
        k, n = sum(r["label"] == "copy" for r in kept), len(kept)
        lo, hi = wilson(k, n)
        dropped = {lab: sum(r["label"] == lab for r in sel) - sum(r["label"] == lab for r in kept) for lab in ("copy", "distinct")}
        print(f"{name}: still merged {n} of {len(sel)}; precision {k}/{n} = {k / n if n else float('nan'):.4f}, "
              f"Wilson 95 % [{lo:.4f}, {hi:.4f}]; rejected now: {dropped['distinct']} distinct, {dropped['copy']} copy")


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("command", choices=["sample", "score", "rescore"])
    p.add_argument("--n", type=int, default=240)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path, default=SAMPLE, help="the sample file (TSV)")
    p.add_argument("--half", choices=["A", "B"], help="ViMs pairs of one half only")
    p.add_argument("--asserted", action="store_true", help="only (member, duplicate_of) pairs")
    p.add_argument("--labels-from", type=Path, nargs="*", default=[], help="sample files whose labels carry over")
    p.add_argument("--fresh", action="store_true", help="held-out file: a new random draw, not the labelled rows topped up")
    args = p.parse_args(argv)
    if args.command == "sample":
        sample(args.n, args.seed, args.out, args.half, args.asserted, args.labels_from, args.fresh)
    elif args.command == "rescore":
        rescore(args.out, args.asserted)
    else:
        score(args.out, args.asserted)


if __name__ == "__main__":
    main()
