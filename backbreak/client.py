"""Talks to the running app over its control socket, with the standard library only, so CLI
commands such as `backbreak status` (polled by status bars) answer without loading Qt."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from backbreak.core.control import MAX_MESSAGE_BYTES, Reply, Request, decode_reply


class NotRunningError(Exception):
    """No backbreak instance answers on the control socket."""


def send_request(name: str, request: Request, timeout: float = 5.0) -> Reply:
    """Send one request to the running app and return its reply.

    Raises NotRunningError when nothing listens, ProtocolError on a garbled reply."""
    if sys.platform == "win32":  # pragma: no cover - QLocalServer uses a named pipe there
        return _send_over_pipe(name, request)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        try:
            client.connect(name)
        except (FileNotFoundError, ConnectionRefusedError) as error:
            raise NotRunningError(str(error)) from None
        client.sendall(request.encode())
        data = b""
        while b"\n" not in data and len(data) <= MAX_MESSAGE_BYTES:
            chunk = client.recv(4096)
            if not chunk:
                break
            data += chunk
    if not data:
        raise NotRunningError("the app closed the connection without answering")
    return decode_reply(data.split(b"\n", 1)[0])


def _send_over_pipe(name: str, request: Request) -> Reply:  # pragma: no cover - Windows
    try:
        with Path(rf"\\.\pipe\{name}").open("r+b", buffering=0) as pipe:
            pipe.write(request.encode())
            data = pipe.read(MAX_MESSAGE_BYTES + 1)
    except FileNotFoundError as error:
        raise NotRunningError(str(error)) from None
    return decode_reply(data.split(b"\n", 1)[0])
