"""The ``kg`` command: build, serve, validate, query, evaluate.

Exit codes: 0 success; 1 unexpected error; 2 usage; 3 source; 4 validation;
5 reasoning; 6 publishing; 7 query; 8 nothing to publish.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import KGError, UsageError
from .settings import Settings

DEFAULTS = Settings()


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Publish news about international relations as a knowledge graph.")
    sub = parser.add_subparsers(dest="command")
    b = sub.add_parser("build", help="read articles, extract, validate, reason and publish a release")
    b.add_argument("sources", nargs="*", type=_source, metavar="SOURCE",
                   help="article files (.txt, .html, .htm, .jsonl), folders of them, or http(s) URLs of pages "
                        "(default: the bundled samples)")
    _common(b)
    b.set_defaults(run=_build)
    s = sub.add_parser("serve", help="serve the current release: SPARQL endpoint, pages and dumps")
    s.add_argument("--release", type=Path, default=DEFAULTS.out, help="release folder (default: dist)")
    s.add_argument("--host", default=DEFAULTS.host, help=Settings.help()["host"])
    s.add_argument("--port", type=int, default=DEFAULTS.port, help=Settings.help()["port"])
    s.add_argument("--query-timeout", type=float, default=DEFAULTS.query_timeout, help=Settings.help()["query_timeout"])
    s.add_argument("--workers", type=int, default=DEFAULTS.workers, help=Settings.help()["workers"])
    s.add_argument("--base-iri", default=DEFAULTS.base_iri, help=Settings.help()["base_iri"])
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
    return parser


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
    from .pipeline import build
    settings = DEFAULTS.replace(out=args.out, base_iri=args.base_iri)
    result = build(settings, args.sources or [settings.samples_dir], _progress(args.quiet))
    print(f"published {len(result.published)} article(s), {result.asserted_triples} asserted and "
          f"{result.inferred_triples} inferred triples to {settings.out} -> {result.release.name}")
    for skipped in result.skipped:
        print(f"skipped {skipped}")
    return 0


def _serve(args) -> int:
    from server import serve
    settings = DEFAULTS.replace(out=args.release, host=args.host, port=args.port,
                                query_timeout=args.query_timeout, workers=args.workers, base_iri=args.base_iri)
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


if __name__ == "__main__":
    sys.exit(main())
