"""Side panels: where the action is, and who is in it (what the grid's colours mean: legend.py)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.languages import other_names
from planner.domain.model import Person, PersonKind, Plan
from planner.domain.places import map_url
from planner.ui.calendar_view import PERSON_MIME
from planner.ui.document import PlanDocument
from planner.ui.find_field import FindField
from planner.ui.i18n import speaker_role_name, tr
from planner.ui.record_model import AnyIndex, RecordRole, RecordTableModel
from planner.ui.two_line import show_two_lines
from planner.words import QT_TRANSLATE_NOOP

PersonRole = RecordRole


class LocationPanel(QWidget):
    """Each location's name, street address, a map link and on-site notes."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationPanel")
        self._document = document
        self.label = QLabel(self)
        self.label.setObjectName("locationText")
        self.label.setAccessibleName(tr("Locations"))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)  # the map opens in the system browser
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A campaign has ten sites and more: the text scrolls, rather than making the window
        # taller than a laptop's screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.label)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._shown: object = None  # the locations and the one shown alone the text was made from
        self._only: str | None = None  # the location the grid is filtered to (show_only)
        document.plan_loaded.connect(self.refresh)
        document.plan_changed.connect(self.refresh)
        self.refresh()

    def show_only(self, location_id: str | None) -> None:
        """The location the grid shows alone, or all of them again (None): a site lead who
        filters a ten-site campaign to theirs reads their site's address and notes first."""
        self._only = location_id
        self.refresh()

    def refresh(self) -> None:
        plan = self._document.plan
        if (plan.locations, self._only) == self._shown:
            return  # an edit of something else: the same text
        self._shown = (plan.locations, self._only)
        if not plan.locations:
            self.label.setText(tr("<i>No location yet.</i>"))
            return
        parts = []
        open_map = html.escape(tr("Open in map"))  # not inside the f-string: lupdate would not see it
        only = [loc for loc in plan.locations if loc.id == self._only]
        for loc in only or plan.locations:
            # Names and addresses are user text: escape them, and quote the URL for HTML.
            block = f"<p><b>{html.escape(loc.name)}</b>"
            if loc.address:
                block += f"<br>{html.escape(loc.address)}"
            block += f'<br><a href="{html.escape(map_url(loc), quote=True)}">{open_map}</a></p>'
            if loc.notes:
                block += f"<p>{html.escape(loc.notes)}</p>"
            parts.append(block)
        self.label.setText("".join(parts))


