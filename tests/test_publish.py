"""The publish stage: a release is complete, verifiable, consistent with its store, deterministic and atomic."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib import namespace
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS

from kg import dumps, release
from kg import store as kg_store
from kg.errors import PublishError, UsageError
from kg.iris import Minter
from kg.publish import publish
from kg.reason import infer
from kg.dumps import oxigraph_term
from kg.validate import load_turtle_folder, validate
from kg.vocab import DCAT, IRN, SCHEMA, VOID, WIKIDATA

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "irnews.ttl"
SHAPES = ROOT / "shapes"
MINTER = Minter("http://irnews.example.org/")
FILES = set(release.FILES) - {release.SUMS}  # SHA256SUMS lists every file but itself
TIMED = {"void.ttl", release.METADATA, release.SUMS}  # the only files that hold the time (or its checksum)
SH = namespace.Namespace("http://www.w3.org/ns/shacl#")
SPDX = namespace.Namespace("http://spdx.org/rdf/terms#")
AWKWARD = 'He said "yes",\n\tthen left \\ — 你好 🙂 _:b0 <http://x.example/> .\r'  # escapes, for every parser


# ---------------------------------------------------------------- the input: three articles, one rejected

def article(key: str, first: str, second: str, qids: tuple[str, str], text: str = "Text.") -> tuple[URIRef, Graph]:
    """One article that conforms to the shapes: two states with Wikidata links, an agreement between them."""
    graph = Graph()
    node, agreement = MINTER.resource("article", key), MINTER.resource("agreement", key)
    for triple in [(node, RDF.type, IRN.NewsArticle), (node, IRN.title, Literal(f"Acuerdo {key}")),
                   (node, RDFS.comment, Literal(f"Acuerdo {key}", lang="es-ve")),  # Oxigraph lower-cases tags
                   (node, IRN.datePublished, Literal("2023-02-24", datatype=namespace.XSD.date)),
                   (node, IRN.sourceFile, Literal(f"{key}.txt")), (node, IRN.text, Literal(text)),
                   (agreement, RDF.type, IRN.Agreement), (agreement, RDFS.label, Literal(f"Agreement {key}")),
                   (agreement, IRN.status, Literal("signed")), (agreement, IRN.topic, Literal("trade")),
                   (agreement, IRN.date, Literal("2023-02-20", datatype=namespace.XSD.date))]:
        graph.add(triple)
    for code, qid in zip((first, second), qids):
        state = MINTER.resource("state", code)
        graph.add((state, RDF.type, IRN.State))
        graph.add((state, RDFS.label, Literal(code)))
        graph.add((state, IRN.wikidata, WIKIDATA[qid]))
        graph.add((agreement, IRN.hasStateParty, state))
    return MINTER.article_graph(key), graph


def make_inputs() -> dict:
    """Every argument of publish() but ``out``, built from nothing (fresh blank nodes every time)."""
    ontology, shapes = Graph().parse(ONTOLOGY), load_turtle_folder(SHAPES)
    articles = dict([article("a1", "VEN", "IRN", ("Q717", "Q794"), AWKWARD),
                     article("a2", "VEN", "CUB", ("Q717", "Q241")),
                     article("a3", "MEX", "COL", ("Q96", "Q739"))])
    name, bad = article("a4", "PER", "BOL", ("Q419", "Q750"))
    bad.add((MINTER.resource("state", "PER"), IRN.iso3, Literal("Peru")))  # violates irnsh:State
    validation = [(f"{key}.txt", graph_name, validate(graph, shapes, ontology)[1])
                  for key, (graph_name, graph) in zip(("a1", "a2", "a3", "a4"), [*articles.items(), (name, bad)])]
    asserted = Graph()
    for graph in articles.values():
        asserted += graph
    return {"article_graphs": articles, "inferred": infer(asserted, ontology, MINTER), "ontology": ontology,
            "minter": MINTER, "meta": {"base_iri": MINTER.base, "articles": ["a1.txt", "a2.txt", "a3.txt"]},
            "shapes": shapes, "validation": validation}


def publish_inputs(out: Path) -> Path:
    """publish() of a fresh make_inputs(): what another process runs to check determinism."""
    return publish(out, **make_inputs())


@pytest.fixture(scope="module")
def inputs() -> dict:
    return make_inputs()


@pytest.fixture(scope="module")
def articles(inputs) -> dict[URIRef, Graph]:
    return inputs["article_graphs"]


@pytest.fixture(scope="module")
def inferred(inputs) -> Graph:
    return inputs["inferred"]


@pytest.fixture(scope="module")
def ontology(inputs) -> Graph:
    return inputs["ontology"]


@pytest.fixture
def build(tmp_path, inputs):
    """publish() into tmp_path/out with the module's inputs unless told otherwise."""
    out = tmp_path / "out"

    def run(**changes):
        return publish(out, **{**inputs, **changes})
    run.out = out
    return run


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the store included) by relative path, as a SHA-256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def store_dataset(folder: Path) -> Dataset:
    """The published store's named graphs, read-only, as an rdflib Dataset (its default graph, their
    merge, is `test_the_store_s_default_graph_is_the_merge`'s)."""
    store = ox.Store.read_only(str(folder / release.STORE))
    dataset = Dataset()
    for quad in store:
        if isinstance(quad.graph_name, ox.NamedNode):
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


