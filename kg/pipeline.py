"""The one place the stages meet: sources -> extract -> map -> validate -> reason -> publish.

A file that cannot be read, or an article whose triples violate a shape, is
reported (file, reason) and left out; the others are still published.

Each article goes through extract, map, validate and its own share of reasoning in one call
(`Stages`), on every core (`kg.parallel`) or on a Dask cluster (`kg.distributed`); what comes
back is plain strings (N-Triples terms). The reasoning is then merged here, in linear time
(`kg.reason.Reasoner`), and everything is published.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import gzip
import hashlib
import logging
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import owlrl
import pyoxigraph as ox
from rdflib import Graph, URIRef

from . import __version__, dumpfiles, incremental, release, salvage, upkeep
from .errors import KGError, NothingToPublish, SourceError, ValidationError
from .extract import EXTRACTOR, extract, extractor, prefilter
from .iris import Minter
from .mapping import map_triples
from .owl2rl import Unsupported
from .parallel import INLINE, ordered_map, processes
from .publish import Delta, publish
from .rewrite import graphs_of
from .reason import ArticleInference, Merging, Reasoner, check_schema_free, infer
from .settings import Settings
from .sources import Article, read_input, read_sources
from .terms import from_graph, graph_of, to_graph
from .validate import Schema, Validator, Violation

Progress = Callable[[str], None]
log = logging.getLogger(__name__)
STAGES = ("extract", "map", "validate", "reason")
MEMO = ".compiled"  # beside the releases: what a build compiles once and the next may read (`_rules_memo`)


@dataclass
class Skipped:
    source: str
    reason: str
    graph: str | None = None    # the article's graph IRI, when it was validated (and failed, or came twice)
    report: str | None = None   # pyshacl's report of the failure, as N-Triples

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class BuildResult:
    release: Path
    published: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    withheld: list[Skipped] = field(default_factory=list)  # published, less the sentences that failed a shape
    asserted_triples: int = 0
    inferred_triples: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, summed over processes
    reused: int = 0          # articles taken from the last release's build cache, not computed again
    unchanged: bool = False  # nothing changed since the current release: nothing was written


@dataclass
class Mapped:
    """One article through extract, map, validate and its own reasoning, as N-Triples terms."""

    source: str
    iri: str
    triples: list[tuple[str, str, str]]
    inference: ArticleInference | None
    seconds: dict[str, float]
    reused: bool = False    # taken from the last release's build cache
    entry: incremental.Entry | None = None  # the cache entry of a reused article whose triples are not read yet
    withheld: str | None = None  # published without some sentences whose facts failed a shape (`kg.salvage`): why


class Stages:
    """The per-article stages, with the validator and the rules compiled once per process."""

    def __init__(self, schema: Schema, minter: Minter, memo: Path | None = None, readings: Path | None = None):
        self.schema, self.minter, self.memo, self.readings = schema, minter, memo, readings
        self._ready = False
        self.validator = Validator.of(schema)
        try:
            self.reasoner: Reasoner | None = Reasoner(schema.ontology, minter, memo)
        except Unsupported as exc:
            log.warning("the ontology uses %s, which the compiled rules lack: owlrl reasons over "
                        "everything at once (slow for thousands of articles)", exc)
            self.reasoner = None

    @classmethod
    def from_turtle(cls, ontology: str, shapes: str, base_iri: str, memo: str | None = None,
                    readings: str | None = None) -> "Stages":
        return cls(Schema(Graph().parse(data=ontology, format="turtle"),
                          Graph().parse(data=shapes, format="turtle")), Minter(base_iri),
                   Path(memo) if memo else None, Path(readings) if readings else None)

    def recipe(self) -> tuple[str, str, str, str | None, str | None]:
        """What `from_turtle` needs to make these stages again in another process."""
        return (self.schema.ontology.serialize(format="turtle"), self.schema.shapes.serialize(format="turtle"),
                self.minter.base, str(self.memo) if self.memo else None,
                str(self.readings) if self.readings else None)

    def ready(self) -> None:
        """The extractor made, once per process, with the patterns' readings kept in ``readings``
        (`kg.extract.prefilter`): read from there, and written there when some had to be made."""
        if not self._ready:
            prefilter.remembered(self.readings)
            extractor()
            prefilter.remember(self.readings)
            self._ready = True

    def __call__(self, item: Article | SourceError) -> Mapped | Skipped | SourceError:
        if isinstance(item, SourceError):
            return item
        try:
            return self.article(item)
        except _Invalid as error:
            return Skipped(item.source, str(error), error.graph, error.report.serialize(format="nt"))
        except KGError as error:
            return Skipped(item.source, str(error))
        except Exception as error:  # an extractor bug costs one article, not the build
            log.debug("extracting %s failed", item.source, exc_info=True)
            return Skipped(item.source, f"extraction failed ({type(error).__name__}: {error})")

    def article(self, article: Article) -> Mapped:
        """Extract, map, validate and reason; raise ValidationError naming node, shape and reason."""
        self.ready()
        clock = _Clock()
        extraction = clock("extract", extract, article)
        iri, triples = clock("map", map_triples, extraction, self.minter)
        strings = clock("map", _strings, triples)
        check_schema_free(strings)
        violations, report = clock("validate", self.validator.check, triples)
        first = violations[0] if violations else None
        withheld: set[int] = set()
        for drop_statements in (False, True):   # at most two rounds: events first, then attributions
            if not violations:
                break
            starts = salvage.faulty_sentences(violations, triples, iri.value)
            if starts is None:
                break
            withheld |= starts
            extraction = salvage.without_sentences(extraction, withheld, drop_statements)
            iri, triples = clock("map", map_triples, extraction, self.minter)
            strings = clock("map", _strings, triples)
            violations, report = clock("validate", self.validator.check, triples)
        if violations:
            raise _Invalid(_message(violations), iri.value, report)
        inference = clock("reason", self.reasoner.article, strings) if self.reasoner else None
        note = _withheld(withheld, article.text, first) if withheld else None
        return Mapped(article.source, iri.value, strings, inference, clock.seconds, withheld=note)


def build(settings: Settings, sources: list[Path], progress: Progress = lambda _: None,
          survey: incremental.Survey | None = None) -> BuildResult:
    """Build and publish a release of ``sources`` to ``settings.out``; incremental (`kg.incremental`):
    what the current release already holds of an unchanged input file is reused, and when no input
    changed nothing is written (``result.unchanged``). ``survey``: `kg.incremental.survey` of these
    settings and sources, if the caller made it already."""
    if settings.scheduler:  # the Dask client makes cycles of its own, task by task: the collector stays on
        return _build(settings, sources, progress, survey)
    with _no_cycle_collection():
        return _build(settings, sources, progress, survey)


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector off while a build runs here: the build makes millions of tuples and
    strings that live to its end and no cycles worth collecting early, and each of the collector's
    passes walks all of them (8 s of a 10,000-article build). Reference counting still frees what
    is dropped. At the end what is left counts as old (`gc.freeze` then `gc.unfreeze`: into the
    oldest generation, unwalked), or the first pass after would walk it all at once; cycles made
    meanwhile are collected by a later full pass, as always; the collector is back on, as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def _build(settings: Settings, sources: list[Path], progress: Progress,
           survey: incremental.Survey | None) -> BuildResult:
    started, began = time.perf_counter(), time.time()
    survey = survey or incremental.survey(settings, sources)
    if survey.unchanged():
        return _unchanged(settings.out, progress)
    fingerprint, cache, found, paths, names, reused = (survey.fingerprint, survey.cache, survey.found, survey.paths,
                                                       survey.names, survey.reused)
    schema = Schema.load(settings)
    stages = Stages(schema, Minter(settings.base_iri), _rules_memo(settings.out, fingerprint),
                    _memo(settings.out, "gates", f"{fingerprint}\0{sys.version}"))
    gc.collect()  # compiling the shapes (pyparsing) leaves cycles that hold this frame: gone before it fills
    index = None
    if cache is not None and any(reused):
        if stages.reasoner is not None and not cache.trivial_links:  # kept up from the last release's store
            index = dumpfiles.Index.read(cache.folder, stages.minter)
        if index is None:  # read what was made of every file: the bulk of the cache
            cache = cache.complete()
    if cache is None or not any(reused):
        cache, reused = None, [None] * len(found)
    if index is not None:
        try:
            return _update(settings, cache, index, found, paths, names, reused, stages, schema, fingerprint, progress,
                           began)
        except _Unreadable as exc:  # a damaged cache costs a full build, nothing more
            log.warning("ignoring the build cache of %s (%s): building everything", cache.folder, exc)
            cache, reused = None, [None] * len(found)
    merging = stages.reasoner.merging() if stages.reasoner else None
    entries: dict[str, incremental.Entry] = {}
    items = _assembled(found, paths, reused, stages, settings, entries)
    mapped, result = _map(items, stages, progress, merging)
    result.reused = sum(len(entry.summary or entry.items) for entry in reused if entry is not None)
    _raise_if_empty(mapped, result)
    result.seconds["articles (wall)"] = time.perf_counter() - started
    asserted = set().union(*(m.triples for m in mapped.values()))
    progress(f"reasoning over {len(asserted)} asserted triples")
    clock = _Clock(result.seconds)
    inferred = clock("merge", merging.finish, asserted) if merging else clock("merge", _owlrl, stages, asserted)
    progress(f"publishing {len(mapped)} article graphs and {len(inferred)} inferred triples"
             + (f" ({result.reused} article(s) reused from the last release)" if result.reused else ""))
    trivial = any(m.inference is None or m.inference.trivial_links for m in mapped.values())
    delta = _delta(cache, mapped, inferred, stages.minter) if cache is not None else None
    _publish(settings, schema, stages, result, mapped, mapped, inferred, delta,
             incremental.Cache(fingerprint, names, entries, trivial), began)
    result.asserted_triples, result.inferred_triples = len(asserted), len(inferred)
    return result


def _rules_memo(out: Path, fingerprint: str) -> Path | None:
    """Where the ontology's compiled rules are kept between builds (`kg.owl2rl.Rules.remembered`), named
    by the build's fingerprint (the code, the ontology and shapes files, the base IRI) and owlrl's version."""
    return _memo(out, "rules", f"{fingerprint}\0{owlrl.__version__}")


def _memo(out: Path, kind: str, depends: str) -> Path | None:
    """The file beside the releases of ``out`` where what a build compiles of ``kind`` is kept, named by
    all it ``depends`` on; None if the folder cannot be made."""
    folder = release.releases_dir(out) / MEMO
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    key = hashlib.sha256(depends.encode("utf-8")).hexdigest()[:32]
    return folder / f"{kind}-{key}.pickle"


def _update(settings: Settings, cache: incremental.Cache, index: dumpfiles.Index, found: list, paths: list,
            names: list, reused: list, stages: Stages, schema: Schema, fingerprint: str,
            progress: Progress, began: float) -> BuildResult:
    """The build of a release from the current one when some inputs changed: the articles of the files
    that did not change are not read, only their summaries (`kg.incremental`); the article graphs that
    change are dropped and written, and the inferred graph is kept up from the current store
    (`kg.upkeep`): the work is that of the articles that changed."""
    if 0 < sum(entry is None for entry in reused) <= INLINE and not settings.scheduler:
        stages.ready()   # the few files to read are read here: the extractor made ready first (start, not work)
    started = time.perf_counter()
    entries: dict[str, incremental.Entry] = {}
    mapped, result = _map(_assembled(found, paths, reused, stages, settings, entries, light=True), stages, progress)
    result.reused = sum(len(entry.summary) for entry in reused if entry is not None)
    _raise_if_empty(mapped, result)
    minter = stages.minter
    before = _published(cache)  # graph IRI -> the source it was published from
    fresh = {iri: _read(m) for iri, m in mapped.items() if not m.reused or before.get(iri) != m.source}
    gone = (before.keys() - mapped.keys()) | (fresh.keys() & before.keys())
    result.seconds["articles (wall)"] = time.perf_counter() - started
    progress(f"keeping up the inferred graph: {len(gone)} article graph(s) dropped, {len(fresh)} written")
    clock = _Clock(result.seconds)
    store = cache.folder / release.STORE
    dropped = clock("merge", graphs_of, cache.folder, index, gone)
    uninferred, inferred = clock("merge", upkeep.changes, store, stages.reasoner.rules, minter, dropped,
                                 [(m.triples, m.inference) for m in fresh.values()])
    progress(f"publishing {len(fresh)} article graph(s), {len(uninferred)} inferred triples removed and "
             f"{len(inferred)} added ({result.reused} article(s) reused from the last release)")
    trivial = cache.trivial_links or any(m.inference.trivial_links for m in fresh.values())
    delta = Delta(store, frozenset(gone), frozenset(fresh), frozenset(uninferred), frozenset(inferred), index, dropped)
    _publish(settings, schema, stages, result, mapped, fresh, [], delta,
             incremental.Cache(fingerprint, names, entries, trivial), began)
    counts = release.metadata(result.release).get("counts", {})
    result.asserted_triples, result.inferred_triples = counts.get("articles", 0), counts.get("inferred", 0)
    return result


def _raise_if_empty(mapped: dict, result: BuildResult) -> None:
    if not mapped:
        raise NothingToPublish("no article could be published; nothing was changed"
                               + "".join(f"\n  {s}" for s in result.skipped))


def _publish(settings: Settings, schema: Schema, stages: Stages, result: BuildResult, mapped: dict,
             written: dict, inferred, delta: Delta | None, cache: incremental.Cache, began: float) -> None:
    """Publish the release (``written``: the article graphs to write, ``inferred`` the inferred graph or,
    with ``delta``, nothing), its build cache saved first and the cache files no release needs deleted after."""
    cache.save(settings.out)
    result.release = _Clock(result.seconds)(
        "publish", publish, settings.out, {URIRef(iri): m.triples for iri, m in written.items()}, inferred,
        schema.ontology, stages.minter, _metadata(settings, result), keep=settings.keep_releases,
        shapes=schema.shapes, validation=_reports(mapped, result), delta=delta, hidden=cache.written())
    incremental.collect(settings.out, began)


def _published(cache: incremental.Cache) -> dict[str, str]:
    """The article graphs of the release ``cache`` belongs to, each with the source it was read from
    (the first of the inputs that gave it, as `_map` keeps it)."""
    found: dict[str, str] = {}
    for name in cache.inputs:
        entry = cache.files.get(name)
        for kind, source, *rest in (entry.summary or []) if entry else []:
            if kind == "mapped":
                found.setdefault(rest[0], source)
    return found


def _read(item: Mapped) -> Mapped:
    """A reused article with its triples and reasoning, read from its file's cache if they were not yet."""
    if item.entry is None:
        return item
    try:
        items = item.entry.load()
    except Exception as exc:
        raise _Unreadable(f"{type(exc).__name__}: {exc}") from exc
    for one in items:
        if isinstance(one, Mapped) and one.iri == item.iri:
            return _reused(one)
    raise _Unreadable(f"the cache of {item.source} does not hold {item.iri}")


