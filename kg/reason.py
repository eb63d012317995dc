"""Reason: the OWL 2 RL inferences worth publishing, or the inconsistency that stops a build.

The closure is computed by owlrl (OWL 2 RL/RDF rules, https://www.w3.org/TR/owl2-profiles/#OWL_2_RL)
on a copy of the asserted data plus the ontology. What is published is only what is new and
informative: the closure minus the asserted triples, minus the ontology, minus every triple
`is_trivial` rejects (see there). Behaviour of owlrl 7.6.2 this module relies on:

- it does not raise on an inconsistency; it adds nodes typed ``err:ErrorMessage``
  (rules cax-dw, cax-adc, cls-nothing2, ... of table 4-9 of the OWL 2 RL profile);
- the chains ``statePartyTo o hasStateParty`` and ``stateParticipatedIn o stateParticipant``
  also yield ``A hasAgreementWith A``: reflexive pairs are trivial, so never published;
- ``owl:sameAs`` chains grow quadratically, so the asserted data must carry no ``owl:sameAs``
  and no schema term at all (`check_schema_free`): articles never inject TBox.

`infer` runs owlrl over everything and is the reference; its cost grows faster than the data
(132 s for 10,000 articles). The build uses `Reasoner` instead: the ontology compiled once into
data rules (`kg.owl2rl`), applied to each article where it is mapped and merged in linear time;
`tests/test_reason_equality.py` proves both give the same triples and the same inconsistencies.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import owlrl
from owlrl.Namespaces import ERRNS
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, Namespace

from .errors import ReasoningError, ValidationError
from .iris import Minter
from .owl2rl import Merge, Rules
from .vocab import IRN

DAML_ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
"""Where owlrl puts its inconsistency nodes (``owlrl.Namespaces.ERRNS`` is the same IRI today)."""

ERROR_TYPES = frozenset({DAML_ERR.ErrorMessage, ERRNS.ErrorMessage})
ERROR_TEXTS = frozenset({DAML_ERR.error, ERRNS.error})

SCHEMA_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(DAML_ERR), str(ERRNS))
"""Namespaces whose terms describe classes and properties (TBox) or reasoner output."""

DATA_TERMS = frozenset({RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy,
                        OWL.Thing, OWL.NamedIndividual})
"""The only terms of `SCHEMA_NAMESPACES` that asserted data may use: none of them adds a rule."""

DATA_IRIS = frozenset(str(term) for term in DATA_TERMS)
DATA_NT = frozenset(f"<{iri}>" for iri in DATA_IRIS)
SCHEMA_NT = tuple(f"<{namespace}" for namespace in SCHEMA_NAMESPACES)

TRIVIAL_TYPES = frozenset({str(OWL.Thing), str(RDFS.Resource)})
TRIVIAL_TYPES_NT = frozenset(f"<{iri}>" for iri in TRIVIAL_TYPES)
TYPE_NT = f"<{RDF.type}>"

MAX_LISTED = 5


def infer(asserted: Graph, ontology: Graph, minter: Minter) -> Graph:
    """The new, non-trivial triples OWL 2 RL entails from ``asserted`` and ``ontology``.

    Neither input is changed. Raises ValidationError when ``asserted`` carries schema terms
    or ``owl:sameAs`` (see `check_schema_free`), ReasoningError when the closure is inconsistent.
    """
    check_schema_free(asserted)
    closure = _closure(asserted, ontology)
    _raise_on_errors(closure)
    inferred = Graph()
    for prefix, namespace in ontology.namespaces():
        inferred.bind(prefix, namespace)
    inferred.addN((s, p, o, inferred) for s, p, o in closure
                  if (s, p, o) not in asserted and (s, p, o) not in ontology
                  and not is_trivial((s, p, o), minter))
    return inferred


def is_trivial(triple: tuple, minter: Minter) -> bool:
    """True for a closure triple that tells a researcher nothing. The one definition of trivial:

    - a literal or blank node as subject, or an IRI the minter did not mint: TBox, axiomatic
      and datatype triples about ontology or external terms, and owlrl's error nodes;
    - ``x P x`` for any P: ``owl:sameAs`` reflexivity and the reflexive pairs of the property
      chains (``A hasAgreementWith A``, ``A metWith A``);
    - ``x rdf:type owl:Thing`` and ``x rdf:type rdfs:Resource``.

    Terms are rdflib terms, or N-Triples strings (plain ``str``: ``"<http://…>"``).
    """
    subject, predicate, obj = triple
    if type(subject) is str:   # N-Triples: the same tests on the written terms
        return (not subject.startswith(_minted(minter)) or subject == obj
                or (predicate == TYPE_NT and obj in TRIVIAL_TYPES_NT))
    iri = _iri(subject)
    if iri is None or not minter.is_minted(iri):
        return True
    if subject == obj:
        return True
    return _iri(predicate) == str(RDF.type) and _iri(obj) in TRIVIAL_TYPES


@lru_cache(maxsize=8)
def _minted(minter: Minter) -> tuple[str, ...]:
    """What minted IRIs start with, written in N-Triples (see Minter.is_minted)."""
    return tuple(f"<{prefix}" for prefix in (minter.base + "id/", minter.base + "graph/"))


def _iri(term) -> str | None:
    """The IRI of an rdflib URIRef or of an N-Triples IRI string; None for any other term."""
    if type(term) is str:
        return term[1:-1] if term.startswith("<") else None
    return str(term) if isinstance(term, URIRef) else None


def check_schema_free(asserted) -> None:
    """Raise ValidationError if ``asserted`` (a graph, or triples as `is_trivial` takes them) uses
    ``owl:sameAs`` or any schema term.

    Article data may use ``rdf:type`` and a few annotation terms (`DATA_TERMS`); any other term
    of the RDF, RDFS or OWL namespaces in any position (``rdfs:subClassOf``, ``owl:inverseOf``,
    ``rdfs:domain``, ``x a owl:TransitiveProperty``, ``rdf:first``...) would add or change a rule.
    """
    if isinstance(asserted, list) and asserted and type(asserted[0][0]) is str:   # N-Triples strings
        if not {term for triple in asserted for term in triple if term.startswith(SCHEMA_NT)} - DATA_NT:
            return
    offending = []
    for triple in asserted:
        if any(_is_schema_term(term) for term in triple):
            offending.append(triple)
            if len(offending) > MAX_LISTED:
                break
    if offending:
        listed = "; ".join(" ".join(term if type(term) is str else term.n3() for term in t)
                           for t in offending[:MAX_LISTED])
        more = " (and more)" if len(offending) > MAX_LISTED else ""
        raise ValidationError(
            "asserted data must not carry owl:sameAs or schema (TBox) terms; the ontology alone "
            f"defines classes and properties. Offending triples: {listed}{more}. Remove them from "
            "the mapping output (link Wikidata items with irn:wikidata, never owl:sameAs).")


def _is_schema_term(term) -> bool:
    if type(term) is str:
        return term.startswith(SCHEMA_NT) and term not in DATA_NT
    iri = _iri(term)
    return iri is not None and iri.startswith(SCHEMA_NAMESPACES) and iri not in DATA_IRIS


def _closure(asserted: Graph, ontology: Graph) -> Graph:
    """The OWL 2 RL closure of a copy of both graphs, without axiomatic or datatype triples."""
    graph = Graph()
    graph += asserted
    graph += ontology
    reasoner = owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                                      datatype_axioms=False)
    reasoner.expand(graph)
    return graph


def _raise_on_errors(closure: Graph) -> None:
    """Raise ReasoningError listing owlrl's inconsistency messages, if there are any."""
    _raise(_inconsistencies(closure))


