"""The W3C SPARQL 1.1 Protocol test suite, one test per case, against the real server.

The cases are the entries of the suite's manifest (w3c/rdf-tests,
``sparql/sparql11/protocol/manifest.ttl``), written again here from their
descriptions, with the suite's graph names (``http://kasei.us/2009/09/sparql/data/dataN.rdf``)
published as named graphs of a test release. The manifest sends requests to
``/sparql/``; this server's endpoint is ``/sparql``.

Where the suite expects "2xx or 3xx", the answer here is 200 in a media type
the suite allows. Where it expects "4xx", the answer is the status below, as one
line of text. This endpoint is read-only (SPARQL 1.1 Protocol, section 2.2, the
update operation, is not offered): every ``update_*`` case, which the suite
expects to succeed, is refused with 403 and must leave the store as it was;
the suite's follow-up query then finds nothing.
"""

from __future__ import annotations

import sys

import pyoxigraph as ox
import pytest
import rdflib
import requests

from kg.settings import Settings
from test_server_sample import assert_one_line_error, site_settings

DATA = "http://kasei.us/2009/09/sparql/data/"
DATA0, DATA1, DATA2, DATA3 = (f"{DATA}data{n}.rdf" for n in range(4))
FOAF = "http://xmlns.com/foaf/0.1/"
TRIG = "\n".join(f'<{DATA}data{n}.rdf> {{ <{DATA}data{n}.rdf> a <{FOAF}Document> ; '
                 f'<http://purl.org/dc/terms/title> "Document {n}" . }}' for n in range(4))

SPARQL_QUERY, SPARQL_UPDATE, FORM = ("application/sparql-query", "application/sparql-update",
                                     "application/x-www-form-urlencoded")
BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
TABULAR_TYPES = BOOLEAN_TYPES + ("text/csv", "text/tab-separated-values")
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
             "application/ld+json": "json-ld", "application/trig": "trig", "application/n-quads": "nquads"}

#: Every entry of the manifest, in its order; each has a test named ``test_<entry>``.
MANIFEST = (
    "query_post_form", "query_dataset_default_graphs_get", "query_dataset_default_graphs_post",
    "query_dataset_named_graphs_post", "query_dataset_named_graphs_get", "query_dataset_full",
    "query_multiple_dataset", "query_get", "query_content_type_select", "query_content_type_ask",
    "query_content_type_describe", "query_content_type_construct", "update_dataset_default_graph",
    "update_dataset_default_graphs", "update_dataset_named_graphs", "update_dataset_full", "update_post_form",
    "update_post_direct", "update_base_uri", "query_post_direct", "bad_query_method", "bad_multiple_queries",
    "bad_query_wrong_media_type", "bad_query_missing_form_type", "bad_query_missing_direct_type",
    "bad_query_non_utf8", "bad_query_syntax", "bad_update_get", "bad_multiple_updates",
    "bad_update_wrong_media_type", "bad_update_missing_form_type", "bad_update_non_utf8", "bad_update_syntax",
    "bad_update_dataset_conflict",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory, release_builder):
    root = tmp_path_factory.mktemp("w3c")
    release_builder(root / "out", "v1", TRIG)
    return server_factory(site_settings(root))


def send(site, method: str, query_string: str = "", body: bytes | str | None = None,
         content_type: str | None = None) -> requests.Response:
    """One request as the manifest writes it: the query string as given, the body as bytes."""
    url = site.url + "/sparql" + (f"?{query_string}" if query_string else "")
    headers = {"Content-Type": content_type} if content_type else {}
    data = body.encode("utf-8") if isinstance(body, str) else body
    return requests.request(method, url, data=data, headers=headers, timeout=30)


def quoted(*pairs: tuple[str, str]) -> str:
    return "&".join(f"{name}={requests.utils.quote(value, safe='')}" for name, value in pairs)


def boolean(response: requests.Response) -> bool:
    """The answer of an ASK, from any boolean results format the suite allows."""
    assert response.status_code == 200, response.text
    media_type = response.headers["Content-Type"].split(";")[0]
    assert media_type in BOOLEAN_TYPES
    return bool(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.from_media_type(media_type)))


def ask(site, text: str) -> bool:
    return boolean(send(site, "POST", body=text, content_type=SPARQL_QUERY))


