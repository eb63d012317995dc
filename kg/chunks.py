"""Dumps written in chunks cut where their content says, so that the next release rewrites the chunks
its changes touch and copies the others byte for byte.

A dump is a sorted run of *items*, each with a *key* and its rows: the statements of one subject in
the line dumps and kg.ttl (key: the subject), of one subject in one graph in kg.trig.gz (key: graph
name and subject). A chunk begins at the first item, at every item whose key's CRC-32 is a multiple
of its family's spacing (`starts_chunk`), and inside an item at a row that begins a triple of its own
whose subject, predicate and object have a CRC-32 that is a multiple of the family's row spacing: a
state is the subject of tens of thousands of statements, which would otherwise make one chunk of
megabytes that every article mentioning the state makes again. A chunk's *position* is its item's
key and "" at the item's first row, or the row's predicate and object inside it. Where chunks begin
depends only on which statements there are, so a release built from scratch and one changed from the
last cut the same chunks (`rechunk` makes again only the runs of chunks an edit touches, and
tests/test_chunks.py checks it against cutting anew). Each chunk is one *piece* of each file of its
family: a gzip member, compressed alone at `LEVEL` with neither name nor time, or plain text. RFC
1952, 2.2: "A gzip file consists of a series of members"; gzip, zcat, Python's gzip, rapper and RDF
libraries read it as the concatenation of its members. A file may begin with a *head* (Turtle's
``@prefix`` lines) and, when it has no piece at all, holds one empty member.

`Family` records the position of each chunk and the size of each piece and cuts items into chunks;
`Writer` writes one file, compressing and hashing in a thread of its own.
"""

from __future__ import annotations

import hashlib
import os
import queue
import zlib
from bisect import bisect_right
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Callable, Iterable, Iterator

LEVEL = 1         # zlib's fastest: a third larger than its default 6, two to three times faster
_BACKLOG = 16     # pieces waiting for a writer before the producer waits
_BLOCK = 1 << 22  # bytes copied at a time


def starts_chunk(key: str, spacing: int) -> bool:
    """Whether a chunk begins at this key (as at a file's first key, always): for one key in ``spacing``."""
    return zlib.crc32(key.encode("utf-8")) % spacing == 0


def group_of(row) -> str:
    """What a row begins inside its item, as a position holds it: its first two terms (predicate and
    object: rows that differ only in their graph stay in one chunk)."""
    return f"{row[0]} {row[1]}"


def starts_inside(key: str, group: str, family: "Family") -> bool:
    """Whether a chunk of ``family`` begins inside item ``key`` at the row ``group`` (not its first row)."""
    return zlib.crc32(group.encode("utf-8"), family.seed(key)) % family.rows == 0


def compress(data: bytes) -> bytes:
    """One gzip member: the same bytes for the same data (no name, no time)."""
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


Position = tuple[str, str]  # (item key, "" at its first row or the group of the row within it)
Item = tuple[str, list]     # (key, its rows sorted)


