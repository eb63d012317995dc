"""The Python names of ontology terms stay in sync with ontology/irnews.ttl; every term is documented."""

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph

from kg.vocab import IRN

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "irnews.ttl"


def defined_terms(graph: Graph) -> set[str]:
    ns = str(IRN._NS)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {str(s)[len(ns):] for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(ns)}


def test_vocab_lists_exactly_the_ontology_terms():
    graph = Graph().parse(ONTOLOGY)
    assert defined_terms(graph) == set(IRN.__annotations__)


def test_every_term_is_labelled_and_commented():
    graph = Graph().parse(ONTOLOGY)
    for name in defined_terms(graph):
        term = IRN[name]
        assert graph.value(term, RDFS.label), f"{name} has no rdfs:label"
        assert graph.value(term, RDFS.comment), f"{name} has no rdfs:comment"


def test_ontology_avoids_the_measured_owlrl_pitfalls():
    graph = Graph().parse(ONTOLOGY)
    assert not list(graph.subject_objects(OWL.hasKey))
    assert not list(graph.subjects(RDF.type, OWL.FunctionalProperty))
    assert not list(graph.subject_objects(OWL.sameAs))
    assert not list(graph.subjects(RDF.type, OWL.IrreflexiveProperty))
