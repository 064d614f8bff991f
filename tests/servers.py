"""Real servers for the tests, on 127.0.0.1 at ports the OS picks, and a keyring in memory."""

from __future__ import annotations

import asyncio
from typing import Any

from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend


class LoopbackController(Controller):
    """aiosmtpd's threaded SMTP server, bound to 127.0.0.1 port 0: the OS picks a free port
    at bind time, so two test runs never race for one (asking first and binding later does)."""

    def __init__(self, handler: Any, **options: Any) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=0, **options)

    def _create_server(self) -> Any:
        return self._bind()

    async def _bind(self) -> asyncio.AbstractServer:
        server = await super()._create_server()
        self.port = server.sockets[0].getsockname()[1]  # before start() connects to check it
        return server


class MemoryKeyring(KeyringBackend):
    """Stands in for the system keyring (none exists on a headless test machine)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.recipients: list[list[str]] = []
        self.drop_after: int | None = None
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.drop_after is not None and len(self.messages) >= self.drop_after:
            server.transport.close()  # the connection dies mid-conversation
            return "421 going away"
        self.messages.append(envelope.content)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"
