"""The per-request shortcuts of the endpoint, over real HTTP: the hot path in front of Flask
answers exactly as Flask does; the guard's verdicts the web process keeps never let a
refused query run, nor one past its time limit; results streamed by pyoxigraph's
serializers are cut exactly at the caps and equal pyoxigraph's own serialization."""

from __future__ import annotations

import socket

import pyoxigraph as ox
import pytest
import requests

from kg import release as layout
from kg import store as kg_store
from server import fastpath, guard, workers
from test_server_limits import SLOW
from test_server_sample import BROWSER, CUB, IRN, STATES_QUERY, TRIG, VEN, assert_one_line_error, site_settings

DIRECT = {"Content-Type": "application/sparql-query"}
CONSTRUCT_STATES = "CONSTRUCT { ?s a irn:State } WHERE { ?s a irn:State }"


@pytest.fixture(scope="module")
def pair(tmp_path_factory, server_factory, release_builder):
    """The same release served twice, small caps: with the hot path (no rate limit) and through
    Flask alone (a rate limit no test reaches)."""
    root = tmp_path_factory.mktemp("hotpath")
    release_builder(root / "out", "v1", TRIG)
    settings = site_settings(root, max_rows=2, max_triples=2, max_query_bytes=512, max_body_bytes=1024)
    hot, flask = server_factory(settings), server_factory(settings.replace(rate_limit=1_000_000))
    assert isinstance(hot.app.wsgi_app, fastpath.HotPath)
    assert not isinstance(flask.app.wsgi_app, fastpath.HotPath)
    return hot, flask


# ---------------------------------------------------------------- the hot path answers as Flask does

REQUESTS = {
    "get-json": ("GET", {"query": "ASK {}"}, None, {}),
    "get-format": ("GET", {"query": STATES_QUERY, "format": "csv"}, None, {"Accept": "*/*"}),
    "post-direct-tsv": ("POST", None, STATES_QUERY, {**DIRECT, "Accept": "text/tab-separated-values"}),
    "post-direct-xml": ("POST", None, "SELECT ?s WHERE { ?s a irn:State } LIMIT 2",
                        {**DIRECT, "Accept": "application/sparql-results+xml"}),
    "construct-turtle": ("GET", {"query": CONSTRUCT_STATES}, None, {"Accept": "text/turtle"}),
    "construct-ntriples": ("POST", None, f"DESCRIBE <{VEN}>", {**DIRECT, "Accept": "application/n-triples"}),
    "select-as-turtle-406": ("GET", {"query": STATES_QUERY}, None, {"Accept": "text/turtle"}),
    "nothing-acceptable-406": ("GET", {"query": "ASK {}"}, None, {"Accept": "image/png"}),
    "unknown-format-400": ("GET", {"query": "ASK {}", "format": "pdf"}, None, {}),
    "syntax-400": ("POST", None, "SELEKT nothing", DIRECT),
    "update-403": ("POST", None, "DROP ALL", DIRECT),
    "service-403": ("GET", {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}, None, {}),
    "too-long-413": ("POST", None, "ASK {} #" + "x" * 600, DIRECT),
    "query-twice-400": ("POST", {"query": "ASK {}"}, "ASK {}", DIRECT),
    "unknown-graph-400": ("GET", {"query": "ASK {}", "default-graph-uri": "http://nowhere/"}, None, {}),
    "bad-utf8-400": ("POST", None, b"ASK { \xff }", DIRECT),
    "gzip": ("GET", {"query": STATES_QUERY}, None, {"Accept-Encoding": "gzip", "Accept": "application/sparql-results+xml"}),
    "browser-html": ("GET", {"query": STATES_QUERY}, None, {"Accept": BROWSER}),
    "browser-error": ("GET", {"query": "SELEKT"}, None, {"Accept": BROWSER}),
    "form-post": ("POST", None, {"query": "ASK {}"}, {}),
    "preflight": ("OPTIONS", None, None, {"Origin": "http://elsewhere", "Access-Control-Request-Method": "POST"}),
    "head": ("HEAD", {"query": "ASK {}"}, None, {}),
}


def fetch(site, method, params, data, headers) -> requests.Response:
    return requests.request(method, site.url + "/sparql", params=params, data=data, headers=headers, timeout=30)


def comparable(site, response: requests.Response) -> tuple:
    """Status, headers and body, but the date and the server's own address (the service description has it)."""
    headers = sorted((name.lower(), value) for name, value in response.headers.items()
                     if name.lower() not in ("date", "server", "content-length"))
    return response.status_code, headers, response.content.replace(site.url.encode(), b"SITE")


@pytest.mark.parametrize("name", REQUESTS)
def test_the_hot_path_answers_as_flask_does(pair, name):
    hot, flask = pair
    assert comparable(hot, fetch(hot, *REQUESTS[name])) == comparable(flask, fetch(flask, *REQUESTS[name]))


