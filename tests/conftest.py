"""Generic fixtures: a release folder laid out as kg/release.py says, a real waitress
server on 127.0.0.1 with an ephemeral port, a canary TCP listener, and Oxigraph's own
server (the `oxigraph` pip package) as a remote triplestore or SPARQL endpoint."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph

from kg import release as layout

VOID = "http://rdfs.org/ns/void#"


def build_release(out: Path, version: str, trig: str, metadata: dict | None = None) -> Path:
    """Write ``trig`` as a release named ``version`` beside ``out`` and point ``out`` at it."""
    folder = layout.releases_dir(out) / version
    (folder / layout.STORE).mkdir(parents=True)
    quads = list(ox.parse(trig, format=ox.RdfFormat.TRIG))
    store = ox.Store(str(folder / layout.STORE))
    store.extend(quads)
    # as kg.store loads a release: the default graph is the merge of the named graphs, each triple once
    store.extend(ox.Quad(*t, ox.DefaultGraph()) for t in {q.triple for q in quads})
    store.flush()
    del store  # closes RocksDB before any worker opens the store read-only
    graphs = {name: sum(q.graph_name.value == name for q in quads) for name in {q.graph_name.value for q in quads}}
    (folder / "kg.ttl").write_bytes(ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE))
    (folder / "kg.nq.gz").write_bytes(gzip.compress(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)))
    (folder / "void.ttl").write_text(f"[] a <{VOID}Dataset> ; <{VOID}triples> {len(quads)} .\n")
    info = {"version": version, "created": "2024-01-01T00:00:00Z", "quads": len(quads),
            "triples": len({q.triple for q in quads}), "graphs": dict(sorted(graphs.items()))}
    (folder / layout.METADATA).write_text(json.dumps({**info, **(metadata or {})}))
    sums = [f"{hashlib.sha256((folder / n).read_bytes()).hexdigest()}  {n}\n"
            for n in layout.DUMPS if n != layout.SUMS]
    (folder / layout.SUMS).write_text("".join(sums))
    layout.swap(out, folder)
    return folder


@pytest.fixture(scope="session")
def release_builder():
    """``build(out, version, trig, metadata=None) -> folder``: publish a release and swap ``out``."""
    return build_release


class RunningServer:
    """The real server (server.make_server: waitress) serving in a thread."""

    def __init__(self, settings):
        from server import create_app, make_server

        self.app = create_app(settings)
        self.server = make_server(settings.replace(host="127.0.0.1", port=0), self.app)
        self.url = f"http://127.0.0.1:{self.server.socket.getsockname()[1]}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        from waitress import wasyncore

        from server import context

        # close every channel from inside the loop's own thread; the loop ends when none is left
        self.server.trigger.pull_trigger(lambda: wasyncore.close_all(self.server._map))
        self.thread.join(5)
        self.server.task_dispatcher.shutdown(timeout=5)
        context.close_app(self.app)


@pytest.fixture(scope="module")
def server_factory():
    """``start(settings) -> RunningServer``; every server started is stopped at the module's end."""
    started: list[RunningServer] = []

    def start(settings) -> RunningServer:
        started.append(RunningServer(settings))
        return started[-1]

    yield start
    for running in started:
        running.stop()


class Canary:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections: list[tuple] = []
        self.socket.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                connection, address = self.socket.accept()
            except (TimeoutError, OSError):
                continue
            self.connections.append(address)
            connection.close()

    def close(self) -> None:
        self.running = False
        self.thread.join(2)
        self.socket.close()


@pytest.fixture
def canary():
    listener = Canary()
    yield listener
    listener.close()


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        return sock.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` in a subprocess on a free port of 127.0.0.1."""

    def __init__(self, location: Path):
        binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
        if binary is None:
            pytest.fail("the oxigraph server is not installed: pip install -e '.[test]'")
        self.url = f"http://127.0.0.1:{free_port()}"
        self.process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", self.url[7:]],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"oxigraph serve did not start: {self.process.stderr.read().decode()[-500:]}")
            time.sleep(0.05)

    def _answers(self) -> bool:
        try:
            return requests.get(f"{self.url}/query", params={"query": "ASK {}"}, timeout=1).ok
        except requests.ConnectionError:
            return False

    def counts(self) -> dict[str, int]:
        """Triples per named graph, asked independently of kg.remote."""
        query = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        answer = requests.post(f"{self.url}/query", data=query,
                               headers={"Content-Type": "application/sparql-query",
                                        "Accept": "application/sparql-results+json"}, timeout=10)
        return {row["g"]["value"]: int(row["n"]["value"]) for row in answer.json()["results"]["bindings"]}

    def graph(self, name: str) -> Graph:
        answer = requests.get(f"{self.url}/store", params={"graph": name}, headers={"Accept": "application/n-triples"},
                              timeout=10)
        answer.raise_for_status()
        return Graph().parse(data=answer.text, format="nt")

    def put(self, name: str, ntriples: str) -> None:
        requests.put(f"{self.url}/store", params={"graph": name}, data=ntriples.encode(),
                     headers={"Content-Type": "application/n-triples"}, timeout=10).raise_for_status()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
