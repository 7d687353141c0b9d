"""`backbreak exercise list`, `render` and `preview` see what the app sees: backbreak's own
library with its routines, and the person's own pack (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backbreak.cli.main import main
from backbreak.paths import Paths, assets_dir


@pytest.fixture
def pack() -> Path:
    """A pack in the person's data folder: one exercise of their own, a routine using it
    and one of ours, and a routine that names an exercise nobody has."""
    folder = Paths.from_platform().user_pack_dir
    (folder / "exercises").mkdir(parents=True)
    (folder / "routines").mkdir()
    ours = (assets_dir() / "exercises" / "chin-tuck.toml").read_text()
    (folder / "exercises" / "my-tuck.toml").write_text(
        ours.replace('id = "chin-tuck"', 'id = "my-tuck"').replace(
            'name = "Chin tuck"', 'name = "My own tuck"'
        )
    )
    (folder / "routines" / "my-pair.toml").write_text(
        'id = "my-pair"\nname = "My pair"\nsummary = "Mine."\nuse = "micro"\n\n'
        '[[items]]\nexercise = "my-tuck"\nrounds = 1\n\n'
        '[[items]]\nexercise = "shoulder-blade-squeeze"\nrounds = 1\n'
    )
    (folder / "routines" / "broken.toml").write_text(
        'id = "broken"\nname = "Broken"\nsummary = "x"\nuse = "micro"\n\n'
        '[[items]]\nexercise = "no-such-exercise"\nrounds = 1\n'
    )
    return folder


def test_the_list_shows_the_routines_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercise", "list"]) == 0
    out = capsys.readouterr().out
    exercises, routines = out.split("\n\n")
    assert "chin-tuck" in exercises and "desk-posture-pair" not in exercises
    assert "desk-posture-pair" in routines and "Chin tuck and squeeze" in routines
    assert "long-calm" in routines


def test_the_list_shows_the_persons_pack_and_says_what_it_left_out(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["exercise", "list"]) == 0
    captured = capsys.readouterr()
    exercises, routines = captured.out.split("\n\n")
    assert any(
        "my-tuck" in line and "My own tuck (your pack)" in line for line in exercises.splitlines()
    )
    assert any("my-pair" in line and "(your pack)" in line for line in routines.splitlines())
    assert "broken" not in captured.out
    assert str(pack / "routines" / "broken.toml") in captured.err
    assert "no-such-exercise" in captured.err


def test_the_json_list_says_where_each_comes_from(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["exercise", "list", "--json"]) == 0
    source = {entry["id"]: entry["source"] for entry in json.loads(capsys.readouterr().out)}
    assert source["my-tuck"] == source["my-pair"] == "pack"
    assert source["chin-tuck"] == source["desk-posture-pair"] == "backbreak"


def test_render_draws_an_exercise_of_the_persons_pack(
    qtbot: QtBot, pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "frames"
    assert main(["exercise", "render", "my-tuck", "--out", str(out), "--fps", "0.5"]) == 0
    assert sorted(out.glob("my-tuck-*.png"))


def test_preview_finds_the_persons_routine(
    pack: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without a display, preview stops after finding the routine: an unknown one would be
    # "no exercise" and exit 2 before the display is looked at.
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert main(["exercise", "preview", "no-such-routine"]) == 2
    assert "no exercise" in capsys.readouterr().err
    assert main(["exercise", "preview", "my-pair"]) == 2
    assert "display" in capsys.readouterr().err
