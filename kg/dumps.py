"""What each dump of a release holds, from the published graphs read once.

`read` turns the graphs into N-Triples terms, pyoxigraph checking each distinct term once (an IRI
with a space is refused here, naming its graph), grouped by subject: each subject's statements as
sorted (predicate, object, graph) rows. The dumps are cut into chunks (`kg.chunks`): of subjects, and
inside the statements of a subject that has many. `line_pieces` makes a chunk's piece of every line
dump and of kg.ttl; `trig_items` lists the graphs, graph by graph and subject by subject, for
kg.trig.gz's chunks, and `trig_piece` writes one; `turtle_of` writes a small
graph (the ontology, the shapes) whole. Nothing depends on the time or on the process: N-Triples
and N-Quads lines are sorted by code point (``LC_ALL=C sort``; a term's end, a space, sorts before
anything that could continue it, so sorting rows of terms sorts the lines), Turtle and TriG follow
that order (`kg.turtle`), and blank nodes are named by what they say (`kg.bnodes`), so the same
input gives the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import Collection, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from .bnodes import canonical_bnodes
from .errors import PublishError
from .terms import from_rdflib
from .turtle import Forms, trig, turtle
from .vocab import IRN, OA, SCHEMA, VOID, WIKIDATA

PREFIXES = {"irn": str(IRN), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
            "schema": str(SCHEMA), "prov": "http://www.w3.org/ns/prov#", "oa": str(OA),
            "dcterms": str(DCTERMS), "void": str(VOID), "wd": str(WIKIDATA)}
#: the files of the subject family (`kg.chunks`), in the order `line_pieces` gives them
LINE_FILES = ("kg.nq.gz", "asserted.nq.gz", "inferred.nq.gz", "kg.nt.gz", "kg.ttl", "kg.ttl.gz")
TRIG_FILE = "kg.trig.gz"
#: about one subject in LINE_SPACING begins a chunk of LINE_FILES (170 kB of kg.nq.gz's text at 10,000 articles);
#: one (graph, subject) pair in TRIG_SPACING a chunk of kg.trig.gz; inside a subject's statements (a state's
#: run to tens of thousands), one (subject, predicate, object) in LINE_ROWS begins a chunk of LINE_FILES, one
#: in TRIG_ROWS a chunk of kg.trig.gz (at 10,000 articles, one article changed: the dumps rewritten in 2.5 s
#: with 512 and 3.8 s with 2,048, under cProfile, most of it in LINE_FILES; kg.trig.gz 9% larger with 512)
LINE_SPACING, TRIG_SPACING = 32, 128
LINE_ROWS, TRIG_ROWS = 512, 2048

Triple = tuple[str, str, str]  # N-Triples terms
Row = tuple[str, str, str]     # predicate, object, graph name (as a term: <...>)


@dataclass
class Content:
    """The published graphs as N-Triples terms."""

    rows: dict[str, list[Row]]      # subject -> its (predicate, object, graph) rows, sorted, no repeats
    counts: dict[str, int]          # graph IRI -> its distinct triples
    blank: dict[str, set[Triple]]   # the graphs that hold blank nodes -> their triples
    terms: set[str]                 # every term (graph names but as terms too)
    predicates: set[str]

    def subjects(self) -> list[str]:
        return sorted(self.rows)


def read(pairs: Iterable[tuple[URIRef, Graph | Collection[Triple]]]) -> Content:
    """The graphs as N-Triples terms by subject; raise PublishError on a term RDF cannot hold.

    A graph is an rdflib graph, or a collection of (subject, predicate, object) N-Triples terms
    as ``str()`` of pyoxigraph terms writes them (how the build hands triples between processes);
    blank nodes keep their names there."""
    checked: set = set()
    rows: dict = defaultdict(list)
    counts, blank, predicates = {}, {}, set()
    for name, graph in pairs:
        found, has_blank = triples_of(name, graph, checked)
        counts[str(name)] = len(found)
        if has_blank:
            blank[str(name)] = found
        g = f"<{name}>"
        for s, p, o in found:
            rows[s].append((p, o, g))
        predicates.update(map(itemgetter(1), found))
    for subject_rows in rows.values():
        subject_rows.sort()
    return Content(dict(rows), counts, blank, checked | {f"<{name}>" for name in counts}, predicates)


def triples_of(name, graph: Graph | Collection[Triple], checked: set) -> tuple[set[Triple], bool]:
    """The distinct triples of one graph as N-Triples terms, and whether it holds blank nodes; each
    term not in ``checked`` is checked (and added)."""
    if isinstance(graph, Graph):
        blank: set = set()
        found = set(_triples(name, graph, {}, blank))
        checked.update(term for triple in found for term in triple)
        return found, bool(blank)
    return _written(name, graph, checked)


def _written(name, triples: Collection[Triple], checked: set) -> tuple[set[Triple], bool]:
    """Triples given as N-Triples terms, each new term checked by pyoxigraph."""
    found = triples if isinstance(triples, (set, frozenset)) else set(map(tuple, triples))
    terms = set(chain.from_iterable(found))
    new = list(terms - checked)
    try:
        made = [triple.object for triple in ox.parse("".join(f"<t:> <t:> {term} .\n" for term in new),
                                                       format=ox.RdfFormat.N_TRIPLES)]
    except SyntaxError as exc:
        raise PublishError(f"graph <{name}> holds a term that is not N-Triples ({exc})") from exc
    for term, converted in zip(new, made):
        if str(converted) != term:
            raise PublishError(f"graph <{name}> holds {term!r}, not as pyoxigraph writes it "
                               f"({str(converted)!r}); pass str() of pyoxigraph terms")
    checked.update(new)
    return found, any(term.startswith("_:") for term in terms)


class _BlankNodes(Exception):
    """A graph holds blank nodes: name them by content first (see canonical_bnodes)."""


def _triples(name, graph, strings: dict, blank: set, named: bool = False) -> list[Triple]:
    """The triples of ``graph`` as N-Triples terms; its blank nodes named by content first."""
    found: list[Triple] = []
    append = found.append
    try:
        for triple in graph:
            try:
                append((strings[triple[0]], strings[triple[1]], strings[triple[2]]))
            except KeyError:
                append(tuple(_n3(term, strings, named, name, triple) for term in triple))
    except _BlankNodes:
        blank.add(str(name))
        return _triples(name, canonical_bnodes(graph, salt=str(name)), strings, blank, named=True)
    return found


def _n3(term, strings: dict, named: bool, name, triple) -> str:
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
    return text


def oxigraph_term(term):
    """The pyoxigraph term for an rdflib term (`kg.terms.from_rdflib`); ValueError if RDF cannot hold it,
    an unsupported kind of term included."""
    try:
        return from_rdflib(term)
    except TypeError:
        raise ValueError(f"unsupported term type {type(term).__name__}") from None


# ---------------------------------------------------------------- the pieces of a chunk

def line_pieces(items: Iterable[tuple[str, list[Row]]], forms: Forms, inferred: str,
                ontology: str) -> tuple[list[bytes], dict[str, list[Triple]]]:
    """The piece of each of `LINE_FILES` for ``items`` (subject, its rows; sorted by subject), and the
    distinct triples of each VoID scope there ("dataset", "articles", "inferred"). ``inferred`` and
    ``ontology`` are those graphs' names as terms; every other graph is an article's."""
    quads, asserted, derived = [], [], []
    dataset, articles, inferences = [], [], []
    for s, rows in items:
        last_p = last_o = triple = None
        counted = False  # whether ``triple`` is already among the articles' triples
        for p, o, g in rows:
            line = f"{s} {p} {o} {g} .\n"
            quads.append(line)
            if o != last_o or p != last_p:
                last_p, last_o, triple, counted = p, o, (s, p, o), False
                dataset.append(triple)
            if g == inferred:
                derived.append(line)
                inferences.append(triple)
            elif g != ontology:
                asserted.append(line)
                if not counted:
                    articles.append(triple)
                    counted = True
    text = turtle(dataset, forms).encode("utf-8")
    pieces = ["".join(lines).encode("utf-8") for lines in (quads, asserted, derived)]
    pieces += ["".join(f"{s} {p} {o} .\n" for s, p, o in dataset).encode("utf-8"), text, text]
    return pieces, {"dataset": dataset, "articles": articles, "inferred": inferences}


def scopes(items: Iterable[tuple[str, list[Row]]], inferred: str, ontology: str) -> dict[str, list[Triple]]:
    """The distinct triples of each VoID scope among ``items``, as `line_pieces` gives them."""
    dataset, articles, inferences = [], [], []
    for s, rows in items:
        last = None
        for p, o, g in rows:
            if (p, o) != last:
                last, counted = (p, o), False
                dataset.append((s, p, o))
            if g == inferred:
                inferences.append((s, p, o))
            elif g != ontology and not counted:
                articles.append((s, p, o))
                counted = True
    return {"dataset": dataset, "articles": articles, "inferred": inferences}


Block = tuple[str, list[Triple]]  # a graph name (a term) and statements of that graph


def blocks_of(items: Iterable[tuple[str, list[tuple[str, str]]]]) -> list[Block]:
    """Items of kg.trig.gz ("<graph> subject", its (predicate, object) rows) as blocks."""
    blocks: list[Block] = []
    for key, rows in items:
        graph, subject = key.split(" ", 1)
        if not blocks or blocks[-1][0] != graph:
            blocks.append((graph, []))
        blocks[-1][1].extend((subject, p, o) for p, o in rows)
    return blocks


def trig_items(content: Content, subjects: list[str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The items of kg.trig.gz: every graph in the order of its name, each of its subjects in order
    ("<graph> subject", its (predicate, object) rows sorted), cut into chunks by `kg.chunks.Family.cut`."""
    by_graph: dict = defaultdict(dict)
    for s in subjects:
        for p, o, g in content.rows[s]:
            found = by_graph[g].get(s)
            if found is None:
                found = by_graph[g][s] = []
            found.append((p, o))
    for g in sorted(by_graph):
        for s, rows in by_graph.pop(g).items():
            yield f"{g} {s}", rows


def trig_piece(blocks: list[Block], forms: Forms) -> bytes:
    return trig(blocks, forms).encode("utf-8")


# ---------------------------------------------------------------- the small files

def turtle_of(graph: Graph) -> bytes:
    """A small graph as Turtle, the same bytes for the same graph (rdflib's serializer sorts)."""
    named = Graph()
    for prefix, namespace in [*graph.namespaces(), *PREFIXES.items()]:
        named.bind(prefix, namespace, override=True)
    named.addN((*triple, named) for triple in canonical_bnodes(graph))
    return named.serialize(format="turtle", encoding="utf-8")
