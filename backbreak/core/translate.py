"""Translation of user-visible strings through Qt's translator.

Inside the app, Qt is loaded and a translator for the user's language is installed at
start-up (application._install_translator), so tr() goes through QCoreApplication.translate.
The command-line client never loads Qt (`backbreak status --json` is polled by status bars
every few seconds): there tr() returns the English source text. backbreak ships no
translations yet; when the first one lands, the CLI needs to load its catalogue too.

Qt's lupdate finds the messages (assets/i18n/README.md has the command) when it is told that
tr is QCoreApplication.translate and noop is QT_TRANSLATE_NOOP. It reads the source text as
written, so the context and the text must be string literals in the call; the forms it reads
are checked by tests/unit/test_translations.py.
"""

from __future__ import annotations

import enum
import sys
from typing import Final


class _Count(enum.Enum):
    COUNT = "count"


# lupdate's Python parser reads translate(context, text, disambiguation, X) as PyQt4's
# translate(context, text, disambiguation, encoding): a plain name in the fourth place is
# taken for the encoding, so the message loses its plural forms, and a call or an attribute
# there drops the message altogether. It files a message as plural only in the five-argument
# form with the count last, a plain name, and no trailing comma:
#     tr("Card", "%n min", None, COUNT, minutes)
# COUNT fills the fourth place so that call reads as "count: minutes".
COUNT: Final = _Count.COUNT


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
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return text.replace("%n", str(n)) if count is COUNT else text
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
