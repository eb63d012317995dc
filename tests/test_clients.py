"""Real SPARQL clients against the running server: SPARQLWrapper and rdflib's SPARQLStore.

Both send what they send in the wild: SPARQLWrapper repeats its format in
``format``, ``output`` and ``results`` parameters (twice for some formats, once as
a name and once as a media type), rdflib's SPARQLStore asks by ``Accept`` only.
"""

from __future__ import annotations

import csv
import io

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (CSV, GET, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, URLENCODED, XML,
                           SPARQLWrapper)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from test_server_sample import AGREEMENT, CUB, GRAPH2, IRN, STATES_QUERY, TRIG, VEN, site_settings

ALL_STATES = {VEN, IRN, CUB}
PREFIX = "PREFIX irn: <http://irnews.example.org/ontology#>\n"
CONSTRUCT_AGREEMENT = f"CONSTRUCT {{ <{AGREEMENT}> ?p ?o }} WHERE {{ <{AGREEMENT}> ?p ?o }}"


@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory, release_builder):
    root = tmp_path_factory.mktemp("clients")
    release_builder(root / "out", "v1", TRIG)
    return server_factory(site_settings(root))


def wrapper(site, query: str, return_format: str, method: str = GET, request_method: str = URLENCODED):
    client = SPARQLWrapper(site.url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(return_format)
    client.setMethod(method)
    client.setRequestMethod(request_method)
    client.setTimeout(30)
    return client


# ---------------------------------------------------------------- SPARQLWrapper

@pytest.mark.parametrize("method,request_method", [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_sparqlwrapper_select_as_json_by_each_method(site, method, request_method):
    results = wrapper(site, STATES_QUERY, JSON, method, request_method).queryAndConvert()
    assert {row["state"]["value"] for row in results["results"]["bindings"]} == ALL_STATES


def test_sparqlwrapper_select_as_xml(site):
    document = wrapper(site, STATES_QUERY, XML).queryAndConvert()  # a DOM document
    uris = {node.firstChild.data for node in document.getElementsByTagName("uri")}
    assert uris == ALL_STATES


@pytest.mark.parametrize("return_format,delimiter", [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_select_as_csv_and_tsv(site, return_format, delimiter):
    text = wrapper(site, STATES_QUERY, return_format).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0] in (["state"], ["?state"])
    assert {cell.strip("<>") for (cell,) in rows[1:]} == ALL_STATES


def test_sparqlwrapper_ask(site):
    results = wrapper(site, f"ASK {{ <{VEN}> irn:hasAgreementWith <{IRN}> }}", JSON).queryAndConvert()
    assert results["boolean"] is True


@pytest.mark.parametrize("return_format", [XML, RDFXML, TURTLE, N3, JSONLD])
def test_sparqlwrapper_construct_in_each_rdf_format(site, return_format):
    graph = wrapper(site, CONSTRUCT_AGREEMENT, return_format).queryAndConvert()
    if not isinstance(graph, rdflib.Graph):  # Turtle, N3 and JSON-LD come back as bytes to parse
        graph = rdflib.Graph().parse(data=graph, format={TURTLE: "turtle", N3: "n3", JSONLD: "json-ld"}[return_format])
    assert len(graph) == 7
    assert (rdflib.URIRef(AGREEMENT), rdflib.URIRef("http://irnews.example.org/ontology#hasParty"),
            rdflib.URIRef(VEN)) in graph


def test_sparqlwrapper_describe(site):
    graph = wrapper(site, f"DESCRIBE <{CUB}>", XML).queryAndConvert()
    assert (rdflib.URIRef(CUB), rdflib.RDFS.label, rdflib.Literal("Cuba", lang="en")) in graph


def test_sparqlwrapper_default_graph_parameter(site):
    client = wrapper(site, STATES_QUERY, JSON)
    client.addDefaultGraph(GRAPH2)
    results = client.queryAndConvert()
    assert [row["state"]["value"] for row in results["results"]["bindings"]] == [CUB]


def test_sparqlwrapper_sees_a_syntax_error_as_a_bad_query(site):
    with pytest.raises(QueryBadFormed):
        wrapper(site, "SELECT * WHERE { ?s ?p ", JSON).query()


# ---------------------------------------------------------------- rdflib's SPARQLStore

@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
def test_rdflib_sparqlstore_as_client(site, method):
    store = SPARQLStore(site.url + "/sparql", method=method, returnFormat="xml")
    graph = rdflib.Graph(store=store)
    rows = graph.query(PREFIX + STATES_QUERY)
    assert {str(row.state) for row in rows} == ALL_STATES
    assert rdflib.Literal("Iran", lang="en") in set(graph.objects(rdflib.URIRef(IRN), rdflib.RDFS.label))
    assert graph.query(f"ASK {{ <{VEN}> ?p ?o }}").askAnswer is True


@pytest.mark.parametrize("return_format", ["json", "xml", "csv"])
def test_rdflib_sparqlstore_result_formats(site, return_format):
    store = SPARQLStore(site.url + "/sparql", returnFormat=return_format)
    rows = rdflib.Graph(store=store).query(PREFIX + STATES_QUERY)
    assert {str(row.state) for row in rows} == ALL_STATES


def test_rdflib_sparqlstore_construct(site):
    store = SPARQLStore(site.url + "/sparql", returnFormat="xml")
    result = rdflib.Graph(store=store).query(CONSTRUCT_AGREEMENT)
    assert len(result.graph) == 7
