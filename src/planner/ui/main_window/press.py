"""Press ▸ and Rotation ▸: releases, their history, the outbox, and the rotation dialogs."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QInputDialog,
)

from planner.domain.ledger import pending_invitations
from planner.domain.releases import change_log
from planner.errors import PlannerError
from planner.ui.i18n import say, tr
from planner.ui.main_window.base import Base
from planner.ui.press import ReleaseHistoryDialog
from planner.ui.rotation import RotationDialog


class PressActions(Base):
    def release_dialog(self) -> None:
        count = len(self.document.records.releases) + 1
        name, ok = QInputDialog.getText(
            self, tr("Release schedule"), tr("Name of this release:"), text=tr("Release {number}").format(number=count)
        )
        if ok:
            self.release(name)

    def release(self, name: str) -> bool:
        """Freeze the schedule for the press and say what changed and what is now owed."""
        try:
            release = self.document.release(name, datetime.now(UTC))
        except PlannerError as exc:
            self.show_error(tr("Could not release the schedule"), str(exc))
            return False
        releases = self.document.records.releases
        changes = change_log(releases[-2] if len(releases) > 1 else None, release)
        records = self.document.records
        pending = len(pending_invitations(list(records.releases), records.sent))
        lines = [say(c.text) for c in changes] or [tr("No changes for the press.")]
        self.show_report(
            tr("Release {number}: {name}").format(number=release.number, name=release.name),
            "\n".join(lines) + "\n\n" + tr("%n message(s) waiting in Press ▸ Outbox.", "", pending),
        )
        return True

    def rotation_dialog(self) -> None:
        RotationDialog(self, self.document).exec()

    def repair_dialog(self) -> None:
        RotationDialog(self, self.document, repair=True).exec()

    def history_dialog(self) -> None:
        ReleaseHistoryDialog(self, self.document).exec()

    def outbox_dialog(self) -> None:
        from planner.ui.outbox import OutboxDialog  # e-mail and iCalendar load on first use, not at start

        OutboxDialog(self, self.document, self.settings).exec()
