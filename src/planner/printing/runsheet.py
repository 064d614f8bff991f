"""The run sheet on paper or in a PDF: one page per day (more if a day runs long), vector
text, drawn with QPainter on any paged device: QPdfWriter for a file, QPrinter to print."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from planner.domain.model import Plan
from planner.domain.runsheet import RunSheet, SheetLine, Words, run_sheet
from planner.errors import FileAccessError
from planner.fileio import write_atomically
from planner.words import QT_TRANSLATE_NOOP, tr


class _Pen:
    """Writes lines of text down a page, starting a new page when one is full. Positions are
    in points (1/72 inch); fonts are in points too, which the device turns into its pixels."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter, sheet: RunSheet, pages: int = 0) -> None:
        self.device, self.painter, self.sheet = device, painter, sheet
        self.pages = pages  # how many there will be, for "Page 2 of 5" (0: not known yet)
        self.k = device.logicalDpiY() / 72  # device pixels per point
        page = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        self.width, self.bottom = page.width(), page.height() - 28
        self.y = 0.0
        self.page_number = 0

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text(self, x: float, text: str, size: float = 10, bold: bool = False, width: float | None = None,
             anywhere: bool = False, draw: bool = True) -> float:  # fmt: skip
        """Draw wrapped text at the current line (`anywhere`: broken between any two characters,
        for an address with no spaces); returns its height in points (`draw=False`: only that)."""
        font = self.font(size, bold)
        k = self.k
        box = QRectF(x * k, self.y * k, (width or self.width - x) * k, 1000 * k)
        wrap = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | wrap)
        bounds = QFontMetricsF(font, self.device).boundingRect(box, flags, text)
        if draw:
            self.painter.setFont(font)
            self.painter.drawText(box, flags, text)
        return bounds.height() / k

    def rule(self) -> None:
        k = self.k
        self.painter.drawLine(QPointF(0, self.y * k), QPointF(self.width * k, self.y * k))

    def need(self, height: float, day_heading: str) -> None:
        if self.y + height > self.bottom:
            self.device.newPage()
            self.start_page(say(tr("{day} (continued)", day=day_heading)))

    def start_page(self, heading: str) -> None:
        self.page_number += 1
        self.y = 0
        self.painter.setPen(Qt.GlobalColor.black)
        self.y += self.text(0, say(tr("{title} — run sheet", title=self.sheet.title)), 9) + 2
        self.y += self.text(0, heading, 16, bold=True) + 4
        footer = tr("Times in {zone}.   Press contact: {contact}.   Page {page} of {pages}", zone=self.sheet.timezone,
                    contact=self.sheet.press_contact or "—", page=self.page_number,
                    pages=self.pages or "?")  # fmt: skip
        saved = self.y
        self.y = self.bottom + 8
        self.text(0, say(footer), 8)
        self.y = saved
        self.rule()
        self.y += 8


# A day written in full, as each language writes it: a Qt date pattern, translated (its words in
# quotes: "dddd, d 'de' MMMM 'de' yyyy" is "lunes, 7 de abril de 2025").
LONG_DATE = QT_TRANSLATE_NOOP("", "dddd d MMMM yyyy")


def long_date(day: date) -> str:
    """'Monday 7 April 2025' in the application's language: a day's heading."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QCoreApplication.translate("", LONG_DATE))


def say(words: Words) -> str:
    """The sheet's own words in the application's language (Qt's translations, the UI's too)."""
    if isinstance(words, str):
        return words
    return words.render(lambda template: QCoreApplication.translate("", template),
                        lambda day: QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM"))  # fmt: skip


@dataclass(frozen=True)
class LinkCard:
    """A person's subscription link to hand out on paper: cut out, scanned with a phone."""

    name: str
    url: str  # shown in print, for typing in
    qr_png: bytes  # the QR code of the link (made by publish/links.py)


def draw_run_sheet(
    plan: Plan, device: QPagedPaintDevice, cards: Sequence[LinkCard] = (), *, first: date | None = None,
    last: date | None = None, place: str | None = None,
) -> int:  # fmt: skip
    """Draw the plan's run sheet on `device` (of the days from `first` to `last`, at the
    location `place`, if given: domain/runsheet.py), then the link cards if any; returns the
    number of pages. Laid out once on a scratch PDF of the same page to count the pages
    ("Page 2 of 5"), then drawn."""
    sheet = run_sheet(plan, first, last, place)
    buffer = QBuffer()  # kept while the scratch writer lives: it writes into it
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scratch = QPdfWriter(buffer)
    scratch.setResolution(device.logicalDpiY())
    scratch.setPageLayout(device.pageLayout())
    pages = _draw(sheet, scratch, 0, cards)
    del scratch
    buffer.close()
    return _draw(sheet, device, pages, cards)


def _draw(sheet: RunSheet, device: QPagedPaintDevice, pages: int, cards: Sequence[LinkCard] = ()) -> int:
    painter = QPainter(device)
    try:
        pen = _Pen(device, painter, sheet, pages)
        if not sheet.days:
            pen.start_page(say(tr("No days planned yet")))
        for n, day in enumerate(sheet.days):
            if n:
                device.newPage()
            heading = long_date(day.date)
            pen.start_page(heading)
            for place in day.places:
                pen.y += pen.text(0, place, 10) + 2
            if day.note:
                pen.y += pen.text(0, day.note, 10, bold=True) + 2
            pen.y += 6
            for window_heading, lines in day.windows:
                _heading(pen, say(window_heading), lines[0] if lines else None, heading)
                for line in lines:
                    _row(pen, line, heading)
                pen.y += 8
            if day.shifts:
                _heading(pen, say(tr("Volunteer shifts")), day.shifts[0], heading)
                for line in day.shifts:
                    _row(pen, line, heading)
        _cards(pen, cards, bool(sheet.days))
        return pen.page_number
    finally:
        painter.end()


