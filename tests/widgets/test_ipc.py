"""The control socket: requests answered on the GUI thread; bad or silent clients refused."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backbreak import ipc
from backbreak.cli.client import NotRunningError, send_request
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


def test_a_burst_of_clients_while_the_app_is_busy_all_get_answers(
    qtbot: QtBot, server: tuple[ControlServer, list[Request]], socket_path: str
) -> None:
    """Issue 12, item 12: with listen(8) and a client whose connect() failed at once with
    EAGAIN, 146 of 200 clients arriving while the app was busy were refused."""
    replies: list[object] = []

    def client() -> None:
        try:
            replies.append(send_request(socket_path, Request("status"), timeout=20))
        except Exception as error:  # collected, so the assertion shows what went wrong
            replies.append(error)

    threads = [threading.Thread(target=client) for _ in range(200)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)  # the GUI thread is busy: nobody accepts meanwhile
    qtbot.waitUntil(lambda: not any(thread.is_alive() for thread in threads), timeout=30_000)
    failures = [reply for reply in replies if not isinstance(reply, Reply) or not reply.ok]
    assert failures == []
    assert len(replies) == 200


def test_the_client_waits_for_a_full_queue_until_its_deadline(socket_path: str) -> None:
    """A listener whose queue is full (backlog 0, one waiting client) and that accepts only
    after half a second: the client keeps trying instead of failing at once."""
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(socket_path)
        listener.listen(0)
        squatter = socket.socket(socket.AF_UNIX)
        squatter.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            squatter.connect(socket_path)

        def serve() -> None:
            time.sleep(0.5)
            first, _address = listener.accept()  # the squatter: the queue has room again
            first.close()
            connection, _address = listener.accept()
            with connection:
                connection.settimeout(5)
                connection.recv(4096)
                connection.sendall(Reply(True, {"late": "yes"}).encode())

        thread = threading.Thread(target=serve)
        thread.start()
        try:
            started = time.monotonic()
            reply = send_request(socket_path, Request("status"), timeout=5)
            assert reply == Reply(True, {"late": "yes"})
            assert time.monotonic() - started >= 0.4
        finally:
            squatter.close()
            thread.join(5)


def test_a_client_arriving_while_the_app_is_being_built_waits_for_its_answer(
    socket_path: str, qtbot: QtBot
) -> None:
    """The socket listens before the app is built (the tray icon comes first): a command
    sent meanwhile is answered once the app is there, instead of hearing that backbreak is
    not running."""
    seen: list[Request] = []

    def handle(request: Request) -> Reply:
        seen.append(request)
        return Reply(True, {"command": request.command})

    server = ControlServer(socket_path, handle)
    assert server.listen(answering=False)
    try:
        result: list[Reply] = []
        thread = threading.Thread(
            target=lambda: result.append(send_request(socket_path, Request("status")))
        )
        thread.start()
        qtbot.wait(300)  # the loop runs; the client has connected and sent its request
        assert thread.is_alive() and seen == []
        server.start_answering()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
        assert result[0].ok and result[0].result == {"command": "status"}
        assert [request.command for request in seen] == ["status"]
    finally:
        server.close()


def test_the_cli_says_a_refusal_in_its_own_language(
    qtbot: QtBot, user_dirs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """An app speaking German refuses; the command, speaking English here, says why in
    English, from the reason code. A reason it does not know: the app's own words."""
    from backbreak.cli.main import EXIT_FAILED, _ask_running_app
    from backbreak.paths import Paths

    answers = {
        "skip": Reply(
            False,
            error="Strikter Modus ist an: Pausen lassen sich nicht überspringen.",
            reason="strict-no-skip",
        ),
        "snooze": Reply(False, error="Etwas Neues, das diese Version nicht kennt.", reason="new"),
    }
    paths = Paths.from_platform()
    paths.ensure()
    server = ControlServer(paths.control_socket, lambda request: answers[request.command])
    assert server.listen()
    try:
        for command, said in (
            ("skip", "Strict mode is on: breaks cannot be skipped."),
            ("snooze", "Etwas Neues, das diese Version nicht kennt."),
        ):
            code = in_thread(qtbot, lambda c=command: _ask_running_app(paths, c, {}, as_json=False))
            assert code == EXIT_FAILED
            assert capsys.readouterr().err == f"backbreak: {said}\n"
    finally:
        server.close()
