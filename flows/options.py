"""Command-line options generated from `RunConfig` and their validation messages; shared by
`newsclean run` (flows.cli) and `newsclean serve` (flows.deploy)."""

from __future__ import annotations

import argparse
import types
import typing

from pydantic import ValidationError

from flows.config import RunConfig

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it
EXIT_BROKEN_PIPE = 141  # output piped to a reader that stopped early (128 + SIGPIPE), as shells report it


def add_config_options(parser: argparse.ArgumentParser, inputs_required: bool = True) -> None:
    """One option per `RunConfig` field (INPUT positional), help text from the field."""
    for name, field in RunConfig.model_fields.items():
        help_text = f"{field.description} (default: {field.default if field.default != '' else 'off'})"
        if name == "inputs":
            if inputs_required:
                parser.add_argument("inputs", nargs="+", metavar="INPUT", help=field.description)
            else:
                parser.add_argument("inputs", nargs="*", default=None, metavar="INPUT",
                                    help=f"{field.description} (default: {' '.join(field.default)})")
            continue
        flag = "--" + name.replace("_", "-")
        annotation = field.annotation
        if annotation is bool:
            parser.add_argument(flag, action="store_true", default=None, help=field.description)
            continue
        args = typing.get_args(annotation)
        base = next((a for a in args if a is not type(None)), annotation) if isinstance(annotation, types.UnionType) else annotation
        parser.add_argument(flag, type=base, default=None, metavar=name.upper(), help=help_text)


def config_from_args(args: argparse.Namespace) -> RunConfig:
    values = {k: v for k, v in vars(args).items() if k in RunConfig.model_fields and v is not None}
    return RunConfig(**values)


def format_validation(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"]) or "config"
        parts.append(f"{loc}: {e['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def seconds(text: str) -> float:
    """--wait-lock: seconds to wait, 0 or more (a negative wait is a typo, not "no wait")."""
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, not {text}")
    return value


def megabytes(text: str) -> float:
    """--target-mb: a size above 0 (0 or less would merge every shard into one, or nothing)."""
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 MB, not {text}")
    return value


def timezone_problem(name: str | None) -> str | None:
    """--timezone of `serve` and `serve-compact`: why `name` is no IANA time zone (None: it is, or not given)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"--timezone: unknown time zone {name!r} (use an IANA name like Asia/Ho_Chi_Minh)"
    return None


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value