def union(graphs) -> Graph:
    whole = Graph()
    for graph in graphs:
        whole += graph
    return whole


# ---------------------------------------------------------------- layout and switching

def test_publish_writes_the_layout_and_points_out_at_it(build):
    folder = build()
    assert release.current(build.out) == folder.resolve()
    assert folder.parent == release.releases_dir(build.out)
    assert {p.name for p in folder.iterdir() if not p.name.startswith(".")} == set(release.FILES) | {release.STORE}


def test_without_shapes_or_reports_their_files_are_left_out(build):
    folder = build(shapes=None, validation=None)
    assert {p.name for p in folder.iterdir() if not p.name.startswith(".")} == \
        set(release.FILES) - {"shapes.ttl", "validation.ttl"} | {"store"}
    void = Graph().parse(folder / "void.ttl")
    assert not set(void.objects(None, DCTERMS.conformsTo)) and not set(void.objects(None, RDFS.seeAlso))
    assert "validation" not in release.metadata(folder)


def test_publishing_twice_switches_out_and_keeps_the_previous(build, articles):
    first = build()
    second = build(article_graphs=dict(list(articles.items())[:2]))
    assert second.name > first.name
    assert release.current(build.out) == second.resolve()
    assert release.metadata(second)["version"] == second.name
    assert release.metadata(second)["previous"] == first.name and release.metadata(first)["previous"] is None
    assert release.metadata(first)["article_graphs"] == 3 and release.metadata(second)["article_graphs"] == 2
    assert first.is_dir() and release.versions(build.out) == [second.name, first.name]


def test_only_the_newest_releases_are_kept(build):
    folders = [build(keep=2) for _ in range(3)]
    remaining = sorted(p.name for p in release.releases_dir(build.out).iterdir())
    assert remaining == [folders[1].name, folders[2].name]
    build(keep=1)
    assert len(list(release.releases_dir(build.out).iterdir())) == 1


def test_keep_must_leave_the_current_release(build):
    with pytest.raises(UsageError):
        build(keep=0)


# ---------------------------------------------------------------- the same input gives the same bytes

def dumps_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}


def test_same_input_gives_byte_identical_dumps(build):
    first, second = dumps_of(build()), dumps_of(build())
    assert first.keys() == second.keys() == set(release.FILES)
    assert {name for name in first if first[name] != second[name]} == TIMED


def test_same_input_in_other_processes_gives_the_same_bytes(tmp_path, build):
    """Fresh inputs (other blank node ids) in processes with other hash seeds: the same dumps."""
    made = [dumps_of(build())]
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}" / "out"
        script = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import test_publish; "
                  f"test_publish.publish_inputs(__import__('pathlib').Path({str(out)!r}))")
        done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        made.append(dumps_of(release.current(out)))
    for other in made[1:]:
        assert {name for name in FILES if made[0][name] != other[name]} == TIMED - {release.SUMS}


def as_terms(graph: Graph) -> list[tuple[str, str, str]]:
    """The triples of ``graph`` as N-Triples terms, as the build hands them between processes."""
    return [tuple(str(oxigraph_term(term)) for term in triple) for triple in graph]


