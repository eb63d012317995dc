"""A pool of query worker processes: the only place queries run.

A query cannot be stopped from another thread (a regex can hold the GIL, Rust
code ignores injected exceptions) and some queries abort the process that
embeds Oxigraph. So each query runs in a worker process that the web process
kills when the time limit passes and replaces with a fresh one. Each worker
opens the published store read-only, limits its own address space, and leaves
the network namespace when the kernel allows it, so no query can reach the
network even if the guard were wrong. Admission is bounded: ``workers``
running plus ``queue_size`` waiting; beyond that the answer is 503 with
``Retry-After``. Workers are forked from a clean ``forkserver`` process,
never from the threaded web server.

With ``wikidata_service`` on, :class:`QueryPools` adds a second, small pool whose
workers keep the network, for the one endpoint a SERVICE may name; only a query
whose text may hold the SERVICE keyword goes there, every other query (and the
server's own) still runs on a worker without network. Those workers are the only
processes that query text can make reach the network: the guard lets through only
SERVICE clauses to that endpoint, :mod:`server.federation` makes the call itself
(timeout, size cap, no redirect, no proxy or credentials from the environment), and
Oxigraph never sees a SERVICE.
"""

from __future__ import annotations

import ctypes
import dataclasses
import io
import math
import multiprocessing
import pickle
import queue
import resource
import select
import sys
import threading
import traceback
from collections import OrderedDict

from werkzeug.exceptions import ServiceUnavailable

from kg.settings import Settings
from server import evaluate, guard
from server.jobs import Job, Outcome

CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000
M_ARENA_MAX = -8  # glibc's mallopt parameter
ARENAS = 2

#: What a worker sends once, when it is set up and waits for its first job.
READY = b"ready"
#: How long a new worker may take to be ready (a loaded machine starts processes slowly).
#: It is not counted in a query's time limit: the limit measures the query alone.
START_LIMIT = 60.0


class Worker:
    """One query process and the pipe to it."""

    def __init__(self, context, settings: Settings, service: str | None = None):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, settings, service),
                                       name="irnews-service" if service else "irnews-query", daemon=True)
        self.process.start()
        child.close()
        # Made once: Connection.poll and Process.is_alive build a selector at each call.
        self._answered = select.poll()
        self._answered.register(self.connection.fileno(), select.POLLIN)
        self._ended = select.poll()
        self._ended.register(self.process.sentinel, select.POLLIN)
        self._ready = False

    def alive(self) -> bool:
        """Whether the process still runs (its sentinel becomes readable when it ends)."""
        return not self._ended.poll(0)

    def ask(self, job: Job, timeout: float) -> Outcome:
        """The worker's answer; TimeoutError past ``timeout`` (counted from when the worker is ready),
        EOFError/OSError if it died or never became ready."""
        self.wait_ready()
        send(self.connection, job)
        if not self._answered.poll(math.ceil(timeout * 1000)):
            raise TimeoutError
        return receive(self.connection)

    def wait_ready(self) -> None:
        """Wait until the worker has said it is set up (once; EOFError if it did not in START_LIMIT)."""
        if self._ready:
            return
        if not self._answered.poll(math.ceil(START_LIMIT * 1000)) or self.connection.recv_bytes() != READY:
            raise EOFError("the query worker did not start")
        self._ready = True

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class QueryPools:
    """Where a query runs: the pool without network, or (``wikidata_service`` on) the pool that may federate."""

    def __init__(self, settings: Settings):
        self.offline = QueryPool(settings)
        self.online = QueryPool(settings, settings.wikidata_endpoint) if settings.wikidata_service else None

    def run(self, job: Job) -> Outcome:
        federates = self.online is not None and not job.trusted and guard.may_name_service(job.query)
        return (self.online if federates else self.offline).run(job)

    def close(self) -> None:
        for pool in (self.offline, self.online):
            if pool is not None:
                pool.close()


