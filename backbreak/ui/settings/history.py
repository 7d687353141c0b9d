"""The History page: the daily goal and the comfort check-in."""

from __future__ import annotations

from backbreak.core.settings import COMFORT_CHECK_IN, DAILY_GOAL
from backbreak.qt import tr
from backbreak.ui.settings.fields import Notify
from backbreak.ui.settings.page import Page


class HistoryPage(Page):
    section = "history"

    def __init__(self, notify: Notify) -> None:
        super().__init__(notify)
        self.stack(self.group(tr("Settings", "Your progress"), DAILY_GOAL, COMFORT_CHECK_IN))

    @staticmethod
    def title() -> str:
        return tr("Settings", "&History")
