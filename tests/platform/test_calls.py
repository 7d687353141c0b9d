"""backbreak.platform.calls against the real thing: PipeWire, WirePlumber and pipewire-pulse
started headless on a private D-Bus session bus with a null microphone, `parecord` as the
call; the camera at the /proc edge, with a process holding a file named like a video device
in a folder of the test's own (a real /dev/video0 is not something a test machine has). And
the app (hand clock and scheduler) asking the real sound server: a break due during the call
waits, then comes when it ends, or when the do-not-disturb cap is reached.

Skipped, naming the Debian packages, when the sound server's programs are missing; failed
instead when CI is set (tests/platform/conftest.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from clocks import HandClock
from platform_helpers import require_programs, start_reporting
from processes import PRIVATE_BUS_CONFIG, stop_process
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app.root import App
from backbreak.app.senses import DesktopSenses
from backbreak.core.planner import Planner, Rules
from backbreak.platform.calls import (
    CameraHolders,
    CombinedCalls,
    PipeWireVideoStreams,
    RecordingStreams,
    detect_calls,
    json_list,
)
from backbreak.platform.polling import PolledCalls

ZONE = ZoneInfo("Europe/Berlin")
SOUND_TOOLS = {
    "dbus-daemon": "dbus",
    "pipewire": "pipewire",
    "wireplumber": "wireplumber",
    "pipewire-pulse": "pipewire-pulse",
    "pactl": "pulseaudio-utils",
    "parecord": "pulseaudio-utils",
    "pw-dump": "pipewire-bin",
    "pw-cli": "pipewire-bin",
}
# Starting the sound server and seeing a stream come or go take well under a second; this
# leaves room for a machine with both cores busy.
DEADLINE_S = 20.0


def wait_for(what: str, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {DEADLINE_S} s")
        time.sleep(0.05)


@dataclass
class SoundServer:
    env: dict[str, str]
    pactl: str
    recorders: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *argv: str) -> str:
        done = subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=10, check=True
        )
        return done.stdout.strip()

    def record(self, client: str, device: str) -> subprocess.Popen[bytes]:
        """A program recording from `device` until stopped (the call)."""
        popen = subprocess.Popen(
            ["parecord", f"--client-name={client}", f"--device={device}", "/dev/null"],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.recorders.append(popen)
        return popen

    def sources(self) -> set[str]:
        return set(self.run("pactl", "list", "short", "sources").split())

    def stream_names(self) -> str:
        return self.run("pactl", "list", "source-outputs")

    def streams(self, **kwargs: object) -> RecordingStreams:
        return RecordingStreams(self.pactl, self.env, **kwargs)  # type: ignore[arg-type]

    def video(self, **kwargs: object) -> PipeWireVideoStreams:
        pw_dump = shutil.which("pw-dump")
        assert pw_dump is not None
        return PipeWireVideoStreams(pw_dump, self.env, **kwargs)  # type: ignore[arg-type]

    def receive_video(self, name: str) -> None:
        """A video stream into a program, as a camera through the portal or a shared screen
        makes one: a PipeWire node of class Stream/Input/Video (made by pw-cli, and kept
        after it exits until `stop_video`)."""
        self.run(
            "pw-cli",
            "create-node",
            "adapter",
            f"{{ factory.name=support.null-audio-sink node.name={name} "
            "media.class=Stream/Input/Video object.linger=true }",
        )

    def stop_video(self, name: str) -> None:
        graph = json_list(["pw-dump"], self.env, 10.0) or []
        for item in graph:
            if item.get("info", {}).get("props", {}).get("node.name") == name:
                self.run("pw-cli", "destroy", str(item["id"]))


@pytest.fixture(scope="module")
def sound_server() -> Iterator[SoundServer]:
    require_programs(SOUND_TOOLS)
    # A short folder of its own (unix socket paths stay under 108 bytes): the runtime folder
    # where the servers put their sockets, and empty config and state homes, so that nothing
    # of the machine's own sound setup takes part.
    folder = Path(tempfile.mkdtemp(prefix="bb-pw-"))
    runtime = folder / "run"
    runtime.mkdir(mode=0o700)
    bus_config = folder / "bus.conf"
    bus_config.write_text(PRIVATE_BUS_CONFIG.format(socket=folder / "bus.sock"))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        bus, address = start_reporting(
            ["dbus-daemon", f"--config-file={bus_config}", "--nofork", "--nopidfile"],
            "--print-address=",
            "dbus-daemon (sound)",
        )
        processes.append(bus)
        keep = ("PATH", "LANG", "HOME")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env |= {
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_STATE_HOME": str(folder / "state"),
            "DBUS_SESSION_BUS_ADDRESS": address,
        }
        for program in ("pipewire", "wireplumber", "pipewire-pulse"):
            processes.append(
                subprocess.Popen(
                    [program],
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            )
        pactl = shutil.which("pactl")
        assert pactl is not None
        server = SoundServer(env, pactl)
        wait_for(
            "pipewire-pulse answers",
            lambda: subprocess.run([pactl, "info"], env=env, capture_output=True).returncode == 0,
        )
        # A microphone that hears nothing, and a speaker (whose .monitor records what it plays).
        null_sink = ("pactl", "load-module", "module-null-sink")
        server.run(*null_sink, "sink_name=fakemic", "media.class=Audio/Source/Virtual")
        server.run(*null_sink, "sink_name=speaker")
        wait_for("the null devices", lambda: {"fakemic", "speaker.monitor"} <= server.sources())
        yield server
    finally:
        for popen in reversed(processes):
            stop_process(popen)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def calls(sound_server: SoundServer) -> Iterator[SoundServer]:
    """The server with no stream left over from an earlier test."""
    yield sound_server
    for popen in sound_server.recorders:
        stop_process(popen)
    sound_server.recorders.clear()
    streams = sound_server.streams()
    wait_for("the streams end", lambda: streams.in_call() is False)


def test_a_program_recording_the_microphone_is_a_call_until_it_stops(
    calls: SoundServer,
) -> None:
    streams = calls.streams()
    assert streams.in_call() is False
    meet = calls.record("FakeMeet", "fakemic")
    wait_for("the call is seen", lambda: streams.in_call() is True)
    assert streams.programs == ["FakeMeet"]
    stop_process(meet)
    wait_for("the call's end is seen", lambda: streams.in_call() is False)
    assert streams.programs == []


def test_recording_what_the_speaker_plays_is_no_call(calls: SoundServer) -> None:
    """A screen recorder or a level meter records a sink's monitor, not a microphone."""
    streams = calls.streams()
    calls.record("ScreenRecorder", "speaker.monitor")
    # The stream exists (the sound server lists it)...
    wait_for("the monitor stream", lambda: "ScreenRecorder" in calls.stream_names())
    # ...and is not taken for a call.
    assert streams.in_call() is False
    assert streams.programs == []


