"""The press list, releases and the outbox in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from planner.storage import load_document
from planner.ui.outbox import OutboxDialog
from planner.ui.press import JournalistDialog, PressModel, ReleaseDialog, ReleaseHistoryDialog


@pytest.fixture
def reports(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_report", lambda title, message: shown.append((title, message)))
    return shown


def test_press_model_passes_the_model_tester(window, qtmodeltester):
    model = window.press_panel.table.model()
    assert isinstance(model, PressModel)
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.index(1, 3).data() == "Spanish"


def test_csv_import_previews_then_adds_in_one_undoable_step(window, tmp_path, monkeypatch):
    sheet = tmp_path / "press.csv"
    sheet.write_bytes("\ufeffName;Email;Outlet\nNora Vidal;nora@example.org;Radio Sur\nBad;nope;\n".encode())
    previews = []
    monkeypatch.setattr(window.press_panel, "confirm_import", lambda result, *_: previews.append(result) or True)
    window.press_panel.import_csv(sheet)
    [preview] = previews
    assert preview.added == [2] and [(n, str(why)) for n, why in preview.problems] == [
        (3, "'nope' is not an e-mail address")
    ]
    assert len(window.document.plan.journalists) == 6 and window.isWindowModified()
    window.document.undo_stack.undo()
    assert len(window.document.plan.journalists) == 5


def test_an_address_books_cards_import_as_the_press_list_through_the_same_preview(window, tmp_path, monkeypatch):
    """A press lead's contacts exported from Apple Contacts (.vcf): the same preview and step."""
    from planner.ui.i18n import file_kinds

    cards = tmp_path / "Press contacts.vcf"
    cards.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Vidal;Nora;;;\r\nFN:Nora Vidal\r\nORG:Radio Sur;\r\n"
                      b"EMAIL;type=INTERNET;type=pref:nora@radiosur.example\r\nEND:VCARD\r\n")  # fmt: skip
    previews = []
    monkeypatch.setattr(window.press_panel, "confirm_import", lambda result, *_: previews.append(result) or True)
    window.press_panel.import_csv(cards)
    assert [preview.added for preview in previews] == [[1]]
    nora = window.document.plan.journalists[-1]
    assert (nora.name, nora.email, nora.outlet) == ("Nora Vidal", "nora@radiosur.example", "Radio Sur")
    assert "*.vcf" in file_kinds("contacts")  # (the Open dialog offers them)


def test_a_press_list_without_languages_imported_into_a_spanish_plan_is_in_spanish(window, tmp_path, monkeypatch):
    from dataclasses import replace

    window.document.edit("Calendar language", lambda plan: replace(plan, language="es"))
    sheet = tmp_path / "press.csv"
    sheet.write_text("name,email\nNora Vidal,nora@example.org\n", encoding="utf-8")
    monkeypatch.setattr(window.press_panel, "confirm_import", lambda result, *_: True)
    window.press_panel.import_csv(sheet)
    assert [j.language for j in window.document.plan.journalists if j.name == "Nora Vidal"] == ["es"]


def test_cancelling_the_preview_adds_nothing(window, tmp_path, monkeypatch):
    sheet = tmp_path / "press.csv"
    sheet.write_text("name,email\nNora,nora@example.org\n")
    monkeypatch.setattr(window.press_panel, "confirm_import", lambda result, *_: False)
    window.press_panel.import_csv(sheet)
    assert len(window.document.plan.journalists) == 5 and not window.isWindowModified()


def test_a_whole_text_pasted_as_an_address_is_refused_in_a_dialog_that_stays_on_the_screen(window, qtbot):
    """The refusal quoted the address whole: one word of 5,000 letters, which the dialog grew
    to show, its OK and Cancel off the screen's edge."""
    dialog = JournalistDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Eve")
    dialog.email.setText("eve@" + "w" * 5000)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text().endswith("…' is not an e-mail address")
    assert dialog.width() <= 640 < dialog.screen().availableGeometry().width()


