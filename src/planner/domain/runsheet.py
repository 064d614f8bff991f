"""What a printed run sheet says, one page per day, as plain data (printing/ draws it).

Names, places and notes are the plan's own words; what the sheet itself says is Text, so a
printout from the Spanish app is in Spanish (str() of any of it is the English)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from planner.domain.checks import days_after, span
from planner.domain.model import Day, Plan, Shift, Turn, Window
from planner.words import Text, tr

Words = str | Text


@dataclass(frozen=True)
class SheetLine:
    when: str  # "10:00–11:00"
    what: Words  # the spokespeople, or the role
    who: Words = ""  # volunteers on a shift (with phones and the headcount); a turn's phones
    note: Words = ""  # "cancelled", "needs 2 more", the shift's notes


@dataclass(frozen=True)
class SheetDay:
    date: date  # the heading: printing writes the date in the sheet's language
    places: list[str]  # "Name — address" of each location used that day
    note: str  # the day's own note
    windows: list[tuple[Text, list[SheetLine]]]  # ("Media availability 08:00–18:00 at …", its turns)
    shifts: list[SheetLine]


@dataclass(frozen=True)
class RunSheet:
    title: str
    organization: str
    timezone: str
    press_contact: str  # "Name · phone · e-mail"
    days: list[SheetDay]


def run_sheet(plan: Plan, first: date | None = None, last: date | None = None, place: str | None = None) -> RunSheet:
    """The organizer's copy: everyone on a turn or shift with their phone, to call on the day;
    only the days from `first` to `last` when given (the agenda's week), and only what is at
    the location `place` when given (a site lead's sheet of a campaign of ten sites)."""
    names = {p.id: f"{p.name} ({p.phone})" if p.phone else p.name for p in plan.people}
    people = plan.people_by_id

    # Each day's windows and shifts looked up, not searched for: a campaign is 180 days and
    # 12,000 shifts; searching them for each day made its sheet 0.5 s rather than 0.32, and
    # the agenda, which asked for the whole sheet to show one week, as slow (now 20 ms).
    def shown(day: date) -> bool:
        return (first is None or first <= day) and (last is None or day <= last)

    def there(location_id: str) -> bool:
        return place is None or location_id == place

    plan_days: dict[date, list[Day]] = defaultdict(list)
    for plan_day in plan.days:
        if shown(plan_day.date):
            plan_days[plan_day.date].append(plan_day)
    shifts_on: dict[date, list[Shift]] = defaultdict(list)
    # A night's window and shift run on into the next day: on its page too, for who is on after
    # midnight there (a site lead prints Sunday's; Saturday's page has them whole).
    carried_windows: dict[date, list[Window]] = defaultdict(list)
    carried_shifts: dict[date, list[Shift]] = defaultdict(list)
    for shift in plan.shifts:
        if shown(on := shift.start.date()) and there(shift.location_id):
            shifts_on[on].append(shift)
        if shift.end.date() != on and there(shift.location_id):  # (the date first: most end the day they start)
            for after in days_after(shift.start, shift.end):
                if shown(after):
                    carried_shifts[after].append(shift)
    for plan_day in plan.days:
        for window in plan_day.windows:
            if window.end.date() != plan_day.date and there(window.location_id):
                for after in days_after(window.start, window.end):
                    if shown(after):
                        carried_windows[after].append(window)
    # A day is on the sheet when something is at the place then (its note with it).
    with_windows = {day for day, days in plan_days.items()
                    if place is None or any(there(w.location_id) for d in days for w in d.windows)}  # fmt: skip

    def turn_lines(turns: Iterable[Turn]) -> list[SheetLine]:
        return [
            SheetLine(span(t.start, t.end), " & ".join(people[p].name for p in t.person_ids if p in people)
                      or tr("— nobody yet —"), " · ".join(people[p].phone for p in t.person_ids
                                                        if p in people and people[p].phone),
                      note=tr("pinned") if t.pinned else "")
            for t in turns
        ]  # fmt: skip

    def window_heading(window: Window) -> Text:
        where = plan.locations_by_id.get(window.location_id)
        hours = span(window.start, window.end)
        heading = (tr("Media availability {hours} at {place}", hours=hours, place=where.name) if where
                   else tr("Media availability {hours}", hours=hours))  # fmt: skip
        return tr("{window} — CANCELLED", window=heading) if window.cancelled else heading

    def shift_line(shift: Shift, since: Text | None = None) -> SheetLine:
        role = plan.roles_by_id.get(shift.role_id)
        on_shift = [names[p] for p in shift.person_ids if p in names]
        missing = shift.needed - len(on_shift)
        staffing: Words = (tr("cancelled") if shift.cancelled
                           else tr("needs {count} more", count=missing) if missing > 0 else "")  # fmt: skip
        note: Words = ""
        for part in (since, staffing, shift.notes):  # "from Sat 12 Apr; needs 1 more; gate 2"
            if part:
                note = tr("{staffing}; {notes}", staffing=note, notes=part) if note else part
        who = tr("{people} ({count}/{needed})", people=", ".join(on_shift) or tr("nobody yet"), count=len(on_shift),
                 needed=shift.needed)  # fmt: skip
        return SheetLine(span(shift.start, shift.end), role.name if role else tr("Shift"), who, note)

    sheet_days = []
    for day in sorted(with_windows | shifts_on.keys() | carried_windows.keys() | carried_shifts.keys()):
        midnight = datetime(day.year, day.month, day.day, tzinfo=plan.zone)
        carried = carried_windows.get(day, [])
        windows = [w for d in plan_days.get(day, []) for w in d.windows if there(w.location_id)]
        earlier = sorted(carried_shifts.get(day, []), key=lambda s: (s.start, s.role_id))
        shifts = sorted(shifts_on.get(day, []), key=lambda s: (s.start, s.role_id))
        used = dict.fromkeys([w.location_id for w in (*carried, *windows)] +
                             [s.location_id for s in (*earlier, *shifts)])  # fmt: skip
        places = [f"{loc.name} — {loc.address}" if loc.address else loc.name
                  for loc in (plan.locations_by_id.get(i) for i in used) if loc is not None]  # fmt: skip
        blocks = [(tr("{window}, from {day}", window=window_heading(w), day=w.start.date()),
                   turn_lines(t for t in plan.turns_in(w.id) if t.end > midnight)) for w in carried]  # fmt: skip
        blocks += [(window_heading(w), turn_lines(plan.turns_in(w.id))) for w in windows]
        shift_lines = [shift_line(s, tr("from {day}", day=s.start.date())) for s in earlier]
        shift_lines += [shift_line(s) for s in shifts]
        day_note = next((d.note for d in plan_days.get(day, [])), "")
        sheet_days.append(SheetDay(day, places, day_note, blocks, shift_lines))
    c = plan.press_contact
    contact = " · ".join(x for x in (c.name, c.phone, c.email) if x)
    return RunSheet(plan.title, plan.organization, plan.timezone, contact, sheet_days)
