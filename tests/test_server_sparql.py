"""SPARQL 1.1 Protocol at /sparql, over real HTTP against the real server (waitress)."""

from __future__ import annotations

import csv
import gzip
import io

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from test_server_sample import (AGREEMENT, BASE, BROWSER, CUB, GRAPH1, GRAPH2, INFERRED, IRN, STATES_QUERY, TRIG,
                                VEN, assert_one_line_error, call, site_settings)

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
ALL_STATES = {VEN, IRN, CUB}
CONSTRUCT_AGREEMENT = f"CONSTRUCT {{ <{AGREEMENT}> ?p ?o }} WHERE {{ <{AGREEMENT}> ?p ?o }}"


@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory, release_builder):
    root = tmp_path_factory.mktemp("sparql")
    release_builder(root / "out", "v1", TRIG)
    return server_factory(site_settings(root))


def json_states(response) -> set[str]:
    return {row["state"]["value"] for row in response.json()["results"]["bindings"]}


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


@pytest.mark.parametrize("name,media_type", [("trig", "application/trig"), ("nquads", "application/n-quads")])
def test_construct_in_a_dataset_format_is_the_default_graph(site, name, media_type):
    """As Oxigraph's and Fuseki's servers do: the graph, with no graph name."""
    expected = rdflib.Graph().parse(data=call(site, params={"query": CONSTRUCT_AGREEMENT}).text, format="turtle")
    by_accept = call(site, params={"query": CONSTRUCT_AGREEMENT}, headers={"Accept": media_type})
    by_name = call(site, params={"query": CONSTRUCT_AGREEMENT, "format": name})
    for response in (by_accept, by_name):
        assert response.headers["Content-Type"].split(";")[0] == media_type
        quads = list(ox.parse(response.content, format=ox.RdfFormat.from_media_type(media_type)))
        assert {q.graph_name for q in quads} == {ox.DefaultGraph()}
        dataset = rdflib.Dataset().parse(data=response.content, format=name)
        assert isomorphic(dataset.default_graph, expected)
    select_as_trig = call(site, params={"query": STATES_QUERY}, headers={"Accept": media_type})
    assert_one_line_error(select_as_trig, 406, "a SELECT query answers in")


@pytest.mark.parametrize("values,media_type", [
    (["tsv", "text/tab-separated-values"], "text/tab-separated-values"),
    (["xml"], "application/sparql-results+xml"),
    (["json", "application/sparql-results+json,application/json"], "application/sparql-results+json"),
])
def test_format_given_twice_naming_one_format(site, values, media_type):
    """SPARQLWrapper sends format= as a name and again as its Accept list."""
    response = call(site, params={"query": STATES_QUERY, "format": values})
    assert response.headers["Content-Type"].split(";")[0] == media_type


@pytest.mark.parametrize("alias,media_type", [("xml", "application/rdf+xml"), ("rdf+xml", "application/rdf+xml"),
                                              ("json-ld", "application/ld+json"), ("n3", "text/turtle"),
                                              ("nt", "application/n-triples")])
def test_format_aliases_for_graphs(site, alias, media_type):
    response = call(site, params={"query": CONSTRUCT_AGREEMENT, "format": alias})
    assert response.headers["Content-Type"].split(";")[0] == media_type


def test_format_naming_two_formats_is_400(site):
    response = call(site, params={"query": STATES_QUERY, "format": ["json", "csv"]})
    assert_one_line_error(response, 400, "different formats")


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


# ---------------------------------------------------------------- the RDF dataset

def test_default_graph_is_the_union_of_the_named_graphs(site):
    union = call(site, params={"query": f"ASK {{ <{VEN}> a irn:State ; irn:hasAgreementWith <{IRN}> }}"})
    assert union.json()["boolean"] is True


def test_the_default_graph_holds_a_triple_once_however_many_graphs_hold_it(tmp_path, server_factory, release_builder):
    """SPARQL's default graph is a set of triples: a state typed by two articles is counted once
    (Oxigraph's union default graph would count it twice, and join it twice)."""
    shared = TRIG.replace('<{CUB}> a irn:State ;'.format(CUB=CUB), f'<{VEN}> a irn:State . <{CUB}> a irn:State ;')
    assert shared != TRIG
    release_builder(tmp_path / "out", "v1", shared)
    server = server_factory(site_settings(tmp_path))
    count = call(server, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a irn:State }", "format": "csv"})
    assert count.text.split() == ["n", "3"]
    per_graph = call(server, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a irn:State } }",
                                     "format": "csv"})
    assert per_graph.text.split() == ["n", "4"]


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


def test_from_clauses_replace_the_union_and_read_nothing_else(site):
    from_second = call(site, params={"query": f"SELECT ?state FROM <{GRAPH2}> WHERE {{ ?state a irn:State }}"})
    assert json_states(from_second) == {CUB}
    named = call(site, params={"query": f"SELECT ?g FROM NAMED <{GRAPH2}> WHERE {{ GRAPH ?g {{ }} }}"})
    assert [r["g"]["value"] for r in named.json()["results"]["bindings"]] == [GRAPH2]
    from_file = call(site, params={"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"})
    assert from_file.status_code == 200 and from_file.json()["results"]["bindings"] == []
    overridden = call(site, params={"query": f"SELECT ?state FROM <{GRAPH2}> WHERE {{ ?state a irn:State }}",
                                    "default-graph-uri": GRAPH1})
    assert json_states(overridden) == {VEN, IRN}


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


def test_service_description_in_trig_is_its_default_graph(site):
    turtle = rdflib.Graph().parse(data=call(site, headers={"Accept": "text/turtle"}).text, format="turtle")
    response = call(site, headers={"Accept": "application/trig"})
    assert response.headers["Content-Type"].startswith("application/trig")
    assert isomorphic(rdflib.Dataset().parse(data=response.text, format="trig").default_graph, turtle)
    assert (None, SD.resultFormat, rdflib.URIRef("http://www.w3.org/ns/formats/TriG")) in turtle


def test_service_description_by_format_parameter(site):
    as_ntriples = call(site, params={"format": "ntriples"}, headers={"Accept": BROWSER})
    assert as_ntriples.headers["Content-Type"].startswith("application/n-triples")
    assert (None, SD.endpoint, None) in rdflib.Graph().parse(data=as_ntriples.text, format="nt")
    assert_one_line_error(call(site, params={"format": "yaml"}), 400, "unknown format")
    assert_one_line_error(call(site, headers={"Accept": "text/csv"}), 406, "text/turtle")


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
