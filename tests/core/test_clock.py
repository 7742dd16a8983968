"""Times as the site reads them: stored in UTC, shown in the site's zone with its name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hai_desktop.core.clock import clock_time, site_zone, stamp
from hai_desktop.core.errors import HaiError


def test_a_utc_time_reads_in_seoul_time() -> None:
    seoul = site_zone("Asia/Seoul")
    moment = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)
    assert stamp(moment, seoul) == "03 Dec 2026 08:30 KST"  # the next morning in Seoul
    assert clock_time(moment, seoul) == "08:30"
    assert stamp(None, seoul) == "—"


def test_an_unknown_zone_says_what_to_write() -> None:
    with pytest.raises(HaiError, match="Asia/Seoul"):
        site_zone("Mars/Olympus")


def test_the_computers_zone_when_none_is_set() -> None:
    moment = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert stamp(moment, site_zone("")) == stamp(moment, moment.astimezone().tzinfo)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError):
        stamp(datetime(2026, 1, 1), site_zone("Asia/Seoul"))
