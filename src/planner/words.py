"""Words Planner says to people — the domain's warnings, refusals, run sheet and rotation
report, the headless commands' lines, and every layer's errors (errors.PlannerError) — kept
as an English template with named parts, so the app and the commands can say them in their
language. At the bottom of the layers, under errors.py, so that every part of Planner can say
them.

`tr("turn {span}", span="10:00–11:00")` makes one; str() gives the English; the UI (and the
CLI, in Spanish) renders it through Qt's translations. pyside6-lupdate finds these tr() calls like the UI's own, which
is why the constructor has that name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime


def english_date(value: date) -> str:
    """A date part as the English text shows it: "Mon 07 Apr 09:00" or "Mon 07 Apr"."""
    if isinstance(value, datetime):
        return f"{value:%a %d %b %H:%M}"
    return f"{value:%a %d %b}"


def megabytes(size: int, most: int) -> str:
    """`size` bytes, past the limit of `most` MB, in MB: whole, unless that would say the limit
    itself ("50.4", not "50", past 50)."""
    whole = f"{size / 1e6:.0f}"
    return whole if int(whole) > most else f"{size / 1e6:.1f}"


QUOTED_MOST = 60  # characters of a value a message quotes


def shortened(text: str, most: int) -> str:
    """`text` cut short ("…") past `most` characters."""
    return text if len(text) <= most else text[: most - 1] + "…"


def quoted(value: object, most: int = QUOTED_MOST) -> str:
    """A value someone typed or a file held, as a message quotes it: on one line (repr), and
    cut short past `most` characters. A whole e-mail pasted into an address field was quoted
    whole, and the dialog saying so grew wider than the screen, its buttons off it."""
    return repr(shortened(value, most)) if isinstance(value, str) else shortened(repr(value), most)


@dataclass(frozen=True)
class Text:
    template: str
    parts: tuple[tuple[str, object], ...] = ()

    def render(self, translate: Callable[[str], str], dates: Callable[[date], str] = english_date) -> str:
        """The text with each part filled in: nested texts translated too, dates and times
        written by `dates` (the app writes them in its language)."""
        values = {k: self._part(v, translate, dates) for k, v in self.parts}
        return translate(self.template).format(**values)

    @staticmethod
    def _part(value: object, translate: Callable[[str], str], dates: Callable[[date], str]) -> object:
        if isinstance(value, Text):
            return value.render(translate, dates)
        if isinstance(value, date):
            return dates(value)
        return value

    def __str__(self) -> str:
        return self.render(lambda template: template)


def tr(template: str, **parts: object) -> Text:
    return Text(template, tuple(parts.items()))


def joined(texts: list[Text], separator: str) -> Text:
    """Texts one after another, each translated: "Name, E-mail". The template holds nothing
    but their places, so no text of a file's (whose braces would be read) is in it."""
    places = tuple((f"t{n}", text) for n, text in enumerate(texts))
    return Text(separator.join(f"{{{place}}}" for place, _text in places), places)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    return text


# Words given to tr() by value (role and kind names from the model), listed here so that
# pyside6-lupdate finds them.
NAMES = (
    QT_TRANSLATE_NOOP("", "striker"),
    QT_TRANSLATE_NOOP("", "clinician"),
    QT_TRANSLATE_NOOP("", "union officer"),
    QT_TRANSLATE_NOOP("", "other"),
    QT_TRANSLATE_NOOP("", "spokesperson"),
    QT_TRANSLATE_NOOP("", "volunteer"),
)
