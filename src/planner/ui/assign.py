"""Assign a person to a turn or shift: the candidates best fit first, with what each would
break greyed out (domain/candidates.py holds the rules)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.candidates import Candidate
from planner.domain.model import PersonId
from planner.ui.i18n import say, tr

PersonRole = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex
SIZED_BY_ROWS = 40  # columns fit the first rows' texts (the best fits, in sight), not all of a campaign's


def hours(minutes: int) -> str:
    """Minutes as hours in the app's language: "7,5 h" in Spanish, "7.5 h" in English."""
    return tr("{hours} h").format(hours=QLocale().toString(minutes / 60, "g", 3))


class CandidatesModel(QAbstractTableModel):
    """One row per candidate, its texts made when the view shows the row: a campaign's shift
    has 2,400 candidates, of whom a screenful is seen."""

    def __init__(self, found: list[Candidate], parent: QWidget) -> None:
        super().__init__(parent)
        self.found = found
        self._shown = found  # those whose name holds what was typed
        self._cells: dict[int, tuple[str, ...]] = {}  # each candidate's texts (by id), once made
        self._headers = [tr("Name"), tr("Can take it"), tr("On duty (share)"), tr("That day"), tr("Languages")]

    def find(self, text: str) -> None:
        """Show only those whose name holds `text` (any case)."""
        wanted = text.casefold().strip()
        self.beginResetModel()
        self._shown = [c for c in self.found if wanted in c.person.name.casefold()] if wanted else self.found
        self.endResetModel()

    def candidate(self, row: int) -> Candidate:
        return self._shown[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or not self._shown[index.row()].fits:
            return Qt.ItemFlag.NoItemFlags  # shown, so the organizer sees why, but not to be chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate, column = self._shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells.get(id(candidate))
            if cells is None:
                cells = self._cells[id(candidate)] = _cells(candidate)
            return cells[column]
        if role == PersonRole:
            return candidate.person.id
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and candidate.blocked:
            return "; ".join(say(b) for b in candidate.blocked)
        return None


def _cells(c: Candidate) -> tuple[str, ...]:
    fit = "✓" if c.fits and not c.prefer_not else tr("✓ would rather not") if c.fits else ""
    why = "; ".join(say(b) for b in c.blocked)
    that_day = hours(c.minutes_that_day) if c.day_limit is None else tr("{hours} of {most}").format(
        hours=hours(c.minutes_that_day), most=hours(c.day_limit))  # fmt: skip
    languages = ", ".join(c.person.languages)
    if c.speaks is False:
        languages = tr("{languages} (not the window's language)").format(languages=languages or "—")
    return (c.person.name, fit or "✗ " + why, tr("{hours} of {share}").format(hours=hours(c.minutes),
            share=hours(c.share)), that_day, languages)  # fmt: skip


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
        self.candidates = CandidatesModel(found, self)
        self.table = QTableView(self)
        self.table.setModel(self.candidates)
        self.table.setAccessibleName(tr("Candidates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one line each, not measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # (the style's 30 px showed 10 rows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZED_BY_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the reasons take what is left
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.assign_button = buttons.addButton(tr("&Assign"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._select()
        self._on_table_selection_changed()
        self.resize(880, 440)
        self.filter.setFocus()

    def text(self, row: int, column: int) -> str:
        """What the table shows at a row (as filtered) and column."""
        return str(self.candidates.index(row, column).data())

    def rows(self) -> int:
        return self.candidates.rowCount()

    def _select(self, person_id: PersonId | None = None) -> bool:
        """Select `person_id`'s row, or (None) the best fit's; False when it is not shown."""
        model = self.candidates
        for row in range(model.rowCount()):
            candidate = model.candidate(row)
            if candidate.fits and person_id in (None, candidate.person.id):
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(model.index(row, 0), flags)
                return True
        return False

    def _on_filter_text_changed(self, text: str) -> None:
        chosen = self.chosen()
        self.candidates.find(text)  # (a reset: the selection goes)
        if chosen is None or not self._select(chosen):
            self._select()
        self._on_table_selection_changed()

    def _on_table_selection_changed(self) -> None:
        self.assign_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> PersonId | None:
        rows = self.table.selectionModel().selectedRows()
        return PersonId(rows[0].data(PersonRole)) if rows else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
