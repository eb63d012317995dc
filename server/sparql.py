"""The SPARQL endpoint: SPARQL 1.1 Protocol query operation (https://www.w3.org/TR/sparql11-protocol/).

``GET`` or ``POST /sparql`` with a query runs it in a worker and answers in the
negotiated format; a browser gets an HTML table. ``GET /sparql`` without a query
answers the service description. A capped result carries ``X-Result-Capped: true``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from flask import Blueprint, Flask, Response, abort, render_template, request, url_for
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from server import context, description, protocol
from server.jobs import Outcome
from server.negotiation import GRAPHS, HTML, RESULTS, UnknownFormat, choose, supported

bp = Blueprint("sparql", __name__)
MAX_REMEMBERED_ACCEPT = 1024  # bytes of an Accept header whose negotiation is remembered


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    asked = protocol.read(request, context.settings())
    if asked.query is None:
        if request.method == "POST" or asked.has_parameters:
            abort(400, "the query parameter is missing")
        return description.respond(asked.format)
    results_format, graph_format = _formats(asked.format)
    outcome = context.run(asked.query, results_type=results_format, graph_type=graph_format,
                          default_graphs=asked.default_graphs, named_graphs=asked.named_graphs)
    return respond(outcome, asked.query)


def _formats(requested: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The media types a SELECT/ASK and a CONSTRUCT/DESCRIBE answer would use."""
    try:
        chosen = formats_for(request.headers.get("Accept", ""), requested)
    except UnknownFormat as error:
        abort(400, str(error))
    if chosen == (None, None):
        abort(406, f"this endpoint answers in {supported(RESULTS + GRAPHS + (HTML,))}")
    return chosen


def formats_for(accept: str, requested: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The media types for an ``Accept`` header and ``format=`` values; UnknownFormat for a bad ``format=``."""
    return (_negotiated if len(accept) <= MAX_REMEMBERED_ACCEPT else _negotiate)(accept, requested)


def _negotiate(accept: str, requested: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The choice for an ``Accept`` header and ``format=`` values: a pure function of the two."""
    accepted = parse_accept_header(accept, MIMEAccept)
    results = choose(RESULTS + (HTML,), accepted, requested)
    graphs = choose(GRAPHS + (HTML,), accepted, requested)
    return (results and results.media_type), (graphs and graphs.media_type)


#: Clients send few distinct ``Accept`` headers: the choice for the last ones is kept (short headers only).
_negotiated = lru_cache(maxsize=256)(_negotiate)


def respond(outcome: Outcome, query: str) -> Response:
    """The answer for a worker's outcome: its body, or its error (a 4xx or 5xx raised)."""
    if outcome.status != 200:
        abort(outcome.status, outcome.message)
    if outcome.media_type == HTML.media_type:
        response = Response(_results_page(outcome, query), mimetype=HTML.media_type)
    else:
        response = Response(outcome.body, mimetype=outcome.media_type)
    if outcome.capped:
        response.headers["X-Result-Capped"] = "true"
        response.headers["Warning"] = f'199 - "result capped at {outcome.count}; add LIMIT/OFFSET to page"'
    return response


def _results_page(outcome: Outcome, query: str) -> str:
    table = json.loads(outcome.body)
    formats = GRAPHS if outcome.kind == "graph" else RESULTS
    downloads = [(f.name, url_for("sparql.endpoint", query=query, format=f.name)) for f in formats]
    return render_template("results.html", query=query, table=table, outcome=outcome, downloads=downloads)
