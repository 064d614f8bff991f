"""The first run: a start screen whose choices open what they say, remembered once dismissed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog

from planner.domain.checks import WarningCode, check_plan
from planner.domain.templates import TEMPLATES
from planner.ui.document import system_zone_key
from planner.ui.settings import START_SCREEN_DISMISSED
from planner.ui.start_screen import StartScreen


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.key)
def test_each_template_is_a_plan_of_days_windows_and_turns_ready_to_staff(template):
    plan = template.build(date(2026, 12, 9), "America/Los_Angeles", str)
    assert plan.days and plan.turns and plan.locations and plan.roles
    assert all(w.start.tzinfo is not None for w in plan.windows())
    # Nothing wrong with it but what is left to do: staff the turns.
    assert {w.code for w in check_plan(plan)} == {WarningCode.WINDOW_UNCOVERED}


def _choose(window, monkeypatch, key: str) -> StartScreen:
    shown: list[StartScreen] = []

    def click(screen):
        shown.append(screen)
        screen.buttons[key].click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", click)
    window.start_screen()
    return shown[0]


def test_the_start_screen_opens_the_example_or_a_template(window, monkeypatch, settings):
    assert settings.first_run()
    screen = _choose(window, monkeypatch, "example")
    assert list(screen.buttons) == ["example", "five-day", "vigil", "campaign", "open"]
    assert window.document.plan.title.startswith("Hunger strike")
    _choose(window, monkeypatch, "campaign")
    plan = window.document.plan
    assert plan.title == "Campaign week" and len(plan.locations) == 3 and len(plan.days) == 5
    assert window.document.path is None and len(window.grid.day_columns()) == 5  # untitled, on the grid


def test_open_a_file_from_the_start_screen_and_dismissing_it_is_remembered(window, monkeypatch, settings, tmp_path):
    opened = []
    monkeypatch.setattr(window, "open_dialog", lambda: opened.append(True) or True)
    _choose(window, monkeypatch, "open")
    assert opened == [True]
    screen = StartScreen(window, settings)
    screen.dismiss.setChecked(True)
    screen.reject()
    assert settings.get(START_SCREEN_DISMISSED) is True and not settings.first_run()


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_new_plan_publishes_in_the_apps_language(window, monkeypatch, language):
    """An organizer working in Spanish starts a plan, blank or from a template: its
    calendars are written in Spanish (Plan.language) as its words are; in English, English."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from planner.ui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, language)
    try:
        _choose(window, monkeypatch, "vigil")
        made = window.document.plan
        window.document.new()
        blank = window.document.plan
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
    assert made.language == blank.language == language
    assert blank.title == {"en": "Untitled plan", "es": "Plan sin título"}[language]
    # Its words all in that language: the title, the site, and the roles (in the legend, the
    # shifts' names, the volunteers' calendars).
    assert (made.title, made.locations[0].name) == {
        "en": ("Vigil", "Vigil site (set the address)"),
        "es": ("Vigilia", "Lugar de la vigilia (indique la dirección)"),
    }[language]
    assert [r.name for r in made.roles] == {
        "en": ["Press check-in", "Safety marshal", "Wellness check"],
        "es": ["Registro de prensa", "Equipo de seguridad", "Chequeo de bienestar"],
    }[language]


def _this_monday() -> date:
    today = datetime.now(ZoneInfo(system_zone_key())).date()
    return today - timedelta(days=today.weekday())


def test_a_first_run_shows_the_start_screen_over_an_empty_plan_of_this_week_in_the_computers_zone(
    qtbot, starting_window, monkeypatch
):
    """Not the placeholder the start holds until a plan comes (a week of year 1, in UTC)."""
    window = starting_window()
    behind: list[tuple[str, date, str]] = []

    def look(screen):
        qtbot.waitUntil(lambda: window.start_finished, timeout=2000)  # painted, as the organizer sees it
        behind.append((window.document.plan.timezone, window.grid._week, window.grid_bar.week_label.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", look)
    assert window.start_with(None, example=False)
    [(zone, week, label)] = behind
    assert zone == system_zone_key() and week == _this_monday() and "0001" not in label
    assert window.document.plan.title.startswith("Hunger strike")  # closed without a choice: the example


@pytest.mark.parametrize("unattended", [False, True], ids=["organizer", "screenshot-run"])
def test_a_file_that_cannot_be_opened_at_the_start_is_said_then_the_start_screen_offers_the_rest(
    starting_window, monkeypatch, tmp_path, unattended
):
    """Double-clicking a damaged plan: the error, over an empty plan of this week (not the
    start's placeholder), then the choices — the example, a template, another file — instead
    of Planner closing. A screenshot run, which no one answers, ends there (app.py: exit 2)."""
    damaged = tmp_path / "campaign.planner"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    window = starting_window()
    said: list[tuple[str, date, str]] = []
    screens: list[object] = []
    behind = window.document  # the plan behind the error: its week and zone
    monkeypatch.setattr(window, "show_error", lambda title, text: said.append((text, window.grid._week,
                                                                                behind.plan.timezone)))  # fmt: skip
    monkeypatch.setattr(window, "run_dialog", lambda screen: screens.append(screen) or QDialog.DialogCode.Rejected)
    window.unattended = unattended
    assert window.start_with(damaged, example=False) is not unattended
    [(text, week, zone)] = said
    assert "campaign.planner" in text and "damaged or not a Planner plan" in text
    assert week == _this_monday() and zone == system_zone_key()
    if unattended:
        assert screens == [] and window.document.plan.title == "Untitled plan"
    else:
        assert len(screens) == 1 and window.document.plan.title.startswith("Hunger strike")
