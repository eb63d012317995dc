"""Serializing a result in the worker, cut at the row or triple cap.

A capped result says so (``Outcome.capped``; the web process turns it into the
``X-Result-Capped`` header). pyoxigraph writes every format. To count without
turning each term into a Python object, the result is first written by its own
serializer in a line format, one row (or triple) a line: solutions as SPARQL TSV
(https://www.w3.org/TR/sparql11-results-csv-tsv/#tsv, "the end of a row is
signaled by EOL", and a literal's newlines and tabs are escaped), triples as
N-Triples. The writing stops one row past the cap, so a huge result is never
held whole; the lines kept are the answer when TSV or N-Triples was asked for,
and are read again by pyoxigraph's parser and written in any other format.

``text/html`` asks for a table to render: the worker answers SPARQL JSON results,
with subject/predicate/object columns for CONSTRUCT and DESCRIBE.
"""

from __future__ import annotations

import pyoxigraph as ox

from server.jobs import Outcome
from server.namespaces import PREFIXES
from server.negotiation import GRAPHS, HTML, RESULTS, supported

TRIPLE_COLUMNS = ("subject", "predicate", "object")
TSV = ox.QueryResultsFormat.TSV
N_TRIPLES = ox.RdfFormat.N_TRIPLES


def serialize(result, job, settings) -> Outcome:
    if isinstance(result, ox.QueryBoolean):
        return _boolean(result, job.results_type)
    if isinstance(result, ox.QuerySolutions):
        return _solutions(result, job.results_type, settings.max_rows)
    return _triples(result, job.graph_type, settings.max_triples)


def _boolean(result: ox.QueryBoolean, media_type: str | None) -> Outcome:
    if media_type is None:
        return _not_acceptable("an ASK query", RESULTS)
    body = result.serialize(format=_results_format(media_type))
    return Outcome(media_type=media_type, body=body, count=1, kind="results")


def _solutions(result: ox.QuerySolutions, media_type: str | None, cap: int) -> Outcome:
    if media_type is None:
        return _not_acceptable("a SELECT query", RESULTS)
    lines = Lines(cap + 1)  # the header, then the rows
    lines.take(result.serialize, TSV)
    target = _results_format(media_type)
    body = lines.body() if target == TSV else ox.parse_query_results(lines.body(), format=TSV).serialize(format=target)
    return Outcome(media_type=media_type, body=body, count=lines.count - 1, capped=lines.over, kind="results")


def _triples(result: ox.QueryTriples, media_type: str | None, cap: int) -> Outcome:
    if media_type is None:
        return _not_acceptable("a CONSTRUCT or DESCRIBE query", GRAPHS)
    lines = Lines(cap)
    lines.take(result.serialize, N_TRIPLES)
    if media_type == HTML.media_type:
        table = _table(TRIPLE_COLUMNS, ([t.subject, t.predicate, t.object] for t in _parsed(lines)))
        body = table.serialize(format=ox.QueryResultsFormat.JSON)
    elif media_type == N_TRIPLES.media_type:
        body = lines.body()
    else:
        body = ox.serialize(_parsed(lines), format=ox.RdfFormat.from_media_type(media_type), prefixes=PREFIXES)
    return Outcome(media_type=media_type, body=body, count=lines.count, capped=lines.over, kind="graph")


class Lines:
    """A binary writer that keeps the first ``limit`` lines written to it, and stops the writing
    (raises :class:`Full` from ``write``) at the first byte of the line after them."""

    class Full(Exception):
        pass

    def __init__(self, limit: int):
        self.limit = limit
        self.count = 0  # whole lines kept
        self.over = False  # there was more
        self._chunks: list[bytes] = []

    def take(self, serialize, format) -> None:
        try:
            serialize(self, format=format)
        except Lines.Full:
            self.over = True

    def write(self, data) -> int:
        chunk = bytes(data)
        if not chunk:
            return 0
        ends = chunk.count(b"\n")
        if self.count + ends < self.limit or (self.count + ends == self.limit and chunk.endswith(b"\n")):
            self._chunks.append(chunk)
            self.count += ends
            return len(chunk)
        cut = -1
        for _ in range(self.limit - self.count):
            cut = chunk.index(b"\n", cut + 1)
        self._chunks.append(chunk[:cut + 1])
        self.count = self.limit
        raise Lines.Full

    def flush(self) -> None:
        pass

    def body(self) -> bytes:
        return b"".join(self._chunks)


def _parsed(lines: Lines) -> list[ox.Triple]:
    return list(ox.parse(lines.body(), format=N_TRIPLES))


def _table(names, rows) -> ox.QuerySolutions:
    lines = ["\t".join("?" + name for name in names)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    return ox.parse_query_results("\n".join(lines) + "\n", format=TSV)


def _results_format(media_type: str) -> ox.QueryResultsFormat:
    if media_type == HTML.media_type:
        return ox.QueryResultsFormat.JSON
    return ox.QueryResultsFormat.from_media_type(media_type)


def _not_acceptable(what: str, formats) -> Outcome:
    offered = supported(formats + (HTML,))
    return Outcome(406, message=f"{what} answers in {offered}; the request accepts none of them")
