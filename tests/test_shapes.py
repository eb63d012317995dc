"""The shapes compiled into checks (`kg.shapes`) and pyshacl agree on valid and invalid graphs.

The build publishes an article without asking pyshacl only when the compiled checks find it
conforming, so they must never pass what pyshacl fails. Each mutation below breaks (or keeps)
one constraint of ``shapes/``; the two must say the same of every one, and of every sample.
"""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS, XSD

from kg.extract import extract
from kg.iris import Minter
from kg.mapping import map_triples
from kg.settings import Settings
from kg.shapes import Shapes, Unsupported
from kg.sources import read_sources
from kg.terms import from_rdflib, to_graph
from kg.validate import PYSHACL_OPTIONS, Schema, Validator, validate
from kg.vocab import IRN

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
MINTER = Minter(Settings().base_iri)
N = from_rdflib  # an rdflib term as a pyoxigraph term
TYPE = N(RDF.type)


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema.load(Settings())


@pytest.fixture(scope="module")
def checks(schema) -> Shapes:
    return Shapes(schema.shapes, schema.ontology)


def pyshacl_conforms(triples, schema) -> bool:
    return validate(to_graph(triples), schema.shapes, schema.ontology)[0] == []


@pytest.fixture(scope="module")
def samples() -> dict[str, list]:
    return {a.source: map_triples(extract(a), MINTER)[1] for a in read_sources([SAMPLES])}


def test_every_sample_is_judged_alike(samples, checks, schema):
    assert samples
    for source, triples in samples.items():
        assert checks.conforms(triples) == pyshacl_conforms(triples, schema), source


# ---------------------------------------------------------------- mutations, one constraint each

def of_type(triples, cls) -> ox.NamedNode:
    return next(s for s, p, o in triples if p == TYPE and o == N(cls))


def value(triples, node, prop):
    return next(o for s, p, o in triples if s == node and p == N(prop))


def without(triples, node, prop) -> list:
    return [t for t in triples if not (t[0] == node and t[1] == N(prop))]


def replaced(triples, node, prop, new) -> list:
    return without(triples, node, prop) + [(node, N(prop), new)]


def added(triples, node, prop, new) -> list:
    return triples + [(node, N(prop), new)]


UNTYPED = ox.NamedNode(MINTER.base + "id/org/nobody-says-what-this-is")
SIGNED = ox.Literal("signed")


def _agreement(t):
    return next(s for s, p, o in t if p == N(IRN.status) and o == SIGNED)


def _one_party(t) -> list:
    """An agreement with status agreed, with its first state party only."""
    agreement = next(s for s, p, o in t if p == N(IRN.status) and o == ox.Literal("agreed"))
    kept = value(t, agreement, IRN.hasStateParty)
    return [x for x in t if not (x[0] == agreement and x[1] in (N(IRN.hasStateParty), N(IRN.hasParty))
                                 and x[2] != kept)]


def _asserted_claim_about_dated(t):
    """A claim with modality asserted about a node that has a date."""
    dated = {s for s, p, _ in t if p == N(IRN.date)}
    return next(s for s, p, o in t if p == N(IRN.about) and o in dated
                and (s, N(IRN.modality), ox.Literal("asserted")) in set(t))