CARD_HEIGHT = 150.0  # points: four rows of two cards on a Letter or A4 page


def _cards(pen: _Pen, cards: Sequence[LinkCard], after_days: bool) -> None:
    """Two cards a row, each a QR code beside the name, how to use it and the address."""
    heading = say(tr("Subscribe to your schedule"))
    k, column = pen.k, pen.width / 2
    for n, card in enumerate(cards):
        if n == 0 or (n % 2 == 0 and pen.y + CARD_HEIGHT > pen.bottom):
            if n or after_days:
                pen.device.newPage()
            pen.start_page(heading)
        x = column * (n % 2)
        top = pen.y
        pen.painter.setPen(Qt.PenStyle.DashLine)  # where to cut
        pen.painter.drawRect(QRectF(x * k, top * k, (column - 6) * k, (CARD_HEIGHT - 8) * k))
        pen.painter.setPen(Qt.GlobalColor.black)
        image = QImage.fromData(card.qr_png)  # PNG, told by its signature
        side = CARD_HEIGHT - 24
        pen.painter.drawImage(QRectF((x + 6) * k, (top + 6) * k, side * k, side * k), image)
        text_x, text_width = x + side + 14, column - side - 26
        pen.y = top + 8
        pen.y += pen.text(text_x, card.name, 11, bold=True, width=text_width) + 4
        pen.y += pen.text(text_x, say(tr("Scan with your phone's camera to see your shifts in your calendar, "
                                        "kept up to date.")), 8, width=text_width) + 4  # fmt: skip
        pen.text(text_x, card.url, 6, width=text_width, anywhere=True)
        pen.y = top if n % 2 == 0 else top + CARD_HEIGHT


TICK_BOX, WHAT_X = 8.0, 88.0  # points: a row's box to tick, and where its second column starts


def _row(pen: _Pen, line: SheetLine, day_heading: str) -> None:
    """A box to tick on the day, the hours, who (with phones) or the role, then the rest: on
    the next page if it does not fit on this one (a shift of a dozen volunteers with their
    phones is many lines)."""
    height = _cells(pen, line, draw=False)
    pen.need(height, day_heading)
    k = pen.k
    pen.painter.drawRect(QRectF(0, (pen.y + 2) * k, TICK_BOX * k, TICK_BOX * k))
    _cells(pen, line, draw=True)
    pen.y += height


def _cells(pen: _Pen, line: SheetLine, draw: bool) -> float:
    """A row's text, drawn or only measured; its height in points, the gap below included."""
    height = pen.text(TICK_BOX + 6, line.when, 9, width=WHAT_X - TICK_BOX - 8, draw=draw)
    height = max(height, pen.text(WHAT_X, say(line.what), 9, bold=True, width=190, draw=draw))
    if detail := " — ".join(say(x) for x in (line.who, line.note) if x):
        height = max(height, pen.text(WHAT_X + 196, detail, 9, draw=draw))
    return height + 2


def _heading(pen: _Pen, text: str, first: SheetLine | None, day_heading: str) -> None:
    """A section's heading, on the page of its first row."""
    below = _cells(pen, first, draw=False) if first is not None else 0.0
    pen.need(pen.text(0, text, 12, bold=True, draw=False) + 4 + below, day_heading)
    pen.y += pen.text(0, text, 12, bold=True) + 4


def write_run_sheet_pdf(
    plan: Plan, path: Path, cards: Sequence[LinkCard] = (), *, first: date | None = None, last: date | None = None,
    place: str | None = None, translator: QTranslator | None = None,
) -> int:  # fmt: skip
    """Write the run sheet as a PDF (US Letter; of the days from `first` to `last`, at the
    location `place`, if given: a six-month campaign's whole sheet is a thousand pages), then
    the link cards if any; returns the number of pages. Works without a display: Qt's
    offscreen platform is used when no application is running. In the application's language,
    or in `translator`'s (the headless command's: its process has no application until now)."""
    if not path.parent.is_dir():
        raise FileAccessError(tr("{path}: the folder {folder} does not exist", path=path, folder=path.parent))
    _ensure_gui_application()
    if translator is None:
        return _write_pdf(plan, path, cards, first=first, last=last, place=place)
    locale = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(translator.language()))  # its day and month names
    try:
        return _write_pdf(plan, path, cards, first=first, last=last, place=place)
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def _write_pdf(
    plan: Plan, path: Path, cards: Sequence[LinkCard], *, first: date | None, last: date | None, place: str | None
) -> int:
    # Made whole in memory, then put in place of the old sheet at once (fileio): a folder, a
    # full disk or a failure midway leaves the sheet printed yesterday as it was, said in one line.
    made = QBuffer()
    made.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(made)
    writer.setTitle(say(tr("{title} — run sheet", title=plan.title)))
    writer.setCreator("Planner")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                     QMarginsF(40, 40, 40, 40), QPageLayout.Unit.Point))  # fmt: skip
    pages = draw_run_sheet(plan, writer, cards, first=first, last=last, place=place)
    del writer  # the PDF is finished when the writer goes
    if made.size() == 0:
        raise FileAccessError(tr("{path}: the PDF could not be written", path=path))
    write_atomically(path, bytes(made.data().data()))
    return pages


_app: QGuiApplication | None = None


def _ensure_gui_application() -> None:
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["planner-runsheet"])