@dataclass
class Family:
    """Files cut into the same chunks: a chunk begins at the first item, at an item whose key starts a
    chunk (one key in ``spacing``), and inside an item at a row beginning a triple of its own whose
    subject and group start one (one in ``rows``; 0: never inside an item). ``keys``: the position
    where each chunk begins; per file its head's size and its pieces' sizes (one per chunk, 0 for an
    empty piece). ``graphs``: whether a key is "<graph> subject" (kg.trig.gz) or a subject."""

    spacing: int
    keys: list[Position] = field(default_factory=list)
    heads: dict[str, int] = field(default_factory=dict)
    pieces: dict[str, list[int]] = field(default_factory=dict)
    rows: int = 0
    graphs: bool = False

    def chunk_of(self, position: Position) -> int:
        """The chunk that holds ``position``, or would hold it (the first for one before them all)."""
        return max(bisect_right(self.keys, position) - 1, 0)

    def spans(self, name: str) -> list[tuple[int, int]]:
        """(offset, size) of each piece of file ``name``."""
        sizes = self.pieces[name]
        return list(zip(accumulate(sizes[:-1], initial=self.heads.get(name, 0)), sizes))

    def empty(self) -> "Family":
        """A family cut as this one, with no chunk yet."""
        return Family(self.spacing, rows=self.rows, graphs=self.graphs)

    def seed(self, key: str) -> int:
        """What a row's test inside item ``key`` starts from: the CRC-32 of its subject and a space (the
        subject of a kg.trig.gz key is what follows its graph), so that a row begins a chunk for one
        (subject, predicate, object) in ``rows``, in both families alike."""
        subject = key.split(" ", 1)[1] if self.graphs else key
        return zlib.crc32(f"{subject} ".encode("utf-8"))

    def cut(self, items: Iterable[Item], continued: bool = False) -> Iterator[tuple[Position, list[Item]]]:
        """The chunks of ``items`` (sorted by key), each with the position where it begins; ``continued``:
        the first item's rows continue those of a chunk before (its first row begins no item)."""
        chunk: list[Item] = []
        start: Position = ("", "")
        for key, rows in items:
            if not rows:
                continue
            if not chunk or (not continued and starts_chunk(key, self.spacing)):
                if chunk:
                    yield start, chunk
                chunk, start = [], (key, group_of(rows[0]) if continued else "")
            continued, begun, last = False, 0, group_of(rows[0])
            if self.rows and len(rows) > 1:
                seed = self.seed(key)
                for j in range(1, len(rows)):
                    group = group_of(rows[j])
                    if group != last:
                        last = group
                        if zlib.crc32(group.encode("utf-8"), seed) % self.rows == 0:
                            chunk.append((key, rows[begun:j]))
                            yield start, chunk
                            chunk, start, begun = [], (key, group), j
            chunk.append((key, rows[begun:]))
        if chunk:
            yield start, chunk


@dataclass
class Chunk:
    """A chunk made again by `rechunk`: where it begins and its items."""

    start: Position
    items: list[Item]



class Writer:
    """One file of a release, written in order by a thread of its own: ``head`` and ``piece`` take
    text (compressed there when the file is gzip), ``copy`` pieces of another file as they are;
    ``close`` returns (piece sizes, head size, file size, SHA-256)."""

    def __init__(self, path: Path, gzip: bool):
        self.path, self.gzip = Path(path), gzip
        self._queue: queue.Queue = queue.Queue(_BACKLOG)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix=f"write-{self.path.name}")
        self._done = self._thread.submit(self._drain)

    def head(self, text: bytes) -> None:
        self._queue.put(("head", text))

    def piece(self, text: bytes) -> None:
        self._queue.put(("piece", text))

    def copy(self, source: Path, offset: int, sizes: list[int]) -> None:
        """Pieces of ``source`` as they are: ``sizes`` of them, one after the other from ``offset``."""
        self._queue.put(("copy", (source, offset, sizes)))

    def close(self) -> tuple[list[int], int, int, str]:
        self._queue.put(None)
        try:
            return self._done.result()
        finally:
            self._thread.shutdown()

    def abort(self) -> None:
        """Stop after a failure elsewhere (the half-written file is the caller's to remove)."""
        self._queue.put(None)
        self._thread.shutdown()

    def _drain(self):
        out = _Out(self.path)
        try:
            while (item := self._queue.get()) is not None:
                kind, data = item
                if kind == "copy":
                    out.copy(*data)
                else:
                    out.write(compress(data) if self.gzip and data else data, kind == "head")
            if self.gzip and out.total == 0:
                out.write(compress(b""), None)  # an empty file is no gzip file: one empty member, no piece
            return out.close()
        except BaseException:
            while self._queue.get() is not None:  # the producer learns of the failure at close
                pass
            raise
        finally:
            out.release()


def _copy_range(source: int, target: int, size: int, offset: int) -> int:
    """Append ``size`` bytes of ``source`` from ``offset`` to ``target`` (in the kernel where it can)."""
    copied = 0
    try:
        while copied < size:
            done = os.copy_file_range(source, target, size - copied, offset + copied)
            if not done:
                return copied
            copied += done
    except (AttributeError, OSError):  # no copy_file_range here, or not between these files
        while copied < size and (data := os.pread(source, min(_BLOCK, size - copied), offset + copied)):
            copied += os.write(target, data)
    return copied


