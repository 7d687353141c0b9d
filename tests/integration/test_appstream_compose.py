"""The desktop files as a distribution or a software centre takes them: staged under a prefix
(packaging/stage-desktop-files.py, as the bundle's tarball and the Flatpak ship them), checked
by desktop-file-validate and `appstreamcli validate --no-net`, then composed into an AppStream
catalogue by `appstreamcli compose --no-net`, as a repository's builder does. Any error or
warning fails; what the tools said is printed (pytest shows it with a failure).

Debian: desktop-file-utils, appstream, appstream-compose (packaging/install-debian-deps.sh
--test). Skipped without them, except in CI."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backbreak import APP_ID

ROOT = Path(__file__).resolve().parents[2]
STAGE = ROOT / "packaging" / "stage-desktop-files.py"
# appstreamcli 0.16 colours its report even with --no-color.
ANSI = re.compile(r"\x1b\[[0-9;]*m")
# A hint in compose's report: "  W: asv-screenshot-default-missing" (E error, W warning,
# I info, P pedantic).
HINT = re.compile(r"^\s*([EWIP]): (\S+)", re.M)


def missing(message: str) -> None:
    message += " (Debian: bash packaging/install-debian-deps.sh --test)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        missing(f"{name} is missing")
    assert found is not None
    return found


def run(*argv: str) -> tuple[int, str]:
    done = subprocess.run(
        list(argv), capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "C"}
    )
    said = ANSI.sub("", done.stdout + done.stderr)
    print(f"$ {' '.join(argv)}  (exit {done.returncode})\n{said}")
    return done.returncode, said


@pytest.fixture
def prefix(tmp_path: Path) -> Path:
    """A prefix with share/applications, share/metainfo and share/icons/hicolor staged."""
    staged = tmp_path / "prefix"
    code, said = run(sys.executable, str(STAGE), str(staged))
    assert code == 0, said
    return staged


def test_the_staged_desktop_files_validate_and_compose_cleanly(
    prefix: Path, tmp_path: Path
) -> None:
    appstreamcli = tool("appstreamcli")
    if run(appstreamcli, "compose", "--help")[0] != 0:
        missing("appstreamcli compose is missing (Debian package appstream-compose)")
    share = prefix / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"

    code, said = run(tool("desktop-file-validate"), str(entry))
    assert code == 0 and not said.strip(), said

    code, said = run(appstreamcli, "validate", "--no-net", "--no-color", str(metainfo))
    assert code == 0, said  # warnings, not only errors, make it exit non-zero

    out, hints = tmp_path / "catalog", tmp_path / "hints"
    code, said = run(
        appstreamcli, "compose", "--no-net", "--no-color", "--print-report=full",
        "--prefix=/", f"--result-root={out}", f"--hints-dir={hints}", "--origin=backbreak",
        str(prefix),
    )  # fmt: skip
    serious = [f"{level}: {tag}" for level, tag in HINT.findall(said) if level in "EW"]
    assert code == 0 and not serious, said
    assert "Success!" in said, said

    catalog = gzip.decompress((out / "share/swcatalog/xml/backbreak.xml.gz").read_bytes()).decode()
    assert f"<id>{APP_ID}</id>" in catalog
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in catalog
    # The icon was found and cached at the sizes software centres show.
    icons = out / "share/swcatalog/icons/backbreak"
    for size in ("64x64", "128x128"):
        assert (icons / size / f"{APP_ID}.png").is_file(), size
        assert f'<icon type="cached" width="{size.split("x")[0]}"' in catalog
