"""The Exercises page: where you are, what you can do and have at hand at the desk and at
home, the body regions to focus on, and the picker of favourites and exercises never shown."""

from __future__ import annotations

from collections.abc import Callable

from backbreak.core.exercises import Library
from backbreak.core.settings import (
    DESK_EQUIPMENT,
    DESK_POSITIONS,
    FOCUS_REGIONS,
    HOME_EQUIPMENT,
    HOME_POSITIONS,
    PLACE,
)
from backbreak.qt import QtWidgets, tr
from backbreak.ui.settings.fields import ChoiceSetField, Notify
from backbreak.ui.settings.page import Page, form_grid
from backbreak.ui.settings.picker import PracticePicker


class ExercisesPage(Page):
    section = "exercises"

    def __init__(
        self,
        notify: Notify,
        library: Library | None,
        on_pick: Callable[[dict[str, object]], None],
    ) -> None:
        super().__init__(notify)
        self.picker = PracticePicker(library, on_pick)
        form = form_grid()
        self.rows(form, PLACE)
        places = QtWidgets.QGridLayout()
        places.setSpacing(12)
        for column, specs in enumerate(
            ((DESK_POSITIONS, DESK_EQUIPMENT), (HOME_POSITIONS, HOME_EQUIPMENT))
        ):
            for row, spec in enumerate(specs):
                places.addWidget(self.field(spec).cell(), row, column)
        left = QtWidgets.QVBoxLayout()
        left.setSpacing(12)
        left.addLayout(form)
        left.addLayout(places)
        left.addWidget(self.field(FOCUS_REGIONS).cell())
        left.addStretch(1)
        self._offer_worked_regions(library)
        layout = QtWidgets.QHBoxLayout(self.page)
        layout.setSpacing(14)
        layout.addLayout(left, 1)
        layout.addWidget(self.picker, 1)

    def _offer_worked_regions(self, library: Library | None) -> None:
        """Offer as focus only the regions some exercise of the library works: focusing on
        one none works would change nothing (the statistics' regions are the same ones).
        A region chosen before stays chosen, unseen, until a pack brings its exercises."""
        if library is None:
            return
        worked = {region.value for practice in library.exercises for region in practice.regions}
        focus = self.field(FOCUS_REGIONS)
        assert isinstance(focus, ChoiceSetField)
        for region, box in focus.boxes.items():
            box.setVisible(region in worked)

    @staticmethod
    def title() -> str:
        return tr("Settings", "E&xercises")
