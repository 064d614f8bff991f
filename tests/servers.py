"""Real servers for the tests, on 127.0.0.1 at ports the OS picks, and a keyring in memory."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
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
        self.delay = 0.0  # seconds before each message is accepted: a slow server, to stop a send midway
        self.started = 0  # messages whose data has come in, accepted or not yet

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.drop_after is not None and len(self.messages) >= self.drop_after:
            server.transport.close()  # the connection dies mid-conversation
            return "421 going away"
        self.started += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        self.messages.append(envelope.content)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


class _ServerProcess:
    """A server run as its own process on 127.0.0.1 (a free port), over a temporary folder,
    its output in the folder's `log`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process: subprocess.Popen[bytes] | None = None

    def _run(self, command: list[str]) -> None:
        """Start it, and wait until it takes connections."""
        self.log = (self.folder / "log").open("wb")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                assert self.process.poll() is None, (self.folder / "log").read_text()
                time.sleep(0.1)
        raise AssertionError("the server did not start: " + (self.folder / "log").read_text())

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
        self.log.close()


class Radicale(_ServerProcess):
    """A real Radicale CalDAV server, with one user. `requests` counts what reached it, by method.
    Its own HTTP server closes each connection after its answer; `keep_alive` serves it on
    cheroot instead, which keeps them open as hosted servers do (Nextcloud, Fastmail…);
    `max_content_length`: the largest request it takes, in bytes (and 80 % of it the largest
    event: its CALDAV:max-resource-size); `reader`: a second user, with the same password, who
    may read the first one's calendars but not change them (a share "Can view"); `editor`: one
    who may change them too (a share "Can edit")."""

    USER, PASSWORD = "organizer", "s3cret-caldav-5"
    _KEEP_ALIVE = """
import logging, sys
from cheroot import wsgi
from radicale import Application, config

logging.basicConfig(level=logging.INFO, stream=sys.stdout)  # (its log, as Radicale's own server writes it)
configuration = config.load([(sys.argv[1], False)])
[(host, port)] = configuration.get("server", "hosts")
wsgi.Server((host, port), Application(configuration)).start()
"""

    _TEAMMATE_RIGHTS = """
[root]
user: .+
collection:
permissions: R
[own-home]
user: .+
collection: {user}
permissions: RW
[own-calendars]
user: .+
collection: {user}/[^/]+
permissions: rw
[teammate-home]
user: %(teammate)s
collection: %(owner)s
permissions: R
[teammate-calendars]
user: %(teammate)s
collection: %(owner)s/[^/]+
permissions: %(may)s
"""

    def __init__(self, folder: Path, keep_alive: bool = False, max_content_length: int | None = None,
                 reader: str | None = None, editor: str | None = None) -> None:  # fmt: skip
        super().__init__(folder)
        self.keep_alive, self.max_content_length = keep_alive, max_content_length
        self.teammate, self.teammate_may = (reader, "r") if reader else (editor, "rw")

    def start(self) -> Radicale:
        config = self._configure()
        self._run([sys.executable, "-c", self._KEEP_ALIVE, config] if self.keep_alive else
                  [sys.executable, "-m", "radicale", "--config", config])  # fmt: skip
        return self

    def _configure(self) -> str:
        """Its configuration (and its users) written: the file's path."""
        teammate = f"{self.teammate}:{self.PASSWORD}\n" if self.teammate else ""
        (self.folder / "users").write_text(f"{self.USER}:{self.PASSWORD}\n{teammate}")
        rights = "[rights]\ntype = owner_only\n"
        if self.teammate:
            (self.folder / "rights").write_text(self._TEAMMATE_RIGHTS % {"teammate": self.teammate, "owner": self.USER,
                                                                         "may": self.teammate_may})  # fmt: skip
            rights = f"[rights]\ntype = from_file\nfile = {self.folder / 'rights'}\n"
        (self.folder / "config").write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            + (f"max_content_length = {self.max_content_length}\n" if self.max_content_length else "")
            + f"[auth]\ntype = htpasswd\nhtpasswd_filename = {self.folder / 'users'}\nhtpasswd_encryption = plain\n"
            f"[storage]\nfilesystem_folder = {self.folder / 'collections'}\n"
            + rights
            + "[logging]\nlevel = info\nmask_passwords = True\n"
        )
        return str(self.folder / "config")

    def connections_here(self) -> list[str]:
        """The TCP connections this process holds open to the server (Linux: /proc), each as
        its state's code ("01": established; "08": closed by the server, not yet by us)."""
        mine = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:  # (closed meanwhile)
                continue
            if target.startswith("socket:["):
                mine.add(target[len("socket:[") : -1])
        held = []
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            remote_port, state, inode = int(fields[2].split(":")[1], 16), fields[3], fields[9]
            if remote_port == self.port and inode in mine:
                held.append(state)
        return held

    def requests(self, method: str, path_holding: str = "") -> int:
        """How many requests of `method` the server has logged so far (for a path holding
        `path_holding`, if given)."""
        lines = (self.folder / "log").read_text(errors="replace").splitlines()
        return sum(1 for line in lines if f"{method} request for '" in line and path_holding in line.split("'")[1])

    def refused(self) -> int:
        """How many requests it has answered 401 (no login, or a wrong one) so far."""
        return (self.folder / "log").read_text(errors="replace").count("401 Unauthorized")

    def client(self, url: str | None = None) -> Any:
        """A second client, the caldav library on its own, logged in from its first request (left
        to find the scheme, it sends one without, which Radicale answers after a second)."""
        from caldav.davclient import DAVClient

        return DAVClient(url=url or self.url, username=self.USER, password=self.PASSWORD, auth_type="basic")

    def _event(self, calendar: str, uid: str) -> Any:
        """The event with UID `uid` there (a long UID is folded onto a second line)."""
        events = self.client().principal().calendar(cal_id=calendar).events()
        [theirs] = [e for e in events if f"UID:{uid}\n" in e.data.replace("\r\n", "\n").replace("\n ", "")]
        return theirs

    def edit_event(self, calendar: str, uid: str) -> None:
        """A teammate or a calendar app changes a published event there (its summary)."""
        theirs = self._event(calendar, uid)
        theirs.data = theirs.data.replace("SUMMARY:", "SUMMARY:Edited on the server: ")
        theirs.save()

    def delete_event(self, calendar: str, uid: str) -> None:
        """Someone deletes a published event there by hand (from a calendar app on the account)."""
        self._event(calendar, uid).delete()


