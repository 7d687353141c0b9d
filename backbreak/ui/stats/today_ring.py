"""Today's breaks as a ring filling towards the daily goal."""

from __future__ import annotations

from backbreak.core.history import Today
from backbreak.core.translate import fill
from backbreak.qt import COUNT, Qt, QtCore, QtGui, tr
from backbreak.ui.stats.chart import Chart, ChartColours
from backbreak.ui.stats.words import number


class TodayRing(Chart):
    """Today's breaks done as a ring filling towards the goal, skipped and snoozed beside it."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Today"))
        self.setMinimumSize(max(190, self._words_width()), 96)
        self.today: Today | None = None
        self.set_description(tr("Stats", "Today: no breaks recorded yet."))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(max(230, self.minimumWidth()), 116)

    def _words_width(self) -> int:
        """The ring and its words at full length, in the language spoken: a longer
        language widens the panel rather than cutting "Snoozed: 2" short."""
        metrics = QtGui.QFontMetricsF(self.scaled_font(1.0, bold=True))
        lines = (
            tr("Stats", "Day off"),
            tr("Stats", "Goal met"),
            fill(tr("Stats", "To go: %1"), number(99)),
            fill(tr("Stats", "Skipped: %1"), number(99)),
            fill(tr("Stats", "Snoozed: %1"), number(99)),
        )
        return round(108 + 16 + max(metrics.horizontalAdvance(line) for line in lines) + 8)

    def set_today(self, today: Today) -> None:
        self.today = today
        if today.working_day:
            goal = today.goal
            text = tr(
                "Stats", "Today: %1 of %Ln breaks done, %2 skipped, %3 snoozed.", None, COUNT, goal
            )
            text = fill(text, number(today.done), number(today.skipped), number(today.snoozed))
            if today.goal_met:
                text += " " + tr("Stats", "The daily goal is met.")
        else:
            done = today.done
            text = tr(
                "Stats",
                "Today is not a working day: %Ln breaks done, %1 skipped, %2 snoozed.",
                None,
                COUNT,
                done
            )  # fmt: skip
            text = fill(text, number(today.skipped), number(today.snoozed))
        self.set_description(text)
        self.update()

    def centre_text(self) -> str:
        """What the middle of the ring says: "4/6", or only the count on a day off."""
        if self.today is None:
            return ""
        if not self.today.working_day:
            return number(self.today.done)
        return f"{number(self.today.done)}/{number(self.today.goal)}"

    def side_lines(self) -> list[str]:
        today = self.today
        if today is None:
            return []
        if not today.working_day:
            first = tr("Stats", "Day off")
        elif today.goal_met:
            first = tr("Stats", "Goal met")
        else:
            first = fill(tr("Stats", "To go: %1"), number(today.goal - today.done))
        return [
            first,
            fill(tr("Stats", "Skipped: %1"), number(today.skipped)),
            fill(tr("Stats", "Snoozed: %1"), number(today.snoozed)),
        ]

    def ring_rect(self) -> QtCore.QRectF:
        size = min(self.height() - 8.0, 108.0)
        return QtCore.QRectF(4.0, (self.height() - size) / 2, size, size)

    def placeholder_text(self) -> str | None:
        return tr("Stats", "No breaks recorded yet.") if self.today is None else None

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        today = self.today
        assert today is not None  # else placeholder_text() had the chart say so instead
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
