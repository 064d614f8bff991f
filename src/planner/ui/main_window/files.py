"""File ▸ and what it opens, saves, imports and exports: the main window's file controller."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
)

from planner.domain.merging import Merge
from planner.domain.model import new_id
from planner.errors import PlannerError
from planner.fileio import file_name_from, refuse_writing_over, write_atomically
from planner.storage import ChangedOnDiskError, PlanLockedError
from planner.storage.document import SUFFIX
from planner.storage.recovery import Recovered, claim, left_behind
from planner.ui.document import system_zone_key
from planner.ui.i18n import file_kinds, local_date, say, say_error, tr, writing_language
from planner.ui.main_window.base import Base
from planner.ui.messages import tooltip

if TYPE_CHECKING:
    from planner.publish.feeds import Publication
    from planner.storage.csv_table import Imported
    from planner.ui.run_sheet_dialog import RunSheetScope


class FileActions(Base):
    """Each returns whether it went through; errors are shown, never raised."""

    def new_plan(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.new()
        return True

    def open_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open plan"), self._folder(), file_kinds("plans", "documents", "json")
        )
        return bool(name) and self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            try:
                # Its records (what left the machine: a published campaign's are 0.2 s of
                # reading) once the grid has painted the plan (window.py).
                self.document.open(path, defer_records=True)
            except PlanLockedError as locked:
                if not self._open_locked(path, locked):
                    return False
        except PlannerError as exc:
            if not path.exists():
                self.settings.remove_recent_file(path)
            if self.document.awaiting_plan:  # (the start: an empty plan in the computer's zone behind)
                self.document.new()
            self.show_error(tr("Could not open the plan"), say_error(exc))
            return False
        self.settings.add_recent_file(path)
        self._show_warning_count()
        self.read_records_once_painted()
        return True

    def _open_locked(self, path: Path, locked: PlanLockedError) -> bool:
        """Another writer has the plan: offer to look at it read-only (or, when the holder is
        on another machine and may be gone, to take it over)."""
        choices = [tr("Open Read-Only"), tr("Cancel")]
        if locked.elsewhere:
            choices.insert(1, tr("Take Over"))
        text = tr("{holder}.\n\nOpen it read-only? You can look and edit, and save your version under another name.")
        answer = self.ask(
            tr("The plan is open elsewhere"), text.format(holder=say_error(locked)), choices, len(choices) - 1
        )
        if answer == 0:
            self.document.open(path, read_only=True)
        elif answer == 1 and locked.elsewhere:
            self.document.open(path, take_over=True)
        else:
            return False
        return True

    def open_handed(self, path: str) -> bool:
        """A file given to the running app (a later launch, the desktop): brought forward, and
        the file opened — a calendar (.ics) is imported into the plan open."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if not path:
            return True
        if Path(path).suffix.lower() == ".ics":
            return self.import_calendar(Path(path))
        return self.open_path(Path(path))

    def start_with(self, path: Path | None, *, example: bool) -> bool:
        """What the window shows first (app.py's start, once any unsaved edits were offered
        back): the file given (a calendar: imported into a new plan); without one, the example,
        or on a first run the start screen. A file that cannot be opened is said, then the start
        screen offers the example, a template or another file; unattended (a screenshot run:
        no one answers) the start ends there instead: False."""
        if path is None:
            if self.unattended or example or not self.settings.first_run():
                self.open_example()
            else:
                self.start_screen()
        elif path.suffix.lower() == ".ics":
            self.new_plan()
            self.import_calendar(path)
        elif not self.open_path(path):
            if self.unattended:
                return False
            self.start_screen()
        return True

    def start_screen(self) -> bool:
        """The new organizer's first choices (StartScreen); closed without one: the example."""
        from planner.ui.start_screen import StartScreen

        if self.document.awaiting_plan:  # (the start: an empty plan in the computer's zone behind it)
            self.document.new()
        screen = StartScreen(self, self.settings)
        self.run_dialog(screen)
        if screen.choice == "open" and self.open_dialog():
            return True
        if screen.template is not None:
            zone = system_zone_key()
            today = datetime.now(ZoneInfo(zone)).date()
            plan = screen.template.build(today + timedelta(days=7), zone, say)  # from next week
            self.document.new(replace(plan, language=writing_language()))  # (its words are in it)
            return True
        self.open_example()
        return screen.choice == "example"

    def open_example(self) -> None:
        self.document.open_example()

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        stem = file_name_from(self.document.plan.title, tr("plan"))
        suggested = str(Path(self._folder()) / f"{stem}{SUFFIX}")
        name, kind = QFileDialog.getSaveFileName(self, tr("Save plan as"), suggested, file_kinds("documents", "json"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (SUFFIX, ".json"):  # (as the kind chosen: JSON, else a document)
            path = path.with_name(path.name + (".json" if kind == file_kinds("json") else SUFFIX))
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except ChangedOnDiskError as exc:
            return self._changed_on_disk(say_error(exc))
        except PlannerError as exc:
            self.show_error(
                tr("Could not save the plan"),
                say_error(exc) + "\n\n" + tr("Your changes are still open here; nothing was lost."),
            )
            return False
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def _changed_on_disk(self, message: str) -> bool:
        """Someone else wrote the file since we read it: never overwrite it."""
        text = message + "\n\n" + tr("Save your version as a copy, or reload the file and lose your unsaved changes?")
        choices = [tr("Save As Copy…"), tr("Reload"), tr("Cancel")]
        answer = self.ask(tr("The plan was changed elsewhere"), text, choices, 2)
        if answer == 0:
            return self.save_as()
        if answer == 1:
            try:
                self.document.reload()
            except PlannerError as exc:
                self.show_error(tr("Could not open the plan"), say_error(exc))
        return False

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

    def publish_dialog(self) -> None:
        from planner.ui.publish_dialog import PublishDialog  # the CalDAV client loads when asked

        # A shared plan: teammates' changes (and SEQUENCEs) first.
        self.with_team_latest(lambda: self.run_dialog(PublishDialog(self, self.document, self.settings, self)))

    def share_dialog(self) -> bool:
        """Put the open plan on a server for the team (it must be saved first)."""
        from planner.ui.team_dialogs import ShareDialog

        if self.document.path is None or self.document.read_only:
            self.show_error(tr("Could not share the plan"), tr("Save the plan first: the shared plan is linked to "
                                                               "its file."))  # fmt: skip
            return False
        from planner.sync.documents import check_shareable

        try:
            check_shareable(self.document.path)
        except PlannerError as exc:
            self.show_error(tr("Could not share the plan"), say_error(exc))
            return False
        if self.document.is_modified and not self.save():
            return False
        dialog = ShareDialog(self, self.settings, self.team, self.document.path)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.document.reload()  # the file is now linked: the plan as the server has it
        said = tr("Linked to {url}, where the shared plan already is: your changes and the team's are merged") \
            if dialog.joined else tr("Shared as {url}: teammates open it with File ▸ Open from Server")  # fmt: skip
        self.statusBar().showMessage(said.format(url=dialog.url), 30000)
        return True

    def clone_dialog(self) -> bool:
        """A teammate's shared plan, as a new local copy linked to it, opened."""
        from planner.ui.team_dialogs import CloneDialog

        if not self.maybe_save():
            return False
        dialog = CloneDialog(self, self.settings, self.team, self._folder())
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.path is None:
            return False
        return self.open_path(dialog.path)

    def conflicts_dialog(self) -> None:
        from planner.ui.team_dialogs import ConflictsDialog

        self.run_dialog(ConflictsDialog(self, self.team, self.document.plan))

    def export_to(self, folder: Path) -> bool:
        """Start writing the calendars into `folder`, in the background (a campaign's first
        export of a session takes seconds): the status bar says so, and says when they are
        written. False if it cannot start (said in a message box)."""
        self.document.finish_export()  # one at a time: the next reuses the last one's texts
        try:
            self.document.export_calendars(
                folder,
                self.last_export,
                lambda publication, edited: self._show_exported(folder, publication, edited),
                self._export_failed,
            )
        except PlannerError as exc:
            self._export_failed(exc)
            return False
        self.export_action.setEnabled(False)
        self.export_label.setVisible(True)
        return True

    def _show_exported(self, folder: Path, publication: Publication, edited: bool) -> None:
        self._export_ended()
        self.last_export = publication  # a re-export after a few edits serializes only those
        files, changed = len(publication.written), len(publication.changed)
        if edited:  # the organizer went on editing while the files were written
            message = tr("Calendars in {folder} written as the plan was at Export: {changed} of %n file(s)", "", files)
            message += " " + tr("(export again for the edits since)")
        else:
            message = tr("Calendars in {folder} are up to date: {changed} of %n file(s) written", "", files)
        self.statusBar().showMessage(message.format(changed=changed, folder=folder), 8000)
        self._close_if_asked()

    def _export_failed(self, exc: Exception) -> None:
        self._export_ended()
        try:
            if not isinstance(exc, PlannerError):
                raise exc  # a bug: reported as one, the window in use again
            self.show_error(tr("Could not export the calendars"), say_error(exc))
        finally:
            self._close_if_asked()

    def _export_ended(self) -> None:
        self.export_action.setEnabled(True)
        self.export_label.setVisible(False)
        if self.closing:  # in use again for the message saying how the export ended, if any
            self.setEnabled(True)

    def close_after_export(self) -> None:
        """Asked to close while calendars are being written: the export's record must reach
        the plan's file, and a campaign's first export takes seconds. Rather than a window that
        neither paints nor answers meanwhile, it says so, takes no more input and closes once
        the export is done (the unsaved-changes question already answered)."""
        self.closing = True
        self.export_label.setText(tr("Finishing the calendar export: Planner closes when it is done…"))
        self.setEnabled(False)

    def _close_if_asked(self) -> None:
        if self.closing:
            self.close()

    def import_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import calendar"), self._folder(), file_kinds("calendars"))
        return bool(name) and self.import_calendar(Path(name))

    def import_calendar(self, path: Path) -> bool:
        try:
            added, problems, notes = self.document.import_calendar(path)
        except PlannerError as exc:
            self.show_error(tr("Could not import the calendar"), say_error(exc))
            return False
        summary = tr("Added %n media window(s) from {file}.", "", added).format(file=path.name)
        report = [summary]
        if notes:  # taken, with a guess said
            report.append("\n".join(map(say, notes)))
        if problems:
            report.append(tr("Not taken:") + "\n" + "\n".join(map(say, problems)))
        if problems or notes:
            self.show_report(tr("Calendar imported in part") if problems else tr("Calendar imported"),
                             "\n\n".join(report))  # fmt: skip
        else:
            self.statusBar().showMessage(summary, 8000)
        return added > 0

    def import_people_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import people"), self._folder(), file_kinds("contacts"))
        return bool(name) and self.import_people(Path(name))

    def import_people(self, path: Path) -> bool:
        """Preview what the spreadsheet would add or update, then apply it as one step."""
        from planner.domain.people import merge_people_rows
        from planner.storage.contacts import read_people_list
        from planner.storage.csv_table import read_csv_file
        from planner.ui.import_preview import read_chosen_sheet

        title = tr("Import people — {file}").format(file=path.name)
        try:
            data = read_csv_file(path)
            imported = read_chosen_sheet(self, title, lambda sheet: read_people_list(data, path.name, sheet))
        except PlannerError as exc:
            self.show_error(tr("Could not read the people"), say_error(exc))
            return False
        if imported is None:
            return False
        result = merge_people_rows(self.document.plan.people, imported.rows, lambda: new_id("person"))
        if not self.confirm_import(result, title, imported):
            return False
        text = tr("Import people from {file}").format(file=path.name)
        return self.document.edit(text, lambda p: replace(p, people=result.records))

    def confirm_import(self, result: Merge[Any], title: str, imported: Imported[Any] | None = None) -> bool:
        from planner.ui.import_preview import ImportPreviewDialog

        return self.run_dialog(ImportPreviewDialog(self, title, result, imported)) == QDialog.DialogCode.Accepted

    def export_people_dialog(self) -> bool:
        suggested = str(Path(self._folder()) / (tr("people") + ".csv"))
        name, _ = QFileDialog.getSaveFileName(self, tr("Export people"), suggested, file_kinds("spreadsheets"))
        return bool(name) and self.export_people(Path(name))

    def export_people(self, path: Path) -> bool:
        from planner.storage.csv_table import write_people_csv

        try:
            refuse_writing_over(path, self.document.path)
            write_atomically(path, write_people_csv(self.document.plan.people))  # (as `planner export-people`)
        except PlannerError as exc:
            self.show_error(tr("Could not export the people"), say_error(exc))
            return False
        self.statusBar().showMessage(
            tr("Wrote %n person(s) to {path}", "", len(self.document.plan.people)).format(path=path), 8000
        )
        return True

    def runsheet_dialog(self) -> bool:
        if (scope := self._run_sheet_scope()) is None:
            return False
        sheet = tr("{title} run sheet").format(title=self.document.plan.title)
        suggested = str(Path(self._folder()) / (file_name_from(sheet, tr("run sheet")) + ".pdf"))
        name, _ = QFileDialog.getSaveFileName(self, tr("Export run sheet"), suggested, file_kinds("pdf"))
        return bool(name) and self.export_runsheet(Path(name), scope)

    def export_runsheet(self, path: Path, scope: RunSheetScope | None = None) -> bool:
        """The run sheet of `scope` (its days and place; the whole plan by default) as a PDF."""
        from planner.printing.runsheet import write_run_sheet_pdf  # loaded when printing, not at start
        from planner.ui.run_sheet_dialog import RunSheetScope

        scope = scope or RunSheetScope()
        try:
            refuse_writing_over(path, self.document.path)
            pages = write_run_sheet_pdf(self.document.plan, path, first=scope.first, last=scope.last, place=scope.place)
        except PlannerError as exc:
            self.show_error(tr("Could not write the run sheet"), say_error(exc))
            return False
        self.statusBar().showMessage(
            tr("Wrote the run sheet ({pages} pages) to {path}").format(pages=pages, path=path), 8000
        )
        return True

    def print_dialog(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing, not at start

        from planner.printing.runsheet import draw_run_sheet

        if (scope := self._run_sheet_scope()) is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        draw_run_sheet(self.document.plan, printer, first=scope.first, last=scope.last, place=scope.place)
        return True

    def _run_sheet_scope(self) -> RunSheetScope | None:
        """The days and place the organizer wants on the run sheet, asked (what the grid
        shows, by default); None if they cancelled. A plan with no days: all of it (a page
        that says so)."""
        from planner.ui.run_sheet_dialog import RunSheetDialog, RunSheetScope

        if (span := self.grid.plan_days_span()) is None:
            return RunSheetScope()
        plan = self.document.plan
        dialog = RunSheetDialog(self, span, self.grid.days_shown() or span, plan.locations, self.grid.location_filter)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.scope()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path.name.replace("&", "&&"))  # no mnemonic
            action.setToolTip(tooltip(str(path)))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(tr("No recent plans")).setEnabled(False)

    def _show_warning_count(self) -> None:
        warnings = self.document.known_warnings()
        count = len(warnings) if warnings is not None else 0  # a big plan's show in the panel when ready
        if count:
            self.statusBar().showMessage(tr("This plan has %n warning(s)", "", count), 8000)

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        recent = self.settings.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    # -- recovery after a crash

    def offer_recovery(self) -> bool:
        """At start: offer back the unsaved edits an app that crashed kept aside; True if some
        were restored (then nothing else needs opening)."""
        if self.recovery_folder is None:
            return False
        for recovered in left_behind(self.recovery_folder):
            held = claim(recovered)  # a second app starting at once does not offer it too
            if held is None:
                continue
            name = recovered.source.name if recovered.source else recovered.title
            when = local_date(recovered.saved_at.astimezone(), "ddd d MMM HH:mm")
            text = tr("Planner did not close properly. %n unsaved change(s) to {name} from {time} can be restored.",
                      "", recovered.edits).format(name=name, time=when)  # fmt: skip
            answer = self.ask(tr("Restore unsaved changes?"), text, [tr("Restore"), tr("Discard"), tr("Not Now")], 2)
            held.release()
            if answer == 0:
                return self.restore(recovered)
            if answer == 1:
                recovered.discard()
        return False

    def restore(self, recovered: Recovered) -> bool:
        """Open the file the edits belong to (or a new plan), then put the edits on top as one
        undoable step, so undo shows the saved version. The old copy goes once this app's own
        copy holds the edits."""
        try:
            plan, records = recovered.load()
        except PlannerError as exc:
            self.show_error(tr("Could not restore the changes"), say_error(exc))
            return False
        source = recovered.source
        if source is None or not source.exists() or not self.open_path(source):
            self.document.new()
        self.document.keep_restored_records(records)
        self.document.replace_plan(plan, tr("Restore unsaved changes"))
        if self.autosave is not None:
            self.autosave.supersede(recovered.discard)
        else:
            recovered.discard()
        return True
