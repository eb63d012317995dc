"""Validation: the asserted triples of one article against the SHACL shapes (pyshacl).

The ontology is given to pyshacl as its ontology graph, so class targets see the
subclass hierarchy, but no inference runs: OWL RL would otherwise *add* the types
that a wrong triple is missing instead of exposing the error.

pyshacl takes tens of milliseconds an article (below). `Validator` first asks the shapes compiled into
checks (`kg.shapes`, a millisecond) whether the article certainly conforms; only when they
say no does pyshacl validate it, so every violation reported is pyshacl's.

pyshacl hands rdflib each SPARQL-based constraint of the shapes as text, and rdflib parses and
translates it again for every validation: 86% of pyshacl's time on an article of the samples
(0.6 s), against 0.02 s to evaluate the queries. While `validate` runs, rdflib's SPARQL processor
keeps each text's translated query (`_parsed_once`), the use rdflib documents for prepared
queries (`prepareQuery`, then `Graph.query` with other bindings): the same answers, parsed once.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, Graph, Namespace, URIRef

from .shapes import Shapes, Unsupported
from .terms import to_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Violation:
    focus: str
    shape: str
    path: str | None
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"node <{self.focus}> violates shape {self.shape}{where}: {self.message}"


@dataclass(frozen=True)
class Schema:
    """The ontology and the shapes, read once per build."""

    ontology: Graph
    shapes: Graph

    @classmethod
    def load(cls, settings) -> "Schema":
        return cls(load_turtle_folder(settings.ontology_dir), load_turtle_folder(settings.shapes_dir))


def load_turtle_folder(folder: Path) -> Graph:
    graph = Graph()
    for path in sorted(Path(folder).glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


#: How pyshacl is asked, here and wherever it is asked as it comes (the naive benchmark, the tests): the ontology for
#: class targets but no inference, every violation, warnings allowed, SHACL-AF.
PYSHACL_OPTIONS = {"inference": "none", "abort_on_first": False, "allow_warnings": True, "advanced": True}


def validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[list[Violation], Graph]:
    """The violations of ``data`` (empty when it conforms) and the SHACL report graph."""
    from pyshacl import validate as shacl_validate  # here: most builds never need it (0.2-0.4 s to import)
    with _parsed_once():
        conforms, report, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, **PYSHACL_OPTIONS)
    return ([] if conforms else _violations(report, shapes)), report


_PREPARED: dict[tuple, object] = {}   # (query text, base, namespaces) -> rdflib's translated query
_PREPARED_MAX = 1024
_LOCK = threading.Lock()
_DEPTH = [0]


@contextmanager
def _parsed_once():
    """rdflib's `SPARQLProcessor.query`, for as long as the block runs, translating each query text once (the
    shapes' SPARQL constraints: the same few texts for every article); the processor restored after."""
    from rdflib.plugins.sparql import processor

    with _LOCK:
        if _DEPTH[0] == 0:
            original = processor.SPARQLProcessor.query

            def query(self, strOrQuery, initBindings={}, initNs=None, base=None, DEBUG=False):  # noqa: N803 (rdflib's)
                if isinstance(strOrQuery, str):
                    key = (strOrQuery, base, tuple(sorted((initNs or {}).items())))
                    prepared = _PREPARED.get(key)
                    if prepared is None:
                        prepared = processor.translateQuery(processor.parseQuery(strOrQuery), base, initNs)
                        if len(_PREPARED) >= _PREPARED_MAX:
                            _PREPARED.clear()
                        _PREPARED[key] = prepared
                    strOrQuery = prepared
                return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

            query.original = original
            processor.SPARQLProcessor.query = query
        _DEPTH[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                processor.SPARQLProcessor.query = processor.SPARQLProcessor.query.original


class Validator:
    """Validation of one article's triples (pyoxigraph terms, `kg.terms`): the compiled shapes
    when they pass it, pyshacl otherwise. Shapes the checks cannot compile leave it all to pyshacl."""

    def __init__(self, schema: Schema):
        self.schema = schema
        try:
            self.checks: Shapes | None = Shapes(schema.shapes, schema.ontology)
        except Unsupported as exc:
            log.warning("the shapes use %s, which kg.shapes does not implement: pyshacl validates every "
                        "article (about 0.3 s each)", exc)
            self.checks = None

    @classmethod
    @lru_cache(maxsize=4)
    def of(cls, schema: Schema) -> "Validator":
        """The validator of ``schema``, compiled once per process."""
        return cls(schema)

    def violations(self, triples) -> list[Violation]:
        return self.check(triples)[0]

    def check(self, triples) -> tuple[list[Violation], Graph | None]:
        """The violations, and pyshacl's report when pyshacl was asked (None: the checks passed it)."""
        if self.checks is not None and self.checks.conforms(triples):
            return [], None
        return validate(to_graph(triples), self.schema.shapes, self.schema.ontology)


def _violations(report: Graph, shapes: Graph) -> list[Violation]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        found.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            shape=_name(shapes, report.value(result, SH.sourceShape)),
            path=_short(report.value(result, SH.resultPath)),
            message=str(report.value(result, SH.resultMessage) or "constraint not met")))
    return sorted(found, key=lambda v: (v.focus, v.shape, v.message))


def _name(shapes: Graph, shape) -> str:
    """A shape's name; a blank property shape is named after the node shape that holds it."""
    if isinstance(shape, URIRef):
        return _short(shape)
    parent = next(shapes.subjects(SH.property, shape), None) if shape is not None else None
    return _short(parent) if isinstance(parent, URIRef) else "an anonymous shape"


def _short(term) -> str | None:
    if term is None:
        return None
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
