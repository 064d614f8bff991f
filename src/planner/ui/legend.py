"""Under the grid: what each of its colours means. Part of the first frame (app.py shows the
grid before the side panels are made), so it needs no more than the grid does."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from planner.domain.model import Plan
from planner.ui.calendar_view import CONFLICT_MARK, SHORT_FILL, SHORT_HATCH, TURN_FILL, WINDOW_FILL, role_fill
from planner.ui.document import PlanDocument
from planner.ui.i18n import tr


class Legend(QLabel):
    """What each colour on the grid means: windows, turns, one colour per volunteer role, and
    the look of a turn or shift short of people. One line of text that wraps between entries,
    so a long list (or a longer language) never makes the window wider than the screen."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(tr("Legend"))
        self.setTextFormat(Qt.TextFormat.RichText)  # names escaped below: the plan's text stays text
        self.setWordWrap(True)
        self.setContentsMargins(8, 2, 8, 2)
        self._document = document
        self._shown: object = None  # the roles the keys were made from, and whether conflicts were shown
        self._entries: list[str] = []
        document.plan_loaded.connect(self.refresh)
        document.plan_changed.connect(self.refresh)
        document.warnings_changed.connect(self.refresh)  # a team plan's conflicts came or went
        self.refresh()

    def entries(self) -> list[str]:
        return list(self._entries)

    def refresh(self) -> None:
        roles, conflicts = self._document.plan.roles, bool(self._document.conflicts)
        if isinstance(self._shown, tuple) and self._shown[0] is roles and self._shown[1] == conflicts:
            return  # an edit of something else: the same keys
        self._shown = (roles, conflicts)
        plan: Plan = self._document.plan
        keys = [(WINDOW_FILL, tr("Media availability")), (TURN_FILL, tr("Spokesperson turn"))]
        keys += [(role_fill(i), _short(role.name)) for i, role in enumerate(plan.roles)]
        swatches = [
            f'<span style="background-color:{color.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span>' for color, _ in keys
        ]
        swatches.append(f'<span style="color:{SHORT_HATCH.name()}; background-color:{SHORT_FILL.name()}">▨▨</span>')
        self._entries = [text for _, text in keys] + [tr("Needs people")]
        if conflicts:  # the dashed edge of a record changed here and by a teammate
            swatches.append(f'<b style="color:{CONFLICT_MARK.name()}">⇄</b>')
            self._entries.append(tr("Conflict with a teammate"))
        # The line wraps between entries, never within one.
        self.setText(" &nbsp; ".join(f'<span style="white-space:nowrap">{swatch}&nbsp;{html.escape(text)}</span>'
                                      for swatch, text in zip(swatches, self._entries, strict=True)))  # fmt: skip


LONGEST_KEY = 40  # letters: a role's name in the legend, at most


def _short(name: str) -> str:
    """A role's name as the legend shows it: an entry never wraps within itself, so a name of a
    hundred letters (names come from files) would make the window wider than the screen."""
    return name if len(name) <= LONGEST_KEY else name[: LONGEST_KEY - 1].rstrip() + "…"
