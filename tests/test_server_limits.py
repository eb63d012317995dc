"""Budgets of the public endpoint (SECURITY-NOTES.md, "Denial of service"), over real HTTP:
time limit by killing the worker, a bounded queue, row and triple caps, body and query
caps (chunked bodies too), strict decoding, and a release swap picked up live."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from server import guard, workers
from test_server_sample import CUB, IRN, STATES_QUERY, TRIG, VEN, assert_one_line_error, site_settings

TIMEOUT = 1.5
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
        "?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }")


@pytest.fixture(scope="module")
def tight(tmp_path_factory, server_factory, release_builder):
    """Two workers, no queue, a short time limit, small caps."""
    root = tmp_path_factory.mktemp("limits")
    release_builder(root / "out", "v1", TRIG)
    return server_factory(site_settings(root, workers=2, queue_size=0, query_timeout=TIMEOUT, max_rows=2,
                                        max_triples=3, max_query_bytes=512, max_body_bytes=1024))


def query(site, text, method="GET", **options):
    if method == "GET":
        return requests.get(site.url + "/sparql", params={"query": text}, timeout=30, **options)
    return requests.post(site.url + "/sparql", data=text, timeout=30,
                         headers={"Content-Type": "application/sparql-query"}, **options)


def in_background(function, *args):
    results = []
    thread = threading.Thread(target=lambda: results.append(function(*args)))
    thread.start()
    return thread, results


# ---------------------------------------------------------------- time, workers, queue

def test_timeout_ends_the_query_and_the_server_answers_right_after(tight):
    started = time.monotonic()
    slow = query(tight, SLOW)
    elapsed = time.monotonic() - started
    assert_one_line_error(slow, 503, "longer than 1.5 s", "stopped")
    assert TIMEOUT <= elapsed < TIMEOUT + 3
    assert query(tight, "ASK {}").json()["boolean"] is True


def test_other_clients_are_answered_while_a_slow_query_runs(tight):
    thread, slow = in_background(query, tight, SLOW)
    time.sleep(0.3)
    started = time.monotonic()
    fast = query(tight, 'SELECT ?state WHERE { ?state irn:iso3 "CUB" }')
    assert fast.status_code == 200 and time.monotonic() - started < 1.0
    assert fast.json()["results"]["bindings"] == [{"state": {"type": "uri", "value": CUB}}]
    thread.join()
    assert slow[0].status_code == 503


def test_a_full_pool_answers_503_with_retry_after_at_once(tight):
    busy = [in_background(query, tight, SLOW) for _ in range(2)]
    time.sleep(0.4)
    started = time.monotonic()
    refused = query(tight, "ASK {}")
    assert time.monotonic() - started < 1.0
    assert_one_line_error(refused, 503, "busy")
    assert int(refused.headers["Retry-After"]) >= 1
    for thread, _ in busy:
        thread.join()
    assert query(tight, "ASK {}").status_code == 200


def test_a_query_over_the_memory_limit_ends_only_its_worker(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, workers=1, query_timeout=20, worker_memory_mb=1024))
    sorted_product = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o } ORDER BY ?c ?f ?i ?l ?o"
    started = time.monotonic()
    assert_one_line_error(query(site, sorted_product), 503, "ended its worker process")
    assert time.monotonic() - started < 20
    assert query(site, "ASK {}").json()["boolean"] is True


def test_the_worker_leaves_the_network(canary):
    """Second line of defence: a worker process cannot open a connection at all."""
    pid = os.fork()
    if pid == 0:  # the child: leave the network namespace, then try the canary
        code = 2
        try:
            if workers._leave_network():
                try:
                    socket.create_connection(("127.0.0.1", canary.port), timeout=1).close()
                    code = 1
                except OSError:
                    code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 2:
        pytest.skip("this kernel does not let the process leave its network namespace")
    assert os.waitstatus_to_exitcode(status) == 0
    assert canary.connections == []


def test_a_slow_client_is_disconnected(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, client_timeout=1))
    host, port = site.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=8) as connection:
        connection.sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: test\r\n")  # never ends
        started = time.monotonic()
        assert connection.recv(1024) == b""  # closed by the server, with no answer
        assert 0.5 < time.monotonic() - started < 5


# ---------------------------------------------------------------- caps

def test_row_cap_is_signalled(tight):
    capped = query(tight, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert capped.status_code == 200
    assert len(capped.json()["results"]["bindings"]) == 2
    assert capped.headers["X-Result-Capped"] == "true"
    assert "capped at 2" in capped.headers["Warning"]
    exact = query(tight, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2")
    assert len(exact.json()["results"]["bindings"]) == 2 and "X-Result-Capped" not in exact.headers


def test_triple_cap_is_signalled(tight):
    capped = query(tight, "CONSTRUCT WHERE { ?s ?p ?o }", headers={"Accept": "application/n-triples"})
    assert capped.headers["X-Result-Capped"] == "true"
    assert len(capped.text.strip().splitlines()) == 3
    page = query(tight, "CONSTRUCT WHERE { ?s ?p ?o }", headers={"Accept": "text/html"})
    assert "capped" in page.text and page.headers["X-Result-Capped"] == "true"


def test_a_query_over_the_length_cap_is_413(tight):
    long_query = "ASK {} #" + "x" * 600
    assert_one_line_error(query(tight, long_query), 413, "the limit is 512")
    assert_one_line_error(query(tight, long_query, method="POST"), 413, "the limit is 512")


def test_a_body_over_the_cap_is_413_with_or_without_length(tight):
    body = ("ASK {} #" + "x" * 1100).encode()
    assert_one_line_error(query(tight, body, method="POST"), 413, "limit")

    def chunks(data, size=100):
        for start in range(0, len(data), size):
            yield data[start:start + size]

    assert_one_line_error(query(tight, chunks(body), method="POST"), 413, "limit")
    huge = ("ASK {} #" + "x" * 5000).encode()
    assert query(tight, chunks(huge), method="POST").status_code == 413


def test_a_chunked_body_under_the_cap_is_read_whole(tight):
    text = f"ASK {{ <{VEN}> irn:hasAgreementWith <{IRN}> }}".encode()
    response = query(tight, (text[i:i + 7] for i in range(0, len(text), 7)), method="POST")
    assert response.status_code == 200 and response.json()["boolean"] is True


# ---------------------------------------------------------------- decoding

def test_nul_bytes_are_400(tight):
    assert_one_line_error(requests.get(tight.url + "/sparql?query=ASK%20%7B%7D%00"), 400, "NUL")
    assert_one_line_error(query(tight, b"ASK {}\x00", method="POST"), 400, "NUL")
    form = requests.post(tight.url + "/sparql", data=b"query=ASK%00",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_one_line_error(form, 400, "NUL")
    assert_one_line_error(query(tight, "ASK { FILTER(\"\\u0000\" = \"\") }"), 400, "\\u0000")


def test_invalid_utf8_is_400(tight):
    assert_one_line_error(requests.get(tight.url + "/sparql?query=ASK%20%FF"), 400, "UTF-8")
    assert_one_line_error(query(tight, b"ASK { \xff\xfe }", method="POST"), 400, "UTF-8")
    form = requests.post(tight.url + "/sparql", data=b"query=%C3%28",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_one_line_error(form, 400, "UTF-8")


# ---------------------------------------------------------------- the guard, on parsed queries

@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }",
    "SELECT * WHERE { S\\u0045RVICE <http://a/> { ?s ?p ?o } }",
    "SELECT * WHERE { \\U00000053ERVICE <http://a/> { ?s ?p ?o } }",
    "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE SILENT ?x { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } } } }",
])
def test_guard_refuses_service_anywhere(text):
    with pytest.raises(guard.Refusal) as refusal:
        guard.check(text)
    assert refusal.value.status == 403


def test_guard_hands_both_engines_the_same_text():
    hidden = 'SELECT * WHERE { ?s ?p "x\\u0022 ," . SERVICE <http://a/> { ?a ?b ?c } ?s ?p ", \\u0022 E" . }'
    checked = guard.check(hidden)
    assert checked.text == 'SELECT * WHERE { ?s ?p "x" ," . SERVICE <http://a/> { ?a ?b ?c } ?s ?p ", " E" . }'
    with pytest.raises(guard.Refusal):  # an escape that spells an escape would be decoded twice by rdflib
        guard.check('SELECT * WHERE { ?s ?p "\\u005Cu0022" }')


# ---------------------------------------------------------------- a new release

SWAPPED = f"""
@prefix irn: <http://irnews.example.org/ontology#> .
<http://irnews.example.org/graph/article/z9> {{ <{CUB}> a irn:State . }}
"""


def test_a_swapped_release_is_served_at_once(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path))
    before = query(site, STATES_QUERY).json()["results"]["bindings"]
    assert {row["state"]["value"] for row in before} == {VEN, IRN, CUB}
    release_builder(tmp_path / "out", "v2", SWAPPED)
    after = query(site, STATES_QUERY).json()["results"]["bindings"]
    assert [row["state"]["value"] for row in after] == [CUB]
    assert requests.get(site.url + "/dumps/release.json").json()["version"] == "v2"


# ---------------------------------------------------------------- serve()

def test_serve_runs_waitress_until_interrupted(tmp_path, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    with socket.socket() as probe:  # a free port for the child
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = ("from pathlib import Path; from kg.settings import Settings; from server import serve; "
            f"serve(Settings(out=Path({str(tmp_path / 'out')!r}), port={port}, workers=1))")
    root = Path(__file__).resolve().parent.parent
    child = subprocess.Popen([sys.executable, "-c", code], cwd=root, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(root)})
    try:
        assert child.stdout.readline().startswith(f"serving {tmp_path / 'out'} on http://127.0.0.1:{port}/")
        answer = requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"}, timeout=10)
        assert answer.json()["boolean"] is True and answer.headers["Server"] == "irnews"
    finally:
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=10) == 0
