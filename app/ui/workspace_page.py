"""One page of the signed-in window: its key, its title, who may see it, and its maker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Page:
    key: str
    title: str
    permission: str | None  # None: every signed-in user
    make: Callable[[Any], Any]  # the Workspace -> the page's widget
