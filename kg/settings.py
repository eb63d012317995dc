"""One frozen settings object, declared once with defaults and help text."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"


def _setting(default, help: str):
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Everything the publisher and the server can be told; nothing is read at import."""

    base_iri: str = _setting(
        "http://irnews.example.org/",
        "Base IRI of every resource the project mints (ends with '/'). Pages resolve "
        "IRIs by their path, so any base works behind any host.")
    out: Path = _setting(Path("dist"), "Release folder written by `kg build` and served by `kg serve`.")
    ontology_dir: Path = _setting(PROJECT_ROOT / "ontology", "Folder of the OWL ontology (Turtle).")
    shapes_dir: Path = _setting(PROJECT_ROOT / "shapes", "Folder of the SHACL shapes (Turtle).")
    queries_dir: Path = _setting(PROJECT_ROOT / "queries", "Folder of the competency queries (.rq).")
    samples_dir: Path = _setting(PROJECT_ROOT / "samples" / "articles",
                                 "Articles built when `kg build` is given no source.")
    keep_releases: int = _setting(2, "How many releases are kept on disk (the current one and older).")
    processes: int = _setting(
        0, "Processes that extract, map, validate and reason the articles of `kg build`: 0 for one per core. "
        "Builds of 64 articles or fewer run in one process.")
    scheduler: str | None = _setting(
        None, "Address of a Dask scheduler (tcp://HOST:8786): `kg build` then extracts, maps and validates the "
        "articles on its workers, which need this package installed (`pip install -e '.[dask]'` in a checkout).")
    host: str = _setting("127.0.0.1", "Address `kg serve` listens on.")
    port: int = _setting(8080, "Port `kg serve` listens on.")
    query_timeout: float = _setting(30.0, "Seconds a query may run, parsing included, before its worker is ended.")
    workers: int = _setting(2, "Query worker processes.")
    queue_size: int = _setting(8, "Queries that may wait for a worker before the server answers 503.")
    max_query_bytes: int = _setting(32 * 1024, "Longest query text accepted, in bytes.")
    max_body_bytes: int = _setting(64 * 1024, "Largest request body accepted, in bytes.")
    max_rows: int = _setting(10_000, "Most rows a SELECT returns; a capped result says so.")
    max_triples: int = _setting(50_000, "Most triples a CONSTRUCT or DESCRIBE returns; a capped result says so.")
    worker_memory_mb: int = _setting(1024, "Address-space limit of each query worker, in MiB.")
    threads: int = _setting(8, "Threads of the WSGI server.")
    client_timeout: int = _setting(
        20, "Seconds a client connection may stay idle (or send nothing) before the server closes it.")
    max_url_bytes: int = _setting(
        64 * 1024, "Longest request line (method, URL with its query string) accepted, in bytes; longer is "
        "answered 414. A GET query is percent-encoded in the URL: send long queries with POST.")
    rate_limit: int = _setting(
        0, "Requests a minute one client address may make (a minute's worth may come at once); more are "
        "answered 429 with Retry-After. 0 turns it off, the default: the address is the connection's, so "
        "behind a reverse proxy every client would share one budget; limit at the proxy there.")
    read_timeout: int = _setting(
        30, "Seconds a client may take to send one whole request, headers and body; a slower one (a "
        "slowloris sending a byte now and then) is disconnected.")
    wikidata_api: str = _setting(
        "https://www.wikidata.org/w/api.php",
        "Wikidata Action API that `kg link --online` asks (wbsearchentities, wbgetentities).")
    wikidata_cache: Path = _setting(
        PROJECT_ROOT / "kg" / "data" / "wikidata-links.tsv",
        "The reviewable file of Wikidata decisions that `kg link` writes and mapping reads offline.")
    wikidata_interval: float = _setting(
        1.0, "Seconds `kg link --online` waits between two requests to the Wikidata API.")
    wikidata_timeout: float = _setting(30.0, "Seconds one request to the Wikidata API may take.")
    wikidata_maxlag: int = _setting(
        5, "The maxlag parameter sent with every Wikidata API request: when the servers are lagged more "
        "than this many seconds they refuse, and `kg link` waits as asked (Retry-After) and tries again.")
    wikidata_user_agent: str = _setting(
        "irnews-kg/0.1 (research knowledge-graph publisher; contact: see README)",
        "User-Agent of `kg link`'s requests and of the endpoint's SERVICE calls; Wikimedia asks for one that "
        "names the tool and a contact.")
    wikidata_service: bool = _setting(
        False, f"Let SPARQL queries to the endpoint use a federated SERVICE to the Wikidata Query Service, "
        f"SERVICE <{WIKIDATA_SPARQL}> (the setting wikidata_endpoint), and to no other address. Off by default: "
        "the endpoint then refuses every SERVICE and no query worker has network access.")
    wikidata_endpoint: str = _setting(
        WIKIDATA_SPARQL,
        "The one SPARQL endpoint a SERVICE may name when wikidata_service is on (a test points it at a local "
        "server).")
    service_workers: int = _setting(
        1, "Query worker processes with network access that run the queries naming a SERVICE, when "
        "--wikidata-service is on; the other queries keep running on workers without network.")
    service_timeout: float = _setting(
        10.0, "Seconds one SERVICE call may take, connecting and reading the whole answer (a longer one is a 504).")
    service_max_bytes: int = _setting(
        8 * 1024 * 1024, "Largest answer a SERVICE call may read, in bytes (a larger one is a 502).")

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in dataclasses.fields(cls)}
