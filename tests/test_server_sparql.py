"""SPARQL 1.1 Protocol at /sparql, over real HTTP against the real server (waitress)."""

from __future__ import annotations

import csv
import gzip
import io
import time

import pyoxigraph as ox
import pytest
import rdflib
import requests
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from test_server_sample import (AGREEMENT, BASE, CUB, GRAPH1, GRAPH2, INFERRED, IRN, STATES_QUERY, TRIG, VEN,
                                site_settings)

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ALL_STATES = {VEN, IRN, CUB}
CONSTRUCT_AGREEMENT = f"CONSTRUCT {{ <{AGREEMENT}> ?p ?o }} WHERE {{ <{AGREEMENT}> ?p ?o }}"


@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory, release_builder):
    root = tmp_path_factory.mktemp("sparql")
    release_builder(root / "out", "v1", TRIG)
    return server_factory(site_settings(root))


def call(site, method="GET", params=None, data=None, headers=None, path="/sparql", **options):
    """One request; every answer must carry nosniff and open CORS without credentials."""
    response = requests.request(method, site.url + path, params=params, data=data, headers=headers,
                                timeout=30, **options)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    return response


def json_states(response) -> set[str]:
    return {row["state"]["value"] for row in response.json()["results"]["bindings"]}


def assert_one_line_error(response, status: int, *words: str) -> None:
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.text.endswith("\n") and response.text.count("\n") == 1
    assert response.text.startswith(f"{status} ")
    assert "Traceback" not in response.text
    for word in words:
        assert word in response.text


# ---------------------------------------------------------------- the three ways to send a query

def test_get_answers_sparql_json_by_default(site):
    response = call(site, params={"query": STATES_QUERY})
    assert response.headers["Content-Type"] == "application/sparql-results+json"
    assert json_states(response) == ALL_STATES
    without_accept = call(site, params={"query": STATES_QUERY}, headers={"Accept": None})
    assert without_accept.headers["Content-Type"] == "application/sparql-results+json"


def test_post_form_and_post_direct_answer_like_get(site):
    form = call(site, "POST", data={"query": STATES_QUERY})
    direct = call(site, "POST", data=STATES_QUERY.encode(),
                  headers={"Content-Type": "application/sparql-query"})
    assert json_states(form) == json_states(direct) == ALL_STATES


# ---------------------------------------------------------------- formats

@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "application/sparql-results+xml",
                                        "text/tab-separated-values"])
def test_select_formats_by_accept(site, media_type):
    response = call(site, params={"query": STATES_QUERY}, headers={"Accept": media_type})
    assert response.headers["Content-Type"].split(";")[0] == media_type
    parsed = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.from_media_type(media_type))
    assert {solution["state"].value for solution in parsed} == ALL_STATES


@pytest.mark.parametrize("name,media_type", [("json", "application/sparql-results+json"),
                                             ("xml", "application/sparql-results+xml"),
                                             ("csv", "text/csv"), ("tsv", "text/tab-separated-values")])
def test_select_formats_by_format_parameter(site, name, media_type):
    response = call(site, params={"query": STATES_QUERY, "format": name}, headers={"Accept": "*/*"})
    assert response.headers["Content-Type"].split(";")[0] == media_type
    if name == "csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert {row["state"] for row in rows} == ALL_STATES


def test_q_values_choose_the_format(site):
    prefers_csv = call(site, params={"query": STATES_QUERY},
                       headers={"Accept": "application/sparql-results+xml;q=0.5, text/csv"})
    prefers_xml = call(site, params={"query": STATES_QUERY},
                       headers={"Accept": "text/csv;q=0.1, application/sparql-results+xml"})
    assert prefers_csv.headers["Content-Type"].startswith("text/csv")
    assert prefers_xml.headers["Content-Type"].startswith("application/sparql-results+xml")


@pytest.mark.parametrize("name,media_type,rdflib_format", [
    ("turtle", "text/turtle", "turtle"), ("ntriples", "application/n-triples", "nt"),
    ("jsonld", "application/ld+json", "json-ld"), ("rdfxml", "application/rdf+xml", "xml")])