class _Unreadable(Exception):
    """A file of the build cache that is needed cannot be read."""


def _unchanged(out: Path, progress: Progress) -> BuildResult:
    """The result of a build whose inputs, code and settings are those of the current release."""
    folder = release.current(out)
    meta = release.metadata(folder)
    progress(f"nothing changed since release {folder.name}: nothing written")
    result = BuildResult(release=folder, published=list(meta.get("articles", [])), unchanged=True,
                         skipped=[Skipped(s["source"], s["reason"]) for s in meta.get("skipped", [])])
    result.reused = len(result.published)
    counts = meta.get("counts", {})
    result.asserted_triples, result.inferred_triples = counts.get("articles", 0), counts.get("inferred", 0)
    return result


def _assembled(found: list, paths: list, reused: list, stages: Stages, settings: Settings, entries: dict,
               light: bool = False) -> Iterator:
    """What `Stages` makes of every input, in input order: the cached items of a file reused, the others
    computed (on every core, or on the Dask cluster); each file's items recorded in ``entries``.
    ``light``: a reused article is only what its file's summary says (`_light`), not its triples."""
    origin: list[int] = []

    def fresh():
        for index, (item, entry) in enumerate(zip(found, reused)):
            if entry is None:
                for article in read_input(item):
                    origin.append(index)
                    yield article

    if settings.scheduler:
        from .distributed import map_articles_on_dask
        computed = (_from_dask(item, remote, stages) for item, remote in map_articles_on_dask(
            fresh(), settings.scheduler, article_graph, stages.schema, stages.minter))
    else:
        computed = ordered_map(Stages.from_turtle, stages.recipe(), Stages.__call__, fresh(),
                               processes(settings.processes), local=stages)
    computed = iter(computed)
    pending, done = None, 0   # the next computed item not yet handed out, as (input index, item)
    for index, (item, entry) in enumerate(zip(found, reused)):
        if entry is not None:
            items = _light(entry) if light else [_reused(one) for one in entry.items]
        else:
            items = []
            while True:
                if pending is None:
                    try:
                        pending = (None, next(computed))
                    except StopIteration:
                        break
                    pending, done = (origin[done], pending[1]), done + 1
                if pending[0] != index:
                    break
                items.append(pending[1])
                pending = None
        if paths[index] is not None:
            entry = entry or incremental.entry_for(paths[index], items)
            if entry is not None:
                entries[str(paths[index])] = entry
        yield from items


