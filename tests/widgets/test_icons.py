"""The running app shows its icons from PNGs rendered from the SVGs (the SVG engine would
cost some 2.5 MiB all day): the renders must be what the SVGs draw today."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from backbreak.paths import RENDERED_ICON_SIZES, icon_path, rendered_icon_path
from backbreak.qt import QtCore, QtGui
from backbreak.ui.icons import app_icon, render_png


@pytest.mark.parametrize("name", ["backbreak", "backbreak-paused"])
def test_the_rendered_icons_are_what_the_svg_draws(qtbot: QtBot, name: str) -> None:
    for size in RENDERED_ICON_SIZES:
        shipped = QtGui.QImage(str(rendered_icon_path(name, size)))
        fresh = QtGui.QImage.fromData(render_png(icon_path(name), size))
        assert shipped.size() == QtCore.QSize(size, size), (name, size)
        assert shipped.convertToFormat(fresh.format()) == fresh, (
            f"{name} at {size} px differs from its SVG: run python3 -m backbreak.ui.icons"
        )


def test_the_app_icon_comes_in_every_rendered_size(qtbot: QtBot) -> None:
    icon = app_icon("backbreak")
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(RENDERED_ICON_SIZES)
    assert not icon.pixmap(22, 22).isNull()
