"""Failed sign-ins on this device: growing waits, then the key slots are shredded.

Why on the device as well as on the server: an outreach laptop is offline for days, and a thief
never goes online. The count lives in a small file in the profile (counts and times only, no
names), written atomically. A clock turned back must not shorten a wait, so the file keeps the
latest time it has seen and waits are counted from there when "now" is earlier.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.storage.files import write_atomically

NAME = "sign_in_failures.json"
FIRST_DELAYED = 3  # the third failure in a row starts the waits
BASE_DELAY_S = 30
MAX_DELAY_S = 15 * 60


def delay_s(failures: int) -> int:
    """The wait after ``failures`` failures in a row: none for the first two, then 30 s doubling,
    at most 15 minutes."""
    if failures < FIRST_DELAYED:
        return 0
    return min(BASE_DELAY_S * 2 ** min(failures - FIRST_DELAYED, 16), MAX_DELAY_S)


@dataclass
class _State:
    failures: int = 0
    last_failure_ms: int = 0
    last_seen_ms: int = 0


class Lockout:
    """The profile's failure count. Every method takes ``now_ms`` so tests can move the clock."""

    def __init__(self, profile: Path) -> None:
        self.path = profile / NAME

    def _load(self) -> _State:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            state = _State(**{k: data[k] for k in _State.__dataclass_fields__})
            if not all(type(v) is int and v >= 0 for v in asdict(state).values()):
                raise ValueError("bad numbers")
            return state
        except FileNotFoundError:
            return _State()
        except (OSError, ValueError, TypeError, KeyError):
            # A damaged or edited file counts as the worst case short of shredding: it cannot
            # be used to wipe the count.
            return _State(failures=FIRST_DELAYED + 5)

    def _save(self, state: _State) -> None:
        if self.path.parent.is_dir():
            write_atomically(self.path, json.dumps(asdict(state), sort_keys=True).encode())

    def failures(self) -> int:
        return self._load().failures

    def wait_s(self, now_ms: int) -> int:
        """Seconds until the next attempt may be made (0: now)."""
        state = self._load()
        wait_ms = delay_s(state.failures) * 1000
        if not wait_ms:
            return 0
        effective = max(now_ms, state.last_seen_ms, state.last_failure_ms)
        left = state.last_failure_ms + wait_ms - effective
        return max(0, (left + 999) // 1000)

    def failed(self, now_ms: int) -> int:
        """Count one more failure; the new count."""
        state = self._load()
        seen = max(now_ms, state.last_seen_ms, state.last_failure_ms)
        state = _State(failures=state.failures + 1, last_failure_ms=seen, last_seen_ms=seen)
        self._save(state)
        return state.failures

    def succeeded(self, now_ms: int) -> None:
        """A full sign-in: the count starts again (the latest time seen is kept)."""
        state = self._load()
        self._save(_State(0, 0, max(now_ms, state.last_seen_ms, state.last_failure_ms)))
