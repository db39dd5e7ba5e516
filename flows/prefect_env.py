"""Prefect settings that must be in place before `import prefect` (a user's own values win)."""

from __future__ import annotations

import os

DEFAULTS = {
    # The embedded (ephemeral) API server needs longer than Prefect's 20 s default under load.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # Offline machines: no telemetry attempts (and no error logged for each).
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # ... nor from the client SDK (Prefect 3.6 sends events, and prints a notice on a terminal).
    "DO_NOT_TRACK": "1",
    # Our cleaners log through the standard library; show them in Prefect's UI too.
    "PREFECT_LOGGING_EXTRA_LOGGERS": "cleaners,flows",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
