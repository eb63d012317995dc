"""Publish: build a whole release folder aside, then point ``out`` at it in one atomic rename.

The layout is `kg.release`'s; the dumps are `kg.dumps`'s, the description `kg.void`'s. A release
is built in ``OUT.releases/.building-<pid>-<random>/`` (every file synced), renamed to its version
``<UTC time>-<content hash>`` (the hash of kg.nq.gz, every quad) once complete, and only then swapped
in with `release.swap`. Any failure removes the half-built folder and raises PublishError; the
previous release and the ``out`` link are never touched. Older releases beyond ``keep`` are deleted,
never the current.

The big dumps and the store are written whole by `kg.dumpfiles` (the store bulk-loaded in threads
of its own while the dumps are made, each dump compressed in a thread of its own); given a `Delta`
from the previous release, `kg.rewrite` makes them from that release's instead, writing again only
the chunks that changed. Either way the files are the same, byte for byte.

``release.json`` holds ``meta`` plus ``version``, ``created``, ``previous`` (the version it
replaced), ``base_iri``, ``license``, ``publisher``, ``triples`` (distinct, all graphs),
``quads``, ``article_graphs``, ``counts`` (distinct triples per graph kind), ``graphs`` (quads
per graph name) and, when reports are given, ``validation`` (articles validated, how many conform).
"""

from __future__ import annotations

import datetime as dt
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

from rdflib import ConjunctiveGraph, Graph, URIRef

from . import chunks, dumpfiles, dumps, release, reports, void
from .errors import PublishError, UsageError
from .iris import Minter
from .rewrite import rewrite

log = logging.getLogger(__name__)

VERSION = re.compile(r"\d{8}T\d{6}\.\d{6}Z-[0-9a-f]{12}")
BUILDING = re.compile(r"\.building-(\d+)-[0-9a-f]+")


@dataclass(frozen=True)
class Delta:
    """The previous release's store and how this release differs from it (`kg.incremental`): the article
    graphs to drop, the article graphs to write, the inferred triples to remove and to add
    (N-Triples terms). The new store and dumps are the old ones changed by these (`kg.rewrite`). The
    ontology and shapes are the previous release's (a build makes a Delta only when its fingerprint, which
    covers them, is the previous build's): their files are linked from it, not written again."""

    store: Path
    dropped: frozenset
    written: frozenset
    uninferred: frozenset
    inferred: frozenset
    index: "dumpfiles.Index | None" = None   # the previous release's dump index, when already read
    dropped_triples: dict | None = None      # IRI -> triples of each graph dropped, when already read


