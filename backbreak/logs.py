"""The log file people attach to bug reports: rotated, in the platformdirs log folder.

Rotation is written here rather than taken from logging.handlers: that module brings pickle,
queue and socket servers with it, about 1.7 MiB held all day for one rename."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from backbreak.files import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 512 * 1024
BACKUPS = 3


class PrivateRotatingFileHandler(logging.FileHandler):
    """Appends to `path` until it would pass `max_bytes`, then moves it to path.1 (path.1 to
    path.2 ...), keeping `backups` old files. Log files (new ones, and each one rotation
    starts) are owner-only whatever the umask: the log names exercises and comfort ratings."""

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, PRIVATE_FILE_MODE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123 - a descriptor, not a path

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self.rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.tell()
        return size > 0 and size + len(self.format(record).encode("utf-8")) + 1 > self.max_bytes

    def rotate(self) -> None:
        """Move the log to path.1 (and each older one a number up); the next line starts a
        new file."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened by emit, as FileHandler does
        base = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        base.replace(base.with_name(f"{base.name}.1"))


def setup_logging(log_file: Path, *, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler to the "backbreak" logger and return it."""
    log_file.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    handler = PrivateRotatingFileHandler(log_file)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger = logging.getLogger("backbreak")
    logger.setLevel(level)
    logger.addHandler(handler)
    # APScheduler logs every job run at INFO; only its warnings belong in a bug report.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").addHandler(handler)
    return handler
