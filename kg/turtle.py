"""Turtle and TriG as pyoxigraph writes them, laid out here from N-Triples terms.

`pyoxigraph.serialize` takes one Python object per statement, which for the millions of statements
of a release costs most of the time spent on kg.ttl and kg.trig.gz. Here pyoxigraph writes each
distinct term once (`Forms.learn`: with the prefixes, ``a`` for ``rdf:type`` as a predicate, its
short forms of numbers and booleans, its escapes), and the statements are laid out as its
serializer lays them out: a subject, its predicates separated by `` ;`` on lines of their own,
the objects of one predicate separated by `` ,``, `` .`` after the last, a tab of indent per level
and, in TriG, a ``<graph> {`` block per run of statements in one graph. The text is byte for byte
pyoxigraph's own (``tests/test_turtle.py`` compares them). Cut between two subjects, each piece is
Turtle (or TriG) by itself, and the pieces joined are the text of the whole: what `kg.chunks` needs.
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

_SUBJECT = "<urn:kg:s>"  # terms pyoxigraph writes as they are: no prefix shortens them
_PREDICATE = "<urn:kg:p>"


class Forms:
    """How Turtle writes each N-Triples term with ``prefixes``: ``term[t]`` as a subject, object or
    graph name, ``predicate[t]`` as a predicate; ``header`` is the ``@prefix`` lines. Terms must be
    learnt (`learn`) before they are laid out."""

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = prefixes
        self.term: dict[str, str] = {}
        self.predicate: dict[str, str] = {}
        example = ox.serialize(ox.parse(f"{_SUBJECT} {_PREDICATE} {_SUBJECT} .", format=ox.RdfFormat.N_TRIPLES),
                               format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        self.header = example[:example.index(_SUBJECT.encode())]

    def learn(self, terms: Iterable[str], predicates: Iterable[str] = ()) -> None:
        """Ask pyoxigraph for the forms of the terms (N-Triples, as ``str()`` of a pyoxigraph term
        writes them) and predicates not known yet: each the object, or the predicate, of a statement
        of its own subject, so that pyoxigraph writes one statement a line."""
        terms = [t for t in dict.fromkeys(terms) if t not in self.term]
        predicates = [p for p in dict.fromkeys(predicates) if p not in self.predicate]
        lines = [f"<urn:kg:{n}> {_PREDICATE} {term} .\n" for n, term in enumerate(terms)]
        lines += [f"<urn:kg:p{n}> {predicate} {_SUBJECT} .\n" for n, predicate in enumerate(predicates)]
        if not lines:
            return
        written = ox.serialize(ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES),
                               format=ox.RdfFormat.TURTLE, prefixes=self.prefixes)
        found = written[len(self.header):].decode("utf-8").split(" .\n")[:-1]  # no form holds a line break
        if len(found) != len(lines):
            raise ValueError(f"pyoxigraph wrote {len(found)} statements for {len(lines)} terms")
        self.term.update((term, line.split(" ", 2)[2]) for term, line in zip(terms, found))
        self.predicate.update((p, line.split(" ", 2)[1]) for p, line in zip(predicates, found[len(terms):]))


def turtle(triples: Iterable[tuple[str, str, str]], forms: Forms) -> str:
    """The statements of ``triples``, each subject's together (sorted triples are), without the header."""
    body = _statements(triples, forms, "", "\t")
    return body + " .\n" if body else ""


def trig(blocks: Iterable[tuple[str, list[tuple[str, str, str]]]], forms: Forms) -> str:
    """The graph blocks of ``blocks`` (a graph name and its statements, each subject's together),
    without the header."""
    return "".join(f"{forms.term[graph]} {{\n\t{_statements(triples, forms, _TAB, _TABS)} .\n}}\n"
                   for graph, triples in blocks)


_TAB, _TABS = "\t", "\t\t"


def _statements(triples, forms: Forms, indent: str, deeper: str) -> str:
    """The statements without the last `` .``: each subject on a line of its own at ``indent`` (but the
    first, whose indent is the caller's), its further predicates on lines at ``deeper``."""
    term, predicate_of = forms.term, forms.predicate
    out: list[str] = []
    subject = predicate = None
    for s, p, o in triples:
        if s != subject:
            out.append(f"{term[s]} {predicate_of[p]} {term[o]}" if subject is None
                       else f" .\n{indent}{term[s]} {predicate_of[p]} {term[o]}")
            subject, predicate = s, p
        elif p != predicate:
            out.append(f" ;\n{deeper}{predicate_of[p]} {term[o]}")
            predicate = p
        else:
            out.append(f" , {term[o]}")
    return "".join(out)
