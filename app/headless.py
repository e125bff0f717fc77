"""Headless commands: enroll, sync and status without the window (scheduled tasks, scripts).

Why: an outreach laptop coming back into coverage should sync even if nobody opens the app, and
an admin should be able to see a device's state from a shell. Output is plain sentences (or JSON
with ``--json``); exit codes: 0 done, 1 try again later (offline, server trouble), 2 bad usage,
3 a person must act (sign in, trust, refusal), 4 the device was wiped.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path

from app.storage.errors import VaultError
from app.storage.vault import Vault
from app.sync import identity
from app.sync.engine import SyncEngine, SyncEvent
from app.sync.engine import status as sync_status
from app.sync.errors import NotEnrolled, SyncError, retryable
from app.sync.session import OnlineSession


def add_commands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command")
    enroll = sub.add_parser("enroll", help="set this device up with a server and a one-time code")
    enroll.add_argument("--server", required=True, help="the server's address, https://...")
    enroll.add_argument("--code", required=True, help="the enrollment code from your Security Coordinator")
    enroll.add_argument("--name", default="Laptop", help="a name for this device, shown to coordinators")
    enroll.add_argument("--pin", default=None, help="the server key's pin (pin-sha256), if your agency uses one")
    enroll.add_argument("--ca-file", default=None, help="a CA bundle to trust for the server's certificate")
    sync = sub.add_parser("sync", help="check in, send and receive changes")
    sync.add_argument("--code", default=None, help="a current authenticator code, to sign in first")
    sub.add_parser("status", help="what is waiting, the lease, and the last check-in")
    for each in (enroll, sync, sub.choices["status"]):
        each.add_argument("--profile", type=Path, default=argparse.SUPPRESS, help="the profile folder")
        each.add_argument("--user", default=None, help="the user whose password opens the vault")
        each.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
        each.add_argument("--json", action="store_true", help="print JSON instead of sentences")


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass("Password: ")


def _print(args: argparse.Namespace, data: dict, sentence: str) -> None:
    print(json.dumps(data, sort_keys=True) if args.json else sentence, flush=True)


def _exit_code(status: str) -> int:
    if status == "ok":
        return 0
    if status == "wiped":
        return 4
    return 1 if retryable(status) else 3


def run(args: argparse.Namespace, profile: Path) -> int:
    args.password = _password(args) if args.user else None
    try:
        vault = Vault.open(profile, args.user, args.password) if args.user else None
    except VaultError as error:
        _print(args, {"status": "vault_error", "message": str(error)}, str(error))
        return 3
    try:
        return {"enroll": _enroll, "sync": _sync, "status": _status}[args.command](args, profile, vault)
    finally:
        if vault is not None:
            vault.close()


def _enroll(args: argparse.Namespace, profile: Path, vault: Vault | None) -> int:
    if vault is None:
        print("Enrolling needs --user: the device key is kept inside the vault.", file=sys.stderr)
        return 2
    from app.sync.transport import Transport

    try:
        transport = Transport(args.server, pin=args.pin, ca_file=args.ca_file)
    except ValueError as error:  # a malformed pin
        print(str(error), file=sys.stderr)
        return 2
    try:
        device = identity.enroll(vault, transport, code=args.code, name=args.name, pin=args.pin, ca_file=args.ca_file)
    except SyncError as error:
        _print(args, {"status": error.status, "message": str(error)}, str(error))
        return _exit_code(error.status)
    _print(args, {"status": "ok", "device_id": device.device_id}, "This device is enrolled. It can sync now.")
    return 0


def _sync(args: argparse.Namespace, profile: Path, vault: Vault | None) -> int:
    def show(event: SyncEvent) -> None:
        if not args.json and event.stage in ("push", "pull") and event.done:
            print(
                f"  {event.message}: {event.done}" + (f" of {event.total}" if event.total else ""),
                file=sys.stderr,
                flush=True,
            )

    engine = SyncEngine(profile, vault, on_event=show)
    if args.code and vault is not None:
        try:
            if engine.transport is None:  # no device file: not enrolled, so no server to sign in to
                raise NotEnrolled()
            answer = OnlineSession(vault, engine.transport).sign_in(args.password, args.code)
        except SyncError as error:
            _print(args, {"status": error.status, "message": str(error)}, str(error))
            return _exit_code(error.status)
        if answer.get("mfa_setup_required"):
            message = (
                "This account's authenticator is not set up yet. Sign in once in the app, with the set-up "
                "code from your Security Coordinator."
            )
            _print(args, {"status": "mfa_setup_required", "message": message}, message)
            return 3
    report = engine.sync() if vault is not None else engine.start()
    _print(args, asdict(report), report.message)
    return _exit_code(report.status)


def _status(args: argparse.Namespace, profile: Path, vault: Vault | None) -> int:
    data = sync_status(profile, vault)
    if data["status"] == "not_enrolled":
        _print(args, data, "This device is not enrolled with a server.")
    else:
        _print(args, data, f"{data['pending_changes']} change(s) waiting to be sent. {data['lease_message']}")
    return 0