def test_construct_formats_by_accept_and_by_format(site, name, media_type, rdflib_format):
    expected = rdflib.Graph().parse(data=call(site, params={"query": CONSTRUCT_AGREEMENT}).text, format="turtle")
    assert len(expected) == 7
    by_accept = call(site, params={"query": CONSTRUCT_AGREEMENT}, headers={"Accept": media_type})
    by_name = call(site, params={"query": CONSTRUCT_AGREEMENT, "format": name})
    for response in (by_accept, by_name):
        assert response.headers["Content-Type"].split(";")[0] == media_type
        assert isomorphic(rdflib.Graph().parse(data=response.content, format=rdflib_format), expected)


def test_ask_and_describe(site):
    ask = call(site, params={"query": f"ASK {{ <{VEN}> irn:hasAgreementWith <{IRN}> }}"})
    assert ask.json() == {"head": {}, "boolean": True}
    describe = call(site, params={"query": f"DESCRIBE <{CUB}>"}, headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=describe.text, format="turtle")
    assert (rdflib.URIRef(CUB), rdflib.RDFS.label, rdflib.Literal("Cuba", lang="en")) in graph


def test_browser_gets_an_html_table_with_links(site):
    response = call(site, params={"query": STATES_QUERY}, headers={"Accept": BROWSER})
    assert response.headers["Content-Type"].startswith("text/html")
    assert '<table class="results">' in response.text
    assert 'href="/id/state/VEN"' in response.text
    assert "3 rows" in response.text


# ---------------------------------------------------------------- client errors

def test_unacceptable_accept_is_406_listing_the_types(site):
    response = call(site, params={"query": STATES_QUERY}, headers={"Accept": "image/png"})
    assert_one_line_error(response, 406, "application/sparql-results+json", "text/turtle")
    select_as_turtle = call(site, params={"query": STATES_QUERY}, headers={"Accept": "text/turtle"})
    assert_one_line_error(select_as_turtle, 406, "a SELECT query answers in", "text/csv")


def test_unknown_format_parameter_is_400(site):
    assert_one_line_error(call(site, params={"query": STATES_QUERY, "format": "yaml"}), 400, "format")


