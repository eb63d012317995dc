"""The ``kg`` command: build, serve, validate, query, evaluate, publish.

Exit codes: 0 success; 1 unexpected error; 2 usage; 3 source; 4 validation;
5 reasoning; 6 publishing; 7 query; 8 nothing to publish.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .errors import KGError, UsageError
from .settings import Settings

DEFAULTS = Settings()
STARTED = time.perf_counter()  # when the command started (its interpreter's own start aside)
#: The limits of the public endpoint, each a ``kg serve`` flag (``--query-timeout`` for query_timeout).
SERVE_LIMITS = ("query_timeout", "workers", "queue_size", "max_query_bytes", "max_body_bytes", "max_url_bytes",
                "max_rows", "max_triples", "worker_memory_mb", "threads", "client_timeout", "read_timeout",
                "rate_limit", "service_workers", "service_timeout", "service_max_bytes")
MAY_BE_ZERO = ("queue_size", "rate_limit")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except KGError as error:
        print(f"kg {args.command}: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kg evaluate | head`: the reader has gone, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Publish news about international relations as a knowledge graph.")
    sub = parser.add_subparsers(dest="command")
    b = sub.add_parser("build", help="read articles, extract, validate, reason and publish a release")
    b.add_argument("sources", nargs="*", type=_source, metavar="SOURCE",
                   help="article files (.txt, .html, .htm, .jsonl), folders of them, or http(s) URLs of pages "
                        "(default: the bundled samples)")
    _common(b)
    b.add_argument("--scheduler", metavar="ADDRESS", help=Settings.help()["scheduler"])
    b.set_defaults(run=_build)
    s = sub.add_parser("serve", help="serve the current release: SPARQL endpoint, pages and dumps")
    s.add_argument("--release", type=Path, default=DEFAULTS.out, help="release folder (default: dist)")
    s.add_argument("--host", default=DEFAULTS.host, help=Settings.help()["host"])
    s.add_argument("--port", type=int, default=DEFAULTS.port, help=Settings.help()["port"])
    s.add_argument("--base-iri", default=DEFAULTS.base_iri, help=Settings.help()["base_iri"])
    s.add_argument("--wikidata-service", action="store_true", help=Settings.help()["wikidata_service"])
    for name in SERVE_LIMITS:
        s.add_argument("--" + name.replace("_", "-"), type=type(getattr(DEFAULTS, name)),
                       default=getattr(DEFAULTS, name), help=f"{Settings.help()[name]} (default: %(default)s)")
    s.set_defaults(run=_serve)
    v = sub.add_parser("validate", help="extract and validate articles against the shapes without publishing")
    v.add_argument("sources", nargs="*", type=_source, metavar="SOURCE",
                   help="article files, folders or http(s) URLs, as for build (default: the bundled samples)")
    v.set_defaults(run=_validate)
    q = sub.add_parser("query", help="run a SPARQL query file against the current release")
    q.add_argument("file", type=Path, help="a .rq file")
    q.add_argument("--release", type=Path, default=DEFAULTS.out, help="release folder (default: dist)")
    q.set_defaults(run=_query)
    e = sub.add_parser("evaluate", help="score the built graph against gold annotations")
    e.add_argument("--gold", type=Path, required=True, help="folder of *.gold.json files")
    e.add_argument("--release", type=Path, default=DEFAULTS.out, help="release folder (default: dist)")
    e.add_argument("--details", action="store_true", help="also list misses and false positives per article")
    e.set_defaults(run=_evaluate)
    _publish_parser(sub)
    _link_parser(sub)
    return parser


def _publish_parser(sub) -> None:
    p = sub.add_parser("publish", help="push the current release to a triplestore (SPARQL 1.1 Graph Store "
                                       "HTTP Protocol), graph by graph, and verify the counts")
    p.add_argument("--to", required=True, metavar="URL",
                   help="the store's Graph Store endpoint: Oxigraph http://HOST:7878/store, Fuseki "
                        "http://HOST:3030/DATASET/data (more in the README)")
    p.add_argument("--release", type=Path, default=DEFAULTS.out, help="release folder (default: dist)")
    p.add_argument("--query-url", metavar="URL",
                   help="the store's SPARQL query endpoint, to count triples (default: derived from --to for "
                        "the stores the README lists, else each graph is read back with GET)")
    p.add_argument("--prune", action="store_true",
                   help="also delete remote graphs under the release's graph namespace that it does not hold")
    p.add_argument("--retries", type=int, default=3, help="retries of a request that failed with a 5xx, a 429 "
                                                          "or no connection (default: %(default)s)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for each answer (default: %(default)s)")
    p.add_argument("--user", help="user name for HTTP authentication; the password is read from KG_STORE_PASSWORD")
    p.add_argument("--digest", action="store_true", help="use HTTP digest authentication (Virtuoso), not basic")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    p.set_defaults(run=_publish)


def _source(value: str) -> Path | str:
    """An http(s) URL stays a string; anything else is a path."""
    from .sources import is_url
    return value if is_url(value) else Path(value)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, default=DEFAULTS.out, help=Settings.help()["out"])
    p.add_argument("--base-iri", default=DEFAULTS.base_iri, help=Settings.help()["base_iri"])
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")


def _progress(quiet: bool):
    return (lambda _: None) if quiet else (lambda line: print(line, file=sys.stderr, flush=True))


def _build(args) -> int:
    from . import incremental, release
    settings = DEFAULTS.replace(out=args.out, base_iri=args.base_iri, scheduler=args.scheduler)
    sources = args.sources or [settings.samples_dir]
    survey = incremental.survey(settings, sources)  # before the pipeline is imported (1-1.5 s)
    if survey.unchanged():
        folder = release.current(settings.out)
        meta = release.metadata(folder)
        _progress(args.quiet)(f"nothing changed since release {folder.name}: nothing written")
        print(f"nothing changed: {settings.out} -> {folder.name} ({len(meta.get('articles', []))} article(s)) "
              "is current; nothing was written")
        for skipped in meta.get("skipped", []):
            print(f"skipped {skipped['source']}: {skipped['reason']}")
        for withheld in meta.get("withheld", []):
            print(f"withheld from {withheld['source']}: {withheld['reason']}")
        return 0
    from .pipeline import build
    result = build(settings, sources, _progress(args.quiet), survey)  # something changed: a new release
    reused = f" ({result.reused} reused from the last release)" if result.reused else ""
    print(f"published {len(result.published)} article(s){reused}, {result.asserted_triples} asserted and "
          f"{result.inferred_triples} inferred triples to {settings.out} -> {result.release.name}")
    for skipped in result.skipped:
        print(f"skipped {skipped}")
    for withheld in result.withheld:
        print(f"withheld from {withheld}")
    _progress(args.quiet)(timings(time.perf_counter() - STARTED, result.seconds))
    return 0


def timings(total: float, seconds: dict[str, float]) -> str:
    """Where a build's time went: the start (imports, listing the inputs, the shapes, rules and extractor
    made ready), then the work: reading the articles that changed, keeping up the inferences, publishing."""
    work = {"articles": seconds.get("articles (wall)", 0.0), "inferences": seconds.get("merge", 0.0),
            "publishing": seconds.get("publish", 0.0)}
    start = max(0.0, total - sum(work.values()))
    return (f"time: {total:.2f} s: start {start:.2f} s, work {sum(work.values()):.2f} s ("
            + ", ".join(f"{name} {value:.2f} s" for name, value in work.items()) + ")")


def _publish(args) -> int:
    from .remote import push
    report = push(args.release, args.to, query_url=args.query_url, retries=args.retries, timeout=args.timeout,
                  auth=_auth(args), prune=args.prune, progress=_progress(args.quiet))
    for graph in report.graphs:
        print(f"{graph.iri}\t{graph.triples} triples\t{graph.remote} on the remote")
    for name in report.pruned:
        print(f"{name}\tdeleted")
    checked = f"SPARQL at {report.query_url}" if report.query_url else "reading each graph back"
    print(f"pushed {len(report.graphs)} graph(s), {report.triples} triples of release {report.version} to "
          f"{report.store_url}; counts verified by {checked}")
    return 0


def _auth(args):
    if not args.user:
        return None
    import requests
    password = os.environ.get("KG_STORE_PASSWORD")
    if password is None:
        raise UsageError(f"--user {args.user}: set the password in the environment variable KG_STORE_PASSWORD")
    scheme = requests.auth.HTTPDigestAuth if args.digest else requests.auth.HTTPBasicAuth
    return scheme(args.user, password)


def _serve(args) -> int:
    from server import serve
    limits = {name: getattr(args, name) for name in SERVE_LIMITS}
    for name, value in limits.items():
        if value < 0 or (value == 0 and name not in MAY_BE_ZERO):
            raise UsageError(f"--{name.replace('_', '-')} {value}: give a number above 0")
    settings = DEFAULTS.replace(out=args.release, host=args.host, port=args.port, base_iri=args.base_iri,
                                wikidata_service=args.wikidata_service, **limits)
    from . import release
    if release.current(settings.out) is None:
        print(f"kg serve: warning: nothing is published in {settings.out} yet; the endpoint answers 503 "
              f"until `kg build --out {settings.out}` publishes a release", file=sys.stderr)
    serve(settings)
    return 0


def _validate(args) -> int:
    from .iris import Minter
    from .pipeline import map_sources
    from .validate import Schema
    settings = DEFAULTS
    graphs, result = map_sources(args.sources or [settings.samples_dir], Schema.load(settings),
                                 Minter(settings.base_iri), _progress(False))
    print(f"{len(graphs)} article(s) valid, {len(result.skipped)} not")
    for skipped in result.skipped:
        print(f"invalid {skipped}")
    return 4 if result.skipped else 0


def _query(args) -> int:
    from .query import run_file
    sys.stdout.write(run_file(args.release, args.file))
    return 0


def _evaluate(args) -> int:
    from .evaluate import details, evaluate, format_report
    if not args.gold.is_dir():
        raise UsageError(f"--gold {args.gold}: no such folder")
    report = evaluate(args.release, args.gold, DEFAULTS.queries_dir)
    print(format_report(report))
    if args.details:
        print(details(report))
    return 0


def _link_parser(sub) -> None:
    k = sub.add_parser("link", help="reconcile organizations and people with Wikidata (offline: report the cache)")
    k.add_argument("sources", nargs="*", type=_source, metavar="SOURCE",
                   help="articles to take the agents from instead of the release (files, folders, URLs)")
    k.add_argument("--release", type=Path, default=DEFAULTS.out, help="release folder (default: dist)")
    k.add_argument("--online", action="store_true",
                   help="ask the Wikidata API about the undecided agents and write the decisions to the cache")
    k.add_argument("--api", default=DEFAULTS.wikidata_api, help=Settings.help()["wikidata_api"])
    k.add_argument("--cache", type=Path, default=DEFAULTS.wikidata_cache, help=Settings.help()["wikidata_cache"])
    k.add_argument("--interval", type=float, default=DEFAULTS.wikidata_interval,
                   help=f"{Settings.help()['wikidata_interval']} (default: %(default)s)")
    k.set_defaults(run=_link)


def _link(args) -> int:
    from .link import link, report, subjects_from_release, subjects_from_sources
    from .wikidata import Client
    if args.interval < 0:
        raise UsageError(f"--interval {args.interval}: give 0 or more seconds")
    settings = DEFAULTS.replace(out=args.release, wikidata_api=args.api, wikidata_cache=args.cache,
                                wikidata_interval=args.interval)
    skipped = []
    if args.sources:
        subjects, skipped = subjects_from_sources(args.sources, settings.base_iri)
    else:
        subjects = subjects_from_release(settings.out)
    client = Client(settings.wikidata_api, settings.wikidata_user_agent, settings.wikidata_interval,
                    settings.wikidata_timeout, settings.wikidata_maxlag) if args.online else None
    try:
        results = link(subjects, settings.wikidata_cache, client)
    finally:
        if client is not None:
            client.close()
    print(report(results, settings.wikidata_cache, args.online))
    for error in skipped:
        print(f"skipped {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
