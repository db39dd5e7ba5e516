"""LSH index speed, memory and growth: datasketch `MinHashLSH` (in memory) vs `cleaners.index`.

Signatures of the VNTC passages (see bench_signatures), the run defaults: 64 perms, word 2-grams,
threshold 0.25 -> 16 bands x 2 rows. Insert = band keys + write one part; query = band keys + lookup of a 20,000-passage sample.
Growth: the time to add ~1,000 articles' worth of passages (15,000 passages: lookup, then write
their part) to a synthetic archive of 100,000 vs 1,000,000 passages (real band keys of the other
VNTC passages, then random ones), each size measured in a fresh process for its peak RSS.

    .venv/bin/python -m bench.bench_index
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.bench_signatures import NGRAM, NUM_PERM, REPEATS, PeakRSS, load_passages
from cleaners.index import parts as ix
from cleaners.lsh import band_keys, lsh_params
from cleaners.minhash import MinHasher

THRESHOLD = 0.25  # the RunConfig default (NUM_PERM, NGRAM: bench_signatures)
QUERIES = 20_000
NEW = 15_000  # ~1,000 articles' worth of passages
SIZES = (100_000, 1_000_000)
RUN_PART = 15_000  # passages per part when the archive is left as one part per run
FORMATS = (".arrow", ".parquet")


def _median_times(fn) -> tuple[float, float]:
    """(median wall s, median CPU s) of `fn()`."""
    wall, cpu = [], []
    for _ in range(REPEATS):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def _pkeys(n: int, start: int = 0) -> np.ndarray:
    return np.array([ix.passage_key(f"p{i}") for i in range(start, start + n)], dtype=np.uint64)


def _datasketch(sigs: np.ndarray, queries: np.ndarray) -> dict:
    from datasketch import LeanMinHash, MinHashLSH

    mhs = [LeanMinHash(seed=1, hashvalues=s, scheme="affine32") for s in sigs]
    with PeakRSS() as mem:
        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, params=lsh_params(THRESHOLD, NUM_PERM))
        t0 = time.process_time()
        for i, m in enumerate(mhs):
            lsh.insert(i, m, check_duplication=False)
        insert_s = time.process_time() - t0
    qs = [mhs[i] for i in queries]
    _, query_s = _median_times(lambda: [lsh.query(m) for m in qs])
    return {"insert_per_s": len(sigs) / insert_s, "query_per_s": len(qs) / query_s,
            "memory_mb": (mem.after - mem.before) / 2**20, "disk_bytes_per_passage": None}


def _ours(sigs: np.ndarray, queries: np.ndarray, suffix: str) -> dict:
    bands, rows = lsh_params(THRESHOLD, NUM_PERM)
    pkeys = _pkeys(len(sigs))
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / f"part{suffix}"
        with PeakRSS() as mem_w:
            _, insert_s = _median_times(lambda: ix.write_part(part, band_keys(sigs, bands, rows), pkeys))
        q = sigs[queries]
        with PeakRSS() as mem_q:
            _, query_s = _median_times(lambda: ix.lookup(Path(tmp), band_keys(q, bands, rows)))
        size = part.stat().st_size
    return {"insert_per_s": len(sigs) / insert_s, "query_per_s": len(queries) / query_s,
            "memory_mb": (max(mem_w.peak - mem_w.before, mem_q.peak - mem_q.before)) / 2**20,
            "disk_bytes_per_passage": size / len(sigs)}


def _build_archive(directory: Path, suffix: str, real_keys: np.ndarray, size: int, part_size: int) -> None:
    """`size` passages: the real keys first, then random ones; parts of `part_size` passages."""
    directory.mkdir(parents=True)
    rng = np.random.default_rng(size)
    for k, start in enumerate(range(0, size, part_size)):
        n = min(part_size, size - start)
        real = real_keys[start : start + n]
        fake = rng.integers(0, 2**32, (n - len(real), real_keys.shape[1]), dtype=np.uint32)
        ix.write_part(directory / f"{k:05d}{suffix}", np.concatenate([real, fake]), _pkeys(n, NEW + start))


def growth_child(archive: str, new_keys: str, suffix: str) -> dict:
    """Add the new passages to `archive`: lookup + write their part (not into the archive)."""
    keys = np.load(new_keys)
    pkeys = _pkeys(len(keys))
    with tempfile.TemporaryDirectory() as tmp:
        def add() -> int:
            rows, _ = ix.lookup(Path(archive), keys)
            ix.write_part(Path(tmp) / f"new{suffix}", keys, pkeys)
            return len(rows)

        hits = add()  # warm the file cache (the archive was just written)
        wall, cpu = _median_times(add)
    return {"wall_s": wall, "cpu_s": cpu, "hits": hits, "peak_rss_mb": _peak_rss_mb()}


def _peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: unlike ru_maxrss, not inherited from the parent over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _growth(keys: np.ndarray) -> list[dict]:
    new, rest = keys[:NEW], keys[NEW:]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        new_path = Path(tmp) / "new.npy"
        np.save(new_path, new)
        for suffix in FORMATS:
            for layout, part_size in (("one compacted part", None), (f"one part per run ({RUN_PART:,})", RUN_PART)):
                row = {"format": suffix, "layout": layout}
                for size in SIZES:
                    d = Path(tmp) / f"{suffix[1:]}-{part_size}-{size}"
                    _build_archive(d, suffix, rest, size, part_size or size)
                    res = subprocess.run([sys.executable, "-m", "bench.bench_index", "--growth-child", str(d), str(new_path), suffix],
                                         capture_output=True, text=True, check=True)
                    row[size] = json.loads(res.stdout)
                    for p in d.iterdir():
                        p.unlink()
                a, b = row[SIZES[0]], row[SIZES[1]]
                row["ratio_cpu"] = b["cpu_s"] / a["cpu_s"]
                row["ratio_wall"] = b["wall_s"] / a["wall_s"]
                out.append(row)
    return out


def run(data: dict | None = None) -> dict:
    data = data or load_passages()
    hasher = MinHasher(NUM_PERM, NGRAM)
    tokens = data["tokens"]
    sigs = np.concatenate([hasher.signatures(tokens[i : i + 2000]) for i in range(0, len(tokens), 2000)])
    queries = np.random.default_rng(1).choice(len(sigs), QUERIES, replace=False)
    bands, rows = lsh_params(THRESHOLD, NUM_PERM)
    res = {"passages": len(sigs), "bands": bands, "rows": rows, "engines": {}}
    res["engines"]["datasketch MinHashLSH (memory)"] = _datasketch(sigs, queries)
    for suffix in FORMATS:
        res["engines"][f"cleaners.index {suffix}"] = _ours(sigs, queries, suffix)
    res["growth"] = _growth(band_keys(sigs, bands, rows))
    return res


def markdown(res: dict) -> str:
    out = [f"Index: {res['passages']:,} passages, {res['bands']} bands x {res['rows']} rows; insert = all passages, "
           f"query = {QUERIES:,} of them; CPU time, median of {REPEATS} (datasketch insert: one build).", "",
           "| engine | insert passages/s | query passages/s | memory (MB) | disk bytes/passage |", "|---|---:|---:|---:|---:|"]
    for name, e in res["engines"].items():
        disk = f"{e['disk_bytes_per_passage']:.0f}" if e["disk_bytes_per_passage"] else "- (in memory)"
        out.append(f"| {name} | {e['insert_per_s']:,.0f} | {e['query_per_s']:,.0f} | {e['memory_mb']:,.0f} | {disk} |")
    a, b = SIZES
    out += ["", f"Growth: add {NEW:,} passages (lookup + write their part) to an archive of {a:,} vs {b:,} passages "
            "(fresh process each; CPU s, wall s in brackets).", "",
            f"| format | archive layout | {a:,} | {b:,} | ratio | hits at {b:,} | peak RSS {a:,} / {b:,} (MB) |",
            "|---|---|---:|---:|---:|---:|---:|"]
    for r in res["growth"]:
        out.append(f"| {r['format']} | {r['layout']} | {r[a]['cpu_s']:.2f} ({r[a]['wall_s']:.2f}) | "
                   f"{r[b]['cpu_s']:.2f} ({r[b]['wall_s']:.2f}) | {r['ratio_cpu']:.2f}x ({r['ratio_wall']:.2f}x) | "
                   f"{r[b]['hits']:,} | {r[a]['peak_rss_mb']:.0f} / {r[b]['peak_rss_mb']:.0f} |")
    return "\n".join(out)


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--growth-child":
        print(json.dumps(growth_child(*sys.argv[2:])))
        return
    print(markdown(run()))


if __name__ == "__main__":
    main()
