"""A one-line progress display on standard error for batch runs: records/s, MB/s, ETA.

It is drawn only when stderr is a terminal (so logs and CI output stay clean) and at most five
times a second, whatever the record rate.
"""

from __future__ import annotations

import sys
import time
from typing import IO

__all__ = ["Progress"]

REDRAW_SECONDS = 0.2


class Progress:
    """Call ``update(records, bytes_read)`` as work completes and ``close()`` at the end.

    *total_bytes* (the input size, when known) gives a percentage and an ETA.
    """

    def __init__(self, total_bytes: int = 0, *, enabled: bool | None = None, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total_bytes
        self.start = time.perf_counter()
        self._drawn = 0.0
        self._width = 0

    def line(self, records: int, bytes_read: int) -> str:
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        text = f"{records} records  {records / elapsed:,.0f} rec/s  {bytes_read / elapsed / 1e6:.1f} MB/s"
        if self.total > 0 and bytes_read > 0:
            share = min(bytes_read / self.total, 1.0)
            eta = elapsed * (1 - share) / share
            text += f"  {share:6.1%}  ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        return text

    def update(self, records: int, bytes_read: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._drawn < REDRAW_SECONDS:
            return
        self._drawn = now
        text = self.line(records, bytes_read)
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
