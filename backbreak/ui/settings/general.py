"""The General page: starting at login, and the person's settings and data (open the data
folder, reset every setting)."""

from __future__ import annotations

from backbreak.core.settings import LANGUAGE, START_AT_LOGIN
from backbreak.core.translate import fill
from backbreak.qt import Qt, QtWidgets, tr
from backbreak.ui.settings.fields import Notify, side_by_side
from backbreak.ui.settings.page import Page
from backbreak.ui.style import plain_label


class GeneralPage(Page):
    """The window connects the two buttons: `data_button` and `reset_button`."""

    section = "general"

    def __init__(self, notify: Notify) -> None:
        super().__init__(notify)
        self.data_button = QtWidgets.QPushButton(tr("Settings", "Open the data folder"))
        self.data_button.setAccessibleName(self.data_button.text())
        self.data_button.setToolTip(
            tr("Settings", "The folder with your break history and your own exercises.")
        )
        self.reset_button = QtWidgets.QPushButton(tr("Settings", "Reset to defaults…"))
        self.reset_button.setAccessibleName(tr("Settings", "Reset every setting to its default"))
        self.reset_button.setToolTip(
            tr("Settings", "Put every setting back as it was when backbreak was installed.")
        )
        # Where the folder is, in words that can be selected and copied: the button's file
        # manager may be missing, or fail without a word.
        self.data_place = plain_label()
        self.data_place.setObjectName("SettingHint")
        self.data_place.setWordWrap(True)
        self.data_place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_place.hide()
        data = QtWidgets.QGroupBox(tr("Settings", "Your settings and data"))
        data_layout = QtWidgets.QVBoxLayout(data)
        data_layout.addWidget(side_by_side(self.data_button, self.reset_button))
        data_layout.addWidget(self.data_place)
        self.stack(
            self.group(tr("Settings", "Starting"), START_AT_LOGIN),
            self.group(tr("Settings", "Language"), LANGUAGE),
            data,
        )

    def show_data_folder(self, folder: str) -> None:
        self.data_place.setText(fill(tr("Settings", "Kept in %1"), folder))
        self.data_place.setVisible(bool(folder))

    @staticmethod
    def title() -> str:
        return tr("Settings", "&General")
