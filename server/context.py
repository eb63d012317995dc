"""The request's view of the application: its settings, its query pool, the published release."""

from __future__ import annotations

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
    """The folder of the release being served now; 503 when nothing is published."""
    path = layout.current(settings().out)
    if path is None:
        raise ServiceUnavailable("nothing is published yet: run `kg build`, then retry", retry_after=30)
    return path


def run(query: str, **job) -> Outcome:
    """Run ``query`` on the current release in a worker (see :class:`server.jobs.Job`)."""
    return current_app.extensions[EXTENSION].pool.run(Job(release=str(release()), query=query, **job))
