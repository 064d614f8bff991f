"""File ▸ Publish to Calendar Server, against a real Radicale: published in the background,
recorded in the plan file, and an error said in the dialog, not as a traceback."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace

import pytest

from planner.domain import edits
from planner.ical import feeds as ical_feeds
from planner.publish.caldav import connect
from planner.storage import load_document, load_last_export
from planner.ui.publish_dialog import PublishDialog


@pytest.fixture
def saved(window, tmp_path, monkeypatch):
    """The window's plan saved as a file (publishing records into it)."""
    from PySide6.QtWidgets import QFileDialog

    plan_file = tmp_path / "strike.planner"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(plan_file), "")))
    assert window.save()
    return plan_file


def _dialog(window, qtbot, server, password: str, session=None) -> PublishDialog:
    dialog = PublishDialog(window, window.document, window.settings, session)  # (no session: nothing reused)
    qtbot.addWidget(dialog)
    dialog.server.setText(server.url)
    dialog.user.setText(server.USER)
    dialog.password.setText(password)
    return dialog


def test_publish_from_the_app_records_what_the_server_holds(window, qtbot, server, saved):
    dialog = _dialog(window, qtbot, server, "wrong")
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: "Could not publish" in dialog.report.toPlainText(), timeout=30000)
    assert "the user name or password was not accepted" in dialog.report.toPlainText()
    dialog.password.setText(server.PASSWORD)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    assert "0 unchanged" in dialog.report.toPlainText() and dialog.publish_button.isEnabled()
    _plan, records = load_document(saved)
    assert len(records.published) == server.requests("PUT") > 0  # written into the file as it went
    dialog.publish_button.click()  # again, nothing changed: nothing sent
    qtbot.waitUntil(lambda: "0 events sent" in dialog.report.toPlainText(), timeout=60000)


def test_a_networks_sign_in_page_where_the_server_should_be_is_said_and_nothing_is_recorded(
    window, qtbot, saved, tmp_path
):
    """Behind hotel or conference Wi-Fi's sign-in page (every request answered 200 with it) the
    dialog said "Published: 278 events sent"; now it says what it met, and the plan file
    records nothing as on a server."""
    from tests.servers import Portal

    (tmp_path / "portal").mkdir()
    portal = Portal(tmp_path / "portal").start()
    try:
        dialog = _dialog(window, qtbot, portal, "any")
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: "Could not publish" in dialog.report.toPlainText(), timeout=30000)
    finally:
        portal.stop()
    assert dialog.report.toPlainText().startswith(f"Could not publish: {portal.url}: answered with a web page, not "
                                                  "as a calendar server: check the address")  # fmt: skip
    assert dialog.publish_button.isEnabled() and load_document(saved)[1].published == {}


def test_no_server_or_no_user_is_said_before_anything_changes_or_the_keyring_is_asked(window, qtbot, monkeypatch):
    """An empty server said the keyring was not available; no user tried to log in; and
    everyone had been given a link token (the plan changed) before either was found."""
    from planner.publish import secrets

    monkeypatch.setattr(secrets, "keyring_password", lambda *a: pytest.fail("the keyring asked"))
    before = window.document.records
    dialog = PublishDialog(window, window.document, window.settings)
    qtbot.addWidget(dialog)
    for server, user, said in (
        ("", "ana", "no server given: give its address, like https://cloud.example.org/remote.php/dav"),
        ("https://cloud.example.org/dav", "", "no user given: name the account to log in to cloud.example.org as"),
        # (a bracket left open: urllib's ValueError, a traceback in the app's error dialog)
        (
            "http://[::1",
            "ana",
            "'http://[::1' is not a server address; give one like https://cloud.example.org/remote.php/dav",
        ),
    ):
        dialog.server.setText(server)
        dialog.user.setText(user)
        dialog.publish_button.click()
        assert dialog.report.toPlainText() == f"Could not publish: {said}"
        assert dialog.publish_button.isEnabled() and window.document.records is before


