"""Work done in a process of its own, forked from this one, beside what this process goes on doing.

`Apart(work)` forks; the child runs ``work()`` on the memory it shares with the parent at the fork (copied
only where either writes), sends back the pickled result and ends without running any exit handler.
The parent takes the result with `result` (the child's exception as a `ChildFailed`) or stops the child
with `cancel`. The child starts no thread and logs nothing: other threads of the parent (a server, a
loader) may hold locks at the moment of the fork, which in the child nobody would release. Where the
operating system cannot fork, or ``KG_FORK=0`` says not to, the work is done at `result`, in this process.

A build uses it to write kg.trig.gz on the second core while this process writes the line dumps
(`kg.dumpfiles.write`).
"""

from __future__ import annotations

import os
import pickle
import signal
from typing import Any, Callable


class ChildFailed(RuntimeError):
    """The forked work raised, or its process died."""


def forking() -> bool:
    return hasattr(os, "fork") and os.environ.get("KG_FORK", "1") != "0"


class Apart:
    def __init__(self, work: Callable[[], Any]):
        self._work, self._pid, self._read = work, None, None
        if not forking():
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:   # the child: do the work, send its outcome, leave at once
            os.close(read)
            try:
                payload = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:   # noqa: BLE001 - whatever it was, the parent must hear of it
                payload = pickle.dumps((False, f"{type(exc).__name__}: {exc}"))
            try:
                view = memoryview(payload)
                while view:
                    view = view[os.write(write, view):]
            finally:
                os._exit(0)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> Any:
        """The work's result (waiting for the child, or doing the work here if nothing was forked)."""
        if self._pid is None:
            return self._work()
        chunks = []
        try:
            while data := os.read(self._read, 1 << 20):
                chunks.append(data)
        finally:
            os.close(self._read)
            _, status = os.waitpid(self._pid, 0)
            self._pid = None
        if not chunks:
            raise ChildFailed(f"the forked process ended without a result (status {status})")
        done, value = pickle.loads(b"".join(chunks))
        if not done:
            raise ChildFailed(f"the forked process failed: {value}")
        return value

    def cancel(self) -> None:
        """Stop the child, if one runs (after a failure here)."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.close(self._read)
        os.waitpid(self._pid, 0)
        self._pid = None
