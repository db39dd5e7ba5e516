"""End to end: `newsclean run` on the VNTC subset as a subprocess (wall time with start-up, peak
RSS of the whole process tree), a second incremental run (all skipped), and a per-stage profile
(`flows.run.stages` run directly, cProfile of the in-process stages and of one batch of each pool stage).

    .venv/bin/python -m bench.bench_e2e [--no-profile]
"""

from __future__ import annotations

import cProfile
import json
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

DATA_DIR = Path("/work/shared/evaldata/vntc_subset")
CLI = Path(sys.executable).with_name("newsclean")
GOALS = {"wall_s": 60.0, "peak_rss_mb": 1536.0}


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def _tree_cpu(proc: psutil.Process, seen: dict[int, float]) -> None:
    for p in [proc, *proc.children(recursive=True)]:
        try:
            t = p.cpu_times()
            seen[p.pid] = t.user + t.system + t.children_user + t.children_system
        except psutil.Error:
            pass


def run_cli(output: Path, *extra: str) -> dict:
    """One `newsclean run` of the VNTC subset: wall s, peak tree RSS (MB), CPU s of the tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(CLI), "run", str(DATA_DIR), "--output", str(output), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ps = psutil.Process(proc.pid)
    peak, cpu = 0, {}
    while proc.poll() is None:
        peak = max(peak, _tree_rss(ps))
        _tree_cpu(ps, cpu)
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    log = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise RuntimeError(f"newsclean failed ({proc.returncode}):\n{log[-2000:]}")
    manifest = json.loads(max((output / "manifests").glob("*.json"), key=lambda p: p.stat().st_mtime).read_text())
    return {"wall_s": wall, "peak_rss_mb": peak / 2**20, "cpu_s": sum(cpu.values()), "counts": manifest["counts"]}


def _top(profile: cProfile.Profile, n: int = 8) -> list[str]:
    """The `n` functions with the most self time: "file:line(name): self s, cumulative s"."""
    stats = pstats.Stats(profile).stats  # {(file, line, name): (calls, ncalls, self, cum, callers)}
    rows = sorted(stats.items(), key=lambda kv: kv[1][2], reverse=True)[:n]
    cwd = str(Path.cwd()) + "/"
    return [f"{file.replace(cwd, '')}:{line}({name}): {v[2]:.2f} s self, {v[3]:.2f} s cum"
            for (file, line, name), v in rows]


def profile_stages(output: Path) -> dict:
    """Wall time of each `flows.run.stages` stage on a fresh output, hotspots of each stage."""
    from flows.config import RunConfig
    from flows.run import batch_work, stages

    ctx = stages.open_run(RunConfig(inputs=[str(DATA_DIR)], output=str(output)))
    times, hot = {}, {}
    try:
        for name in ("plan", "extract", "learn", "sign", "dedup", "write", "commit"):
            prof = cProfile.Profile()
            t0 = time.perf_counter()
            prof.runcall(getattr(stages, name), ctx)
            times[name] = time.perf_counter() - t0
            hot[name] = _top(prof)
            if name in ("extract", "sign"):  # the pool stages: profile one batch here
                with tempfile.TemporaryDirectory() as tmp:
                    if name == "extract":
                        src = ctx.batches("raw.parquet")[0]
                        shutil.copy(src, Path(tmp) / src.name)
                        args: tuple = (str(Path(tmp) / src.name), ctx.settings)
                    else:
                        src = ctx.batches("docs.parquet")[0]
                        shutil.copy(src, Path(tmp) / src.name)
                        args = (str(Path(tmp) / src.name), str(ctx.staging / "learned_patterns.parquet"), ctx.settings)
                    prof = cProfile.Profile()
                    t0 = time.perf_counter()
                    prof.runcall(getattr(batch_work, f"{name}_batch"), *args)
                    times[f"{name} (one batch, in process)"] = time.perf_counter() - t0
                    hot[f"{name}_batch (one batch)"] = _top(prof)
    finally:
        stages.close_run(ctx)
    return {"stage_wall_s": times, "hotspots": hot,
            "batches": ctx.stats.get("plan", {}).get("batches"),
            "main_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run(profile: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        first = run_cli(out)
        second = run_cli(out)
        res = {"first": first, "second": second}
        if profile:
            res["profile"] = profile_stages(Path(tmp) / "profiled")
    c = first["counts"]
    res["articles"], res["passages"] = c["processed"], c["passages"]
    res["goals"] = {
        f"first run < {GOALS['wall_s']:.0f} s": first["wall_s"] < GOALS["wall_s"],
        f"peak RSS < {GOALS['peak_rss_mb'] / 1024:.1f} GB": first["peak_rss_mb"] < GOALS["peak_rss_mb"],
        "second run skips everything": second["counts"]["skipped_unchanged"] == second["counts"]["inputs_seen"] - second["counts"]["rejected"]
        and second["counts"]["processed"] == 0,
    }
    return res


def markdown(res: dict) -> str:
    f, s = res["first"], res["second"]
    out = [f"End to end: `newsclean run {DATA_DIR}` ({res['articles']:,} articles, {res['passages']:,} passages), "
           "wall time including start-up, peak RSS summed over the process tree, CPU s of the tree.", "",
           "| run | wall s | articles/s | passages/s | CPU s | peak RSS (MB) |", "|---|---:|---:|---:|---:|---:|",
           f"| first | {f['wall_s']:.1f} | {res['articles'] / f['wall_s']:,.0f} | {res['passages'] / f['wall_s']:,.0f} | "
           f"{f['cpu_s']:.1f} | {f['peak_rss_mb']:,.0f} |",
           f"| second (incremental, {s['counts']['skipped_unchanged']:,} skipped) | {s['wall_s']:.1f} | - | - | "
           f"{s['cpu_s']:.1f} | {s['peak_rss_mb']:,.0f} |"]
    out += ["", "Goals: " + ", ".join(f"{k}: {'met' if ok else 'NOT met'}" for k, ok in res["goals"].items())]
    if "profile" in res:
        p = res["profile"]
        total = sum(v for k, v in p["stage_wall_s"].items() if "one batch" not in k)
        out += ["", f"Per stage (flows.run.stages run directly, {p['batches']} batches):", "",
                "| stage | wall s | share |", "|---|---:|---:|"]
        out += [f"| {k} | {v:.1f} | {'' if 'one batch' in k else f'{v / total:.0%}'} |" for k, v in p["stage_wall_s"].items()]
        for stage, rows in p["hotspots"].items():
            out += ["", f"Hotspots, {stage}:", *[f"- {r}" for r in rows]]
    return "\n".join(out)


def main() -> None:
    print(markdown(run(profile="--no-profile" not in sys.argv)))


if __name__ == "__main__":
    main()