def publish(out: Path, article_graphs: dict[URIRef, Graph], inferred: Graph, ontology: Graph,
            minter: Minter, meta: dict, keep: int = 2, *, shapes: Graph | None = None,
            validation: list[tuple[str, URIRef, Graph | None]] | None = None, delta: Delta | None = None,
            hidden: dict[str, bytes | Path] | None = None) -> Path:
    """Write a new release of every graph, point ``out`` at it, return its folder.

    An article graph, or the inferred graph, may also be a collection of (s, p, o) N-Triples
    terms as ``str()`` of pyoxigraph terms writes them (`kg.dumps.read`): no rdflib graph needed.
    ``shapes`` (the SHACL shapes graph) is published as shapes.ttl; ``validation`` holds
    (source, article graph name, pyshacl report graph) for every article validated, published
    or not, the report None for an article that conforms, and is published as validation.ttl.
    Either is left out of the release when None. ``delta``: the store and the big dumps are made
    from the previous release's by these changes (`kg.rewrite`) instead of whole (the same bytes either
    way). ``hidden``: files written into the release under names starting with a dot (no dump, not in
    SHA256SUMS), each its bytes or the path of a file to link (the last release's, unchanged); a name
    may be in one folder whose name starts with a dot.
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
        if name in article_graphs and not reports.conforms(report):
            raise PublishError(f"article {source} (graph <{name}>) is published but its SHACL report does not "
                               "conform; publish only the articles that validate")


def _building_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (building := root / f".building-{os.getpid()}-{secrets.token_hex(4)}").mkdir()
    return building


def _build(building: Path, graphs: list, minter: Minter, meta: dict, shapes, validation, delta: Delta | None,
           hidden: dict[str, bytes | Path]) -> Path:
    """Fill ``building`` with every file of the layout; rename it to its version; return that."""
    now = dt.datetime.now(dt.timezone.utc)
    made = _dumps(building, graphs, minter, delta)
    files = dict(made.files)
    ontology = graphs[-1][1]  # see _named_graphs
    unsynced: list[Path] = []  # written, synced to disk all at once before the release is named
    previous = delta.store.parent if delta is not None else None
    for name, make in _small_files(ontology, shapes, validation):
        with _step(f"writing {name}"):
            if name in _SCHEMA_FILES and previous is not None and (previous / name).is_file():
                files[name] = _linked(previous / name, building / name)  # the same ontology and shapes (`Delta`)
            else:
                files[name] = _write(building, name, make(), sync=False)
                unsynced.append(building / name)
    version = f"{now:%Y%m%dT%H%M%S.%f}Z-{made.files['kg.nq.gz'][1][:12]}"  # kg.nq.gz: every quad
    created = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    with _step("counting triples, entities, classes and properties"):
        stats = _statistics(made.index, ontology, minter)
    with _step("writing void.ttl"):
        files["void.ttl"] = _write(building, "void.ttl", void.description(stats, minter, meta, version, created, files),
                                   sync=False)
    with _step("writing release.json"):
        files[release.METADATA] = _write(building, release.METADATA,
                                         _metadata(meta, version, created, minter, stats, made.index.sizes, validation),
                                         sync=False)
    with _step("writing SHA256SUMS"):
        _write(building, release.SUMS, _checksums(building, files), sync=False)
    unsynced += [building / "void.ttl", building / release.METADATA, building / release.SUMS]
    unsynced += _hide(building, {**hidden, **made.index.written()})
    with _step(f"naming the release {version}"):
        folder = building.parent / version
        if folder.exists():
            raise FileExistsError(f"{folder} already exists")
        _sync(unsynced)
        _fsync(building)
        os.rename(building, folder)
        _fsync(building.parent)
    return folder


def _dumps(building: Path, graphs: list, minter: Minter, delta: Delta | None) -> dumpfiles.Made:
    """The chunked dumps and the store: changed from the previous release's when ``delta`` says how and
    that release's dumps can be reused, else made whole."""
    previous = delta.store.parent if delta is not None and delta.store.is_dir() else None
    index = None if previous is None else delta.index or dumpfiles.Index.read(previous, minter)
    if index is None:
        with _step("writing the dumps and loading the Oxigraph store"):
            return dumpfiles.write(building, graphs, minter)
    with _step(f"writing the dumps and the store changed from {previous.name}"):
        return rewrite(building, previous, index, delta, {str(name): graph for name, graph in graphs}, minter)


def _small_files(ontology: Graph, shapes: Graph | None, validation) -> list:
    """(name, function making its bytes) of the files written whole each time."""
    made = [("ontology.ttl", lambda: dumps.turtle_of(ontology))]
    if shapes is not None:
        made.append(("shapes.ttl", lambda: dumps.turtle_of(shapes)))
    if validation is not None:
        made.append(("validation.ttl", lambda: reports.validation_report(validation, shapes)))
    return made


def _statistics(index: dumpfiles.Index, ontology: Graph, minter: Minter) -> void.Statistics:
    """The VoID counts: of the chunked dumps from the index, of the small ontology graph directly."""
    scopes = index.scopes(minter)
    triples = sorted(dumps.triples_of(minter.ontology_graph, ontology, set())[0])
    scopes["ontology"] = void.count(triples, f"<{minter.base}id/")
    objects = {scope: len(found) for scope, found in index.objects.items()}
    return void.statistics(scopes, {**objects, "ontology": len({o for _, _, o in triples})})


