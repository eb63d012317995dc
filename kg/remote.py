"""Push a release to another triplestore over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of the release is read from its Oxigraph store (read-only) and sent with
``PUT {store_url}?graph={iri}`` as N-Triples: "indirect graph identification", section 4.2 of
https://www.w3.org/TR/sparql11-http-rdf-update/. PUT replaces the graph, so pushing twice is
harmless. A 5xx answer, a 429, a refused connection or a timeout is retried with exponential
backoff; any other 4xx stops the push at once with the store's own message. Afterwards each
graph's triple count on the remote is checked against the release: with one SPARQL query
(SPARQL 1.1 Protocol) when a query endpoint is known, else by GET of each graph.

The protocol has no transactions: graphs are replaced one by one, so while a push runs (or
after one that failed) the remote holds some graphs of the new release and some of the old.

Where the Graph Store endpoint is, and the query endpoint derived from it (``QUERY_PATHS``):

=====================  ============================================  ===========================
store                  ``store_url`` (``kg publish --to``)           query endpoint
=====================  ============================================  ===========================
Oxigraph server        ``http://HOST:7878/store``                    ``http://HOST:7878/query``
Apache Jena Fuseki     ``http://HOST:3030/DATASET/data``             ``…/DATASET/sparql``
GraphDB                ``http://HOST:7200/repositories/REPO/rdf-graphs/service``  ``…/repositories/REPO``
Virtuoso               ``http://HOST:8890/sparql-graph-crud-auth``   ``http://HOST:8890/sparql``
Amazon Neptune         ``https://HOST:8182/sparql/gsp/``             ``https://HOST:8182/sparql``
=====================  ============================================  ===========================
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from . import __version__, release
from .errors import PublishError, UsageError

N_TRIPLES = "application/n-triples"
RESULTS_JSON = "application/sparql-results+json"
#: Graph Store path suffix -> the query endpoint's path suffix, for each store of the table above.
QUERY_PATHS = (("/rdf-graphs/service", ""), ("/sparql-graph-crud-auth", "/sparql"),
               ("/sparql-graph-crud", "/sparql"), ("/sparql/gsp/", "/sparql"), ("/sparql/gsp", "/sparql"),
               ("/store", "/query"), ("/data", "/sparql"))
RETRY_STATUS = {429, 500, 502, 503, 504}
HINTS = {
    401: "The store wants credentials: give --user (password in KG_STORE_PASSWORD)",
    403: "The store does not let these credentials write",
    404: "No Graph Store endpoint there: for Oxigraph pass http://HOST:7878/store, for Fuseki "
         "http://HOST:3030/DATASET/data (see the README)",
    405: "That URL does not take PUT: is it the query endpoint, or a read-only server?",
    413: "The graph is larger than the store accepts in one request: raise its request size limit",
    415: f"The store does not read {N_TRIPLES}",
}
COUNT_BATCH = 200  # graphs counted per SPARQL query

Progress = Callable[[str], None]


@dataclass(frozen=True)
class PushedGraph:
    iri: str
    triples: int        # in the release
    remote: int         # on the remote after the push
    attempts: int       # PUT requests it took


@dataclass
class PushReport:
    version: str
    store_url: str
    query_url: str | None                        # None: counts were taken by GET
    graphs: list[PushedGraph] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)


@dataclass(frozen=True)
class _Remote:
    """Where and how to talk to the store."""

    session: requests.Session
    store_url: str
    query_url: str | None
    retries: int
    backoff: float
    timeout: float

    def request(self, method: str, url: str, what: str, ok=(200, 201, 204), **kwargs) -> tuple[requests.Response, int]:
        """Send with retries; return the answer whose status is in ``ok`` and the attempts it took."""
        for attempt in itertools.count(1):
            try:
                response = self.session.request(method, url, timeout=self.timeout, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                failure, wait = f"{type(exc).__name__}: {_cause(exc)}", None
            else:
                if response.status_code in ok:
                    return response, attempt
                if response.status_code not in RETRY_STATUS:
                    raise _refused(method, response, what, on_store=method != "POST")
                failure, wait = f"HTTP {response.status_code} {response.reason}", _retry_after(response)
            if attempt > self.retries:
                raise PublishError(f"{what}: {method} {url} failed {attempt} time(s), last with {failure}. "
                                   "Is the store running and reachable? Try again, or raise --retries.")
            time.sleep(min(wait if wait is not None else self.backoff * 2 ** (attempt - 1), 30.0))


def push(release_dir: Path, store_url: str, *, graphs: Iterable[str] | None = None, query_url: str | None = None,
         retries: int = 3, backoff: float = 0.5, timeout: float = 60.0, auth=None, prune: bool = False,
         progress: Progress = lambda _: None) -> PushReport:
    """PUT every named graph of the release (or those of ``graphs``) to ``store_url``, then verify the
    counts; raise PublishError naming the graph and the store's answer when anything fails.

    ``query_url`` is the store's SPARQL query endpoint; None derives it from ``store_url``
    (``QUERY_PATHS``) and, for an unknown layout, counts by GET. ``auth`` is anything
    ``requests`` takes (a (user, password) pair for HTTP basic). ``prune`` then deletes the
    remote graphs under the release's graph namespace (``{base_iri}graph/``) that it does not hold."""
    folder = release.current(release_dir)
    if folder is None:
        raise UsageError(f"{release_dir}: no release there; run `kg build --out {release_dir}` first")
    if retries < 0:
        raise UsageError(f"retries must be 0 or more, not {retries}")
    meta = release.metadata(folder)
    names = _chosen(meta, graphs, folder)
    remote = _Remote(_session(auth), store_url, query_url if query_url else derived_query_url(store_url),
                     retries, backoff, timeout)
    report = PushReport(meta["version"], store_url, remote.query_url)
    sent = _send(remote, folder / release.STORE, names, progress)
    counts = _remote_counts(remote, names)
    for name in names:
        report.graphs.append(PushedGraph(name, sent[name][0], counts[name], sent[name][1]))
    wrong = [g for g in report.graphs if g.remote != g.triples]
    if wrong:
        raise PublishError(f"{store_url}: the remote holds other counts than the release for {len(wrong)} graph(s): "
                           + "; ".join(f"<{g.iri}> {g.remote} instead of {g.triples}" for g in wrong[:5])
                           + ". Another writer may be changing them; push again.")
    if prune:
        report.pruned = _prune(remote, meta, set(meta["graphs"]), progress)
    return report


