"""Two app windows share one plan through a real Radicale: File ▸ Share on Server, Open from
Server; each edit pushed as made, a teammate's arriving as one undoable step named for them;
the title bar's sync state; a conflict shown and settled in the Conflicts dialog; offline edits
waiting and going when the server is back."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel

from planner.domain.edits import retime_item, set_day_note
from planner.storage import load_any, load_document, load_sync, save_any
from planner.ui.main_window import MainWindow
from planner.ui.settings import ORGANIZER_NAME, Settings
from planner.ui.team import Status
from planner.ui.team_dialogs import CloneDialog, ConflictsDialog, ShareDialog

WAIT = 60_000


def _window(qtbot, tmp_path, name: str) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    settings.set(ORGANIZER_NAME, name)
    window = MainWindow(settings)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fill(qtbot, server, **more):
    def run(dialog: QDialog) -> int:
        if isinstance(dialog, ShareDialog | CloneDialog):
            dialog.address.setText(more.get("address", server.url))
            dialog.user.setText(more.get("user", server.USER))
            dialog.password.setText(server.PASSWORD)
            if isinstance(dialog, CloneDialog):
                dialog.target.setText(str(more["target"]))
                dialog.open_button.click()
            else:
                dialog.share_button.click()
            qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted or "Could not" in
                            dialog.report.text(), timeout=WAIT)  # fmt: skip
            return dialog.result()
        return QDialog.DialogCode.Rejected

    return run


def _synced(qtbot, window: MainWindow) -> None:
    done = (Status.SYNCED, Status.CONFLICTS, Status.OFFLINE, Status.REFUSED, Status.READ_ONLY, Status.GONE)
    qtbot.waitUntil(lambda: window.team.status in done
                    and window.team._running is None and not window.team._push.isActive(), timeout=WAIT)  # fmt: skip


def _shared(qtbot, tmp_path, server, plan) -> tuple[MainWindow, Path]:
    """Ana's window on `plan`, saved and shared on `server` with File ▸ Share on Server…, synced."""
    path = tmp_path / "ana.planner"
    save_any(plan, path)
    ana = _window(qtbot, tmp_path, "Ana")
    assert ana.open_path(path)
    ana.run_dialog = _fill(qtbot, server)
    assert ana.share_dialog()
    _synced(qtbot, ana)
    return ana, path


def _ana_and_ben(server, tmp_path, plan, ben_login: str) -> tuple[Path, Path, str]:
    """Ana's file of `plan` shared on `server`, and Ben's copy of it cloned under `ben_login`:
    the two files and the shared plan's address."""
    from planner.publish.caldav import connected
    from planner.sync.documents import clone, share

    ana_file, ben_file = tmp_path / "ana.planner", tmp_path / "ben.planner"
    save_any(plan, ana_file)
    with connected(server.url, server.USER, server.PASSWORD) as (client, home):
        url = share(ana_file, client, home, server.USER, "Ana", datetime.now(UTC)).synced.state.url
    with connected(server.url, ben_login, server.PASSWORD) as (client, _home):
        clone(url, client, ben_file, ben_login, "Ben", datetime.now(UTC))
    return ana_file, ben_file, url


