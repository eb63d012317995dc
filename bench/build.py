"""The build, ours against the naive pipeline, side by side in one run.

    python -m bench.build                         # generated corpora of 100 and 1,000 articles
    python -m bench.build --sizes 1000 10000      # any sizes; --naive-max says which the naive runs
    python -m bench.build --markdown /tmp/build.md

Corpora come from `bench.generate` (kept in ``--workdir``, made once per size and seed). Each
pipeline runs in a fresh process on each corpus, one after the other:

- **ours**: ``kg.pipeline.build``: extract, map, validate (compiled shapes, pyshacl when they fail),
  each article's share of OWL RL reasoning on every core, the merge, then ``kg.publish`` (Oxigraph
  store and every dump);
- **naive**: the same extractor, then rdflib all the way: ``map_article`` into rdflib graphs, pyshacl
  on each article, an rdflib Dataset of every graph (the store), owlrl's full closure of their
  union (``kg.reason.infer``), rdflib's serializers for the dumps (Turtle of every triple, N-Quads).

Printed per stage: seconds (ours: summed over the worker processes; the wall clock of the whole
build is the line that counts), articles a second, peak resident memory of the process tree, and
the median latency of each competency query (``queries/*.rq``: Oxigraph store for ours, the rdflib
Dataset for the naive), with naive/ours ratios. Above ``--naive-max`` articles the naive pipeline is
not run: its figures are estimated from the two largest measured sizes (per-article stages linearly,
owlrl's closure by the power law through them) and marked "est.".
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
STAGES = ("read", "extract", "map", "validate", "reason", "store and dumps")
QUERY_LIMIT = 20  # seconds a competency query may take (its four runs) before it is reported as not finishing


# ---------------------------------------------------------------- the two pipelines, measured

def measure_ours(articles: Path, out: Path, memory: "_PeakMemory") -> dict:
    from kg.pipeline import build
    from kg.settings import Settings
    started = time.perf_counter()
    result = build(Settings(out=out), [articles])
    wall = time.perf_counter() - started
    rss = memory.stop()
    s = result.seconds
    stages = {"extract": s["extract"], "map": s["map"], "validate": s["validate"],
              "reason": s["reason"] + s["merge"], "store and dumps": s["publish"]}
    return {"wall": wall, "stages": stages, "phases": s, "articles": len(result.published),
            "asserted": result.asserted_triples, "inferred": result.inferred_triples, "rss_mb": rss,
            "queries": _oxigraph_latency(out)}


def measure_naive(articles: Path, out: Path, memory: "_PeakMemory") -> dict:
    from rdflib import Dataset, Graph

    from kg.extract import extract
    from kg.iris import Minter
    from kg.mapping import map_article
    from kg.reason import infer
    from kg.settings import Settings
    from kg.sources import read_sources
    from kg.validate import PYSHACL_OPTIONS, Schema
    from pyshacl import validate   # pyshacl as it comes: rdflib parses each SPARQL constraint again per article
    settings, clock = Settings(), _Clock()
    schema, minter = Schema.load(settings), Minter(settings.base_iri)
    started = time.perf_counter()
    items = clock("read", lambda: [a for a in read_sources([articles]) if not isinstance(a, Exception)])
    extractions = clock("extract", lambda: [extract(a) for a in items])
    graphs = clock("map", lambda: dict(map_article(x, minter) for x in extractions))
    graphs = clock("validate", lambda: {iri: g for iri, g in graphs.items() if validate(
        g, shacl_graph=schema.shapes, ont_graph=schema.ontology, **PYSHACL_OPTIONS)[0]})
    dataset = Dataset(default_union=True)

    def store():
        for iri, graph in graphs.items():
            dataset.graph(iri).__iadd__(graph)
        union = Graph()
        for graph in graphs.values():
            union += graph
        return union
    union = clock("store and dumps", store)
    inferred = clock("reason", lambda: infer(union, schema.ontology, minter))

    def dumps():
        dataset.graph(minter.inferred_graph).__iadd__(inferred)
        out.mkdir(parents=True, exist_ok=True)
        everything = Graph()
        everything += union
        everything += inferred
        everything.serialize(out / "kg.ttl", format="turtle")
        dataset.serialize(out / "kg.nq", format="nquads")
    clock("store and dumps", dumps)
    wall = time.perf_counter() - started
    return {"wall": wall, "stages": clock.seconds, "articles": len(graphs), "asserted": len(union),
            "inferred": len(inferred), "rss_mb": memory.stop(), "queries": _rdflib_latency(dataset)}


def _oxigraph_latency(out: Path) -> dict[str, float | None]:
    def runner():
        import pyoxigraph as ox

        from kg import release, store as kg_store
        store = ox.Store.read_only(str(release.current(out) / release.STORE))
        dataset = kg_store.dataset(store)
        return lambda text: list(store.query(text, **dataset))  # as kg serve asks
    return _latency(runner)


def _rdflib_latency(dataset) -> dict[str, float | None]:
    return _latency(lambda: (lambda text: list(dataset.query(text))))


def _latency(runner, runs: int = 3) -> dict[str, float | None]:
    """Median milliseconds of each competency query after one untimed run, each in a forked child
    that is ended after QUERY_LIMIT seconds (then None: "did not finish"; NaN: it failed)."""
    found = {}
    for path in sorted(QUERIES.glob("*.rq")):
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # the child: run, write the median, leave without cleaning up the parent's state
            os.close(read)
            try:
                run, text, times = runner(), path.read_text(encoding="utf-8"), []
                run(text)
                for _ in range(runs):
                    started = time.perf_counter()
                    run(text)
                    times.append((time.perf_counter() - started) * 1000)
                os.write(write, str(statistics.median(times)).encode())
            except BaseException:
                os.write(write, b"nan")
            os._exit(0)
        os.close(write)
        found[path.stem] = _wait(child, read, QUERY_LIMIT)
    return found


def _wait(child: int, read: int, limit: float) -> float | None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if os.waitpid(child, os.WNOHANG) != (0, 0):
            answer = os.read(read, 64)
            os.close(read)
            return float(answer) if answer else None
        time.sleep(0.05)
    os.kill(child, 9)
    os.waitpid(child, 0)
    os.close(read)
    return None


class _Clock:
    def __init__(self):
        self.seconds: dict[str, float] = {}

    def __call__(self, stage: str, fn):
        started = time.perf_counter()
        try:
            return fn()
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


class _PeakMemory:
    """The peak resident memory of this process and its descendants, sampled (psutil), in MiB."""

    def __init__(self, interval: float = 0.2):
        self.peak, self.interval, self.running = 0, interval, True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self):
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while self.running:
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(self.interval)

    def stop(self) -> float | None:
        """The peak so far, in MiB (None without psutil); sampling ends."""
        self.running = False
        self.thread.join()
        return self.peak / 2**20 if self.peak else None


# ---------------------------------------------------------------- running, estimating, printing

def corpus(size: int, workdir: Path, seed: int) -> Path:
    from bench.generate import generate
    folder = workdir / f"corpus-{size}-seed{seed}"
    if not (folder / "complete").exists():
        generate(size, folder, seed)
        (folder / "complete").write_text("")
    return folder / "articles"


def run(kind: str, articles: Path, workdir: Path) -> dict:
    """Measure one pipeline on one corpus in a fresh process; its last line of output is the JSON."""
    out = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=workdir)) / "dist"
    done = subprocess.run([sys.executable, "-m", "bench.build", "--measure", kind, str(articles), str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the {kind} pipeline failed on {articles}:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if kind == "ours":
        figures["again"] = again(articles, out)
    return figures


def again(articles: Path, out: Path) -> dict[str, float]:
    """Wall seconds of `kg build` run again on the same release, as a user runs it (start-up included):
    with nothing changed, then with one article changed (put back afterwards)."""
    def kg_build() -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(articles), "--out", str(out), "-q"],
                       cwd=ROOT, check=True, capture_output=True)
        return time.perf_counter() - started

    figures = {"nothing changed": kg_build()}
    files = sorted(articles.glob("*.txt"))
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    try:
        victim.write_bytes(original.replace(b" the ", b" a ", 1) + b"\nThe two sides did not comment.\n")
        figures["one article changed"] = kg_build()
    finally:
        victim.write_bytes(original)
    return figures


def estimate(size: int, measured: dict[int, dict]) -> dict:
    """The naive figures at ``size`` from the two largest measured sizes (one: linear throughout)."""
    sizes = sorted(measured)[-2:]
    big = measured[sizes[-1]]
    scale = size / sizes[-1]
    stages = {name: seconds * scale for name, seconds in big["stages"].items()}
    if len(sizes) == 2:
        small = measured[sizes[0]]
        exponent = math.log(big["stages"]["reason"] / small["stages"]["reason"]) / math.log(sizes[1] / sizes[0])
        stages["reason"] = big["stages"]["reason"] * scale ** exponent
    else:
        exponent = 1.0
    return {"wall": sum(stages.values()), "stages": stages, "articles": round(big["articles"] * scale),
            "rss_mb": big["rss_mb"] * scale if big.get("rss_mb") else None, "queries": {},
            "estimated": f"from {' and '.join(map(str, sizes))} articles; owlrl's closure as size^{exponent:.2f}"}


def table(size: int, ours: dict, naive: dict) -> list[str]:
    mark = " (est.)" if naive.get("estimated") else ""
    lines = [f"### {size:,} articles: {ours['asserted']:,} asserted and {ours['inferred']:,} inferred triples", "",
             f"| stage | naive s{mark} | ours s | naive / ours |", "| --- | ---: | ---: | ---: |"]
    for stage in STAGES:
        a, b = naive["stages"].get(stage), ours["stages"].get(stage)
        lines.append(f"| {stage} | {_n(a)} | {_n(b)} | {_ratio(a, b)} |")
    lines += [f"| **end to end (wall)** | **{_n(naive['wall'])}** | **{_n(ours['wall'])}** | "
              f"**{_ratio(naive['wall'], ours['wall'])}** |",
              f"| articles / s | {_n(naive['articles'] / naive['wall'])} | {_n(ours['articles'] / ours['wall'])} | |",
              f"| peak memory MiB | {_n(naive.get('rss_mb'))} | {_n(ours.get('rss_mb'))} | |"]
    for name in sorted(ours["queries"]):
        a, b = naive["queries"].get(name, "–"), ours["queries"][name]
        lines.append(f"| query {name} ms | {_ms(a)} | {_ms(b)} | {_ratio(a, b)} |")
    for what, seconds in ours.get("again", {}).items():
        lines.append(f"| `kg build` again, {what} (wall) | | {_n(seconds)} | {_ratio(ours['wall'], seconds)} faster than ours from scratch |")
    if naive.get("estimated"):
        lines += ["", f"Naive figures estimated {naive['estimated']}."]
    phases = ", ".join(f"{k} {v:.1f}" for k, v in ours["phases"].items())
    return lines + ["", f"Ours, seconds per phase: {phases}.", ""]


def _n(value) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value < 10 else f"{value:.1f}"


def _ms(value) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return f"> {QUERY_LIMIT // 4 * 1000:,}"   # four runs did not fit in the limit
    return "failed" if math.isnan(value) else _n(value)


def _ratio(a, b) -> str:
    if not (isinstance(a, float) and isinstance(b, float)) or not (a > 0 and b > 0):
        return ""
    return f"{a / b:.1f}×"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="corpus sizes (default 100 1000)")
    parser.add_argument("--naive-max", type=int, default=1000,
                        help="largest size the naive pipeline runs on; above, it is estimated (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated corpora (default 0)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench",
                        help="where corpora and releases go (default: $TMPDIR/kg-bench)")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument("--measure", nargs=3, metavar=("KIND", "ARTICLES", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        kind, articles, out = args.measure
        figures = (measure_ours if kind == "ours" else measure_naive)(Path(articles), Path(out), _PeakMemory())
        print(json.dumps(figures))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    header = (f"Machine: {os.cpu_count()} CPUs, CPython {platform.python_version()}; load average "
              f"{os.getloadavg()[0]:.1f} at the start")
    lines, measured = [header, ""], {}
    for size in sorted(args.sizes):
        articles = corpus(size, args.workdir, args.seed)
        ours = run("ours", articles, args.workdir)
        if size <= args.naive_max:
            naive = measured[size] = run("naive", articles, args.workdir)
        else:
            naive = estimate(size, measured) if measured else None
        if naive is None:
            raise SystemExit("--naive-max is below every size: nothing to estimate the naive pipeline from")
        block = table(size, ours, naive)
        print("\n".join(block), flush=True)
        lines += block
    lines.append(f"Load average at the end: {os.getloadavg()[0]:.1f}.")
    print(lines[-1])
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
