"""Who is on a turn or shift: a checklist of people with a filter, for the turn and shift
editors. A campaign lists 2,400 volunteers: the list is a model the view asks only for the
rows it shows (a QListWidget made 2,400 items, ~50 ms, each time a shift was opened), the
filter finds a name among them, and the line under the list names everyone chosen, since
most of them are scrolled out of sight."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from planner.domain.model import Person, PersonId
from planner.ui.find_field import FindField
from planner.ui.i18n import tr
from planner.ui.messages import plain_label

AnyIndex = QModelIndex | QPersistentModelIndex
CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
SHOWN_BY_NAME = 5  # the line under the list names this many, then says how many more


class ChecklistModel(QAbstractListModel):
    """People, each with a check box; the checked ones are the chosen."""

    def __init__(self, people: Sequence[Person], chosen: Sequence[PersonId], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._chosen = set(chosen)

    def chosen(self) -> tuple[PersonId, ...]:
        """The checked people's ids, in the list's order."""
        return tuple(p.id for p in self._people if p.id in self._chosen)

    def chosen_names(self) -> list[str]:
        return [p.name for p in self._people if p.id in self._chosen]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if person.id in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return CHECKABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() >= len(self._people):
            return False
        person_id = self._people[index.row()].id
        # The view passes the state as an int; a test or a caller may pass the enum.
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._chosen.add(person_id)
        else:
            self._chosen.discard(person_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class PeoplePicker(QWidget):
    """A filter line, the checklist, and who is chosen. `name` is the field's name
    ("Spokespeople"), the list's accessible name and part of the filter's."""

    def __init__(self, name: str, people: Sequence[Person], chosen: Sequence[PersonId], parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.checklist = ChecklistModel(people, chosen, self)
        self._by_name = QSortFilterProxyModel(self)
        self._by_name.setSourceModel(self.checklist)
        self._by_name.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.filter = FindField(tr("Find among %n name(s)", "", len(people)), tr("Find in {name}").format(name=name),
                                self.list, self._first_shown, self)  # fmt: skip
        self.filter.textChanged.connect(self._by_name.setFilterFixedString)
        self.filter.setVisible(len(people) > SHOWN_BY_NAME * 2)  # a short list needs no finding
        self.list.setModel(self._by_name)
        self.list.setUniformItemSizes(True)  # rows of one height: Qt need not measure 2,400 names
        self.list.setAccessibleName(name)
        self.list.setMaximumHeight(160)
        self.summary = plain_label("", self)  # names as typed: "<b>" in one is not markup
        self.summary.setWordWrap(True)
        self.checklist.dataChanged.connect(self._say_chosen)
        self._say_chosen()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.filter, self.list, self.summary):
            layout.addWidget(widget)
        self.setFocusProxy(self.filter if self.filter.isVisibleTo(self) else self.list)

    def model(self) -> QSortFilterProxyModel:
        """What the list shows: the checklist, filtered by the name typed."""
        return self._by_name

    def chosen(self) -> tuple[PersonId, ...]:
        return self.checklist.chosen()

    def set_chosen(self, person_id: PersonId, chosen: bool) -> None:
        for row in range(self.checklist.rowCount()):
            index = self.checklist.index(row)
            if index.data(Qt.ItemDataRole.UserRole) == person_id:
                state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
                self.checklist.setData(index, state, Qt.ItemDataRole.CheckStateRole)
                return
        raise KeyError(person_id)

    def _say_chosen(self) -> None:
        names = self.checklist.chosen_names()
        if not names:
            self.summary.setText(tr("Nobody chosen yet"))
            return
        shown = ", ".join(names[:SHOWN_BY_NAME])
        more = len(names) - SHOWN_BY_NAME
        self.summary.setText(tr("Chosen: {names}").format(names=shown) if more <= 0 else
                             tr("Chosen: {names} and %n other(s)", "", more).format(names=shown))  # fmt: skip

    def _first_shown(self) -> QModelIndex | None:
        return self._by_name.index(0, 0) if self._by_name.rowCount() else None
