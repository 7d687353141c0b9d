"""The exercises in other languages: the words ride on the English library (poses and
timings stay its own), and what does not fit stays English rather than showing a wrong step.
Every shipped language's words are complete."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from backbreak.core.exercises import Library, load_library
from backbreak.core.exercises.words import in_words, problems, read_words
from backbreak.core.language import shipped_languages
from backbreak.paths import assets_dir, exercise_words_file, i18n_dir


@pytest.fixture(scope="module")
def library() -> Library:
    found, trouble = load_library(assets_dir())
    assert not trouble
    return found


def test_words_replace_the_words_and_nothing_else(library: Library) -> None:
    cat_cow = library.exercise("cat-cow")
    document = {
        "exercises": {
            "cat-cow": {
                "name": "Katze-Kuh",
                "summary": "Rücken abwechselnd sinken lassen und runden.",
                "setup": "Vierfüßlerstand.",
                "cautions": ["Auf einer Matte knien."] * len(cat_cow.cautions),
                "steps": [f"Schritt {i}" for i, _ in enumerate(cat_cow.steps)],
            }
        }
    }
    translated = in_words(library, read_words(document))
    german = translated.exercise("cat-cow")
    assert german.name == "Katze-Kuh"
    assert [s.instruction for s in german.steps] == ["Schritt 0", "Schritt 1"]
    assert [s.seconds for s in german.steps] == [s.seconds for s in cat_cow.steps]
    assert german.animation is cat_cow.animation
    # Routines show the translated exercise; the rest stays English.
    for routine in translated.routines:
        for item in routine.items:
            if item.exercise.id == "cat-cow":
                assert item.exercise.name == "Katze-Kuh"
    assert translated.exercise("chin-tuck") == library.exercise("chin-tuck")
    assert "exercise chin-tuck: no words" in problems(library, read_words(document))


def test_words_that_do_not_fit_leave_the_exercise_in_english(library: Library) -> None:
    cat_cow = library.exercise("cat-cow")
    document = {
        "exercises": {
            "cat-cow": {
                "name": "Katze-Kuh",
                "summary": "s",
                "setup": "s",
                "cautions": list(cat_cow.cautions),
                "steps": ["nur ein Schritt"],  # the English has two
            }
        }
    }
    words = read_words(document)
    assert in_words(library, words).exercise("cat-cow") == cat_cow
    assert "exercise cat-cow: 1 steps for 2" in problems(library, words)


def _shipped() -> list[str]:
    codes = set(shipped_languages(i18n_dir())) - {"en"}
    codes |= {path.stem for path in (assets_dir() / "exercises" / "i18n").glob("*.toml")}
    return sorted(codes)


@pytest.mark.parametrize("language", _shipped())
def test_every_shipped_language_has_all_the_exercises_words(
    library: Library, language: str
) -> None:
    path: Path = exercise_words_file(language)
    assert path.is_file(), f"{language} ships a catalogue but no exercise words"
    with path.open("rb") as file:
        words = read_words(tomllib.load(file))
    assert problems(library, words) == []
