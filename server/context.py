"""The request's view of the application: its settings, its query pool, the published release."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, current_app
from werkzeug.exceptions import ServiceUnavailable

from kg import release as layout
from kg.settings import Settings
from server.jobs import Job, Outcome
from server.workers import QueryPools

EXTENSION = "irnews"


@dataclass(frozen=True)
class State:
    settings: Settings
    pool: QueryPools
    per_release: dict = field(default_factory=dict)  # facts about the release served, by its folder
    served: dict = field(default_factory=dict)  # the release folder, under the identity of the directory


def init_app(app: Flask, settings: Settings) -> None:
    app.extensions[EXTENSION] = State(settings, QueryPools(settings))


def close_app(app: Flask) -> None:
    """Stop the app's query workers (they also end with the process)."""
    app.extensions[EXTENSION].pool.close()


def settings() -> Settings:
    return current_app.extensions[EXTENSION].settings


def remembered(folder: Path, compute):
    """``compute()`` once per release folder: a release never changes once published."""
    memo = current_app.extensions[EXTENSION].per_release
    if str(folder) not in memo:
        value = compute()
        memo.clear()
        memo[str(folder)] = value
    return memo[str(folder)]


def release() -> Path:
    """The folder of the release being served now; 503 when nothing is published.

    ``kg build`` publishes by replacing the ``out`` link in one rename, and a release folder never
    changes once published: so the folder found is kept for as long as ``out`` leads to the same
    directory (one ``stat`` a request, which follows every link, instead of resolving the path
    and checking the folder)."""
    return served_release(current_app.extensions[EXTENSION])


def served_release(state: State) -> Path:
    """:func:`release` for the application whose state is ``state`` (no request context needed)."""
    identity = _identity(state.settings.out)
    path = state.served.get(identity) if identity else None
    if path is None:
        path = layout.current(state.settings.out)
        if path is None:
            raise ServiceUnavailable("nothing is published yet: run `kg build`, then retry", retry_after=30)
        if identity:
            state.served.clear()
            state.served[identity] = path
    return path


def _identity(out: Path) -> tuple | None:
    """The directory ``out`` leads to: its inode, and its change time in case the inode is reused."""
    try:
        folder = os.stat(out)
    except OSError:
        return None
    return (folder.st_dev, folder.st_ino, folder.st_ctime_ns)


def run(query: str, **job) -> Outcome:
    """Run ``query`` on the current release in a worker (see :class:`server.jobs.Job`)."""
    return run_for(current_app.extensions[EXTENSION], query, **job)


def run_for(state: State, query: str, **job) -> Outcome:
    """:func:`run` for the application whose state is ``state`` (no request context needed)."""
    return state.pool.run(Job(release=str(served_release(state)), query=query, **job))
