"""Start at login.

Linux for real: the entry is written into a temporary XDG_CONFIG_HOME, checked with
`desktop-file-validate`, and its Exec line is run, by GLib's own launcher (`gio launch`, the
code GNOME's session uses for autostart entries) and, with `--version`, after parsing it back
here. Windows and macOS cannot run here: the Windows backend talks to a fake `winreg`, and
the macOS one writes a real plist with plistlib into a temporary home, which nothing loads;
those tests say so in their names.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backbreak import APP_ID, __version__
from backbreak.platform.autostart import (
    STARTUP_APPROVED_KEY,
    AutostartError,
    MacLaunchAgent,
    NoAutostart,
    WindowsRunKey,
    XdgAutostart,
    desktop_exec,
    detect_autostart,
    launch_command,
)

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def require(program: str, package: str) -> str:
    """The program's path; skipped without it, except under CI, where that fails."""
    found = shutil.which(program)
    if found is None:
        message = f"needs {program}: apt-get install -y --no-install-recommends {package}"
        if os.environ.get("CI"):
            pytest.fail("CI must run the autostart tests; " + message)
        pytest.skip(message)
    return found


def validate(path: Path) -> None:
    done = subprocess.run(
        [require("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    # It prints errors and warnings alike, and fails only on errors: both count here.
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def parse_exec(value: str) -> list[str]:
    """The argv an Exec value stands for, read the way the Desktop Entry spec says, written
    independently of the code under test: string escapes first, then double-quoted
    arguments with backslash escapes, then %% for a literal %."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[i + 1], value[i + 1])
            )
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    argv: list[str] = []
    current: list[str] | None = None
    i = 0
    while i < len(text):
        c = text[i]
        if c == " ":
            if current is not None:
                argv.append("".join(current))
                current = None
        elif c == '"':
            current = current or []
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current.append(text[i])
                i += 1
        else:
            current = current or []
            current.append(c)
        i += 1
    if current is not None:
        argv.append("".join(current))
    return [a.replace("%%", "%") for a in argv]


def exec_line(path: Path) -> str:
    [line] = [raw for raw in path.read_text().splitlines() if raw.startswith("Exec=")]
    return line.removeprefix("Exec=")


@pytest.fixture
def config_home(user_dirs: dict[str, Path]) -> Path:
    return user_dirs["XDG_CONFIG_HOME"]


# -- Linux, for real --------------------------------------------------------------------------


def test_enable_writes_a_valid_entry_that_starts_this_backbreak(config_home: Path) -> None:
    autostart = detect_autostart(
        {"XDG_CONFIG_HOME": str(config_home), "XDG_CONFIG_DIRS": "/nonexistent"},
        platform="linux",
    )
    assert isinstance(autostart, XdgAutostart)
    assert not autostart.is_enabled()
    autostart.enable()
    entry = config_home / "autostart" / f"{APP_ID}.desktop"
    assert autostart.path == entry and entry.is_file()
    assert autostart.is_enabled()
    validate(entry)
    argv = parse_exec(exec_line(entry))
    assert argv == launch_command()
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"backbreak {__version__}", done.stderr

    autostart.disable()
    assert not entry.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # twice is fine


def test_glib_launches_the_entry_from_an_awkward_folder(tmp_path: Path, config_home: Path) -> None:
    """Spaces, quotes, $ and a backslash in the path, % in an argument: GLib (as used by
    gnome-session for autostart entries) runs exactly the argv we asked for."""
    gio = require("gio", "libglib2.0-bin")
    folder = tmp_path / "my apps" / "it's $HOME \\ here"
    folder.mkdir(parents=True)
    script = folder / "backbreak"
    record = tmp_path / "argv.txt"
    script.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" > '{record}'\n")
    script.chmod(0o755)
    command = [str(script), "100%", 'say "hi"', "start"]
    autostart = XdgAutostart(command, config_home=config_home, config_dirs=[])
    autostart.enable()
    validate(autostart.path)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    subprocess.run([gio, "launch", str(autostart.path)], env=env, check=True, timeout=30)
    for _ in range(100):
        if record.exists() and record.read_text().endswith("start\n"):
            break
        subprocess.run(["sleep", "0.05"], check=True)
    assert record.read_text().splitlines() == command


def test_python_m_from_a_virtualenv_starts_backbreak(tmp_path: Path, config_home: Path) -> None:
    """A venv without a `backbreak` script of its own (and none on PATH): the entry runs
    that venv's python -m backbreak."""
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)],
        check=True,
        timeout=120,
    )
    python = venv / "bin" / "python"
    command = launch_command(executable=str(python), platform="linux", path="")
    assert command == [str(python), "-m", "backbreak"]
    autostart = XdgAutostart(command, config_home=config_home, config_dirs=[])
    autostart.enable()
    validate(autostart.path)
    argv = parse_exec(exec_line(autostart.path))
    assert argv == command
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"backbreak {__version__}", done.stderr