def _metadata(meta: dict, version: str, created: str, minter: Minter, stats: void.Statistics,
              sizes: dict[str, int], validation) -> bytes:
    document = {**meta, "version": version, "created": created, "base_iri": minter.base,
                "license": meta.get("license") or void.LICENSE, "publisher": meta.get("publisher") or void.PUBLISHER,
                "triples": stats.scopes["dataset"]["triples"], "quads": sum(sizes.values()),
                "article_graphs": sum(1 for name in sizes if name.startswith(minter.article_graph(""))),
                "counts": {kind: stats.scopes[kind]["triples"] for kind in void.KINDS},
                "graphs": dict(sorted(sizes.items()))}
    if validation is not None:
        conforming = sum(1 for _, _, report in validation if reports.conforms(report))
        document["validation"] = {"articles": len(validation), "conforming": conforming}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _checksums(folder: Path, files: dict[str, tuple[int, str]]) -> bytes:
    """``sha256sum -c`` lines for every file of the folder but SHA256SUMS, hidden files and the store."""
    names = sorted(p.name for p in folder.iterdir()
                   if p.is_file() and p.name != release.SUMS and not p.name.startswith("."))
    if set(names) != set(files):
        raise PublishError(f"the release holds {names}, but {sorted(files)} were written")
    return "".join(f"{files[name][1]}  {name}\n" for name in names).encode("ascii")


def _hide(folder: Path, hidden: dict[str, bytes | Path]) -> list[Path]:
    """Hidden files (no dump, not in SHA256SUMS): each its bytes, or a hard link to the file a path names
    (a copy across file systems). A name starts with a dot, and may be in one folder whose name does;
    the files in such a folder are not synced to disk (a damaged one costs a full build,
    `kg.incremental`); the others written are returned, to be synced (`_sync`)."""
    written = []
    for name, data in hidden.items():
        parts = name.split("/")
        if len(parts) > 2 or not parts[0].startswith(".") or any(part in ("", ".", "..") for part in parts):
            raise PublishError(f"hidden file name {name!r} must start with a dot, in at most one folder that does")
        with _step(f"writing {name}"):
            if len(parts) == 2 and not os.path.isdir(folder / parts[0]):
                os.mkdir(folder / parts[0])
            if isinstance(data, Path):
                _link(data, f"{folder}/{name}")
            else:  # in a hidden folder: one of many small cache files, each not worth a disk sync
                _write(folder / parts[0] if len(parts) == 2 else folder, parts[-1], data, sync=False)
                if len(parts) == 1:
                    written.append(folder / name)
    return written


def _link(source: Path, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


#: Files made from the ontology and the shapes alone: a release built from the last (`Delta`) links them.
_SCHEMA_FILES = ("ontology.ttl", "shapes.ttl")


def _linked(source: Path, target: Path) -> tuple[int, str]:
    """``source`` linked (or copied) as ``target``; its size and SHA-256."""
    _link(source, str(target))
    data = target.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def _sync(paths: list[Path]) -> None:
    """Every file of ``paths`` synced to disk, all at once (the file system commits them together)."""
    if paths:
        with ThreadPoolExecutor(min(len(paths), 8), thread_name_prefix="sync") as pool:
            list(pool.map(_fsync, paths))


def _write(folder: Path, name: str, data: bytes, sync: bool = True) -> tuple[int, str]:
    """Write ``data`` (a gzip member, without time or name, if the layout says so) to a temporary name
    in ``folder``, sync it (unless told not to), rename it to ``name``; return its size and SHA-256."""
    file = release.FILES.get(name)
    if file is not None and file.gzip:
        data = chunks.compress(data)
    temporary = folder / f".{name}.tmp"
    with open(temporary, "wb") as stream:
        stream.write(data)
        if sync:
            stream.flush()
            os.fsync(stream.fileno())
    os.replace(temporary, folder / name)
    return len(data), hashlib.sha256(data).hexdigest()


def _fsync(path: Path) -> None:
    """A file, or a folder's entries, synced to disk."""
    descriptor = os.open(path, os.O_RDONLY)
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
