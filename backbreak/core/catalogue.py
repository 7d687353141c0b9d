"""A language's catalogue read without Qt, for the command line: the translators' own file
(assets/i18n/backbreak_LANG.ts, shipped beside the .qm the app loads), so both say the same.

Plural forms follow the language's rule, as Qt's lrelease writes it for the languages that
ship (a test checks each against Qt's own choice)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from backbreak.core.translate import put_count

# Which of a message's plural forms a count takes, by language (Qt's rules: English, German
# and Spanish say "1 break, 0 breaks"; French says "0 pause, 1 pause, 2 pauses").
# English has its own catalogue of plural forms only (assets/i18n/README.md), so that "1
# working day" is not "1 working days".
PLURAL_RULES: Mapping[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n <= 1 else 1,
}


class Catalogue:
    """Finished translations by (context, English text); a count picks its plural form."""

    def __init__(
        self,
        messages: Mapping[tuple[str, str], tuple[str, ...]],
        plural: Callable[[int], int],
        language: str = "",
    ) -> None:
        self._messages = messages
        self._plural = plural
        self.language = language  # its code ("de"), for words kept elsewhere (the exercises)
        self._unread: Path | None = None  # a file to read at the first message (`at`)

    @classmethod
    def read(cls, path: Path, language: str) -> Catalogue:
        """The finished messages of a .ts file (OSError, ET.ParseError when it cannot be
        read; KeyError for a language with no plural rule here)."""
        plural = PLURAL_RULES[language]
        return cls(_finished_messages(path), plural, language)

    @classmethod
    def at(cls, path: Path, language: str) -> Catalogue:
        """The catalogue of a .ts file, read when the first message is asked for: a command
        that prints nothing, or starts the app (which speaks through Qt), never reads it. A
        file that cannot be read then says English. KeyError at once for a language with no
        plural rule here."""
        catalogue = cls({}, PLURAL_RULES[language], language)
        catalogue._unread = path
        return catalogue

    def translate(self, context: str, text: str, count: int | None = None) -> str:
        """`text` in this language (English when the catalogue lacks it); a count fills %n."""
        if self._unread is not None:
            path, self._unread = self._unread, None
            try:
                self._messages = _finished_messages(path)
            except (OSError, SyntaxError):  # ET.ParseError is a SyntaxError
                self._messages = {}  # English, rather than no answer at all
        forms = self._messages.get((context, text))
        if forms is None:
            chosen = text
        elif count is None:
            chosen = forms[0]
        else:
            chosen = forms[min(self._plural(count), len(forms) - 1)]
        return put_count(chosen, count) if count is not None else chosen


def _finished_messages(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """The finished messages of a .ts file by (context, source), each with its forms."""
    import xml.etree.ElementTree as ET  # only a command that prints words reads a catalogue

    messages: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete: say it in English
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if all(forms):
                messages[(name, message.findtext("source", ""))] = forms
    return messages
