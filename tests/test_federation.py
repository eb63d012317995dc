"""Federated SERVICE to Wikidata, over real HTTP on 127.0.0.1 (issue #5, item 5).

The public Wikidata Query Service cannot be reached from a test, so a real SPARQL
endpoint stands in for it: Oxigraph's own server (`oxigraph serve`) loaded with a
few Wikidata-shaped triples, behind a small relay that records every request our
server sends and can misbehave on purpose (slow, endless, too large, a redirect).
Our server runs with ``wikidata_service`` on and ``wikidata_endpoint`` pointed at
the relay, or with it off. A canary TCP listener proves that a refused SERVICE
never opened a connection.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import requests

from kg.cli import main
from kg.settings import WIKIDATA_SPARQL, Settings
from server import guard
from test_server_sample import BASE, CUB, IRN, TRIG, VEN, assert_one_line_error, site_settings

from conftest import Canary, OxigraphServer, free_port

WD = "http://www.wikidata.org/entity/"
LINKS = f"""
<{BASE}graph/links> {{
  <{VEN}> <http://irnews.example.org/ontology#wikidata> <{WD}Q717> .
  <{IRN}> <http://irnews.example.org/ontology#wikidata> <{WD}Q794> .
}}
"""
# What the stand-in for Wikidata holds: labels in two languages, a capital, one blank node,
# and a label that tries to end the VALUES block and open a SERVICE of its own.
INJECTION = 'x" ) } SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } #'
ESCAPED_INJECTION = INJECTION.replace('"', '\\"')
WIKIDATA = f"""
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix wd: <{WD}> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
wd:Q717 wdt:P31 wd:Q6256 ; rdfs:label "Venezuela"@en, "Venezuela"@es ; wdt:P36 wd:Q1533 ; wdt:P1082 28199867 .
wd:Q794 wdt:P31 wd:Q6256 ; rdfs:label "Iran"@en, "ایران"@fa ; wdt:P36 wd:Q3616 ; wdt:P1082 85888910 .
wd:Q241 wdt:P31 wd:Q6256 ; rdfs:label "Cuba"@en .
wd:Q1533 wdt:P31 wd:Q515 ; rdfs:label "Caracas"@en .
wd:Q3616 rdfs:label "Tehran"@en .
wd:Q3616 rdfs:comment "{ESCAPED_INJECTION}" .
wd:Q1533 wdt:P6 [ rdfs:label "an unknown mayor"@en ] .
"""
# The README's example: our states, with their English names from Wikidata. The SERVICE pattern is
# sent on its own (SPARQL 1.1 Federated Query, section 4), so it asks for something small there:
# the names of the items that are countries, not every label of Wikidata.
LABELS = """
SELECT ?state ?name WHERE {{
  ?state a irn:State ; irn:wikidata ?item .
  SERVICE <{endpoint}> {{
    ?item <http://www.wikidata.org/prop/direct/P31> wd:Q6256 ;
          rdfs:label ?name FILTER (LANG(?name) = "en")
  }}
}} ORDER BY ?name
"""
TIMEOUT = 2.0
MAX_BYTES = 64 * 1024


class Relay:
    """An HTTP server on 127.0.0.1 standing in for https://query.wikidata.org/sparql: it records each
    request and, as ``mode`` says, forwards it to ``target`` (a real SPARQL endpoint) or misbehaves."""

    def __init__(self, target: str, canary_url: str):
        self.target, self.canary_url = target, canary_url
        self.mode = "forward"
        self.requests: list[dict] = []
        relay = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self):
                relay._handle(self)
            do_GET = do_POST = _any

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        self.requests.append({"method": handler.command, "path": handler.path, "headers": dict(handler.headers),
                              "query": parse_qs(body.decode("utf-8")).get("query", [""])[0]})
        try:
            getattr(self, "_" + self.mode)(handler, body)
        except (BrokenPipeError, ConnectionResetError):  # our server gave up first, as it should
            pass

    def _forward(self, handler, body: bytes) -> None:
        answer = requests.post(self.target, data=body, timeout=10, headers={
            "Content-Type": handler.headers["Content-Type"], "Accept": handler.headers["Accept"]})
        self._send(handler, answer.status_code, answer.headers["Content-Type"], answer.content)

    def _send(self, handler, status: int, media_type: str, body: bytes, length: bool = True) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", media_type)
        if length:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _failing(self, handler, body) -> None:
        self._send(handler, 500, "text/plain", b"the query service is down")

    def _stalling(self, handler, body) -> None:  # no answer at all for longer than the timeout
        time.sleep(TIMEOUT + 1.5)
        self._send(handler, 500, "text/plain", b"too late")

    def _dripping(self, handler, body) -> None:  # a byte now and then, never the end
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        for _ in range(int((TIMEOUT + 2) / 0.2)):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.2)

    def _flooding(self, handler, body) -> None:  # more than the cap, and no Content-Length to warn
        row = b'{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q1"}},'
        rows = row * (2 * MAX_BYTES // len(row))
        self._send(handler, 200, "application/sparql-results+json",
                   b'{"head":{"vars":["item"]},"results":{"bindings":[' + rows[:-1] + b"]}}", length=False)

    def _redirecting(self, handler, body) -> None:
        handler.send_response(307)
        handler.send_header("Location", self.canary_url)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def _html(self, handler, body) -> None:
        self._send(handler, 200, "text/html", b"<html><body>maintenance</body></html>")

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def wikidata(tmp_path_factory):
    """`oxigraph serve` holding the Wikidata-shaped triples in its default graph."""
    server = OxigraphServer(tmp_path_factory.mktemp("wikidata"))
    requests.post(f"{server.url}/store?default", data=WIKIDATA.encode(), timeout=10,
                  headers={"Content-Type": "text/turtle"}).raise_for_status()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def canary():
    """A TCP listener that a refused SERVICE, or a redirect, would connect to."""
    listener = Canary()
    yield listener
    listener.close()


@pytest.fixture(scope="module")
def relay(wikidata, canary):
    relay = Relay(f"{wikidata.url}/query", f"http://127.0.0.1:{canary.port}/sparql")
    yield relay
    relay.stop()


@pytest.fixture(autouse=True)
def behaving(relay):
    """Each test starts with a relay that forwards and has seen nothing."""
    relay.mode = "forward"
    relay.requests.clear()


@pytest.fixture(scope="module")
def published(tmp_path_factory, release_builder):
    root = tmp_path_factory.mktemp("federation")
    release_builder(root / "out", "v1", TRIG + LINKS)
    return root


def federating(server_factory, published, relay, **changes):
    """Our server with SERVICE allowed to the relay only."""
    limits = {"service_timeout": TIMEOUT, "service_max_bytes": MAX_BYTES, **changes}
    return server_factory(site_settings(published, wikidata_service=True, wikidata_endpoint=relay.url, **limits))


@pytest.fixture(scope="module")
def site(server_factory, published, relay):
    return federating(server_factory, published, relay)


@pytest.fixture(scope="module")
def site_off(server_factory, published, relay):
    """The same release, the setting off, the endpoint still pointed at the relay."""
    return server_factory(site_settings(published, wikidata_endpoint=relay.url))


def query(site, text, method="GET"):
    if method == "GET":
        return requests.get(site.url + "/sparql", params={"query": text}, timeout=30)
    return requests.post(site.url + "/sparql", data=text.encode("utf-8"), timeout=30,
                         headers={"Content-Type": "application/sparql-query"})


def rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    return [{name: cell["value"] for name, cell in row.items()} for row in response.json()["results"]["bindings"]]


# ---------------------------------------------------------------- on: the allowed endpoint runs

def test_our_states_joined_with_their_wikidata_labels(site, relay):
    answer = query(site, LABELS.format(endpoint=relay.url))
    assert rows(answer) == [{"state": IRN, "name": "Iran"}, {"state": VEN, "name": "Venezuela"}]
    labels = answer.json()["results"]["bindings"]
    assert {row["name"]["xml:lang"] for row in labels} == {"en"}
    # one call, a SPARQL 1.1 Protocol POST of the SERVICE pattern alone, with a User-Agent that names us
    [call] = relay.requests
    assert call["method"] == "POST" and call["path"] == "/sparql"
    assert call["headers"]["User-Agent"] == Settings().wikidata_user_agent
    assert call["headers"]["Accept"] == "application/sparql-results+json"
    assert "SELECT * WHERE {\n    ?item <http://www.wikidata.org/prop/direct/P31> wd:Q6256" in call["query"]
    assert "PREFIX wd: <http://www.wikidata.org/entity/>" in call["query"]
    assert "irn:State" not in call["query"] and VEN not in call["query"]  # nothing of ours leaves


def test_the_service_may_sit_in_optional_use_prefixes_escapes_and_silent(site, relay):
    namespace, name = relay.url.rsplit("/", 1)
    capitals = ("PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
                f"PREFIX remote: <{namespace}/>\n"
                "SELECT ?iso ?capital ?population WHERE {\n"
                "  ?state irn:iso3 ?iso .\n"
                "  OPTIONAL { ?state irn:wikidata ?item .\n"
                f"    S\\u0045RVICE SILENT remote:{name} # a comment }} {{\n"
                "    { ?item wdt:P36 [ rdfs:label ?capital ] ; wdt:P1082 ?population } }\n"
                "} ORDER BY ?iso")
    assert rows(query(site, capitals, "POST")) == [
        {"iso": "CUB"},
        {"iso": "IRN", "capital": "Tehran", "population": "85888910"},
        {"iso": "VEN", "capital": "Caracas", "population": "28199867"},
    ]
    assert len(relay.requests) == 1


def test_remote_terms_come_back_as_terms_and_never_as_query_text(site, relay, canary):
    found = ("PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
             f"SELECT ?comment ?mayor WHERE {{ SERVICE <{relay.url}> {{\n"
             "  { wd:Q3616 rdfs:comment ?comment } UNION { wd:Q1533 wdt:P6 ?mayor } } }")
    answer = rows(query(site, found))
    assert {"comment": INJECTION} in answer
    [mayor] = [row["mayor"] for row in answer if "mayor" in row]
    assert mayor.startswith(f"{BASE}.well-known/genid/")  # a blank node, skolemized (RDF 1.1 Concepts 3.5)
    assert canary.connections == []


def test_a_service_written_in_a_string_is_only_a_string(site, relay, canary):
    mentions = f'SELECT ?s WHERE {{ VALUES ?s {{ "SERVICE <http://127.0.0.1:{canary.port}/> {{ ?a ?b ?c }}" }} }}'
    assert rows(query(site, mentions)) == [{"s": f"SERVICE <http://127.0.0.1:{canary.port}/> {{ ?a ?b ?c }}"}]
    assert relay.requests == [] and canary.connections == []


# ---------------------------------------------------------------- on: everything else is refused

def test_any_other_service_is_refused_even_when_on(site, relay, canary):
    other = f"http://127.0.0.1:{canary.port}/sparql"
    host, _ = relay.url.removeprefix("http://").split("/", 1)
    refused = [
        f"SELECT * WHERE {{ SERVICE <{other}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{other}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{other}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE { ?e a irn:State SERVICE ?e { ?s ?p ?o } }",
        f"SELECT * WHERE {{ BIND(<{relay.url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ S\\u0045RVICE <{other}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <http://{host}/sp\\u0061rql-not> {{ ?s ?p ?o }} }}",
        f"PREFIX x: <http://127.0.0.1:{canary.port}/> SELECT * WHERE {{ SERVICE x:sparql {{ ?s ?p ?o }} }}",
        f"BASE <http://127.0.0.1:{canary.port}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
        f"SELECT * WHERE {{ SERVICE <{WIKIDATA_SPARQL}> {{ ?s ?p ?o }} }}",  # the real one: not what is allowed here
        # the allowed endpoint beside another: nothing is called at all
        f"SELECT * WHERE {{ SERVICE <{relay.url}> {{ ?s ?p ?o }} SERVICE SILENT <{other}> {{ ?s ?p ?o }} }}",
        f"ASK {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{other}> {{ ?s ?p ?o }} }} }}",
    ]
    for text in refused:
        for method in ("GET", "POST"):
            assert_one_line_error(query(site, text, method), 403, "SERVICE", "not allowed")
    assert canary.connections == [] and relay.requests == []
    assert query(site, "ASK {}").json()["boolean"] is True


def test_too_many_services_are_refused_before_any_call(site, relay):
    clause = f"SERVICE <{relay.url}> {{ ?s ?p ?o }} "
    answer = query(site, "SELECT * WHERE { " + clause * (guard.MAX_SERVICES + 1) + "}")
    assert_one_line_error(answer, 403, f"at most {guard.MAX_SERVICES} SERVICE")
    assert relay.requests == []


# ---------------------------------------------------------------- off: every SERVICE is refused

def test_with_the_setting_off_even_the_endpoint_is_refused(site_off, relay, canary):
    site = site_off
    for text in (LABELS.format(endpoint=relay.url), f"SELECT * {{ SERVICE SILENT <{relay.url}> {{ ?s ?p ?o }} }}"):
        assert_one_line_error(query(site, text), 403, "SERVICE (federated query) is not allowed")
    assert relay.requests == [] and canary.connections == []
    assert rows(query(site, "SELECT ?state WHERE { ?state irn:iso3 'CUB' }")) == [{"state": CUB}]


# ---------------------------------------------------------------- the remote call's limits

@pytest.mark.parametrize("mode, status, words", [
    ("failing", 502, ("answered 500",)),
    ("stalling", 504, (f"did not answer within {TIMEOUT:g} s",)),
    ("dripping", 504, (f"did not answer within {TIMEOUT:g} s",)),
    ("flooding", 502, (f"more than the limit of {MAX_BYTES} bytes", "LIMIT")),
    ("redirecting", 502, ("answered 307",)),
    ("html", 502, ("text/html",)),
])
def test_a_remote_that_misbehaves_is_a_one_line_error(site, relay, canary, mode, status, words):
    relay.mode = mode
    started = time.monotonic()
    assert_one_line_error(query(site, LABELS.format(endpoint=relay.url)), status, f"SERVICE <{relay.url}>", *words)
    assert time.monotonic() - started < TIMEOUT + 3
    assert canary.connections == []  # a redirect is not followed
    relay.mode = "forward"
    assert len(rows(query(site, LABELS.format(endpoint=relay.url)))) == 2  # and the next query is served


def test_silent_turns_a_failed_call_into_one_empty_solution(site, relay):
    relay.mode = "failing"
    silent = LABELS.format(endpoint=relay.url).replace("SERVICE", "SERVICE SILENT")
    assert sorted(rows(query(site, silent)), key=str) == [{"state": IRN}, {"state": VEN}]


def test_a_service_call_counts_inside_the_query_time_limit(server_factory, published, relay):
    site = federating(server_factory, published, relay, service_timeout=30.0, query_timeout=1.5)
    relay.mode = "stalling"
    assert_one_line_error(query(site, LABELS.format(endpoint=relay.url)), 503, "longer than 1.5 s")


# ---------------------------------------------------------------- the network, worker by worker

def test_only_the_service_workers_keep_the_network(site, relay):
    assert rows(query(site, "SELECT ?state WHERE { ?state irn:iso3 'CUB' }")) == [{"state": CUB}]
    assert len(rows(query(site, LABELS.format(endpoint=relay.url)))) == 2
    pools = site.app.extensions["irnews"].pool
    ours = os.readlink("/proc/self/ns/net")
    offline = {os.readlink(f"/proc/{w.process.pid}/ns/net") for w in pools.offline._workers}
    online = {os.readlink(f"/proc/{w.process.pid}/ns/net") for w in pools.online._workers}
    assert len(pools.offline._workers) == 2 and len(pools.online._workers) == 1
    assert online == {ours}
    if ours in offline:
        pytest.skip("this kernel does not let the process leave its network namespace")
    assert len(offline) == 2  # each in a namespace of its own, with no interface up


def test_with_the_setting_off_no_worker_keeps_the_network(site_off, relay):
    query(site_off, LABELS.format(endpoint=relay.url))
    assert site_off.app.extensions["irnews"].pool.online is None


def test_the_service_description_says_so_only_when_on(site, site_off):
    feature = "<http://www.w3.org/ns/sparql-service-description#BasicFederatedQuery>"
    on, off = (requests.get(s.url + "/sparql", headers={"Accept": "application/n-triples"}, timeout=30)
               for s in (site, site_off))
    assert feature in on.text and feature not in off.text


# ---------------------------------------------------------------- the guard, on the parsed query

ALLOWED = "https://query.wikidata.org/sparql"


@pytest.mark.parametrize("text", [
    f"SELECT * WHERE {{ SERVICE <{ALLOWED}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE { SERVICE <https://query.wikidata.org/sp\\u0061rql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\U00000053ERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
    "PREFIX q: <https://query.wikidata.org/> SELECT * WHERE { SERVICE q:sparql { ?s ?p ?o } }",
    "BASE <https://query.wikidata.org/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
])
def test_guard_allows_the_endpoint_in_every_spelling(text):
    checked = guard.check(text, ALLOWED, BASE)
    [service] = checked.services
    assert checked.text[service.pattern:service.end] == "{ ?s ?p ?o }"


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql/> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <http://query.wikidata.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",  # relative: resolved against our own base
    "SELECT * WHERE { SERVICE wd:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { S\\u0045RVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } }",
])
def test_guard_refuses_every_other_service_when_on(text):
    with pytest.raises(guard.Refusal) as refusal:
        guard.check(text, ALLOWED, BASE)
    assert refusal.value.status == 403


def test_guard_refuses_the_endpoint_when_off():
    with pytest.raises(guard.Refusal) as refusal:
        guard.check(f"SELECT * WHERE {{ SERVICE <{ALLOWED}> {{ ?s ?p ?o }} }}")
    assert refusal.value.status == 403


# ---------------------------------------------------------------- how the operator turns it on

def test_kg_serve_help_and_the_readme_say_how_to_turn_it_on(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "--wikidata-service" in shown and " ".join(Settings.help()["wikidata_service"].split()) in shown
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The SPARQL endpoint", 1)[1].split("\n## ", 1)[0]
    assert "kg serve --wikidata-service" in section
    assert LABELS.format(endpoint=WIKIDATA_SPARQL).strip() in section  # the README's example is the one tested


def test_kg_serve_wikidata_service_turns_it_on(published, canary):
    port = free_port()
    root = Path(__file__).resolve().parent.parent
    command = [sys.executable, "-m", "kg.cli", "serve", "--release", str(published / "out"), "--port", str(port),
               "--wikidata-service", "--workers", "1"]
    child = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(root)})
    try:
        assert child.stdout.readline().startswith("serving ")
        assert child.stdout.readline().startswith(f"federated SERVICE to <{WIKIDATA_SPARQL}> is on, and only to it")
        url = f"http://127.0.0.1:{port}/sparql"
        other = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{canary.port}/> {{ ?s ?p ?o }} }}"
        assert_one_line_error(requests.get(url, params={"query": other}, timeout=10), 403,
                              f"federates only with <{WIKIDATA_SPARQL}>")
        assert requests.get(url, params={"query": "ASK {}"}, timeout=10).json()["boolean"] is True
        assert canary.connections == []
    finally:
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=10) == 0
