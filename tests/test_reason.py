"""The reason stage: what OWL RL adds, what is never published, what stops a build."""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import ReasoningError, ValidationError
from kg.iris import Minter
from kg.reason import check_schema_free, infer, is_trivial
from kg.vocab import IRN, SCHEMA, WIKIDATA

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "irnews.ttl"
PROV = "http://www.w3.org/ns/prov#"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def minter() -> Minter:
    return Minter("http://irnews.example.org/")


def agreement_graph(minter: Minter) -> Graph:
    """Venezuela and Iran sign one agreement and meet once, as the mapping would state it."""
    ven, irn = minter.resource("state", "VEN"), minter.resource("state", "IRN")
    agreement, meeting = minter.resource("agreement", "ven-irn"), minter.resource("meeting", "m1")
    graph = Graph()
    for state, qid in ((ven, "Q717"), (irn, "Q794")):
        graph.add((state, RDF.type, IRN.State))
        graph.add((state, IRN.wikidata, WIKIDATA[qid]))
    graph.add((agreement, RDF.type, IRN.Agreement))
    graph.add((agreement, IRN.hasStateParty, ven))
    graph.add((agreement, IRN.hasStateParty, irn))
    graph.add((agreement, IRN.status, Literal("signed")))
    graph.add((meeting, RDF.type, IRN.Meeting))
    graph.add((meeting, IRN.stateParticipant, ven))
    graph.add((meeting, IRN.stateParticipant, irn))
    return graph


@pytest.fixture(scope="module")
def asserted(minter) -> Graph:
    return agreement_graph(minter)


@pytest.fixture(scope="module")
def inferred(asserted, ontology, minter) -> Graph:
    return infer(asserted, ontology, minter)


def test_has_agreement_with_is_inferred_both_ways(inferred, minter):
    ven, irn = minter.resource("state", "VEN"), minter.resource("state", "IRN")
    assert (ven, IRN.hasAgreementWith, irn) in inferred
    assert (irn, IRN.hasAgreementWith, ven) in inferred
    assert (ven, IRN.metWith, irn) in inferred
    assert (irn, IRN.metWith, ven) in inferred


def test_inverse_properties_are_inferred(inferred, minter):
    ven, agreement = minter.resource("state", "VEN"), minter.resource("agreement", "ven-irn")
    assert (ven, IRN.statePartyTo, agreement) in inferred
    assert (ven, IRN.partyTo, agreement) in inferred
    assert (agreement, IRN.hasParty, ven) in inferred
    assert (ven, IRN.stateParticipatedIn, minter.resource("meeting", "m1")) in inferred


def test_superclass_types_are_inferred(inferred, minter):
    ven = minter.resource("state", "VEN")
    for cls in (IRN.Agent, SCHEMA.Country, URIRef(PROV + "Agent")):
        assert (ven, RDF.type, cls) in inferred
    assert (minter.resource("meeting", "m1"), RDF.type, IRN.Event) in inferred
    assert (minter.resource("agreement", "ven-irn"), RDF.type, SCHEMA.CreativeWork) in inferred


def test_no_reflexive_pair_no_same_as_no_trivial_type(inferred):
    assert not [t for t in inferred if t[0] == t[2]]
    assert not list(inferred.triples((None, OWL.sameAs, None)))
    assert not list(inferred.triples((None, RDF.type, OWL.Thing)))
    assert not list(inferred.triples((None, RDF.type, RDFS.Resource)))


def test_inferred_and_asserted_are_disjoint(inferred, asserted, ontology):
    assert not set(inferred) & set(asserted)
    assert not set(inferred) & set(ontology)


def test_every_subject_is_minted(inferred, minter):
    assert all(isinstance(s, URIRef) and minter.is_minted(s) for s in inferred.subjects())


def test_nothing_but_trivial_triples_is_dropped(inferred, asserted, ontology, minter):
    """closure = asserted + ontology + inferred + trivial, with is_trivial the one definition."""
    closure = Graph()
    closure += asserted
    closure += ontology
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(closure)
    dropped = set(closure) - set(asserted) - set(ontology) - set(inferred)
    assert dropped and all(is_trivial(t, minter) for t in dropped)
    assert not any(is_trivial(t, minter) for t in inferred)


def test_inputs_are_not_changed(asserted, ontology, minter):
    before = (len(asserted), len(ontology))
    infer(asserted, ontology, minter)
    assert (len(asserted), len(ontology)) == before