def test_graphs_given_as_ntriples_terms_give_the_same_dumps(build, inputs):
    from_graphs = dumps_of(build())
    articles = {name: as_terms(graph) for name, graph in inputs["article_graphs"].items()}
    from_terms = dumps_of(build(article_graphs=articles, inferred=set(as_terms(inputs["inferred"]))))
    assert {name for name in FILES if from_graphs[name] != from_terms[name]} == TIMED - {release.SUMS}


def test_a_conforming_article_may_come_without_its_report(build, inputs):
    """The compiled shapes pass most articles without pyshacl: no report graph, and none needed."""
    folder = build(validation=[(source, name, None if name in inputs["article_graphs"] else report)
                               for source, name, report in inputs["validation"]])
    assert (folder / "validation.ttl").read_bytes() == (build() / "validation.ttl").read_bytes()
    assert release.metadata(folder)["validation"] == {"articles": 4, "conforming": 3}


def test_gzip_files_carry_no_time_and_no_name(build):
    folder = build()
    for name in (name for name, file in release.FILES.items() if file.gzip):
        head = (folder / name).read_bytes()[:10]
        assert head[:3] == b"\x1f\x8b\x08", name
        assert head[3] & 0x08 == 0, f"{name} holds a file name"
        assert head[4:8] == b"\0\0\0\0", f"{name} holds a time"


def test_line_dumps_are_sorted_without_repeats(build):
    folder = build()
    for name in ("kg.nt.gz", "kg.nq.gz", "asserted.nq.gz", "inferred.nq.gz"):
        lines = gzip.decompress((folder / name).read_bytes()).splitlines()
        assert lines == sorted(set(lines)), name  # bytes order: LC_ALL=C sort -u
    assert gzip.decompress((folder / "kg.ttl.gz").read_bytes()) == (folder / "kg.ttl").read_bytes()


def test_hidden_files_are_written_or_linked_and_listed_nowhere(build, tmp_path):
    kept = tmp_path / "kept.bin"
    kept.write_bytes(b"made by the last build")
    folder = build(hidden={".cache": b"state", ".entries/one": kept, ".entries/two": b"2"})
    assert (folder / ".cache").read_bytes() == b"state" and (folder / ".entries" / "two").read_bytes() == b"2"
    assert (folder / ".entries" / "one").stat().st_ino == kept.stat().st_ino  # a hard link, not a copy
    assert ".cache" not in (folder / release.SUMS).read_text() and ".entries" not in (folder / release.SUMS).read_text()


@pytest.mark.parametrize("name", ["cache", ".a/b/c", "../.x", ".a/..", ".a/", "./.x"])
def test_hidden_file_names_stay_hidden_and_inside(build, name):
    with pytest.raises(PublishError, match="must start with a dot"):
        build(hidden={name: b"x"})


# ---------------------------------------------------------------- a failure changes nothing

def bad_iri(inputs):
    graph = Graph()
    graph += next(iter(inputs["article_graphs"].values()))
    graph.add((MINTER.resource("state", "VEN"), IRN.wikidata, URIRef("http://www.wikidata.org/entity/Q 717")))
    return {"article_graphs": {**inputs["article_graphs"], MINTER.article_graph("bad"): graph}}


def published_but_rejected(inputs):
    source, _, report = inputs["validation"][-1]  # a4's report: it does not conform
    return {"validation": [(source, next(iter(inputs["article_graphs"])), report)]}


def two_reports_in_one(inputs):
    joined = inputs["validation"][0][2] + inputs["validation"][1][2]
    return {"validation": [("x.txt", MINTER.article_graph("x"), joined)]}


FAILURES = {
    "invalid IRI while loading the store": (bad_iri, "cannot store"),
    "meta not JSON while writing release.json": (lambda i: {"meta": {"when": object()}}, "release.json"),
    "an object that is not a graph": (lambda i: {"inferred": "not a graph"}, "not an rdflib.Graph"),
    "an ontology that is not an rdflib graph": (lambda i: {"ontology": []}, "not an rdflib.Graph"),
    "an article graph not minted": (
        lambda i: {"article_graphs": {URIRef("http://elsewhere.example/g"): Graph()}}, "not under"),
    "a base IRI differing from the minter's": (
        lambda i: {"meta": {"base_iri": "http://other.example/"}}, "differs"),
    "a published article whose report does not conform": (published_but_rejected, "does not conform"),
    "a report graph holding two reports": (two_reports_in_one, "not one"),
    "a term that is not N-Triples": (
        lambda i: {"article_graphs": {MINTER.article_graph("x"): [("<http://x/a>", "<http://x/p>", '"open')]}},
        "not N-Triples"),
    "a term not as pyoxigraph writes it": (
        lambda i: {"inferred": [("<http://x/a>", "<http://x/p>", f'"x"^^<{namespace.XSD.string}>')]},
        "not as pyoxigraph writes it"),
}


