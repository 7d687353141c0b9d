"""Small helpers for how our own windows look, shared by the card and the comfort prompt."""

from __future__ import annotations

from backbreak.qt import Qt, QtGui, QtWidgets


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


def plain_label(text: str = "") -> QtWidgets.QLabel:
    """A label that shows its text as text. QLabel's default (AutoText) renders anything that
    looks like HTML, and labels show words from pack files and settings files: a name like
    `<font size=6>` or a summary with `<img src=...>` must appear as written."""
    label = QtWidgets.QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows it as written: tooltips render anything that looks like
    HTML, so the text is escaped into rich text of its own (line breaks kept)."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre) if text else ""
