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
the query (federated calls from the server to any URL, ``file:`` included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyparsing import ParseResults
from pyparsing.exceptions import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# What rdflib's own expansion would still decode (it also takes \u with 8 digits).
LEFTOVER = re.compile(r"\\u[0-9a-f]{4}", re.IGNORECASE)
SERVICE = "ServiceGraphPattern"


class Refusal(Exception):
    """A query this endpoint does not run; ``status`` is the HTTP answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Checked:
    """A query fit to run: the text both engines parse, and whether it names its own
    dataset (``FROM`` / ``FROM NAMED``, which then replaces the union default graph)."""

    text: str
    names_dataset: bool


def check(query: str) -> Checked:
    """The query to run; raises :class:`Refusal` for what must not run."""
    text = expand_escapes(query)
    tree = _parse(text)
    if _has_service(tree):
        raise Refusal(403, "SERVICE (federated query) is not allowed on this endpoint")
    return Checked(text, "datasetClause" in tree[-1])  # tree: [prologue, query]


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


def _has_service(tree) -> bool:
    """Whether a ``SERVICE`` pattern occurs anywhere in the parse tree (walked without recursion)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == SERVICE:
                return True
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
    return False
