"""A laptop's sync in a process of its own, for the crash tests to kill (see ``test_crash``).

Run as ``python -m tests.sync.sync_child --profile P --username U --server URL ...``, or as a fork
server (``--serve FD``, see ``serve``) that starts each run from a process that has already
imported everything. A run opens the profile's vault, makes a few new local edits (new clients and
enrollments, edits, now and then a delete; with ``--decide`` it also settles a conflict or a
possible duplicate, as a Data Coordinator would) so that something is always in flight, and runs
the real ``SyncEngine.sync()``.

Everything it does is written to stdout as one JSON object per line, flushed at once, so that
the parent can tell where a SIGKILL landed from the last line it got (a pipe keeps what was
written before the writer died):

``{"e": "edit", "seq": 17, ...}``   a local edit, written after its transaction committed
``{"e": "decision", ...}``           a review item settled here (``--decide``), likewise
``{"e": "ready"}``                   the edits are done; the sync starts now
``{"e": "call", "t": "push"}``       a request is about to go out (``answer`` when it came back)
``{"e": "stage", "stage": "push", "done": 20, "total": 35}``  the engine's progress events
``{"e": "report", "status": "ok", ...}``  the sync's report; the child exits 0 after it

Records made here carry their owner in their id (first character ``--tag``) and whether they may
ever be deleted (second character ``d``, or ``e`` for never), so two laptops editing each other's
records never send a change the server must refuse: a laptop deletes only its own deletable
records, and edits another laptop's records only when they are never deleted.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import socket
import sys
import time
import traceback
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.domain.client import Client
from app.domain.enrollment import Enrollment
from app.domain.ids import new_id
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import pull, push, review
from app.sync.engine import SyncEngine, SyncEvent
from app.sync.transport import Transport
from tests.conftest import FAST_KDF
from tests.domain import factories

DELETABLE, KEEP = "d", "e"
_FIRST = ["Ana", "Bo", "Cruz", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jo", "Kai", "Lu", "Mo", "Ned", "Oz"]
_LAST = [
    "Abara",
    "Birch",
    "Castillo",
    "Dunmore",
    "Eskew",
    "Fallon",
    "Grieve",
    "Hollis",
    "Ibarra",
    "Jessup",
    "Kowal",
    "Lindqvist",
    "Maddox",
    "Nakamura",
    "Okafor",
    "Pryce",
    "Quill",
    "Ravel",
    "Soto",
    "Tamsin",
]


def emit(**event) -> None:
    sys.stdout.write(json.dumps(event, sort_keys=True) + "\n")
    sys.stdout.flush()


def tagged_id(tag: str, deletable: bool) -> str:
    return tag + (DELETABLE if deletable else KEEP) + new_id()[2:]


class EventTransport(Transport):
    """The real transport, saying when each request goes out and when its answer is in."""

    def call(self, method, target, body=None, **kw):
        name = target.split("?")[0].rsplit("/", 1)[-1]
        emit(e="call", t=name)
        answer = super().call(method, target, body, **kw)
        emit(e="answer", t=name)
        return answer


class Editor:
    """Random but always acceptable local changes, as an intake worker would make them."""

    def __init__(self, vault: Vault, tag: str, project_id: str, rng: random.Random) -> None:
        self.vault, self.records, self.tag, self.project_id, self.rng = vault, Records(vault), tag, project_id, rng

    def _last_seq(self) -> int:
        return int(self.vault.conn.execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0])

    def _live(self, kind: str, *, deletable_only: bool = False) -> list[str]:
        """Live records of ``kind`` this laptop may touch: its own, and others' never-deleted ones."""
        ids = [
            i
            for (i,) in self.vault.conn.execute(
                "SELECT id FROM record WHERE kind = ? AND date_deleted IS NULL ORDER BY id", (kind,)
            )
        ]
        mine = [i for i in ids if i[0] == self.tag]
        if deletable_only:
            return [i for i in mine if i[1] == DELETABLE]
        return mine + [i for i in ids if i[0] != self.tag and i[1] == KEEP]

    def new_client(self) -> tuple:
        client = factories.client(
            id=tagged_id(self.tag, self.rng.random() < 0.3),
            first_name=self.rng.choice(_FIRST),
            last_name=self.rng.choice(_LAST),
            ssn=None,
            ssn_data_quality=99,
            dob=date(1950 + self.rng.randrange(50), 1 + self.rng.randrange(12), 1 + self.rng.randrange(28)),
        )
        known = self._live("client")
        if known and self.rng.random() < 0.1:  # someone already known, taken in again: a possible duplicate
            twin = self.records.get("client", self.rng.choice(known))
            client = replace(client, first_name=twin.first_name, last_name=twin.last_name, dob=twin.dob)
        self.records.save(client)
        return "upsert", "client", client.id

    def new_enrollment(self) -> tuple | None:
        clients = self._live("client")
        if not clients:
            return None
        client_id = self.rng.choice(clients)
        enrollment = factories.enrollment(
            id=tagged_id(self.tag, self.rng.random() < 0.3),
            personal_id=client_id,
            household_id=new_id(),
            project_id=self.project_id,
            disabling_condition=self.rng.choice((0, 1)),
        )
        self.records.save(enrollment)
        return "upsert", "enrollment", enrollment.id

    def edit(self) -> tuple | None:
        kind = self.rng.choice(("client", "client", "enrollment"))
        ids = self._live(kind)
        if not ids:
            return None
        hot = sorted(i for i in ids if i[1] == KEEP)[:8]  # a few records both laptops keep changing
        record = self.records.get(kind, self.rng.choice(hot if hot and self.rng.random() < 0.3 else ids))
        changed: Client | Enrollment
        if kind == "client":
            assert isinstance(record, Client)
            roll = self.rng.random()
            if roll < 0.15:  # a 'review' field: two laptops changing it at once is a conflict
                changed = replace(record, middle_name=self.rng.choice(_FIRST) + str(self.rng.randrange(100)))
            elif roll < 0.4:
                changed = replace(record, white=1 - record.white)
            else:
                changed = replace(record, alias=f"alias {self.rng.randrange(10**9)}")
        else:
            assert isinstance(record, Enrollment)
            changed = replace(record, disabling_condition=1 if record.disabling_condition != 1 else 0)
        self.records.save(changed)
        return "upsert", kind, record.id

    def delete(self) -> tuple | None:
        kind = self.rng.choice(("client", "enrollment"))
        ids = self._live(kind, deletable_only=True)
        if not ids:
            return None
        record_id = self.rng.choice(ids)
        self.records.delete(kind, record_id)
        return "delete", kind, record_id

    def decide(self) -> None:
        """As a Data Coordinator: settle a conflict (either side's value) or dismiss a possible duplicate."""
        conflicts = review.items(self.vault, "conflict")
        if conflicts and self.rng.random() < 0.7:
            item = self.rng.choice(conflicts)
            review.resolve_conflict(self.records, item["id"], self.rng.choice((item["server"], item["client"])))
            emit(e="decision", type="conflict", id=item["id"])
        duplicates = review.items(self.vault, "duplicate")
        if duplicates and self.rng.random() < 0.5:
            item = self.rng.choice(duplicates)
            review.settle_duplicate(self.vault, item["id"], keep=None)
            emit(e="decision", type="duplicate", id=item["id"])

    def one(self) -> None:
        roll = self.rng.random()
        step = (
            self.new_client
            if roll < 0.25
            else self.new_enrollment
            if roll < 0.45
            else self.edit
            if roll < 0.9
            else self.delete
        )
        done = step() or self.new_client()
        op, kind, record_id = done
        emit(e="edit", seq=self._last_seq(), op=op, kind=kind, id=record_id)


