"""The single-instance control channel: a user-only local socket; clients live in
backbreak.cli.client.

On Linux and macOS the server is a plain Unix socket watched by a QSocketNotifier, inside the
0700 runtime folder: QtNetwork's QLocalServer would do the same but loads QtNetwork (and,
through it, Kerberos) for ~3 MiB of resident memory. On Windows, where Python has no Unix
sockets, QLocalServer serves a per-user named pipe.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backbreak.core.control import MAX_MESSAGE_BYTES, ProtocolError, Reply, Request, decode_request
from backbreak.qt import QObject, QtCore, make_timer, qt_network

log = logging.getLogger(__name__)

# A client that connects and then says nothing is dropped after this long.
CLIENT_TIMEOUT_MS = 3000
# listen(8) refused 146 of 200 clients arriving together; the kernel caps this at somaxconn.
LISTEN_BACKLOG = max(socket.SOMAXCONN, 512)

Handler = Callable[[Request], Reply]


def answer(handler: Handler, line: bytes) -> bytes:
    """The reply to one request line; nothing a client sends can raise out of here."""
    try:
        request = decode_request(line)
    except ProtocolError as error:
        log.warning("refused a control message: %s", error)
        return Reply(False, error=str(error)).encode()
    except Exception:  # whatever a client's bytes make the decoder raise: an error reply
        log.exception("refused a control message that could not be decoded")
        return Reply(False, error="not a control message").encode()
    try:
        return handler(request).encode()
    except Exception:  # a bug in a handler must not take the app down
        log.exception("control command %s failed", request.command)
        return Reply(False, error=f"{request.command} failed; see the log file").encode()


def complete_line(buffer: bytes) -> bytes | None:
    """The request in `buffer` once it is complete (a newline) or too long to wait for."""
    newline = buffer.find(b"\n")
    if newline >= 0:
        return buffer[:newline]
    if len(buffer) > MAX_MESSAGE_BYTES:
        return buffer
    return None


class ControlServer(QObject):
    """Answers control requests on the GUI thread, one JSON line in, one JSON line out."""

    def __init__(self, name: str, handler: Handler) -> None:
        super().__init__()
        self._name = name
        self._handler = handler
        self._listener: socket.socket | None = None
        self._notifier: QtCore.QSocketNotifier | None = None
        self._qt_server: QObject | None = None
        self._answering = True
        self._accept_from_pipe: Callable[[], None] | None = None

    def listen(self, *, answering: bool = True) -> bool:
        """Start listening. The caller holds the single-instance lock, so a socket file left
        here can only be a stale one from a crashed run, and is replaced.

        answering=False: clients may connect, and wait (their own timeout) until
        `start_answering()`: while the app is still being built, a command waits for it
        rather than hearing that backbreak is not running."""
        self._answering = answering
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            return self._listen_on_pipe()
        path = Path(self._name)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(self._name)
            path.chmod(0o600)  # the folder is 0700 already; this says it twice
            # Clients the app has not accepted yet wait here while it is busy (a status bar
            # polling every second, scripts starting together): as many as the system allows.
            listener.listen(LISTEN_BACKLOG)
        except OSError as error:
            log.error("cannot listen on %s: %s", self._name, error)
            listener.close()
            return False
        listener.setblocking(False)
        self._listener = listener
        self._notifier = QtCore.QSocketNotifier(
            listener.fileno(), QtCore.QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._accept)
        self._notifier.setEnabled(answering)
        return True

    def start_answering(self) -> None:
        """Answer the clients waiting since `listen(answering=False)`, and all later ones."""
        self._answering = True
        if self._notifier is not None:
            self._notifier.setEnabled(True)
            self._accept()  # those that connected meanwhile: no new signal comes for them
        if self._accept_from_pipe is not None:  # pragma: no cover - Windows
            self._accept_from_pipe()

    def close(self) -> None:
        """Stop listening and hang up on clients still talking (their timeouts stop too)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        for conversation in self.findChildren(_SocketConversation):
            conversation.hang_up()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(FileNotFoundError):
                Path(self._name).unlink()

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                connection, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                log.warning("accepting a control connection failed: %s", error)
                return
            _SocketConversation(connection, self._handler, self)

    def _listen_on_pipe(self) -> bool:  # pragma: no cover - Windows
        QtNetwork = qt_network()  # noqa: N806 - the module, named as Qt names it

        server = QtNetwork.QLocalServer(self)
        server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        QtNetwork.QLocalServer.removeServer(self._name)
        if not server.listen(self._name):
            log.error("cannot listen on %s: %s", self._name, server.errorString())
            return False

        def accept() -> None:
            while self._answering and server.hasPendingConnections():
                pipe = server.nextPendingConnection()
                buffer = bytearray()

                def read(pipe: Any = pipe, buffer: bytearray = buffer) -> None:  # a QLocalSocket
                    buffer += bytes(pipe.readAll().data())
                    line = complete_line(bytes(buffer))
                    if line is not None:
                        pipe.write(answer(self._handler, line))
                        pipe.flush()
                        pipe.disconnectFromServer()

                pipe.readyRead.connect(read)
                pipe.disconnected.connect(pipe.deleteLater)

        server.newConnection.connect(accept)
        self._accept_from_pipe = accept
        self._qt_server = server
        return True


class _SocketConversation(QObject):
    """One client connection: read a line (bounded), answer, close."""

    def __init__(self, connection: socket.socket, handler: Handler, parent: QObject) -> None:
        super().__init__(parent)
        self._connection = connection
        self._handler = handler
        self._buffer = b""
        connection.setblocking(False)
        self._notifier = QtCore.QSocketNotifier(
            connection.fileno(), QtCore.QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._read)
        self._timeout = make_timer(self, self._finish, single_shot=True)
        self._timeout.start(CLIENT_TIMEOUT_MS)

    def _read(self) -> None:
        try:
            chunk = self._connection.recv(MAX_MESSAGE_BYTES + 1)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._finish()
            return
        if not chunk:  # the client hung up without a full request
            self._finish()
            return
        self._buffer += chunk
        line = complete_line(self._buffer)
        if line is None:
            return
        reply = answer(self._handler, line)
        try:
            # Replies are a few hundred bytes: far below a Unix socket's buffer, so a short
            # blocking send never waits on a well-behaved client, and a stuck one times out.
            self._connection.settimeout(1.0)
            self._connection.sendall(reply)
        except OSError as error:
            log.warning("could not answer a control client: %s", error)
        self._discard_unread()
        self._finish()

    def _discard_unread(self) -> None:
        """Read away what an oversized request left unread: closing a Unix socket with
        unread data makes the client's recv() fail (ECONNRESET) before it sees our reply."""
        self._connection.setblocking(False)
        with contextlib.suppress(OSError):
            for _ in range(64):
                if not self._connection.recv(65536):
                    break

    def hang_up(self) -> None:
        self._finish()

    def _finish(self) -> None:
        self._timeout.stop()
        self._notifier.setEnabled(False)
        self._connection.close()
        self.deleteLater()
