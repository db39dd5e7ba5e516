"""Fixtures of the flow tests that need a real Prefect server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.flows.prefect_server import _stop, start_server


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One real `prefect server start` (API, UI, scheduler) for the session; yields its base URL."""
    proc, base = start_server(tmp_path_factory.mktemp("prefect-server"))
    try:
        yield base
    finally:
        _stop(proc)
