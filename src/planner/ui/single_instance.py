"""One Planner per user: a file opened from the desktop while the app runs goes to the running
window (over a QLocalServer), instead of a second process fighting it for the same plan."""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 3000


def channel_name() -> str:
    """Per user: on Unix the socket lives in $TMPDIR, which a test can make its own."""
    user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:12]
    return f"planner-{user}"


def hand_over(path: str, name: str | None = None) -> bool:
    """Give `path` ("" to only bring the window forward) to a running Planner; False when
    none answers (then this process is the app)."""
    socket = QLocalSocket()
    socket.connectToServer(name or channel_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(path.encode("utf-8") + b"\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for files handed over by later launches; `file_handed` gives each path."""

    file_handed = Signal(str)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self._name = name or channel_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)  # left by a Planner that crashed: nobody answered it
        return self._server.listen(self._name)

    def _on_server_new_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.setParent(self)

        def read() -> None:
            if not socket.canReadLine():
                return
            path = bytes(socket.readLine().data()).decode("utf-8", "replace").rstrip("\n")
            socket.write(b"ok\n")
            socket.flush()
            socket.disconnectFromServer()
            self.file_handed.emit(path)

        socket.readyRead.connect(read)
        read()
