"""`planner serve`: the embedded Radicale, run as a real process on 127.0.0.1. The organizer
publishes into it like any server; a visitor (a phone, with no login) fetches a calendar whose
address it was given — and gets what `planner export` writes — but cannot list the calendars,
read the organizer's, or write; TLS when given a certificate; clear errors, no tracebacks."""

from __future__ import annotations

import base64
import io
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest
import vobject

from planner.cli import EXIT_ERROR, EXIT_OK, main
from planner.publish.feeds import feed_files, person_paths
from planner.publish.links import person_link
from planner.publish.server import ServeError, parse_listen
from planner.storage import load_document, save_any

PASSWORD = "office-s3cret-9"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """`planner serve PLAN` in its own process, on a free port."""

    def __init__(self, plan_file: Path, *extra: str, scheme: str = "http", host: str = "127.0.0.1") -> None:
        self.port = _free_port()
        self.url = f"{scheme}://127.0.0.1:{self.port}/"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "planner", "serve", str(plan_file), "--listen", f"{host}:{self.port}",
             "--password-stdin", *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        assert self.process.stdin is not None
        self.process.stdin.write(PASSWORD.encode() + b"\n")
        self.process.stdin.close()
        self.process.stdin = None  # given; communicate() must not flush it again
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise AssertionError(self.process.communicate()) from None
                time.sleep(0.1)
        raise AssertionError("planner serve did not start")

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)  # Ctrl+C
        out, err = self.process.communicate(timeout=30)
        return self.process.returncode, (out + err).decode()


@pytest.fixture
def plan_file(example_plan, tmp_path):
    path = tmp_path / "strike.planner"
    save_any(example_plan, path)
    return path


@pytest.fixture
def served(plan_file):
    server = Served(plan_file)
    yield server
    server.stop()


def _publish(plan_file, url, monkeypatch, password=PASSWORD) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["publish", str(plan_file), "--server", url, "--user", "organizer", "--password-stdin"])