@pytest.mark.parametrize("content_type", ["text/plain", "application/json", None])
def test_unknown_post_content_type_is_415(site, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = call(site, "POST", data=STATES_QUERY.encode(), headers=headers)
    assert_one_line_error(response, 415, "application/sparql-query")


@pytest.mark.parametrize("params,words", [
    ({"query": ""}, ["empty"]),
    ({"query": "   \n "}, ["empty"]),
    ({"query": ["ASK {}", "ASK {}"]}, ["query is given 2 times"]),
    ({"query": "SELEKT * WHERE { ?s ?p ?o }"}, ["syntax error"]),
    ({"query": "SELECT * WHERE { ?s ?p ?o"}, ["syntax error"]),
    ({"default-graph-uri": GRAPH1}, ["query parameter is missing"]),
])
def test_bad_queries_are_400_with_one_line(site, params, words):
    assert_one_line_error(call(site, params=params), 400, *words)


def test_post_without_query_and_query_twice_are_400(site):
    assert_one_line_error(call(site, "POST", data={"format": "json"}), 400, "missing")
    twice = call(site, "POST", params={"query": "ASK {}"}, data=b"ASK {}",
                 headers={"Content-Type": "application/sparql-query"})
    assert_one_line_error(twice, 400, "2 times")


def test_browser_errors_are_html_and_never_echo_markup(site):
    response = call(site, params={"query": "SELECT <script>alert(1)</script>"}, headers={"Accept": BROWSER})
    assert response.status_code == 400
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<script>" not in response.text and "Traceback" not in response.text
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_other_methods_are_405_with_allow(site):
    response = call(site, "PUT", data=b"x")
    assert_one_line_error(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


# ---------------------------------------------------------------- read only: updates and SERVICE

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
    # inside strings) would read a SERVICE call. The server expands the escapes for both.
    endpoint = f"http://127.0.0.1:{canary.port}/"
    query = (f'SELECT * WHERE {{ ?s ?p "x\\u0022 ," . SERVICE <{endpoint}> {{ ?a ?b ?c }} '
             f'?s ?p ", \\u0022 E" . }}')
    response = call(site, params={"query": query})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"] == []
    time.sleep(0.3)
    assert canary.connections == []


# ---------------------------------------------------------------- the RDF dataset

def test_default_graph_is_the_union_of_the_named_graphs(site):
    union = call(site, params={"query": f"ASK {{ <{VEN}> a irn:State ; irn:hasAgreementWith <{IRN}> }}"})
    assert union.json()["boolean"] is True


def test_default_graph_uri_chooses_the_default_graph(site):
    second = call(site, params={"query": STATES_QUERY, "default-graph-uri": GRAPH2})
    both = call(site, params={"query": STATES_QUERY, "default-graph-uri": [GRAPH1, GRAPH2]})
    direct = call(site, "POST", params={"default-graph-uri": GRAPH2}, data=STATES_QUERY.encode(),
                  headers={"Content-Type": "application/sparql-query"})
    assert json_states(second) == json_states(direct) == {CUB}
    assert json_states(both) == ALL_STATES


def test_named_graph_uri_chooses_the_named_graphs(site):
    query = "SELECT ?g WHERE { GRAPH ?g { } }"
    everything = call(site, params={"query": query})
    only = call(site, "POST", data={"query": query, "named-graph-uri": INFERRED})
    assert {r["g"]["value"] for r in everything.json()["results"]["bindings"]} == {GRAPH1, GRAPH2, INFERRED}
    assert [r["g"]["value"] for r in only.json()["results"]["bindings"]] == [INFERRED]


@pytest.mark.parametrize("name", ["default-graph-uri", "named-graph-uri"])
def test_a_graph_not_published_is_400(site, name):
    response = call(site, params={"query": "ASK {}", name: f"{BASE}graph/article/nope"})
    assert_one_line_error(response, 400, "graph/article/nope", "not published")
    file_graph = call(site, params={"query": "ASK {}", name: "file:///etc/passwd"})
    assert_one_line_error(file_graph, 400)


# ---------------------------------------------------------------- service description, CORS, gzip

def test_service_description_in_turtle_and_json_ld(site):
    response = call(site, headers={"Accept": "text/turtle"})
    assert response.headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    service = graph.value(predicate=rdflib.RDF.type, object=SD.Service)
    assert graph.value(service, SD.endpoint) == rdflib.URIRef(site.url + "/sparql")
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.resultFormat, rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON")) in graph
    assert set(graph.objects(None, SD.name)) == {rdflib.URIRef(g) for g in (GRAPH1, GRAPH2, INFERRED)}
    as_jsonld = call(site, headers={"Accept": "application/ld+json"})
    assert isomorphic(rdflib.Graph().parse(data=as_jsonld.text, format="json-ld"), graph)


def test_service_description_for_a_browser_is_a_page_with_the_form(site):
    response = call(site, headers={"Accept": BROWSER})
    assert response.headers["Content-Type"].startswith("text/html")
    assert '<form class="query" method="post" action="/sparql">' in response.text
    assert GRAPH2 in response.text


def test_cors_preflight(site):
    response = call(site, "OPTIONS", headers={"Origin": "http://elsewhere.example",
                                              "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "content-type"})
    assert response.status_code == 200
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in response.headers["Access-Control-Allow-Headers"]


def test_gzip_when_the_client_accepts_it(site):
    query = "CONSTRUCT WHERE { ?s ?p ?o }"
    zipped = call(site, params={"query": query}, headers={"Accept-Encoding": "gzip"}, stream=True)
    raw = zipped.raw.read(decode_content=False)
    assert zipped.headers["Content-Encoding"] == "gzip" and raw[:2] == b"\x1f\x8b"
    plain = call(site, params={"query": query}, headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert "Accept-Encoding" in plain.headers["Vary"]
    assert gzip.decompress(raw) == plain.content


# ---------------------------------------------------------------- a real SPARQL client

@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
def test_rdflib_sparqlstore_as_client(site, method):
    store = SPARQLStore(site.url + "/sparql", method=method, returnFormat="xml")
    graph = rdflib.Graph(store=store)
    rows = graph.query(f"PREFIX irn: <http://irnews.example.org/ontology#> {STATES_QUERY}")
    assert {str(row.state) for row in rows} == ALL_STATES
    assert rdflib.Literal("Iran", lang="en") in set(graph.objects(rdflib.URIRef(IRN), rdflib.RDFS.label))
    assert graph.query(f"ASK {{ <{VEN}> ?p ?o }}").askAnswer is True
