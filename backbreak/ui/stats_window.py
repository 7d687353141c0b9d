"""The statistics window: today, the last week and month, a year's calendar, streaks, the
exercises and body regions of the week, and how the person's back felt.

Every chart is a small widget painted with QPainter (vector, so it stays crisp at any device
pixel ratio), in colours taken from the palette at each paint, so light and dark themes and a
theme change while the window is open just work. Each chart states its numbers in words in
its accessible description, for screen readers.

The window only shows a `core.history.Summary` and asks for exports; the app reads the
history store, builds the summary and writes the CSV file (see `export_requested`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from backbreak.core.history import (
    ComfortDay,
    DayCount,
    ExerciseCount,
    RegionCount,
    Streaks,
    Summary,
    TodaySummary,
)
from backbreak.labels import region_label
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets, Signal, tr
from backbreak.ui.style import plain_label, plain_tooltip

WINDOW_SIZE = (760, 620)
# The year calendar's 5 intensity levels: none, then the share of the daily goal reached.
HEAT_LEVELS = 5
# How far each level's colour goes from the window background towards the highlight colour.
HEAT_MIX = (0.0, 0.3, 0.5, 0.75, 1.0)


# ---------------------------------------------------------------------------------------------
# Words


def exercise_label(exercise_id: str, names: Mapping[str, str]) -> str:
    """An exercise's name, or its id made readable when the library no longer knows it."""
    name = names.get(exercise_id)
    if name:
        return name
    words = exercise_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def exported_text(count: int, path: str | Path) -> str:
    """The result line after a CSV export, for `StatsWindow.show_message`."""
    return _fill(tr("Stats", "Exported %1 events to %2"), _number(count), path)


