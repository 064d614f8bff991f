"""What a new rotation changes, turn by turn, in the organizer's words."""

from __future__ import annotations

from planner.domain.checks import span
from planner.domain.model import PersonId, Plan
from planner.words import Text, tr


def staffing_changes(before: Plan, after: Plan) -> list[Text]:
    """One line per turn whose spokespeople differ, in time order: day, hours, who was on it
    and who is now ("nobody" for an empty turn)."""
    was = {t.id: t.person_ids for t in before.turns}
    lines = []
    for turn in sorted(after.turns, key=lambda t: t.start):
        old = was.get(turn.id, ())
        if old == turn.person_ids:
            continue
        lines.append(tr("{day} {hours}: {before} → {after}", day=turn.start.date(), hours=span(turn.start, turn.end),
                        before=_names(before, old), after=_names(after, turn.person_ids)))  # fmt: skip
    return lines


def _names(plan: Plan, ids: tuple[PersonId, ...]) -> Text | str:
    people = plan.people_by_id
    names = [people[i].name if i in people else i for i in ids]
    return ", ".join(names) if names else tr("nobody")
