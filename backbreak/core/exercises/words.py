"""The library's words in another language, laid over the English library.

assets/exercises/i18n/LANG.toml holds only words (names, summaries, set-ups, cautions, step
instructions, notes, the safety advice); timings, poses and everything else come from the
English files, which stay the one source of truth (the format: assets/exercises/i18n/
README.md). An exercise or routine whose words are missing, or do not fit its English shape
(another number of steps or cautions), stays in English rather than showing a wrong step:
`problems` names each one, and a test keeps the shipped languages complete.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backbreak.core.exercises.library import Exercise, Library, Routine, RoutineItem, Safety

log = logging.getLogger(__name__)


class WordsError(ValueError):
    """A words file that cannot be used at all (not a table of tables)."""


@dataclass(frozen=True)
class ExerciseWords:
    name: str
    summary: str
    setup: str
    cautions: tuple[str, ...]
    steps: tuple[str, ...]
    notes: str | None = None


@dataclass(frozen=True)
class RoutineWords:
    name: str
    summary: str
    notes: str | None = None


@dataclass(frozen=True)
class LibraryWords:
    exercises: Mapping[str, ExerciseWords]
    routines: Mapping[str, RoutineWords]
    safety: Safety | None = None


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise WordsError(f"{where}: {key} must be a non-empty string")
    return value


def _texts(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WordsError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value)


def _optional(table: Mapping[str, Any], key: str, where: str) -> str | None:
    return _text(table, key, where) if key in table else None


def _tables(document: Mapping[str, Any], key: str) -> Mapping[str, Mapping[str, Any]]:
    tables = document.get(key, {})
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise WordsError(f"[{key}] must hold one table per id")
    return tables


def read_words(document: Mapping[str, Any]) -> LibraryWords:
    """The words of a parsed LANG.toml; WordsError names the first thing wrong."""
    exercises = {
        id_: ExerciseWords(
            name=_text(table, "name", f"exercises.{id_}"),
            summary=_text(table, "summary", f"exercises.{id_}"),
            setup=_text(table, "setup", f"exercises.{id_}"),
            cautions=_texts(table, "cautions", f"exercises.{id_}"),
            steps=_texts(table, "steps", f"exercises.{id_}"),
            notes=_optional(table, "notes", f"exercises.{id_}"),
        )
        for id_, table in _tables(document, "exercises").items()
    }
    routines = {
        id_: RoutineWords(
            name=_text(table, "name", f"routines.{id_}"),
            summary=_text(table, "summary", f"routines.{id_}"),
            notes=_optional(table, "notes", f"routines.{id_}"),
        )
        for id_, table in _tables(document, "routines").items()
    }
    safety = None
    if "safety" in document:
        table = document["safety"]
        if not isinstance(table, dict):
            raise WordsError("[safety] must be a table")
        safety = Safety(
            title=_text(table, "title", "safety"),
            reminder=_text(table, "reminder", "safety"),
            points=_texts(table, "points", "safety"),
            red_flags=_text(table, "red_flags", "safety"),
        )
    return LibraryWords(exercises, routines, safety)


def _exercise_problem(exercise: Exercise, words: ExerciseWords | None) -> str | None:
    if words is None:
        return f"exercise {exercise.id}: no words"
    if len(words.steps) != len(exercise.steps):
        return f"exercise {exercise.id}: {len(words.steps)} steps for {len(exercise.steps)}"
    if len(words.cautions) != len(exercise.cautions):
        return (
            f"exercise {exercise.id}: {len(words.cautions)} cautions for {len(exercise.cautions)}"
        )
    if (words.notes is None) != (not exercise.notes):
        return f"exercise {exercise.id}: notes where the English has none, or none for its notes"
    return None


def _routine_problem(routine: Routine, words: RoutineWords | None) -> str | None:
    if words is None:
        return f"routine {routine.id}: no words"
    if (words.notes is None) != (not routine.notes):
        return f"routine {routine.id}: notes where the English has none, or none for its notes"
    return None


def problems(library: Library, words: LibraryWords) -> list[str]:
    """What in `library` these words leave in English, or do not fit; and words for ids
    the library does not have."""
    found = [_exercise_problem(e, words.exercises.get(e.id)) for e in library.exercises]
    found += [_routine_problem(r, words.routines.get(r.id)) for r in library.routines]
    if library.safety is not None:
        if words.safety is None:
            found.append("safety: no words")
        elif len(words.safety.points) != len(library.safety.points):
            found.append("safety: another number of points")
    known = {e.id for e in library.exercises} | {r.id for r in library.routines}
    found += [f"words for an unknown id: {id_}" for id_ in words.exercises if id_ not in known]
    found += [f"words for an unknown id: {id_}" for id_ in words.routines if id_ not in known]
    return [problem for problem in found if problem is not None]


def _exercise_in(exercise: Exercise, words: ExerciseWords) -> Exercise:
    return dataclasses.replace(
        exercise,
        name=words.name,
        summary=words.summary,
        setup=words.setup,
        cautions=words.cautions,
        steps=tuple(
            dataclasses.replace(step, instruction=text)
            for step, text in zip(exercise.steps, words.steps, strict=True)
        ),
        notes=words.notes or "",
    )


def in_words(library: Library, words: LibraryWords) -> Library:
    """`library` in these words; what does not fit (see `problems`) stays in English."""
    exercises = {
        e.id: _exercise_in(e, words.exercises[e.id])
        if _exercise_problem(e, words.exercises.get(e.id)) is None
        else e
        for e in library.exercises
    }
    routines = []
    for routine in library.routines:
        items = tuple(
            RoutineItem(exercises.get(item.exercise.id, item.exercise), item.rounds)
            for item in routine.items
        )
        said = words.routines.get(routine.id)
        if said is not None and _routine_problem(routine, said) is None:
            routine = dataclasses.replace(
                routine, name=said.name, summary=said.summary, notes=said.notes or ""
            )
        routines.append(dataclasses.replace(routine, items=items))
    safety = library.safety
    advice = words.safety
    if safety is not None and advice is not None and len(advice.points) == len(safety.points):
        safety = advice
    return Library(tuple(exercises.values()), tuple(routines), safety)


def in_language(library: Library, words_file: Path) -> Library:
    """The shipped library in the words of `words_file` (assets/exercises/i18n/LANG.toml);
    as it was when there is none. A file that cannot be read, or an exercise whose words do
    not fit, stays English (and the log says why): a wrong step would be worse than an
    English one."""
    import tomllib

    try:
        with words_file.open("rb") as file:
            words = read_words(tomllib.load(file))
    except FileNotFoundError:
        return library
    except (OSError, tomllib.TOMLDecodeError, WordsError) as error:
        log.error("exercise words in %s left out: %s", words_file, error)
        return library
    for problem in problems(library, words):
        log.error("exercise words in %s: %s", words_file, problem)
    return in_words(library, words)
