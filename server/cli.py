"""`hmis-server`: run the central HMIS service and administer it from the server's own shell.

The administrative commands work on the database directly (the operator is on the server), and
each is written to the audit trail as done from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from server.auth import roles
from server.config import SIGNING_KEY_ENV, Settings, default_data_dir

CLI_ACTOR = "0" * 32  # the audit trail's name for "an operator at the server's command line"
KEY_HELP = (
    "the deployment's wipe-signing key file, the same on every host "
    "(default: $HMIS_SIGNING_KEY_FILE, else server-signing-key.pem in the data directory)"
)


def _settings(args: argparse.Namespace) -> Settings:
    key = getattr(args, "signing_key", None)  # serve and wipe-device take --signing-key; else the environment's
    extra: dict[str, Any] = {"signing_key_file": Path(key).expanduser()} if key else {}
    return Settings(data_dir=Path(args.data_dir), database_url=args.database_url, **extra)


def _engine(args: argparse.Namespace):
    from server.db.engine import make_engine, upgrade

    settings = _settings(args)
    settings.prepare()
    engine = make_engine(settings.url)
    upgrade(engine)
    return engine


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise SystemExit("The two passwords are not the same.")
    return first


def _now() -> int:
    from server.services.clock import Clock

    return Clock().now_ms()


def cmd_serve(args: argparse.Namespace) -> int:
    """One process (SQLite or PostgreSQL), or ``--workers N`` processes over one PostgreSQL."""
    import uvicorn

    from server.api import observability

    settings = _settings(args)
    if args.workers < 1:
        raise SystemExit("hmis-server: --workers must be 1 or more.")
    if args.workers > 1 and not settings.url.startswith("postgresql"):
        raise SystemExit(
            "hmis-server: SQLite, the embedded default, is served by one process; --workers "
            f"{args.workers} needs PostgreSQL (--database-url postgresql://user@host/db)."
        )
    observability.configure_logging(args.log_level)
    if args.workers == 1:
        from server.api.app import create_app

        uvicorn.run(
            create_app(settings),
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            access_log=False,
            http="httptools",
        )
        return 0
    return _serve_workers(args, settings)


def _serve_workers(args: argparse.Namespace, settings: Settings) -> int:
    """Workers forked by uvicorn's supervisor, which starts a new one if one dies.

    The key is checked and the schema brought up to date here, once, so that a missing key or an
    unreachable database is said once and the workers start on a ready database."""
    import os
    import shutil
    import tempfile

    import uvicorn

    from server.api import app as app_module
    from server.services import signing_key

    signing_key.load(settings.signing_key_path)
    _engine(args).dispose()
    metrics_dir = tempfile.mkdtemp(prefix="hmis-metrics-")
    os.environ.update(
        {
            app_module.DATA_DIR_ENV: str(settings.data_dir),
            "PROMETHEUS_MULTIPROC_DIR": metrics_dir,
            app_module.DATABASE_URL_ENV: settings.database_url or "",
            SIGNING_KEY_ENV: str(settings.signing_key_path),
        }
    )
    try:
        uvicorn.run(
            "server.api.app:from_environment",
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            access_log=False,
            http="httptools",
        )
    finally:
        shutil.rmtree(metrics_dir, ignore_errors=True)
    return 0


def cmd_make_signing_key(args: argparse.Namespace) -> int:
    """The one explicit way a wipe-signing key comes to exist; it prints the public half to compare hosts by."""
    from app.sync import wire
    from server.services import signing_key

    path = Path(args.path).expanduser() if args.path else _settings(args).signing_key_path
    key = signing_key.create(path)
    print(json.dumps({"path": str(path), "public_key": wire.b64(wire.public_bytes(key))}))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    _engine(args)
    print("The database schema is up to date.")
    return 0


def _seed_key(path: Path) -> bytes:
    """The key users' TOTP seeds are sealed under, derived from the signing key file at ``path``."""
    from server.services import seed_seal, signing_key

    return seed_seal.seed_key(signing_key.load(path))


