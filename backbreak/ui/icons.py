"""The app's own icons, from PNGs rendered from the SVGs in assets/icons.

Why not the SVG itself: the first SVG icon loads Qt's SVG icon engine and library, about
2.5 MiB of memory the app would hold all day for two small pictures. The PNGs are rendered
by `render_icons` (run `python3 -m backbreak.ui.icons` after changing an SVG); a test checks
that they match the SVGs."""

from __future__ import annotations

import sys
from pathlib import Path

from backbreak.paths import RENDERED_ICON_SIZES, icon_path, rendered_icon_path
from backbreak.qt import QtCore, QtGui, QtWidgets


def app_icon(name: str) -> QtGui.QIcon:
    """The icon `name` ("backbreak", "backbreak-paused") in every rendered size; the SVG
    when the renders are missing (a checkout where they were not made)."""
    files = [rendered_icon_path(name, size) for size in RENDERED_ICON_SIZES]
    if not all(path.is_file() for path in files):
        return QtGui.QIcon(str(icon_path(name)))
    icon = QtGui.QIcon()
    for path in files:
        icon.addFile(str(path))
    return icon


def give_window_icon(window: QtWidgets.QWidget) -> None:
    """Give a window of its own (settings, statistics) the app's icon, as a fresh QIcon that
    goes with the window.

    Not QGuiApplication.setWindowIcon: an app-wide icon is also set on the tray icon's own
    little X window, and setting a window's icon makes Qt load every size of it (up to
    256 px) for _NET_WM_ICON and keep them in the icon: ~0.36 MiB held all day for a window
    nobody sees. The pop-ups (card, comfort check-in) are frameless tool windows that no
    task bar or window switcher shows, so they need none."""
    window.setWindowIcon(app_icon("backbreak"))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at `size` x `size` px, as PNG bytes (needs a QGuiApplication)."""
    image = QtGui.QIcon(str(svg)).pixmap(QtCore.QSize(size, size), 1.0).toImage()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub says the format is bytes, but the call wants a str (bytes raises
    # ValueError at run time).
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def render_icons(names: tuple[str, ...] = ("backbreak", "backbreak-paused")) -> list[Path]:
    """Render every icon at every size into assets/icons/rendered; returns the files."""
    written = []
    for name in names:
        for size in RENDERED_ICON_SIZES:
            target = rendered_icon_path(name, size)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(render_png(icon_path(name), size))
            written.append(target)
    return written


def main() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    holder = QtGui.QGuiApplication(sys.argv[:1])
    for path in render_icons():
        print(path)
    del holder
    return 0


if __name__ == "__main__":
    sys.exit(main())