def export_failed_text(path: str | Path, error: BaseException) -> str:
    """The result line when an export failed, naming the file and the reason."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return _fill(tr("Stats", "Could not export to %1: %2"), path, reason)


def _fill(text: str, *values: object) -> str:
    """`text` with %1, %2... replaced by `values` in one pass (a value that itself holds "%2",
    like a file name, stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return re.sub(r"%(\d+)", value, text)


def _number(value: int) -> str:
    return QtCore.QLocale().toString(value)


def _decimal(value: float) -> str:
    return QtCore.QLocale().toString(value, "f", 1)


def _qdate(day: date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def _day_text(day: date) -> str:
    # The pattern goes through tr so a translation can put the month first.
    return QtCore.QLocale().toString(_qdate(day), tr("Stats", "d MMMM", "date without year"))


def _short_day_text(day: date) -> str:
    return QtCore.QLocale().toString(_qdate(day), tr("Stats", "d MMM", "short date"))


def _weekday_name(day: date, short: bool = False) -> str:
    form = QtCore.QLocale.FormatType.ShortFormat if short else QtCore.QLocale.FormatType.LongFormat
    return QtCore.QLocale().dayName(day.isoweekday(), form)


def _long_day_text(day: date) -> str:
    return f"{_weekday_name(day)} {_day_text(day)}"


# ---------------------------------------------------------------------------------------------
# Colours


def mix(start: QtGui.QColor, end: QtGui.QColor, amount: float) -> QtGui.QColor:
    """The colour `amount` (0..1) of the way from `start` to `end`, opaque."""
    return QtGui.QColor(
        round(start.red() + (end.red() - start.red()) * amount),
        round(start.green() + (end.green() - start.green()) * amount),
        round(start.blue() + (end.blue() - start.blue()) * amount),
    )


@dataclass(frozen=True)
class ChartColours:
    """The few colours every chart uses, derived from a palette (light or dark alike)."""

    window: QtGui.QColor
    text: QtGui.QColor
    muted: QtGui.QColor  # secondary words, axes
    faint: QtGui.QColor  # tracks, empty cells, zero stubs
    accent: QtGui.QColor
    soft_accent: QtGui.QColor  # days short of the goal
    neutral: QtGui.QColor  # bars beside a highlighted line
    accent_text: QtGui.QColor  # words on the accent colour
    heat: tuple[QtGui.QColor, ...]  # HEAT_LEVELS colours, level 0 first

    @classmethod
    def from_palette(cls, palette: QtGui.QPalette) -> ChartColours:
        role = QtGui.QPalette.ColorRole
        window = palette.color(role.Window)
        text = palette.color(role.WindowText)
        accent = palette.color(role.Highlight)
        dark = window.lightness() < 128
        faint = mix(window, text, 0.14 if dark else 0.09)
        heat = (faint, *(mix(window, accent, amount) for amount in HEAT_MIX[1:]))
        return cls(
            window=window,
            text=text,
            muted=mix(window, text, 0.62),
            faint=faint,
            accent=accent,
            soft_accent=mix(window, accent, 0.5),
            neutral=mix(window, text, 0.22),
            accent_text=palette.color(role.HighlightedText),
            heat=heat,
        )


def heat_level(done: int, goal: int) -> int:
    """The calendar's intensity for a day: 0 without breaks, then 1-3 for under a third, two
    thirds and all of the goal, 4 for the goal met."""
    if done <= 0:
        return 0
    return min(HEAT_LEVELS - 1, 1 + (3 * done) // max(goal, 1))


# ---------------------------------------------------------------------------------------------
# Charts


def _column_at(plot: QtCore.QRectF, count: int, x: float) -> int | None:
    """Which of `count` equal columns across `plot` the x position falls in, if any."""
    if count == 0:
        return None
    index = math.floor((x - plot.left()) / (plot.width() / count))
    return index if 0 <= index < count else None


class Chart(QtWidgets.QWidget):
    """A painted chart: keyboard-reachable (so a screen reader reads its name and the numbers
    in its description), with a tooltip per item under the pointer."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred
        )

    def colours(self) -> ChartColours:
        return ChartColours.from_palette(self.palette())

    def set_description(self, text: str) -> None:
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tooltip(text))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            at_point = self.tooltip_at(QtCore.QPointF(event.pos()))
            text = plain_tooltip(at_point) if at_point else self.toolTip()
            if text:
                QtWidgets.QToolTip.showText(event.globalPos(), text, self)
            else:
                QtWidgets.QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, _point: QtCore.QPointF) -> str | None:
        """Words for the item under `point` (None: the chart's whole description)."""
        return None

    def painter(self) -> QtGui.QPainter:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        return painter

    def paint_focus(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        if self.hasFocus():
            pen = QtGui.QPen(colours.accent, 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QtCore.QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)

    def paint_empty(self, painter: QtGui.QPainter, colours: ChartColours, text: str) -> None:
        """A quiet sentence in the middle, instead of a chart with nothing in it."""
        painter.setPen(colours.muted)
        painter.setFont(self.font())
        painter.drawText(
            QtCore.QRectF(self.rect()).adjusted(12, 4, -12, -4),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            text,
        )

    def scaled_font(self, factor: float, bold: bool = False) -> QtGui.QFont:
        font = QtGui.QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * factor)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * factor)))
        font.setBold(bold)
        return font


class TodayRing(Chart):
    """Today's breaks done as a ring filling towards the goal, skipped and snoozed beside it."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Today"))
        self.setMinimumSize(190, 96)
        self.today: TodaySummary | None = None
        self.set_description(tr("Stats", "Today: no breaks recorded yet."))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(230, 116)

    def set_today(self, today: TodaySummary) -> None:
        self.today = today
        if today.working_day:
            text = tr("Stats", "Today: %1 of %2 breaks done, %3 skipped, %4 snoozed.")
            text = _fill(
                text,
                _number(today.done),
                _number(today.goal),
                _number(today.skipped),
                _number(today.snoozed),
            )
            if today.goal_met:
                text += " " + tr("Stats", "The daily goal is met.")
        else:
            text = tr(
                "Stats", "Today is not a working day: %1 breaks done, %2 skipped, %3 snoozed."
            )
            text = _fill(text, _number(today.done), _number(today.skipped), _number(today.snoozed))
        self.set_description(text)
        self.update()

    def centre_text(self) -> str:
        """What the middle of the ring says: "4/6", or only the count on a day off."""
        if self.today is None:
            return ""
        if not self.today.working_day:
            return _number(self.today.done)
        return f"{_number(self.today.done)}/{_number(self.today.goal)}"

    def side_lines(self) -> list[str]:
        today = self.today
        if today is None:
            return []
        if not today.working_day:
            first = tr("Stats", "Day off")
        elif today.goal_met:
            first = tr("Stats", "Goal met")
        else:
            first = _fill(tr("Stats", "To go: %1"), _number(today.goal - today.done))
        return [
            first,
            _fill(tr("Stats", "Skipped: %1"), _number(today.skipped)),
            _fill(tr("Stats", "Snoozed: %1"), _number(today.snoozed)),
        ]

    def ring_rect(self) -> QtCore.QRectF:
        size = min(self.height() - 8.0, 108.0)
        return QtCore.QRectF(4.0, (self.height() - size) / 2, size, size)

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = self.painter()
        today = self.today
        if today is None:
            self.paint_empty(painter, colours, tr("Stats", "No breaks recorded yet."))
            painter.end()
            return
        ring = self.ring_rect()
        thickness = max(6.0, ring.width() * 0.11)
        track = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        pen = QtGui.QPen(colours.faint, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(track)
        share = 1.0 if not today.working_day else min(1.0, today.done / max(today.goal, 1))
        if today.done > 0 and share > 0:
            pen.setColor(colours.accent if today.working_day else colours.soft_accent)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap if share < 1 else Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            # Qt angles are sixteenths of a degree, counter-clockwise from three o'clock.
            painter.drawArc(track, 90 * 16, -round(share * 360 * 16))
        painter.setPen(colours.text)
        painter.setFont(self.scaled_font(1.7 if today.working_day else 2.0, bold=True))
        inner = track.adjusted(thickness, thickness, -thickness, -thickness)
        number_box = QtCore.QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.62)
        painter.drawText(
            number_box,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            self.centre_text(),
        )
        painter.setPen(colours.muted)
        painter.setFont(self.scaled_font(0.85))
        painter.drawText(
            QtCore.QRectF(inner.left(), number_box.bottom(), inner.width(), inner.height() * 0.38),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            tr("Stats", "breaks"),
        )
        left = ring.right() + 16
        lines = self.side_lines()
        metrics = QtGui.QFontMetricsF(self.font())
        step = metrics.height() + 6
        top = (self.height() - step * len(lines)) / 2
        for index, line in enumerate(lines):
            font = self.scaled_font(1.0, bold=index == 0)
            painter.setFont(font)
            painter.setPen(colours.text if index == 0 else colours.muted)
            painter.drawText(
                QtCore.QRectF(left, top + index * step, self.width() - left - 4, step),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QtGui.QFontMetricsF(font).elidedText(
                    line, Qt.TextElideMode.ElideRight, self.width() - left - 4
                ),
            )
        self.paint_focus(painter, colours)
        painter.end()


class DayBars(Chart):
    """Breaks done per day as bars, with the daily goal as a dashed line. Days meeting the goal
    are in the highlight colour, days short of it lighter, days off and paused days hollow."""

    def __init__(self, name: str, *, labelled_values: bool) -> None:
        super().__init__(name)
        self.setMinimumSize(180, 100)
        self._labelled_values = labelled_values  # numbers over the bars (few days only)
        self.days: tuple[DayCount, ...] = ()
        self.goal = 1
        self.rest_days: Container[date] = frozenset()
        self.set_description(name + ": " + tr("Stats", "no breaks recorded yet."))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(300, 130)

    def set_days(
        self, days: Sequence[DayCount], goal: int, rest_days: Container[date] = frozenset()
    ) -> None:
        self.days = tuple(days)
        self.goal = max(goal, 1)
        self.rest_days = rest_days
        self.set_description(self._describe())
        self.update()

    def _is_rest(self, day: date) -> bool:
        return day in self.rest_days

    def _describe(self) -> str:
        name = self.accessibleName()
        total = sum(entry.done for entry in self.days)
        if not self.days or total == 0:
            return name + ": " + tr("Stats", "no breaks done yet.")
        if self._labelled_values:
            parts = []
            for index, entry in enumerate(self.days):
                label = (
                    tr("Stats", "today")
                    if index == len(self.days) - 1
                    else _weekday_name(entry.day)
                )
                part = f"{label} {_number(entry.done)}"
                if self._is_rest(entry.day):
                    part += " " + tr("Stats", "(day off)")
                parts.append(part)
            text = tr("Stats", "%1, goal %2 a day: %3.")
            return _fill(text, name, _number(self.goal), ", ".join(parts))
        best = max(self.days, key=lambda entry: (entry.done, entry.day))
        met = sum(1 for entry in self.days if entry.done >= self.goal)
        text = tr(
            "Stats",
            "%1: %2 breaks done, %3 a day on average; the goal of %4 met on %5 of %6 days; "
            "the most on %7 (%8).",
        )
        values = (
            name,
            _number(total),
            _decimal(total / len(self.days)),
            _number(self.goal),
            _number(met),
            _number(len(self.days)),
            _day_text(best.day),
            _number(best.done),
        )
        return _fill(text, *values)

    def _plot_rect(self) -> QtCore.QRectF:
        metrics = QtGui.QFontMetricsF(self.scaled_font(0.85))
        top = metrics.height() + 4 if self._labelled_values else 8.0
        bottom = metrics.height() + 6
        gutter = metrics.horizontalAdvance(self._goal_text()) + 8
        return QtCore.QRectF(4, top, self.width() - 8 - gutter, self.height() - top - bottom)

    def _goal_text(self) -> str:
        return _fill(tr("Stats", "goal %1"), _number(self.goal))

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
        index = _column_at(self._plot_rect(), len(self.days), point.x())
        if index is None:
            return None
        entry = self.days[index]
        text = _fill(
            tr("Stats", "%1: %2 breaks done"), _long_day_text(entry.day), _number(entry.done)
        )
        if self._is_rest(entry.day):
            text += " " + tr("Stats", "(day off)")
        return text

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = self.painter()
        plot = self._plot_rect()
        small = self.scaled_font(0.85)
        metrics = QtGui.QFontMetricsF(small)
        painter.setFont(small)
        rects = self.bar_rects()
        for index, (entry, rect) in enumerate(zip(self.days, rects, strict=True)):
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
            label = self._day_label(index, entry.day)
            if label:
                is_today = index == len(self.days) - 1
                font = self.scaled_font(0.85, bold=is_today)
                painter.setFont(font)
                painter.setPen(colours.text if is_today else colours.muted)
                # Centred under its bar, but kept inside the chart at either end.
                width = QtGui.QFontMetricsF(font).horizontalAdvance(label) + 2
                left = min(max(0.0, rect.center().x() - width / 2), self.width() - width)
                painter.drawText(
                    QtCore.QRectF(left, plot.bottom() + 4, width, metrics.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    label,
                )
                painter.setFont(small)
        if rects:
            # The goal line over the bars, named in the gutter at its right end.
            painter.setPen(QtGui.QPen(colours.muted, 1.0, Qt.PenStyle.DashLine))
            y = self.goal_y()
            painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(plot.right() + 4, y - metrics.height() / 2, 200, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._goal_text(),
            )
        if self._labelled_values:
            # Each day's number over its bar, on the background so the goal line never
            # runs through it.
            for entry, rect in zip(self.days, rects, strict=True):
                if entry.done > 0:
                    text = _number(entry.done)
                    width = metrics.horizontalAdvance(text) + 4
                    box = QtCore.QRectF(
                        rect.center().x() - width / 2,
                        rect.top() - metrics.height() - 1,
                        width,
                        metrics.height(),
                    )
                    painter.fillRect(box, colours.window)
                    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        if sum(entry.done for entry in self.days) == 0:
            painter.setFont(self.font())
            painter.setPen(colours.muted)
            painter.drawText(
                plot.adjusted(0, 0, 0, -8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                tr("Stats", "No breaks done in these days yet"),
            )
        self.paint_focus(painter, colours)
        painter.end()

    def _day_label(self, index: int, day: date) -> str:
        last = len(self.days) - 1
        if self._labelled_values:
            return tr("Stats", "Today") if index == last else _weekday_name(day, short=True)
        # A month: today and every seventh day before it, so the labels never crowd.
        if (last - index) % 7 == 0:
            return tr("Stats", "Today") if index == last else _short_day_text(day)
        return ""


class YearHeatmap(Chart):
    """A year as a calendar: weeks as columns, weekdays as rows (the locale's first day of the
    week on top), month names above, each day shaded by how much of the goal was done."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Last 365 days"))
        self.setMinimumSize(420, self._height_for_cell(8))
        self.days: tuple[DayCount, ...] = ()
        self.goal = 1
        self.rest_days: Container[date] = frozenset()
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

    def set_days(
        self, days: Sequence[DayCount], goal: int, rest_days: Container[date] = frozenset()
    ) -> None:
        self.days = tuple(days)
        self.goal = max(goal, 1)
        self.rest_days = rest_days
        self.set_description(self._describe())
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        active = [entry for entry in self.days if entry.done > 0]
        if not active:
            return tr("Stats", "Last 365 days: no breaks recorded yet.")
        best = max(active, key=lambda entry: (entry.done, entry.day))
        met = sum(1 for entry in active if entry.done >= self.goal)
        text = tr(
            "Stats",
            "Last 365 days: breaks done on %1 days, %2 in all; the goal met on %3 days; "
            "the most on %4 (%5).",
        )
        values = (
            _number(len(active)),
            _number(sum(entry.done for entry in active)),
            _number(met),
            _day_text(best.day),
            _number(best.done),
        )
        return _fill(text, *values)

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
            small.horizontalAdvance(_weekday_name(date(2026, 3, 2) + timedelta(days=n), True))
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
        text = _fill(
            tr("Stats", "%1: %2 breaks done"), _long_day_text(entry.day), _number(entry.done)
        )
        if entry.day in self.rest_days:
            text += " " + tr("Stats", "(day off)")
        return text

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = self.painter()
        if not self.days:
            self.paint_empty(painter, colours, tr("Stats", "No breaks recorded yet."))
            painter.end()
            return
        left, top, pitch = self._geometry()
        small = self.scaled_font(0.85)
        metrics = QtGui.QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(colours.muted)
        # Every other weekday named, as calendars do, so the labels stay readable.
        for row in range(0, 7, 2):
            weekday = date(2026, 3, 2) + timedelta(days=(self._first_weekday + row) % 7)
            painter.drawText(
                QtCore.QRectF(0, top + row * pitch, left - 6, pitch),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                _weekday_name(weekday, short=True),
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
        self.paint_focus(painter, colours)
        painter.end()

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
        more = _fill(tr("Stats", "Goal of %1 met"), _number(self.goal))
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


class StreakView(Chart):
    """The current and the best streak as big numbers."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Streaks"))
        self.setMinimumSize(150, 96)
        self.streaks: Streaks | None = None
        self.goal = 1
        self.set_description(tr("Stats", "Streaks: none yet."))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(200, 116)

    def set_streaks(self, streaks: Streaks, goal: int) -> None:
        self.streaks = streaks
        self.goal = goal
        text = tr(
            "Stats",
            "Current streak: %1 working days. Best streak: %2 working days. "
            "A streak counts working days in a row with at least %3 breaks done.",
        )
        self.set_description(
            _fill(text, _number(streaks.current), _number(streaks.best), _number(goal))
        )
        self.update()

    def numbers(self) -> tuple[str, str]:
        if self.streaks is None:
            return ("", "")
        return (_number(self.streaks.current), _number(self.streaks.best))

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = self.painter()
        if self.streaks is None:
            self.paint_empty(painter, colours, tr("Stats", "No streak yet."))
            painter.end()
            return
        big = self.scaled_font(2.6, bold=True)
        caption = self.scaled_font(0.95, bold=True)
        note = self.scaled_font(0.85)
        big_height = QtGui.QFontMetricsF(big).height()
        caption_height = QtGui.QFontMetricsF(caption).height()
        note_height = QtGui.QFontMetricsF(note).height()
        total = big_height + caption_height + note_height
        top = max(0.0, (self.height() - total) / 2)
        half = self.width() / 2
        captions = (tr("Stats", "Current"), tr("Stats", "Best"))
        for index, (number, words) in enumerate(zip(self.numbers(), captions, strict=True)):
            column = QtCore.QRectF(index * half + 4, top, half - 8, total)
            painter.setFont(big)
            painter.setPen(colours.accent if index == 0 else colours.text)
            painter.drawText(
                QtCore.QRectF(column.left(), top, column.width(), big_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                number,
            )
            painter.setFont(caption)
            painter.setPen(colours.text)
            painter.drawText(
                QtCore.QRectF(column.left(), top + big_height, column.width(), caption_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                QtGui.QFontMetricsF(caption).elidedText(
                    words, Qt.TextElideMode.ElideRight, column.width()
                ),
            )
            painter.setFont(note)
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(
                    column.left(), top + big_height + caption_height, column.width(), note_height
                ),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                tr("Stats", "working days"),
            )
        self.paint_focus(painter, colours)
        painter.end()


class TopExercises(Chart):
    """The exercises done most in the last 7 days: names with bars and counts."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Most done exercises this week"))
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
        listed = ", ".join(f"{name} {_number(count)}" for name, count in self.rows)
        return _fill(tr("Stats", "Most done exercises in the last 7 days: %1."), listed)

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = self.painter()
        if not self.rows:
            self.paint_empty(
                painter, colours, tr("Stats", "No exercises done in the last 7 days yet.")
            )
            self.paint_focus(painter, colours)
            painter.end()
            return
        metrics = QtGui.QFontMetricsF(self.font())
        row_height = self._row_height()
        name_width = min(
            self.width() * 0.48, max(metrics.horizontalAdvance(n) for n in self.names())
        )
        count_width = max(metrics.horizontalAdvance(_number(c)) for _n, c in self.rows) + 4
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
                _number(count),
            )
        self.paint_focus(painter, colours)
        painter.end()