def _get(url: str, method: str = "GET", login: tuple[str, str] | None = None, context=None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, method=method)
    if login:
        request.add_header("Authorization", "Basic " + base64.b64encode(":".join(login).encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=30, context=context) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as answer:
        return answer.code, b""


def _events(data: bytes) -> set[tuple[str, str, str, str]]:
    """(UID, start, end, summary) of each event, as vobject (a second parser) reads them."""
    calendar = vobject.readOne(data.decode("utf-8"))
    return {(str(e.uid.value), e.dtstart.value.isoformat(), e.dtend.value.isoformat(), str(e.summary.value))
            for e in calendar.vevent_list}  # fmt: skip


def test_a_subscriber_fetches_exactly_the_exported_calendar_and_nothing_else(example_plan, plan_file, served,
                                                                              monkeypatch):  # fmt: skip
    assert _publish(plan_file, served.url, monkeypatch) == EXIT_OK
    _plan, records = load_document(plan_file)
    files = feed_files(example_plan, datetime.now(UTC), records.revisions)  # as `planner export` writes them
    # The press's calendar and a volunteer's own, fetched as a phone subscribes: no login.
    status, media = _get(f"{served.url}organizer/media/")
    assert status == 200 and _events(media) == _events(files["media.ics"])
    grace = next(p for p in example_plan.people if p.name == "Grace Kim")
    link = person_link(grace, records)
    assert link is not None and link.startswith(served.url)
    status, own = _get(link)
    assert status == 200 and _events(own) == _events(files[person_paths(example_plan)[grace.id]])
    assert b"Grace Kim" in own
    # What a visitor may not do: read the organizer's calendar, list the calendars (the
    # secret links), search, or write.
    assert _get(f"{served.url}organizer/organizer/")[0] == 401
    assert _get(f"{served.url}organizer/", "PROPFIND")[0] == 401
    assert _get(f"{served.url}organizer/media/", "REPORT")[0] == 401
    assert _get(f"{served.url}organizer/media/", "DELETE")[0] == 401
    assert _get(f"{served.url}organizer/other/", "MKCOL")[0] == 401
    # The organizer reads their own.
    assert _get(f"{served.url}organizer/organizer/", login=("organizer", PASSWORD))[0] == 200


def _address_on_the_network() -> str:
    """This machine's address on its network, as the office's phones reach it; 127.0.0.2 with
    no network, which is this machine's too, though not by the name 127.0.0.1."""
    from planner.publish.network import network_address

    return network_address() or "127.0.0.2"


def test_the_office_machine_publishes_to_its_own_network_address_so_the_links_carry_it(
    example_plan, plan_file, monkeypatch, capsys
):
    """`planner serve --listen 0.0.0.0` for the office: the README says to publish to the
    machine's network address so that the links handed out carry it, not 127.0.0.1. Plain
    http:// was refused there as if it crossed the network; to this machine's own address it
    does not (network.this_machine), and another machine's is still refused."""
    server = Served(plan_file, host="0.0.0.0")
    try:
        office = f"http://{_address_on_the_network()}:{server.port}/"
        assert _publish(plan_file, office, monkeypatch) == EXIT_OK, capsys.readouterr().err
        _plan, records = load_document(plan_file)
        grace = next(p for p in example_plan.people if p.name == "Grace Kim")
        link = person_link(grace, records)
        assert link is not None and link.startswith(office)
        assert _get(link)[0] == 200
        assert _publish(plan_file, f"http://198.51.100.7:{server.port}/", monkeypatch) == EXIT_ERROR
        assert "not encrypted (http://)" in capsys.readouterr().err
    finally:
        server.stop()


def test_a_wrong_password_is_refused_and_the_password_is_not_kept_in_clear(plan_file, served, monkeypatch, capsys):
    assert _publish(plan_file, served.url, monkeypatch, password="guess") == EXIT_ERROR
    assert "the user name or password was not accepted" in capsys.readouterr().err
    users = (plan_file.parent / "strike-calendars" / "users").read_text()
    assert users.startswith("organizer:$6$") and PASSWORD not in users  # SHA-512 crypt
    assert (plan_file.parent / "strike-calendars" / "users").stat().st_mode & 0o077 == 0


def test_ctrl_c_stops_the_server_cleanly(plan_file):
    server = Served(plan_file)
    code, output = server.stop()
    assert code == 0 and "Traceback" not in output
    assert f"at {server.url}" in output and "planner publish" in output


def test_with_a_certificate_the_server_speaks_only_https(plan_file, tmp_path, tls, monkeypatch):
    ca, _server_context, client_context = tls
    cert = ca.issue_cert("127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "cert.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "key.pem"))
    server = Served(plan_file, "--cert", str(tmp_path / "cert.pem"), "--key", str(tmp_path / "key.pem"),
                    scheme="https")  # fmt: skip
    try:
        status, _body = _get(f"{server.url}organizer/", "PROPFIND", ("organizer", PASSWORD), client_context)
        assert status == 207
        with pytest.raises((urllib.error.URLError, ConnectionError, ssl.SSLError)):
            _get(f"http://127.0.0.1:{server.port}/organizer/", "PROPFIND", ("organizer", PASSWORD))
    finally:
        server.stop()


