"""Small helpers for how our own windows look, shared by the card, the comfort prompt and the
settings window."""

from __future__ import annotations

from backbreak.qt import Qt, QtCore, QtGui, QtWidgets

# The style Qt chose for the desktop, kept while ours stands in for it (see apply_theme).
_desktop_style: str | None = None


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


def height_for_words(window: QtWidgets.QWidget, width: int) -> int:
    """The height `window` needs at `width`, word-wrapped labels included: a top-level
    window does not grow taller for them by itself (their height depends on the width, which
    its minimum size ignores), and Qt squeezes them instead."""
    layout = window.layout()
    if layout is None:
        return window.sizeHint().height()
    layout.activate()
    return max(window.sizeHint().height(), layout.totalHeightForWidth(width))


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


class TabBar(QtWidgets.QTabBar):
    """A tab bar whose tabs are tall enough for their text when not selected.

    QCommonStyle (and so Fusion and Windows) lays out a tab's text in the tab's height less
    PM_TabBarTabVSpace, and for a tab that is not selected also less
    PM_TabBarTabShiftVertical, as it draws those 2 px lower; but it sizes every tab for the
    font's line height plus the VSpace alone. The text of a tab that is not selected gets a
    rectangle 2 px shorter than a line, QPainter clips the text to it, and the accents on
    capitals (Ü, É) and the tails of g, p, y are cut off. Qt fixed this once by moving the
    rectangle instead of squeezing it (QTBUG-7137, Qt 4.6); Qt 6 (seen in 6.11) squeezes again.
    Each tab grows by what the rectangle lacks, so the text is drawn whole; in styles that
    leave room (the desktop's own, often) nothing changes."""

    def tabSizeHint(self, index: int) -> QtCore.QSize:
        size = super().tabSizeHint(index)
        shapes = QtWidgets.QTabBar.Shape
        if self.shape() not in (
            shapes.RoundedNorth,
            shapes.TriangularNorth,
            shapes.RoundedSouth,
            shapes.TriangularSouth,
        ):
            return size  # side tabs: their text runs along the tab's height
        # Built by hand: initStyleOption asks for the tab's rectangle, which lays out the
        # tabs, which asks this method again.
        option = QtWidgets.QStyleOptionTab()
        option.initFrom(self)
        option.shape = self.shape()
        option.text = self.tabText(index)
        option.state &= ~QtWidgets.QStyle.StateFlag.State_Selected
        option.rect = QtCore.QRect(QtCore.QPoint(0, 0), size)
        text = self.style().subElementRect(
            QtWidgets.QStyle.SubElement.SE_TabBarTabText, option, self
        )
        size.setHeight(size.height() + max(0, self.fontMetrics().height() - text.height()))
        return size


class TabWidget(QtWidgets.QTabWidget):
    """A QTabWidget with our TabBar: every tab's text drawn whole."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(TabBar(self))


def is_dark(palette: QtGui.QPalette) -> bool:
    return palette.color(QtGui.QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QtGui.QPalette:
    """Our own dark colours, for desktops that cannot give us theirs. Text on window and
    base is about 12:1, dimmed text about 4.5:1 (WCAG AA)."""
    roles = QtGui.QPalette.ColorRole
    palette = QtGui.QPalette(QtGui.QColor("#353535"), QtGui.QColor("#2d2d2d"))
    for role, colour in (
        (roles.Window, "#2d2d2d"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2a2a2a"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#9e9e9e"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.BrightText, "#ff7b72"),
        (roles.Light, "#4a4a4a"),
        (roles.Midlight, "#404040"),
        (roles.Mid, "#2a2a2a"),
        (roles.Dark, "#1c1c1c"),
        (roles.Shadow, "#111111"),
        (roles.Highlight, "#8ab4f8"),
        (roles.HighlightedText, "#1a1a1a"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
        (roles.Accent, "#8ab4f8"),
    ):
        palette.setColor(role, QtGui.QColor(colour))
    disabled = QtGui.QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.HighlightedText):
        palette.setColor(disabled, role, QtGui.QColor("#7a7a7a"))
    palette.setColor(disabled, roles.Highlight, QtGui.QColor("#4a5568"))
    return palette


def apply_theme(theme: str) -> None:
    """Light or dark colours ("light", "dark"), or the desktop's own ("system").

    The desktop is asked first (Qt 6.8's colour scheme request): where it has a platform
    theme that follows the request, its own look stays. Where the palette does not follow
    (no platform theme: plain X, a bare window manager; or Qt before 6.8), the Fusion style
    with our own palette stands in, Fusion because it draws everything from the palette."""
    global _desktop_style
    app = QtWidgets.QApplication.instance()
    if not isinstance(app, QtWidgets.QApplication):
        return
    if _desktop_style is not None:
        # Undo ours first: the desktop's answer to the request below must be seen bare.
        app.setStyle(_desktop_style)
        app.setPalette(QtGui.QPalette())  # an empty palette: the platform's again
        _desktop_style = None
    hints = QtGui.QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(
            {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
                theme, Qt.ColorScheme.Unknown
            )
        )
    if theme not in ("light", "dark") or is_dark(app.palette()) == (theme == "dark"):
        return
    _desktop_style = app.style().name()
    app.setStyle("Fusion")
    style = app.style()
    app.setPalette(dark_palette() if theme == "dark" else style.standardPalette())
