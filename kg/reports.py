"""validation.ttl: the SHACL validation report of every article validated, published or not, as one
Turtle document (https://www.w3.org/TR/shacl/#validation-report).

Each ``sh:ValidationReport`` gets ``dcterms:subject`` (the article's graph) and ``dcterms:source`` (the
file or URL read); its blank nodes are named by what they say (`kg.bnodes`), so the same reports give
the same bytes. Most articles conform and come without a report graph (None): their report is made
directly, as `canonical_bnodes` would name it.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from .bnodes import canonical_bnodes, name_of
from .dumps import oxigraph_term
from .errors import PublishError

SH = Namespace("http://www.w3.org/ns/shacl#")
REPORT_PREFIXES = {"sh": str(SH), "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)}
REPORT_HEADER = (
    "# SHACL validation reports (https://www.w3.org/TR/shacl/#validation-report), one per article validated.\n"
    "# dcterms:subject is the article's named graph, published if and only if the article was published;\n"
    "# dcterms:source is the file or URL the article was read from. The shapes are in shapes.ttl.\n\n")
TRUE = Literal(True)


def validation_report(reports: list[tuple[str, URIRef, Graph | None]], shapes: Graph | None) -> bytes:
    """Every (source, article graph name, SHACL report graph or None) as one Turtle document.

    Each ``sh:ValidationReport`` gets ``dcterms:subject`` (the graph) and ``dcterms:source``;
    None stands for the report of data that conforms (``sh:conforms true``, no result).
    Reports come in graph order, each report's own statements before its results'.

    The document is what Oxigraph's Turtle serializer makes of all the reports' triples in that order,
    written report by report: the serializer writes each subject's statements as a block of their own,
    so the blocks of the reports, each serialized alone, follow its prefixes. A report of data that
    conforms (most) is written straight from its four statements (`_conforming_text`), the bytes
    Oxigraph writes for them, with no term built: 0.1 s at 10,000 articles where serializing took 0.5 s."""
    prefixes = {**_used_prefixes(shapes), **REPORT_PREFIXES} if shapes is not None else REPORT_PREFIXES
    ordered = sorted(reports, key=lambda r: (str(r[1]), r[0]))
    if len({(source, str(name)) for source, name, _ in ordered}) < len(ordered):
        return _serialized_whole(ordered, prefixes)   # one report given twice: its statements written once
    namespaces = tuple(prefixes.values())
    plain = all(namespaces.count(str(ns)) == 1 for ns in (SH, DCTERMS))
    head = _prefix_lines(prefixes)
    parts = []
    for source, name, report in ordered:
        if report is None and plain and not str(name).startswith(namespaces):
            parts.append(_conforming_text(source, str(name)))
            continue
        triples = _conforming(source, name) if report is None else _report_triples(source, name, report)
        text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        if not text.startswith(head):
            raise PublishError("Oxigraph's Turtle serializer no longer opens a document with its prefixes alone; "
                               "the validation report cannot be written report by report")
        parts.append(text[len(head):])
    return REPORT_HEADER.encode("utf-8") + (head if parts else b"") + b"".join(parts)


def _serialized_whole(ordered: list, prefixes: dict[str, str]) -> bytes:
    """`validation_report` by one serialization of all the reports' triples, without repeats."""
    triples: dict = {}
    for source, name, report in ordered:
        triples.update(dict.fromkeys(_conforming(source, name) if report is None
                                     else _report_triples(source, name, report)))
    return REPORT_HEADER.encode("utf-8") + ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)


def _report_triples(source: str, name, report: Graph) -> list:
    """The statements of a report of data that does not conform, its blank nodes named by what they say."""
    linked = canonical_bnodes(_linked(source, name, report), salt=str(name))  # each report its own nodes
    root = next(s for s, p, o in linked if p == RDF.type and o == SH.ValidationReport)
    return list(dict.fromkeys(ox.Triple(*map(oxigraph_term, triple)) for triple in _from_root(linked, root)))


_PROBE = ox.Triple(ox.BlankNode("probe"), ox.NamedNode("urn:x-probe:p"), ox.Literal("probe"))


def _prefix_lines(prefixes: dict[str, str]) -> bytes:
    """What Oxigraph's Turtle serializer writes before the first statement with ``prefixes`` bound."""
    text = ox.serialize([_PROBE], format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return text[:text.rindex(b"_:probe ")]


def conforms(report: Graph | None) -> bool:
    """Whether a SHACL report says the data conforms; None is the report of data that conforms."""
    return report is None or (None, SH.conforms, TRUE) in report


_SAID = [f"{RDF.type.n3()} {SH.ValidationReport.n3()}", f"{SH.conforms.n3()} {TRUE.n3()}"]
_SUBJECT, _SOURCE = DCTERMS.subject.n3(), DCTERMS.source.n3()
_PLAIN = re.compile(r'[^"\\\n\r]*')   # a string rdflib writes in N3 as it is, between quotes
_CONFORMING = [oxigraph_term(term) for term in (DCTERMS.source, DCTERMS.subject, RDF.type, SH.ValidationReport,
                                                SH.conforms, TRUE)]


def _conforming_root(source: str, name: str) -> str:
    """The name `canonical_bnodes` gives the root of a report of data that conforms."""
    said = f'"{source}"' if _PLAIN.fullmatch(source) else Literal(source).n3()   # rdflib's N3 of a plain string
    return name_of([*_SAID, f"{_SUBJECT} <{name}>", f"{_SOURCE} {said}"], salt=name)


def _conforming(source: str, name) -> list:
    """What ``canonical_bnodes`` and `_from_root` make of `_linked` for a report of data that conforms,
    made directly (most reports are): its statements in the order of their predicates."""
    root = ox.BlankNode(_conforming_root(source, str(name)))
    source_of, subject, type_, report, conforms_, true = _CONFORMING
    return [ox.Triple(root, source_of, ox.Literal(source)), ox.Triple(root, subject, ox.NamedNode(name)),
            ox.Triple(root, type_, report), ox.Triple(root, conforms_, true)]


def _conforming_text(source: str, name: str) -> bytes:
    """The Turtle Oxigraph writes for `_conforming`'s statements with REPORT_PREFIXES bound (and no
    prefix for ``name``), its blank node named as there: ``tests/test_reports.py`` compares the two."""
    return (f"_:{_conforming_root(source, name)} dcterms:source {ox.Literal(source)} ;\n\tdcterms:subject <{name}> ;\n"
            "\ta sh:ValidationReport ;\n\tsh:conforms true .\n").encode("utf-8")



def _linked(source: str, name, report: Graph | None) -> list:
    """The triples of ``report``, its root linked to the graph validated and the source read."""
    if report is None:
        root = BNode()
        given = [(root, RDF.type, SH.ValidationReport), (root, SH.conforms, TRUE)]
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
