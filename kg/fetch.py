"""Articles from http(s) URLs: fetched with requests within limits, then read as HTML or plain text.

Limits (``FetchLimits``): a timeout to connect and between two reads, a deadline for the whole
download, a body cap enforced while streaming (a larger body is refused, never cut), at most
``max_redirects`` redirects, each of whose targets must be http(s) too (never ``file:``), and only
``text/html``, ``application/xhtml+xml`` or ``text/plain`` (UTF-8, read as a .txt article)
responses. Every failure is one ``SourceError`` naming the URL: the status code, the timeout,
the size, the content type.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from . import __version__
from .errors import SourceError
from .sources import Article, decode, parse_article
from .sources_html import MAX_HTML_BYTES, parse_html

USER_AGENT = f"irnews-kg/{__version__} (research knowledge-graph publisher for international-relations news)"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.8"
CHUNK = 16 * 1024
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_ERRNO = re.compile(r"\[Errno -?\d+\] ([^'\")]+)")


@dataclass(frozen=True)
class FetchLimits:
    """How long and how much one URL may take."""

    timeout: float = 10.0          # seconds to connect, and seconds of silence while reading
    deadline: float = 60.0         # seconds for the whole fetch, redirects included
    max_bytes: int = MAX_HTML_BYTES
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    url: str                       # where the body came from, after redirects
    media_type: str
    charset: str | None
    body: bytes


def source_name(url: str) -> str:
    """A short name for an article read from ``url``: host and path slug, no slash ("example.com-world-x")."""
    parts = urlsplit(url)
    path = parts.path + (f"-{parts.query}" if parts.query else "")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", path).strip("-._")
    name = f"{parts.hostname or 'unknown-host'}-{slug}" if slug else parts.hostname or "unknown-host"
    if len(name) <= 80:
        return name
    return f"{name[:71]}-{hashlib.sha256(url.encode()).hexdigest()[:8]}"


def read_url(url: str, limits: FetchLimits = FetchLimits()) -> Article:
    """The article at ``url``; SourceError naming the URL when it cannot be fetched or read."""
    page = fetch(url, limits)
    name = source_name(url)
    try:
        if page.media_type in HTML_TYPES:
            return parse_html(page.body, name, base_url=page.url, encoding=page.charset)
        article = parse_article(decode(page.body, name), name)
    except SourceError as error:
        raise SourceError(url, error.reason) from None
    return article if article.url else dataclasses.replace(article, url=page.url)


def fetch(url: str, limits: FetchLimits = FetchLimits()) -> Fetched:
    """The body at ``url`` after at most ``limits.max_redirects`` http(s) redirects."""
    deadline = time.monotonic() + limits.deadline
    target = url
    with requests.Session() as session:
        session.headers.update({"User-Agent": limits.user_agent, "Accept": ACCEPT})
        for _ in range(limits.max_redirects + 1):
            _check_scheme(url, target)
            if time.monotonic() > deadline:
                raise SourceError(url, f"timed out: not fetched within {limits.deadline:g} s")
            with _get(session, url, target, limits) as response:
                if not response.is_redirect:
                    return _read(response, url, target, limits, deadline)
                target = urljoin(target, response.headers["location"])
    raise SourceError(url, f"more than {limits.max_redirects} redirects; stopped at {target[:100]}")


def _check_scheme(url: str, target: str) -> None:
    parts = urlsplit(target)
    if parts.scheme in ("http", "https") and parts.netloc:
        return
    where = "" if target == url else f"redirects to {target[:100]!r}, "
    raise SourceError(url, f"{where}not an http(s) URL; refused")


def _get(session: requests.Session, url: str, target: str, limits: FetchLimits) -> requests.Response:
    try:
        return session.get(target, stream=True, allow_redirects=False, timeout=(limits.timeout, limits.timeout))
    except requests.RequestException as error:
        raise _failure(url, error, limits) from None


def _read(response: requests.Response, url: str, target: str, limits: FetchLimits, deadline: float) -> Fetched:
    if not 200 <= response.status_code < 300:
        where = "" if target == url else f" from {target[:100]}"
        raise SourceError(url, f"HTTP {response.status_code} {response.reason or ''}".rstrip() + where)
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in HTML_TYPES | {"text/plain"}:
        raise SourceError(url, f"not HTML or plain text (Content-Type: {content_type[:60] or 'none'})")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > limits.max_bytes:
        raise SourceError(url, f"too large: {length} bytes, more than the {limits.max_bytes} allowed")
    charset = _CHARSET.search(content_type)
    return Fetched(target, media_type, charset.group(1) if charset else None,
                   _body(response, url, limits, deadline))


def _body(response: requests.Response, url: str, limits: FetchLimits, deadline: float) -> bytes:
    """The body, refused as soon as it grows past the cap or the deadline passes.

    ``read1`` returns what one read brings (at most ``CHUNK`` bytes, decompressed within that bound),
    so a server that trickles bytes meets the deadline after one ``timeout`` at most.
    """
    body = bytearray()
    try:
        while chunk := response.raw.read1(CHUNK, decode_content=True):
            body += chunk
            if len(body) > limits.max_bytes:
                raise SourceError(url, f"too large: more than the {limits.max_bytes} bytes allowed")
            if time.monotonic() > deadline:
                raise SourceError(url, f"timed out: not fetched within {limits.deadline:g} s")
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
        raise _failure(url, error, limits) from None
    return bytes(body)


def _failure(url: str, error: Exception, limits: FetchLimits) -> SourceError:
    """One line for what requests reports in many."""
    if isinstance(error, (requests.Timeout, TimeoutError)) or "timed out" in str(error).lower():
        return SourceError(url, f"timed out: no answer within {limits.timeout:g} s")
    if isinstance(error, requests.exceptions.InvalidSchema):
        return SourceError(url, "not an http(s) URL; refused")
    found = _ERRNO.search(str(error))
    return SourceError(url, f"cannot be fetched ({found.group(1).strip() if found else type(error).__name__})")
