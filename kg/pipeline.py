"""The one place the stages meet: sources -> extract -> map -> validate -> reason -> publish.

A file that cannot be read, or an article whose triples violate a shape, is
reported (file, reason) and left out; the others are still published.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rdflib import Graph, URIRef

from . import __version__
from .errors import KGError, NothingToPublish, SourceError, ValidationError
from .extract import EXTRACTOR, extract
from .iris import Minter
from .mapping import map_article
from .reason import check_schema_free
from .settings import Settings
from .sources import Article, read_sources
from .validate import Schema, validate

Progress = Callable[[str], None]
log = logging.getLogger(__name__)


@dataclass
class Skipped:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class BuildResult:
    release: Path
    published: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    asserted_triples: int = 0
    inferred_triples: int = 0


def build(settings: Settings, sources: list[Path], progress: Progress = lambda _: None) -> BuildResult:
    schema = Schema.load(settings)
    minter = Minter(settings.base_iri)
    graphs, result = map_sources(sources, schema, minter, progress, settings.scheduler)
    if not graphs:
        raise NothingToPublish("no article could be published; nothing was changed"
                               + "".join(f"\n  {s}" for s in result.skipped))
    asserted = Graph()
    for graph in graphs.values():
        asserted += graph
    from .publish import publish
    from .reason import infer
    progress(f"reasoning over {len(asserted)} asserted triples")
    inferred = infer(asserted, schema.ontology, minter)
    progress(f"publishing {len(graphs)} article graphs and {len(inferred)} inferred triples")
    meta = _metadata(settings, result)
    result.release = publish(settings.out, graphs, inferred, schema.ontology, minter, meta,
                             keep=settings.keep_releases)
    result.asserted_triples, result.inferred_triples = len(asserted), len(inferred)
    return result


def map_sources(sources: list[Path], schema: Schema, minter: Minter, progress: Progress,
                scheduler: str | None = None) -> tuple[dict[URIRef, Graph], BuildResult]:
    """The valid article graphs by graph IRI, and what was published or skipped.

    With ``scheduler`` (a Dask scheduler's address) the articles are read here and extracted, mapped
    and validated on its workers (kg.distributed); what comes back, and its order, is the same."""
    graphs: dict[URIRef, Graph] = {}
    result = BuildResult(release=Path())
    if scheduler:
        from .distributed import map_articles_on_dask
        items = map_articles_on_dask(read_sources(sources), scheduler, article_graph, schema, minter)
    else:
        items = ((item, None) for item in read_sources(sources))
    for index, (item, remote) in enumerate(items, 1):
        if isinstance(item, SourceError):
            result.skipped.append(Skipped(item.source, item.reason))
            progress(f"[{index}] skipped {item}")
            continue
        try:
            iri, graph = remote.get() if remote is not None else article_graph(item, schema, minter)
        except KGError as error:
            result.skipped.append(Skipped(item.source, str(error)))
            progress(f"[{index}] skipped {item.source}: {error}")
            continue
        except Exception as error:  # an extractor bug costs one article, not the build
            log.debug("extracting %s failed", item.source, exc_info=True)
            result.skipped.append(Skipped(item.source, f"extraction failed ({type(error).__name__}: {error})"))
            progress(f"[{index}] skipped {item.source}: extraction failed, see the log")
            continue
        if iri in graphs:
            result.skipped.append(Skipped(item.source, "the same article (URL or text) was already read"))
            continue
        graphs[iri] = graph
        result.published.append(item.source)
        progress(f"[{index}] {item.source}: {len(graph)} triples")
    return graphs, result


def article_graph(article: Article, schema: Schema, minter: Minter) -> tuple[URIRef, Graph]:
    """Extract, map and validate one article; raise ValidationError naming node, shape and reason."""
    iri, graph = map_article(extract(article), minter)
    check_schema_free(graph)
    violations, _ = validate(graph, schema.shapes, schema.ontology)
    if violations:
        lines = "; ".join(str(v) for v in violations[:5])
        more = f" (and {len(violations) - 5} more)" if len(violations) > 5 else ""
        raise ValidationError(f"not published, {len(violations)} SHACL violation(s): {lines}{more}")
    return iri, graph


def _metadata(settings: Settings, result: BuildResult) -> dict:
    return {
        "base_iri": settings.base_iri,
        "generator": f"irnews kg {__version__}",
        "extractor": EXTRACTOR,
        "built": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "articles": sorted(result.published),
        "skipped": [{"source": s.source, "reason": s.reason} for s in result.skipped],
    }
