"""Stage progress of `newsclean run` on stderr: a rich progress bar on a terminal (stage, batches
done, rate, ETA), plain log lines otherwise (one per tenth of a stage, and its end)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

UNIT = "batches"


def _eta(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class StageProgress:
    """A `(stage, done, total)` callback; `close()` ends the terminal display (call it before printing)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started: dict[str, tuple[float, int]] = {}  # stage -> (time, done) of its first report
        self.last: dict[str, int] = {}
        self._bar = None
        self._tasks: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        self.started.setdefault(stage, (now, done))
        if self.tty:
            self._draw(stage, done, total)
        else:
            self._line(stage, done, total, now)

    def _line(self, stage: str, done: int, total: int, now: float) -> None:
        tenth = 10 * done // max(total, 1)
        if done != total and self.last.get(stage) == tenth:
            return
        self.last[stage] = tenth
        rate = self._rate(stage, done, now)
        elapsed = now - self.started[stage][0]
        extra = f", {rate:.1f} {UNIT}/s" if rate else ""
        if rate and done < total:
            extra += f", ETA {_eta((total - done) / rate)}"
        elif done == total:
            extra += f", {elapsed:.1f} s"
        print(f"  {stage}: {done}/{total} {UNIT} ({100 * done // max(total, 1)}%{extra})",
              file=self.stream, flush=True)

    def _draw(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("  {task.description:<8}"), BarColumn(), MofNCompleteColumn(), TextColumn(UNIT),
                TaskProgressColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(file=self.stream), redirect_stdout=False, redirect_stderr=False,
            )
            self._bar.start()
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(stage, total=total, rate="")
        per_s = self._rate(stage, done, time.monotonic())
        rate = f"{per_s:.1f} {UNIT}/s" if per_s else ""
        self._bar.update(self._tasks[stage], completed=done, total=total, rate=rate)

    def _rate(self, stage: str, done: int, now: float) -> float:
        since, first = self.started[stage]
        return (done - first) / (now - since) if now > since and done > first else 0.0

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
