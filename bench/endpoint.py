"""The SPARQL endpoint against Oxigraph's own server, on the same data, side by side in one run.

    pip install -e '.[bench]'       # Oxigraph's server: the `oxigraph` command
    python -m bench.endpoint        # a few minutes; --help for the knobs

What it does, in a temporary folder: ``kg build`` of the bundled sample articles
(or, with ``--generated N``, of N articles of ``bench.generate``); the built quads
copied as often as ``--quads`` asks (100k by default), every minted IRI
(``{base}id/…``, ``{base}graph/…``) and blank node renamed per copy, so the data
keeps the shape of the real graph; one store of it as a release for ``kg serve``
and a copy of that store for ``oxigraph serve-read-only``, whose default graph is the
store's own: the merge of the named graphs, what ``kg serve`` answers by default (Oxigraph's
``--union-default-graph`` would repeat a triple once per graph that holds it).

Then, for each server: every competency query (``queries/*.rq``) by one client,
once untimed, then repeated for ``--query-seconds``; and a mixed load (the
competency queries Oxigraph answers within ``--interactive-ms``, and four small
lookups, chosen at random) by 1, 4 and 16 concurrent clients for ``--seconds``
each. Every request is a POST of ``application/sparql-query`` on a kept-alive
connection, answered as SPARQL JSON (N-Triples for the DESCRIBE). Both servers
must give the same number of results for every query. Printed (and written as
Markdown with ``--markdown FILE``): median and 99th percentile latency,
throughput, errors, and the ratio ours / Oxigraph.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from bench.load import (N_TRIPLES, TIMEOUT_S, Query, Sample, alternating, connection, per_query_ratio, request,
                        result_count)
from kg import release as layout
from kg.settings import PROJECT_ROOT, Settings

QUERY_PATHS = {"kg serve": "/sparql", "oxigraph serve-read-only": "/query"}  # where each answers queries


# ---------------------------------------------------------------- the data

def build_data(folder: Path, target_quads: int, generated: int = 0) -> tuple[Path, Path, int, int]:
    """``kg build`` of the samples (or of ``generated`` articles of ``bench.generate``), grown to about
    ``target_quads``: (release link for kg serve, store copy for Oxigraph, quads, copies)."""
    built, sources = folder / "built", []
    if generated:
        from bench.generate import generate
        generate(generated, folder / "corpus")
        sources = [str(folder / "corpus" / "articles")]
    _run([sys.executable, "-m", "kg.cli", "build", *sources, "--out", str(built), "-q"])
    source = layout.current(built)
    quads = list(ox.Store.read_only(str(source / layout.STORE)))
    copies = max(1, round(target_quads / len(quads)))
    target = layout.releases_dir(folder / "dist") / f"bench-x{copies}"
    target.mkdir(parents=True)
    store = ox.Store(str(target / layout.STORE))
    store.bulk_extend(replicate(quads, copies, Settings().base_iri))
    store.flush()
    count = len(store)
    del store  # closes the store before anyone opens it read-only
    metadata = {**layout.metadata(source), "version": target.name, "quads": count}
    (target / layout.METADATA).write_text(json.dumps(metadata), encoding="utf-8")
    layout.swap(folder / "dist", target)
    shutil.copytree(target / layout.STORE, folder / "oxigraph-store")
    return folder / "dist", folder / "oxigraph-store", count, copies


def replicate(quads: list[ox.Quad], copies: int, base: str):
    """``copies`` copies of ``quads``; copy k renames minted IRIs and blank nodes with a suffix ``-k``."""
    minted = (base + "id/", base + "graph/")
    for k in range(copies):
        def rename(term, k=k):
            if k and isinstance(term, ox.NamedNode) and term.value.startswith(minted):
                return ox.NamedNode(f"{term.value}-{k}")
            if k and isinstance(term, ox.BlankNode):
                return ox.BlankNode(f"{term.value}x{k}")
            return term
        for quad in quads:
            yield ox.Quad(rename(quad.subject), quad.predicate, rename(quad.object), rename(quad.graph_name))


def competency_queries(folder: Path) -> list[Query]:
    return [Query(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))]


#: Small queries of the kind a linked-data browser or an application sends, for the mixed load.
LOOKUPS = [
    Query("ask", "ASK {}"),
    Query("lookup", "SELECT ?s ?p WHERE { ?s ?p <http://www.wikidata.org/entity/Q794> }"),
    Query("by-type", "SELECT ?s WHERE { ?s a <http://irnews.example.org/ontology#State> } LIMIT 20"),
    Query("describe", "DESCRIBE ?s WHERE { ?s a <http://irnews.example.org/ontology#Agreement> } LIMIT 1",
          N_TRIPLES),
]


# ---------------------------------------------------------------- the two servers

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running(command: list[str], port: int, name: str):
    """A server process, ready (it answers ``ASK {}``) until the block ends."""
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=PROJECT_ROOT)
    url = f"http://127.0.0.1:{port}{QUERY_PATHS[name]}"
    try:
        _wait_until_ready(process, url, name, log)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_until_ready(process, url: str, name: str, log) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise SystemExit(f"{name} ended at start:\n{log.read().decode('utf-8', 'replace')}")
        try:
            status, _ = request(url, Query("ask", "ASK {}"), connection(url))
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{name} did not answer on {url} within 60 s")


def ours(release: Path, port: int, workers: int) -> list[str]:
    return [sys.executable, "-m", "kg.cli", "serve", "--release", str(release), "--port", str(port),
            "--workers", str(workers), "--queue-size", "32", "--rate-limit", "0",
            "--query-timeout", str(TIMEOUT_S), "--client-timeout", str(TIMEOUT_S)]


def oxigraph(store: Path, port: int) -> list[str]:
    beside = Path(sys.executable).parent / "oxigraph"  # the one `pip install -e '.[bench]'` put in this venv
    executable = str(beside) if beside.exists() else shutil.which("oxigraph")
    if executable is None:
        raise SystemExit("the `oxigraph` command is missing: pip install -e '.[bench]'")
    return [executable, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
            "--timeout-s", str(TIMEOUT_S)]


# ---------------------------------------------------------------- the run and its tables

def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.workers = args.workers or max(args.clients)
    competency = competency_queries(args.queries)
    with tempfile.TemporaryDirectory(prefix="irnews-bench-") as tmp:
        corpus = f"{args.generated} generated articles" if args.generated else "the samples"
        _say(f"building {corpus} and growing them to about {args.quads:,} quads")
        release, store, quads, copies = build_data(Path(tmp), args.quads, args.generated)
        our_port, ox_port = free_port(), free_port()
        with running(ours(release, our_port, args.workers), our_port, "kg serve") as our_url, \
                running(oxigraph(store, ox_port), ox_port, "oxigraph serve-read-only") as ox_url:
            servers = {"ours": our_url, "oxigraph": ox_url}
            loads = [os.getloadavg()[0]]
            counts = same_answers(servers, LOOKUPS)
            per_query = {}
            for query in competency:
                _say(f"competency query {query.name}")
                counts |= same_answers(servers, [query])  # also the untimed first run
                timed = counts[query.name] is not None
                per_query[query.name] = (alternating(servers, [query], 1, args.query_seconds, args.rounds)
                                         if timed else dict.fromkeys(servers))
            mixed = interactive(competency, per_query, args.interactive_ms) + LOOKUPS
            load = {}
            for clients in args.clients:
                _say(f"mixed load, {clients} client(s)")
                load[clients] = alternating(servers, mixed, clients, args.seconds, args.rounds)
            loads.append(os.getloadavg()[0])
    report = render(Run(quads, copies, counts, per_query, mixed, load, loads), args)
    print(report)
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    return 0


def same_answers(servers: dict[str, str], load: list[Query]) -> dict[str, int | None]:
    """The number of results of each query, the same on every server; None when one is over the time limit."""
    counts = {}
    for query in load:
        answers = {name: result_count(url, query) for name, url in servers.items()}
        if None not in answers.values() and len(set(answers.values())) != 1:
            raise SystemExit(f"{query.name}: the servers disagree on the number of results: {answers}")
        counts[query.name] = None if None in answers.values() else answers["ours"]
    return counts


def interactive(competency: list[Query], per_query: dict, limit_ms: float) -> list[Query]:
    """The competency queries Oxigraph itself answers within ``limit_ms``: those join the mixed load."""
    return [q for q in competency if per_query[q.name]["oxigraph"] is not None
            and per_query[q.name]["oxigraph"].percentile(50) * 1000 <= limit_ms]


@dataclass
class Run:
    quads: int
    copies: int
    counts: dict[str, int]
    per_query: dict[str, dict[str, Sample]]
    mixed: list[Query]
    load: dict[int, dict[str, Sample]]
    loads: list[float]  # the machine's load average (1 min) before and after the measures


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f}"


def render(run: Run, args) -> str:
    left_out = [name for name in run.per_query if name not in {q.name for q in run.mixed}]
    corpus = f"{args.generated} articles of bench.generate" if args.generated else "the sample articles"
    lines = [f"Data: {run.quads:,} quads ({corpus}, built, {run.copies} copies). Machine: "
             f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, "
             f"pyoxigraph and oxigraph {ox.__version__}; the clients and both servers share the machine "
             f"(load average {run.loads[0]:.1f} before the measures, {run.loads[1]:.1f} after). "
             f"`kg serve --workers {args.workers}`; `oxigraph serve-read-only` (its default graph the store's, the merge). Each "
             f"measure alternates between the servers {args.rounds} times.", "",
             f"Competency queries, one client, each repeated for {args.query_seconds:g} s (at least once) "
             f"after one untimed run; time limit {TIMEOUT_S} s on both servers (latency in ms):", "",
             "| query | rows | ours p50 | ours p99 | Oxigraph p50 | Oxigraph p99 | p50 ours/Oxigraph |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, by_server in run.per_query.items():
        rows = "" if run.counts[name] is None else str(run.counts[name])
        lines.append(_row([name, rows], by_server["ours"], by_server["oxigraph"], rates=False))
    lines += ["", f"Mixed load: {', '.join(q.name for q in run.mixed)}, chosen at random; {args.seconds:g} s for "
              "each number of concurrent clients (latency in ms, throughput in answers/s)"
              + (f"; left out as slower than {args.interactive_ms:g} ms on Oxigraph alone: {', '.join(left_out)}"
                 if left_out else "") + ":", "",
              "| clients | ours p50 | ours p99 | ours answers/s | ours errors | Oxigraph p50 | Oxigraph p99 | "
              "Oxigraph answers/s | Oxigraph errors | p50 ours/Oxigraph | per query |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for clients, by_server in run.load.items():
        ratio = per_query_ratio(by_server["ours"], by_server["oxigraph"])
        lines.append(_row([str(clients)], by_server["ours"], by_server["oxigraph"], rates=True) + f" {ratio:.2f} |")
    lines += ["", "p50 ours/Oxigraph is the ratio of the medians of all answers; per query, the geometric mean "
              "of the ratios of each query's medians (the mix is bimodal, cheap lookups and costly "
              "queries, so the median of all answers jumps between the two with a few answers more or less)."]
    return "\n".join(lines) + "\n"


def _row(first: list[str], ours_: Sample | None, oxigraph_: Sample | None, rates: bool) -> str:
    """A table row; a server that failed the untimed run shows the time limit instead."""
    cells = list(first)
    for sample in (ours_, oxigraph_):
        if sample is None:
            cells += [f"over {TIMEOUT_S} s", ""] + (["", ""] if rates else [])
            continue
        cells += [_ms(sample.percentile(50)), _ms(sample.percentile(99))]
        cells += [f"{sample.throughput:,.1f}", str(sample.errors)] if rates else []
    both = ours_ is not None and oxigraph_ is not None
    cells.append(f"{ours_.percentile(50) / oxigraph_.percentile(50):.2f}" if both else "")
    return "| " + " | ".join(cells) + " |"


def _say(line: str) -> None:
    print(line + "…", file=sys.stderr, flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.endpoint", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quads", type=int, default=100_000, help="about how many quads to serve (default: 100000)")
    parser.add_argument("--generated", type=int, default=0, metavar="N",
                        help="build N articles of bench.generate instead of the samples (default: the samples)")
    parser.add_argument("--seconds", type=float, default=10, help="length of each mixed-load run (default: 10)")
    parser.add_argument("--query-seconds", type=float, default=3,
                        help="how long each competency query is repeated (default: 3)")
    parser.add_argument("--interactive-ms", type=float, default=1000,
                        help="competency queries slower than this on Oxigraph stay out of the mixed load")
    parser.add_argument("--clients", type=lambda s: [int(n) for n in s.split(",")], default=[1, 4, 16],
                        help="numbers of concurrent clients, comma-separated (default: 1,4,16)")
    parser.add_argument("--workers", type=int, help="kg serve --workers (default: the most concurrent clients, so "
                        "that no query waits for a worker, as none waits for a thread in Oxigraph's server)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="each measure alternates between the servers this many times (default: 5)")
    parser.add_argument("--queries", type=Path, default=Settings().queries_dir, help="folder of .rq files")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    return parser


def _run(command: list[str]) -> None:
    result = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")


if __name__ == "__main__":
    sys.exit(main())
