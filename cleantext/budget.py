"""A time budget for cleaning one document: ``clean(text, timeout=2.0)``.

Every pattern in cleantext runs in linear time, so a document's cost grows with its size, not with
its shape; a budget is still what a batch job over millions of records needs, so that one
pathological record is *reported* (``DocumentTimeout``) instead of holding a worker.

Two mechanisms, both always safe:

* a deadline checked between pipeline steps (works in any thread, on any platform);
* on POSIX, in the main thread, when nobody else owns ``SIGALRM``, a real-time timer that
  interrupts the step that is running, so the budget holds inside a long step too.

>>> from cleantext import clean
>>> clean("A short story.", timeout=5.0)
'A short story.'
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["DocumentTimeout", "Deadline", "time_budget"]


class DocumentTimeout(TimeoutError):
    """Cleaning one document took longer than its ``timeout``; nothing was returned for it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"cleaning took over {seconds:g} s (the timeout)")
        self.seconds = seconds


class Deadline:
    """When a document's budget runs out; ``check()`` raises :class:`DocumentTimeout` after it."""

    __slots__ = ("seconds", "_end")

    def __init__(self, seconds: float | None) -> None:
        if seconds is not None and (not isinstance(seconds, (int, float)) or not seconds > 0 or math.isnan(seconds)):
            raise ValueError(f"timeout must be a positive number of seconds or None, not {seconds!r}")
        self.seconds = seconds
        self._end = math.inf if seconds is None else time.perf_counter() + seconds

    def check(self) -> None:
        if time.perf_counter() > self._end:
            raise DocumentTimeout(self.seconds or 0.0)


def _can_use_alarm() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    )


@contextmanager
def time_budget(seconds: float | None) -> Iterator[Deadline]:
    """A :class:`Deadline` for the ``with`` block, and (where possible) a timer that interrupts it.

    The timer is only armed when this is the main thread and ``SIGALRM`` has no handler of the
    program's own; the previous handler and timer state are restored on the way out.
    """
    deadline = Deadline(seconds)
    if seconds is None or not _can_use_alarm():
        yield deadline
        return

    def _expired(signum: int, frame: object) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
