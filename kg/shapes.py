"""The SHACL shapes compiled once into checks: "does this article certainly conform?" in a millisecond.

pyshacl stays the validator (`kg.validate`): an article these checks pass is one pyshacl finds
conforming, and an article they fail (or cannot judge) is validated by pyshacl, whose report is
the one given. `tests/test_shapes.py` proves the two agree on valid and invalid graphs.

Implemented, as pyshacl 0.40 evaluates them (https://www.w3.org/TR/shacl/): node shapes with
``sh:targetClass`` (instances through ``rdfs:subClassOf*`` of the ontology), ``sh:property``
shapes whose ``sh:path`` is an IRI, an ``sh:inversePath`` or an ``sh:alternativePath`` of IRIs,
``sh:deactivated``, ``sh:severity`` (only violations fail an article), and the components
minCount, maxCount, datatype, nodeKind, class, in, pattern (with flags), minLength, maxLength,
lessThan, or, and SPARQL-based constraints (`kg.shapes_sparql`). Shapes using anything else raise
`Unsupported`, and pyshacl
then validates every article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox
from pyshacl.rdfutil.inoculate import inoculate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .shapes_sparql import SH, Query, Unsupported, select
from .terms import XSD_STRING, from_rdflib, to_rdflib

RDF_TYPE, SUBCLASS = ox.NamedNode(RDF.type), ox.NamedNode(RDFS.subClassOf)
THIS = ox.Variable("this")
#: shape predicates that do not constrain anything
INERT = {SH.message, SH.name, SH.description, SH.order, SH.group, SH.defaultValue, RDF.type, RDFS.label,
         RDFS.comment, SH.declare, OWL.versionInfo, OWL.imports}
VALUE_COMPONENTS = {SH.datatype, SH.nodeKind, SH["class"], SH["in"], SH.pattern, SH.flags, SH.minLength,
                    SH.maxLength, SH["or"]}
PROPERTY_ONLY = {SH.minCount, SH.maxCount, SH.lessThan}
KNOWN = INERT | VALUE_COMPONENTS | PROPERTY_ONLY | {SH.targetClass, SH.property, SH.path, SH.sparql,
                                                    SH.severity, SH.deactivated, SH.prefixes}
#: every SHACL term the shapes graph may use anywhere
VOCABULARY = KNOWN | {SH.select, SH.prefix, SH.namespace, SH.alternativePath, SH.inversePath, SH.NodeShape,
                      SH.PropertyShape, SH.SPARQLConstraint, SH.PrefixDeclaration, SH.Violation, SH.Warning,
                      SH.Info, SH.IRI, SH.Literal, SH.BlankNode, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral,
                      SH.IRIOrLiteral}
NODE_KINDS = {SH.IRI: {"iri"}, SH.Literal: {"literal"}, SH.BlankNode: {"blank"}, SH.BlankNodeOrIRI: {"blank", "iri"},
              SH.BlankNodeOrLiteral: {"blank", "literal"}, SH.IRIOrLiteral: {"iri", "literal"}}
#: the Python type pyshacl requires of a literal's value, per datatype (its _assert_actual_datatype)
_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: dt.date, XSD.time: dt.time,
                 XSD.dateTime: dt.datetime}




@dataclass
class Shape:
    path: tuple[tuple[ox.NamedNode, bool], ...] | None   # (predicate, inverse) alternatives; None: the node
    counts: tuple[int | None, int | None] = (None, None)
    values: list = field(default_factory=list)       # checks of one value node: fn(value, data) -> bool
    less_than: list = field(default_factory=list)
    sparql: list = field(default_factory=list)       # SELECT queries, prefixes declared
    properties: list = field(default_factory=list)   # property Shapes
    violations: bool = True                          # severity sh:Violation

    def conforms(self, focus, data: "Data") -> bool:
        if self.path is None:
            values = [focus]
        else:
            values = {v for p, inverse in self.path for v in (data.subjects if inverse else data.objects)(focus, p)}
        low, high = self.counts
        if self.violations:
            if (low is not None and len(values) < low) or (high is not None and len(values) > high):
                return False
            if not all(check(v, data) for v in values for check in self.values):
                return False
            if self.less_than and not all(_less_than(values, data.objects(focus, p)) for p in self.less_than):
                return False
            if any(data.violates(query, focus, data.reads) for query in self.sparql):
                return False
        return all(shape.conforms(v, data) for shape in self.properties for v in values)


class Data:
    """One article's triples, indexed; the ontology as pyshacl mixes it into the data graph."""

    def __init__(self, triples, ontology: "Ontology", reads: frozenset | None):
        self.triples, self.ontology, self.reads = triples, ontology, reads
        self.out, self.into = defaultdict(lambda: defaultdict(list)), None
        for s, p, o in triples:
            self.out[s][p].append(o)
        self.store: ox.Store | None = None
        self.selected: dict[str, set] = {}   # query -> the nodes it selects, for queries run once

    def objects(self, s, p) -> list:
        return self.out[s][p] if s in self.out else []

    def subjects(self, o, p) -> list:
        if self.into is None:
            self.into = defaultdict(lambda: defaultdict(list))
            for s, q, v in self.triples:
                self.into[v][q].append(s)
        return self.into[o][p] if o in self.into else []

    def instance(self, node, cls) -> bool:
        """SHACL instance: ``node rdf:type/rdfs:subClassOf* cls``."""
        supers = self.ontology.supers
        types = [*self.objects(node, RDF_TYPE), *self.ontology.types.get(node, ())]
        return any(t == cls or cls in supers.get(t, ()) for t in types)

    def violates(self, query: "Query", focus, reads: frozenset | None) -> bool:
        """Does the SPARQL constraint ``query`` select ``focus``? ``reads``: the predicates of every
        constraint's patterns (None: any), the only triples loaded."""
        if self.store is None:
            self.store = ox.Store()
            self.store.extend(ox.Quad(s, p, o) for s, p, o in (*self.triples, *self.ontology.triples)
                              if reads is None or p in reads)
        if query.per_focus:
            return any(True for _ in self.store.query(query.text, substitutions={THIS: focus}))
        selected = self.selected.get(query.text)
        if selected is None:
            selected = self.selected[query.text] = {row[THIS] for row in self.store.query(query.text)}
        return focus in selected


