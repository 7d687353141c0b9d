"""Short sound cues at break start, step change and break end: `SoundPlayer`.

The cues are our own soft sine chimes, synthesised here as 16-bit mono WAV (`synthesize`):
no sound files to ship or license. Volume 0-100 is baked into the samples, on a squared
curve (half the slider is a quarter of the amplitude, about -12 dB), so that the low end of
the slider is usable; every player then plays the file as is.

Playback (`detect_playback`), never blocking the GUI:

- Linux/BSD (`CommandPlayback`): the first of `pw-play` (PipeWire), `paplay` (PulseAudio,
  also served by pipewire-pulse) and `aplay` (bare ALSA) on PATH, given a WAV file written
  once per cue and volume to the runtime folder. QtMultimedia would do, but it is not in
  PySide6-Essentials.
- macOS: `afplay`, the same way.
- Windows (`WinsoundPlayback`): winsound.PlaySound(file, SND_FILENAME | SND_ASYNC). Not from
  memory: winsound refuses SND_MEMORY together with SND_ASYNC (RuntimeError).
- Otherwise `NoPlayback`.

Programs are started with QProcess.startDetached: the player runs as a grandchild that the
system reaps, so nothing here waits on it or leaves a zombie behind.
"""

from __future__ import annotations

import contextlib
import enum
import io
import logging
import math
import os
import shutil
import sys
import tempfile
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050  # the notes and their overtones stay under 2.5 kHz
DEFAULT_VOLUME = 60
# Full scale for the loudest cue at volume 100: well short of clipping, a chime not an alarm.
FULL_PEAK = 0.55 * 32767


class Cue(enum.Enum):
    BREAK_START = "break-start"
    STEP = "step"
    BREAK_END = "break-end"


@dataclass(frozen=True)
class _Note:
    frequency: float  # Hz
    start: float  # seconds from the beginning of the cue
    length: float  # seconds


@dataclass(frozen=True)
class _CueShape:
    notes: tuple[_Note, ...]
    loudness: float  # relative to FULL_PEAK


# Rising for "a break begins", one light tap for "next step", falling to rest for "done".
_SHAPES: dict[Cue, _CueShape] = {
    Cue.BREAK_START: _CueShape((_Note(659.25, 0.0, 0.45), _Note(880.0, 0.16, 0.5)), 1.0),
    Cue.STEP: _CueShape((_Note(783.99, 0.0, 0.2),), 0.6),
    Cue.BREAK_END: _CueShape(
        (_Note(783.99, 0.0, 0.4), _Note(659.25, 0.15, 0.4), _Note(523.25, 0.3, 0.6)), 1.0
    ),
}

_ATTACK_S = 0.008
_RELEASE_S = 0.015
_DECAY_S = 0.14  # time constant of the bell-like fade


def cue_duration(cue: Cue) -> float:
    """Seconds from the first sample to the last."""
    return max(note.start + note.length for note in _SHAPES[cue].notes)


def volume_gain(volume: int) -> float:
    """Amplitude factor for a volume of 0-100 (squared: see the module text)."""
    _check_volume(volume)
    return (volume / 100) ** 2


def _check_volume(volume: int) -> None:
    if isinstance(volume, bool) or not isinstance(volume, int) or not 0 <= volume <= 100:
        raise ValueError(f"sound volume must be a whole number from 0 to 100, not {volume!r}")


def _samples(cue: Cue) -> list[float]:
    """The cue at unit peak amplitude."""
    total = round(cue_duration(cue) * SAMPLE_RATE)
    mix = [0.0] * total
    for note in _SHAPES[cue].notes:
        first = round(note.start * SAMPLE_RATE)
        count = min(round(note.length * SAMPLE_RATE), total - first)
        step = 2 * math.pi * note.frequency / SAMPLE_RATE
        for n in range(count):
            t = n / SAMPLE_RATE
            envelope = min(1.0, t / _ATTACK_S) * math.exp(-t / _DECAY_S)
            envelope *= min(1.0, (count - 1 - n) / (_RELEASE_S * SAMPLE_RATE))  # no click
            # A quiet octave overtone makes a sine sound like a soft bell rather than a beep.
            mix[first + n] += envelope * (math.sin(step * n) + 0.2 * math.sin(2 * step * n))
    peak = max(abs(s) for s in mix)
    return [s / peak for s in mix]


