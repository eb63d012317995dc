"""The SPARQL-based constraints of the shapes (https://www.w3.org/TR/shacl/#sparql-constraints), read for
`kg.shapes`: each ``sh:select`` with its declared prefixes, run by pyoxigraph with ``$this`` substituted
(SEP-0007), as pyshacl runs it with ``$this`` pre-bound.

When pre-binding ``$this`` is the same as keeping the rows whose ``?this`` is the focus node (a query of
triple patterns, filters and binds only, `_prebinding_filters`), the query runs once per article instead of
once per focus node. Only the triples whose predicates the queries read are loaded (`_predicates_read`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import Namespace
from rdflib.paths import NegatedPath, Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.algebra import traverse
from rdflib.term import Variable

from .terms import from_rdflib

SH = Namespace("http://www.w3.org/ns/shacl#")
_SPARQL_VARIABLES = re.compile(r"\$(?:PATH|value|currentShape|shapesGraph)\b")


class Unsupported(Exception):
    """The shapes use a SHACL feature the compiled checks do not implement."""


@dataclass(frozen=True)
class Query:
    """A SPARQL constraint's SELECT (prefixes declared). ``per_focus`` unless pre-binding ``$this``
    is the same as keeping the rows whose ``?this`` is the focus node (`_prebinding_filters`): then
    the query runs once per article instead of once per focus node."""

    text: str
    per_focus: bool
    reads: frozenset | None   # the predicates its patterns can match (None: any)


def select(g: Graph, constraint) -> Query:
    """The constraint node ``constraint`` of the shapes graph ``g`` as a `Query`; Unsupported if it is
    anything but one ``sh:select`` that pyoxigraph reads."""
    text = g.value(constraint, SH.select)
    if text is None or set(g.predicates(constraint)) - {SH.select, SH.prefixes, SH.message, SH.deactivated}:
        raise Unsupported(f"a SPARQL constraint other than one sh:select: {constraint.n3()}")
    if _SPARQL_VARIABLES.search(str(text)):
        raise Unsupported(f"a SPARQL constraint using $PATH, $value, $currentShape or $shapesGraph")
    declared = {str(g.value(d, SH.prefix)): str(g.value(d, SH.namespace))
                for p in g.objects(constraint, SH.prefixes) for d in g.objects(p, SH.declare)}
    query = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in sorted(declared.items())) + text
    try:
        ox.Store().query(query, substitutions={ox.Variable("this"): ox.NamedNode("urn:x")})
    except SyntaxError as exc:
        raise Unsupported(f"a SPARQL constraint pyoxigraph cannot read ({exc})") from None
    return Query(query, not _prebinding_filters(query), _predicates_read(query))


def _predicates_read(query: str) -> frozenset | None:
    """The predicates a query's patterns can match; None when a pattern matches any predicate."""
    found, anything = set(), []

    def visit(node):
        if getattr(node, "name", None) == "BGP":
            for _, p, _ in node.triples:
                if isinstance(p, Variable):
                    anything.append(p)
        if isinstance(node, NegatedPath):
            anything.append(node)
        if isinstance(node, Path):
            found.update(_path_iris(node))
        elif isinstance(node, URIRef):
            found.add(node)
        return None

    traverse(prepareQuery(query).algebra, visitPost=visit)
    return None if anything else frozenset(from_rdflib(i) for i in found)


#: SPARQL algebra nodes under which a variable bound by a triple pattern means the same whether it
#: is pre-bound or filtered afterwards: no EXISTS, MINUS, OPTIONAL, UNION, GRAPH, subquery or VALUES
_PLAIN = {"SelectQuery", "Project", "Filter", "Extend", "BGP", "Distinct", "Reduced", "UnaryNot", "UnaryMinus",
          "UnaryPlus", "Function"}


def _prebinding_filters(query: str) -> bool:
    """True when ``query``'s algebra holds only `_PLAIN` operators and expressions without EXISTS,
    and a triple pattern binds ``$this``: pre-binding it is then a filter on ``?this``. Any node
    not known here makes it False (the query then runs once per focus node, which is always right)."""
    other, binds = [], []

    def visit(node):
        name = getattr(node, "name", None)
        expression = bool(name) and (name.startswith("Builtin_") or name.endswith("Expression"))
        if name and (name.endswith("EXISTS") or not (name in _PLAIN or expression)):
            other.append(name)
        if name == "BGP" and any(Variable("this") in triple for triple in node.triples):
            binds.append(node)
        return None

    traverse(prepareQuery(query).algebra, visitPost=visit)
    return not other and bool(binds)


def _path_iris(path) -> set:
    if isinstance(path, URIRef):
        return {path}
    parts = getattr(path, "args", None) or [getattr(path, "path", None)]
    return set().union(*(_path_iris(p) for p in parts if p is not None))
