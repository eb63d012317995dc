"""Which serialization answers which request: one table per kind of answer.

SPARQL 1.1 Protocol, section 2.1 (https://www.w3.org/TR/sparql11-protocol/#query-success):
"The response body of a successful query operation with a 2XX response is either
a SPARQL Results Document in XML, JSON, or CSV/TSV format (for SPARQL Query forms
SELECT and ASK); or an RDF graph [RDF-CONCEPTS] serialized, for example, in the
RDF/XML syntax [RDF-XML], or an equivalent RDF graph serialization, for SPARQL
Query forms DESCRIBE and CONSTRUCT). The content type of the response to a
successful query operation must be the media type of the type of response
that the SPARQL Protocol service returns."

The client chooses with ``Accept`` (Werkzeug's parser, q-values honoured) or with
``format=`` (a short name below, or a media type). The first format of a table is
the default when the client sends no ``Accept`` at all or ``*/*``. This module
imports no Flask so that the query workers can share its tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import BadRequest, NotAcceptable


@dataclass(frozen=True)
class Format:
    name: str                 # the value of ``format=``
    media_type: str
    also: tuple[str, ...] = ()  # other media types clients send for it

    def media_types(self) -> tuple[str, ...]:
        return (self.media_type,) + self.also


HTML = Format("html", "text/html", ("application/xhtml+xml",))

#: SELECT and ASK answers (SPARQL 1.1 Query Results JSON, XML, CSV and TSV).
RESULTS = (
    Format("json", "application/sparql-results+json", ("application/json",)),
    Format("xml", "application/sparql-results+xml"),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)

#: CONSTRUCT and DESCRIBE answers, linked-data pages, the service description.
GRAPHS = (
    Format("turtle", "text/turtle", ("application/x-turtle",)),
    Format("ntriples", "application/n-triples"),
    Format("jsonld", "application/ld+json", ("application/json",)),
    Format("rdfxml", "application/rdf+xml"),
)

JSON = Format("json", "application/json")
PLAIN = Format("text", "text/plain")
ALL = RESULTS + GRAPHS + (HTML, JSON)


class UnknownFormat(ValueError):
    """``format=`` named no format this server knows."""


def choose(formats: tuple[Format, ...], accept: MIMEAccept, requested: str | None = None) -> Format | None:
    """The format of ``formats`` the client prefers, or None when it accepts none of them."""
    if requested is not None:
        return _by_name(formats, requested)
    if not accept:
        return formats[0]
    best = accept.best_match([m for f in formats for m in f.media_types()])
    return next((f for f in formats if best in f.media_types()), None)


def negotiate(formats: tuple[Format, ...], accept: MIMEAccept, requested: str | None, what: str) -> Format:
    """The format to answer in: 400 for an unknown ``format=``, 406 when none is acceptable."""
    try:
        chosen = choose(formats, accept, requested)
    except UnknownFormat as error:
        raise BadRequest(str(error)) from None
    if chosen is None:
        raise NotAcceptable(f"{what} is available as {supported(formats)}")
    return chosen


def _by_name(formats: tuple[Format, ...], requested: str) -> Format | None:
    wanted = requested.strip().lower()
    if not any(wanted == f.name or wanted in f.media_types() for f in ALL):
        names = ", ".join(dict.fromkeys(f.name for f in ALL))
        raise UnknownFormat(f"unknown format={requested!r}; use one of {names} or a media type")
    return next((f for f in formats if wanted == f.name or wanted in f.media_types()), None)


def by_media_type(formats: tuple[Format, ...], media_type: str) -> Format | None:
    return next((f for f in formats if f.media_type == media_type), None)


def supported(formats: tuple[Format, ...]) -> str:
    """One line listing the media types of ``formats``, for a 406 answer."""
    return ", ".join(f.media_type for f in formats)


def prefers_html(accept: MIMEAccept) -> bool:
    """Whether an error should be an HTML page (a browser) rather than one line of text."""
    return bool(accept) and accept.best_match([PLAIN.media_type, HTML.media_type]) == HTML.media_type
