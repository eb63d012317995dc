"""The per-article stages on every core: an ordered map over worker processes.

Workers come from the ``forkserver`` context (a fresh single-threaded process forks them, so a
caller's threads, such as a test's server, cannot leave a lock held in a worker). Each worker
builds its own state once from a picklable recipe (`ordered_map`'s ``setup``), then handles items
in order-preserving chunks. Small inputs are handled in this process: a pool costs about a second.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from typing import Callable, Iterable, Iterator

INLINE = 64      # up to this many items, no pool
CHUNK = 8        # items per task: enough to amortise the pipe, few enough to balance two cores

_state = None    # the worker's own, made by _start from the recipe


def processes(wanted: int = 0) -> int:
    """``wanted`` processes, or one per core available to this process when 0."""
    if wanted > 0:
        return wanted
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(setup: Callable, recipe: tuple, work: Callable, items: Iterable, workers: int,
                local=None) -> Iterator:
    """``work(state, item)`` for each item, in order, where ``state = setup(*recipe)`` is made once
    per process. ``setup``, ``recipe`` and ``work`` must pickle (module-level functions, plain data).
    ``local``, if given, is the state already made in this process: used when the items are handled here."""
    items = iter(items)
    head = list(itertools.islice(items, INLINE + 1))
    if workers <= 1 or len(head) <= INLINE:
        state = setup(*recipe) if local is None else local
        yield from (work(state, item) for item in itertools.chain(head, items))
        return
    context = multiprocessing.get_context("forkserver")
    with context.Pool(workers, initializer=_start, initargs=(setup, recipe)) as pool:
        yield from pool.imap(_Call(work), itertools.chain(head, items), chunksize=CHUNK)


def _start(setup: Callable, recipe: tuple) -> None:
    global _state
    _state = setup(*recipe)


class _Call:
    """``work(state, item)`` with the worker's state (a picklable callable for Pool.imap)."""

    def __init__(self, work: Callable):
        self.work = work

    def __call__(self, item):
        return self.work(_state, item)
