"""Whether the person is in a call: another program records from a microphone or holds a
camera. `detect_calls()`.

Backends, each answering True (in a call), False (not) or None (cannot tell this time):

- Microphone (`RecordingStreams`): the sound server's recording streams, asked with
  `pactl -f json list source-outputs` (PulseAudio, or PipeWire through pipewire-pulse; no
  new dependency: pulseaudio-utils). Left out: our own process's streams, and streams that
  record a `.monitor` source (what a speaker plays: a screen recorder or a VU meter, not a
  microphone) or only measure the level (`resample.peaks`: pavucontrol's meters). A corked
  (paused) stream still counts: call programs that pause the microphone while muted keep
  the call going.
- Camera (`CameraHolders`): another process of ours holding a `/dev/video*` device open,
  found by reading the links in `/proc/PID/fd` (what `fuser` does). Only our own user's
  processes can be read, which is also whose calls matter.
- Video through PipeWire (`PipeWireVideoStreams`): a program receiving video from PipeWire,
  a `Stream/Input/Video` node in `pw-dump`'s graph: a camera reached through the portal
  (Flatpak apps, browsers), or a shared screen. A screen recorder counts too (set "off" for
  it).

A sound server that is not running is never started by asking: without its socket pactl is
not run at all (libpulse would otherwise autospawn PulseAudio); nor pw-dump without
PipeWire's. Each program gets PROGRAM_TIMEOUT_S: a stuck server must not freeze the tray.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from backbreak.platform.programs import program_output

log = logging.getLogger(__name__)

# What holds a break back during a call, beside platform.dnd's FULL_SCREEN and DO_NOT_DISTURB.
CALL = "call"

# How long a look waits for pactl or pw-dump (each answers in about 10 ms); the look runs on
# a worker thread (platform.polling.PolledCalls), so a slow answer holds up no break.
PROGRAM_TIMEOUT_S = 0.5

_VIDEO_DEVICE = re.compile(r"video[0-9]+")


class CallSense(Protocol):
    name: str

    def in_call(self) -> bool | None:
        """True: a call goes on; False: none; None: could not tell this time."""
        ...


def recording_programs(
    outputs: Sequence[Mapping[str, Any]],
    sources: Sequence[Mapping[str, Any]],
    *,
    own_pid: int,
) -> list[str]:
    """The programs recording from a microphone, by name, from pactl's JSON lists of
    source outputs (recording streams) and sources."""
    monitors = {
        source.get("index")
        for source in sources
        if str(source.get("name", "")).endswith(".monitor")
        or _properties(source).get("device.class") == "monitor"
    }
    names = []
    for stream in outputs:
        properties = _properties(stream)
        if stream.get("source") in monitors or properties.get("stream.capture.sink") == "true":
            continue
        if properties.get("resample.peaks") == "true":  # a level meter
            continue
        if properties.get("application.process.id") == str(own_pid):
            continue
        names.append(str(properties.get("application.name") or "?"))
    return names


def _properties(item: Mapping[str, Any]) -> Mapping[str, Any]:
    properties = item.get("properties")
    return properties if isinstance(properties, Mapping) else {}


class _AskingProgram:
    """A sense that asks a sound server's program (pactl, pw-dump) for JSON lists, leaving
    out our own process."""

    def __init__(
        self,
        program: str,
        environ: Mapping[str, str],
        *,
        own_pid: int | None = None,
        timeout_s: float = PROGRAM_TIMEOUT_S,
    ) -> None:
        self._program = program
        self._environ = dict(environ)
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._timeout_s = timeout_s
        self.programs: list[str] = []  # who recorded (or received video) at the last answer

    def _ask(self, *args: str) -> list[Mapping[str, Any]] | None:
        return json_list([self._program, *args], self._environ, self._timeout_s)


class RecordingStreams(_AskingProgram):
    """Another program records from a microphone (pactl's recording streams)."""

    name = "pactl"

    def in_call(self) -> bool | None:
        if not self._server_may_run():
            return None
        outputs = self._list("source-outputs")
        if outputs is None:
            return None
        # The sources only matter to tell a monitor from a microphone.
        sources = self._list("sources") if outputs else []
        if sources is None:
            return None
        self.programs = recording_programs(outputs, sources, own_pid=self._own_pid)
        return bool(self.programs)

    def _server_may_run(self) -> bool:
        """A server named by PULSE_SERVER, or the usual socket under XDG_RUNTIME_DIR."""
        if self._environ.get("PULSE_SERVER"):
            return True
        runtime = self._environ.get("XDG_RUNTIME_DIR")
        return bool(runtime) and Path(str(runtime), "pulse", "native").exists()

    def _list(self, what: str) -> list[Mapping[str, Any]] | None:
        # An older pactl without -f json prints text: not known.
        return self._ask("-f", "json", "list", what)


def json_list(
    argv: Sequence[str], environ: Mapping[str, str], timeout_s: float
) -> list[Mapping[str, Any]] | None:
    """A program's output read as a JSON list of objects; None when it fails, is missing,
    takes too long or prints anything else."""
    output = program_output(argv, timeout_s, environ)
    if output is None:
        return None
    try:
        items = json.loads(output)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    return [item for item in items if isinstance(item, Mapping)]


def video_programs(graph: Sequence[Mapping[str, Any]], *, own_pid: int) -> list[str]:
    """The programs receiving video, by name, from pw-dump's graph: nodes of class
    Stream/Input/Video, the process named by the node or by its client."""
    clients = {
        item.get("id"): _info_properties(item)
        for item in graph
        if item.get("type") == "PipeWire:Interface:Client"
    }
    names = []
    for item in graph:
        properties = _info_properties(item)
        if properties.get("media.class") != "Stream/Input/Video":
            continue
        client = clients.get(properties.get("client.id"), {})
        pid = properties.get("application.process.id", client.get("application.process.id"))
        if pid is not None and str(pid) == str(own_pid):
            continue
        names.append(
            str(
                properties.get("application.name")
                or client.get("application.name")
                or properties.get("node.name")
                or "?"
            )
        )
    return names


def _info_properties(item: Mapping[str, Any]) -> Mapping[str, Any]:
    """pw-dump's properties of an object: info.props."""
    info = item.get("info")
    properties = info.get("props") if isinstance(info, Mapping) else None
    return properties if isinstance(properties, Mapping) else {}


class PipeWireVideoStreams(_AskingProgram):
    """Another program receives video through PipeWire (pw-dump's Stream/Input/Video nodes)."""

    name = "pipewire-video"

    def in_call(self) -> bool | None:
        runtime = self._environ.get("PIPEWIRE_RUNTIME_DIR") or self._environ.get("XDG_RUNTIME_DIR")
        remote = self._environ.get("PIPEWIRE_REMOTE", "pipewire-0")
        if not runtime or not Path(runtime, remote).exists():
            return None
        graph = self._ask()
        if graph is None:
            return None
        self.programs = video_programs(graph, own_pid=self._own_pid)
        return bool(self.programs)


class CameraHolders:
    """Another process of ours holds a camera (`DEVICES/video*`) open.

    `devices` and `proc` are parameters so that a test can hold a file named like a camera
    in a folder of its own."""

    name = "video-devices"

    def __init__(
        self,
        *,
        devices: Path = Path("/dev"),
        proc: Path = Path("/proc"),
        own_pid: int | None = None,
        uid: int | None = None,
    ) -> None:
        self._prefix = str(devices) + "/"
        self._proc = proc
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._uid = os.getuid() if uid is None else uid
        self.holders: list[int] = []  # the processes holding one at the last answer

    def in_call(self) -> bool | None:
        try:
            entries = list(os.scandir(self._proc))
        except OSError:
            return None
        self.holders = [pid for pid in self._our_pids(entries) if self._holds_camera(pid)]
        return bool(self.holders)

    def _our_pids(self, entries: Iterable[os.DirEntry[str]]) -> list[int]:
        pids = []
        for entry in entries:
            if not entry.name.isdigit() or int(entry.name) == self._own_pid:
                continue
            try:
                if entry.stat(follow_symlinks=False).st_uid == self._uid:
                    pids.append(int(entry.name))
            except OSError:  # the process ended meanwhile
                continue
        return pids

    def _holds_camera(self, pid: int) -> bool:
        # Plain strings and os calls, not pathlib: a desktop has thousands of open files
        # (a browser alone, hundreds), and this runs every few seconds during working hours.
        fd_dir = f"{self._proc}/{pid}/fd"
        try:
            fds = os.listdir(fd_dir)  # noqa: PTH208 - see above
        except OSError:  # ended, or not ours to read
            return False
        for fd in fds:
            try:
                target = os.readlink(f"{fd_dir}/{fd}")  # noqa: PTH115 - see above
            except OSError:
                continue
            if target.startswith(self._prefix) and _VIDEO_DEVICE.fullmatch(
                target[len(self._prefix) :]
            ):
                return True
        return False


class CombinedCalls:
    """In a call when any backend says so; None only when none of them can tell."""

    def __init__(self, backends: Sequence[CallSense]) -> None:
        self.backends = list(backends)
        self.name = "+".join(b.name for b in self.backends) or "none"

    def in_call(self) -> bool | None:
        answer: bool | None = None
        for backend in self.backends:
            said = backend.in_call()
            if said:
                return True
            if said is False:
                answer = False
        return answer


def detect_calls(
    environ: Mapping[str, str], *, platform: str = sys.platform
) -> CombinedCalls | None:
    """The cameras (where /proc is Linux's), the microphone (when pactl is installed) and
    PipeWire's video streams (when pw-dump is); None off Linux."""
    if platform != "linux":
        log.info("calls from: none")
        return None
    # The cameras first: reading /proc (some 7 ms for 125 processes with 900 open files)
    # costs less than running pactl (10 ms; 20 ms when a stream records).
    backends: list[CallSense] = [CameraHolders()]
    pactl = shutil.which("pactl", path=environ.get("PATH"))
    if pactl is not None:
        backends.append(RecordingStreams(pactl, environ))
    pw_dump = shutil.which("pw-dump", path=environ.get("PATH"))
    if pw_dump is not None:
        backends.append(PipeWireVideoStreams(pw_dump, environ))
    chosen = CombinedCalls(backends)
    log.info("calls from: %s", chosen.name)
    return chosen