class PeopleModel(RecordTableModel[Person]):
    """The plan's people, spokespeople first; a row drags onto a turn or shift to assign."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("", "Name"),
        QT_TRANSLATE_NOOP("", "Kind"),
        QT_TRANSLATE_NOOP("", "Title / affiliation"),
        QT_TRANSLATE_NOOP("", "Languages"),
        QT_TRANSLATE_NOOP("", "E-mail"),
        QT_TRANSLATE_NOOP("", "Phone"),
    )

    def records(self, plan: Plan) -> list[Person]:
        return sorted(plan.people, key=_person_order)

    def source(self, plan: Plan) -> object:
        return plan.people

    def cell(self, person: Person, column: int) -> str:
        return _person_cell(person, column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = {i.row() for i in indexes if i.isValid()}
        if rows:
            person: Person = self.data(self.index(min(rows), 0), RecordRole)
            data.setData(PERSON_MIME, QByteArray(person.id.encode("utf-8")))
            data.setText(person.name)
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def _person_order(person: Person) -> tuple[int, list[str | int]]:
    """Spokespeople first, then by name, numbers in names counted ("Site lead 2" before "Site
    lead 10")."""
    parts = re.split(r"(\d+)", person.name.casefold())  # text, number, text…: like with like
    return (0 if person.kind is PersonKind.SPOKESPERSON else 1, [int(p) if p.isdigit() else p for p in parts])


def person_detail(person: Person | None) -> str:
    """What the People panel says under a name: kind, speaker role (a volunteer's title: what
    they do), languages."""
    if person is None:
        return ""
    if person.kind is PersonKind.SPOKESPERSON:
        parts = [tr("Spokesperson"), speaker_role_name(person.speaker_role)]
    else:
        parts = [tr("Volunteer"), *([person.title] if person.title.strip() else [])]
    return " · ".join([*parts, ", ".join(person.languages)] if person.languages else parts)


def _person_cell(person: Person, column: int) -> str:
    kind = tr("Spokesperson") if person.kind is PersonKind.SPOKESPERSON else tr("Volunteer")
    cells = (person.name, kind, person.title, ", ".join(person.languages), person.email, person.phone)
    return cells[column] if 0 <= column < len(cells) else ""


class PeopleList(QWidget):
    """The people panel under a line to find someone in it: a campaign lists 2,400 people.
    Rows that do not match are hidden, not filtered out by a proxy: the panel's rows stay
    the model's (drag, edit and the grid's focus on a person go by them)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleList")
        self.table = PeoplePanel(document, self)
        placeholder = tr("Find by name, role, language or phone")
        self.find_line = FindField(placeholder, tr("Find people"), self.table, self._first_shown, self)
        self.find_line.setObjectName("findPeople")
        self.find_line.textChanged.connect(self._show_matches)
        self._found_by: dict[int, tuple[Person, str]] = {}  # by id: each person's text, made once
        self.table.model().modelReset.connect(self._show_matches)  # (another plan, or people edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.find_line)
        layout.addWidget(self.table)
        self.setFocusProxy(self.find_line)

    def _show_matches(self) -> None:
        words = self.find_line.text().casefold().split()
        table, model = self.table, self.table.model()
        assert isinstance(model, PeopleModel)
        people = model.rows()
        if len(self._found_by) > 2 * len(people):  # (people edited many times: the gone let go)
            self._found_by = {id(p): made for p in people if (made := self._found_by.get(id(p))) and made[0] is p}
        for row, person in enumerate(people):
            hidden = bool(words) and not all(word in self._text_of(person) for word in words)
            if table.isRowHidden(row) != hidden:
                table.setRowHidden(row, hidden)

    def _text_of(self, person: Person) -> str:
        """What a person is found by: name, kind, role, languages (English and Spanish by their
        names in either: "spanish" finds "Español"), phone and e-mail, any case."""
        made = self._found_by.get(id(person))
        if made is None or made[0] is not person:
            also = [name for language in person.languages for name in other_names(language)]
            text = " ".join((person.name, person_detail(person), person.phone, person.email, *also)).casefold()
            made = self._found_by[id(person)] = (person, text)
        return made[1]

    def _first_shown(self) -> QModelIndex | None:
        model = self.table.model()
        row = next((r for r in range(model.rowCount()) if not self.table.isRowHidden(r)), None)
        return None if row is None else model.index(row, 0)


class PeoplePanel(QTableView):
    """Everyone in the plan; drag a row onto the grid to assign; double-click to edit; Delete
    (or the context menu) to remove."""

    remove_requested = Signal(object)  # the Person
    link_requested = Signal(object)  # the Person whose subscription link to show
    person_chosen = Signal(object)  # the Person whose row is now current, or None

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePanel")
        self.setAccessibleName(tr("People"))
        self.setModel(PeopleModel(document))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setResizeContentsPrecision(200)  # sized from the first rows: fast with thousands
        # Name, and under it kind, speaker role and languages; then the phone. E-mail and
        # title are in the editor (double-click) and the spreadsheet export.
        show_two_lines(self, lambda index: person_detail(index.data(RecordRole)), (0, 5))
        link = QAction(tr("Subscription &Link…"), self)
        link.triggered.connect(self._link_current)
        self.addAction(link)
        remove = QAction(tr("&Remove Person"), self)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._remove_current)
        self.addAction(remove)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _on_selection_changed(self) -> None:
        rows = self.selectionModel().selectedRows()
        self.person_chosen.emit(rows[0].data(RecordRole) if len(rows) == 1 else None)

    def _link_current(self) -> None:
        person = self.currentIndex().data(RecordRole)
        if person is not None:
            self.link_requested.emit(person)

    def _remove_current(self) -> None:
        person = self.currentIndex().data(RecordRole)
        if person is not None:
            self.remove_requested.emit(person)
