"""Passwords for the servers we publish to (SMTP, CalDAV) live only in the system keyring,
never in the plan or the settings."""

from __future__ import annotations

from planner.errors import PlannerError
from planner.words import Text, tr


def keyring_password(service: str, account: str, how_to_store: Text | str, error: type[PlannerError]) -> str:
    import keyring  # loaded when a password is needed, not at start
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(service, account)
    except KeyringError as exc:
        raise error(_unavailable(exc)) from None
    if password is None:
        raise error(tr("no password for {account} in the system keyring; {how}", account=account, how=how_to_store))
    return password


def keep_password(service: str, account: str, password: str, error: type[PlannerError]) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, account, password)
    except KeyringError as exc:
        raise error(_unavailable(exc)) from None


def _unavailable(exc: Exception) -> Text:
    return tr("the system keyring is not available ({why})", why=exc)
