"""Why a request over the network failed, in a few words: publishing, sending and team sync
say it alike."""

from __future__ import annotations

import errno
import ipaddress
import socket
from http import HTTPStatus

from planner.words import Text, tr


def host_name_like(host: str) -> bool:
    """Whether `host` could name a server: a host name (in any script: a domain of another is
    encoded when connecting) or an IP address; not a web address, an e-mail address, a name
    with a space or a port in it ("smtp.example.org:587") — which the system would otherwise
    say is "not known", as if it were mistyped."""
    if not host or any(c.isspace() or not c.isprintable() or c in _NOT_IN_HOSTS for c in host):
        return False
    if ":" in host:  # (an IPv6 address, its brackets taken off)
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
    return True


_NOT_IN_HOSTS = frozenset("/\\@[]%?#,;'\"<>()`{}|^=!$&*+~")


def network_address() -> str | None:
    """This machine's IPv4 address on its network, as phones in the office reach it: the one
    it would send from (a UDP socket's connect sends nothing); None with no network."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # (TEST-NET-1: only the route to it is looked up)
            address = str(probe.getsockname()[0])
    except OSError:
        return None
    return None if address == "0.0.0.0" or ipaddress.ip_address(address).is_loopback else address


def this_machine(host: str) -> bool:
    """Whether `host` (a URL's, brackets taken off) is this machine: "localhost", a loopback
    address, or an address of one of its network interfaces (one a socket can be bound to:
    the office machine running `planner serve --listen 0.0.0.0`, given its own 192.168.1.20).
    What is sent there over plain http does not cross the network. A name other than
    "localhost" is not looked up: it may be another machine's tomorrow."""
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if address.is_loopback:
        return True
    if address.is_unspecified or address.is_multicast:
        return False
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.bind((host, 0))
    except OSError:  # (EADDRNOTAVAIL: not an address of this machine)
        return False
    return True


def no_user_given(host: str) -> Text:
    """A mail or calendar server's settings without a user: every send and publish logs in."""
    return tr("no user given: name the account to log in to {host} as", host=host)


def short_reason(exc: BaseException) -> Text | str:
    """Why a request failed, in a few words: the network's own reason at the bottom of the HTTP
    stack's chain of errors — in our words for the usual ones ("connection refused", "the
    server's name is not known", "timed out"), else the system's ("No route to host") — else
    the error's text, cut short. A server's answer that was an error (the CalDAV library's
    errors carry its status) is said as that answer: "it answered 500 Internal Server Error"."""
    status = getattr(exc, "status", None)
    if isinstance(status, int) and 300 <= status <= 599:
        return tr("it answered {status}", status=status_line(status))
    reason: Text | str = ""
    seen = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, TimeoutError):
            reason = tr("timed out")
        elif isinstance(cause, socket.gaierror):
            reason = tr("the server's name is not known")
        elif isinstance(cause, OSError) and cause.errno in _NETWORK_REASONS:
            reason = _NETWORK_REASONS[cause.errno]
        elif isinstance(cause, OSError) and isinstance(cause.strerror, str) and cause.strerror:
            reason = cause.strerror
        cause = cause.__cause__ or cause.__context__
    if reason:
        return reason
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:159] + "…"


def status_line(status: int, reason: str = "") -> str:
    """An HTTP status as a server's status line says it: "404 Not Found" (its own words if
    given, else the standard's)."""
    if not reason:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:  # (a status the standard does not name)
            reason = ""
    return f"{status} {reason}".rstrip()


_NETWORK_REASONS = {
    errno.ECONNREFUSED: tr("connection refused"),
    errno.ECONNRESET: tr("the connection was reset"),
    errno.EHOSTUNREACH: tr("the server cannot be reached from this network"),
    errno.ENETUNREACH: tr("no network"),
}
