"""A find-as-you-type line over a list of people: a campaign lists 2,400 of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

TO_THE_LIST = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)  # keys that leave the line for the list


class FindField(QLineEdit):
    """Enter or Down goes to the list, on its first row shown (rather than Enter pressing a
    dialog's OK with the search half typed); Escape empties a line with text in it."""

    def __init__(
        self,
        placeholder: str,
        name: str,
        view: QAbstractItemView,
        first_shown: Callable[[], QModelIndex | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(name)
        self.setClearButtonEnabled(True)
        self._view = view
        self._first_shown = first_shown

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in TO_THE_LIST:
            self._view.setFocus()
            if not self._view.currentIndex().isValid() or self._view.isIndexHidden(self._view.currentIndex()):
                first = self._first_shown()
                if first is not None:
                    self._view.setCurrentIndex(first)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
