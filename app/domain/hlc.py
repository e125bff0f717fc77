"""Hybrid logical clock stamps for changes.

Why: wall clocks on laptops drift and get turned back; a hybrid logical clock orders changes
across devices like time does when clocks agree, and still monotonically when they do not.
A stamp is a fixed-width string so stamps compare correctly as text, on the device and the server.
"""

from __future__ import annotations

from dataclasses import dataclass

_MS_DIGITS = 15
_COUNTER_DIGITS = 6


@dataclass(frozen=True, order=True)
class Stamp:
    """One clock reading: physical milliseconds, a counter for ties, and the node that made it."""

    ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.ms:0{_MS_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        try:
            ms, counter, node = text.split("-", 2)
            if len(ms) != _MS_DIGITS or len(counter) != _COUNTER_DIGITS or not node:
                raise ValueError
            return cls(int(ms), int(counter), node)
        except ValueError:
            raise ValueError("not a clock stamp") from None


def tick(last: Stamp | None, now_ms: int, node: str) -> Stamp:
    """The stamp for a local event: never earlier than the last stamp, whatever the wall clock says."""
    if last is None or now_ms > last.ms:
        return Stamp(now_ms, 0, node)
    return Stamp(last.ms, last.counter + 1, node)


def receive(last: Stamp | None, remote: Stamp, now_ms: int, node: str) -> Stamp:
    """The stamp after seeing a remote one, so later local events order after it."""
    top = max(now_ms, remote.ms, last.ms if last else 0)
    counters = [-1]
    if last is not None and last.ms == top:
        counters.append(last.counter)
    if remote.ms == top:
        counters.append(remote.counter)
    return Stamp(top, max(counters) + 1, node)
