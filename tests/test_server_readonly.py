"""Read only, over real HTTP: updates are refused and change nothing; SERVICE is refused
wherever it hides and no connection leaves the server (a canary listener counts them)."""

from __future__ import annotations

import time

import pytest

from test_server_sample import GRAPH1, GRAPH2, INFERRED, TRIG, VEN, assert_one_line_error, call, site_settings


@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory, release_builder):
    root = tmp_path_factory.mktemp("readonly")
    release_builder(root / "out", "v1", TRIG)
    return server_factory(site_settings(root))


UPDATES = [
    f"INSERT DATA {{ GRAPH <{GRAPH1}> {{ <urn:x:s> <urn:x:p> <urn:x:o> }} }}",
    f"DELETE WHERE {{ <{VEN}> ?p ?o }}",
    "LOAD <file:///etc/passwd>",
    "CLEAR ALL",
    f"DROP GRAPH <{GRAPH2}>",
    "CREATE GRAPH <urn:x:new>",
]


def _store_snapshot(site) -> tuple[int, set[str]]:
    count = call(site, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    graphs = call(site, params={"query": "SELECT ?g WHERE { GRAPH ?g { } }"})
    return (int(count.json()["results"]["bindings"][0]["n"]["value"]),
            {row["g"]["value"] for row in graphs.json()["results"]["bindings"]})


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_and_nothing_changes(site, update):
    before = _store_snapshot(site)
    assert_one_line_error(call(site, params={"query": update}), 403, "read-only")
    assert_one_line_error(call(site, "POST", data={"update": update}), 403, "read-only")
    sent_as_update = call(site, "POST", data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert_one_line_error(sent_as_update, 403)
    assert _store_snapshot(site) == before
    assert before[1] == {GRAPH1, GRAPH2, INFERRED}


def _service_queries(endpoint: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{endpoint}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ S\\u0045RVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x a irn:State OPTIONAL {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }} }}",
        f"SELECT * WHERE {{ {{ ?x a irn:State }} UNION {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }} }}",
        f"SELECT * WHERE {{ ?x a irn:State FILTER EXISTS {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?x WHERE {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ BIND(<{endpoint}> AS ?e) SERVICE ?e {{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ <{VEN}> ?p ?o MINUS {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }} }}",
    ]


def test_service_is_refused_and_no_connection_is_made(site, canary):
    endpoint = f"http://127.0.0.1:{canary.port}/sparql"
    for query in _service_queries(endpoint):
        response = call(site, params={"query": query})
        assert_one_line_error(response, 403, "SERVICE")
        post = call(site, "POST", data=query.encode(), headers={"Content-Type": "application/sparql-query"})
        assert post.status_code == 403
    time.sleep(0.3)
    assert canary.connections == []


def test_service_hidden_between_escaped_quotes_is_never_run(site, canary):
    # rdflib (decodes \u first) reads three strings here; Oxigraph (decodes \u only
    # inside strings) reads a SERVICE call that the PROBE's literals make it run.
    # The server expands the escapes once for both: no SERVICE, and the query runs (200;
    # a SERVICE run in a worker without network would have failed).
    endpoint = f"http://127.0.0.1:{canary.port}/"
    query = (f'SELECT * WHERE {{ ?s ?p "x\\u0022 ," . SERVICE <{endpoint}> {{ ?a ?b ?c }} '
             f'?s ?p ", \\u0022 E" . }}')
    response = call(site, params={"query": query})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"] == []
    time.sleep(0.3)
    assert canary.connections == []
