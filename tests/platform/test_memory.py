"""Memory freed after one-off work goes back to the system (glibc's malloc_trim)."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="malloc_trim is glibc's; elsewhere a no-op"
)

# A fresh interpreter, so nothing else the tests allocated blurs the figures (MiB).
PROGRAM = """
from backbreak.platform.memory import release_freed_memory
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
before = rss()
blocks = [bytes(4000) + bytes([i % 256]) for i in range(20000)]  # ~80 MB in malloc's heap
kept = blocks[::100]  # some stay alive, so the heap cannot shrink from its top by itself
del blocks
held = rss()
release_freed_memory()
print(before, held, rss())
"""


def test_freed_memory_goes_back_to_the_system() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True
    )
    before, held, after = (int(word) for word in result.stdout.split())
    assert held - before > 60  # the freed blocks were still held...
    assert after - before < (held - before) / 4  # ...and most went back