def test_settings_that_cannot_serve_are_said_before_a_password_is_asked_for(plan_file, tmp_path, capsys,
                                                                            monkeypatch):  # fmt: skip
    """A certificate not there, or one without its key, was found only after the password was
    asked for (or the keyring said it is not available); so was a clone onto a file there."""
    from planner.publish import secrets

    monkeypatch.setattr(secrets, "keyring_password", lambda *a: pytest.fail("the password asked for"))
    monkeypatch.setattr("getpass.getpass", lambda *a: pytest.fail("the password asked for"))
    for args, said in (
        (["--cert", str(tmp_path / "none.pem"), "--key", str(tmp_path / "none.key")],
         f"{tmp_path / 'none.pem'}: no such certificate or key file"),
        (["--cert", str(plan_file)], "TLS needs both --cert and --key"),
        (["--user", "a b"], "--user 'a b': use letters, digits, dots, hyphens or underscores"),
    ):  # fmt: skip
        assert main(["serve", str(plan_file), *args]) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {said}\n"
    assert main(["clone", "https://cloud.example.org/dav/plan/", str(plan_file), "--user", "ana"]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {plan_file}: already exists; give a new file name\n"


def test_a_certificate_and_key_tls_cannot_use_are_said_before_a_password_is_asked_for(plan_file, tmp_path, capsys,
                                                                                      monkeypatch):  # fmt: skip
    """Files that are not a certificate and its key made Radicale's start fail in a traceback
    ("No servers started"), after the password was asked for; a key locked by a passphrase
    had OpenSSL ask for it on the terminal."""
    import trustme
    from cryptography.hazmat.primitives import serialization

    from planner.publish import secrets

    monkeypatch.setattr(secrets, "keyring_password", lambda *a: pytest.fail("the password asked for"))
    monkeypatch.setattr("getpass.getpass", lambda *a: pytest.fail("the password asked for"))
    ca = trustme.CA()
    issued, other = ca.issue_cert("127.0.0.1"), ca.issue_cert("127.0.0.1")
    cert, key, other_key, locked, broken = (tmp_path / name for name in ("c.pem", "k.pem", "k2.pem", "locked.pem",
                                                                         "broken.pem"))  # fmt: skip
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    other.private_key_pem.write_to_path(str(other_key))
    held = serialization.load_pem_private_key(issued.private_key_pem.bytes(), None)
    locked.write_bytes(held.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.BestAvailableEncryption(b"secret")))  # fmt: skip
    broken.write_text("-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----\n")
    for given, said in (
        ((plan_file, key), f"{plan_file}: not a certificate in PEM form (text beginning -----BEGIN …)"),
        ((key, cert), f"{key}: not a certificate in PEM form (text beginning -----BEGIN …)"),
        ((cert, cert), f"{cert}: not a private key in PEM form (text beginning -----BEGIN …)"),
        ((cert, other_key), f"{other_key} is not the key of {cert}"),
        ((cert, locked), f"{locked}: the key is locked by a passphrase; give it unlocked (openssl pkey -in {locked} "
                         "-out open-key.pem)"),
        ((broken, key), f"{broken} and {key}: not a certificate and its key that TLS can use"),
    ):  # fmt: skip
        assert main(["serve", str(plan_file), "--cert", str(given[0]), "--key", str(given[1])]) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {said}\n"


def test_bad_settings_are_one_clear_line(plan_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        assert main(["serve", str(plan_file), "--listen", f"127.0.0.1:{port}", "--password-stdin"]) == EXIT_ERROR
    finally:
        taken.close()
    assert "cannot listen there" in capsys.readouterr().err
    for listen, said in (("somewhere:99", "not an IP address"), ("127.0.0.1:70000", "out of range")):
        with pytest.raises(ServeError, match=said):
            parse_listen(listen)
    assert parse_listen("[::]:8443") == ("::", 8443) and parse_listen("0.0.0.0") == ("0.0.0.0", 5232)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["serve", str(plan_file), "--cert", str(tmp_path / "none.pem"), "--key", "k.pem",
                 "--password-stdin"]) == EXIT_ERROR  # fmt: skip
    assert "no such certificate or key file" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["serve", str(plan_file), "--user", "../x", "--password-stdin"]) == EXIT_ERROR
    assert "--user '../x'" in capsys.readouterr().err
    # A file where the calendars' folder goes is named, in the commands' language too (these
    # errors were English only, and this one said "(Not a directory)").
    blocker = tmp_path / "calendars"
    blocker.write_text("not a folder")
    for language, said in (("en", "cannot write (it is a file, not a folder)"),
                           ("es", "no se puede escribir (es un archivo, no una carpeta)")):  # fmt: skip
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        args = ["--language", language, "serve", str(plan_file), "--folder", str(blocker / "x"), "--password-stdin"]
        assert main(args) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {blocker}: {said}\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--language", "es", "serve", str(plan_file), "--listen", "127.0.0.1:70000",
                 "--password-stdin"]) == EXIT_ERROR  # fmt: skip
    said = "--listen '127.0.0.1:70000': el puerto 70000 está fuera de rango (1–65535)"
    assert capsys.readouterr().err == f"planner: {said}\n"


