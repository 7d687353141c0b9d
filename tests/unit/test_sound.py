"""Sound cues: the synthesised WAV files as a player reads them, and which program plays
them. The players are tiny scripts on a temporary PATH that record what they were given
(real processes, started the way the app starts pw-play or aplay)."""

from __future__ import annotations

import io
import itertools
import time
import wave
from array import array
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from backbreak.platform.sound import (
    SAMPLE_RATE,
    CommandPlayback,
    Cue,
    NoPlayback,
    SoundPlayer,
    WinsoundPlayback,
    cue_duration,
    detect_playback,
    synthesize,
)


def read_wav(data: bytes) -> tuple[wave._wave_params, list[int]]:
    with wave.open(io.BytesIO(data), "rb") as wav:
        params = wav.getparams()
        samples = array("h", wav.readframes(params.nframes))
    return params, list(samples)


def peak(data: bytes) -> int:
    return max(abs(s) for s in read_wav(data)[1])


def pitch(samples: list[int], start_s: float, end_s: float) -> float:
    """The frequency in a stretch of the cue, from its zero crossings (the notes are sines
    with a weak octave, which adds no crossings)."""
    window = samples[round(start_s * SAMPLE_RATE) : round(end_s * SAMPLE_RATE)]
    crossings = sum(1 for a, b in itertools.pairwise(window) if (a < 0) != (b < 0))
    return crossings / 2 / (end_s - start_s)


@pytest.mark.parametrize("cue", list(Cue))
def test_each_cue_is_a_short_clean_wav(cue: Cue) -> None:
    params, samples = read_wav(synthesize(cue, 100))
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, SAMPLE_RATE)
    assert params.nframes == round(cue_duration(cue) * SAMPLE_RATE)
    assert 0.15 <= params.nframes / SAMPLE_RATE <= 1.0  # a cue, not a tune
    # Starts and ends at silence: no click.
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200
    assert max(abs(s) for s in samples) < 32767 * 0.6  # soft, far from clipping


def test_volume_scales_the_amplitude_and_zero_is_silence() -> None:
    loud = peak(synthesize(Cue.BREAK_START, 100))
    half = peak(synthesize(Cue.BREAK_START, 50))
    assert loud > 15000
    assert half == pytest.approx(loud / 4, abs=2)  # squared curve: about -12 dB
    assert peak(synthesize(Cue.BREAK_START, 10)) < loud / 50
    _, silent = read_wav(synthesize(Cue.BREAK_START, 0))
    assert set(silent) == {0}


def test_the_three_cues_sound_different() -> None:
    """Start rises, a step is one short note, the end falls."""
    _, start = read_wav(synthesize(Cue.BREAK_START, 100))
    assert pitch(start, 0.0, 0.15) == pytest.approx(659, rel=0.05)
    assert pitch(start, 0.47, 0.65) == pytest.approx(880, rel=0.05)

    _, step = read_wav(synthesize(Cue.STEP, 100))
    assert pitch(step, 0.0, 0.2) == pytest.approx(784, rel=0.05)
    assert len(step) < len(start) / 2
    assert peak(synthesize(Cue.STEP, 100)) < peak(synthesize(Cue.BREAK_START, 100))

    _, end = read_wav(synthesize(Cue.BREAK_END, 100))
    assert pitch(end, 0.0, 0.14) == pytest.approx(784, rel=0.05)
    assert pitch(end, 0.56, 0.9) == pytest.approx(523, rel=0.05)


@pytest.mark.parametrize("bad", [-1, 101, 50.5, True, "60"])
def test_a_volume_out_of_range_is_refused_by_name(tmp_path: Path, bad: Any) -> None:
    with pytest.raises(ValueError, match=r"sound volume must be a whole number from 0 to 100"):
        SoundPlayer(NoPlayback(), tmp_path, volume=bad)
    player = SoundPlayer(NoPlayback(), tmp_path)
    with pytest.raises(ValueError, match="0 to 100"):
        player.volume = bad
    assert player.volume == 60


# -- playing through a program ----------------------------------------------------------------


def fake_player(folder: Path, name: str, record: Path) -> None:
    script = folder / name
    script.write_text(f'#!/bin/sh\nprintf \'%s %s\\n\' "$(basename "$0")" "$*" >> \'{record}\'\n')
    script.chmod(0o755)


