"""File ▸ Publish to Calendar Server, against a real Radicale: published in the background,
recorded in the plan file, and an error said in the dialog, not as a traceback."""

from __future__ import annotations

from tests.servers import Radicale

from planner.storage import load_document
from planner.ui.publish_dialog import PublishDialog


def test_publish_from_the_app_records_what_the_server_holds(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    server = Radicale(tmp_path / "radicale")
    server.folder.mkdir()
    server.start()
    try:
        plan_file = tmp_path / "strike.planner"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(plan_file), "")))
        assert window.save()
        dialog = PublishDialog(window, window.document, window.settings)
        qtbot.addWidget(dialog)
        dialog.server.setText(server.url)
        dialog.user.setText(server.USER)
        dialog.password.setText("wrong")
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: "Could not publish" in dialog.report.toPlainText(), timeout=30000)
        assert "the user name or password was not accepted" in dialog.report.toPlainText()
        dialog.password.setText(server.PASSWORD)
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: dialog.report.toPlainText().startswith("Published:"), timeout=60000)
        assert "0 unchanged" in dialog.report.toPlainText() and dialog.publish_button.isEnabled()
        _plan, records = load_document(plan_file)
        assert len(records.published) == server.requests("PUT") > 0  # written into the file as it went
        dialog.publish_button.click()  # again, nothing changed: nothing sent
        qtbot.waitUntil(lambda: "0 events sent" in dialog.report.toPlainText(), timeout=60000)
    finally:
        server.stop()
