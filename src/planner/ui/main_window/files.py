"""File ▸ and what it opens, saves, imports and exports: the main window's file controller."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
)

from planner.domain.merging import Merge
from planner.domain.model import new_id
from planner.domain.people import merge_people_rows
from planner.errors import PlannerError
from planner.printing.runsheet import draw_run_sheet, write_run_sheet_pdf
from planner.publish.feeds import export_feeds
from planner.storage.csv_table import read_people_rows, write_people_csv
from planner.storage.document import SUFFIX
from planner.ui.i18n import say, tr
from planner.ui.import_preview import ImportPreviewDialog
from planner.ui.main_window.base import Base

OPEN_FILTER = "Plans (*.planner *.json);;Planner documents (*.planner);;JSON plans (*.json)"
SAVE_FILTER = "Planner documents (*.planner)"


class FileActions(Base):
    """Each returns whether it went through; errors are shown, never raised."""

    def new_plan(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.new()
        return True

    def open_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Open plan"), self._folder(), OPEN_FILTER)
        return bool(name) and self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except PlannerError as exc:
            if not path.exists():
                self.settings.remove_recent_file(path)
            self.show_error(tr("Could not open the plan"), str(exc))
            return False
        self.settings.add_recent_file(path)
        self._show_warning_count()
        return True

    def open_example(self) -> None:
        self.document.open_example()

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = str(Path(self._folder()) / f"{self.document.plan.title}{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, tr("Save plan as"), suggested, SAVE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (SUFFIX, ".json"):
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except PlannerError as exc:
            self.show_error(
                tr("Could not save the plan"), f"{exc}\n\n" + tr("Your changes are still open here; nothing was lost.")
            )
            return False
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.document.is_modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to {name}?").format(name=self.document.display_name),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def export_dialog(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self, tr("Export calendars to folder"), self._folder())
        return bool(folder) and self.export_to(Path(folder))

    def export_to(self, folder: Path) -> bool:
        try:
            records = self.document.records
            publication = export_feeds(self.document.plan, folder, now=datetime.now(UTC), previous=records.revisions)
            self.document.keep_records(records.with_revisions(publication.revisions))
        except PlannerError as exc:
            self.show_error(tr("Could not export the calendars"), str(exc))
            return False
        self.statusBar().showMessage(
            tr("Wrote {count} calendar files to {folder}").format(count=len(publication.written), folder=folder), 8000
        )
        return True

    def import_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import calendar"), self._folder(), "Calendars (*.ics)")
        return bool(name) and self.import_calendar(Path(name))

    def import_calendar(self, path: Path) -> bool:
        try:
            added, problems = self.document.import_calendar(path)
        except PlannerError as exc:
            self.show_error(tr("Could not import the calendar"), str(exc))
            return False
        summary = tr("Added {count} media windows from {file}.").format(count=added, file=path.name)
        if problems:
            self.show_report(
                tr("Calendar imported in part"),
                summary + "\n\n" + tr("Not taken:") + "\n" + "\n".join(map(say, problems)),
            )
        else:
            self.statusBar().showMessage(summary, 8000)
        return added > 0

    def import_people_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import people"), self._folder(), "Spreadsheets (*.csv)")
        return bool(name) and self.import_people(Path(name))

    def import_people(self, path: Path) -> bool:
        """Preview what the spreadsheet would add or update, then apply it as one step."""
        try:
            rows = read_people_rows(path.read_bytes(), path.name)
        except OSError as exc:
            self.show_error(tr("Could not read the people"), f"{path}: {exc.strerror}")
            return False
        except PlannerError as exc:
            self.show_error(tr("Could not read the people"), str(exc))
            return False
        result = merge_people_rows(self.document.plan.people, rows, lambda: new_id("person"))
        if not self.confirm_import(result, tr("Import people — {file}").format(file=path.name)):
            return False
        text = tr("Import people from {file}").format(file=path.name)
        return self.document.edit(text, lambda p: replace(p, people=result.records))

    def confirm_import(self, result: Merge[Any], title: str) -> bool:
        return self.run_dialog(ImportPreviewDialog(self, title, result)) == QDialog.DialogCode.Accepted

    def export_people_dialog(self) -> bool:
        suggested = str(Path(self._folder()) / "people.csv")
        name, _ = QFileDialog.getSaveFileName(self, tr("Export people"), suggested, "Spreadsheets (*.csv)")
        return bool(name) and self.export_people(Path(name))

    def export_people(self, path: Path) -> bool:
        try:
            path.write_bytes(write_people_csv(self.document.plan.people))
        except OSError as exc:
            self.show_error(tr("Could not export the people"), f"{path}: {exc.strerror}")
            return False
        self.statusBar().showMessage(
            tr("Wrote {count} people to {path}").format(count=len(self.document.plan.people), path=path), 8000
        )
        return True

    def runsheet_dialog(self) -> bool:
        suggested = str(Path(self._folder()) / f"{self.document.plan.title} run sheet.pdf")
        name, _ = QFileDialog.getSaveFileName(self, tr("Export run sheet"), suggested, "PDF (*.pdf)")
        return bool(name) and self.export_runsheet(Path(name))

    def export_runsheet(self, path: Path) -> bool:
        try:
            pages = write_run_sheet_pdf(self.document.plan, path)
        except PlannerError as exc:
            self.show_error(tr("Could not write the run sheet"), str(exc))
            return False
        self.statusBar().showMessage(
            tr("Wrote the run sheet ({pages} pages) to {path}").format(pages=pages, path=path), 8000
        )
        return True

    def print_dialog(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing, not at start

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        draw_run_sheet(self.document.plan, printer)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(tr("No recent plans")).setEnabled(False)

    def _show_warning_count(self) -> None:
        warnings = self.document.known_warnings()
        count = len(warnings) if warnings is not None else 0  # a big plan's show in the panel when ready
        if count:
            self.statusBar().showMessage(tr("This plan has {count} warnings").format(count=count), 8000)

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        recent = self.settings.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())
