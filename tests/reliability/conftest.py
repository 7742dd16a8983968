"""Reliability tests: HAI_EXTENDED=1 (anywhere) or `--extended` (when pytest is given
tests/reliability or a file in it, so that this conftest is loaded at start) runs the long
versions."""

from __future__ import annotations

import os

import pytest

EXTENDED_TIMEOUT_S = 3600  # the suite's 300 s per test is too short for 200+ kills


def is_extended(config: pytest.Config) -> bool:
    return bool(config.getoption("--extended", default=False)) or os.environ.get(
        "HAI_EXTENDED", "") not in ("", "0")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if is_extended(config):
        for item in items:
            if item.get_closest_marker("slow") and "reliability" in item.nodeid:
                item.add_marker(pytest.mark.timeout(EXTENDED_TIMEOUT_S))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--extended", action="store_true", default=False,
                     help="run the long reliability checks (e.g. 200+ kills)")


@pytest.fixture(scope="session")
def extended(request: pytest.FixtureRequest) -> bool:
    return is_extended(request.config)
