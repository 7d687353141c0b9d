"""Start at login: `detect_autostart()` gives an `Autostart` with enable/disable/is_enabled.

Backends:

- Linux/BSD (`XdgAutostart`): a desktop entry $XDG_CONFIG_HOME/autostart/<app id>.desktop
  (Desktop Application Autostart spec), named by the app id as the menu entry and the
  metainfo are, so the desktop sees one app. A same-named entry in $XDG_CONFIG_DIRS/autostart
  (a distribution package may ship one in /etc/xdg/autostart) is overridden by the user's:
  so disabling writes a user entry with Hidden=true when a system one exists, and deletes
  ours otherwise. An entry the desktop's own settings turned off
  (X-GNOME-Autostart-enabled=false, written by GNOME Tweaks and others) counts as off.
  Earlier versions named the entry backbreak.desktop: one under that name counts as well,
  and enabling or disabling leaves none of it that would start a second backbreak.
- Windows (`WindowsRunKey`): the value "backbreak" under
  HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run. Task Manager's Startup tab does not
  delete it when the person disables it: it writes a binary value of the same name under
  ...\\Explorer\\StartupApproved\\Run whose first byte is odd (3) for disabled, even (2)
  for enabled. So that counts too, and enabling removes the "disabled" mark.
- Inside a Flatpak (FLATPAK_ID set; `portal_autostart.PortalAutostart`): the XDG Background
  portal writes the entry outside the sandbox. Never `XdgAutostart` there: it would write
  into the sandbox's own config folder, which no session reads.
- macOS (`MacLaunchAgent`): ~/Library/LaunchAgents/<label>.plist with RunAtLoad, loaded by
  launchd at the next login; the label is the app id. launchctl is never called:
  `launchctl bootout` would end the running app, which launchd started as that very job.
  An agent an earlier build labelled org.backbreak.backbreak counts as well, and enabling or
  disabling removes it.

The command started is the one running now (`launch_command()`): the `backbreak` script
beside the interpreter (a virtualenv's bin/), else the one on PATH, else
`python -m backbreak`. On Windows it is always pythonw.exe -m backbreak: the console script
would open a console window at every login.
"""

from __future__ import annotations

import configparser
import logging
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from backbreak import APP_ID
from backbreak.core.translate import fill, tr
from backbreak.files import write_atomically
from backbreak.paths import APP_NAME, icon_path

log = logging.getLogger(__name__)

DESKTOP_FILE = f"{APP_ID}.desktop"
EARLIER_DESKTOP_FILE = f"{APP_NAME}.desktop"  # the name earlier builds gave it
LAUNCH_AGENT_LABEL = APP_ID
EARLIER_LAUNCH_AGENT_LABEL = "org.backbreak.backbreak"  # the label earlier builds gave it
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


class AutostartError(OSError):
    """Start at login could not be changed; the message says where and why, in plain words."""


class Autostart(Protocol):
    name: str

    def is_enabled(self) -> bool: ...

    def enable(self) -> None:
        """Start backbreak at the next login (raises AutostartError)."""
        ...

    def disable(self) -> None:
        """Do not start it at login any more (raises AutostartError)."""
        ...


class NoAutostart:
    """A system we know no login mechanism of."""

    name = "none"

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        raise AutostartError(tr("Autostart", "Starting at login is not supported here."))

    def disable(self) -> None:
        pass


def _failed(where: Path | str, error: OSError) -> AutostartError:
    return AutostartError(
        fill(
            tr("Autostart", "Could not change start at login: %1 (%2)."),
            str(where),
            error.strerror or str(error),
        )
    )


def launch_command(
    *,
    executable: str = sys.executable,
    platform: str = sys.platform,
    path: str | None = None,
) -> list[str]:
    """The argv that starts this installation of backbreak (see the module text).

    `executable` is not resolved: in a virtualenv, bin/python is a symlink to the base
    interpreter, and the script we want sits beside the link.
    """
    folder = Path(executable).parent
    if platform == "win32":
        windowless = folder / "pythonw.exe"
        return [str(windowless if windowless.is_file() else executable), "-m", APP_NAME]
    beside = folder / APP_NAME
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which(APP_NAME, path=path)
    if found is not None:
        return [str(Path(found).absolute())]
    return [executable, "-m", APP_NAME]


