"""The General page: starting at login, and the person's settings and data (open the data
folder, reset every setting)."""

from __future__ import annotations

from backbreak.core.settings import LANGUAGE, START_AT_LOGIN
from backbreak.qt import QtWidgets, tr
from backbreak.ui.settings.fields import Notify, side_by_side
from backbreak.ui.settings.page import Page


class GeneralPage(Page):
    """The window connects the two buttons: `data_button` and `reset_button`."""

    section = "general"

    def __init__(self, notify: Notify) -> None:
        super().__init__(notify)
        self.data_button = QtWidgets.QPushButton(tr("Settings", "Open the data folder"))
        self.data_button.setAccessibleName(self.data_button.text())
        self.data_button.setToolTip(
            tr("Settings", "The folder with your settings file, break history and logs.")
        )
        self.reset_button = QtWidgets.QPushButton(tr("Settings", "Reset to defaults…"))
        self.reset_button.setAccessibleName(tr("Settings", "Reset every setting to its default"))
        self.reset_button.setToolTip(
            tr("Settings", "Put every setting back as it was when backbreak was installed.")
        )
        data = QtWidgets.QGroupBox(tr("Settings", "Your settings and data"))
        data_layout = QtWidgets.QVBoxLayout(data)
        data_layout.addWidget(side_by_side(self.data_button, self.reset_button))
        self.stack(
            self.group(tr("Settings", "Starting"), START_AT_LOGIN),
            self.group(tr("Settings", "Language"), LANGUAGE),
            data,
        )

    @staticmethod
    def title() -> str:
        return tr("Settings", "&General")