def store_contents(site) -> set[tuple[str, ...]]:
    response = send(site, "GET", quoted(("query", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")))
    return {tuple(row[k]["value"] for k in ("g", "s", "p", "o")) for row in response.json()["results"]["bindings"]}


def refused_and_unchanged(site, response: requests.Response, status: int, *words: str) -> None:
    """A 4xx (``status``), one line, and the store exactly as published."""
    assert_one_line_error(response, status, *words)
    assert store_contents(site) == PUBLISHED


PUBLISHED = {(f"{DATA}data{n}.rdf", f"{DATA}data{n}.rdf", p, o) for n in range(4) for p, o in (
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"{FOAF}Document"),
    ("http://purl.org/dc/terms/title", f"Document {n}"))}


def test_the_manifest_is_covered_one_test_per_entry():
    module = sys.modules[__name__]
    assert len(MANIFEST) == len(set(MANIFEST)) == 34
    assert all(callable(getattr(module, f"test_{name}", None)) for name in MANIFEST)


def test_the_published_store(site):
    assert store_contents(site) == PUBLISHED


# ---------------------------------------------------------------- queries that must succeed

def test_query_post_form(site):
    """A URL-encoded POST body carries the query; a default graph comes in the URL."""
    response = send(site, "POST", quoted(("default-graph-uri", DATA0)), "query=ASK%20%7B%7D", FORM)
    assert boolean(response) is True


def test_query_dataset_default_graphs_get(site):
    """Two default-graph-uri parameters by GET: their merge is the default graph."""
    text = f"ASK {{ <{DATA1}> a ?type . <{DATA2}> a ?type . }}"
    both = send(site, "GET", quoted(("query", text), ("default-graph-uri", DATA1), ("default-graph-uri", DATA2)))
    assert boolean(both) is True
    only_one = send(site, "GET", quoted(("query", text), ("default-graph-uri", DATA1)))
    assert boolean(only_one) is False  # the protocol's dataset is used, not the union of every graph


def test_query_dataset_default_graphs_post(site):
    """The same by a direct POST: the graphs are parameters of the URL."""
    text = f"ASK {{ <{DATA1}> a ?type . <{DATA2}> a ?type . }}"
    response = send(site, "POST", quoted(("default-graph-uri", DATA1), ("default-graph-uri", DATA2)), text,
                    SPARQL_QUERY)
    assert boolean(response) is True


NAMED_ASK = f"ASK {{ GRAPH ?g1 {{ <{DATA1}> a ?type }} GRAPH ?g2 {{ <{DATA2}> a ?type }} }}"


def test_query_dataset_named_graphs_post(site):
    """Two named-graph-uri parameters with a direct POST: GRAPH sees those two."""
    response = send(site, "POST", quoted(("named-graph-uri", DATA1), ("named-graph-uri", DATA2)), NAMED_ASK,
                    SPARQL_QUERY)
    assert boolean(response) is True
    without_data2 = send(site, "POST", quoted(("named-graph-uri", DATA1)), NAMED_ASK, SPARQL_QUERY)
    assert boolean(without_data2) is False


def test_query_dataset_named_graphs_get(site):
    """The same by GET."""
    response = send(site, "GET", quoted(("query", NAMED_ASK), ("named-graph-uri", DATA1), ("named-graph-uri", DATA2)))
    assert boolean(response) is True


def test_query_dataset_full(site):
    """One default graph and two named graphs, all given by the protocol."""
    text = (f"ASK {{ <{DATA3}> a ?type GRAPH ?g1 {{ <{DATA1}> a ?type }} "
            f"GRAPH ?g2 {{ <{DATA2}> a ?type }} }}")
    params = quoted(("default-graph-uri", DATA3), ("named-graph-uri", DATA1), ("named-graph-uri", DATA2))
    assert boolean(send(site, "POST", params, text, SPARQL_QUERY)) is True
    in_default = f"ASK {{ <{DATA1}> a ?type }}"  # data1 is a named graph here, not part of the default graph
    assert boolean(send(site, "POST", params, in_default, SPARQL_QUERY)) is False


def test_query_multiple_dataset(site):
    """The query names a dataset (FROM) and so does the protocol: the protocol's wins.

    The manifest percent-encodes the '&' between its two named-graph-uri values
    into one value; the two values it means are sent here.
    """
    text = (f"ASK FROM <{DATA3}> {{ GRAPH ?g1 {{ <{DATA1}> a ?type }} "
            f"GRAPH ?g2 {{ <{DATA2}> a ?type }} }}")
    params = quoted(("named-graph-uri", DATA1), ("named-graph-uri", DATA2))
    assert boolean(send(site, "POST", params, text, SPARQL_QUERY)) is True
    from_clause_ignored = f"ASK FROM <{DATA3}> {{ <{DATA3}> a ?type }}"
    assert boolean(send(site, "POST", params, from_clause_ignored, SPARQL_QUERY)) is False


def test_query_get(site):
    """The query as a URL parameter of a GET."""
    assert boolean(send(site, "GET", quoted(("query", "ASK {}"), ("default-graph-uri", DATA0)))) is True


def test_query_content_type_select(site):
    """A SELECT answers in a tabular results format."""
    response = send(site, "POST", quoted(("default-graph-uri", DATA0)), "SELECT (1 AS ?value) {}", SPARQL_QUERY)
    assert response.status_code == 200
    media_type = response.headers["Content-Type"].split(";")[0]
    assert media_type in TABULAR_TYPES
    rows = list(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.from_media_type(media_type)))
    assert [row["value"].value for row in rows] == ["1"]


def test_query_content_type_ask(site):
    """An ASK answers in a boolean results format."""
    assert boolean(send(site, "POST", quoted(("default-graph-uri", DATA0)), "ASK {}", SPARQL_QUERY)) is True


def rdf_graph(response: requests.Response) -> rdflib.Graph:
    assert response.status_code == 200, response.text
    media_type = response.headers["Content-Type"].split(";")[0]
    assert media_type in RDF_TYPES
    if RDF_TYPES[media_type] in ("trig", "nquads"):
        return rdflib.Dataset().parse(data=response.content, format=RDF_TYPES[media_type]).default_graph
    return rdflib.Graph().parse(data=response.content, format=RDF_TYPES[media_type])


def test_query_content_type_describe(site):
    """A DESCRIBE answers in an RDF format (here of an IRI nothing is known about: an empty graph)."""
    response = send(site, "POST", quoted(("default-graph-uri", DATA0)), "DESCRIBE <http://example.org/>",
                    SPARQL_QUERY)
    assert len(rdf_graph(response)) == 0


def test_query_content_type_construct(site):
    """A CONSTRUCT answers in an RDF format; its relative IRIs resolve against the server's base."""
    response = send(site, "POST", quoted(("default-graph-uri", DATA0)), "CONSTRUCT { <s> <p> 1 } WHERE {}",
                    SPARQL_QUERY)
    graph = rdf_graph(response)
    base = Settings().base_iri
    assert set(graph) == {(rdflib.URIRef(base + "s"), rdflib.URIRef(base + "p"), rdflib.Literal(1))}


def test_query_post_direct(site):
    """The query as the body of a POST with Content-Type application/sparql-query."""
    assert boolean(send(site, "POST", body="ASK {}", content_type=SPARQL_QUERY)) is True


# ---------------------------------------------------------------- updates: refused here, nothing changes

UPDATE_AND_COPY = f"""PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA {{ GRAPH <{DATA1}> {{ <{DATA1}> a foaf:Document }} }} ;
INSERT {{ GRAPH <http://example.org/protocol-update-dataset-test/> {{ ?s a dc:BibliographicResource }} }}
WHERE {{ ?s a foaf:Document }}"""
COPIED = (f"ASK {{ GRAPH <http://example.org/protocol-update-dataset-test/> "
          f"{{ <{DATA1}> a <http://purl.org/dc/terms/BibliographicResource> }} }}")


def test_update_dataset_default_graph(site):
    """An update with a using-graph-uri: refused; the suite's check query finds nothing."""
    response = send(site, "POST", quoted(("using-graph-uri", DATA1)), UPDATE_AND_COPY, SPARQL_UPDATE)
    refused_and_unchanged(site, response, 403, "read-only")
    assert ask(site, COPIED) is False


def test_update_dataset_default_graphs(site):
    """An update with two using-graph-uri parameters: refused."""
    update = UPDATE_AND_COPY.replace("CLEAR ALL", "DROP ALL")
    params = quoted(("using-graph-uri", DATA1), ("using-graph-uri", DATA2))
    refused_and_unchanged(site, send(site, "POST", params, update, SPARQL_UPDATE), 403, "read-only")
    assert ask(site, COPIED) is False


def test_update_dataset_named_graphs(site):
    """An update with two using-named-graph-uri parameters: refused."""
    update = UPDATE_AND_COPY.replace("WHERE { ?s a foaf:Document }", "WHERE { GRAPH ?g { ?s a foaf:Document } }")
    params = quoted(("using-named-graph-uri", DATA1), ("using-named-graph-uri", DATA2))
    refused_and_unchanged(site, send(site, "POST", params, update, SPARQL_UPDATE), 403, "read-only")
    assert ask(site, COPIED) is False


def test_update_dataset_full(site):
    """An update with both kinds of using parameters: refused."""
    params = quoted(("using-graph-uri", DATA1), ("using-named-graph-uri", DATA2))
    refused_and_unchanged(site, send(site, "POST", params, UPDATE_AND_COPY, SPARQL_UPDATE), 403, "read-only")


def test_update_post_form(site):
    """An update as the update parameter of a URL-encoded POST: refused."""
    refused_and_unchanged(site, send(site, "POST", body="update=CLEAR+ALL", content_type=FORM), 403, "read-only")


def test_update_post_direct(site):
    """An update as the body of a POST with Content-Type application/sparql-update: refused."""
    refused_and_unchanged(site, send(site, "POST", body="CLEAR ALL", content_type=SPARQL_UPDATE), 403,
                          "read-only")


def test_update_base_uri(site):
    """An update with a relative IRI (to check the service's base): refused; the check query finds no row."""
    update = ("CLEAR GRAPH <http://example.org/protocol-base-test/> ; INSERT DATA { GRAPH "
              "<http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }")
    refused_and_unchanged(site, send(site, "POST", body=update, content_type=SPARQL_UPDATE), 403)
    check = ("SELECT ?o WHERE { GRAPH <http://example.org/protocol-base-test/> "
             "{ <http://example.org/s> <http://example.org/p> ?o } }")
    response = send(site, "POST", body=check, content_type=SPARQL_QUERY)
    assert response.json()["results"]["bindings"] == []


# ---------------------------------------------------------------- bad queries: 4xx, one line

def test_bad_query_method(site):
    """A method other than GET or POST: 405, with the methods allowed."""
    response = send(site, "PUT", quoted(("query", "ASK {}"), ("default-graph-uri", DATA0)), b"", FORM)
    assert_one_line_error(response, 405)
    assert {"GET", "POST"} <= set(response.headers["Allow"].replace(" ", "").split(","))


def test_bad_multiple_queries(site):
    """Two query parameters: 400."""
    assert_one_line_error(send(site, "GET", "query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D"), 400, "2 times")


def test_bad_query_wrong_media_type(site):
    """A POST whose media type is neither form nor application/sparql-query: 415."""
    assert_one_line_error(send(site, "POST", body="ASK {}", content_type="text/plain"), 415, SPARQL_QUERY)


def test_bad_query_missing_form_type(site):
    """A URL-encoded body sent without its Content-Type: 415."""
    assert_one_line_error(send(site, "POST", body="query=ASK%20%7B%7D"), 415, "no Content-Type")


def test_bad_query_missing_direct_type(site):
    """A query body sent without its Content-Type: 415."""
    assert_one_line_error(send(site, "POST", body="ASK {}"), 415, "no Content-Type")


def test_bad_query_non_utf8(site):
    """A direct POST in UTF-16 (with a byte-order mark): 415, the body must be UTF-8."""
    response = send(site, "POST", body="ASK {}".encode("utf-16"), content_type=f"{SPARQL_QUERY}; charset=UTF-16")
    assert_one_line_error(response, 415, "UTF-8")


def test_bad_query_syntax(site):
    """A query that does not parse: 400, saying so."""
    assert_one_line_error(send(site, "GET", "query=ASK%20%7B"), 400, "syntax error")


def test_bad_update_get(site):
    """An update by GET: refused."""
    refused_and_unchanged(site, send(site, "GET", "update=CLEAR%20ALL"), 403, "read-only")


def test_bad_multiple_updates(site):
    """Two update parameters: refused."""
    response = send(site, "POST", body="update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", content_type=FORM)
    refused_and_unchanged(site, response, 403)


def test_bad_update_wrong_media_type(site):
    """An update body as text/plain: 415."""
    refused_and_unchanged(site, send(site, "POST", body="CLEAR NAMED", content_type="text/plain"), 415)


def test_bad_update_missing_form_type(site):
    """A URL-encoded update sent without its Content-Type: 415."""
    refused_and_unchanged(site, send(site, "POST", body="update=CLEAR%20NAMED"), 415)


def test_bad_update_non_utf8(site):
    """An update in UTF-16: refused."""
    response = send(site, "POST", body="CLEAR NAMED".encode("utf-16"), content_type=f"{SPARQL_UPDATE}; charset=UTF-16")
    refused_and_unchanged(site, response, 403)


def test_bad_update_syntax(site):
    """An update that does not parse: refused."""
    refused_and_unchanged(site, send(site, "POST", body="update=CLEAR%20XYZ", content_type=FORM), 403)


def test_bad_update_dataset_conflict(site):
    """using-named-graph-uri together with a WITH clause: refused."""
    update = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/> WITH <http://example/addresses> "
              "DELETE { ?person foaf:givenName 'Bill' } INSERT { ?person foaf:givenName 'William' } "
              "WHERE { ?person foaf:givenName 'Bill' }")
    response = send(site, "POST", quoted(("using-named-graph-uri", "http://example/people")), update, SPARQL_UPDATE)
    refused_and_unchanged(site, response, 403)


def test_the_server_still_answers_after_the_suite(site):
    assert boolean(send(site, "GET", "query=ASK%20%7B%7D")) is True
    assert store_contents(site) == PUBLISHED