@pytest.mark.parametrize("failure", FAILURES, ids=list(FAILURES))
def test_a_failure_leaves_the_previous_release_untouched(failure, build, inputs):
    previous = build()
    before, link = snapshot(previous), os.readlink(build.out)
    changes, expected = FAILURES[failure]
    with pytest.raises(PublishError) as caught:
        build(**changes(inputs))
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
    merge = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert len(store) - merge == sum(len(graph) for graph in graphs.values())


def test_the_store_s_default_graph_is_the_merge_of_the_graphs_each_triple_once(build, articles, inferred, ontology):
    """SPARQL's default graph here is the RDF merge of the named graphs (a set), not Oxigraph's union
    default graph, which repeats a triple once per graph holding it and so inflates COUNT."""
    store = ox.Store.read_only(str(build() / release.STORE))
    merge = Graph()
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        merge.add(tuple(rdflib_term(t) for t in quad.triple))
    assert isomorphic(merge, union(all_graphs(articles, inferred, ontology).values()))
    (row,) = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }", **kg_store.dataset(store))
    assert int(row["n"].value) == len(set(merge.subject_objects(RDF.type)))


def test_the_store_holds_the_input_graphs(build, articles, inferred, ontology):
    dataset = store_dataset(build())
    for name, graph in all_graphs(articles, inferred, ontology).items():
        assert isomorphic(dataset.graph(name), graph), name


def test_the_nquads_dump_is_the_store_line_for_line(build):
    """Blank nodes keep their names in the store: its dump, sorted, is kg.nq.gz."""
    folder = build()
    store = ox.Store.read_only(str(folder / release.STORE))
    merge = set(store.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.DefaultGraph()).splitlines())
    dumped = b"\n".join(line for line in store.dump(format=ox.RdfFormat.N_QUADS).splitlines() if line not in merge)
    assert merge and b"_:" in dumped  # the ontology's owl:AllDisjointClasses
    assert sorted(dumped.splitlines()) == gzip.decompress((folder / "kg.nq.gz").read_bytes()).splitlines()


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
    whole = union(all_graphs(articles, inferred, ontology).values())
    assert isomorphic(Graph().parse(build() / "kg.ttl", format="turtle"), whole)


def test_sha256sums_verify_with_sha256sum(build):
    folder = build()
    listed = {line.split("  ", 1)[1] for line in (folder / release.SUMS).read_text().splitlines()}
    assert listed == FILES
    checked = subprocess.run(["sha256sum", "--check", "--strict", release.SUMS], cwd=folder,
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


# ---------------------------------------------------------------- VoID and DCAT

PREFIX = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
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
DATASET = URIRef(f"{MINTER.base}dataset")


def count(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query(PREFIX + query)))[0].value)


@pytest.fixture(params=["one chunk", "many chunks", "cut inside subjects"])
def chunked(request, monkeypatch):
    """The dumps in one chunk, in chunks of two subjects, or cut inside subjects' statements (one
    subject counted in several chunks): the VoID counts of chunks add up, less the subjects counted twice."""
    if request.param == "one chunk":
        monkeypatch.setattr(dumps, "LINE_ROWS", 10**9)
        monkeypatch.setattr(dumps, "TRIG_ROWS", 10**9)
    if request.param == "many chunks":
        monkeypatch.setattr(dumps, "LINE_SPACING", 2)
        monkeypatch.setattr(dumps, "TRIG_SPACING", 2)
    if request.param == "cut inside subjects":
        monkeypatch.setattr(dumps, "LINE_SPACING", 10**9)
        monkeypatch.setattr(dumps, "TRIG_SPACING", 10**9)
        monkeypatch.setattr(dumps, "LINE_ROWS", 2)
        monkeypatch.setattr(dumps, "TRIG_ROWS", 2)


