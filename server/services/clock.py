"""The service's notion of now, in milliseconds; the app holds one so tests can move time on."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime


def utc_datetime(ms: int) -> datetime:
    """A service timestamp as a naive UTC datetime (HMIS CSV times carry no zone)."""
    return datetime.fromtimestamp(ms / 1000, UTC).replace(tzinfo=None)


def utc_ms(moment: datetime) -> int:
    """``utc_datetime`` undone: a naive UTC datetime (an HMIS CSV time) as a service timestamp."""
    return int(moment.replace(tzinfo=UTC).timestamp() * 1000)


def utc_date(ms: int) -> date:
    """The UTC day of a service timestamp: what "today" means for expiries and date rules."""
    return utc_datetime(ms).date()


@dataclass
class Clock:
    offset_ms: int = 0
    _source: object = field(default=time.time, repr=False)

    def now_ms(self) -> int:
        return int(self._source() * 1000) + self.offset_ms  # type: ignore[operator]

    def advance(self, seconds: float) -> None:
        self.offset_ms += int(seconds * 1000)
