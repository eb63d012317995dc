"""Per-client rate limiting: one token bucket per client address, in the web process.

``settings.rate_limit`` requests a minute per client address (0: off). A bucket
holds a minute's worth of tokens, so a client may spend them at once, and refills
at ``rate_limit / 60`` tokens a second. A request that finds its bucket empty is
answered 429 with ``Retry-After``, the seconds until a token is back (RFC 6585,
section 4: https://www.rfc-editor.org/rfc/rfc6585#section-4).

The client is the connection's address (``REMOTE_ADDR``): ``X-Forwarded-For`` is
never trusted, so behind a reverse proxy every client shares the proxy's bucket;
limit at the proxy there. At most ``MAX_CLIENTS`` buckets are kept; the client
seen least recently is forgotten first (it comes back with a full bucket).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict

from flask import Flask, request
from werkzeug.exceptions import TooManyRequests

from kg.settings import Settings

MAX_CLIENTS = 65_536


class TokenBuckets:
    """``per_minute`` tokens a minute for each client; :meth:`take` spends one."""

    def __init__(self, per_minute: int, max_clients: int = MAX_CLIENTS, clock=time.monotonic):
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when ``client`` may go on (a token is spent), else the seconds until it may."""
        now = self._clock()
        with self._lock:
            tokens, then = self._buckets.pop(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - then) * self.rate)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / self.rate
            self._buckets[client] = (tokens - 1 if wait == 0 else tokens, now)
            if len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return wait


def init_app(app: Flask, settings: Settings) -> None:
    """Refuse a client over ``settings.rate_limit`` requests a minute, before anything else runs."""
    if settings.rate_limit <= 0:
        return
    buckets = TokenBuckets(settings.rate_limit)

    @app.before_request
    def _limit() -> None:
        wait = buckets.take(request.remote_addr or "")
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise TooManyRequests(f"more than {settings.rate_limit} requests a minute from your address; "
                                  f"retry in {seconds} s", retry_after=seconds)
