"""`kg publish --to`: a release pushed to a real Oxigraph server (the `oxigraph` pip package) on
127.0.0.1 over the SPARQL 1.1 Graph Store HTTP Protocol; retries proven through a local proxy
that fails on purpose."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import release
from kg.cli import main
from kg.errors import PublishError
from kg.pipeline import build
from kg.remote import derived_query_url, push
from kg.settings import Settings
from conftest import OxigraphServer, free_port

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles"
ARTICLES = ["003_egypt-ethiopia-gerd-talks.txt", "005_india-uae-rupee-dirham.txt",
            "012_armenia-azerbaijan-joint-statement.txt"]
FAST = {"backoff": 0.01, "timeout": 10}


class Proxy:
    """A local HTTP server forwarding to ``target``: it answers the first ``failures`` requests 503,
    answers the first ``drop`` PUTs 204 without forwarding them (a store that loses data), and maps
    path prefixes through ``routes``."""

    def __init__(self, target: str, failures: int = 0, drop: int = 0, routes: dict[str, str] | None = None):
        self.target, self.failures, self.drop, self.routes = target, failures, drop, routes or {}
        self.requests: list[tuple[str, str, int]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self):
                proxy._handle(self)
            do_GET = do_PUT = do_POST = do_DELETE = _any

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        if self.failures > 0:
            self.failures -= 1
            return self._answer(handler, 503, b"try later", "text/plain")
        if handler.command == "PUT" and self.drop > 0:
            self.drop -= 1
            return self._answer(handler, 204, b"", "text/plain")
        path = handler.path
        for prefix, replacement in self.routes.items():
            if path.startswith(prefix):
                path = replacement + path[len(prefix):]
        headers = {k: v for k, v in handler.headers.items() if k.lower() in ("content-type", "accept")}
        answer = requests.request(handler.command, self.target + path, data=body, headers=headers, timeout=10)
        self._answer(handler, answer.status_code, answer.content, answer.headers.get("Content-Type", "text/plain"))

    def _answer(self, handler, status: int, body: bytes, content_type: str) -> None:
        self.requests.append((handler.command, handler.path, status))
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("remote") / "dist"
    build(Settings(out=out), [SAMPLES / name for name in ARTICLES])
    return out, release.metadata(release.current(out))


@pytest.fixture
def oxigraph(tmp_path):
    server = OxigraphServer(tmp_path / "oxigraph")
    yield server
    server.stop()


@pytest.fixture
def proxies():
    started: list[Proxy] = []

    def start(target: str, **options) -> Proxy:
        started.append(Proxy(target, **options))
        return started[-1]

    yield start
    for proxy in started:
        proxy.stop()


def test_push_puts_every_graph_and_the_remote_counts_match_release_json(built, oxigraph):
    out, meta = built
    report = push(out, f"{oxigraph.url}/store", **FAST)
    assert report.query_url == f"{oxigraph.url}/query"
    assert report.version == meta["version"]
    assert {g.iri: g.triples for g in report.graphs} == meta["graphs"]
    assert {g.iri: g.remote for g in report.graphs} == meta["graphs"]
    assert oxigraph.counts() == {name: n for name, n in meta["graphs"].items() if n}


def test_every_pushed_graph_is_isomorphic_to_the_release(built, oxigraph):
    out, meta = built
    push(out, f"{oxigraph.url}/store", **FAST)
    store = ox.Store.read_only(str(release.current(out) / release.STORE))
    for name in (name for name, n in meta["graphs"].items() if n):
        local = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        assert isomorphic(oxigraph.graph(name), Graph().parse(data=local, format="nt")), name


def test_pushing_again_replaces_each_graph_and_changes_nothing(built, oxigraph):
    out, meta = built
    push(out, f"{oxigraph.url}/store", **FAST)
    first = oxigraph.counts()
    again = push(out, f"{oxigraph.url}/store", **FAST)
    assert oxigraph.counts() == first
    assert sum(first.values()) == meta["quads"] == again.triples


def test_a_503_is_retried_with_backoff(built, oxigraph, proxies):
    out, meta = built
    proxy = proxies(oxigraph.url, failures=1)
    report = push(out, f"{proxy.url}/store", **FAST)
    assert proxy.requests[0][2] == 503
    assert report.graphs[0].attempts == 2 and all(g.attempts == 1 for g in report.graphs[1:])
    assert oxigraph.counts() == {name: n for name, n in meta["graphs"].items() if n}


def test_a_dead_port_is_a_clear_error_after_the_retries(built):
    with pytest.raises(PublishError, match=r"failed 3 time\(s\), last with ConnectionError.*Is the store running"):
        push(built[0], f"http://127.0.0.1:{free_port()}/store", retries=2, **FAST)


def test_a_4xx_stops_at_once_with_the_stores_answer_and_a_hint(built, oxigraph, proxies):
    proxy = proxies(oxigraph.url)
    with pytest.raises(PublishError, match=r"HTTP 404 .*No Graph Store endpoint there"):
        push(built[0], f"{proxy.url}/nothing", **FAST)
    assert len(proxy.requests) == 1


def test_without_a_known_query_endpoint_counts_are_read_back_by_get(built, oxigraph, proxies):
    out, meta = built
    proxy = proxies(oxigraph.url, routes={"/graphs": "/store"})
    report = push(out, f"{proxy.url}/graphs", **FAST)
    assert report.query_url is None
    assert {g.iri: g.remote for g in report.graphs} == meta["graphs"]
    assert sum(method == "GET" for method, _, _ in proxy.requests) == len(meta["graphs"])


def test_a_remote_that_lost_triples_fails_the_count_check(built, oxigraph, proxies):
    out, meta = built
    proxy = proxies(oxigraph.url, drop=1)
    first = next(iter(meta["graphs"]))
    with pytest.raises(PublishError, match=rf"<{first}> 0 instead of {meta['graphs'][first]}"):
        push(out, f"{proxy.url}/store", **FAST)


def test_prune_deletes_stale_graphs_of_the_release_namespace_only(built, oxigraph):
    out, meta = built
    stale, foreign = f"{meta['base_iri']}graph/article/0000000000000000", "http://other.example.org/graph/keep"
    for name in (stale, foreign):
        oxigraph.put(name, "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
    report = push(out, f"{oxigraph.url}/store", prune=True, **FAST)
    assert report.pruned == [stale]
    assert set(oxigraph.counts()) == {name for name, n in meta["graphs"].items() if n} | {foreign}


def test_query_endpoints_are_derived_for_the_documented_stores():
    assert derived_query_url("http://h:7878/store") == "http://h:7878/query"
    assert derived_query_url("http://h:3030/news/data") == "http://h:3030/news/sparql"
    assert derived_query_url("http://h:7200/repositories/kg/rdf-graphs/service") == "http://h:7200/repositories/kg"
    assert derived_query_url("http://h:8890/sparql-graph-crud-auth") == "http://h:8890/sparql"
    assert derived_query_url("https://h:8182/sparql/gsp/") == "https://h:8182/sparql"
    assert derived_query_url("http://h/somewhere") is None


def test_cli_publish_prints_each_graph_and_a_summary(built, oxigraph, capsys):
    out, meta = built
    assert main(["publish", "--to", f"{oxigraph.url}/store", "--release", str(out), "-q"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == len(meta["graphs"]) + 1
    assert printed[-1].startswith(f"pushed {len(meta['graphs'])} graph(s), {meta['quads']} triples")
    assert main(["publish", "--to", f"http://127.0.0.1:{free_port()}/store", "--release", str(out),
                 "--retries", "0"]) == PublishError.exit_code
    assert "kg publish: error:" in capsys.readouterr().err


def test_cli_publish_wants_a_password_for_user(built, monkeypatch, capsys):
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    assert main(["publish", "--to", "http://127.0.0.1:1/store", "--release", str(built[0]), "--user", "me"]) == 2
    assert "KG_STORE_PASSWORD" in capsys.readouterr().err
