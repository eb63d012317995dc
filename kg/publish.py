"""Publish: build a whole release folder aside, then point ``out`` at it in one atomic rename.

The layout is `kg.release`'s. A release is built in ``OUT.releases/.building-<pid>-<random>/``
(every file written to a temporary name, synced, renamed), renamed to its version
``<UTC time>-<content hash>`` once complete, and only then swapped in with `release.swap`.
Any failure removes the half-built folder and raises PublishError; the previous release and
the ``out`` link are never touched. Older releases beyond ``keep`` are deleted, never the current.

Counts follow VoID (https://www.w3.org/TR/void/, section 4 "Describing dataset statistics"):
``void:triples`` counts distinct triples of the union of the graphs in scope, ``void:entities``
the distinct subjects in ``void:uriSpace``. ``release.json`` holds ``meta`` plus ``version``,
``created``, ``base_iri``, ``triples`` (distinct, all graphs), ``quads``, ``article_graphs``,
``counts`` (distinct triples per graph kind) and ``graphs`` (quads per graph name).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, ConjunctiveGraph, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from . import release
from .errors import PublishError, UsageError
from .iris import Minter
from .vocab import IRN, OA, SCHEMA, VOID, WIKIDATA

log = logging.getLogger(__name__)

VERSION = re.compile(r"\d{8}T\d{6}\.\d{6}Z-[0-9a-f]{12}")
BUILDING = re.compile(r"\.building-(\d+)-[0-9a-f]+")
WIKIDATA_DATASET = URIRef("http://www.wikidata.org/")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
PREFIXES = {"irn": str(IRN), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
            "schema": str(SCHEMA), "prov": "http://www.w3.org/ns/prov#", "oa": str(OA),
            "dcterms": str(DCTERMS), "void": str(VOID), "wd": str(WIKIDATA)}
TITLE = "International relations news knowledge graph"
KINDS = {"articles": "Asserted: one named graph per article",
         "inferred": "Inferred by OWL 2 RL reasoning, trivial triples left out",
         "ontology": "The ontology"}
STATS = ("triples", "entities", "classes", "properties", "distinctSubjects", "distinctObjects")


def publish(out: Path, article_graphs: dict[URIRef, Graph], inferred: Graph, ontology: Graph,
            minter: Minter, meta: dict, keep: int = 2) -> Path:
    """Write a new release of every graph, point ``out`` at it, return its folder."""
    out = Path(out)
    if keep < 1:
        raise UsageError(f"keep must be at least 1 (the current release), not {keep}")
    previous = release.current(out)
    building, folder = None, None
    try:
        graphs = _named_graphs(article_graphs, inferred, ontology, minter, meta)
        with _step(f"creating a build folder beside {out}"):
            building = _building_folder(release.releases_dir(out))
        folder = _build(building, graphs, minter, meta)
        with _step(f"pointing {out} at {folder.name}"):
            release.swap(out, folder)
    except BaseException as exc:
        _remove(building, folder if folder and folder.resolve() != release.current(out) else None)
        if isinstance(exc, Exception):
            kept = f"{out} still points at {previous.name}" if previous else f"{out} is as it was"
            raise PublishError(f"could not publish to {out}: {exc}. Nothing was changed: {kept}.") from exc
        raise
    _prune(release.releases_dir(out), keep, release.current(out))
    return folder


@contextmanager
def _step(what: str):
    """Turn any failure inside into a PublishError that says which step failed."""
    try:
        yield
    except PublishError:
        raise
    except Exception as exc:
        raise PublishError(f"{what} failed ({type(exc).__name__}: {exc})") from exc


def _named_graphs(article_graphs, inferred, ontology, minter: Minter, meta: dict) -> list:
    """(graph name, graph) pairs, article graphs sorted first; raise on a wrong name or object."""
    if meta.get("base_iri") and Minter(meta["base_iri"]).base != minter.base:
        raise PublishError(f"meta base_iri {meta['base_iri']} differs from the minter's {minter.base}")
    prefix = minter.article_graph("")
    for name in article_graphs:
        if not isinstance(name, URIRef) or not str.startswith(name, prefix):
            raise PublishError(f"article graph name {name!r} is not under {prefix}; mint it with "
                               "Minter.article_graph")
    pairs = sorted(article_graphs.items()) + [(minter.inferred_graph, inferred),
                                               (minter.ontology_graph, ontology)]
    for name, graph in pairs:
        if not isinstance(graph, Graph) or isinstance(graph, ConjunctiveGraph):
            raise PublishError(f"graph <{name}> is a {type(graph).__name__}, not an rdflib.Graph")
    return pairs


def _building_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (building := root / f".building-{os.getpid()}-{secrets.token_hex(4)}").mkdir()
    return building


def _build(building: Path, graphs: list, minter: Minter, meta: dict) -> Path:
    """Fill ``building`` with every file of the layout; rename it to its version; return that."""
    now = dt.datetime.now(dt.timezone.utc)
    with _step("loading the Oxigraph store"):
        nquads, stats, per_graph = _fill_store(building / release.STORE, graphs, minter)
    version = f"{now:%Y%m%dT%H%M%S.%f}Z-{hashlib.sha256(nquads).hexdigest()[:12]}"
    created = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    with _step("writing kg.nq.gz"):
        _write(building, "kg.nq.gz", gzip.compress(nquads, mtime=0))
    with _step("writing kg.ttl"):
        _write(building, "kg.ttl", _turtle(nquads))
    with _step("writing void.ttl"):
        _write(building, "void.ttl", _void(stats, minter.base, version, created))
    with _step("writing release.json"):
        _write(building, release.METADATA, _metadata(meta, version, created, minter, stats, per_graph))
    with _step("writing SHA256SUMS"):
        _write(building, release.SUMS, _checksums(building))
    with _step(f"naming the release {version}"):
        folder = building.parent / version
        if folder.exists():
            raise FileExistsError(f"{folder} already exists")
        _fsync(building)
        os.rename(building, folder)
        _fsync(building.parent)
    return folder


def _fill_store(path: Path, graphs: list, minter: Minter) -> tuple[bytes, dict, dict]:
    """Bulk-load every graph; return the sorted N-Quads, the VoID statistics, quads per graph."""
    store = ox.Store(str(path))
    try:
        store.bulk_extend(_quads(graphs))
        store.flush()
        lines = sorted(store.dump(format=ox.RdfFormat.N_QUADS).splitlines())
        stats = {scope: _statistics(store, scope, minter) for scope in ("dataset", *KINDS)}
        stats["wikidata"] = _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o "
                                          f"WHERE {{ GRAPH ?g {{ ?s <{IRN.wikidata}> ?o }} }} }}")
        per_graph = dict.fromkeys((str(name) for name, _ in graphs), 0)
        per_graph.update((row[0].value, int(row[1].value)) for row in store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))
    finally:
        del store  # closes the database now, not when a traceback lets go of this frame
    return b"".join(line + b"\n" for line in lines), stats, per_graph


def _quads(graphs: list):
    """The graphs as pyoxigraph quads; each rdflib term is converted once."""
    cache: dict = {}
    for name, graph in graphs:
        graph_name = ox.NamedNode(name)
        for triple in graph:
            try:
                yield ox.Quad(*(_term(term, cache) for term in triple), graph_name)
            except ValueError as exc:
                shown = " ".join(f"<{t}>" if isinstance(t, URIRef) else t.n3() for t in triple)
                raise PublishError(f"graph <{name}> holds a triple RDF cannot store ({exc}): {shown}; "
                                   "fix the mapping that produced it") from exc


def _term(term, cache: dict):
    converted = cache.get(term)
    if converted is None:
        if isinstance(term, URIRef):
            converted = ox.NamedNode(term)
        elif isinstance(term, BNode):
            converted = ox.BlankNode(term)
        elif isinstance(term, Literal) and term.language:
            converted = ox.Literal(term, language=term.language)
        elif isinstance(term, Literal):
            converted = ox.Literal(term, datatype=ox.NamedNode(term.datatype or XSD.string))
        else:
            raise ValueError(f"unsupported term type {type(term).__name__}")
        cache[term] = converted
    return converted


def _scope_where(scope: str, pattern: str, minter: Minter) -> str:
    """A WHERE body matching ``pattern`` in the graphs of one scope."""
    if scope == "dataset":
        return f"GRAPH ?g {{ {pattern} }}"
    if scope == "articles":  # every graph but these two is an article graph (see _named_graphs)
        return (f"GRAPH ?g {{ {pattern} }} "
                f"FILTER(?g NOT IN (<{minter.inferred_graph}>, <{minter.ontology_graph}>))")
    name = minter.inferred_graph if scope == "inferred" else minter.ontology_graph
    return f"GRAPH <{name}> {{ {pattern} }}"


def _statistics(store: ox.Store, scope: str, minter: Minter) -> dict:
    """The VoID statistics of one scope, counted by SPARQL on the store itself."""
    where = _scope_where(scope, "?s ?p ?o", minter)
    distinct = "SELECT (COUNT(DISTINCT ?{}) AS ?n) WHERE {{ {} }}".format
    subjects = [row[0] for row in store.query(f"SELECT DISTINCT ?s WHERE {{ {where} }}")]
    space = f"{minter.base}id/"  # void:uriSpace; filtered here, STR() on every triple is slow
    return {
        "triples": _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o "
                                 f"WHERE {{ {where} }} }}"),
        "entities": sum(1 for s in subjects if isinstance(s, ox.NamedNode) and s.value.startswith(space)),
        "classes": _count(store, distinct("o", _scope_where(scope, "?s a ?o", minter))),
        "properties": _count(store, distinct("p", where)),
        "distinctSubjects": len(subjects),
        "distinctObjects": _count(store, distinct("o", where)),
    }


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query(query)))[0].value)


def _turtle(nquads: bytes) -> bytes:
    """Every distinct triple of every graph, in the order of the sorted N-Quads (grouped by subject)."""
    triples = dict.fromkeys(quad.triple for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def _void(stats: dict, base: str, version: str, created: str) -> bytes:
    """The VoID description: the dataset, one subset per graph kind, the Wikidata linkset."""
    dataset, linkset = URIRef(f"{base}dataset"), URIRef(f"{base}dataset#wikidata")
    when = Literal(created, datatype=XSD.dateTime, normalize=False)
    triples = [
        (dataset, RDF.type, VOID.Dataset), (dataset, DCTERMS.title, Literal(TITLE, lang="en")),
        (dataset, OWL.versionInfo, Literal(version)),
        (dataset, DCTERMS.created, when), (dataset, DCTERMS.modified, when),
        (dataset, VOID.sparqlEndpoint, URIRef(f"{base}sparql")),
        (dataset, VOID.dataDump, URIRef(f"{base}dumps/kg.ttl")), (dataset, VOID.feature, FORMATS.Turtle),
        (dataset, VOID.dataDump, URIRef(f"{base}dumps/kg.nq.gz")),
        (dataset, VOID.feature, FORMATS["N-Quads"]),
        (dataset, VOID.uriSpace, Literal(f"{base}id/")), (dataset, VOID.vocabulary, URIRef(str(IRN))),
        (dataset, VOID.subset, linkset), (linkset, RDF.type, VOID.Linkset),
        (linkset, VOID.linkPredicate, IRN.wikidata), (linkset, VOID.subjectsTarget, dataset),
        (linkset, VOID.objectsTarget, WIKIDATA_DATASET),
        (linkset, VOID.triples, Literal(stats["wikidata"], datatype=XSD.integer)),
        (WIKIDATA_DATASET, RDF.type, VOID.Dataset), (WIKIDATA_DATASET, VOID.uriSpace, Literal(str(WIKIDATA))),
    ]
    triples += _statistics_triples(dataset, stats["dataset"])
    for kind, title in KINDS.items():
        subset = URIRef(f"{dataset}#{kind}")
        triples += [(dataset, VOID.subset, subset), (subset, RDF.type, VOID.Dataset),
                    (subset, DCTERMS.title, Literal(title, lang="en"))]
        triples += _statistics_triples(subset, stats[kind])
    void = Graph()
    for prefix, namespace in PREFIXES.items():
        void.bind(prefix, namespace)
    void.addN((*triple, void) for triple in triples)
    return void.serialize(format="turtle", encoding="utf-8")


def _statistics_triples(dataset: URIRef, stats: dict) -> list:
    return [(dataset, VOID[name], Literal(stats[name], datatype=XSD.integer)) for name in STATS]


def _metadata(meta: dict, version: str, created: str, minter: Minter, stats: dict,
              per_graph: dict) -> bytes:
    document = {**meta, "version": version, "created": created, "base_iri": minter.base,
                "triples": stats["dataset"]["triples"], "quads": sum(per_graph.values()),
                "article_graphs": sum(1 for name in per_graph if name.startswith(minter.article_graph(""))),
                "counts": {kind: stats[kind]["triples"] for kind in KINDS},
                "graphs": dict(sorted(per_graph.items()))}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _checksums(folder: Path) -> bytes:
    """``sha256sum -c`` lines for every file of the folder but SHA256SUMS and the store."""
    names = sorted(p.name for p in folder.iterdir()
                   if p.is_file() and p.name != release.SUMS and not p.name.startswith("."))
    return "".join(f"{_sha256(folder / name)}  {name}\n" for name in names).encode("ascii")


def _sha256(path: Path) -> str:
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _write(folder: Path, name: str, data: bytes) -> None:
    """Write ``data`` to a temporary name in ``folder``, sync it, rename it to ``name``."""
    temporary = folder / f".{name}.tmp"
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, folder / name)


def _fsync(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(*folders: Path | None) -> None:
    for folder in filter(None, folders):
        shutil.rmtree(folder, ignore_errors=True)


def _prune(root: Path, keep: int, current: Path | None) -> None:
    """Delete releases older than the newest ``keep`` (never ``current``) and dead builds.

    The new release is already served, so a folder that cannot be deleted is only logged."""
    versions = sorted(p for p in root.iterdir() if p.is_dir() and VERSION.fullmatch(p.name))
    old = [p for p in versions[:-keep] if current is None or p.resolve() != current.resolve()]
    dead = [p for p in root.iterdir()
            if (match := BUILDING.fullmatch(p.name)) and not _alive(int(match.group(1)))]
    for folder in old + dead:
        try:
            shutil.rmtree(folder)
        except OSError as exc:
            log.warning("could not delete the old release folder %s: %s", folder, exc)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True
