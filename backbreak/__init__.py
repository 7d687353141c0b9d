"""backbreak: posture breaks from the system tray, with a guided stretch."""

# A literal, not importlib.metadata: reading package metadata at start-up costs ~4 MiB RSS.
__version__ = "0.1.0"

# The application id (reverse DNS) the desktop knows backbreak by: the desktop entry's and
# metainfo's file names, the icons' names and Qt's desktop file name.
APP_ID = "io.github.backbreak.Backbreak"
