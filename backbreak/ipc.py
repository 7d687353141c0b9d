"""The single-instance control channel: a user-only local socket.

The running app listens with QLocalServer; clients live in backbreak.client.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from backbreak.core.control import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Reply,
    Request,
    decode_request,
)
from backbreak.qt import QObject, QTimer, QtNetwork

log = logging.getLogger(__name__)

# A client that connects and then says nothing is dropped after this long.
CLIENT_TIMEOUT_MS = 3000


class ControlServer(QObject):
    """Answers control requests on the GUI thread, one JSON line in, one JSON line out."""

    def __init__(self, name: str, handler: Callable[[Request], Reply]) -> None:
        super().__init__()
        self._name = name
        self._handler = handler
        self._server = QtNetwork.QLocalServer(self)
        # Only the user who runs backbreak may connect (0700-like on the socket file).
        self._server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a stale socket from a crashed run is removed first. The caller
        must hold the single-instance lock, so nobody else is listening there."""
        QtNetwork.QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            log.error("cannot listen on %s: %s", self._name, self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection is not None:
                _Conversation(connection, self._handler, self)


class _Conversation(QObject):
    """One client connection: read a line (bounded), answer, close."""

    def __init__(
        self,
        connection: QtNetwork.QLocalSocket,
        handler: Callable[[Request], Reply],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._connection = connection
        self._handler = handler
        self._buffer = b""
        self._answered = False
        connection.setParent(self)
        connection.readyRead.connect(self._read)
        connection.disconnected.connect(self._finish)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._finish)
        self._timeout.start(CLIENT_TIMEOUT_MS)
        self._read()

    def _read(self) -> None:
        if self._answered:
            return
        self._buffer += bytes(self._connection.readAll().data())
        newline = self._buffer.find(b"\n")
        if newline < 0 and len(self._buffer) <= MAX_MESSAGE_BYTES:
            return  # wait for the rest
        line = self._buffer[:newline] if newline >= 0 else self._buffer
        try:
            request = decode_request(line)
        except ProtocolError as error:
            log.warning("refused a control message: %s", error)
            reply = Reply(False, error=str(error))
        else:
            try:
                reply = self._handler(request)
            except Exception:  # a bug in a handler must not take the app down
                log.exception("control command %s failed", request.command)
                reply = Reply(False, error=f"{request.command} failed; see the log file")
        self._answered = True
        self._connection.write(reply.encode())
        self._connection.flush()
        self._connection.disconnectFromServer()

    def _finish(self) -> None:
        self._timeout.stop()
        if self._connection.state() != QtNetwork.QLocalSocket.LocalSocketState.UnconnectedState:
            self._connection.abort()
        self.deleteLater()
