"""Headers every response carries, and gzip for clients that accept it.

CORS: any origin may read (the data is public); credentials are never allowed.
``X-Content-Type-Options: nosniff`` everywhere, a strict Content-Security-Policy
on HTML pages (scripts, styles, images and fetches from this origin only; no
inline script, nothing from another origin).
"""

from __future__ import annotations

import gzip

from flask import Flask, Response, request
from werkzeug.wrappers import Request

CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
EXPOSED = "X-Result-Capped, Warning, Retry-After, Content-Disposition"
MIN_GZIP_BYTES = 512


def init_app(app: Flask) -> None:
    app.after_request(finish)


def finish(response: Response) -> Response:
    return finish_for(request, response)


def finish_for(request: Request, response: Response) -> Response:
    """The headers of every answer to ``request``, and gzip when it accepts it."""
    headers = response.headers
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Access-Control-Allow-Origin"] = "*"
    headers["Access-Control-Expose-Headers"] = EXPOSED
    if request.method == "OPTIONS":
        headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        headers["Access-Control-Max-Age"] = "86400"
    if response.mimetype == "text/html":
        headers["Content-Security-Policy"] = CSP
    if not response.direct_passthrough:
        compressible = _compressible(request, response)
        _vary(response, ("Accept", "Accept-Encoding") if compressible else ("Accept",))
        if compressible:
            _gzip(request, response)
    return response


def _vary(response: Response, names: tuple[str, ...]) -> None:
    if "Vary" in response.headers:
        response.vary.update(names)  # merged with what the view said, without repeats
    else:
        response.headers["Vary"] = ", ".join(names)


def _compressible(request: Request, response: Response) -> bool:
    return not (response.is_streamed or "Content-Encoding" in response.headers or request.method == "HEAD")


def _gzip(request: Request, response: Response) -> None:
    offered = request.headers.get("Accept-Encoding", "")
    if ("gzip" not in offered.lower() and "*" not in offered) or request.accept_encodings["gzip"] <= 0:
        return
    data = response.get_data()
    if len(data) < MIN_GZIP_BYTES:
        return
    response.set_data(gzip.compress(data, compresslevel=6))
    response.headers["Content-Encoding"] = "gzip"