def test_the_journalist_dialog_refuses_what_cannot_go_in_a_header(window, qtbot):
    """A header's line break, pasted into the one-line field, is a space there (typed_line):
    what is left is no address, and said so, not put in a header."""
    dialog = JournalistDialog(window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Eve")
    dialog.email.setText("eve@example.org\r\nBcc: x@example.org")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error.text() == "'eve@example.org Bcc: x@example.org' is not an e-mail address"
    dialog.email.setText("eve@example.org")
    dialog.accept()
    assert dialog.result() == 1 and dialog.journalist().email == "eve@example.org"


def test_the_journalist_dialog_says_why_under_its_fields_without_widening(window, qtbot):
    """A long reason (and the address it names) wraps under the fields: the dialog kept to one
    line widened to the reason's length, off a laptop's screen for an address pasted long. An
    empty field shows a usual address whole (it showed ~18 letters)."""
    dialog = JournalistDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    typical = "maya.goldberg@latimes.example.org"
    assert dialog.email.width() > dialog.email.fontMetrics().horizontalAdvance(typical)
    width = dialog.width()
    dialog.name.setText("Ana")
    dialog.email.setText("ana.lopez.press.office.los.angeles.bureau@very-long-newsroom-domain.example.org>")
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text().endswith("is not an e-mail address")
    qtbot.waitUntil(lambda: dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width()))  # (whole)
    assert dialog.width() == width and dialog.error.heightForWidth(dialog.error.width()) > dialog.fontMetrics().height()


def test_a_journalist_with_an_address_already_listed_is_refused_in_the_dialog(window, qtbot, tmp_path, monkeypatch):
    """And the plan saved opens again (two with one address made a file its reader refused)."""
    from planner.storage import load_any

    listed = window.document.plan.journalists[0]

    def typed(dialog):
        dialog.name.setText("Someone Else")
        dialog.email.setText(listed.email.upper())
        dialog.accept()
        assert dialog.result() == 0 and dialog.error.text() == (
            f"{listed.email.upper()} is on the press list already, as {listed.name}"
        )
        return 0

    monkeypatch.setattr(JournalistDialog, "exec", typed)
    window.press_panel.add()
    assert len(window.document.plan.journalists) == 5
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "p"), "")))
    assert window.save() and len(load_any(tmp_path / "p.planner").journalists) == 5


