"""README.md opens with the two commands people copy; CI must run exactly the second one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", (ROOT / "README.md").read_text())


def test_readme_starts_with_an_install_and_a_test_command() -> None:
    install, test = readme_commands()[:2]
    assert "pip install ." in install
    assert install.endswith("backbreak")
    assert test.endswith("pytest")


def test_ci_runs_exactly_the_readme_test_command_last() -> None:
    test_command = readme_commands()[1]
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines[-1] == test_command


def test_the_scripts_the_commands_name_exist() -> None:
    for command in readme_commands()[:2]:
        for script in re.findall(r"bash (\S+)", command):
            assert (ROOT / script).is_file(), script
