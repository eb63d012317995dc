"""Fetching articles from URLs: a real HTTP server on 127.0.0.1, no mocks."""

import datetime as dt
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.cli import main
from kg.errors import SourceError
from kg.fetch import USER_AGENT, FetchLimits, read_url, source_name
from kg.sources import read_sources

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Deal | Harbour Ledger</title>
<link rel="canonical" href="https://example.net/asia/india-australia-ecta">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "India and Australia Sign a Trade Deal",
 "datePublished": "2022-04-02", "publisher": {"name": "Harbour Ledger"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/asia">Asia</a></nav><article><h1>India and Australia Sign a Trade Deal</h1>
<p>India and Australia signed an economic cooperation and trade agreement on Saturday, cutting tariffs on most goods.</p>
<p>The trade ministers of both countries signed the interim deal at a virtual ceremony, officials said.</p>
</article></body></html>""".encode()

PLAIN = b"""Title: Honduras Opens Diplomatic Relations With China
Date: 2023-03-26

Honduras Opens Diplomatic Relations With China

Honduras and China established diplomatic relations on Sunday, officials said.
"""
BIG = 6 * 1024 * 1024
FAST = FetchLimits(timeout=2, deadline=10)


class Handler(BaseHTTPRequestHandler):
    """One route per case; every User-Agent seen is kept in ``server.agents``."""

    def do_GET(self):
        self.server.agents.append(self.headers.get("User-Agent"))
        route, _, arg = self.path.strip("/").partition("/")
        try:
            getattr(self, "route_" + route.replace("-", "_"), self.route_missing)(arg)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send(self, status, content_type, body=b"", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route_article(self, _):
        self.send(200, "text/html; charset=utf-8", PAGE)

    def route_bare(self, _):
        self.send(200, "text/html", PAGE.replace(b'<link rel="canonical"', b'<link rel="alternate"'))

    def route_plain(self, _):
        self.send(200, "text/plain; charset=utf-8", PLAIN)

    def route_pdf(self, _):
        self.send(200, "application/pdf", b"%PDF-1.4")

    def route_missing(self, _):
        self.send(404, "text/plain", b"not here")

    def route_hop(self, arg):
        location = f"/hop/{int(arg) - 1}" if int(arg) > 1 else "/article"
        self.send(302, "text/plain", headers=[("Location", location)])

    def route_to_file(self, _):
        self.send(302, "text/plain", headers=[("Location", "file:///etc/passwd")])

    def route_big(self, _):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the cap must hold while streaming
        for _ in range(BIG // 65536):
            self.wfile.write(b"<p>" + b"x" * 65529 + b"</p>")

    def route_big_declared(self, _):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        self.wfile.write(b"<html>")

    def route_gzip_bomb(self, _):
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip: 64 MiB of zeros in about 64 KiB
        body = b"".join(packer.compress(bytes(1024 * 1024)) for _ in range(64)) + packer.flush()
        self.send(200, "text/html", body, headers=[("Content-Encoding", "gzip")])

    def route_slow(self, _):
        time.sleep(1.5)
        self.send(200, "text/html", PAGE)

    def route_trickle(self, _):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        for _ in range(30):
            self.wfile.write(b"<p>x</p>")
            self.wfile.flush()
            time.sleep(0.1)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.agents = []
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def refused(url, limits=FAST) -> str:
    with pytest.raises(SourceError) as caught:
        read_url(url, limits)
    assert caught.value.source == url
    return caught.value.reason


def test_a_page_is_read_with_its_metadata_and_an_honest_user_agent(server):
    [article] = list(read_sources([f"{server.url}/article"]))
    assert article.source == "127.0.0.1-article"
    assert article.url == "https://example.net/asia/india-australia-ecta"
    assert (article.title, article.published, article.publisher) == (
        "India and Australia Sign a Trade Deal", dt.date(2022, 4, 2), "Harbour Ledger")
    assert len(article.body) == 2 and "Home" not in article.text
    assert server.agents[-1] == USER_AGENT and USER_AGENT.startswith("irnews-kg/")


def test_without_a_canonical_link_the_url_is_where_the_page_was_found(server):
    article = read_url(f"{server.url}/bare", FAST)
    assert article.url == f"{server.url}/bare"


def test_plain_text_pages_are_read_as_text_articles(server):
    article = read_url(f"{server.url}/plain", FAST)
    assert article.published == dt.date(2023, 3, 26)
    assert article.url == f"{server.url}/plain"


def test_redirects_are_followed_up_to_the_limit(server):
    article = read_url(f"{server.url}/hop/5", FAST)
    assert article.title == "India and Australia Sign a Trade Deal"
    assert article.source == "127.0.0.1-hop-5"
    assert refused(f"{server.url}/hop/6").startswith("more than 5 redirects")


def test_a_redirect_to_a_file_url_is_refused(server):
    assert refused(f"{server.url}/to-file") == "redirects to 'file:///etc/passwd', not an http(s) URL; refused"


def test_http_errors_and_other_content_types_are_clear(server):
    assert refused(f"{server.url}/missing") == "HTTP 404 Not Found"
    assert refused(f"{server.url}/pdf") == "not HTML or plain text (Content-Type: application/pdf)"


def test_an_oversized_body_is_refused_while_streaming_or_by_its_length(server):
    capped = FetchLimits(timeout=2, deadline=10, max_bytes=1024 * 1024)
    assert refused(f"{server.url}/big", capped) == "too large: more than the 1048576 bytes allowed"
    assert refused(f"{server.url}/big-declared", capped) == f"too large: {BIG} bytes, more than the 1048576 allowed"


def test_a_compressed_body_is_capped_by_its_decompressed_size(server):
    capped = FetchLimits(timeout=2, deadline=10, max_bytes=1024 * 1024)
    started = time.monotonic()
    assert refused(f"{server.url}/gzip-bomb", capped) == "too large: more than the 1048576 bytes allowed"
    assert time.monotonic() - started < 2


def test_a_slow_server_times_out(server):
    started = time.monotonic()
    assert refused(f"{server.url}/slow", FetchLimits(timeout=0.3)) == "timed out: no answer within 0.3 s"
    assert time.monotonic() - started < 1.2


def test_a_trickling_body_hits_the_deadline(server):
    started = time.monotonic()
    assert refused(f"{server.url}/trickle", FetchLimits(timeout=2, deadline=0.5)) == (
        "timed out: not fetched within 0.5 s")
    assert time.monotonic() - started < 1.5


def test_unreachable_hosts_and_other_schemes_are_one_line_errors(server):
    closed = f"http://127.0.0.1:{_closed_port()}/x"
    assert refused(closed) == "cannot be fetched (Connection refused)"
    assert refused("ftp://example.org/x") == "not an http(s) URL; refused"


def test_source_names_have_no_slash_and_stay_short():
    assert source_name("https://www.example.org/world/2023/04/04/finland-nato.html") == (
        "www.example.org-world-2023-04-04-finland-nato.html")
    assert source_name("https://example.org/") == "example.org"
    long = source_name("https://example.org/" + "a-very-long-slug/" * 20)
    assert len(long) <= 80 and "/" not in long


def test_the_cli_builds_from_a_url(server, tmp_path, capsys):
    assert main(["build", f"{server.url}/article", "--out", str(tmp_path / "dist"), "-q"]) == 0
    assert "published 1 article(s)" in capsys.readouterr().out


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
