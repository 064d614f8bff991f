"""Press ▸ and Rotation ▸: releases, their history, the outbox, and the rotation dialogs."""

from __future__ import annotations

from datetime import UTC, datetime

from planner.errors import PlannerError
from planner.ui.i18n import say_error, tr
from planner.ui.main_window.base import Base


class PressActions(Base):
    def release_dialog(self) -> None:
        # A shared plan: the draft says what changed since the team's last release.
        self.with_team_latest(self._release_dialog)

    def _release_dialog(self) -> None:
        from planner.domain.ledger import draft_release
        from planner.ui.press import ReleaseDialog  # with the press panel, once the grid is shown

        document = self.document
        draft = draft_release(document.plan, "", datetime.now(UTC), document.records.releases, document.records.sent)
        dialog = ReleaseDialog(self, draft, document.warnings())  # worked out once per version of the plan
        if self.run_dialog(dialog):
            self.release(dialog.chosen_name())

    def release(self, name: str) -> bool:
        """Freeze the schedule for the press and say what is now owed."""
        from planner.domain.ledger import pending_invitations  # (with the records: after the first frame)

        try:
            release = self.document.release(name, datetime.now(UTC))
        except PlannerError as exc:
            self.show_error(tr("Could not release the schedule"), say_error(exc))
            return False
        self.team.sync_now()  # a shared plan: the release goes to the team's ledger
        records = self.document.records
        pending = len(pending_invitations(list(records.releases), records.sent))
        self.statusBar().showMessage(
            tr("Release {number} ({name}) kept: %n message(s) waiting in Press ▸ Outbox.", "", pending).format(
                number=release.number, name=release.name
            )
        )
        return True

    def rotation_dialog(self) -> None:
        from planner.ui.rotation import RotationDialog

        RotationDialog(self, self.document).exec()

    def repair_dialog(self) -> None:
        from planner.ui.rotation import RotationDialog

        RotationDialog(self, self.document, repair=True).exec()

    def history_dialog(self) -> None:
        from planner.ui.press import ReleaseHistoryDialog

        ReleaseHistoryDialog(self, self.document).exec()

    def outbox_dialog(self) -> None:
        from planner.ui.outbox import OutboxDialog  # e-mail and iCalendar load on first use, not at start

        self.document.finish_export()  # its record first: the schedule e-mails carry the same SEQUENCEs
        # A shared plan: teammates' sends and releases, before listing what is owed.
        self.with_team_latest(lambda: self.run_dialog(OutboxDialog(self, self.document, self.settings, self.team)))
