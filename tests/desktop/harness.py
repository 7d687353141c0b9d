"""A throwaway virtual desktop for testing a tray app the way a person would see it.

`DesktopSession` starts Xvfb, two private D-Bus buses, a notification daemon (dunst), a
dbus-monitor log of org.freedesktop.Notifications and a tray host, all as child processes it
tracks, and ends exactly those (plus anything they spawned, found by an environment marker) when
it closes. Tests talk to the desktop through its `env` and helper methods: find the tray icon of
a process, open its context menu, take screenshots and judge whether a region shows anything.

Tray hosts:
  "xembed": trayer, the freedesktop XEmbed system tray. Qt embeds a QSystemTrayIconSys window
            into trayer's "panel" window; the icon is found in the X window tree.
  "sni":    status-notifier-watcher + gtk-sni-tray-standalone (StatusNotifierItem over D-Bus).
            Qt registers a QDBusTrayIcon with the watcher; the host draws it (no X window of
            the app), in a bar at the bottom of the screen.
  "none":   no tray at all.

Every binary used here is listed in REQUIRED_BINARIES with its Debian package; `which_missing()`
says which are absent.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import json
import os
import re
import secrets
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal, NamedTuple, Protocol, Self, TypeVar

from processes import PRIVATE_BUS_CONFIG, stop_process

TrayHost = Literal["xembed", "sni", "none"]
TRAY_HOSTS: tuple[TrayHost, ...] = ("xembed", "sni", "none")

# Every program the harness runs, with the Debian (bookworm) package that ships it.
# Note: `convert` is deliberately not used: some machines carry a stand-in /usr/local/bin/convert
# that only turns a PNG into PPM, so `shutil.which("convert")` would lie about ImageMagick.
# `import` and `identify` exist only with the real package.
REQUIRED_BINARIES: dict[str, str] = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "dbus-monitor": "dbus",
    "dbus-send": "dbus",
    "dunst": "dunst",
    "xdotool": "xdotool",
    "xwininfo": "x11-utils",
    "xprop": "x11-utils",
    "import": "imagemagick",
    "identify": "imagemagick",
}
# Programs needed only by one tray host.
HOST_BINARIES: dict[TrayHost, dict[str, str]] = {
    "xembed": {"trayer": "trayer"},
    "sni": {
        "status-notifier-watcher": "haskell-status-notifier-item-utils",
        "gtk-sni-tray-standalone": "haskell-gtk-sni-tray-utils",
    },
    "none": {},
}
# Shared libraries that Qt's xcb platform plugin needs and a minimal Debian lacks
# (ctypes.util.find_library name -> Debian package). Without them a Qt app dies at start with
# "Could not load the Qt platform plugin "xcb"".
REQUIRED_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}

# The accessibility bus (AT-SPI), for tests that read the app as a screen reader does: the
# launcher that owns org.a11y.Bus on the session bus and starts the accessibility bus, and
# the Python that reads it. That is Debian's own Python, for its GObject bindings (gi), which
# the test's Python may lack; path -> Debian package(s).
ACCESSIBILITY_BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
ATSPI_TREE = Path(__file__).resolve().parent / "atspi_tree.py"

# Environment variable set in every process of a session; its value is unique per session, so
# processes spawned indirectly (e.g. by a helper) can be found and ended at close.
SESSION_MARKER = "BACKBREAK_DESKTOP_SESSION"


_SNI_WATCHER = "org.kde.StatusNotifierWatcher"
_NOTIFICATIONS = "org.freedesktop.Notifications"

T = TypeVar("T")


class DesktopError(RuntimeError):
    """The virtual desktop did not do what was asked in time."""


class ProcessExitedError(DesktopError):
    """The process being waited for is gone; waiting longer cannot help."""


class Geometry(NamedTuple):
    """A rectangle on the screen, in root-window pixels."""

    x: int
    y: int
    w: int
    h: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.w // 2, self.y + self.h // 2

    def crop_spec(self) -> str:
        """ImageMagick geometry, e.g. 22x22+1257+1."""
        return f"{self.w}x{self.h}+{self.x}+{self.y}"


Region = Geometry | tuple[int, int, int, int]


class ImageStats(NamedTuple):
    colors: int  # distinct colours
    stddev: float  # standard deviation of all channels, 0..1


@dataclass(frozen=True)
class Window:
    """One X window as listed by `xwininfo -tree`: id, name, WM_CLASS text, absolute geometry."""

    wid: int
    name: str
    wm_class: str
    geometry: Geometry
    depth: int  # nesting level below the root (top-level windows: 1)


@dataclass
class LaunchedApp:
    """A program started with `DesktopSession.launch`, with its output captured to files."""

    name: str
    argv: list[str]
    popen: subprocess.Popen[bytes]
    stdout_path: Path
    stderr_path: Path

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def stop(self, timeout: float = 5.0) -> int:
        """SIGTERM, then SIGKILL after `timeout`; returns the exit status (negative: signal)."""
        return stop_process(self.popen, timeout)

    def wait(self, timeout: float) -> int:
        return self.popen.wait(timeout)

    def stdout(self) -> str:
        return self.stdout_path.read_text(errors="replace")

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")


class RunApp(Protocol):
    """What the `run_app` fixture returns: DesktopSession.launch, stopped at teardown."""

    def __call__(
        self,
        argv: Sequence[str],
        *,
        name: str | None = None,
        extra_env: Mapping[str, str] | None = None,
    ) -> LaunchedApp: ...


# ----------------------------------------------------------------------------------------------
# Prerequisites


def which_missing(hosts: Iterable[TrayHost] = TRAY_HOSTS) -> dict[str, str]:
    """Required programs and libraries that are absent, each mapped to its Debian package.

    `hosts` limits the tray-host programs checked to those hosts.
    """
    needed = dict(REQUIRED_BINARIES)
    for host in hosts:
        needed.update(HOST_BINARIES[host])
    missing = {name: pkg for name, pkg in needed.items() if shutil.which(name) is None}
    for lib, pkg in REQUIRED_LIBRARIES.items():
        if ctypes.util.find_library(lib) is None:
            missing[f"lib{lib}.so"] = pkg
    return missing


def missing_message(missing: Mapping[str, str]) -> str:
    """A one-line explanation naming the Debian packages to install."""
    packages = sorted(set(missing.values()))
    return (
        f"desktop tests need {', '.join(sorted(missing))}: "
        f"apt-get install -y --no-install-recommends {' '.join(packages)}"
    )


def accessibility_missing() -> dict[str, str]:
    """What reading the accessibility bus needs and this machine lacks, mapped to Debian
    packages (as which_missing does)."""
    missing: dict[str, str] = {}
    if not Path(ACCESSIBILITY_BUS_LAUNCHER).is_file():
        missing[ACCESSIBILITY_BUS_LAUNCHER] = "at-spi2-core"
    if not Path(SYSTEM_PYTHON).is_file():
        missing[SYSTEM_PYTHON] = "python3-gi"
    else:
        probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
        done = subprocess.run(
            [SYSTEM_PYTHON, "-c", probe], capture_output=True, timeout=30, check=False
        )
        if done.returncode != 0:
            missing["Atspi for Debian's python3"] = "python3-gi gir1.2-atspi-2.0"
    return missing


# ----------------------------------------------------------------------------------------------
# Images


def _stats_from_imagemagick(
    argv: Sequence[str], env: Mapping[str, str] | None = None
) -> ImageStats:
    out = _run(argv, env=env).strip()
    colors, stddev = out.split("|")
    return ImageStats(int(colors), float(stddev))


_STATS_FORMAT = "%k|%[fx:standard_deviation]"


def image_stats(png: str | os.PathLike[str], region: Region | None = None) -> ImageStats:
    """Distinct colours and standard deviation of an image file, or of a region of it."""
    spec = os.fspath(png)
    if region is not None:
        # ImageMagick's read modifier file.png[WxH+X+Y] crops while reading.
        spec += f"[{Geometry(*region).crop_spec()}]"
    return _stats_from_imagemagick(["identify", "-format", _STATS_FORMAT, spec])


def stats_is_blank(stats: ImageStats, *, min_colors: int = 3, min_stddev: float = 0.01) -> bool:
    """Blank: at most a couple of colours, or almost no variation (one flat fill)."""
    return stats.colors < min_colors or stats.stddev < min_stddev


def image_is_blank(
    png: str | os.PathLike[str],
    region: Region | None = None,
    *,
    min_colors: int = 3,
    min_stddev: float = 0.01,
) -> bool:
    """True if the image (or region) shows nothing: too few colours or too little variation.

    A tray icon is antialiased and a menu has text, so both give dozens of colours and a
    standard deviation well above 0.05; an empty slot or an unpainted window gives one colour.
    """
    return stats_is_blank(image_stats(png, region), min_colors=min_colors, min_stddev=min_stddev)


# ----------------------------------------------------------------------------------------------
# Small process helpers


def _run(argv: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 10) -> str:
    """Run a short helper command and return its stdout; raise DesktopError on failure."""
    try:
        done = subprocess.run(
            list(argv),
            env=dict(env) if env is not None else None,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise DesktopError(f"{argv[0]} did not finish in {timeout} s") from exc
    if done.returncode != 0:
        raise DesktopError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def _read_line_from_fd(fd: int, timeout: float, what: str) -> str:
    """Read one newline-terminated line from a pipe, waiting at most `timeout` seconds."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise DesktopError(f"{what} did not report in {timeout} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:  # writer closed without a newline: the program died
                raise DesktopError(f"{what} exited before reporting (got {data!r})")
            data += chunk
    return data.decode().strip()


