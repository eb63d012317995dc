"""The SPARQL query operation on its hot path: a plain WSGI application in front of Flask.

Oxigraph answers a cheap query (``ASK {}``, a lookup) in a fraction of a millisecond;
Flask's request machinery (request and application contexts, routing, hooks, the
conversion of the response) cost about 0.08 ms more on each (bench/README.md). So a
query request that needs nothing of Flask is answered here, through the same steps as
:func:`server.sparql.endpoint`: :func:`server.protocol.read`, the same negotiation,
the same query pool and guard, :func:`server.sparql.respond`, the headers of every
answer (:func:`server.headers.finish_for`) and one-line errors
(:func:`server.errors.plain_response`).

Taken here: ``GET /sparql`` with a ``query`` in the URL, or ``POST /sparql`` of
``application/sparql-query``, whose ``Accept`` (and ``format=``) choose a format other
than HTML for both kinds of answer, from a client that does not prefer HTML errors, on a
server with no rate limit. Everything else (pages, HTML tables and errors, form posts,
the service description, ``OPTIONS``, ``HEAD``, a bad ``format=``, a 406, a rate-limited
server) goes to Flask untouched: nothing has been read from the request body then.
"""

from __future__ import annotations

from flask import Flask
from werkzeug.exceptions import BadRequest, HTTPException
from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.wrappers import Request, Response

from server import context, errors, headers, protocol, sparql
from server.negotiation import HTML, UnknownFormat, prefers_html

PATH = "/sparql"


def init_app(app: Flask) -> None:
    """Put the hot path in front of the app, unless a rate limit (a Flask hook) is on."""
    state = app.extensions[context.EXTENSION]
    if state.settings.rate_limit <= 0:
        app.wsgi_app = HotPath(app, app.wsgi_app)


class HotPath:
    def __init__(self, app: Flask, flask_app):
        self.app = app
        self.flask_app = flask_app
        self.state = app.extensions[context.EXTENSION]

    def __call__(self, environ, start_response):
        taken = self._take(environ)
        if taken is None:
            return self.flask_app(environ, start_response)
        request, formats = taken
        try:
            response = self._answer(request, formats)
        except HTTPException as error:
            response = errors.plain_response(*errors.parts(error))
        except Exception:  # a bug: logged, a generic 500, as errors._bug does
            self.app.logger.exception("unhandled error on %s %s", request.method, request.path)
            response = errors.plain_response(500, HTTP_STATUS_CODES[500], errors.GENERIC)
        return headers.finish_for(request, response)(environ, start_response)

    def _take(self, environ) -> tuple[Request, tuple[str | None, str | None]] | None:
        """The request and its (results, graph) media types when it is answered here, else None."""
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != PATH or method not in ("GET", "POST"):
            return None
        request = Request(environ)
        if method == "POST" and request.mimetype != protocol.DIRECT:
            return None
        try:
            params = protocol.decode_params(request.query_string, "the query string")
            accept = request.headers.get("Accept", "")
            formats = sparql.formats_for(accept, tuple(v for k, v in params if k == "format"))
        except (HTTPException, UnknownFormat):
            return None
        if method == "GET" and not any(k == "query" for k, _ in params):
            return None
        if formats == (None, None) or HTML.media_type in formats or prefers_html(request.accept_mimetypes):
            return None  # a 406, or HTML: Flask's
        return request, formats

    def _answer(self, request: Request, formats: tuple[str | None, str | None]) -> Response:
        asked = protocol.read(request, self.state.settings)
        if asked.query is None:
            raise BadRequest("the query parameter is missing")
        outcome = context.run_for(self.state, asked.query, results_type=formats[0], graph_type=formats[1],
                                  default_graphs=asked.default_graphs, named_graphs=asked.named_graphs)
        return sparql.respond(outcome, asked.query)