def test_two_windows_share_one_plan(qtbot, tmp_path, server, example_plan):
    ana_file = tmp_path / "ana.planner"
    save_any(example_plan, ana_file)
    ana, ben = _window(qtbot, tmp_path, "Ana"), _window(qtbot, tmp_path, "Ben")
    try:
        assert ana.open_path(ana_file)
        assert "synced" not in ana.windowTitle() and not ana.sync_action.isEnabled()
        ana.run_dialog = _fill(qtbot, server)
        assert ana.share_dialog()
        _synced(qtbot, ana)
        assert ana.team.status is Status.SYNCED and "ana.planner — synced" in ana.windowTitle()
        url = load_sync(ana_file).url  # type: ignore[union-attr]

        ben.run_dialog = _fill(qtbot, server, address=url, target=tmp_path / "ben.planner")
        assert ben.clone_dialog()
        _synced(qtbot, ben)
        assert ben.document.path == tmp_path / "ben.planner" and "ben.planner — synced" in ben.windowTitle()
        assert ben.document.plan.days == ana.document.plan.days

        # An edit is saved and pushed as it is made; the teammate's next sync brings it.
        day = ana.document.plan.days[0].date
        ana.document.edit("Day note", set_day_note, day, "Vigil at 19:00")
        _synced(qtbot, ana)
        assert not ana.document.is_modified and ana.team.waiting == 0
        ben.team.sync_now()
        _synced(qtbot, ben)
        assert ben.document.plan.days[0].note == "Vigil at 19:00"
        stack = ben.document.undo_stack
        assert stack.text(stack.index() - 1) == "Changes from Ana"

        # The same field changed on both: a conflict, shown in the title and the dialog.
        shift = ana.document.plan.shifts[0]
        ana.document.edit("Later", retime_item, shift.id, shift.start + timedelta(hours=1),
                          shift.end + timedelta(hours=1))  # fmt: skip
        _synced(qtbot, ana)
        ben.document.edit("Earlier", retime_item, shift.id, shift.start - timedelta(hours=1), shift.end)
        _synced(qtbot, ben)
        assert ben.team.status is Status.CONFLICTS and "1 conflict" in ben.windowTitle()
        assert ben.conflicts_action.isEnabled()
        mine = ben.document.plan.shifts[ben.document.plan.shift_positions[shift.id]]
        assert mine.start == shift.start - timedelta(hours=1)  # Ben's own is kept meanwhile
        # ... and the grid marks the shift with both (its tooltip says them).
        marked = ben.grid.block(shift.id)
        clash = "Conflict with Ana — Start: theirs Mon 7 Apr 08:00, mine Mon 7 Apr 06:00. File ▸ Conflicts… settles it."
        assert marked is not None and marked.warnings[-1] == clash and clash in marked.tooltip_text()
        assert marked.conflicted and "Conflict with a teammate" in ben.legend.entries()  # a dashed edge, explained

        shown: list[str] = []

        def settle(dialog: QDialog) -> int:
            assert isinstance(dialog, ConflictsDialog)
            shown.extend(dialog.table.item(0, c).text() for c in range(5))
            dialog.table.selectRow(0)
            dialog.theirs_button.click()
            return dialog.result()

        ben.run_dialog = settle
        ben.conflicts_dialog()
        assert shown[0] == "Setup and teardown shift, Mon 7 Apr 06:00" and shown[1:4] == [
            "Start",
            "Mon 7 Apr 08:00",
            "Mon 7 Apr 06:00",
        ]
        assert shown[4].startswith("Ana, ")
        _synced(qtbot, ben)
        settled = ben.document.plan.shifts[ben.document.plan.shift_positions[shift.id]]
        assert settled.start == shift.start + timedelta(hours=1)
        assert not ben.grid.block(shift.id).conflicted  # type: ignore[union-attr]
        assert "Conflict with a teammate" not in ben.legend.entries()
        assert ben.team.status is Status.SYNCED and "synced" in ben.windowTitle()

        # Offline: the edit waits, saved, and goes when the server is back.
        server.stop()
        ana.document.edit("Day note", set_day_note, day, "Press at 9")
        _synced(qtbot, ana)
        assert ana.team.status is Status.OFFLINE and "offline, 1 change waiting" in ana.windowTitle()
        assert not ana.document.is_modified  # saved in the file all the same
        server.start()
        ana.team.sync_now()
        _synced(qtbot, ana)
        assert ana.team.status is Status.SYNCED
        ben.team.sync_now()
        _synced(qtbot, ben)
        assert ben.document.plan.days[0].note == "Press at 9"
    finally:
        for window in (ana, ben):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()


def test_a_sync_asked_for_while_one_saves_what_is_typed_follows_it(qtbot, tmp_path, server, example_plan):
    """A sync first saves what is typed, and the save's signals may ask for another (here a
    handler of the modified mark, as a window may have). That one follows the sync starting,
    never runs alongside it: two at once left the first to end with nothing of the other's to
    end, and the app showed an error."""
    ana, _path = _shared(qtbot, tmp_path, server, example_plan)
    try:
        running, most, started = 0, 0, 0
        run = ana.team._worker.run

        def counted(job, done, failed):
            nonlocal running, most, started
            running, started = running + 1, started + 1
            most = max(most, running)

            def ended(then):
                def end(result):
                    nonlocal running
                    running -= 1
                    then(result)

                return end

            run(job, ended(done), ended(failed))

        ana.team._worker.run = counted
        saved = []
        ana.document.modified_changed.connect(lambda modified: modified or saved.append(ana.team.sync_now()))
        ana.document.rename("Vigil")
        ana.team.sync_now()  # (saves the rename: its signal asks for one more)
        qtbot.waitUntil(lambda: started >= 2, timeout=WAIT)
        _synced(qtbot, ana)
        assert saved and most == 1 and ana.team.problem == ""
        assert load_any(_path).title == "Vigil"
    finally:
        ana.document.undo_stack.setClean()
        ana.close()


def test_a_change_too_large_for_the_server_is_said_in_the_title_and_goes_once_shorter(qtbot, tmp_path,
                                                                                      example_plan):  # fmt: skip
    """A day's note over the size the server takes was dropped from each sync without a
    word, the title saying "synced"; now the title says the server would not take it, and
    its status line's tooltip says why."""
    from tests.servers import Radicale

    small = Radicale(tmp_path / "small", max_content_length=60_000)  # (objects up to 48,000 bytes)
    small.folder.mkdir()
    small.start()
    ana, _path = _shared(qtbot, tmp_path, small, example_plan)
    try:
        day = ana.document.plan.days[0].date
        ana.document.edit("Day note", set_day_note, day, "Route. " * 8_000)
        _synced(qtbot, ana)
        assert ana.team.status is Status.REFUSED and "1 change the server would not take" in ana.windowTitle()
        assert ana.sync_label.toolTip().startswith("Day note: 2025-04-07: too large for the server (")
        assert "it takes at most 48000" in ana.sync_label.toolTip() and not ana.document.is_modified
        ana.document.edit("Day note", set_day_note, day, "Route: Sunset Blvd")
        _synced(qtbot, ana)
        assert ana.team.status is Status.SYNCED and ana.sync_label.toolTip() == ""
    finally:
        ana.document.undo_stack.setClean()
        ana.close()
        ana.deleteLater()
        small.stop()


