"""The one run configuration: filled by the CLI and shown as the Prefect flow's parameters.

Form groups: the Prefect UI's custom-run form and the deployment's Parameters tab list the fields
in `GROUPS` order (what a person changes most first), then in declaration order inside a group.
A field says where it belongs with `json_schema_extra=group("dedup")`; a new field only needs that
(and a `title`, and a `description` without angle brackets: the UI renders descriptions as Markdown,
so text in angle brackets disappears). Optional settings are plain strings where "" means off,
so the form shows a text box, not a "str | None" switch.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from flows.storage.folders import walk_folder

# (key, heading) in form order; `flows.form` turns this into the parameters' positions.
GROUPS: tuple[tuple[str, str], ...] = (
    ("run", "What to process"),
    ("dedup", "Near-duplicate detection"),
    ("cleaning", "Boilerplate cleaning"),
    ("fields", "Input record fields"),
    ("limits", "Limits and parallelism"),
    ("engines", "Scaling out (Dask, Redis)"),
)
GROUP_KEYS = tuple(k for k, _ in GROUPS)


def group(key: str) -> dict[str, Any]:
    """`json_schema_extra` placing a field in the form group `key` (one of `GROUPS`)."""
    if key not in GROUP_KEYS:
        raise ValueError(f"unknown form group {key!r}; one of {GROUP_KEYS}")
    return {"group": key}


def _check_redis_url(url: str) -> None:
    """Raise a one-line ValueError, which never repeats the URL (it may hold a password), when the
    URL cannot be parsed; a password's `/ ? # @ : %` must be percent-encoded (issue 10)."""
    from urllib.parse import urlsplit

    hint = ("redis_url is not a valid redis://[[USER]:PASSWORD@]HOST[:PORT][/DB] URL; in the password write "
            "/ ? # @ : % as %2F %3F %23 %40 %3A %25")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValueError(hint) from None
    if parts.scheme == "unix":
        return
    rest = parts.path + parts.query + parts.fragment
    if not parts.hostname or "@" in rest or (port is not None and not 0 < port < 65536):
        raise ValueError(hint)
    db = parts.path.strip("/")
    if db and not db.isdigit():
        raise ValueError(hint)