MUTATIONS = {
    "article without title": lambda t: without(t, of_type(t, IRN.NewsArticle), IRN.title),
    "article with two titles": lambda t: added(t, of_type(t, IRN.NewsArticle), IRN.title, ox.Literal("Another")),
    "publication date as a string": lambda t: replaced(t, of_type(t, IRN.NewsArticle), IRN.datePublished,
                                                      ox.Literal("2023-04-07")),
    "publication date ill-typed": lambda t: replaced(t, of_type(t, IRN.NewsArticle), IRN.datePublished,
                                                    ox.Literal("2023-02-30", datatype=N(XSD.date))),
    "publisher of no class": lambda t: replaced(t, of_type(t, IRN.NewsArticle), IRN.publishedBy, UNTYPED),
    "source file with a path": lambda t: replaced(t, of_type(t, IRN.NewsArticle), IRN.sourceFile,
                                                 ox.Literal("some/dir/file.txt")),
    "article without text": lambda t: without(t, of_type(t, IRN.NewsArticle), IRN.text),
    "url as a literal": lambda t: replaced(t, of_type(t, IRN.NewsArticle), IRN.url, ox.Literal("https://x.org/a")),
    "wikidata page, not entity": lambda t: replaced(t, of_type(t, IRN.State), IRN.wikidata,
                                                   ox.NamedNode("http://www.wikidata.org/wiki/Q717")),
    "two wikidata items": lambda t: added(t, of_type(t, IRN.State), IRN.wikidata,
                                         ox.NamedNode("http://www.wikidata.org/entity/Q1")),
    "iso2 in lower case": lambda t: replaced(t, of_type(t, IRN.State), IRN.iso2, ox.Literal("ve")),
    "two iso3 codes": lambda t: added(t, of_type(t, IRN.State), IRN.iso3, ox.Literal("ZZZ")),
    "state without label": lambda t: without(t, of_type(t, IRN.State), RDFS.label),
    "empty label": lambda t: replaced(t, of_type(t, IRN.State), RDFS.label, ox.Literal("")),
    "label in a language": lambda t: replaced(t, of_type(t, IRN.State), RDFS.label, ox.Literal("X", language="en")),
    "country that is no state": lambda t: added(t, of_type(t, IRN.Organization) if any(
        o == N(IRN.Organization) for _, _, o in t) else of_type(t, IRN.NewsOrganization), IRN.country, UNTYPED),
    "affiliation of no class": lambda t: added(t, of_type(t, IRN.Person), IRN.affiliation, UNTYPED),
    "agreement without parties": lambda t: without(without(t, _agreement(t), IRN.hasStateParty),
                                                   _agreement(t), IRN.hasParty),
    "agreed agreement with one party": lambda t: _one_party(t),
    "state party that is no state": lambda t: added(t, _agreement(t), IRN.hasStateParty, of_type(t, IRN.Person)),
    "status outside the list": lambda t: replaced(t, _agreement(t), IRN.status, ox.Literal("maybe")),
    "status with a datatype": lambda t: replaced(t, _agreement(t), IRN.status,
                                                ox.Literal("signed", datatype=N(XSD.token))),
    "two topics": lambda t: added(t, _agreement(t), IRN.topic, ox.Literal("another")),
    "date as a string": lambda t: replaced(t, _agreement(t), IRN.date, ox.Literal("2023-03")),
    "two dates": lambda t: added(t, _agreement(t), IRN.date, ox.Literal("1999", datatype=N(XSD.gYear))),
    "meeting with one participant": lambda t: [x for x in t if not (
        x[0] == of_type(t, IRN.Meeting) and x[1] in (N(IRN.stateParticipant), N(IRN.participant))
        and x[2] != value(t, of_type(t, IRN.Meeting), IRN.stateParticipant))],
    "place of no class": lambda t: replaced(t, of_type(t, IRN.Meeting), IRN.place, UNTYPED),
    "place in two states": lambda t: added(t, of_type(t, IRN.Place), IRN.inState, of_type(t, IRN.State)),
    "report year as a string": lambda t: replaced(t, of_type(t, IRN.Report), IRN.year, ox.Literal("2023")),
    "claim in two articles": lambda t: added(t, of_type(t, IRN.Claim), IRN.statedIn, UNTYPED),
    "claim without quote": lambda t: without(t, of_type(t, IRN.Claim), IRN.evidence),
    "claim attributed to no agent": lambda t: added(t, of_type(t, IRN.Claim), IRN.attributedTo, UNTYPED),
    "modality outside the list": lambda t: replaced(t, of_type(t, IRN.Claim), IRN.modality, ox.Literal("perhaps")),
    "claim without extractor": lambda t: without(t, of_type(t, IRN.Claim), IRN.extractor),
    "quote not at its offsets": lambda t: replaced(t, of_type(t, IRN.Quote), IRN.exact, ox.Literal("Not said.")),
    "asserted event after the article": lambda t: replaced(
        t, value(t, _asserted_claim_about_dated(t), IRN.about), IRN.date, ox.Literal("2099-01-01", datatype=N(XSD.date))),
    "quote start after its end": lambda t: replaced(t, of_type(t, IRN.Quote), IRN.start, ox.Literal(
        "999999", datatype=N(XSD.nonNegativeInteger))),
    "quote offset as a string": lambda t: replaced(t, of_type(t, IRN.Quote), IRN.end, ox.Literal("12")),
    "empty quote": lambda t: replaced(t, of_type(t, IRN.Quote), IRN.exact, ox.Literal("")),
    # mutations that keep the article valid
    "another role": lambda t: added(t, of_type(t, IRN.Person), IRN.role, ox.Literal("envoy")),
    "an extra label": lambda t: added(t, of_type(t, IRN.State), RDFS.label, ox.Literal("Another name")),
    "a second attribution": lambda t: added(t, of_type(t, IRN.Claim), IRN.attributedTo, of_type(t, IRN.State)),
    "a refusal with one party": lambda t: [x if x[2] != ox.Literal("agreed") else (x[0], x[1], ox.Literal("denied"))
                                           for x in _one_party(t)],
}