def cmd_add_user(args: argparse.Namespace) -> int:
    from server.services import accounts, audit_log

    seed_key = _seed_key(_settings(args).signing_key_path)  # before the database: no key, no change
    engine = _engine(args)
    now = _now()
    with engine.begin() as conn:
        user_id, code = accounts.create_user(
            conn,
            now,
            username=args.username,
            first_name=args.first_name,
            last_name=args.last_name,
            role=args.role,
            agency_id=args.agency,
            password=_password(args),
            training_expires=date.fromisoformat(args.training_expires),
            seed_key=seed_key,
        )
        audit_log.record(
            conn,
            now,
            "user_created",
            actor=CLI_ACTOR,
            agency_id=args.agency,
            detail={"user": user_id, "role": args.role, "via": "cli"},
        )
    print(json.dumps({"id": user_id, **accounts.handed_over(code)}))
    return 0


def cmd_reseal_seeds(args: argparse.Namespace) -> int:
    """Re-seal every TOTP seed from the previous signing key to the current one: the step that
    goes with replacing the key file (docs/admin.md). Run it with every server stopped."""
    from server.services import sealed_seeds

    previous = _seed_key(Path(args.previous_signing_key).expanduser())
    current = _seed_key(_settings(args).signing_key_path)
    count = sealed_seeds.reseal(_engine(args), _now(), previous, current, actor=CLI_ACTOR)
    print(json.dumps({"resealed": count}))
    return 0


def cmd_add_agency(args: argparse.Namespace) -> int:
    from server.services import accounts, audit_log

    engine = _engine(args)
    now = _now()
    with engine.begin() as conn:
        agency_id = accounts.create_agency(conn, now, name=args.name, coc_code=args.coc, can_name=args.can)
        audit_log.record(conn, now, "agency_created", actor=CLI_ACTOR, agency_id=agency_id, detail={"via": "cli"})
    print(json.dumps({"id": agency_id}))
    return 0


def cmd_add_project(args: argparse.Namespace) -> int:
    from server.services import accounts, audit_log

    engine = _engine(args)
    now = _now()
    with engine.begin() as conn:
        project_id = accounts.create_project(
            conn,
            now,
            agency_id=args.agency,
            name=args.name,
            project_type=args.type,
            coc_code=args.coc,
            geocode=args.geocode,
            operating_start=date.fromisoformat(args.start),
        )
        audit_log.record(conn, now, "project_created", actor=CLI_ACTOR, agency_id=args.agency, detail={"via": "cli"})
    print(json.dumps({"id": project_id}))
    return 0


def cmd_enrollment_code(args: argparse.Namespace) -> int:
    from server.services import audit_log, devices

    engine = _engine(args)
    now = _now()
    with engine.begin() as conn:
        code = devices.new_enrollment_code(conn, now, agency_id=args.agency, created_by=CLI_ACTOR)
        audit_log.record(conn, now, "enrollment_code_created", actor=CLI_ACTOR, agency_id=args.agency)
    print(json.dumps({"code": code, "expires_in_hours": devices.CODE_HOURS}))
    return 0


def cmd_wipe_device(args: argparse.Namespace) -> int:
    from server.services import signing_key, wipes

    key = signing_key.load(_settings(args).signing_key_path)
    engine = _engine(args)
    with engine.begin() as conn:
        result = wipes.order(conn, _now(), key, device_id=args.device, actor=CLI_ACTOR)
    print(json.dumps(result))
    return 0


class _Operator:
    """The HMIS Admin at the server's shell, as the exchange rules see a user: every project."""

    id = CLI_ACTOR
    role = roles.SYSTEM_ADMIN
    agency_id = None


def _say(file: str, count: int) -> None:
    print(f"{file}: {count:,} rows" if file != "stored" else f"{count:,} records stored", file=sys.stderr, flush=True)


def cmd_import(args: argparse.Namespace) -> int:
    """Import a zip all or nothing; the report (every problem, blocking or not) is written either way."""
    from server.hmis_csv import report
    from server.services import hmis_exchange

    zip_path, report_path = Path(args.zip), Path(args.report) if args.report else None
    try:
        data = open(zip_path, "rb")  # noqa: SIM115 -- read from the file, never whole into memory
    except OSError as error:
        raise SystemExit(f"hmis-server: the zip cannot be read ({error.strerror}).") from None
    engine = _engine(args)
    try:
        answer = hmis_exchange.run_import(engine, _now(), _Operator(), data, progress=None if args.quiet else _say)
        problems, code = answer.pop("all_problems"), 0
    except hmis_exchange.ImportRefused as refused:
        answer, problems, code = {"refused": refused.message, **refused.extra}, refused.problems, 2
    finally:
        data.close()
    answer.pop("problems", None)  # the report file holds them; the terminal gets the counts
    if report_path is not None:
        _write_private(report_path, report.report_csv(problems))
        answer["report"] = str(report_path)
    print(json.dumps(answer, indent=1))
    return code


