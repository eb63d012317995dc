"""`kg build --scheduler`: extraction, mapping and validation on a real local Dask cluster (two
worker processes on 127.0.0.1) give the graphs and the skip reasons of the local path, in order."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg import release
from kg.cli import main
from kg.distributed import map_articles_on_dask
from kg.errors import KGError, SourceError, UsageError
from kg.iris import Minter
from kg.pipeline import article_graph, map_sources
from kg.settings import Settings
from kg.sources import Article, read_sources
from kg.validate import Schema

import distributed  # noqa: E402  (installed by the test extra)

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles"


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def schema():
    return Schema.load(Settings())


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> list[Path]:
    """Six samples, an unreadable file and an article that fails validation (it has no date)."""
    bad = tmp_path_factory.mktemp("bad")
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "undated.txt").write_text("Egypt and Ethiopia resume talks\n\nEgypt and Ethiopia resumed talks on "
                                     "the dam in Cairo, the foreign ministry said.\n", encoding="utf-8")
    return [*sorted(SAMPLES.glob("*.txt"))[:6], bad / "empty.txt", bad / "undated.txt"]


def on_dask(items, scheduler, schema, fn=article_graph, **options):
    """The dask path's (published graphs by IRI, [(source, reason)] skipped) for ``items``."""
    graphs, skipped = {}, []
    for item, outcome in map_articles_on_dask(items, scheduler, fn, schema, Minter(Settings().base_iri), **options):
        if isinstance(item, SourceError):
            skipped.append((item.source, item.reason))
            continue
        try:
            iri, graph = outcome.get()
        except KGError as error:
            skipped.append((item.source, str(error)))
        else:
            graphs[iri] = graph
    return graphs, skipped


def test_the_cluster_maps_every_article_as_the_local_path_does(scheduler, schema, sources):
    local, result = map_sources(sources, schema, Minter(Settings().base_iri), lambda _: None)
    graphs, skipped = on_dask(read_sources(sources), scheduler, schema, batch_size=3)
    assert list(graphs) == list(local) and local
    for iri, graph in local.items():
        assert isomorphic(graphs[iri], graph), iri
    assert skipped == [(s.source, s.reason) for s in result.skipped]
    assert {"empty.txt", "undated.txt"} <= {source for source, _ in skipped}


def test_an_article_that_breaks_the_extractor_costs_only_itself(scheduler, schema):
    broken = Article(source="broken.txt", text=None, title="Broken", published=dt.date(2024, 1, 1))
    good = next(read_sources([SAMPLES / "003_egypt-ethiopia-gerd-talks.txt"]))
    graphs, skipped = on_dask([broken, good], scheduler, schema, batch_size=2)
    assert len(graphs) == 1
    assert skipped[0][0] == "broken.txt" and skipped[0][1].startswith("extraction failed (")


def not_a_graph(article, schema, minter):
    return minter.article_graph("x"), None


def test_a_task_that_fails_skips_its_batch_and_says_why(scheduler, schema):
    articles = list(read_sources([SAMPLES / "003_egypt-ethiopia-gerd-talks.txt",
                                  SAMPLES / "005_india-uae-rupee-dirham.txt"]))
    graphs, skipped = on_dask(articles, scheduler, schema, fn=not_a_graph, batch_size=1)
    assert graphs == {}
    assert [s for s, _ in skipped] == [a.source for a in articles]
    assert all(reason.startswith("the Dask task failed (AttributeError") for _, reason in skipped)


def test_no_scheduler_at_the_address_is_a_usage_error(schema):
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]
    with pytest.raises(UsageError, match=rf"--scheduler tcp://127.0.0.1:{port}: no Dask scheduler answered"):
        on_dask([], f"tcp://127.0.0.1:{port}", schema, connect_timeout=1)


def test_cli_build_on_the_cluster_publishes_what_a_local_build_does(scheduler, tmp_path, capsys):
    files = [str(SAMPLES / name) for name in ("003_egypt-ethiopia-gerd-talks.txt", "005_india-uae-rupee-dirham.txt")]
    assert main(["build", *files, "--out", str(tmp_path / "local"), "-q"]) == 0
    assert main(["build", *files, "--out", str(tmp_path / "dask"), "--scheduler", scheduler, "-q"]) == 0
    assert "published 2 article(s)" in capsys.readouterr().out
    local, remote = (release.metadata(release.current(tmp_path / name)) for name in ("local", "dask"))
    for key in ("graphs", "articles", "skipped", "triples"):
        assert remote[key] == local[key], key
