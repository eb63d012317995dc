"""RDF terms as the fast path of the build handles them: pyoxigraph terms, checked when made.

Mapping, validation and reasoning work on triples of ``pyoxigraph`` terms (``NamedNode``,
``Literal``; never blank nodes); ``str(term)`` is the term in N-Triples, which is how triples
travel between processes. `to_rdflib` and `from_rdflib` give the rdflib twin of a term for the
paths that need rdflib graphs (pyshacl, the public ``map_article``, publishing).

One difference is deliberate: RDF 1.1 has no plain literals, so ``ox.Literal("x")`` is an
``xsd:string``; its rdflib twin is ``Literal("x")`` (no datatype), which is what rdflib parses
from N-Triples and what the mapping always made.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

Term = ox.NamedNode | ox.Literal
Triple = tuple[Term, Term, Term]

XSD_STRING = ox.NamedNode(str(XSD.string))


def to_rdflib(term):
    """The rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


def from_rdflib(term):
    """The pyoxigraph term of an rdflib term; ValueError if RDF cannot hold it (an IRI with a space)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    if isinstance(term, Literal) and term.language:
        return ox.Literal(term, language=term.language)
    if isinstance(term, Literal):
        return ox.Literal(term, datatype=ox.NamedNode(term.datatype or XSD.string))
    raise TypeError(f"not an RDF term: {term!r}")


def to_graph(triples) -> Graph:
    """An rdflib graph of pyoxigraph triples."""
    graph = Graph()
    graph.addN((to_rdflib(s), to_rdflib(p), to_rdflib(o), graph) for s, p, o in triples)
    return graph


def from_graph(graph: Graph) -> list[Triple]:
    return [(from_rdflib(s), from_rdflib(p), from_rdflib(o)) for s, p, o in graph]


_NT_LITERAL = re.compile(r'^"(.*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?$', re.S)
_ESCAPES = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))', re.S)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def unescape(text: str) -> str:
    """The string an N-Triples string literal's escapes (ECHAR, UCHAR) stand for."""
    if "\\" not in text:
        return text
    return _ESCAPES.sub(lambda m: _ECHAR[m[3]] if m[3] is not None else chr(int(m[1] or m[2], 16)), text)


def parse_nt(text: str):
    """The rdflib term of one N-Triples term string (as ``str`` of a pyoxigraph term writes it)."""
    if text[0] == "<":
        return URIRef(text[1:-1])
    if text.startswith("_:"):
        return BNode(text[2:])
    match = _NT_LITERAL.match(text)
    if match is None:
        raise ValueError(f"not an N-Triples term: {text[:80]!r}")
    lexical, language, datatype = unescape(match[1]), match[2], match[3]
    if language:
        return Literal(lexical, lang=language)
    if datatype is None or datatype == str(XSD.string):
        return Literal(lexical)
    return Literal(lexical, datatype=URIRef(datatype))


def graph_of(triples) -> Graph:
    """An rdflib graph of N-Triples string tuples; each distinct term is made once. The store is
    rdflib's SimpleMemory: a third faster to fill than the default, and graphs here are only read."""
    terms: dict[str, object] = {}

    def term(text):
        found = terms.get(text)
        if found is None:
            found = terms[text] = parse_nt(text)
        return found

    graph = Graph(store="SimpleMemory")
    graph.addN((term(s), term(p), term(o), graph) for s, p, o in triples)
    return graph
