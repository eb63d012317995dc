"""Serializing a result in the worker, cut at the row or triple cap.

A capped result says so (``Outcome.capped``; the web process turns it into the
``X-Result-Capped`` header). Solutions are cut by re-reading the first rows as a
SPARQL TSV document (https://www.w3.org/TR/sparql11-results-csv-tsv/#tsv), whose
cells are the terms in SPARQL syntax, which is what pyoxigraph prints: so every
format is written by pyoxigraph's own serializers.

``text/html`` asks for a table to render: the worker answers SPARQL JSON results,
with subject/predicate/object columns for CONSTRUCT and DESCRIBE.
"""

from __future__ import annotations

from itertools import islice

import pyoxigraph as ox

from server.jobs import Outcome
from server.namespaces import PREFIXES
from server.negotiation import GRAPHS, HTML, RESULTS, supported

TRIPLE_COLUMNS = ("subject", "predicate", "object")


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
    names = [variable.value for variable in result.variables]
    rows = list(islice(result, cap + 1))
    table = _table(names, ([row[name] for name in names] for row in rows[:cap]))
    body = table.serialize(format=_results_format(media_type))
    return Outcome(media_type=media_type, body=body, count=min(len(rows), cap), capped=len(rows) > cap,
                   kind="results")


def _triples(result: ox.QueryTriples, media_type: str | None, cap: int) -> Outcome:
    if media_type is None:
        return _not_acceptable("a CONSTRUCT or DESCRIBE query", GRAPHS)
    triples = list(islice(result, cap + 1))
    kept = triples[:cap]
    if media_type == HTML.media_type:
        table = _table(TRIPLE_COLUMNS, ([t.subject, t.predicate, t.object] for t in kept))
        body = table.serialize(format=ox.QueryResultsFormat.JSON)
    else:
        body = ox.serialize(kept, format=ox.RdfFormat.from_media_type(media_type), prefixes=PREFIXES)
    return Outcome(media_type=media_type, body=body, count=len(kept), capped=len(triples) > cap,
                   kind="graph")


def _table(names, rows) -> ox.QuerySolutions:
    lines = ["\t".join("?" + name for name in names)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    return ox.parse_query_results("\n".join(lines) + "\n", format=ox.QueryResultsFormat.TSV)


def _results_format(media_type: str) -> ox.QueryResultsFormat:
    if media_type == HTML.media_type:
        return ox.QueryResultsFormat.JSON
    return ox.QueryResultsFormat.from_media_type(media_type)


def _not_acceptable(what: str, formats) -> Outcome:
    offered = supported(formats + (HTML,))
    return Outcome(406, message=f"{what} answers in {offered}; the request accepts none of them")