class RunConfig(BaseModel):
    """Parameters of a clean-and-dedup run."""

    model_config = ConfigDict(extra="forbid", title="newsclean run")

    # -- what to process ------------------------------------------------------------------------
    inputs: Annotated[
        list[str],
        Field(
            title="Inputs",
            description="Files or folders (searched recursively) of .txt, .html/.htm, .jsonl/.jsonl.gz, .parquet, "
            ".csv/.tsv (optionally .gz); other files in folders are ignored.",
            min_length=1,
            json_schema_extra=group("run"),
        ),
    ] = ["seeds"]
    output: str = Field(
        "output",
        title="Output folder",
        description="Where documents/, passages/, rejects/, manifests/, reports/ and the dedup state live.",
        json_schema_extra=group("run"),
    )
    reprocess: bool = Field(
        False,
        title="Reprocess",
        description="Process the inputs again even when unchanged, replacing their earlier rows (e.g. after a rule change).",
        json_schema_extra=group("run"),
    )
    # -- near-duplicate detection ---------------------------------------------------------------
    threshold: float = Field(
        0.25,
        gt=0.0,
        lt=1.0,
        allow_inf_nan=False,
        title="Dedup threshold",
        description="LSH candidate threshold: estimated Jaccard similarity of word shingles from which two passages "
        "are compared on their text (see Minimum similarity).",
        json_schema_extra=group("dedup"),
    )
    min_similarity: float = Field(
        0.5,
        gt=0.0,
        le=1.0,
        allow_inf_nan=False,
        title="Minimum similarity",
        description="Verified similarity (longest common word sequence / longer passage) from which a candidate "
        "pair is a near-duplicate.",
        json_schema_extra=group("dedup"),
    )
    min_words: int = Field(
        15, ge=1, le=1000, title="Minimum words",
        description="Shorter passages are kept but not checked for duplicates.", json_schema_extra=group("dedup"),
    )
    ngram: int = Field(2, ge=1, le=20, title="Shingle size", description="Words per shingle (word n-grams).",
                       json_schema_extra=group("dedup"))
    num_perm: int = Field(64, ge=16, le=1024, title="Permutations", description="MinHash permutations per signature.",
                          json_schema_extra=group("dedup"))
    # -- boilerplate cleaning -------------------------------------------------------------------
    language: str = Field("vi", title="Language",
                          description="Boilerplate rule table to use (the file cleaners/rules/LANG.toml).",
                          json_schema_extra=group("cleaning"))
    keep_captions: bool = Field(
        False, title="Keep photo captions",
        description="Keep lines like '... Ảnh: Reuters' in the text (rule photo_caption).",
        json_schema_extra=group("cleaning"),
    )
    learn_min_docs: int = Field(
        5,
        ge=2,
        le=100_000,
        title="Learned boilerplate support",
        description="A line repeated in at least this many documents of one outlet (and no other) is that outlet's boilerplate.",
        json_schema_extra=group("cleaning"),
    )
    boilerplate_config: str = Field(
        "",
        title="Boilerplate pins/denies",
        description="TOML file with [[pin]] and [[deny]] tables (outlet, line) to force or forbid learned patterns; "
        "empty: none.",
        json_schema_extra=group("cleaning"),
    )
    # -- limits and parallelism -----------------------------------------------------------------
    max_file_mb: float = Field(
        64.0, ge=0.001, le=1_048_576, allow_inf_nan=False, title="File size cap (MB)",
        description="Larger text/HTML files, and longer lines of record files, are rejected (too_large). At least 0.001 "
                    "(about 1 KB): a smaller cap rounds to no bytes and would reject every input.",
        json_schema_extra=group("limits"),
    )
    max_line_chars: int = Field(
        200_000, ge=1000, title="Line length cap", description="Documents with a longer line are rejected (line_too_long).",
        json_schema_extra=group("limits"),
    )
    extract_timeout: float = Field(
        30.0, gt=0, le=86_400, allow_inf_nan=False, title="Extraction time limit (s)", description="Per-document limit for HTML extraction.",
        json_schema_extra=group("limits"),
    )

    # -- input record fields (which record field holds what, in JSONL, Parquet and CSV/TSV inputs) ----
    id_field: str = Field("id", min_length=1, title="Id field", description="Record field holding the document id.",
                          json_schema_extra=group("fields"))
    text_field: str = Field("text", min_length=1, title="Text field",
                            description="Record field holding the plain text.", json_schema_extra=group("fields"))
    html_field: str = Field("html", min_length=1, title="HTML field",
                            description="Record field holding the page HTML (used when the text field is empty).",
                            json_schema_extra=group("fields"))
    title_field: str = Field("title", min_length=1, title="Title field",
                             description="Record field holding the title.", json_schema_extra=group("fields"))
    url_field: str = Field("url", min_length=1, title="URL field",
                           description="Record field holding the URL.", json_schema_extra=group("fields"))
    outlet_field: str = Field("outlet", min_length=1, title="Outlet field",
                              description="Record field holding the outlet (default: from the URL).",
                              json_schema_extra=group("fields"))
    published_field: str = Field("published", min_length=1, title="Published field",
                                 description="Record field holding the publication time (ISO 8601, RFC 2822, epoch, "
                                 "13/11/2024 08:16, ...).", json_schema_extra=group("fields"))

    batch_size: int = Field(
        500, ge=1, le=100_000, title="Batch size", description="Documents per batch (a unit of parallel work).",
        json_schema_extra=group("limits"),
    )
    workers: int = Field(
        0, ge=0, le=256, title="Worker processes", description="Processes for CPU-heavy stages; 0 = one per core.",
        json_schema_extra=group("limits"),
    )
    # -- scaling out ----------------------------------------------------------------------------
    dask_address: str = Field(
        "",
        title="Dask scheduler",
        description="Run the per-batch extract and sign work on this Dask scheduler (tcp://HOST:PORT); "
        "its workers need newsclean installed and this output folder at the same path. Empty: no Dask.",
        json_schema_extra=group("engines"),
    )
    dask_workers: int = Field(
        0, ge=0, le=256, title="Local Dask workers",
        description="Start a local Dask cluster of this many worker processes for the run (0 = no Dask).",
        json_schema_extra=group("engines"),
    )
    redis_url: str = Field(
        "",
        title="Redis URL",
        description="Find earlier runs' passages through an LSH index kept in Redis "
        "(redis://[:PASSWORD@]HOST:PORT/DB). Empty: the embedded index in the output folder.",
        json_schema_extra=group("engines"),
    )
    redis_prefix: str = Field(
        "",
        title="Redis key prefix",
        description="Prefix of this output's Redis keys (empty: newsclean:HASH: with a hash of the output path).",
        json_schema_extra=group("engines"),
    )
    redis_password_block: str = Field(
        "",
        title="Redis password block",
        description="Name of a Prefect Secret block holding the Redis password (instead of one in the URL).",
        json_schema_extra=group("engines"),
    )

    @field_validator("boilerplate_config", "dask_address", "redis_url", "redis_prefix", "redis_password_block",
                     mode="before")
    @classmethod
    def _none_is_off(cls, value: Any) -> Any:
        """None (older deployments, library callers) means off, like "" ."""
        return "" if value is None else value.strip() if isinstance(value, str) else value

    @field_validator("output")
    @classmethod
    def _output_named(cls, value: str) -> str:
        """An empty `--output ''` (a script's unset variable) is refused, not taken as the current folder."""
        if not value.strip():
            raise ValueError("must name a folder (an empty value would write into the current folder)")
        return value

    @field_validator("inputs")
    @classmethod
    def _inputs_exist(cls, value: list[str]) -> list[str]:
        missing = [p for p in value if not Path(p).exists()]
        if missing:
            raise ValueError(f"input path does not exist: {', '.join(missing)}")
        unreadable = [p for p in value if not os.access(p, os.R_OK | (os.X_OK if Path(p).is_dir() else 0))]
        if unreadable:
            raise ValueError(f"input path is not readable: {', '.join(unreadable)}")
        return value

    @field_validator("language")
    @classmethod
    def _language_known(cls, value: str) -> str:
        from cleaners.rules import load_rules

        load_rules(value)  # raises ValueError naming the available languages
        return value

    @field_validator("boilerplate_config")
    @classmethod
    def _config_exists(cls, value: str) -> str:
        if value and not Path(value).is_file():
            raise ValueError(f"boilerplate config file not found: {value}")
        if value:
            _check_boilerplate_config(Path(value))
        return value

    @model_validator(mode="after")
    def _fields_distinct(self) -> RunConfig:
        """`--text-field id` would take each record's id for its text: every field option names its own field."""
        names = ("id_field", "text_field", "html_field", "title_field", "url_field", "outlet_field", "published_field")
        seen: dict[str, str] = {}
        for name in names:
            value = getattr(self, name)
            if value in seen:
                first, second = (f"{n} (--{n.replace('_', '-')})" for n in (seen[value], name))
                raise ValueError(f"{first} and {second} both name the record field {value!r}: "
                                 "each field option must name a different field")
            seen[value] = name
        return self

    @model_validator(mode="after")
    def _ngram_fits(self) -> RunConfig:
        if self.min_words < self.ngram:
            raise ValueError(f"min_words ({self.min_words}) must be at least ngram ({self.ngram})")
        return self

    @model_validator(mode="after")
    def _engines_consistent(self) -> RunConfig:
        if self.dask_address and self.dask_workers:
            raise ValueError("give dask_address (an existing cluster) or dask_workers (a local one), not both")
        if self.dask_address and "://" not in self.dask_address:
            raise ValueError(f"dask_address must look like tcp://HOST:PORT, got {self.dask_address!r}")
        if self.redis_url and self.redis_url.split("://", 1)[0] not in ("redis", "rediss", "unix"):
            raise ValueError("redis_url must start with redis://, rediss:// or unix://")
        if self.redis_url:
            _check_redis_url(self.redis_url)
        if (self.redis_prefix or self.redis_password_block) and not self.redis_url:
            raise ValueError("redis_prefix and redis_password_block need redis_url")
        return self

    # issue 10: an output folder inside an input (or the reverse) would be read as input
    @model_validator(mode="after")
    def _output_apart_from_inputs(self) -> RunConfig:
        out = Path(self.output).resolve()
        for given in self.inputs:
            inp = Path(given).resolve()
            if out == inp or out.is_relative_to(inp):
                raise ValueError(f"output folder {self.output} is inside input {given}: the run would read its own "
                                 "shards; choose an output folder outside the inputs")
            if inp.is_relative_to(out):
                raise ValueError(f"input {given} is inside output folder {self.output}; choose an output folder "
                                 "outside the inputs")
            # a symlinked folder inside an input is read too (issue ATK5-1): the output must not be reached through one
            for link, target in walk_folder(inp, entries=False).linked if inp.is_dir() else []:
                if out == target or out.is_relative_to(target) or target.is_relative_to(out):
                    where = "inside" if out.is_relative_to(target) else "holding"
                    raise ValueError(f"output folder {self.output} is {where} the folder {target} that input {given} "
                                     f"reaches through the symbolic link {Path(given) / link.relative_to(inp)}: the run would read its own shards; "
                                     "choose an output folder outside the inputs")
        return self

    @property
    def dedup_settings(self) -> dict:
        """The settings that make signatures and band keys comparable across runs."""
        return {"num_perm": self.num_perm, "ngram": self.ngram, "threshold": self.threshold, "seed": 1}

    def input_limits(self) -> dict:
        """The input limits and cleaning options that differ from their defaults (stored in each
        file's `read_with`: a file read under other ones is read again)."""
        names = ("max_file_mb", "max_line_chars", "extract_timeout")
        limits = {n: getattr(self, n) for n in names if getattr(self, n) != type(self).model_fields[n].default}
        return limits | self.cleaning_options()

    def cleaning_options(self) -> dict:
        """`--keep-captions`, `--language` and the content of `--boilerplate-config` when not the
        defaults: a document cleaned under other ones is cleaned again, not skipped as unchanged."""
        out: dict[str, Any] = {}
        if self.keep_captions:
            out["keep_captions"] = True
        if self.language != type(self).model_fields["language"].default:
            out["language"] = self.language
        if self.boilerplate_config:
            digest = _patterns_digest(Path(self.boilerplate_config))
            if digest:
                out["boilerplate_config"] = digest
        return out


