"""A throwaway Wayland desktop: headless sway, two private D-Bus buses and waybar as the
StatusNotifierItem tray host, beside harness.py's X desktop.

sway refuses to run as root, so under root it runs as nobody (setpriv), in a runtime folder
nobody owns; everything else (the buses, waybar, the app under test, grim, swaymsg) runs as
the test's user and reaches sway by the absolute path of its socket in WAYLAND_DISPLAY
(libwayland >= 1.15), so the app keeps a runtime folder of its own. Root may connect to
nobody's socket; a user that is not root runs sway as itself.

    with SwaySession(base_dir=tmp_path) as desk:
        app = desk.launch(["backbreak"])
        desk.wait_for_sni_item(app.pid)
        desk.screenshot(tmp_path / "bar.png", desk.bar)
        desk.move_cursor(10, 0)  # input, as a person moving the mouse

Every program used is in SWAY_BINARIES with its Debian package; `sway_missing()` says which
are absent.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from harness import (
    SESSION_MARKER,
    DesktopError,
    Geometry,
    LaunchedApp,
    Region,
    _read_line_from_fd,
    _run,
    pids_with_marker,
    wait_until,
)
from processes import PRIVATE_BUS_CONFIG, stop_process

SWAY_BINARIES: dict[str, str] = {
    "sway": "sway",
    "swaymsg": "sway",
    "waybar": "waybar",
    "grim": "grim",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "setpriv": "util-linux",
    "identify": "imagemagick",
}
# sway's unprivileged user when the tests run as root: nobody, in Debian's numbering.
NOBODY = 65534
SCREEN = (1280, 800)
BAR_HEIGHT = 26

_SNI_WATCHER = "org.kde.StatusNotifierWatcher"
_SWAY_CONFIG = f"""\
output HEADLESS-1 resolution {SCREEN[0]}x{SCREEN[1]} position 0 0 background #3b4252 solid_color
default_border none
"""
# waybar: one bar along the top with the clock and the tray. The tray module is also the
# StatusNotifierWatcher when none runs (waybar's sni::Watcher), so it is the whole SNI host.
_WAYBAR_CONFIG = {
    "layer": "top",
    "position": "top",
    "height": BAR_HEIGHT,
    "modules-left": [],
    "modules-right": ["tray"],
    "tray": {"icon-size": 20, "spacing": 4},
}
_WAYBAR_STYLE = "* { font-family: sans-serif; font-size: 12px; } window { background: #222; }\n"


def sway_missing() -> dict[str, str]:
    """Programs the Wayland desktop needs and this machine lacks, mapped to Debian packages."""
    return {name: pkg for name, pkg in SWAY_BINARIES.items() if shutil.which(name) is None}


class SwaySession:
    """Headless sway + private buses + waybar; a context manager that ends what it started."""

    def __init__(
        self,
        *,
        base_dir: str | os.PathLike[str],
        desktop: bool = True,
        startup_timeout: float = 15.0,
    ) -> None:
        """desktop: also the buses and waybar (False: sway alone, for tests of the idle
        protocols)."""
        self.dir = Path(base_dir)
        self.desktop = desktop
        self.startup_timeout = startup_timeout
        self.env: dict[str, str] = {}
        self.sway_dir = Path()
        self._app_runtime: Path | None = None
        self._helpers: list[subprocess.Popen[bytes]] = []
        self.compositor: subprocess.Popen[bytes] | None = None
        self._apps: list[LaunchedApp] = []
        self._marker = secrets.token_hex(8)
        self._closed = False

    # -- lifecycle --------------------------------------------------------------------------

    def __enter__(self) -> Self:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        home = self.dir / "home"
        xdg = {
            name: home / sub
            for name, sub in (
                ("XDG_CONFIG_HOME", "config"),
                ("XDG_DATA_HOME", "data"),
                ("XDG_STATE_HOME", "state"),
                ("XDG_CACHE_HOME", "cache"),
            )
        }
        for path in xdg.values():
            path.mkdir(parents=True, exist_ok=True)
        # Short paths under /tmp: a unix socket's name must fit in 108 bytes.
        self._app_runtime = Path(tempfile.mkdtemp(prefix="bb-rt-"))
        leaked = {"DISPLAY", "WAYLAND_DISPLAY", "SWAYSOCK", "DBUS_SESSION_BUS_ADDRESS"}
        leaked |= {"DBUS_SYSTEM_BUS_ADDRESS", "XAUTHORITY", "QT_QPA_PLATFORMTHEME"}
        leaked |= {"DESKTOP_SESSION", "XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE"}
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in leaked},
            **{k: str(v) for k, v in xdg.items()},
            "XDG_RUNTIME_DIR": str(self._app_runtime),
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "sway",
            "QT_QPA_PLATFORM": "wayland",
            "NO_AT_BRIDGE": "1",
            SESSION_MARKER: self._marker,
        }
        if self.desktop:
            self.env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus("session-bus")
            self.env["DBUS_SYSTEM_BUS_ADDRESS"] = self._start_bus("system-bus")
        self._start_compositor()
        if self.desktop:
            self._start_tray()

    def _start_compositor(self) -> None:
        self._start_sway()

    def _start_tray(self) -> None:
        self._start_waybar()

    def close(self) -> None:
        """End the apps, then the helpers in reverse order, then anything with our marker."""
        if self._closed:
            return
        self._closed = True
        for app in reversed(self._apps):
            stop_process(app.popen, 3.0)
        for popen in reversed(self._helpers):
            stop_process(popen, 3.0)
        for pid in pids_with_marker(self._marker):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for folder in (self._app_runtime, self.sway_dir if self.sway_dir.name else None):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)

    def leftover_pids(self) -> list[int]:
        return sorted(pids_with_marker(self._marker))

    def stop_compositor(self) -> None:
        """End the compositor, as when it crashes or the session ends."""
        assert self.compositor is not None
        stop_process(self.compositor, 3.0)

    # -- starting helpers -------------------------------------------------------------------

    def _spawn(
        self, name: str, argv: Sequence[str], env: Mapping[str, str], pass_fds: Sequence[int] = ()
    ) -> subprocess.Popen[bytes]:
        with (self.dir / f"{name}.log").open("ab") as out:
            popen = subprocess.Popen(
                list(argv),
                env=dict(env),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                pass_fds=tuple(pass_fds),
                start_new_session=True,
            )
        self._helpers.append(popen)
        return popen

    def _start_sway(self) -> None:
        as_root = os.geteuid() == 0
        # sway's own folder, which its user must own (libwayland refuses a runtime folder
        # with other rights); the config goes there too, so that nobody can read it.
        self.sway_dir = Path(tempfile.mkdtemp(prefix="bb-sway-"))
        config = self.sway_dir / "config"
        config.write_text(_SWAY_CONFIG)
        if as_root:
            for path in (self.sway_dir, config):
                os.chown(path, NOBODY, NOBODY)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.sway_dir),
            "XDG_RUNTIME_DIR": str(self.sway_dir),
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
            SESSION_MARKER: self._marker,
        }
        argv = ["sway", "--config", str(config)]
        if as_root:
            ids = [f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
            argv = ["setpriv", *ids, *argv]
        sway = self.compositor = self._spawn("sway", argv, env)

        def sockets() -> tuple[Path, Path] | None:
            if sway.poll() is not None:
                raise DesktopError(f"sway exited ({sway.returncode}): {self.log('sway')[-2000:]}")
            names = sorted(os.listdir(self.sway_dir))
            display = [n for n in names if re.fullmatch(r"wayland-\d+", n)]
            ipc = [n for n in names if n.startswith("sway-ipc.") and n.endswith(".sock")]
            if not display or not ipc:
                return None
            return self.sway_dir / display[0], self.sway_dir / ipc[0]

        display, ipc = wait_until(sockets, self.startup_timeout, "sway's sockets")
        self.env["WAYLAND_DISPLAY"] = str(display)
        self.env["SWAYSOCK"] = str(ipc)
        wait_until(lambda: self.outputs() or None, self.startup_timeout, "sway's output")

    def _start_bus(self, name: str) -> str:
        assert self._app_runtime is not None
        config = self.dir / f"{name}.conf"
        config.write_text(PRIVATE_BUS_CONFIG.format(socket=self._app_runtime / f"{name}.sock"))
        read_fd, write_fd = os.pipe()
        try:
            argv = ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"]
            self._spawn(name, [*argv, f"--print-address={write_fd}"], self.env, [write_fd])
            os.close(write_fd)
            write_fd = -1
            return _read_line_from_fd(read_fd, self.startup_timeout, f"dbus-daemon ({name})")
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)

    def _start_waybar(self) -> None:
        config, style = self.dir / "waybar.json", self.dir / "waybar.css"
        config.write_text(json.dumps(_WAYBAR_CONFIG))
        style.write_text(_WAYBAR_STYLE)
        self._spawn("waybar", ["waybar", "--config", str(config), "--style", str(style)], self.env)
        # Qt takes the SNI tray only when, at its first look, the watcher is on the bus and
        # a host is registered with it; it never looks again.
        wait_until(
            lambda: self.watcher_property("IsStatusNotifierHostRegistered") == "true" or None,
            self.startup_timeout,
            "waybar's tray to register as the StatusNotifierItem host",
        )
        wait_until(lambda: self._bar_window() or None, self.startup_timeout, "waybar's bar")

    # -- running the app under test ---------------------------------------------------------

    def launch(
        self, argv: Sequence[str], *, name: str, extra_env: Mapping[str, str] | None = None
    ) -> LaunchedApp:
        """Start a program in this desktop, its output in <dir>/<name>.stdout/.stderr."""
        stdout_path, stderr_path = self.dir / f"{name}.stdout", self.dir / f"{name}.stderr"
        with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
            popen = subprocess.Popen(
                list(argv),
                env={**self.env, **(extra_env or {})},
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        app = LaunchedApp(name, list(argv), popen, stdout_path, stderr_path)
        self._apps.append(app)
        return app

    def log(self, name: str) -> str:
        return (self.dir / f"{name}.log").read_text(errors="replace")

    # -- sway -------------------------------------------------------------------------------

    def swaymsg(self, *args: str) -> Any:
        """sway's IPC answer to a message or a "-t TYPE" query, as JSON."""
        if args[:1] == ("-t",):
            return json.loads(_run(["swaymsg", "--raw", *args], env=self.env))
        # "--": a message may hold negative numbers (cursor move -5 -5), not options.
        return json.loads(_run(["swaymsg", "--raw", "--", *args], env=self.env))

    def outputs(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.swaymsg("-t", "get_outputs")
        return found

    def windows(self) -> list[dict[str, Any]]:
        """Every window (tiled or floating) in sway's tree, as sway describes it."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("pid") is not None and node.get("type") in ("con", "floating_con"):
                found.append(node)
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child)

        walk(self.swaymsg("-t", "get_tree"))
        return found

    def window_named(self, pid: int, name: str) -> Geometry | None:
        """Where a visible window of `pid` whose title holds `name` is on the screen."""
        for node in self.windows():
            if node["pid"] == pid and name in (node.get("name") or "") and node.get("visible"):
                rect = node["rect"]
                return Geometry(rect["x"], rect["y"], rect["width"], rect["height"])
        return None

    def move_cursor(self, dx: int, dy: int) -> None:
        """Input on the seat, as a person moving the mouse (the compositor's idle timers
        restart)."""
        self.swaymsg("seat", "-", "cursor", "move", str(dx), str(dy))

    def _bar_window(self) -> bool:
        # waybar is a layer-shell surface, not in the tree; the space it reserves at the top
        # is: the workspace begins below it.
        workspaces = self.swaymsg("-t", "get_workspaces")
        return bool(workspaces) and workspaces[0]["rect"]["y"] >= BAR_HEIGHT

    @property
    def bar(self) -> Geometry:
        return Geometry(0, 0, SCREEN[0], BAR_HEIGHT)

    def screenshot(self, path: str | os.PathLike[str], region: Region | None = None) -> Path:
        argv = ["grim"]
        if region is not None:
            g = Geometry(*region)
            argv += ["-g", f"{g.x},{g.y} {g.w}x{g.h}"]
        _run([*argv, os.fspath(path)], env=self.env)
        return Path(path)

    # -- the StatusNotifierItem tray --------------------------------------------------------

    def _watcher_get(self, prop: str) -> str:
        return _run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                f"--dest={_SNI_WATCHER}",
                "/StatusNotifierWatcher",
                "org.freedesktop.DBus.Properties.Get",
                f"string:{_SNI_WATCHER}",
                f"string:{prop}",
            ],
            env=self.env,
        )

    def watcher_property(self, prop: str) -> str:
        m = re.search(r"variant\s+(?:boolean|int32)\s+(\S+)", self._watcher_get(prop))
        return m[1] if m else ""

    def sni_items(self) -> list[str]:
        """The watcher's RegisteredStatusNotifierItems (bus names, possibly with a path)."""
        return re.findall(r'string "([^"]*)"', self._watcher_get("RegisteredStatusNotifierItems"))

    def bus_name_pid(self, name: str) -> int:
        out = _run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID",
                f"string:{name}",
            ],
            env=self.env,
        )
        m = re.search(r"uint32 (\d+)", out)
        if not m:
            raise DesktopError(f"no PID for {name}: {out!r}")
        return int(m[1])

    def sni_item_of(self, pid: int) -> str | None:
        """The registered StatusNotifierItem of process `pid`, or None."""
        for item in self.sni_items():
            if self.bus_name_pid(item.split("/", 1)[0]) == pid:
                return item
        return None