def derived_query_url(store_url: str) -> str | None:
    """The query endpoint beside a Graph Store endpoint of a known layout, else None."""
    parts = urlsplit(store_url)
    for suffix, query in QUERY_PATHS:
        if parts.path.endswith(suffix):
            return urlunsplit(parts._replace(path=parts.path[: -len(suffix)] + query, query="", fragment=""))
    return None


def _chosen(meta: dict, graphs: Iterable[str] | None, folder: Path) -> list[str]:
    names = list(meta["graphs"])
    if graphs is None:
        return names
    chosen = list(dict.fromkeys(str(g) for g in graphs))
    unknown = [g for g in chosen if g not in meta["graphs"]]
    if unknown:
        raise UsageError(f"release {folder.name} has no graph {', '.join(f'<{g}>' for g in unknown)}")
    return chosen


def _session(auth) -> requests.Session:
    session = requests.Session()
    session.auth = auth
    session.headers["User-Agent"] = f"irnews-kg/{__version__} (kg publish)"
    return session


def _send(remote: _Remote, store: Path, names: list[str], progress: Progress) -> dict[str, tuple[int, int]]:
    """PUT each graph; return graph name -> (triples sent, attempts)."""
    sent = {}
    database = ox.Store.read_only(str(store))
    try:
        for name in names:
            triples = [q.triple for q in database.quads_for_pattern(None, None, None, ox.NamedNode(name))]
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            _, attempts = remote.request("PUT", remote.store_url, f"graph <{name}>", params={"graph": name},
                                         data=body, headers={"Content-Type": N_TRIPLES})
            sent[name] = (len(triples), attempts)
            retried = f" (after {attempts - 1} retr{'y' if attempts == 2 else 'ies'})" if attempts > 1 else ""
            progress(f"put <{name}>: {len(triples)} triples{retried}")
    finally:
        del database
    return sent