def test_void_counts_equal_sparql_counts_on_the_store(build, chunked):
    folder = build()
    void = Graph().parse(folder / "void.ttl")
    store = ox.Store.read_only(str(folder / release.STORE))
    for scope, where in SCOPES.items():
        dataset = URIRef(f"{DATASET}{scope}")
        for predicate, query in COUNTS.items():
            assert void.value(dataset, predicate).toPython() == count(store, query.format(where=where)), \
                (scope, predicate)
    links = URIRef(f"{DATASET}#wikidata")
    counted = count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s "
                           f"<{IRN.wikidata}> ?o }} }} }}")
    assert void.value(links, VOID.triples).toPython() == counted == 5  # VEN-Q717 twice


def test_void_partitions_equal_sparql_counts_on_the_store(build, chunked):
    folder = build()
    void = Graph().parse(folder / "void.ttl")
    store = ox.Store.read_only(str(folder / release.STORE))
    classes = {void.value(part, VOID["class"]): (void.value(part, VOID.entities).toPython(),
                                                  void.value(part, VOID.distinctSubjects).toPython())
               for part in void.objects(DATASET, VOID.classPartition)}
    expected = {URIRef(row[0].value): (int(row[1].value), int(row[2].value)) for row in store.query(
        "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) (COUNT(DISTINCT ?s) AS ?all) WHERE { GRAPH ?g { ?s a ?c } "
        "FILTER(isIRI(?c)) BIND(IF(STRSTARTS(STR(?s), 'http://irnews.example.org/id/'), ?s, 1/0) AS ?e) } "
        "GROUP BY ?c")}
    assert classes == expected and classes[IRN.State] == (5, 5)
    properties = {void.value(part, VOID.property): void.value(part, VOID.triples).toPython()
                  for part in void.objects(DATASET, VOID.propertyPartition)}
    assert properties == {URIRef(row[0].value): int(row[1].value) for row in store.query(
        "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p")}


def test_void_describes_the_dataset(build, articles, inferred, ontology):
    folder = build()
    void = Graph().parse(folder / "void.ttl")
    whole = union(all_graphs(articles, inferred, ontology).values())
    assert {DCAT.Dataset, VOID.Dataset} <= set(void.objects(DATASET, RDF.type))
    assert void.value(DATASET, VOID.triples).toPython() == len(whole)
    assert void.value(DATASET, VOID.sparqlEndpoint) == URIRef(f"{MINTER.base}sparql")
    downloads = {URIRef(f"{MINTER.base}dumps/{name}") for name in ("kg.ttl", "kg.ttl.gz", "kg.nt.gz", "kg.nq.gz",
                                                                 "kg.trig.gz")}
    assert set(void.objects(DATASET, VOID.dataDump)) == downloads
    assert str(void.value(DATASET, VOID.uriSpace)) == f"{MINTER.base}id/"
    assert void.value(DATASET, VOID.vocabulary) == URIRef(str(IRN))
    assert len(set(void.objects(DATASET, VOID.subset))) == 4
    linkset = URIRef(f"{DATASET}#wikidata")
    assert (linkset, RDF.type, VOID.Linkset) in void
    assert void.value(linkset, VOID.linkPredicate) == IRN.wikidata
    assert void.value(linkset, VOID.objectsTarget) == URIRef("http://www.wikidata.org/")
    assert void.value(URIRef(f"{DATASET}#inferred"), VOID.dataDump) == URIRef(f"{MINTER.base}dumps/inferred.nq.gz")