def serve(control_fd: int) -> int:
    """Fork a run for each request on the control socket (a SOCK_SEQPACKET unix socket).

    Python and the app's imports take about half a second, two hundred times over; forking a
    process that has paid for them once keeps the crash test within its time budget, and a
    forked run dies to SIGKILL exactly as a fresh one does. Requests: ``{"argv": [...]}`` with
    two file descriptors (the run's stdout and stderr), answered ``{"pid": N}``; and
    ``{"reap": N}``, answered ``{"code": C}`` once run N has ended (C is -9 after SIGKILL). A run
    is reaped only when asked, so its pid is never reused while the parent may still kill it.
    """
    control = socket.socket(fileno=control_fd)
    while True:
        data, fds, _flags, _address = socket.recv_fds(control, 1 << 16, 2)
        if not data:
            return 0
        request = json.loads(data)
        if "reap" in request:
            _, status = os.waitpid(request["reap"], 0)
            control.send(json.dumps({"code": os.waitstatus_to_exitcode(status)}).encode())
            continue
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                control.close()
                os.dup2(fds[0], 1)
                os.dup2(fds[1], 2)
                os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
                code = main(request["argv"])
            except BaseException:  # noqa: BLE001 (the child reports every failure, exits included, to its parent)
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        for fd in fds:
            os.close(fd)
        control.send(json.dumps({"pid": pid}).encode())


def main(argv: list[str] | None = None) -> int:
    if argv and argv[0] == "--serve":
        return serve(int(argv[1]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--offset-ms", type=int, default=0, help="the server clock's offset from this one")
    parser.add_argument("--edits", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tag", default="a", help="one hex character: the owner mark in new records' ids")
    parser.add_argument("--project-id", default="")
    parser.add_argument("--batch", type=int, default=push.BATCH, help="operations per push request")
    parser.add_argument("--page", type=int, default=pull.PAGE, help="changes per pull page")
    parser.add_argument("--decide", action="store_true", help="settle review items (a Data Coordinator)")
    parser.add_argument("--no-sync", action="store_true")
    args = parser.parse_args(argv)

    # Smaller batches and pages than the app's make more commit points to cut between; the
    # engine, push and pull are otherwise exactly the app's.
    push.push = functools.partial(push.push, batch=args.batch)
    pull.pull = functools.partial(pull.pull, limit=args.page)

    def now_ms() -> int:
        return int(time.time() * 1000) + args.offset_ms

    emit(e="start")
    vault = Vault.open(args.profile, args.username, args.password, floor=FAST_KDF)
    emit(e="open")
    editor = Editor(vault, args.tag, args.project_id, random.Random(args.seed))
    for _ in range(args.edits):
        editor.one()
    if args.decide:
        editor.decide()
    emit(e="ready")
    if args.no_sync:
        vault.close()
        return 0

    def on_event(event: SyncEvent) -> None:
        emit(e="stage", stage=event.stage, done=event.done, total=event.total)

    transport = EventTransport(args.server, now_ms=now_ms, backoff_s=0.02, max_backoff_s=0.2, attempts=8)
    started = time.monotonic()
    report = SyncEngine(args.profile, vault, transport=transport, now_ms=now_ms, on_event=on_event).sync()
    emit(
        e="report",
        status=report.status,
        message=report.message,
        pushed=report.pushed,
        pulled=report.pulled,
        pending=report.pending,
        rejected=report.rejected,
        seconds=round(time.monotonic() - started, 3),
    )
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
