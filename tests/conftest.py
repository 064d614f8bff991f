"""Shared fixtures. Qt must run offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The headless commands speak the terminal's language (LANG, as gettext reads it): the tests
# read English, so they run as in an English terminal on any machine; a test of another
# language asks for it.
# (Empty is unset, to gettext and Qt alike.)
os.environ["LANGUAGE"] = os.environ["LC_ALL"] = os.environ["LC_MESSAGES"] = ""
os.environ["LANG"] = "C.UTF-8"

import contextlib
import copy
import json
import sqlite3
import ssl
import unittest.mock
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import trustme
from aiosmtpd.smtp import AuthResult, LoginPassword

from planner.domain.model import Plan
from planner.resources import example_plan_path
from planner.storage.json_format import plan_from_dict
from tests.servers import DigestDav, LoopbackController, Mailbox, MemoryKeyring, Radicale
from tests.tooling import find_tool

EXAMPLE = example_plan_path()


@pytest.fixture(autouse=True)
def _no_qt_application_but_a_widget_one() -> Iterator[None]:
    """A test that makes Qt's application without widgets (a command that prints, as the run
    sheet does) leaves it for the whole run, and every widget test after it errors at setup
    (pytest-qt's qapp wants a QApplication): 400 errors far from the cause. Said at the cause."""
    yield
    import sys

    gui = sys.modules.get("PySide6.QtGui")
    if gui is not None and (app := gui.QGuiApplication.instance()) is not None:
        from PySide6.QtWidgets import QApplication

        if not isinstance(app, QApplication):
            pytest.fail("this test made a QGuiApplication, which the widget tests after it cannot use: take the "
                        "qapp fixture (tests/ui) first")  # fmt: skip


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def example_data() -> dict[str, Any]:
    """The bundled example as a JSON tree, a fresh copy for each test to change."""
    return copy.deepcopy(_example_tree())


@pytest.fixture
def example_plan(example_data: dict[str, Any]) -> Plan:
    return plan_from_dict(example_data)


@pytest.fixture
def make_plan() -> Callable[..., Plan]:
    """A small plan from JSON fragments: tests state only what matters to them."""

    def build(**parts: Any) -> Plan:
        data: dict[str, Any] = {
            "format": "planner-plan",
            "version": 1,
            "plan": {"id": "p1", "title": "Test plan", "timezone": parts.pop("timezone", "America/Los_Angeles")},
            "locations": [{"id": "loc", "name": "Site", "address": "1 Main St"}],
            "roles": [{"id": "marshal", "name": "Safety marshal"}],
            "people": [
                {"id": "ana", "name": "Ana", "kind": "spokesperson"},
                {"id": "ben", "name": "Ben", "kind": "spokesperson"},
                {"id": "vic", "name": "Vic", "kind": "volunteer"},
            ],
        }
        data.update(parts)
        return plan_from_dict(data)

    return build


_TREE: dict[str, Any] = {}


def _example_tree() -> dict[str, Any]:
    if not _TREE:
        _TREE.update(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    return _TREE


@pytest.fixture
def serialized_events(monkeypatch) -> Callable[[], list[str]]:
    """`made = serialized_events()`: the UIDs of the events serialized from then on (ical/feeds.py)."""

    def start() -> list[str]:
        from planner.ical import feeds

        made: list[str] = []
        serialize = feeds.EventLines.event
        monkeypatch.setattr(
            feeds.EventLines, "event", lambda self, p: made.append(p.given["uid"]) or serialize(self, p)
        )
        return made

    return start


@pytest.fixture
def publish_compared(monkeypatch) -> list[Any]:
    """The rows found changed in the plan file that each publish was given (LastPublish's
    `since`: only their events' digests are worked out again; None: every one)."""
    from planner.publish import feeds

    given: list[Any] = []
    real = feeds.LastPublish.__init__

    def last_publish(self: Any, record: Any, records: Any, since: Any = None) -> None:
        given.append(since)
        real(self, record, records, since)

    monkeypatch.setattr(feeds.LastPublish, "__init__", last_publish)
    return given


# ---------------------------------------------------------------------------------- real servers


@pytest.fixture
def sql_trace() -> Callable[[], contextlib.AbstractContextManager[list[str]]]:
    """`with sql_trace() as statements:` every SQL statement run inside, as SQLite ran it."""

    @contextlib.contextmanager
    def trace() -> Iterator[list[str]]:
        statements: list[str] = []
        connect = sqlite3.connect

        def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
            connection = connect(*args, **kwargs)
            connection.set_trace_callback(statements.append)
            return connection

        with unittest.mock.patch("sqlite3.connect", traced):
            yield statements

    return trace


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def tls():
    ca = trustme.CA()
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server)
    client = ssl.create_default_context()
    ca.configure_trust(client)
    return ca, server, client


@pytest.fixture
def smtp_server(tls):
    _ca, server_context, _client = tls
    mailbox = Mailbox()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"press", b"s3cret")
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    controller = LoopbackController(
        mailbox,
        tls_context=server_context,
        require_starttls=True,
        authenticator=authenticate,
        auth_require_tls=True,
    )
    controller.start()
    yield controller, mailbox
    controller.stop()


@pytest.fixture
def server(tmp_path):
    """A real Radicale CalDAV server on 127.0.0.1, for publishing and team-plan tests."""
    radicale = Radicale(tmp_path / "radicale")
    radicale.folder.mkdir()
    radicale.start()
    yield radicale
    radicale.stop()


@pytest.fixture
def lasting_server(tmp_path):
    """The same, on an HTTP server that keeps each connection open for the next request, as
    hosted CalDAV servers do: what a client left open shows (Radicale.connections_here)."""
    radicale = Radicale(tmp_path / "radicale", keep_alive=True)
    radicale.folder.mkdir()
    radicale.start()
    yield radicale
    radicale.stop()


@pytest.fixture
def digest_server(tmp_path):
    """A real WebDAV server (WsgiDAV) on 127.0.0.1 that takes Digest logins only."""
    dav = DigestDav(tmp_path / "wsgidav")
    dav.start()
    yield dav
    dav.stop()


@pytest.fixture
def pdftotext() -> str:
    """poppler's pdftotext, which reads our PDFs back; missing is a failure, never a skip."""
    return find_tool("pdftotext", "poppler-utils (tools/dev.sh test installs it)")
