"""Reading a SPARQL 1.1 Protocol query request, strictly.

SPARQL 1.1 Protocol, section 2.1 (https://www.w3.org/TR/sparql11-protocol/#query-operation):

=======================  ============================  ======================================
operation                body / Content-Type           parameters
=======================  ============================  ======================================
query via GET            none                          query (exactly 1), default-graph-uri
                                                       (0 or more), named-graph-uri (0 or more)
query via URL-encoded    application/x-www-form-       the same, in the body
POST                     urlencoded
query via POST directly  application/sparql-query      the query is the body; the graph
                                                       parameters are in the query string
=======================  ============================  ======================================

Section 2.2 sends updates elsewhere: an ``update`` parameter or an
``application/sparql-update`` body is refused (403) before anything runs.
Parameters are decoded as UTF-8 with errors raised, never replaced; a NUL is
refused; the body is read with a cap, chunked or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from flask import Request
from werkzeug.exceptions import BadRequest, Forbidden, RequestEntityTooLarge, UnsupportedMediaType

from kg.settings import Settings

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
MAX_FIELDS = 100
READ_SIZE = 64 * 1024
UPDATES_REFUSED = "updates are not accepted: this is a read-only query endpoint"


@dataclass(frozen=True)
class QueryRequest:
    """What the client asked: ``query`` is None when it sent none."""

    query: str | None
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    format: tuple[str, ...]  # the values of format= (SPARQLWrapper sends several)
    has_parameters: bool


def read(request: Request, settings: Settings) -> QueryRequest:
    params = decode_params(request.query_string, "the query string")
    if request.method == "POST":
        params += _post_params(request, settings.max_body_bytes)
    if _values(params, "update"):
        raise Forbidden(UPDATES_REFUSED)
    query = _single(params, "query")
    if query is not None:
        _check_query(query, settings.max_query_bytes)
    return QueryRequest(query, _graphs(params, "default-graph-uri"), _graphs(params, "named-graph-uri"),
                        tuple(_values(params, "format")), any(name != "format" for name, _ in params))


def decode_params(raw: bytes, where: str) -> list[tuple[str, str]]:
    """``application/x-www-form-urlencoded`` pairs; 400 on bad UTF-8, a NUL or too many fields."""
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, errors="strict",
                          max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError:
        raise BadRequest(f"{where} is not valid UTF-8") from None
    except ValueError:
        raise BadRequest(f"{where} has more than {MAX_FIELDS} parameters") from None
    if any("\x00" in name or "\x00" in value for name, value in pairs):
        raise BadRequest(f"{where} contains a NUL character")
    return pairs


def _post_params(request: Request, limit: int) -> list[tuple[str, str]]:
    mimetype = request.mimetype
    if mimetype == UPDATE:
        raise Forbidden(UPDATES_REFUSED)
    if mimetype not in (FORM, DIRECT):
        raise UnsupportedMediaType(f"POST a query as {FORM} or {DIRECT}, not {mimetype or 'no Content-Type'}")
    if request.mimetype_params.get("charset", "utf-8").lower() not in ("utf-8", "utf8"):
        raise UnsupportedMediaType("the body must be UTF-8")
    body = read_body(request, limit)
    if mimetype == FORM:
        return decode_params(body, "the form body")
    return [("query", _decode_text(body))]


def read_body(request: Request, limit: int) -> bytes:
    """At most ``limit`` bytes of body, or 413: never a silently truncated body."""
    declared = request.content_length
    if declared is not None and declared > limit:
        raise RequestEntityTooLarge(f"the body is {declared} bytes; the limit is {limit}")
    chunks, size = [], 0
    while size <= limit:
        chunk = request.stream.read(min(READ_SIZE, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise RequestEntityTooLarge(f"the body is over the limit of {limit} bytes")
    return b"".join(chunks)


def _decode_text(body: bytes) -> str:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRequest(f"the query is not valid UTF-8 (byte {error.start})") from None
    if "\x00" in text:
        raise BadRequest("the query contains a NUL character")
    return text


def _values(params: list[tuple[str, str]], name: str) -> list[str]:
    return [value for key, value in params if key == name]


def _single(params: list[tuple[str, str]], name: str) -> str | None:
    values = _values(params, name)
    if len(values) > 1:
        raise BadRequest(f"{name} is given {len(values)} times; send it once")
    return values[0] if values else None


def _graphs(params: list[tuple[str, str]], name: str) -> tuple[str, ...] | None:
    values = _values(params, name)
    if any(not value.strip() for value in values):
        raise BadRequest(f"{name} is empty; give a graph IRI")
    return tuple(value.strip() for value in values) if values else None


def _check_query(query: str, limit: int) -> None:
    if not query.strip():
        raise BadRequest("the query is empty")
    size = len(query.encode("utf-8"))
    if size > limit:
        raise RequestEntityTooLarge(f"the query is {size} bytes; the limit is {limit}")
