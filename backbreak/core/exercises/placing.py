"""Placing the body in the world: what rests on the floor or a wall stays there (the root
for the body's contacts, a two-bone reach for a hand or forearm), and what the card draws
(`step_points`). assets/exercises/README.md describes the rules."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from backbreak.core.exercises.body import (
    FOOT,
    FOREARM,
    HAND,
    HEAD_RADIUS,
    SHIN,
    SIDES,
    UPPER_ARM,
    Point,
    Pose,
    _Vec,
    mirrored,
    project,
    with_breath,
    world_points,
)
from backbreak.core.exercises.library import Animation, Exercise, Surface
from backbreak.core.exercises.playing import (
    _step_progress,
    setup_pose,
    step_is_mirrored,
    step_pose,
)
from backbreak.core.exercises.vocabulary import View

# ---------------------------------------------------------------------------------------------
# Contacts: what rests on the floor


# Points that can rest on the floor. The legs, the trunk and the head place the whole body
# (the root goes down until they touch); a wrist is reached for by its arm (two bones, the
# elbow bending in the plane it already bends in), and the hand then lies flat.
ROOT_CONTACT_POINTS: tuple[str, ...] = (
    "pelvis",
    "waist",
    "chest",
    "neck_base",
    "head_center",
    *(f"{part}_{side}" for part in ("knee", "ankle", "toe", "elbow") for side in SIDES),
)
REACH_CONTACT_POINTS: tuple[str, ...] = tuple(f"wrist_{side}" for side in SIDES)
CONTACT_POINTS = ROOT_CONTACT_POINTS + REACH_CONTACT_POINTS
# How high a resting point's centre is above the floor: the spine of a trunk lying on its
# back is half the trunk's depth up (as the card draws it), the head's centre its radius; a
# joint of a limb lies on the floor line.
REST_HEIGHT: Mapping[str, float] = {
    "pelvis": 0.06,
    "waist": 0.06,
    "chest": 0.06,
    "neck_base": 0.06,
    "head_center": HEAD_RADIUS,
}


def _other_side(name: str) -> str:
    if name.endswith("_left"):
        return name[: -len("left")] + "right"
    if name.endswith("_right"):
        return name[: -len("right")] + "left"
    return name


def step_time(exercise: Exercise, index: int, seconds: float) -> float:
    """Where on the animation's time axis the figure is `seconds` into step `index`."""
    step = exercise.steps[index]
    start, end = step.frames
    return start + (end - start) * _step_progress(step, seconds)


def contacts_at(exercise: Exercise, t: float, mirror: bool) -> tuple[str, ...]:
    """The points resting on the floor at time `t` of the animation (their other-side names
    for a mirrored step)."""
    return _resting(exercise.animation, t, mirror)


def walls_at(exercise: Exercise, t: float, mirror: bool) -> dict[str, Surface]:
    """The points resting on a wall at time `t` of the animation, and which wall."""
    return {
        name: surface
        for name, _since, surface in _holding(exercise.animation, t, mirror)
        if surface is not Surface.FLOOR
    }


def _resting(animation: Animation, t: float, mirror: bool) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            name
            for name, _since, surface in _holding(animation, t, mirror)
            if surface is Surface.FLOOR
        )
    )


def _holding(
    animation: Animation, t: float, mirror: bool, *, sliding: bool = True
) -> list[tuple[str, float, Surface]]:
    """(point, since when it rests, on what) for every contact holding at time `t` (with
    `sliding` false, only the ones held in place)."""
    return [
        (
            _other_side(name) if mirror else name,
            contact.start,
            contact.surface.mirrored if mirror else contact.surface,
        )
        for contact in animation.contacts
        if sliding or not contact.slides
        if contact.holds_at(t)
        for name in contact.points
    ]


def anchors_at(exercise: Exercise, t: float, mirror: bool) -> dict[str, _Vec]:
    """Where each point resting at time `t` was put down: it stays there. The body slides
    over the floor to keep its knees (or back, or feet) where they were, and a hand on the
    mat does not slide about while the body moves over it."""
    table = exercise.animation.put_down
    anchors: dict[str, _Vec] = {}
    for name, since, _surface in _holding(exercise.animation, t, mirror, sliding=False):
        found = table.get((name, since, mirror))
        if found is not None and name not in anchors:
            anchors[name] = found
    return anchors


