"""The Schedule page: when breaks come (interval or clock, long breaks, warning), snoozing and
skipping, time away, do-not-disturb and calls, and the working hours beside them."""

from __future__ import annotations

from backbreak.core.exercises import USE_SECONDS, Use
from backbreak.core.settings import (
    ALIGN_TO_CLOCK,
    DAILY_SKIPS,
    DAY_STARTS_AT,
    DND_CAP,
    DURING_CALLS,
    IDLE_THRESHOLD,
    LONG_EVERY_BREAKS,
    LONG_EVERY_MINUTES,
    MICRO_INTERVAL,
    SNOOZE_LENGTH,
    SNOOZE_LIMIT,
    STRICT,
    WARNING_LEAD,
    WORKING_HOURS,
)
from backbreak.core.translate import fill
from backbreak.qt import QtWidgets, tr
from backbreak.ui.settings.fields import ChoiceField, Notify
from backbreak.ui.settings.hours import WeekHoursField
from backbreak.ui.settings.page import Page
from backbreak.ui.style import plain_label


class SchedulePage(Page):
    section = "schedule"

    def __init__(self, notify: Notify) -> None:
        super().__init__(notify)
        left = QtWidgets.QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._breaks())
        left.addWidget(
            self.group(
                tr("Settings", "Snoozing and skipping"),
                SNOOZE_LENGTH,
                SNOOZE_LIMIT,
                DAILY_SKIPS,
                STRICT,
            )
        )
        left.addWidget(
            self.group(
                tr("Settings", "Away and busy"),
                IDLE_THRESHOLD,
                DND_CAP,
                DURING_CALLS,
                DAY_STARTS_AT,
            )
        )
        left.addStretch(1)
        hours = self.field(WORKING_HOURS)
        assert isinstance(hours, WeekHoursField)
        self.hours = hours
        right = QtWidgets.QVBoxLayout()
        right.addWidget(hours.widget)
        right.addStretch(1)
        layout = QtWidgets.QHBoxLayout(self.page)
        layout.setSpacing(14)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    @staticmethod
    def title() -> str:
        return tr("Settings", "&Schedule")

    def _breaks(self) -> QtWidgets.QGroupBox:
        breaks = self.group(
            tr("Settings", "Breaks"),
            MICRO_INTERVAL,
            ALIGN_TO_CLOCK,
            LONG_EVERY_BREAKS,
            LONG_EVERY_MINUTES,
            WARNING_LEAD,
        )
        # There is no length to set: a break lasts as long as its stretch.
        micro, long_break = USE_SECONDS[Use.MICRO], USE_SECONDS[Use.LONG]
        lengths = plain_label(
            fill(
                tr(
                    "Settings",
                    "A break lasts as long as its stretch: %1 to %2 seconds, or %3 to %4 "
                    "minutes for a long break.",
                ),
                round(micro[0]),
                round(micro[1]),
                round(long_break[0] / 60),
                round(long_break[1] / 60),
            )
        )
        lengths.setObjectName("SettingHint")
        lengths.setWordWrap(True)
        grid = breaks.layout()
        assert isinstance(grid, QtWidgets.QGridLayout)
        grid.addWidget(lengths, grid.rowCount(), 0, 1, -1)
        self._on_the_clock()
        return breaks

    def _on_the_clock(self) -> None:
        """The clock's choices in words (the file's are plain English ones), and the interval
        greyed out while breaks come on the clock, which then sets the pace."""
        aligned = self.field(ALIGN_TO_CLOCK)
        assert isinstance(aligned, ChoiceField)
        words = {
            "every 30 minutes": tr("Settings", "Every 30 minutes on the clock"),
            "every 20 minutes": tr("Settings", "Every 20 minutes on the clock"),
            "every hour": tr("Settings", "On the hour"),
        }
        combo = aligned.combo
        for index in range(combo.count()):
            word = combo.itemData(index)
            combo.setItemText(index, words.get(word, combo.itemText(index)))
        interval = self.field(MICRO_INTERVAL).widget

        def follow(_index: int) -> None:
            interval.setEnabled(combo.currentData() == "off")

        combo.currentIndexChanged.connect(follow)
        follow(combo.currentIndex())
