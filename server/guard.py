"""What a public, read-only SPARQL endpoint refuses, decided on the parsed query.

Two parsers read every query: rdflib's (to decide) and Oxigraph's (to run). They
must read the same text, or a query can mean one thing to the guard and another
to the engine. SPARQL 1.1 Query, section 19.2 (https://www.w3.org/TR/sparql11-query/#codepointEscape):
"Unicode code points may also be expressed using an \\uXXXX (U+0 to U+FFFF) or
\\UXXXXXXXX syntax (for U+10000 onwards) [...] Escape sequences in a query string
are processed before parsing". rdflib expands them everywhere first; Oxigraph 0.5
only inside strings and IRIs, so ``"x\\u0022 ," . SERVICE <...> {...} ?s ?p ", \\u0022 "``
hides a SERVICE from rdflib that Oxigraph would call. :func:`check` expands the
escapes once, as the specification says, and hands the expanded text to both.

Refused: updates (SPARQL 1.1 Protocol, section 2.2: updates go to a separate
update operation, which this server does not offer) and ``SERVICE`` anywhere in
the query (federated calls from the server to any URL, ``file:`` included),
unless the operator allows one endpoint (``wikidata_service``): then a ``SERVICE``
whose IRI, resolved against the query's ``BASE`` and prefixes, is exactly that
endpoint is let through, located in the text for :mod:`server.federation`, and
any other (another IRI, a variable, ``SILENT`` or not) is still refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from pyparsing import CaselessKeyword, Located, Opt, ParseResults
from pyparsing.exceptions import ParseBaseException
from rdflib.plugins.sparql import parser as grammar
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Variable

from server.namespaces import PREFIXES

CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# What rdflib's own expansion would still decode (it also takes \u with 8 digits).
LEFTOVER = re.compile(r"\\u[0-9a-f]{4}", re.IGNORECASE)
SERVICE = "ServiceGraphPattern"
MAX_SERVICES = 3  # SERVICE clauses one query may hold: each is one call to the remote endpoint
# Where a SERVICE clause starts: recorded on its parse-tree node by rdflib's own parse, so only
# clauses the parser read as SERVICE are located (never text in a string or a comment).
grammar.ServiceGraphPattern.add_parse_action(lambda text, at, tokens: tokens[0].update(at=at))
# A clause read from its start: where its group graph pattern starts and where it ends. Comments are
# skipped with rdflib's own comment expression (the same object, so its elements do not get a second one).
CLAUSE = (CaselessKeyword("SERVICE") + Opt(CaselessKeyword("SILENT")) + grammar.VarOrIri
          + Located(grammar.GroupGraphPattern)("pattern")).ignore(grammar.QueryUnit.ignoreExprs[0])


class Refusal(Exception):
    """A query this endpoint does not run; ``status`` is the HTTP answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Service:
    """A SERVICE clause to the allowed endpoint: ``text[start:end]`` is the clause, ``text[pattern:end]``
    its group graph pattern (what the endpoint is asked)."""

    start: int
    pattern: int
    end: int
    silent: bool


@dataclass(frozen=True)
class Checked:
    """A query fit to run: the text both engines parse, and whether it names its own
    dataset (``FROM`` / ``FROM NAMED``, which then replaces the union default graph).
    ``services``: its SERVICE clauses (outermost, in text order), each to the allowed
    endpoint; ``prologue``: the BASE and PREFIX declarations in force, for the remote query."""

    text: str
    names_dataset: bool
    services: tuple[Service, ...] = ()
    prologue: str = ""


def check(query: str, endpoint: str | None = None, base: str | None = None) -> Checked:
    """The query to run; raises :class:`Refusal` for what must not run.

    ``endpoint``: the one SERVICE IRI allowed (None: none is); ``base``: the base IRI the
    engine resolves relative IRIs against.
    """
    text = expand_escapes(query)
    tree = _parse(text)  # tree: [prologue, query]
    services = list(_services(tree))
    if not services:
        return Checked(text, "datasetClause" in tree[-1])
    if endpoint is None:
        raise Refusal(403, "SERVICE (federated query) is not allowed on this endpoint")
    base, prefixes = _declarations(tree[0], base or "")
    for node in services:
        _allow(node["term"], endpoint, base, prefixes)
    if len(services) > MAX_SERVICES:
        raise Refusal(403, f"a query may hold at most {MAX_SERVICES} SERVICE clauses; this one holds {len(services)}")
    located = _outermost(_locate(text, node) for node in services)
    prologue = (f"BASE <{base}>\n" if base else "") + "".join(f"PREFIX {n}: <{iri}>\n" for n, iri in prefixes.items())
    return Checked(text, "datasetClause" in tree[-1], located, prologue)


