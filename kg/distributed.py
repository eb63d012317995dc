"""Extraction, mapping and validation on a Dask cluster (``kg build --scheduler tcp://HOST:8786``).

Articles are read here, in order, and sent to the workers in small batches (``client.map``);
the ontology and the shapes travel once per worker as Turtle, the minter as its base IRI, and
each article comes back as plain strings: its graph IRI and N-Triples, or why it was skipped,
worded as the local path words it. Results are yielded in the order the articles were read,
so a build on a cluster publishes what the same build publishes on one machine. A batch whose
task itself failed (a worker that died, a package missing there) skips its articles with the
reason; the others are still published. Reasoning and publishing stay on this machine.

Every worker needs this package installed, the same version as here (``pip install -e '.[dask]'``
in a checkout); the work is Python-bound, so run workers with one thread each.
"""

from __future__ import annotations

import functools
import logging
from collections import deque
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from rdflib import Graph, URIRef

from .errors import KGError, SourceError, UsageError
from .iris import Minter
from .sources import Article
from .validate import Schema

log = logging.getLogger(__name__)

PerArticle = Callable[[Article, Schema, Minter], tuple[URIRef, Graph]]
BATCH = 4  # articles per task: few enough to spread a small build, enough to amortise a task's overhead


@dataclass(frozen=True)
class Outcome:
    """What a worker made of one article: its graph as N-Triples, or why it is skipped."""

    source: str
    graph_iri: str | None = None
    ntriples: str = ""
    reason: str | None = None

    def get(self) -> tuple[URIRef, Graph]:
        """The graph IRI and graph, as ``per_article_fn`` returned them; raise KGError with the reason."""
        if self.reason is not None:
            raise KGError(self.reason)
        return URIRef(self.graph_iri), Graph().parse(data=self.ntriples, format="nt")


def map_articles_on_dask(items: Iterable[Article | SourceError], scheduler_address: str, per_article_fn: PerArticle,
                         schema: Schema, minter: Minter, *, batch_size: int = BATCH,
                         connect_timeout: float = 30.0) -> Iterator[tuple[Article | SourceError, Outcome | None]]:
    """``(item, outcome)`` for each item in order; the outcome of a SourceError (read here) is None.

    ``per_article_fn(article, schema, minter) -> (graph IRI, graph)`` runs on the workers and must be
    importable there (kg.pipeline.article_graph is)."""
    client = _connect(scheduler_address, connect_timeout)
    try:
        items = list(items)
        articles = [item for item in items if isinstance(item, Article)]
        [payload] = client.scatter([_schema_payload(schema, minter)], broadcast=True, hash=False)
        batches = [articles[i:i + batch_size] for i in range(0, len(articles), max(1, batch_size))]
        futures = deque(client.map(_map_batch, batches, fn=per_article_fn, payload=payload, pure=False))
        outcomes = _in_order(futures, batches)
        for item in items:
            yield item, (next(outcomes) if isinstance(item, Article) else None)
    finally:
        client.close()


def _connect(address: str, timeout: float):
    try:
        from distributed import Client
    except ImportError as exc:
        raise UsageError("--scheduler needs Dask: pip install -e '.[dask]' (in a checkout of this project)") from exc
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"--scheduler {address}: no Dask scheduler answered ({exc}). Start one with "
                         "`dask scheduler` and give its address, e.g. tcp://HOST:8786") from exc


def _in_order(futures: deque, batches: list[list[Article]]) -> Iterator[Outcome]:
    """The outcomes of each batch in turn, dropping each future once read so results are freed."""
    for batch in batches:
        future = futures.popleft()
        try:
            outcomes = future.result()
        except Exception as exc:  # the task, not an article, failed: its articles are skipped
            log.debug("a Dask task failed", exc_info=True)
            outcomes = [Outcome(a.source, reason=f"the Dask task failed ({type(exc).__name__}: {exc})")
                        for a in batch]
        finally:
            future.release()
        yield from outcomes


def _schema_payload(schema: Schema, minter: Minter) -> tuple[str, str, str]:
    return schema.ontology.serialize(format="turtle"), schema.shapes.serialize(format="turtle"), minter.base


@functools.lru_cache(maxsize=2)
def _schema(ontology: str, shapes: str, base_iri: str) -> tuple[Schema, Minter]:
    """Parsed once per worker process: every task of a build gets the same scattered strings."""
    return Schema(Graph().parse(data=ontology, format="turtle"), Graph().parse(data=shapes, format="turtle")), \
        Minter(base_iri)


def _map_batch(batch: list[Article], fn: PerArticle, payload: tuple[str, str, str]) -> list[Outcome]:
    """Runs on a worker: each article through ``fn``, failures worded as kg.pipeline.map_sources words them."""
    schema, minter = _schema(*payload)
    outcomes = []
    for article in batch:
        try:
            iri, graph = fn(article, schema, minter)
        except KGError as error:
            outcomes.append(Outcome(article.source, reason=str(error)))
        except Exception as error:  # an extractor bug costs one article, not the build
            log.debug("extracting %s failed", article.source, exc_info=True)
            outcomes.append(Outcome(article.source,
                                    reason=f"extraction failed ({type(error).__name__}: {error})"))
        else:
            outcomes.append(Outcome(article.source, str(iri), graph.serialize(format="nt")))
    return outcomes
