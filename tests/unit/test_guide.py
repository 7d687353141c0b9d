"""The break's script: where a guided break is at each second, stepped with plain numbers."""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backbreak.core.exercises import AT_DESK, Exercise, Routine, load_library
from backbreak.core.guide import Guide, Picker
from backbreak.core.planner import BreakKind
from backbreak.paths import assets_dir

LIBRARY, _ = load_library(assets_dir())


def get_exercise(exercise_id: str) -> Exercise:
    found = LIBRARY.exercise(exercise_id)
    assert found is not None
    return found


def test_an_exercise_starts_with_getting_ready_then_plays_every_round() -> None:
    tuck = get_exercise("chin-tuck")  # 10 rounds of: tuck and hold 5 s, let go 2 s
    guide = Guide.for_practice(tuck)
    assert guide.total_seconds == pytest.approx(tuck.seconds())
    first = guide.at(0.0)
    assert first.getting_ready and first.segment.exercise is tuck
    hold = guide.at(tuck.setup_seconds + 0.5)
    assert hold.segment.step_index == 0 and hold.segment.round == 1
    assert hold.step_seconds_left == 5
    assert hold.seconds_left == round(tuck.seconds() - tuck.setup_seconds)
    last_round = guide.at(guide.total_seconds - 0.1)
    assert last_round.segment.round == 10 and last_round.segment.step_index == 1
    assert not last_round.finished
    assert guide.at(guide.total_seconds).finished
    assert guide.at(guide.total_seconds + 60).seconds_left == 0


def test_a_counted_step_counts_repetitions() -> None:
    counted = next(e for e in LIBRARY.exercises if any(s.reps for s in e.steps))
    guide = Guide.for_practice(counted)
    segment = next(s for s in guide.segments if s.step is not None and s.step.reps)
    step = segment.step
    assert step is not None and step.reps is not None
    assert guide.at(segment.start).rep == 1
    assert guide.at(segment.start + step.seconds_each * 2.5).rep == 3
    assert guide.at(segment.end - 0.01).rep == step.reps


def test_a_routine_plays_its_exercises_in_order_with_their_rounds() -> None:
    routine = next(r for r in LIBRARY.routines if len(r.items) >= 3)
    assert isinstance(routine, Routine)
    guide = Guide.for_practice(routine)
    assert guide.total_seconds == pytest.approx(routine.seconds())
    order = [s.exercise.id for s in guide.segments if s.step_index is None]
    assert order == [item.exercise.id for item in routine.items]
    for segment in guide.segments:
        assert segment.items == len(routine.items)
        assert segment.rounds == routine.items[segment.item].rounds


def test_the_offered_preview_loops_the_first_round_without_getting_ready() -> None:
    guide = Guide.for_practice(get_exercise("cat-cow"))
    for seconds in (0.0, 3.3, 40.0, 1000.0):
        moment = guide.preview_at(seconds)
        assert not moment.getting_ready and moment.segment.round == 1


@given(st.floats(min_value=-10, max_value=400, allow_nan=False))
def test_time_left_never_grows_and_progress_stays_in_bounds(seconds: float) -> None:
    guide = Guide.for_practice(LIBRARY.routines[0])
    now, later = guide.at(seconds), guide.at(seconds + 0.7)
    assert later.seconds_left <= now.seconds_left
    assert 0.0 <= now.progress <= later.progress <= 1.0
    assert 0.0 <= now.seconds_in <= now.segment.duration


def test_the_picker_fills_micro_and_long_breaks_and_does_not_repeat_the_last_few() -> None:
    picker = Picker(LIBRARY, AT_DESK, Random(7))
    micro = [picker.pick(BreakKind.MICRO) for _ in range(6)]
    assert all(g is not None and 20 <= g.total_seconds <= 40 for g in micro)
    ids = [g.practice_id for g in micro if g is not None]
    for i in range(len(ids)):
        assert ids[i] not in ids[max(0, i - AT_DESK.no_repeat) : i]
    long = picker.pick(BreakKind.LONG)
    assert long is not None and 180 <= long.total_seconds <= 300
    # At a desk, nothing asks the person onto the floor.
    for guide in (*micro, long):
        assert guide is not None
        for exercise in guide.exercises:
            assert set(exercise.positions) & set(AT_DESK.positions)


def test_still_for_says_how_long_a_held_stretch_keeps_its_pose() -> None:
    from backbreak.core.exercises import still_for

    tuck = get_exercise("chin-tuck")  # step 1: glide back in 1.2 s, then hold until 5 s
    assert still_for(tuck, 0, 0.5) == 0.0  # gliding
    assert still_for(tuck, 0, 2.0) == pytest.approx(3.0)  # held until the step ends
    assert still_for(tuck, 0, 4.9) == pytest.approx(0.1)
    breathing = next(e for e in LIBRARY.exercises if e.animation.breathing)
    assert still_for(breathing, 0, 1.0) == 0.0  # the chest always moves with the breath


def test_a_routine_gives_time_to_get_to_a_wall_or_down_to_the_floor() -> None:
    from backbreak.core.exercises import PLACE_CHANGE_SECONDS

    library = LIBRARY
    for routine in library.routines:
        guide = Guide.for_practice(routine)
        # What the routine says it lasts (and is checked against its use) is what runs.
        assert guide.total_seconds == pytest.approx(routine.seconds())
    chest = library.get("long-chest-opener")
    assert chest is not None
    setups = {
        s.exercise.id: s.duration for s in Guide.for_practice(chest).segments if s.step is None
    }
    # Wall angels (at a wall) come first; then down onto the floor with a roller.
    assert setups["thoracic-extension"] == PLACE_CHANGE_SECONDS
    # Staying on the floor needs no more than the exercise's own time to settle.
    floor = library.exercise("childs-pose-arms-back")
    assert floor is not None
    assert setups["childs-pose-arms-back"] == floor.setup_seconds
