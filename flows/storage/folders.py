"""Walking an input folder: every entry that is no folder, through symlinked folders, each real folder once."""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class FolderWalk:
    """What is under one input folder, as reached from it (paths spelled through the links)."""

    entries: list[Path] = field(default_factory=list)  # everything that is no folder (files, file links, FIFOs, ...)
    linked: list[tuple[Path, Path]] = field(default_factory=list)  # (a symlinked folder as reached, its real folder)
    loops: list[tuple[Path, Path]] = field(default_factory=list)  # (a link to a folder holding it, that folder)
    unlisted: list[tuple[Path, str]] = field(default_factory=list)  # (a folder that cannot be listed, why)


def walk_folder(root: Path, entries: bool = True) -> FolderWalk:
    """The entries under the resolved folder `root`, hidden names (`.x`) left out (only the linked
    folders and loops when not `entries`, for the output guard: 0.03 CPU s for 50,000 files).

    A symlinked folder found inside is its target, as one named on the command line is: it is
    walked too, under the link's name. Each real folder is walked once: a link to a folder already
    walked (another link to it, a link into the input itself) adds nothing, since its files were
    read; a link to a folder on its own path (`loop -> ..`, `a/back -> ../..`), which would repeat
    forever, is not followed and is listed in `loops`. The real folders are walked before any link
    is followed, so a file reached both ways is named by its real folder. A folder that cannot be
    listed (permission denied) is in `unlisted`: its files are unknown, so the caller must say so."""
    walk = FolderWalk()
    visited: set[str] = set()
    pending: deque[tuple[Path, str, tuple[str, ...]]] = deque([(root, str(root), ())])
    while pending:
        seen, real, chain = pending.popleft()
        links: list[tuple[Path, str, tuple[str, ...]]] = []
        stack = [(seen, real, chain)]
        while stack:
            seen, real, chain = stack.pop()
            if real in visited:
                continue
            visited.add(real)
            chain = (*chain, real)  # the real folders on the way here: a link to one of them loops
            try:
                with os.scandir(real) as it:
                    listed = list(it)
            except OSError as err:  # a folder that cannot be listed: nothing under it can be read, and it is said
                walk.unlisted.append((seen, err.strerror or type(err).__name__))
                continue
            for entry in listed:
                if entry.name.startswith("."):
                    continue
                try:
                    is_link, is_dir = entry.is_symlink(), entry.is_dir()
                except OSError:
                    is_link, is_dir = False, False
                if is_dir and not is_link:
                    stack.append((seen / entry.name, os.path.join(real, entry.name), chain))
                elif is_dir:
                    links.append((seen / entry.name, os.path.realpath(entry.path), chain))
                elif entries:
                    walk.entries.append(seen / entry.name)
        for seen, target, chain in sorted(links):
            if any(_within(folder, target) for folder in chain):
                walk.loops.append((seen, Path(target)))
            elif target not in visited:
                walk.linked.append((seen, Path(target)))
                pending.append((seen, target, chain))
    return walk


def _within(path: str, folder: str) -> bool:
    """`path` is `folder` or inside it (both real, absolute)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
