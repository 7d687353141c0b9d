"""Which exercise a break shows: what fits where the person is, their focus, favourites and
exclusions, and what they saw recently, with an injected random generator."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from random import Random

from backbreak.core.exercises.library import Exercise, Library, Practice, Routine
from backbreak.core.exercises.vocabulary import (
    DESK_POSITIONS,
    MICRO_SECONDS,
    Equipment,
    Position,
    Region,
    Use,
)
from backbreak.core.planner import BreakKind

# ---------------------------------------------------------------------------------------------
# Choosing what a break shows


@dataclass(frozen=True)
class Setting:
    """What the person allows where they are, and what they like."""

    positions: frozenset[Position] = DESK_POSITIONS
    equipment: frozenset[Equipment] = frozenset({Equipment.CHAIR, Equipment.WALL})
    focus: frozenset[Region] = frozenset()
    favourites: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()
    no_repeat: int = 3  # none of the last this many is shown again (while others fit)


AT_DESK = Setting()

# How much likelier a favourite is than another candidate that fits equally well.
FAVOURITE_WEIGHT = 4.0
# Region rotation avoids the main regions of this many recent breaks.
ROTATE_OVER = 2


def fits(exercise: Exercise, setting: Setting) -> bool:
    return (
        exercise.id not in setting.excluded
        and any(position in setting.positions for position in exercise.positions)
        and all(item in setting.equipment for item in exercise.equipment)
    )


def candidates(library: Library, kind: BreakKind, setting: Setting) -> tuple[Practice, ...]:
    """Everything that may fill a break of `kind` here: micro breaks take single exercises
    and micro routines of 20-40 s, long breaks take long routines (3-5 min)."""
    found: list[Practice] = []
    if kind is BreakKind.MICRO:
        low, high = MICRO_SECONDS
        found.extend(
            e for e in library.exercises if low <= e.seconds() <= high and fits(e, setting)
        )
    wanted = Use.MICRO if kind is BreakKind.MICRO else Use.LONG
    found.extend(
        r
        for r in library.routines
        if r.use is wanted
        and r.id not in setting.excluded
        and all(fits(item.exercise, setting) for item in r.items)
    )
    return tuple(sorted(found, key=lambda practice: practice.id))


def describe(practice: Practice) -> dict[str, object]:
    """What `backbreak exercise list --json` says of an exercise or routine, for scripts.

    use: what kind of break it can fill: "micro" for an exercise of micro-break length,
    a routine's own use, or None for an exercise that only comes within routines."""
    use: str | None
    if isinstance(practice, Routine):
        exercises = [item.exercise for item in practice.items]
        kind, use = "routine", practice.use.value
    else:
        exercises = [practice]
        low, high = MICRO_SECONDS
        kind = practice.kind.value
        use = Use.MICRO.value if low <= practice.seconds() <= high else None
    return {
        "id": practice.id,
        "type": "routine" if isinstance(practice, Routine) else "exercise",
        "name": practice.name,
        "kind": kind,
        "positions": _each_once(p.value for e in exercises for p in e.positions),
        "equipment": _each_once(q.value for e in exercises for q in e.equipment),
        "regions": [region.value for region in practice.regions],
        "seconds": round(practice.seconds(), 1),
        "use": use,
    }


def _each_once(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def choose(
    library: Library,
    kind: BreakKind,
    setting: Setting,
    recent: Sequence[str],
    rng: Random,
) -> Practice | None:
    """What the next break shows, or None when nothing fits (everything excluded, say).

    `recent` holds the ids shown before, oldest first. In order: drop the last
    `setting.no_repeat` (if that leaves nothing, keep what was shown longest ago); for a long
    break, keep the routines not in `recent` at all, if any; keep those
    touching a focus region, if any do; keep those whose main region differs from the main
    regions of the last ROTATE_OVER breaks, or failing that from the last one; then draw one,
    favourites FAVOURITE_WEIGHT times likelier.

    Rotation looks at main regions only: nearly every exercise here also works the upper back,
    and avoiding every region the last break touched would leave the upper back out for good."""
    pool = list(candidates(library, kind, setting))
    if not pool:
        return None
    recent_set = set(recent[-setting.no_repeat :]) if setting.no_repeat > 0 else set()
    fresh = [p for p in pool if p.id not in recent_set]
    if fresh:
        pool = fresh
    else:
        last_seen = {practice_id: i for i, practice_id in enumerate(recent)}
        oldest = min(last_seen.get(p.id, -1) for p in pool)
        pool = [p for p in pool if last_seen.get(p.id, -1) == oldest]
    if kind is BreakKind.LONG:
        # Long breaks come a few times a day: none of the recent ones again (the memory
        # covers more than a working day) while another fits.
        remembered = set(recent)
        pool = _prefer(pool, lambda p: p.id not in remembered)
    pool = _prefer(pool, lambda p: bool(setting.focus.intersection(p.regions)))
    shown = _last_known(library, recent, ROTATE_OVER)
    if shown:
        main_regions = {practice.primary_region for practice in shown}
        pool = _prefer(pool, lambda p: p.primary_region not in main_regions)
        pool = _prefer(pool, lambda p: p.primary_region is not shown[0].primary_region)
    weights = [FAVOURITE_WEIGHT if p.id in setting.favourites else 1.0 for p in pool]
    return rng.choices(pool, weights=weights)[0]


def _prefer(pool: list[Practice], test: Callable[[Practice], bool]) -> list[Practice]:
    kept = [p for p in pool if test(p)]
    return kept or pool


def _last_known(library: Library, recent: Sequence[str], count: int) -> list[Practice]:
    """The last `count` practices of `recent` that the library still has, newest first."""
    found: list[Practice] = []
    for practice_id in reversed(recent):
        practice = library.get(practice_id)
        if practice is not None:
            found.append(practice)
            if len(found) == count:
                break
    return found
