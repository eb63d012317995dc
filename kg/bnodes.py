"""Blank nodes named by what they say, so that the same graph gives the same dump in any process."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Iterable

from rdflib import BNode, Graph
from rdflib.compare import to_canonical_graph


class _Ambiguous(Exception):
    """Two blank nodes say the same, or blank nodes form a cycle: hashing cannot tell them apart."""


def canonical_bnodes(triples: Iterable[tuple], salt: str = "") -> list[tuple]:
    """``triples`` with every blank node named by a hash of what it says, recursively.

    A blank node's name is the SHA-256 of its sorted (predicate, object) pairs, a blank object
    standing for its own name: isomorphic graphs get the same names, in any process. When that
    cannot tell two blank nodes apart (the same statements, or a cycle) rdflib's complete
    canonical labelling (``rdflib.compare.to_canonical_graph``, slower) names them instead.
    ``salt`` goes into every name: graphs with different salts share no blank node.
    """
    triples = list(triples)
    edges: dict = defaultdict(list)
    nodes = set()
    for s, p, o in triples:
        if isinstance(s, BNode):
            edges[s].append((p, o))
            nodes.add(s)
        if isinstance(o, BNode):
            nodes.add(o)
    if not nodes:
        return triples
    names: dict = {}
    try:
        for node in nodes:
            _name(node, edges, names, set())
        if len(set(names.values())) < len(names):
            raise _Ambiguous
    except (_Ambiguous, RecursionError):
        graph = Graph()
        graph.addN((*triple, graph) for triple in triples)
        triples = list(to_canonical_graph(graph))
        names = {node: node for triple in triples for node in triple if isinstance(node, BNode)}
    names = {node: BNode(_salted(name, salt)) for node, name in names.items()}
    return [(names.get(s, s), p, names.get(o, o)) for s, p, o in triples]


def name_of(said: Iterable[str], salt: str = "") -> str:
    """The name (id) `canonical_bnodes` gives a blank node whose statements, each "predicate object" in
    N3, are ``said`` (no blank node among their objects): for a node made alone, without a graph."""
    return _salted(_named(said), salt)


def _name(node: BNode, edges: dict, names: dict, path: set) -> BNode:
    if node in names:
        return names[node]
    if node in path:
        raise _Ambiguous
    path.add(node)
    said = [f"{p.n3()} {_name(o, edges, names, path).n3() if isinstance(o, BNode) else o.n3()}"
            for p, o in edges.get(node, ())]
    path.discard(node)
    names[node] = BNode(_named(said))
    return names[node]


def _named(said: Iterable[str]) -> str:
    return _digest("\n".join(sorted(said)))


def _salted(name: str, salt: str) -> str:
    return "c" + _digest(f"{salt} {name}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
