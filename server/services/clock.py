"""The service's notion of now, in milliseconds; the app holds one so tests can move time on."""
from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Clock:
    offset_ms: int = 0
    _source: object = field(default=time.time, repr=False)

    def now_ms(self) -> int:
        return int(self._source() * 1000) + self.offset_ms  # type: ignore[operator]

    def advance(self, seconds: float) -> None:
        self.offset_ms += int(seconds * 1000)
