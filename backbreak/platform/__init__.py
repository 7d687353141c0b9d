"""What backbreak asks of the operating system, one small capability at a time.

Each capability is a `typing.Protocol` with one backend per platform and a no-op fallback;
a `detect_*` factory tries the backends in order and the first that answers wins:

- `idle`:  how long since the last keyboard or mouse input (`detect_idle_monitor`).
- `sleep`: suspend/resume, wall-clock jumps and screen lock as Qt signals (`SleepWatcher`).
- `dnd`:   whether now is a bad moment to interrupt: do-not-disturb or a fullscreen window
  (`detect_do_not_disturb`).

Nothing is imported here: the D-Bus helpers (`dbus`) load QtDBus, which PySide6 does not
build for Windows, and the Xlib helpers (`x11`) load libX11 on first use only.
"""
