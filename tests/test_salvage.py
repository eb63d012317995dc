"""An article whose graph fails a shape loses only the sentences at fault (`kg.salvage`).

The failures are made real by a stricter publisher's shapes: the project's own shapes plus one more
(every meeting names its place), in a shapes folder of real files, checked by pyshacl."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, RDFS
from kg import release
from kg.iris import Minter
from kg.pipeline import Mapped, Skipped, Stages, build
from kg.settings import Settings
from kg.sources import parse_article
from kg.terms import graph_of
from kg.validate import Schema
from kg.vocab import IRN

SETTINGS = Settings()
MINTER = Minter(SETTINGS.base_iri)
PLACE_NEEDED = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix irn: <http://irnews.example.org/ontology#> .
<urn:policy#MeetingPlace> a sh:NodeShape ; sh:targetClass irn:Meeting ;
    sh:property [ sh:path irn:place ; sh:minCount 1 ; sh:message "a meeting names its place" ] .
"""
ARTICLE = """Chile and Peru seal a fisheries pact
Mar 10, 2024

Chile and Peru signed a fisheries agreement on Friday, the Peruvian foreign ministry said.

The foreign ministers of Chile and Peru met on Thursday, EFE reported.

Argentina and Uruguay held talks in Montevideo on Wednesday.
"""


@pytest.fixture(scope="module")
def strict(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("strict-shapes")
    for shapes in SETTINGS.shapes_dir.glob("*.ttl"):
        shutil.copy(shapes, folder / shapes.name)
    (folder / "policy.ttl").write_text(PLACE_NEEDED, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def stages(strict) -> Stages:
    return Stages(Schema.load(SETTINGS.replace(shapes_dir=strict)), MINTER)


def _quotes(mapped: Mapped) -> set[str]:
    return {str(o) for o in graph_of(mapped.triples).objects(None, IRN.exact)}


def test_the_sentence_of_a_failing_meeting_is_withheld_and_the_rest_published(stages):
    mapped = stages(parse_article(ARTICLE, "fisheries.txt"))
    assert isinstance(mapped, Mapped), mapped
    quotes = _quotes(mapped)
    assert "Chile and Peru signed a fisheries agreement on Friday, the Peruvian foreign ministry said." in quotes
    assert "Argentina and Uruguay held talks in Montevideo on Wednesday." in quotes   # a meeting with a place
    graph = graph_of(mapped.triples)
    meetings = set(graph.subjects(RDF.type, IRN.Meeting))
    assert len(meetings) == 1 and graph.value(next(iter(meetings)), IRN.place) is not None
    assert len(set(graph.subjects(RDF.type, IRN.Agreement))) == 1
    # the withheld sentence keeps its attribution (EFE is still a source), about nothing
    efe = "The foreign ministers of Chile and Peru met on Thursday, EFE reported."
    [quote] = [q for q, text in graph.subject_objects(IRN.exact) if str(text) == efe]
    [claim] = graph.subjects(IRN.evidence, quote)
    assert graph.value(claim, IRN.about) is None and graph.value(claim, IRN.attributedTo) is not None
    assert mapped.withheld and "1 sentence(s)" in mapped.withheld and "a meeting names its place" in mapped.withheld
    offset = ARTICLE.index("The foreign ministers")
    assert f"offset {offset} " in mapped.withheld


def test_the_project_shapes_withhold_nothing_of_the_same_article():
    mapped = Stages(Schema.load(SETTINGS), MINTER)(parse_article(ARTICLE, "fisheries.txt"))
    assert isinstance(mapped, Mapped) and mapped.withheld is None
    assert len(set(graph_of(mapped.triples).subjects(RDF.type, IRN.Meeting))) == 2


def test_a_failing_article_node_still_refuses_the_whole_article(stages):
    undated = "\n".join(line for line in ARTICLE.splitlines() if not line.startswith("Mar 10"))
    skipped = stages(parse_article(undated, "undated.txt"))
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not published")
    assert "publication date" in skipped.reason


def test_a_build_publishes_the_rest_and_says_what_it_withheld(strict, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fisheries.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "clean.txt").write_text(ARTICLE.replace("The foreign ministers of Chile and Peru met on Thursday, "
                                                      "EFE reported.\n", ""), encoding="utf-8")
    settings = SETTINGS.replace(shapes_dir=strict, out=tmp_path / "dist")
    lines: list[str] = []
    result = build(settings, [folder], lines.append)
    assert sorted(result.published) == ["clean.txt", "fisheries.txt"] and not result.skipped
    assert [w.source for w in result.withheld] == ["fisheries.txt"]
    assert any("fisheries.txt: published without 1 sentence(s)" in line for line in lines)
    meta = release.metadata(result.release)
    assert [w["source"] for w in meta["withheld"]] == ["fisheries.txt"]
    assert "a meeting names its place" in meta["withheld"][0]["reason"]
    again = build(settings, [folder], lines.append)   # nothing changed: nothing written, the note kept
    assert again.unchanged
    (folder / "clean.txt").write_text(ARTICLE.replace("Friday", "Tuesday"), encoding="utf-8")
    third = build(settings, [folder], lines.append)   # one file changed: the other reused, its note too
    assert third.reused == 1 and sorted(w.source for w in third.withheld) == ["clean.txt", "fisheries.txt"]


SHORT_QUOTES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix irn: <http://irnews.example.org/ontology#> .
<urn:policy#QuoteLength> a sh:NodeShape ; sh:targetClass irn:Quote ;
    sh:property [ sh:path irn:exact ; sh:maxLength 100 ; sh:message "a quote is at most 100 characters" ] .
"""


def test_a_failing_quote_takes_its_attribution_too(tmp_path):
    for shapes in SETTINGS.shapes_dir.glob("*.ttl"):
        shutil.copy(shapes, tmp_path / shapes.name)
    (tmp_path / "policy.ttl").write_text(SHORT_QUOTES, encoding="utf-8")
    stages = Stages(Schema.load(SETTINGS.replace(shapes_dir=tmp_path)), MINTER)
    long = ("Officials in both capitals described the fishing season as the worst in a decade, with catches "
            "down by almost half, Reuters reported.")
    mapped = stages(parse_article(ARTICLE + "\n" + long + "\n", "fisheries.txt"))
    assert isinstance(mapped, Mapped), mapped
    graph = graph_of(mapped.triples)
    sources = {str(graph.value(agent, RDFS.label)) for agent in graph.objects(None, IRN.attributedTo)}
    assert long not in _quotes(mapped) and "Reuters" not in sources
    assert "Agencia EFE" in sources   # the other sentences keep theirs
    assert mapped.withheld and "a quote is at most 100 characters" in mapped.withheld
