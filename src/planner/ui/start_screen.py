"""The first thing a new organizer sees: open the example, start from a template, or open a
file — each with a line on what to do next. Shown while there is no recent file, until
dismissed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.domain.templates import TEMPLATES, Template
from planner.ui.i18n import say, tr
from planner.ui.settings import START_SCREEN_DISMISSED, Settings


class StartScreen(QDialog):
    """`choice` after exec(): "example", "open", or a template's key ("" when closed)."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Planner"))
        self._settings = settings
        self.choice = ""
        self.template: Template | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Plan the days, the press windows, the spokespeople and the volunteer shifts of a "
                          "public action, then publish them as calendars. Start with:"), self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: dict[str, QCommandLinkButton] = {}
        self._add(layout, "example", tr("The example: a five-day hunger strike"),
                  tr("Look around: the grid, the rotation, the press list. Save As keeps your own copy."))  # fmt: skip
        for template in TEMPLATES:
            self._add(layout, template.key, tr("New plan: {name}").format(name=say(template.name)),
                      say(template.what_next))  # fmt: skip
        self._add(layout, "open", tr("Open a plan…"), tr("A .planner file, or a plan in JSON."))
        self.dismiss = QCheckBox(tr("Do not show this at start"), self)
        layout.addWidget(self.dismiss)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.finished.connect(self._on_finished)
        self.setMinimumWidth(540)  # the "what next" lines read as sentences, not a column

    def _add(self, layout: QVBoxLayout, key: str, text: str, what_next: str) -> None:
        button = QCommandLinkButton(text, what_next, self)
        button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
        layout.addWidget(button)
        self.buttons[key] = button

    def choose(self, key: str) -> None:
        self.choice = key
        self.template = next((t for t in TEMPLATES if t.key == key), None)
        self.accept()

    def _on_finished(self, _result: int) -> None:
        if self.dismiss.isChecked():
            self._settings.set(START_SCREEN_DISMISSED, True)