@dataclass(frozen=True)
class Chip:
    label: str
    covered: bool
    rect: QtCore.QRectF


class RegionChips(Chart):
    """The body regions the week's exercises worked, as chips; regions not worked are dimmed."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Body regions this week"))
        self.setMinimumSize(160, self._chip_height() + 4)
        self.regions: tuple[RegionCount, ...] = ()
        self.set_description(self._describe())

    def _height_for(self, width: int) -> int:
        bottom = max((chip.rect.bottom() for chip in self.chips(width)), default=0.0)
        return max(math.ceil(bottom) + 2, self._chip_height() * 2 + 8)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        # Chips wrap onto more lines as the window narrows: ask for the height they need.
        self.setMinimumHeight(self._height_for(event.size().width()))
        super().resizeEvent(event)

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(330, self._height_for(330))

    def _chip_height(self) -> int:
        return math.ceil(QtGui.QFontMetricsF(self.font()).height() + 10)

    def set_regions(self, regions: Sequence[RegionCount]) -> None:
        self.regions = tuple(regions)
        self.set_description(self._describe())
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        if not self.regions:
            return tr("Stats", "Body regions this week: no exercises done yet.")
        covered = [r for r in self.regions if r.count > 0]
        missing = [r for r in self.regions if r.count == 0]
        parts = []
        if covered:
            listed = ", ".join(f"{region_label(r.region)} {_number(r.count)}" for r in covered)
            parts.append(_fill(tr("Stats", "Body regions worked this week: %1."), listed))
        else:
            parts.append(tr("Stats", "No body region worked this week yet."))
        if missing:
            listed = ", ".join(region_label(r.region) for r in missing)
            parts.append(_fill(tr("Stats", "Not worked yet: %1."), listed))
        return " ".join(parts)

    def chips(self, width: int | None = None) -> list[Chip]:
        """Where each region's chip goes, in the order of the summary, wrapping lines."""
        width = self.width() if width is None else width
        metrics = QtGui.QFontMetricsF(self.font())
        height = self._chip_height()
        x = y = 0.0
        chips = []
        for region in self.regions:
            label = region_label(region.region)
            if region.count > 0:
                label = f"{label}  {_number(region.count)}"
            chip_width = metrics.horizontalAdvance(label) + 20
            if x > 0 and x + chip_width > width:
                x, y = 0.0, y + height + 6
            chips.append(Chip(label, region.count > 0, QtCore.QRectF(x, y, chip_width, height)))
            x += chip_width + 6
        return chips

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = self.painter()
        if not self.regions:
            self.paint_empty(painter, colours, tr("Stats", "No exercises done this week yet."))
            self.paint_focus(painter, colours)
            painter.end()
            return
        painter.setFont(self.font())
        for chip in self.chips():
            rect = chip.rect.adjusted(0.5, 0.5, -0.5, -0.5)
            radius = rect.height() / 2
            if chip.covered:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.accent)
                painter.drawRoundedRect(rect, radius, radius)
                painter.setPen(colours.accent_text)
            else:
                painter.setPen(QtGui.QPen(colours.faint, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, radius, radius)
                painter.setPen(colours.muted)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), chip.label)
        self.paint_focus(painter, colours)
        painter.end()


