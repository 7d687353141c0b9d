"""Which language backbreak speaks: the person's choice in the settings, or the system's.

One answer for the app and the command line, so both speak the same language. The system's
language comes from the environment as on every Unix desktop (LANGUAGE, then LC_ALL,
LC_MESSAGES, LANG); the app hands Qt's list in where the environment says nothing (Windows,
macOS). A language is spoken only when its catalogue ships (assets/i18n/backbreak_LANG.qm);
otherwise English. No Qt here: the command line reads this on every call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

ENGLISH = "en"
SYSTEM = "system"  # the setting's value for "as the system says"
# What the Language setting offers: the system's, or one of the languages that ship (a test
# keeps this in step with assets/i18n).
LANGUAGE_CHOICES = (SYSTEM, ENGLISH, "de", "es", "fr")


def shipped_languages(i18n_dir: Path) -> tuple[str, ...]:
    """The languages with a catalogue in `i18n_dir` (English is the source: always there;
    its own catalogue, backbreak_en, holds only plural forms)."""
    codes = {path.stem.removeprefix("backbreak_") for path in i18n_dir.glob("backbreak_*.qm")}
    return (ENGLISH, *sorted(codes - {ENGLISH}))


def _code(locale: str) -> str:
    """ "de_DE.UTF-8", "de-AT", "de" → "de"; "C" and "POSIX" say nothing."""
    code = locale.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0]
    return "" if code in ("C", "POSIX") else code.lower()


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the environment asks for, most wanted first (as gettext reads them:
    LANGUAGE, a list, only counts when the locale is not C)."""
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    wanted = (
        [_code(part) for part in environ.get("LANGUAGE", "").split(":")] if _code(locale) else []
    )
    wanted.append(_code(locale))
    return [code for code in wanted if code]


def spoken_language(
    setting: str,
    shipped: Iterable[str],
    environ: Mapping[str, str],
    platform_languages: Iterable[str] = (),
) -> str:
    """The language to speak: the setting's when it ships, else the first of the system's
    that ships, else English."""
    available = set(shipped)
    if setting != SYSTEM:
        return setting if setting in available else ENGLISH
    candidates = system_languages(environ) or [_code(name) for name in platform_languages]
    return next((code for code in candidates if code in available), ENGLISH)
