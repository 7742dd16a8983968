"""Reliability tests: HAI_EXTENDED=1 (anywhere) or `--extended` (when pytest is given
tests/reliability or a file in it, so that this conftest is loaded at start) runs the long
versions."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--extended", action="store_true", default=False,
                     help="run the long reliability checks (e.g. 200+ kills)")


@pytest.fixture(scope="session")
def extended(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--extended", default=False)) or os.environ.get(
        "HAI_EXTENDED", "") not in ("", "0")
