"""The chunked files of a release (`kg.dumps.LINE_FILES` and kg.trig.gz) and its store, written whole
(`write`), and what the next release needs to make them again from these by what changed
(`Index`, the hidden file ``.dumps-index`` of the release; `kg.rewrite` uses it).

The line dumps and kg.ttl are written chunk by chunk, every file in a thread of its own
(`kg.chunks.Writer`, compressing there), each piece of kg.nq.gz's text also fed to the store's bulk
loader (`kg.store.Loader`), which loads it while the rest is made; kg.trig.gz comes last. The index keeps, besides
where each chunk begins and the size of each piece, the VoID counts of each scope (they add up by
chunk) and how many distinct triples each object has in each scope (distinct objects do not).
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import secrets
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from operator import itemgetter
from pathlib import Path
from typing import Iterable


from . import chunks, dumps, release, store, void
from .chunks import Family
from .iris import Minter
from .turtle import Forms

log = logging.getLogger(__name__)

INDEX = ".dumps-index"
OBJECTS = ".dumps-objects"   # the objects of each scope as a release counted them (`Index.written`)
FORMAT = 4  # 3: the store holds the merge of the named graphs in its default graph; 4: OBJECTS apart
#: How many objects' counts may have changed since OBJECTS was written before it is written again
#: (`Index.written`; one changed article changes a few hundred).
OVERLAY = 50_000
SCOPES = ("dataset", "articles", "inferred")
MERGE = dumps.LINE_FILES.index("kg.nt.gz")  # its pieces: every distinct triple


@dataclass
class Index:
    """What the next release needs of this one's chunked files."""

    layout: tuple                       # what the pieces depend on besides the statements (`layout`)
    lines: Family                       # the chunks of LINE_FILES (key: a subject)
    graphs: Family                      # the chunks of kg.trig.gz (key: "<graph> subject")
    counts: dict[str, void.Counts]      # per scope of SCOPES: the VoID counts of the chunks added up
    objects: dict[str, "Objects"]       # per scope
    sizes: dict[str, int]               # graph IRI -> distinct triples
    ends: list[tuple[int, int, bool]]   # per chunk of LINE_FILES: `ends_of`
    base: str | None = None             # the OBJECTS file the objects' counts were read from (its token)
    folder: Path | None = None          # the release whose files these are (not written)

    def scopes(self, minter: Minter) -> dict[str, void.Counts]:
        """The VoID counts of each scope: those of the chunks added up, less the subjects counted in more
        than one chunk (`repeated`)."""
        more = repeated(self.lines.keys, self.ends, space(minter))
        return {scope: replace(counts, subjects=counts.subjects - more[scope][0],
                               entities=counts.entities - more[scope][1])
                for scope, counts in self.counts.items()}

    def written(self) -> dict[str, bytes | Path]:
        """The hidden files of the release (`kg.publish`): INDEX, and OBJECTS, the objects of each scope
        (most of the index: 38 of 42 MB at 10,000 articles) as some release counted them. INDEX holds the
        counts changed since (``Objects.changed``); while they are few, OBJECTS is the file ``folder``
        holds, linked, not written again."""
        changed = sum(len(found.changed) for found in self.objects.values())
        kept = self.folder / OBJECTS if self.base is not None and self.folder is not None else None
        files: dict[str, bytes | Path] = {}
        if kept is None or changed > OVERLAY or not kept.is_file():
            self.base = secrets.token_hex(8)
            for found in self.objects.values():
                found.changed.clear()
            files[OBJECTS] = pickle.dumps((self.base, self.objects), protocol=pickle.HIGHEST_PROTOCOL)
        else:
            files[OBJECTS] = kept
        overlay = {scope: dict(found.changed) for scope, found in self.objects.items()}
        files[INDEX] = pickle.dumps((FORMAT, replace(self, objects=overlay, folder=None)),
                                    protocol=pickle.HIGHEST_PROTOCOL)
        return files

    @staticmethod
    def read(folder: Path, minter: Minter) -> "Index | None":
        """The index of the release in ``folder`` if its pieces can be reused here; None otherwise."""
        try:
            with open(folder / INDEX, "rb") as stream:
                version, index = pickle.load(stream)
            if version == FORMAT and index.layout == layout(minter):
                with open(folder / OBJECTS, "rb") as stream:
                    base, objects = pickle.load(stream)
                if base != index.base or objects.keys() != index.objects.keys():
                    raise ValueError(f"{OBJECTS} is not the one {INDEX} was written with")
                for scope, changed in index.objects.items():
                    objects[scope].bump(changed)
                index.objects, index.folder = objects, folder
                return index
            log.info("the dumps of %s were cut otherwise: writing them whole", folder.name)
        except Exception as exc:  # a missing or damaged index costs a whole write, nothing more
            log.info("no usable dump index in %s (%s: %s): writing the dumps whole", folder, type(exc).__name__, exc)
        return None


