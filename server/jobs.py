"""The two messages between the web process and a query worker (both are pickled)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from server.guard import Checked


@dataclass(frozen=True)
class Job:
    """One query for a worker. ``trusted`` queries are the server's own (no guard); ``checked`` is the
    guard's verdict on ``query`` that a worker gave before (:class:`server.workers.Verdicts`)."""

    release: str
    query: str
    results_type: str | None = "application/sparql-results+json"
    graph_type: str | None = "text/turtle"
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    bindings: tuple[tuple[str, str], ...] = ()
    trusted: bool = False
    checked: Checked | None = None


@dataclass(frozen=True)
class Outcome:
    """What a worker answers: a serialized result, or a status and one-line message."""

    status: int = 200
    media_type: str = ""
    body: bytes = b""
    count: int = 0
    capped: bool = False
    message: str = ""
    kind: str = ""  # "results" (SELECT, ASK) or "graph" (CONSTRUCT, DESCRIBE)
    checked: Checked | None = None  # the guard's verdict the worker ran it on, when the job came without one
