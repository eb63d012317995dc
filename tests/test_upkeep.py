"""kg.upkeep keeps a release's inferred graph up over random changes: what `upkeep.changes` says the
inferred graph loses and gains, reading the release's store, is exactly what the closures of the articles
before and after (`kg.reason.Reasoner.merge`, from scratch) differ by.

The articles are generated (`bench.generate`): agreements reported by several articles give chains across
article graphs (``hasAgreementWith`` of two states through an agreement node), which is what a change must
keep, drop or bring."""

import random
import shutil

import pytest

from bench.generate import generate
from kg import release, upkeep
from kg.iris import Minter
from kg.pipeline import Stages, build
from kg.settings import Settings
from kg.sources import read_article
from kg.validate import Schema

PUBLISHED = 24   # articles in the release
POOL = 36        # articles generated: the others come in as new


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("upkeep")
    generate(POOL, folder / "gen", seed=7)
    pool = sorted((folder / "gen" / "articles").iterdir())
    settings = Settings(out=folder / "dist")
    stages = Stages(Schema.load(settings), Minter(settings.base_iri))
    mapped = {path: stages.article(read_article(path)) for path in pool}
    assert not any(m.inference.trivial_links for m in mapped.values())  # else builds merge instead (`kg.upkeep`)
    corpus = folder / "articles"
    corpus.mkdir()
    for path in pool[:PUBLISHED]:
        shutil.copy(path, corpus)
    build(settings, [corpus])
    return pool, mapped, stages, release.current(settings.out) / release.STORE


def closure(stages: Stages, articles: list) -> set:
    asserted = set().union(*(set(m.triples) for m in articles))
    return stages.reasoner.merge([m.inference for m in articles], asserted)


@pytest.mark.parametrize("seed", range(8))
def test_random_changes_give_the_closure_from_scratch(world, seed):
    pool, mapped, stages, store = world
    rng = random.Random(seed)
    published, unpublished = pool[:PUBLISHED], pool[PUBLISHED:]
    dropped = rng.sample(published, rng.randint(1, 6))
    rewritten = rng.sample(dropped, rng.randint(0, len(dropped)))   # dropped and written again, as they were
    added = rng.sample(unpublished, rng.randint(0, 4))
    after = [p for p in published if p not in dropped] + rewritten + added
    before_closure = closure(stages, [mapped[p] for p in published])
    after_closure = closure(stages, [mapped[p] for p in after])

    removed, gained = upkeep.changes(
        store, stages.reasoner.rules, stages.minter,
        {mapped[p].iri: set(mapped[p].triples) for p in dropped},
        [(mapped[p].triples, mapped[p].inference) for p in rewritten + added])

    assert removed == before_closure - after_closure
    assert gained == after_closure - before_closure


def test_dropping_every_reporter_of_a_shared_agreement_drops_its_pair(world):
    """A chain across graphs: the pair of states of an agreement stays while one article reports it."""
    pool, mapped, stages, store = world
    published = pool[:PUBLISHED]
    pair = "<http://irnews.example.org/ontology#hasAgreementWith>"
    reporters: dict = {}   # a state pair -> the articles whose closure gives it
    for path in published:
        for t in closure(stages, [mapped[path]]):
            if t[1] == pair:
                reporters.setdefault(t, set()).add(path)
    shared = sorted((t, sorted(paths)) for t, paths in reporters.items() if len(paths) >= 2)
    assert shared, "the generated release must give some pair of states from two articles"
    triple, paths = shared[0]
    one, every = paths[:1], paths

    kept, _ = upkeep.changes(store, stages.reasoner.rules, stages.minter,
                             {mapped[p].iri: set(mapped[p].triples) for p in one}, [])
    gone, _ = upkeep.changes(store, stages.reasoner.rules, stages.minter,
                             {mapped[p].iri: set(mapped[p].triples) for p in every}, [])

    assert triple not in kept
    still = closure(stages, [mapped[p] for p in published if p not in every])
    assert (triple in gone) == (triple not in still)
