"""The Appearance page: the theme, reduced motion and the card's size."""

from __future__ import annotations

from backbreak.core.settings import CARD_SIZE, REDUCED_MOTION, THEME
from backbreak.qt import tr
from backbreak.ui.settings.fields import Notify
from backbreak.ui.settings.page import Page


class AppearancePage(Page):
    section = "appearance"

    def __init__(self, notify: Notify) -> None:
        super().__init__(notify)
        self.stack(
            self.group(tr("Settings", "Colours and motion"), THEME, REDUCED_MOTION, CARD_SIZE)
        )

    @staticmethod
    def title() -> str:
        return tr("Settings", "&Appearance")
