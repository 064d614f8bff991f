"""File ▸ Share on Server…, Open from Server… and Conflicts…: a plan shared with the team
through a CalDAV server (sync/), from the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Plan
from planner.errors import PlannerError
from planner.ui.background import Background, StopOnClose
from planner.ui.conflict_text import conflict_rows
from planner.ui.i18n import file_kinds, say_error, tr
from planner.ui.messages import grow_to_fit, plain_label
from planner.ui.settings import CALDAV_SERVER, CALDAV_USER, ORGANIZER_NAME, Settings

if TYPE_CHECKING:
    from planner.ui.team import TeamSync


class _ServerForm(QDialog):
    """Server (or shared plan) address, login, password, and the organizer's name."""

    def __init__(self, parent: QWidget | None, settings: Settings, title: str, address: str, hint: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._settings = settings
        self.address = QLineEdit(address)
        self.address.setPlaceholderText(hint)
        self.user = QLineEdit(settings.get(CALDAV_USER))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("empty: the one kept in the system keyring"))
        self.remember = QCheckBox(tr("&Keep the password in the system keyring"))
        self.name = QLineEdit(settings.get(ORGANIZER_NAME))
        self.name.setPlaceholderText(tr("shown to your teammates with each change"))
        for widget, name in ((self.address, tr("Address")), (self.user, tr("User")), (self.password, tr("Password")),
                             (self.name, tr("Your name"))):  # fmt: skip
            widget.setAccessibleName(name)
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(tr("&Address:"), self.address)
        self.form.addRow(tr("&User:"), self.user)
        self.form.addRow(tr("Pass&word:"), self.password)
        self.form.addRow(self.remember)
        self.form.addRow(tr("Your &name:"), self.name)
        self._worker = Background("team", self)
        self.finished.connect(lambda _result: self._worker.shutdown())
        self._job = StopOnClose(self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                                lambda: self.report.setText(tr("Stopping…")))  # fmt: skip
        self._stopped = ""  # what a stop left (each dialog says it)
        self.resize(620, 260)

    def reject(self) -> None:
        """Cancel; while sharing or copying, stop it first, between two requests (StopOnClose):
        nothing is then linked or written here."""
        if self._job.close_asked():
            super().reject()

    def _start(self, job: Callable[[Callable[[int, int], bool]], Any], busy: str, progress: str,
               on_done: Callable[[Any], None]) -> None:  # fmt: skip
        """Run `job(going_on)` in the background, `busy` said meanwhile, then `progress`
        formatted with {done} and {total} as the job goes (a campaign's 34,000 records take
        minutes); Cancel stops it (going_on says no)."""

        def going_on(done: int, total: int) -> bool:
            if done % 100 == 0:  # (said every hundred: a share asks before each of 34,000 records)
                self._worker.in_gui(self._progress, progress, done, total)
            return not self._job.stopping

        def done(result: Any) -> None:
            self._job.end()
            on_done(result)

        self._job.start()
        for button in self.buttons.buttons():
            button.setEnabled(button is self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.report.setText(busy)
        self._worker.run(lambda: job(going_on), done, self._failed)

    def _progress(self, text: str, done: int, total: int) -> None:
        if self._job.running and not self._job.stopping:
            self.report.setText(text.format(done=done, total=total))

    def _password(self) -> str:
        from planner.publish.caldav import server_password

        given = self.password.text()
        return server_password(self.address.text().strip(), self.user.text().strip(), given or None,
                               store=self.remember.isChecked() and bool(given))  # fmt: skip

    def _remember_fields(self) -> None:
        self._settings.set(CALDAV_USER, self.user.text().strip())
        if self.name.text().strip():
            self._settings.set(ORGANIZER_NAME, self.name.text().strip())

    def _refused(self, *more: Callable[[], None]) -> bool:
        """Whether the address and user cannot work (check_server), or one of `more` checks
        raises: said at once, before the keyring is asked or the worker starts."""
        from planner.publish.caldav import check_server

        try:
            check_server(self.address.text().strip(), self.user.text().strip())
            for check in more:
                check()
        except PlannerError as exc:
            self._failed(exc)
            return True
        return False

    def _failed(self, exc: Exception) -> None:
        from planner.sync.dav import StoppedError

        self._job.end()
        if isinstance(exc, StoppedError):
            self.report.setText(self._stopped)
        else:
            self.report.setText(tr("Could not reach the plan: {why}").format(why=say_error(exc)))
        grow_to_fit(self)  # (shown whole: it may take two lines)
        for button in self.buttons.buttons():
            button.setEnabled(True)


class ShareDialog(_ServerForm):
    """Put the open plan on a server, for the team."""

    def __init__(self, parent: QWidget | None, settings: Settings, team: TeamSync, path: Path) -> None:
        super().__init__(parent, settings, tr("Share on a calendar server"), settings.get(CALDAV_SERVER),
                         "https://cloud.example.org/remote.php/dav")  # fmt: skip
        self._team, self._path = team, path
        self._again = team.shared  # (a shared plan gone from its server: shared anew, its link replaced)
        intro = tr("The plan goes on the server as a calendar your teammates open with File ▸ Open from Server. "
                   "Your changes and theirs meet there.")  # fmt: skip
        if self._again:
            intro = tr("The shared plan is no longer on its server, or no longer shared with you. Sharing it anew puts "
                       "this copy, all of it, on the server below; your teammates open it from there with File ▸ Open "
                       "from Server. If a teammate has shared it anew already, give the address they got: this copy "
                       "joins it there, with your changes not yet synced.")  # fmt: skip
        self.form.insertRow(0, plain(intro))
        self.form.addRow(self.report)
        self._stopped = tr("Stopped: the plan is not shared. What was sent stays on the server, and Share finishes it.")
        self.share_button = self.buttons.addButton(tr("&Share"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.share_button.clicked.connect(self.share)
        self.form.addRow(self.buttons)
        grow_to_fit(self)  # (its intro whole: four lines where the plan is gone)
        self.url = ""
        self.joined = False  # linked to where the plan already was (shared anew by a teammate)

    def share(self) -> None:
        server, user, who, path = self.address.text().strip(), self.user.text().strip(), self.name.text().strip(), \
            self._path  # fmt: skip
        again = self._again
        if self._refused():
            return
        self._remember_fields()
        self._settings.set(CALDAV_SERVER, server)

        def job(going_on: Callable[[int, int], bool]) -> Any:
            from planner.publish.caldav import connected
            from planner.sync.documents import share

            password = self._password()
            with connected(server, user, password) as (client, home):  # (the team's sync has its own)
                return share(path, client, home, user, who or self._team.who, datetime.now(UTC), going_on,
                             again=again, address=server), password  # fmt: skip

        self._start(job, tr("Sharing…"), tr("Sharing: {done} of {total} records on the server…"), self._on_shared)

    def _on_shared(self, result: Any) -> None:
        shared, password = result
        self.url, self.joined = shared.synced.state.url, shared.joined
        self._team.password_for(shared.synced.state.url, shared.synced.state.user, password)
        self.accept()


class CloneDialog(_ServerForm):
    """A teammate's shared plan, copied into a new local file linked to it."""

    def __init__(self, parent: QWidget | None, settings: Settings, team: TeamSync, folder: str) -> None:
        super().__init__(parent, settings, tr("Open a shared plan"), "",
                         "https://cloud.example.org/remote.php/dav/calendars/ana/planner-…/")  # fmt: skip
        self._team, self._folder = team, folder
        self.form.insertRow(0, plain(tr("The address your teammate got when they shared the plan.")))
        self.target = QLineEdit()
        self.target.setAccessibleName(tr("Save the copy as"))
        browse = QPushButton(tr("&Choose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        label = QLabel(tr("Save the copy &as:"))
        label.setBuddy(self.target)  # (a row of a field and a button: no buddy of its own, the & was shown)
        self.form.addRow(label, row)
        self.form.addRow(self.report)
        self._stopped = tr("Stopped: no copy was made.")
        self.open_button = self.buttons.addButton(tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.clicked.connect(self.clone)
        self.form.addRow(self.buttons)
        self.path: Path | None = None

    def _choose(self) -> None:
        # (no "replace it?": a copy is never written over a file; one there is said on Open)
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the copy as"), self._folder, file_kinds("documents"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)  # fmt: skip
        if chosen:
            self.target.setText(chosen if chosen.endswith(".planner") else chosen + ".planner")

    def clone(self) -> None:
        from planner.sync.documents import check_clone_target  # (sync/ loaded when asked)

        url, user, who = self.address.text().strip(), self.user.text().strip(), self.name.text().strip()
        if not self.target.text().strip():
            self.report.setText(tr("Choose where to save your copy."))
            return
        target = Path(self.target.text().strip())
        if self._refused(lambda: check_clone_target(target)):
            return
        self._remember_fields()

        def job(going_on: Callable[[int, int], bool]) -> Any:
            from planner.sync.documents import clone, open_client

            password = self._password()
            with open_client(url, user, password) as client:  # (the team's sync has its own)
                return clone(url, client, target, user, who or self._team.who, datetime.now(UTC), going_on), password

        self._start(job, tr("Copying the plan…"), tr("Copying the plan: {done} of {total} records…"), self._on_cloned)

    def _on_cloned(self, result: Any) -> None:
        synced, password = result
        self._team.password_for(synced.state.url, synced.state.user, password)
        self.path = Path(self.target.text().strip())
        self.accept()


class ConflictsDialog(QDialog):
    """What a teammate and I changed differently, side by side; each settled one way or the other."""

    def __init__(self, parent: QWidget | None, team: TeamSync, plan: Plan) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Conflicts with teammates"))
        self._team = team
        layout = QVBoxLayout(self)
        layout.addWidget(plain(tr("You and a teammate changed the same thing differently. Your version is in "
                                  "your plan; theirs is kept here. Nothing is sent until you choose.")))  # fmt: skip
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([tr("What"), tr("Changed"), tr("Theirs"), tr("Mine"), tr("By")])
        self.table.setAccessibleName(tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.mine_button = buttons.addButton(tr("Keep &mine"), QDialogButtonBox.ButtonRole.ActionRole)
        self.theirs_button = buttons.addButton(tr("Take &theirs"), QDialogButtonBox.ButtonRole.ActionRole)
        self.mine_button.clicked.connect(lambda: self._settle("mine"))
        self.theirs_button.clicked.connect(lambda: self._settle("theirs"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rows: list[tuple[str, str]] = []  # each row's object key and clashing field
        self.fill(plan)
        self.resize(900, 360)

    def fill(self, plan: Plan) -> None:
        """One row per clashing field (a deletion: one row for the record)."""
        state = self._team.state
        rows = conflict_rows(plan, state.conflicts if state is not None else {})
        self.rows = [(key, field) for key, field, _cells in rows]
        self.table.setRowCount(len(rows))
        for row, (_key, _field, cells) in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)

    def _settle(self, take: str) -> None:
        """The selected rows, each field on its own: a record's other clashing fields stay."""
        chosen: dict[str, set[str]] = {}
        for index in self.table.selectionModel().selectedRows():
            key, field = self.rows[index.row()]
            chosen.setdefault(key, set()).add(field)
        for key, fields in sorted(chosen.items()):
            state = self._team.state
            conflict = state.conflicts.get(key) if state is not None else None
            whole = "*" in fields or conflict is None or fields >= set(conflict.fields)
            try:
                self._team.resolve(key, take, () if whole else sorted(fields))
            except PlannerError as exc:
                self.table.setToolTip(say_error(exc))
        parent = self.parent()
        plan = parent.document.plan if parent is not None and hasattr(parent, "document") else None
        if plan is not None:
            self.fill(plan)
        if not self.rows:
            self.accept()


def plain(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label
