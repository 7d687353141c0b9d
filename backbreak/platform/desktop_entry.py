"""`backbreak install-desktop-entry [--remove]`: the files that make a pip or pipx install a
desktop application. A freedesktop desktop entry (the menu's entry, starting this very
installation), the AppStream metainfo (for software centres) and hicolor icons rendered from
backbreak's SVG at 16 to 512 px, all in the person's XDG data folder, named by the
application id; `--remove` takes away exactly those files."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak import APP_ID
from backbreak.core.translate import COUNT, fill, noop, tr
from backbreak.files import write_atomically
from backbreak.paths import assets_dir, icon_path
from backbreak.platform.autostart import escape_value, exec_argument, launch_command

if TYPE_CHECKING:
    from backbreak.core.catalogue import Catalogue

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
METAINFO = f"{APP_ID}.metainfo.xml"


# The entry's words, with a line of their own for each shipped language (Comment[de]=...):
# a menu shows them in the session's language, whatever the app's own setting says.
ENTRY_WORDS = (
    ("GenericName", noop("DesktopEntry", "Posture breaks")),
    ("Comment", noop("DesktopEntry", "Breaks from the hunch, with a guided stretch")),
    # Words a menu's search finds the app by, each ending in a semicolon.
    ("Keywords", noop("DesktopEntry", "posture;stretch;break;RSI;")),
)


def desktop_entry(command: list[str]) -> str:
    """The menu entry: it starts the installation that wrote it (`command`)."""
    exec_line = " ".join(exec_argument(argument) for argument in command)
    catalogues = _shipped_catalogues()
    lines = ["[Desktop Entry]", "Type=Application", "Name=backbreak"]
    for key, words in ENTRY_WORDS:
        lines.append(f"{key}={words}")
        for catalogue in catalogues:
            said = catalogue.translate("DesktopEntry", words)
            if said != words:
                lines.append(f"{key}[{catalogue.language}]={escape_value(said)}")
    lines += [
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "StartupNotify=false",
        "",
    ]
    return "\n".join(lines)


def _shipped_catalogues() -> list[Catalogue]:
    """The catalogue of each shipped language but English (the entry's own words), read
    once, without Qt; one that cannot be read is left out: the entry says it in English."""
    from backbreak.core.catalogue import Catalogue
    from backbreak.core.language import ENGLISH, shipped_languages
    from backbreak.paths import i18n_dir

    catalogues = []
    for code in shipped_languages(i18n_dir()):
        if code == ENGLISH:
            continue
        try:
            catalogues.append(Catalogue.read(i18n_dir() / f"backbreak_{code}.ts", code))
        except (OSError, SyntaxError, KeyError):
            continue
    return catalogues


def planned_files(home: Path) -> list[Path]:
    """Every file `install` writes under the data folder `home` (what `remove` takes away)."""
    icons = home / "icons" / "hicolor"
    files = [home / "applications" / f"{APP_ID}.desktop", home / "metainfo" / METAINFO]
    files += [icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    files.append(icons / "scalable" / "apps" / f"{APP_ID}.svg")
    return files


def install(home: Path, command: list[str]) -> list[Path]:
    """Write the desktop entry, the metainfo and the icons; return what was written."""
    from backbreak.qt import QtGui

    if QtGui.QGuiApplication.instance() is None:
        # Rendering an SVG needs a GUI application, never a display: draw offscreen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        holder = QtGui.QGuiApplication([sys.argv[0]])
    else:
        holder = None
    entry, metainfo, *pngs, svg = planned_files(home)
    for path in (entry, metainfo, *pngs, svg):
        path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(entry, desktop_entry(command).encode(), mode=0o644)
    source = assets_dir() / "desktop" / METAINFO
    write_atomically(metainfo, source.read_bytes(), mode=0o644)
    picture = icon_path("backbreak")
    write_atomically(svg, picture.read_bytes(), mode=0o644)
    from backbreak.ui.icons import render_png

    for size, target in zip(ICON_SIZES, pngs, strict=True):
        write_atomically(target, render_png(picture, size), mode=0o644)
    del holder
    return [entry, metainfo, *pngs, svg]


def remove(home: Path) -> list[Path]:
    """Take away what `install` wrote (and nothing else); return what was removed."""
    removed = []
    for path in planned_files(home):
        if path.is_file() and not path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed


def main(home: Path, *, undo: bool, environ: Mapping[str, str] = os.environ) -> int:
    """`home`: the desktop's data folder (Paths.desktop_data_home)."""
    if environ.get("FLATPAK_ID"):
        # Inside the sandbox the data folder is the app's own, which no menu reads; the
        # Flatpak exports its own entry, metainfo and icons when installed.
        print(
            tr(
                "Cli",
                "backbreak runs as a Flatpak, which puts its own entry in the applications "
                "menu: there is nothing to install or remove.",
            ),
            file=sys.stderr,
        )
        return 1
    if undo:
        removed = len(remove(home))
        print(tr("Cli", "Removed %n files of backbreak's menu entry.", None, COUNT, removed))
        return 0
    written = install(home, launch_command())
    more = len(written) - 1
    words = tr(
        "Cli",
        "backbreak is in the applications menu: %1 (and %n more files under %2).",
        None,
        COUNT,
        more
    )  # fmt: skip
    print(fill(words, written[0], home))
    return 0
