"""The Qt application object and the one window.

HMIS_EXIT_WHEN_READY=1 makes the app print when its first window is on screen and quit: the
bundle check and the cold-start benchmark use it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.shell import Shell, ready_line


def process_started_s() -> float:
    """When this process began (wall clock), so start-up time includes Python's own start."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.time() - time.process_time()


def run(profile: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("HMIS Intake")
    app.setOrganizationName("HMIS Intake")
    from app.ui.translations import install

    install(app)
    window = Shell(profile)
    window.show()
    if os.environ.get("HMIS_EXIT_WHEN_READY") == "1":

        def report() -> None:
            print(ready_line(window, process_started_s(), time.time()), flush=True)
            app.quit()

        QTimer.singleShot(0, report)  # after the first paint of the shown window
    return app.exec()
