"""Entry point of the desktop client (`hmis-intake`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hmis-intake", description="HMIS Intake desktop client")
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="profile folder (default: the 'default' profile in your user data folder)",
    )
    from app.headless import add_commands

    add_commands(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from app.storage.paths import profile_dir

    profile = args.profile or profile_dir("default")
    if args.command:
        from app.headless import run as run_headless

        return run_headless(args, profile)
    from app.display_check import check  # before Qt: its plugin loader aborts the process instead of saying why

    refusal = check()
    if refusal is not None:
        print(refusal.sentence, file=sys.stderr)
        return refusal.exit_code  # EXIT_NO_DISPLAY or EXIT_MISSING_LIBRARIES, see app/display_check.py
    from app.ui.application import run  # Qt is imported only when a window is wanted

    return run(profile)


if __name__ == "__main__":
    sys.exit(main())
