"""Process and bus helpers shared by the test layers that start real programs
(tests/desktop, tests/platform)."""

from __future__ import annotations

import contextlib
import signal
import subprocess

# A session bus without service activation: nothing (at-spi, dconf, a second dunst, ...) gets
# started behind a test's back, so every process on the bus is one the test started.
PRIVATE_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def stop_process(popen: subprocess.Popen[bytes], timeout: float = 3.0) -> int:
    """End a child: SIGTERM, wait, SIGKILL, wait. Always reaps it (no zombie left) and closes
    its pipes; returns its exit status (negative: the signal that ended it)."""
    if popen.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            popen.send_signal(signal.SIGTERM)
        try:
            popen.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                popen.kill()
            popen.wait(timeout)
    for stream in (popen.stdin, popen.stdout, popen.stderr):
        if stream is not None:
            stream.close()
    return popen.returncode
