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
"""

from __future__ import annotations

import owlrl
from owlrl.Namespaces import ERRNS
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, Namespace

from .errors import ReasoningError, ValidationError
from .iris import Minter
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

TRIVIAL_TYPES = frozenset({OWL.Thing, RDFS.Resource})

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
    """
    subject, predicate, obj = triple
    if not isinstance(subject, URIRef) or not minter.is_minted(subject):
        return True
    if subject == obj:
        return True
    return predicate == RDF.type and obj in TRIVIAL_TYPES


def check_schema_free(asserted: Graph) -> None:
    """Raise ValidationError if ``asserted`` uses ``owl:sameAs`` or any schema term.

    Article data may use ``rdf:type`` and a few annotation terms (`DATA_TERMS`); any other term
    of the RDF, RDFS or OWL namespaces in any position (``rdfs:subClassOf``, ``owl:inverseOf``,
    ``rdfs:domain``, ``x a owl:TransitiveProperty``, ``rdf:first``...) would add or change a rule.
    """
    offending = []
    for triple in asserted:
        if any(_is_schema_term(term) for term in triple):
            offending.append(triple)
            if len(offending) > MAX_LISTED:
                break
    if offending:
        listed = "; ".join(" ".join(term.n3() for term in t) for t in offending[:MAX_LISTED])
        more = " (and more)" if len(offending) > MAX_LISTED else ""
        raise ValidationError(
            "asserted data must not carry owl:sameAs or schema (TBox) terms; the ontology alone "
            f"defines classes and properties. Offending triples: {listed}{more}. Remove them from "
            "the mapping output (link Wikidata items with irn:wikidata, never owl:sameAs).")


def _is_schema_term(term) -> bool:
    # str.startswith, not URIRef.startswith: rdflib's override turns a tuple of prefixes into its repr
    return (isinstance(term, URIRef) and str.startswith(term, SCHEMA_NAMESPACES)
            and term not in DATA_TERMS)


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
    messages = _inconsistencies(closure)
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