def test_a_copy_whose_account_may_only_read_the_plan_says_so_in_the_title(qtbot, tmp_path, example_plan):
    """Ben's account may read the shared plan, not change it: his edit waits, and the title
    says "read-only on the server", not "offline" (the server answers; it refuses)."""
    from tests.servers import Radicale

    server = Radicale(tmp_path / "server", reader="ben")
    server.folder.mkdir()
    server.start()
    try:
        _ana_file, ben_file, _url = _ana_and_ben(server, tmp_path, example_plan, "ben")
        ben = _window(qtbot, tmp_path, "Ben")
        try:
            assert ben.open_path(ben_file)
            ben.team.give_password(server.PASSWORD)
            _synced(qtbot, ben)
            assert ben.team.status is Status.SYNCED
            ben.document.edit("Day note", set_day_note, example_plan.days[0].date, "Bring water")
            _synced(qtbot, ben)
            assert (
                ben.team.status is Status.READ_ONLY and "read-only on the server, 1 change waiting" in ben.windowTitle()
            )
            assert "this account may read the shared plan but not change it" in ben.sync_label.toolTip()
            assert ben.document.plan.days[0].note == "Bring water" and not ben.document.is_modified  # kept, saved
        finally:
            ben.document.undo_stack.setClean()
            ben.close()
            ben.deleteLater()
    finally:
        server.stop()


def test_a_plan_gone_from_its_server_is_said_and_file_share_shares_it_anew(qtbot, tmp_path, server, example_plan):
    """Its calendar deleted on the server (or the server replaced): the title said "offline"
    for good and File ▸ Share on Server… was greyed out (the copy was "shared"). Now the
    title says so, and Share on Server… shares this copy anew, its link replaced."""
    ana, ana_file = _shared(qtbot, tmp_path, server, example_plan)
    try:
        old = load_sync(ana_file).url  # type: ignore[union-attr]
        assert not ana.share_action.isEnabled()
        ana.document.edit("Day note", set_day_note, example_plan.days[1].date, "March at noon")
        server.client(old).request(old, "DELETE")
        ana.team.sync_now()
        _synced(qtbot, ana)
        assert ana.team.status is Status.GONE and "ana.planner — no longer on the server" in ana.windowTitle()
        # An edit made then is saved and kept (its save said "a new link": a second sync ran
        # alongside the push, and the first to end left the other no run to end: an error).
        ana.document.edit("Day note", set_day_note, example_plan.days[2].date, "Bring water")
        _synced(qtbot, ana)
        assert ana.team.status is Status.GONE and not ana.document.is_modified
        assert ana.sync_label.toolTip().endswith("File ▸ Share on Server… shares it anew, for teammates to open "
                                                 "from there, or joins it where a teammate already has")  # fmt: skip
        assert ana.share_action.isEnabled()
        intro: list[str] = []

        def share_again(dialog: QDialog) -> int:
            intro.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
            return _fill(qtbot, server)(dialog)

        ana.run_dialog = share_again
        assert ana.share_dialog()
        assert any(text.startswith("The shared plan is no longer on its server, or no longer shared with you. "
                                   "Sharing it anew") for text in intro)  # fmt: skip
        _synced(qtbot, ana)
        assert ana.team.status is Status.SYNCED and not ana.share_action.isEnabled()
        assert load_sync(ana_file).url == old  # type: ignore[union-attr]  # (its place on this server, made again)
        from planner.ical.plan_objects import read_object

        on_server = [read_object(item.data) for item in server.client(old).calendar(url=old).search()]
        assert any(o.key == f"day:{example_plan.days[1].date}" and "March at noon" in o.content for o in on_server)
    finally:
        ana.document.undo_stack.setClean()
        ana.close()
        ana.deleteLater()