class _Out:
    """The file a `Writer` fills, with its SHA-256 and sizes."""

    def __init__(self, path: Path):
        self.stream = open(path, "wb")
        self.digest, self.total, self.head, self.sizes = hashlib.sha256(), 0, 0, []
        self.sources: dict[Path, int] = {}

    def write(self, data: bytes, head: bool | None = False) -> None:
        """``data`` as a piece, as (part of) the head, or (``head`` None) as neither."""
        self.stream.write(data)
        self.digest.update(data)
        self.total += len(data)
        if head:
            self.head += len(data)
        elif head is not None:
            self.sizes.append(len(data))

    def copy(self, source: Path, offset: int, sizes: list[int]) -> None:
        """The bytes of ``source`` from ``offset``, copied by the kernel, read back for the SHA-256."""
        descriptor = self.sources.get(source)
        if descriptor is None:
            descriptor = self.sources[source] = os.open(source, os.O_RDONLY)
        self.stream.flush()
        end = offset + sum(sizes)
        while offset < end:
            data = os.pread(descriptor, min(_BLOCK, end - offset), offset)
            if not data or _copy_range(descriptor, self.stream.fileno(), len(data), offset) != len(data):
                raise OSError(f"{source} ends before byte {end}")
            self.digest.update(data)
            offset += len(data)
        self.total += sum(sizes)
        self.sizes += sizes

    def close(self) -> tuple[list[int], int, int, str]:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        return self.sizes, self.head, self.total, self.digest.hexdigest()

    def release(self) -> None:
        self.stream.close()
        for descriptor in self.sources.values():
            os.close(descriptor)


def rechunk(family: Family, edits: dict[str, tuple[set, set]], load: Callable[[int], dict[str, list]]) -> list:
    """The chunks of ``family`` once ``edits`` (key -> rows removed, rows added) are made, in order: the
    number of an old chunk that stays as it was, or a new `Chunk`. ``load(i)`` gives the items of old
    chunk i (key -> its rows there), and may be asked twice. A run of touched chunks is made again whole,
    cut as `Family.cut` cuts; when its first row no longer begins a chunk (it was removed), the run takes
    in the chunk before it, and when the chunk after it continues an item the run no longer ends with,
    that chunk."""
    touched = {family.chunk_of((key, group_of(row))) for key, (removed, added) in edits.items()
               for row in (*removed, *added)}
    while True:
        made = {run: _remade(run, family, edits, load) for run in _runs(sorted(touched))}
        widen = set()
        for run, (chunks, before, after) in made.items():
            if before:
                widen.add(run.start - 1)
            if after:
                widen.add(run.stop)
        if not widen:
            break
        touched |= widen
    order, position = [], 0
    for run, (chunks, _, _) in sorted(made.items(), key=lambda item: item[0].start):
        order += list(range(position, run.start)) + chunks
        position = run.stop
    return order + list(range(position, len(family.keys)))


def _remade(run: range, family: Family, edits: dict, load) -> tuple[list[Chunk], bool, bool]:
    """The new chunks of ``run``; whether the run must take in the chunk before it (its first row no
    longer begins a chunk) and the chunk after it (which continues an item the run no longer ends with)."""
    items: dict = {}
    for i in run:
        for key, rows in load(i).items():
            items.setdefault(key, []).extend(rows)
    low = family.keys[run.start] if run.start > 0 else None
    high = family.keys[run.stop] if run.stop < len(family.keys) else None
    for key, (removed, added) in edits.items():
        if (low is not None and key < low[0]) or (high is not None and key > high[0]):
            continue
        inside = [row for row in (*removed, *added) if _within((key, group_of(row)), low, high)]
        if inside:
            here = set(inside)
            items[key] = sorted(set(items.get(key, ())) - (removed & here) | (added & here))
    keys = sorted(key for key, rows in items.items() if rows)
    continued = low is not None and bool(low[1]) and bool(keys) and keys[0] == low[0]
    made = [Chunk(start, chunk) for start, chunk in family.cut(((key, items[key]) for key in keys), continued)]
    before = low is not None and bool(keys) and not (
        starts_inside(keys[0], group_of(items[keys[0]][0]), family) if continued
        else starts_chunk(keys[0], family.spacing))
    after = high is not None and bool(high[1]) and (not keys or keys[-1] != high[0])
    return made, before, after


def _within(position: Position, low: Position | None, high: Position | None) -> bool:
    return (low is None or position >= low) and (high is None or position < high)


def _runs(indexes: list[int]) -> list[range]:
    """Consecutive ``indexes`` (sorted) as ranges."""
    runs: list[range] = []
    for i in indexes:
        if runs and runs[-1].stop == i:
            runs[-1] = range(runs[-1].start, i + 1)
        else:
            runs.append(range(i, i + 1))
    return runs