def recorded(record: Path, lines: int, timeout: float = 5.0) -> list[str]:
    """The record's lines once it has `lines` of them (the players run detached)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if record.exists() and len(record.read_text().splitlines()) >= lines:
            return record.read_text().splitlines()
        time.sleep(0.02)
    return record.read_text().splitlines() if record.exists() else []


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


def test_the_first_player_on_path_plays_the_file(tmp_path: Path, bin_dir: Path) -> None:
    record = tmp_path / "played.txt"
    fake_player(bin_dir, "aplay", record)
    fake_player(bin_dir, "paplay", record)
    playback = detect_playback({"PATH": str(bin_dir)}, platform="linux")
    assert isinstance(playback, CommandPlayback) and playback.name == "paplay"

    sounds = tmp_path / "sounds"
    SoundPlayer(playback, sounds, volume=80).play(Cue.BREAK_START)
    [line] = recorded(record, 1)
    program, wav = line.split(" ", 1)
    assert program == "paplay"
    assert Path(wav) == sounds / "break-start-80.wav"
    assert Path(wav).read_bytes() == synthesize(Cue.BREAK_START, 80)

    fake_player(bin_dir, "pw-play", record)  # PipeWire's own player comes first
    assert detect_playback({"PATH": str(bin_dir)}, platform="linux").name == "pw-play"


def test_aplay_is_told_to_be_quiet(tmp_path: Path, bin_dir: Path) -> None:
    record = tmp_path / "played.txt"
    fake_player(bin_dir, "aplay", record)
    playback = detect_playback({"PATH": str(bin_dir)}, platform="linux")
    SoundPlayer(playback, tmp_path / "sounds").play(Cue.STEP)
    [line] = recorded(record, 1)
    assert line.startswith("aplay -q ") and line.endswith("step-60.wav")


def test_macos_uses_afplay(tmp_path: Path, bin_dir: Path) -> None:
    record = tmp_path / "played.txt"
    fake_player(bin_dir, "afplay", record)
    fake_player(bin_dir, "paplay", record)
    playback = detect_playback({"PATH": str(bin_dir)}, platform="darwin")
    assert playback.name == "afplay"


def test_no_player_on_path_means_silence(tmp_path: Path, bin_dir: Path) -> None:
    playback = detect_playback({"PATH": str(bin_dir)}, platform="linux")
    assert isinstance(playback, NoPlayback)
    player = SoundPlayer(playback, tmp_path / "sounds")
    player.play(Cue.BREAK_END)
    assert not (tmp_path / "sounds").exists()  # nothing even written


def test_nothing_plays_while_sound_is_off(tmp_path: Path, bin_dir: Path) -> None:
    record = tmp_path / "played.txt"
    fake_player(bin_dir, "aplay", record)
    player = SoundPlayer(
        detect_playback({"PATH": str(bin_dir)}, platform="linux"), tmp_path / "sounds"
    )
    player.enabled = False
    assert not player.play(Cue.BREAK_START)
    player.enabled = True
    player.volume = 0
    assert not player.play(Cue.STEP)
    player.volume = 40
    assert player.play(Cue.BREAK_END)  # the only one that plays
    # Only one player was started (play() says so), so once its line is in, no other can
    # come: no need to wait and see.
    assert [line.rsplit("/", 1)[1] for line in recorded(record, 1)] == ["break-end-40.wav"]


def test_each_file_is_written_once_per_volume(tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    player = SoundPlayer(NoPlayback(), sounds)
    first = player.file_for(Cue.STEP)
    written = first.stat().st_mtime_ns
    assert player.file_for(Cue.STEP) == first
    assert first.stat().st_mtime_ns == written
    player.volume = 30
    second = player.file_for(Cue.STEP)
    assert second.name == "step-30.wav"
    assert not first.exists()  # the old volume's file is gone
    assert sorted(p.name for p in sounds.iterdir()) == ["step-30.wav"]


def test_a_folder_that_cannot_be_written_is_not_fatal(tmp_path: Path, bin_dir: Path) -> None:
    record = tmp_path / "played.txt"
    fake_player(bin_dir, "aplay", record)
    blocked = tmp_path / "sounds"
    blocked.write_text("a file where the folder should be")
    player = SoundPlayer(detect_playback({"PATH": str(bin_dir)}, platform="linux"), blocked)
    assert not player.play(Cue.STEP)  # logged, not raised, and no player started
    assert not record.exists()


def test_windows_plays_the_file_asynchronously_with_a_fake_winsound(tmp_path: Path) -> None:
    """winsound cannot run here: a stand-in records the call. Asynchronous play must name a
    file: winsound refuses SND_MEMORY with SND_ASYNC."""
    calls: list[tuple[str, int]] = []
    winsound = SimpleNamespace(
        SND_FILENAME=0x20000,
        SND_ASYNC=0x1,
        SND_NODEFAULT=0x2,
        SND_MEMORY=0x4,
        PlaySound=lambda sound, flags: calls.append((sound, flags)),
    )
    player = SoundPlayer(WinsoundPlayback(winsound), tmp_path / "sounds")
    player.play(Cue.BREAK_START)
    [(sound, flags)] = calls
    assert sound == str(tmp_path / "sounds" / "break-start-60.wav")
    assert flags & winsound.SND_ASYNC and flags & winsound.SND_FILENAME
    assert not flags & winsound.SND_MEMORY
