"""The publish stage: a release is complete, verifiable, consistent with its store, and atomic."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib import namespace
from rdflib.namespace import RDF

from kg import release
from kg.errors import PublishError, UsageError
from kg.iris import Minter
from kg.publish import publish
from kg.reason import infer
from kg.vocab import IRN, VOID, WIKIDATA

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "irnews.ttl"
MINTER = Minter("http://irnews.example.org/")
FILES = {"kg.ttl", "kg.nq.gz", "void.ttl", "release.json"}


def article(key: str, first: str, second: str, qids: tuple[str, str]) -> tuple[URIRef, Graph]:
    """One article: two states with Wikidata links, an agreement between them, the article node."""
    graph = Graph()
    node, agreement = MINTER.resource("article", key), MINTER.resource("agreement", key)
    graph.add((node, RDF.type, IRN.NewsArticle))
    graph.add((node, IRN.title, Literal(f"Acuerdo {key}", lang="es")))
    graph.add((node, IRN.datePublished, Literal("2023-02-24", datatype=namespace.XSD.date)))
    graph.add((agreement, RDF.type, IRN.Agreement))
    for code, qid in zip((first, second), qids):
        state = MINTER.resource("state", code)
        graph.add((state, RDF.type, IRN.State))
        graph.add((state, IRN.wikidata, WIKIDATA[qid]))
        graph.add((agreement, IRN.hasStateParty, state))
    return MINTER.article_graph(key), graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def articles() -> dict[URIRef, Graph]:
    return dict([article("a1", "VEN", "IRN", ("Q717", "Q794")),
                 article("a2", "VEN", "CUB", ("Q717", "Q241")),
                 article("a3", "MEX", "COL", ("Q96", "Q739"))])


@pytest.fixture(scope="module")
def inferred(articles, ontology) -> Graph:
    asserted = Graph()
    for graph in articles.values():
        asserted += graph
    return infer(asserted, ontology, MINTER)


@pytest.fixture
def build(tmp_path, articles, inferred, ontology):
    """publish() into tmp_path/out with the module's graphs unless told otherwise."""
    out = tmp_path / "out"

    def run(**changes):
        arguments = dict(article_graphs=articles, inferred=inferred, ontology=ontology, minter=MINTER,
                         meta={"base_iri": MINTER.base, "articles": ["a1.txt", "a2.txt", "a3.txt"]})
        arguments.update(changes)
        return publish(out, **arguments)
    run.out = out
    return run


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the store included) by relative path, as a SHA-256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def store_dataset(folder: Path) -> Dataset:
    """The published store, read-only, as an rdflib Dataset."""
    store = ox.Store.read_only(str(folder / release.STORE))
    dataset = Dataset()
    for quad in store:
        dataset.add((*(rdflib_term(t) for t in quad.triple), URIRef(quad.graph_name.value)))
    return dataset


def rdflib_term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(namespace.XSD.string):  # RDF 1.1: a simple literal is an xsd:string
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def all_graphs(articles, inferred, ontology) -> dict[URIRef, Graph]:
    return {**articles, MINTER.inferred_graph: inferred, MINTER.ontology_graph: ontology}


# ---------------------------------------------------------------- layout and switching

def test_publish_writes_the_layout_and_points_out_at_it(build):
    folder = build()
    assert release.current(build.out) == folder.resolve()
    assert folder.parent == release.releases_dir(build.out)
    assert {p.name for p in folder.iterdir()} == FILES | {release.SUMS, release.STORE}


def test_publishing_twice_switches_out_and_keeps_the_previous(build, articles):
    first = build()
    second = build(article_graphs=dict(list(articles.items())[:2]))
    assert second.name > first.name
    assert release.current(build.out) == second.resolve()
    assert release.metadata(second)["version"] == second.name
    assert release.metadata(first)["article_graphs"] == 3 and release.metadata(second)["article_graphs"] == 2
    assert first.is_dir()


def test_only_the_newest_releases_are_kept(build):
    folders = [build(keep=2) for _ in range(3)]
    remaining = sorted(p.name for p in release.releases_dir(build.out).iterdir())
    assert remaining == [folders[1].name, folders[2].name]
    build(keep=1)
    assert len(list(release.releases_dir(build.out).iterdir())) == 1


