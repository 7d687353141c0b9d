"""Every user-visible string reaches the translators: Qt's lupdate extracts each tr()/noop()
call in the right context, counts get plural forms, the committed template
(assets/i18n/backbreak.ts) is what lupdate makes of the code today, and a catalogue built by
lrelease translates through backbreak's tr().

lupdate and lrelease come with the PySide6 wheel. Without them these tests skip on a
developer's machine, and fail under CI (the CI environment variable set), where a skip would
hide an untranslatable string.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "backbreak"
TEMPLATE = ROOT / "assets" / "i18n" / "backbreak.ts"

# The same options as the command in assets/i18n/README.md: tr is QCoreApplication.translate
# and noop is QT_TRANSLATE_NOOP (context first, then the text).
LUPDATE_OPTIONS = [
    "-tr-function-alias",
    "translate+=tr,QT_TRANSLATE_NOOP+=noop",
    "-locations",
    "none",
    "-no-obsolete",
]


def _counted(text: str) -> bool:
    """A text with a count: %n, or %Ln (the number as the locale writes it)."""
    return "%n" in text or "%Ln" in text


class Message(NamedTuple):
    context: str
    source: str
    plural: bool


def _tool(name: str) -> str:
    """The path of Qt's `name` (lupdate, lrelease): beside PySide6's modules, as the wheel
    installs it, or pyside6-`name` on PATH."""
    try:
        import PySide6

        beside = Path(PySide6.__file__).parent / name
        if beside.is_file() and os.access(beside, os.X_OK):
            return str(beside)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}")
    if found is not None:
        return found
    reason = f"Qt's {name} not found (it comes with the PySide6 wheel: pip install -e .[test])"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _python_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def _run(*command: str) -> None:
    try:
        # lupdate takes half a second here; its Python parser loops forever on a count like
        # round(self.x / 60) (a call with an attribute inside), so it gets a deadline.
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{command[0]} hung: look for a count that is not a plain name")
    assert done.returncode == 0, f"{command[0]} failed:\n{done.stdout}\n{done.stderr}"


def _extract(target: Path) -> Path:
    _run(_tool("lupdate"), *map(str, _python_files()), *LUPDATE_OPTIONS, "-ts", str(target))
    return target


def _messages(ts_file: Path) -> set[Message]:
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.add(
                Message(name, message.findtext("source", ""), message.get("numerus") == "yes")
            )
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Call(NamedTuple):
    where: str
    node: ast.Call


def _calls() -> list[Call]:
    """Every call of tr() or noop() by name in backbreak/."""
    calls = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "noop")
            ):
                calls.append(Call(f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return calls


def _marked_in_source() -> set[tuple[str, str]]:
    """(context, text) of every call whose context and text are literals, as lupdate should
    find them; tr(context, variable) translates data marked elsewhere with noop()."""
    marked = set()
    for call in _calls():
        args = call.node.args
        if len(args) >= 2 and (context := _literal(args[0])) and (text := _literal(args[1])):
            marked.add((context, text))
    return marked


def test_every_call_names_its_context_and_noop_its_text() -> None:
    """The context is a literal in every call (lupdate files a message under the context it
    reads), and a noop() marks a literal text, or it marks nothing."""
    wrong = []
    for call in _calls():
        args, name = call.node.args, call.node.func.id  # type: ignore[attr-defined]
        files_it = not call.node.keywords and len(args) >= 2 and _literal(args[0]) is not None
        if name == "noop":
            files_it = files_it and len(args) == 2 and _literal(args[1]) is not None
        if not files_it:
            wrong.append(f"{call.where}: {ast.unparse(call.node)}")
    assert not wrong, "calls lupdate cannot file:\n" + "\n".join(wrong)


def test_counts_use_the_form_lupdate_reads_as_plural() -> None:
    """A text with %n is tr(context, text, None, COUNT, name): lupdate reads a fourth argument
    as an encoding (backbreak/core/translate.py says why), drops a message whose count is a call
    or an attribute, and a trailing comma after the count (which ruff format adds to a call it
    splits one argument a line: such a call ends with `)  # fmt: skip`)."""
    wrong = []
    for call in _calls():
        args = call.node.args
        text = _literal(args[1]) if len(args) >= 2 else None
        if text is None or not _counted(text):
            continue
        form = (
            call.node.func.id == "tr"  # type: ignore[attr-defined]
            and len(args) == 5
            and isinstance(args[3], ast.Name)
            and args[3].id == "COUNT"
            and isinstance(args[4], ast.Name)
        )
        if form:
            path = call.where.rsplit(":", 1)[0]
            source = (ROOT / path).read_text(encoding="utf-8").splitlines()
            after = source[args[4].end_lineno - 1][args[4].end_col_offset :]  # type: ignore[operator]
            form = not after.lstrip().startswith(",")
        if not form:
            wrong.append(f"{call.where}: {ast.unparse(call.node)}")
    assert not wrong, "counts lupdate does not read as plural:\n" + "\n".join(wrong)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    return _messages(_extract(tmp_path_factory.mktemp("lupdate") / "backbreak.ts"))


def test_lupdate_extracts_every_marked_string_in_its_context(extracted: set[Message]) -> None:
    found = {(message.context, message.source) for message in extracted}
    marked = _marked_in_source()
    assert not marked - found, "marked but not extracted by lupdate: " + repr(
        sorted(marked - found)
    )
    # A message filed under a wrong context (lupdate reading tr(context, text) as
    # QObject.tr(text, disambiguation) files the context as the text) shows up here.
    assert not found - marked, "extracted but marked nowhere: " + repr(sorted(found - marked))


def test_every_count_has_plural_forms(extracted: set[Message]) -> None:
    singular = sorted(m for m in extracted if _counted(m.source) and not m.plural)
    assert not singular, f"%n messages without plural forms: {singular}"
    assert {m for m in extracted if m.plural} == {m for m in extracted if _counted(m.source)}


def test_committed_template_is_current(extracted: set[Message]) -> None:
    committed = _messages(TEMPLATE)
    assert committed == extracted, (
        "assets/i18n/backbreak.ts is stale; regenerate it with the command in "
        "assets/i18n/README.md.\n"
        f"missing: {sorted(extracted - committed)}\nleft over: {sorted(committed - extracted)}"
    )


GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Card</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_a_catalogue_built_by_lrelease_translates_through_tr(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from backbreak.core.translate import COUNT, tr

    # Both messages exist in the template: the toy catalogue translates real strings.
    assert {Message("Card", "Skip", False), Message("Card", "%n min", True)} <= _messages(TEMPLATE)
    source = tmp_path / "backbreak_de.ts"
    source.write_text(GERMAN, encoding="utf-8")
    catalogue = tmp_path / "backbreak_de.qm"
    _run(_tool("lrelease"), str(source), "-qm", str(catalogue))
    translator = QTranslator()
    assert translator.load(str(catalogue))
    assert QCoreApplication.installTranslator(translator)
    try:
        assert tr("Card", "Skip") == "Überspringen"
        assert tr("Card", "%n min", None, COUNT, 1) == "1 Minute"
        assert tr("Card", "%n min", None, COUNT, 5) == "5 Minuten"
        assert tr("Card", "Done") == "Done"  # not in the catalogue: the English text
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Card", "Skip") == "Skip"


# -- the shipped languages ---------------------------------------------------------------------


ENGLISH = TEMPLATE.parent / "backbreak_en.ts"  # the source language's plural forms only


def _shipped_catalogues() -> list[Path]:
    return sorted(TEMPLATE.parent.glob("backbreak_*.ts"))


def _languages() -> list[str]:
    """The languages translated in full (English, the source, has its plural forms only)."""
    return [
        path.stem.removeprefix("backbreak_") for path in _shipped_catalogues() if path != ENGLISH
    ]


def _built() -> list[str]:
    """Every catalogue built into a .qm, English's plural forms too."""
    return [path.stem.removeprefix("backbreak_") for path in _shipped_catalogues()]


