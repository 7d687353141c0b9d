"""Every path backbreak reads or writes, in one place.

Per-user folders come from platformdirs, so on Linux they follow XDG_CONFIG_HOME,
XDG_DATA_HOME, XDG_STATE_HOME and XDG_RUNTIME_DIR; tests point those at temporary folders.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.core.translate import fill, tr

if TYPE_CHECKING:
    import platformdirs

APP_NAME = "backbreak"
SETTINGS_FILE = "settings.toml"


class Paths:
    """The four per-user folders, and every file in them.

    A plain class, not a dataclass: `backbreak status --json`, which status bars run every
    few seconds, loads this module, and dataclasses cost it some 9 ms of its ~80."""

    __slots__ = ("config_dir", "data_dir", "log_dir", "runtime_dir")

    def __init__(self, config_dir: Path, data_dir: Path, log_dir: Path, runtime_dir: Path) -> None:
        self.config_dir = config_dir
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.runtime_dir = runtime_dir

    def _folders(self) -> tuple[Path, Path, Path, Path]:
        return (self.config_dir, self.data_dir, self.log_dir, self.runtime_dir)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Paths) and self._folders() == other._folders()

    def __hash__(self) -> int:
        return hash(self._folders())

    def __repr__(self) -> str:
        return "Paths({}, {}, {}, {})".format(*map(repr, self._folders()))

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
    def settings_file(self) -> Path:
        """The person's settings (store/settings_store.py writes and reads it)."""
        return self.config_dir / SETTINGS_FILE

    @property
    def log_file(self) -> Path:
        return self.log_dir / f"{APP_NAME}.log"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def history_journals(self) -> tuple[Path, Path]:
        """Where break events that could not be saved at quitting wait for the next start:
        beside the history, or, when its disk is full, in the runtime folder (usually
        another file system)."""
        name = "history-unsaved.jsonl"
        return (self.data_dir / name, self.runtime_dir / name)

    @property
    def history_rejected_file(self) -> Path:
        """Break events the history file refused for good, kept for the person."""
        return self.data_dir / "history-rejected.jsonl"

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
    def welcome_shown_file(self) -> Path:
        """Exists once the first-start welcome has been shown (or was not needed)."""
        return self.data_dir / "welcome-shown"

    @property
    def portal_autostart_file(self) -> Path:
        """In a Flatpak: exists while the Background portal has start at login on."""
        return self.data_dir / "autostart-granted"

    @property
    def desktop_data_home(self) -> Path:
        """Where the desktop looks for applications, metainfo and icons of this person
        ($XDG_DATA_HOME, whose backbreak folder is the data folder)."""
        return self.data_dir.parent

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
        """Create the folders. New data folders are owner-only (they hold health ratings);
        folders that exist keep the mode the person gave them. The runtime folder (the
        control socket and the lock) must be a real folder of this user with mode 0700, or
        UnsafeFolderError is raised: it may be in the shared temp folder."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.runtime_dir.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        private_folder(self.runtime_dir, create=True)


class UnsafeFolderError(RuntimeError):
    """A folder that must be private is not; `str()` says which and what to do, plainly."""


def private_folder(folder: Path, *, create: bool) -> None:
    """Check that `folder` is a real folder (not a link to one) owned by this user that
    nobody else may use (mode 0700), creating it that way first if `create`. Nothing here
    follows a link: another user may have planted one where the folder should be, in the
    shared temp folder, to take over the socket and lock (root's too)."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: per-user folders, ACLs
        folder.mkdir(parents=True, exist_ok=True)
        return
    if create:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)  # mkdir never follows a link at its last component
    try:
        info = folder.lstat()
    except FileNotFoundError:
        if create:
            raise
        return
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise UnsafeFolderError(
            tr(
                "Paths",
                "backbreak: %1 is not a folder of yours (someone else may have put it "
                "there), so backbreak will not use it. Remove it, or set XDG_RUNTIME_DIR "
                "to a private folder of yours.",
            ).replace("%1", str(folder))
        )
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        if not create:
            raise UnsafeFolderError(
                fill(
                    tr(
                        "Paths",
                        "backbreak: other people may use %1 (its mode is %2, not 0700), so "
                        "backbreak will not use it. Remove it, or make it private with chmod 700.",
                    ),
                    str(folder),
                    f"{mode:04o}",
                )
            )
        # Our own real folder (lstat above): tighten it; mkdir's mode went through the umask.
        # In the sticky temp folder nobody else can swap it for a link meanwhile.
        folder.chmod(0o700)


def _runtime_dir(dirs: platformdirs.PlatformDirs) -> Path:
    """XDG_RUNTIME_DIR may be unset (under su or sudo, in a container); platformdirs then
    warns and guesses. Use a private folder of our own in the temp dir instead, and refuse
    it (UnsafeFolderError) when something unsafe is already there: even a client must not
    talk to a socket in a folder another user controls."""
    xdg_platform = sys.platform not in ("win32", "darwin")
    flatpak_id = os.environ.get("FLATPAK_ID")
    if xdg_platform and flatpak_id and os.environ.get("XDG_RUNTIME_DIR"):
        # In a Flatpak each instance gets a runtime folder of its own; only
        # $XDG_RUNTIME_DIR/app/$FLATPAK_ID is shared, so `backbreak status` finds the app.
        return Path(os.environ["XDG_RUNTIME_DIR"]) / "app" / flatpak_id / APP_NAME
    if not xdg_platform or os.environ.get("XDG_RUNTIME_DIR"):
        preferred = Path(dirs.user_runtime_dir)
        if preferred.parent.is_dir() and os.access(preferred.parent, os.W_OK | os.X_OK):
            return preferred
    import tempfile  # only this fallback needs it; every CLI call loads this module

    uid = os.getuid() if hasattr(os, "getuid") else 0
    fallback = Path(tempfile.gettempdir()) / f"{APP_NAME}-runtime-{uid}"
    private_folder(fallback, create=False)
    return fallback


def assets_dir() -> Path:
    """Shipped data: backbreak/assets in an installed package, ./assets in a checkout."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "assets", package_dir.parent / "assets"):
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(f"backbreak's assets are missing (looked beside {package_dir})")


def i18n_dir() -> Path:
    """The app's catalogues: backbreak_LANG.ts (the translators' files) and .qm (built)."""
    return assets_dir() / "i18n"


def exercise_words_file(language: str) -> Path:
    """The exercises' words in `language` (assets/exercises/i18n/README.md)."""
    return assets_dir() / "exercises" / "i18n" / f"{language}.toml"


def icon_path(name: str) -> Path:
    """The icon's drawing (SVG): what the desktop entry and notifications are given."""
    return assets_dir() / "icons" / f"{name}.svg"


# The sizes the running app's icons come in, pre-rendered from the SVG (ui/icons.py): a
# tray asks for 16-64 px, a task bar or window switcher for up to 256.
RENDERED_ICON_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256)


def rendered_icon_path(name: str, size: int) -> Path:
    """The icon `name` rendered at `size` px (PNG), beside its SVG."""
    return assets_dir() / "icons" / "rendered" / f"{name}-{size}.png"
