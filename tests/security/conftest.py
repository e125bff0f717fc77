"""A real central service on a loopback port, and gates on real profiles that reach it (or not)."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

import pyotp
import pytest

from app.security.gate import Gate
from app.security.outcomes import MfaSetupNeeded, SignedIn
from app.sync.device_file import DeviceFile
from app.sync.transport import Transport
from tests.conftest import FAST_KDF
from tests.server.conftest import live, world  # the same servers as the server tests
from tests.server.harness import PASSWORD, LiveServer, Staff, World

__all__ = ["Desk", "Link", "closed_port_url", "desk", "gate_for", "live", "new_desk", "world"]


def closed_port_url() -> str:
    """An address where nothing listens: connections are refused at once, like a dead link."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


class Link:
    """The gate's way to the server; ``up = False`` cuts it."""

    def __init__(self, server: LiveServer) -> None:
        self.live, self.up, self.dead = server, True, closed_port_url()

    def __call__(self, device: DeviceFile) -> Transport:
        url = device.server_url if self.up else self.dead
        return Transport(url, now_ms=self.live.clock.now_ms, timeout=(3.0, 10.0), attempts=1)


@dataclass
class Desk:
    """One device profile with its gate, link and first user."""

    world: World
    profile: Path
    gate: Gate
    link: Link
    staff: Staff
    agency: str

    @property
    def live(self) -> LiveServer:
        return self.world.live

    def code(self, staff: Staff | None = None, *, advance: float = 31) -> str:
        """A fresh code for the server's clock (each code works once, so step on first)."""
        self.live.clock.advance(advance)
        return pyotp.TOTP((staff or self.staff).secret).at(self.live.clock.now_ms() / 1000)

    def first_sign_in(self, staff: Staff | None = None, password: str = PASSWORD) -> SignedIn:
        """Sign in online, setting up the authenticator if the server asks for it."""
        staff = staff or self.staff
        answer = self.gate.sign_in(staff.username, password, self.code(staff) if staff.confirmed else staff.setup_code)
        if isinstance(answer, MfaSetupNeeded):  # the one outcome that carries an otpauth_uri
            answer = self.gate.confirm_mfa(answer, self.code(staff))
        staff.confirmed = True
        return answer


def gate_for(server: LiveServer, profile: Path, link: Link | None = None) -> Gate:
    return Gate(
        profile, transport_factory=link or Link(server), now_ms=server.clock.now_ms, kdf=FAST_KDF, floor=FAST_KDF
    )


def new_desk(
    in_world: World,
    root: Path,
    role: str = "case_manager",
    agency: str = "Gate Shelter",
    *,
    staff: Staff | None = None,
    training=None,
) -> Desk:
    """A profile set up (vault + enrollment) for a new staff member; nobody signed in yet."""
    person = staff or in_world.staff(role, agency, training=training)
    link = Link(in_world.live)
    profile = root / f"desk-{person.username}"
    gate = gate_for(in_world.live, profile, link)
    gate.set_up(
        server_url=in_world.live.base_url,
        code=in_world.code(agency),
        device_name="Front desk 1",
        username=person.username,
        password=PASSWORD,
    )
    return Desk(in_world, profile, gate, link, person, agency)


@pytest.fixture
def desk(world, tmp_path) -> Desk:
    return new_desk(world, tmp_path)
