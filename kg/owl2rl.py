"""The ontology's OWL 2 RL axioms compiled once into data-level rules, applied article by article.

`Rules.compile` closes the ontology alone with owlrl (the scm-* rules of table 9 of the OWL 2 RL
profile, https://www.w3.org/TR/owl2-profiles/#OWL_2_RL) and reads from that closure what each data
triple entails. `Rules.close` then applies the data rules to one article's triples:

- cax-sco, cax-eqc: the superclasses of every type;
- prp-spo1, prp-eqp, prp-inv1/2, prp-symp: what one property triple entails, precomputed per
  property (`Rules.expansions`), with prp-dom and prp-rng on each entailed triple;
- prp-spo2: property chains, joined within the article until nothing new comes;
- cax-dw, cax-adc, cls-nothing2, dt-not-type: the inconsistencies, worded as owlrl words them.

Every rule but prp-spo2 and the disjointness checks reads one triple, so the closure of a union
of articles is the union of their closures plus what chains and disjointness find *across*
articles; `Merge` adds exactly that, from the chain links and the types each article reports.
`tests/test_reason_equality.py` proves the result equal to owlrl's full closure.

An ontology using any other OWL construct (transitive or functional properties, keys,
restrictions, sameAs...) raises `Unsupported`: the build then reasons with owlrl over everything.
Terms are N-Triples strings (``"<http://…>"``, ``'"1"^^<…#integer>'``), as they travel between
processes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import owlrl
from owlrl.Namespaces import ERRNS
from owlrl.DatatypeHandling import AltXSDToPYTHON
from owlrl.XsdDatatypes import OWL_RL_Datatypes
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from . import memo as memo_file
from .iris import Minter
from .terms import unescape

TYPE = f"<{RDF.type}>"
NOTHING = f"<{OWL.Nothing}>"

#: Schema terms the compiled rules implement (or that entail nothing about data).
SUPPORTED_PREDICATES = frozenset({
    RDF.type, RDF.first, RDF.rest, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range,
    RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.equivalentClass, OWL.equivalentProperty,
    OWL.inverseOf, OWL.propertyChainAxiom, OWL.disjointWith, OWL.members, OWL.versionInfo, OWL.versionIRI,
    OWL.priorVersion, OWL.backwardCompatibleWith, OWL.incompatibleWith, OWL.deprecated})
SUPPORTED_TYPES = frozenset({
    OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property,
    OWL.SymmetricProperty, OWL.Ontology, OWL.AllDisjointClasses, RDFS.Datatype, OWL.Thing, OWL.Nothing,
    RDF.List})
SCHEMA_NAMESPACES = (str(RDF), str(RDFS), str(OWL))


class Unsupported(Exception):
    """The ontology uses an axiom the compiled rules do not implement."""


def nt(iri) -> str:
    return f"<{iri}>"


@dataclass(frozen=True)
class Rules:
    supers: dict[str, frozenset[str]]                 # class -> its superclasses (rdfs:subClassOf+)
    expansions: dict[str, tuple[tuple[str, bool], ...]]  # property -> (property, flipped) one triple entails
    domains: dict[str, frozenset[str]]                # property -> classes of its subjects (closed)
    ranges: dict[str, frozenset[str]]                 # property -> classes of its objects (closed)
    chains: tuple[tuple[str, tuple[str, ...]], ...]  # (property, its chain of properties)
    disjoint: tuple[tuple[str, str], ...]            # (class, class) as owlrl words the error
    links: frozenset[str]                             # the properties chains are made of
    watched: frozenset[str]                           # the classes disjointness is about, and owl:Nothing
    errors: tuple[str, ...]                           # owlrl's errors on the ontology alone
    templates: dict = field(default_factory=dict)     # property -> what one triple entails (_templates)

    def __post_init__(self):
        self.templates.update(_templates(self.expansions, self.domains, self.ranges))

    @classmethod
    def compile(cls, ontology: Graph, minter: Minter | None = None) -> "Rules":
        """Raise Unsupported if ``ontology`` holds an axiom not implemented here, or a term of the
        data (an IRI ``minter`` mints): the rules hold for the ABox triples of the data only."""
        _check_supported(ontology, minter)
        closed = Graph()
        closed += ontology
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(closed)
        supers, props, domains, ranges, inverse = (defaultdict(set) for _ in range(5))
        for table, predicate in ((supers, RDFS.subClassOf), (props, RDFS.subPropertyOf), (domains, RDFS.domain),
                                 (ranges, RDFS.range), (inverse, OWL.inverseOf)):
            for s, o in closed.subject_objects(predicate):
                if isinstance(s, URIRef) and isinstance(o, URIRef):
                    table[nt(s)].add(nt(o))
                    if predicate == OWL.inverseOf:
                        inverse[nt(o)].add(nt(s))
        symmetric = {nt(p) for p in closed.subjects(RDF.type, OWL.SymmetricProperty) if isinstance(p, URIRef)}
        chains = tuple(sorted((nt(p), tuple(nt(q) for q in closed.items(chain)))
                              for p, chain in closed.subject_objects(OWL.propertyChainAxiom)))
        used = set(props) | set(inverse) | symmetric | set(domains) | set(ranges)
        used |= {q for _, chain in chains for q in chain} | {p for p, _ in chains}
        close = lambda classes: frozenset(c for k in classes for c in supers.get(k, set()) | {k})  # noqa: E731
        disjoint = _disjoint(closed)
        return cls(supers={c: close({c}) - {c} for c in supers},
                   expansions={p: _expansion(p, props, inverse, symmetric) for p in used},
                   domains={p: close(c) for p, c in domains.items()}, ranges={p: close(c) for p, c in ranges.items()},
                   chains=chains, disjoint=disjoint, links=frozenset(q for _, chain in chains for q in chain),
                   watched=frozenset(c for pair in disjoint for c in pair) | {NOTHING},
                   errors=tuple(sorted(str(m) for m in closed.objects(None, ERRNS.error))))

    @classmethod
    def remembered(cls, ontology: Graph, minter: Minter | None, memo: Path | None) -> "Rules":
        """`compile`, read from the file ``memo`` when an earlier build wrote it there, else compiled and
        written there (owlrl closing the ontology takes 0.6-1.5 s, in every process of every build). The
        caller names the file by all the rules depend on (the code, the ontology's bytes, the base IRI);
        a file that cannot be read or written costs a compilation, nothing more."""
        rules = memo_file.read(memo, "the compiled rules") if memo is not None else None
        if isinstance(rules, cls):
            return rules
        rules = cls.compile(ontology, minter)
        if memo is not None:
            memo_file.keep(memo, rules, "the compiled rules")
        return rules

    def close(self, triples) -> "Closure":
        """The OWL 2 RL closure of one article's ``triples`` (N-Triples string tuples)."""
        closure = Closure(self, set(triples))
        closure.run()
        return closure


def _check_supported(ontology: Graph, minter: Minter | None) -> None:
    for s, p, o in ontology:
        if minter and any(isinstance(t, URIRef) and minter.is_minted(t) for t in (s, p, o)):
            raise Unsupported(f"a term of the data in the ontology: {s.n3()} {p.n3()} {o.n3()}")
        if str(p).startswith(SCHEMA_NAMESPACES) and p not in SUPPORTED_PREDICATES:
            raise Unsupported(f"{p.n3()} (on {s.n3()})")
        if p == RDF.type and str(o).startswith(SCHEMA_NAMESPACES) and o not in SUPPORTED_TYPES:
            raise Unsupported(f"{s.n3()} a {o.n3()}")
        if p == RDFS.subClassOf and o == OWL.Nothing:
            raise Unsupported(f"{s.n3()} rdfs:subClassOf owl:Nothing")


def _expansion(prop: str, supers: dict, inverse: dict, symmetric: set) -> tuple[tuple[str, bool], ...]:
    """Every (property, flipped) that one triple ``x prop y`` entails: ``x q y`` or, flipped, ``y q x``."""
    seen, todo = {(prop, False)}, [(prop, False)]
    while todo:
        q, flipped = todo.pop()
        following = [(s, flipped) for s in supers.get(q, ())] + [(i, not flipped) for i in inverse.get(q, ())]
        if q in symmetric:
            following.append((q, not flipped))
        for state in following:
            if state not in seen:
                seen.add(state)
                todo.append(state)
    return tuple(sorted(seen))


def _disjoint(closed: Graph) -> tuple[tuple[str, str], ...]:
    """The pairs of cax-adc (each AllDisjointClasses list, in list order) and cax-dw."""
    pairs = []
    for group in closed.subjects(RDF.type, OWL.AllDisjointClasses):
        for members in closed.objects(group, OWL.members):
            classes = [nt(c) for c in closed.items(members)]
            pairs += [(a, b) for i, a in enumerate(classes) for b in classes[i + 1:]]
    pairs += [(nt(a), nt(b)) for a, b in closed.subject_objects(OWL.disjointWith)]
    return tuple(sorted(pairs))  # in one order whatever order rdflib gives the triples in


@dataclass
class Closure:
    """One article's closure: ``inferred`` (new triples), ``errors``, and for `Merge` its ``types``
    (of nodes typed with a class of a disjointness axiom) and chain ``links``."""

    rules: Rules
    asserted: set
    triples: set = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    def run(self) -> None:
        new = self.add_all(self.asserted)
        while new:
            new = self.add_all(chain_results(self.rules, self.triples, new))
        self.errors += type_errors(self.rules, self.types) + literal_errors(self.asserted)

    def add_all(self, triples) -> set:
        """Add ``triples`` and all they entail one triple at a time; return the chain links added."""
        known, added, templates, supers = self.triples, [], self.rules.templates, self.rules.supers
        for triple in triples:
            s, p, o = triple
            if triple not in known:
                known.add(triple)
                added.append(triple)
            if p == TYPE:
                found = [(s, TYPE, c) for c in supers.get(o, ())]
            else:
                forward, backward, of_s, of_o = templates.get(p) or _template(p)
                literal = o[0] == '"'
                found = [(s, q, o) for q in forward] + [(s, TYPE, c) for c in of_s]
                if not literal:
                    found += [(o, q, s) for q in backward] + [(o, TYPE, c) for c in of_o]
            for t in found:
                if t not in known:
                    known.add(t)
                    added.append(t)
        links = self.rules.links
        return {t for t in added if t[1] in links}

    @property
    def inferred(self) -> set:
        return self.triples - self.asserted

    @property
    def types(self) -> dict[str, frozenset[str]]:
        watched = self.rules.watched
        found = defaultdict(set)
        for s, p, o in self.triples:
            if p == TYPE and o in watched:
                found[s].add(o)
        return {s: frozenset(c) for s, c in found.items()}

    @property
    def links(self) -> set:
        links = self.rules.links
        return {t for t in self.triples if t[1] in links}


def _template(prop: str) -> tuple:
    """What a triple of a property the ontology says nothing about entails: itself."""
    return (prop,), (), (), ()


def _templates(expansions: dict, domains: dict, ranges: dict) -> dict:
    """Per property: the properties ``s q o`` and ``o q s`` one triple ``s p o`` entails (prp-spo1,
    prp-eqp, prp-inv, prp-symp), and the classes its subject and object get (prp-dom, prp-rng, closed
    under cax-sco). A literal object yields no ``o q s`` and no class: such triples are trivial."""
    found = {}
    for p, states in expansions.items():
        forward = tuple(q for q, flipped in states if not flipped)
        backward = tuple(q for q, flipped in states if flipped)
        of_s = frozenset().union(*(domains.get(q, ()) for q in forward), *(ranges.get(q, ()) for q in backward))
        of_o = frozenset().union(*(ranges.get(q, ()) for q in forward), *(domains.get(q, ()) for q in backward))
        found[p] = (forward, backward, of_s, of_o)
    return found


def chain_results(rules: Rules, triples: set, new: set) -> set:
    """prp-spo2: every chain instance with at least one link in ``new`` (all in ``triples``), not known yet."""
    if not new:
        return set()
    forward, backward = defaultdict(lambda: defaultdict(set)), defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        if p in rules.links:
            forward[p][s].add(o)
            backward[p][o].add(s)
    found = set()
    for prop, chain in rules.chains:
        for at, link in enumerate(chain):
            for s, _, o in (t for t in new if t[1] == link):
                starts, ends = {s}, {o}
                for q in reversed(chain[:at]):
                    starts = {x for y in starts for x in backward[q].get(y, ())}
                for q in chain[at + 1:]:
                    ends = {z for y in ends for z in forward[q].get(y, ())}
                found.update((a, prop, b) for a in starts if a[0] != '"' for b in ends)
    return found - triples


def type_errors(rules: Rules, types: dict[str, frozenset[str]]) -> list[str]:
    """cax-dw, cax-adc and cls-nothing2, in owlrl's words."""
    errors = []
    for node, classes in types.items():
        errors += [f"Disjoint classes {a[1:-1]} and {b[1:-1]} have a common individual {node[1:-1]}"
                   for a, b in rules.disjoint if a in classes and b in classes]
        if NOTHING in classes:
            errors.append(f"{node[1:-1]} is defined of type 'Nothing'")
    return errors


def literal_errors(triples) -> list[str]:
    """dt-not-type: a literal whose lexical form is not in its datatype's lexical space."""
    return [error for _, _, o in triples if o[0] == '"' and (error := _literal_error(o))]


_DATATYPES = {nt(d): d for d in OWL_RL_Datatypes}
_TYPED = re.compile(r'^"(.*)"\^\^(<[^>]*>)$', re.S)


@lru_cache(maxsize=65536)
def _literal_error(term: str) -> str | None:
    match = _TYPED.match(term)
    datatype = _DATATYPES.get(match.group(2)) if match else None
    if datatype is None:
        return None
    lexical = unescape(match.group(1))
    try:
        AltXSDToPYTHON.get(datatype, lambda v: v)(lexical)
    except ValueError:
        return f"Lexical value of the literal '{lexical}' does not match its datatype ({datatype})"
    return None


class Merge:
    """The closure of many articles from their `Closure` results, in linear time: adds the chain
    instances and disjoint types that span articles (nodes shared by several articles)."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.inferred: set = set()
        self.errors: set[str] = set()
        self.types: dict[str, frozenset[str]] = {}
        self.clashing: set[str] = set()
        self.links: set = set()

    def add(self, inferred, links, types: dict[str, frozenset[str]], errors) -> None:
        self.inferred.update(inferred)
        self.links.update(links)
        self.errors.update(errors)
        for node, classes in types.items():
            known = self.types.get(node)
            if known is None:
                self.types[node] = classes
            elif not classes <= known:
                self.types[node] = known | classes
                self.clashing.add(node)

    def finish(self, asserted, keep=None) -> tuple[set, set[str]]:
        """The inferred triples of the union (``asserted`` is the union's asserted set) and the errors;
        ``keep``, when given, says which of the triples found here, spanning articles, to keep (the
        articles' own inferred triples are added as given)."""
        spanning = Closure(self.rules, set(), set(self.links))
        new = spanning.add_all(chain_results(self.rules, spanning.triples, spanning.triples))
        while new:
            new = spanning.add_all(chain_results(self.rules, spanning.triples, new))
        extra = spanning.triples - self.links
        self.inferred |= extra if keep is None else set(filter(keep, extra))
        types = {node: self.types[node] for node in self.clashing}
        for node, classes in spanning.types.items():
            types[node] = classes | self.types.get(node, frozenset())
        self.errors.update(type_errors(self.rules, types))
        self.errors.update(self.rules.errors)
        return {t for t in self.inferred if t not in asserted}, self.errors