class WebApp(Radicale):
    """A web app with a calendar server inside it, as Nextcloud or SOGo are: its own address
    answers with its sign-in page, its CalDAV service is under /dav/ (a real Radicale there),
    and /.well-known/caldav redirects to that (RFC 6764 §5) with `redirect` (301; 302 is what
    some configurations send, which HTTP libraries turn into a GET)."""

    _SERVE = """
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server
from radicale import Application, config

configuration = config.load([(sys.argv[1], False)])
[(host, port)] = configuration.get("server", "hosts")
calendars, redirect = Application(configuration), sys.argv[2]
PAGE = b"<!DOCTYPE html><html><head><title>Cloud - Log in</title></head><body>Log in</body></html>"

def app(environ, start_response):
    path = environ.get("PATH_INFO", "")
    print(environ["REQUEST_METHOD"], path, flush=True)
    if path == "/dav" or path.startswith("/dav/"):
        environ["SCRIPT_NAME"], environ["PATH_INFO"] = "/dav", path[4:] or "/"
        return calendars(environ, start_response)
    if path.rstrip("/") == "/.well-known/caldav":
        start_response(redirect, [("Location", "/dav/"), ("Content-Length", "0")])
        return [b""]
    start_response("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(PAGE)))])
    return [PAGE]

class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass

make_server(host, port, app, handler_class=Quiet).serve_forever()
"""

    def __init__(self, folder: Path, redirect: str = "301 Moved Permanently") -> None:
        super().__init__(folder)
        self.redirect = redirect

    def start(self) -> WebApp:
        self._run([sys.executable, "-c", self._SERVE, self._configure(), self.redirect])
        return self


class DigestDav(_ServerProcess):
    """A real WebDAV server (WsgiDAV) that takes Digest logins only, as some CalDAV servers are
    set up (Baïkal's default)."""

    USER, PASSWORD = "organizer", "s3cret-digest-7"
    _SERVE = """
import sys
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

port, root, user, password = sys.argv[1:]
dav = WsgiDAVApp({
    "provider_mapping": {"/": root},
    "http_authenticator": {"accept_basic": False, "accept_digest": True, "default_to_digest": True},
    "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
    "logging": {"enable": False},
})


def logged(environ, start_response):  # one line a request: its method and the answer's status
    def start(status, headers, exc_info=None):
        print(environ["REQUEST_METHOD"], status.split()[0], flush=True)
        return start_response(status, headers, exc_info)

    return dav(environ, start)


wsgi.Server(("127.0.0.1", int(port)), logged).start()
"""

    def start(self) -> DigestDav:
        (self.folder / "root").mkdir(parents=True)
        self._run([sys.executable, "-c", self._SERVE, str(self.port), str(self.folder / "root"), self.USER,
                   self.PASSWORD])  # fmt: skip
        return self

    def answers(self) -> list[str]:
        """Each request that reached it so far: its method and the status it was answered."""
        return (self.folder / "log").read_text(errors="replace").splitlines()


class Portal(_ServerProcess):
    """What a network that asks its users to sign in first (hotel or conference Wi-Fi) puts
    where every server should be: each request, whatever its method, answered 200 with its web
    page. `port`: take that one (a stopped server's), as the network does; `page`,
    `content_type` and `status`: another answer (a broken proxy's, not even XML; a server's
    error, "500 Internal Server Error")."""

    PAGE = b"<!DOCTYPE html><html><head><title>Guest Wi-Fi</title></head><body>Accept the terms</body></html>"
    USER, PASSWORD = "organizer", "any"  # (it asks for none)
    _SERVE = """
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, content_type, page, status = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode(), int(sys.argv[4])

class Page(BaseHTTPRequestHandler):
    def answer(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(page)

for method in ("GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "PROPFIND", "PROPPATCH", "REPORT", "MKCOL",
               "MKCALENDAR"):
    setattr(Page, "do_" + method, Page.answer)
ThreadingHTTPServer.allow_reuse_address = True
ThreadingHTTPServer(("127.0.0.1", port), Page).serve_forever()
"""

    def __init__(self, folder: Path, port: int | None = None, page: bytes = PAGE,
                 content_type: str = "text/html", status: int = 200) -> None:  # fmt: skip
        super().__init__(folder)
        if port is not None:
            self.port, self.url = port, f"http://127.0.0.1:{port}/"
        self.page, self.content_type, self.status = page, content_type, status

    def start(self) -> Portal:
        self._run([sys.executable, "-c", self._SERVE, str(self.port), self.content_type, self.page.decode(),
                   str(self.status)])  # fmt: skip
        return self


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