def test_file_share_joins_a_copy_to_where_a_teammate_shared_the_plan_anew(qtbot, tmp_path, server, example_plan):
    """The plan's server is gone and Ana shared it anew elsewhere, with Ben's account. Ben's
    change made since stayed in his old copy: File ▸ Share on Server… would only share his copy
    anew in his own account, a second plan. Given the address Ana got, it now links his copy
    there: her changes come in, his go."""
    from tests.servers import Radicale

    from planner.publish.caldav import connected
    from planner.sync.documents import share, sync

    ana_file, ben_file, old = _ana_and_ben(server, tmp_path, example_plan, server.USER)
    server.client(old).request(old, "DELETE")
    ben = _window(qtbot, tmp_path, "Ben")
    moved = Radicale(tmp_path / "moved", editor="ben")  # (started last: stopped whatever fails after)
    moved.folder.mkdir()
    moved.start()
    try:
        assert ben.open_path(ben_file)
        ben.team.give_password(server.PASSWORD)
        ben.document.edit("Day note", set_day_note, example_plan.days[2].date, "Ben: bring water")
        _synced(qtbot, ben)
        assert ben.team.status is Status.GONE
        with connected(moved.url, moved.USER, moved.PASSWORD) as (client, home):
            url = share(ana_file, client, home, moved.USER, "Ana", datetime.now(UTC), again=True).synced.state.url
            plan, records = load_document(ana_file)
            save_any(set_day_note(plan, example_plan.days[1].date, "Ana: march at noon"), ana_file, records)
            sync(ana_file, client, "Ana", datetime.now(UTC))
        intro: list[str] = []

        def join(dialog: QDialog) -> int:
            intro.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
            return _fill(qtbot, moved, address=url, user="ben")(dialog)

        ben.run_dialog = join
        assert ben.share_dialog()
        assert any(text.endswith("If a teammate has shared it anew already, give the address they got: this copy "
                                 "joins it there, with your changes not yet synced.") for text in intro)  # fmt: skip
        assert ben.statusBar().currentMessage() == f"Linked to {url}, where the shared plan already is: your " \
                                                   "changes and the team's are merged"  # fmt: skip
        _synced(qtbot, ben)
        assert ben.team.status is Status.SYNCED and not ben.share_action.isEnabled()
        assert load_sync(ben_file).url == url  # type: ignore[union-attr]
        assert [d.note for d in ben.document.plan.days[1:3]] == ["Ana: march at noon", "Ben: bring water"]
        with connected(moved.url, moved.USER, moved.PASSWORD) as (client, _home):
            sync(ana_file, client, "Ana", datetime.now(UTC))
        assert load_document(ana_file)[0].days[2].note == "Ben: bring water"
    finally:
        ben.document.undo_stack.setClean()
        ben.close()
        ben.deleteLater()
        moved.stop()


@contextlib.contextmanager
def _shared_and_released(
    qtbot, tmp_path, server, example_plan, name: str = "First", meanwhile: Callable[[Path, Any], object] | None = None
) -> Iterator[tuple[Path, Any, MainWindow]]:
    """Ana's window on the example, shared on `server`, its release 1 made (`name`) and
    synced: her file, a client of the server and the window (closed after). `meanwhile(file,
    client)` is done once it is shared, before her window opens."""
    from planner.publish.caldav import connect
    from planner.sync.documents import share

    path = tmp_path / "ana.planner"
    save_any(example_plan, path)
    client, home = connect(server.url, server.USER, server.PASSWORD)
    share(path, client, home, server.USER, "Ana", datetime.now(UTC))
    if meanwhile is not None:
        meanwhile(path, client)
    ana = _window(qtbot, tmp_path, "Ana")
    try:
        ana.team.password_for(load_sync(path).url, server.USER, server.PASSWORD)  # type: ignore[union-attr]
        assert ana.open_path(path)
        assert ana.release(name)
        _synced(qtbot, ana)
        yield path, client, ana
    finally:
        ana.document.undo_stack.setClean()
        ana.close()
        ana.deleteLater()


