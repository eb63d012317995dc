"""The build's reasoning equals owlrl's full closure minus trivial triples.

`kg.reason.Reasoner` compiles the ontology's OWL 2 RL axioms once and applies them article by
article, then merges what spans articles (`kg.owl2rl`). `kg.reason.infer` runs owlrl over the union
of everything, the definition. Both must give the same triples, on the samples and on generated
corpora of 100 and 1,000 articles (where agreements, meetings, states and people are shared by
many articles), and the same inconsistencies, including those only the union shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from bench.generate import generate
from kg.errors import ReasoningError
from kg.extract import extract
from kg.iris import Minter
from kg.mapping import map_triples
from kg.owl2rl import Rules, Unsupported
from kg.reason import Reasoner, infer, infer_articles
from kg.settings import Settings
from kg.sources import read_sources
from kg.terms import from_graph, graph_of
from kg.validate import Schema
from kg.vocab import IRN

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
MINTER = Minter(Settings().base_iri)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Schema.load(Settings()).ontology


def mapped(*sources) -> list[list[tuple[str, str, str]]]:
    """Each article's asserted triples as N-Triples strings, as the build's workers make them."""
    articles = [a for a in read_sources([s for s in sources if Path(s).exists()]) if not isinstance(a, Exception)]
    return [[tuple(str(t) for t in triple) for triple in map_triples(extract(a), MINTER)[1]] for a in articles]


def reference(articles, ontology) -> set:
    """owlrl over the union of every article: the definition."""
    union = graph_of(set().union(*map(set, articles)))
    return {tuple(str(t) for t in triple) for triple in from_graph(infer(union, ontology, MINTER))}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    def corpus(count: int) -> list:
        out = tmp_path_factory.mktemp(f"generated{count}")
        generate(count, out, seed=count)
        return mapped(out / "articles")
    return corpus


def test_equal_on_the_samples(ontology):
    articles = mapped(ROOT / "samples" / "articles", SEEDS)
    assert len(articles) > 10
    assert infer_articles(articles, ontology, MINTER) == reference(articles, ontology)


@pytest.mark.parametrize("count", [100, 1000])
def test_equal_on_generated_corpora(count, generated, ontology):
    """Agreements and meetings here are reported by several articles each: one node, many claims."""
    articles = generated(count)
    fast = infer_articles(articles, ontology, MINTER)
    assert fast == reference(articles, ontology)
    assert any(p == f"<{IRN.hasAgreementWith}>" for _, p, _ in fast)


def triple(s: str, p: URIRef, o: str | URIRef) -> tuple[str, str, str]:
    """N-Triples strings; ``s`` and a plain-string ``o`` are paths under the base, or N-Triples literals."""
    def term(t):
        return f"<{t}>" if isinstance(t, URIRef) else t if t.startswith('"') else f"<{MINTER.base}id/{t}>"
    return term(s), f"<{p}>", term(o)


def both_raise(articles, ontology) -> tuple[list[str], list[str]]:
    with pytest.raises(ReasoningError) as fast:
        infer_articles(articles, ontology, MINTER)
    with pytest.raises(ReasoningError) as slow:
        reference(articles, ontology)
    return fast.value.inconsistencies, slow.value.inconsistencies


def test_a_chain_across_articles_is_found(ontology):
    """Two articles each name one party of the same agreement node: only the union has the pair."""
    first = [triple("agreement/x", IRN.hasStateParty, "state/VEN"), triple("state/VEN", RDF.type, IRN.State)]
    second = [triple("agreement/x", IRN.hasStateParty, "state/IRN"), triple("state/IRN", RDF.type, IRN.State)]
    fast = infer_articles([first, second], ontology, MINTER)
    assert fast == reference([first, second], ontology)
    assert triple("state/VEN", IRN.hasAgreementWith, "state/IRN") in fast


@pytest.mark.parametrize("articles", [
    [[triple("state/VEN", RDF.type, IRN.State), triple("state/VEN", RDF.type, IRN.Agreement)]],
    [[triple("state/VEN", RDF.type, IRN.State)], [triple("state/VEN", RDF.type, IRN.Organization)]],
    [[triple("org/x", RDF.type, IRN.Organization)], [triple("org/x", IRN.statedIn, "article/a")]],
    [[triple("meeting/m", IRN.date, '"2023-02-30"^^<http://www.w3.org/2001/XMLSchema#date>')]],
], ids=["disjoint-in-one-article", "disjoint-across-articles", "disjoint-by-domain-across-articles",
        "ill-typed-literal"])
def test_the_same_inconsistencies(articles, ontology):
    fast, slow = both_raise(articles, ontology)
    assert fast == slow and fast


def test_an_ontology_beyond_the_compiled_rules_is_refused(ontology):
    extended = Graph()
    extended += ontology
    extended.add((IRN.mentions, RDF.type, OWL.TransitiveProperty))
    with pytest.raises(Unsupported, match="TransitiveProperty"):
        Rules.compile(extended, MINTER)
    with pytest.raises(Unsupported):
        Reasoner(extended, MINTER)
