"""The command line speaks the app's language without Qt: it reads the same catalogue, and
picks plural forms as Qt does for every shipped language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backbreak.core.catalogue import PLURAL_RULES, Catalogue
from backbreak.core.language import shipped_languages
from backbreak.paths import i18n_dir

LANGUAGES = [code for code in shipped_languages(i18n_dir()) if code != "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_language_picks_plural_forms_as_qt_does(qapp: Any, language: str) -> None:
    from PySide6.QtCore import QTranslator

    catalogue = Catalogue.read(i18n_dir() / f"backbreak_{language}.ts", language)
    translator = QTranslator()
    assert translator.load(str(i18n_dir() / f"backbreak_{language}.qm"))
    for count in range(4):
        # The translator gives the form; QCoreApplication.translate fills in %n after it.
        qt_form = translator.translate("Status", "Breaks done today: %n", None, count)
        ours = catalogue.translate("Status", "Breaks done today: %n", count)
        assert ours == qt_form.replace("%n", str(count))
    assert catalogue.translate("Cli", "backbreak is not running.") == translator.translate(
        "Cli", "backbreak is not running."
    )


def test_without_qt_tr_speaks_the_catalogue_only_inside_speaking() -> None:
    # In a child: this process has Qt loaded (pytest-qt), and then tr() goes through Qt.
    code = """
import sys
from backbreak.core.catalogue import PLURAL_RULES, Catalogue
from backbreak.core.translate import COUNT, speaking, tr
catalogue = Catalogue(
    {("Status", "Breaks done today: %n"): ("%n Pause heute", "%n Pausen heute")},
    PLURAL_RULES["de"],
)
with speaking(catalogue):
    print(tr("Status", "Breaks done today: %n", None, COUNT, 1))
    print(tr("Status", "Breaks done today: %n", None, COUNT, 3))
    print(tr("Status", "Not in it"))
print(tr("Status", "Breaks done today: %n", None, COUNT, 3))
assert "PySide6.QtCore" not in sys.modules
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.splitlines() == [
        "1 Pause heute",
        "3 Pausen heute",
        "Not in it",
        "Breaks done today: 3",
    ]
    assert set(PLURAL_RULES) >= set(LANGUAGES)


def _cli(*args: str, lang: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LANG": lang,
        "LANGUAGE": "",
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "backbreak", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif("de" not in LANGUAGES, reason="German does not ship")
def test_the_command_line_speaks_the_systems_language(tmp_path: Path) -> None:
    german = _cli("status", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert german.returncode == 3
    assert german.stderr.strip() == "backbreak läuft nicht."
    english = _cli("status", lang="en_GB.UTF-8", tmp_path=tmp_path)
    assert english.stderr.strip() == "backbreak is not running."


def test_status_json_stays_machine_readable_in_any_language(tmp_path: Path) -> None:
    done = _cli("status", "--json", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert done.returncode == 3
    assert '"running": false' in done.stdout


@pytest.mark.skipif("fr" not in LANGUAGES, reason="French does not ship")
def test_the_language_setting_wins_on_the_command_line_too(tmp_path: Path) -> None:
    (tmp_path / "config" / "backbreak").mkdir(parents=True)
    settings = tmp_path / "config" / "backbreak" / "settings.toml"
    settings.write_text('config_version = 3\n[general]\nlanguage = "fr"\n')
    french = _cli("status", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert french.stderr.strip() == "backbreak ne tourne pas."
    settings.write_text('config_version = 3\n[general]\nlanguage = "klingon"\n')
    refused = _cli("status", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert refused.stderr.strip() == "backbreak läuft nicht."  # as the app: "system"


@pytest.mark.skipif("de" not in LANGUAGES, reason="German does not ship")
def test_a_command_that_loads_qt_speaks_the_language_too(tmp_path: Path) -> None:
    # Qt is imported (the menu entry's icons are drawn with it; the bundle imports it at
    # every start) but no translator is installed: the command's catalogue still speaks.
    done = _cli("install-desktop-entry", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("backbreak ist im Anwendungsmenü"), done.stdout
    assert str(tmp_path / "data") in done.stdout  # into the test's folder, not the home


@pytest.mark.skipif("de" not in LANGUAGES, reason="German does not ship")
def test_the_exercise_list_names_them_in_the_commands_language(tmp_path: Path) -> None:
    german = _cli("exercise", "list", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert german.returncode == 0, german.stderr
    assert "Kinn einziehen" in german.stdout and "Chin tuck" not in german.stdout
    english = _cli("exercise", "list", lang="en_GB.UTF-8", tmp_path=tmp_path)
    assert "Chin tuck" in english.stdout


def test_a_catalogue_is_read_only_when_a_message_needs_it(tmp_path: Path) -> None:
    # Starting the app goes through the command line, which speaks no word of its own then:
    # the file is not parsed (nor the XML reader loaded) until a message is asked for.
    code = f"""
import sys
from pathlib import Path
from backbreak.core.catalogue import Catalogue
path = Path({str(tmp_path / "backbreak_de.ts")!r})
path.write_text('<TS><context><name>Cli</name><message><source>Hello</source>'
                '<translation>Hallo</translation></message></context></TS>')
later = Catalogue.at(path, "de")
print("xml.etree.ElementTree" in sys.modules, later.language)
print(later.translate("Cli", "Hello"), "xml.etree.ElementTree" in sys.modules)
broken = Catalogue.at(Path({str(tmp_path / "none.ts")!r}), "de")
print(broken.translate("Cli", "Hello"))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.splitlines() == ["False de", "Hallo True", "Hello"]


@pytest.mark.skipif("de" not in LANGUAGES, reason="German does not ship")
def test_argparses_own_words_are_in_the_commands_language_too(tmp_path: Path) -> None:
    """The usage line, the section titles, -h's help and the refusal of a command missing
    its argument: in German, not English words around German help."""
    helped = _cli("--help", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("Aufruf: backbreak")
    assert "\nOptionen:\n" in helped.stdout and "\nPositionsargumente:\n" in helped.stdout
    assert "diese Hilfe zeigen und beenden" in helped.stdout
    assert "usage" not in helped.stdout and "show this help" not in helped.stdout
    refused = _cli("pause", lang="de_DE.UTF-8", tmp_path=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1] == (
        "backbreak pause: Fehler: diese Argumente fehlen: LENGTH"
    )
    english = _cli("pause", lang="en_GB.UTF-8", tmp_path=tmp_path)
    assert english.stderr.splitlines()[-1] == (
        "backbreak pause: error: the following arguments are required: LENGTH"
    )


def test_the_argparse_words_are_argparses_own_and_it_gets_its_gettext_back() -> None:
    """Each listed text is one argparse says (a Python whose argparse changed a text would
    leave it untranslated: this says which); after the parser has run, argparse's `_` is
    gettext's again."""
    import argparse
    import gettext
    import inspect

    from backbreak.cli.parser import ARGPARSE_WORDS, argparse_speaking, build_parser

    source = inspect.getsource(argparse)
    for text in ARGPARSE_WORDS:
        assert any(
            f"{quote}{text}{ending}{quote}" in source for quote in "'\"" for ending in ("", "\\n")
        ), text
    with argparse_speaking():
        build_parser().parse_args(["status"])
    assert vars(argparse)["_"] is gettext.gettext