@pytest.mark.parametrize("triple, trivial", [
    (("id/state/VEN", OWL.sameAs, "id/state/VEN"), True),
    (("id/state/VEN", IRN.hasAgreementWith, "id/state/VEN"), True),
    (("id/state/VEN", RDF.type, OWL.Thing), True),
    (("id/state/VEN", RDF.type, RDFS.Resource), True),
    ((IRN.State, RDFS.subClassOf, IRN.Agent), True),
    ((Literal("x"), OWL.sameAs, Literal("x")), True),
    ((BNode(), RDF.type, IRN.Agent), True),
    ((URIRef("http://www.wikidata.org/entity/Q717"), RDF.type, IRN.State), True),
    ((Literal("http://irnews.example.org/id/state/VEN"), RDF.type, IRN.State), True),
    (("id/state/VEN", IRN.hasAgreementWith, "id/state/IRN"), False),
    (("id/state/VEN", RDF.type, IRN.Agent), False),
])
def test_is_trivial(triple, trivial, minter):
    def term(value):  # a plain str is a path under the base; rdflib terms stay as they are
        return URIRef(minter.base + value) if type(value) is str else value
    assert is_trivial(tuple(term(v) for v in triple), minter) is trivial


@pytest.mark.parametrize("cls", [IRN.Agreement, IRN.Organization, IRN.Meeting])
def test_disjoint_types_raise_a_readable_reasoning_error(cls, asserted, ontology, minter):
    graph = Graph()
    graph += asserted
    ven = minter.resource("state", "VEN")
    graph.add((ven, RDF.type, cls))
    with pytest.raises(ReasoningError) as caught:
        infer(graph, ontology, minter)
    message = str(caught.value)
    assert "Disjoint classes" in message and str(ven) in message
    assert "irn:" in message and "correct the extraction or mapping" in message
    assert all(str(ven) in m for m in caught.value.inconsistencies)


def test_a_consistent_graph_raises_nothing(asserted, ontology, minter):
    infer(asserted, ontology, minter)


VEN = URIRef("http://irnews.example.org/id/state/VEN")
COL = URIRef("http://irnews.example.org/id/state/COL")


@pytest.mark.parametrize("triple", [
    (VEN, OWL.sameAs, COL),
    (VEN, OWL.sameAs, WIKIDATA.Q717),
    (IRN.State, RDFS.subClassOf, IRN.Agreement),
    (IRN.partyTo, RDFS.subPropertyOf, IRN.hasAgreementWith),
    (IRN.State, OWL.equivalentClass, IRN.Person),
    (IRN.metWith, OWL.inverseOf, IRN.hasParty),
    (IRN.metWith, RDFS.domain, IRN.Claim),
    (IRN.metWith, RDFS.range, IRN.Claim),
    (IRN.metWith, OWL.propertyChainAxiom, BNode()),
    (IRN.metWith, RDF.type, OWL.TransitiveProperty),
    (IRN.metWith, RDF.type, OWL.FunctionalProperty),
    (VEN, RDF.type, OWL.Class),
    (VEN, RDF.type, RDFS.Class),
    (VEN, RDF.type, OWL.Nothing),
    (BNode(), RDF.first, VEN),
    (BNode(), URIRef("http://www.daml.org/2002/03/agents/agent-ont#error"), Literal("x")),
])
def test_schema_terms_in_asserted_data_are_rejected(triple, asserted):
    graph = Graph()
    graph += asserted
    graph.add(triple)
    with pytest.raises(ValidationError) as caught:
        check_schema_free(graph)
    assert triple[1].n3() in str(caught.value)


def test_infer_refuses_injected_schema_before_reasoning(asserted, ontology, minter):
    """A 199-link owl:sameAs chain took owlrl about 50 s; it must be refused, not reasoned."""
    graph = Graph()
    graph += asserted
    chain = [minter.resource("state", f"S{i}") for i in range(200)]
    for a, b in zip(chain, chain[1:]):
        graph.add((a, OWL.sameAs, b))
    with pytest.raises(ValidationError, match="owl:sameAs"):
        infer(graph, ontology, minter)


def test_data_terms_are_allowed(asserted):
    graph = Graph()
    graph += asserted
    graph.add((VEN, RDFS.label, Literal("Venezuela", lang="en")))
    graph.add((VEN, RDFS.comment, Literal("A state.")))
    graph.add((VEN, RDF.type, OWL.NamedIndividual))
    check_schema_free(graph)
