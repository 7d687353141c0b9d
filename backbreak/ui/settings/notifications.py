"""The Notifications and sound page: the warning before a break, and the sound."""

from __future__ import annotations

from backbreak.core.settings import SOUND, VOLUME, WARNING_NOTIFICATION
from backbreak.qt import tr
from backbreak.ui.settings.fields import Notify
from backbreak.ui.settings.page import Page


class NotificationsPage(Page):
    section = "notifications"

    def __init__(self, notify: Notify) -> None:
        super().__init__(notify)
        self.stack(
            self.group(tr("Settings", "Before a break"), WARNING_NOTIFICATION),
            self.group(tr("Settings", "Sound"), SOUND, VOLUME),
        )

    @staticmethod
    def title() -> str:
        return tr("Settings", "&Notifications and sound")
