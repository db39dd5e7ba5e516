"""MinHash signing speed on one core: datasketch (update, update_batch, bulk) vs `MinHasher`; and the
text check that decides a candidate pair (`cleaners.verify.alignment`).

Passages: the non-empty lines (after `normalize_text`) of every article of the VNTC subset that
have at least one match token, the run defaults (64 permutations, word 2-grams). Verification:
pairs of neighbouring passages (a random sample). `MinHasher` signs all of them in
batches of 2,000; the slow baselines sign a fixed random sample (sizes in SAMPLE). Rates are
passages per CPU-second of this (single-threaded) process, the median of 3 repeats.

    .venv/bin/python -m bench.bench_signatures
"""

from __future__ import annotations

import gzip
import json
import pickle
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from datasketch import MinHash

from cleaners.minhash import MinHasher, shingle_hash
from cleaners.normalize import match_tokens, normalize_text
from cleaners.passages import shingles
from cleaners.verify import alignment

DATA = Path("/work/shared/evaldata/vntc_subset/vntc_xh_pl_tg.jsonl.gz")
RESULTS = Path(__file__).resolve().parent / "results"
NUM_PERM, NGRAM, BATCH = 64, 2, 2000  # the RunConfig defaults
SAMPLE = {"update": 1_000, "update_batch": 10_000, "bulk": 10_000, "tokenise": 20_000, "verify": 20_000}
REPEATS = 3


def load_lines(path: Path = DATA) -> tuple[int, list[str]]:
    """(articles, non-empty normalised lines) of a JSONL(.gz) file of {"text": ...} records."""
    articles, lines = 0, []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in fh:
            articles += 1
            lines.extend(line for line in normalize_text(json.loads(row)["text"]).split("\n") if line.strip())
    return articles, lines