def _put_down_table(animation: Animation) -> dict[tuple[str, float, bool], _Vec]:
    """`anchors_at`, worked out from the poses once, when the pack is read: each resting
    point where the body brought it when its contact began, the body itself held in place by
    the floor contacts already holding then (and, for a hand or a forearm, by the ones
    beginning with it)."""
    placed: dict[tuple[float, bool, bool], dict[str, _Vec]] = {}

    def placed_at(since: float, mirror: bool, limb: bool) -> dict[str, _Vec]:
        key = (since, mirror, limb)
        if key not in placed:
            pose = animation.pose_at(since)
            if mirror:
                pose = mirrored(pose)
            if animation.breathing:
                pose = with_breath(pose, 0.5)
            anchors = body_anchors(since, mirror, including_now=limb)
            placed[key] = standing_points(pose, _resting(animation, since, mirror), anchors)
        return placed[key]

    def body_anchors(t: float, mirror: bool, *, including_now: bool) -> dict[str, _Vec]:
        anchors: dict[str, _Vec] = {}
        for name, since, surface in _holding(animation, t, mirror, sliding=False):
            if surface is not Surface.FLOOR or name in REACH_CONTACT_POINTS:
                continue
            if since < t or (including_now and since == t):
                at = placed_at(since, mirror, False)[name]
                anchors.setdefault(name, (at[0], 0.0, at[2]))
        return anchors

    table: dict[tuple[str, float, bool], _Vec] = {}
    for contact in animation.contacts:
        if contact.slides:
            continue
        for mirror in (False, True):
            for point in contact.points:
                name = _other_side(point) if mirror else point
                limb = name in REACH_CONTACT_POINTS or contact.surface is not Surface.FLOOR
                at = placed_at(contact.start, mirror, limb)[name]
                on_floor = contact.surface is Surface.FLOOR
                table.setdefault(
                    (name, contact.start, mirror),
                    (at[0], 0.0, at[2]) if on_floor else at,
                )
    return table


def _sub(a: _Vec, b: _Vec) -> _Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _length(v: _Vec) -> float:
    return math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])


def _scaled(v: _Vec, k: float) -> _Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def _plus(a: _Vec, b: _Vec) -> _Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _reach(
    points: dict[str, _Vec],
    side: str,
    target: _Vec,
    *,
    elbow_on: tuple[int, float, _Vec] | None = None,
) -> None:
    """Two-bone reach: move the elbow and wrist of one arm so the wrist lands on `target`
    (or as near as the arm's length allows). The elbow bends in the plane it already bends
    in, or, with `elbow_on` (a world axis, the wall's place along it, and where the elbow
    was put), stays on that wall as near that place as the arm allows. A hand on the floor
    is laid flat the way it pointed; on a wall it goes on in line with the forearm."""
    shoulder = points[f"shoulder_{side}"]
    elbow = points[f"elbow_{side}"]
    wrist = points[f"wrist_{side}"]
    hand = points[f"hand_{side}"]
    to_target = _sub(target, shoulder)
    distance = _length(to_target)
    if distance < 1e-9:
        return
    axis = _scaled(to_target, 1.0 / distance)
    reach = min(max(distance, abs(UPPER_ARM - FOREARM) + 1e-6), UPPER_ARM + FOREARM - 1e-9)
    along = (UPPER_ARM**2 - FOREARM**2 + reach**2) / (2.0 * reach)
    out = math.sqrt(max(UPPER_ARM**2 - along**2, 0.0))
    middle = _plus(shoulder, _scaled(axis, along))
    bend = _sub(elbow, shoulder)
    pole = _sub(bend, _scaled(axis, _dot(bend, axis)))
    size = _length(pole)
    if size < 0.1 * UPPER_ARM:
        # (Nearly) straight before: it bends the way an elbow bends, not any way at all.
        give = _sub(points[f"elbow_give_{side}"], elbow)
        pole = _sub(give, _scaled(axis, _dot(give, axis)))
        size = _length(pole)
    pole = _scaled(pole, 1.0 / size) if size > 1e-9 else (0.0, 0.0, 0.0)
    new_elbow = _plus(middle, _scaled(pole, out))
    if elbow_on is not None:
        new_elbow = _elbow_on_wall(middle, axis, out, pole, elbow_on)
    elif new_elbow[1] < 0.0:
        # The elbow would go through the floor: bend it the way that lifts it.
        up = _sub((0.0, 1.0, 0.0), _scaled(axis, axis[1]))
        size = _length(up)
        if size > 1e-9:
            new_elbow = _plus(middle, _scaled(up, out / size))
    new_wrist = _plus(shoulder, _scaled(axis, reach))
    if elbow_on is not None:
        forearm = _sub(new_wrist, new_elbow)
        direction = _scaled(forearm, 1.0 / max(_length(forearm), 1e-9))
    else:
        flat = _sub(hand, wrist)
        flat = (flat[0], 0.0, flat[2])
        if _length(flat) < 1e-6:  # the hand hung straight down: lay it along the forearm
            forearm = _sub(new_wrist, new_elbow)
            flat = (forearm[0], 0.0, forearm[2])
        size = _length(flat)
        direction = _scaled(flat, 1.0 / size) if size > 1e-9 else (1.0, 0.0, 0.0)
    points[f"elbow_give_{side}"] = _plus(new_elbow, _sub(points[f"elbow_give_{side}"], elbow))
    points[f"elbow_{side}"] = new_elbow
    points[f"wrist_{side}"] = new_wrist
    points[f"hand_{side}"] = _plus(new_wrist, _scaled(direction, HAND))


