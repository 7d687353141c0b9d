"""`backbreak install-desktop-entry`: the installed command puts a valid desktop entry, valid
AppStream metainfo and icons at every hicolor size into the XDG data folder, named by the
application id, and `--remove` takes exactly those away. Validated with the freedesktop
tools (desktop-file-utils, appstream), which CI installs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backbreak import APP_ID
from backbreak.platform.desktop_entry import ICON_SIZES, planned_files
from backbreak.qt import QtGui

BACKBREAK = shutil.which("backbreak")
pytestmark = pytest.mark.skipif(BACKBREAK is None, reason="the backbreak command is not installed")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} is missing (Debian: packaging/install-debian-deps.sh --test)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    assert BACKBREAK is not None
    return subprocess.run(
        [BACKBREAK, *args], capture_output=True, text=True, timeout=60, env=os.environ
    )


def test_the_menu_entry_metainfo_and_icons_are_installed_valid_and_removed(
    user_dirs: dict[str, Path], qapp: object
) -> None:
    home = user_dirs["XDG_DATA_HOME"]
    result = run("install-desktop-entry")
    assert result.returncode == 0, result.stderr
    files = planned_files(home)
    assert all(path.is_file() for path in files)
    entry, metainfo = files[0], files[1]
    assert entry.name == f"{APP_ID}.desktop" and f"Icon={APP_ID}" in entry.read_text()
    # It starts this installation.
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.removeprefix("Exec=") in (BACKBREAK, f"{sys.executable} -m backbreak")
    checked = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True)
    assert checked.returncode == 0 and not checked.stdout, checked.stdout
    checked = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(metainfo)], capture_output=True
    )
    assert checked.returncode == 0, checked.stdout
    for size in ICON_SIZES:
        image = QtGui.QImage(
            str(home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        )
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # something is drawn
    # Something of the person's beside them is left alone.
    mine = home / "applications" / "mine.desktop"
    mine.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=true\n")
    result = run("install-desktop-entry", "--remove")
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in files)
    assert mine.is_file()


def test_the_menu_entry_speaks_every_shipped_language() -> None:
    """A menu in German, French or Spanish shows the entry's description and search words in
    that language (Comment[de]=...), as the catalogues translate them; the entry stays valid."""
    from backbreak.core.catalogue import Catalogue
    from backbreak.core.language import ENGLISH, shipped_languages
    from backbreak.paths import i18n_dir
    from backbreak.platform.desktop_entry import desktop_entry

    lines = desktop_entry(["backbreak"]).splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = dict(line.split("=", 1) for line in lines[1:] if line)
    languages = [code for code in shipped_languages(i18n_dir()) if code != ENGLISH]
    assert languages == ["de", "es", "fr"]
    for code in languages:
        catalogue = Catalogue.read(i18n_dir() / f"backbreak_{code}.ts", code)
        for key in ("GenericName", "Comment", "Keywords"):
            said = entry[f"{key}[{code}]"]
            assert said == catalogue.translate("DesktopEntry", entry[key]) != entry[key]
    assert entry["Comment[de]"] == "Pausen vom krummen Sitzen, mit angeleiteter Dehnung"
    assert entry["Keywords[fr]"].endswith(";")


def test_the_metainfo_speaks_every_shipped_language() -> None:
    """A software centre in German, Spanish or French shows backbreak's summary, description,
    screenshot captions and search words in that language: each shipped language has every
    one of them, as many paragraphs as the English."""
    import xml.etree.ElementTree as ET

    from backbreak.core.language import ENGLISH, shipped_languages
    from backbreak.paths import assets_dir, i18n_dir
    from backbreak.platform.desktop_entry import METAINFO

    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    component = ET.parse(assets_dir() / "desktop" / METAINFO).getroot()

    def in_language(path: str, code: str | None) -> list[str]:
        return [
            " ".join((element.text or "").split())
            for element in component.iterfind(path)
            if element.get(lang) == code
        ]

    for code in shipped_languages(i18n_dir()):
        if code == ENGLISH:
            continue
        for path in ("summary", "description/p", "screenshots/screenshot/caption"):
            english, translated = in_language(path, None), in_language(path, code)
            assert len(translated) == len(english), (code, path)
            assert all(translated) and not set(translated) & set(english), (code, path)
        assert len(in_language("keywords/keyword", code)) >= 3, code