def test_the_outbox_of_a_shared_plan_leaves_a_teammates_messages_to_them(
    qtbot, tmp_path, server, example_plan, smtp_server, tls, monkeypatch, listed
):
    from planner.publish.outbox import build_outbox
    from planner.publish.smtp import SmtpSettings
    from planner.sync.engine import claim_message, message_claim
    from planner.ui.outbox import OutboxDialog

    with _shared_and_released(qtbot, tmp_path, server, example_plan) as (path, client, ana):
        # Ben, on his machine, is already sending the first invitation.
        first = build_outbox(ana.document.records, datetime.now(UTC))[0]
        state = load_sync(path)
        assert claim_message(client, state, example_plan.id, message_claim(first.record(datetime.now(UTC))), "Ben",
                             datetime.now(UTC)) is None  # fmt: skip
        outbox = listed(OutboxDialog(ana, ana.document, ana.settings, ana.team))
        assert outbox.model.rowCount() == 25
        # Her mail server down, nothing goes, and her claims are given back: Ben may send them.
        said: list[str] = []
        monkeypatch.setattr("planner.ui.outbox.show_message", lambda *args: said.append(args[3]))
        with socket.socket() as probe:  # a port nothing listens on
            probe.bind(("127.0.0.1", 0))
            closed = probe.getsockname()[1]
        with qtbot.waitSignal(outbox.sent, timeout=60_000):
            outbox.send(SmtpSettings("127.0.0.1", closed, "press"), "s3cret", tls[2])
        assert said and said[0].startswith("cannot send through 127.0.0.1")
        second = build_outbox(ana.document.records, datetime.now(UTC))[1]
        assert claim_message(client, state, example_plan.id, message_claim(second.record(datetime.now(UTC))), "Ben",
                             datetime.now(UTC)) is None  # fmt: skip
        controller, mailbox = smtp_server
        with qtbot.waitSignal(outbox.sent, timeout=60_000):
            outbox.send(SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret", tls[2])
        assert len(mailbox.messages) == 23
        assert "2 left to Ben, who is sending them" in outbox.summary.text()
        dropped: list[str] = []
        ana.team.release_dropped.connect(dropped.append)
        _synced(qtbot, ana)
        assert len(load_document(path)[1].sent) == 23  # recorded, and pushed to the team's ledger
        assert dropped == []


def test_stopping_the_outbox_of_a_shared_plan_gives_its_claims_on_the_rest_back_for_a_teammate(
    qtbot, tmp_path, server, example_plan, smtp_server, tls, listed
):
    """Ana stops her Outbox midway (Stop, Esc or its close): what went is hers and recorded;
    every message that did not go is free at once for Ben to send, not claimed by her for the
    six hours a claim takes to go stale. Each is claimed as it is about to go: a campaign's
    2,400 claims, made before the first message went, took minutes, and Stop waited for them."""
    from planner.publish.outbox import build_outbox
    from planner.publish.smtp import SmtpSettings
    from planner.sync.engine import claim_message, message_claim
    from planner.ui.outbox import OutboxDialog

    with _shared_and_released(qtbot, tmp_path, server, example_plan) as (path, client, ana):
        outbox = listed(OutboxDialog(ana, ana.document, ana.settings, ana.team))
        outbox.show()
        assert outbox.model.rowCount() == 25
        controller, mailbox = smtp_server
        mailbox.delay = 0.2
        with qtbot.waitSignal(outbox.sent, timeout=60_000):
            outbox.send(SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret", tls[2])
            qtbot.waitUntil(lambda: len(mailbox.messages) >= 2, timeout=60_000)
            outbox.reject()
        went = len(mailbox.messages)
        assert went < 25 and outbox.summary.text().startswith(f"Stopped: {went} sent, 0 refused.")
        assert server.requests("PUT", "/claim_3a") == went  # claimed as each went, none given back
        now = datetime.now(UTC)
        state = load_sync(path)
        pending = build_outbox(ana.document.records, now)
        assert len(pending) == 25 - went
        for item in pending:  # Ben's claim is granted on each
            assert claim_message(client, state, example_plan.id, message_claim(item.record(now)), "Ben", now) is None


def test_a_teammates_next_release_drops_none_of_the_windows_own(qtbot, tmp_path, server, example_plan):
    """A teammate's release 2 arriving tells of none dropped: her release 1, as the window
    made it and as the file and the server keep it, is one release (its time is kept to the
    second: make_release)."""
    from planner.cli import EXIT_OK, main
    from planner.sync.documents import clone, sync

    with _shared_and_released(qtbot, tmp_path, server, example_plan) as (path, client, ana):
        dropped: list[str] = []
        ana.team.release_dropped.connect(dropped.append)
        ben = tmp_path / "ben.planner"
        clone(load_sync(path).url, client, ben, server.USER, "Ben", datetime.now(UTC))  # type: ignore[union-attr]
        assert main(["release", str(ben), "--name", "Second", "--yes"]) == EXIT_OK
        sync(ben, client, "Ben", datetime.now(UTC))
        ana.team.sync_now()
        _synced(qtbot, ana)
        assert [r.name for r in ana.document.records.releases] == ["First", "Second"]
        assert dropped == []


def test_a_release_that_gave_way_to_a_teammates_made_first_is_said_in_the_status_bar(
    qtbot, tmp_path, server, example_plan
):
    """Ben released on his copy, offline; Ana then released in the app. When Ben's copy
    syncs, his release 1, made first, is every copy's (records.made_first): Ana's window
    takes it and says hers was dropped, rather than keeping its own release 1 for good."""
    import time

    from planner.cli import EXIT_OK, main
    from planner.sync.documents import clone, sync

    ben = tmp_path / "ben.planner"

    def ben_releases(path: Path, client: Any) -> None:  # on his copy, not yet synced
        clone(load_sync(path).url, client, ben, server.USER, "Ben", datetime.now(UTC))  # type: ignore[union-attr]
        assert main(["release", str(ben), "--name", "Ben's", "--yes"]) == EXIT_OK
        time.sleep(1.1)  # (a release's time is kept to the second)

    with _shared_and_released(qtbot, tmp_path, server, example_plan, "Ana's", ben_releases) as (_path, client, ana):
        sync(ben, client, "Ben", datetime.now(UTC))
        ana.team.sync_now()
        _synced(qtbot, ana)
        assert [r.name for r in ana.document.records.releases] == ["Ben's"]
        assert ana.statusBar().currentMessage() == (
            'Two releases 1 were made at once: "Ben\'s" stands, "Ana\'s" is dropped; release again to send the '
            'press what "Ana\'s" held'
        )


def test_publish_release_and_the_outbox_open_on_the_teams_latest_plan(qtbot, tmp_path, server, example_plan):
    """File ▸ Publish, Press ▸ Release and the Outbox sync a shared plan first and open once
    it is in: each sees a teammate's edit this window had not pulled. Offline, they open on
    this copy, and the status bar says so."""
    from planner.publish.caldav import connect
    from planner.sync.documents import clone, share, sync
    from planner.ui.outbox import OutboxDialog
    from planner.ui.press import ReleaseDialog
    from planner.ui.publish_dialog import PublishDialog

    path, bens = tmp_path / "ana.planner", tmp_path / "ben.planner"
    save_any(example_plan, path)
    client, home = connect(server.url, server.USER, server.PASSWORD)
    share(path, client, home, server.USER, "Ana", datetime.now(UTC))
    url = load_sync(path).url  # type: ignore[union-attr]
    clone(url, client, bens, server.USER, "Ben", datetime.now(UTC))
    ana = _window(qtbot, tmp_path, "Ana")
    try:
        ana.team.password_for(url, server.USER, server.PASSWORD)  # as typed in a dialog earlier
        assert ana.open_path(path)
        _synced(qtbot, ana)
        day = example_plan.days[0].date
        seen: list[tuple[str, str]] = []

        def look(dialog: QDialog) -> int:
            seen.append((type(dialog).__name__, ana.document.plan.days[0].note))
            return QDialog.DialogCode.Rejected

        ana.run_dialog = look
        for note, open_dialog, dialog in (("Vigil at 19:00", ana.publish_dialog, PublishDialog),
                                          ("Press at 9", ana.release_dialog, ReleaseDialog),
                                          ("Rally at noon", ana.outbox_dialog, OutboxDialog)):  # fmt: skip
            plan, records = load_document(bens)
            save_any(set_day_note(plan, day, note), bens, records)  # Ben, on his machine
            sync(bens, client, "Ben", datetime.now(UTC))
            seen.clear()
            open_dialog()
            assert ana.statusBar().currentMessage() == "Getting the team's latest changes first…" and not seen
            open_dialog()  # a second click while it waits opens nothing more
            qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
            assert seen == [(dialog.__name__, note)]
        _synced(qtbot, ana)

        server.stop()
        seen.clear()
        ana.publish_dialog()
        qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
        assert seen == [("PublishDialog", "Rally at noon")]
        assert ana.statusBar().currentMessage().startswith("The server could not be reached: this copy")
    finally:
        ana.document.undo_stack.setClean()
        ana.close()
        ana.deleteLater()


def test_share_open_and_send_leave_each_window_only_its_team_syncs_connection_until_it_closes(
    qtbot, tmp_path, lasting_server, example_plan, smtp_server, tls, listed
):
    """On a server that keeps connections open, as hosted ones do: the Share and Open dialogs'
    clients and the Outbox's claims are closed when done; each window keeps only the one its
    team sync makes again and again."""
    from planner.publish.smtp import SmtpSettings
    from planner.ui.outbox import OutboxDialog

    server = lasting_server
    ana_file = tmp_path / "ana.planner"
    save_any(example_plan, ana_file)
    ana, ben = _window(qtbot, tmp_path, "Ana"), _window(qtbot, tmp_path, "Ben")
    try:
        assert ana.open_path(ana_file)
        ana.run_dialog = _fill(qtbot, server)
        assert ana.share_dialog()
        _synced(qtbot, ana)
        assert len(server.connections_here()) == 1
        ben.run_dialog = _fill(qtbot, server, address=load_sync(ana_file).url, target=tmp_path / "ben.planner")
        assert ben.clone_dialog()
        _synced(qtbot, ben)
        assert len(server.connections_here()) == 2
        assert ana.release("First")
        _synced(qtbot, ana)
        outbox = listed(OutboxDialog(ana, ana.document, ana.settings, ana.team))
        controller, mailbox = smtp_server
        with qtbot.waitSignal(outbox.sent, timeout=WAIT):
            outbox.send(SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret", tls[2])
        _synced(qtbot, ana)
        assert mailbox.messages and server.requests("PUT") > 0
        assert len(server.connections_here()) == 2
        for window in (ana, ben):  # a window closed closes its team sync's
            window.close()
        assert server.connections_here() == []
    finally:
        for window in (ana, ben):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()


def test_cancel_while_sharing_or_copying_stops_it_and_the_dialog_says_what_it_left(window, qtbot, tmp_path, server,
                                                                                 example_plan):  # fmt: skip
    """Sharing a campaign puts 34,000 records on the server: the dialog counts them, and Cancel
    (or Esc, or closing it) stops it between two, the dialog staying to say so — the plan not
    linked, no copy made; it used to close while the share went on, and linked the file
    behind the window's back. Share then finishes, and Open makes the copy."""
    path = tmp_path / "ana.planner"
    save_any(example_plan, path)
    before = path.read_bytes()
    share = ShareDialog(window, window.settings, window.team, path)
    qtbot.addWidget(share)
    share.user.setText(server.USER)
    share.password.setText(server.PASSWORD)
    share.address.setText(server.url)
    share.show()
    share.share_button.click()
    cancel = share.buttons.button(share.buttons.StandardButton.Cancel)
    assert not share.share_button.isEnabled() and cancel.isEnabled()
    share.reject()  # (Cancel, Esc, the window's close)
    assert share.isVisible() and not cancel.isEnabled() and share.report.text() == "Stopping…"
    qtbot.waitUntil(lambda: share.report.text().startswith("Stopped:"), timeout=WAIT)
    assert share.report.text() == (
        "Stopped: the plan is not shared. What was sent stays on the server, and Share finishes it."
    )
    assert share.isVisible() and share.share_button.isEnabled() and cancel.isEnabled()
    assert path.read_bytes() == before and load_sync(path) is None
    said: list[str] = []
    original = share.report.setText  # (a QLabel has no signal for it: each text read as it is set)
    share.report.setText = lambda text: (said.append(text), original(text))  # type: ignore[method-assign]
    share.share_button.click()
    qtbot.waitUntil(lambda: share.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    counted = [text for text in said if text.startswith("Sharing: ")]
    assert counted and counted[0].startswith("Sharing: 0 of ") and counted[0].endswith(" records on the server…")
    url = load_sync(path).url  # type: ignore[union-attr]

    copy = tmp_path / "ben.planner"
    clone = CloneDialog(window, window.settings, window.team, str(tmp_path))
    qtbot.addWidget(clone)
    clone.address.setText(url)
    clone.user.setText(server.USER)
    clone.password.setText(server.PASSWORD)
    clone.target.setText(str(copy))
    clone.show()
    clone.open_button.click()
    clone.reject()
    qtbot.waitUntil(lambda: clone.report.text().startswith("Stopped:"), timeout=WAIT)
    assert clone.report.text() == "Stopped: no copy was made." and clone.isVisible() and not copy.exists()
    clone.open_button.click()
    qtbot.waitUntil(lambda: clone.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    assert copy.exists()


def test_sharing_an_unsaved_plan_says_to_save_it_first(window, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, message: shown.append((title, message)))
    assert window.share_action.isEnabled() and not window.sync_action.isEnabled()
    assert not window.share_dialog()
    assert shown == [("Could not share the plan", "Save the plan first: the shared plan is linked to its file.")]


def test_sharing_a_json_plan_says_to_save_it_as_a_planner_document_first(window, monkeypatch, tmp_path,
                                                                         example_plan):  # fmt: skip
    """A .json plan put everything on the server, then could not be linked ("not a Planner
    plan (not an SQLite file)"); now nothing goes, and what to do is said first."""
    path = tmp_path / "strike.json"
    save_any(example_plan, path)
    assert window.open_path(path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, message: shown.append((title, message)))
    monkeypatch.setattr(window, "run_dialog", lambda dialog: pytest.fail("the Share dialog opened"))
    assert not window.share_dialog()
    assert shown == [("Could not share the plan", f"{path}: a .json plan cannot be shared: a shared plan is a "
                      ".planner document, which keeps its link to the server; save it as one first (File ▸ Save "
                      f"As…, or `planner import-json {path} NEW.planner`)")]  # fmt: skip


def test_one_field_of_a_conflict_is_settled_and_the_others_wait(qtbot, tmp_path):
    """Ana moved a shift to 11:00–13:00, this organizer to 09:30–14:00: Take theirs on the
    Start row takes her start only; the End row stays, and the shift stays marked, until
    it is settled too."""
    import json

    from planner.domain.sync_state import Conflict, SyncedObject, SyncState
    from planner.resources import example_plan_path
    from planner.storage import load_any, save_synced
    from planner.storage.plan_objects import split_plan, text

    shift_id = "shift-2025-04-08-marshal-1000"
    url = "http://127.0.0.1:9/dav/organizer/planner-example/"  # nothing there: no sync reaches it
    plan = load_any(example_plan_path())
    objects = split_plan(plan)
    at = datetime(2025, 4, 2, 16, 20, tzinfo=UTC)
    synced = {k: SyncedObject(f"{url}{k.replace(':', '_3a')}.ics", '"1"', v, "Ana", at) for k, v in objects.items()}
    key = f"shift:{shift_id}"
    theirs = {**json.loads(objects[key]), "start": "2025-04-08T11:00", "end": "2025-04-08T13:00"}
    shift = plan.shifts[plan.shift_positions[shift_id]]
    mine = retime_item(plan, shift_id, shift.start - timedelta(minutes=30), shift.end)
    path = tmp_path / "shared.planner"
    save_any(mine, path)
    state = SyncState(url, "organizer", "", synced, {key: Conflict(text(theirs), '"2"', ("end", "start"), "Ana", at)})
    save_synced(path, mine, mine, load_document(path)[1], state, None)

    window = _window(qtbot, tmp_path, "Sam")
    try:
        window.team.sync_now = lambda pull=True: None  # no server behind this plan
        assert window.open_path(path)
        steps: list[tuple[str, str]] = []

        def settle(dialog: QDialog) -> int:
            assert isinstance(dialog, ConflictsDialog)
            for take, button in (("theirs", dialog.theirs_button), ("mine", dialog.mine_button)):
                steps.append((take, dialog.table.item(0, 1).text()))
                dialog.table.selectRow(0)
                button.click()
                if take == "theirs":  # the start is hers; the end still in conflict, and marked
                    now = window.document.plan.shifts[window.document.plan.shift_positions[shift_id]]
                    assert (now.start.hour, now.start.minute, now.end.hour) == (11, 0, 14)
                    assert window.team.state.conflicts[key].fields == ("end",)  # type: ignore[union-attr]
                    assert dialog.table.rowCount() == 1 and window.grid.block(shift_id).conflicted  # type: ignore[union-attr]
            return dialog.result()

        window.run_dialog = settle
        window.conflicts_dialog()
        assert steps == [("theirs", "Start"), ("mine", "End")]
        settled = window.document.plan.shifts[window.document.plan.shift_positions[shift_id]]
        assert (settled.start.hour, settled.end.hour) == (11, 14) and not window.team.state.conflicts  # type: ignore[union-attr]
        assert not window.grid.block(shift_id).conflicted  # type: ignore[union-attr]
        stack = window.document.undo_stack
        assert stack.text(stack.index() - 1) == f"Take theirs: {key} (start)"  # (keeping mine changes nothing)
    finally:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()


def test_the_share_and_open_dialogs_say_what_cannot_work_at_once(window, qtbot, tmp_path, monkeypatch):
    """No server or no user was said by the worker, once the keyring had been asked; a copy
    onto a file already there, after the file dialog had asked whether to replace it."""
    from planner.publish import secrets

    monkeypatch.setattr(secrets, "keyring_password", lambda *a: pytest.fail("the keyring asked"))
    share = ShareDialog(window, window.settings, window.team, tmp_path / "plan.planner")
    qtbot.addWidget(share)
    share.address.setText("")
    share.share_button.click()
    assert share.report.text() == ("Could not reach the plan: no server given: give its address, like "
                                   "https://cloud.example.org/remote.php/dav")  # fmt: skip
    assert share.share_button.isEnabled()
    clone = CloneDialog(window, window.settings, window.team, str(tmp_path))
    qtbot.addWidget(clone)
    clone.address.setText("https://cloud.example.org/dav/calendars/ana/planner-1/")
    clone.user.setText("")
    clone.target.setText(str(tmp_path / "copy.planner"))
    clone.open_button.click()
    assert clone.report.text() == "Could not reach the plan: no user given: name the account to log in to " \
                                  "cloud.example.org as"  # fmt: skip
    clone.show()
    qtbot.waitUntil(lambda: clone.report.height() >= clone.report.heightForWidth(clone.report.width()))  # (whole)
    assert clone.width() >= 600  # (taller, not narrower: the address and the file's name stay in sight)
    clone.user.setText("ben")
    (tmp_path / "copy.planner").write_text("mine")
    clone.open_button.click()
    assert clone.report.text() == f"Could not reach the plan: {tmp_path / 'copy.planner'}: already exists; " \
                                  "give a new file name"  # fmt: skip
    assert clone.open_button.isEnabled() and (tmp_path / "copy.planner").read_text() == "mine"
    # The file dialog does not ask whether to replace a file: a copy is never written over one.
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(k) or (str(tmp_path / "other"), "")))  # fmt: skip
    label = next(c for c in clone.findChildren(QLabel) if c.text() == "Save the copy &as:")
    assert label.buddy() is clone.target  # (Alt+A: the & was shown, as "Save the copy &as:")
    clone._choose()
    assert asked[0]["options"] & QFileDialog.Option.DontConfirmOverwrite
    assert clone.target.text() == str(tmp_path / "other.planner")


def test_a_copy_cloned_under_a_name_syncs_under_it_in_a_window_that_has_none(qtbot, tmp_path, server, example_plan):
    """The app records a shared copy's changes as the organizer named in its preferences;
    with none named there, as the copy was last synced (the name given at `planner clone
    --name`), not as the login name."""
    from planner.publish.caldav import connect
    from planner.sync.documents import clone, share

    ana_file, ben_file = tmp_path / "ana.planner", tmp_path / "ben.planner"
    save_any(example_plan, ana_file)
    client, home = connect(server.url, server.USER, server.PASSWORD)
    with client:
        url = share(ana_file, client, home, server.USER, "Ana", datetime.now(UTC)).synced.state.url
        clone(url, client, ben_file, server.USER, "Ben Okafor", datetime.now(UTC))
    settings = Settings(QSettings(str(tmp_path / "unnamed.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    try:
        window.team.password_for(url, server.USER, server.PASSWORD)
        assert window.open_path(ben_file)
        qtbot.waitUntil(lambda: window.team.shared, timeout=WAIT)
        assert window.team.who == "Ben Okafor"
        settings.set(ORGANIZER_NAME, "Benjamin")
        assert window.team.who == "Benjamin"
    finally:
        window.close()
        window.deleteLater()