def test_our_own_recording_is_no_call(calls: SoundServer) -> None:
    ours = calls.record("backbreak", "fakemic")
    others = calls.streams()
    wait_for("the stream", lambda: others.in_call() is True)
    assert calls.streams(own_pid=ours.pid).in_call() is False


def test_a_sound_server_that_cannot_answer_is_not_known_and_never_hangs(
    calls: SoundServer, tmp_path: Path
) -> None:
    # No sound server runs for this person: pactl is not even run (libpulse would start one).
    nobody = {**calls.env, "XDG_RUNTIME_DIR": str(tmp_path)}
    assert RecordingStreams(calls.pactl, nobody).in_call() is None
    # pactl missing, or failing.
    assert RecordingStreams(str(tmp_path / "no-pactl"), calls.env).in_call() is None
    failing = tmp_path / "failing-pactl"
    failing.write_text("#!/bin/sh\necho 'Connection failure: Connection refused' >&2\nexit 1\n")
    failing.chmod(0o755)
    assert RecordingStreams(str(failing), calls.env).in_call() is None
    # A pactl too old for JSON prints text.
    old = tmp_path / "old-pactl"
    old.write_text("#!/bin/sh\necho 'Source Output #52'\n")
    old.chmod(0o755)
    assert RecordingStreams(str(old), calls.env).in_call() is None
    # A stuck sound server: the GUI thread waits no longer than the timeout.
    stuck = tmp_path / "stuck-pactl"
    stuck.write_text("#!/bin/sh\nexec sleep 30\n")
    stuck.chmod(0o755)
    started = time.monotonic()
    assert RecordingStreams(str(stuck), calls.env, timeout_s=0.3).in_call() is None
    assert time.monotonic() - started < 5.0


