"""The control socket: requests answered on the GUI thread; bad or silent clients refused."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backbreak import ipc
from backbreak.client import NotRunningError, send_request
from backbreak.core.control import MAX_MESSAGE_BYTES, Reply, Request, decode_reply
from backbreak.ipc import ControlServer


@pytest.fixture
def socket_path(user_dirs: dict[str, Path]) -> str:
    return str(user_dirs["XDG_RUNTIME_DIR"] / "control.sock")


@pytest.fixture
def server(socket_path: str, qtbot: QtBot) -> Iterator[tuple[ControlServer, list[Request]]]:
    seen: list[Request] = []

    def handle(request: Request) -> Reply:
        seen.append(request)
        if request.command == "quit":
            raise RuntimeError("a handler bug")
        return Reply(True, {"state": "counting", "command": request.command})

    server = ControlServer(socket_path, handle)
    assert server.listen()
    yield server, seen
    server.close()


def in_thread(qtbot: QtBot, work: Callable[[], object]) -> object:
    """Run a blocking client while the Qt loop keeps serving."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    return result[0]


def raw_exchange(path: str, payload: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX) as client:
        client.settimeout(5)
        client.connect(path)
        client.sendall(payload)
        data = b""
        while chunk := client.recv(4096):
            data += chunk
        return data


def test_a_request_is_answered(
    qtbot: QtBot, server: tuple[ControlServer, list[Request]], socket_path: str
) -> None:
    reply = in_thread(qtbot, lambda: send_request(socket_path, Request("status")))
    assert reply == Reply(True, {"state": "counting", "command": "status"})
    assert server[1] == [Request("status")]


def test_the_socket_is_private_to_the_user(
    server: tuple[ControlServer, list[Request]], socket_path: str
) -> None:
    assert Path(socket_path).stat().st_mode & 0o077 == 0


def test_no_server_means_not_running(socket_path: str) -> None:
    with pytest.raises(NotRunningError):
        send_request(socket_path, Request("status"))


@pytest.mark.parametrize(
    "payload",
    [
        b"hello\n",
        b'{"command": "format-disk"}\n',
        b"\x00\xff\n",
        b"x" * (MAX_MESSAGE_BYTES + 100),
        # Issue 12, item 10: RecursionError in the decoder, and no reply.
        b"[" * 2000 + b"]" * 2000 + b"\n",
        b'{"command": "status", "args": {"a": ' + b"[" * 1900 + b"]" * 1900 + b"}}\n",
    ],
    ids=["not-json", "unknown-command", "binary", "oversized", "deep-array", "deep-object"],
)
def test_malformed_messages_get_an_error_and_do_no_harm(
    qtbot: QtBot, server: tuple[ControlServer, list[Request]], socket_path: str, payload: bytes
) -> None:
    raw = in_thread(qtbot, lambda: raw_exchange(socket_path, payload))
    assert isinstance(raw, bytes)
    reply = decode_reply(raw.strip())
    assert not reply.ok
    assert reply.error
    assert server[1] == []  # the handler never saw it
    # ...and the server still answers the next client.
    reply = in_thread(qtbot, lambda: send_request(socket_path, Request("status")))
    assert isinstance(reply, Reply)
    assert reply.ok


def test_a_failing_handler_answers_with_an_error(
    qtbot: QtBot, server: tuple[ControlServer, list[Request]], socket_path: str
) -> None:
    reply = in_thread(qtbot, lambda: send_request(socket_path, Request("quit")))
    assert reply == Reply(False, error="quit failed; see the log file")


def test_a_silent_client_is_dropped(
    qtbot: QtBot,
    server: tuple[ControlServer, list[Request]],
    socket_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ipc, "CLIENT_TIMEOUT_MS", 200)
    raw = in_thread(qtbot, lambda: raw_exchange(socket_path, b""))
    assert raw == b""  # closed by the server without an answer
    assert server[1] == []


def test_a_stale_socket_file_is_replaced(qtbot: QtBot, socket_path: str) -> None:
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(socket_path)
    stale.close()  # the file stays behind, as after a crash
    server = ControlServer(socket_path, lambda request: Reply(True, {}))
    assert server.listen()
    reply = in_thread(qtbot, lambda: send_request(socket_path, Request("status")))
    assert reply == Reply(True, {})
    server.close()
