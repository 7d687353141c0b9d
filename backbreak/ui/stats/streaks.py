"""The current and the best streak."""

from __future__ import annotations

from backbreak.core.history import Streaks
from backbreak.qt import COUNT, Qt, QtCore, QtGui, tr
from backbreak.ui.stats.chart import Chart, ChartColours
from backbreak.ui.stats.words import number


class StreakView(Chart):
    """The current and the best streak as big numbers."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Streaks"))
        self.setMinimumSize(max(150, self._words_width()), 96)
        self.streaks: Streaks | None = None
        self.goal = 1
        self.set_description(tr("Stats", "Streaks: none yet."))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(max(200, self.minimumWidth()), 116)

    def _words_width(self) -> int:
        """Two columns as wide as their longest words ("Current", "working days") in the
        language spoken, so none is cut."""
        caption = QtGui.QFontMetricsF(self.scaled_font(0.95, bold=True))
        note = QtGui.QFontMetricsF(self.scaled_font(0.85))
        column = max(
            caption.horizontalAdvance(tr("Stats", "Current")),
            caption.horizontalAdvance(tr("Stats", "Best")),
            note.horizontalAdvance(tr("Stats", "working days")),
        )
        return round(2 * (column + 8) + 8)

    def set_streaks(self, streaks: Streaks, goal: int) -> None:
        self.streaks = streaks
        self.goal = goal
        # Three sentences, for each count takes its own plural form.
        current, best = streaks.current, streaks.best
        rule = tr(
            "Stats",
            "A streak counts working days in a row with at least %Ln breaks done.",
            None,
            COUNT,
            goal
        )  # fmt: skip
        sentences = (
            tr("Stats", "Current streak: %Ln working days.", None, COUNT, current),
            tr("Stats", "Best streak: %Ln working days.", None, COUNT, best),
            rule,
        )
        self.set_description(" ".join(sentences))
        self.update()

    def numbers(self) -> tuple[str, str]:
        if self.streaks is None:
            return ("", "")
        return (number(self.streaks.current), number(self.streaks.best))

    def placeholder_text(self) -> str | None:
        return tr("Stats", "No streak yet.") if self.streaks is None else None

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
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
        for index, (figure, words) in enumerate(zip(self.numbers(), captions, strict=True)):
            column = QtCore.QRectF(index * half + 4, top, half - 8, total)
            painter.setFont(big)
            painter.setPen(colours.accent if index == 0 else colours.text)
            painter.drawText(
                QtCore.QRectF(column.left(), top, column.width(), big_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                figure,
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
