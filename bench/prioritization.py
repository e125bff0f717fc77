"""Opening a CAN's prioritization list over a real vault of 10,000 clients in coordinated entry.

The vault holds each client, a coordinated entry stay in one of the CAN's three CE projects (one of
them another agency's), about one in six exited, a shelter stay for a third of them, one to three
assessments for most and up to three events each, plus a CE project of another CAN: about 55,000
records, saved through Records like any intake.

Figures (median and p95 over --runs openings):
  prioritization_compute  the service on the UI thread's connection, whose page cache the filling
                          has left full (slower than a fresh connection's, with SQLCipher)
  prioritization_compute_fresh  what the screen's worker does: open a fresh connection, then the service
  prioritization_open     the real screen, offscreen: made, the list drawn on its worker (a
                          fresh connection), shown and painted at 1366x768
  prioritization_filter   typing a name into the filter box until the table shows the matches
Target: prioritization_open p95 under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.domain.assessment import Assessment
from app.domain.enrollment import Enrollment
from app.domain.event import Event
from app.domain.exit import Exit
from app.services import prioritization
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import projects
from app.ui.prioritization_screen import PrioritizationScreen
from bench.report import emit, timings_ms
from bench.search import PASSWORD
from bench.synthetic import new_id_from, synthetic_clients
from bench.workload import TODAY

CAN = "Greater Hartford"
CE = [f"{n:032x}" for n in (1, 2, 3)]
SHELTER, FAR = f"{4:032x}", f"{5:032x}"
PROJECTS = [
    projects.Project(CE[0], "Hartford access point", 14, can_name=CAN),
    projects.Project(CE[1], "East Hartford access point", 6, coordinated_entry=True, can_name=CAN),
    projects.Project(CE[2], "Neighbour access point", 1, coordinated_entry=True, can_name=CAN, own=False),
    projects.Project(SHELTER, "Hartford shelter", 1, can_name=CAN),
    projects.Project(FAR, "Far access point", 14, coordinated_entry=True, can_name="Northeast", own=False),
]


def person_records(client, rng: random.Random) -> list:
    """One client's coordinated entry history (and sometimes a shelter stay)."""
    entry = TODAY - timedelta(days=rng.randint(10, 700))
    if client.dob and client.dob > entry:
        entry = client.dob + timedelta(days=1)
    project = rng.choice(CE) if rng.random() > 0.03 else FAR

    def stay(where: str, start: date) -> Enrollment:
        return Enrollment(
            id=new_id_from(rng),
            personal_id=client.id,
            project_id=where,
            household_id=new_id_from(rng),
            entry_date=start,
            relationship_to_hoh=1,
            enrollment_coc="CT-505",
            living_situation=116,
            disabling_condition=0,
        )

    ce = stay(project, entry)
    out: list = [client, ce]
    link = dict(enrollment_id=ce.id, personal_id=client.id)
    if rng.random() < 0.3:
        out.append(stay(SHELTER, entry))
    out.extend(
        Assessment(
            id=new_id_from(rng),
            **link,
            assessment_date=min(TODAY, entry + timedelta(days=10 * n)),
            assessment_location="Access point",
            assessment_type=rng.choice((1, 2, 3)),
            assessment_level=rng.choice((1, 2)),
            prioritization_status=rng.choice((1, 1, 2)),
        )
        for n in range(rng.choice((0, 1, 1, 2, 3)))
    )
    for _ in range(rng.choice((0, 1, 2, 3))):
        code = rng.choice((2, 3, 7, 13, 14, 10))
        housing = code in (10, 13, 14)
        result = rng.choice((None, 1, 2)) if housing else None
        out.append(
            Event(
                id=new_id_from(rng),
                **link,
                event_date=entry,
                event=code,
                location_crisis_or_ph_housing="Hartford" if housing else None,
                referral_result=result,
                result_date=entry if result else None,
                prob_sol_div_rr_result=0 if code == 2 else None,
            )
        )
    if rng.random() < 0.16:
        out.append(Exit(id=new_id_from(rng), **link, exit_date=min(TODAY, entry + timedelta(days=30)), destination=410))
    return out


def fill(vault: Vault, n: int, seed: int = 5) -> int:
    rng = random.Random(seed)
    store = Records(vault, today=TODAY)
    batch: list = []
    saved = 0
    for client in synthetic_clients(n, seed=seed):
        batch.extend(person_records(client, rng))
        if len(batch) >= 2000:
            store.save_all(batch)
            saved, batch = saved + len(batch), []
    store.save_all(batch)
    projects.store(vault, PROJECTS)
    return saved + len(batch)


def open_screen(app: QCoreApplication, vault: Vault) -> PrioritizationScreen:
    """Make the screen, draw the list on its worker, show it and paint it."""
    screen = PrioritizationScreen(vault, "data_coordinator")
    screen.resize(1366, 768)
    screen.show()
    screen.refresh()
    while screen.busy:
        app.processEvents()
        time.sleep(0.0005)
    screen.repaint()
    return screen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "vault", "bench-user", PASSWORD)
        started = time.perf_counter()
        records = fill(vault, args.clients)
        filled_s = time.perf_counter() - started
        listed = len(prioritization.compute(vault, "data_coordinator").rows)
        compute, fresh, opening, filtering = [], [], [], []
        open_screen(app, vault).close()  # a first opening warms the code paths, as a window's first use does
        for _ in range(args.runs):
            t0 = time.perf_counter()
            prioritization.compute(vault, "data_coordinator")
            compute.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            twin = vault.twin()
            prioritization.compute(twin, "data_coordinator")
            fresh.append(time.perf_counter() - t0)
            twin.close()
            t0 = time.perf_counter()
            screen = open_screen(app, vault)
            opening.append(time.perf_counter() - t0)
            assert screen.model.rowCount() == listed
            t0 = time.perf_counter()
            screen.find.setText("garcia")
            screen.repaint()
            filtering.append(time.perf_counter() - t0)
            screen.close()
            screen.deleteLater()
            app.processEvents()
        vault.close()
    emit("prioritization_fill", clients=args.clients, records=records, listed=listed, seconds=round(filled_s, 1))
    emit("prioritization_compute", clients=args.clients, listed=listed, **timings_ms(compute))
    emit("prioritization_compute_fresh", clients=args.clients, listed=listed, **timings_ms(fresh))
    emit("prioritization_open", clients=args.clients, listed=listed, **timings_ms(opening), target_p95_ms=300)
    emit("prioritization_filter", clients=args.clients, listed=listed, **timings_ms(filtering))


if __name__ == "__main__":
    main()