class QueryPool:
    """``settings.workers`` processes (``service_workers`` for a pool that may federate with ``service``),
    started on first use, replaced when they time out or die."""

    def __init__(self, settings: Settings, service: str | None = None):
        self.settings = settings
        self.service = service
        self.size = settings.service_workers if service else settings.workers
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload([__name__])
        self._slots = threading.BoundedSemaphore(self.size + settings.queue_size)
        # Last in, first out: the worker used last is used next, so the few that a light load
        # needs stay warm (the guard's verdicts they keep, the store pages they read).
        self._idle: queue.LifoQueue[Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._workers: set[Worker] = set()
        self._started = self._closed = False
        self.verdicts = Verdicts()

    @property
    def retry_after(self) -> int:
        return max(1, math.ceil(self.settings.query_timeout / 2))

    def run(self, job: Job) -> Outcome:
        if not self._slots.acquire(blocking=False):
            raise ServiceUnavailable("every query worker is busy and the queue is full; retry shortly",
                                     retry_after=self.retry_after)
        try:
            verdict = None if job.trusted else self.verdicts.get(job.query)
            outcome = self._run(dataclasses.replace(job, checked=verdict) if verdict else job, self._take())
        finally:
            self._slots.release()
        if outcome.checked is not None:
            self.verdicts.keep(job.query, outcome.checked)
        return outcome

    def _run(self, job: Job, worker: Worker) -> Outcome:
        limit = self.settings.query_timeout
        try:
            worker.wait_ready()
        except (EOFError, OSError):
            self._replace(worker)
            raise ServiceUnavailable("a query worker failed to start; retry shortly",
                                     retry_after=self.retry_after) from None
        try:
            outcome = worker.ask(job, limit)
        except TimeoutError:
            self._replace(worker)
            raise ServiceUnavailable(f"the query ran longer than {limit:g} s and was stopped; "
                                     "narrow it or add a LIMIT") from None
        except (EOFError, OSError, pickle.UnpicklingError):  # it died, or sent what no worker sends
            self._replace(worker)
            raise ServiceUnavailable("the query ended its worker process (memory or engine limit); "
                                     "simplify it") from None
        self._idle.put(worker)
        return outcome

    def _take(self) -> Worker:
        self._start()
        try:
            worker = self._idle.get(timeout=self.settings.query_timeout)
        except queue.Empty:
            raise ServiceUnavailable("no query worker became free in time; retry shortly",
                                     retry_after=self.retry_after) from None
        if not worker.alive():
            self._replace(worker)
            return self._take()
        return worker

    def _start(self) -> None:
        with self._lock:
            if self._closed:
                raise ServiceUnavailable("the server is shutting down")
            if not self._started:
                for _ in range(self.size):
                    self._spawn()
                self._started = True

    def _spawn(self) -> None:
        worker = Worker(self._context, self.settings, self.service)
        self._workers.add(worker)
        self._idle.put(worker)

    def _replace(self, worker: Worker) -> None:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)
            if not self._closed:
                self._spawn()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for worker in self._workers:
                worker.stop()
            self._workers.clear()


class Verdicts:
    """The guard's verdicts that workers reached, by exact query text, for the ``size`` texts used last.

    Each worker keeps its own verdicts too, but a text new to a worker would be parsed again there
    (10-30 ms with rdflib); a verdict kept here goes with the job, and any worker runs it at once.
    Only an acceptance is ever kept (a refusal is not an answer with a verdict), and only one that
    no worker could have forged to widen what runs: it must be for the very text (escapes expanded)
    and that text must not be able to name a SERVICE, so a kept verdict never lets out more than a
    query without SERVICE can do.
    """

    def __init__(self, size: int = 256):
        self.size = size
        self._kept: OrderedDict[str, guard.Checked] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, query: str) -> guard.Checked | None:
        with self._lock:
            verdict = self._kept.get(query)
            if verdict is not None:
                self._kept.move_to_end(query)
            return verdict

    def keep(self, query: str, verdict: guard.Checked) -> None:
        try:
            fit = not verdict.services and verdict.text == guard.expand_escapes(query)
        except guard.Refusal:
            fit = False
        if not fit or guard.may_name_service(query):
            return
        with self._lock:
            self._kept[query] = verdict
            self._kept.move_to_end(query)
            if len(self._kept) > self.size:
                self._kept.popitem(last=False)


def worker_main(connection, settings: Settings, service: str | None = None) -> None:
    """The loop of a worker process: one job in, one Outcome out, until the pipe closes.
    Only a worker that may federate with ``service`` keeps the network."""
    _few_arenas()
    _limit_memory(settings.worker_memory_mb)
    if service is None and not _leave_network():
        print("irnews query worker: could not leave the network namespace; "
              "SERVICE is still refused by the guard", file=sys.stderr)
    stores = evaluate.Stores()
    connection.send_bytes(READY)
    while True:
        try:
            job = receive(connection)
        except (EOFError, KeyboardInterrupt):
            return
        send(connection, _answer(job, stores, settings, service))


def send(connection, message: Job | Outcome) -> None:
    """One message, pickled here: plain pickle, as the messages hold only dataclasses, strings and bytes."""
    connection.send_bytes(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))


def receive(connection) -> Job | Outcome:
    """The next message. Only the message classes are rebuilt, so a worker that a query took over
    cannot make the web process run code by what it sends back."""
    return Messages(io.BytesIO(connection.recv_bytes())).load()


class Messages(pickle.Unpickler):
    ALLOWED = {("server.jobs", "Job"), ("server.jobs", "Outcome"),
               ("server.guard", "Checked"), ("server.guard", "Service")}

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"a query worker sent {module}.{name}, which is not a message")
        return super().find_class(module, name)


def _answer(job: Job, stores: evaluate.Stores, settings: Settings, service: str | None) -> Outcome:
    try:
        return evaluate.evaluate(job, stores, settings, service)
    except Exception:  # a bug: logged here, a generic 500 for the client
        traceback.print_exc(file=sys.stderr)
        return Outcome(500, message="the query failed inside the server; the server log has the details")


def _few_arenas() -> None:
    """Let malloc keep at most ARENAS arenas. Each thread that finds the others' arenas locked gets
    a new one, which reserves 64 MiB of address space (Oxigraph and RocksDB start threads per query):
    a worker that had answered a few queries held 9 of them, 580 MiB of the 1 GiB limit it never
    used, and a query could then fail for want of space the worker did not need."""
    try:
        ctypes.CDLL(None).mallopt(M_ARENA_MAX, ARENAS)
    except (OSError, AttributeError):  # not glibc
        pass


def _limit_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _leave_network() -> bool:
    """Move this process into a new, empty network namespace (no interface is up)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    return any(libc.unshare(flags) == 0 for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET))
