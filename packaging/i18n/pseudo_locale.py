"""Build a pseudo-locale catalogue: every message lengthened by about 40 % and bracketed, to
find text that is cut off, not translated, or glued from pieces, before a real language does.

    python3 packaging/i18n/pseudo_locale.py OUT.qm

Placeholders (%1, %n), accelerators (&) and markup are kept. The catalogue is not shipped:
load it with `backbreak-screens --catalogue OUT.qm` (packaging/i18n/screens.py) or any
QTranslator. Needs Qt's lrelease (pyside6-lrelease, from the PySide6 wheel)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "assets" / "i18n" / "backbreak.ts"
# Letters a reader still recognises, so the screen stays usable while it shows the length.
ACCENTED = str.maketrans("aceinouyAEIOUN", "àçéîñöüýÀÉÎÖÜÑ")
KEEP = re.compile(r"(%\d|%n|&\w|<[^>]+>|\{[^}]*\})")


def pseudo(text: str) -> str:
    """ "Next stretch in %n min" → "[Ñéxt strétçh îñ %n mîñ ~~~~~~~]"."""
    parts = KEEP.split(text)
    changed = "".join(part if KEEP.fullmatch(part) else part.translate(ACCENTED) for part in parts)
    padding = "~" * max(1, round(len(text) * 0.4))
    return f"[{changed} {padding}]"


def pseudo_ts(template: Path, target: Path) -> None:
    tree = ET.parse(template)
    root = tree.getroot()
    # English plural rules (two forms): an unknown language code would leave %n messages
    # untranslated.
    root.set("language", "en_US")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            # English has two forms; the template carries one empty form.
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        print("pyside6-lrelease not found (it comes with PySide6)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "pseudo.ts"
        pseudo_ts(TEMPLATE, ts)
        subprocess.run([lrelease, "-silent", str(ts), "-qm", argv[1]], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
