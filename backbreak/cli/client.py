"""Talks to the running app over its control socket, with the standard library only, so CLI
commands such as `backbreak status` (polled by status bars) answer without loading Qt."""

from __future__ import annotations

import errno
import socket
import sys
import time
from pathlib import Path

from backbreak.core.control import MAX_MESSAGE_BYTES, Reply, Request, decode_reply

# Between tries to connect while the app's queue of waiting clients is full.
RETRY_SECONDS = 0.02


class NotRunningError(Exception):
    """No backbreak instance answers on the control socket."""


def send_request(name: str, request: Request, timeout: float = 5.0) -> Reply:
    """Send one request to the running app and return its reply, within `timeout` seconds
    in all.

    Raises NotRunningError when nothing listens, TimeoutError when the app does not answer
    in time, ProtocolError on a garbled reply."""
    if sys.platform == "win32":  # pragma: no cover - QLocalServer uses a named pipe there
        return _send_over_pipe(name, request)
    deadline = time.monotonic() + timeout
    with _connect(name, deadline) as client:
        client.sendall(request.encode())
        data = b""
        while b"\n" not in data and len(data) <= MAX_MESSAGE_BYTES:
            client.settimeout(_left(deadline))
            chunk = client.recv(4096)
            if not chunk:
                break
            data += chunk
    if not data:
        raise NotRunningError("the app closed the connection without answering")
    return decode_reply(data.split(b"\n", 1)[0])


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("backbreak did not answer in time")
    return left


def _connect(name: str, deadline: float) -> socket.socket:
    """A socket connected to the app. A Unix socket with a timeout connects without
    waiting: while the app is busy and its queue of waiting clients is full, connect() fails
    at once with EAGAIN. That is no answer yet, not a failure: try again until the
    deadline (a status bar polling every second must never see a spurious error)."""
    while True:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            client.settimeout(_left(deadline))
            client.connect(name)
        except (FileNotFoundError, ConnectionRefusedError) as error:
            client.close()
            raise NotRunningError(str(error)) from None
        except OSError as error:
            client.close()
            if error.errno not in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR):
                raise
            time.sleep(min(RETRY_SECONDS, _left(deadline)))
            continue
        except BaseException:
            client.close()
            raise
        return client


def _send_over_pipe(name: str, request: Request) -> Reply:  # pragma: no cover - Windows
    try:
        with Path(rf"\\.\pipe\{name}").open("r+b", buffering=0) as pipe:
            pipe.write(request.encode())
            data = pipe.read(MAX_MESSAGE_BYTES + 1)
    except FileNotFoundError as error:
        raise NotRunningError(str(error)) from None
    return decode_reply(data.split(b"\n", 1)[0])
