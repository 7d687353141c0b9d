"""Small helpers for how our own windows look, shared by the card and the comfort prompt."""

from __future__ import annotations

from backbreak.qt import QtGui, QtWidgets


def opaque(colour: QtGui.QColor, background: QtGui.QColor) -> QtGui.QColor:
    """The colour as it shows over the background. Palettes give placeholder text as
    half-transparent black or white; QColor.name() would drop the alpha and make "muted"
    text as dark as any other."""
    alpha = colour.alphaF()
    return QtGui.QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def muted_text(palette: QtGui.QPalette) -> QtGui.QColor:
    """Secondary text: the palette's placeholder colour, as it shows on the window."""
    return opaque(
        palette.color(QtGui.QPalette.ColorRole.PlaceholderText),
        palette.color(QtGui.QPalette.ColorRole.Window),
    )


def scale_font(label: QtWidgets.QLabel, factor: float, *, bold: bool = False) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