def test_a_bug_on_the_hot_path_is_a_generic_500_and_the_server_goes_on(pair, monkeypatch):
    hot, _ = pair

    def broken(*args, **kwargs):
        raise RuntimeError("a bug, with /secret/paths in its message")

    monkeypatch.setattr(fastpath.context, "run_for", broken)
    response = requests.post(hot.url + "/sparql", data="ASK {}", headers=DIRECT, timeout=30)
    assert_one_line_error(response, 500, "server log")
    assert "/secret" not in response.text and response.headers["Access-Control-Allow-Origin"] == "*"
    monkeypatch.undo()
    assert requests.post(hot.url + "/sparql", data="ASK {}", headers=DIRECT, timeout=30).json()["boolean"] is True


# ---------------------------------------------------------------- the guard's verdicts in the web process

def test_a_refused_query_is_refused_every_time_and_never_kept(pair, canary):
    hot, _ = pair
    endpoint = f"http://127.0.0.1:{canary.port}/sparql"
    refused = {
        f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}": 403,
        f"SELECT * WHERE {{ S\\u0045RVICE <{endpoint}> {{ ?s ?p ?o }} }}": 403,
        f"ASK {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT <{endpoint}> {{ ?s ?p ?o }} }} }}": 403,
        f"LOAD <{endpoint}>": 403,
        "SELEKT * WHERE { ?s ?p ?o }": 400,
    }
    verdicts = hot.app.extensions["irnews"].pool.offline.verdicts
    for _ in range(3):  # new connections each time: any worker may get them
        for text, status in refused.items():
            assert_one_line_error(requests.post(hot.url + "/sparql", data=text, headers=DIRECT, timeout=30), status)
            assert verdicts.get(text) is None
    assert canary.connections == []


def test_an_accepted_query_is_kept_by_its_exact_text_and_answers_the_same(pair):
    hot, _ = pair
    text = "SELECT ?state WHERE { ?state a irn:State } ORDER BY ?state LIMIT 2 # kept in the web process"
    first = requests.post(hot.url + "/sparql", data=text, headers=DIRECT, timeout=30)
    verdict = hot.app.extensions["irnews"].pool.offline.verdicts.get(text)
    assert verdict == guard.check(text)
    again = [requests.post(hot.url + "/sparql", data=text, headers=DIRECT, timeout=30) for _ in range(4)]
    assert {r.content for r in again} == {first.content}
    assert [row["state"]["value"] for row in first.json()["results"]["bindings"]] == [CUB, IRN]


def test_a_query_with_a_kept_verdict_is_still_stopped_at_the_time_limit(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path, query_timeout=1.0))
    verdicts = site.app.extensions["irnews"].pool.offline.verdicts
    verdicts.keep(SLOW, guard.check(SLOW))  # as a worker would have given it
    for _ in range(2):
        assert_one_line_error(requests.get(site.url + "/sparql", params={"query": SLOW}, timeout=30),
                              503, "longer than 1 s")
    assert requests.get(site.url + "/sparql", params={"query": "ASK {}"}, timeout=30).json()["boolean"] is True


def test_a_new_worker_says_it_is_ready_before_its_first_job_so_its_start_is_not_timed(tmp_path, release_builder):
    """A worker just started (after a time-out replaced one) can take longer than the time limit to
    start on a loaded machine; the limit counts from its READY, so the next query is not refused."""
    folder = release_builder(tmp_path / "out", "v1", TRIG)
    context = workers.multiprocessing.get_context("forkserver")
    worker = workers.Worker(context, site_settings(tmp_path))
    try:
        worker.wait_ready()  # EOFError unless its first message is READY
        assert not worker.connection.poll(0)  # nothing else before a job
        outcome = worker.ask(workers.Job(str(folder), "ASK {}", trusted=True), 30)
        assert outcome.status == 200 and b"true" in outcome.body
    finally:
        worker.stop()


@pytest.mark.parametrize("query, verdict", [
    ("ASK {}", guard.Checked("SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }", False)),
    ("SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }",
     guard.Checked("SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }", False)),
    ("SELECT * WHERE { S\\u0045RVICE <http://a/> { ?s ?p ?o } }",
     guard.Checked("SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }", False)),
    ("SELECT * WHERE { ?s ?p ?o } # service", guard.Checked("SELECT * WHERE { ?s ?p ?o } # service", False)),
    ("ASK {}", guard.Checked("ASK {}", False, (guard.Service(6, 20, 30, False),))),
    ("ASK { \\u0000 }", guard.Checked("ASK { \\u0000 }", False)),
])
def test_a_verdict_a_worker_could_have_forged_is_not_kept(query, verdict):
    verdicts = workers.Verdicts()
    verdicts.keep(query, verdict)
    assert verdicts.get(query) is None


