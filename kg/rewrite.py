"""The chunked files and the store of a release made from the previous release's by what changed.

Only the chunks (`kg.chunks`) that hold a changed statement are made again: from the statements the
previous release's kg.nq.gz holds there (a subject's statements in every graph) and, for kg.trig.gz,
from its own pieces; every other piece is copied byte for byte. A graph dropped or written again is
read from the previous kg.trig.gz, where its statements are together. The files are those a build
from scratch writes (``tests/test_incremental.py``); the VoID counts follow the chunks made again and
the chunks they replace, counted both; the store is the previous one (hard links) changed by the
quads that differ.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import chunks, dumps, release, store, void
from .chunks import Family
from .dumpfiles import SCOPES, Index, Made, close, ends_of, layout, space, special, writers_of
from .iris import Minter
from .turtle import Forms


def rewrite(folder: Path, previous: Path, index: Index, delta, graphs: dict, minter: Minter) -> Made:
    """The chunked files and the store of the previous release (in ``previous``) changed by ``delta``
    (`kg.publish.Delta`); ``graphs``: graph IRI -> graph, for the graphs written."""
    forms = Forms(dumps.PREFIXES)
    line_load = _loader(previous / "kg.nq.gz", index.lines.spans("kg.nq.gz"), _line_items)
    trig_load = _trig_loader(previous, index, forms)
    dropped = delta.dropped_triples
    if dropped is None:
        dropped = {name: _graph(index.graphs, trig_load, name) for name in delta.dropped}
    changes = _changes(delta, graphs, dropped, minter)
    store.changed(folder / release.STORE, previous / release.STORE, changes.removed, changes.added, changes.gone)
    line_plan = chunks.rechunk(index.lines, changes.line_edits(), line_load)
    trig_plan = chunks.rechunk(index.graphs, changes.trig_edits(), trig_load)
    _learn(forms, line_plan, trig_plan)
    counts, objects, ends = _recount(index, line_plan, line_load, minter)
    writers = writers_of(folder, forms)
    try:
        lines = _rewrite_lines(previous, index.lines, line_plan, forms, minter, writers)
        graphs = _rewrite_trig(previous, index.graphs, trig_plan, forms, writers[dumps.TRIG_FILE])
        files = close(writers, lines, graphs)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    sizes = {name: n for name, n in index.sizes.items() if name not in changes.gone} | changes.sizes
    inferred = str(minter.inferred_graph)  # the inferred triples removed were there, those added were not
    sizes[inferred] = index.sizes.get(inferred, 0) - len(delta.uninferred) + len(delta.inferred)
    return Made(files, Index(layout(minter), lines, graphs, counts, objects, sizes, ends, index.base, index.folder))


def graphs_of(previous: Path, index: Index, names) -> dict[str, set]:
    """The triples of the graphs ``names`` (IRIs) as the release in ``previous`` (its ``index``) holds them."""
    load = _trig_loader(previous, index, Forms(dumps.PREFIXES))
    return {name: _graph(index.graphs, load, name) for name in names}


def _trig_loader(previous: Path, index: Index, forms: Forms):
    """`_loader` of the previous release's kg.trig.gz (its pieces read with the prefixes of ``forms``)."""
    return _loader(previous / dumps.TRIG_FILE, index.graphs.spans(dumps.TRIG_FILE),
                   lambda data: _trig_items(forms.header + data))


def _graph(family: Family, load, name: str) -> set:
    """The triples of graph ``name`` as the previous release's kg.trig.gz holds them (its chunks are
    together there: the keys "<name> subject" sort between "<name> " and "<name>!")."""
    found = set()
    for i in range(family.chunk_of((f"<{name}> ", "")), family.chunk_of((f"<{name}>!", "")) + 1):
        for key, rows in load(i).items():
            graph, subject = key.split(" ", 1)
            if graph == f"<{name}>":
                found.update((subject, p, o) for p, o in rows)
    return found


def _loader(path: Path, spans: list[tuple[int, int]], items):
    """``load(i)``: the items of chunk i, read from its piece of ``path`` (once)."""
    loaded: dict = {}

    def load(i: int) -> dict:
        if i not in loaded:
            offset, size = spans[i]
            with open(path, "rb") as stream:
                stream.seek(offset)
                loaded[i] = items(gzip.decompress(stream.read(size)))
        return loaded[i]
    return load


def _line_items(data: bytes) -> dict:
    """Subject -> its rows (predicate, object, graph) in a piece of kg.nq.gz. The piece's lines are
    ``f"{s} {p} {o} {g} .\n"`` of N-Triples terms (`kg.dumps.line_pieces`): a subject, predicate or graph
    name holds no space and no term a line break, so the line is cut at its spaces, not parsed."""
    items = defaultdict(list)
    for line in data.decode("utf-8").splitlines():
        s, p, rest = line.split(" ", 2)
        o, g = rest[:-2].rsplit(" ", 1)
        items[s].append((p, o, g))
    return items


def _trig_items(data: bytes) -> dict:
    items = defaultdict(list)
    for q in ox.parse(data, format=ox.RdfFormat.TRIG):
        items[f"{q.graph_name} {q.subject}"].append((str(q.predicate), str(q.object)))
    return items


def _learn(forms: Forms, line_plan: list, trig_plan: list) -> None:
    terms, predicates = set(), set()
    for chunk in (c for c in line_plan if not isinstance(c, int)):
        for s, rows in chunk.items:
            terms.add(s)
            for p, o, g in rows:
                terms.update((o, g))
                predicates.add(p)
    for chunk in (c for c in trig_plan if not isinstance(c, int)):
        for key, rows in chunk.items:
            terms.update(key.split(" ", 1))
            for p, o in rows:
                terms.add(o)
                predicates.add(p)
    forms.learn(terms, predicates)


