"""Errors in the format the client negotiated: an HTML page for a browser, one line of text otherwise.

A bad request is a 4xx with a message that says what to change; a bug is a 500
with a generic line (the traceback goes to the server log, never to the client).
"""

from __future__ import annotations

import re

from flask import Flask, Response, current_app, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from server.negotiation import HTML, PLAIN, prefers_html

GENERIC = "the server failed to answer; the server log has the details"


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _bug)


def _http_error(error: HTTPException) -> Response:
    return error_response(*parts(error))


def parts(error: HTTPException) -> tuple[int, str, str, list[tuple[str, str]]]:
    """Status, name, message and headers (``Retry-After``...) of an HTTP error's answer."""
    headers = [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]
    return error.code or 500, error.name, error.description or error.name, headers


def _bug(error: Exception) -> Response:
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return error_response(500, HTTP_STATUS_CODES[500], GENERIC)


def error_response(code: int, name: str, message: str, headers=()) -> Response:
    if prefers_html(request.accept_mimetypes):
        body = render_template("error.html", code=code, name=name, message=one_line(message))
        response = Response(body, code, mimetype=HTML.media_type)
        response.headers.extend(headers)
        return response
    return plain_response(code, name, message, headers)


def plain_response(code: int, name: str, message: str, headers=()) -> Response:
    """The answer to a client that does not prefer HTML: one line of text."""
    response = Response(f"{code} {name}: {one_line(message)}\n", code, mimetype=PLAIN.media_type)
    response.headers.extend(headers)
    return response


def one_line(message: str) -> str:
    """Whitespace runs (newlines included) become one space: an error is one line."""
    return re.sub(r"\s+", " ", str(message)).strip()
