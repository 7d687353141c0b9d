"""The desktop's reduced-motion preference, read through the real `gsettings` (a keyfile
backend in a temporary config folder, so the test machine's own settings are untouched) and
through a stand-in `kreadconfig5` program."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backbreak.platform.motion import desktop_prefers_reduced_motion


@pytest.fixture
def gnome(tmp_path: Path) -> dict[str, str]:
    if shutil.which("gsettings") is None:
        if os.environ.get("CI"):
            pytest.fail("gsettings (libglib2.0-bin) must be installed in CI")
        pytest.skip("gsettings is not installed (apt install libglib2.0-bin)")
    return dict(
        os.environ,
        XDG_CURRENT_DESKTOP="ubuntu:GNOME",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        GSETTINGS_BACKEND="keyfile",
    )


def gsettings_set(environ: dict[str, str], value: str) -> None:
    subprocess.run(
        ["gsettings", "set", "org.gnome.desktop.interface", "enable-animations", value],
        env=environ,
        check=True,
    )


def test_gnome_animations_off_means_reduced_motion(
    gnome: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("XDG_CONFIG_HOME", "GSETTINGS_BACKEND"):
        monkeypatch.setenv(key, gnome[key])  # the gsettings we start inherits them
    assert desktop_prefers_reduced_motion(gnome, platform="linux") is False
    gsettings_set(gnome, "false")
    assert desktop_prefers_reduced_motion(gnome, platform="linux") is True
    gsettings_set(gnome, "true")
    assert desktop_prefers_reduced_motion(gnome, platform="linux") is False


def test_kde_animation_speed_zero_means_reduced_motion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "kreadconfig5"
    program.write_text('#!/bin/sh\ncat "$(dirname "$0")/answer"\n')
    program.chmod(0o755)
    environ = {"XDG_CURRENT_DESKTOP": "KDE", "PATH": str(tmp_path)}
    (tmp_path / "answer").write_text("0\n")
    assert desktop_prefers_reduced_motion(environ, platform="linux") is True
    (tmp_path / "answer").write_text("1.5\n")
    assert desktop_prefers_reduced_motion(environ, platform="linux") is False


def test_an_unknown_desktop_keeps_motion_on(tmp_path: Path) -> None:
    assert not desktop_prefers_reduced_motion(
        {"XDG_CURRENT_DESKTOP": "Hyprland", "PATH": str(tmp_path)}, platform="linux"
    )
