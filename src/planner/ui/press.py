"""The press side of the app: the press list and the releases (the outbox is in outbox.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.checks import PlanWarning
from planner.domain.edits import put_journalist
from planner.domain.ledger import ReleaseDraft
from planner.domain.model import Journalist, JournalistId, Plan, new_id
from planner.domain.press import PressImport, journalist_problem, merge_press_rows
from planner.domain.releases import change_log
from planner.errors import PlannerError
from planner.ui.document import PlanDocument
from planner.ui.i18n import LANGUAGE_LABELS, file_kinds, local_date, say, say_error, tr
from planner.ui.messages import Icon, error_label, grow_to_fit, show_message, text_field, typed_line
from planner.ui.record_model import RecordRole, RecordTableModel
from planner.ui.two_line import show_two_lines
from planner.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from planner.storage.csv_table import Imported

JournalistRole = RecordRole


class PressModel(RecordTableModel[Journalist]):
    COLUMNS = (
        QT_TRANSLATE_NOOP("", "Name"),
        QT_TRANSLATE_NOOP("", "Outlet"),
        QT_TRANSLATE_NOOP("", "E-mail"),
        QT_TRANSLATE_NOOP("", "Language"),
    )

    def records(self, plan: Plan) -> tuple[Journalist, ...]:
        return plan.journalists

    def source(self, plan: Plan) -> object:
        return plan.journalists

    def cell(self, j: Journalist, column: int) -> str:
        return (j.name, j.outlet, j.email, tr(LANGUAGE_LABELS.get(j.language, j.language)))[column]


def press_detail(journalist: Journalist | None) -> str:
    if journalist is None:
        return ""
    parts = (journalist.outlet, journalist.email, tr(LANGUAGE_LABELS.get(journalist.language, journalist.language)))
    return " · ".join(part for part in parts if part)


class JournalistDialog(QDialog):
    """Add or edit one journalist; refuses what could not go into an e-mail header."""

    def __init__(
        self, parent: QWidget | None, journalist: Journalist | None = None, language: str = "en",
        listed: tuple[Journalist, ...] = (),
    ) -> None:  # fmt: skip
        """`language`: a new journalist's, to begin with (the plan's); `listed`: the press list."""
        super().__init__(parent)
        self._listed = listed
        self.setWindowTitle(tr("Journalist"))
        self.name = text_field(journalist.name if journalist else "")
        self.email = text_field(journalist.email if journalist else "")
        self.outlet = text_field(journalist.outlet if journalist else "")
        self.language = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language.addItem(tr(label), code)
        self.language.setCurrentIndex(max(0, self.language.findData(journalist.language if journalist else language)))
        for widget, label in ((self.name, tr("Name")), (self.email, tr("E-mail")), (self.outlet, tr("Outlet")),
                              (self.language, tr("Language"))):  # fmt: skip
            widget.setAccessibleName(label)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&E-mail:"), self.email)
        form.addRow(tr("&Outlet:"), self.outlet)
        form.addRow(tr("&Language:"), self.language)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._id = journalist.id if journalist else JournalistId(new_id("press"))

    def problem(self) -> str | None:
        problem = journalist_problem(self.journalist(), self._listed)
        return say(problem) if problem else None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            grow_to_fit(self)  # (shown whole: it may take two lines)
            return
        super().accept()

    def journalist(self) -> Journalist:
        return Journalist(self._id, typed_line(self.name), typed_line(self.email), typed_line(self.outlet),
                          str(self.language.currentData()))  # fmt: skip


class PressPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pressPanel")
        self._document = document
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Press list"))
        self.table.setModel(PressModel(document))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Name, and under it outlet, e-mail and language: the side panel needs no sideways scroll.
        show_two_lines(self.table, lambda index: press_detail(index.data(JournalistRole)), (0,))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        buttons = QGridLayout()  # two by two: keeps the side panel, and so the grid, from squeezing
        actions = [(tr("Add…"), self.add), (tr("Edit…"), self.edit_selected), (tr("Remove"), self.remove_selected)]
        # (short: the panel's width sets the window's least; what it takes is in its tooltip)
        actions.append((tr("Import…"), self.import_dialog))
        for n, (text, slot) in enumerate(actions):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button, n // 2, n % 2)
        button.setToolTip(tr("Import a press list: a spreadsheet (CSV, Excel, OpenDocument) or contact cards (vCard)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _selected(self) -> Journalist | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(JournalistRole) if rows else None

    def add(self) -> None:
        plan = self._document.plan
        dialog = JournalistDialog(self, language=plan.language, listed=plan.journalists)
        if dialog.exec():
            self._document.edit(tr("Add journalist"), put_journalist, dialog.journalist())

    def edit_selected(self) -> None:
        current = self._selected()
        if current is None:
            return
        dialog = JournalistDialog(self, current, listed=self._document.plan.journalists)
        if dialog.exec():
            self._document.edit(tr("Edit journalist"), put_journalist, dialog.journalist())

    def remove_selected(self) -> None:
        current = self._selected()
        if current is not None:
            listed = tuple(j for j in self._document.plan.journalists if j.id != current.id)
            self._document.set_journalists(listed, tr("Remove journalist"))

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import press list"), str(Path.home()), file_kinds("contacts"))
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> PressImport | None:
        from planner.storage.contacts import read_press_list  # loaded when a list is imported
        from planner.storage.csv_table import read_csv_file
        from planner.ui.import_preview import read_chosen_sheet

        try:
            data = read_csv_file(path)
            imported = read_chosen_sheet(self, _import_title(path.name),
                                         lambda sheet: read_press_list(data, path.name, sheet))  # fmt: skip
        except PlannerError as exc:
            show_message(self, Icon.Warning, tr("Could not read the press list"), say_error(exc))
            return None
        if imported is None:
            return None
        plan = self._document.plan
        result = merge_press_rows(plan.journalists, imported.rows, lambda: new_id("press"), plan.language)
        if self.confirm_import(result, path.name, imported):
            self._document.set_journalists(result.records, tr("Import press list from {file}").format(file=path.name))
        return result

    def confirm_import(self, result: PressImport, source: str, imported: Imported[Any] | None = None) -> bool:
        from planner.ui.import_preview import ImportPreviewDialog

        return bool(ImportPreviewDialog(self, _import_title(source), result, imported).exec())


def _import_title(source: str) -> str:
    return tr("Import press list — {file}").format(file=source)


class ReleaseHistoryDialog(QDialog):
    """Every release, and what changed for the press in each."""

    def __init__(self, parent: QWidget | None, document: PlanDocument) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Release history"))
        self._releases = document.records.releases
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Releases"))
        zone = document.plan.zone  # when each was made, on the plan's clock (as everything else)
        for r in self._releases:
            when = local_date(r.created.astimezone(zone), "d MMM yyyy HH:mm")
            self.list.addItem(tr("{number}. {name} — {when}").format(number=r.number, name=r.name, when=when))
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(tr("Changes in this release"))
        self.list.currentRowChanged.connect(self._show)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.changes, 2)
        self.resize(760, 360)
        if self._releases:
            self.list.setCurrentRow(len(self._releases) - 1)
        else:
            self.changes.setPlainText(tr("No releases yet: Press ▸ Release Schedule… makes the first."))

    def _show(self, row: int) -> None:
        if row < 0:
            return
        previous = self._releases[row - 1] if row > 0 else None
        lines = [say(c.text) for c in change_log(previous, self._releases[row])] or [tr("No changes for the press.")]
        self.changes.setPlainText("\n".join(lines))


class ReleaseDialog(QDialog):
    """What releasing now would do — the changes for the press, the plan's warnings, the
    messages it will owe — shown before anything is kept; Release keeps it."""

    WARNINGS_SHOWN = 12

    def __init__(self, parent: QWidget | None, draft: ReleaseDraft, warnings: list[PlanWarning]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Release schedule"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(draft.release.name)  # unnamed, it is known by its date
        self.name.setAccessibleName(tr("Name of this release"))
        lines = [tr("Changes for the press:")]
        lines += [f"  {say(c.text)}" for c in draft.changes] or ["  " + tr("No changes for the press.")]
        if warnings:
            lines += ["", tr("%n warning(s) in the plan:", "", len(warnings))]
            lines += [f"  {say(w.text)}" for w in warnings[: self.WARNINGS_SHOWN]]
            if len(warnings) > self.WARNINGS_SHOWN:
                lines.append(
                    "  " + tr("… and %n more (View ▸ Warnings lists them all)", "", len(warnings) - self.WARNINGS_SHOWN)
                )
        self.report = QPlainTextEdit("\n".join(lines), self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("What this release changes"))
        self.owed = QLabel(say(draft.summary), self)
        self.owed.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.release_button = buttons.addButton(tr("&Release"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(self.report)
        form.addRow(self.owed)
        form.addRow(buttons)
        self.resize(620, 420)

    def chosen_name(self) -> str:
        return typed_line(self.name)
