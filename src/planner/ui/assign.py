"""Assign a person to a turn or shift: the candidates best fit first, with what each would
break greyed out (domain/candidates.py holds the rules)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.candidates import Candidate
from planner.domain.model import PersonId
from planner.ui.i18n import say, tr

PersonRole = Qt.ItemDataRole.UserRole


def hours(minutes: int) -> str:
    """Minutes as hours in the app's language: "7,5 h" in Spanish, "7.5 h" in English."""
    return tr("{hours} h").format(hours=QLocale().toString(minutes / 60, "g", 3))


class AssignDialog(QDialog):
    """One row per candidate: name, whether they can take it (and if not, why), hours on duty
    against an even share, that day's hours against their limit, languages. Those who would
    break a rule are shown but cannot be chosen; typing filters by name."""

    def __init__(self, parent: QWidget | None, what: str, found: list[Candidate]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Assign person"))
        self.found = found
        title = QLabel(what, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Type to find a name"))
        self.filter.setAccessibleName(tr("Find a name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        headers = [tr("Name"), tr("Can take it"), tr("On duty (share)"), tr("That day"), tr("Languages")]
        self.table = QTableWidget(len(found), len(headers), self)
        self.table.setAccessibleName(tr("Candidates"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the reasons take what is left
        for row, candidate in enumerate(found):
            self._fill(row, candidate)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.assign_button = buttons.addButton(tr("&Assign"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        first = next((row for row, c in enumerate(found) if c.fits), None)
        if first is not None:
            self.table.selectRow(first)
        self._on_table_selection_changed()
        self.resize(880, 440)
        self.filter.setFocus()

    def _fill(self, row: int, c: Candidate) -> None:
        fit = "✓" if c.fits and not c.prefer_not else tr("✓ would rather not") if c.fits else ""
        why = "; ".join(say(b) for b in c.blocked)
        that_day = hours(c.minutes_that_day) if c.day_limit is None else tr("{hours} of {most}").format(
            hours=hours(c.minutes_that_day), most=hours(c.day_limit))  # fmt: skip
        languages = ", ".join(c.person.languages)
        if c.speaks is False:
            languages = tr("{languages} (not the window's language)").format(languages=languages or "—")
        cells = (c.person.name, fit or "✗ " + why, tr("{hours} of {share}").format(hours=hours(c.minutes),
                 share=hours(c.share)), that_day, languages)  # fmt: skip
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(PersonRole, c.person.id)
            if not c.fits:  # shown, so the organizer sees why, but not to be chosen
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            if column == 1 and why:
                item.setToolTip(why)
            self.table.setItem(row, column, item)

    def _on_filter_text_changed(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row, c in enumerate(self.found):
            self.table.setRowHidden(row, bool(wanted) and wanted not in c.person.name.casefold())
        visible = [row for row, c in enumerate(self.found) if c.fits and not self.table.isRowHidden(row)]
        if visible and self.chosen() is None:
            self.table.selectRow(visible[0])

    def _on_table_selection_changed(self) -> None:
        self.assign_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> PersonId | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.table.isRowHidden(rows[0].row()):
            return None
        return PersonId(rows[0].data(PersonRole))

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
