"""The first run: a start screen whose choices open what they say, remembered once dismissed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from planner.domain.checks import WarningCode, check_plan
from planner.domain.templates import TEMPLATES
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
