"""Load for the endpoint benchmark: queries POSTed on kept-alive connections, timed.

Each client is a thread with its own connection (``http.client``, no compression):
the threads wait on sockets, so a few of them cost the machine little beside the
servers they load.
"""

from __future__ import annotations

import http.client
import json
import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
TIMEOUT_S = 60  # a query's time limit, on both servers: past it, the query is reported as too slow


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    accept: str = JSON_RESULTS


@dataclass
class Sample:
    """Latencies (seconds) of the requests that succeeded, with their query's name, and the count
    of those that failed."""

    latencies: list[float] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def percentile(self, p: int, name: str | None = None) -> float:
        """The ``p``-th percentile of the latencies (of query ``name`` only, if given)."""
        values = [t for t, n in zip(self.latencies, self.names) if name in (None, n)]
        if len(values) < 2:
            return values[0] if values else float("nan")
        return statistics.quantiles(values, n=100, method="inclusive")[p - 1]

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else float("nan")

    def add(self, other: Sample) -> None:
        self.latencies += other.latencies
        self.names += other.names
        self.errors += other.errors
        self.seconds += other.seconds


def per_query_ratio(ours: Sample, theirs: Sample) -> float:
    """The geometric mean, over the queries both answered, of the ratio of their medians."""
    ratios = [ours.percentile(50, name) / theirs.percentile(50, name) for name in set(ours.names) & set(theirs.names)]
    return statistics.geometric_mean(ratios) if ratios else float("nan")


def connection(url: str) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT_S + 15)


def request(url: str, query: Query, kept: http.client.HTTPConnection) -> tuple[int, bytes]:
    """POST ``query`` to ``url`` on the connection ``kept`` alive; the status and the whole body."""
    kept.request("POST", urlsplit(url).path, body=query.text.encode("utf-8"),
                 headers={"Content-Type": "application/sparql-query", "Accept": query.accept})
    response = kept.getresponse()
    return response.status, response.read()


def client(url: str, load: list[Query], until: float, sample: Sample, chooser: random.Random) -> None:
    """Send queries of ``load`` (chosen at random) until ``until``; record into ``sample``."""
    kept = connection(url)
    while time.monotonic() < until:
        query = chooser.choice(load)
        started = time.monotonic()
        try:
            status, _ = request(url, query, kept)
        except (OSError, http.client.HTTPException):
            status = 0
            kept.close()
            kept = connection(url)
        if status == 200:
            sample.latencies.append(time.monotonic() - started)
            sample.names.append(query.name)
        else:
            sample.errors += 1
    kept.close()


def concurrent(url: str, load: list[Query], seconds: float, choosers: list[random.Random]) -> Sample:
    """One thread for each chooser (a client, with its own connection), for ``seconds``."""
    samples = [Sample() for _ in choosers]
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(url, load, until, sample, chooser))
               for sample, chooser in zip(samples, choosers)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    merged = Sample(seconds=time.monotonic() - started)
    for sample in samples:
        merged.add(sample)
    return merged


def alternating(servers: dict[str, str], load: list[Query], clients: int, seconds: float,
                rounds: int) -> dict[str, Sample]:
    """``concurrent`` on each server in turn, ``rounds`` times, ``seconds`` in all for each: whatever
    else the machine does then weighs on both alike. Client n draws the same sequence of queries on
    every server, continued from one round to the next."""
    merged = {name: Sample() for name in servers}
    choosers = {name: [random.Random(n) for n in range(clients)] for name in servers}
    for _ in range(rounds):
        for name, url in servers.items():
            merged[name].add(concurrent(url, load, seconds / rounds, choosers[name]))
    return merged


def result_count(url: str, query: Query) -> int | None:
    """How many results ``query`` has; None when it failed (over the time limit)."""
    try:
        status, body = request(url, query, connection(url))
    except (OSError, http.client.HTTPException):
        return None
    if status != 200:
        return None
    if query.accept == N_TRIPLES:
        return len([line for line in body.splitlines() if line.strip()])
    document = json.loads(body)
    return len(document["results"]["bindings"]) if "results" in document else int(document["boolean"])
