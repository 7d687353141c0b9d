"""Command-line values are checked before anything runs (issue 12, item 11: `exercise render
--fps nan` was a traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backbreak.cli.parser import MAX_FPS, MIN_FPS, build_parser


@pytest.mark.parametrize("fps", ["nan", "inf", "-inf", "0", "-1", "1e9", "abc", " "])
def test_render_refuses_frames_per_second_out_of_bounds(
    fps: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["exercise", "render", "chin-tuck", "--out", "x", f"--fps={fps}"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "frames per second" in error and "Traceback" not in error


@pytest.mark.parametrize("fps", [str(MIN_FPS), "4", "12.5", str(MAX_FPS)])
def test_render_takes_frames_per_second_within_bounds(fps: str) -> None:
    args = build_parser().parse_args(["exercise", "render", "x", "--out", "y", "--fps", fps])
    assert args.fps == float(fps)


def test_the_command_says_so_in_one_line() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "backbreak",
            "exercise",
            "render",
            "chin-tuck",
            "--out",
            "unused",
            "--fps=nan",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "frames per second" in result.stderr.splitlines()[-1]


def test_a_plain_start_goes_without_the_parser(tmp_path: Path) -> None:
    """`backbreak` as the login start runs it builds no parser before the tray icon (its
    twenty commands' words are for the other commands); here it finds an app already
    running and hands over."""
    script = (
        "import sys\n"
        "import backbreak.cli.main as cli\n"
        "cli._hand_over = lambda paths: True\n"
        "code = cli.main([])\n"
        "print(code, 'backbreak.cli.parser' in sys.modules)\n"
    )
    env = {"XDG_RUNTIME_DIR": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["0", "False"]
