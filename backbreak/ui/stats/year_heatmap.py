"""The last year as a calendar shaded by how much of the goal each day saw done."""

from __future__ import annotations

import math
from datetime import date, timedelta

from backbreak.core.history import DayCount
from backbreak.core.translate import fill
from backbreak.qt import COUNT, Qt, QtCore, QtGui, tr
from backbreak.ui.stats.chart import HEAT_LEVELS, ChartColours, DayChart, heat_level
from backbreak.ui.stats.words import (
    day_done_text,
    day_text,
    number,
    weekday_name,
)


class YearHeatmap(DayChart):
    """A year as a calendar: weeks as columns, weekdays as rows (the locale's first day of the
    week on top), month names above, each day shaded by how much of the goal was done."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Last 365 days"))
        self.setMinimumSize(420, self._height_for_cell(8))
        self._first_weekday = QtCore.QLocale().firstDayOfWeek().value - 1  # Monday is 0
        self.set_description(tr("Stats", "Last 365 days: no breaks recorded yet."))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(720, self._height_for_cell(13))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        # Cells grow with the width (up to a limit): ask for the height that many rows need.
        self.setMinimumHeight(self._height_for_cell(self._pitch_for(event.size().width())))
        super().resizeEvent(event)

    def _height_for_cell(self, cell: float) -> int:
        metrics = QtGui.QFontMetricsF(self.scaled_font(0.85))
        return math.ceil(metrics.height() + 4 + 7 * cell + 6 + max(cell, metrics.height()) + 2)

    def describe(self) -> str:
        active = [entry for entry in self.days if entry.done > 0]
        if not active:
            return tr("Stats", "Last 365 days: no breaks recorded yet.")
        best = max(active, key=lambda entry: (entry.done, entry.day))
        met = sum(1 for entry in active if entry.done >= self.goal)
        days = len(active)
        # Two counts of days, each with its plural form: %2 is the clause of the second.
        text = tr(
            "Stats",
            "Last 365 days: breaks done on %Ln days, %1 in all; %2; the most on %3 (%4).",
            None,
            COUNT,
            days
        )  # fmt: skip
        goal_met = tr("Stats", "the goal met on %Ln days", None, COUNT, met)
        values = (
            number(sum(entry.done for entry in active)),
            goal_met,
            day_text(best.day),
            number(best.done),
        )
        return fill(text, *values)

    def level(self, done: int) -> int:
        return heat_level(done, self.goal)

    # -- geometry

    def _week_start(self, day: date) -> date:
        return day - timedelta(days=(day.weekday() - self._first_weekday) % 7)

    def _columns(self) -> int:
        if not self.days:
            return 53
        first, last = self._week_start(self.days[0].day), self.days[-1].day
        return (last - first).days // 7 + 1

    def _geometry(self) -> tuple[float, float, float]:
        """The grid's left edge, top edge and cell pitch."""
        small = QtGui.QFontMetricsF(self.scaled_font(0.85))
        label_width = max(
            small.horizontalAdvance(weekday_name(date(2026, 3, 2) + timedelta(days=n), True))
            for n in range(7)
        )
        left = label_width + 8
        return left, small.height() + 4, self._pitch_for(self.width(), left)

    def _pitch_for(self, width: int, left: float | None = None) -> float:
        if left is None:
            left = self._geometry()[0]
        return max(4.0, min(16.0, (width - left - 4) / self._columns()))

    def cell_rect(
        self, day: date, geometry: tuple[float, float, float] | None = None
    ) -> QtCore.QRectF:
        """The square drawn for `day` (empty if the day is not in the calendar); `geometry`
        as from `_geometry`, when the caller places many cells."""
        if not self.days or not self.days[0].day <= day <= self.days[-1].day:
            return QtCore.QRectF()
        left, top, pitch = geometry or self._geometry()
        column = (day - self._week_start(self.days[0].day)).days // 7
        row = (day.weekday() - self._first_weekday) % 7
        gap = max(1.0, pitch * 0.16)
        return QtCore.QRectF(left + column * pitch, top + row * pitch, pitch - gap, pitch - gap)

    def day_at(self, point: QtCore.QPointF) -> DayCount | None:
        geometry = self._geometry()
        for entry in self.days:
            if self.cell_rect(entry.day, geometry).contains(point):
                return entry
        return None

    def tooltip_at(self, point: QtCore.QPointF) -> str | None:
        entry = self.day_at(point)
        if entry is None:
            return None
        text = day_done_text(entry.day, entry.done)
        if entry.day in self.rest_days:
            text += " " + tr("Stats", "(day off)")
        return text

    def placeholder_text(self) -> str | None:
        return None if self.days else tr("Stats", "No breaks recorded yet.")

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        left, top, pitch = self._geometry()
        metrics = self.small_text(painter)
        painter.setPen(colours.muted)
        # Every other weekday named, as calendars do, so the labels stay readable.
        for row in range(0, 7, 2):
            weekday = date(2026, 3, 2) + timedelta(days=(self._first_weekday + row) % 7)
            painter.drawText(
                QtCore.QRectF(0, top + row * pitch, left - 6, pitch),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                weekday_name(weekday, short=True),
            )
        self._paint_months(painter, metrics, left, pitch)
        radius = max(1.0, pitch * 0.18)
        for entry in self.days:
            rect = self.cell_rect(entry.day, (left, top, pitch))
            colour = colours.heat[self.level(entry.done)]
            if entry.day in self.rest_days and entry.done == 0:
                painter.setPen(QtGui.QPen(colours.faint, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, radius, radius)
        today_rect = self.cell_rect(self.days[-1].day)
        painter.setPen(QtGui.QPen(colours.text, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(today_rect.adjusted(-0.5, -0.5, 0.5, 0.5), radius, radius)
        self._paint_legend(painter, colours, metrics, top + 7 * pitch + 6, pitch)

    def _paint_months(
        self, painter: QtGui.QPainter, metrics: QtGui.QFontMetricsF, left: float, pitch: float
    ) -> None:
        locale = QtCore.QLocale()
        first_week = self._week_start(self.days[0].day)
        # Each month is named over the week its first day falls in; the calendar's first,
        # partial month only when there is room before the next name.
        labels = [
            ((entry.day - first_week).days // 7, entry.day.month)
            for entry in self.days
            if entry.day.day == 1
        ]
        if not labels or labels[0][0] >= 3:
            labels.insert(0, (0, self.days[0].day.month))
        last_end = -math.inf
        for column, month in labels:
            name = locale.standaloneMonthName(month, QtCore.QLocale.FormatType.ShortFormat)
            x = left + column * pitch
            if x < last_end + 4:
                continue
            painter.drawText(
                QtCore.QRectF(x, 0, metrics.horizontalAdvance(name) + 2, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                name,
            )
            last_end = x + metrics.horizontalAdvance(name)

    def _paint_legend(
        self,
        painter: QtGui.QPainter,
        colours: ChartColours,
        metrics: QtGui.QFontMetricsF,
        top: float,
        pitch: float,
    ) -> None:
        less = tr("Stats", "No breaks")
        more = fill(tr("Stats", "Goal of %1 met"), number(self.goal))
        cell = pitch - max(1.0, pitch * 0.16)
        radius = max(1.0, pitch * 0.18)
        left = self._geometry()[0]
        right = left + self._columns() * pitch
        row = QtCore.QRectF(0, top, 0, max(cell, metrics.height()))
        cell_top = row.top() + (row.height() - cell) / 2
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        x = right - metrics.horizontalAdvance(more) - 2
        painter.setPen(colours.muted)
        painter.drawText(
            QtCore.QRectF(x, row.top(), metrics.horizontalAdvance(more) + 2, row.height()),
            align,
            more,
        )
        x -= 4 + HEAT_LEVELS * pitch
        painter.setPen(Qt.PenStyle.NoPen)
        for level in range(HEAT_LEVELS):
            painter.setBrush(colours.heat[level])
            painter.drawRoundedRect(
                QtCore.QRectF(x + level * pitch, cell_top, cell, cell), radius, radius
            )
        width = metrics.horizontalAdvance(less) + 2
        painter.setPen(colours.muted)
        painter.drawText(
            QtCore.QRectF(x - 4 - width, row.top(), width, row.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            less,
        )
        if any(entry.day in self.rest_days for entry in self.days):
            painter.setPen(QtGui.QPen(colours.faint, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                QtCore.QRectF(left, cell_top, cell, cell).adjusted(0.5, 0.5, -0.5, -0.5),
                radius,
                radius,
            )
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(left + pitch + 2, row.top(), x - width - left - pitch, row.height()),
                align,
                tr("Stats", "Day off"),
            )