def cmd_export(args: argparse.Namespace) -> int:
    from server.services import hmis_exchange

    engine = _engine(args)
    with engine.begin() as conn:
        data = hmis_exchange.export(
            conn,
            _now(),
            _Operator(),
            start=date.fromisoformat(args.start),
            end=date.fromisoformat(args.end),
            project_ids=args.projects or None,
            hashed=args.hashed,
        )
    _write_private(Path(args.out), data)
    print(json.dumps({"out": args.out, "bytes": len(data)}))
    return 0


def cmd_descriptor(args: argparse.Namespace) -> int:
    """List, set or delete the rows of one project descriptor file, column by column."""
    from server.hmis_csv import descriptors
    from server.services import descriptor_store

    engine = _engine(args)
    now = _now()
    if args.action == "list":
        with engine.connect() as conn:
            found = descriptor_store.rows(conn, args.file, project_ids=[args.project] if args.project else None)
        print(json.dumps([{"id": r.key, "values": descriptors.to_json(r.values)} for r in found], indent=1))
        return 0
    with engine.begin() as conn:
        if args.action == "delete":
            if len(args.cells) != 1:
                raise SystemExit("hmis-server: descriptor delete takes the row's id, and nothing else.")
            row = descriptor_store.remove(conn, now, CLI_ACTOR, args.file, args.cells[0])
        else:
            row = descriptor_store.put(conn, now, CLI_ACTOR, args.file, _cells(args.cells))
    print(json.dumps({"id": row.key, "values": descriptors.to_json(row.values)}, indent=1))
    return 0


def _cells(pairs: list[str]) -> dict[str, str]:
    cells: dict[str, str] = {}
    for pair in pairs:
        column, equals, value = pair.partition("=")
        if not equals or not column:
            raise SystemExit(
                f"hmis-server: write each value as COLUMN=VALUE (an empty VALUE empties it); "
                f"{pair.split('=')[0][:40]!r} has no '='."
            )
        cells[column] = value
    return cells


def _write_private(path: Path, data: bytes) -> None:
    """Written readable by the operator alone: an export holds names and SSNs, a report ids."""
    import os

    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(path, 0o600)
    except OSError as error:
        raise SystemExit(f"hmis-server: {path} cannot be written ({error.strerror}).") from None


def cmd_devices(args: argparse.Namespace) -> int:
    from server.services import devices

    engine = _engine(args)
    with engine.connect() as conn:
        print(json.dumps(devices.list_devices(conn, args.agency), default=str, indent=1))
    return 0


def _day(text: str) -> str:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from None
    return text


