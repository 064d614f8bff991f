"""Organizers as separate processes against one real server: 1,000 random interleaved edits
converge to one plan; a sync whose server is killed midway loses nothing; two organizers
pressing Send at once never send a journalist the same message twice."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

from planner.cli import EXIT_OK
from planner.storage import load_document, load_sync
from planner.storage.plan_objects import split_plan
from planner.sync.documents import open_client, settle, sync, waiting
from tests.sync.test_team import _same_everywhere

ROOT = Path(__file__).parents[2]
SEED = int(os.environ.get("PLANNER_SYNC_SEED", "1"))  # another seed, another 1,000 edits


def _python(*args: str, stdin: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(stdin)
    process.stdin.close()
    process.stdin = None  # given: communicate() only reads
    return process


def _converge(team) -> None:
    """Both sync, settling what clashes, until neither has anything waiting."""
    client = open_client(team.url, team.server.USER, team.server.PASSWORD)
    for _round in range(8):
        for path, name in ((team.ana, "Ana"), (team.ben, "Ben")):
            report = sync(path, client, name, datetime.now(UTC))
            assert not report.offline, report.offline
            for key in report.conflicts:
                settle(path, key, "theirs")
        settled = not any(waiting(p) or load_sync(p).conflicts for p in (team.ana, team.ben))  # type: ignore[union-attr]
        if settled and split_plan(load_document(team.ana)[0]) == split_plan(load_document(team.ben)[0]):
            return
    raise AssertionError("the two copies did not converge")


def test_a_thousand_random_interleaved_edits_from_two_processes_converge(team):
    start = split_plan(load_document(team.ana)[0])
    editors = [
        _python("-m", "tests.sync.editor", str(path), str(seed), "500", name, stdin=team.server.PASSWORD + "\n")
        for path, seed, name in ((team.ana, SEED, "Ana"), (team.ben, SEED + 1, "Ben"))
    ]
    tallies = []
    for editor in editors:
        out, err = editor.communicate(timeout=600)
        assert editor.returncode == 0, err[-3000:]
        tallies.append([int(n) for n in out.split()[1::2]])  # received, sent, conflicts
    # Each saw the other's work arrive while editing, and they clashed along the way.
    assert all(received and sent for received, sent, _conflicts in tallies), tallies
    assert sum(conflicts for _r, _s, conflicts in tallies) > 0, tallies
    _converge(team)
    _same_everywhere(team)
    final = split_plan(load_document(team.ana)[0])
    assert final != start
    # Both organizers' work is there: shifts each of them added (a few may have been removed since).
    assert any(key.startswith("shift:shift-Ana-") for key in final)
    assert any(key.startswith("shift:shift-Ben-") for key in final)


def test_a_sync_cut_off_by_the_server_dying_loses_nothing_and_the_next_finishes_it(team):
    from dataclasses import replace

    from planner.domain.edits import put_item, set_day_note
    from planner.storage import save_any

    plan, records = load_document(team.ana)
    for n, shift in enumerate(plan.shifts):  # 40 shifts and the days' notes: 45 changes to push
        plan = set_day_note(plan, shift.start.date(), f"day note {n}")
        plan = put_item(plan, replace(shift, notes=f"bring water {n}"))
    save_any(plan, team.ana, records)
    puts_before = team.server.requests("PUT")
    syncing = _python("-m", "planner", "sync", str(team.ana), "--password-stdin", "--name", "Ana",
                      stdin=team.server.PASSWORD + "\n")  # fmt: skip
    deadline = time.monotonic() + 60
    while team.server.requests("PUT") < puts_before + 5:
        assert time.monotonic() < deadline and syncing.poll() is None, "the sync ended before the server was killed"
        time.sleep(0.005)
    team.server.process.kill()  # no goodbye: the server is gone mid-push
    out, err = syncing.communicate(timeout=120)
    assert syncing.returncode == 1, out + err  # warnings: offline
    assert "offline" in err
    assert load_document(team.ana)[0] == plan  # every edit still in the file
    assert 0 < waiting(team.ana) < 40 + 5  # what was not pushed waits; what was is recorded
    team.server.stop()
    team.server.start()
    assert team.sync(team.ana) == EXIT_OK
    assert waiting(team.ana) == 0
    assert team.sync(team.ben) == EXIT_OK
    _same_everywhere(team)


def _release_to_send(team, tmp_path, tls, port: int) -> Callable[..., subprocess.Popen[str]]:
    """Ana's release 1, synced to both copies; and what starts one organizer's `planner send`
    of it as a process (`send(path, name)`, through the mail server at `port` unless `to`)."""
    bundle = tmp_path / "ca.pem"
    tls[0].cert_pem.write_to_path(str(bundle))
    from planner.cli import main

    assert main(["release", str(team.ana), "--name", "First", "--yes"]) == EXIT_OK
    assert team.sync(team.ana) == EXIT_OK and team.sync(team.ben) == EXIT_OK

    def send(path: Path, name: str, to: int = port) -> subprocess.Popen[str]:
        return _python("-m", "planner", "send", str(path), "--host", "127.0.0.1", "--port", str(to), "--user", "press",
                       "--password-stdin", "--team-password-stdin", "--name", name,
                       stdin=f"s3cret\n{team.server.PASSWORD}\n", env={"SSL_CERT_FILE": str(bundle)})  # fmt: skip

    return send


def test_two_organizers_pressing_send_at_once_never_send_a_message_twice(team, tmp_path, smtp_server, tls):
    controller, mailbox = smtp_server
    send = _release_to_send(team, tmp_path, tls, controller.port)
    assert len(load_document(team.ben)[1].releases) == 1  # the release reached Ben
    senders = [send(path, name) for path, name in ((team.ana, "Ana"), (team.ben, "Ben"))]
    outputs = []
    for sender in senders:
        out, err = sender.communicate(timeout=300)
        outputs.append(out + err)
        assert sender.returncode == 0, out + err
    sent = Counter(
        (tuple(recipients), message_from_bytes(raw).get("Subject", ""), _uid(raw))
        for recipients, raw in zip(mailbox.recipients, mailbox.messages, strict=True)
    )
    assert len(mailbox.messages) == 25 and max(sent.values()) == 1, sent
    # Each ledger has all 25 after a sync; a second Send sends nothing.
    assert team.sync(team.ana) == EXIT_OK
    assert team.sync(team.ben) == EXIT_OK
    assert len(load_document(team.ana)[1].sent) == len(load_document(team.ben)[1].sent) == 25


def _uid(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").replace("\r\n ", "").replace("\n ", "")
    return next((line[4:] for line in text.splitlines() if line.startswith("UID:")), "")


def test_a_send_that_fails_gives_its_claims_back_so_a_teammate_sends_them(team, tmp_path, smtp_server, tls):
    """Ana's mail server cannot be reached: nothing goes, and the messages she claimed are
    hers no longer; Ben, on his machine, sends every one of them."""
    controller, mailbox = smtp_server
    send = _release_to_send(team, tmp_path, tls, controller.port)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    results = []
    for path, name, port in ((team.ana, "Ana", closed), (team.ben, "Ben", controller.port)):
        sender = send(path, name, port)
        out, err = sender.communicate(timeout=300)
        results.append((sender.returncode, out + err))
    assert results[0][0] != EXIT_OK and "cannot send through 127.0.0.1" in results[0][1]
    assert results[1][0] == EXIT_OK and "being sent by Ana" not in results[1][1], results[1][1]
    assert len(mailbox.messages) == 25


def test_ctrl_c_while_sending_a_shared_plan_stops_after_a_message_and_a_teammate_sends_the_rest(
    team, tmp_path, smtp_server, tls
):
    """Ana presses Ctrl+C while her `planner send` goes through a slow mail server: it stops
    after the message going out, records what went, gives her claims on the rest back and
    tells the team's ledger. Ben then sends exactly the rest: none twice, none left waiting
    six hours for a stale claim (a Ctrl+C used to end the command with every claim kept)."""
    controller, mailbox = smtp_server
    send = _release_to_send(team, tmp_path, tls, controller.port)
    from planner.cli import EXIT_INTERRUPTED

    mailbox.delay = 0.2
    ana = send(team.ana, "Ana")
    deadline = time.monotonic() + 120
    while len(mailbox.messages) < 3:
        assert time.monotonic() < deadline and ana.poll() is None, "the send ended before Ctrl+C"
        time.sleep(0.01)
    ana.send_signal(signal.SIGINT)
    out, err = ana.communicate(timeout=120)
    went = len(mailbox.messages)
    assert ana.returncode == EXIT_INTERRUPTED, out + err
    assert "stopping after the message going out (Ctrl+C again stops at once)" in err
    assert f"stopped (Ctrl+C): {25 - went} messages not sent; run the command again to send them" in err, err
    assert "Traceback" not in err and 3 <= went < 25
    assert len(load_document(team.ana)[1].sent) == went  # each that went, recorded
    assert team.server.requests("PUT", "/claim_3a") == went  # each claimed as it went, not all first
    mailbox.delay = 0.0
    ben = send(team.ben, "Ben")
    out, err = ben.communicate(timeout=300)
    assert ben.returncode == EXIT_OK, out + err
    assert "being sent by Ana" not in out + err
    sent = Counter(
        (tuple(recipients), message_from_bytes(raw).get("Subject", ""), _uid(raw))
        for recipients, raw in zip(mailbox.recipients, mailbox.messages, strict=True)
    )
    assert len(mailbox.messages) == 25 and max(sent.values()) == 1, sent
    assert team.sync(team.ana) == EXIT_OK
    assert len(load_document(team.ana)[1].sent) == len(load_document(team.ben)[1].sent) == 25


def test_a_second_ctrl_c_stops_the_send_at_once_and_still_gives_the_claims_on_the_rest_back(
    team, tmp_path, smtp_server, tls
):
    controller, mailbox = smtp_server
    send = _release_to_send(team, tmp_path, tls, controller.port)
    from planner.cli import EXIT_INTERRUPTED

    mailbox.delay = 1.0  # each message a second: both Ctrl+C land while the second is going
    ana = send(team.ana, "Ana")
    deadline = time.monotonic() + 120
    while mailbox.started < 2:  # (the second in, the server taking its second over it)
        assert time.monotonic() < deadline and ana.poll() is None, "the send ended before Ctrl+C"
        time.sleep(0.01)
    ana.send_signal(signal.SIGINT)
    time.sleep(0.2)
    ana.send_signal(signal.SIGINT)
    out, err = ana.communicate(timeout=120)
    assert ana.returncode == EXIT_INTERRUPTED and err.endswith("planner: stopped (Ctrl+C)\n"), out + err
    assert "Traceback" not in err
    recorded = len(load_document(team.ana)[1].sent)
    assert recorded == 1  # the second, cut off, not recorded
    mailbox.delay = 0.0
    ben = send(team.ben, "Ben")
    out, err = ben.communicate(timeout=300)
    assert ben.returncode == EXIT_OK, out + err
    # Ana's ledger never reached the team (she stopped it at once): the ones she sent stay hers,
    # claimed; every other is Ben's to send now, the one cut off midway included.
    assert (out + err).count("being sent by Ana") == recorded
    assert out.count("sent     ") == 25 - recorded
