"""A client-side deadline for each statement of a connection: a frozen server cannot hang a scan.

statement_timeout is enforced by the server; a backend that is stopped (SIGSTOP, a hung
host, a network that drops packets without a reset) never enforces it, and the client would
wait for ever. One watchdog thread per connection follows the statement running on it: past
statement_timeout and a margin (cancel_margin_s) it sends a cancel request (a live server
then fails the statement as timed out, and the scan goes on); if the server still does not
answer, it shuts the socket down, and the statement fails at once with a lost connection.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg

# Past statement_timeout, before the cancel request: the server's clock starts when the
# statement reaches it, which on a loaded server or behind a pooler's queue is later than the
# client sent it, and a timed-out statement can take a while to stop. A fixed 5 s margin
# cancelled such statements of long timeouts: the margin grows with the timeout (a quarter of
# it), never under 5 s. The cancel is for a server that will not time out by itself.
MIN_MARGIN_S = 5.0
MARGIN_FRACTION = 0.25
GRACE_S = 5.0  # past the cancel request, before the connection is abandoned


def cancel_margin_s(timeout_s: float) -> float:
    """How long past statement_timeout the client waits before it cancels the statement."""
    return max(MIN_MARGIN_S, MARGIN_FRACTION * timeout_s)


class Deadline:
    """Watches the statements run inside `running()`; `expired` says why it gave up."""

    def __init__(self, conn: psycopg.Connection[Any], timeout_s: float) -> None:
        self._conn = conn
        self.timeout_s = timeout_s
        self.margin_s = cancel_margin_s(timeout_s)
        self.expired: str | None = None
        self._lock = threading.Condition()
        self._started: float | None = None
        self._statement = 0
        self._closed = False
        self._thread = threading.Thread(target=self._watch, name="dbaudit-deadline", daemon=True)
        self._thread.start()

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        with self._lock:
            self._statement += 1
            self._started = time.monotonic()
            self._lock.notify()
        try:
            yield
        finally:
            with self._lock:
                self._started = None
                self._lock.notify()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify()
        self._thread.join()

    def _wait_past(self, statement: int, due: float) -> bool:
        """Wait until `due`; true if the same statement is still running then."""
        with self._lock:
            while not self._closed and self._statement == statement and self._started:
                left = due - time.monotonic()
                if left <= 0:
                    return True
                self._lock.wait(left)
            return False

    def _watch(self) -> None:
        while True:
            with self._lock:
                while not self._closed and self._started is None:
                    self._lock.wait()
                if self._closed:
                    return
                statement, started = self._statement, self._started
            assert started is not None
            cancel_at = started + self.timeout_s + self.margin_s
            if not self._wait_past(statement, cancel_at):
                continue
            with contextlib.suppress(psycopg.Error, OSError):
                self._conn.cancel_safe(timeout=GRACE_S)
            if not self._wait_past(statement, cancel_at + GRACE_S):
                continue
            self.expired = (
                f"no answer from the server within statement_timeout + {self.margin_s:g} s, nor "
                "to a cancel request; the connection was abandoned"
            )
            _shut_down(self._conn)
            with self._lock:  # until that statement has failed
                while not self._closed and self._statement == statement and self._started:
                    self._lock.wait()


def _shut_down(conn: psycopg.Connection[Any]) -> None:
    """End the connection's socket under libpq: its wait for an answer ends with an error.

    Not conn.close(): that frees libpq's connection while another thread is inside it.
    """
    with contextlib.suppress(OSError, psycopg.Error):
        fd = os.dup(conn.fileno())
        with socket.socket(fileno=fd) as sock:
            sock.shutdown(socket.SHUT_RDWR)
