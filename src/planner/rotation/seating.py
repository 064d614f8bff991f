"""Who sits on which turn of a group, once the solver has said who is on duty in it."""

from __future__ import annotations

from planner.domain.languages import speaks
from planner.domain.model import PersonId
from planner.rotation.problem import Group, Problem, seats


def seat(problem: Problem, group: Group, on_duty: list[PersonId]) -> dict[str, tuple[PersonId, ...]]:
    """Who sits on which turn of a group: people stay on the turn they are on where they can
    (so a repair moves nobody it need not), then each turn gets its pair and its speaker."""
    if len(group.turns) == 1:
        return {group.turns[0].id: tuple(on_duty)}
    people = {p.id: p for p in problem.people}
    window = group.window
    seated: dict[str, list[PersonId]] = {t.id: [] for t in group.turns}
    pool = list(on_duty)

    def fits(turn_id: str, pid: PersonId) -> bool:
        taken = seated[turn_id]
        if len(taken) >= seats(window):
            return False
        role = people[pid].speaker_role
        return not window.pair or sum(people[o].speaker_role is role for o in taken) < window.pair.count(role)

    def sit(turn_id: str, pid: PersonId) -> None:
        seated[turn_id].append(pid)
        pool.remove(pid)

    for t in group.turns:
        for pid in t.person_ids:
            if pid in pool and fits(t.id, pid):
                sit(t.id, pid)
    if window.language:
        for t in group.turns:
            if not any(speaks(people[o], window.language) for o in seated[t.id]):
                speaker = next((p for p in pool if speaks(people[p], window.language) and fits(t.id, p)), None)
                if speaker is not None:
                    sit(t.id, speaker)
    for t in group.turns:
        for pid in list(pool):
            if fits(t.id, pid):
                sit(t.id, pid)
    done = not pool and all(
        not window.language or any(speaks(people[o], window.language) for o in taken) for taken in seated.values()
    )
    return {tid: tuple(taken) for tid, taken in seated.items()} if done else seat_exactly(problem, group, on_duty)


def seat_exactly(problem: Problem, group: Group, on_duty: list[PersonId]) -> dict[str, tuple[PersonId, ...]]:
    """The rare group the greedy seating cannot fill (people kept on their turns block a
    speaker): a tiny model that seats everyone and keeps as many where they were."""
    from ortools.sat.python import cp_model

    people = {p.id: p for p in problem.people}
    window = group.window
    model = cp_model.CpModel()
    z = {(pid, t.id): model.new_bool_var("") for pid in on_duty for t in group.turns}
    for pid in on_duty:
        model.add_exactly_one(z[pid, t.id] for t in group.turns)
    for t in group.turns:
        model.add(sum(z[pid, t.id] for pid in on_duty) == seats(window))
        for role in set(window.pair):
            members = [z[pid, t.id] for pid in on_duty if people[pid].speaker_role is role]
            model.add(sum(members) == window.pair.count(role))
        if window.language:
            model.add(sum(z[pid, t.id] for pid in on_duty if speaks(people[pid], window.language)) >= 1)
    model.maximize(sum(z[pid, t.id] for t in group.turns for pid in t.person_ids if pid in on_duty))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.solve(model)
    return {t.id: tuple(pid for pid in on_duty if solver.value(z[pid, t.id])) for t in group.turns}