def may_name_service(query: str) -> bool:
    """Whether ``query`` could hold a SERVICE clause: a cheap test on the text that chooses which
    workers run it, never a guard (:func:`check` decides). It errs towards yes: rdflib reads the
    keyword without case, as ``str.upper`` folds it."""
    try:
        return "SERVICE" in expand_escapes(query).upper()
    except Refusal:
        return False


def expand_escapes(query: str) -> str:
    r"""Replace every \uXXXX and \UXXXXXXXX escape by its character (section 19.2)."""
    text = CODEPOINT.sub(_character, query)
    if LEFTOVER.search(text):
        raise Refusal(400, "a \\u escape that spells another \\u escape is not accepted")
    return text


def _character(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        raise Refusal(400, f"{match.group(0)} is not a character a query may contain")
    return chr(code)


def _parse(text: str):
    try:
        return parseQuery(text)
    except ParseBaseException as error:
        if is_update(text):
            raise Refusal(403, "updates are not accepted: this is a read-only query endpoint") from None
        raise Refusal(400, f"syntax error: {error}") from None
    except RecursionError:
        raise Refusal(400, "the query is nested too deeply to parse") from None
    except ValueError as error:
        raise Refusal(400, f"syntax error: {error}") from None


def is_update(text: str) -> bool:
    """Whether ``text`` parses as a SPARQL 1.1 Update with at least one operation."""
    try:
        return bool(parseUpdate(text).get("request"))
    except (ParseBaseException, RecursionError, ValueError):
        return False


def _services(tree):
    """Every ``SERVICE`` pattern anywhere in the parse tree (walked without recursion)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == SERVICE:
                yield node
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


def _declarations(prologue, base: str) -> tuple[str, dict[str, str]]:
    """The base IRI and the prefixes in force after the query's BASE and PREFIX declarations
    (the server's prefixes first, as the engine gets them)."""
    prefixes = dict(PREFIXES)
    for declaration in prologue:
        if declaration.name == "Base":
            base = urljoin(base, str(declaration.iri))
        elif declaration.name == "PrefixDecl":
            prefixes[declaration.prefix or ""] = urljoin(base, str(declaration.iri))
    return base, prefixes


def _allow(term, endpoint: str, base: str, prefixes: dict[str, str]) -> None:
    """Refuse a SERVICE whose IRI is not exactly ``endpoint``."""
    if isinstance(term, Variable):
        raise Refusal(403, f"SERVICE ?{term} is not allowed: a SERVICE must name <{endpoint}>")
    if isinstance(term, CompValue):  # a prefixed name; a CompValue's attribute is None when absent
        name = f"{term.prefix or ''}:{term.localname or ''}"
        namespace = prefixes.get(term.prefix or "")
        iri, shown = (None, name) if namespace is None else (namespace + (term.localname or ""), None)
    else:
        iri = urljoin(base, str(term))
        shown = None
    if iri != endpoint:
        raise Refusal(403, f"SERVICE {shown or f'<{iri}>'} is not allowed: this endpoint federates only "
                           f"with <{endpoint}>")


def _locate(text: str, node: CompValue) -> Service:
    start = node["at"]
    pattern = CLAUSE.parse_string(text[start:])["pattern"]
    return Service(start, start + pattern["locn_start"], start + pattern["locn_end"], "silent" in node)


def _outermost(services) -> tuple[Service, ...]:
    """The clauses not inside another one, in text order (an inner one goes to the endpoint as text)."""
    kept: list[Service] = []
    for service in sorted(services, key=lambda s: s.start):
        if not kept or service.start >= kept[-1].end:
            kept.append(service)
    return tuple(kept)