def test_the_first_publish_of_a_session_takes_again_what_the_last_one_left_on_the_server(
    window, qtbot, server, saved, serialized_events
):
    """The plan file keeps what the last publish to a server was made from: a new session's
    first publish after an edit makes only that edit's events (a campaign's every event was
    5 s of making before comparing), and the plan then saves without a conflict."""

    session = SimpleNamespace(last_export=None)  # (the window's: what the next export reuses)

    def publish() -> str:
        dialog = _dialog(window, qtbot, server, server.PASSWORD, session)
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
        return dialog.report.toPlainText()

    publish()
    first = session.last_export
    assert first is not None and not first.partial
    _client, home = connect(server.url, server.USER, server.PASSWORD)
    assert load_last_export(saved, home) is not None
    shift = window.document.plan.shifts[3]
    window.document.edit("Move", edits.move_item, shift.id, shift.start + timedelta(minutes=30))
    made = serialized_events()
    assert "5 events sent" in publish()  # organizer, volunteers, its role, its two volunteers
    assert set(made) == {ical_feeds.uid(window.document.plan, shift.id)}
    assert session.last_export is first  # (feeds of the changed events alone are no export to reuse)
    assert window.save()  # (the file's stamp followed the record's write: no Save As Copy or Reload)
    assert not window.document.is_modified


def test_a_publish_of_the_plan_as_saved_compares_its_rows_as_planner_publish_does(
    window, qtbot, server, saved, monkeypatch, publish_compared
):
    """The plan as its file holds it: the app's publish finds the rows changed since the last
    publish there in the file (the copy it keeps), works out only their events' digests, and
    keeps the copy with the record; edits not saved compare nothing and drop the copy, which
    the next publish of the plan saved makes again."""
    from planner.domain.records import RowChanges
    from planner.storage import load_row_changes_since
    from planner.sync import publishing

    given = publish_compared

    def publish() -> None:
        dialog = _dialog(window, qtbot, server, server.PASSWORD)
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)

    def move(n: int) -> str:
        shift = window.document.plan.shifts[n]
        assert window.document.edit("Move", edits.move_item, shift.id, shift.start + timedelta(minutes=30))
        return shift.id

    publish()
    _client, home = connect(server.url, server.USER, server.PASSWORD)
    assert given == [] and load_row_changes_since(saved, home) == RowChanges()
    moved = move(3)
    assert window.save()
    publish()
    assert given == [RowChanges(shifts=frozenset({moved}))]
    assert load_row_changes_since(saved, home) == RowChanges()  # the copy follows
    move(4)  # not saved
    publish()
    assert given[-1] is None and load_row_changes_since(saved, home) is None
    assert window.save()
    publish()
    assert given[-1] is None and load_row_changes_since(saved, home) == RowChanges()
    assert window.save() and not window.document.is_modified  # (the record's writes are not another writer's)

    # An edit saved while the publish is under way: the file's rows are not the plan published.
    import threading

    started, resume, make = threading.Event(), threading.Event(), publishing.make_feeds

    def held(*args, **kwargs):
        started.set()
        assert resume.wait(20)
        return make(*args, **kwargs)

    monkeypatch.setattr(publishing, "make_feeds", held)
    dialog = _dialog(window, qtbot, server, server.PASSWORD)
    dialog.publish_button.click()
    qtbot.waitUntil(started.is_set)
    move(5)
    assert window.save()
    resume.set()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    assert given[-1] == RowChanges() and load_row_changes_since(saved, home) is None


def test_an_event_changed_on_the_server_is_said_in_spanish_and_left_there(window, qtbot, server, saved, spanish):
    """Publishing never overwrites a teammate's or a calendar app's change on the server unasked; the
    dialog says which and why in the app's language (the publishing layer's words, a Text)."""
    dialog = _dialog(window, qtbot, server, server.PASSWORD)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    plan = window.document.plan
    media_window = plan.days[0].windows[0]
    uid = f"{media_window.id}.{plan.id}@planner"
    server.edit_event("media", uid)
    later = replace(media_window, start=media_window.start + timedelta(hours=1))
    window.document.edit("Move", edits.put_window, later)
    with spanish():
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Publicado:"), timeout=60000)
        assert f"(media/{uid}): cambió en el servidor después de publicarse; no se sobrescribe" in (
            dialog.report.toPlainText()
        )