class Objects:
    """How many distinct triples of a scope each object is the object of: the objects (`object_key`)
    sorted, their counts (never 0) in an array beside them; pickled as one text and one array."""

    def __init__(self, counted: dict[str, int]):
        pairs = sorted((object_key(term), n) for term, n in counted.items())
        self.keys, self.counts = [key for key, _ in pairs], array("q", (n for _, n in pairs))
        self.changed: dict[str, int] = {}   # key -> by how much its count changed since last written whole

    def __len__(self) -> int:
        return len(self.keys)

    def change(self, terms: Iterable[str], by: int) -> None:
        """Count the triples of ``terms`` (objects) ``by`` more each (-1: fewer); an object at 0 is gone."""
        for key in map(object_key, terms):
            self._bump(key, by)

    def bump(self, changed: dict[str, int]) -> None:
        """Change the count of each key of ``changed`` by its number (`Index.read`)."""
        for key, by in changed.items():
            self._bump(key, by)

    def _bump(self, key: str, by: int) -> None:
        i = bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            self.counts[i] += by
            if not self.counts[i]:
                del self.keys[i], self.counts[i]
        else:
            self.keys.insert(i, key)
            self.counts.insert(i, by)
        net = self.changed.get(key, 0) + by
        if net:
            self.changed[key] = net
        else:
            self.changed.pop(key, None)

    def __getstate__(self):
        return "\n".join(self.keys), self.counts.tobytes()  # no key holds a line break

    def __setstate__(self, state) -> None:
        text, counts = state
        self.keys, self.counts = text.split("\n") if text else [], array("q", counts)
        self.changed = {}


