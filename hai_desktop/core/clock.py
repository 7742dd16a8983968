"""Times as people at the site read them: stored in UTC, shown and printed in the site's zone.

The zone is a workstation setting (`time_zone`, an IANA name such as "Asia/Seoul"); empty means
the computer's own zone. Nothing here stores a local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import cache

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import msg


def utc_now() -> datetime:
    return datetime.now(UTC)


@cache
def site_zone(name: str = "") -> tzinfo:
    """The named IANA zone, or the computer's own zone for an empty name."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # here: not on the sign-in path

    if not name.strip():
        local = datetime.now(UTC).astimezone().tzinfo
        assert local is not None
        return local
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise HaiError(msg("'{name}' is not a time zone name.", name=name),
                       hint=msg("Use an IANA name such as Asia/Seoul, or leave time_zone empty for "
                                "the computer's own zone.")) from None


def local(moment: datetime, zone: tzinfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no meaning here: give it in UTC")
    return moment.astimezone(zone)


def stamp(moment: datetime | None, zone: tzinfo, *, with_zone: bool = True,
          language: str = "en") -> str:
    """'02 Dec 2026 14:05 KST' — the site's local time, with its zone's abbreviation; in
    Korean '2026-12-02 14:05 KST', the form Korean charts use."""
    if moment is None:
        return "—"
    there = local(moment, zone)
    text = f"{day_text(there.date(), language)} {there:%H:%M}"
    return f"{text} {zone_label(there)}" if with_zone else text


def day_text(day: date | None, language: str = "en") -> str:
    """'17 Sep 1956' in English; '1956-09-17' in Korean."""
    if day is None:
        return "—"
    return f"{day:%Y-%m-%d}" if language == "ko" else f"{day:%d %b %Y}"


def short_day(day: date, language: str = "en") -> str:
    """A day whose year is plain from around it: '05 Dec' / '12-05'."""
    return f"{day:%m-%d}" if language == "ko" else f"{day:%d %b}"


def clock_time(moment: datetime | None, zone: tzinfo) -> str:
    return "—" if moment is None else f"{local(moment, zone):%H:%M}"


def zone_label(moment: datetime) -> str:
    """KST, CET …; a numeric offset where the zone has no abbreviation (+09)."""
    name = moment.tzname() or ""
    return name if name and name[0] not in "+-" else f"UTC{moment:%z}"
