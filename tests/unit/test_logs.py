"""The log file rotates: it never grows past its size, three old files are kept, each
owner-only, and nothing logged is lost at the rotation."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from backbreak.logs import PrivateRotatingFileHandler


def test_the_log_rotates_into_three_private_old_files(tmp_path: Path) -> None:
    path = tmp_path / "log" / "backbreak.log"
    path.parent.mkdir()
    handler = PrivateRotatingFileHandler(path, max_bytes=1000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.Logger("rotation-test")
    logger.addHandler(handler)
    try:
        for number in range(200):
            logger.warning("line %03d %s", number, "x" * 40)
    finally:
        handler.close()
    files = sorted(path.parent.iterdir())
    assert [f.name for f in files] == [
        "backbreak.log",
        "backbreak.log.1",
        "backbreak.log.2",
        "backbreak.log.3",
    ]
    assert all(f.stat().st_size <= 1000 for f in files)
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    # The newest lines, in order, across the current file and the one before it.
    lines = (path.with_name("backbreak.log.1").read_text() + path.read_text()).splitlines()
    assert lines[-1].startswith("line 199")
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(numbers[0], 200))