@dataclass
class Ontology:
    """What pyshacl adds to every data graph (``ont_graph``, `pyshacl.rdfutil.inoculate`)."""

    triples: list
    supers: dict      # class -> its superclasses through rdfs:subClassOf+
    types: dict       # node -> its rdf:type values
    subjects: frozenset

    @classmethod
    def of(cls, ontology: Graph) -> "Ontology":
        mixed = Graph()
        inoculate(mixed, ontology)
        triples = [tuple(from_rdflib(t) for t in triple) for triple in mixed]
        edges, types = defaultdict(set), defaultdict(set)
        for s, p, o in triples:
            if p == SUBCLASS:
                edges[s].add(o)
            elif p == RDF_TYPE:
                types[s].add(o)
        return cls(triples, {c: _reachable(c, edges) for c in edges}, dict(types), frozenset(s for s, _, _ in triples))


class Shapes:
    """The shapes graph compiled: `conforms(triples)` for one article's pyoxigraph triples."""

    def __init__(self, shapes: Graph, ontology: Graph):
        self.graph, self.queries = shapes, []
        _check_vocabulary(shapes)
        self.ontology = Ontology.of(ontology)
        self.targets: dict[ox.NamedNode, list[Shape]] = defaultdict(list)
        for node in sorted(set(shapes.subjects(SH.targetClass, None))):
            if shapes.value(node, SH.path) is not None:
                raise Unsupported(f"a property shape with a target: {node.n3()}")
            shape = self._shape(node)
            for cls in shapes.objects(node, SH.targetClass):
                self.targets[from_rdflib(cls)].append(shape)
        self.shapes_of: dict[ox.NamedNode, list[Shape]] = {}
        reads = [query.reads for query in self.queries]
        self.reads = None if None in reads else frozenset().union(*reads)

    def conforms(self, triples) -> bool:
        """True if pyshacl finds ``triples`` conforming; False if it may not (then ask pyshacl)."""
        data = Data(triples, self.ontology, self.reads)
        focus = {s for s, p, _ in triples if p == RDF_TYPE}
        if focus & self.ontology.subjects or any(p == SUBCLASS for _, p, _ in triples):
            return False   # the data says something about the ontology's terms: leave it to pyshacl
        for node in focus:
            for cls in data.objects(node, RDF_TYPE):
                for shape in self._targeting(cls):
                    if not shape.conforms(node, data):
                        return False
        return True

    def _targeting(self, cls) -> list["Shape"]:
        """The shapes whose target class ``cls`` is, or is a subclass of (each shape once per node)."""
        found = self.shapes_of.get(cls)
        if found is None:
            supers = self.ontology.supers.get(cls, frozenset())
            found = self.shapes_of[cls] = [s for c, shapes in self.targets.items() if c == cls or c in supers
                                           for s in shapes]
        return found

    def _shape(self, node, path=None, nested: bool = False) -> Shape:
        g = self.graph
        unknown = {p for p in g.predicates(node) if str(p).startswith(str(SH)) and p not in KNOWN}
        if unknown:
            raise Unsupported(f"{node.n3()} uses {', '.join(sorted(p.n3() for p in unknown))}")
        if g.value(node, SH.deactivated) == Literal(True):
            return Shape(path, violations=False)
        severity = g.value(node, SH.severity)
        shape = Shape(path, violations=nested or severity in (None, SH.Violation))
        shape.counts = (_int(g.value(node, SH.minCount)), _int(g.value(node, SH.maxCount)))
        if path is None and (shape.counts != (None, None) or g.value(node, SH.lessThan) is not None):
            raise Unsupported(f"{node.n3()}: minCount, maxCount or lessThan on a node shape")
        shape.values = self._value_checks(node)
        shape.less_than = [from_rdflib(p) for p in g.objects(node, SH.lessThan)]
        shape.sparql = [select(g, c) for c in g.objects(node, SH.sparql) if g.value(c, SH.deactivated) != Literal(True)]
        self.queries += shape.sparql
        shape.properties = [self._shape(p, _path(g, p)) for p in g.objects(node, SH.property)]
        return shape

    def _value_checks(self, node) -> list:
        g, checks = self.graph, []
        for datatype in g.objects(node, SH.datatype):
            checks.append(lambda v, data, d=datatype: _datatype(v, d))
        for kind in g.objects(node, SH.nodeKind):
            checks.append(lambda v, data, k=NODE_KINDS[kind]: _kind(v) in k)
        for cls in g.objects(node, SH["class"]):
            checks.append(lambda v, data, c=from_rdflib(cls): isinstance(v, ox.NamedNode) and data.instance(v, c))
        for members in g.objects(node, SH["in"]):
            allowed = set(g.items(members))
            fast = {from_rdflib(t) for t in allowed if not (isinstance(t, Literal) and t.datatype == XSD.string)}
            checks.append(lambda v, data, a=allowed, f=fast: v in f or to_rdflib(v) in a)
        flags = str(g.value(node, SH.flags) or "")
        for pattern in g.objects(node, SH.pattern):
            rx = re.compile(str(pattern), _flags(flags))
            checks.append(lambda v, data, r=rx: not isinstance(v, ox.BlankNode) and bool(r.search(_string(v))))
        for low in g.objects(node, SH.minLength):
            checks.append(lambda v, data, n=int(low): not isinstance(v, ox.BlankNode) and len(_string(v)) >= n)
        for high in g.objects(node, SH.maxLength):
            checks.append(lambda v, data, n=int(high): not isinstance(v, ox.BlankNode) and len(_string(v)) <= n)
        for alternatives in g.objects(node, SH["or"]):
            shapes = [self._shape(member, nested=True) for member in g.items(alternatives)]
            checks.append(lambda v, data, s=shapes: any(shape.conforms(v, data) for shape in s))
        return checks



