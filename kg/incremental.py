"""Incremental builds: what the current release already holds is not computed again.

Each release keeps, beside its dumps, a hidden file (no dump, no checksum and no page lists it):
``.build-inputs`` (JSON), the build's inputs with each file's size, modification time and SHA-256 and
a summary of what was read from it (each article's source and graph IRI, or why it was skipped).
Beside the releases, in ``OUT.releases/.build-cache/``, is one pickle per input file read: what
`kg.pipeline.Stages` returned for each article read from it (its triples and its share of the
reasoning, or why it was skipped), named by the file's name and SHA-256: written once, shared by
every release that read that file with those bytes, deleted when no release kept refers to it
(`collect`). The next `kg build` to the same ``--out``:

- reads again only the files whose size or time changed and whose bytes changed (a file only
  touched is not extracted again), and every URL (a page can change under the same address);
- when no input changed at all (the same files, the same bytes, the same code and settings), writes
  nothing: the release, every file of it, ``SHA256SUMS`` included, stays as it is;
- otherwise publishes a new release from the cached and the new articles together, exactly as a
  build from scratch would (``tests/test_incremental.py`` compares both), the store copied from the
  previous one with hard links (`pyoxigraph.Store.backup`) and changed by the graphs that differ. The
  cache of an unchanged file is not even read: the inferred graph is kept up from the previous store
  (`kg.upkeep`), the summaries say which articles are published; only a build that cannot be kept
  up that way (see `Cache.trivial_links`) reads every file's cache (`Cache.complete`).

The cache is only used when it was written by the same code (a digest of the ``kg`` package:
sources, rules, data), for the same ontology, shapes and base IRI (`fingerprint`); anything else,
a cache that cannot be read included, means a build from scratch, never an error.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import release
from .errors import SourceError
from .sources import inputs

log = logging.getLogger(__name__)

INPUTS = ".build-inputs"   # JSON, in each release: what was read (small: enough to tell that nothing changed)
CACHE = ".build-cache"     # folder beside the releases: what was made of each file read, one pickle each
FORMAT = 3


@dataclass
class Entry:
    """One input file as the last build read it."""

    size: int
    mtime_ns: int
    digest: str                 # SHA-256 of its bytes
    items: list | None = None   # what `Stages` returned for each article read from it (Mapped, Skipped or
                                # SourceError), in order; None until `Cache.complete` reads them
    stored: Path | None = None  # the file of the last release's cache that holds ``items``
    summary: list | None = None  # per item of ``items``: ["mapped", source, graph IRI(, what was withheld)], ["skipped", source,
                                 # reason, graph IRI or None, whether it has a report] or ["error", source, reason]

    def load(self) -> list:
        """``items``, read from the cache file if they were not yet."""
        if self.items is None:
            with open(self.stored, "rb") as stream:
                version, items = pickle.load(stream)
            if version != FORMAT:
                raise ValueError(f"{self.stored.name} is of another format")
            self.items = items
        return self.items

    def key(self, name: str) -> str:
        """The name of its file in the cache folder: the same file of the same bytes, the same name."""
        return hashlib.sha256(f"{name}\0{self.digest}".encode("utf-8")).hexdigest()[:32]


@dataclass
class Cache:
    fingerprint: str
    inputs: list[str]                                   # the build's inputs, in order (files resolved)
    files: dict[str, Entry] = field(default_factory=dict)
    trivial_links: bool = False    # an article's reasoning made a trivial chain link: `kg.upkeep` cannot
                                   # keep its inferred graph up, every article's reasoning is merged again
    folder: Path | None = None                          # the release it was read from

    def written(self) -> dict[str, bytes | Path]:
        """The hidden files of a release that holds this cache (see `save` for the rest)."""
        inputs = {"format": FORMAT, "fingerprint": self.fingerprint, "inputs": self.inputs,
                  "trivial_links": self.trivial_links,
                  "files": {name: [e.size, e.mtime_ns, e.digest, e.summary or summary_of(e.items)]
                            for name, e in sorted(self.files.items())}}
        return {INPUTS: json.dumps(inputs, ensure_ascii=False, separators=(",", ":")).encode("utf-8")}

    def save(self, out: Path) -> None:
        """Write the cache file of each file read by this build (those of the files reused are there)."""
        folder = release.releases_dir(out) / CACHE
        folder.mkdir(parents=True, exist_ok=True)
        there, place = set(os.listdir(folder)), os.fspath(folder)   # one read of the folder, no stat per file
        for name, entry in sorted(self.files.items()):
            key = entry.key(name)
            if key in there and entry.stored is not None and os.fspath(entry.stored) == os.path.join(place, key):
                continue   # the file of the same bytes, in place
            path = folder / key
            temporary = folder / f".{path.name}.{os.getpid()}.tmp"
            temporary.write_bytes(pickle.dumps((FORMAT, entry.items), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, path)
            entry.stored = path

    def complete(self) -> "Cache | None":
        """This cache with what was made of each file read in; None if that cannot be read."""
        try:
            for entry in self.files.values():
                entry.load()
        except Exception as exc:  # a damaged or foreign cache costs a full build, nothing more
            log.warning("ignoring the build cache of %s (%s: %s): building everything", self.folder,
                        type(exc).__name__, exc)
            return None
        return self


def summary_of(items: list) -> list:
    """What `Entry.summary` says of ``items`` (`kg.pipeline.Mapped`, `Skipped` or `SourceError`)."""
    found = []
    for item in items:
        if hasattr(item, "triples"):
            found.append(["mapped", item.source, item.iri] + ([item.withheld] if getattr(item, "withheld", None) else []))
        elif hasattr(item, "graph"):
            found.append(["skipped", item.source, item.reason, item.graph, item.report is not None])
        else:
            found.append(["error", item.source, item.reason])
    return found


def collect(out: Path, since: float) -> None:
    """Delete the cache files no release of ``out`` refers to any more, but those written after
    ``since`` (a time: another build may be writing its own), and every release's old ``.build-cache``."""
    root = release.releases_dir(out)
    folder = root / CACHE
    if not folder.is_dir():
        return
    used = set()
    for version in (p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        try:
            found = json.loads((version / INPUTS).read_text(encoding="utf-8"))
            used.update(Entry(*values[:3]).key(name) for name, values in found["files"].items())
        except Exception:  # not a release of this format: it refers to nothing here
            continue
    for path in folder.iterdir():
        try:
            if path.name not in used and path.stat().st_mtime < since:
                path.unlink()
        except OSError as exc:
            log.debug("could not delete the cache file %s: %s", path, exc)


def fingerprint(settings) -> str:
    """What the cached results depend on besides the input files: the code, the ontology and shapes
    files (their bytes), the base IRI."""
    digest = hashlib.sha256(_code_digest().encode())
    for folder in (settings.ontology_dir, settings.shapes_dir):
        for path in sorted(Path(folder).glob("*.ttl")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(settings.base_iri.encode("utf-8"))
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """SHA-256 of every source, rule and data file of the ``kg`` package (names and bytes)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in {".py", ".json", ".tsv"}):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load(out: Path, fingerprint: str) -> Cache | None:
    """What the release ``out`` serves was built from, if it fits ``fingerprint``; None otherwise.
    Only the list of inputs is read here; `Cache.complete` reads the rest when it is needed."""
    current = release.current(out)
    path = current / INPUTS if current else None
    if path is None or not path.is_file():
        return None
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        if found["format"] != FORMAT:
            return None
        folder = release.releases_dir(out) / CACHE
        files = {name: Entry(size, mtime_ns, digest, stored=folder / Entry(size, mtime_ns, digest).key(name),
                             summary=summary)
                 for name, (size, mtime_ns, digest, summary) in found["files"].items()}
        cache = Cache(found["fingerprint"], list(found["inputs"]), files, bool(found["trivial_links"]), folder=current)
    except Exception as exc:
        log.warning("ignoring the build inputs %s (%s: %s): building everything", path, type(exc).__name__, exc)
        return None
    if cache.fingerprint != fingerprint:
        log.info("the code, ontology, shapes or base IRI changed since %s: building everything", current.name)
        return None
    return cache


def stat_of(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def digest_of(path: Path) -> str:
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def reusable(cache: Cache | None, path: Path) -> Entry | None:
    """The cached entry of ``path`` if the file is as it was: same size and time, or same bytes."""
    entry = cache.files.get(str(path)) if cache else None
    if entry is None:
        return None
    try:
        size, mtime_ns = stat_of(path)
        if (size, mtime_ns) == (entry.size, entry.mtime_ns):
            return entry
        if size == entry.size and digest_of(path) == entry.digest:
            entry.mtime_ns = mtime_ns
            return entry
    except OSError:
        return None
    return None


def entry_for(path: Path, items: list) -> Entry | None:
    """A new entry for a file just read; None if it cannot be stated (it is then not cached)."""
    try:
        size, mtime_ns = stat_of(path)
        return Entry(size, mtime_ns, digest_of(path), items)
    except OSError:
        return None


@dataclass
class Survey:
    """A build's inputs as they are now, beside what the release ``out`` serves was built from: enough to
    tell that nothing changed without importing the pipeline (`kg.cli` asks first: 0.3 s, not 1.5 s)."""

    fingerprint: str
    cache: Cache | None
    found: list                # `kg.sources.inputs`: files, URLs and the errors of paths that name nothing
    paths: list[Path | None]   # the resolved path of each file, None for the rest
    names: list[str]           # how the cache names each input (`input_name`)
    reused: list               # the cache `Entry` of each file whose bytes are as they were, else None

    def unchanged(self) -> bool:
        """The same inputs, bytes, code and settings as the current release's."""
        return self.cache is not None and self.names == self.cache.inputs and all(
            entry is not None or isinstance(f, SourceError) for f, entry in zip(self.found, self.reused))


def survey(settings, sources: list) -> Survey:
    """The `Survey` of a build of ``sources`` with ``settings``."""
    code = fingerprint(settings)
    cache = load(settings.out, code)
    found = list(inputs(sources))
    paths = resolved(found)
    return Survey(code, cache, found, paths, [input_name(f, path) for f, path in zip(found, paths)],
                  [reusable(cache, path) if path else None for path in paths])


def resolved(found: list) -> list[Path | None]:
    """The resolved path of each input file (None for the rest): each folder resolved once, a file itself
    only when it is a symbolic link (`Path.resolve` of every file took 0.5 s at 10,000 articles)."""
    folders: dict[Path, Path] = {}
    paths: list[Path | None] = []
    for f in found:
        if not isinstance(f, Path):
            paths.append(None)
        elif f.is_symlink():
            paths.append(f.resolve())
        else:
            folder = folders.get(f.parent)
            if folder is None:
                folder = folders[f.parent] = f.parent.resolve()
            paths.append(folder / f.name)
    return paths


def input_name(found, path: Path | None) -> str:
    """How an input is named in the cache: a file by its resolved ``path``, a URL as given, an error by its source."""
    if path is not None:
        return str(path)
    if isinstance(found, SourceError):
        return f"error: {found.source}"
    return found
