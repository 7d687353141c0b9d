"""The exercises done most in the last week."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from backbreak.core.history import ExerciseCount
from backbreak.core.translate import fill
from backbreak.qt import Qt, QtCore, QtGui, tr
from backbreak.ui.stats.chart import Chart, ChartColours
from backbreak.ui.stats.words import (
    exercise_label,
    number,
)

NAMES_SHARE = 0.66  # of the chart's width, at most, for the exercises' names


class TopExercises(Chart):
    """The exercises done most in the last 7 days: names with bars and counts."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Most done exercises, last 7 days"))
        self.setMinimumSize(200, 60)
        self.rows: tuple[tuple[str, int], ...] = ()
        self.set_description(self._describe())

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(330, max(self._row_height() * 5, 60))

    def _row_height(self) -> int:
        return math.ceil(QtGui.QFontMetricsF(self.font()).height() + 8)

    def set_exercises(self, exercises: Sequence[ExerciseCount], names: Mapping[str, str]) -> None:
        self.rows = tuple(
            (exercise_label(entry.exercise_id, names), entry.count) for entry in exercises
        )
        self.set_description(self._describe())
        self.updateGeometry()
        self.update()

    def names(self) -> list[str]:
        return [name for name, _count in self.rows]

    def _describe(self) -> str:
        if not self.rows:
            return tr("Stats", "No exercises done in the last 7 days yet.")
        listed = ", ".join(f"{name} {number(count)}" for name, count in self.rows)
        return fill(tr("Stats", "Most done exercises in the last 7 days: %1."), listed)

    def placeholder_text(self) -> str | None:
        return None if self.rows else tr("Stats", "No exercises done in the last 7 days yet.")

    def name_room(self) -> float:
        """The widest a name may be drawn before it is cut. Names come first, up to two
        thirds of the chart: a bar only compares the counts, which it still does when short,
        while a cut name ("Rolling the hands backwar...") is not read. At the window's width
        that fits every exercise's name in English, French and Spanish and all but the
        longest German one (the chart's description has them whole)."""
        return self.width() * NAMES_SHARE

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        metrics = QtGui.QFontMetricsF(self.font())
        row_height = self._row_height()
        name_width = min(self.name_room(), max(metrics.horizontalAdvance(n) for n in self.names()))
        count_width = max(metrics.horizontalAdvance(number(c)) for _n, c in self.rows) + 4
        bar_left = name_width + 10
        bar_span = max(10.0, self.width() - bar_left - count_width - 10)
        most = max(count for _name, count in self.rows)
        for index, (name, count) in enumerate(self.rows):
            top = index * row_height
            painter.setFont(self.font())
            painter.setPen(colours.text)
            painter.drawText(
                QtCore.QRectF(0, top, name_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width),
            )
            length = max(3.0, bar_span * count / most)
            bar = QtCore.QRectF(bar_left, top + row_height * 0.3, length, row_height * 0.4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.accent if index == 0 else colours.soft_accent)
            painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(bar.right() + 6, top, count_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                number(count),
            )