def parser() -> argparse.ArgumentParser:
    from server.hmis_csv.descriptors import FILES as DESCRIPTOR_FILES

    top = argparse.ArgumentParser(prog="hmis-server", description="HMIS Intake central service")
    top.add_argument("--data-dir", default=str(default_data_dir()), help="where the SQLite file and keys live")
    top.add_argument("--database-url", default=None, help="postgresql://user@host/db to use PostgreSQL")
    sub = top.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--signing-key", metavar="PATH", default=None, help=KEY_HELP)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes on this host (more than 1 needs PostgreSQL); run more hosts "
        "behind a load balancer the same way, on the same database and key file",
    )
    serve.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    serve.set_defaults(run=cmd_serve)

    make_key = sub.add_parser("make-signing-key", help="make the deployment's wipe-signing key (never overwrites)")
    make_key.add_argument(
        "path",
        nargs="?",
        default=None,
        help="where to write it (default: $HMIS_SIGNING_KEY_FILE, else the data directory)",
    )
    make_key.set_defaults(run=cmd_make_signing_key)

    sub.add_parser("migrate", help="bring the database schema up to date").set_defaults(run=cmd_migrate)

    user = sub.add_parser("add-user", help="add a user (the first HMIS Admin too)")
    user.add_argument("username")
    user.add_argument("--first-name", required=True)
    user.add_argument("--last-name", required=True)
    user.add_argument("--role", required=True, choices=roles.ROLES)
    user.add_argument("--agency", default=None, help="agency id (not for a System Administrator)")
    user.add_argument("--training-expires", required=True, help="YYYY-MM-DD")
    user.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    user.add_argument("--signing-key", metavar="PATH", default=None, help=KEY_HELP + "; it seals the TOTP seed")
    user.set_defaults(run=cmd_add_user)

    reseal = sub.add_parser(
        "reseal-seeds", help="re-seal every TOTP seed from the previous signing key to the current one"
    )
    reseal.add_argument(
        "--previous-signing-key", metavar="FILE", required=True, help="the key file the seeds are sealed under now"
    )
    reseal.add_argument("--signing-key", metavar="PATH", default=None, help=KEY_HELP + "; the seeds' new key")
    reseal.set_defaults(run=cmd_reseal_seeds)

    agency = sub.add_parser("add-agency", help="add a participating agency")
    agency.add_argument("name")
    agency.add_argument("--coc", required=True, help="CoC code, e.g. CT-505")
    agency.add_argument("--can", required=True, help="Coordinated Access Network")
    agency.set_defaults(run=cmd_add_agency)

    proj = sub.add_parser("add-project", help="add a project to an agency")
    proj.add_argument("name")
    proj.add_argument("--agency", required=True)
    proj.add_argument("--type", type=int, required=True, help="HUD project type (0 ES, 4 street outreach, ...)")
    proj.add_argument("--coc", required=True)
    proj.add_argument("--geocode", required=True, help="HUD geocode, six digits")
    proj.add_argument("--start", required=True, help="operating start date YYYY-MM-DD")
    proj.set_defaults(run=cmd_add_project)

    code = sub.add_parser("enrollment-code", help="a one-time code to enroll a device for an agency")
    code.add_argument("--agency", required=True)
    code.set_defaults(run=cmd_enrollment_code)

    wipe = sub.add_parser("wipe-device", help="order a device wiped at its next contact")
    wipe.add_argument("device")
    wipe.add_argument("--signing-key", metavar="PATH", default=None, help=KEY_HELP)
    wipe.set_defaults(run=cmd_wipe_device)

    imp = sub.add_parser("import", help="import an HMIS CSV FY2026 zip, all or nothing, reporting every problem")
    imp.add_argument("zip")
    imp.add_argument(
        "--report",
        metavar="FILE",
        default=None,
        help="write every problem found as CSV (file, row, column, value, blocks, problem)",
    )
    imp.add_argument("--quiet", action="store_true", help="no progress on standard error")
    imp.set_defaults(run=cmd_import)

    exp = sub.add_parser("export", help="write an HMIS CSV FY2026 zip for a period")
    exp.add_argument("--start", required=True, type=_day, help="YYYY-MM-DD")
    exp.add_argument("--end", required=True, type=_day, help="YYYY-MM-DD")
    exp.add_argument("--projects", nargs="+", default=None, metavar="ID", help="only these projects")
    exp.add_argument("--hashed", action="store_true", help="names and SSN hashed (HashStatus 4)")
    exp.add_argument("--out", required=True, metavar="ZIP")
    exp.set_defaults(run=cmd_export)

    desc = sub.add_parser("descriptor", help="list, set or delete project descriptor rows (Funder, Inventory...)")
    desc.add_argument("action", choices=("list", "set", "delete"))
    desc.add_argument("file", choices=DESCRIPTOR_FILES)
    desc.add_argument(
        "cells",
        nargs="*",
        metavar="COLUMN=VALUE",
        help="set: the columns to set, e.g. FunderID=F1 ProjectID=... Funder=2 GrantID=CT0001 "
        "StartDate=2025-07-01 (the id column names the row; left out, a new row); "
        "delete: the row's id",
    )
    desc.add_argument("--project", default=None, help="list: only this project's rows")
    desc.set_defaults(run=cmd_descriptor)

    devs = sub.add_parser("devices", help="list devices, their last check-in and wipe status")
    devs.add_argument("--agency", default=None)
    devs.set_defaults(run=cmd_devices)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from server.services.errors import ServiceError
    from server.services.seed_seal import SeedSealError
    from server.services.signing_key import SigningKeyError

    try:
        return args.run(args)
    except ServiceError as error:
        print(f"hmis-server: {error.message}", file=sys.stderr)
        return 2
    except (SigningKeyError, SeedSealError) as error:
        print(f"hmis-server: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
