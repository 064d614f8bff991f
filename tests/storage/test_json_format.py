"""JSON interchange: canonical round trips and precise errors for bad input."""

from __future__ import annotations

import json

import pytest

from planner.storage import PlanFormatError, load_any
from planner.storage.document import load_plan, save_plan
from planner.storage.json_format import plan_from_dict, plan_from_json, plan_to_json


def test_json_to_document_to_json_is_identical(example_path, tmp_path):
    original = example_path.read_text(encoding="utf-8")
    document = tmp_path / "strike.planner"
    save_plan(plan_from_json(original), document)
    assert plan_to_json(load_plan(document)) == original


def test_a_plan_survives_the_document_unchanged(example_plan, tmp_path):
    save_plan(example_plan, tmp_path / "a.planner")
    assert load_any(tmp_path / "a.planner") == example_plan


def test_times_are_wall_clock_in_the_plan_zone(example_plan):
    first = example_plan.days[0].windows[0]
    assert first.start.isoformat() == "2025-04-07T08:00:00-07:00"
    assert example_plan.days[1].windows[0].start.hour == 10


def test_a_byte_order_mark_is_accepted(example_path):
    assert plan_from_json(b"\xef\xbb\xbf" + example_path.read_bytes()).title.startswith("Hunger strike")


def test_a_syntax_error_names_line_and_column():
    with pytest.raises(PlanFormatError, match=r"plan\.json: line 2 column 1: "):
        plan_from_json(b'{"format": "planner-plan",\n}', source="plan.json")


def test_not_utf8_is_refused_clearly():
    with pytest.raises(PlanFormatError, match="not UTF-8"):
        plan_from_json(b'{"title": "\xff"}')


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), r"format: expected 'planner-plan'"),
        (lambda d: d.update(version=99), r"version: 99 is newer than this Planner reads"),
        (lambda d: d["plan"].update(timezone="Mars/Olympus"), r"plan\.timezone: 'Mars/Olympus' is not an IANA"),
        (lambda d: d["plan"].update(timezone="../../etc/passwd"), r"plan\.timezone: .* is not an IANA"),
        (lambda d: d["plan"].pop("title"), r"plan\.title: is missing"),
        (lambda d: d["shifts"][3].update(start="tomorrow"), r"shifts\[3\]\.start: 'tomorrow' is not a local date"),
        (
            lambda d: d["shifts"][3].update(start="2025-04-07T08:00Z"),
            r"shifts\[3\]\.start: .* not at that UTC offset then",
        ),
        (
            lambda d: d["shifts"][3].update(start="2025-04-07T08:00-08:00"),
            r"shifts\[3\]\.start: .* not at that UTC offset then",
        ),
        (lambda d: d["shifts"][0].update(needed=-1), r"shifts\[0\]\.needed: -1 is not between 0 and 10000"),
        (lambda d: d["shifts"][0].update(needed="2"), r"shifts\[0\]\.needed: expected a whole number, found text"),
        (lambda d: d["turns"][5].update(people=["sp-nobody"]), r"turns\[5\]\.people\[0\]: no person has the id"),
        (lambda d: d["turns"][5].update(window="win-x"), r"turns\[5\]\.window: no media window has the id 'win-x'"),
        (lambda d: d["people"][1].update(id=d["people"][0]["id"]), r"people\[1\]\.id: the id .* is used twice"),
        (lambda d: d["people"][0].update(kind="boss"), r"people\[0\]\.kind: 'boss' is not one of"),
        (lambda d: d["locations"][0].update(latitude=123), r"locations\[0\]\.latitude: 123 is not between"),
        (lambda d: d["days"][1].update(date=d["days"][0]["date"]), r"days\[1\]\.date: 2025-04-07 is listed twice"),
        (lambda d: d["days"][0]["windows"][0].update(location=7), r"days\[0\]\.windows\[0\]\.location: expected text"),
        (lambda d: d.update(days={}), r"days: expected a list, found an object"),
        (lambda d: d["people"][0].update(name="a\x00b"), r"people\[0\]\.name: contains a NUL character"),
        (lambda d: d["plan"].update(language="Spanish"), r"plan\.language: 'Spanish' is not one of en, es$"),
        (lambda d: d["plan"].update(language=["es"]), r"plan\.language: expected text, found a list"),
    ],
)
def test_bad_input_is_refused_with_the_exact_place(example_data, change, message):
    change(example_data)
    with pytest.raises(PlanFormatError, match=message):
        plan_from_dict(example_data, source="plan.json")


def test_optional_fields_may_be_left_out(make_plan):
    plan = make_plan()
    assert plan.turn_minutes == 60
    assert plan.press_contact.name == ""
    written = json.loads(plan_to_json(plan))
    assert written["plan"]["press_contact"] == {"name": "", "email": "", "phone": ""}


def test_a_file_far_bigger_than_any_plan_is_refused_before_it_is_read(example_path, tmp_path, monkeypatch):
    from planner.storage import json_format

    monkeypatch.setattr(json_format, "MAX_JSON_BYTES", 1_000_000)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 3_000_000)
    with pytest.raises(PlanFormatError, match=r"big\.json: 3 MB is far more than a plan \(at most 1 MB\)"):
        load_any(big)
    load_any(example_path)  # a real plan is far below it


def test_the_plans_language_is_kept_by_every_kind_of_file_and_a_plan_before_it_is_in_english(example_data, tmp_path):
    """The language of the shared calendars (version 8): through JSON, a .planner file and
    back; a version 7 file, which had none, reads as English, as its calendars were."""
    spanish = plan_from_dict({**example_data, "plan": {**example_data["plan"], "language": "es"}})
    assert spanish.language == "es"
    save_plan(spanish, tmp_path / "a.planner")
    assert load_plan(tmp_path / "a.planner").language == "es"
    assert json.loads(plan_to_json(spanish))["plan"]["language"] == "es"
    older = {**example_data, "version": 7, "plan": {k: v for k, v in example_data["plan"].items() if k != "language"}}
    assert plan_from_dict(older).language == "en"