def test_events_changed_on_the_server_are_overwritten_with_the_plans_version_when_the_organizer_chooses(
    window, qtbot, server, saved
):
    """Before, an event changed on the server was reported at each publish, for good: the
    organizer had no way to have the plan's version put back. Now, once a publish reports
    such a conflict, a check box offers just that; it goes once they are settled."""
    dialog = _dialog(window, qtbot, server, server.PASSWORD)
    assert dialog.overwrite.isHidden()  # (nothing to overwrite: not offered)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    window_uid = next(uid for uid in _uids(server, "media"))
    server.edit_event("media", window_uid)
    dialog.check.setChecked(True)  # (the daily check finds it)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    assert f"(media/{window_uid}): changed on the server since it was published; not overwritten" in (
        dialog.report.toPlainText()
    )
    assert not dialog.overwrite.isHidden() and not dialog.overwrite.isChecked()
    dialog.check.setChecked(False)
    dialog.overwrite.setChecked(True)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    said = dialog.report.toPlainText()
    assert said.startswith("Published: 1 event sent, 0 deleted,"), said
    assert said.endswith(f"(media/{window_uid}): changed on the server since it was published; overwritten with "
                         "the plan's version"), said  # fmt: skip
    assert dialog.overwrite.isHidden() and not dialog.overwrite.isChecked()
    assert not any("Edited on the server" in e.data for e in server.client().principal().calendar(
        cal_id="media").events())  # fmt: skip


def test_an_event_too_large_for_the_server_is_said_under_its_own_heading(window, qtbot, saved, tmp_path, spanish):
    """Not under "changed on the server" (nothing was there): the server's limit, in the app's
    language."""
    from tests.servers import Radicale

    small = Radicale(tmp_path / "small", max_content_length=3000)
    small.folder.mkdir()
    small.start()
    try:
        dialog = _dialog(window, qtbot, small, small.PASSWORD)
        with spanish():
            dialog.publish_button.click()
            qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Publicado:"), timeout=60000)
    finally:
        small.stop()
    text = dialog.report.toPlainText()
    assert "No se sobrescribe" not in text and "cambió en el servidor" not in text
    heading, *refused = text.split("\n\n", 1)[1].splitlines()
    assert heading == "El servidor no los aceptó (se envían de nuevo la próxima vez):"
    assert len(refused) == len(list(window.document.plan.windows())) and all(
        "demasiado grande para el servidor" in line and "admite como mucho 2400" in line for line in refused
    )


def test_calendars_renamed_with_their_plan_are_said_and_a_kept_name_is_a_note(window, qtbot, server, saved,
                                                                              monkeypatch):  # fmt: skip
    """The plan renamed after a publish: the next says how many calendars it renamed. A server
    that keeps a calendar's old name: said on a line of its own, not among the events changed on
    the server, and the publish is recorded as complete (the next one is carried from it)."""
    from planner.publish import caldav

    dialog = _dialog(window, qtbot, server, server.PASSWORD)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    window.document.edit("Rename plan", lambda plan: edits.set_details(plan, "Vigil", plan.organization,
                         plan.description, plan.timezone, plan.press_contact, plan.language))  # fmt: skip
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: "calendars renamed" in dialog.report.toPlainText(), timeout=60000)
    assert "23 calendars renamed." in dialog.report.toPlainText()
    monkeypatch.setattr(caldav, "_all_done", lambda answer: False)  # as a server refusing the property
    window.document.edit("Rename plan", lambda plan: edits.set_details(plan, "Vigil 2", plan.organization,
                         plan.description, plan.timezone, plan.press_contact, plan.language))  # fmt: skip
    dialog.report.clear()
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    text = dialog.report.toPlainText()
    assert "Not overwritten" not in text and "Vigil 2 — media availability: the server kept its old name" in text
    assert load_last_export(saved, connect(server.url, server.USER, server.PASSWORD)[1]) is not None


def test_a_publish_leaves_no_connection_open_on_a_server_that_keeps_them(window, qtbot, lasting_server, saved):
    dialog = _dialog(window, qtbot, lasting_server, lasting_server.PASSWORD)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    assert lasting_server.requests("PUT") > 0 and lasting_server.connections_here() == []


