"""`hmis-server`: the central HMIS service's command line.

The service itself is the subject of the central-service issue; until it lands this command says
so plainly instead of pretending to run.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("hmis-server: the central service is not part of this release yet.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
