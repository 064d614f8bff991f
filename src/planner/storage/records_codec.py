"""Releases and sent-message records as JSON-ready dicts, shared by both file formats (a
.planner file keeps each as JSON text)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from planner.domain.ledger import SentMessage
from planner.domain.model import Contact, Journalist
from planner.domain.releases import Release, ReleasedWindow
from planner.storage.codecs import Context, InvalidValueError, Nested
from planner.storage.schema import JOURNALISTS
from planner.storage.timefmt import format_local, format_utc, parse_local, parse_utc


def release_to_dict(release: Release) -> dict[str, Any]:
    c = release.press_contact
    return {
        "number": release.number,
        "name": release.name,
        "created": format_utc(release.created),
        "plan_id": release.plan_id,
        "title": release.title,
        "timezone": release.timezone,
        "press_contact": {"name": c.name, "email": c.email, "phone": c.phone},
        "windows": [
            {
                "window": w.window_id,
                "start": format_local(w.start),
                "end": format_local(w.end),
                "place": w.place,
                "notes": w.notes,
                "latitude": w.latitude,
                "longitude": w.longitude,
                "lineup": list(w.lineup),
                "cancelled": w.cancelled,
            }
            for w in release.windows
        ],
        "journalists": [journalist_to_dict(j) for j in release.journalists],
    }


def release_from_dict(data: dict[str, Any]) -> Release:
    """Raises KeyError, TypeError or ValueError on a damaged record; callers say where."""
    zone = ZoneInfo(data["timezone"])
    contact = data["press_contact"]
    return Release(
        number=int(data["number"]),
        name=str(data["name"]),
        created=parse_utc(data["created"]),
        plan_id=str(data["plan_id"]),
        title=str(data["title"]),
        timezone=str(data["timezone"]),
        press_contact=Contact(str(contact["name"]), str(contact["email"]), str(contact["phone"])),
        windows=tuple(
            ReleasedWindow(
                window_id=str(w["window"]),
                start=parse_local(w["start"], zone),
                end=parse_local(w["end"], zone),
                place=str(w["place"]),
                notes=str(w["notes"]),
                latitude=w["latitude"],
                longitude=w["longitude"],
                lineup=tuple(str(x) for x in w["lineup"]),
                cancelled=bool(w["cancelled"]),
            )
            for w in data["windows"]
        ),
        journalists=tuple(journalist_from_dict(j) for j in data["journalists"]),
    )


def journalist_to_dict(j: Journalist) -> dict[str, Any]:
    return JOURNALISTS.dump(j)


def journalist_from_dict(data: dict[str, Any]) -> Journalist:
    try:
        journalist: Journalist = Nested(JOURNALISTS).load(data, Context("release"))
    except InvalidValueError as exc:
        raise ValueError(f"journalist{exc.where}: {exc.problem}") from None
    return journalist


def sent_to_dict(m: SentMessage) -> dict[str, Any]:
    return {
        "email": m.email,
        "uid": m.uid,
        "method": m.method,
        "sequence": m.sequence,
        "significant": m.significant,
        "content": m.content,
        "release": m.release,
        "sent_at": format_utc(m.sent_at),
    }


def sent_from_dict(data: dict[str, Any]) -> SentMessage:
    method = str(data["method"])
    if method not in ("REQUEST", "CANCEL", "SCHEDULE"):  # SCHEDULE: a person's own schedule e-mail
        raise ValueError(f"unknown method {method!r}")
    return SentMessage(
        email=str(data["email"]),
        uid=str(data["uid"]),
        method=method,
        sequence=int(data["sequence"]),
        significant=str(data["significant"]),
        content=str(data["content"]),
        release=int(data["release"]),
        sent_at=parse_utc(data["sent_at"]),
    )
