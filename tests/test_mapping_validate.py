"""Mapping records to RDF, and SHACL validation of what was mapped."""

from pathlib import Path

import pytest
from rdflib import Literal, URIRef, XSD

from extract_helpers import run
from kg.iris import Minter
from kg.mapping import map_article
from kg.validate import Schema
from kg.settings import Settings
from kg.validate import validate
from kg.vocab import IRN

MINTER = Minter("http://irnews.example.org/")


@pytest.fixture(scope="module")
def schema():
    return Schema.load(Settings())


def mapped(body: str, **kw):
    return map_article(run(body, **kw), MINTER)[1]


BODY = ("Peru and Ecuador signed a fisheries agreement in March 2024, EFE reported. "
        "Peru’s Foreign Minister Ana Gómez and Ecuadorian Ambassador to Peru Luis Vera met in Lima on April 2.")


def test_mapped_article_conforms(schema):
    violations, _ = validate(mapped(BODY), schema.shapes, schema.ontology)
    assert violations == []


def test_quotes_are_exact_text_at_their_offsets():
    graph = mapped(BODY)
    text = str(next(graph.objects(None, IRN.text)))
    quotes = list(graph.subjects(None, IRN.Quote))
    assert quotes
    for quote in quotes:
        start, end = int(graph.value(quote, IRN.start)), int(graph.value(quote, IRN.end))
        assert text[start:end] == str(graph.value(quote, IRN.exact))


def test_same_agreement_in_two_articles_is_one_node_with_two_claims():
    first = mapped("Peru and Ecuador signed a fisheries agreement in March 2024.", title="One")
    second = mapped("Ecuador and Peru signed a fisheries agreement in March 2024, Reuters reported.", title="Two")
    agreements = set(first.subjects(None, IRN.Agreement)) | set(second.subjects(None, IRN.Agreement))
    assert len(agreements) == 1
    claims = set((first + second).subjects(IRN.about, agreements.pop()))
    assert len(claims) == 2


def test_dates_carry_the_datatype_of_their_precision():
    graph = mapped("Peru and Ecuador signed a fisheries agreement in March 2024.")
    assert set(graph.objects(None, IRN.date)) == {Literal("2024-03", datatype=XSD.gYearMonth)}


def test_states_link_to_wikidata_iris():
    graph = mapped(BODY)
    assert URIRef("http://www.wikidata.org/entity/Q419") in set(graph.objects(None, IRN.wikidata))  # Peru


def test_violations_name_node_shape_and_reason(schema):
    graph = mapped(BODY)
    quote = next(graph.subjects(None, IRN.Quote))
    graph.set((quote, IRN.start, Literal(1, datatype=XSD.nonNegativeInteger)))
    agreement = next(graph.subjects(None, IRN.Agreement))
    graph.remove((agreement, IRN.hasStateParty, None))
    peru = MINTER.resource("state", "PER")
    graph.set((peru, IRN.wikidata, URIRef("http://www.wikidata.org/wiki/Q419")))
    violations, _ = validate(graph, schema.shapes, schema.ontology)
    text = "\n".join(str(v) for v in violations)
    assert "verbatim" in text and "Claim" in text
    assert str(agreement) in text and "has a party" in text
    assert str(peru) in text and "Wikidata" in text


def test_a_source_read_from_a_bare_ministry_carries_its_other_names():
    """"The foreign ministry said" in an article about Chad: the Chadian Foreign Ministry, also named the way gold
    files and users write it ("Chad's Foreign Ministry")."""
    from rdflib.namespace import SKOS
    graph = mapped("Chad said on Thursday that it was ending its defence pact with France. In a statement read on "
                   "national television, the foreign ministry said the decision was final.", published="2024-11-29")
    sources = set(graph.objects(None, IRN.attributedTo))
    labels = {str(o) for s in sources for o in graph.objects(s, SKOS.altLabel)}
    assert "Chad’s Foreign Ministry" in labels
