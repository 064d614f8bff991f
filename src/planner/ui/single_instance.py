"""One Planner per user: a file opened from the desktop while the app runs goes to the running
window (over a QLocalServer), instead of a second process fighting it for the same plan."""

from __future__ import annotations

import os
import sys
import zlib

from PySide6.QtCore import QDir, QObject, Signal

from planner.storage.lock import login_name

# QtNetwork is loaded only when a Planner may be running, or once this one's first frame is
# painted (app.py): with its Python enums, 7-8 ms of every start.

TIMEOUT_MS = 3000


def channel_name() -> str:
    """Per user: on Unix the socket lives in $TMPDIR, which a test can make its own. (A CRC,
    not a hash from hashlib, which would load OpenSSL at every start: PySide6 has loaded zlib.)"""
    return f"planner-{zlib.crc32(login_name().encode('utf-8')):08x}"


def hand_over(path: str, name: str | None = None) -> bool:
    """Give `path` ("" to only bring the window forward) to a running Planner; False when
    none answers (then this process is the app)."""
    name = name or channel_name()
    if not _may_be_listening(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(path.encode("utf-8") + b"\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


def _may_be_listening(name: str) -> bool:
    """Whether a Planner may be listening on `name`: on Unix its socket is a file in the temp
    folder (left there too by one that crashed, so it is only a maybe); elsewhere, ask."""
    return sys.platform == "win32" or os.path.exists(os.path.join(QDir.tempPath(), name))


class InstanceServer(QObject):
    """Listens for files handed over by later launches; `file_handed` gives each path."""

    file_handed = Signal(str)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._name = name or channel_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        self._server.removeServer(self._name)  # left by a Planner that crashed: nobody answered it
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
