"""The SPARQL service description a GET on the endpoint without a query returns.

SPARQL 1.1 Service Description, section 2 (https://www.w3.org/TR/sparql11-service-description/#accessing):
"SPARQL services made available via the SPARQL Protocol should return a service
description document at the service endpoint when dereferenced using the HTTP
GET operation without any query parameter strings provided."
"""

from __future__ import annotations

import json

import pyoxigraph as ox
from flask import Response, abort, render_template, request, url_for

from server import context
from server.namespaces import PREFIXES
from server.negotiation import GRAPHS, HTML, JSON, RESULTS, negotiate

SD = PREFIXES["sd"]
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"


def respond(requested_format: tuple[str, ...]) -> Response:
    chosen = negotiate(GRAPHS + (HTML,), request.accept_mimetypes, requested_format, "the service description")
    endpoint = url_for("sparql.endpoint", _external=True)
    graphs = named_graphs()
    if chosen is HTML:
        return Response(render_template("sparql.html", endpoint=endpoint, graphs=graphs,
                                        formats=RESULTS + GRAPHS), mimetype=HTML.media_type)
    triples = describe(endpoint, graphs, context.settings().wikidata_service)
    body = ox.serialize(triples, format=ox.RdfFormat.from_media_type(chosen.media_type), prefixes=PREFIXES)
    return Response(body, mimetype=chosen.media_type)


def named_graphs() -> list[str]:
    """The IRIs of the published named graphs, asked of a query worker."""
    outcome = context.run(GRAPHS_QUERY, trusted=True, results_type=JSON.media_type)
    if outcome.status != 200:
        abort(outcome.status, outcome.message)
    bindings = json.loads(outcome.body)["results"]["bindings"]
    return [row["g"]["value"] for row in bindings]


def describe(endpoint: str, graphs: list[str], federates: bool = False) -> list[ox.Triple]:
    """The service, its default dataset and its named graphs; ``federates``: SERVICE is allowed (to one
    endpoint), sd:BasicFederatedQuery."""
    service, dataset, default = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, _sd("Graph")),
    ]
    triples += [ox.Triple(service, _sd("resultFormat"), ox.NamedNode(iri)) for iri in _format_iris()]
    if federates:
        triples.append(ox.Triple(service, _sd("feature"), _sd("BasicFederatedQuery")))
    for name in graphs:
        named = ox.BlankNode()
        triples += [ox.Triple(dataset, _sd("namedGraph"), named),
                    ox.Triple(named, RDF_TYPE, _sd("NamedGraph")),
                    ox.Triple(named, _sd("name"), ox.NamedNode(name))]
    return triples


def _format_iris() -> list[str]:
    iris = [ox.QueryResultsFormat.from_media_type(f.media_type).iri for f in RESULTS]
    return iris + [ox.RdfFormat.from_media_type(f.media_type).iri for f in GRAPHS]


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)

