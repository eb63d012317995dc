"""The web server: publishes the current release over SPARQL, linked-data pages and dumps.

``create_app(settings)`` builds the Flask app; ``serve(settings)`` runs it under
waitress. Nothing is read at import: the release is found per request, so a
new release (the ``out`` link swapped by ``kg build``) is served as soon as it
is published.

Before the application, waitress (``make_server``) answers 414 to a request line
over ``max_url_bytes`` as soon as it passes it, 431 to headers over that plus
16 KiB, 413 to a body far over ``max_body_bytes`` (the application answers the
rest), drops a connection idle for ``client_timeout`` or slower than
``read_timeout`` to send one request, and writes these answers as one line of
text with ``nosniff`` and open CORS, like the application's own errors.
"""

from __future__ import annotations

import re
import signal
import threading
import time

import waitress
from flask import Flask
from waitress import utilities
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import BaseWSGIServer
from waitress.task import ErrorTask

from kg.settings import Settings
from server import context, dumps, errors, fastpath, headers, home, ontology, pages, ratelimit, shapes, sparql

EXTRA_HEADER_BYTES = 16 * 1024  # the request's other headers, beyond its request line
RESERVED_THREADS = 2  # beyond the queries admitted: pages, dumps and the 503 answers themselves


def create_app(settings: Settings | None = None) -> Flask:
    """The application for ``settings``; its query workers start with the first query."""
    settings = settings or Settings()
    app = Flask(__name__)
    app.config.update(JSON_SORT_KEYS=False, TEMPLATES_AUTO_RELOAD=False)
    context.init_app(app, settings)
    ratelimit.init_app(app, settings)
    for part in (errors, headers, home, sparql, pages, ontology, shapes, dumps, fastpath):
        part.init_app(app)
    return app


def make_server(settings: Settings, app: Flask | None = None):
    """A waitress server for ``app`` (built from ``settings`` when not given), bound but not running.

    ``channel_timeout`` closes idle connections and :class:`Channel` those that
    send a request too slowly (slowloris); the URL, header and body caps stop a
    client before the application reads anything. The threads always outnumber
    the queries admitted (``workers + queue_size``, plus ``service_workers + queue_size``
    with ``wikidata_service`` on): otherwise the overflow would wait in waitress's own
    unbounded queue instead of getting a 503.
    """
    admitted = settings.workers + settings.queue_size
    if settings.wikidata_service:
        admitted += settings.service_workers + settings.queue_size
    sockets: dict = {}
    server = waitress.create_server(
        app or create_app(settings),
        map=sockets,
        host=settings.host,
        port=settings.port,
        threads=max(settings.threads, admitted + RESERVED_THREADS),
        channel_timeout=settings.client_timeout,
        cleanup_interval=max(1, settings.client_timeout // 2),
        max_request_body_size=2 * settings.max_body_bytes,
        max_request_header_size=settings.max_url_bytes + EXTRA_HEADER_BYTES,
        expose_tracebacks=False,
        ident="irnews",
    )
    channel = Channel.configured(settings)
    for listener in (server, *sockets.values()):  # one per address it listens on
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = channel
    return server


def serve(settings: Settings) -> None:
    """Serve until interrupted (production WSGI server, never Flask's development server).

    Query workers start from a ``forkserver`` process, which re-imports the main
    module: a script that calls ``serve`` must do so under ``if __name__ == "__main__":``.
    """
    app = create_app(settings)
    server = make_server(settings, app)
    print(f"serving {settings.out} on http://{server.effective_host}:{server.effective_port}/ "
          "(Ctrl-C to stop)", flush=True)
    if settings.wikidata_service:
        print(f"federated SERVICE to <{settings.wikidata_endpoint}> is on, and only to it "
              f"({settings.service_workers} worker(s) with network)", flush=True)
    if threading.current_thread() is threading.main_thread():
        _stop_on_signals()
    try:
        server.run()
    finally:
        context.close_app(app)


def _stop_on_signals() -> None:
    """Ctrl-C and a service manager's SIGTERM both end the server the same clean way (waitress stops on
    KeyboardInterrupt, then the workers are closed), also when it was started with SIGINT ignored, as a
    shell's ``kg serve &`` starts it."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)


# ---------------------------------------------------------------- waitress, before the application

class UriTooLong(utilities.BadRequest):
    code = 414
    reason = "URI Too Long"


class RequestParser(HTTPRequestParser):
    """waitress's parser, with a 414 as soon as the request line passes ``max_line`` bytes."""

    max_line = 64 * 1024

    def received(self, data: bytes) -> int:
        if self.body_rcv is None and not self.headers_finished:
            head = (self.header_plus + data).lstrip()
            end = head.find(b"\n")
            if (len(head) if end < 0 else end) > self.max_line:
                self.parse_header(b"GET / HTTP/1.0\r\n")  # what waitress does for its own 431
                self.error = UriTooLong(f"the URL is over the limit of {self.max_line} bytes; "
                                        "send a long query with POST")
                self.completed = True
                return len(data)
        return super().received(data)


class OneLineErrorTask(ErrorTask):
    """waitress's own answers (to a request it could not read) as one line, with the usual headers."""

    def execute(self) -> None:
        error = self.request.error
        message = _message(error, self.channel)
        body = f"{error.code} {error.reason}: {message}\n".encode("utf-8")
        self.status = f"{error.code} {error.reason}"
        self.response_headers.extend([("Content-Type", "text/plain; charset=utf-8"),
                                      ("X-Content-Type-Options", "nosniff"),
                                      ("Access-Control-Allow-Origin", "*")])
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


def _message(error: utilities.Error, channel: Channel) -> str:
    if isinstance(error, utilities.RequestEntityTooLarge):
        return f"the body is over the limit of {channel.max_body} bytes"
    if isinstance(error, utilities.RequestHeaderFieldsTooLarge):
        return f"the request line and headers are over the limit of {channel.adj.max_request_header_size} bytes"
    if isinstance(error, utilities.InternalServerError):
        return errors.GENERIC
    return re.sub(r"[^\x20-\x7e]+", " ", str(error.body))[:200].strip()  # printable, one line, short


class Channel(HTTPChannel):
    """waitress's connection, closed when one request takes longer than ``read_timeout`` to arrive.

    waitress's ``channel_timeout`` only closes a connection that sends nothing for
    that long; a client that sends a byte now and then would hold it forever.
    """

    parser_class = RequestParser
    error_task_class = OneLineErrorTask
    read_timeout = 30.0
    max_body = 64 * 1024
    reading_since = 0.0

    @classmethod
    def configured(cls, settings: Settings) -> type[Channel]:
        parser = type("RequestParser", (RequestParser,), {"max_line": settings.max_url_bytes})
        return type("Channel", (cls,), {"parser_class": parser, "read_timeout": float(settings.read_timeout),
                                        "max_body": settings.max_body_bytes})

    def received(self, data: bytes) -> bool:
        now = time.monotonic()
        if self.request is None:  # these bytes start a request
            self.reading_since = now
        elif now - self.reading_since > self.read_timeout:
            self.will_close = True
            return False
        return super().received(data)
