"""Breaks done per day as bars (the last week, the last month)."""

from __future__ import annotations

from datetime import date

from backbreak.core.translate import fill
from backbreak.qt import COUNT, Qt, QtCore, QtGui, tr
from backbreak.ui.stats.chart import ChartColours, DayChart, entry_at
from backbreak.ui.stats.words import (
    day_done_text,
    day_text,
    decimal,
    number,
    short_day_text,
    weekday_name,
)


class DayBars(DayChart):
    """Breaks done per day as bars, with the daily goal as a dashed line. Days meeting the goal
    are in the highlight colour, days short of it lighter, days off and paused days hollow."""

    def __init__(self, name: str, *, labelled_values: bool) -> None:
        super().__init__(name)
        self.setMinimumSize(180, 100)
        self._labelled_values = labelled_values  # numbers over the bars (few days only)
        self.set_description(name + ": " + tr("Stats", "no breaks recorded yet."))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(300, 130)

    def _is_rest(self, day: date) -> bool:
        return day in self.rest_days

    def describe(self) -> str:
        name = self.accessibleName()
        total = sum(entry.done for entry in self.days)
        if not self.days or total == 0:
            return name + ": " + tr("Stats", "no breaks done yet.")
        if self._labelled_values:
            parts = []
            for index, entry in enumerate(self.days):
                label = (
                    tr("Stats", "today") if index == len(self.days) - 1 else weekday_name(entry.day)
                )
                part = f"{label} {number(entry.done)}"
                if self._is_rest(entry.day):
                    part += " " + tr("Stats", "(day off)")
                parts.append(part)
            text = tr("Stats", "%1, goal %2 a day: %3.")
            return fill(text, name, number(self.goal), ", ".join(parts))
        best = max(self.days, key=lambda entry: (entry.done, entry.day))
        met = sum(1 for entry in self.days if entry.done >= self.goal)
        days = len(self.days)
        # Two counts, each with its plural form: %3 is the clause of the second.
        text = tr(
            "Stats",
            "%1: %Ln breaks done, %2 a day on average; %3; the most on %4 (%5).",
            None,
            COUNT,
            total
        )  # fmt: skip
        goal_met = fill(
            tr("Stats", "the goal of %1 met on %2 of %Ln days", None, COUNT, days),
            number(self.goal),
            number(met),
        )
        values = (
            name,
            decimal(total / days),
            goal_met,
            day_text(best.day),
            number(best.done),
        )
        return fill(text, *values)

    def _plot_rect(self) -> QtCore.QRectF:
        metrics = QtGui.QFontMetricsF(self.scaled_font(0.85))
        top = metrics.height() + 4 if self._labelled_values else 8.0
        bottom = metrics.height() + 6
        gutter = metrics.horizontalAdvance(self._goal_text()) + 8
        return QtCore.QRectF(4, top, self.width() - 8 - gutter, self.height() - top - bottom)

    def _goal_text(self) -> str:
        return fill(tr("Stats", "goal %1"), number(self.goal))

    def _scale(self) -> float:
        return max(self.goal * 1.2, max((entry.done for entry in self.days), default=0), 1)

    def bar_rects(self) -> list[QtCore.QRectF]:
        """One rectangle per day, oldest first (a thin stub for days without breaks)."""
        if not self.days:
            return []
        plot = self._plot_rect()
        slot = plot.width() / len(self.days)
        width = max(2.0, slot * (0.62 if self._labelled_values else 0.7))
        scale = self._scale()
        rects = []
        for index, entry in enumerate(self.days):
            height = max(2.0, plot.height() * entry.done / scale)
            left = plot.left() + slot * index + (slot - width) / 2
            rects.append(QtCore.QRectF(left, plot.bottom() - height, width, height))
        return rects

    def goal_y(self) -> float:
        plot = self._plot_rect()
        return plot.bottom() - plot.height() * self.goal / self._scale()

    def tooltip_at(self, point: QtCore.QPointF) -> str | None:
        entry = entry_at(self._plot_rect(), self.days, point.x())
        if entry is None:
            return None
        text = day_done_text(entry.day, entry.done)
        if self._is_rest(entry.day):
            text += " " + tr("Stats", "(day off)")
        return text

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        plot = self._plot_rect()
        metrics = self.small_text(painter)
        small = painter.font()
        rects = self.bar_rects()
        for entry, rect in zip(self.days, rects, strict=True):
            rest = self._is_rest(entry.day)
            if entry.done == 0:
                painter.fillRect(rect, colours.faint)
            elif rest:
                painter.setPen(QtGui.QPen(colours.muted, 1.25))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, 0), 2, 2)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.accent if entry.done >= self.goal else colours.soft_accent)
                painter.drawRoundedRect(rect, 2, 2)
        self._paint_day_labels(painter, colours, rects, plot.bottom() + 4, metrics.height())
        painter.setFont(small)
        if rects:
            self._paint_goal_line(painter, colours, plot, metrics)
            if self._labelled_values:
                self._paint_values(painter, colours, rects, metrics)
        if sum(entry.done for entry in self.days) == 0:
            painter.setFont(self.font())
            painter.setPen(colours.muted)
            painter.drawText(
                plot.adjusted(0, 0, 0, -8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                tr("Stats", "No breaks done in these days yet"),
            )

    def _paint_goal_line(
        self,
        painter: QtGui.QPainter,
        colours: ChartColours,
        plot: QtCore.QRectF,
        metrics: QtGui.QFontMetricsF,
    ) -> None:
        """The goal line over the bars, named in the gutter at its right end."""
        painter.setPen(QtGui.QPen(colours.muted, 1.0, Qt.PenStyle.DashLine))
        y = self.goal_y()
        painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
        painter.setPen(colours.muted)
        painter.drawText(
            QtCore.QRectF(plot.right() + 4, y - metrics.height() / 2, 200, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._goal_text(),
        )

    def _paint_values(
        self,
        painter: QtGui.QPainter,
        colours: ChartColours,
        rects: list[QtCore.QRectF],
        metrics: QtGui.QFontMetricsF,
    ) -> None:
        """Each day's number over its bar, on the background so the goal line never runs
        through it."""
        painter.setPen(colours.muted)
        for entry, rect in zip(self.days, rects, strict=True):
            if entry.done > 0:
                text = number(entry.done)
                width = metrics.horizontalAdvance(text) + 4
                box = QtCore.QRectF(
                    rect.center().x() - width / 2,
                    rect.top() - metrics.height() - 1,
                    width,
                    metrics.height(),
                )
                painter.fillRect(box, colours.window)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_day_labels(
        self,
        painter: QtGui.QPainter,
        colours: ChartColours,
        rects: list[QtCore.QRectF],
        top: float,
        height: float,
    ) -> None:
        """Day names under their bars, each centred but kept inside the chart. Placed from
        today leftwards, a label that would run into the one on its right is left out: longer
        words (German, French) must not print over each other."""
        last_left = float(self.width())
        for index in range(len(rects) - 1, -1, -1):
            label = self._day_label(index, self.days[index].day)
            if not label:
                continue
            is_today = index == len(self.days) - 1
            font = self.scaled_font(0.85, bold=is_today)
            width = QtGui.QFontMetricsF(font).horizontalAdvance(label) + 2
            left = min(max(0.0, rects[index].center().x() - width / 2), self.width() - width)
            if left + width + 4 > last_left:
                continue
            last_left = left
            painter.setFont(font)
            painter.setPen(colours.text if is_today else colours.muted)
            painter.drawText(
                QtCore.QRectF(left, top, width, height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )

    def _day_label(self, index: int, day: date) -> str:
        last = len(self.days) - 1
        if self._labelled_values:
            return tr("Stats", "Today") if index == last else weekday_name(day, short=True)
        # A month: today and every seventh day before it, so the labels never crowd.
        if (last - index) % 7 == 0:
            return tr("Stats", "Today") if index == last else short_day_text(day)
        return ""