def test_release_outbox_and_send_through_a_real_server(window, reports, tmp_path, monkeypatch, qtbot,
                                                       smtp_server, tls, listed):  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "s"), "")))
    assert window.save()

    def release_as_first(dialog: ReleaseDialog) -> int:  # what the organizer sees before anything is kept
        assert "Added: Mon 07 Apr 08:00–18:00" in dialog.report.toPlainText()
        assert dialog.owed.text() == "25 messages: 25 new invitations, 0 updates, 0 cancellations"
        assert dialog.name.placeholderText().startswith("20")  # left empty: named by the date
        dialog.name.setText("First")
        return 1

    window.run_dialog = release_as_first
    window.release_dialog()
    assert window.statusBar().currentMessage() == "Release 1 (First) kept: 25 messages waiting in Press ▸ Outbox."
    history = ReleaseHistoryDialog(window, window.document)
    qtbot.addWidget(history)
    assert history.list.count() == 1 and "Added: Fri 11 Apr" in history.changes.toPlainText()

    outbox = listed(OutboxDialog(window, window.document, window.settings))
    assert outbox.model.rowCount() == 25 and outbox.summary.text() == "25 messages pending"
    assert outbox.preview.toPlainText().startswith("Hello Maya Goldberg,")

    from planner.publish.smtp import SmtpSettings

    controller, mailbox = smtp_server
    with qtbot.waitSignal(outbox.sent, timeout=30_000):
        outbox.send(SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret", tls[2])
        assert not outbox.send_button.isEnabled()  # returns at once: sending is off the GUI thread
    assert len(mailbox.messages) == 25
    assert outbox.model.rowCount() == 0 and outbox.summary.text().startswith("Sent 25; 0 refused")
    # Each message was recorded in the plan file as it went: nothing is sent twice.
    _plan, records = load_document(Path(tmp_path / "s.planner"))
    assert len(records.sent) == 25 and len(records.releases) == 1


def test_the_send_dialog_keeps_settings_and_puts_the_password_only_in_the_keyring(window, qtbot, tmp_path):
    import keyring
    from tests.servers import MemoryKeyring

    from planner.ui.outbox import SmtpDialog
    from planner.ui.settings import SMTP_HOST, SMTP_PORT, SMTP_SECURITY

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        dialog = SmtpDialog(window, window.settings)
        qtbot.addWidget(dialog)
        dialog.host.setText("smtp.example.org")
        dialog.port.setValue(465)
        dialog.security.setCurrentIndex(1)
        dialog.user.setText("press")
        settings = dialog.smtp_settings()
        assert (settings.host, settings.port, settings.security, settings.username) == (
            "smtp.example.org", 465, "tls", "press",
        )  # fmt: skip
        assert window.settings.get(SMTP_HOST) == "smtp.example.org" and window.settings.get(SMTP_PORT) == 465
        assert window.settings.get(SMTP_SECURITY) == "tls"
        from planner.publish.smtp import password_from_keyring, store_password

        store_password(settings, "hunter2")
        assert password_from_keyring(settings) == "hunter2"
        window.settings.store.sync()
        assert b"hunter2" not in Path(window.settings.store.fileName()).read_bytes()
    finally:
        keyring.set_keyring(previous)


def test_the_send_dialog_says_settings_that_cannot_work_and_stays_open_with_what_was_typed(window, qtbot):
    """No server or no user: the dialog closed, "Could not send" said so, and the password typed
    was to be typed again in a dialog opened anew. Now it says why where it is, and stays."""
    from planner.ui.outbox import SmtpDialog
    from planner.ui.settings import SMTP_HOST, SMTP_USER

    window.settings.set(SMTP_HOST, "")
    window.settings.set(SMTP_USER, "")
    dialog = SmtpDialog(window, window.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("hunter2")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.text() == "no mail server given: name the SMTP server (its host name)"
    dialog.host.setText("smtp.example.org")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == "no user given: name the account to log in to smtp.example.org as"
    qtbot.waitUntil(lambda: dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width()))  # (whole)
    dialog.user.setText("press")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == 1 and dialog.password.text() == "hunter2"


def test_the_outbox_and_history_models_pass_the_model_tester(window, settings, qtbot, qtmodeltester, listed):
    from datetime import UTC, datetime

    from planner.ui.outbox import OutboxDialog
    from planner.ui.press import ReleaseHistoryDialog

    window.document.release("Monday", datetime(2025, 4, 1, tzinfo=UTC))
    outbox = listed(OutboxDialog(window, window.document, settings))
    assert outbox.model.rowCount() > 0
    assert outbox.table.model() is outbox.model
    qtmodeltester.check(outbox.model)
    history = ReleaseHistoryDialog(window, window.document)
    qtbot.addWidget(history)
    qtmodeltester.check(history.list.model())


def test_the_release_history_says_when_on_the_plans_clock_and_in_the_apps_language(window, qtbot, spanish):
    from datetime import UTC, datetime

    window.document.release("Monday", datetime(2025, 4, 1, 17, 0, tzinfo=UTC))  # 10:00 in Los Angeles
    history = ReleaseHistoryDialog(window, window.document)
    qtbot.addWidget(history)
    assert history.list.item(0).text() == "1. Monday — 1 Apr 2025 10:00"
    assert "Added: Mon 07 Apr 08:00–18:00" in history.changes.toPlainText()
    with spanish():
        history = ReleaseHistoryDialog(window, window.document)
        qtbot.addWidget(history)
        assert history.list.item(0).text() == "1. Monday — 1 abr 2025 10:00"
        assert "Añadida: lun 07 abr 08:00–18:00" in history.changes.toPlainText(), history.changes.toPlainText()


def test_the_outbox_sends_each_volunteer_their_schedule_once(window, tmp_path, monkeypatch, qtbot, smtp_server, tls,
                                                             listed):  # fmt: skip
    from tests.publish.test_schedule_mail import published

    from planner.publish.smtp import SmtpSettings

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "s"), "")))
    assert window.save()
    window.document.keep_records(published(window.document.plan))  # as after File ▸ Publish
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    rows = outbox.model.rowCount()
    assert rows > 10 and outbox.model.index(0, 1).data() == "schedule"
    assert outbox.model.index(0, 2).data().startswith("Your schedule: ")
    assert outbox.preview.toPlainText().startswith("Hello ") and "person-" in outbox.preview.toPlainText()
    controller, mailbox = smtp_server
    said: list[str] = []  # the summary line, each time it changes
    set_text = outbox.summary.setText
    monkeypatch.setattr(outbox.summary, "setText", lambda text: (said.append(text), set_text(text)))
    with qtbot.waitSignal(outbox.sent, timeout=30_000):
        outbox.send(SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret", tls[2])
    assert len(mailbox.messages) == rows and outbox.model.rowCount() == 0
    # How far it got, said as each message went (a campaign's 2,400 take minutes).
    progress = [text for text in said if text.startswith("Sending… ")]
    assert progress == [f"Sending… {n} of {rows} sent" for n in range(1, rows + 1)]
    assert said[-1].startswith(f"Sent {rows}; 0 refused")
    _plan, records = load_document(Path(tmp_path / "s.planner"))
    assert sum(1 for m in records.sent.values() if m.method == "SCHEDULE") == rows  # in the file, as sent


def test_close_while_sending_stops_after_the_message_going_out_and_the_rest_stay_to_send(
    window, tmp_path, monkeypatch, qtbot, smtp_server, tls, listed
):
    """A campaign's 2,400 schedule e-mails take minutes, and an organizer who sees a mistake in
    them must be able to stop: Close reads Stop while sending, and it (or Esc, or closing the
    dialog) stops after the message going out — it used to close the dialog while every
    message went on going. The dialog stays to say what went; the rest wait for the next Send."""
    from tests.publish.test_schedule_mail import published

    from planner.publish.smtp import SmtpSettings

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "s"), "")))
    assert window.save()
    window.document.keep_records(published(window.document.plan))
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    outbox.show()
    rows = outbox.model.rowCount()
    controller, mailbox = smtp_server
    settings = SmtpSettings("127.0.0.1", controller.port, "press")
    with qtbot.waitSignal(outbox.sent, timeout=30_000):
        outbox.send(settings, "s3cret", tls[2])
        assert outbox.close_button.text() == "Stop" and outbox.close_button.isEnabled()
        outbox.reject()  # (Esc, or the window's close)
        assert outbox.isVisible() and not outbox.close_button.isEnabled()
        assert outbox.summary.text() == "Stopping after this message…"
    went = len(mailbox.messages)
    assert went < rows and outbox.isVisible()
    assert outbox.summary.text() == f"Stopped: {went} sent, 0 refused. {rows - went} messages pending"
    assert outbox.close_button.text() == "Close" and outbox.close_button.isEnabled()
    assert outbox.model.rowCount() == rows - went and outbox.send_button.isEnabled()
    with qtbot.waitSignal(outbox.sent, timeout=30_000):
        outbox.send(settings, "s3cret", tls[2])
    assert len(mailbox.messages) == rows and outbox.model.rowCount() == 0  # the rest, none twice
    outbox.reject()
    assert not outbox.isVisible()


