"""Wikidata reconciliation: the client against a local server answering in the API's format
(fixtures in tests/fixtures/wikidata/), the acceptance rule, the cache file, ``wikidata_for``
and ``kg link`` in-process."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kg.cli import main
from kg.errors import SourceError
from kg.extract.gazetteer import Agent, load
from kg.link import CACHE, COLUMNS, link, read_cache, subjects_from_release, wikidata_for, write_cache
from kg.settings import Settings
from kg.wikidata import TYPES, Client, Decision, Subject, check_types, decide

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"
SEARCH = json.loads((FIXTURES / "search.json").read_text(encoding="utf-8"))
ENTITIES = json.loads((FIXTURES / "entities.json").read_text(encoding="utf-8"))
ERRORS = json.loads((FIXTURES / "errors.json").read_text(encoding="utf-8"))
UA = Settings().wikidata_user_agent
DAY = "2024-11-05"


class FakeWikidata:
    """``/w/api.php`` on 127.0.0.1 answering wbsearchentities and wbgetentities from the fixtures;
    records every request (arrival time, parameters, headers)."""

    def __init__(self, entities: dict | None = None, lag_once: bool = False):
        self.entities = entities if entities is not None else ENTITIES
        self.lag_once = lag_once
        self.requests: list[tuple[float, dict[str, str], dict[str, str]]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                params = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                fake.requests.append((time.monotonic(), params, dict(self.headers)))
                status, body, headers = fake.answer(params)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/w/api.php"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def answer(self, params: dict[str, str]) -> tuple[int, dict, dict]:
        if self.lag_once:
            self.lag_once = False
            return 200, ERRORS["maxlag"], {"Retry-After": "1", "X-Database-Lag": "6"}
        if params.get("action") == "wbsearchentities":
            term = params["search"]
            return 200, SEARCH.get(term, {"searchinfo": {"search": term}, "search": [], "success": 1}), {}
        if params.get("action") == "wbgetentities":
            ids = params["ids"].split("|")
            if len(ids) > 50:
                return 200, ERRORS["toomanyvalues"], {}
            found = {i: self.entities.get(i, {"id": i, "missing": ""}) for i in ids}
            return 200, {"entities": found, "success": 1}, {}
        return 200, ERRORS["badvalue"], {}

    def actions(self) -> list[str]:
        return [params["action"] for _, params, _ in self.requests]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def wikidata():
    servers: list[FakeWikidata] = []

    def start(**options) -> FakeWikidata:
        servers.append(FakeWikidata(**options))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def client(url: str, interval: float = 0.0) -> Client:
    return Client(url, UA, interval=interval, timeout=5)


def subject(label: str, cls: str, country: str | None = None, kind: str = "org") -> Subject:
    qid = load().by_iso3[country].wikidata.rsplit("/", 1)[-1] if country else None
    return Subject(kind, label.lower().replace(" ", "-"), label, cls, country, qid)


SUBJECTS = {
    "Andean Wire Service": subject("Andean Wire Service", "NewsAgency", "VEN"),
    "Caribbean Courier": subject("Caribbean Courier", "NewsOrganization", "CUB"),
    "Northern Ledger": subject("Northern Ledger", "NewsOrganization", "COL"),
    "Pacific Monitor": subject("Pacific Monitor", "NewsOrganization"),
    "Elena Márquez Soto": subject("Elena Márquez Soto", "Person", "VEN", kind="person"),
    "Sahel Monitor": subject("Sahel Monitor", "NonGovernmentalOrganization"),
    "Río Claro Daily": subject("Río Claro Daily", "NewsOrganization", "COL"),
    "Nowhere Gazette": subject("Nowhere Gazette", "NewsOrganization"),
}


def decided(names: list[str], url: str, tmp_path: Path) -> dict[str, Decision]:
    results = link([SUBJECTS[n] for n in names], tmp_path / "links.tsv", client(url), today=DAY)
    return {s.label: d for s, d in results}


# --- the acceptance rule, through the client ---------------------------------------------------

def test_exact_label_fitting_type_and_country_is_a_match(wikidata, tmp_path):
    server = wikidata()
    d = decided(["Andean Wire Service"], server.url, tmp_path)["Andean Wire Service"]
    assert (d.decision, d.qid, d.country, d.date) == ("match", "Q900000001", "VEN", DAY)
    assert "P17 Q717 (VEN)" in d.reason
    fetched = [p["ids"] for _, p, _ in server.requests if p["action"] == "wbgetentities"][-1]
    assert fetched == "Q900000001", "only hits with exactly the name are fetched"


def test_label_match_with_wrong_type_is_rejected(wikidata, tmp_path):
    d = decided(["Caribbean Courier"], wikidata().url, tmp_path)["Caribbean Courier"]
    assert (d.decision, d.qid) == ("no-match", "")
    assert "P31 Q900000090 is not a NewsOrganization type" in d.reason


def test_wrong_country_is_rejected_and_a_deprecated_statement_does_not_count(wikidata, tmp_path):
    d = decided(["Northern Ledger"], wikidata().url, tmp_path)["Northern Ledger"]
    assert d.decision == "no-match"
    assert "P17 Q30 is not Q739 (COL)" in d.reason


def test_two_fitting_candidates_are_ambiguous_and_never_linked(wikidata, tmp_path):
    d = decided(["Pacific Monitor"], wikidata().url, tmp_path)["Pacific Monitor"]
    assert (d.decision, d.qid) == ("ambiguous", "")
    assert "Q900000031" in d.reason and "Q900000032" in d.reason


def test_person_needs_human_and_citizenship_and_default_mul_label_counts(wikidata, tmp_path):
    d = decided(["Elena Márquez Soto"], wikidata().url, tmp_path)["Elena Márquez Soto"]
    assert (d.decision, d.qid) == ("match", "Q900000041")


def test_an_exact_alias_is_enough(wikidata, tmp_path):
    d = decided(["Sahel Monitor"], wikidata().url, tmp_path)["Sahel Monitor"]
    assert (d.decision, d.qid) == ("match", "Q900000051")


def test_accents_count_and_no_exact_hit_is_no_match(wikidata, tmp_path):
    found = decided(["Río Claro Daily", "Nowhere Gazette"], wikidata().url, tmp_path)
    assert found["Río Claro Daily"].decision == "no-match"
    assert found["Nowhere Gazette"].reason == "no search hit has exactly this name"


def test_case_is_ignored_but_nothing_else():
    hits = SEARCH["Andean Wire Service"]["search"]
    entity = ENTITIES["Q900000001"]
    lower = Subject("org", "a", "andean wire  service", "NewsAgency", "VEN", "Q717")
    assert decide(lower, hits, {"Q900000001": entity}, DAY).qid == "Q900000001"
    article = Subject("org", "a", "The Andean Wire Service", "NewsAgency", "VEN", "Q717")
    assert decide(article, hits, {"Q900000001": entity}, DAY).decision == "no-match"


def test_a_wrong_type_table_stops_the_run(wikidata, tmp_path):
    changed = {**ENTITIES, "Q41298": {"type": "item", "id": "Q41298",
                                      "labels": {"en": {"language": "en", "value": "award ceremony"}}}}
    server = wikidata(entities=changed)
    with pytest.raises(SourceError, match="Q41298 is 'award ceremony' there, 'magazine' here"):
        link([SUBJECTS["Andean Wire Service"]], tmp_path / "links.tsv", client(server.url))
    assert server.actions() == ["wbgetentities"]
    assert not (tmp_path / "links.tsv").exists()


def test_type_table_matches_the_fixture_items(wikidata):
    check_types(client(wikidata().url))
    assert {q for table in TYPES.values() for q in table} <= set(ENTITIES)


# --- the client's manners ----------------------------------------------------------------------

def test_wbgetentities_is_batched_by_fifty_with_user_agent_and_maxlag(wikidata):
    server = wikidata()
    ids = [f"Q{900000000 + n}" for n in range(120)]
    found = client(server.url).entities(ids)
    assert set(found) == {"Q900000001", "Q900000011", "Q900000021", "Q900000031", "Q900000032",
                          "Q900000041", "Q900000042", "Q900000051", "Q900000061"}
    batches = [p["ids"].split("|") for _, p, _ in server.requests]
    assert [len(b) for b in batches] == [50, 50, 20]
    assert sum(batches, []) == ids
    for _, params, headers in server.requests:
        assert headers["User-Agent"] == UA
        assert (params["format"], params["maxlag"], params["props"], params["languages"]) == (
            "json", "5", "labels|aliases|claims", "en|mul")


def test_requests_are_spaced_by_the_interval(wikidata):
    server = wikidata()
    wd = client(server.url, interval=0.25)
    for name in ("Andean Wire Service", "Pacific Monitor", "Sahel Monitor"):
        wd.search(name)
    wd.entities(["Q900000001"])
    times = [t for t, _, _ in server.requests]
    assert len(times) == 4
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.25
    assert all(p["type"] == "item" and p["language"] == "en" for _, p, _ in server.requests[:3])


def test_maxlag_is_waited_out_as_retry_after_asks(wikidata):
    server = wikidata(lag_once=True)
    hits = client(server.url).search("Pacific Monitor")
    assert [h["id"] for h in hits] == ["Q900000031", "Q900000032", "Q900000033"]
    (first, _, _), (second, _, _) = server.requests
    assert second - first >= 1.0


def test_api_errors_and_refused_connections_are_source_errors(wikidata, canary):
    with pytest.raises(SourceError, match="bogus: badvalue"):
        client(wikidata().url)._get({"action": "bogus"})
    canary.close()
    with pytest.raises(SourceError) as error:
        client(f"http://127.0.0.1:{canary.port}/w/api.php").search("x")
    assert error.value.exit_code == 3


# --- the cache file ----------------------------------------------------------------------------

def test_cache_is_sorted_deterministic_and_read_back(wikidata, tmp_path):
    cache = tmp_path / "links.tsv"
    server = wikidata()
    names = list(reversed(SUBJECTS))
    first = link([SUBJECTS[n] for n in names], cache, client(server.url), today=DAY)
    text = cache.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    keys = [tuple(line.split("\t")[:2]) for line in lines[1:]]
    assert keys == sorted(keys) and len(keys) == len(SUBJECTS)
    assert read_cache(cache) == {(d.kind, d.key): d for _, d in first}
    write_cache(cache, read_cache(cache))
    assert cache.read_text(encoding="utf-8") == text
    asked = len(server.requests)
    again = link([SUBJECTS[n] for n in names], cache, client(server.url), today="2030-01-01")
    assert len(server.requests) == asked, "decided subjects are not asked again"
    assert again == first


def test_malformed_cache_rows_name_file_and_line(tmp_path):
    cache = tmp_path / "links.tsv"
    cache.write_text("\t".join(COLUMNS) + "\norg\tx\tX\tNewsAgency\t\t\tmatch\treviewed\t2024-01-01\n")
    with pytest.raises(SourceError, match=r"links.tsv:2: qid ''"):
        read_cache(cache)


def test_the_committed_cache_is_valid_and_in_its_own_order():
    text = CACHE.read_text(encoding="utf-8")
    decisions = read_cache(CACHE)
    scratch = CACHE.with_name("wikidata-links.check.tsv")
    try:
        write_cache(scratch, decisions)
        assert scratch.read_text(encoding="utf-8") == text
    finally:
        scratch.unlink(missing_ok=True)


# --- wikidata_for ------------------------------------------------------------------------------

def test_wikidata_for_prefers_verified_data_then_cache_matches(tmp_path):
    cache = tmp_path / "links.tsv"
    rows = [Decision("org", "reuters", "Reuters", "NewsAgency", "GBR", "Q1", "match", "test", DAY),
            Decision("org", "financial-times", "Financial Times", "NewsOrganization", "GBR", "Q2", "match", "t", DAY),
            Decision("org", "pacific-monitor", "Pacific Monitor", "NewsOrganization", "", "", "ambiguous", "t", DAY),
            Decision("org", "nowhere", "Nowhere", "NewsOrganization", "", "", "no-match", "t", DAY),
            Decision("person", "elena", "Elena", "Person", "VEN", "Q3", "match", "t", DAY)]
    write_cache(cache, {(d.kind, d.key): d for d in rows})
    reuters = load().orgs["reuters"].wikidata
    assert reuters and reuters.endswith("Q130879")
    assert wikidata_for(Agent("org", "reuters", "Reuters"), cache) == reuters
    assert wikidata_for(Agent("org", "financial-times", "Financial Times"), cache) == "http://www.wikidata.org/entity/Q2"
    assert wikidata_for(Agent("org", "pacific-monitor", "Pacific Monitor"), cache) is None
    assert wikidata_for(Agent("org", "nowhere", "Nowhere"), cache) is None
    assert wikidata_for(Agent("person", "elena", "Elena"), cache) == "http://www.wikidata.org/entity/Q3"
    venezuela = load().by_iso3["VEN"].agent
    assert wikidata_for(venezuela, cache) == "http://www.wikidata.org/entity/Q717"
    assert wikidata_for(Agent("org", "x", "X", "http://www.wikidata.org/entity/Q9"), cache).endswith("/Q9")


# --- kg link -----------------------------------------------------------------------------------

RELEASE = """
@prefix irn: <http://irnews.example.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://irnews.example.org/graph/article/a1> {
  <http://irnews.example.org/id/state/VEN> a irn:State ; rdfs:label "Venezuela" ; irn:iso3 "VEN" .
  <http://irnews.example.org/id/state/CUB> a irn:State ; rdfs:label "Cuba" ; irn:iso3 "CUB" .
  <http://irnews.example.org/id/org/andean-wire-service> a irn:NewsAgency ; rdfs:label "Andean Wire Service" ; irn:country <http://irnews.example.org/id/state/VEN> .
  <http://irnews.example.org/id/org/caribbean-courier> a irn:NewsOrganization ; rdfs:label "Caribbean Courier" ; irn:country <http://irnews.example.org/id/state/CUB> .
  <http://irnews.example.org/id/org/pacific-monitor> a irn:NewsOrganization ; rdfs:label "Pacific Monitor" .
  <http://irnews.example.org/id/org/reuters> a irn:NewsAgency ; rdfs:label "Reuters" .
  <http://irnews.example.org/id/org/linked> a irn:NewsOrganization ; rdfs:label "Linked" ; irn:wikidata <http://www.wikidata.org/entity/Q42> .
  <http://irnews.example.org/id/person/elena-marquez-soto> a irn:Person ; rdfs:label "Elena Márquez Soto" ; irn:affiliation <http://irnews.example.org/id/state/VEN> .
}
<http://irnews.example.org/graph/inferred> {
  <http://irnews.example.org/id/org/andean-wire-service> a irn:NewsOrganization, irn:Organization .
}
"""


def test_subjects_come_from_the_release_without_linked_or_verified_agents(release_builder, tmp_path):
    out = tmp_path / "dist"
    release_builder(out, "v1", RELEASE)
    found = {s.key: s for s in subjects_from_release(out)}
    assert sorted(found) == ["andean-wire-service", "caribbean-courier", "elena-marquez-soto", "pacific-monitor"]
    assert (found["andean-wire-service"].cls, found["andean-wire-service"].country) == ("NewsAgency", "VEN")
    assert (found["elena-marquez-soto"].cls, found["elena-marquez-soto"].state_qid) == ("Person", "Q717")


def test_kg_link_offline_reports_and_never_connects(release_builder, tmp_path, canary, capsys):
    out, cache = tmp_path / "dist", tmp_path / "links.tsv"
    release_builder(out, "v1", RELEASE)
    api = f"http://127.0.0.1:{canary.port}/w/api.php"
    assert main(["link", "--release", str(out), "--api", api, "--cache", str(cache)]) == 0
    printed = capsys.readouterr().out
    assert "undecided  org/andean-wire-service  Andean Wire Service" in printed
    assert "4 undecided" in printed and "kg link --online" in printed
    time.sleep(0.4)
    assert canary.connections == [] and not cache.exists()
    assert main(["link", "--release", str(out), "--api", api, "--cache", str(cache), "--online"]) == 3
    time.sleep(0.4)
    assert canary.connections, "the canary does see a connection when one is made"


def test_kg_link_online_decides_writes_the_cache_then_works_offline(release_builder, tmp_path, wikidata, capsys):
    out, cache = tmp_path / "dist", tmp_path / "links.tsv"
    release_builder(out, "v1", RELEASE)
    server = wikidata()
    args = ["link", "--release", str(out), "--api", server.url, "--cache", str(cache), "--interval", "0"]
    assert main(args + ["--online"]) == 0
    online = capsys.readouterr().out
    assert "match      org/andean-wire-service  Andean Wire Service -> Q900000001" in online
    assert "no-match   org/caribbean-courier" in online
    assert "ambiguous  org/pacific-monitor" in online
    assert "match      person/elena-marquez-soto  Elena Márquez Soto -> Q900000041" in online
    assert "2 match, 1 no-match, 1 ambiguous, 0 undecided" in online
    assert server.actions()[0] == "wbgetentities", "the type table is checked first"
    asked = len(server.requests)
    assert main(args) == 0
    assert capsys.readouterr().out == online
    assert len(server.requests) == asked
    assert wikidata_for(Agent("org", "andean-wire-service", "Andean Wire Service"), cache).endswith("/Q900000001")


def test_kg_link_reads_articles_instead_of_a_release(tmp_path, capsys):
    article = Settings().samples_dir / "001_saudi-iran-beijing-ministers.txt"
    assert main(["link", str(article), "--cache", str(tmp_path / "links.tsv")]) == 0
    printed = capsys.readouterr().out
    assert "undecided  org/saudi-press-agency  Saudi Press Agency" in printed
    assert "undecided  person/wang-yi  Wang Yi" in printed


def test_kg_link_rejects_a_negative_interval(tmp_path):
    assert main(["link", "--release", str(tmp_path), "--interval", "-1"]) == 2