def _map(items: Iterable, stages: Stages, progress: Progress,
         merging: Merging | None = None) -> tuple[dict[str, Mapped], BuildResult]:
    """Every article's outcome (`Stages`), in order, kept or reported. Each article kept gives its
    reasoning to ``merging``, and the terms of each article computed here are shared with the articles
    before it (one string per distinct term)."""
    mapped: dict[str, Mapped] = {}
    terms: dict[str, str] = {}
    result = BuildResult(release=Path(), seconds=dict.fromkeys(STAGES, 0.0))
    for index, item in enumerate(items, 1):
        if isinstance(item, SourceError):
            result.skipped.append(Skipped(item.source, item.reason))
            progress(f"[{index}] skipped {item}")
        elif isinstance(item, Skipped):
            result.skipped.append(item)
            progress(f"[{index}] skipped {item.source}: "
                     + ("extraction failed, see the log" if item.reason.startswith("extraction failed (") else item.reason))
        elif item.iri in mapped:
            result.skipped.append(Skipped(item.source, "the same article (URL or text) was already read", item.iri))
        else:
            if not item.reused:  # a reused article's terms are shared within it already (one pickle)
                item.triples = _shared(item.triples, terms)
            if merging is not None and item.inference is not None:
                merging.add(item.inference)
            mapped[item.iri] = item
            result.published.append(item.source)
            if note := getattr(item, "withheld", None):  # a cache written before the field has none
                result.withheld.append(Skipped(item.source, note, item.iri))
                progress(f"[{index}] {item.source}: {note}")
            for stage, seconds in item.seconds.items():
                result.seconds[stage] += seconds
            progress(f"[{index}] {item.source}: " + ("reused" if item.triples is None else
                     f"{len(item.triples)} triples" + (" (reused)" if item.reused else "")))
    return mapped, result