def test_the_outbox_opens_at_once_and_lists_what_is_owed_when_it_is_worked_out(window, qtbot, monkeypatch):
    """Once a campaign is published, working out everyone's schedule e-mail took the window's
    thread for a few tenths of a second before the Outbox opened: now it opens at once and
    works it out in the background, with Send and Save waiting for the list."""
    import threading
    from datetime import UTC, datetime

    from planner.ui import outbox as outbox_module

    window.document.release("Monday", datetime(2025, 4, 1, tzinfo=UTC))
    worked_out, go_on = threading.Event(), threading.Event()
    build = outbox_module.build_schedule_mails

    def held(*args):  # the worker's work, held until the test has looked
        worked_out.set()
        assert go_on.wait(10)
        return build(*args)

    monkeypatch.setattr(outbox_module, "build_schedule_mails", held)
    outbox = OutboxDialog(window, window.document, window.settings)
    qtbot.addWidget(outbox)
    outbox.show()
    assert worked_out.wait(10)  # the constructor returned while the list is still worked out
    assert outbox.working and outbox.model.rowCount() == 0
    assert outbox.summary.text() == "Working out what is owed…"
    assert not outbox.send_button.isEnabled() and not outbox.save_button.isEnabled()
    assert outbox.cursor().shape() == Qt.CursorShape.BusyCursor
    go_on.set()
    qtbot.waitUntil(lambda: not outbox.working, timeout=10_000)
    assert outbox.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert outbox.model.rowCount() == 25 and outbox.summary.text() == "25 messages pending"
    assert outbox.send_button.isEnabled() and outbox.save_button.isEnabled()
    first, second = outbox.items[0], outbox.items[1]
    assert outbox.model.index(0, 0).data() == f"{first.invitation.journalist.name} <{first.recipient}>"
    assert outbox.model.index(0, 1).data() == "invitation" and outbox.model.index(0, 2).data() == first.subject
    assert outbox.preview.toPlainText().startswith(f"Hello {first.invitation.journalist.name},")
    outbox.table.setCurrentIndex(outbox.model.index(1, 2))  # another row chosen: its message shown
    assert outbox.preview.toPlainText().startswith(f"Hello {second.invitation.journalist.name},")


