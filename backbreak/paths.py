"""Every path backbreak reads or writes, in one place.

Per-user folders come from platformdirs, so on Linux they follow XDG_CONFIG_HOME,
XDG_DATA_HOME, XDG_STATE_HOME and XDG_RUNTIME_DIR; tests point those at temporary folders.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import platformdirs

APP_NAME = "backbreak"


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    runtime_dir: Path

    @classmethod
    def from_platform(cls) -> Paths:
        import platformdirs  # deferred: only the app and `backbreak paths` need it

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            log_dir=Path(dirs.user_log_dir),
            runtime_dir=_runtime_dir(dirs),
        )

    @property
    def log_file(self) -> Path:
        return self.log_dir / f"{APP_NAME}.log"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def sounds_dir(self) -> Path:
        """Our chimes as WAV files, written when first played (players want a file)."""
        return self.runtime_dir / "sounds"

    @property
    def user_pack_dir(self) -> Path:
        """The person's own exercises and routines: `exercises/*.toml`, `routines/*.toml`."""
        return self.data_dir / "pack"

    @property
    def safety_seen_file(self) -> Path:
        """Exists once the safety advice has been shown (with the first break)."""
        return self.data_dir / "safety-seen"

    @property
    def lock_file(self) -> Path:
        return self.runtime_dir / f"{APP_NAME}.lock"

    @property
    def control_socket(self) -> str:
        """The QLocalServer name: a socket file on POSIX, a per-user pipe name on Windows."""
        if sys.platform == "win32":
            return f"{APP_NAME}-{os.environ.get('USERNAME', 'user')}"
        return str(self.runtime_dir / f"{APP_NAME}.sock")

    def ensure(self) -> None:
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        # The control socket lives here: only this user may reach it.
        self.runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if sys.platform != "win32":
            self.runtime_dir.chmod(0o700)


def _runtime_dir(dirs: platformdirs.PlatformDirs) -> Path:
    """XDG_RUNTIME_DIR may be unset (under su, in a container); platformdirs then warns and
    guesses. Use a private folder of our own in the temp dir instead."""
    xdg_platform = sys.platform not in ("win32", "darwin")
    if not xdg_platform or os.environ.get("XDG_RUNTIME_DIR"):
        preferred = Path(dirs.user_runtime_dir)
        if preferred.parent.is_dir() and os.access(preferred.parent, os.W_OK | os.X_OK):
            return preferred
    uid = os.getuid() if hasattr(os, "getuid") else 0
    fallback = Path(tempfile.gettempdir()) / f"{APP_NAME}-runtime-{uid}"
    if fallback.exists() and not fallback.is_symlink() and hasattr(os, "getuid"):
        info = fallback.stat()
        if info.st_uid != uid or stat.S_IMODE(info.st_mode) & 0o077:
            raise RuntimeError(f"{fallback} is not a private folder of this user; remove it")
    return fallback


def assets_dir() -> Path:
    """Shipped data: backbreak/assets in an installed package, ./assets in a checkout."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "assets", package_dir.parent / "assets"):
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(f"backbreak's assets are missing (looked beside {package_dir})")


def icon_path(name: str) -> Path:
    return assets_dir() / "icons" / f"{name}.svg"