def test_the_web_process_keeps_the_verdicts_of_the_texts_used_last():
    verdicts = workers.Verdicts(size=2)
    texts = [f"ASK {{}} # {n}" for n in range(3)]
    for text in texts[:2]:
        verdicts.keep(text, guard.check(text))
    assert verdicts.get(texts[0]) is not None  # now used last
    verdicts.keep(texts[2], guard.check(texts[2]))
    assert verdicts.get(texts[1]) is None and verdicts.get(texts[0]) and verdicts.get(texts[2])


def test_a_worker_cannot_send_the_web_process_anything_but_a_message():
    left, right = socket.socketpair()
    try:
        from multiprocessing.connection import Connection
        sender, receiver = Connection(left.detach()), Connection(right.detach())
        sender.send(print)  # a pickle that would name a function
        with pytest.raises(workers.pickle.UnpicklingError):
            workers.receive(receiver)
    finally:
        sender.close()
        receiver.close()


# ---------------------------------------------------------------- results cut at the caps

@pytest.mark.parametrize("limit, capped", [(1, False), (2, False), (3, True)])
def test_rows_exactly_at_the_cap_are_not_capped(pair, limit, capped):
    hot, _ = pair
    text = f"SELECT ?s WHERE {{ ?s a irn:State }} ORDER BY ?s LIMIT {limit}"
    for media_type in ("application/sparql-results+json", "text/tab-separated-values"):
        response = requests.post(hot.url + "/sparql", data=text, headers={**DIRECT, "Accept": media_type}, timeout=30)
        rows = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.from_media_type(media_type))
        assert [row["s"].value for row in rows] == sorted([CUB, IRN, VEN])[:min(limit, 2)]
        assert ("X-Result-Capped" in response.headers) is capped


@pytest.mark.parametrize("limit, capped", [(2, False), (3, True)])
def test_triples_exactly_at_the_cap_are_not_capped(pair, limit, capped):
    hot, _ = pair
    text = f"CONSTRUCT {{ ?s a irn:State }} WHERE {{ ?s a irn:State }} ORDER BY ?s LIMIT {limit}"
    for media_type in ("application/n-triples", "text/turtle"):
        response = requests.post(hot.url + "/sparql", data=text, headers={**DIRECT, "Accept": media_type}, timeout=30)
        triples = list(ox.parse(response.content, format=ox.RdfFormat.from_media_type(media_type)))
        assert len(triples) == 2 and ("X-Result-Capped" in response.headers) is capped


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "application/sparql-results+xml",
                                        "text/csv", "text/tab-separated-values"])
def test_results_are_what_pyoxigraph_writes(tmp_path, server_factory, release_builder, media_type):
    folder = release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path))
    text = ("SELECT ?s ?label ?date ?n WHERE { ?s ?p ?o OPTIONAL { ?s rdfs:label ?label } "
            "OPTIONAL { ?s irn:date ?date } OPTIONAL { ?s irn:start ?n } } ORDER BY ?s ?p ?o")
    response = requests.post(site.url + "/sparql", data=text, headers={**DIRECT, "Accept": media_type}, timeout=30)
    store = ox.Store.read_only(str(folder / layout.STORE))
    expected = store.query(text, **kg_store.dataset(store),
                           prefixes={"irn": "http://irnews.example.org/ontology#",
                                     "rdfs": "http://www.w3.org/2000/01/rdf-schema#"})
    assert response.content == expected.serialize(format=ox.QueryResultsFormat.from_media_type(media_type))


# ---------------------------------------------------------------- the release served

ONLY_VEN = f"""
@prefix irn: <http://irnews.example.org/ontology#> .
<http://irnews.example.org/graph/article/v2> {{ <{VEN}> a irn:State . }}
"""


def test_a_release_swapped_behind_a_second_link_is_served_at_once(tmp_path, server_factory, release_builder):
    """The folder found is kept while ``out`` leads to the same directory, through every link."""
    release_builder(tmp_path / "dist", "v1", TRIG)
    (tmp_path / "out").symlink_to(tmp_path / "dist")  # an operator's own link to the published one
    site = server_factory(site_settings(tmp_path))
    states = "SELECT ?s WHERE { ?s a irn:State } ORDER BY ?s"
    assert len(requests.get(site.url + "/sparql", params={"query": states}, timeout=30).json()["results"]["bindings"]) == 3
    release_builder(tmp_path / "dist", "v2", ONLY_VEN)
    rows = requests.get(site.url + "/sparql", params={"query": states}, timeout=30).json()["results"]["bindings"]
    assert [row["s"]["value"] for row in rows] == [VEN]
    assert requests.get(site.url + "/dumps/release.json", timeout=30).json()["version"] == "v2"
