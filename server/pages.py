"""Linked data: every minted IRI resolves, as an HTML page or as RDF, by ``Accept``.

``/id/<kind>/<key>`` describes ``{base_iri}id/<kind>/<key>``: its own triples and the
triples that point at it (like a Concise Bounded Description, plus incoming
links); ``/graph/...`` answers the triples of a named graph. The HTML twin adds the
labels of neighbours, the evidence (each quote with its article and source), the
Wikidata link, and for a state its partners and timeline. Nothing known: 404.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, abort, render_template, request, url_for

from kg.vocab import IRN, ONTOLOGY_IRI, SHAPES_IRI
from server import context, pictures
from server.jobs import Outcome
from server.namespaces import PREFIXES, curie
from server.negotiation import GRAPHS, HTML, negotiate

bp = Blueprint("pages", __name__)

RDF_TYPE = PREFIXES["rdf"] + "type"
LABELS = (PREFIXES["rdfs"] + "label", str(IRN.title))
WIKIDATA = str(IRN.wikidata)
MAX_EVIDENCE = 100

DESCRIPTION = "CONSTRUCT { ?r ?p ?o . ?s ?q ?r } WHERE { { ?r ?p ?o } UNION { ?s ?q ?r } }"
PAGE = """CONSTRUCT { ?r ?p ?o . ?s ?q ?r . ?n ?lp ?label } WHERE {
  { ?r ?p ?o } UNION { ?s ?q ?r }
  UNION { { ?r ?x ?n } UNION { ?n ?y ?r } VALUES ?lp { rdfs:label irn:title } ?n ?lp ?label }
}"""
EVIDENCE = f"""SELECT ?r ?claim ?quote ?modality ?about ?aboutLabel ?article ?title ?published ?url ?source ?sourceLabel
WHERE {{
  {{ ?claim irn:about ?r }} UNION {{ ?claim irn:statedIn ?r }} UNION {{ ?claim irn:attributedTo ?r }}
  UNION {{ ?r irn:evidence ?own . BIND(?r AS ?claim) }}
  UNION {{ ?claim irn:about ?event . ?event irn:hasParty|irn:participant ?r }}
  ?claim irn:evidence ?evidence . ?evidence irn:exact ?quote .
  OPTIONAL {{ ?evidence irn:start ?start }}
  OPTIONAL {{ ?claim irn:modality ?modality }}
  OPTIONAL {{ ?claim irn:about ?anything }}
  BIND (COALESCE(?event, ?anything) AS ?about)
  OPTIONAL {{ ?about rdfs:label ?aboutLabel }}
  OPTIONAL {{ ?claim irn:statedIn ?article
             OPTIONAL {{ ?article irn:title ?title }} OPTIONAL {{ ?article irn:datePublished ?published }}
             OPTIONAL {{ ?article irn:url ?url }} }}
  OPTIONAL {{ ?claim irn:attributedTo ?source OPTIONAL {{ ?source rdfs:label ?sourceLabel }} }}
}} ORDER BY ?published ?article ?start ?claim LIMIT {MAX_EVIDENCE * 4}"""
GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?r { ?s ?p ?o } }"


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.add_template_global(href)
    app.add_template_global(short)
    app.add_template_global(GRAPHS, "graph_formats")


def href(iri: str) -> str | None:
    """Where a page links an IRI: minted IRIs, ontology terms and shapes to this server, other
    http(s) IRIs to themselves, anything else (``javascript:``, ``file:``) nowhere."""
    base = context.settings().base_iri
    if iri == ONTOLOGY_IRI or iri.startswith(ONTOLOGY_IRI + "#"):
        return url_for("ontology.ontology") + iri[len(ONTOLOGY_IRI):]
    if iri == SHAPES_IRI or iri.startswith(SHAPES_IRI + "#"):
        return url_for("shapes.shapes") + iri[len(SHAPES_IRI):]
    if iri.startswith(base):
        return url_for("home.index") + iri[len(base):]
    return iri if iri.startswith(("http://", "https://")) else None


def short(iri: str) -> str:
    """How a page names an IRI without a label: ``quote/q1`` for a minted one, else a CURIE."""
    minted = context.settings().base_iri + "id/"
    return iri[len(minted):] if iri.startswith(minted) else curie(iri)


@bp.route("/id/<kind>/<path:key>")
def resource(kind: str, key: str) -> Response:
    iri = _minted(f"id/{kind}/{key}")
    chosen = _page_format()
    if chosen is not HTML:
        return _rdf(_describe(DESCRIPTION, iri, chosen.media_type), iri)
    outcome = _describe(PAGE, iri, HTML.media_type)
    page = _arrange(iri, _found(outcome, iri))
    drawn = pictures.for_state(iri) if str(IRN.State) in page["types"] else []
    return _html("resource.html", iri=iri, outcome=outcome, evidence=_evidence(iri), pictures=drawn, **page)


@bp.route("/graph/<path:name>")
def graph(name: str) -> Response:
    iri = _minted(f"graph/{name}")
    chosen = _page_format()
    outcome = _describe(GRAPH, iri, chosen.media_type)
    if chosen is not HTML:
        return _rdf(outcome, iri)
    triples = sorted(_found(outcome, iri), key=lambda t: (t[0]["value"], t[1]["value"]))
    return _html("graph.html", iri=iri, outcome=outcome, triples=triples)


def _minted(path: str) -> str:
    """The IRI ``path`` names under the base IRI; 404 when it cannot be an IRI."""
    iri = context.settings().base_iri + path
    try:
        ox.NamedNode(iri)
    except ValueError:
        abort(404, f"/{path} does not name a resource")
    return iri


def _page_format():
    return negotiate(GRAPHS + (HTML,), request.accept_mimetypes, request.args.get("format"), "this page")


def _describe(query: str, iri: str, media_type: str) -> Outcome:
    outcome = context.run(query, trusted=True, graph_type=media_type, bindings=(("r", iri),))
    if outcome.status != 200:
        abort(outcome.status, outcome.message)
    return outcome


def _rdf(outcome: Outcome, iri: str) -> Response:
    if outcome.count == 0:
        abort(404, f"nothing is published about <{iri}>")
    response = Response(outcome.body, mimetype=outcome.media_type)
    if outcome.capped:
        response.headers["X-Result-Capped"] = "true"
    return response


def _found(outcome: Outcome, iri: str) -> list[tuple[dict, dict, dict]]:
    """The triples of an HTML-table outcome as (subject, predicate, object) term dicts."""
    rows = json.loads(outcome.body)["results"]["bindings"]
    if not rows:
        abort(404, f"nothing is published about <{iri}>")
    return [(row["subject"], row["predicate"], row["object"]) for row in rows]


def _arrange(iri: str, triples) -> dict:
    """What the resource page shows: label, types, Wikidata items, properties, incoming links."""
    labels = {}
    outgoing, incoming = defaultdict(list), defaultdict(list)
    for subject, predicate, object_ in triples:
        if predicate["value"] in LABELS:
            labels.setdefault(subject["value"], object_["value"])
        if subject["value"] == iri:
            outgoing[predicate["value"]].append(object_)
        elif object_["type"] == "uri" and object_["value"] == iri:
            incoming[predicate["value"]].append(subject)
    types = [t["value"] for t in outgoing.get(RDF_TYPE, [])]
    wikidata = [o["value"] for o in outgoing.get(WIKIDATA, []) if o["type"] == "uri"]
    return {"label": labels.get(iri) or short(iri), "labels": labels, "types": types, "wikidata": wikidata,
            "outgoing": sorted(outgoing.items()), "incoming": sorted(incoming.items())}


def _evidence(iri: str) -> list[dict]:
    """The claims about, stated in or attributed to ``iri``, about the agreements and meetings
    of ``iri`` (a state), or ``iri`` itself (a claim): one dict of plain values per claim, its
    quote with its article and source."""
    outcome = context.run(EVIDENCE, trusted=True, bindings=(("r", iri),))
    if outcome.status != 200:
        abort(outcome.status, outcome.message)
    claims: dict[str, dict] = {}
    for row in json.loads(outcome.body)["results"]["bindings"]:
        claims.setdefault(row["claim"]["value"], {name: term["value"] for name, term in row.items() if name != "r"})
    return list(claims.values())[:MAX_EVIDENCE]


def _html(template: str, **values) -> Response:
    response = Response(render_template(template, **values), mimetype=HTML.media_type)
    if values["outcome"].capped:
        response.headers["X-Result-Capped"] = "true"
    return response
