"""What a spreadsheet import would change, row by row, before anything is added."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.merging import Merge
from planner.storage.csv_table import EVERY_SHEET, Imported, SheetChoice
from planner.ui.i18n import say, tr
from planner.words import shortened

R = TypeVar("R")


def read_chosen_sheet(parent: QWidget | None, title: str,
                      read: Callable[[SheetChoice], Imported[R]]) -> Imported[R] | None:  # fmt: skip
    """What `read(sheet)` reads of a file (None: the sheet csv_table picks); of a workbook
    with several sheets that name columns (one per site, say), the one the organizer picks,
    the one picked for them offered first, or all of them as one list (the last choice).
    None if they cancel."""
    imported = read(None)
    if len(imported.sheets) < 2:
        return imported
    current = imported.sheets.index(imported.sheet) if imported.sheet in imported.sheets else 0
    question = tr("This workbook has %n sheet(s) with columns to read. Read which one?", "", len(imported.sheets))
    every = tr("All %n sheets, as one list", "", len(imported.sheets))
    choices = [*imported.sheets, every]
    chosen, ok = QInputDialog.getItem(parent, title, question, choices, current, False)
    if not ok:
        return None
    if choices.index(chosen) == len(imported.sheets):  # (by place: a sheet may be named as that choice is)
        return read(EVERY_SHEET)
    return imported if chosen == imported.sheet else read(chosen)


class ImportPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, result: Merge[Any], imported: Imported[Any] | None = None,
                 ) -> None:  # fmt: skip
        """`imported`: what was read: a spreadsheet's columns read as what, and those not read
        (csv_table), and, of every sheet of a workbook read as one list, where each row is."""
        super().__init__(parent)
        imported = imported if imported is not None else Imported([])  # (rows of no file: lines)
        columns, every = imported.columns, imported.every
        self.setWindowTitle(title)
        self.result_merge = result
        table = QTableWidget(0, 3, self)
        table.setObjectName("importPreview")
        table.setAccessibleName(tr("Rows of the file and what each would do"))
        table.setHorizontalHeaderLabels([tr("Sheet, line") if every else tr("Line"), tr("Name"), tr("Result")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # What needs a look first (a sheet of 2,400 volunteers is mostly rows already listed):
        # the rows not added, those added beside a namesake, then what the import adds and
        # changes, then the rest; each in the file's line order.
        lines = [(n, tr("not added: {why}").format(why=say(why))) for n, why in sorted(result.problems)]
        lines += [(n, tr("added; {namesake}").format(namesake=say(result.namesakes[n])))
                  for n in sorted(result.added) if n in result.namesakes]  # fmt: skip
        lines += [(n, tr("added")) for n in sorted(result.added) if n not in result.namesakes]
        where = imported.where
        lines += [(n, tr("the same person as {where}: this row's values are taken").format(where=say(where(earlier))))
                  for n, earlier in sorted(result.repeats.items())]  # fmt: skip
        lines += [(n, tr("updates the person already listed")) for n in sorted(result.updated)]
        lines += [(n, tr("unchanged: listed already as the row has them")) for n in sorted(result.unchanged)]
        table.verticalHeader().hide()  # (the file's line numbers are the first column)
        for line, text in lines:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(_place(imported, line)))
            table.setItem(row, 1, QTableWidgetItem(result.names.get(line, "")))  # the file's text: shown as text
            table.setItem(row, 2, QTableWidgetItem(text))
        self.table = table
        counts = [tr("%n row(s) to add", "", len(result.added)), tr("%n row(s) to update", "", len(result.updated))]
        if result.unchanged:  # (a sheet exported and imported back: said, or it would read as nothing)
            counts.append(tr("%n row(s) unchanged", "", len(result.unchanged)))
        if result.repeats:  # (a form sent twice)
            counts.append(tr("%n row(s) repeating an earlier one", "", len(result.repeats)))
        counts.append(tr("%n row(s) with problems", "", len(result.problems)))
        summary = QLabel(", ".join(counts) + ".")
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)  # (all five counts, in Spanish, are wider than the dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Import"))
        ok.setEnabled(bool(result.added or result.updated))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if columns is not None:  # (a sign-up form's questions read as columns, or left: said before importing)
            self.columns = QLabel(say(columns))
            self.columns.setObjectName("importColumns")
            self.columns.setTextFormat(Qt.TextFormat.PlainText)  # (the file's headers: never markup)
            self.columns.setWordWrap(True)
            layout.addWidget(self.columns)
        layout.addWidget(table)
        layout.addWidget(buttons)
        # Wide enough for a namesake's whole line (in Spanish, too) and, of every sheet read, a
        # site's name beside the line; within a 1280 x 800 laptop's screen.
        self.resize(780, 440)


def _place(imported: Imported[Any], line: int) -> str:
    """A row's line, and its sheet if every sheet was read, short, for the preview's first
    column: "12", "Sunset, 12"."""
    sheet, row = imported.sheet_and_line(line)
    return str(row) if sheet is None else f"{shortened(sheet, 30)}, {row}"