def _check_vocabulary(shapes: Graph) -> None:
    """Unsupported for any SHACL term not implemented (targets other than classes, rules, functions...),
    and for a node shape that is also a class (an implicit class target)."""
    for s, p, o in shapes:
        for term in (p, o) if p == RDF.type else (p,):
            if isinstance(term, URIRef) and str(term).startswith(str(SH)) and term not in VOCABULARY:
                raise Unsupported(f"{term.n3()} (on {s.n3()})")
    for node in shapes.subjects(RDF.type, SH.NodeShape):
        if (node, RDF.type, RDFS.Class) in shapes or (node, RDF.type, OWL.Class) in shapes:
            raise Unsupported(f"{node.n3()} is a class and a shape (implicit class target)")


def _path(g: Graph, shape) -> tuple[tuple[ox.NamedNode, bool], ...]:
    path = g.value(shape, SH.path)
    if isinstance(path, URIRef):
        return ((from_rdflib(path), False),)
    inverse = g.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return ((from_rdflib(inverse), True),)
    alternatives = g.value(path, SH.alternativePath)
    if alternatives is not None and all(isinstance(p, URIRef) for p in g.items(alternatives)):
        return tuple((from_rdflib(p), False) for p in g.items(alternatives))
    raise Unsupported(f"the path of {shape.n3()}")