def _atomic_write(target: Path, data: bytes) -> None:
    """Replace `target` with `data`, all or nothing, readable by all as desktop files are."""
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data, mode=0o644)


# -- Linux and other XDG desktops -------------------------------------------------------------

# Characters that make an Exec argument need double quotes (Desktop Entry spec, "The Exec
# key"), and those that must be escaped with a backslash inside the quotes.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED = set('"`$\\')


def exec_argument(argument: str) -> str:
    """One argument as the Exec key's value needs it: quoted where the spec says, `%`
    doubled (field codes), then backslashes doubled again for the string value itself."""
    if not argument or "\n" in argument or "\r" in argument:
        raise ValueError(f"cannot write {argument!r} into a desktop entry's Exec key")
    quoted = argument.replace("%", "%%")
    if any(c in _EXEC_RESERVED for c in argument):
        quoted = '"' + "".join("\\" + c if c in _EXEC_ESCAPED else c for c in quoted) + '"'
    return quoted.replace("\\", "\\\\")


def desktop_exec(argv: Sequence[str]) -> str:
    return " ".join(exec_argument(a) for a in argv)


def _config_dirs(environ: Mapping[str, str]) -> list[Path]:
    dirs = environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path(d) for d in dirs.split(":") if d and Path(d).is_absolute()]


def _config_home(environ: Mapping[str, str]) -> Path:
    home = environ.get("XDG_CONFIG_HOME", "")
    if home and Path(home).is_absolute():
        return Path(home)
    return Path(environ.get("HOME") or Path.home()) / ".config"


