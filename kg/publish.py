"""Publish: build a whole release folder aside, then point ``out`` at it in one atomic rename.

The layout is `kg.release`'s; the dumps are `kg.dumps`'s, the description `kg.void`'s. A release
is built in ``OUT.releases/.building-<pid>-<random>/`` (every file written to a temporary name,
synced, renamed), renamed to its version ``<UTC time>-<content hash>`` once complete, and only
then swapped in with `release.swap`. Any failure removes the half-built folder and raises
PublishError; the previous release and the ``out`` link are never touched. Older releases
beyond ``keep`` are deleted, never the current.

Each dump is compressed and written in a thread while the next is serialized; the store is
bulk-loaded last, in the main thread (a busy Python thread beside Oxigraph's bulk loader slows
it several times over).

``release.json`` holds ``meta`` plus ``version``, ``created``, ``previous`` (the version it
replaced), ``base_iri``, ``license``, ``publisher``, ``triples`` (distinct, all graphs),
``quads``, ``article_graphs``, ``counts`` (distinct triples per graph kind), ``graphs`` (quads
per graph name) and, when reports are given, ``validation`` (articles validated, how many conform).
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
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import ConjunctiveGraph, Graph, URIRef

from . import dumps, release, void
from .errors import PublishError, UsageError
from .iris import Minter

log = logging.getLogger(__name__)

VERSION = re.compile(r"\d{8}T\d{6}\.\d{6}Z-[0-9a-f]{12}")
BUILDING = re.compile(r"\.building-(\d+)-[0-9a-f]+")
GZIP_LEVEL = 6  # gzip's own default: level 9 takes twice as long for 10 % less


@dataclass(frozen=True)
class Delta:
    """The previous release's store and how this release differs from it (`kg.incremental`): the article
    graphs to drop, the article graphs to write, the inferred triples to remove and to add
    (N-Triples terms). The new store is the old one copied with hard links, then changed by these."""

    store: Path
    dropped: frozenset
    written: frozenset
    uninferred: frozenset
    inferred: frozenset


def publish(out: Path, article_graphs: dict[URIRef, Graph], inferred: Graph, ontology: Graph,
            minter: Minter, meta: dict, keep: int = 2, *, shapes: Graph | None = None,
            validation: list[tuple[str, URIRef, Graph | None]] | None = None, delta: Delta | None = None,
            hidden: dict[str, bytes] | None = None) -> Path:
    """Write a new release of every graph, point ``out`` at it, return its folder.

    An article graph, or the inferred graph, may also be a collection of (s, p, o) N-Triples
    terms as ``str()`` of pyoxigraph terms writes them (`kg.dumps.read`): no rdflib graph needed.
    ``shapes`` (the SHACL shapes graph) is published as shapes.ttl; ``validation`` holds
    (source, article graph name, pyshacl report graph) for every article validated, published
    or not, the report None for an article that conforms, and is published as validation.ttl.
    Either is left out of the release when None. ``delta``: the store is made from the previous
    release's by these changes instead of loaded whole (the same quads either way). ``hidden``: files
    written into the release under names starting with a dot (no dump, not in SHA256SUMS).
    """
    out = Path(out)
    if keep < 1:
        raise UsageError(f"keep must be at least 1 (the current release), not {keep}")
    previous = release.current(out)
    building, folder = None, None
    validation = None if validation is None else list(validation)
    try:
        graphs = _named_graphs(article_graphs, inferred, ontology, minter, meta)
        _check_reports(validation, article_graphs)
        with _step(f"creating a build folder beside {out}"):
            building = _building_folder(release.releases_dir(out))
        meta = {**meta, "previous": previous.name if previous else None}
        folder = _build(building, graphs, minter, meta, shapes, validation, delta, hidden or {})
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
        allowed = (Graph,) if name == minter.ontology_graph else (Graph, list, set, frozenset, tuple)
        if isinstance(graph, ConjunctiveGraph) or not isinstance(graph, allowed):
            raise PublishError(f"graph <{name}> is a {type(graph).__name__}, not an rdflib.Graph"
                               + ("" if len(allowed) == 1 else " or a collection of N-Triples triples"))
    return pairs


def _check_reports(validation, article_graphs) -> None:
    """Every published article must have been found conforming, if reports are given."""
    for source, name, report in validation or ():
        if name in article_graphs and not dumps.conforms(report):
            raise PublishError(f"article {source} (graph <{name}>) is published but its SHACL report does not "
                               "conform; publish only the articles that validate")


def _building_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (building := root / f".building-{os.getpid()}-{secrets.token_hex(4)}").mkdir()
    return building


def _build(building: Path, graphs: list, minter: Minter, meta: dict, shapes, validation, delta: Delta | None,
           hidden: dict[str, bytes]) -> Path:
    """Fill ``building`` with every file of the layout; rename it to its version; return that."""
    now = dt.datetime.now(dt.timezone.utc)
    with _step("reading the graphs"):
        content = dumps.read(graphs)
        nquads = content.nquads()
    version = f"{now:%Y%m%dT%H%M%S.%f}Z-{hashlib.sha256(nquads).hexdigest()[:12]}"
    created = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    ontology = graphs[-1][1]  # see _named_graphs
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="publish") as pool:  # gzip and writes
        with _step("serializing the dumps"):
            written = {name: pool.submit(_write, building, name, data)
                       for name, data in dumps.files(content, nquads, minter, ontology, shapes, validation)}
        with _step("counting triples, entities, classes and properties"):
            stats = void.statistics(content, minter)
        with _step("loading the Oxigraph store"):
            if delta is None or not delta.store.is_dir():
                _load_store(building / release.STORE, nquads, content)
            else:
                _change_store(building / release.STORE, delta, content, minter)
        del nquads
        files = {}
        for name, future in written.items():
            with _step(f"writing {name}"):
                files[name] = future.result()
    with _step("writing void.ttl"):
        _write(building, "void.ttl", void.description(stats, minter, meta, version, created, files))
    with _step("writing release.json"):
        _write(building, release.METADATA, _metadata(meta, version, created, minter, stats, content, validation))
    with _step("writing SHA256SUMS"):
        _write(building, release.SUMS, _checksums(building))
    for name, data in hidden.items():
        if not name.startswith(".") or "/" in name:
            raise PublishError(f"hidden file name {name!r} must start with a dot and name no folder")
        with _step(f"writing {name}"):
            _write(building, name, data)
    with _step(f"naming the release {version}"):
        folder = building.parent / version
        if folder.exists():
            raise FileExistsError(f"{folder} already exists")
        _fsync(building)
        os.rename(building, folder)
        _fsync(building.parent)
    return folder


def _load_store(path: Path, nquads: bytes, content: dumps.Content) -> None:
    """Bulk-load every quad, then reload the graphs with blank nodes quad by quad: the bulk
    loader renames blank nodes, and the store should name them as the dumps do."""
    store = ox.Store(str(path))
    try:
        store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)  # each term checked by dumps.read
        for name in sorted(content.blank):
            store.remove_graph(ox.NamedNode(name))
            store.extend(content.quads(name))
        store.flush()
    finally:
        del store  # closes the database now, not when a traceback lets go of this frame


def _change_store(path: Path, delta: Delta, content: dumps.Content, minter: Minter) -> None:
    """The previous store copied (hard links to its immutable files), then changed by ``delta``."""
    previous = ox.Store.read_only(str(delta.store))
    try:
        previous.backup(str(path))
    finally:
        del previous
    store = ox.Store(str(path))
    try:
        for name in sorted(delta.dropped):
            store.remove_graph(ox.NamedNode(name))
        for name in sorted(delta.written):
            store.extend(content.quads(name))
        graph, terms = ox.NamedNode(str(minter.inferred_graph)), content.terms
        for s, p, o in delta.uninferred:
            store.remove(ox.Quad(_term(s, terms), _term(p, terms), _term(o, terms), graph))
        store.extend(ox.Quad(terms[s], terms[p], terms[o], graph) for s, p, o in delta.inferred)
        store.flush()
    finally:
        del store


def _term(written: str, terms: dict):
    """The pyoxigraph term of an N-Triples term, parsed when this release no longer holds it."""
    found = terms.get(written)
    if found is None:
        found = next(iter(ox.parse(f"<t:> <t:> {written} .", format=ox.RdfFormat.N_TRIPLES))).object
    return found


def _metadata(meta: dict, version: str, created: str, minter: Minter, stats: void.Statistics,
              content: dumps.Content, validation) -> bytes:
    per_graph = {name: len(triples) for name, triples in content.graphs.items()}
    document = {**meta, "version": version, "created": created, "base_iri": minter.base,
                "license": meta.get("license") or void.LICENSE, "publisher": meta.get("publisher") or void.PUBLISHER,
                "triples": stats.scopes["dataset"]["triples"], "quads": sum(per_graph.values()),
                "article_graphs": sum(1 for name in per_graph if name.startswith(minter.article_graph(""))),
                "counts": {kind: stats.scopes[kind]["triples"] for kind in void.KINDS},
                "graphs": dict(sorted(per_graph.items()))}
    if validation is not None:
        conforming = sum(1 for _, _, report in validation if dumps.conforms(report))
        document["validation"] = {"articles": len(validation), "conforming": conforming}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _checksums(folder: Path) -> bytes:
    """``sha256sum -c`` lines for every file of the folder but SHA256SUMS and the store."""
    names = sorted(p.name for p in folder.iterdir()
                   if p.is_file() and p.name != release.SUMS and not p.name.startswith("."))
    return "".join(f"{_sha256(folder / name)}  {name}\n" for name in names).encode("ascii")


def _sha256(path: Path) -> str:
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _write(folder: Path, name: str, data: bytes) -> tuple[int, str]:
    """Write ``data`` (gzipped, without time or name, if the layout says so) to a temporary name in
    ``folder``, sync it, rename it to ``name``; return its size and SHA-256."""
    file = release.FILES.get(name)
    if file is not None and file.gzip:
        data = gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)
    temporary = folder / f".{name}.tmp"
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, folder / name)
    return len(data), hashlib.sha256(data).hexdigest()


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
