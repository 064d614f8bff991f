"""A list cell of two lines — a name, and under it in small grey type what else matters — so
a side panel shows what people need without scrolling sideways at 1280 px."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """The cell's own text on the first line, `detail(index)` on the second, each elided."""

    def __init__(self, detail: Callable[[AnyIndex], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail = detail

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        rect: QRect = opt.rect.adjusted(6, 2, -4, -2)
        font: QFont = opt.font
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.88)
        first, second = QFontMetrics(font), QFontMetrics(small)
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.setFont(font)
        top = QRect(rect.left(), rect.top(), rect.width(), first.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         first.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))  # fmt: skip
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(small)
        bottom = QRect(rect.left(), top.bottom() + 1, rect.width(), second.height())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         second.elidedText(self._detail(index), Qt.TextElideMode.ElideRight, rect.width()))  # fmt: skip
        painter.restore()

    def tooltip(self, index: AnyIndex) -> str:
        """Both lines in full: what the cell elides at the dock's width."""
        return f"{index.data()}\n{self._detail(index)}"

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: AnyIndex) -> bool:  # fmt: skip
        if event.type() is not QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), self.tooltip(index), view)
        return True

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), row_height(option.font))


def row_height(font: QFont) -> int:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return QFontMetrics(font).height() + QFontMetrics(small).height() + 6


def show_two_lines(table: QTableView, detail: Callable[[AnyIndex], str], columns: tuple[int, ...]) -> None:
    """Show only `columns` of the table, the first in two lines with `detail` under it."""
    table.setItemDelegateForColumn(columns[0], TwoLineDelegate(detail, table))
    model = table.model()
    for column in range(model.columnCount()):
        table.setColumnHidden(column, column not in columns)
    table.verticalHeader().setSectionResizeMode(table.verticalHeader().ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(row_height(table.font()))
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long text is elided instead
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(columns[0], header.ResizeMode.Stretch)
    for column in columns[1:]:
        header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
