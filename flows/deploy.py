"""`newsclean serve`: the scheduled `clean-and-dedup` deployment (see issue 4)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `serve` sub-command (not implemented yet)."""
