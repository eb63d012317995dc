"""SERVICE to the one endpoint the operator allows, evaluated here and not by Oxigraph.

SPARQL 1.1 Federated Query (https://www.w3.org/TR/sparql11-federated-query/),
section 4: a ``SERVICE`` pattern evaluates to the solutions the remote endpoint
returns for its group graph pattern, joined with the rest of the query; section 3:
with ``SILENT``, a failed call counts as one solution with no bindings.

pyoxigraph's ``Store.query`` runs ``SERVICE`` itself (measured with 0.5.13: one
POST of the pattern), but its Python API sets no timeout and no size limit on
that call and sends ``User-Agent: Oxigraph/0.5.13``, while Wikimedia asks for a
User-Agent that names the tool and a contact. So :mod:`server.guard` locates each
clause (only ones to the allowed endpoint get that far), :func:`resolve` asks the
endpoint for its pattern, with a timeout, a size cap, no redirect, no proxy or
credentials from the environment, and puts the solutions in the clause's place
as a ``VALUES`` block of terms written by pyoxigraph. Oxigraph then runs a query
with no ``SERVICE`` left in it, and the text without the clauses is checked again
before any call.
"""

from __future__ import annotations

import time
import uuid

import pyoxigraph as ox
import requests

from kg.settings import Settings
from server import guard

RESULTS_JSON = "application/sparql-results+json"
CHUNK = 64 * 1024


class Failed(Exception):
    """The endpoint could not be used: ``status`` is the answer (502, or 504 for time)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def resolve(checked: guard.Checked, settings: Settings) -> str:
    """``checked.text`` with each of its SERVICE clauses replaced by the endpoint's solutions."""
    pieces = _pieces(checked)
    _recheck("{}".join(pieces))
    blocks = [_block(checked, service, settings) for service in checked.services]
    return "".join(piece + block for piece, block in zip(pieces, blocks + [""]))


def _pieces(checked: guard.Checked) -> list[str]:
    """The text around the clauses: one piece more than there are clauses."""
    bounds = [0, *(at for s in checked.services for at in (s.start, s.end)), len(checked.text)]
    return [checked.text[start:end] for start, end in zip(bounds[::2], bounds[1::2])]


def _recheck(skeleton: str) -> None:
    """The query with every clause taken out must parse and name no SERVICE: else a clause
    was located wrong, a bug, and nothing is called."""
    try:
        guard.check(skeleton)
    except guard.Refusal as refusal:
        raise RuntimeError(f"a SERVICE clause was not taken out whole: {refusal.message}") from None


def _block(checked: guard.Checked, service: guard.Service, settings: Settings) -> str:
    query = f"{checked.prologue}SELECT * WHERE {checked.text[service.pattern:service.end]}"
    try:
        return values(*ask(query, settings), settings.base_iri)
    except Failed as failure:
        if service.silent:
            return "{}"  # one solution with no bindings
        raise guard.Refusal(failure.status, f"SERVICE <{settings.wikidata_endpoint}> {failure}") from None


def ask(query: str, settings: Settings) -> tuple[list[ox.Variable], list[ox.QuerySolution]]:
    """The variables and solutions the endpoint answers to the SELECT ``query``."""
    body = _fetch(query, settings)
    try:
        results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if not isinstance(results, ox.QuerySolutions):
            raise Failed(502, "answered a boolean to a SELECT query")
        return results.variables, list(results)
    except SyntaxError as error:
        raise Failed(502, f"answered something that is not SPARQL JSON results ({error})") from None


def _fetch(query: str, settings: Settings) -> bytes:
    """POST ``query`` (SPARQL 1.1 Protocol, section 2.1.2) and read the whole answer, within limits."""
    deadline = time.monotonic() + settings.service_timeout
    headers = {"Accept": RESULTS_JSON, "User-Agent": settings.wikidata_user_agent}
    with requests.Session() as session:
        session.trust_env = False  # no proxy and no .netrc credentials from the environment
        try:
            with session.post(settings.wikidata_endpoint, data={"query": query}, headers=headers, stream=True,
                              allow_redirects=False, timeout=settings.service_timeout) as response:
                _check(response, settings.service_max_bytes)
                return _read(response, settings, deadline)
        except requests.Timeout:
            raise Failed(504, f"did not answer within {settings.service_timeout:g} s") from None
        except requests.RequestException as error:
            raise Failed(502, f"could not be reached ({type(error).__name__})") from None


def _check(response: requests.Response, cap: int) -> None:
    if response.status_code != 200:
        raise Failed(502, f"answered {response.status_code} {response.reason}")
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media_type not in (RESULTS_JSON, "application/json"):
        raise Failed(502, f"answered {media_type or 'no media type'}, not {RESULTS_JSON}")
    if int(response.headers.get("Content-Length") or 0) > cap:
        raise Failed(502, f"answered more than the limit of {cap} bytes; add a LIMIT inside the SERVICE")


def _read(response: requests.Response, settings: Settings, deadline: float) -> bytes:
    body = bytearray()
    for chunk in response.iter_content(CHUNK):
        body += chunk
        if len(body) > settings.service_max_bytes:
            raise Failed(502, f"answered more than the limit of {settings.service_max_bytes} bytes; "
                              "add a LIMIT inside the SERVICE")
        if time.monotonic() > deadline:
            raise Failed(504, f"did not answer within {settings.service_timeout:g} s")
    return bytes(body)


def values(variables: list[ox.Variable], solutions: list[ox.QuerySolution], base_iri: str) -> str:
    """The solutions as a group with one VALUES block, every term written by pyoxigraph.

    A blank node of the answer becomes a Skolem IRI (RDF 1.1 Concepts, section 3.5), new for
    each call, as VALUES cannot hold blank nodes: like the blank node, it matches nothing here.
    """
    skolem: dict[str, str] = {}
    rows = ("(" + " ".join(_term(solution[i], skolem, base_iri) for i in range(len(variables))) + ")"
            for solution in solutions)
    names = " ".join(str(variable) for variable in variables)
    return "{ VALUES (" + names + ") {\n" + "\n".join(rows) + "\n} }"


def _term(term, skolem: dict[str, str], base_iri: str) -> str:
    if term is None:
        return "UNDEF"
    if isinstance(term, ox.BlankNode):
        iri = skolem.setdefault(term.value, f"{base_iri}.well-known/genid/{uuid.uuid4().hex}")
        return str(ox.NamedNode(iri))
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return str(term)
    raise Failed(502, "answered a quoted triple, which this endpoint does not join")