def test_the_script_beside_the_interpreter_comes_first(tmp_path: Path) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.symlink_to(sys.executable)  # as in a venv: not resolved
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    on_path = elsewhere / "backbreak"
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    assert launch_command(executable=str(python), platform="linux", path=str(elsewhere)) == [
        str(on_path)
    ]
    beside = bin_dir / "backbreak"
    beside.write_text("#!/bin/sh\n")
    beside.chmod(0o755)
    assert launch_command(executable=str(python), platform="linux", path=str(elsewhere)) == [
        str(beside)
    ]


def test_an_entry_shipped_in_the_system_folder_is_hidden_by_disable(
    tmp_path: Path, config_home: Path
) -> None:
    system = tmp_path / "xdg"
    (system / "autostart").mkdir(parents=True)
    (system / "autostart" / f"{APP_ID}.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=backbreak\nExec=backbreak\n"
    )
    autostart = detect_autostart(
        {"XDG_CONFIG_HOME": str(config_home), "XDG_CONFIG_DIRS": f"/nonexistent:{system}"},
        platform="linux",
        command=["backbreak"],
    )
    assert autostart.is_enabled()  # the packaged entry starts it
    autostart.disable()
    user_entry = config_home / "autostart" / f"{APP_ID}.desktop"
    assert "Hidden=true" in user_entry.read_text().splitlines()
    validate(user_entry)
    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()
    assert "Hidden=true" not in user_entry.read_text().splitlines()


def test_an_entry_an_earlier_version_wrote_counts_and_is_replaced(config_home: Path) -> None:
    """Earlier versions named the entry backbreak.desktop. It still counts as on; enabling
    leaves only the entry named by the app id (two would start two backbreaks at login);
    disabling leaves neither."""
    earlier = config_home / "autostart" / "backbreak.desktop"
    earlier.parent.mkdir(parents=True)
    earlier.write_text("[Desktop Entry]\nType=Application\nName=backbreak\nExec=backbreak\n")
    autostart = XdgAutostart(["backbreak"], config_home=config_home, config_dirs=[])
    assert autostart.is_enabled()
    autostart.enable()
    assert sorted(p.name for p in earlier.parent.iterdir()) == [f"{APP_ID}.desktop"]
    validate(autostart.path)
    assert autostart.is_enabled()
    earlier.write_text("[Desktop Entry]\nType=Application\nName=backbreak\nExec=backbreak\n")
    autostart.disable()
    assert list(earlier.parent.iterdir()) == []
    assert not autostart.is_enabled()


def test_a_system_entry_under_the_earlier_name_is_hidden_either_way(
    tmp_path: Path, config_home: Path
) -> None:
    """A package that ships /etc/xdg/autostart/backbreak.desktop: disabling hides it, and
    enabling hides it too, so that only our entry starts backbreak."""
    system = tmp_path / "xdg"
    (system / "autostart").mkdir(parents=True)
    (system / "autostart" / "backbreak.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=backbreak\nExec=backbreak\n"
    )
    autostart = XdgAutostart(["backbreak"], config_home=config_home, config_dirs=[system])
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()
    hiding = config_home / "autostart" / "backbreak.desktop"
    assert "Hidden=true" in hiding.read_text().splitlines()
    autostart.enable()
    assert autostart.is_enabled()
    assert "Hidden=true" in hiding.read_text().splitlines()
    assert "Hidden=true" not in autostart.path.read_text().splitlines()
    validate(hiding)


