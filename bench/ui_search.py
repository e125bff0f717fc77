"""Search as you type on the real ClientsScreen (offscreen Qt) over a vault of 100,000 clients.

For each query the box gets the text a worker types (a surname prefix, a full name, a misspelling,
a DOB, SSN digits), the debounced search is started at once, and the clock stops when the results
model has been filled: the wait a worker sees after the 150 ms pause in typing (the debounce
itself is reported beside it). The same queries are also timed as a direct service call on the UI
thread's connection, which is what running the search on the UI thread would cost.

Target: p95 < 100 ms from the search starting to the list being filled.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.services.clients import ClientDirectory
from app.storage.vault import Vault
from app.ui.clients_screen import DEBOUNCE_MS, ClientsScreen
from bench.report import emit, timings_ms
from bench.search import KINDS, PASSWORD, load
from bench.synthetic import synthetic_clients
from bench.workload import Stopwatch, queries


def typed(screen: ClientsScreen, text: str) -> list:
    """Put ``text`` in the box, start the search and wait for the model to be filled."""
    loop = QEventLoop()
    screen.model.modelReset.connect(loop.quit)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    screen.box.setText(text)
    screen.search_now()
    guard.start(10_000)
    loop.exec()
    screen.model.modelReset.disconnect(loop.quit)
    return [r.client_id for r in screen.model.items]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=600)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    clients = synthetic_clients(args.clients, seed=7)
    texts = queries(clients, args.queries, random.Random(11))
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "vault", "bench-user", PASSWORD)
        seconds = load(vault, clients)
        screen = ClientsScreen(vault)
        screen.resize(1366, 768)
        screen.show()
        for text, _, _ in texts[:30]:  # warm the caches and open the twin connection
            typed(screen, text)
        ui: list[float] = []
        direct: list[float] = []
        per_kind: dict[str, list[float]] = {k: [] for k in KINDS}
        found = 0
        directory = ClientDirectory(vault)
        for text, wanted, kind in texts:
            with Stopwatch(ui):
                ids = typed(screen, text)
            per_kind[KINDS[kind]].append(ui[-1])
            found += wanted in ids
            with Stopwatch(direct):
                directory.search(text)
        screen.release()
        vault.close()
    emit(
        "ui_search",
        clients=args.clients,
        queries=len(texts),
        load_s=round(seconds, 1),
        debounce_ms=DEBOUNCE_MS,
        search_to_results=timings_ms(ui),
        on_ui_thread=timings_ms(direct),
        by_kind={
            k: {"p50_ms": timings_ms(v)["p50_ms"], "p95_ms": timings_ms(v)["p95_ms"]} for k, v in per_kind.items() if v
        },
        wanted_in_results=f"{found}/{len(texts)}",
        target_p95_ms=100,
    )
    del app


if __name__ == "__main__":
    main()
