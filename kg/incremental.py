"""Incremental builds: what the current release already holds is not computed again.

Each release keeps, beside its dumps, hidden files (no dump, no checksum and no page lists them):
``.build-inputs`` (JSON), the build's inputs with each file's size, modification time and SHA-256;
``.build-cache/``, one pickle per input file: what `kg.pipeline.Stages` returned for each article read
from it (its triples and its share of the reasoning, or why it was skipped), named by the file's name
and SHA-256, so that a file that did not change is a hard link to the last release's, not written
again; and ``.build-made`` (pickle), the inferred triples and article graphs the release published.
The next `kg build` to the same ``--out``:

- reads again only the files whose size or time changed and whose bytes changed (a file only
  touched is not extracted again), and every URL (a page can change under the same address);
- when no input changed at all (the same files, the same bytes, the same code and settings), writes
  nothing: the release, every file of it, ``SHA256SUMS`` included, stays as it is;
- otherwise publishes a new release from the cached and the new articles together, exactly as a
  build from scratch would (``tests/test_incremental.py`` compares both), the store copied from the
  previous one with hard links (`pyoxigraph.Store.backup`) and changed by the graphs that differ.

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

log = logging.getLogger(__name__)

INPUTS = ".build-inputs"   # JSON: what was read (small: enough to tell that nothing changed)
CACHE = ".build-cache"     # folder: what was made of each file read, one pickle each
MADE = ".build-made"       # pickle: what the release published
FORMAT = 2


@dataclass
class Entry:
    """One input file as the last build read it."""

    size: int
    mtime_ns: int
    digest: str                 # SHA-256 of its bytes
    items: list | None = None   # what `Stages` returned for each article read from it (Mapped, Skipped or
                                # SourceError), in order; None until `Cache.complete` reads them
    stored: Path | None = None  # the file of the last release's cache that holds ``items``

    def key(self, name: str) -> str:
        """The name of its file in the cache folder: the same file of the same bytes, the same name."""
        return hashlib.sha256(f"{name}\0{self.digest}".encode("utf-8")).hexdigest()[:32]


@dataclass
class Cache:
    fingerprint: str
    inputs: list[str]                                   # the build's inputs, in order (files resolved)
    files: dict[str, Entry] = field(default_factory=dict)
    inferred: frozenset = frozenset()                   # the inferred graph it published
    graphs: frozenset = frozenset()                     # the article graphs it published
    folder: Path | None = None                          # the release it was read from

    def written(self) -> dict[str, bytes | Path]:
        """The hidden files of a release that holds this cache: bytes, or the last release's file to keep."""
        inputs = {"format": FORMAT, "fingerprint": self.fingerprint, "inputs": self.inputs,
                  "files": {name: [e.size, e.mtime_ns, e.digest] for name, e in sorted(self.files.items())}}
        made = {"inferred": self.inferred, "graphs": self.graphs}
        found: dict[str, bytes | Path] = {
            INPUTS: json.dumps(inputs, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
            MADE: pickle.dumps((FORMAT, self.fingerprint, made), protocol=pickle.HIGHEST_PROTOCOL)}
        for name, entry in sorted(self.files.items()):
            found[f"{CACHE}/{entry.key(name)}"] = entry.stored or pickle.dumps(
                (FORMAT, entry.items), protocol=pickle.HIGHEST_PROTOCOL)
        return found

    def complete(self) -> "Cache | None":
        """This cache with what was made of each file read in; None if that cannot be read."""
        try:
            with open(self.folder / MADE, "rb") as stream:
                version, fingerprint, made = pickle.load(stream)
            if version != FORMAT or fingerprint != self.fingerprint:
                raise ValueError("it does not belong to this release's inputs")
            for name, entry in self.files.items():
                entry.stored = self.folder / CACHE / entry.key(name)
                with open(entry.stored, "rb") as stream:
                    version, entry.items = pickle.load(stream)
                if version != FORMAT:
                    raise ValueError(f"{entry.stored.name} is of another format")
        except Exception as exc:  # a damaged or foreign cache costs a full build, nothing more
            log.warning("ignoring the build cache of %s (%s: %s): building everything", self.folder,
                        type(exc).__name__, exc)
            return None
        self.inferred, self.graphs = made["inferred"], made["graphs"]
        return self


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
        files = {name: Entry(size, mtime_ns, digest) for name, (size, mtime_ns, digest) in found["files"].items()}
        cache = Cache(found["fingerprint"], list(found["inputs"]), files, folder=current)
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
