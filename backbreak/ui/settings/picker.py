"""Favourites and exercises never shown: the library's exercises and routines in a list; the
selected one is previewed by the figure and can be marked either way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from backbreak.core.exercises import Exercise, Library
from backbreak.core.settings import EXCLUDED, FAVOURITES
from backbreak.qt import Qt, QtGui, QtWidgets, tr
from backbreak.ui.figure import FigureWidget
from backbreak.ui.settings.fields import describe, setting_label
from backbreak.ui.style import plain_label, plain_tooltip

PREVIEW_SIZE: Final = 150


class PracticePicker(QtWidgets.QGroupBox):
    """The library's exercises and routines; the selected one is previewed and can be marked
    a favourite or never shown."""

    def __init__(
        self, library: Library | None, on_change: Callable[[dict[str, object]], None]
    ) -> None:
        super().__init__(tr("Settings", "Favourites and exercises never shown"))
        self.setAccessibleName(self.title())
        self._library = library
        self._on_change = on_change
        self._favourites: tuple[str, ...] = ()
        self._excluded: tuple[str, ...] = ()
        self._updating = False
        self._items: dict[str, QtWidgets.QListWidgetItem] = {}
        self.list = self._practice_list(library)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.list, 1)
        layout.addWidget(self._detail())
        if library is None:
            self.summary.setText(
                tr(
                    "Settings",
                    "The exercise library could not be loaded, so there is nothing to pick.",
                )
            )
        self.list.currentItemChanged.connect(lambda _item, _old: self._show_selected())
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.list.setCurrentItem(first)
        self._show_selected()

    def _practice_list(self, library: Library | None) -> QtWidgets.QListWidget:
        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(tr("Settings", "Exercises and routines"))
        self.list.setMinimumWidth(220)
        self.list.setUniformItemSizes(True)
        if library is not None:
            self._add_items(tr("Settings", "Exercises"), library.exercises)
            self._add_items(tr("Settings", "Routines"), library.routines)
        return self.list

    def _detail(self) -> QtWidgets.QWidget:
        """The selected one: its figure, name and summary, and the two marks."""
        self.figure = FigureWidget(reduced_motion=True)
        self.figure.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.figure.setAccessibleName(tr("Settings", "Preview"))
        self.name = plain_label()
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.favourite = QtWidgets.QCheckBox(setting_label(FAVOURITES))
        describe(self.favourite, FAVOURITES)
        self.never = QtWidgets.QCheckBox(setting_label(EXCLUDED))
        describe(self.never, EXCLUDED)
        self.favourite.toggled.connect(lambda on: self._mark(FAVOURITES.key, on))
        self.never.toggled.connect(lambda on: self._mark(EXCLUDED.key, on))
        detail = QtWidgets.QVBoxLayout()
        detail.setSpacing(6)
        detail.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignHCenter)
        detail.addWidget(self.name)
        detail.addWidget(self.summary)
        detail.addSpacing(4)
        detail.addWidget(self.favourite)
        detail.addWidget(self.never)
        detail.addStretch(1)
        holder = QtWidgets.QWidget()
        holder.setLayout(detail)
        holder.setFixedWidth(PREVIEW_SIZE + 80)
        detail.setContentsMargins(0, 0, 0, 0)
        return holder

    def _add_items(self, heading: str, practices: Sequence[Any]) -> None:
        if not practices:
            return
        header = QtWidgets.QListWidgetItem(heading)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = self.list.font()
        font.setBold(True)
        header.setFont(font)
        self.list.addItem(header)
        for practice in sorted(practices, key=lambda p: p.name.casefold()):
            item = QtWidgets.QListWidgetItem(practice.name)
            item.setData(Qt.ItemDataRole.UserRole, practice.id)
            item.setToolTip(plain_tooltip(practice.summary))
            self.list.addItem(item)
            self._items[practice.id] = item

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        data = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return data if isinstance(data, str) else None

    def select(self, practice_id: str) -> None:
        self.list.setCurrentItem(self._items[practice_id])

    def _show_selected(self) -> None:
        practice_id = self.selected_id()
        practice = (
            None
            if practice_id is None or self._library is None
            else (self._library.get(practice_id))
        )
        for box in (self.favourite, self.never):
            box.setEnabled(practice is not None)
        if practice is None:
            self.figure.setVisible(False)
            self.name.clear()
            return
        exercise = practice if isinstance(practice, Exercise) else practice.items[0].exercise
        self.figure.setVisible(True)
        self.figure.set_exercise(exercise)
        self.figure.set_moment(0, 0.0)  # with reduced motion: the first step's key pose
        self.name.setText(practice.name)
        self.summary.setText(practice.summary)
        self._updating = True
        try:
            self.favourite.setChecked(practice.id in self._favourites)
            self.never.setChecked(practice.id in self._excluded)
        finally:
            self._updating = False

    def _mark(self, key: str, on: bool) -> None:
        practice_id = self.selected_id()
        if self._updating or practice_id is None:
            return
        favourites, excluded = set(self._favourites), set(self._excluded)
        chosen, other = (favourites, excluded) if key == FAVOURITES.key else (excluded, favourites)
        if on:
            chosen.add(practice_id)
            other.discard(practice_id)  # a favourite that is never shown means nothing
        else:
            chosen.discard(practice_id)
        self._on_change({FAVOURITES.key: sorted(favourites), EXCLUDED.key: sorted(excluded)})

    def show_values(self, favourites: tuple[str, ...], excluded: tuple[str, ...]) -> None:
        """Mark the list; ids the library does not have are kept, not shown."""
        self._favourites, self._excluded = favourites, excluded
        muted = self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText)
        text = self.palette().color(QtGui.QPalette.ColorRole.Text)
        for practice_id, item in self._items.items():
            practice = self._library.get(practice_id) if self._library else None
            name = practice.name if practice is not None else practice_id
            font = self.list.font()
            if practice_id in excluded:
                item.setText(name)
                font.setStrikeOut(True)
                item.setForeground(muted)
                state = tr("Settings", "never shown")
            elif practice_id in favourites:
                item.setText(f"{name}  ★")
                item.setForeground(text)
                state = tr("Settings", "favourite")
            else:
                item.setText(name)
                item.setForeground(text)
                state = ""
            item.setFont(font)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {state}" if state else name)
        self._show_selected()
