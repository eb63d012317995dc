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
``format=`` (a short name below, one of its aliases, or a media type). The first
format of a table is the default when the client sends no ``Accept`` at all or
``*/*``. ``format=`` may come more than once and a value may be a comma-separated
list, as SPARQLWrapper sends it (``format=tsv&format=text/tab-separated-values``):
the values must name one format. This module imports no Flask so that the query
workers can share its tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import BadRequest, NotAcceptable


@dataclass(frozen=True)
class Format:
    name: str                 # the value of ``format=``
    media_type: str
    also: tuple[str, ...] = ()     # other media types clients send for it
    aliases: tuple[str, ...] = ()  # other values of ``format=`` clients send for it

    def media_types(self) -> tuple[str, ...]:
        return (self.media_type,) + self.also

    def is_named(self, wanted: str) -> bool:
        return wanted == self.name or wanted in self.aliases or wanted in self.media_types()


HTML = Format("html", "text/html", ("application/xhtml+xml",))

#: SELECT and ASK answers (SPARQL 1.1 Query Results JSON, XML, CSV and TSV).
RESULTS = (
    Format("json", "application/sparql-results+json", ("application/json",)),
    Format("xml", "application/sparql-results+xml"),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)

#: CONSTRUCT and DESCRIBE answers, linked-data pages, the service description.
#: TriG and N-Quads carry the graph as their default graph (no graph name), as
#: Oxigraph's and Fuseki's servers answer a CONSTRUCT asked for in a dataset format.
#: Turtle is also the answer to ``format=n3``: a Turtle document is an N3 document.
GRAPHS = (
    Format("turtle", "text/turtle", ("application/x-turtle",), ("ttl", "n3")),
    Format("ntriples", "application/n-triples", (), ("nt", "n-triples")),
    Format("jsonld", "application/ld+json", ("application/json",), ("json-ld", "json")),
    Format("rdfxml", "application/rdf+xml", (), ("rdf+xml", "xml", "rdf")),
    Format("trig", "application/trig"),
    Format("nquads", "application/n-quads", (), ("nq", "n-quads")),
)

JSON = Format("json", "application/json")
PLAIN = Format("text", "text/plain")
ALL = RESULTS + GRAPHS + (HTML, JSON)


class UnknownFormat(ValueError):
    """``format=`` named no format this server knows."""


def choose(formats: tuple[Format, ...], accept: MIMEAccept,
           requested: str | tuple[str, ...] | None = None) -> Format | None:
    """The format of ``formats`` the client prefers, or None when it accepts none of them.

    ``requested``: the value(s) of ``format=``, which win over ``Accept``.
    """
    if isinstance(requested, str):
        requested = (requested,)
    if requested:
        chosen = {_by_name(formats, value) for value in requested} - {None}  # None: a format of another table
        if len(chosen) > 1:
            raise UnknownFormat(f"format= names different formats ({', '.join(requested)}); send one")
        return chosen.pop() if chosen else None
    if not accept:
        return formats[0]
    best = accept.best_match([m for f in formats for m in f.media_types()])
    return next((f for f in formats if best in f.media_types()), None)


def negotiate(formats: tuple[Format, ...], accept: MIMEAccept, requested: str | tuple[str, ...] | None,
              what: str) -> Format:
    """The format to answer in: 400 for an unknown ``format=``, 406 when none is acceptable."""
    try:
        chosen = choose(formats, accept, requested)
    except UnknownFormat as error:
        raise BadRequest(str(error)) from None
    if chosen is None:
        raise NotAcceptable(f"{what} is available as {supported(formats)}")
    return chosen


def _by_name(formats: tuple[Format, ...], requested: str) -> Format | None:
    """The format of ``formats`` the first known item of ``requested`` names (None: another table's)."""
    for item in requested.split(","):
        wanted = item.split(";")[0].strip().lower()
        if any(f.is_named(wanted) for f in ALL):
            return next((f for f in formats if f.is_named(wanted)), None)
    names = ", ".join(dict.fromkeys(f.name for f in ALL))
    raise UnknownFormat(f"unknown format={requested!r}; use one of {names} or a media type")


def by_media_type(formats: tuple[Format, ...], media_type: str) -> Format | None:
    return next((f for f in formats if f.media_type == media_type), None)


def supported(formats: tuple[Format, ...]) -> str:
    """One line listing the media types of ``formats``, for a 406 answer."""
    return ", ".join(f.media_type for f in formats)


def prefers_html(accept: MIMEAccept) -> bool:
    """Whether an error should be an HTML page (a browser) rather than one line of text."""
    return bool(accept) and accept.best_match([PLAIN.media_type, HTML.media_type]) == HTML.media_type