def test_a_list_worked_out_for_an_earlier_refresh_is_not_shown(window, qtbot, monkeypatch):
    """Refreshed again (after a send) while the last list is still worked out: only the newest
    list is shown, whichever the worker finishes first."""
    from datetime import UTC, datetime

    window.document.release("Monday", datetime(2025, 4, 1, tzinfo=UTC))
    outbox = OutboxDialog(window, window.document, window.settings)
    qtbot.addWidget(outbox)
    shown: list[str] = []
    outbox.refresh("Sent 0; 0 refused; 0 not tried (connection lost). ", then=lambda: shown.append("second"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.wait(50)  # (anything still queued from the first refresh delivered)
    assert shown == ["second"] and not outbox.working and outbox.model.rowCount() == 25
    assert outbox.summary.text() == "Sent 0; 0 refused; 0 not tried (connection lost). 25 messages pending"


def test_the_outbox_says_why_when_what_is_owed_cannot_be_worked_out(window, qtbot, monkeypatch):
    from planner.errors import PlannerError
    from planner.ui import outbox as outbox_module

    def broken(*_args):
        raise PlannerError("the plan's records cannot be read: journalists[3].email")

    monkeypatch.setattr(outbox_module, "build_outbox", broken)
    outbox = OutboxDialog(window, window.document, window.settings)
    qtbot.addWidget(outbox)
    qtbot.waitUntil(lambda: not outbox.working, timeout=10_000)
    assert outbox.summary.text() == "the plan's records cannot be read: journalists[3].email"
    assert outbox.model.rowCount() == 0 and not outbox.send_button.isEnabled()


def test_the_outbox_of_a_plan_not_published_says_whose_schedule_e_mails_wait_for_a_link(window, listed, monkeypatch):
    """Not "everyone with a link has been told their schedule" when nobody has a link yet.
    Everyone's link is worked out once for both (a published campaign's: ~20 ms each time)."""
    from dataclasses import replace as with_
    from datetime import UTC, datetime

    from planner.domain.records import FeedToken, PublishedEvent
    from planner.publish import schedule_mail
    from planner.ui import outbox as outbox_module

    linked = []
    person_links = outbox_module.person_links
    for module in (outbox_module, schedule_mail):
        monkeypatch.setattr(module, "person_links", lambda *a: linked.append(1) or person_links(*a))
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    assert len(linked) == 1
    said = ("16 people with an e-mail and a turn or shift have no link yet: their schedule e-mail waits until "
            "File ▸ Publish to Calendar Server… gives them one.")  # fmt: skip
    assert outbox.model.rowCount() == 0 and outbox.preview.toPlainText() == said
    assert outbox.summary.text() == "0 messages pending" and outbox.summary.toolTip() == said
    # As after a publish: each a link, so each an e-mail; then nobody waits.
    home, at = "https://cal.example.org/dav/organizer/", datetime(2025, 4, 1, tzinfo=UTC)
    tokens = {p.id: FeedToken(f"{n:032x}", at) for n, p in enumerate(window.document.plan.people)}
    published = {(f"person-{t.token}", "x"): PublishedEvent(f"{home}person-{t.token}/x.ics", '"1"', "f", at)
                 for t in tokens.values()}  # fmt: skip
    window.document.keep_records(with_(window.document.records, tokens=tokens, published=published))
    outbox.refresh()
    listed(outbox)
    assert outbox.model.rowCount() == 16 and outbox.summary.toolTip() == ""
    assert len(linked) == 2
    assert outbox.preview.toPlainText().startswith("Hello ")


def test_the_outbox_speaks_the_apps_language(window, qtbot, listed, spanish):
    from datetime import UTC, datetime

    window.document.release("Monday", datetime(2025, 4, 1, tzinfo=UTC))
    with spanish():
        outbox = listed(OutboxDialog(window, window.document, window.settings))
        headers = [outbox.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert headers == ["Para", "Cambio", "Asunto"]
        assert outbox.model.index(0, 1).data() == "invitación"  # not the record's own word, "added"
        assert outbox.summary.text() == "25 mensajes pendientes"


def test_the_outbox_says_how_far_a_send_got_refusals_included(window, reports, tmp_path, monkeypatch, qtbot,
                                                              smtp_server, tls, listed):  # fmt: skip
    from datetime import UTC, datetime

    from planner.publish.smtp import SmtpSettings

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "s"), "")))
    assert window.save()
    window.document.release("Monday", datetime(2025, 4, 1, tzinfo=UTC))
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    controller, mailbox = smtp_server
    refused = outbox.items[0].recipient
    mailbox.refuse.add(refused)
    said: list[str] = []
    set_text = outbox.summary.setText
    monkeypatch.setattr(outbox.summary, "setText", lambda text: (said.append(text), set_text(text)))
    with qtbot.waitSignal(outbox.sent, timeout=30_000):
        outbox.send(SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret", tls[2])
    mine = sum(1 for item in outbox.items if item.recipient == refused)  # (the list after: what is left)
    progress = [text for text in said if text.startswith("Sending… ")]
    assert len(progress) == 25 and progress[0] == "Sending… 0 of 25 sent, 1 refused"
    assert progress[-1] == f"Sending… {25 - mine} of 25 sent, {mine} refused"
    assert said[-1] == f"Sent {25 - mine}; {mine} refused; 0 not tried (connection lost). {mine} messages pending"


def test_save_as_eml_writes_in_the_background_and_says_how_far_it_got(window, tmp_path, monkeypatch, qtbot, listed):
    """A campaign's 2,460 schedule e-mails, each with its feed and QR code, are over a minute of
    work: written in a worker (it held the window), with its progress said."""
    import email
    import email.policy
    from datetime import UTC, datetime

    window.document.release("Monday", datetime(2025, 4, 1, tzinfo=UTC))
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    said: list[str] = []
    set_text = outbox.summary.setText
    monkeypatch.setattr(outbox.summary, "setText", lambda text: (said.append(text), set_text(text)))
    folder = tmp_path / "to send"
    with qtbot.waitSignal(outbox.saved, timeout=30_000):
        outbox.save_to(folder)
        assert not outbox.save_button.isEnabled() and not outbox.send_button.isEnabled()  # returns at once
    assert [text for text in said if text.startswith("Saving… ")] == [f"Saving… {n} of 25" for n in range(26)]
    assert outbox.summary.text() == f"Saved 25 messages to {folder}; nothing was sent."
    assert outbox.save_button.isEnabled() and outbox.send_button.isEnabled()
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 25
    messages = [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]
    assert sorted(m["To"] for m in messages) == sorted(f"{i.invitation.journalist.name} <{i.recipient}>"
                                                       for i in outbox.items)  # fmt: skip


def test_save_as_eml_where_it_cannot_write_says_why(window, tmp_path, monkeypatch, qtbot, listed):
    from datetime import UTC, datetime

    window.document.release("Monday", datetime(2025, 4, 1, tzinfo=UTC))
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("planner.ui.outbox.show_message", lambda parent, icon, title, text: shown.append((title, text)))
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("")
    with qtbot.waitSignal(outbox.saved, timeout=30_000):
        outbox.save_to(not_a_folder)
    [(title, text)] = shown
    assert title == "Could not save the messages" and text.startswith(f"{not_a_folder}: cannot write")
    assert outbox.save_button.isEnabled() and outbox.send_button.isEnabled()  # try another folder
    assert outbox.summary.text() == "25 messages pending"


def test_a_message_that_cannot_be_made_after_all_does_not_keep_the_outbox_from_listing(window, monkeypatch, listed):
    """A schedule e-mail is made when first shown (the first one in the worker, with the list):
    one whose header the checks let through but e-mail refuses is said in the preview, and the
    list is there as ever."""
    from tests.publish.test_schedule_mail import published

    from planner.publish import schedule_mail
    from planner.publish.mail import RecipientError

    window.document.keep_records(published(window.document.plan))  # as after File ▸ Publish
    email = schedule_mail._Writer.email

    def refusing(writer, notice):
        if notice.person.name == first_name:
            raise RecipientError(f"{notice.person.name}: cannot go in an e-mail header")
        return email(writer, notice)

    from datetime import UTC, datetime

    first_name = schedule_mail.build_schedule_mails(window.document.plan, window.document.records,
                                                    datetime.now(UTC))[0].notice.person.name  # fmt: skip
    monkeypatch.setattr(schedule_mail._Writer, "email", refusing)
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    assert outbox.model.rowCount() > 10 and outbox.summary.text().endswith("messages pending")
    assert outbox.preview.toPlainText() == f"{first_name}: cannot go in an e-mail header"
    outbox.table.setCurrentIndex(outbox.model.index(1, 0))
    assert outbox.preview.toPlainText().startswith("Hello ")


def test_save_as_eml_leaves_out_a_message_refused_as_it_is_made_and_writes_the_rest(window, tmp_path, monkeypatch,
                                                                                    qtbot, listed):  # fmt: skip
    """As Send does: one schedule e-mail that e-mail refuses when made (a header the checks let
    through) is not written and is said; every other message is written."""
    import email
    import email.policy
    from datetime import UTC, datetime

    from tests.publish.test_schedule_mail import published

    from planner.publish import schedule_mail
    from planner.publish.mail import RecipientError

    window.document.keep_records(published(window.document.plan))
    email_of = schedule_mail._Writer.email
    owed = schedule_mail.build_schedule_mails(window.document.plan, window.document.records, datetime.now(UTC))
    refused_name = owed[3].notice.person.name

    def refusing(writer, notice):
        if notice.person.name == refused_name:
            raise RecipientError(f"{notice.person.name}: cannot go in an e-mail header")
        return email_of(writer, notice)

    monkeypatch.setattr(schedule_mail._Writer, "email", refusing)
    outbox = listed(OutboxDialog(window, window.document, window.settings))
    shown: list[str] = []
    monkeypatch.setattr("planner.ui.outbox.show_message", lambda parent, icon, title, text: shown.append(title))
    folder = tmp_path / "to send"
    with qtbot.waitSignal(outbox.saved, timeout=60_000):
        outbox.save_to(folder)
    assert not shown  # not a failure of the whole save
    written = len(owed) - 1
    why = f"{refused_name}: cannot go in an e-mail header"
    said = f"Saved {written} messages to {folder}; nothing was sent."
    assert outbox.summary.text() == f"{said} 1 could not be made: {why}"
    files = sorted(folder.glob("*.eml"))
    assert len(files) == written
    recipients = {email.message_from_bytes(f.read_bytes(), policy=email.policy.default)["To"].addresses[0].addr_spec
                  for f in files}  # fmt: skip
    assert recipients == {mail.recipient for mail in owed} - {owed[3].recipient}