def test_a_program_receiving_video_through_pipewire_is_a_call(calls: SoundServer) -> None:
    video = calls.video()
    assert video.in_call() is False
    calls.receive_video("FakeCam")
    try:
        wait_for("the video stream is seen", lambda: video.in_call() is True)
        assert video.programs == ["FakeCam"]
    finally:
        calls.stop_video("FakeCam")
    wait_for("the video stream's end is seen", lambda: video.in_call() is False)
    # Without PipeWire's socket, pw-dump is not run: not known.
    gone = {**calls.env, "XDG_RUNTIME_DIR": "/nonexistent"}
    assert PipeWireVideoStreams("pw-dump", gone).in_call() is None


def test_detect_calls_asks_the_cameras_the_microphone_and_pipewire(calls: SoundServer) -> None:
    found = detect_calls(calls.env, platform="linux")
    assert isinstance(found, CombinedCalls)
    assert found.name == "video-devices+pactl+pipewire-video"
    calls.record("FakeMeet", "fakemic")
    wait_for("the call is seen", lambda: found.in_call() is True)
    assert detect_calls(calls.env, platform="darwin") is None


# -- the camera, at the /proc edge ---------------------------------------------------------

HOLDER = """\
import sys, time
held = open(sys.argv[1], "rb")
print("ready", flush=True)
time.sleep(120)
"""


@pytest.fixture
def devices(tmp_path: Path) -> Path:
    folder = tmp_path / "dev"
    folder.mkdir()
    for name in ("video0", "video12", "videodev.txt", "media0"):
        (folder / name).write_bytes(b"")
    return folder


@pytest.fixture
def hold() -> Iterator[Callable[[Path], subprocess.Popen[bytes]]]:
    """Start a process of ours that holds a file open (until the test ends)."""
    started: list[subprocess.Popen[bytes]] = []

    def holding(path: Path) -> subprocess.Popen[bytes]:
        popen = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
        )
        started.append(popen)
        assert popen.stdout is not None
        assert popen.stdout.readline().strip() == b"ready"
        return popen

    yield holding
    for popen in started:
        stop_process(popen)


def test_another_process_holding_a_camera_is_a_call_until_it_lets_go(
    devices: Path, hold: Callable[[Path], subprocess.Popen[bytes]]
) -> None:
    cameras = CameraHolders(devices=devices)
    assert cameras.in_call() is False
    meet = hold(devices / "video12")
    assert cameras.in_call() is True
    assert cameras.holders == [meet.pid]
    stop_process(meet)
    assert cameras.in_call() is False


def test_files_that_are_no_camera_are_no_call(
    devices: Path, hold: Callable[[Path], subprocess.Popen[bytes]]
) -> None:
    hold(devices / "videodev.txt")
    hold(devices / "media0")
    assert CameraHolders(devices=devices).in_call() is False


def test_our_own_camera_and_other_peoples_do_not_count(
    devices: Path, hold: Callable[[Path], subprocess.Popen[bytes]]
) -> None:
    holder = hold(devices / "video0")
    assert CameraHolders(devices=devices, own_pid=holder.pid).in_call() is False
    # Another user's processes are not looked at (nor could they be read).
    assert CameraHolders(devices=devices, uid=os.getuid() + 1).in_call() is False


def test_an_unreadable_proc_is_not_known(tmp_path: Path) -> None:
    assert CameraHolders(proc=tmp_path / "no-proc").in_call() is None


# -- the app during a real call ------------------------------------------------------------


@pytest.fixture
def app_in(calls: SoundServer, qtbot: QtBot) -> Iterator[Callable[..., App]]:
    """The wired app (hand clock, hand scheduler) whose senses ask the real sound server
    (platform/calls.RecordingStreams), as DesktopSenses.detect would."""
    started: list[App] = []

    def start(clock: HandClock, **rules: object) -> App:
        app = App(
            Planner(Rules(**rules), ZONE, clock.now()),  # type: ignore[arg-type]
            clock,
            ZONE,
            scheduler_factory=HandScheduler,
            senses=DesktopSenses.asking(in_call=calls.streams().in_call),
        )
        qtbot.addWidget(app.windows.window)
        app.start(scheduler_delay_ms=0)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()


