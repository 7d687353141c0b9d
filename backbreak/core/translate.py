"""Translation of user-visible strings through Qt's translator.

Inside the app, Qt is loaded and a translator for the user's language is installed at
start-up (application._install_translator), so tr() goes through QCoreApplication.translate.
The command-line client never loads Qt (`backbreak status --json` is polled by status bars
every few seconds): there tr() returns the English source text. backbreak ships no
translations yet; when the first one lands, the CLI needs to load its catalogue too.
"""

from __future__ import annotations

import sys


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` in `context` (found by Qt's lupdate as a QCoreApplication.translate
    call through this name)."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    translated: str = qt_core.QCoreApplication.translate(context, text, disambiguation, n)
    return translated
