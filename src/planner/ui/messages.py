"""Message boxes, labels, fields, lists and tooltips that show the plan's text as text.

Names, addresses and error messages come from files anyone can write. Qt guesses whether a
string is rich text, so `<a href=...>` in a location's name would show as a live link; every
box here is plain text, and tooltips (always guessed) get the text escaped inside markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from planner.domain.plain_text import one_line, plain, trimmed

Icon = QMessageBox.Icon


def message_box(parent: QWidget | None, icon: Icon, title: str, text: str) -> QMessageBox:
    """The title heads the text as well: macOS shows no title on a message box, and neither
    does a desktop without a window manager's title bars ("Could not open the plan" above
    what went wrong, not the file's name and reason alone)."""
    box = QMessageBox(icon, title, f"{title}\n\n{text}", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_message(parent: QWidget | None, icon: Icon, title: str, text: str) -> None:
    box = message_box(parent, icon, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str, choices: Sequence[str], cancel: int | None = None) -> int:
    """The index of the chosen button (the first is the default; Esc picks `cancel`)."""
    box = message_box(parent, Icon.Question, title, text)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
    box.setDefaultButton(buttons[0])
    if cancel is not None:
        box.setEscapeButton(buttons[cancel])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), cancel if cancel is not None else -1)


def grow_to_fit(dialog: QWidget) -> None:
    """Taller if its contents now need it at its width (a message set in a word-wrapped label
    may take two lines); never narrower (adjustSize made a dialog as narrow as it could)."""
    layout = dialog.layout()
    if layout is None:
        return
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(width, needed)


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label() -> QLabel:
    """Where a dialog says why it cannot close with what was typed (what was typed stays):
    red, plain text, wrapped rather than widening the dialog (grow_to_fit once it is set)."""
    label = plain_label("")
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


TEXT_FIELD_MAX_WIDTH = 560  # a text field grows to show its text whole up to this (pixels)
TEXT_FIELD_MIN_LETTERS = 40  # and shows this many even empty: a usual e-mail or street address whole


def text_field(text: str, parent: QWidget | None = None, hint: str = "") -> QLineEdit:
    """A field holding `text` (a plan's title, an e-mail address), wide enough to show it whole
    where that fits a dialog, and read from its start: Qt leaves the cursor at the end, and a
    field too narrow for its text showed only the end of it. So is the `hint` it shows empty,
    and, empty, a usual address (TEXT_FIELD_MIN_LETTERS)."""
    field = QLineEdit(text, parent)
    field.setPlaceholderText(hint)
    metrics = field.fontMetrics()
    widest = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(hint))
    # (A new person's or place's fields were ~18 letters wide: an address typed there scrolled.)
    widest = max(widest, TEXT_FIELD_MIN_LETTERS * metrics.averageCharWidth())
    field.setMinimumWidth(min(widest + 4 * metrics.averageCharWidth(), TEXT_FIELD_MAX_WIDTH))
    field.setCursorPosition(0)
    return field


def typed_line(field: QLineEdit) -> str:
    """What a one-line field holds, as the plan keeps it (plain_text.one_line): Qt keeps the
    line breaks and control characters pasted into it, unseen there, where a browser would
    make them spaces; without the spaces at its ends, a zero-width one too (trimmed)."""
    return trimmed(one_line(field.text()))


def typed_text(field: QPlainTextEdit) -> str:
    """What a field of several lines holds, as the plan keeps it (plain_text.plain)."""
    return trimmed(plain(field.toPlainText()))


LONGEST_CHOICE = 60  # letters: a list of names is as wide as its longest name up to this


def fit_choices(combo: QComboBox) -> QComboBox:
    """`combo`, once filled with the plan's names (places, roles, people), as wide as its
    longest up to LONGEST_CHOICE letters: a longer one (names come from files) is cut short
    with "…" instead of widening its dialog off the screen."""
    longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(longest, LONGEST_CHOICE))
    return combo


def tooltip(text: str) -> str:
    """A tooltip that shows `text` as written, line breaks kept."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