def _dot(a: _Vec, b: _Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _cross(a: _Vec, b: _Vec) -> _Vec:
    return (
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    )


def _elbow_on_wall(
    middle: _Vec, axis: _Vec, radius: float, pole: _Vec, wall: tuple[int, float, _Vec]
) -> _Vec:
    """Where on its circle (centre `middle`, square to `axis`) the elbow meets the wall
    plane, nearest to where it was put; off the wall as little as can be if it cannot."""
    along, place, put = wall
    first = pole if _length(pole) > 0.5 else _unit_across(axis)
    second = _cross(axis, first)
    # The elbow's coordinate along the wall's axis is c + r (a cos u + b sin u).
    a, b = radius * first[along], radius * second[along]
    size = math.hypot(a, b)
    centre_at = math.atan2(b, a)
    if size < 1e-9:
        angles = [0.0]
    else:
        k = (place - middle[along]) / size
        if abs(k) <= 1.0:
            turn = math.acos(k)
            angles = [centre_at + turn, centre_at - turn]
        else:
            angles = [centre_at if k > 0 else centre_at + math.pi]
    candidates = [
        _plus(
            middle,
            _plus(
                _scaled(first, radius * math.cos(u)),
                _scaled(second, radius * math.sin(u)),
            ),
        )
        for u in angles
    ]
    return min(candidates, key=lambda e: _length(_sub(e, put)))


def _unit_across(axis: _Vec) -> _Vec:
    helper = (0.0, 1.0, 0.0) if abs(axis[1]) < 0.9 else (1.0, 0.0, 0.0)
    across = _cross(axis, helper)
    return _scaled(across, 1.0 / _length(across))


def _floor_under(points: Mapping[str, _Vec], side: str) -> _Vec:
    """Where a wrist not yet put down meets the floor: straight below it, or, if the arm
    cannot reach that far, as far out that way as it can."""
    shoulder, wrist = points[f"shoulder_{side}"], points[f"wrist_{side}"]
    out = (wrist[0] - shoulder[0], 0.0, wrist[2] - shoulder[2])
    across = _length(out)
    length = UPPER_ARM + FOREARM - 1e-6
    most = math.sqrt(max(length**2 - shoulder[1] ** 2, 0.0))
    if across <= most:
        return (wrist[0], 0.0, wrist[2])
    k = most / across
    return (shoulder[0] + out[0] * k, 0.0, shoulder[2] + out[2] * k)


def _lay_shin(points: dict[str, _Vec], side: str) -> None:
    """Lay one shin and foot flat on the floor from its knee, pointing the way it pointed."""
    knee = points[f"knee_{side}"]
    shin = _sub(points[f"ankle_{side}"], knee)
    flat = (shin[0], 0.0, shin[2])
    size = _length(flat)
    direction = _scaled(flat, 1.0 / size) if size > 1e-9 else (-1.0, 0.0, 0.0)
    on_floor = (knee[0], 0.0, knee[2])
    points[f"knee_{side}"] = on_floor
    points[f"ankle_{side}"] = _plus(on_floor, _scaled(direction, SHIN))
    points[f"toe_{side}"] = _plus(on_floor, _scaled(direction, SHIN + FOOT))


def standing_points(
    pose: Pose,
    contacts: Iterable[str] = (),
    anchors: Mapping[str, _Vec] | None = None,
    walls: Mapping[str, Surface] | None = None,
) -> dict[str, _Vec]:
    """The body placed in the world, the floor at height 0: lowered until the points in
    `contacts` that place the body (knees, feet, the trunk...) touch the floor, or, with none,
    until its lowest point does, and slid along the floor to keep those points at their
    `anchors`; then each wrist in `contacts` reaches for the floor: for its anchor, or
    straight down."""
    points = world_points(pose)
    wanted = tuple(contacts)
    fixed = anchors or {}
    # A knee and the toes of the same leg both down: kneeling, the shin flat on the floor.
    # The knee places the body; the shin is then laid along the floor.
    kneeling = [side for side in SIDES if {f"knee_{side}", f"toe_{side}"} <= set(wanted)]
    laid = {f"{part}_{side}" for side in kneeling for part in ("ankle", "toe")}
    root = [n for n in wanted if n in ROOT_CONTACT_POINTS and n not in laid]
    if root:
        lowest = min(points[n][1] - REST_HEIGHT.get(n, 0.0) for n in root)
    else:
        lowest = min(v[1] for v in points.values())
    pinned = [n for n in root if n in fixed]
    dx = sum(fixed[n][0] - points[n][0] for n in pinned) / len(pinned) if pinned else 0.0
    dz = sum(fixed[n][2] - points[n][2] for n in pinned) / len(pinned) if pinned else 0.0
    points = {n: (v[0] + dx, v[1] - lowest, v[2] + dz) for n, v in points.items()}
    for side in kneeling:
        _lay_shin(points, side)
    for name in wanted:
        if name in REACH_CONTACT_POINTS:
            side = name.rsplit("_", 1)[1]
            target = fixed.get(name) or _floor_under(points, side)
            _reach(points, side, target)
    for side in SIDES:
        # A forearm on a wall: the wrist stays where it was put, the elbow on the wall.
        wrist, elbow = f"wrist_{side}", f"elbow_{side}"
        on_wall = walls or {}
        if wrist in on_wall and wrist in fixed:
            surface = on_wall[wrist]
            put = fixed.get(elbow, points[elbow])
            plane = (surface.axis, put[surface.axis], put) if elbow in on_wall else None
            _reach(points, side, fixed[wrist], elbow_on=plane)
    return points


def placed_points(
    pose: Pose,
    view: View,
    contacts: Iterable[str] = (),
    anchors: Mapping[str, _Vec] | None = None,
) -> dict[str, Point]:
    """`standing_points` seen from `view`: what the card draws."""
    return _seen(standing_points(pose, contacts, anchors), view)


def _seen(
    placed: dict[str, _Vec],
    view: View,
    patch: Sequence[_Vec] = (),
    mirror: bool = False,
) -> dict[str, Point]:
    """Height 0 is the floor line; a camera that looks down sees no floor line but a patch of
    floor (`patch`, as the FLOOR_AREA points), and its picture rests on the lowest point."""
    if view.elevation == 0.0:
        return project(placed, view, mirror)
    placed.update(zip(FLOOR_AREA, patch, strict=False))
    points = project(placed, view, mirror)
    lowest = min(p.y for p in points.values())
    return {name: Point(p.x, p.y - lowest, p.depth) for name, p in points.items()}


# The wall a forearm rests on, corner by corner (a camera turned off the side view sees its
# face at a slant).
WALL_AREA: tuple[str, ...] = ("wall_0", "wall_1", "wall_2", "wall_3")
WALL_HEIGHT = 1.05
WALL_WIDTH = 0.9
# A forearm's centre line lies this far from the wall's face (half its thickness).
_FOREARM_HALF = 0.02


def _wall_corners(animation: Animation, mirror: bool) -> dict[str, _Vec]:
    """The wall of the animation's first wall contact, where the forearm was put on it."""
    for contact in animation.contacts:
        if contact.surface is Surface.FLOOR:
            continue
        surface = contact.surface.mirrored if mirror else contact.surface
        names = [_other_side(n) if mirror else n for n in contact.points]
        found = (animation.put_down.get((n, contact.start, mirror)) for n in names)
        put = [anchor for anchor in found if anchor is not None]
        if not put:
            continue
        axis = surface.axis
        # The face is just beyond the forearm, on the side away from the body.
        outward = (
            -1.0
            if surface is Surface.WALL_BEHIND
            else (1.0 if surface is Surface.WALL_LEFT else -1.0)
        )
        place = sum(p[axis] for p in put) / len(put) + outward * _FOREARM_HALF
        centre = sum(p[0 if axis == 2 else 2] for p in put) / len(put)
        half = WALL_WIDTH / 2
        corners: list[_Vec] = []
        for across, height in (
            (-half, 0.0),
            (half, 0.0),
            (half, WALL_HEIGHT),
            (-half, WALL_HEIGHT),
        ):
            if axis == 2:
                corners.append((centre + across, height, place))
            else:
                corners.append((place, height, centre + across))
        return dict(zip(WALL_AREA, corners, strict=True))
    return {}


# The patch of floor a camera that looks down shows under the figure, corner by corner.
FLOOR_AREA: tuple[str, ...] = ("floor_0", "floor_1", "floor_2", "floor_3")


def _floor_patch(animation: Animation) -> tuple[_Vec, ...]:
    """The floor under every keyframe (either side's), with a margin: placed once, so it
    stays put while the body moves over it."""
    xs: list[float] = []
    zs: list[float] = []
    for frame in animation.keyframes:
        for mirror in (False, True) if animation.mirror else (False,):
            pose = mirrored(frame.pose) if mirror else frame.pose
            for v in standing_points(pose, _resting(animation, frame.t, mirror)).values():
                xs.append(v[0])
                zs.append(v[2])
    margin = 0.12
    x0, x1, z0, z1 = (
        min(xs) - margin,
        max(xs) + margin,
        min(zs) - margin,
        max(zs) + margin,
    )
    return ((x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1))


def step_standing_points(exercise: Exercise, index: int, seconds: float) -> dict[str, _Vec]:
    """The body `seconds` into step `index`, posed and standing on its contacts, in the
    world's axes (height 0 is the floor)."""
    step = exercise.steps[index]
    t, mirror = step_time(exercise, index, seconds), step_is_mirrored(exercise, step)
    return _standing(exercise, step_pose(exercise, index, seconds), t, mirror)


def step_points(exercise: Exercise, index: int, seconds: float) -> dict[str, Point]:
    """The figure as the card draws it `seconds` into step `index`: posed, standing on its
    contacts, seen from the exercise's view."""
    mirror = step_is_mirrored(exercise, exercise.steps[index])
    return _drawn(exercise, step_standing_points(exercise, index, seconds), mirror)


def setup_points(exercise: Exercise) -> dict[str, Point]:
    """The still figure shown while the person gets into position."""
    first = exercise.steps[0]
    t, mirror = first.frames[0], step_is_mirrored(exercise, first)
    return _drawn(exercise, _standing(exercise, setup_pose(exercise), t, mirror), mirror)


def _standing(exercise: Exercise, pose: Pose, t: float, mirror: bool) -> dict[str, _Vec]:
    """`pose` at time `t` of the animation, standing on what rests at that time."""
    return standing_points(
        pose,
        contacts_at(exercise, t, mirror),
        anchors_at(exercise, t, mirror),
        walls_at(exercise, t, mirror),
    )


def _drawn(exercise: Exercise, placed: dict[str, _Vec], mirror: bool) -> dict[str, Point]:
    """Placed points with the side's wall, seen from the exercise's camera."""
    animation = exercise.animation
    placed.update(animation.walls.get(mirror, {}))
    return _seen(placed, animation.view, animation.floor, mirror)
