"""Why no rotation exists, in the organizer's words."""

from __future__ import annotations

from planner.domain.checks import span
from planner.domain.health import limits_for
from planner.domain.model import PersonId, Turn
from planner.rotation.model import build
from planner.rotation.problem import Problem, RotationRequest, make_groups, seats
from planner.words import Text, tr

NOT_FOUND = tr("No rotation was found in the time given; try a longer time limit.")


def explain(problem: Problem, request: RotationRequest) -> list[Text]:
    """Why no rotation exists, in organizer words: which windows cannot be covered, and which
    people's limits (or which requirements) are in the way. From the solver's assumptions."""
    lines = uncoverable(problem)
    people = {p.id: p for p in problem.people}
    if lines:
        return lines
    model, handles = build(problem, make_groups(problem, per_window=True), with_assumptions=True)
    cp_model, guards = handles["cp_model"], handles["guards"]
    model.add_assumptions(list(guards.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(1.0, request.time_limit)
    solver.parameters.num_workers = 1  # the core of assumptions is reported with one worker
    if solver.solve(model) != cp_model.INFEASIBLE:
        return [NOT_FOUND]
    names = {v.index: name for name, v in guards.items()}
    core = [names[i] for i in solver.sufficient_assumptions_for_infeasibility()]
    blocked = [n.split(":", 1) for n in core]
    windows = [problem.window_of[w] for kind, w in blocked if kind in ("cover", "pair", "language")]
    limits = [people[PersonId(p)] for kind, p in blocked if kind == "limits"]
    for window in dict.fromkeys(windows):
        count = seats(window)
        needs = (
            tr("1 spokesperson on every turn") if count == 1 else tr("{count} spokespeople on every turn", count=count)
        )
        if window.pair:
            roles = tr("{first} and {second}", first=tr(window.pair[0].value), second=tr(window.pair[-1].value))
            needs = tr("{needs}, one each of {roles}", needs=needs, roles=roles)
        if window.language:
            needs = tr("{needs}, someone who speaks {language}", needs=needs, language=window.language)
        lines.append(tr("Cannot cover the media window {day} {hours}: it needs {needs}.", day=window.start.date(),
                        hours=span(window.start, window.end), needs=needs))  # fmt: skip
    for kind, item in blocked:
        if kind == "fixed":
            turn = next(t for t in problem.turns if t.id == item)
            lines.append(tr("The pinned turn {turn} cannot stay as it is.", turn=when(turn)))
    for person in limits:
        lim = limits_for(person)
        lines.append(
            tr("Limits in the way: {name} ({role}) — at most {hours} h on camera a day, {turns} turns in a row, "
               "{rest} h rest between stints, {days} days in a row.", name=person.name,
               role=tr(person.speaker_role.value), hours=f"{lim.max_minutes_per_day / 60:g}",
               turns=lim.max_consecutive_turns, rest=f"{lim.min_rest_minutes / 60:g}", days=lim.max_days_in_row)
        )  # fmt: skip
    return lines or [tr("The requirements contradict each other; no single window or limit could be named.")]


def uncoverable(problem: Problem) -> list[Text]:
    """Turns fewer people can take than they need, whatever the rest of the rotation (or, with
    no spokespeople at all, that one line rather than one for every turn)."""
    open_turns = [t for t in problem.turns if t.id not in problem.fixed and seats(problem.window_of[t.window_id])]
    if not problem.people and open_turns:
        return [tr("The plan has no spokespeople to put on its {count} turns: add them in the People panel (kind "
                   "spokesperson), or import them from a spreadsheet.", count=len(open_turns))]  # fmt: skip
    lines = []
    for t in open_turns:
        needed, available = seats(problem.window_of[t.window_id]), len(problem.candidates[t.id])
        if available >= needed:
            continue
        if needed == 1:
            lines.append(tr("{turn}: needs a spokesperson but none is available then (each is unavailable or busy "
                            "with a shift)", turn=when(t)))  # fmt: skip
        else:
            lines.append(
                tr("{turn}: needs {needed} spokespeople but only {available} are available then (the others are "
                   "unavailable or busy with a shift)", turn=when(t), needed=needed, available=available)
            )  # fmt: skip
    return lines


def when(turn: Turn) -> Text:
    return tr("{day} {hours}", day=turn.start.date(), hours=span(turn.start, turn.end))