class ComfortTrend(Chart):
    """Comfort ratings (0-10, the mean of each day) as a line over breaks done per day as bars,
    for the last 30 days."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Comfort and breaks, last 30 days"))
        self.setMinimumSize(200, 110)
        self.days: tuple[ComfortDay, ...] = ()
        self.set_description(self._describe())

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(330, 150)

    def set_days(self, days: Sequence[ComfortDay]) -> None:
        self.days = tuple(days)
        self.set_description(self._describe())
        self.update()

    @property
    def has_ratings(self) -> bool:
        return any(entry.ratings for entry in self.days)

    def empty_text(self) -> str:
        return tr(
            "Stats",
            "No comfort ratings in the last 30 days.\n"
            "When you rate how your back feels (0 to 10), it shows here as a line.",
        )

    def _describe(self) -> str:
        done = sum(entry.done for entry in self.days)
        rated = [entry for entry in self.days if entry.mean_rating is not None]
        if not rated:
            return tr("Stats", "Comfort, last 30 days: no ratings yet; %1 breaks done.").replace(
                "%1", _number(done)
            )
        ratings = [rating for entry in rated for rating in entry.ratings]
        latest = rated[-1]
        text = tr(
            "Stats",
            "Comfort, last 30 days: rated on %1 days, %2 out of 10 on average, latest %3 on %4; "
            "%5 breaks done.",
        )
        values = (
            _number(len(rated)),
            _decimal(sum(ratings) / len(ratings)),
            _decimal(latest.mean_rating or 0.0),
            _day_text(latest.day),
            _number(done),
        )
        return _fill(text, *values)

    def _plot_rect(self) -> QtCore.QRectF:
        small = QtGui.QFontMetricsF(self.scaled_font(0.85))
        left = small.horizontalAdvance("10") + 8
        return QtCore.QRectF(
            left,
            small.height() + 8,
            self.width() - left - 4,
            self.height() - small.height() * 2 - 14,
        )

    def bar_rects(self) -> list[QtCore.QRectF]:
        if not self.days:
            return []
        plot = self._plot_rect()
        slot = plot.width() / len(self.days)
        most = max(max(entry.done for entry in self.days), 1)
        rects = []
        for index, entry in enumerate(self.days):
            height = plot.height() * entry.done / most
            left = plot.left() + slot * index + slot * 0.15
            rects.append(QtCore.QRectF(left, plot.bottom() - height, slot * 0.7, height))
        return rects

    def rating_points(self) -> list[QtCore.QPointF]:
        plot = self._plot_rect()
        if not self.days:
            return []
        slot = plot.width() / len(self.days)
        return [
            QtCore.QPointF(
                plot.left() + slot * (index + 0.5),
                plot.bottom() - plot.height() * entry.mean_rating / 10,
            )
            for index, entry in enumerate(self.days)
            if entry.mean_rating is not None
        ]

    def tooltip_at(self, point: QtCore.QPointF) -> str | None:
        index = _column_at(self._plot_rect(), len(self.days), point.x())
        if index is None:
            return None
        entry = self.days[index]
        text = _fill(
            tr("Stats", "%1: %2 breaks done"), _long_day_text(entry.day), _number(entry.done)
        )
        if entry.mean_rating is not None:
            text += "; " + tr("Stats", "comfort %1 out of 10").replace(
                "%1", _decimal(entry.mean_rating)
            )
        return text

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = self.painter()
        plot = self._plot_rect()
        small = self.scaled_font(0.85)
        metrics = QtGui.QFontMetricsF(small)
        painter.setFont(small)
        # The rating scale on the left, and its grid.
        for value in (0, 5, 10):
            y = plot.bottom() - plot.height() * value / 10
            painter.setPen(QtGui.QPen(colours.faint, 1.0))
            painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(0, y - metrics.height() / 2, plot.left() - 5, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                _number(value),
            )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.neutral)
        for rect in self.bar_rects():
            if rect.height() > 0:
                painter.drawRoundedRect(rect, 1.5, 1.5)
        self._paint_legend(painter, colours, metrics)
        if self.days:
            painter.setPen(colours.muted)
            for index, label in (
                (0, _short_day_text(self.days[0].day)),
                (len(self.days) - 1, tr("Stats", "Today")),
            ):
                align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
                painter.drawText(
                    QtCore.QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
                    int(align | Qt.AlignmentFlag.AlignTop),
                    label,
                )
        if not self.has_ratings:
            # The words on a card of their own over the bars, so neither reads through.
            painter.setFont(self.font())
            flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            room = plot.adjusted(plot.width() * 0.06, 4, -plot.width() * 0.06, -4)
            needed = painter.boundingRect(room, flags, self.empty_text())
            card = needed.adjusted(-10, -6, 10, 6).intersected(plot)
            painter.setPen(QtGui.QPen(colours.faint, 1.0))
            painter.setBrush(colours.window)
            painter.drawRoundedRect(card, 6, 6)
            painter.setPen(colours.text)
            painter.drawText(card, flags, self.empty_text())
            self.paint_focus(painter, colours)
            painter.end()
            return
        points = self.rating_points()
        pen = QtGui.QPen(colours.accent, 2.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 1:
            painter.drawPolyline(QtGui.QPolygonF(points))
        painter.setPen(QtGui.QPen(colours.window, 1.5))
        painter.setBrush(colours.accent)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        self.paint_focus(painter, colours)
        painter.end()

    def _paint_legend(
        self, painter: QtGui.QPainter, colours: ChartColours, metrics: QtGui.QFontMetricsF
    ) -> None:
        x = self._plot_rect().left()
        swatch = metrics.height() * 0.6
        for text, is_line in (
            (tr("Stats", "Comfort (0-10)"), True),
            (tr("Stats", "Breaks done"), False),
        ):
            middle = metrics.height() / 2
            if is_line:
                painter.setPen(QtGui.QPen(colours.accent, 2.0))
                painter.drawLine(
                    QtCore.QPointF(x, middle), QtCore.QPointF(x + swatch * 1.6, middle)
                )
                x += swatch * 1.6 + 5
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.neutral)
                painter.drawRect(QtCore.QRectF(x, middle - swatch / 2, swatch, swatch))
                x += swatch + 5
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(x, 0, metrics.horizontalAdvance(text) + 2, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += metrics.horizontalAdvance(text) + 16


# ---------------------------------------------------------------------------------------------
# The window


class StatsWindow(QtWidgets.QWidget):
    """The statistics window. Show a summary with `show_summary`; the "Export CSV…" button
    asks for a file (`choose_export_path`) and emits `export_requested` with its path, and the
    app reports how it went with `show_message` (`exported_text`, `export_failed_text`)."""

    export_requested = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatsWindow")
        self.setWindowTitle(tr("Stats", "backbreak statistics"))
        self.setAccessibleName(tr("Stats", "backbreak statistics"))
        self.summary: Summary | None = None

        self.today_ring = TodayRing()
        self.streaks = StreakView()
        self.week_bars = DayBars(tr("Stats", "Last 7 days"), labelled_values=True)
        self.month_bars = DayBars(tr("Stats", "Last 30 days"), labelled_values=False)
        self.heatmap = YearHeatmap()
        self.top_exercises = TopExercises()
        self.regions = RegionChips()
        self.comfort = ComfortTrend()

        self.empty_note = plain_label(
            tr(
                "Stats",
                "No breaks recorded yet. These charts fill in as you take your breaks.",
            )
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setAccessibleName(self.empty_note.text())
        self.empty_note.hide()

        content = QtWidgets.QWidget()
        content.setObjectName("StatsContent")
        content.setAccessibleName(tr("Stats", "Statistics"))
        layout = QtWidgets.QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.empty_note)
        layout.addLayout(_row((self.today_ring, 3), (self.streaks, 2), (self.week_bars, 4)))
        layout.addLayout(_section(self.heatmap))
        layout.addLayout(_row((self.month_bars, 1), (self.comfort, 1)))
        layout.addLayout(_row((self.top_exercises, 1), (self.regions, 1)))
        layout.addStretch(1)

        self.scroll_area = QtWidgets.QScrollArea()
        self.scroll_area.setAccessibleName(tr("Stats", "Statistics"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(content)

        self.message_label = plain_label()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(tr("Stats", "Export result"))
        self.export_button = QtWidgets.QPushButton(tr("Stats", "Export CSV…"))
        self.export_button.setAccessibleName(tr("Stats", "Export the history as a CSV file"))
        self.export_button.clicked.connect(self._export)
        bottom = QtWidgets.QHBoxLayout()
        bottom.setContentsMargins(16, 6, 16, 12)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.export_button)

        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(bottom)
        self.resize(*WINDOW_SIZE)

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(*WINDOW_SIZE)

    def charts(self) -> list[Chart]:
        return [
            self.today_ring,
            self.streaks,
            self.week_bars,
            self.heatmap,
            self.month_bars,
            self.comfort,
            self.top_exercises,
            self.regions,
        ]

    def show_summary(
        self,
        summary: Summary,
        *,
        exercise_names: Mapping[str, str] | None = None,
        rest_days: Container[date] = frozenset(),
    ) -> None:
        """Show `summary`. `exercise_names` maps exercise ids to their names (ids the map
        lacks are shown made readable); `rest_days` are days off and fully paused days,
        drawn hollow in the bar charts and the calendar (the Summary does not say which)."""
        self.summary = summary
        goal = summary.today.goal
        self.today_ring.set_today(summary.today)
        self.streaks.set_streaks(summary.streaks, goal)
        self.week_bars.set_days(summary.last_7_days, goal, rest_days)
        self.month_bars.set_days(summary.last_30_days, goal, rest_days)
        self.heatmap.set_days(summary.year, goal, rest_days)
        self.top_exercises.set_exercises(summary.top_exercises, exercise_names or {})
        self.regions.set_regions(summary.regions)
        self.comfort.set_days(summary.comfort_trend)
        nothing_yet = (
            all(entry.done == 0 for entry in summary.year)
            and summary.today.skipped == 0
            and summary.today.snoozed == 0
            and not any(entry.ratings for entry in summary.comfort_trend)
        )
        self.empty_note.setVisible(nothing_yet)

    def show_message(self, text: str) -> None:
        """A result line beside the export button ("Exported 1,234 events to …", or why not);
        screen readers hear it too."""
        self.message_label.setText(text)
        self.message_label.setAccessibleDescription(text)
        if QtGui.QAccessible.isActive():
            QtGui.QAccessible.updateAccessibility(
                QtGui.QAccessibleAnnouncementEvent(self.message_label, text)
            )

    def choose_export_path(self) -> str:
        """Ask where to save the CSV file; "" when the person cancels. Tests override this."""
        day = self.summary.today.day if self.summary is not None else date.today()
        suggested = Path.home() / f"backbreak-history-{day.isoformat()}.csv"
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self,
            tr("Stats", "Export the history as CSV"),
            str(suggested),
            tr("Stats", "CSV files (*.csv)"),
        )
        return path

    def _export(self) -> None:
        path = self.choose_export_path()
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv"
        self.export_requested.emit(path)


def _title(text: str) -> QtWidgets.QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def _section(chart: Chart) -> QtWidgets.QVBoxLayout:
    """A chart under its title (the chart's accessible name)."""
    layout = QtWidgets.QVBoxLayout()
    layout.setSpacing(4)
    title = _title(chart.accessibleName())
    title.setBuddy(chart)
    layout.addWidget(title)
    layout.addWidget(chart, 1)
    return layout


def _row(*charts: tuple[Chart, int]) -> QtWidgets.QHBoxLayout:
    layout = QtWidgets.QHBoxLayout()
    layout.setSpacing(18)
    for chart, stretch in charts:
        layout.addLayout(_section(chart), stretch)
    return layout
