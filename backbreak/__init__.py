"""backbreak: posture breaks from the system tray, with a guided stretch."""

# A literal, not importlib.metadata: reading package metadata at start-up costs ~4 MiB RSS.
__version__ = "0.1.0"
