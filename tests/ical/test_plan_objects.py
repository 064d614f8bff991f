"""A team plan's objects as calendar objects: valid iCalendar to a second parser (vobject),
events where the record has times, and the record read back exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import vobject

from planner.ical.plan_objects import ObjectError, PlanObject, object_ics, read_object

AT = datetime(2025, 4, 1, 12, tzinfo=UTC)
HOSTILE = '{"name":"Ana \\"La Voz\\", Morales; \\\\ \\u00e9\\n\\r\\nEND:VCALENDAR","id":"p"}'


def test_a_timed_record_is_an_event_another_parser_reads():
    start = datetime(2025, 4, 7, 15, tzinfo=UTC)
    data = object_ics("plan-1", PlanObject("turn:t1", '{"id":"t1"}', "Ana", AT), "Turn: Ana", start,
                      start + timedelta(hours=1))  # fmt: skip
    parsed = vobject.readOne(data.decode("utf-8"))
    event = parsed.vevent
    assert event.uid.value == "turn:t1.plan-1@planner"
    assert event.dtstart.value == start and event.summary.value == "Turn: Ana"
    assert event.transp.value == "TRANSPARENT"


def test_a_record_without_times_is_a_journal_entry_and_comes_back_exactly():
    item = PlanObject("person:p", HOSTILE, "Ben, the coordinator", AT)
    data = object_ics("plan-1", item, "Person: Ana")
    assert vobject.readOne(data.decode("utf-8")).vjournal.summary.value == "Person: Ana"
    assert read_object(data) == item
    # A server re-serializes what it stores (vobject is what Radicale uses): the record survives.
    assert read_object(vobject.readOne(data.decode("utf-8")).serialize()) == item


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"not a calendar", "not iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "no Planner"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nX-PLANNER-KEY:a\r\nX-PLANNER-RECORD:%%%\r\nEND:VJOURNAL\r\n"
            b"END:VCALENDAR\r\n",
            "damaged",
        ),
    ],
)
def test_what_is_not_a_readable_object_says_so(data, problem):
    with pytest.raises(ObjectError, match=problem):
        read_object(data)
