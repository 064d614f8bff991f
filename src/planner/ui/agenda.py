"""The agenda: the week shown, as a list by day — each media window with who is on each turn,
and each shift with its volunteers — to read or print (the run sheet's words, domain/runsheet.py)."""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner.domain.model import Plan
from planner.domain.runsheet import SheetLine, run_sheet
from planner.printing.runsheet import long_date, say
from planner.ui.i18n import local_date, tr


def agenda_html(plan: Plan, first: date, last: date) -> str:
    """The days from `first` to `last` as HTML; every text from the plan escaped."""
    days = run_sheet(plan, first, last).days
    parts = [f"<h2>{html.escape(plan.title)}</h2>"]
    nothing, shifts = (
        tr("Nothing is planned these days."),
        tr("Volunteer shifts"),
    )  # (lupdate cannot see into f-strings)
    if not days:
        parts.append(f"<p><i>{html.escape(nothing)}</i></p>")
    for day in days:
        parts.append(f"<h3>{html.escape(long_date(day.date))}</h3>")
        if day.note:
            parts.append(f"<p><b>{html.escape(day.note)}</b></p>")
        for heading, lines in day.windows:
            parts.append(f"<p><b>{html.escape(say(heading))}</b></p>{_table(lines)}")
        if day.shifts:
            parts.append(f"<p><b>{html.escape(shifts)}</b></p>{_table(day.shifts)}")
    return "".join(parts)


def _table(lines: list[SheetLine]) -> str:
    rows = []
    for line in lines:
        rest = " — ".join(say(x) for x in (line.who, line.note) if x)
        rows.append(f"<tr><td>{html.escape(line.when)}</td><td><b>{html.escape(say(line.what))}</b></td>"
                    f"<td>{html.escape(rest)}</td></tr>")  # fmt: skip
    return f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


class AgendaDialog(QDialog):
    """The week shown, by day; Print sends it to a printer (or a PDF)."""

    def __init__(self, parent: QWidget | None, plan: Plan, monday: date) -> None:
        super().__init__(parent)
        sunday = monday + timedelta(days=6)
        self.setWindowTitle(tr("Agenda: {first} – {last}").format(first=local_date(monday, "d MMM"),
                                                                   last=local_date(sunday, "d MMM yyyy")))  # fmt: skip
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(tr("Agenda"))
        self.text.setOpenLinks(False)
        self.text.setHtml(agenda_html(plan, monday, sunday))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = buttons.addButton(tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_agenda)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def print_agenda(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing, not at start

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.text.document().print_(printer)
