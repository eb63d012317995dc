"""Headers every response carries, and gzip for clients that accept it.

CORS: any origin may read (the data is public); credentials are never allowed.
``X-Content-Type-Options: nosniff`` everywhere, a strict Content-Security-Policy
on HTML pages (scripts, styles, images and fetches from this origin only; no
inline script, nothing from another origin).
"""

from __future__ import annotations

import gzip

from flask import Flask, Response, request

CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
EXPOSED = "X-Result-Capped, Warning, Retry-After, Content-Disposition"
MIN_GZIP_BYTES = 512


def init_app(app: Flask) -> None:
    app.after_request(finish)


def finish(response: Response) -> Response:
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
        response.vary.add("Accept")
        _gzip(response)
    return response


def _gzip(response: Response) -> None:
    if response.is_streamed or "Content-Encoding" in response.headers or request.method == "HEAD":
        return
    response.vary.add("Accept-Encoding")
    if request.accept_encodings["gzip"] <= 0:
        return
    data = response.get_data()
    if len(data) < MIN_GZIP_BYTES:
        return
    response.set_data(gzip.compress(data, compresslevel=6))
    response.headers["Content-Encoding"] = "gzip"
