"""Laptops for the sync tests: a real vault in a profile folder, enrolled with the real server
through the real sync engine, and signed in with password and TOTP."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyotp

from app.domain.ids import new_id
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import identity
from app.sync.engine import SyncEngine, SyncReport
from app.sync.session import OnlineSession
from app.sync.transport import Transport
from tests.conftest import FAST_KDF
from tests.domain import factories
from tests.server.harness import PASSWORD, LiveServer, Staff, World

FAST_FLOOR = FAST_KDF


@dataclass
class Laptop:
    """One device profile with its user; ``vault`` is open while signed in."""

    live: LiveServer
    profile: Path
    staff: Staff
    vault: Vault | None = None
    base_url: str | None = None  # where this laptop reaches the server (a proxy, say)
    attempts: int = 6

    @property
    def opened_vault(self) -> Vault:
        """``vault``, where the laptop must be signed in: fails if it is signed out (``vault`` is None)."""
        assert self.vault is not None, "the laptop is signed out: its vault is closed"
        return self.vault

    @property
    def records(self) -> Records:
        return Records(self.opened_vault)

    def open(self) -> Laptop:
        if self.vault is None:
            self.vault = Vault.open(self.profile, self.staff.username, PASSWORD, floor=FAST_FLOOR)
        return self

    def close(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def transport(self, **kw: Any) -> Transport:
        options: dict[str, Any] = {
            "now_ms": self.live.clock.now_ms,
            "backoff_s": 0.01,
            "max_backoff_s": 0.05,
            "attempts": self.attempts,
        } | kw
        return Transport(self.base_url or self.live.base_url, **options)

    def engine(self, **kw: Any) -> SyncEngine:
        return SyncEngine(self.profile, self.vault, transport=self.transport(), now_ms=self.live.clock.now_ms, **kw)

    def sync(self, **kw: Any) -> SyncReport:
        return self.engine(**kw).sync()

    def sign_in(self) -> None:
        self.live.clock.advance(31)  # each TOTP code works once: step on to a fresh one
        code = pyotp.TOTP(self.staff.secret).at(self.live.clock.now_ms() / 1000)
        session = OnlineSession(self.opened_vault, self.transport())
        answer = session.sign_in(PASSWORD, code if self.staff.confirmed else self.staff.setup_code)
        if answer.get("mfa_setup_required"):
            self.live.clock.advance(31)
            session.confirm_mfa(
                answer["setup_token"], pyotp.TOTP(self.staff.secret).at(self.live.clock.now_ms() / 1000)
            )
        self.staff.confirmed = True


def laptop(
    world: World,
    root: Path,
    agency: str,
    role: str = "case_manager",
    *,
    staff: Staff | None = None,
    base_url: str | None = None,
) -> Laptop:
    """A new profile, enrolled with a fresh code of ``agency`` and signed in."""
    person = staff or world.staff(role, agency)
    profile = root / f"laptop-{secrets.token_hex(3)}"
    vault = Vault.create(profile, person.username, PASSWORD, kdf=FAST_KDF)
    device = Laptop(world.live, profile, person, vault, base_url)
    identity.enroll(vault, device.transport(), code=world.code(agency), name="Test laptop")
    device.sign_in()
    return device


def new_client(project_agency: str | None = None, **kw):
    return replace(factories.client(id=new_id(), ssn=None, ssn_data_quality=99), **kw)


def new_enrollment(world: World, agency: str, client_id: str, **kw):
    return replace(
        factories.enrollment(
            id=new_id(), personal_id=client_id, household_id=new_id(), project_id=world.projects[agency]
        ),
        **kw,
    )


def conflicting_names(world: World, root: Path, agency: str, original: str, coordinators: str, workers: str):
    """A data coordinator's laptop whose change of a client's first name conflicts with a case
    manager's change synced first; the coordinator's laptop has the item to review."""
    coordinator = laptop(world, root, agency, "data_coordinator")
    worker = laptop(world, root, agency, "case_manager")
    client = new_client(first_name=original)
    coordinator.records.save(client)
    assert coordinator.sync().ok and worker.sync().ok
    worker.records.save(replace(client, first_name=workers))
    coordinator.records.save(replace(client, first_name=coordinators))
    assert worker.sync().ok
    assert coordinator.sync().pushed["conflict"] == 1  # the coordinator's own change is the one in conflict
    assert coordinator.sync().ok  # and the item arrives for review
    return coordinator, worker, client


def duplicate_pair(world: World, root: Path, agency: str, first_name: str, last_name: str):
    """The same person made offline on a data coordinator's and an outreach worker's laptop,
    raised on the server as a possible duplicate and listed on the coordinator's laptop."""
    coordinator = laptop(world, root, agency, "data_coordinator")
    worker = laptop(world, root, agency, "outreach_worker")
    first = new_client(first_name=first_name, last_name=last_name)
    second = new_client(first_name=first_name, last_name=last_name)
    coordinator.records.save(first)
    worker.records.save(second)
    assert coordinator.sync().ok and worker.sync().ok
    assert worker.sync().ok and coordinator.sync().ok
    return coordinator, worker, first, second
