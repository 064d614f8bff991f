"""Editors for what a plan holds: its details, locations, media windows, people, roles,
turns and shifts. Each dialog shows one record and returns the edited copy; the caller
applies it through the document, so every edit is one undoable step."""

from __future__ import annotations

import math
import zoneinfo
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.edits import EditError, machine_zone
from planner.domain.health import DEFAULT_LIMITS
from planner.domain.languages import languages_in
from planner.domain.model import (
    Contact,
    HealthLimits,
    Location,
    LocationId,
    Person,
    PersonId,
    PersonKind,
    Plan,
    Role,
    RoleId,
    Shift,
    ShiftId,
    SpeakerRole,
    Turn,
    Window,
    WindowId,
    new_id,
)
from planner.ui.i18n import LANGUAGE_LABELS, local_date, pydate, qdate, speaker_role_name, tr
from planner.ui.messages import fit_choices, text_field, typed_line, typed_text
from planner.ui.people_picker import PeoplePicker
from planner.words import quoted


class FormDialog(QDialog):
    """A form of labelled fields with OK and Cancel. Every field gets its label as its
    accessible name, and the label is the field's buddy, so Alt+letter reaches it."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def field(self, label: str, widget: Any) -> Any:
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(label, widget)
        return widget

    def line(self, label: str, text: str = "") -> QLineEdit:
        edit: QLineEdit = self.field(label, text_field(text, self))
        return edit

    def moment(self, label: str, value: datetime) -> QDateTimeEdit:
        edit: QDateTimeEdit = self.field(label, QDateTimeEdit(self))
        edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        edit.setCalendarPopup(True)
        # Wall time in the plan's zone, held as UTC so Qt never shifts it for the computer's zone.
        edit.setTimeZone(QTimeZone.utc())
        edit.setDateTime(QDateTime(qdate(value), QTime(value.hour, value.minute),
                                   QTimeZone.utc()))  # fmt: skip
        return edit

    def choice(self, label: str, options: list[tuple[str, Any]], current: Any) -> QComboBox:
        combo: QComboBox = self.field(label, QComboBox(self))
        for text, value in options:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        return fit_choices(combo)

    def people(self, label: str, people: tuple[Person, ...], chosen: tuple[PersonId, ...]) -> PeoplePicker:
        picker = PeoplePicker(label.replace("&", "").rstrip(":"), people, chosen, self)
        self.form.addRow(label, picker)
        return picker


def wall_time(edit: QDateTimeEdit, plan: Plan) -> datetime:
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=plan.zone)


def _number(text: str, what: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):  # ("1e999" is a float, infinite: said as -inf, not as typed)
        raise EditError(tr("The {what} {text} is not a number").format(what=what, text=quoted(text)))
    return number


class TurnDialog(FormDialog):
    def __init__(self, parent: QWidget | None, plan: Plan, turn: Turn) -> None:
        super().__init__(parent, tr("Turn"))
        self._plan, self._turn = plan, turn
        self.start = self.moment(tr("&Starts:"), turn.start)
        self.end = self.moment(tr("&Ends:"), turn.end)
        self.speakers = self.people(tr("S&pokespeople:"), plan.spokespeople, turn.person_ids)
        self.pinned = self.field("", QCheckBox(tr("Pi&nned: the rotation leaves this turn as it is"), self))
        self.pinned.setAccessibleName(tr("Pinned"))
        self.pinned.setChecked(turn.pinned)

    def result_turn(self) -> Turn:
        return replace(self._turn, start=wall_time(self.start, self._plan), end=wall_time(self.end, self._plan),
                       person_ids=self.speakers.chosen(), pinned=self.pinned.isChecked())  # fmt: skip


class GoToDateDialog(FormDialog):
    """View ▸ Go to Date: the week holding a date, picked on a calendar."""

    def __init__(self, parent: QWidget | None, day: date) -> None:
        super().__init__(parent, tr("Go to date"))
        self.day = self.field(tr("&Date:"), QDateEdit(self))
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(qdate(day))

    def result_date(self) -> date:
        return pydate(self.day.date())


class ShiftDialog(FormDialog):
    def __init__(self, parent: QWidget | None, plan: Plan, shift: Shift) -> None:
        super().__init__(parent, tr("Shift"))
        self._plan, self._shift = plan, shift
        self.role = self.choice(tr("&Role:"), [(r.name, r.id) for r in plan.roles], shift.role_id)
        self.location = self.choice(tr("&Location:"), [(loc.name, loc.id) for loc in plan.locations], shift.location_id)
        self.start = self.moment(tr("&Starts:"), shift.start)
        self.end = self.moment(tr("&Ends:"), shift.end)
        self.needed = self.field(tr("&Volunteers needed:"), QSpinBox(self))
        self.needed.setRange(1, 500)
        self.needed.setValue(shift.needed)
        self.volunteers = self.people(tr("V&olunteers:"), plan.volunteers, shift.person_ids)
        self.notes = self.field(tr("N&otes:"), QPlainTextEdit(shift.notes, self))
        self.notes.setMaximumHeight(70)
        self.cancelled = self.field("", QCheckBox(tr("&Cancelled"), self))
        self.cancelled.setAccessibleName(tr("Cancelled"))
        self.cancelled.setChecked(shift.cancelled)

    def result_shift(self) -> Shift:
        return replace(
            self._shift,
            role_id=RoleId(self.role.currentData()),
            location_id=LocationId(self.location.currentData()),
            start=wall_time(self.start, self._plan),
            end=wall_time(self.end, self._plan),
            needed=self.needed.value(),
            person_ids=self.volunteers.chosen(),
            notes=typed_text(self.notes),
            cancelled=self.cancelled.isChecked(),
        )


def blank_shift(plan: Plan, start: datetime, end: datetime) -> Shift:
    role = plan.roles[0].id if plan.roles else RoleId("")
    location = plan.locations[0].id if plan.locations else LocationId("")
    return Shift(ShiftId(new_id("shift")), role, location, start, end)


class WindowDialog(FormDialog):
    def __init__(self, parent: QWidget | None, plan: Plan, window: Window) -> None:
        super().__init__(parent, tr("Media availability window"))
        self._plan, self._window = plan, window
        self.start = self.moment(tr("&Starts:"), window.start)
        self.end = self.moment(tr("&Ends:"), window.end)
        self.location = self.choice(
            tr("&Location:"), [(loc.name, loc.id) for loc in plan.locations], window.location_id
        )
        self.needed = self.field(tr("Spokespeople per &turn:"), QSpinBox(self))
        self.needed.setRange(1, 10)
        self.needed.setValue(window.needed)
        roles = [("—", None)] + [(speaker_role_name(r), r) for r in SpeakerRole]
        pair = (*window.pair, None, None)
        self.pair_first = self.choice(tr("&Pair, one of:"), roles, pair[0])
        self.pair_second = self.choice(tr("…and one &of:"), roles, pair[1])
        self.language = self.line(tr("A speaker of (&language):"), window.language)
        self.cancelled = self.field("", QCheckBox(tr("&Cancelled (stays in calendars as cancelled)"), self))
        self.cancelled.setAccessibleName(tr("Cancelled"))
        self.cancelled.setChecked(window.cancelled)

    def result_window(self) -> Window:
        pair = tuple(r for r in (self.pair_first.currentData(), self.pair_second.currentData()) if r is not None)
        if len(pair) == 1:
            raise EditError(tr("A pair needs two roles, e.g. striker and clinician (or none)"))
        return replace(
            self._window,
            start=wall_time(self.start, self._plan),
            end=wall_time(self.end, self._plan),
            location_id=LocationId(self.location.currentData()),
            needed=self.needed.value(),
            pair=pair,
            language=typed_line(self.language),
            cancelled=self.cancelled.isChecked(),
        )


def blank_window(plan: Plan, start: datetime, end: datetime) -> Window:
    location = plan.locations[0].id if plan.locations else LocationId("")
    return Window(WindowId(new_id("win")), start, end, location)


class LocationDialog(FormDialog):
    def __init__(self, parent: QWidget | None, location: Location | None) -> None:
        super().__init__(parent, tr("Location"))
        self._location = location or Location(LocationId(new_id("loc")), "")
        loc = self._location
        self.name = self.line(tr("&Name:"), loc.name)
        self.address = self.line(tr("&Address:"), loc.address)
        self.latitude = self.line(tr("La&titude:"), "" if loc.latitude is None else f"{loc.latitude:g}")
        self.longitude = self.line(tr("L&ongitude:"), "" if loc.longitude is None else f"{loc.longitude:g}")
        self.latitude.setPlaceholderText(tr("e.g. 34.0983 (optional)"))
        self.longitude.setPlaceholderText(tr("e.g. -118.2910 (optional)"))
        self.notes = self.field(tr("N&otes on site:"), QPlainTextEdit(loc.notes, self))
        self.notes.setMaximumHeight(70)

    def result_location(self) -> Location:
        return replace(
            self._location,
            name=typed_line(self.name),
            address=typed_line(self.address),
            latitude=_number(self.latitude.text(), tr("latitude")),
            longitude=_number(self.longitude.text(), tr("longitude")),
            notes=typed_text(self.notes),
        )


class PersonDialog(FormDialog):
    def __init__(self, parent: QWidget | None, person: Person | None) -> None:
        super().__init__(parent, tr("Person"))
        self._person = person or Person(PersonId(new_id("person")), "", PersonKind.VOLUNTEER)
        p = self._person
        self.name = self.line(tr("&Name:"), p.name)
        self.kind = self.choice(tr("&Kind:"), [(tr("Spokesperson"), PersonKind.SPOKESPERSON),
                                           (tr("Volunteer"), PersonKind.VOLUNTEER)], p.kind)  # fmt: skip
        self.title = self.line(tr("&Title or affiliation:"), p.title)
        self.languages = self.line(tr("&Languages (comma-separated):"), ", ".join(p.languages))
        self.email = self.line(tr("&E-mail:"), p.email)
        self.phone = self.line(tr("&Phone:"), p.phone)
        self.role = self.choice(tr("&Speaker role:"), [(speaker_role_name(r), r) for r in SpeakerRole], p.speaker_role)
        self.own_limits = self.field("", QCheckBox(tr("O&wn health limits (otherwise the role's defaults)"), self))
        self.own_limits.setAccessibleName(tr("Own health limits"))
        limits = p.limits or DEFAULT_LIMITS[p.speaker_role]
        self.limit_spins = {}
        for name, label, top, value in (
            ("max_minutes_per_day", tr("Minutes on camera a &day:"), 24 * 60, limits.max_minutes_per_day),
            ("max_consecutive_turns", tr("Turns in a &row:"), 48, limits.max_consecutive_turns),
            ("min_rest_minutes", tr("Minutes of rest &between stints:"), 24 * 60, limits.min_rest_minutes),
            ("max_days_in_row", tr("Days in a ro&w:"), 366, limits.max_days_in_row),
        ):
            spin = self.field(label, QSpinBox(self))
            spin.setRange(0, top)
            spin.setValue(value)
            self.limit_spins[name] = spin
        self.own_limits.toggled.connect(lambda on: [s.setEnabled(on) for s in self.limit_spins.values()])
        self.own_limits.setChecked(p.limits is not None)
        self.own_limits.toggled.emit(p.limits is not None)
        self.kind.currentIndexChanged.connect(self._show_for_kind)
        self._show_for_kind()

    def _show_for_kind(self) -> None:
        """A volunteer has no speaker role or health limits: those rows show for a spokesperson
        only (kept as they are, should the kind change back). The title shows for both: a
        volunteer's is what they do (Safety marshal), as a sheet imported or the People table
        gives it."""
        speaks = self.kind.currentData() is PersonKind.SPOKESPERSON
        for widget in (self.role, self.own_limits, *self.limit_spins.values()):
            self.form.setRowVisible(widget, speaks)
        self.adjustSize()

    def result_person(self) -> Person:
        own = HealthLimits(**{k: s.value() for k, s in self.limit_spins.items()})
        limits = own if self.own_limits.isChecked() else None
        return replace(
            self._person,
            name=typed_line(self.name),
            kind=self.kind.currentData(),
            title=typed_line(self.title),
            languages=languages_in(typed_line(self.languages)),
            email=typed_line(self.email),
            phone=typed_line(self.phone),
            speaker_role=self.role.currentData(),
            limits=limits,
        )


class RoleDialog(FormDialog):
    def __init__(self, parent: QWidget | None, role: Role | None) -> None:
        super().__init__(parent, tr("Volunteer role"))
        self._role = role or Role(RoleId(new_id("role")), "")
        self.name = self.line(tr("&Name:"), self._role.name)
        self.description = self.field(tr("&Description:"), QPlainTextEdit(self._role.description, self))
        self.description.setMaximumHeight(70)

    def result_role(self) -> Role:
        return replace(self._role, name=typed_line(self.name), description=typed_text(self.description))


class PlanDetailsDialog(FormDialog):
    def __init__(self, parent: QWidget | None, plan: Plan) -> None:
        super().__init__(parent, tr("Plan details"))
        self.title = self.line(tr("&Title:"), plan.title)
        self.organization = self.line(tr("&Organization:"), plan.organization)
        self.description = self.field(tr("&Description:"), QPlainTextEdit(plan.description, self))
        self.description.setMaximumHeight(80)
        self.timezone = self.field(tr("Time &zone:"), QComboBox(self))
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(z for z in zoneinfo.available_timezones() if not machine_zone(z)))
        self.timezone.setCurrentText(plan.timezone)
        self.contact_name = self.line(tr("Press &contact:"), plan.press_contact.name)
        self.contact_email = self.line(tr("Press contact &e-mail:"), plan.press_contact.email)
        self.contact_phone = self.line(tr("Press contact &phone:"), plan.press_contact.phone)
        # The shared calendars' language; each person's own calendar is in theirs.
        languages = [(tr(label), code) for code, label in LANGUAGE_LABELS.items()]
        self.language = self.choice(tr("Calendar &language:"), languages, plan.language)
        self.language.setToolTip(
            tr("The language of the calendars everyone shares (media, volunteers, roles, organizers), and of "
               "the calendar and e-mails of anyone who lists no language Planner writes in. Each person's own "
               "calendar is in the first of their languages.")
        )  # fmt: skip

    def result_details(self) -> tuple[str, str, str, str, Contact, str]:
        contact = Contact(typed_line(self.contact_name), typed_line(self.contact_email),
                          typed_line(self.contact_phone))  # fmt: skip
        return (typed_line(self.title), typed_line(self.organization), typed_text(self.description),
                self.timezone.currentText().strip(), contact, str(self.language.currentData()))  # fmt: skip


COPY_REACH = 41  # days after the source the list reaches at first: six weeks
COPY_MOST = 366  # the farthest it may reach: a campaign's year


class CopyDayDialog(FormDialog):
    """Copy one day's windows, turns and shifts onto the days ticked below: ticked one by
    one, or every weekday ticked in "Repeat on" up to "Until" that has nothing on it yet, as
    a calendar app repeats an event — a six-month campaign's weekdays were six rounds of
    ticking forty boxes."""

    # Dates travel through Qt as ISO text: a Python date would come back as a QDate.

    def __init__(self, parent: QWidget | None, plan: Plan, source: date) -> None:
        super().__init__(parent, tr("Copy day"))
        dates = sorted({d.date for d in plan.days} | {s.start.date() for s in plan.shifts} | {source})
        self._busy = {d.date for d in plan.days if d.windows} | {s.start.date() for s in plan.shifts}
        options = [(local_date(d), d.isoformat()) for d in dates]
        self.source = self.choice(tr("Copy &from:"), options, source.isoformat())
        repeat = QWidget(self)
        row = QHBoxLayout(repeat)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        for weekday in range(7):  # (Monday first, as Python's weekday() counts)
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat), repeat)
            box.toggled.connect(lambda on, weekday=weekday: self._tick_weekday(weekday, on))
            row.addWidget(box)
            self.weekdays.append(box)
        row.addStretch(1)
        self.field(tr("&Repeat on:"), repeat)
        repeat.setToolTip(tr("Ticks every such day up to Until that has nothing on it yet; a day that has items "
                             "is left for you to tick, or its items would be there twice"))  # fmt: skip
        self.until: QDateEdit = self.field(tr("&Until:"), QDateEdit(self))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("ddd d MMM yyyy")
        self.targets: QListWidget = self.field(tr("&Onto:"), QListWidget(self))
        self.ticked = QLabel(self)
        self.form.addRow("", self.ticked)
        self.targets.itemChanged.connect(lambda _item: self._say_ticked())
        self.until.dateChanged.connect(lambda _date: self._fill())
        self.source.currentIndexChanged.connect(lambda _i: self._start_from(self._source()))
        self._start_from(source)

    def _source(self) -> date:
        return date.fromisoformat(self.source.currentData())

    def _start_from(self, source: date) -> None:
        """A new source day: nothing ticked, the list its six weeks after."""
        for box in self.weekdays:
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.until.blockSignals(True)
        self.until.setDateRange(qdate(source + timedelta(days=1)), qdate(source + timedelta(days=COPY_MOST)))
        self.until.setDate(qdate(source + timedelta(days=COPY_REACH)))
        self.until.blockSignals(False)
        self.targets.clear()
        self._fill()

    def _fill(self) -> None:
        """The days after the source up to Until: a day listed already keeps its tick; one
        newly listed is ticked if its weekday is ticked in Repeat on."""
        source, until = self._source(), pydate(self.until.date())
        was = {self._day(item): item.checkState() for item in self._items()}
        repeat = {weekday for weekday, box in enumerate(self.weekdays) if box.isChecked()}
        self.targets.blockSignals(True)
        self.targets.clear()
        for offset in range(1, (until - source).days + 1):
            day = source + timedelta(days=offset)
            text = local_date(day) + (tr("  (already has items; they stay)") if day in self._busy else "")
            item = QListWidgetItem(text, self.targets)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = Qt.CheckState.Checked if self._repeats_onto(day, repeat) else Qt.CheckState.Unchecked
            item.setCheckState(was.get(day, ticked))
        self.targets.blockSignals(False)
        # Wide enough for its longest line ("Tue 8 Apr 2025  (already has items; they stay)").
        frame = 2 * self.targets.frameWidth() + self.targets.verticalScrollBar().sizeHint().width()
        self.targets.setMinimumWidth(self.targets.sizeHintForColumn(0) + frame)
        self._say_ticked()

    def _repeats_onto(self, day: date, weekdays: set[int]) -> bool:
        """Whether Repeat on ticks `day`: its weekday's ticked, and it holds nothing yet (a day
        with items would hold them twice over, a media window beside its copy: ticked by hand)."""
        return day.weekday() in weekdays and day not in self._busy

    def _tick_weekday(self, weekday: int, on: bool) -> None:
        self.targets.blockSignals(True)
        for item in self._items():
            day = self._day(item)
            if on and self._repeats_onto(day, {weekday}):
                item.setCheckState(Qt.CheckState.Checked)
            elif not on and day.weekday() == weekday:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.targets.blockSignals(False)
        self._say_ticked()

    def _say_ticked(self) -> None:
        self.ticked.setText(tr("%n day(s) ticked", "", len(self.result_days()[1])))

    def _items(self) -> list[QListWidgetItem]:
        return [self.targets.item(i) for i in range(self.targets.count())]

    @staticmethod
    def _day(item: QListWidgetItem) -> date:
        return date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))

    def check(self, day: date) -> None:
        for item in self._items():
            if self._day(item) == day:
                item.setCheckState(Qt.CheckState.Checked)

    def result_days(self) -> tuple[date, list[date]]:
        days = [self._day(item) for item in self._items() if item.checkState() == Qt.CheckState.Checked]
        return self._source(), days
