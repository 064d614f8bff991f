"""Generate or repair the spokesperson rotation: constraints shown, proposal beside the plan."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.health import limits_for
from planner.domain.model import PersonId, Plan
from planner.ui.background import Background
from planner.ui.calendar_view import CalendarView
from planner.ui.document import PlanDocument
from planner.ui.i18n import qdate, say, speaker_role_name, tr
from planner.ui.messages import fit_choices

if TYPE_CHECKING:
    from planner.rotation.solver import RotationResult


MAX_NAME_WIDTH = 260  # pixels: the limits table's name column at its widest


class RotationDialog(QDialog):
    """`repair=False`: staff every turn afresh (pinned turns stay); `repair=True`: someone is
    out from a date, change as few turns as possible."""

    solved = Signal()

    def __init__(self, parent: QWidget | None, document: PlanDocument, repair: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Repair rotation after an absence") if repair else tr("Generate rotation"))
        self._document = document
        self.repair = repair
        self.proposal: Plan | None = None
        plan = document.plan
        self.limits = self._limits_table(plan)
        settings = self._constraints(plan, repair)
        grids = self._grids(document, plan)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("Rotation report"))
        self.report.setMaximumHeight(140)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(tr("Accept"))
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(settings, 1)
        top.addWidget(self.report, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grids, 1)
        layout.addWidget(self.buttons)
        self._fit_screen(parent)

        self._solver = Background("rotation", self)
        self.finished.connect(lambda _result: self._solver.shutdown())

    def _fit_screen(self, parent: QWidget | None) -> None:
        """Large enough for a week of the proposal, never larger than the screen it opens on
        (on a 1280x800 laptop its buttons stay in view)."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
        self.resize(min(1400, room.width() - 40), min(900, room.height() - 60))

    def _limits_table(self, plan: Plan) -> QTableWidget:
        """Each spokesperson's health limits, as the rotation will respect them."""
        limits = QTableWidget(0, 6, self)
        limits.setObjectName("rotationLimits")
        limits.setAccessibleName(tr("Spokespeople and their limits"))
        limits.setHorizontalHeaderLabels([tr("Spokesperson"), tr("Role"), tr("Hours a day"), tr("Turns in a row"),
                                          tr("Rest (h)"), tr("Days in a row")])  # fmt: skip

        def hours(minutes: int) -> str:  # "0,5" in Spanish, as the time limit's "10,00 s"
            return QLocale().toString(minutes / 60, "g", 6)

        for person in plan.spokespeople:
            lim = limits_for(person)
            row = limits.rowCount()
            limits.insertRow(row)
            values = (
                person.name,
                speaker_role_name(person.speaker_role),
                hours(lim.max_minutes_per_day),
                str(lim.max_consecutive_turns),
                hours(lim.min_rest_minutes),
                str(lim.max_days_in_row),
            )
            for column, text in enumerate(values):
                limits.setItem(row, column, QTableWidgetItem(text))
        limits.resizeColumnsToContents()
        # Every column in sight: the table is what the rotation respects, not a thing to scroll.
        # A name of a hundred letters (names come from files) is cut short with "…" instead.
        limits.setColumnWidth(0, min(limits.columnWidth(0), MAX_NAME_WIDTH))
        frame = 2 * limits.frameWidth() + limits.verticalHeader().sizeHint().width()
        frame += limits.verticalScrollBar().sizeHint().width()
        limits.setMinimumWidth(limits.horizontalHeader().length() + frame)
        # Shown, not edited here: a person's limits are theirs (Edit ▸ Person), for every rotation.
        limits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        limits.setToolTip(tr("To change a spokesperson's limits, edit the person."))
        return limits

    def _constraints(self, plan: Plan, repair: bool) -> QGroupBox:
        """The limits, the time to search, and for a repair who is out from when."""
        form = QFormLayout()
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setRange(1, 600)
        self.time_limit.setValue(10)
        self.time_limit.setSuffix(tr(" s"))
        self.time_limit.setAccessibleName(tr("Time limit"))
        form.addRow(tr("Search for at most:"), self.time_limit)
        # Who is out and from when: asked only for a repair (made but not laid out, they sat
        # over the group's title).
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Who is out"))
        for p in plan.spokespeople:
            self.person.addItem(p.name, p.id)
        fit_choices(self.person)
        self.from_date = QDateEdit()
        self.from_date.setAccessibleName(tr("Out from"))
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("ddd d MMM yyyy")
        first = min((d.date for d in plan.days), default=datetime.now().date())
        self.from_date.setDate(qdate(first))
        if repair:
            form.addRow(tr("Who is out:"), self.person)
            form.addRow(tr("From:"), self.from_date)
        self.solve_button = QPushButton(tr("Repair") if repair else tr("Generate"), self)
        self.solve_button.clicked.connect(self.solve)
        form.addRow(self.solve_button)
        settings = QGroupBox(tr("Constraints"), self)
        box = QVBoxLayout(settings)
        box.addWidget(QLabel(tr("Health limits per person (defaults by role; stricter for strikers):")))
        box.addWidget(self.limits)
        box.addLayout(form)
        return settings

    def _grids(self, document: PlanDocument, plan: Plan) -> QVBoxLayout:
        """One grid, the whole width: the plan, then the proposal with its changed turns
        outlined (two grids side by side did not fit a laptop's screen). The plan itself
        changes only when the proposal is accepted."""
        self._proposed_document = PlanDocument(self)
        # With the plan's warnings when its own document knows them: a campaign's are not
        # worked out again (most of a second of the CPU, in turns with this dialog's drawing).
        self._proposed_document.show_plan(plan, document.known_warnings())
        self.proposed = CalendarView(self._proposed_document, self)
        title = QLabel(tr("Proposal (changed turns outlined)"))
        title.setStyleSheet("font-weight: bold")
        pane = QVBoxLayout()
        pane.addWidget(title)
        pane.addWidget(self.proposed)
        return pane

    def solve(self) -> None:
        """Solve in a worker thread: a big plan may take the whole time limit, and the window
        stays responsive meanwhile. `solved` is emitted once the result is shown."""
        from planner.rotation.solver import RotationRequest, solve  # loads OR-Tools: only now

        plan = self._document.plan
        request = RotationRequest(time_limit=self.time_limit.value())
        if self.repair:
            day = self.from_date.date()
            start = datetime(day.year(), day.month(), day.day(), tzinfo=plan.zone)
            request = RotationRequest(request.time_limit, PersonId(str(self.person.currentData())), start)
        self.solve_button.setEnabled(False)
        self.accept_button.setEnabled(False)
        self.report.setPlainText(
            tr("Searching for a rotation (at most {seconds} s)…").format(seconds=f"{request.time_limit:g}")
        )
        self._solver.run(lambda: solve(plan, request), self._on_solved)

    def _on_solved(self, result: RotationResult) -> None:
        self.solve_button.setEnabled(True)
        self._show(self._document.plan, result)
        self.solved.emit()

    def _show(self, plan: Plan, result: RotationResult) -> None:
        if result.plan is None:
            self.proposal = None
            self._proposed_document.show_plan(plan, self._document.known_warnings())  # (as above)
            self.proposed.highlight(set())
            heading = (
                tr("No rotation is possible as things stand:")
                if result.status == "infeasible"
                else tr("No rotation was found in the time given:")
            )
            self.report.setPlainText(heading + "\n" + "\n".join(say(line) for line in result.explanation))
            self.accept_button.setEnabled(False)
            return
        self.proposal = result.plan
        self._proposed_document.show_plan(result.plan)
        before = {t.id: t.person_ids for t in plan.turns}
        self.proposed.highlight({t.id for t in result.plan.turns if before.get(t.id) != t.person_ids})
        lines = [say(result.summary())]
        for s in result.scores:
            share = tr("{hours} h (fair share {share} h)").format(
                hours=f"{s.minutes / 60:g}", share=f"{s.target_minutes / 60:.1f}"
            )
            lines.append(
                tr("{name}: {turns} turns, {share}, {prime} prime, {reluctant} not preferred").format(
                    name=s.name, turns=s.turns, share=share, prime=s.prime_turns, reluctant=s.prefer_not_turns
                )
            )
        self.report.setPlainText("\n".join(lines))
        self.accept_button.setEnabled(True)

    def accept(self) -> None:
        if self.proposal is not None:
            text = tr("Repair rotation") if self.repair else tr("Generate rotation")
            self._document.replace_plan(self.proposal, text)
        super().accept()