def _light(entry: incremental.Entry) -> list:
    """The items of a reused file as its summary says: each article's source and graph, not its triples
    (`_read` reads them); a file with a failed validation is read whole, for the report."""
    if any(one[0] == "skipped" and one[-1] for one in entry.summary):
        try:
            return [_reused(one) for one in entry.load()]
        except Exception as exc:
            raise _Unreadable(f"{type(exc).__name__}: {exc}") from exc
    items = []
    for kind, source, *rest in entry.summary:
        if kind == "mapped":
            items.append(Mapped(source, rest[0], None, None, {}, reused=True, entry=entry,
                                withheld=rest[1] if len(rest) > 1 else None))
        elif kind == "skipped":
            items.append(Skipped(source, rest[0], rest[1]))
        else:
            items.append(SourceError(source, rest[0]))
    return items


def _reused(item):
    """A cached item as this build hands it on: no stage time spent on it."""
    return dataclasses.replace(item, seconds={}, reused=True) if isinstance(item, Mapped) else item


def _delta(cache: incremental.Cache, mapped: dict[str, Mapped], inferred: set, minter: Minter) -> Delta:
    """How the previous release's store becomes this one's: the article graphs to drop (gone, or
    computed again), those to write, the inferred triples to remove and to add (those it holds are
    read from its store)."""
    store, prefix = cache.folder / release.STORE, minter.article_graph("")
    graphs = {name for name in release.metadata(cache.folder).get("graphs", {}) if name.startswith(prefix)}
    with gzip.open(cache.folder / "inferred.nq.gz") as stream:  # the dump: the store changes some literals
        before = {(str(q.subject), str(q.predicate), str(q.object))
                  for q in ox.parse(stream, format=ox.RdfFormat.N_QUADS)}
    fresh = {iri for iri, m in mapped.items() if not m.reused or iri not in graphs}
    return Delta(store, (graphs - set(mapped)) | (fresh & graphs), fresh, before - inferred, inferred - before)


