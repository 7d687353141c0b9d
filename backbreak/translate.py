"""Translation of user-visible strings through Qt's translator.

QtCore is imported on the first call, not at import time, so CLI paths that print no prose
(`backbreak status --json`, polled by status bars) never load Qt.
"""

from __future__ import annotations


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` in `context` (found by Qt's lupdate as a QCoreApplication.translate
    call through this name)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)
