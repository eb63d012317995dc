"""The layout of a release folder, shared by the publisher (writes) and the server (reads).

``OUT`` is a symbolic link to ``OUT.releases/<version>/``; a new release is written
beside the old one and the link is swapped with one atomic rename, so a build that
fails part-way leaves the previous release in place and served. Each release holds
``store/`` (the Oxigraph store: every published named graph) and the files of
:data:`FILES`. Every dump but ``void.ttl``, ``release.json`` and ``SHA256SUMS`` depends
on the published graphs only: the same input gives the same bytes. A gzipped dump is a series
of gzip members, one per chunk (`kg.chunks`), which every gzip reader reads as one text; hidden
files (names starting with a dot) keep what the next build reuses, and are no dumps.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

STORE = "store"
METADATA = "release.json"
SUMS = "SHA256SUMS"
VERSION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")  # what the server accepts as a version


@dataclass(frozen=True)
class File:
    """One file of a release: its name, what it holds, its media type (inside any gzip)."""

    name: str
    description: str
    content_type: str
    gzip: bool = False

    @property
    def media_type(self) -> str:
        return "application/gzip" if self.gzip else self.content_type


FILES = {file.name: file for file in (
    File("kg.ttl", "every distinct triple of the published graphs (Turtle)", "text/turtle"),
    File("kg.ttl.gz", "kg.ttl, gzipped", "text/turtle", gzip=True),
    File("kg.nt.gz", "every distinct triple, one a line, sorted (gzipped N-Triples)", "application/n-triples",
         gzip=True),
    File("kg.nq.gz", "every quad with its graph name, sorted (gzipped N-Quads)", "application/n-quads", gzip=True),
    File("kg.trig.gz", "every named graph (gzipped TriG)", "application/trig", gzip=True),
    File("asserted.nq.gz", "asserted triples only: one named graph per article (gzipped N-Quads)",
         "application/n-quads", gzip=True),
    File("inferred.nq.gz", "inferred triples only: the OWL 2 RL graph (gzipped N-Quads)", "application/n-quads",
         gzip=True),
    File("ontology.ttl", "the ontology (Turtle)", "text/turtle"),
    File("shapes.ttl", "the SHACL shapes every article was validated against (Turtle)", "text/turtle"),
    File("validation.ttl", "the SHACL validation report of every article validated, published or not (Turtle)",
         "text/turtle"),
    File("void.ttl", "VoID and DCAT description: licence, publisher, dates, counts, partitions, links",
         "text/turtle"),
    File(METADATA, "version, dates, counts, graph names, articles published and skipped", "application/json"),
    File(SUMS, "SHA-256 checksums of the other files (sha256sum -c SHA256SUMS)", "text/plain"),
)}
#: The files every release holds, from the first layout on; a release may hold more of FILES.
DUMPS = ("kg.ttl", "kg.nq.gz", "void.ttl", METADATA, SUMS)


def releases_dir(out: Path) -> Path:
    out = Path(out)
    return out.parent / (out.name + ".releases")


def current(out: Path) -> Path | None:
    """The folder of the release ``out`` points to, or None when nothing is published."""
    out = Path(out)
    if not out.exists():
        return None
    path = out.resolve()
    return path if (path / METADATA).is_file() else None


def find(out: Path, version: str) -> Path | None:
    """The folder of release ``version`` if it is one inside ``OUT.releases``, else None (never elsewhere)."""
    if not VERSION_NAME.fullmatch(version):
        return None
    root = releases_dir(out)
    folder = root / version
    if folder.is_symlink() or not (folder / METADATA).is_file() or folder.resolve().parent != root.resolve():
        return None
    return folder.resolve()


def versions(out: Path) -> list[str]:
    """The versions of the releases kept in ``OUT.releases``, newest first."""
    root = releases_dir(out)
    if not root.is_dir():
        return []
    return sorted((p.name for p in root.iterdir() if find(out, p.name)), reverse=True)


def metadata(release: Path) -> dict:
    return json.loads((Path(release) / METADATA).read_text(encoding="utf-8"))


def swap(out: Path, release: Path) -> None:
    """Point ``out`` at ``release`` in one atomic rename."""
    out = Path(out)
    if out.exists() and not out.is_symlink():
        raise FileExistsError(f"{out} exists and is not a release link; move it away or choose --out")
    tmp = out.parent / f".{out.name}.link-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(os.path.relpath(release, out.parent), tmp)
    os.replace(tmp, out)