def _read_entry(path: Path) -> dict[str, str] | None:
    """The [Desktop Entry] group of a desktop file; None if it cannot be read as one."""
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    try:
        parser.read_string(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        log.info("cannot read %s: %s", path, error)
        return None
    if not parser.has_section("Desktop Entry"):
        return None
    return dict(parser.items("Desktop Entry"))


def _entry_starts(entry: dict[str, str] | None) -> bool:
    if entry is None:
        return False
    return (
        entry.get("Hidden", "false").strip() != "true"
        and entry.get("X-GNOME-Autostart-enabled", "true").strip() != "false"
    )


class XdgAutostart:
    name = "xdg-autostart"

    def __init__(
        self,
        command: Sequence[str],
        *,
        config_home: Path,
        config_dirs: Sequence[Path] = (Path("/etc/xdg"),),
        icon: Path | None = None,
    ) -> None:
        self.command = list(command)
        self._folder = config_home / "autostart"
        self._system_folders = [d / "autostart" for d in config_dirs]
        self.path = self._folder / DESKTOP_FILE
        self._icon = icon

    @classmethod
    def from_environment(
        cls, command: Sequence[str], environ: Mapping[str, str], *, icon: Path | None = None
    ) -> XdgAutostart:
        return cls(
            command,
            config_home=_config_home(environ),
            config_dirs=_config_dirs(environ),
            icon=icon,
        )

    def _system_entry(self, name: str) -> Path | None:
        return next((f / name for f in self._system_folders if (f / name).is_file()), None)

    def _effective(self, name: str) -> Path | None:
        """The entry the session reads for `name`: the user's hides every same-named one in
        the system folders."""
        user = self._folder / name
        return user if user.exists() else self._system_entry(name)

    def is_enabled(self) -> bool:
        return any(
            entry is not None and _entry_starts(_read_entry(entry))
            for entry in map(self._effective, (DESKTOP_FILE, EARLIER_DESKTOP_FILE))
        )

    def enable(self) -> None:
        self._write(self.path, self.entry_text())
        self._turn_off(EARLIER_DESKTOP_FILE)  # or the session would start two

    def disable(self) -> None:
        self._turn_off(DESKTOP_FILE)
        self._turn_off(EARLIER_DESKTOP_FILE)

    def _turn_off(self, name: str) -> None:
        user = self._folder / name
        if self._system_entry(name) is not None:
            # Deleting ours would let the system's entry start it: hide that one instead.
            self._write(user, self.entry_text(hidden=True))
            return
        try:
            user.unlink(missing_ok=True)
        except OSError as error:
            raise _failed(user, error) from error

    def entry_text(self, *, hidden: bool = False) -> str:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=" + escape_value(tr("Autostart", "Posture breaks from the system tray")),
            f"Exec={desktop_exec(self.command)}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        if self._icon is not None:
            lines.append("Icon=" + escape_value(str(self._icon)))
        if hidden:
            lines.append("Hidden=true")
        return "\n".join(lines) + "\n"

    @staticmethod
    def _write(path: Path, text: str) -> None:
        try:
            _atomic_write(path, text.encode("utf-8"))
        except OSError as error:
            raise _failed(path, error) from error


def escape_value(text: str) -> str:
    """A desktop entry string value: backslash, newline, tab and CR escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


# -- Windows ------------------------------------------------------------------------------------


class Registry(Protocol):
    """The part of the `winreg` module used here (a fake stands in for it in tests)."""

    HKEY_CURRENT_USER: Any
    KEY_READ: int
    KEY_SET_VALUE: int
    REG_SZ: int

    def OpenKey(  # noqa: N802 (winreg's names)
        self, key: Any, sub_key: str, reserved: int = 0, access: int = ...
    ) -> Any: ...

    def CreateKeyEx(  # noqa: N802
        self, key: Any, sub_key: str, reserved: int = 0, access: int = ...
    ) -> Any: ...

    def QueryValueEx(self, key: Any, name: str) -> tuple[Any, int]: ...  # noqa: N802

    def SetValueEx(  # noqa: N802
        self, key: Any, value_name: str, reserved: Any, type: int, value: Any
    ) -> None: ...

    def DeleteValue(self, key: Any, value: str) -> None: ...  # noqa: N802


class WindowsRunKey:
    name = "windows-run-key"

    def __init__(self, command: Sequence[str], registry: Registry) -> None:
        import subprocess  # here: only Windows uses it, and elsewhere it costs memory for nothing

        self.command_line = subprocess.list2cmdline(list(command))
        self._reg = registry

    def _read(self, sub_key: str) -> Any:
        try:
            with self._reg.OpenKey(
                self._reg.HKEY_CURRENT_USER, sub_key, 0, self._reg.KEY_READ
            ) as key:
                return self._reg.QueryValueEx(key, APP_NAME)[0]
        except FileNotFoundError:
            return None

    def is_enabled(self) -> bool:
        try:
            if self._read(RUN_KEY) is None:
                return False
            approved = self._read(STARTUP_APPROVED_KEY)
        except OSError as error:
            log.info("cannot read the Run key: %s", error)
            return False
        # Task Manager's mark: first byte odd means "disabled" (see the module text).
        return not (isinstance(approved, bytes) and approved[:1] and approved[0] & 1)

    def enable(self) -> None:
        where = "HKEY_CURRENT_USER\\" + RUN_KEY
        try:
            with self._reg.CreateKeyEx(
                self._reg.HKEY_CURRENT_USER, RUN_KEY, 0, self._reg.KEY_SET_VALUE
            ) as key:
                self._reg.SetValueEx(key, APP_NAME, 0, self._reg.REG_SZ, self.command_line)
            where = "HKEY_CURRENT_USER\\" + STARTUP_APPROVED_KEY
            self._delete(STARTUP_APPROVED_KEY)
        except OSError as error:
            raise _failed(where, error) from error

    def disable(self) -> None:
        try:
            self._delete(RUN_KEY)
        except OSError as error:
            raise _failed("HKEY_CURRENT_USER\\" + RUN_KEY, error) from error

    def _delete(self, sub_key: str) -> None:
        try:
            with self._reg.OpenKey(
                self._reg.HKEY_CURRENT_USER, sub_key, 0, self._reg.KEY_SET_VALUE
            ) as key:
                self._reg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass  # no key, or no value: nothing to delete


# -- macOS ---------------------------------------------------------------------------------------


class MacLaunchAgent:
    name = "launch-agent"

    def __init__(
        self, command: Sequence[str], *, home: Path, label: str = LAUNCH_AGENT_LABEL
    ) -> None:
        self.command = list(command)
        self.label = label
        agents = home / "Library" / "LaunchAgents"
        self.path = agents / f"{label}.plist"
        self._earlier_path = agents / f"{EARLIER_LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        return _agent_runs(self.path) or _agent_runs(self._earlier_path)

    def enable(self) -> None:
        agent = {
            "Label": self.label,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            # Only in the graphical login session (not over ssh); a tray app is interactive.
            "LimitLoadToSessionType": "Aqua",
            "ProcessType": "Interactive",
        }
        import plistlib  # here: only macOS uses it (elsewhere it would load the XML parser)

        try:
            _atomic_write(self.path, plistlib.dumps(agent))
        except OSError as error:
            raise _failed(self.path, error) from error
        self._remove(self._earlier_path)  # or launchd would start two

    def disable(self) -> None:
        self._remove(self.path)
        self._remove(self._earlier_path)

    @staticmethod
    def _remove(path: Path) -> None:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            raise _failed(path, error) from error


def _agent_runs(path: Path) -> bool:
    """Whether the launch agent at `path` starts at login (none there, or unreadable: no)."""
    import plistlib  # here: only macOS uses it (elsewhere it would load the XML parser)
    from xml.parsers.expat import ExpatError

    try:
        with path.open("rb") as file:
            agent = plistlib.load(file)
    except FileNotFoundError:
        return False
    except (OSError, plistlib.InvalidFileException, ExpatError, ValueError) as error:
        log.info("cannot read %s: %s", path, error)
        return False
    return (
        isinstance(agent, dict)
        and agent.get("RunAtLoad") is True
        and agent.get("Disabled") is not True
    )


# -- choosing ----------------------------------------------------------------------------------


def detect_autostart(
    environ: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    command: Sequence[str] | None = None,
    portal_state_file: Path | None = None,
) -> Autostart:
    """The login mechanism of this system, set up to start `command` (default: this
    installation, see launch_command()). `portal_state_file`: where the Background portal's
    last answer is kept in a Flatpak (default: Paths.portal_autostart_file)."""
    if environ.get("FLATPAK_ID") and platform.startswith("linux"):
        from backbreak.platform.portal_autostart import PortalAutostart

        if portal_state_file is None:
            from backbreak.paths import Paths

            portal_state_file = Paths.from_platform().portal_autostart_file
        # flatpak run always sets the address (its bus proxy's socket).
        return PortalAutostart(
            portal_state_file,
            bus_address=environ.get("DBUS_SESSION_BUS_ADDRESS"),
            command=list(command) if command is not None else [APP_NAME],
        )
    argv = (
        list(command)
        if command is not None
        else launch_command(platform=platform, path=environ.get("PATH"))
    )
    if platform == "win32":
        import importlib

        return WindowsRunKey(argv, importlib.import_module("winreg"))
    if platform == "darwin":
        return MacLaunchAgent(argv, home=Path(environ.get("HOME") or Path.home()))
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")):
        try:
            icon: Path | None = icon_path(APP_NAME)
        except FileNotFoundError:
            icon = None
        return XdgAutostart.from_environment(argv, environ, icon=icon)
    return NoAutostart()


__all__ = [
    "Autostart",
    "AutostartError",
    "MacLaunchAgent",
    "NoAutostart",
    "Registry",
    "WindowsRunKey",
    "XdgAutostart",
    "desktop_exec",
    "detect_autostart",
    "exec_argument",
    "launch_command",
]
