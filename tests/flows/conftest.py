"""Fixtures of the flow tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


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