def test_a_publish_says_how_far_it_got_and_close_stops_it_between_two_calendars(window, qtbot, server, saved):
    """A campaign's first publish makes 2,469 calendars: the dialog says which it is on and how
    many events went, and Close (Stop while it runs), Esc or the window's close stop it after
    the calendar being sent, the dialog staying open to say what went; Publish sends the rest."""
    from planner.publish.caldav import connect

    dialog = _dialog(window, qtbot, server, server.PASSWORD)
    dialog.show()
    dialog.publish_button.click()
    assert dialog.close_button.text() == "&Stop" and not dialog.publish_button.isEnabled()
    dialog.reject()  # (Esc; the window's close comes here too)
    assert dialog.isVisible() and not dialog.close_button.isEnabled()
    assert dialog.report.toPlainText() == "Stopping after this calendar…"
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Stopped:"), timeout=60000)
    assert dialog.report.toPlainText() == (
        "Stopped: 0 events sent, 0 deleted, 0 unchanged. What was sent is recorded: Publish sends the rest."
    )
    assert (
        dialog.close_button.isEnabled() and dialog.close_button.text() == "Close" and dialog.publish_button.isEnabled()
    )
    _client, home = connect(server.url, server.USER, server.PASSWORD)
    assert server.requests("PUT") == 0 and load_last_export(saved, home) is None  # no record of a whole publish

    said: list[str] = []
    dialog.report.textChanged.connect(lambda: said.append(dialog.report.toPlainText()))
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    progress = [text for text in said if text.startswith("Publishing calendar")]
    total = len(progress)
    assert progress[0] == f"Publishing calendar 1 of {total}: 0 events sent so far."
    assert progress[-1].startswith(f"Publishing calendar {total} of {total}: ")
    assert load_last_export(saved, home) is not None
    dialog.reject()
    assert not dialog.isVisible()


def test_a_publish_after_one_stopped_does_not_list_every_calendars_events_again_before_it_is_due(
    window, qtbot, server, saved
):
    """A stop left no record at all, so the next publish listed each calendar's events again
    (the daily check: 30-40 s on a campaign's 2,470 calendars), though they were a minute ago."""
    dialog = _dialog(window, qtbot, server, server.PASSWORD)
    dialog.show()
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    shift = window.document.plan.shifts[0]
    window.document.edit("Move", edits.put_item, replace(shift, start=shift.start + timedelta(minutes=30),
                                                         end=shift.end + timedelta(minutes=30)))  # fmt: skip
    listings = server.requests("PROPFIND", "/volunteers/")
    dialog.publish_button.click()
    dialog.reject()  # (stopped after the first calendar)
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Stopped:"), timeout=60000)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    assert server.requests("PROPFIND", "/volunteers/") == listings


def test_events_deleted_on_the_server_by_hand_are_put_back_when_asked(window, qtbot, server, saved):
    """A volunteer says their shift is gone from their calendar: someone deleted it from the
    publishing account. A publish puts it back once a day; the organizer can have it now."""
    dialog = _dialog(window, qtbot, server, server.PASSWORD)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    window_uid = next(uid for uid in _uids(server, "media"))
    server.delete_event("media", window_uid)
    dialog.publish_button.click()  # (within the day: not looked for)
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    assert dialog.report.toPlainText().startswith("Published: 0 events sent") and window_uid not in _uids(
        server, "media"
    )
    dialog.check.setChecked(True)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
    said = dialog.report.toPlainText()
    assert said.startswith("Published: 1 event sent, 0 deleted,"), said
    assert said.endswith(f"(media/{window_uid}): deleted on the server since it was published; put again"), said
    assert window_uid in _uids(server, "media")


def _uids(server, calendar: str) -> list[str]:
    events = server.client().principal().calendar(cal_id=calendar).events()
    unfolded = [e.data.replace("\r\n", "\n").replace("\n ", "") for e in events]
    return [line[4:] for text in unfolded for line in text.splitlines() if line.startswith("UID:")]
