"""Work off the GUI thread, one way: a job runs in a worker thread, and what it reports —
progress, its result or its error — is delivered to the GUI thread by a queued signal, in order.

Used for every job that could keep the window from painting: checking a campaign's warnings,
solving the rotation, sending e-mail, writing the calendar feeds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from PySide6.QtWidgets import QAbstractButton


class Background(QObject):
    """One worker thread; jobs run one after another in the order given."""

    # (callback, args): emitted in the worker, received in the thread this object lives in,
    # because a signal crossing threads is queued.
    _deliver = Signal(object, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        # Made by the first job, with its module: a window makes several of these before its
        # first frame, which needs none of them.
        self._pool: ThreadPoolExecutor | None = None
        self._shut = False
        self._deliver.connect(self._on_deliver)

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[Any]:
        """Run `job()` in the worker; then `on_done(result)`, or `on_error(exception)`, in the
        GUI thread. Without `on_error` an exception is re-raised there (and so reported).
        The future returned holds the result or the exception too, for a caller that cannot
        wait for the GUI thread to be told (it must then ignore what is delivered after)."""

        def work() -> Any:
            try:
                result = job()
            except Exception as exc:  # handed to the GUI thread, which decides
                self.in_gui(on_error or _reraise, exc)
                raise
            self.in_gui(on_done, result)
            return result

        if self._shut:
            raise RuntimeError("cannot schedule new jobs after shutdown")
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        return self._pool.submit(work)

    def in_gui(self, callback: Callable[..., None], *args: Any) -> None:
        """From the worker: call `callback(*args)` in the GUI thread (after what came before)."""
        self._deliver.emit(callback, args)

    def shutdown(self, wait: bool = False) -> None:
        """Stop taking jobs; `wait` lets the running and queued ones finish first."""
        self._shut = True
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def _on_deliver(self, callback: Callable[..., None], args: tuple[Any, ...]) -> None:
        callback(*args)


def _reraise(exc: Exception) -> None:
    raise exc


class StopOnClose:
    """A dialog's long job (a publish, a share, a send) that closing the dialog stops: while it
    runs, the dialog's close button (Close reads `stop_text` meanwhile; Cancel stays Cancel),
    Esc and the window's close ask the job to stop at its next safe point, and the dialog
    stays to say what went — closing it used to leave the job going on unseen. The job's
    thread reads `stopping` (its going_on)."""

    def __init__(self, button: QAbstractButton, say_stopping: Callable[[], None], stop_text: str = "") -> None:
        self.running = self.stopping = False
        self._button, self._say_stopping = button, say_stopping
        self._stop_text, self._idle_text = stop_text, button.text()

    def start(self) -> None:
        self._set(running=True)

    def end(self) -> None:
        self._set(running=False)

    def close_asked(self) -> bool:
        """Whether the dialog may close now; if not, the job is asked to stop (once)."""
        if not self.running:
            return True
        if not self.stopping:
            self.stopping = True
            self._button.setEnabled(False)
            self._say_stopping()
        return False

    def _set(self, running: bool) -> None:
        self.running, self.stopping = running, False
        self._button.setEnabled(True)
        if self._stop_text:
            self._button.setText(self._stop_text if running else self._idle_text)