def synthesize(cue: Cue, volume: int) -> bytes:
    """The cue as a WAV file (16-bit mono, SAMPLE_RATE) at `volume` 0-100."""
    scale = FULL_PEAK * _SHAPES[cue].loudness * volume_gain(volume)
    pcm = array("h", (round(s * scale) for s in _samples(cue)))
    if sys.byteorder == "big":
        pcm.byteswap()  # WAV is little-endian
    import wave  # loaded when a cue is first made, not with the app

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())
    return buffer.getvalue()


# -- playing -----------------------------------------------------------------------------------


class Playback(Protocol):
    name: str

    def play(self, wav: Path) -> bool:
        """Start playing the file and return at once: True when playing began."""
        ...


class NoPlayback:
    name = "none"

    def play(self, wav: Path) -> bool:
        return False


class CommandPlayback:
    """A command-line player, started detached (see the module text)."""

    def __init__(self, argv: Sequence[str]) -> None:
        self.argv = list(argv)
        self.name = Path(self.argv[0]).name

    def play(self, wav: Path) -> bool:
        from backbreak.qt import QtCore

        started, _pid = QtCore.QProcess.startDetached(self.argv[0], [*self.argv[1:], str(wav)])
        if not started:
            log.info("could not start %s", self.argv[0])
        return bool(started)


class WinsoundPlayback:
    name = "winsound"

    def __init__(self, winsound: Any) -> None:
        self._winsound = winsound

    def play(self, wav: Path) -> bool:
        ws = self._winsound
        try:
            ws.PlaySound(str(wav), ws.SND_FILENAME | ws.SND_ASYNC | ws.SND_NODEFAULT)
        except RuntimeError as error:  # no sound device, or the driver refused
            log.info("winsound: %s", error)
            return False
        return True


# (program, arguments before the file), first found wins.
LINUX_PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pw-play", ()),
    ("paplay", ()),
    ("aplay", ("-q",)),
)
MAC_PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (("afplay", ()),)


def detect_playback(
    environ: Mapping[str, str] = os.environ, *, platform: str = sys.platform
) -> Playback:
    if platform == "win32":
        import importlib

        return WinsoundPlayback(importlib.import_module("winsound"))
    players = MAC_PLAYERS if platform == "darwin" else LINUX_PLAYERS
    for program, arguments in players:
        found = shutil.which(program, path=environ.get("PATH"))
        if found is not None:
            chosen: Playback = CommandPlayback([found, *arguments])
            break
    else:
        chosen = NoPlayback()
    log.info("sound cues through: %s", chosen.name)
    return chosen


class SoundPlayer:
    """Plays cues at the person's volume, or not at all when sound is off.

    folder: where the WAV files go (backbreak's runtime folder, e.g. paths.runtime_dir /
    "sounds"); each cue is written once per volume. A failure to write is logged, never
    raised: a missing chime is not worth an error dialog.
    """

    def __init__(
        self,
        playback: Playback,
        folder: Path,
        *,
        enabled: bool = True,
        volume: int = DEFAULT_VOLUME,
    ) -> None:
        _check_volume(volume)
        self.playback = playback
        self.folder = folder
        self.enabled = enabled
        self._volume = volume

    @property
    def volume(self) -> int:
        return self._volume

    @volume.setter
    def volume(self, volume: int) -> None:
        _check_volume(volume)
        self._volume = volume

    def play(self, cue: Cue) -> bool:
        """Start playing the cue; True when a player was started (it plays on by itself)."""
        if not self.enabled or self._volume == 0 or isinstance(self.playback, NoPlayback):
            return False
        try:
            wav = self.file_for(cue)
        except OSError as error:
            log.warning("cannot write the %s sound to %s: %s", cue.value, self.folder, error)
            return False
        return self.playback.play(wav)

    def file_for(self, cue: Cue) -> Path:
        """The cue's WAV file at the current volume, written now if it is not there yet."""
        target = self.folder / f"{cue.value}-{self._volume}.wav"
        if not target.is_file():
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _replace(target, synthesize(cue, self._volume))
            # Files of other volumes for this cue are of no more use.
            for old in self.folder.glob(f"{cue.value}-*.wav"):
                if old != target:
                    with contextlib.suppress(OSError):
                        old.unlink()
        return target


def _replace(target: Path, data: bytes) -> None:
    """Write via a temporary file, so a player never reads half a file."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        Path(name).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(name).unlink()
        raise


__all__ = [
    "DEFAULT_VOLUME",
    "SAMPLE_RATE",
    "CommandPlayback",
    "Cue",
    "NoPlayback",
    "Playback",
    "SoundPlayer",
    "WinsoundPlayback",
    "cue_duration",
    "detect_playback",
    "synthesize",
    "volume_gain",
]
