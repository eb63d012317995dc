"""Running one query against one release's store: what a query worker process does.

The RDF dataset follows SPARQL 1.1 Protocol, section 2.1.4
(https://www.w3.org/TR/sparql11-protocol/#dataset): "If an RDF Dataset is
specified via the protocol [default-graph-uri, named-graph-uri], it overrides any
dataset specified in the query". Without them, the default graph is the RDF merge of
every published named graph (each triple once: the store's own default graph, `kg.store`)
and ``GRAPH`` sees each of them.

A worker that may federate (``service``, the one endpoint allowed) has the guard
let SERVICE clauses to that endpoint through, and :mod:`server.federation`
replaces them with the endpoint's solutions before Oxigraph sees the query.
"""

from __future__ import annotations

import dataclasses
import sys
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg import release
from kg import store as kg_store
from kg.settings import Settings
from server import federation, guard, results
from server.jobs import Job, Outcome
from server.namespaces import PREFIXES

#: The guard's verdict on a query text (a pure function of it), kept for the texts this
#: worker saw last: rdflib takes 10-30 ms to parse a typical query, Oxigraph far less to run it.
#: A refusal is an exception, never kept: refused texts are parsed again.
checked = lru_cache(maxsize=256)(guard.check)


class Stores:
    """The store of the release last asked for; a new release closes the old store."""

    def __init__(self):
        self.path: str | None = None
        self.store: ox.Store | None = None
        self.graphs: frozenset[str] | None = None
        self.merged: dict = {}

    def get(self, path: str) -> ox.Store:
        if path != self.path:
            self.path = self.store = self.graphs = None
            self.store = ox.Store.read_only(str(Path(path) / release.STORE))
            self.merged = kg_store.dataset(self.store)
            self.path = path
        return self.store

    def named_graphs(self) -> frozenset[str]:
        if self.graphs is None:
            self.graphs = frozenset(g.value for g in self.store.named_graphs())
        return self.graphs


def evaluate(job: Job, stores: Stores, settings: Settings, service: str | None = None) -> Outcome:
    """Run ``job``; every failure the query can cause comes back as an Outcome.

    ``service``: the endpoint a SERVICE may name in this worker (None: no SERVICE runs).
    """
    try:
        query = _verdict(job, settings, service)
        text = federation.resolve(query, settings) if query.services else query.text
        store = stores.get(job.release)
        result = store.query(text, base_iri=settings.base_iri, prefixes=PREFIXES,
                             substitutions=_substitutions(job), **_dataset(job, query, stores))
        outcome = results.serialize(result, job, settings)
        return outcome if job.trusted or job.checked else dataclasses.replace(outcome, checked=query)
    except guard.Refusal as refusal:
        return Outcome(refusal.status, message=refusal.message)
    except SyntaxError as error:
        return Outcome(400, message=f"syntax error: {error}")
    except MemoryError:
        return Outcome(503, message="the query needed more memory than a worker may use; narrow it")
    except OSError as error:  # its message names files of the server: for the log, not the client
        print(f"irnews query worker: the store of {job.release} could not be read: {error}", file=sys.stderr)
        return Outcome(503, message="the published store could not be read; retry, or tell the operator")


def _verdict(job: Job, settings: Settings, service: str | None) -> guard.Checked:
    """The guard's verdict: the one the web process sent with the job (a worker's, kept there), or
    this worker's own, kept or reached now; none for the server's own queries."""
    if job.trusted:
        return guard.Checked(job.query, False)
    return job.checked or checked(job.query, service, settings.base_iri)


def _dataset(job: Job, checked: guard.Checked, stores: Stores) -> dict:
    """The protocol's graphs if given, else the query's FROM clauses, else the union of all graphs."""
    if job.default_graphs is None and job.named_graphs is None:
        return {} if checked.names_dataset else stores.merged
    default, named = job.default_graphs or (), job.named_graphs or ()
    known = stores.named_graphs()
    for iri in default + named:
        if iri not in known:
            raise guard.Refusal(400, f"graph <{iri}> is not published here; GET /sparql lists the graphs")
    return {"default_graph": [ox.NamedNode(g) for g in default],
            "named_graphs": [ox.NamedNode(g) for g in named]}


def _substitutions(job: Job) -> dict | None:
    if not job.bindings:
        return None
    return {ox.Variable(name): ox.NamedNode(iri) for name, iri in job.bindings}
