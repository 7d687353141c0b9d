"""Stage backbreak's desktop files under PREFIX/share, as a package or a bundle ships them:

    PREFIX/share/applications/io.github.backbreak.Backbreak.desktop   (Exec=backbreak)
    PREFIX/share/metainfo/io.github.backbreak.Backbreak.metainfo.xml
    PREFIX/share/icons/hicolor/{16x16..512x512,scalable}/apps/io.github.backbreak.Backbreak.*

Usage: python3 packaging/stage-desktop-files.py PREFIX

The files are those `backbreak install-desktop-entry` writes (backbreak/platform/desktop_entry.py,
the same code), except that the entry starts `backbreak` from PATH rather than one
installation's absolute path. Used by packaging/build-bundle.sh (the tarball's share/), the
Flatpak manifest (into /app) and tests/integration/test_appstream_compose.py. The icons are
drawn from the SVG with Qt, offscreen: no display is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# backbreak from this checkout (or the Flatpak's copy of it), whatever is installed.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from backbreak.platform.desktop_entry import install

    share = Path(argv[0]).absolute() / "share"
    for path in install(share, ["backbreak"]):
        print(path.relative_to(share.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