def test_void_gives_licence_publisher_dates_and_version(build):
    folder = build()
    void, meta = Graph().parse(folder / "void.ttl"), release.metadata(folder)
    assert void.value(DATASET, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    publisher = void.value(DATASET, DCTERMS.publisher)
    assert {FOAF.Organization, SCHEMA.Organization} <= set(void.objects(publisher, RDF.type))
    assert str(void.value(publisher, FOAF.name)) == str(void.value(publisher, SCHEMA.name)) == "irnews project"
    assert meta["license"] == "https://creativecommons.org/licenses/by/4.0/" and meta["publisher"] == "irnews project"
    created = dt.datetime.fromisoformat(meta["created"].replace("Z", "+00:00"))
    for when in (DCTERMS.issued, DCTERMS.modified):
        assert void.value(DATASET, when).toPython() == created
    assert str(void.value(DATASET, DCAT.version)) == str(void.value(DATASET, OWL.versionInfo)) == folder.name
    assert void.value(DATASET, DCTERMS.conformsTo) == URIRef(f"{MINTER.base}dumps/{folder.name}/shapes.ttl")
    assert void.value(DATASET, RDFS.seeAlso) == URIRef(f"{MINTER.base}dumps/{folder.name}/validation.ttl")


def test_licence_and_publisher_come_from_meta(build, inputs):
    meta = {**inputs["meta"], "license": "https://creativecommons.org/publicdomain/zero/1.0/",
            "publisher": "A newsroom", "publisher_url": "https://newsroom.example/"}
    folder = build(meta=meta)
    void = Graph().parse(folder / "void.ttl")
    assert void.value(DATASET, DCTERMS.license) == URIRef(meta["license"])
    publisher = void.value(DATASET, DCTERMS.publisher)
    assert str(void.value(publisher, FOAF.name)) == "A newsroom"
    assert void.value(publisher, FOAF.homepage) == URIRef("https://newsroom.example/")
    assert release.metadata(folder)["license"] == meta["license"]


def test_dcat_distributions_give_each_file_its_size_checksum_and_url(build):
    folder = build()
    void = Graph().parse(folder / "void.ttl")
    described = {}
    for subject in void.subjects(RDF.type, DCAT.Distribution):
        name = str(void.value(subject, DCTERMS.title))
        checksum = void.value(subject, SPDX.checksum)
        described[name] = (void.value(subject, DCAT.byteSize).toPython(),
                           str(void.value(checksum, SPDX.checksumValue)),
                           void.value(subject, DCAT.downloadURL))
    names = FILES - {"void.ttl", release.METADATA, "shapes.ttl", "validation.ttl"}
    assert described == {name: ((folder / name).stat().st_size,
                                hashlib.sha256((folder / name).read_bytes()).hexdigest(),
                                URIRef(f"{MINTER.base}dumps/{folder.name}/{name}")) for name in names}


def test_release_json_has_meta_version_counts_and_validation(build, articles, inferred, ontology):
    folder = build()
    meta = json.loads((folder / release.METADATA).read_text(encoding="utf-8"))
    assert meta["articles"] == ["a1.txt", "a2.txt", "a3.txt"] and meta["base_iri"] == MINTER.base
    assert meta["version"] == folder.name and meta["article_graphs"] == 3
    graphs = all_graphs(articles, inferred, ontology)
    assert meta["graphs"] == {str(name): len(graph) for name, graph in graphs.items()}
    assert meta["quads"] == sum(len(graph) for graph in graphs.values())
    assert meta["counts"]["inferred"] == len(inferred) and meta["counts"]["ontology"] == len(ontology)
    assert meta["validation"] == {"articles": 4, "conforming": 3}


# ---------------------------------------------------------------- ontology, shapes, validation report

def test_ontology_and_shapes_files_are_the_graphs_given(build, inputs):
    folder = build()
    assert isomorphic(Graph().parse(folder / "ontology.ttl"), inputs["ontology"])
    assert isomorphic(Graph().parse(folder / "shapes.ttl"), inputs["shapes"])


def test_validation_report_holds_the_report_of_every_article_validated(build, inputs):
    report = Graph().parse(build() / "validation.ttl")
    roots = {report.value(root, DCTERMS.subject): root for root in report.subjects(RDF.type, SH.ValidationReport)}
    assert set(roots) == {name for _, name, _ in inputs["validation"]}
    for source, name, given in inputs["validation"]:
        root = roots[name]
        assert str(report.value(root, DCTERMS.source)) == source
        mine = Graph()
        for triple in reachable(report, root):
            mine.add(triple)
        mine.remove((root, DCTERMS.subject, None))
        mine.remove((root, DCTERMS.source, None))
        assert isomorphic(mine, given), source
    rejected = roots[MINTER.article_graph("a4")]
    assert report.value(rejected, SH.conforms).toPython() is False
    assert {report.value(result, SH.focusNode) for result in report.objects(rejected, SH.result)} == \
        {MINTER.resource("state", "PER")}


def reachable(graph: Graph, root) -> list:
    found, todo, seen = [], [root], {root}
    while todo:
        node = todo.pop()
        for p, o in graph.predicate_objects(node):
            found.append((node, p, o))
            if isinstance(o, BNode) and o not in seen:
                seen.add(o)
                todo.append(o)
    return found


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
