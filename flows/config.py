"""The one run configuration: filled by the CLI and shown as the Prefect flow's parameters."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class RunConfig(BaseModel):
    """Parameters of a clean-and-dedup run."""

    model_config = ConfigDict(extra="forbid", title="newsclean run")

    inputs: Annotated[
        list[str],
        Field(
            title="Inputs",
            description="Files or folders (searched recursively) of .txt, .html/.htm, .jsonl/.jsonl.gz, .parquet.",
            min_length=1,
        ),
    ] = ["seeds"]
    output: str = Field(
        "output",
        title="Output folder",
        description="Where documents/, passages/, rejects/, manifests/ and the dedup state live.",
    )
    threshold: float = Field(
        0.25,
        gt=0.0,
        lt=1.0,
        title="Dedup threshold",
        description="LSH candidate threshold: estimated Jaccard similarity of word shingles from which two passages "
        "are compared on their text (see min_similarity).",
    )
    num_perm: int = Field(64, ge=16, le=1024, title="Permutations", description="MinHash permutations per signature.")
    ngram: int = Field(2, ge=1, le=20, title="Shingle size", description="Words per shingle (word n-grams).")
    min_words: int = Field(
        15, ge=1, le=1000, title="Minimum words", description="Shorter passages are kept but not checked for duplicates."
    )
    reprocess: bool = Field(
        False,
        title="Reprocess",
        description="Process the inputs again even when unchanged, replacing their earlier rows (e.g. after a rule change).",
    )
    batch_size: int = Field(
        500, ge=1, le=100_000, title="Batch size", description="Documents per batch (a unit of parallel work)."
    )
    workers: int = Field(
        0, ge=0, le=256, title="Worker processes", description="Processes for CPU-heavy stages; 0 = one per core."
    )
    language: str = Field("vi", title="Language", description="Boilerplate rule table to use (cleaners/rules/<lang>.toml).")
    keep_captions: bool = Field(
        False, title="Keep photo captions", description="Keep lines like '... Ảnh: Reuters' in the text (rule photo_caption)."
    )
    learn_min_docs: int = Field(
        5,
        ge=2,
        le=100_000,
        title="Learned boilerplate support",
        description="A line repeated in at least this many documents of one outlet (and no other) is that outlet's boilerplate.",
    )
    boilerplate_config: str | None = Field(
        None,
        title="Boilerplate pins/denies",
        description="TOML file with [[pin]] and [[deny]] tables (outlet, line) to force or forbid learned patterns.",
    )
    max_file_mb: float = Field(
        64.0, gt=0, title="File size cap (MB)", description="Larger input files are rejected (reason too_large)."
    )
    max_line_chars: int = Field(
        200_000, ge=1000, title="Line length cap", description="Documents with a longer line are rejected (line_too_long)."
    )
    extract_timeout: float = Field(
        30.0, gt=0, title="Extraction time limit (s)", description="Per-document limit for HTML extraction."
    )

    dask_address: str | None = Field(
        None,
        title="Dask scheduler",
        description="Run the per-batch extract and sign work on this Dask scheduler (tcp://HOST:PORT); "
        "its workers need newsclean installed and this output folder at the same path.",
    )
    dask_workers: int = Field(
        0, ge=0, le=256, title="Local Dask workers",
        description="Start a local Dask cluster of this many worker processes for the run (0 = no Dask).",
    )
    redis_url: str | None = Field(
        None,
        title="Redis URL",
        description="Find earlier runs' passages through an LSH index kept in Redis (redis://[:PASSWORD@]HOST:PORT/DB).",
    )
    redis_prefix: str | None = Field(
        None,
        title="Redis key prefix",
        description="Prefix of this output's Redis keys (default: newsclean:<hash of the output path>:).",
    )
    redis_password_block: str | None = Field(
        None,
        title="Redis password block",
        description="Name of a Prefect Secret block holding the Redis password (instead of one in the URL).",
    )
    # issue 11 (edited and rewritten copies): the decision on the text
    min_similarity: float = Field(
        0.5,
        gt=0.0,
        le=1.0,
        title="Minimum similarity",
        description="Verified similarity (longest common word sequence / longer passage) from which a candidate "
        "pair is a near-duplicate.",
    )

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
    def _config_exists(cls, value: str | None) -> str | None:
        if value is not None and not Path(value).is_file():
            raise ValueError(f"boilerplate config file not found: {value}")
        return value

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
        if (self.redis_prefix or self.redis_password_block) and not self.redis_url:
            raise ValueError("redis_prefix and redis_password_block need redis_url")
        return self

    @property
    def dedup_settings(self) -> dict:
        """The settings that make signatures and band keys comparable across runs."""
        return {"num_perm": self.num_perm, "ngram": self.ngram, "threshold": self.threshold, "seed": 1}