def test_keep_must_leave_the_current_release(build):
    with pytest.raises(UsageError):
        build(keep=0)


def test_same_content_gives_byte_identical_dumps(build):
    first, second = build(), build()
    assert first.name != second.name and first.name[-12:] == second.name[-12:]
    for name in ("kg.nq.gz", "kg.ttl"):
        assert (first / name).read_bytes() == (second / name).read_bytes()
    raw = (first / "kg.nq.gz").read_bytes()
    assert raw[4:8] == b"\0\0\0\0"  # gzip mtime
    lines = gzip.decompress(raw).splitlines()
    assert lines == sorted(lines)


# ---------------------------------------------------------------- a failure changes nothing

def bad_iri(articles):
    graph = Graph()
    graph += next(iter(articles.values()))
    graph.add((MINTER.resource("state", "VEN"), IRN.wikidata, URIRef("http://www.wikidata.org/entity/Q 717")))
    return {"article_graphs": {**articles, MINTER.article_graph("bad"): graph}}


FAILURES = {
    "invalid IRI while loading the store": (bad_iri, "cannot store"),
    "meta not JSON while writing release.json": (lambda a: {"meta": {"when": object()}}, "release.json"),
    "an object that is not a graph": (lambda a: {"inferred": "not a graph"}, "not an rdflib.Graph"),
    "an article graph not minted": (
        lambda a: {"article_graphs": {URIRef("http://elsewhere.example/g"): Graph()}}, "not under"),
    "a base IRI differing from the minter's": (
        lambda a: {"meta": {"base_iri": "http://other.example/"}}, "differs"),
}


@pytest.mark.parametrize("failure", FAILURES, ids=list(FAILURES))
def test_a_failure_leaves_the_previous_release_untouched(failure, build, articles):
    previous = build()
    before, link = snapshot(previous), os.readlink(build.out)
    changes, expected = FAILURES[failure]
    with pytest.raises(PublishError) as caught:
        build(**changes(articles))
    assert expected in str(caught.value) and f"still points at {previous.name}" in str(caught.value)
    assert os.readlink(build.out) == link
    assert snapshot(previous) == before
    assert [p.name for p in release.releases_dir(build.out).iterdir()] == [previous.name]


def test_a_failed_swap_removes_the_finished_release(build):
    build.out.mkdir()
    (build.out / "precious.txt").write_text("not a release")
    with pytest.raises(PublishError, match="not a release link"):
        build()
    assert (build.out / "precious.txt").read_text() == "not a release"
    assert list(release.releases_dir(build.out).iterdir()) == []


# ---------------------------------------------------------------- the files agree with the store

def test_the_store_opens_read_only_and_holds_every_graph(build, articles, inferred, ontology):
    folder = build()
    store = ox.Store.read_only(str(folder / release.STORE))
    graphs = all_graphs(articles, inferred, ontology)
    assert {g.value for g in store.named_graphs()} == {str(name) for name in graphs}
    assert len(store) == sum(len(graph) for graph in graphs.values())


def test_the_store_holds_the_input_graphs(build, articles, inferred, ontology):
    dataset = store_dataset(build())
    for name, graph in all_graphs(articles, inferred, ontology).items():
        assert isomorphic(dataset.graph(name), graph), name


@pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")  # rdflib's own parser
def test_nquads_dump_has_the_quads_of_the_store(build):
    folder = build()
    dumped = Dataset()
    dumped.parse(data=gzip.decompress((folder / "kg.nq.gz").read_bytes()), format="nquads")
    stored = store_dataset(folder)
    names = {g.identifier for g in stored.graphs()} - {stored.default_graph.identifier}
    assert names == {g.identifier for g in dumped.graphs()} - {dumped.default_graph.identifier}
    for name in names:
        assert isomorphic(dumped.graph(name), stored.graph(name)), name
    assert len(dumped.default_graph) == len(stored.default_graph) == 0


def test_turtle_dump_has_every_distinct_triple(build, articles, inferred, ontology):
    union = Graph()
    for graph in all_graphs(articles, inferred, ontology).values():
        union += graph
    assert isomorphic(Graph().parse(build() / "kg.ttl", format="turtle"), union)