def object_key(term: str) -> str:
    """How the index knows an object: a long term (an article's text) by a 128-bit digest."""
    return term if len(term) <= 64 else hashlib.blake2b(term.encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class Made:
    files: dict[str, tuple[int, str]]   # file name -> (bytes, SHA-256)
    index: Index


def layout(minter: Minter) -> tuple:
    """What the bytes of a piece depend on besides its statements."""
    return (FORMAT, dumps.LINE_SPACING, dumps.TRIG_SPACING, dumps.LINE_ROWS, dumps.TRIG_ROWS, chunks.LEVEL,
            zlib.ZLIB_RUNTIME_VERSION, tuple(dumps.PREFIXES.items()), str(minter.inferred_graph), str(minter.ontology_graph), minter.base)


def special(minter: Minter) -> tuple[str, str]:
    return f"<{minter.inferred_graph}>", f"<{minter.ontology_graph}>"


def space(minter: Minter) -> str:
    return f"<{minter.base}id/"


# ---------------------------------------------------------------- whole

def write(folder: Path, pairs: list, minter: Minter) -> Made:
    """Every chunked file and the store of ``pairs`` (graph name, graph), from nothing."""
    content = dumps.read(pairs)
    forms = Forms(dumps.PREFIXES)
    forms.learn(content.terms, content.predicates)
    loader, writers = store.Loader(folder / release.STORE), writers_of(folder, forms)
    try:
        subjects = content.subjects()
        lines, counts, objects, ends = _write_lines(content, subjects, forms, minter, writers, loader.feed)
        loader.fed()
        graphs = trig_family()
        for start, items in graphs.cut(dumps.trig_items(content, subjects)):
            graphs.keys.append(start)
            writers[dumps.TRIG_FILE].piece(dumps.trig_piece(dumps.blocks_of(items), forms))
        content.rows.clear()
        files = close(writers, lines, graphs)
        loader.finish(content.blank)
    except BaseException:
        loader.abort()
        for writer in writers.values():
            writer.abort()
        raise
    return Made(files, Index(layout(minter), lines, graphs, counts, objects, content.counts, ends))


def line_family() -> Family:
    return Family(dumps.LINE_SPACING, rows=dumps.LINE_ROWS)


def trig_family() -> Family:
    return Family(dumps.TRIG_SPACING, rows=dumps.TRIG_ROWS, graphs=True)


def writers_of(folder: Path, forms: Forms) -> dict[str, chunks.Writer]:
    writers = {name: chunks.Writer(folder / name, release.FILES[name].gzip)
               for name in (*dumps.LINE_FILES, dumps.TRIG_FILE)}
    for name in ("kg.ttl", "kg.ttl.gz", dumps.TRIG_FILE):
        writers[name].head(forms.header)
    return writers


def _write_lines(content, subjects: list[str], forms: Forms, minter: Minter, writers: dict, feed) -> tuple:
    """The pieces of LINE_FILES, chunk by chunk, each kg.nq.gz piece also fed to the store; the VoID
    counts of the chunks added up, the objects of each scope and the `ends` of each chunk."""
    family, counts, objects, ends = line_family(), [], {scope: Counter() for scope in SCOPES}, []
    for start, items in family.cut((s, content.rows[s]) for s in subjects):
        pieces, scopes = dumps.line_pieces(items, forms, *special(minter))
        family.keys.append(start)
        for name, piece in zip(dumps.LINE_FILES, pieces):
            writers[name].piece(piece)
        feed(pieces[0])
        feed(store.without_blank(pieces[MERGE]))  # the merge of the graphs, into the default graph
        counts.append({scope: void.count(triples, space(minter)) for scope, triples in scopes.items()})
        ends.append(ends_of(items, scopes))
        for scope, triples in scopes.items():
            objects[scope].update(map(itemgetter(2), triples))
    totals = {scope: void.total(chunk[scope] for chunk in counts) for scope in SCOPES}
    return family, totals, {scope: Objects(found) for scope, found in objects.items()}, ends


def ends_of(items: list, scopes: dict[str, list]) -> tuple[int, int, bool]:
    """Of a chunk of LINE_FILES (its items, the triples of each scope there): in which scopes (a bit each,
    in the order of SCOPES) its first subject has a triple there, in which its last subject has, and
    whether the two are one subject."""
    first, last = items[0][0], items[-1][0]
    begins = sum(1 << bit for bit, scope in enumerate(SCOPES) if scopes[scope] and scopes[scope][0][0] == first)
    ends = sum(1 << bit for bit, scope in enumerate(SCOPES) if scopes[scope] and scopes[scope][-1][0] == last)
    return begins, ends, first == last


def repeated(keys: list, ends: list, space: str) -> dict[str, tuple[int, int]]:
    """Per scope, how many more (subjects, entities) the chunks' counts added up count than there are: a
    subject whose statements run on from one chunk into the next (`kg.chunks`) is counted in each chunk
    where it has a triple of the scope."""
    more = {scope: [0, 0] for scope in SCOPES}
    seen = 0  # the scopes in which the last subject of the chunk before has a triple, in that chunk or before
    for (subject, group), (begins, finishes, single) in zip(keys, ends):
        if not group:
            seen = finishes
            continue
        for bit, scope in enumerate(SCOPES):
            if (seen & begins) >> bit & 1:
                more[scope][0] += 1
                more[scope][1] += subject.startswith(space)
        seen = seen | begins if single else finishes
    return {scope: tuple(n) for scope, n in more.items()}


def close(writers: dict[str, chunks.Writer], lines: Family, graphs: Family) -> dict[str, tuple[int, str]]:
    files = {}
    for name, writer in writers.items():
        family = graphs if name == dumps.TRIG_FILE else lines
        family.pieces[name], head, size, digest = writer.close()
        if head:
            family.heads[name] = head
        files[name] = (size, digest)
    return files