def _raise(messages: list[str]) -> None:
    if not messages:
        return
    readable = "; ".join(message.replace(str(IRN), "irn:") for message in messages)
    error = ReasoningError(
        f"OWL RL found {len(messages)} inconsistenc{'y' if len(messages) == 1 else 'ies'}: "
        f"{readable}. Each resource named above was given types or values that the ontology "
        "declares incompatible; correct the extraction or mapping of the articles that mention it.")
    error.inconsistencies = messages
    raise error


def _inconsistencies(closure: Graph) -> list[str]:
    """The texts of owlrl's error nodes; a node without a text still counts."""
    nodes = {node for error_type in ERROR_TYPES for node in closure.subjects(RDF.type, error_type)}
    messages = set()
    for node in nodes:
        texts = [str(text) for predicate in ERROR_TEXTS for text in closure.objects(node, predicate)]
        messages.update(texts or [f"error node {node.n3()} carries no message"])
    return sorted(messages)


@dataclass(frozen=True)
class ArticleInference:
    """What one article contributes to the inferred graph, as `Reasoner.merge` takes it:
    N-Triples string tuples, small enough to travel between processes."""

    inferred: list            # new, non-trivial triples of the article's closure
    links: list               # the triples chains are made of (asserted and inferred)
    types: dict               # node -> its classes that disjointness axioms are about
    errors: list[str]         # inconsistencies within the article
    trivial_links: bool = False  # a link is trivial (never stored): `kg.upkeep` cannot keep up with this article