@pytest.fixture(scope="module")
def base(samples) -> list:
    """A sample that has every kind of node the mutations touch."""
    return samples["001_saudi-iran-beijing-ministers.txt"]


@pytest.fixture(scope="module")
def verdicts(base, checks, schema) -> dict[str, tuple[bool, bool]]:
    """(compiled checks, pyshacl) on each mutation, pyshacl asked once."""
    found = {}
    for name, mutate in MUTATIONS.items():
        triples = mutate(list(base))
        found[name] = (checks.conforms(triples), pyshacl_conforms(triples, schema))
    return found


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_mutation_is_judged_alike(name, verdicts):
    compiled, pyshacl = verdicts[name]
    assert compiled == pyshacl


def test_most_mutations_break_a_shape(verdicts):
    """The list exercises the shapes (they change: a few mutations may become valid)."""
    kept = {name for name, (_, conforms) in verdicts.items() if conforms}
    assert {"another role", "an extra label", "a second attribution"} <= kept
    assert len(kept) <= 8, sorted(kept)


def test_random_deletions_are_judged_alike(base, checks, schema):
    rng = random.Random(7)
    for _ in range(25):
        triples = rng.sample(list(base), len(base) - rng.randint(1, 4))
        assert checks.conforms(triples) == pyshacl_conforms(triples, schema)


def test_shapes_beyond_the_checks_leave_validation_to_pyshacl(schema, base):
    shapes = Graph()
    shapes += schema.shapes
    shapes.parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix irn: <http://irnews.example.org/ontology#> ."
                      "<urn:s> a sh:NodeShape ; sh:targetClass irn:State ; sh:closed true .", format="turtle")
    with pytest.raises(Unsupported, match="closed"):
        Shapes(shapes, schema.ontology)
    validator = Validator(Schema(schema.ontology, shapes))
    assert validator.checks is None
    assert validator.violations(base)   # sh:closed: every state has properties the shape does not list


def test_the_validator_reports_pyshacl_violations(schema, base):
    violations = Validator(schema).violations(MUTATIONS["quote not at its offsets"](list(base)))
    assert violations and "verbatim" in str(violations[0])
    assert Validator(schema).violations(base) == []


def test_a_rejected_article_carries_pyshacl_report_to_the_release(schema):
    """What validation.ttl publishes for an article that fails: its graph and pyshacl's report."""
    from kg.pipeline import Skipped, Stages
    from kg.sources import parse_article
    article = parse_article("A headline\n\nPeru and Chile signed a fisheries deal in Lima.\n", "undated.txt")
    skipped = Stages(schema, MINTER)(article)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not published, 1 SHACL violation")
    assert skipped.graph.startswith(MINTER.base + "graph/article/")
    report = Graph().parse(data=skipped.report, format="nt")
    assert len(report) > 5 and "datePublished" in skipped.report and '"false"' in skipped.report


def test_sparql_constraints_parsed_once_give_pyshacls_own_reports(schema, base):
    """`kg.validate.validate` keeps rdflib's translated SPARQL constraints while pyshacl runs: every report is the one
    pyshacl gives without that (the same graph, blank nodes aside), failing or not, asked twice; rdflib's processor is
    its own again afterwards."""
    from pyshacl import validate as shacl_validate
    from rdflib.compare import isomorphic
    from rdflib.plugins.sparql.processor import SPARQLProcessor

    plain = SPARQLProcessor.query
    names = ["quote not at its offsets", "empty quote", "quote start after its end", "asserted event after the article",
             "another role", "a refusal with one party"]
    for name in names:
        graph = to_graph(MUTATIONS[name](list(base)))
        conforms, report, _ = shacl_validate(graph, shacl_graph=schema.shapes, ont_graph=schema.ontology,
                                             **PYSHACL_OPTIONS)
        for _ in range(2):   # the second time from the translated queries kept
            violations, ours = validate(graph, schema.shapes, schema.ontology)
            assert (violations == []) == conforms, name
            assert isomorphic(ours, report), name
    assert SPARQLProcessor.query is plain