def _recount(index: Index, plan: list, load, minter: Minter) -> tuple[dict, dict, list]:
    """The VoID counts and the objects of each scope once the chunks of ``plan`` replace the old ones
    it does not keep (counted again from their statements, as are the new), and the ends of each chunk
    (`kg.dumpfiles.ends_of`)."""
    kept = {chunk for chunk in plan if isinstance(chunk, int)}
    gone = [dumps.scopes(sorted(load(i).items()), *special(minter)) for i in range(len(index.lines.keys))
            if i not in kept]
    made = [dumps.scopes(chunk.items, *special(minter)) for chunk in plan if not isinstance(chunk, int)]
    counts, objects = {}, index.objects
    for scope in SCOPES:
        counts[scope] = void.total([index.counts[scope], *(void.count(new[scope], space(minter)) for new in made)],
                                   [void.count(old[scope], space(minter)) for old in gone])
        objects[scope].change((o for new in made for _, _, o in new[scope]), +1)
        objects[scope].change((o for old in gone for _, _, o in old[scope]), -1)
    scopes = iter(made)
    ends = [index.ends[chunk] if isinstance(chunk, int) else ends_of(chunk.items, next(scopes)) for chunk in plan]
    return counts, objects, ends


def _rewrite_lines(previous: Path, old: Family, plan: list, forms: Forms, minter: Minter, writers: dict) -> Family:
    family = old.empty()
    spans = {name: old.spans(name) for name in dumps.LINE_FILES}
    for group in _groups(plan):
        if isinstance(group, range):
            family.keys += old.keys[group.start:group.stop]
            for name in dumps.LINE_FILES:
                _copy(writers[name], previous / name, spans[name], group)
            continue
        family.keys.append(group.start)
        pieces, _ = dumps.line_pieces(group.items, forms, *special(minter))
        for name, piece in zip(dumps.LINE_FILES, pieces):
            writers[name].piece(piece)
    return family


def _rewrite_trig(previous: Path, old: Family, plan: list, forms: Forms, writer: chunks.Writer) -> Family:
    family, spans = old.empty(), old.spans(dumps.TRIG_FILE)
    for group in _groups(plan):
        if isinstance(group, range):
            family.keys += old.keys[group.start:group.stop]
            _copy(writer, previous / dumps.TRIG_FILE, spans, group)
        else:
            family.keys.append(group.start)
            writer.piece(dumps.trig_piece(dumps.blocks_of(group.items), forms))
    return family


def _groups(plan: list):
    """The plan with each run of consecutive old chunks as one range."""
    run = None
    for chunk in plan:
        if isinstance(chunk, int) and run is not None and run.stop == chunk:
            run = range(run.start, chunk + 1)
            continue
        if run is not None:
            yield run
            run = None
        if isinstance(chunk, int):
            run = range(chunk, chunk + 1)
        else:
            yield chunk
    if run is not None:
        yield run


def _copy(writer: chunks.Writer, source: Path, spans: list[tuple[int, int]], run: range) -> None:
    writer.copy(source, spans[run.start][0], [size for _, size in spans[run.start:run.stop]])


# ---------------------------------------------------------------- what changed

@dataclass
class Changes:
    """The quads (N-Triples terms, the graph name as a term) a release removes and adds, the graphs it
    drops whole (IRIs) and the distinct triples of the graphs it writes."""

    removed: set
    added: set
    gone: set
    sizes: dict[str, int]

    def line_edits(self) -> dict[str, tuple[set, set]]:
        return _edits(((s, (p, o, g)) for s, p, o, g in self.removed),
                      ((s, (p, o, g)) for s, p, o, g in self.added))

    def trig_edits(self) -> dict[str, tuple[set, set]]:
        return _edits(((f"{g} {s}", (p, o)) for s, p, o, g in self.removed),
                      ((f"{g} {s}", (p, o)) for s, p, o, g in self.added))


def _edits(removed, added) -> dict[str, tuple[set, set]]:
    edits: dict = defaultdict(lambda: (set(), set()))
    for key, row in removed:
        edits[key][0].add(row)
    for key, row in added:
        edits[key][1].add(row)
    return dict(edits)


def _changes(delta, graphs: dict, dropped: dict[str, set], minter: Minter) -> Changes:
    """What ``delta`` changes: the graphs written taken from ``graphs`` (IRI -> graph) and checked, the
    graphs dropped as the previous release holds them (``dropped``)."""
    checked: set = set()
    written = {name: dumps.triples_of(name, graphs[name], checked)[0] for name in sorted(delta.written)}
    inferred, graph = str(minter.inferred_graph), f"<{minter.inferred_graph}>"
    dumps.triples_of(inferred, delta.inferred, checked)
    removed = {(s, p, o, graph) for s, p, o in delta.uninferred}
    added = {(s, p, o, graph) for s, p, o in delta.inferred}
    for name in written.keys() | dropped.keys():
        old, new, graph = dropped.get(name, set()), written.get(name, set()), f"<{name}>"
        removed.update((s, p, o, graph) for s, p, o in old - new)
        added.update((s, p, o, graph) for s, p, o in new - old)
    sizes = {name: len(triples) for name, triples in written.items()}
    return Changes(removed, added, dropped.keys() - written.keys(), sizes)