def _from_dask(item, remote, stages: Stages):
    """What the cluster made of one article, as `Stages` would have returned it (reasoned here)."""
    if isinstance(item, SourceError):
        return item
    try:
        iri, graph = remote.get()
    except KGError as error:
        return Skipped(item.source, str(error))
    strings = [tuple(str(term) for term in triple) for triple in from_graph(graph)]
    inference = stages.reasoner.article(strings) if stages.reasoner else None
    return Mapped(item.source, str(iri), strings, inference, {})


def _reports(mapped: dict[str, Mapped], result: BuildResult) -> list[tuple[str, URIRef, Graph | None]]:
    """(source, graph IRI, pyshacl report or None where the article conforms) of every article validated."""
    reports = [(m.source, URIRef(iri), None) for iri, m in mapped.items()]
    return reports + [(s.source, URIRef(s.graph), Graph().parse(data=s.report, format="nt") if s.report else None)
                      for s in result.skipped if s.graph]


def _owlrl(stages: Stages, asserted: set) -> set:
    """owlrl over everything: for an ontology beyond the compiled rules."""
    return set(_strings(from_graph(infer(graph_of(asserted), stages.schema.ontology, stages.minter))))


def _shared(triples: list, terms: dict) -> list:
    """``triples`` with each term the string ``terms`` already holds for it (memory: one per term)."""
    put = terms.setdefault
    return [(put(s, s), put(p, p), put(o, o)) for s, p, o in triples]


