"""What a spreadsheet import would change, row by row, before anything is added."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.merging import Merge


class ImportPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, result: Merge[Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_merge = result
        table = QTableWidget(0, 2, self)
        table.setObjectName("importPreview")
        table.setAccessibleName("Rows of the file and what each would do")
        table.setHorizontalHeaderLabels(["Line", "Result"])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lines = [(n, "added") for n in result.added] + [(n, "updates the person already listed")
                                                        for n in result.updated]  # fmt: skip
        lines += [(n, f"not added: {why}") for n, why in result.problems]
        for line, text in sorted(lines):
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(str(line)))
            table.setItem(row, 1, QTableWidgetItem(text))
        self.table = table
        summary = QLabel(
            f"{len(result.added)} to add, {len(result.updated)} to update, {len(result.problems)} rows with problems."
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Import")
        ok.setEnabled(bool(result.added or result.updated))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 400)
