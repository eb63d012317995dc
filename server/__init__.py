"""The web server: publishes the current release over SPARQL, linked-data pages and dumps.

``create_app(settings)`` builds the Flask app; ``serve(settings)`` runs it under
waitress. Nothing is read at import: the release is found per request, so a
new release (the ``out`` link swapped by ``kg build``) is served as soon as it
is published.
"""

from __future__ import annotations

import waitress
from flask import Flask

from kg.settings import Settings
from server import context, dumps, errors, headers, home, ontology, pages, sparql

EXTRA_HEADER_BYTES = 16 * 1024
RESERVED_THREADS = 2  # beyond the queries admitted: pages, dumps and the 503 answers themselves


def create_app(settings: Settings | None = None) -> Flask:
    """The application for ``settings``; its query workers start with the first query."""
    settings = settings or Settings()
    app = Flask(__name__)
    app.config.update(JSON_SORT_KEYS=False, TEMPLATES_AUTO_RELOAD=False)
    context.init_app(app, settings)
    for part in (errors, headers, home, sparql, pages, ontology, dumps):
        part.init_app(app)
    return app


def make_server(settings: Settings, app: Flask | None = None):
    """A waitress server for ``app`` (built from ``settings`` when not given), bound but not running.

    ``channel_timeout`` closes idle and slow (slowloris) connections; the body and
    header caps stop a client before the application reads anything. The threads
    always outnumber the queries admitted (``workers + queue_size``): otherwise the
    overflow would wait in waitress's own unbounded queue instead of getting a 503.
    """
    return waitress.create_server(
        app or create_app(settings),
        host=settings.host,
        port=settings.port,
        threads=max(settings.threads, settings.workers + settings.queue_size + RESERVED_THREADS),
        channel_timeout=settings.client_timeout,
        cleanup_interval=max(1, settings.client_timeout // 2),
        max_request_body_size=2 * settings.max_body_bytes,
        max_request_header_size=3 * settings.max_query_bytes + EXTRA_HEADER_BYTES,
        expose_tracebacks=False,
        ident="irnews",
    )


def serve(settings: Settings) -> None:
    """Serve until interrupted (production WSGI server, never Flask's development server).

    Query workers start from a ``forkserver`` process, which re-imports the main
    module: a script that calls ``serve`` must do so under ``if __name__ == "__main__":``.
    """
    app = create_app(settings)
    server = make_server(settings, app)
    print(f"serving {settings.out} on http://{server.effective_host}:{server.effective_port}/ "
          "(Ctrl-C to stop)", flush=True)
    try:
        server.run()
    finally:
        context.close_app(app)