def poll(app: App, clock: HandClock, minutes: float) -> None:
    """Time passes while a break waits; the senses ask again (as their timer does)."""
    clock.current += timedelta(minutes=minutes)
    app.senses.poll()
    app.senses.wait_for_answers()


def test_a_break_due_during_a_real_call_waits_until_it_ends(
    calls: SoundServer, app_in: Callable[..., App]
) -> None:
    clock = HandClock()
    app = app_in(clock)
    streams = calls.streams()
    meet = calls.record("FakeMeet", "fakemic")
    wait_for("the call is seen", lambda: streams.in_call() is True)
    clock.current += timedelta(minutes=25)
    app.session.on_due()
    app.senses.wait_for_answers()  # the wake-up asks about a call in the background first
    assert app.session.card is None
    assert app.status().waiting_for == "call"
    assert app.windows.window.status_label.text() == "In a call: the break waits"
    poll(app, clock, 5)
    assert app.session.card is None  # still in the call
    stop_process(meet)
    wait_for("the call's end is seen", lambda: streams.in_call() is False)
    poll(app, clock, 1)
    assert app.session.card is not None
    assert app.status().state == "offered"


def test_a_real_call_longer_than_the_cap_brings_the_break(
    calls: SoundServer, app_in: Callable[..., App]
) -> None:
    clock = HandClock()
    app = app_in(clock, dnd_cap=timedelta(minutes=10))
    streams = calls.streams()
    calls.record("FakeMeet", "fakemic")
    wait_for("the call is seen", lambda: streams.in_call() is True)
    clock.current += timedelta(minutes=25)
    app.session.on_due()
    app.senses.wait_for_answers()  # the wake-up asks about a call in the background first
    assert app.status().state == "deferred"
    poll(app, clock, 5)
    assert app.session.card is None
    clock.current += timedelta(minutes=5)
    app.session.on_due()  # the cap (while a break waits, a wake-up asks nothing first)
    assert app.session.card is not None
    assert app.status().state == "offered"
    assert streams.in_call() is True  # the call goes on


# -- asking off the GUI thread ---------------------------------------------------------------


def test_a_check_runs_off_the_gui_thread_once_for_everyone_waiting(qapp: object) -> None:
    release = threading.Event()
    asked_on: list[str] = []

    def in_call() -> bool:
        asked_on.append(threading.current_thread().name)
        release.wait(DEADLINE_S)
        return True

    polled = PolledCalls(in_call)
    seen: list[bool] = []
    ran: list[str] = []
    polled.seen.connect(seen.append)
    try:
        polled.poll(then=lambda: ran.append("warning"))
        polled.poll(then=lambda: ran.append("due"))  # still asking: waits for that answer
        assert not ran and not polled.fresh  # the GUI thread went on meanwhile
        release.set()
        polled.wait()
        assert asked_on == ["backbreak-calls"]
        assert seen == [True] and ran == ["warning", "due"] and polled.fresh
    finally:
        release.set()
        polled.stop()


def test_a_failing_check_is_not_known_and_the_wake_up_goes_on(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    def in_call() -> bool:
        raise OSError("no /proc")

    polled = PolledCalls(in_call)
    seen: list[bool] = []
    ran: list[bool] = []
    polled.seen.connect(seen.append)
    try:
        polled.poll(then=lambda: ran.append(True))
        polled.wait()
        assert seen == [] and ran == [True] and not polled.fresh
        assert "asking whether a call goes on failed" in caplog.text
    finally:
        polled.stop()


def test_stopping_waits_for_the_question_and_runs_nothing_after(qapp: object) -> None:
    polled = PolledCalls(lambda: time.sleep(0.2) or True)  # type: ignore[func-returns-value]
    ran: list[bool] = []
    polled.poll(then=lambda: ran.append(True))
    polled.stop()
    assert not [t for t in threading.enumerate() if t.name == "backbreak-calls"]
    polled.wait()
    assert ran == []
