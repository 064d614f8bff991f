"""A shared plan, kept in step with its server while it is open (sync/ does the work): pulled
on open and every SYNC_SECONDS, each edit saved and pushed as it is made, teammates' changes
shown as one undoable step ("Changes from Ben"), and the state for the title bar: synced, N
changes waiting, offline, conflicts.

The network runs in a worker thread on a snapshot of the plan; the result is applied in the
GUI thread. Edits made meanwhile are kept: the incoming changes are merged onto them, record
by record, the same three-way way a sync merges a teammate's.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.domain.model import Plan
from planner.errors import PlannerError
from planner.storage import load_sync
from planner.storage.lock import login_name
from planner.ui.background import Background
from planner.ui.document import PlanDocument
from planner.ui.i18n import say, say_error, tr
from planner.ui.settings import ORGANIZER_NAME, SYNC_SECONDS, Settings

if TYPE_CHECKING:  # icalendar and the CalDAV client load when a shared plan is open
    from pathlib import Path

    from planner.domain.records import Records
    from planner.domain.sync_state import SyncState  # (loaded with a team plan's state)
    from planner.sync.engine import MessageClaims, Synced

PUSH_AFTER_MS = 800  # an edit is pushed this long after the last of a burst


class Status(enum.Enum):
    NOT_SHARED = "not shared"
    SYNCING = "syncing"
    SYNCED = "synced"
    WAITING = "waiting"  # my changes not on the server yet
    OFFLINE = "offline"
    CONFLICTS = "conflicts"
    REFUSED = "refused"  # the server would not take some of my changes (too large for it)
    READ_ONLY = "read-only"  # this account may read the plan on the server, not change it
    GONE = "gone"  # the shared plan is no longer on its server: File ▸ Share on Server shares it anew
    SIGN_IN = "sign in"  # no password for the server here


@dataclass(frozen=True)
class Snapshot:
    plan: Plan
    state: SyncState


class TeamSync(QObject):
    status_changed = Signal()
    conflicts_found = Signal()  # new conflicts arrived: the window offers to show them
    release_dropped = Signal(str)  # a release of this copy gave way to a teammate's (what to tell)

    def __init__(self, document: PlanDocument, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document, self._settings = document, settings
        self.state: SyncState | None = None
        self.status = Status.NOT_SHARED
        self.waiting = 0
        self.refused = 0  # of those waiting, how many the server would not take (too large)
        self.problem = ""  # why the last sync did not reach the server, or did not take all
        self.last_report: Any = None
        self._passwords: dict[tuple[str, str], str] = {}  # given this session, where no keyring keeps them
        self._clients: dict[tuple[str, str, str], Any] = {}
        self._running: Snapshot | None = None
        self._starting = False  # a sync saving what is typed before it starts (the save's signals may ask for one)
        self._again = False
        self._after_pull: list[Callable[[], object]] = []  # to do once the next sync that pulls is done
        self._after_this: list[Callable[[], object]] = []  # to do once the sync under way is done
        self._applying = False  # teammates' changes going in: not an edit of ours to push
        self._worker = Background("team-sync", self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self._push = QTimer(self)
        self._push.setSingleShot(True)
        self._push.setInterval(PUSH_AFTER_MS)
        self._push.timeout.connect(self.push_now)
        document.path_changed.connect(self._on_document_path_changed)
        document.plan_loaded.connect(self._on_document_path_changed)
        document.plan_changed.connect(self._on_document_plan_changed)

    @property
    def shared(self) -> bool:
        return self.state is not None

    @property
    def who(self) -> str:
        from planner.domain.sync_state import recorded_as  # (loaded with a team plan's state)

        return recorded_as(self._settings.get(ORGANIZER_NAME), self.state, login_name())

    def title_suffix(self) -> str:
        """What the title bar says of the sync, "" for a plan not shared."""
        if self.status is Status.NOT_SHARED:
            return ""
        conflicts = len(self.state.conflicts) if self.state is not None else 0
        if conflicts:
            return tr("%n conflict(s)", "", conflicts)
        if self.status is Status.OFFLINE:
            return tr("offline, %n change(s) waiting", "", self.waiting) if self.waiting else tr("offline")
        if self.status is Status.SIGN_IN:
            return tr("sign in to sync")
        if self.status is Status.GONE:
            return tr("no longer on the server")
        if self.status is Status.READ_ONLY:
            return tr("read-only on the server, %n change(s) waiting", "", self.waiting)
        if self.status is Status.REFUSED:
            return tr("%n change(s) the server would not take", "", self.refused)
        if self.waiting:
            return tr("%n change(s) waiting", "", self.waiting)
        return tr("syncing…") if self.status is Status.SYNCING else tr("synced")

    def give_password(self, password: str) -> None:
        if self.state is not None:
            self._passwords[(self.state.url, self.state.user)] = password
            self.sync_now()

    def password_for(self, url: str, user: str, password: str) -> None:
        """A password typed in a dialog: kept for this session (and in the keyring by the dialog)."""
        self._passwords[(url, user)] = password

    # -- when to sync

    def _on_document_path_changed(self) -> None:
        path = self._document.path
        try:
            state = load_sync(path) if path is not None and not self._document.read_only else None
        except PlannerError:
            state = None
        was = self.state
        self.state = state
        self._document.set_conflicts(state.conflicts if state is not None else {}, announce=False)
        if state is None:
            self._timer.stop()
            self._set_status(Status.NOT_SHARED)
            return
        self._timer.start(max(5, self._settings.get(SYNC_SECONDS)) * 1000)
        # A new link; or the same, shared anew (a new collection's token): not every save of a copy whose plan is gone.
        if was is None or (was.url, was.user) != (state.url, state.user) or \
                (self.status is Status.GONE and was.token != state.token):  # fmt: skip
            self._set_status(Status.SYNCING)  # until the first sync says more (conflicts show at once)
            self.sync_now()

    def _on_document_plan_changed(self) -> None:
        if self.state is not None and not self._applying:
            self._push.start()

    def pull_then(self, action: Callable[[], object]) -> None:
        """Do `action` on the team's latest plan: for a shared plan once a sync that starts
        now has brought teammates' changes in (a publish, a release, the outbox); at once for a
        plan not shared. Offline, it is done all the same, on this copy (the status says so)."""
        if self.state is None or self._document.path is None:
            action()
            return
        self._after_pull.append(action)
        self.sync_now()

    def push_now(self) -> None:
        """An edit just made: save it and send it, without asking the server for news first."""
        self.sync_now(pull=False)

    def sync_now(self, pull: bool = True) -> None:
        """Save what is typed, then pull and push in the background."""
        if self.state is None or self._document.path is None:
            self._go_on(self._after_pull)
            return
        if self._running is not None or self._starting:
            self._again = True  # a sync that pulls follows this one: what waits for it, too
            return
        try:
            state, records = self._saved(self._document.path)
        except PlannerError as exc:
            self.problem = say_error(exc)
            self._set_status(Status.OFFLINE)
            self._go_on(self._after_pull)
            return
        if state is None:
            self._go_on(self._after_pull)
            return
        if pull:  # a push alone brings nothing in: what waits for a pull waits on
            self._after_this, self._after_pull = self._after_pull, []
        self.state = state
        snapshot = Snapshot(self._document.plan, state)
        self._running = snapshot
        who, now = self.who, datetime.now(UTC)
        key = (state.url, state.user)
        given = self._passwords.get(key)
        clients = self._clients

        def job() -> Synced:
            from planner.publish.caldav import server_password
            from planner.sync.documents import open_client
            from planner.sync.engine import sync_plan

            password = server_password(state.url, state.user, given)
            client = clients.get((*key, password))
            if client is None:
                client = clients[(*key, password)] = open_client(state.url, state.user, password)
            return sync_plan(snapshot.plan, records, state, client, who, now, pull=pull)

        self._set_status(Status.SYNCING)
        self._worker.run(job, self._on_synced, self._on_failed)

    def _saved(self, path: Path) -> tuple[SyncState | None, Records]:
        """What is typed saved; the link and the records as the file has them (records read here
        if the open left them for later: may fail). A sync the save's signals ask for meanwhile
        follows the one starting, not alongside it."""
        self._starting = True
        try:
            if self._document.is_modified:
                self._document.save()
            return load_sync(path), self._document.records
        finally:
            self._starting = False

    # -- results

    def _on_synced(self, synced: Synced) -> None:
        self._apply(synced)
        self._go_on(self._after_this)
        if self._again:
            self._again = False
            self.sync_now()

    def _apply(self, synced: Synced) -> None:
        snapshot, self._running = self._running, None
        assert snapshot is not None
        report = synced.report
        self.last_report = report
        plan = synced.plan
        if self._document.plan is not snapshot.plan:  # edited meanwhile: keep those edits
            plan = rebase(snapshot.plan, self._document.plan, synced.plan)
        names = sorted({by for by in _authors(synced, report.received + report.merged) if by})
        text = tr("Changes from {names}").format(names=", ".join(names)) if names else tr("Changes from teammates")
        try:
            self._applying = True
            self._document.store_synced(plan, synced.records, synced.state, snapshot.state, text)
        except PlannerError as exc:
            self.problem = say_error(exc)
            self._set_status(Status.OFFLINE)
            return
        finally:
            self._applying = False
        self.state = synced.state
        self._document.set_conflicts(synced.state.conflicts)
        from planner.sync.engine import pending
        from planner.ui.conflict_text import refused_text

        self.waiting = len(pending(self._document.plan, self._document.records, synced.state))
        self.refused = len(report.refused)
        gone = ""
        if report.gone:
            gone = tr("{why}: this copy keeps all of it; if it is gone for the whole team, File ▸ Share on Server… "
                      "shares it anew, for teammates to open from there, or joins it where a teammate already "
                      "has").format(why=say(report.gone))  # fmt: skip
        self.problem = gone or say(report.offline or report.read_only) or refused_text(self._document.plan,
                                                                                       report.refused)  # fmt: skip
        new_conflicts = set(synced.state.conflicts) - set(snapshot.state.conflicts)
        self._set_status(Status.GONE if report.gone else Status.CONFLICTS if synced.state.conflicts
                         else Status.OFFLINE if report.offline else Status.READ_ONLY if report.read_only
                         else Status.REFUSED if report.refused else Status.WAITING if self.waiting
                         else Status.SYNCED)  # fmt: skip
        if new_conflicts:
            self.conflicts_found.emit()
        for dropped in report.dropped:
            self.release_dropped.emit(say(dropped))

    def _on_failed(self, exc: Exception) -> None:
        self._running, self._again = None, False
        try:
            if not isinstance(exc, PlannerError | OSError):
                raise exc  # a bug, not an outage: reported as one, not shown as "offline"
            self.problem = say_error(exc)
            from planner.publish.caldav import PublishError

            no_password = isinstance(exc, PublishError) and "password" in str(exc)  # (its English, in any language)
            self._set_status(Status.SIGN_IN if no_password else Status.OFFLINE)
        finally:  # what waits for the team's latest goes on with this copy
            self._go_on(self._after_this)
            self._go_on(self._after_pull)

    @staticmethod
    def _go_on(actions: list[Callable[[], object]]) -> None:
        waiting = list(actions)
        actions.clear()
        for action in waiting:
            action()

    def _set_status(self, status: Status) -> None:
        self.status = status
        self.status_changed.emit()

    def resolve(self, key: str, take: str, fields: Sequence[str] = ()) -> None:
        """Settle one conflict ("mine" or "theirs"; `fields`: only those of it) and sync."""
        if self.state is None or self._document.path is None:
            return
        from planner.sync.engine import resolve

        state = load_sync(self._document.path) or self.state
        plan, new_state = resolve(self._document.plan, self._document.records, state, key, take, fields)
        which = tr("Keep mine") if take == "mine" else tr("Take theirs")
        what = f"{key} ({', '.join(fields)})" if fields else key
        self._document.store_synced(plan, self._document.records, new_state, state, f"{which}: {what}")
        self.state = new_state
        self._document.set_conflicts(new_state.conflicts)
        self._set_status(Status.CONFLICTS if new_state.conflicts else Status.WAITING)
        self.sync_now()

    def claims(self) -> MessageClaims | None:
        """For a shared plan, the Outbox's claims on the messages it sends (sync/engine.py)."""
        if self.state is None:
            return None
        from planner.sync.engine import MessageClaims

        state, given = self.state, self._passwords.get((self.state.url, self.state.user))

        def connect() -> Any:
            from planner.publish.caldav import server_password
            from planner.sync.documents import open_client

            return open_client(state.url, state.user, server_password(state.url, state.user, given))

        return MessageClaims(connect, state, self._document.plan.id, self.who)

    def shutdown(self) -> None:
        self._timer.stop()
        self._push.stop()
        self._worker.shutdown()
        # Its connections closed (a server may keep them open until Python's garbage collector
        # comes by): a sync still under way is cut off there, as by the network, and what it
        # did not finish waits in the file for the next.
        for client in self._clients.values():
            client.close()
        self._clients.clear()


def rebase(base: Plan, mine: Plan, theirs: Plan) -> Plan:
    """`theirs` (a sync's result, made from `base`) with the edits made to `base` since —
    `mine` — put back on it, record by record; where both changed a field, mine (it is the
    newer: made while the sync ran), pushed by the next sync."""
    from planner.storage.plan_objects import join_plan, split_plan
    from planner.sync.engine import merge_object

    before, now, synced = split_plan(base), split_plan(mine), split_plan(theirs)
    result = dict(synced)
    for key in set(before) | set(now):
        if now.get(key) == before.get(key):
            continue  # not edited meanwhile
        merged, _clashing = merge_object(key, before.get(key), now.get(key), synced.get(key))
        if merged is None:
            result.pop(key, None)
        else:
            result[key] = merged
    return join_plan(result, "rebase", like=mine)


def _authors(synced: Synced, keys: list[str]) -> list[str]:
    return [synced.state.objects[k].by for k in keys if k in synced.state.objects]