def test_an_entry_the_desktop_turned_off_counts_as_off(config_home: Path) -> None:
    autostart = XdgAutostart(["backbreak"], config_home=config_home, config_dirs=[])
    autostart.enable()
    # What GNOME Tweaks (and others) write when the person switches it off there.
    text = autostart.path.read_text().replace(
        "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"
    )
    autostart.path.write_text(text)
    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()


def test_an_unreadable_entry_counts_as_off_and_enable_repairs_it(config_home: Path) -> None:
    autostart = XdgAutostart(["backbreak"], config_home=config_home, config_dirs=[])
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_bytes(b"\xff\xfe not a desktop entry")
    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()
    validate(autostart.path)


def test_a_write_that_fails_says_where(config_home: Path) -> None:
    (config_home / "autostart").write_text("a file where the folder should be")
    autostart = XdgAutostart(["backbreak"], config_home=config_home, config_dirs=[])
    with pytest.raises(AutostartError, match=r"autostart"):
        autostart.enable()
    assert (config_home / "autostart").read_text() == "a file where the folder should be"


def test_exec_quoting() -> None:
    assert desktop_exec(["/usr/bin/backbreak"]) == "/usr/bin/backbreak"
    assert desktop_exec(["/opt/my apps/backbreak", "start"]) == '"/opt/my apps/backbreak" start'
    assert desktop_exec(["/a/$x", "50%"]) == '"/a/\\\\$x" 50%%'
    with pytest.raises(ValueError, match="Exec"):
        desktop_exec(["/bin/new\nline"])


def test_no_known_mechanism_refuses_with_a_message() -> None:
    autostart = detect_autostart({}, platform="haiku1", command=["backbreak"])
    assert isinstance(autostart, NoAutostart)
    assert not autostart.is_enabled()
    with pytest.raises(AutostartError, match="not supported"):
        autostart.enable()


# -- Windows, at the winreg edge (a fake registry) ---------------------------------------------