# A probe catalogue with more plural forms than any language has: the forms Qt picks for
# counts 0 to 200 are those the language's rule has.
PROBE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>%n</source>
        <translation>{forms}</translation>
    </message>
</context>
</TS>
"""


def _qt_plural_forms(language: str, folder: Path) -> int:
    """How many plural forms Qt's rules give `language` (as lrelease and QTranslator use)."""
    from PySide6.QtCore import QTranslator

    forms = "".join(f"<numerusform>form {index}</numerusform>" for index in range(6))
    source = folder / f"probe_{language}.ts"
    source.write_text(PROBE.format(language=language, forms=forms), encoding="utf-8")
    built = folder / f"probe_{language}.qm"
    _run(_tool("lrelease"), "-silent", str(source), "-qm", str(built))
    translator = QTranslator()
    assert translator.load(str(built))
    return len({translator.translate("Probe", "%n", None, count) for count in range(201)})


def _numerus_forms(ts_file: Path) -> dict[tuple[str, str], int]:
    """How many forms each plural message of `ts_file` has, by (context, source)."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                count = len(list(translation.iter("numerusform"))) if translation is not None else 0
                found[(name, message.findtext("source", ""))] = count
    return found


@pytest.mark.parametrize("language", _built())
def test_every_plural_message_has_as_many_forms_as_the_language(
    qapp: Any, language: str, tmp_path: Path
) -> None:
    """German, French, Spanish and English have two forms each by Qt's rules (French uses
    the first for 0 and 1): a message with fewer says "1 Tage" or "0 jours"; lrelease
    keeps a form too many, unused."""
    source = TEMPLATE.parent / f"backbreak_{language}.ts"
    wanted = _qt_plural_forms(language, tmp_path)
    forms = _numerus_forms(source)
    assert forms, f"{source.name} has no plural message"
    wrong = sorted(f"{key}: {count}" for key, count in forms.items() if count != wanted)
    assert not wrong, f"{source.name}: plural messages without {wanted} forms:\n" + "\n".join(wrong)


def test_the_english_catalogue_holds_every_plural_message_and_only_those(
    extracted: set[Message],
) -> None:
    """English is the source text, but a count's singular is not: backbreak_en.ts has each
    plural message's forms ("%n working day", "%n working days"), made by lupdate
    -pluralonly (assets/i18n/README.md), and nothing else."""
    assert _messages(ENGLISH) == {m for m in extracted if m.plural}, (
        f"{ENGLISH.name} is stale: run lupdate -pluralonly on it"
    )
    problems = []
    for context in ET.parse(ENGLISH).getroot().iter("context"):
        for message in context.iter("message"):
            text = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if translation.get("type") or not all(forms):
                problems.append(f"{text!r} is unfinished")
            elif forms[-1] != text:  # the plural is the source text as written
                problems.append(f"{text!r}: its plural form is {forms[-1]!r}")
    assert not problems, "\n".join(problems)


def test_at_least_one_language_ships() -> None:
    assert _languages(), "no catalogue in assets/i18n"


@pytest.mark.parametrize("language", _languages())
def test_a_shipped_catalogue_is_complete_and_current(
    language: str, extracted: set[Message]
) -> None:
    """Every message of the code today, translated, none unfinished or left over, every
    placeholder kept, and as many plural forms as the language has."""
    source = TEMPLATE.parent / f"backbreak_{language}.ts"
    root = ET.parse(source).getroot()
    assert (root.get("language") or "").split("_")[0] == language
    assert _messages(source) == extracted, f"{source.name} is stale: run lupdate on it"
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            text = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{name}: {text!r} is {translation.get('type')}")
                continue
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            for form in forms:
                for placeholder in ("%1", "%2", "%3", "%4", "%5", "%n", "%Ln"):
                    if (placeholder in text) != (placeholder in form):
                        problems.append(f"{name}: {text!r} -> {form!r} ({placeholder})")
                if not form.strip():
                    problems.append(f"{name}: {text!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", _built())
def test_the_committed_qm_is_built_from_its_catalogue(language: str, tmp_path: Path) -> None:
    """backbreak_LANG.qm ships beside its .ts (so a pip install needs no Qt tools): it must
    be exactly what lrelease makes of the .ts today (packaging/i18n/build-catalogues.sh)."""
    source = TEMPLATE.parent / f"backbreak_{language}.ts"
    built = tmp_path / f"backbreak_{language}.qm"
    _run(_tool("lrelease"), "-silent", str(source), "-qm", str(built))
    committed = source.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} missing: packaging/i18n/build-catalogues.sh"
    assert committed.read_bytes() == built.read_bytes(), (
        f"{committed.name} is stale: packaging/i18n/build-catalogues.sh"
    )
