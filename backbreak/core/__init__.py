"""The rules of backbreak, in plain Python.

Nothing under this package may import Qt (tests/unit/test_core_is_pure.py enforces it):
the rules are stepped in tests with an injected clock and no display.
"""
