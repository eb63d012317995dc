"""The Oxigraph store of a release: bulk-loaded from the N-Quads dump while it is written, or copied
from the previous release's store and changed by the quads that differ.

The store holds every named graph, and in its default graph their RDF merge: each triple once, however
many graphs hold it. SPARQL's default graph is that merge (a set of triples); Oxigraph's
``use_default_graph_as_union`` instead repeats a triple once per graph that holds it (oxigraph issue
#1919, unfixed in 0.5), so a state typed by 200 articles was counted 200 times by ``COUNT`` and joined
200 times over (the home page's network query took 20 s on the samples instead of 0.3). Queries read
the default graph as it is (`dataset`).

`Loader` runs pyoxigraph's bulk loader in a thread of its own, reading a pipe that `feed` fills with
the N-Quads pieces, and the N-Triples pieces of the merge (read into the default graph), as they are
made (the loader releases the GIL; a busy Python thread beside it costs it CPU, not correctness). The
loader names blank nodes anew, so the graphs that hold some are loaded again, quad by quad, with the
names the dumps give them. `changed` copies the previous store
with hard links to its immutable files (`pyoxigraph.Store.backup`) and applies the differences.
"""

from __future__ import annotations

import fcntl
import os
import queue
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

_F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)  # Linux
_PIPE_SIZE = 1 << 20  # the most an unprivileged process may ask for (/proc/sys/fs/pipe-max-size)

Quad = tuple[str, str, str, str]  # N-Triples terms: subject, predicate, object, graph name


class Loader:
    """A store bulk-loaded from N-Quads text fed piece by piece; `finish` waits for it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._read, self._write = os.pipe()
        try:  # a larger pipe: fewer wake-ups of the thread that fills it, which needs the GIL each time
            fcntl.fcntl(self._write, _F_SETPIPE_SZ, _PIPE_SIZE)
        except OSError:
            pass
        self._queue: queue.Queue = queue.Queue()
        self._threads = ThreadPoolExecutor(2, thread_name_prefix="store")
        self._loaded = self._threads.submit(self._load)
        self._fed = self._threads.submit(self._pump)

    def feed(self, nquads: bytes) -> None:
        self._queue.put(nquads)

    def fed(self) -> None:
        """Nothing more to load."""
        self._queue.put(None)

    def finish(self, blank: dict[str, Iterable[tuple[str, str, str]]]) -> None:
        """Wait for the load (once `fed`), then load the graphs with blank nodes again with their own names."""
        try:
            self._fed.result()
            self._loaded.result()
        finally:
            self._threads.shutdown()
        store = ox.Store(str(self.path))
        try:
            for name in sorted(blank):
                store.remove_graph(ox.NamedNode(name))
                store.extend(parse((s, p, o, f"<{name}>") for s, p, o in blank[name]))
                store.extend(parse((s, p, o, "") for s, p, o in blank[name]))  # the merge's (`without_blank`)
            store.flush()
        finally:
            del store  # closes the database now, not when a traceback lets go of this frame

    def abort(self) -> None:
        self._queue.put(None)
        self._threads.shutdown()

    def _load(self) -> None:
        try:
            store = ox.Store(str(self.path))
            try:  # lenient: each term was checked by kg.dumps.read
                store.bulk_load(path=f"/proc/self/fd/{self._read}", format=ox.RdfFormat.N_QUADS, lenient=True)
                store.flush()
            finally:
                del store
        finally:
            os.close(self._read)

    def _pump(self) -> None:
        """Write what is fed into the pipe, then close it: the loader reads to its end."""
        try:
            while (data := self._queue.get()) is not None:
                view = memoryview(data)
                while view:
                    view = view[os.write(self._write, view):]
        except BrokenPipeError:  # the loader stopped reading (it failed: finish() raises its error)
            while self._queue.get() is not None:
                pass
        finally:
            os.close(self._write)


def changed(path: Path, previous: Path, removed: set[Quad], added: set[Quad], gone: Iterable[str]) -> None:
    """The store at ``path``: the one at ``previous`` (hard links) without the ``removed`` quads and the
    graphs ``gone`` (IRIs), with the ``added`` quads; its default graph, the merge, follows: a triple
    added is there, a triple removed leaves it when no named graph holds it any more."""
    old = ox.Store.read_only(str(previous))
    try:
        old.backup(str(path))
    finally:
        del old
    store = ox.Store(str(path))
    try:
        for quad in parse(sorted(removed)):
            store.remove(quad)
        for name in sorted(gone):
            store.remove_graph(ox.NamedNode(name))
        store.extend(parse(sorted(added)))
        kept = {(s, p, o) for s, p, o, _ in added}
        store.extend(parse((s, p, o, "") for s, p, o in sorted(kept)))
        for quad in parse((s, p, o, "") for s, p, o in sorted({(s, p, o) for s, p, o, _ in removed} - kept)):
            if not any(isinstance(q.graph_name, ox.NamedNode) for q in store.quads_for_pattern(*quad.triple)):
                store.remove(quad)
        store.flush()
    finally:
        del store


def dataset(store: ox.Store) -> dict:
    """The arguments of ``store.query`` that make the default graph the merge of the named graphs: the
    store's own default graph, or (a store of a release written before it held one) Oxigraph's union."""
    merged = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
    return {} if merged else {"use_default_graph_as_union": True}


def without_blank(ntriples: bytes) -> bytes:
    """The lines of an N-Triples piece that hold no blank node: the bulk loader would name those anew,
    so `Loader.finish` adds them itself, with their names (only the ontology's axioms have any)."""
    if b"_:" not in ntriples:
        return ntriples
    kept = []
    for line in ntriples.splitlines(keepends=True):
        if b"_:" in line:
            (triple,) = ox.parse(line, format=ox.RdfFormat.N_TRIPLES)
            if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
                continue
        kept.append(line)
    return b"".join(kept)


def parse(quads: Iterable[Quad]) -> list:
    """pyoxigraph quads of N-Triples terms (blank nodes keep their names); a graph name "" is the
    default graph."""
    text = "".join(f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n" for s, p, o, g in quads)
    return list(ox.parse(text, format=ox.RdfFormat.N_QUADS)) if text else []
