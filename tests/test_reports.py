"""validation.ttl written report by report (`kg.reports.validation_report`) is byte for byte what Oxigraph's
Turtle serializer makes of all the reports' statements at once, for reports of data that conforms
(written without building a term) and reports with results (pyshacl's, on data that fails the shapes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg import reports
from kg.iris import Minter
from kg.validate import load_turtle_folder, validate
from kg.vocab import IRN

ROOT = Path(__file__).resolve().parent.parent
MINTER = Minter("http://irnews.example.org/")
SOURCES = ["a.txt", 'He said "yes",\n\tthen \\ left — 你好 🙂 _:b0 <http://x/> .\r', "https://example.org/news?id=3&x=\"q\"",
           "dir with space/ü.html", "batch.jsonl#2"]


@pytest.fixture(scope="module")
def shapes():
    return load_turtle_folder(ROOT / "shapes")


@pytest.fixture(scope="module")
def failing(shapes):
    """pyshacl's report on a state with an ISO code that is not one."""
    ontology = Graph().parse(ROOT / "ontology" / "irnews.ttl")
    data = Graph()
    state = MINTER.resource("state", "PER")
    data.add((state, RDF.type, IRN.State))
    data.add((state, IRN.iso3, Literal("Peru")))
    violations, report = validate(data, shapes, ontology)
    assert violations and report is not None
    return report


def whole(given, shapes) -> bytes:
    """The reference: one serialization of every statement (`reports._serialized_whole`)."""
    ordered = sorted(given, key=lambda r: (str(r[1]), r[0]))
    prefixes = {**reports._used_prefixes(shapes), **reports.REPORT_PREFIXES} if shapes is not None \
        else reports.REPORT_PREFIXES
    return reports._serialized_whole(ordered, prefixes)


def test_conforming_reports_are_written_as_oxigraph_writes_them(shapes):
    given = [(source, MINTER.article_graph(f"k{n}"), None) for n, source in enumerate(SOURCES)]
    made = reports.validation_report(given, shapes)
    assert made == whole(given, shapes)
    assert made.count(b"sh:conforms true .") == len(SOURCES)


@pytest.mark.parametrize("with_shapes", [True, False])
def test_reports_with_results_among_conforming_ones(shapes, failing, with_shapes):
    given = [(source, MINTER.article_graph(f"k{n}"), failing if n % 2 else None) for n, source in enumerate(SOURCES)]
    made = reports.validation_report(given, shapes if with_shapes else None)
    assert made == whole(given, shapes if with_shapes else None)
    assert made.count(b"sh:conforms false") == 2 and made.count(b"sh:conforms true") == 3
    assert len(Graph().parse(data=made.decode("utf-8"), format="turtle")) > 0


def test_a_graph_name_under_a_bound_namespace_is_left_to_oxigraph(shapes):
    """Oxigraph would write such a name as a prefixed name: that report is serialized by Oxigraph."""
    namespace = "http://irnews.example.org/shapes#"
    assert namespace in reports._used_prefixes(shapes).values()
    given = [("a.txt", URIRef(namespace + "article1"), None), ("b.txt", MINTER.article_graph("b"), None)]
    made = reports.validation_report(given, shapes)
    assert made == whole(given, shapes)
    assert b"dcterms:subject irnsh:article1" in made


def test_another_prefix_for_the_shacl_namespace_leaves_every_report_to_oxigraph(shapes):
    other = Graph()
    for triple in shapes:
        other.add(triple)
    for prefix, namespace in shapes.namespaces():
        other.bind(prefix, namespace)
    other.bind("shacl", reports.SH)
    other.add((URIRef(reports.SH + "x"), RDF.type, URIRef(reports.SH + "y")))  # the prefix used
    given = [(source, MINTER.article_graph(f"k{n}"), None) for n, source in enumerate(SOURCES)]
    assert reports.validation_report(given, other) == whole(given, other)


def test_a_report_given_twice_is_written_once(shapes, failing):
    given = [("a.txt", MINTER.article_graph("a"), None), ("a.txt", MINTER.article_graph("a"), None),
             ("b.txt", MINTER.article_graph("b"), failing)]
    made = reports.validation_report(given, shapes)
    assert made == whole(given, shapes)
    assert made.count(b"sh:conforms true") == 1


def test_no_report_is_the_header_alone(shapes):
    assert reports.validation_report([], shapes) == reports.REPORT_HEADER.encode("utf-8")