def wait_until(
    probe: Callable[[], T | None], timeout: float, what: str, interval: float = 0.05
) -> T:
    """Call `probe` until it returns something other than None/False; raise after `timeout`."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while True:
        try:
            result = probe()
        except ProcessExitedError:
            raise
        except DesktopError as exc:  # transient: a helper command failed, try again
            result, last_error = None, exc
        if result is not None and result is not False:
            return result
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise DesktopError(f"timed out after {timeout} s waiting for {what}{detail}")
        time.sleep(interval)


def _pid_alive(pid: int) -> bool:
    """True if the process exists and is not a zombie."""
    try:
        with Path(f"/proc/{pid}/stat").open("rb") as f:
            stat = f.read()
    except OSError:
        return False
    # The state letter follows the parenthesised command name, which may itself hold ')'.
    return stat[stat.rindex(b")") + 2 : stat.rindex(b")") + 3] != b"Z"


def _ancestors_and_self() -> set[int]:
    pids, pid = set(), os.getpid()
    while pid > 1 and pid not in pids:
        pids.add(pid)
        try:
            stat = Path(f"/proc/{pid}/stat").read_bytes()
        except OSError:
            break
        pid = int(stat[stat.rindex(b")") + 2 :].split()[1])  # field 4: ppid
    return pids


def pids_with_marker(marker_value: str) -> list[int]:
    """Live processes whose environment carries SESSION_MARKER=marker_value.

    Never this process or its ancestors, even if a test copied the session's env into
    os.environ: the sweep in close() must not kill the test runner.
    """
    needle = f"{SESSION_MARKER}={marker_value}".encode()
    found = []
    spared = _ancestors_and_self()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) in spared:
            continue
        try:
            with Path(f"/proc/{entry.name}/environ").open("rb") as f:
                environ = f.read().split(b"\0")
        except OSError:  # gone already, or not ours to read
            continue
        if needle in environ and _pid_alive(int(entry.name)):
            found.append(int(entry.name))
    return found


# ----------------------------------------------------------------------------------------------
# X window tree

# A line of `xwininfo -tree`:  0x200003 "panel": ("panel" "trayer")  24x24+1256+0  +1256+0
# (negative offsets print as "+-1"). The name part may hold anything, so parse from the right.
_TREE_LINE = re.compile(
    r"^(?P<indent>\s*)(?P<wid>0x[0-9a-f]+) (?P<rest>.*?)\s+"
    r"(?P<w>\d+)x(?P<h>\d+)[+-]-?\d+[+-]-?\d+\s+(?P<ax>[+-]-?\d+)(?P<ay>[+-]-?\d+)\s*$"
)
_NAME_AND_CLASS = re.compile(r'^(?:"(?P<name>.*)"|\(has no name\)): \((?P<cls>.*)\)$')


def _signed(text: str) -> int:
    """xwininfo prints offsets as '+12', '-3' or '+-3'."""
    return int(text[1:]) if text.startswith("+") else int(text)


def parse_window_tree(text: str) -> list[Window]:
    """All windows of `xwininfo -root -tree` output, in order, with their nesting depth."""
    windows: list[Window] = []
    indents: list[int] = []  # indentation of the current ancestors
    for line in text.splitlines():
        m = _TREE_LINE.match(line)
        if not m:
            continue
        indent = len(m["indent"])
        while indents and indents[-1] >= indent:
            indents.pop()
        indents.append(indent)
        nm = _NAME_AND_CLASS.match(m["rest"])
        name = (nm["name"] or "") if nm else m["rest"]
        wm_class = nm["cls"] if nm else ""
        geometry = Geometry(_signed(m["ax"]), _signed(m["ay"]), int(m["w"]), int(m["h"]))
        windows.append(Window(int(m["wid"], 16), name, wm_class, geometry, len(indents)))
    return windows


def descendants(windows: Sequence[Window], index: int) -> list[Window]:
    """The windows nested below windows[index] (which must come from parse_window_tree)."""
    out = []
    for w in windows[index + 1 :]:
        if w.depth <= windows[index].depth:
            break
        out.append(w)
    return out


# ----------------------------------------------------------------------------------------------
# The session


@dataclass
class _Helper:
    name: str
    popen: subprocess.Popen[bytes]


class DesktopSession:
    """A private X display + D-Bus + notification daemon + tray host. Use as a context manager.

    with DesktopSession("sni") as desk:
        app = desk.launch([sys.executable, "bare_tray.py"])
        icon = desk.wait_for_tray_icon(app.pid)
        menu = desk.open_tray_menu(icon)
        desk.screenshot("menu.png", menu)
    """

    def __init__(
        self,
        tray: TrayHost = "xembed",
        *,
        base_dir: str | os.PathLike[str] | None = None,
        screen: str = "1280x800x24",
        notification_daemon: bool = True,
        startup_timeout: float = 15.0,
    ) -> None:
        """tray: "xembed" | "sni" | "none".
        base_dir: where logs, the notification log and the XDG dirs go; a temp dir, removed at
            close, if None (pass pytest's tmp_path to keep them for a failed test).
        notification_daemon: start dunst (the dbus-monitor log is written either way).
        """
        if tray not in TRAY_HOSTS:
            raise ValueError(f"tray must be one of {TRAY_HOSTS}, not {tray!r}")
        self.tray: TrayHost = tray
        self.base_dir = Path(base_dir) if base_dir is not None else None
        self.screen = screen
        self.notification_daemon = notification_daemon
        self.startup_timeout = startup_timeout

        self.env: dict[str, str] = {}
        self.display = ""
        self.dir = Path()
        self.notifications_log = Path()
        self._runtime_dir: Path | None = None
        self._own_dir = False
        self._helpers: list[_Helper] = []
        self._apps: list[LaunchedApp] = []
        self._marker = secrets.token_hex(8)
        self._sni_bar: Geometry | None = None
        self._started = False
        self._closed = False

    def __repr__(self) -> str:
        return f"DesktopSession(tray={self.tray!r}, display={self.display!r}, dir={self.dir})"

    which_missing = staticmethod(which_missing)

    # -- lifecycle --------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Bring the whole desktop up; on any failure, end what was started and re-raise."""
        if self._started:
            raise DesktopError("session already started")
        self._started = True
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> None:
        if self.base_dir is None:
            self.dir = Path(tempfile.mkdtemp(prefix="bb-desktop-"))
            self._own_dir = True
        else:
            self.dir = Path(self.base_dir)
            self.dir.mkdir(parents=True, exist_ok=True)
        # Sockets live here: a short path under /tmp keeps them within the 108-byte limit of
        # unix socket names, whatever base_dir is. mkdtemp makes it 0700 as XDG requires.
        self._runtime_dir = Path(tempfile.mkdtemp(prefix="bb-rt-"))
        home = self.dir / "home"
        xdg = {
            "XDG_CONFIG_HOME": home / "config",
            "XDG_DATA_HOME": home / "data",
            "XDG_STATE_HOME": home / "state",
            "XDG_CACHE_HOME": home / "cache",
        }
        for path in xdg.values():
            path.mkdir(parents=True, exist_ok=True)

        base_env = {
            k: v
            for k, v in os.environ.items()
            # Nothing of the caller's desktop may leak in.
            if k
            not in {
                "DISPLAY",
                "WAYLAND_DISPLAY",
                "DBUS_SESSION_BUS_ADDRESS",
                "DBUS_SYSTEM_BUS_ADDRESS",
                "XAUTHORITY",
                "QT_QPA_PLATFORMTHEME",
                "DESKTOP_SESSION",
                "XDG_CURRENT_DESKTOP",
                "XDG_SESSION_TYPE",
            }
        }
        self.env = {
            **base_env,
            **{k: str(v) for k, v in xdg.items()},
            "XDG_RUNTIME_DIR": str(self._runtime_dir),
            "QT_QPA_PLATFORM": "xcb",
            "NO_AT_BRIDGE": "1",  # keep GTK (the SNI host) off the accessibility bus
            SESSION_MARKER: self._marker,
        }

        self._start_xvfb()
        session_bus = self._start_bus("session-bus")
        system_bus = self._start_bus("system-bus")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = session_bus
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = system_bus

        self.notifications_log = self.dir / "notifications.log"
        self._spawn_helper(
            "dbus-monitor",
            ["dbus-monitor", "--address", session_bus, f"interface='{_NOTIFICATIONS}'"],
            log=self.notifications_log,
        )
        # On becoming a monitor, dbus-monitor loses its unique name and logs that NameLost
        # signal; notifications sent before that moment would be missing from the log.
        wait_until(
            lambda: "member=NameLost" in self.notifications_log.read_text(errors="replace"),
            self.startup_timeout,
            "dbus-monitor to attach",
        )
        if self.notification_daemon:
            self._spawn_helper("dunst", ["dunst"])
            wait_until(
                lambda: self.name_has_owner(_NOTIFICATIONS),
                self.startup_timeout,
                "dunst to own org.freedesktop.Notifications",
            )

        if self.tray == "xembed":
            self._start_trayer()
        elif self.tray == "sni":
            self._start_sni_host()

    def close(self) -> None:
        """End every process this session started (apps first, helpers in reverse order)."""
        if self._closed:
            return
        self._closed = True
        for app in reversed(self._apps):
            stop_process(app.popen, 3.0)
        for helper in reversed(self._helpers):
            stop_process(helper.popen, 3.0)
        # Safety net for grandchildren (e.g. something an app or dunst forked): they inherited
        # the session's unique marker. Nothing outside this session has it.
        for pid in pids_with_marker(self._marker):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if self._runtime_dir is not None:
            shutil.rmtree(self._runtime_dir, ignore_errors=True)
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def pids(self) -> list[int]:
        """PIDs of every process this session started (helpers and launched apps)."""
        return [h.popen.pid for h in self._helpers] + [a.pid for a in self._apps]

    def leftover_pids(self) -> list[int]:
        """Processes of this session still alive (should be empty after close())."""
        alive = {pid for pid in self.pids if _pid_alive(pid)}
        return sorted(alive | set(pids_with_marker(self._marker)))

    # -- starting helpers -------------------------------------------------------------------

    def _spawn_helper(
        self,
        name: str,
        argv: Sequence[str],
        *,
        log: Path | None = None,
        pass_fds: Sequence[int] = (),
    ) -> subprocess.Popen[bytes]:
        log = log or self.dir / f"{name}.log"
        with log.open("ab") as out:  # the child keeps its own copy of the descriptor
            popen = subprocess.Popen(
                list(argv),
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                pass_fds=tuple(pass_fds),
                # Own process group: a Ctrl-C at the terminal goes to pytest, which then
                # tears the session down in order, instead of killing helpers under it.
                start_new_session=True,
            )
        self._helpers.append(_Helper(name, popen))
        return popen

    def _start_xvfb(self) -> None:
        # -displayfd: Xvfb picks a free display number itself and writes it to the pipe once it
        # accepts connections, so parallel sessions never collide and no polling is needed.
        read_fd, write_fd = os.pipe()
        try:
            self._spawn_helper(
                "xvfb",
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    self.screen,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=[write_fd],
            )
            os.close(write_fd)
            write_fd = -1
            number = _read_line_from_fd(read_fd, self.startup_timeout, "Xvfb")
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        self.display = f":{number}"
        self.env["DISPLAY"] = self.display

    def _start_bus(self, name: str) -> str:
        """A private bus; --nofork so that the PID we hold is the daemon itself."""
        assert self._runtime_dir is not None
        config = self.dir / f"{name}.conf"
        config.write_text(PRIVATE_BUS_CONFIG.format(socket=self._runtime_dir / f"{name}.sock"))
        read_fd, write_fd = os.pipe()
        try:
            self._spawn_helper(
                name,
                [
                    "dbus-daemon",
                    f"--config-file={config}",
                    "--nofork",
                    "--nopidfile",
                    f"--print-address={write_fd}",
                ],
                pass_fds=[write_fd],
            )
            os.close(write_fd)
            write_fd = -1
            return _read_line_from_fd(read_fd, self.startup_timeout, f"dbus-daemon ({name})")
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)

    def add_tray_host(self, tray: TrayHost) -> None:
        """Start a tray host in a session that was started without one: a tray that appears
        after the app (a panel restarted, an extension enabled late)."""
        if self.tray != "none":
            raise DesktopError(f"this session has a {self.tray} tray already")
        if tray == "xembed":
            self._start_trayer()
        elif tray == "sni":
            self._start_sni_host()
        else:
            raise ValueError(f"not a tray host: {tray!r}")
        self.tray = tray

    def _start_trayer(self) -> None:
        self._spawn_helper(
            "trayer",
            [
                "trayer",
                "--edge", "top",
                "--align", "right",
                "--widthtype", "request",
                "--height", "24",
                "--transparent", "false",
                "--tint", "0x303030",
                "--SetDockType", "true",
                "--expand", "true",
            ],
        )  # fmt: skip
        # trayer creates its "panel" window after taking the _NET_SYSTEM_TRAY_S0 selection,
        # which is what QSystemTrayIcon::isSystemTrayAvailable() looks for.
        wait_until(self._trayer_panel, self.startup_timeout, "trayer's panel window")

    def _trayer_panel(self) -> int | None:
        windows = self.window_tree()
        for w in windows:
            if w.name == "panel" and '"trayer"' in w.wm_class:
                return w.wid
        return None

    def _start_sni_host(self) -> None:
        self._spawn_helper("status-notifier-watcher", ["status-notifier-watcher"])
        wait_until(
            lambda: self.name_has_owner(_SNI_WATCHER),
            self.startup_timeout,
            "status-notifier-watcher on the bus",
        )
        host = self._spawn_helper(
            "gtk-sni-tray-standalone", ["gtk-sni-tray-standalone", "--bottom", "--beginning"]
        )

        # Qt picks the SNI (D-Bus) tray only if, when the app first asks, the watcher is on
        # the bus AND reports IsStatusNotifierHostRegistered=true; it caches the answer for the
        # life of the process. So the session is "up" only once the host has registered.
        def host_ready() -> Geometry | None:
            if self._watcher_property("IsStatusNotifierHostRegistered") != "true":
                return None
            return self._dock_window_of(host.pid)

        self._sni_bar = wait_until(host_ready, self.startup_timeout, "the SNI host's bar")

    def _dock_window_of(self, pid: int) -> Geometry | None:
        """The visible _NET_WM_WINDOW_TYPE_DOCK window of a process (the SNI bar)."""
        for wid in self._visible_windows_of_pid(pid):
            if "_NET_WM_WINDOW_TYPE_DOCK" in self._xprop(wid, "_NET_WM_WINDOW_TYPE"):
                return self.window_geometry(wid)
        return None

    # -- running the app under test ---------------------------------------------------------

    def launch(
        self,
        argv: Sequence[str],
        *,
        name: str | None = None,
        extra_env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
    ) -> LaunchedApp:
        """Start a program in this desktop; stdout/stderr go to <dir>/<name>.stdout/.stderr.

        The program is ended at close() if it is still running.
        """
        if not self._started or self._closed:
            raise DesktopError("session is not running")
        name = name or Path(argv[0]).name
        n = sum(1 for a in self._apps if a.name == name)
        stem = f"{name}-{n}" if n else name
        stdout_path, stderr_path = self.dir / f"{stem}.stdout", self.dir / f"{stem}.stderr"
        with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
            popen = subprocess.Popen(
                list(argv),
                env={**self.env, **(extra_env or {})},
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        app = LaunchedApp(name, list(argv), popen, stdout_path, stderr_path)
        self._apps.append(app)
        return app

    # -- accessibility ----------------------------------------------------------------------

    def start_accessibility_bus(self) -> None:
        """Start the accessibility bus with accessibility switched on, as a desktop with a
        screen reader running has it. Qt reads org.a11y.Status.IsEnabled when an app starts
        and exposes its widgets on AT-SPI only if it is on: start this before the app.

        The bus launcher and the accessibility bus's own daemons carry the session marker and
        end at close()."""
        self._spawn_helper(
            "at-spi-bus-launcher",
            [ACCESSIBILITY_BUS_LAUNCHER, "--launch-immediately", "--a11y=1"],
        )
        wait_until(
            lambda: self.name_has_owner("org.a11y.Bus"),
            self.startup_timeout,
            "the accessibility bus launcher on the session bus",
        )

    def accessible_tree(self, pid: int) -> list[dict[str, object]] | None:
        """What a screen reader sees of process `pid`: every accessible of its windows, in
        tree order (see atspi_tree.py for the fields), or None while the process is not on the
        accessibility bus."""
        try:
            done = subprocess.run(
                [SYSTEM_PYTHON, str(ATSPI_TREE), str(pid)],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise DesktopError("reading the accessibility bus took over 30 s") from exc
        if done.returncode == 2:
            return None
        if done.returncode != 0:
            raise DesktopError(f"atspi_tree.py failed ({done.returncode}): {done.stderr[-2000:]}")
        tree: list[dict[str, object]] = json.loads(done.stdout)
        return tree

    # -- D-Bus ------------------------------------------------------------------------------

    def _dbus_send(self, dest: str, path: str, method: str, *args: str) -> str:
        return _run(
            [
                "dbus-send",
                f"--bus={self.env['DBUS_SESSION_BUS_ADDRESS']}",
                "--print-reply",
                f"--dest={dest}",
                path,
                method,
                *args,
            ],
            timeout=5,
        )

    def name_has_owner(self, name: str) -> bool:
        out = self._dbus_send(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        )
        return "boolean true" in out

    def bus_name_pid(self, name: str) -> int:
        out = self._dbus_send(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            f"string:{name}",
        )
        m = re.search(r"uint32 (\d+)", out)
        if not m:
            raise DesktopError(f"no PID for {name}: {out!r}")
        return int(m[1])

    def _watcher_property(self, prop: str) -> str:
        out = self._dbus_send(
            _SNI_WATCHER,
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get",
            f"string:{_SNI_WATCHER}",
            f"string:{prop}",
        )
        m = re.search(r"variant\s+(?:boolean|int32)\s+(\S+)", out)
        return m[1] if m else out

    def sni_items(self) -> list[str]:
        """The watcher's RegisteredStatusNotifierItems (bus name, possibly with /path)."""
        out = self._dbus_send(
            _SNI_WATCHER,
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get",
            f"string:{_SNI_WATCHER}",
            "string:RegisteredStatusNotifierItems",
        )
        return re.findall(r'string "([^"]*)"', out)

    # -- X ----------------------------------------------------------------------------------

    def x(self, *argv: str) -> str:
        """Run an X client (xdotool, xwininfo, ...) against this display; returns stdout."""
        return _run(argv, env=self.env)

    def window_tree(self) -> list[Window]:
        return parse_window_tree(self.x("xwininfo", "-root", "-tree"))

    def window_geometry(self, wid: int) -> Geometry:
        out = self.x("xwininfo", "-id", str(wid))
        values = {
            key: int(m[1])
            for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
            if (m := re.search(rf"{key}:\s+(-?\d+)", out))
        }
        return Geometry(
            values["Absolute upper-left X"],
            values["Absolute upper-left Y"],
            values["Width"],
            values["Height"],
        )

    def is_viewable(self, wid: int) -> bool:
        return "IsViewable" in self.x("xwininfo", "-id", str(wid))

    def _xprop(self, wid: int, prop: str) -> str:
        return self.x("xprop", "-id", str(wid), prop)

    def _search(self, *criteria: str) -> list[int]:
        """`xdotool search --onlyvisible ...`: ids of the matching viewable windows."""
        # xdotool exits 1 when nothing matches; that is an empty answer, not an error.
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", *criteria],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return [int(line) for line in done.stdout.split()]

    def _visible_windows_of_pid(self, pid: int) -> list[int]:
        return self._search("--pid", str(pid))

    def _visible_top_levels(self) -> dict[int, Window]:
        tops = [w for w in self.window_tree() if w.depth == 1 and w.geometry.w > 1]
        return {w.wid: w for w in tops if self.is_viewable(w.wid)}

    # -- screenshots ------------------------------------------------------------------------

    def screenshot(self, path: str | os.PathLike[str], region: Region | None = None) -> Path:
        """Save the screen (or a region of it) as PNG; returns the path."""
        argv = ["import", "-window", "root"]
        if region is not None:
            argv += ["-crop", Geometry(*region).crop_spec(), "+repage"]
        self.x(*argv, os.fspath(path))
        return Path(path)

    def region_stats(self, region: Region) -> ImageStats:
        """Colour count and stddev of a live screen region, without writing a file."""
        spec = Geometry(*region).crop_spec()
        argv = ["import", "-window", "root", "-crop", spec, "-format", _STATS_FORMAT, "info:"]
        return _stats_from_imagemagick(argv, env=self.env)

    def region_is_blank(self, region: Region) -> bool:
        return stats_is_blank(self.region_stats(region))

    # -- the tray ---------------------------------------------------------------------------

    def find_tray_icon(self, pid: int) -> Geometry | None:
        """Where the tray host shows the icon of process `pid` now, or None if it does not."""
        if self.tray == "xembed":
            return self._find_xembed_icon(pid)
        if self.tray == "sni":
            return self._find_sni_icon(pid)
        raise DesktopError("this session has no tray host (tray='none')")

    def _find_xembed_icon(self, pid: int) -> Geometry | None:
        # Qt's tray icon is a window of the app (it carries _NET_WM_PID) that trayer has
        # reparented into its "panel" window. Before embedding it is a child of the root.
        windows = self.window_tree()
        inside_panel: dict[int, Window] = {}
        for i, w in enumerate(windows):
            if w.name == "panel" and '"trayer"' in w.wm_class:
                inside_panel.update({d.wid: d for d in descendants(windows, i)})
        width, height = (int(n) for n in self.screen.split("x")[:2])
        for wid in self._visible_windows_of_pid(pid):
            icon = inside_panel.get(wid)
            if icon is None or icon.geometry.w <= 1 or icon.geometry.h <= 1:
                continue
            x, y, w, h = icon.geometry
            # trayer moves its panel as icons join it: an icon partly off the screen (seen:
            # at 1277,-1 on a 1280-wide screen) is still being placed, and a click at its
            # centre would miss it.
            if x >= 0 and y >= 0 and x + w <= width and y + h <= height:
                return icon.geometry
        return None

    def _find_sni_icon(self, pid: int) -> Geometry | None:
        # The app has no X window here: it registers an item with the watcher over D-Bus and
        # gtk-sni-tray-standalone draws it in its bar, one square slot (the bar's thickness)
        # per item, from the left, in the order the items arrived. The watcher lists items
        # newest first, so the slot index is the position in the reversed list.
        items = list(reversed(self.sni_items()))
        for index, item in enumerate(items):
            service = item.split("/", 1)[0]
            try:
                owner_pid = self.bus_name_pid(service)
            except DesktopError:  # the item's owner just left the bus
                continue
            if owner_pid == pid:
                bar = self._sni_bar
                assert bar is not None
                size = bar.h
                return Geometry(bar.x + index * size, bar.y, size, size)
        return None

    def wait_for_tray_icon(
        self,
        pid: int,
        timeout: float = 10.0,
        *,
        require_painted: bool = True,
        poll_interval: float = 0.05,
    ) -> Geometry:
        """Wait until the tray host shows an icon of process `pid`; return its geometry.

        With require_painted (the default) the icon's screen region must also show something
        (see image_is_blank), not just exist. One probe costs ~20-40 ms of helper commands.
        """

        if self.tray == "none":
            raise DesktopError("this session has no tray host (tray='none')")

        def probe() -> Geometry | None:
            geometry = self.find_tray_icon(pid)
            if geometry is None:
                if not _pid_alive(pid):
                    raise ProcessExitedError(f"PID {pid} ended before its tray icon appeared")
                return None
            if require_painted and self.region_is_blank(geometry):
                return None
            return geometry

        what = f"a tray icon of PID {pid} ({self.tray} host)"
        return wait_until(probe, timeout, what, interval=poll_interval)

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.x("xdotool", "mousemove", "--sync", str(x), str(y), "click", str(button))

    def key(self, *keys: str) -> None:
        """Send key presses to whatever has the keyboard (e.g. an open menu)."""
        self.x("xdotool", "key", "--delay", "60", *keys)

    def open_tray_menu(
        self,
        icon: Region,
        timeout: float = 5.0,
        *,
        button: int = 3,
        require_painted: bool = True,
    ) -> Geometry:
        """Click the tray icon (right button by default) and return the menu's geometry.

        On both hosts the context menu opens on the right button; the left button only sends
        "activate" (QSystemTrayIcon.activated with reason Trigger). On XEmbed the menu is the
        app's own QMenu window; on SNI it is a GTK menu window of the host, built from the
        app's DBusMenu. Either way it is a new viewable top-level window typed
        _NET_WM_WINDOW_TYPE_POPUP_MENU (an untyped new window is accepted as a fallback).
        """
        before = set(self._visible_top_levels())
        self.click(*Geometry(*icon).center, button=button)

        def probe() -> Geometry | None:
            new = [w for wid, w in self._visible_top_levels().items() if wid not in before]
            # A tooltip (hover) or a notification bubble may show up at the same time: they
            # are typed, and are not the menu.
            types = {w.wid: self._xprop(w.wid, "_NET_WM_WINDOW_TYPE") for w in new}
            menus = [w for w in new if "POPUP_MENU" in types[w.wid]]
            untyped = [w for w in new if "_NET_WM_WINDOW_TYPE_" not in types[w.wid]]
            for window in menus or untyped:
                if not require_painted or not self.region_is_blank(window.geometry):
                    return window.geometry
            return None

        return wait_until(probe, timeout, f"a menu after clicking {tuple(icon)}")

    def choose_menu_item(self, index: int) -> None:
        """In the open menu, pick entry `index` (0-based, separators not counted) by keyboard.

        Both Qt's and GTK's menus grab the keyboard while open, select nothing at first, and
        skip separators on Down.
        """
        self.key(*(["Down"] * (index + 1)), "Return")

    def close_menu(self) -> None:
        self.key("Escape")

    def wait_for_menu_closed(self, menu: Region, timeout: float = 5.0) -> None:
        """Wait until no visible top-level window has the menu's geometry any more."""
        geometry = Geometry(*menu)

        def probe() -> bool:
            return all(w.geometry != geometry for w in self._visible_top_levels().values())

        wait_until(probe, timeout, f"the menu at {tuple(geometry)} to close")

    def wait_for_notification_bubble(self, timeout: float = 5.0) -> Geometry:
        """Wait until dunst shows a notification on screen; return the bubble's geometry.

        Whether a notification was *sent* is in notifications_log (see wait_for_log); this
        is whether a person would see it. dunst draws a moment after the Notify call.
        """
        if not self.notification_daemon:
            raise DesktopError("this session runs no notification daemon")

        def probe() -> Geometry | None:
            for wid in self._search("--class", "^Dunst$"):
                geometry = self.window_geometry(wid)
                if geometry.h > 1 and not self.region_is_blank(geometry):
                    return geometry
            return None

        return wait_until(probe, timeout, "a dunst notification bubble")

    def wait_for_log(self, path: str | os.PathLike[str], text: str, timeout: float = 5.0) -> str:
        """Wait until a log file (e.g. notifications_log) contains `text`; returns the log."""

        def probe() -> str | None:
            with contextlib.suppress(FileNotFoundError):
                content = Path(path).read_text(errors="replace")
                if text in content:
                    return content
            return None

        return wait_until(probe, timeout, f"{text!r} in {path}")


__all__ = [
    "ACCESSIBILITY_BUS_LAUNCHER",
    "HOST_BINARIES",
    "REQUIRED_BINARIES",
    "REQUIRED_LIBRARIES",
    "SESSION_MARKER",
    "TRAY_HOSTS",
    "DesktopError",
    "DesktopSession",
    "Geometry",
    "ImageStats",
    "LaunchedApp",
    "ProcessExitedError",
    "RunApp",
    "TrayHost",
    "Window",
    "accessibility_missing",
    "descendants",
    "image_is_blank",
    "image_stats",
    "missing_message",
    "parse_window_tree",
    "pids_with_marker",
    "stats_is_blank",
    "wait_until",
    "which_missing",
]
