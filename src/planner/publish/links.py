"""Subscription links: each published calendar's address, and each person's secret one.

A person's calendar on the server is the collection `person-<token>`, the token random (128
bits): the link a volunteer is given cannot be guessed from their name, nor another's
enumerated from it. A new token revokes the old link: the next publish deletes the old
collection, so the old address stops answering.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime

from planner.domain.model import Person, Plan
from planner.domain.records import FeedToken, PublishedEvent, Records

PERSON_PREFIX = "person-"
AUDIENCE = {"media": "press", "volunteers": "every volunteer", "organizer": "the organizing team (private)"}


def new_token() -> str:
    return secrets.token_hex(16)


def with_tokens(plan: Plan, records: Records, now: datetime) -> Records:
    """The records with a token for everyone in the plan who has none yet."""
    missing: dict[str, FeedToken] = {
        p.id: FeedToken(new_token(), now) for p in plan.people if p.id not in records.tokens
    }
    return records.with_tokens(missing) if missing else records


def rotated(records: Records, person_id: str, now: datetime) -> Records:
    """A new link for the person; the old one stops working at the next publish."""
    return records.with_tokens({person_id: FeedToken(new_token(), now)})


def person_collection(token: str) -> str:
    return f"{PERSON_PREFIX}{token}"


def calendar_urls(published: Mapping[tuple[str, str], PublishedEvent]) -> dict[str, str]:
    """Collection -> its URL, for each collection the server holds events of ours in."""
    urls: dict[str, str] = {}
    for (collection, _uid), event in published.items():
        if not event.deleted and collection not in urls:
            urls[collection] = event.href.rsplit("/", 1)[0] + "/"
    return urls


def webcal(url: str) -> str:
    """The same address for calendar apps that subscribe on a click (webcal://)."""
    return "webcal" + url[url.index("://") :]


def person_link(person: Person, records: Records) -> str | None:
    """The https address of the person's own calendar, once published; None before."""
    token = records.tokens.get(person.id)
    if token is None:
        return None
    return calendar_urls(records.published).get(person_collection(token.token))


def person_links(plan: Plan, records: Records) -> dict[str, str]:
    """Person id -> their published link, for everyone who has one (person_link for all at
    once: the record is gone through once, not once a person)."""
    urls = calendar_urls(records.published)
    return {
        p.id: url
        for p in plan.people
        if (token := records.tokens.get(p.id)) and (url := urls.get(person_collection(token.token)))
    }


def planned_link(person: Person, records: Records) -> str | None:
    """Where the person's calendar is, or will be at the next publish (a new link, or someone
    new): beside the calendars already published. None before anything was published."""
    token = records.tokens.get(person.id)
    urls = calendar_urls(records.published)
    if token is None or not urls:
        return None
    home = next(iter(urls.values())).rstrip("/").rsplit("/", 1)[0] + "/"
    return f"{home}{person_collection(token.token)}/"


def qr_png(text: str, scale: int = 6) -> bytes:
    """A QR code of `text` as PNG (segno: pure Python), for the screen and the run sheet."""
    import io

    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def subscription_links(plan: Plan, records: Records) -> list[tuple[str, str, str, str]]:
    """(calendar, who it is for, https URL, webcal URL) for each collection the server holds
    from us, as the record says: what to hand out for subscribing."""
    from planner.publish.filenames import unique_stems

    people = {person_collection(records.tokens[p.id].token): p for p in plan.people if p.id in records.tokens}
    role_stems = unique_stems([(r.id, r.name) for r in plan.roles])
    roles = {f"role-{role_stems[r.id]}": r for r in plan.roles}
    rows = []
    for collection, url in sorted(calendar_urls(records.published).items()):
        if collection.startswith(PERSON_PREFIX) and collection not in people:
            continue  # a revoked link, or someone no longer in the plan: not handed out
        if collection in people:
            who = people[collection].name
        elif collection in roles:
            who = f"{roles[collection].name} volunteers"
        else:
            who = AUDIENCE.get(collection, collection)
        rows.append((collection, who, url, webcal(url)))
    return rows
