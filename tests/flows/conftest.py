"""Fixtures of the flow tests: a real Prefect server for the session, and the temporary API
server `newsclean run` starts, shared by a module's runs."""

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


@pytest.fixture(scope="module")
def prefect_api() -> Iterator[str]:
    """A temporary Prefect API server (the one `newsclean run` starts), shared by a module's runs."""
    from flows import embedded_server
    from flows.prefect_env import configure

    configure()
    proc, url = embedded_server.start()
    try:
        yield url
    finally:
        embedded_server.stop(proc)