def test_a_subscriber_sees_a_moved_shift_at_its_new_time_once_and_the_calendars_name(example_plan, plan_file,
                                                                                      served, monkeypatch):  # fmt: skip
    from datetime import timedelta

    from planner.domain.edits import retime_item

    assert _publish(plan_file, served.url, monkeypatch) == EXIT_OK
    grace = next(p for p in example_plan.people if p.name == "Grace Kim")
    shift = next(s for s in example_plan.shifts if grace.id in s.person_ids)
    uid = f"{shift.id}.{example_plan.id}@planner"
    _plan, records = load_document(plan_file)
    moved = retime_item(example_plan, shift.id, shift.start + timedelta(hours=2), shift.end + timedelta(hours=2))
    save_any(moved, plan_file, records)
    assert _publish(plan_file, served.url, monkeypatch) == EXIT_OK
    link = person_link(grace, load_document(plan_file)[1])
    status, data = _get(link)
    events = [e for e in vobject.readOne(data.decode()).vevent_list if str(e.uid.value) == uid]
    assert status == 200 and len(events) == 1  # no duplicate
    assert events[0].dtstart.value == shift.start + timedelta(hours=2)  # the new time, the plan's zone
    # The calendar shows under the feed's own name and description (long: folded in the file),
    # as vobject reads them.
    feed = vobject.readOne(feed_files(moved, datetime.now(UTC))[person_paths(moved)[grace.id]].decode())
    name, description = feed.contents["x-wr-calname"][0].value, feed.contents["x-wr-caldesc"][0].value
    assert len(description) > 75 and "; " in description
    body = ('<?xml version="1.0"?><D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop>'
            "<D:displayname/><C:calendar-description/></D:prop></D:propfind>")  # fmt: skip
    request = urllib.request.Request(link, data=body.encode(), method="PROPFIND", headers={"Depth": "0"})
    request.add_header("Authorization", "Basic " + base64.b64encode(f"organizer:{PASSWORD}".encode()).decode())
    with urllib.request.urlopen(request, timeout=30) as answer:
        props = answer.read().decode()
    assert f">{name}</" in props and f">{description}</" in props, props


def test_at_a_terminal_the_password_is_asked_once_and_kept_for_publish(plan_file, memory_keyring, monkeypatch,
                                                                        capsys):  # fmt: skip
    served = []
    monkeypatch.setattr("planner.publish.server.serve", served.append)  # set up, not run
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: "typed-pw-3")
    assert main(["serve", str(plan_file), "--listen", "0.0.0.0:5299"]) == EXIT_OK
    # Publish goes to the machine's address on the network, so that the links carry it.
    from planner.publish.network import network_address

    office = network_address() or "127.0.0.1"  # (with no network: the loopback address)
    assert memory_keyring.passwords == {("planner-caldav", f"organizer@{office}:5299"): "typed-pw-3"}
    assert served and served[0].url == "http://0.0.0.0:5299/"
    assert f"--server http://{office}:5299/" in capsys.readouterr().out  # where publish finds the password
    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("asked again"))
    assert main(["serve", str(plan_file), "--listen", "0.0.0.0:5299"]) == EXIT_OK  # from the keyring now
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    memory_keyring.passwords.clear()
    assert main(["serve", str(plan_file)]) == EXIT_ERROR  # a script with no password anywhere: said
    assert "--password-stdin" in capsys.readouterr().err