def _remote_counts(remote: _Remote, names: list[str]) -> dict[str, int]:
    if remote.query_url is None:
        return {name: _count_by_get(remote, name) for name in names}
    counts = dict.fromkeys(names, 0)
    for start in range(0, len(names), COUNT_BATCH):
        values = " ".join(f"<{name}>" for name in names[start:start + COUNT_BATCH])
        rows = _select(remote, f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                               "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "counting the pushed graphs")
        counts.update((row["g"]["value"], int(row["n"]["value"])) for row in rows)
    return counts


def _count_by_get(remote: _Remote, name: str) -> int:
    response, _ = remote.request("GET", remote.store_url, f"reading back graph <{name}>", ok=(200, 404),
                                 params={"graph": name}, headers={"Accept": N_TRIPLES})
    if response.status_code == 404:
        return 0
    try:
        return sum(1 for _ in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as exc:
        raise PublishError(f"reading back graph <{name}> from {remote.store_url}: the store did not answer "
                           f"N-Triples ({exc}); give --query-url to count with SPARQL instead") from exc


def _select(remote: _Remote, query: str, what: str) -> list[dict]:
    response, _ = remote.request("POST", remote.query_url, what, ok=(200,), data=query.encode("utf-8"),
                                 headers={"Content-Type": "application/sparql-query", "Accept": RESULTS_JSON})
    try:
        return response.json()["results"]["bindings"]
    except (ValueError, KeyError) as exc:
        raise PublishError(f"{what}: {remote.query_url} did not answer SPARQL JSON results; is it the "
                           "query endpoint? Give the right one with --query-url") from exc


def _prune(remote: _Remote, meta: dict, keep: set[str], progress: Progress) -> list[str]:
    """Delete the remote graphs under ``{base_iri}graph/`` that the release does not hold."""
    if remote.query_url is None:
        raise UsageError("pruning lists the remote graphs with SPARQL: give --query-url")
    namespace = f"{meta['base_iri'].rstrip('/')}/graph/"
    rows = _select(remote, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "listing the remote graphs")
    stale = sorted(name for row in rows if (name := row["g"]["value"]).startswith(namespace) and name not in keep)
    for name in stale:
        remote.request("DELETE", remote.store_url, f"deleting graph <{name}>", ok=(200, 202, 204, 404),
                       params={"graph": name})
        progress(f"deleted <{name}>: not in the release")
    return stale


def _refused(method: str, response: requests.Response, what: str, on_store: bool) -> PublishError:
    said = " ".join(response.text.split())[:300]
    hint = HINTS.get(response.status_code) if on_store else \
        "Is that the store's SPARQL query endpoint? Give the right one with --query-url"
    return PublishError(f"{what}: {method} {response.url} was refused with HTTP {response.status_code} "
                        f"{response.reason}" + (f": {said}" if said else "") + (f". {hint}" if hint else ""))


def _cause(exc: Exception) -> str:
    """The operating system's words for a failed connection ("[Errno 111] Connection refused"), else all."""
    found = re.search(r"\[Errno -?\d+\] [^'\")]+", str(exc))
    return found.group(0) if found else str(exc)


def _retry_after(response: requests.Response) -> float | None:
    """Seconds from a Retry-After header given in seconds; None when absent or a date."""
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None
