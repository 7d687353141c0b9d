"""The log file people attach to bug reports: rotated, in the platformdirs log folder."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from backbreak.files import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files (new ones, and each one rotation starts) are owner-only whatever the umask:
    the log names exercises and comfort ratings."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, PRIVATE_FILE_MODE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123 - a descriptor, not a path


def setup_logging(log_file: Path, *, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler to the "backbreak" logger and return it."""
    log_file.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger = logging.getLogger("backbreak")
    logger.setLevel(level)
    logger.addHandler(handler)
    # APScheduler logs every job run at INFO; only its warnings belong in a bug report.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").addHandler(handler)
    return handler
