"""The layout of a release folder, shared by the publisher (writes) and the server (reads).

``OUT`` is a symbolic link to ``OUT.releases/<version>/``; a new release is written
beside the old one and the link is swapped with one atomic rename, so a build that
fails part-way leaves the previous release in place and served. Each release holds:

========================  =====================================================
``store/``                the Oxigraph store: every published named graph
``kg.ttl``                every triple of the published graphs (Turtle)
``kg.nq.gz``              every quad, with graph names (gzipped N-Quads)
``void.ttl``              VoID description with counts
``release.json``          version, date, counts, graph names, skipped articles
``SHA256SUMS``            checksums of every file above (``sha256sum -c`` format)
========================  =====================================================
"""

from __future__ import annotations

import json
import os
from pathlib import Path

STORE = "store"
METADATA = "release.json"
SUMS = "SHA256SUMS"
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
