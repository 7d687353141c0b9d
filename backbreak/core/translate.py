"""Translation of user-visible strings through Qt's translator.

Inside the app, Qt is loaded and a translator for the person's language is installed at
start-up (app.main.speak), so tr() goes through QCoreApplication.translate. A command reads
the same catalogue with core.catalogue and speaks it for the length of the command
(`speaking`), without Qt's translator (`backbreak status --json` is polled by status bars
every few seconds and loads no Qt); with none, tr() returns the English source text. The app,
started by a command, runs with no catalogue spoken (cli.main._start).

Qt's lupdate finds the messages (assets/i18n/README.md has the command) when it is told that
tr is QCoreApplication.translate and noop is QT_TRANSLATE_NOOP. It reads the source text as
written, so the context and the text must be string literals in the call; the forms it reads
are checked by tests/unit/test_translations.py.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from backbreak.core.catalogue import Catalogue


class _Count(enum.Enum):
    COUNT = "count"


# lupdate's Python parser reads translate(context, text, disambiguation, X) as PyQt4's
# translate(context, text, disambiguation, encoding): a plain name in the fourth place is
# taken for the encoding, so the message loses its plural forms, and a call or an attribute
# there drops the message altogether. It files a message as plural only in the five-argument
# form with the count last, a plain name, and no trailing comma:
#     tr("Card", "%n min", None, COUNT, minutes)
# COUNT fills the fourth place so that call reads as "count: minutes". ruff format adds that
# trailing comma when it puts each argument on a line of its own: a call too long for one
# line ends with `)  # fmt: skip` (tests/unit/test_translations.py checks).
COUNT: Final = _Count.COUNT


# The catalogue the command line speaks while a command runs (see `speaking`); the app
# speaks through Qt instead.
_SPOKEN: ContextVar[Catalogue | None] = ContextVar("backbreak_spoken_catalogue", default=None)


@contextmanager
def speaking(catalogue: Catalogue | None) -> Iterator[None]:
    """Translate through `catalogue` (None: English) while the block runs, where Qt is not
    loaded (the command line)."""
    token = _SPOKEN.set(catalogue)
    try:
        yield
    finally:
        _SPOKEN.reset(token)


def spoken_language() -> str | None:
    """The language a command speaks (its catalogue's code), None for English or in the app."""
    catalogue = _SPOKEN.get()
    language = catalogue.language if catalogue is not None else ""
    return None if language in ("", "en") else language


def tr(
    context: str,
    text: str,
    disambiguation: str | None = None,
    count: _Count | None = None,
    n: int = -1,
) -> str:
    """Translate `text` in `context` (found by Qt's lupdate as a QCoreApplication.translate
    call through this name). A text with %n takes COUNT and the number: Qt picks the plural
    form and puts the number in."""
    catalogue = _SPOKEN.get()
    if catalogue is not None:
        # A command speaking: its catalogue, even where Qt is loaded (a command that draws,
        # or the bundle, whose start-up imports Qt) but has no translator installed.
        return catalogue.translate(context, text, n if count is COUNT else None)
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return put_count(text, n) if count is COUNT else text
    translated: str = qt_core.QCoreApplication.translate(
        context, text, disambiguation, n if count is COUNT else -1
    )
    return translated


def noop(context: str, text: str) -> str:
    """Marks `text` for translation in `context` without translating it (Qt's
    QT_TRANSLATE_NOOP): for strings kept in data (setting labels, units, command help) and
    translated later through a variable, tr(context, variable), which lupdate cannot read.
    Help is translated only when printed, so `backbreak status --json` never loads Qt."""
    return text


def put_count(text: str, n: int) -> str:
    """`text` with the count in for %n and %Ln, where Qt is not loaded: the command line has no
    locale of Qt's, so %Ln (Qt: the number as the locale writes it) is the plain number."""
    return text.replace("%Ln", str(n)).replace("%n", str(n))


_PLACEHOLDER: Final = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2... %9 replaced by `values` in one pass: a value that itself holds
    "%2" (a file name, a word typed on the command line, a value from a settings file) stays
    as it is, where a chain of .replace("%1", a).replace("%2", b) would put b into a."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)