def load_passages(path: Path = DATA) -> dict:
    """Articles, lines and token lists of the corpus; cached in bench/results/ (git-ignored)."""
    cache = RESULTS / f"passages-{path.stat().st_mtime_ns}.pkl"
    if cache.exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    articles, lines = load_lines(path)
    pairs = [(line, toks) for line in lines if (toks := match_tokens(line))]
    data = {"articles": articles, "lines": [p[0] for p in pairs], "tokens": [p[1] for p in pairs]}
    RESULTS.mkdir(exist_ok=True)
    with open(cache, "wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return data


def cpu_seconds(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median CPU seconds of `fn()` (this process)."""
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


class PeakRSS:
    """Peak resident memory of this process while the block runs (psutil polling every 2 ms)."""

    def __init__(self) -> None:
        import psutil

        self._proc = psutil.Process()
        self.before = self.peak = self.after = 0

    def _poll(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._proc.memory_info().rss)
            self._stop.wait(0.002)

    def __enter__(self) -> PeakRSS:
        self.before = self.peak = self._proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.after = self._proc.memory_info().rss
        self.peak = max(self.peak, self.after)


def _ours(tokens: list[list[str]], fresh_per_batch: bool = False) -> np.ndarray:
    hasher = MinHasher(NUM_PERM, NGRAM)
    out = []
    for i in range(0, len(tokens), BATCH):
        if fresh_per_batch:
            hasher = MinHasher(NUM_PERM, NGRAM)
        out.append(hasher.signatures(tokens[i : i + BATCH]))
    return np.concatenate(out)


def _kwargs() -> dict:
    return {"num_perm": NUM_PERM, "seed": 1, "scheme": "affine32", "hashfunc": shingle_hash}


def _update(tokens: list[list[str]]) -> None:
    for toks in tokens:
        m = MinHash(**_kwargs())
        for s in shingles(toks, NGRAM):
            m.update(s)


def _update_batch(tokens: list[list[str]]) -> None:
    for toks in tokens:
        MinHash(**_kwargs()).update_batch(shingles(toks, NGRAM))


def _bulk(tokens: list[list[str]]) -> list[MinHash]:
    return MinHash.bulk([shingles(toks, NGRAM) for toks in tokens], **_kwargs())


def run(data: dict | None = None) -> dict:
    """Measure; returns {"rows": [...], "ratios": {...}, ...} for the report."""
    data = data or load_passages()
    tokens, lines = data["tokens"], data["lines"]
    rng = np.random.default_rng(0)
    sample = rng.permutation(len(tokens))
    sub = {k: [tokens[i] for i in sample[:n]] for k, n in SAMPLE.items()}
    sub_lines = [lines[i] for i in sample[: SAMPLE["tokenise"]]]
    # correctness first: ours equals datasketch bit for bit on the bulk sample
    ref = np.stack([m.hashvalues for m in _bulk(sub["bulk"])])
    assert (MinHasher(NUM_PERM, NGRAM).signatures(sub["bulk"]) == ref).all(), "signatures differ from datasketch"

    rates: dict[str, tuple[int, float]] = {}
    t = cpu_seconds(lambda: [match_tokens(line) for line in sub_lines])
    rates["tokenise (match_tokens)"] = (len(sub_lines), t)
    rates["datasketch update() per shingle"] = (len(sub["update"]), cpu_seconds(lambda: _update(sub["update"])))
    rates["datasketch update_batch()"] = (len(sub["update_batch"]), cpu_seconds(lambda: _update_batch(sub["update_batch"])))
    rates["datasketch MinHash.bulk()"] = (len(sub["bulk"]), cpu_seconds(lambda: _bulk(sub["bulk"])))
    wall0 = time.perf_counter()
    rates["MinHasher.signatures (batches of 2,000)"] = (len(tokens), cpu_seconds(lambda: _ours(tokens)))
    wall = (time.perf_counter() - wall0) / REPEATS
    rates["MinHasher, new hasher per batch"] = (len(tokens), cpu_seconds(lambda: _ours(tokens, True)))
    pairs = [(tokens[i], tokens[i + 1]) for i in sample[: SAMPLE["verify"]] if i + 1 < len(tokens)]
    rates["verify.alignment (LCS), pairs"] = (len(pairs), cpu_seconds(lambda: [alignment(a, b) for a, b in pairs]))
    per_s = {k: n / t for k, (n, t) in rates.items()}
    ours = per_s["MinHasher.signatures (batches of 2,000)"]
    ratios = {
        "ours / update()": ours / per_s["datasketch update() per shingle"],
        "ours / update_batch()": ours / per_s["datasketch update_batch()"],
        "ours / bulk()": ours / per_s["datasketch MinHash.bulk()"],
    }
    goals = {"ours >= 25,000 passages/s": ours >= 25_000, "ours >= 40x update()": ratios["ours / update()"] >= 40,
             "ours >= 5x bulk()": ratios["ours / bulk()"] >= 5}
    n_words = sum(map(len, tokens))
    return {
        "articles": data["articles"], "passages": len(tokens), "words": n_words,
        "rows": [{"method": k, "passages": n, "cpu_s": t, "passages_per_s": n / t} for k, (n, t) in rates.items()],
        "ours_wall_passages_per_s": len(tokens) / wall, "ratios": ratios, "goals": goals,
    }


def markdown(res: dict) -> str:
    out = [f"Signing: {res['passages']:,} passages ({res['words']:,} words) of {res['articles']:,} articles; "
           f"{NUM_PERM} perms, word {NGRAM}-grams, one core, CPU time, median of {REPEATS}.", "",
           "| method | passages timed | passages/s |", "|---|---:|---:|"]
    out += [f"| {r['method']} | {r['passages']:,} | {r['passages_per_s']:,.0f} |" for r in res["rows"]]
    out += ["", "| ratio | value |", "|---|---:|"]
    out += [f"| {k} | {v:,.1f}x |" for k, v in res["ratios"].items()]
    out += ["", "Goals: " + ", ".join(f"{k}: {'met' if ok else 'NOT met'}" for k, ok in res["goals"].items())]
    return "\n".join(out)


def main() -> None:
    print(markdown(run()))


if __name__ == "__main__":
    main()
