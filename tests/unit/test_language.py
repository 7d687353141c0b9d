"""The app and the command line speak one language: the setting's, or the system's when it
ships, else English."""

from __future__ import annotations

import pytest

from backbreak.core.language import ENGLISH, SYSTEM, spoken_language, system_languages

SHIPPED = ("en", "de", "fr", "es")


@pytest.mark.parametrize(
    ("environ", "spoken"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),  # a country we do not name still speaks French
        ({"LANG": "it_IT.UTF-8"}, ENGLISH),  # not shipped
        ({"LANG": "it_IT.UTF-8", "LANGUAGE": "it:es"}, "es"),  # the next wish that ships
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "C", "LANGUAGE": "de"}, ENGLISH),  # gettext ignores LANGUAGE under C
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "en_GB:de"}, ENGLISH),
        ({}, ENGLISH),
    ],
)
def test_the_system_language_is_spoken_when_it_ships(environ: dict[str, str], spoken: str) -> None:
    assert spoken_language(SYSTEM, SHIPPED, environ) == spoken


def test_the_setting_wins_over_the_system() -> None:
    assert spoken_language("es", SHIPPED, {"LANG": "de_DE.UTF-8"}) == "es"
    assert spoken_language("it", SHIPPED, {"LANG": "de_DE.UTF-8"}) == ENGLISH


def test_the_platform_list_counts_where_the_environment_says_nothing() -> None:
    # Windows and macOS: Qt's uiLanguages, as "de-AT"
    assert spoken_language(SYSTEM, SHIPPED, {}, ["it-IT", "de-AT"]) == "de"
    assert system_languages({"LANG": "POSIX"}) == []


def test_the_setting_offers_exactly_the_languages_that_ship() -> None:
    from backbreak.core.language import LANGUAGE_CHOICES, shipped_languages
    from backbreak.paths import i18n_dir

    assert set(LANGUAGE_CHOICES) == {SYSTEM, *shipped_languages(i18n_dir())}
