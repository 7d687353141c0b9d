"""Pack files a person (or a downloaded pack) can give us (issue 12, item 8): only regular
files are read, with the size capped while reading; a file that fails in any way is skipped
and reported, the rest of the pack still loads; a pack of thousands of files is read only
up to a bound."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from backbreak.core import exercises as ex
from backbreak.paths import assets_dir

BASE, _ = ex.load_library(assets_dir())
GOOD = (assets_dir() / "exercises" / "chin-tuck.toml").read_text()


def good_exercise(pack: Path, exercise_id: str) -> Path:
    path = pack / "exercises" / f"{exercise_id}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD.replace('id = "chin-tuck"', f'id = "{exercise_id}"'))
    return path


def load_in_thread(
    pack: Path, timeout: float = 20.0
) -> tuple[ex.Library, tuple[ex.PackError, ...]]:
    """Load with a deadline: a load that hangs (a FIFO) fails the test instead of the run."""
    result: list[tuple[ex.Library, tuple[ex.PackError, ...]]] = []
    worker = threading.Thread(
        target=lambda: result.append(ex.load_library(pack, BASE)), daemon=True
    )
    worker.start()
    worker.join(timeout)
    assert result, "loading the pack did not finish"
    return result[0]


def messages(errors: tuple[ex.PackError, ...]) -> dict[str, str]:
    return {error.file: error.problem for error in errors}


def test_a_fifo_is_reported_not_read(tmp_path: Path) -> None:
    good_exercise(tmp_path, "my-tuck")
    os.mkfifo(tmp_path / "exercises" / "x.toml")
    library, errors = load_in_thread(tmp_path)
    assert "not a regular file" in messages(errors)["exercises/x.toml"]
    assert library.exercise("my-tuck") is not None


def test_a_link_to_an_endless_device_is_reported_not_read(tmp_path: Path) -> None:
    good_exercise(tmp_path, "my-tuck")
    (tmp_path / "exercises" / "zero.toml").symlink_to("/dev/zero")
    started = time.monotonic()
    library, errors = load_in_thread(tmp_path)
    assert time.monotonic() - started < 5
    assert "not a regular file" in messages(errors)["exercises/zero.toml"]
    assert library.exercise("my-tuck") is not None


def test_a_large_file_is_refused_after_reading_at_most_the_cap(tmp_path: Path) -> None:
    good_exercise(tmp_path, "my-tuck")
    (tmp_path / "exercises" / "big.toml").write_bytes(b"# " + b"x" * (ex.MAX_FILE_BYTES + 10))
    library, errors = load_in_thread(tmp_path)
    assert "larger than" in messages(errors)["exercises/big.toml"]
    assert library.exercise("my-tuck") is not None


@pytest.mark.parametrize(
    "text",
    [
        "x = " + "[" * 2000 + "]" * 2000 + "\n",
        "x = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n",
    ],
    ids=["arrays", "inline-tables"],
)
def test_a_deeply_nested_file_skips_that_file_only(tmp_path: Path, text: str) -> None:
    good_exercise(tmp_path, "my-tuck")
    (tmp_path / "exercises" / "deep.toml").write_text(text)
    (tmp_path / "routines").mkdir()
    (tmp_path / "routines" / "deep.toml").write_text(text)
    library, errors = load_in_thread(tmp_path)
    assert "too deeply" in messages(errors)["exercises/deep.toml"]
    assert "too deeply" in messages(errors)["routines/deep.toml"]
    assert library.exercise("my-tuck") is not None
    assert len(library.exercises) == len(BASE.exercises) + 1


def test_anything_the_checks_raise_skips_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good_exercise(tmp_path, "my-tuck")
    good_exercise(tmp_path, "other-tuck")
    from backbreak.core.exercises import packs

    original = packs._parse_exercise

    def parse(check: object, data: dict[str, object], stem: str) -> object:
        if stem == "other-tuck":
            raise RecursionError("maximum recursion depth exceeded")
        return original(check, data, stem)  # type: ignore[arg-type]

    monkeypatch.setattr(packs, "_parse_exercise", parse)
    library, errors = load_in_thread(tmp_path)
    assert "RecursionError" in messages(errors)["exercises/other-tuck.toml"]
    assert library.exercise("my-tuck") is not None


def test_a_pack_of_thousands_of_files_is_read_up_to_a_bound(tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    folder.mkdir()
    for number in range(ex.MAX_PACK_FILES + 200):
        (folder / f"f{number:05d}.toml").write_text("not = [valid\n")
    started = time.monotonic()
    _library, errors = load_in_thread(tmp_path)
    assert time.monotonic() - started < 10
    found = messages(errors)
    assert f"only the first {ex.MAX_PACK_FILES}" in found["exercises"]
    assert len(errors) == ex.MAX_PACK_FILES + 1


def test_a_pack_larger_than_the_budget_stops_reading_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    folder.mkdir()
    filler = b"# " + b"x" * (ex.MAX_FILE_BYTES - 10) + b"\n"
    count = ex.MAX_PACK_BYTES // len(filler) + 3
    assert count < ex.MAX_PACK_FILES
    for number in range(count):
        (folder / f"f{number:03d}.toml").write_bytes(filler)
    _library, errors = load_in_thread(tmp_path)
    assert any("were not read" in error.problem for error in errors)
    assert len({error.file for error in errors}) < count
