"""The dumps of a release, every one derived from the published graphs read once.

:func:`read` turns the rdflib graphs into N-Triples terms, once per distinct term, with
pyoxigraph checking each term (an IRI with a space is refused here, naming its graph).
:func:`files` then yields the content of every dump of :data:`kg.release.FILES` but the
VoID description, release.json and the checksums. Nothing depends on the time or on the
process: N-Triples and N-Quads lines are sorted by code point (``LC_ALL=C sort``), Turtle
and TriG follow that order, and blank nodes are named by what they say
(:func:`canonical_bnodes`), so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Collection, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from .errors import PublishError
from .iris import Minter
from .terms import from_rdflib
from .vocab import IRN, OA, SCHEMA, VOID, WIKIDATA

SH = Namespace("http://www.w3.org/ns/shacl#")
PREFIXES = {"irn": str(IRN), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
            "schema": str(SCHEMA), "prov": "http://www.w3.org/ns/prov#", "oa": str(OA),
            "dcterms": str(DCTERMS), "void": str(VOID), "wd": str(WIKIDATA)}
REPORT_PREFIXES = {"sh": str(SH), "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)}
REPORT_HEADER = (
    "# SHACL validation reports (https://www.w3.org/TR/shacl/#validation-report), one per article validated.\n"
    "# dcterms:subject is the article's named graph, published if and only if the article was published;\n"
    "# dcterms:source is the file or URL the article was read from. The shapes are in shapes.ttl.\n\n")

Triple = tuple[str, str, str]  # N-Triples terms


@dataclass
class Content:
    """The published graphs as N-Triples terms: graph IRI -> its triples, sorted."""

    graphs: dict[str, list[Triple]]
    terms: dict[str, object]  # N-Triples term -> pyoxigraph term
    blank: set[str]  # the graphs that hold blank nodes
    _distinct: list[Triple] | None = field(default=None, repr=False)
    _lines: list[str] | None = field(default=None, repr=False)

    def distinct(self) -> list[Triple]:
        """Every distinct triple of every graph, sorted."""
        if self._distinct is None:
            union: set[Triple] = set()
            for triples in self.graphs.values():
                union.update(triples)
            self._distinct = sorted(union)
        return self._distinct

    def nquads(self, only: str | None = None, but: tuple[str, ...] = ()) -> bytes:
        """The quads of every graph (or ``only`` that one, or all ``but`` those), one N-Quads line each, sorted."""
        if only is not None:  # a graph's triples are sorted, and so are its lines (see _lines_of)
            return "".join(self._lines_of(only)).encode("utf-8")
        if but:
            return "".join(sorted(line for name in self.graphs if name not in but
                                  for line in self._lines_of(name))).encode("utf-8")
        if self._lines is None:
            self._lines = sorted(line for name in self.graphs for line in self._lines_of(name))
        return "".join(self._lines).encode("utf-8")

    def _lines_of(self, name: str) -> Iterator[str]:
        """The N-Quads lines of graph ``name``, in the order of its sorted triples, which is their own
        sorted order: the terms are compared left to right, and a term's end (a space) sorts before any
        character that could continue it."""
        graph = f"<{name}>"
        return (f"{s} {p} {o} {graph} .\n" for s, p, o in self.graphs[name])

    def quads(self, name: str) -> Iterator:
        """The quads of graph ``name``, as pyoxigraph quads."""
        terms, graph = self.terms, self.terms[f"<{name}>"]
        return (ox.Quad(terms[s], terms[p], terms[o], graph) for s, p, o in self.graphs[name])


def read(pairs: list[tuple[URIRef, Graph | Collection[Triple]]]) -> Content:
    """The graphs as N-Triples terms; raise PublishError on a term RDF cannot hold.

    A graph is an rdflib graph, or a collection of (subject, predicate, object) N-Triples terms
    as ``str()`` of pyoxigraph terms writes them (how the build hands triples between processes);
    blank nodes keep their names there."""
    strings: dict = {}
    terms: dict = {}
    blank: set = set()
    graphs = {}
    for name, graph in pairs:
        if isinstance(graph, Graph):
            graphs[str(name)] = _triples(name, graph, strings, terms, blank)
        else:
            graphs[str(name)] = _written(name, graph, terms, blank)
    terms.update((f"<{name}>", ox.NamedNode(name)) for name in graphs)
    return Content(graphs, terms, blank)


def _written(name, triples: Collection[Triple], terms: dict, blank: set) -> list[Triple]:
    """Triples given as N-Triples terms, sorted, each new term made a pyoxigraph term (and checked)."""
    found = sorted(set(map(tuple, triples)))
    new = list({term: None for triple in found for term in triple if term not in terms})
    try:
        made = [triple.object for triple in ox.parse("".join(f"<t:> <t:> {term} .\n" for term in new),
                                                       format=ox.RdfFormat.N_TRIPLES)]
    except SyntaxError as exc:
        raise PublishError(f"graph <{name}> holds a term that is not N-Triples ({exc})") from exc
    for term, converted in zip(new, made):
        if str(converted) != term:
            raise PublishError(f"graph <{name}> holds {term!r}, not as pyoxigraph writes it "
                               f"({str(converted)!r}); pass str() of pyoxigraph terms")
        terms[term] = converted
        if isinstance(converted, ox.BlankNode):
            blank.add(str(name))
    return found


class _BlankNodes(Exception):
    """A graph holds blank nodes: name them by content first (see canonical_bnodes)."""


def _triples(name, graph, strings: dict, terms: dict, blank: set, named: bool = False) -> list[Triple]:
    """The triples of ``graph`` as N-Triples terms, sorted; its blank nodes named by content first."""
    found: list[Triple] = []
    append = found.append
    try:
        for triple in graph:
            try:
                append((strings[triple[0]], strings[triple[1]], strings[triple[2]]))
            except KeyError:
                append(tuple(_n3(term, strings, terms, named, name, triple) for term in triple))
    except _BlankNodes:
        blank.add(str(name))
        return _triples(name, canonical_bnodes(graph, salt=str(name)), strings, terms, blank, named=True)
    found.sort()
    return found


def _n3(term, strings: dict, terms: dict, named: bool, name, triple) -> str:
    """``term`` in N-Triples, as pyoxigraph writes it (remembered for the next time)."""
    text = strings.get(term)
    if text is None:
        if isinstance(term, BNode) and not named:
            raise _BlankNodes
        try:
            converted = oxigraph_term(term)
        except ValueError as exc:
            shown = " ".join(f"<{t}>" if isinstance(t, URIRef) else t.n3() for t in triple)
            raise PublishError(f"graph <{name}> holds a triple RDF cannot store ({exc}): {shown}; "
                               "fix the mapping that produced it") from exc
        text = strings[term] = str(converted)
        terms[text] = converted
    return text


def oxigraph_term(term):
    """The pyoxigraph term for an rdflib term (`kg.terms.from_rdflib`); ValueError if RDF cannot hold it,
    an unsupported kind of term included."""
    try:
        return from_rdflib(term)
    except TypeError:
        raise ValueError(f"unsupported term type {type(term).__name__}") from None


# ---------------------------------------------------------------- blank nodes named by content

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
    names = {node: BNode("c" + _digest(f"{salt} {name}")) for node, name in names.items()}
    return [(names.get(s, s), p, names.get(o, o)) for s, p, o in triples]


def _name(node: BNode, edges: dict, names: dict, path: set) -> BNode:
    if node in names:
        return names[node]
    if node in path:
        raise _Ambiguous
    path.add(node)
    said = sorted(f"{p.n3()} {_name(o, edges, names, path).n3() if isinstance(o, BNode) else o.n3()}"
                  for p, o in edges.get(node, ()))
    path.discard(node)
    names[node] = BNode(_digest("\n".join(said)))
    return names[node]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# ---------------------------------------------------------------- the files

def files(content: Content, nquads: bytes, minter: Minter, ontology: Graph, shapes: Graph | None,
          reports: list | None) -> Iterator[tuple[str, bytes]]:
    """(file name, content) of every dump but void.ttl, release.json and SHA256SUMS; gzip is the caller's.

    ``nquads`` is ``content.nquads()``, which the caller has already made."""
    yield "kg.nq.gz", nquads
    inferred = str(minter.inferred_graph)
    yield "asserted.nq.gz", content.nquads(but=(inferred, str(minter.ontology_graph)))
    yield "inferred.nq.gz", content.nquads(only=inferred)
    distinct, terms = content.distinct(), content.terms
    yield "kg.nt.gz", "".join(f"{s} {p} {o} .\n" for s, p, o in distinct).encode("utf-8")
    turtle = ox.serialize((ox.Triple(terms[s], terms[p], terms[o]) for s, p, o in distinct),
                          format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    yield "kg.ttl", turtle
    yield "kg.ttl.gz", turtle
    del turtle
    yield "kg.trig.gz", ox.serialize((quad for name in sorted(content.graphs) for quad in content.quads(name)),
                                     format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    yield "ontology.ttl", turtle_of(ontology)
    if shapes is not None:
        yield "shapes.ttl", turtle_of(shapes)
    if reports is not None:
        yield "validation.ttl", validation_report(reports, shapes)


def turtle_of(graph: Graph) -> bytes:
    """A small graph as Turtle, the same bytes for the same graph (rdflib's serializer sorts)."""
    named = Graph()
    for prefix, namespace in [*graph.namespaces(), *PREFIXES.items()]:
        named.bind(prefix, namespace, override=True)
    named.addN((*triple, named) for triple in canonical_bnodes(graph))
    return named.serialize(format="turtle", encoding="utf-8")


def validation_report(reports: list[tuple[str, URIRef, Graph | None]], shapes: Graph | None) -> bytes:
    """Every (source, article graph name, SHACL report graph or None) as one Turtle document.

    Each ``sh:ValidationReport`` gets ``dcterms:subject`` (the graph) and ``dcterms:source``;
    None stands for the report of data that conforms (``sh:conforms true``, no result).
    Reports come in graph order, each report's own statements before its results'."""
    triples: dict = {}  # in order, without repeats
    for source, name, report in sorted(reports, key=lambda r: (str(r[1]), r[0])):
        linked = canonical_bnodes(_linked(source, name, report), salt=str(name))  # each report its own nodes
        root = next(s for s, p, o in linked if p == RDF.type and o == SH.ValidationReport)
        triples.update(dict.fromkeys(_from_root(linked, root)))
    prefixes = {**_used_prefixes(shapes), **REPORT_PREFIXES} if shapes is not None else REPORT_PREFIXES
    body = ox.serialize((ox.Triple(*(oxigraph_term(t) for t in triple)) for triple in triples),
                        format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return REPORT_HEADER.encode("utf-8") + body


def conforms(report: Graph | None) -> bool:
    """Whether a SHACL report says the data conforms; None is the report of data that conforms."""
    return report is None or (None, SH.conforms, Literal(True)) in report


def _linked(source: str, name, report: Graph | None) -> list:
    """The triples of ``report``, its root linked to the graph validated and the source read."""
    if report is None:
        root = BNode()
        given = [(root, RDF.type, SH.ValidationReport), (root, SH.conforms, Literal(True))]
    else:
        roots = list(report.subjects(RDF.type, SH.ValidationReport))
        if len(roots) != 1:
            raise PublishError(f"the validation report of {source} (graph <{name}>) holds {len(roots)} "
                               "sh:ValidationReport nodes, not one; pass pyshacl's report graph as it is")
        root, given = roots[0], list(report)
    return [*given, (root, DCTERMS.subject, URIRef(name)), (root, DCTERMS.source, Literal(source))]


def _from_root(triples: list, root) -> list:
    """``triples`` breadth first from ``root``, each subject's sorted; then the others, sorted."""
    said: dict = defaultdict(list)
    for s, p, o in triples:
        said[s].append((s, p, o))
    order, found = [root], []
    for node in order:  # grows while it is read; said.pop() visits each node once
        for triple in sorted(said.pop(node, ()), key=_n3_key):
            found.append(triple)
            if isinstance(triple[2], BNode) and triple[2] in said:
                order.append(triple[2])
    return found + sorted((t for rest in said.values() for t in rest), key=_n3_key)


def _n3_key(terms: tuple) -> tuple:
    return tuple(term.n3() for term in terms)


def _used_prefixes(graph: Graph) -> dict[str, str]:
    """The prefixes bound in ``graph`` whose namespace some IRI of it is in."""
    iris = {term for triple in graph for term in triple if isinstance(term, URIRef)}
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces()
            if prefix and any(iri.startswith(namespace) for iri in iris)}
