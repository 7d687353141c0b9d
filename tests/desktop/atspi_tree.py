"""Print what a screen reader sees of one process's windows, as JSON: AT-SPI, the Linux
accessibility bus, read with libatspi (Debian: gir1.2-atspi-2.0, python3-gi).

    /usr/bin/python3 atspi_tree.py PID

Run by tests in a virtual desktop (harness.DesktopSession.read_accessible_tree) with the
desktop's environment, so libatspi finds that session's accessibility bus. It runs under
Debian's own Python, which has the GObject bindings (gi); the test's Python need not. Only the
standard library and gi here.

One JSON object per accessible, in tree order (parents before children):
  depth, role, name, description, text (the Text interface's content, or null), states
  (e.g. "showing", "visible"), extents ([x, y, w, h] on the screen, or null).
Exit status 2 when no application of that PID is on the bus (yet).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def describe(node: Any, depth: int) -> dict[str, object]:
    interfaces = set(node.get_interfaces())
    text = None
    if "Text" in interfaces:
        iface = node.get_text()
        text = iface.get_text(0, iface.get_character_count())
    extents = None
    if "Component" in interfaces:
        rect = node.get_extents(Atspi.CoordType.SCREEN)
        extents = [rect.x, rect.y, rect.width, rect.height]
    return {
        "depth": depth,
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "text": text,
        "states": sorted(state.value_nick for state in node.get_state_set().get_states()),
        "extents": extents,
    }


def walk(node: Any, depth: int, out: list[dict[str, object]]) -> None:
    out.append(describe(node, depth))
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            walk(child, depth + 1, out)


def main() -> int:
    pid = int(sys.argv[1])
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        application = desktop.get_child_at_index(index)
        if application is not None and application.get_process_id() == pid:
            found: list[dict[str, object]] = []
            walk(application, 0, found)
            print(json.dumps(found, ensure_ascii=False))
            return 0
    print(f"no application of PID {pid} on the accessibility bus", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
