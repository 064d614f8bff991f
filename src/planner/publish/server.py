"""The embedded calendar server, `planner serve`: Radicale, set up for a campaign office with
no server of its own.

One organizer account (its password hashed, SHA-512 crypt) owns every calendar and publishes
into them; everyone else — volunteers' phones, the press — may only fetch a calendar whose
address they were given (Radicale's `i` permission: GET, no listing, no searching), so the
secret per-person addresses cannot be enumerated; the organizer calendar (`organizer`, with
phone numbers and notes) answers only the organizer. Beyond one office, use a server that is
run for you (Nextcloud, SOGo, Fastmail, mailbox.org…) and `planner publish` to it.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import signal
import socket
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from planner.errors import PlannerError
from planner.fileio import make_folder, os_reason, reading_error, write_atomically
from planner.words import quoted, tr

DEFAULT_PORT = 5232
_USER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class ServeError(PlannerError):
    """The server cannot be set up or started as asked."""


@dataclass(frozen=True)
class ServerSetup:
    folder: Path  # the calendars and the server's own files
    host: str
    port: int
    user: str
    certificate: Path | None = None
    key: Path | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.certificate else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}/"

    @property
    def config(self) -> Path:
        return self.folder / "radicale.conf"


def parse_listen(text: str) -> tuple[str, int]:
    """ "0.0.0.0:5232", "192.168.1.20", "[::]:8443" -> (host, port)."""
    host, port = text, DEFAULT_PORT
    match = re.fullmatch(r"\[(.+)\](?::(\d+))?|([^:]+)(?::(\d+))?", text.strip())
    if match is None:
        raise ServeError(
            tr("--listen {text}: give an address and port, like 0.0.0.0:{port}", text=quoted(text), port=DEFAULT_PORT)
        )
    host = match.group(1) or match.group(3)
    if match.group(2) or match.group(4):
        port = int(match.group(2) or match.group(4))
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if host != "localhost":
            raise ServeError(tr("--listen {text}: {host} is not an IP address of this machine", text=quoted(text),
                                 host=quoted(host))) from None  # fmt: skip
    if not 0 < port < 65536:
        raise ServeError(tr("--listen {text}: port {port} is out of range (1–65535)", text=quoted(text), port=port))
    return host, port


def check_setup(setup: ServerSetup) -> None:
    """ServeError if the setup cannot serve: a user name Radicale's rules cannot hold, a
    certificate or key not there, one without the other. Said before a password is asked for."""
    if not _USER.fullmatch(setup.user):
        raise ServeError(
            tr("--user {user}: use letters, digits, dots, hyphens or underscores", user=quoted(setup.user))
        )
    for given in (setup.certificate, setup.key):
        if given is not None and not given.is_file():
            raise ServeError(tr("{path}: no such certificate or key file", path=given))
    if (setup.certificate is None) != (setup.key is None):
        raise ServeError(tr("TLS needs both --cert and --key"))
    if setup.certificate is not None and setup.key is not None:
        _check_tls(setup.certificate, setup.key)


class _PassphraseAskedError(Exception):
    pass


def _check_tls(certificate: Path, key: Path) -> None:
    """ServeError unless the certificate and key make a TLS server, as Radicale will load them:
    a file that is not one (Radicale's start failed in a traceback, "No servers started"), a
    key of another certificate, or a key locked by a passphrase (which OpenSSL would have
    asked for on the terminal, at each start)."""
    import ssl  # (only for https)

    def asked() -> str:
        raise _PassphraseAskedError

    for path, marker, what in ((certificate, b"-----BEGIN CERTIFICATE-----", tr("a certificate")),
                               (key, b"PRIVATE KEY-----", tr("a private key"))):  # fmt: skip
        try:
            with open(path, "rb") as handle:
                held = handle.read(1_000_000)
        except OSError as exc:
            raise reading_error(path, exc) from None
        if marker not in held:
            raise ServeError(tr("{path}: not {what} in PEM form (text beginning -----BEGIN …)", path=path,
                                what=what))  # fmt: skip
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(certificate, key, password=asked)
    except _PassphraseAskedError:
        raise ServeError(tr("{key}: the key is locked by a passphrase; give it unlocked (openssl pkey -in {key} -out "
                            "open-key.pem)", key=key)) from None  # fmt: skip
    except ssl.SSLError as exc:
        if exc.reason == "KEY_VALUES_MISMATCH":
            raise ServeError(tr("{key} is not the key of {certificate}", key=key, certificate=certificate)) from None
        raise ServeError(tr("{certificate} and {key}: not a certificate and its key that TLS can use",
                            certificate=certificate, key=key)) from None  # fmt: skip


def prepare(setup: ServerSetup, password: str) -> None:
    """Write the server's configuration, its one account and its access rules into the folder
    (again at each start: a changed password or address takes effect)."""
    from passlib.hash import sha512_crypt  # libpass, Radicale's own dependency for htpasswd

    check_setup(setup)
    if not password:
        raise ServeError(tr("the organizer's password is empty; give one with --password-stdin"))
    make_folder(setup.folder / "collections")  # (a file in the way named, as for an export)
    try:
        users = setup.folder / "users"
        write_atomically(users, f"{setup.user}:{sha512_crypt.hash(password)}\n".encode())
        users.chmod(0o600)
        write_atomically(setup.folder / "rights", _rights(setup.user).encode())
        write_atomically(setup.config, _config(setup).encode())
    except OSError as exc:
        raise ServeError(tr("{folder}: cannot set up the server there ({why})", folder=setup.folder,
                             why=os_reason(exc))) from None  # fmt: skip


def _rights(user: str) -> str:
    # Radicale tries the sections in order and takes the first that matches; "" is a visitor.
    owner = re.escape(user)
    return (
        "# Written by `planner serve` at each start; edits here are overwritten.\n"
        "[organizer]\n"
        f"user: {owner}\ncollection: {owner}(/.*)?\npermissions: RrWw\n\n"
        "[discovery]\n"
        f"user: {owner}\ncollection:\npermissions: R\n\n"
        "# Anyone with a calendar's address may fetch it (GET only: no listing, no search),\n"
        "# except the organizer calendar.\n"
        "[subscribers]\n"
        f"user: .*\ncollection: {owner}/(?!organizer$)[^/]+\npermissions: i\n"
    )


def _config(setup: ServerSetup) -> str:
    host = f"[{setup.host}]" if ":" in setup.host else setup.host
    tls = (
        f"ssl = True\ncertificate = {setup.certificate.resolve()}\nkey = {setup.key.resolve()}\n"
        if setup.certificate is not None and setup.key is not None
        else "ssl = False\n"
    )
    return (
        "# Written by `planner serve` at each start; edits here are overwritten.\n"
        f"[server]\nhosts = {host}:{setup.port}\n{tls}"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {(setup.folder / 'users').resolve()}\n"
        # A login checked once is remembered (hashed, in memory) for an hour, not Radicale's 15 s:
        # checking the password's SHA-512 crypt takes ~0.5 s, which a publish, a team pull every
        # ten minutes and a long first publish every 15 s would pay again. (Radicale >= 3.4.)
        "htpasswd_encryption = sha512\ncache_logins = True\ncache_successful_logins_expiry = 3600\n"
        f"[rights]\ntype = from_file\nfile = {(setup.folder / 'rights').resolve()}\n"
        f"[storage]\nfilesystem_folder = {(setup.folder / 'collections').resolve()}\n"
        "[web]\ntype = none\n"
        "[logging]\nlevel = error\nmask_passwords = True\n"
    )


def serve(setup: ServerSetup) -> None:
    """Run the server (prepared) until interrupted: Ctrl+C, or SIGTERM."""
    from radicale import config
    from radicale import server as radicale_server

    _check_free(setup)
    # Radicale's own log, errors only: the console is the organizer's, not a server admin's.
    logging.basicConfig(level=logging.ERROR, format="calendar server: %(message)s")
    configuration = config.load([(str(setup.config), False)])
    stop, stop_out = socket.socketpair()

    def on_signal(_number: int, _frame: FrameType | None) -> None:
        stop.close()

    previous = {number: signal.signal(number, on_signal) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        radicale_server.serve(configuration, stop_out)
    except OSError as exc:
        raise ServeError(tr("{url}: cannot serve there ({why})", url=setup.url, why=exc.strerror or str(exc))) from None
    except RuntimeError as exc:  # (Radicale's "No servers started": what it could not start is in its log, above)
        raise ServeError(tr("{url}: cannot serve there ({why})", url=setup.url, why=str(exc))) from None
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        stop.close()
        stop_out.close()


def _check_free(setup: ServerSetup) -> None:
    """A port already taken (another server, or `serve` already running) is said plainly."""
    family = socket.AF_INET6 if ":" in setup.host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((setup.host, setup.port))
        except OSError as exc:
            raise ServeError(tr("{url}: cannot listen there ({why})", url=setup.url, why=os_reason(exc))) from None
