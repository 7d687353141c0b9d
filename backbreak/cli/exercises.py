"""`backbreak exercise list` and `backbreak exercise render ID --out DIR`: look at the library.

`render` writes PNG frames of an exercise's animation, step by step, so every movement can
be checked by eye (and by the tests) without a display.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.core.exercises import (
    Exercise,
    Library,
    Point,
    Practice,
    describe,
    load_library,
    step_points,
)
from backbreak.core.translate import COUNT, fill, spoken_language, tr
from backbreak.paths import assets_dir

if TYPE_CHECKING:
    from backbreak.qt import QtGui

# One repetition of a counted step is enough to see the movement.
MAX_SECONDS_PER_STEP = 12.0


def load(pack_dir: Path | None) -> tuple[Library, frozenset[str], bool]:
    """backbreak's library with the person's own pack (`pack_dir`, as the app loads it),
    the ids that came from the pack, and whether our own files had a problem (a bug).

    A problem in the pack is said on stderr with the file's full path, and the file left
    out, as the app leaves it out: the rest still lists, renders and previews."""
    library, errors = load_library(assets_dir())
    for error in errors:
        print(error, file=sys.stderr)
    language = spoken_language()
    if language is not None:  # the command's language, as the app's card speaks it
        from backbreak.core.exercises.words import in_language
        from backbreak.paths import exercise_words_file

        library = in_language(library, exercise_words_file(language))
    if pack_dir is None:
        return library, frozenset(), bool(errors)
    with_pack, pack_errors = load_library(pack_dir, base=library)
    for problem in pack_errors:
        print(
            tr("Cli", "backbreak: left out of your pack: %1").replace(
                "%1",
                f"{pack_dir / problem.file}: {problem.where or problem.problem}"
                + (f": {problem.problem}" if problem.where else ""),
            ),
            file=sys.stderr,
        )
    own = {p.id for p in library.exercises} | {r.id for r in library.routines}
    from_pack = {p.id for p in with_pack.exercises} | {r.id for r in with_pack.routines}
    return with_pack, frozenset(from_pack - own), bool(errors)


def list_exercises(*, as_json: bool = False, pack_dir: Path | None = None) -> int:
    """The exercises and the routines (id, name; a routine's length), or with `as_json`
    every exercise and routine with what a script needs: id, type, name, kind, positions,
    equipment, regions, seconds, use, and source ("backbreak" or "pack")."""
    library, from_pack, broken = load(pack_dir)
    if as_json:
        import json

        practices: list[Practice] = [*library.exercises, *library.routines]
        practices.sort(key=lambda p: p.id)
        described = [
            {**describe(p), "source": "pack" if p.id in from_pack else "backbreak"}
            for p in practices
        ]
        print(json.dumps(described, indent=2, ensure_ascii=False))
        return 0 if not broken else 1
    yours = tr("Cli", "(your pack)")
    print(tr("Cli", "Exercises:"))
    for exercise in sorted(library.exercises, key=lambda e: e.id):
        mark = f" {yours}" if exercise.id in from_pack else ""
        print(f"  {exercise.id:32} {exercise.name}{mark}")
    print()
    print(tr("Cli", "Routines (exercises in a row, for long breaks and sessions):"))
    for routine in sorted(library.routines, key=lambda r: r.id):
        seconds = round(routine.seconds())
        # Units, not words, so that no count needs a plural form outside Qt.
        length = (
            tr("Cli", "%1 s").replace("%1", str(seconds))
            if seconds < 90
            else tr("Cli", "%1 min").replace("%1", str(round(seconds / 60)))
        )
        mark = f" {yours}" if routine.id in from_pack else ""
        print(f"  {routine.id:32} {routine.name} ({length}){mark}")
    return 0 if not broken else 1


def render(
    exercise_id: str,
    out: Path,
    *,
    fps: float = 4.0,
    size: int = 320,
    pack_dir: Path | None = None,
) -> int:
    library, _from_pack, _broken = load(pack_dir)
    exercise = library.exercise(exercise_id)
    if exercise is None:
        return _unknown(exercise_id)
    from backbreak.qt import QtCore, QtGui

    _drawing_app()
    from backbreak.ui.figure_paint import FigureStyle, paint_figure
    from backbreak.ui.figure_scene import Frame, world_props

    out.mkdir(parents=True, exist_ok=True)
    all_points = _sampled_points(exercise, fps)
    rect = QtCore.QRectF(0, 0, size, size)
    frame = Frame.fitting(all_points, rect)
    palette = _drawing_palette(dark=False)
    style = FigureStyle.from_palette(palette)
    props = world_props(exercise)
    for index, points in enumerate(all_points):
        image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(palette.color(QtGui.QPalette.ColorRole.Window))
        painter = QtGui.QPainter(image)
        paint_figure(painter, points, frame, style, props)
        painter.end()
        image.save(str(out / f"{exercise.id}-{index:04d}.png"))
    frames = len(all_points)
    print(fill(tr("Cli", "%n frames of %1 in %2", None, COUNT, frames), exercise.id, out))
    return 0


# A sheet: a grid of labelled frames, SHEET_COLUMNS wide, each step sampled at its start,
# a third, two thirds and its end (for a counted step: one repetition).
SHEET_COLUMNS = 4
SHEET_CELL = 240
SHEET_SAMPLES = (0.0, 1 / 3, 2 / 3, 1.0)
# Pixels: the title's band above the grid, and each cell's label under it.
SHEET_HEADER = 44
SHEET_LABEL = 34


def sheet(
    exercise_id: str | None, out: Path, *, dark: bool = False, pack_dir: Path | None = None
) -> int:
    """A labelled grid of an exercise's frames (step, time, side, breath) in one PNG, to
    check the figure by eye; with no id, one sheet per exercise in the folder `out`."""
    library, _from_pack, _broken = load(pack_dir)
    if exercise_id is None:
        out.mkdir(parents=True, exist_ok=True)
        for each in sorted(library.exercises, key=lambda e: e.id):
            _write_sheet(each, out / f"{each.id}.png", dark=dark)
        sheets = len(library.exercises)
        print(fill(tr("Cli", "%n sheets in %1", None, COUNT, sheets), out))
        return 0
    exercise = library.exercise(exercise_id)
    if exercise is None:
        return _unknown(exercise_id)
    if out.parent != Path():
        out.parent.mkdir(parents=True, exist_ok=True)
    _write_sheet(exercise, out, dark=dark)
    print(fill(tr("Cli", "sheet of %1 in %2"), exercise.id, out))
    return 0


def _write_sheet(exercise: Exercise, out: Path, *, dark: bool) -> None:
    from backbreak.core.exercises import breath_depth
    from backbreak.qt import Qt, QtCore, QtGui

    _drawing_app()
    from backbreak.ui.figure_paint import FigureStyle, paint_figure
    from backbreak.ui.figure_scene import Cues, Frame, props_for_step, world_props

    cells = _sheet_cells(exercise)
    palette = _drawing_palette(dark=dark)
    style = FigureStyle.from_palette(palette)
    rows = math.ceil(len(cells) / SHEET_COLUMNS)
    width = SHEET_COLUMNS * SHEET_CELL
    height = SHEET_HEADER + rows * (SHEET_CELL + SHEET_LABEL)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QtGui.QPalette.ColorRole.Window))
    painter = QtGui.QPainter(image)
    text = palette.color(QtGui.QPalette.ColorRole.WindowText)
    _paint_sheet_title(painter, exercise, text, width)
    label_font = QtGui.QFont()
    label_font.setPixelSize(12)
    all_points = [points for _label, points, _index, _seconds in cells]
    frame = Frame.fitting(all_points, QtCore.QRectF(0, 0, SHEET_CELL, SHEET_CELL))
    props = world_props(exercise)
    for number, (label, points, step_index, seconds) in enumerate(cells):
        x = (number % SHEET_COLUMNS) * SHEET_CELL
        y = SHEET_HEADER + (number // SHEET_COLUMNS) * (SHEET_CELL + SHEET_LABEL)
        placed = props_for_step(exercise, props, step_index)
        cues = Cues(
            region=exercise.primary_region,
            breath=None if step_index is None else breath_depth(exercise, step_index, seconds),
        )
        painter.save()
        painter.translate(x, y)
        painter.setClipRect(QtCore.QRectF(0, 0, SHEET_CELL, SHEET_CELL))
        paint_figure(painter, points, frame, style, placed, cues)
        painter.restore()
        painter.setFont(label_font)
        painter.setPen(text)
        painter.drawText(
            QtCore.QRectF(x + 6, y + SHEET_CELL, SHEET_CELL - 12, SHEET_LABEL),
            int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
            label or _frame_label(exercise, step_index, seconds),
        )
    painter.end()
    image.save(str(out))


def _sheet_cells(exercise: Exercise) -> list[tuple[str, dict[str, Point], int | None, float]]:
    """What a sheet shows, cell by cell: (label, pose, step or None, seconds into it), the
    starting position first (labelled), then each step at SHEET_SAMPLES of its span (the
    others labelled by _frame_label)."""
    from backbreak.core.exercises import setup_points

    cells: list[tuple[str, dict[str, Point], int | None, float]] = [
        (tr("Cli", "get ready"), setup_points(exercise), None, 0.0)
    ]
    for index, step in enumerate(exercise.steps):
        span = step.span
        for fraction in SHEET_SAMPLES:
            seconds = span * fraction
            cells.append(("", step_points(exercise, index, seconds), index, seconds))
    return cells


def _paint_sheet_title(
    painter: QtGui.QPainter, exercise: Exercise, text: QtGui.QColor, width: int
) -> None:
    """The sheet's header: the exercise's name, id and camera."""
    from backbreak.qt import Qt, QtCore, QtGui

    title_font = QtGui.QFont()
    title_font.setPixelSize(18)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(text)
    painter.drawText(
        QtCore.QRectF(12, 0, width - 24, SHEET_HEADER),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        f"{exercise.name}  ({exercise.id}, {exercise.animation.view.value} view)",
    )


def _frame_label(exercise: Exercise, index: int | None, seconds: float) -> str:
    """ "step 2 · 3.0 s · left · breathe in" under a frame of a sheet."""
    assert index is not None
    step = exercise.steps[index]
    parts = [
        tr("Cli", "step %1").replace("%1", str(index + 1)),
        f"{seconds:.1f} s",
    ]
    if step.side.value != "both":
        parts.append(step.side.value)
    if step.breath.value != "natural":
        parts.append(step.breath.value)
    return " · ".join(parts)


def _drawing_app() -> None:
    """Painting into images needs a GUI application object, not a screen."""
    from backbreak.qt import QtGui

    if QtGui.QGuiApplication.instance() is None:
        # Kept alive by Qt as the application instance.
        QtGui.QGuiApplication(["backbreak", "-platform", "offscreen"])


def _drawing_palette(*, dark: bool) -> QtGui.QPalette:
    """The light or dark palette frames and sheets are drawn in."""
    from backbreak.qt import QtGui

    palette = QtGui.QPalette(QtGui.QColor("#202124" if dark else "#f6f6f4"))
    palette.setColor(
        QtGui.QPalette.ColorRole.Highlight, QtGui.QColor("#8ab4f8" if dark else "#14937f")
    )
    return palette


def _unknown(exercise_id: str) -> int:
    print(
        fill(
            tr("Cli", "backbreak: no exercise %1 (see `backbreak exercise list`)"),
            repr(exercise_id),
        ),
        file=sys.stderr,
    )
    return 2


def _sampled_points(exercise: Exercise, fps: float) -> list[dict[str, Point]]:
    frames: list[dict[str, Point]] = []
    for index, step in enumerate(exercise.steps):
        seconds = min(step.duration, MAX_SECONDS_PER_STEP)
        count = max(2, round(seconds * fps))
        for n in range(count):
            frames.append(step_points(exercise, index, seconds * n / (count - 1)))
    return frames


def preview(practice_id: str, *, reduced_motion: bool = False, pack_dir: Path | None = None) -> int:
    """The break card for one exercise or routine, as a break would show it: Start runs the
    guide, Done, Skip or Esc closes it."""
    library, _from_pack, _broken = load(pack_dir)
    practice = library.get(practice_id)
    if practice is None:
        return _unknown(practice_id)
    import os

    from backbreak.cli.display import display_problem

    problem = display_problem(os.environ)
    if problem is not None:
        print(f"backbreak: {problem}", file=sys.stderr)
        return 2
    from backbreak.core.guide import Guide
    from backbreak.qt import QtCore, QtWidgets
    from backbreak.ui.card import BreakCard

    app = QtWidgets.QApplication(["backbreak"])
    card = BreakCard(
        Guide.for_practice(practice),
        can_snooze=False,
        reduced_motion=reduced_motion,
        reminder=library.safety.reminder if library.safety is not None else "",
    )
    card.start_requested.connect(card.begin)
    card.skip_requested.connect(card.dismiss)
    card.destroyed.connect(lambda: QtCore.QCoreApplication.exit(0))
    card.present()
    return app.exec()
