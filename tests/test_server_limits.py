"""Budgets of the public endpoint (SECURITY-NOTES.md, "Denial of service"), over real HTTP:
time limit by killing the worker, a bounded queue, row and triple caps, body, query and
URL caps (chunked bodies too), slow clients, the per-client rate limit, strict decoding,
a release swap picked up live, and ``kg serve``'s flags for each limit. Every hostile
request is followed by an ``ASK {}`` the server must answer."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from http.client import HTTPConnection
from pathlib import Path

import pytest
import requests

from kg.cli import SERVE_LIMITS
from kg.settings import Settings
from server import guard, ratelimit, workers
from conftest import free_port
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


def answers_ask(site) -> None:
    """The server still answers, right after a hostile request."""
    assert query(site, "ASK {}").json()["boolean"] is True


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
    answers_ask(tight)


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
    answers_ask(tight)


def test_a_query_over_the_memory_limit_ends_only_its_worker(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, workers=1, query_timeout=20, worker_memory_mb=1024))
    sorted_product = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o } ORDER BY ?c ?f ?i ?l ?o"
    started = time.monotonic()
    assert_one_line_error(query(site, sorted_product), 503, "ended its worker process")
    assert time.monotonic() - started < 20
    answers_ask(site)


def test_the_memory_limit_is_what_queries_use_not_what_malloc_reserves(tmp_path, server_factory, release_builder):
    """A worker's address space stays far below a 384 MiB limit over many queries from many clients:
    glibc's per-thread arenas (64 MiB of address space each) would otherwise take it past, and a
    query of a few kilobytes would end its worker."""
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, workers=1, queue_size=16, query_timeout=20,
                                        worker_memory_mb=384))
    texts = [STATES_QUERY, "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o", "CONSTRUCT WHERE { ?s ?p ?o }",
             "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"] * 10
    answers = []
    for _ in range(3):
        threads = [in_background(query, site, text) for text in texts[:12]]
        for thread, result in threads:
            thread.join()
            answers += result
        answers += [query(site, text) for text in texts]
    assert [answer.status_code for answer in answers] == [200] * len(answers), \
        {answer.text for answer in answers if answer.status_code != 200}
    answers_ask(site)


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
    answers_ask(site)


def test_a_client_sending_a_byte_now_and_then_is_disconnected(tmp_path, server_factory, release_builder):
    """A slowloris is never idle for client_timeout, but one request may take only read_timeout."""
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, client_timeout=5, read_timeout=1))
    host, port = site.url.removeprefix("http://").split(":")
    request = b"POST /sparql HTTP/1.1\r\nHost: test\r\nContent-Length: 6\r\n\r\nASK {}"
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=8) as connection:
        for byte in request:
            try:
                connection.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.25)
            if closed_by_server(connection):
                break
        else:
            pytest.fail("the server read a request sent over 15 s")
    assert 1 <= time.monotonic() - started < 6
    answers_ask(site)


def closed_by_server(connection: socket.socket) -> bool:
    readable, _, _ = select.select([connection], [], [], 0)
    try:
        return bool(readable) and connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:  # reset
        return True


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
    answers_ask(tight)


def test_a_body_over_the_cap_is_413_with_or_without_length(tight):
    body = ("ASK {} #" + "x" * 1100).encode()
    assert_one_line_error(query(tight, body, method="POST"), 413, "limit")

    def chunks(data, size=100):
        for start in range(0, len(data), size):
            yield data[start:start + size]

    assert_one_line_error(query(tight, chunks(body), method="POST"), 413, "limit")
    huge = ("ASK {} #" + "x" * 5000).encode()  # over waitress's own cap: refused before the application
    assert_one_line_error(query(tight, chunks(huge), method="POST"), 413, "over the limit of 1024 bytes")
    answers_ask(tight)


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
    answers_ask(tight)


def test_invalid_utf8_is_400(tight):
    assert_one_line_error(requests.get(tight.url + "/sparql?query=ASK%20%FF"), 400, "UTF-8")
    assert_one_line_error(query(tight, b"ASK { \xff\xfe }", method="POST"), 400, "UTF-8")
    form = requests.post(tight.url + "/sparql", data=b"query=%C3%28",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_one_line_error(form, 400, "UTF-8")
    answers_ask(tight)


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


def test_the_guard_verdict_is_kept_per_text_and_a_refusal_never_is():
    from server import evaluate
    evaluate.checked.cache_clear()
    text = "SELECT ?s WHERE { ?s a irn:State } # kept"
    assert evaluate.checked(text) is evaluate.checked(text)
    assert evaluate.checked.cache_info().hits == 1
    for _ in range(2):
        with pytest.raises(guard.Refusal):
            evaluate.checked("SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }")
    assert evaluate.checked.cache_info().currsize == 1


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


# ---------------------------------------------------------------- URL length and rate limit

def test_the_url_limit_is_a_setting_and_post_still_works(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, max_url_bytes=1024))
    text = "ASK {} #" + "x" * 1500
    assert_one_line_error(query(site, text), 414, "over the limit of 1024 bytes", "POST")
    assert query(site, text, method="POST").json()["boolean"] is True
    answers_ask(site)


def test_token_buckets_refill_and_say_when_to_retry():
    now = [0.0]
    buckets = ratelimit.TokenBuckets(6, max_clients=2, clock=lambda: now[0])  # 6 a minute: one each 10 s
    assert [buckets.take("a") for _ in range(6)] == [0.0] * 6  # a minute's worth at once
    assert buckets.take("a") == pytest.approx(10.0)
    now[0] = 5.0
    assert buckets.take("a") == pytest.approx(5.0)  # a refused request spends nothing
    assert buckets.take("b") == 0.0  # another client has its own bucket
    now[0] = 10.0
    assert buckets.take("a") == 0.0 and buckets.take("a") == pytest.approx(10.0)


def test_token_buckets_forget_the_client_seen_least_recently():
    buckets = ratelimit.TokenBuckets(1, max_clients=2, clock=lambda: 0.0)
    assert buckets.take("a") == 0.0 and buckets.take("a") > 0
    buckets.take("b")
    buckets.take("c")  # three clients: "a" is forgotten, and comes back with a full bucket
    assert buckets.take("a") == 0.0


def test_a_client_over_the_rate_limit_gets_429_with_retry_after(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, rate_limit=3))
    assert [query(site, "ASK {}").status_code for _ in range(3)] == [200] * 3
    refused = query(site, "ASK {}")
    assert_one_line_error(refused, 429, "more than 3 requests a minute")
    assert 1 <= int(refused.headers["Retry-After"]) <= 20
    assert requests.get(site.url + "/dumps/", timeout=10).status_code == 429  # every path counts
    host, port = site.url.removeprefix("http://").split(":")
    other = HTTPConnection(host, int(port), timeout=10, source_address=("127.0.0.2", 0))  # another client
    other.request("GET", "/sparql?query=ASK%20%7B%7D")
    answer = other.getresponse()
    assert answer.status == 200 and b'"boolean":true' in answer.read()


def test_rate_limit_is_off_by_default():
    assert Settings().rate_limit == 0


# ---------------------------------------------------------------- serve()

def test_serve_runs_waitress_until_interrupted(tmp_path, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    port = free_port()
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


def kg_serve(out: Path, port: int, *flags: str, **options) -> subprocess.Popen:
    """`kg serve` of the release ``out`` on ``port`` with one worker, in a child process whose output is read."""
    root = Path(__file__).resolve().parent.parent
    command = [sys.executable, "-m", "kg.cli", "serve", "--release", str(out), "--port", str(port), "--workers", "1",
               *flags]
    return subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(root)}, **options)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_stops_on_sigint_or_sigterm_even_if_started_with_sigint_ignored(tmp_path, release_builder, stop):
    """A shell's `kg serve &` starts it with SIGINT ignored; a service manager stops it with SIGTERM."""
    release_builder(tmp_path / "out", "v1", TRIG)
    port = free_port()
    child = kg_serve(tmp_path / "out", port, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        assert child.stdout.readline().startswith("serving ")
        answer = requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"}, timeout=10)
        assert answer.json()["boolean"] is True
    finally:
        child.send_signal(stop)
        try:
            assert child.wait(timeout=10) == 0
        finally:
            child.kill()


def test_kg_serve_has_a_flag_for_every_limit(capsys):
    from kg.cli import main
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for name in SERVE_LIMITS:
        assert f"--{name.replace('_', '-')}" in shown
        assert " ".join(Settings.help()[name].split()) in shown
    assert main(["serve", "--workers", "0"]) == 2
    assert "--workers 0: give a number above 0" in capsys.readouterr().err


def test_kg_serve_flags_set_the_limits(tmp_path, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    port = free_port()
    child = kg_serve(tmp_path / "out", port, "--rate-limit", "2", "--max-url-bytes", "1024")
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        assert child.stdout.readline().startswith("serving ")
        assert requests.get(url, params={"query": "ASK {} #" + "x" * 1100}, timeout=10).status_code == 414
        answers = [requests.get(url, params={"query": "ASK {}"}, timeout=10) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 429]
    finally:
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=10) == 0


def test_the_readme_lists_every_limit_with_its_flag_and_default():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The SPARQL endpoint", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    for name in SERVE_LIMITS:
        flag = f"`--{name.replace('_', '-')}`"
        row = next((line for line in rows if flag in line), None)
        assert row is not None, f"the README's table of limits has no row for {flag}"
        default = getattr(Settings(), name)
        shown = str(int(default)) if float(default).is_integer() else str(default)
        assert f"| {shown} " in row, f"{flag}: the README does not give its default, {shown}"
