"""How benchmarks print their figures: one JSON object per line."""

from __future__ import annotations

import json
import platform
import statistics
import sys


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def timings_ms(samples_s: list[float]) -> dict:
    ms = [s * 1000 for s in samples_s]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "max_ms": round(max(ms), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def emit(bench: str, **figures: object) -> None:
    line = {"bench": bench, "python": platform.python_version(), **figures}
    print(json.dumps(line, sort_keys=False), flush=True)
    sys.stdout.flush()