def _reachable(start, edges: dict) -> frozenset:
    seen, todo = set(), [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return frozenset(seen)


def _int(value) -> int | None:
    return None if value is None else int(value)


def _flags(flags: str) -> int:
    table = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
    if set(flags) - set(table):
        raise Unsupported(f"sh:flags {flags!r}")
    result = 0
    for flag in flags:
        result |= table[flag]
    return result


def _kind(term) -> str:
    return "iri" if isinstance(term, ox.NamedNode) else "literal" if isinstance(term, ox.Literal) else "blank"


def _string(term) -> str:
    """The string pyshacl matches patterns and lengths against: the lexical form or the IRI."""
    return term.value


def _datatype(term, datatype) -> bool:
    """pyshacl's sh:datatype (DatatypeConstraintComponent.evaluate), on the rdflib twin of the value."""
    if not isinstance(term, ox.Literal):
        return False
    if datatype == XSD.string and term.datatype == XSD_STRING and not term.language:
        return True   # a plain literal: its rdflib twin has no datatype and a str value
    literal = to_rdflib(term)
    if literal.datatype == datatype:
        return getattr(literal, "ill_typed", None) is not True and _actual(literal, datatype)
    if datatype == RDFS.Literal or (datatype == RDFS.Datatype and literal.datatype):
        return True
    if literal.datatype is None and literal.language is None and datatype == XSD.string:
        return _actual(literal, datatype)
    return datatype == RDF.langString and bool(literal.language) and _actual(literal, datatype)


def _actual(literal: Literal, datatype) -> bool:
    expected = _PYTHON_TYPES.get(datatype)
    return expected is None or isinstance(literal.value, expected)


def _less_than(values, others) -> bool:
    """pyshacl's sh:lessThan: every value below every other value; strings with strings only."""
    for v in values:
        for w in others:
            a, b = _comparable(v), _comparable(w)
            if a is None or b is None or isinstance(a, str) != isinstance(b, str):
                return False
            try:
                if not a < b:
                    return False
            except TypeError:
                return False
    return True


def _comparable(term):
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        literal = to_rdflib(term)
        return literal.value if isinstance(literal.value, str) else literal
    return None
