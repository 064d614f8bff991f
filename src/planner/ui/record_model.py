"""A read-only Qt table over immutable domain records of the open plan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from planner.domain.model import Plan
from planner.ui.document import PlanDocument
from planner.ui.i18n import tr

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1  # the domain record behind a row


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses name the columns, pick the records from the plan and say what each cell shows;
    the model resets when the document loads or changes a plan."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self._document = document
        self._rows: Sequence[T] = ()
        self._source: object = None
        document.plan_loaded.connect(self._reload)
        document.plan_changed.connect(self._reload)
        self._reload()

    def records(self, plan: Plan) -> Sequence[T]:
        raise NotImplementedError

    def source(self, plan: Plan) -> object:
        """What the rows are made from; while it is the same object, so are the rows."""
        return plan

    def cell(self, record: T, column: int) -> str:
        raise NotImplementedError

    def _reload(self) -> None:
        source = self.source(self._document.plan)
        if source is self._source:
            return  # an edit elsewhere in the plan: the same rows, nothing to redraw (thousands at scale)
        self._source = source
        self.beginResetModel()
        self._rows = self.records(self._document.plan)
        self.endResetModel()

    def rows(self) -> Sequence[T]:
        """The records shown, one a row, in order."""
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == RecordRole:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(record, index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return None