def _patterns_digest(path: Path) -> str:
    """A digest of the pins and denies a `--boilerplate-config` holds (as the cleaner keys them), ""
    when it holds none: a comment or a reordering in the file does not make every document new."""
    import hashlib
    import json
    import tomllib

    from cleaners.learned import PatternConfig

    try:
        cfg = PatternConfig.load(path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError):
        return "unreadable"
    tables = {kind: {outlet: sorted(keys) for outlet, keys in sorted(getattr(cfg, kind).items()) if keys}
              for kind in ("pin", "deny")}
    if not any(tables.values()):
        return ""
    return hashlib.sha256(json.dumps(tables, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def _check_boilerplate_config(path: Path) -> None:
    """A `--boilerplate-config` is read before the run starts: a TOML error, an unknown table or
    key (a typo such as `outlett`) or a `[[pin]]`/`[[deny]]` without `line` is a usage error naming
    it, not a KeyError once the run is under way."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ValueError(f"boilerplate config {path}: {err}") from err
    for kind, entries in data.items():
        if kind not in ("pin", "deny") or not isinstance(entries, list):
            raise ValueError(f"boilerplate config {path}: `{kind}` is not a [[pin]] or [[deny]] table")
        for n, entry in enumerate(entries, 1):
            unknown = sorted(set(entry) - {"outlet", "line"})
            if unknown:
                raise ValueError(f"boilerplate config {path}: [[{kind}]] #{n} has unknown key "
                                 f"`{unknown[0]}` (keys: outlet, line)")
            if not isinstance(entry.get("line"), str) or not entry["line"].strip():
                raise ValueError(f"boilerplate config {path}: [[{kind}]] #{n} has no `line` (the line to {kind})")
            if not isinstance(entry.get("outlet", ""), str):
                raise ValueError(f"boilerplate config {path}: [[{kind}]] #{n}: `outlet` must be a string")