def map_sources(sources: list[Path], schema: Schema, minter: Minter, progress: Progress,
                scheduler: str | None = None) -> tuple[dict[URIRef, Graph], BuildResult]:
    """The valid article graphs (rdflib) by graph IRI, and what was published or skipped.

    With ``scheduler`` (a Dask scheduler's address) the articles are read here and extracted, mapped
    and validated on its workers (kg.distributed); what comes back, and its order, is the same."""
    stages = Stages(schema, minter)
    if scheduler:
        from .distributed import map_articles_on_dask
        items = (_from_dask(item, remote, stages) for item, remote in map_articles_on_dask(
            read_sources(sources), scheduler, article_graph, schema, minter))
    else:
        items = ordered_map(Stages.from_turtle, stages.recipe(), Stages.__call__, read_sources(sources), processes(),
                            local=stages)
    mapped, result = _map(items, stages, progress)
    return {URIRef(iri): graph_of(m.triples) for iri, m in mapped.items()}, result


def article_graph(article: Article, schema: Schema, minter: Minter) -> tuple[URIRef, Graph]:
    """Extract, map and validate one article; raise ValidationError naming node, shape and reason."""
    iri, triples = map_triples(extract(article), minter)
    check_schema_free(_strings(triples))
    _raise_if(Validator.of(schema).violations(triples))
    return URIRef(iri.value), to_graph(triples)


def _strings(triples) -> list[tuple[str, str, str]]:
    """Triples of pyoxigraph terms as N-Triples strings, each distinct term written once."""
    written: dict = {}

    def term(t):
        found = written.get(t)
        if found is None:
            found = written[t] = str(t)
        return found

    return [(term(s), term(p), term(o)) for s, p, o in triples]


def _raise_if(violations: list[Violation]) -> None:
    if violations:
        raise ValidationError(_message(violations))


def _withheld(starts: set[int], text: str, violation: Violation) -> str:
    """Which sentences an article was published without, and the first violation that made it so."""
    where = ", ".join(f"{start} ({text[start:start + 40]!r}…)" for start in sorted(starts))
    return f"published without {len(starts)} sentence(s) at offset {where}: {violation}"


def _message(violations: list[Violation]) -> str:
    lines = "; ".join(str(v) for v in violations[:5])
    more = f" (and {len(violations) - 5} more)" if len(violations) > 5 else ""
    return f"not published, {len(violations)} SHACL violation(s): {lines}{more}"


class _Invalid(ValidationError):
    """An article that failed validation, with its graph IRI and pyshacl's report."""

    def __init__(self, message: str, graph: str, report: Graph):
        super().__init__(message)
        self.graph, self.report = graph, report


class _Clock:
    """Seconds spent per stage: ``clock(stage, fn, *args)`` calls ``fn`` and adds its time."""

    def __init__(self, seconds: dict | None = None):
        self.seconds = {} if seconds is None else seconds

    def __call__(self, stage: str, fn, *args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start


def _metadata(settings: Settings, result: BuildResult) -> dict:
    return {
        "base_iri": settings.base_iri,
        "generator": f"irnews kg {__version__}",
        "extractor": EXTRACTOR,
        "built": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "articles": sorted(result.published),
        "skipped": [{"source": s.source, "reason": s.reason} for s in result.skipped],
        "withheld": [{"source": s.source, "reason": s.reason} for s in result.withheld],
    }
