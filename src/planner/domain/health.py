"""Health limits for spokespeople: defaults per role, stricter for people on hunger strike."""

from __future__ import annotations

from planner.domain.model import HealthLimits, Person, SpeakerRole

DEFAULT_LIMITS: dict[SpeakerRole, HealthLimits] = {
    # Someone not eating tires fast: short days, short stints, long rests, days off.
    SpeakerRole.STRIKER: HealthLimits(max_minutes_per_day=180, max_consecutive_turns=1, min_rest_minutes=120,
                                      max_days_in_row=3),
    SpeakerRole.CLINICIAN: HealthLimits(max_minutes_per_day=240, max_consecutive_turns=2, min_rest_minutes=60,
                                        max_days_in_row=5),
    SpeakerRole.OFFICER: HealthLimits(max_minutes_per_day=360, max_consecutive_turns=3, min_rest_minutes=30,
                                      max_days_in_row=6),
    SpeakerRole.OTHER: HealthLimits(max_minutes_per_day=300, max_consecutive_turns=2, min_rest_minutes=60,
                                    max_days_in_row=5),
}  # fmt: skip


def limits_for(person: Person) -> HealthLimits:
    return person.limits or DEFAULT_LIMITS[person.speaker_role]