class Reasoner:
    """OWL 2 RL reasoning article by article: the same triples and inconsistencies as `infer` over
    the union of the articles, at a cost linear in the articles.

    Raises `kg.owl2rl.Unsupported` when the ontology uses an axiom the compiled rules lack; the
    caller then reasons with `infer`."""

    def __init__(self, ontology: Graph, minter: Minter, memo: Path | None = None):
        self.rules = Rules.remembered(ontology, minter, memo)  # so no ontology triple has a minted subject:
        self.minter = minter                           # every one of them is trivial (see is_trivial)

    def article(self, triples) -> ArticleInference:
        """The closure of one article's asserted ``triples`` (N-Triples string tuples)."""
        check_schema_free(triples)
        closure = self.rules.close(triples)
        inferred = [t for t in closure.inferred if not is_trivial(t, self.minter)]
        links = list(closure.links)
        trivial = any(is_trivial(t, self.minter) for t in links)
        return ArticleInference(inferred, links, closure.types, closure.errors, trivial)

    def merge(self, inferences, asserted) -> set:
        """The inferred triples of the union of the articles: ``inferences`` their `ArticleInference`s,
        ``asserted`` every asserted triple (a set). Raises ReasoningError on an inconsistency."""
        merging = self.merging()
        for found in inferences:
            merging.add(found)
        return merging.finish(asserted)

    def merging(self) -> "Merging":
        """`merge`, one article at a time: ``add`` each `ArticleInference` as it comes, then ``finish``."""
        return Merging(self)


class Merging:
    def __init__(self, reasoner: Reasoner):
        self.minter, self.merge = reasoner.minter, Merge(reasoner.rules)

    def add(self, found: ArticleInference) -> None:
        self.merge.add(found.inferred, found.links, found.types, found.errors)

    def finish(self, asserted) -> set:
        """The inferred triples (``asserted``: every asserted triple, a set); ReasoningError on an inconsistency."""
        minter = self.minter  # each article's own inferred triples are already without the trivial ones
        inferred, errors = self.merge.finish(asserted, keep=lambda t: not is_trivial(t, minter))
        _raise(sorted(errors))
        return inferred


def infer_articles(articles, ontology: Graph, minter: Minter) -> set:
    """`Reasoner` over ``articles`` (lists of N-Triples string tuples) in one process."""
    reasoner = Reasoner(ontology, minter)
    asserted = set().union(*map(set, articles))
    return reasoner.merge((reasoner.article(triples) for triples in articles), asserted)
