"""The app speaks the chosen language: its own catalogue and Qt's for standard buttons and
day names, installed at start-up (app.main.speak)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backbreak.app.main import speak
from backbreak.core.language import ENGLISH
from backbreak.paths import i18n_dir
from backbreak.qt import QtCore, QtWidgets, tr


@pytest.fixture
def app(qapp: QtWidgets.QApplication) -> Iterator[QtWidgets.QApplication]:
    before = set(qapp.findChildren(QtCore.QTranslator))
    default_locale = QtCore.QLocale()
    yield qapp
    # Put back what the test changed, so no other test runs in French.
    for translator in set(qapp.findChildren(QtCore.QTranslator)) - before:
        QtCore.QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    QtCore.QLocale.setDefault(default_locale)


@pytest.mark.skipif(not (i18n_dir() / "backbreak_fr.qm").exists(), reason="French not built")
def test_the_chosen_language_speaks_in_our_words_and_qts(app: QtWidgets.QApplication) -> None:
    assert speak(app, "fr") == "fr"
    assert tr("App", "backbreak: settings") == "backbreak\u202f: réglages"
    # Qt's own catalogue: the standard buttons of a dialog.
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    # Dates follow the words when the desktop speaks another language.
    monday = QtCore.QDate(2026, 12, 7)
    assert QtCore.QLocale().dayName(monday.dayOfWeek()) == "lundi"


def test_english_needs_no_catalogue(app: QtWidgets.QApplication) -> None:
    assert speak(app, "en") == ENGLISH
    assert tr("App", "backbreak: settings") == "backbreak: settings"


def test_a_language_that_does_not_ship_is_english(app: QtWidgets.QApplication) -> None:
    assert speak(app, "klingon") == ENGLISH