class FakeKey:
    def __init__(self, values: dict[str, tuple[Any, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class FakeWinreg:
    """The calls WindowsRunKey makes, over a dict of keys, raising what winreg raises
    (FileNotFoundError for a missing key or value)."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1
    REG_BINARY = 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[Any, int]]] = {}

    def OpenKey(  # noqa: N802
        self, key: Any, sub_key: str, reserved: int = 0, access: int = KEY_READ
    ) -> FakeKey:
        assert key == self.HKEY_CURRENT_USER
        if sub_key not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(self.keys[sub_key])

    def CreateKeyEx(  # noqa: N802
        self, key: Any, sub_key: str, reserved: int = 0, access: int = KEY_READ
    ) -> FakeKey:
        assert key == self.HKEY_CURRENT_USER and access & self.KEY_SET_VALUE
        return FakeKey(self.keys.setdefault(sub_key, {}))

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[Any, int]:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def SetValueEx(  # noqa: N802
        self, key: FakeKey, value_name: str, reserved: Any, type: int, value: Any
    ) -> None:
        key.values[value_name] = (value, type)

    def DeleteValue(self, key: FakeKey, value: str) -> None:  # noqa: N802
        if value not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[value]


def test_windows_run_key_round_trip_with_a_fake_winreg(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    command = [r"C:\Program Files\Python311\pythonw.exe", "-m", "backbreak"]
    autostart = detect_autostart({}, platform="win32", command=command)
    assert isinstance(autostart, WindowsRunKey)
    assert not autostart.is_enabled()
    autostart.enable()
    assert registry.keys[RUN_KEY]["backbreak"] == (
        '"C:\\Program Files\\Python311\\pythonw.exe" -m backbreak',
        FakeWinreg.REG_SZ,
    )
    assert autostart.is_enabled()
    autostart.disable()
    assert "backbreak" not in registry.keys[RUN_KEY]
    assert not autostart.is_enabled()
    autostart.disable()  # twice is fine


def test_windows_task_manager_switch_counts_with_a_fake_winreg() -> None:
    """Task Manager's Startup tab marks the entry disabled under StartupApproved\\Run."""
    registry = FakeWinreg()
    autostart = WindowsRunKey(["backbreak.exe"], registry)
    autostart.enable()
    approved = registry.keys.setdefault(STARTUP_APPROVED_KEY, {})
    approved["backbreak"] = (bytes([3]) + bytes(11), FakeWinreg.REG_BINARY)  # disabled
    assert not autostart.is_enabled()
    approved["backbreak"] = (bytes([2]) + bytes(11), FakeWinreg.REG_BINARY)  # enabled
    assert autostart.is_enabled()
    approved["backbreak"] = (bytes([3]) + bytes(11), FakeWinreg.REG_BINARY)
    autostart.enable()  # switching it on in backbreak clears Task Manager's "disabled"
    assert "backbreak" not in approved
    assert autostart.is_enabled()


def test_windows_command_uses_pythonw_by_platform_name(tmp_path: Path) -> None:
    """Windows paths are not run here: only that the windowless interpreter is chosen."""
    (tmp_path / "python.exe").write_text("")
    assert launch_command(executable=str(tmp_path / "python.exe"), platform="win32") == [
        str(tmp_path / "python.exe"),
        "-m",
        "backbreak",
    ]
    (tmp_path / "pythonw.exe").write_text("")
    assert launch_command(executable=str(tmp_path / "python.exe"), platform="win32") == [
        str(tmp_path / "pythonw.exe"),
        "-m",
        "backbreak",
    ]


# -- macOS, a real plist in a temporary home that launchd never sees ---------------------------


def test_macos_launch_agent_round_trip_in_a_temporary_home(tmp_path: Path) -> None:
    command = ["/Applications/backbreak.app/Contents/MacOS/backbreak"]
    autostart = detect_autostart({"HOME": str(tmp_path)}, platform="darwin", command=command)
    assert isinstance(autostart, MacLaunchAgent)
    assert not autostart.is_enabled()
    autostart.enable()
    plist = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert autostart.path == plist
    with plist.open("rb") as file:
        agent = plistlib.load(file)
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True
    assert autostart.is_enabled()
    autostart.disable()
    assert not plist.exists()
    assert not autostart.is_enabled()


def test_macos_launch_agent_an_earlier_build_wrote_counts_and_is_replaced(tmp_path: Path) -> None:
    """Earlier builds labelled the agent org.backbreak.backbreak: it still counts as on;
    enabling leaves only the agent labelled by the app id, disabling neither."""
    agents = tmp_path / "Library" / "LaunchAgents"
    agents.mkdir(parents=True)
    earlier = agents / "org.backbreak.backbreak.plist"
    earlier_agent = {
        "Label": "org.backbreak.backbreak",
        "ProgramArguments": ["b"],
        "RunAtLoad": True,
    }
    earlier.write_bytes(plistlib.dumps(earlier_agent))
    autostart = MacLaunchAgent(["backbreak"], home=tmp_path)
    assert autostart.is_enabled()
    autostart.enable()
    assert sorted(p.name for p in agents.iterdir()) == [f"{APP_ID}.plist"]
    earlier.write_bytes(plistlib.dumps(earlier_agent))
    autostart.disable()
    assert list(agents.iterdir()) == []
    assert not autostart.is_enabled()


def test_macos_disabled_or_broken_agent_counts_as_off_in_a_temporary_home(tmp_path: Path) -> None:
    autostart = MacLaunchAgent(["backbreak"], home=tmp_path)
    autostart.enable()
    with autostart.path.open("rb") as file:
        agent = plistlib.load(file)
    agent["Disabled"] = True
    autostart.path.write_bytes(plistlib.dumps(agent))
    assert not autostart.is_enabled()
    autostart.path.write_bytes(b"<plist>broken")
    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()
