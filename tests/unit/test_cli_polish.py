"""Everyday command-line polish (issue 15): what a status bar and a person typing commands
see. These run the CLI in-process with no app running (each test has its own runtime
folder, so nothing listens on its socket)."""

from __future__ import annotations

import json

import pytest

from backbreak import __version__
from backbreak.cli.main import EXIT_NOT_RUNNING, main


def test_status_json_without_the_app_is_an_object_saying_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["status", "--json"]) == EXIT_NOT_RUNNING
    out = capsys.readouterr()
    assert json.loads(out.out) == {"running": False, "version": __version__}
    assert "not running" in out.err


def test_status_in_words_without_the_app_keeps_stdout_empty(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["status"]) == EXIT_NOT_RUNNING
    assert capsys.readouterr().out == ""