def test_sha256sums_verify_with_sha256sum(build):
    folder = build()
    listed = {line.split("  ", 1)[1] for line in (folder / release.SUMS).read_text().splitlines()}
    assert listed == FILES
    checked = subprocess.run(["sha256sum", "--check", "--strict", release.SUMS], cwd=folder,
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


COUNTS = {
    VOID.triples: "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }} }}",
    VOID.distinctSubjects: "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {where} }}",
    VOID.distinctObjects: "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {where} }}",
    VOID.properties: "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ {where} }}",
    VOID.classes: "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {where} FILTER(?p = rdf:type) }}",
    VOID.entities: "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {where} "
                   "FILTER(STRSTARTS(STR(?s), 'http://irnews.example.org/id/')) }}",
}
SCOPES = {
    "": "GRAPH ?g { ?s ?p ?o }",
    "#articles": "GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/graph/article/'))",
    "#inferred": "GRAPH <http://irnews.example.org/graph/inferred> { ?s ?p ?o }",
    "#ontology": "GRAPH <http://irnews.example.org/graph/ontology> { ?s ?p ?o }",
}


def test_void_counts_equal_sparql_counts_on_the_store(build):
    folder = build()
    void = Graph().parse(folder / "void.ttl")
    store = ox.Store.read_only(str(folder / release.STORE))
    prefix = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
    for scope, where in SCOPES.items():
        dataset = URIRef(f"{MINTER.base}dataset{scope}")
        for predicate, query in COUNTS.items():
            counted = int(next(iter(store.query(prefix + query.format(where=where))))[0].value)
            assert void.value(dataset, predicate).toPython() == counted, (scope, predicate)
    links = URIRef(f"{MINTER.base}dataset#wikidata")
    counted = int(next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s "
        f"<{IRN.wikidata}> ?o }} }} }}")))[0].value)
    assert void.value(links, VOID.triples).toPython() == counted == 5  # VEN-Q717 twice


def test_void_describes_the_dataset(build, articles, inferred, ontology):
    void = Graph().parse(build() / "void.ttl")
    dataset = URIRef(f"{MINTER.base}dataset")
    union = Graph()
    for graph in all_graphs(articles, inferred, ontology).values():
        union += graph
    assert void.value(dataset, VOID.triples).toPython() == len(union)
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(f"{MINTER.base}sparql")
    assert URIRef(f"{MINTER.base}dumps/kg.ttl") in set(void.objects(dataset, VOID.dataDump))
    assert str(void.value(dataset, VOID.uriSpace)) == f"{MINTER.base}id/"
    assert void.value(dataset, VOID.vocabulary) == URIRef(str(IRN))
    assert len(set(void.objects(dataset, VOID.subset))) == 4
    linkset = URIRef(f"{dataset}#wikidata")
    assert (linkset, RDF.type, VOID.Linkset) in void
    assert void.value(linkset, VOID.linkPredicate) == IRN.wikidata


def test_release_json_has_meta_version_and_counts(build, articles, inferred, ontology):
    folder = build()
    meta = json.loads((folder / release.METADATA).read_text(encoding="utf-8"))
    assert meta["articles"] == ["a1.txt", "a2.txt", "a3.txt"] and meta["base_iri"] == MINTER.base
    assert meta["version"] == folder.name and meta["article_graphs"] == 3
    graphs = all_graphs(articles, inferred, ontology)
    assert meta["graphs"] == {str(name): len(graph) for name, graph in graphs.items()}
    assert meta["quads"] == sum(len(graph) for graph in graphs.values())
    assert meta["counts"]["inferred"] == len(inferred) and meta["counts"]["ontology"] == len(ontology)


def test_pruning_removes_dead_builds_only(build):
    root = release.releases_dir(build.out)
    ended = subprocess.Popen(["true"])  # a process that has ended: its pid names a dead build
    ended.wait()
    dead = root / f".building-{ended.pid}-0badcafe"
    alive = root / f".building-{os.getpid()}-0badcafe"
    unrelated = root / "notes"
    for folder in (dead, alive, unrelated):
        folder.mkdir(parents=True)
    build()
    assert not dead.exists() and alive.is_dir() and unrelated.is_dir()
